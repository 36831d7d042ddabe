"""Family mechanisms added with the batches of held-out articles from the four-hundred-and-fourth: each finds its
defect on words the articles do not use, with the right fix where it gives one, and stays quiet on the German it
could be mistaken for."""

import pytest
from checking import finding as _finding
from checking import quiet as _quiet

# (the engines fixture is conftest's)


@pytest.mark.parametrize("text, span, category, fix", [
    # a capital slipped inside a compound of two German nouns
    ("Der HafenBetreiber meldet Verluste.", "HafenBetreiber", "garbled", "Hafenbetreiber"),
    # … also where the lexicon lists the compound whole; a four-letter noun with its second letter a capital
    ("Laut UmweltMinisterin Ana Rusu sinkt der Wert.", "UmweltMinisterin", "garbled", "Umweltministerin"),
    ("Mit dem Plan hat der kLub einen Architekten beauftragt.", "kLub", "garbled", "Klub"),
    # a noun cut short after a quantifier
    ("Einige Mitarbei kamen nicht zur Arbeit.", "Mitarbei", "garbled", "Mitarbeiter"),
    # "declined to comment" without its comma
    ("Die Firma lehnte ab zu kommentieren.", "lehnte ab zu kommentieren", "calque", "lehnte eine Stellungnahme ab"),
    # a count's genitive of the whole after the verb is no subject of its own
    ("Die Piloten flog drei der fünf Maschinen nach Riga.", "flog", "grammar", "flogen"),
    # an acronym and a plural noun apart, opening a headline
    ("NATO Soldaten verlassen die Basis", "NATO Soldaten", "format", "NATO-Soldaten"),
    # a noun written small after an indefinite article, its letters a verb's stem too
    ("Es war ein wechsel mit Folgen.", "wechsel", "garbled", "Wechsel"),
    # an English phrase opened by a small word both languages have
    ("Die Tickets müssen in advance gebucht werden.", "in advance", "english", "vorab"),
    ("Die Reform kam in a hurry zustande.", "in a hurry", "english", "in Eile"),
    # a false friend's head in a compound, also in the genitive
    ("Die Budgetschneidung trifft Schulen.", "Budgetschneidung", "calque", "Budgetkürzung"),
    ("Die Folgen des Exportbanns sind hart.", "Exportbanns", "calque", "Exportverbots"),
    # "eventuell" beside the preterite of a verb in -ieren
    ("Er investierte das Geld eventuell in Immobilien.", "eventuell", "calque", "schließlich"),
    # idioms of the glossary through their inflection slots
    ("Das Projekt hat einen hohen Zoll gefordert.", "hohen Zoll gefordert", "calque", "hohen Tribut gefordert"),
    ("Der Aufzug war außer Order.", "außer Order", "calque", "außer Betrieb"),
    ("Hoffnungsvoll endet der Streik bald.", "Hoffnungsvoll", "calque", "Hoffentlich"),
    ("Er blieb cautiously optimistic.", "cautiously optimistic", "english", "vorsichtig optimistisch"),
])
def test_family_mechanisms_of_batches_404_on(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category, (f.rule, f.suggestions)
    assert fix is None or f.suggestions[0] == fix, (f.rule, f.suggestions)


def test_drop_the_ball_in_the_perfect_proposes_a_participle_too(engines):
    f = _finding(engines, "Die Behörde hat den Ball fallen gelassen.", "den Ball fallen gelassen")
    assert f.suggestions[:2] == ["die Sache schleifen lassen", "versagt"], f.suggestions


def test_a_short_english_quotation_gets_the_dictionary_german(engines):
    f = _finding(engines, "Der Betrieb laufe „around the clock“, sagte er.", "around the clock")
    assert f.severity == "info" and "rund um die Uhr" in f.suggestions, f.suggestions
    # (a title in title case is no phrase to translate)
    assert _finding(engines, "Er sang „Bohemian Rhapsody“ laut.", "Bohemian Rhapsody").suggestions == []


@pytest.mark.parametrize("text, span", [
    # brands with a small letter first
    ("Er kaufte bei eBay ein gebrauchtes iPad.", "iPad"),
    # a brand with an English part; a key's name whose second part German writes small too
    ("Die BahnCard gilt weiter.", "BahnCard"),
    ("Mit Alt+PfeilHoch blättert man zurück.", "PfeilHoch"),
    # the plural verb before a count's genitive
    ("Die Betreiber stellten zwei der vier Reaktoren um.", "stellten"),
    # "ein" as a verb's particle, "einem" as a pronoun, the small words after "ein"
    ("Er stieg ein, sagte aber nichts.", "ein"),
    ("Bei einem mehr, bei dem anderen weniger.", "mehr"),
    ("Er hat ein paar Fragen und ein bisschen Zeit.", "paar"),
    # a German verb before an English phrase; a file's name
    ("Das Personal stand on standby bereit.", "stand on"),
    ("Die Grenze steht in file.h.", "in file"),
    # a rare compound of German's own with -schneidung
    ("Eine Themenüberschneidung gab es nicht.", "Themenüberschneidung"),
])
def test_quiet_on_the_german_the_new_mechanisms_could_be_mistaken_for(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text", ["Die Piloten flog drei der", "NATO Soldaten", "Es war ein wechsel",
                                  "Die Folgen des Exportbanns", "Die HafenBetreiber"])
def test_the_new_mechanisms_hold_at_the_end_of_a_text(engines, text):
    from lektorat.checker import check_text

    check_text(text, engines)   # (no IndexError at a text's last token)
