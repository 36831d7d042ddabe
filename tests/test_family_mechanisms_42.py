"""Family mechanisms added with the batches of held-out articles from the five-hundred-and-eighty-fourth: each finds
its defect on words the articles do not use, with the right fix where it gives one, and stays quiet on the German it
could be mistaken for."""

import pytest
from checking import finding as _finding
from checking import quiet as _quiet

# (the engines fixture is conftest's)


@pytest.mark.parametrize("text, span, category, fix", [
    # an English phrase before a noun whose German is an adjective: the adjective inflected for the noun first
    ("Der Verein baut ein long term Stadion.", "long term Stadion", "english", "langfristiges Stadion"),
    ("Der Klub feierte einen well deserved Erfolg.", "well deserved Erfolg", "english", "wohlverdienten Erfolg"),
    # -ität on an English noun in -y, or on an English adjective in -ive or -able that is no noun
    ("Die Transparenz und die Privacität der Nutzer sind gefährdet.", "Privacität", "pseudo-english",
     "Privatsphäre"),
    ("Die Deceptivität der Werbung wurde gerügt.", "Deceptivität", "pseudo-english", None),
    # (a doubled syllable stays the garbled rule's, no English -y noun's)
    ("Die Gravitität des Augenblicks war spürbar.", "Gravitität", "garbled", "Gravität"),
    # -orisch on an English adjective in -ory
    ("Der Anwalt nannte den Bericht defamatorisch.", "defamatorisch", "pseudo-english", "diffamierend"),
    # a German prefix before an English participle that is an adjective
    ("Die Kliniken sind seit Jahren unterstaffiert.", "unterstaffiert", "pseudo-english", "unterbesetzt"),
    # a noun of a feminine suffix the lexicon lacks, inflected as such nouns are
    ("Der Wein reifte in einer kleinem Kellerei.", "einer kleinem Kellerei", "grammar", "einer kleinen Kellerei"),
    # two nouns apart after an article that fits the second, hunspell's compound, the phrase closed after it
    ("Die Protein Werte im Labor lagen zu hoch.", "Protein Werte", "garbled", "Proteinwerte"),
    # a noun run into the "zu" of the infinitive after it
    ("Die Firma versucht, die Mitarbeiterzu halten.", "Mitarbeiterzu", "garbled", "Mitarbeiter zu"),
    # "der" before a plural opening a clause right before its verb
    ("Das Stadion ist neu, doch der Sitze blieben leer.", "der Sitze", "grammar", "die Sitze"),
    # persons counted by "mehr" or "weniger" after a preposition of the dative
    ("Das Museum rechnet mit deutlich weniger Besucher.", "Besucher", "grammar", "Besuchern"),
    # a bare count before a weak adjective and a plural noun in another case than the dative
    ("Zwei neuen Manager wurden ernannt.", "neuen", "grammar", "neue"),
    ("Für vier neuen Stationen fehlt das Geld.", "neuen", "grammar", "neue"),
    # a decimal point after a word of quantity, where no date or clock time reads
    ("Der Wert liegt bei einem Faktor von 2.35, sagte er.", "2.35", "format", "2,35"),
    # a colon between two German words written small
    ("Das Ergebnis war klar:sieben Parteien zogen ins Parlament ein.", ":", "typography", ": "),
    # two English words in title case after an indefinite article and its adjectives
    ("Der Streit ist ein schwieriger Balancing Act für die Regierung.", "Balancing Act", "english", None),
    # a fronted object before the modal and a subject of its own phrase
    ("Eine Entscheidung wolle der Vorstand bis Ende Mai nehmen.", "nehmen", "calque", "treffen"),
    # "it is (not) about" word for word
    ("„Es ist nicht über Macht“, sagte die Ministerin.", "Es ist nicht über", "calque", "Es geht nicht um"),
])
def test_family_mechanisms_of_batches_584_on(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category, (f.rule, f.suggestions)
    assert fix is None or f.suggestions[0] == fix, (f.rule, f.suggestions)


def test_compound_of_an_english_phrase_keeps_the_hyphenated_form_last(engines):
    f = _finding(engines, "Die Firma hat eine state of the art Halle gebaut.", "state of the art Halle")
    assert f.suggestions[0] == "hochmoderne Halle"
    assert f.suggestions[-1] == "State-Of-The-Art-Halle"


def test_pseudo_english_noun_of_an_adjective_gets_no_adjective(engines):
    f = _finding(engines, "Die Reputabilität der Bank leidet.", "Reputabilität")
    assert all(s.split(" ")[-1][:1].isupper() for s in f.suggestions), f.suggestions


@pytest.mark.parametrize("text, span", [
    # an English adjective that is a noun too ("cooperative"): no -ität of it
    ("Die Kooperativität der Enzyme ist bekannt.", "Kooperativität"),
    # a separable verb's particle before "zu" and its infinitive written apart is no noun's
    ("Sie arbeiten, um Flächen freizu machen.", "freizu"),
    # a genitive plural before its postposition or its noun
    ("Der Kinder wegen blieben wir zu Hause.", "Der Kinder"),
    ("Der Eltern Sorgen wachsen.", "Der Eltern"),
    # a mass noun after "mehr"
    ("Mit mehr Geld geht alles leichter.", "Geld"),
    # a count inside a determiner's phrase; a count before a dative plural after a dative preposition
    ("Die ersten zwei aufgeführten Verzeichnisse sind leer.", "aufgeführten"),
    ("Er kam mit zwei neuen Kollegen.", "neuen"),
    # a plural after the verb with a strong adjective of its own is the subject ("Banken")
    ("Die restliche Finanzierung sollen litauische Banken stemmen.", "sollen"),
    # a preposition governs the two nouns: the article's error, no compound ("während der letzten Heimspiel")
    ("Fans hatten während der letzten Heimspiel Plakate mit der Aufschrift hochgehalten.", "Heimspiel Plakate"),
    # a decimal inside a larger number, an address, a clock time
    ("Er musste ein Schmerzensgeld von 113.500 Dollar zahlen.", "113.50"),
    ("Der Server läuft auf 192.168.1.15 im Netz.", "192.16"),
    ("Der Zug fährt um 13.45 ab.", "13.45"),
    # a key and its value in English, and "es ist über" with the dative, a number, a span of time, a perfect
    ("Setzen Sie user:group als Besitzer.", ":"),
    ("Es ist über dem Durchschnitt.", "ist über"),
    ("Es ist über 30 Grad warm.", "ist über"),
    ("Es war über Jahre ein Problem.", "war über"),
    ("Es ist über die Brücke gegangen.", "ist über"),
    # a path's camel-case part
    ("Siehe Funktionalitäten/PaketVoreinstellungen dort.", "PaketVoreinstellungen"),
])
def test_quiet_on_german_of_batches_584_on(engines, text, span):
    _quiet(engines, text, span)
