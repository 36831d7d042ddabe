"""Garbled words: doubled syllables, two words run together (lower-case and with a capital inside), a word and a
fragment; and the ordinary German (unknown compounds, old spelling, names, identifiers) that must stay quiet."""

from __future__ import annotations

import time

import pytest

from lektorat import lexicon
from lektorat.checker import check_text
from lektorat.engines.builtin import BuiltinEngine, garbled
from lektorat.glossary import load


@pytest.fixture(scope="module")
def check():
    engine = BuiltinEngine(load())
    return lambda text: [f for f in check_text(text, [engine]).findings if f.rule == "GARBLED_WORD"]


def only(findings, word):
    hits = [f for f in findings if f.text == word]
    assert len(hits) == 1, findings
    return hits[0]


# --- doubled syllables ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,word,fix", [
    ("Der Regierungsungsplan wurde vorgestellt.", "Regierungsungsplan", "Regierungsplan"),
    ("Die Pflanzen geben Pollen weiteter.", "weiteter", "weiter"),
    ("Es sind bis zu 65 Proprozent.", "Proprozent", "Prozent"),
    ("Jeder Eisberg hat seine eigegene Persönlichkeit.", "eigegene", "eigene"),
    ("Daher liebeben Fliegen sie.", "liebeben", "lieben"),
    ("Man kann nichts hinter einem Schwaschwarze Loch verbergen.", "Schwaschwarze", "Schwarze"),
    ("Eine echte Welle aus Rauraumzeit.", "Rauraumzeit", "Raumzeit"),
])
def test_a_doubled_syllable_is_removed(check, sentence, word, fix):
    f = only(check(sentence), word)
    assert f.category == "garbled" and f.suggestions[0] == fix


def test_a_doubled_syllable_comes_before_a_split(check):
    # "werde den" would also be two words; the doubled syllable is the likelier slip
    f = only(check("Sie werdeden die Pflanze kennen."), "werdeden")
    assert f.suggestions[0] == "werden"


# --- two words run together -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,word,fix", [
    ("Die Verhandlungen werden länger dauernwird berichtet.", "dauernwird", "dauern wird"),  # verb + auxiliary
    ("Er ist viel zu leise, alsdas wir ihn hören könnten.", "alsdas", "als das"),           # conjunction + article
    ("Ein Teil des Eises in den Eisbergen dieich photographiere.", "dieich", "die ich"),   # pronoun + pronoun
    ("Wirhaben sie zusammengefasst.", "Wirhaben", "Wir haben"),                            # pronoun + verb
    ("Das Universumist kein Stummfilm.", "Universumist", "Universum ist"),                 # noun + verb
    ("Das sind Krümmungenim Weltraum.", "Krümmungenim", "Krümmungen im"),                  # noun + preposition
    ("Das Gewicht ist mitder Frage verbunden.", "mitder", "mit der"),                      # preposition + article
    ("Aberwenn wir das erfassen, verstehen wir mehr.", "Aberwenn", "Aber wenn"),           # sentence start
])
def test_two_words_run_together_are_split(check, sentence, word, fix):
    f = only(check(sentence), word)
    assert fix in f.suggestions[:3], f.suggestions


@pytest.mark.parametrize("sentence,word,fix", [
    ("Aber derKlang ist viel zu leise.", "derKlang", "der Klang"),
    ("Das Eis ist einige TausendJahre alt.", "TausendJahre", "Tausend Jahre"),
    ("Das ist der Hauptzweck dieserFilter.", "dieserFilter", "dieser Filter"),
    ("Wir haben sie in einemIndex zusammengefasst.", "einemIndex", "einem Index"),
])
def test_a_capital_inside_a_token_of_prose_is_split(check, sentence, word, fix):
    f = only(check(sentence), word)
    assert f.suggestions[0] == fix


@pytest.mark.parametrize("sentence", [
    "Die Funktion getElementById liefert ein Element.",  # an identifier: more than one capital
    "Das Programm JavaScript läuft im Browser.",          # a product name known to English
    "Er trifft sich auf dem LinuxTag mit Freunden.",      # a name first: a brand, not prose
    "Setzen Sie LogLevel auf drei.",                      # English parts
    "Die Datei heißt meinKlang.txt und liegt dort.",      # a file name
])
def test_identifiers_and_brands_with_a_capital_inside_stay_quiet(check, sentence):
    assert check(sentence) == []


# --- a fragment glued to a word ---------------------------------------------------------------------------------

def test_word_plus_fragment(check):
    f = only(check("Der Termin ist im Kalendereingetrag."), "Kalendereingetrag")
    assert "Kalender eingetragen" in f.suggestions[:3]
    f = only(check("Eine Reise ist nicht auf seinem Terminplansteig ist."), "Terminplansteig")
    assert f.suggestions[0] == "Terminplan"


def test_an_abbreviation_glued_on_is_split_off(check):
    fs = check("Der Staat zahlt großzügige Sozialleistungenusw.")
    f = only(fs, "Sozialleistungenusw")
    assert f.suggestions[0] == "Sozialleistungen usw"


# --- what must stay quiet ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Der Mond in der Erdumlaufbahn.",                              # a noun of the lexicon
    "Nachts kriegen sie dann eine Pollendusche.",                  # an unknown compound of two nouns
    "Bedrohungen des Selbstbewußtseins kommen vor.",               # old spelling with ß
    "Der Diensteverwalter startet den Dienst.",                    # a linking element hunspell does not know
    "Das Dienstetyp-Feld und die Rückzugsfeder sind neu.",         # linking element, short head
    "Die Friedensinitiative wurde von Sabine Müllerhausen vorgestellt.",
    "Richard Stallman schrieb das.",                               # a surname that splits ("Stall man")
    "Der Timer läuft ab.",                                         # English, and "-er" is a suffix
    "Er sprach über Programmiererweisheit.",                       # "er|er" at the joint of a compound
    "Das Staatskirchentum war mächtig.",                           # "-tum" is a suffix, not a fragment
    "Die allerfrühesten Momente sind spannend.",                   # "aller-" prefixes adjectives
    "Die Gedanken wurden zusammengedacht.",                        # a verb prefix + participle
    "Das ist eine verlogender Geschichte.",                        # "-der" is a word ending
])
def test_ordinary_german_stays_quiet(check, sentence):
    assert check(sentence) == []


# --- bounded work ------------------------------------------------------------------------------------------------

def test_long_runs_of_repeats_are_bounded():
    """A token of the longest length analysed, full of repeats, takes no noticeable time."""
    word = ("ab" * lexicon.MAX_WORD_LEN)[: lexicon.MAX_WORD_LEN]
    t = time.process_time()
    garbled._doubled(word)
    garbled.camel_fused("a" * 30 + "B" + "b" * 30)
    assert time.process_time() - t < 2


def test_overlong_tokens_are_not_analysed(check):
    long_camel, long_repeat = "derKlang" * 500, "la" * 5000
    t = time.process_time()
    found = check(f"Das {long_camel} und {long_repeat} ist da.")
    assert time.process_time() - t < 5
    assert not [f for f in found if f.text in (long_camel, long_repeat)]


@pytest.mark.parametrize("sentence", [
    "Er mag Jean Gabin sehr.",                   # a name: "Gab in" mid-sentence
    "Das ist jeglich falsch.",                   # a two-letter first part needs a frequent second
    "Das Branntweintrinken ist ungesund.",       # a noun made of a verb
    "Das führt zum Rechthaben.",
    "Der Polterer kam herein.",                  # an agent noun of "poltern", not a doubled "er"
])
def test_names_derivations_and_nominalisations_stay_quiet(check, sentence):
    assert check(sentence) == []


def test_a_pronoun_after_a_verb_is_split_with_the_likelier_reading_first(check):
    f = only(check("Wir wissen: wenn es hineinfällt, wirdes schneller."), "wirdes")
    assert f.suggestions[0] == "wird es"
    f = only(check("Solltees der Urknall sein, hören wir ihn."), "Solltees")
    assert f.suggestions[0] == "Sollte es"


def test_a_compound_cut_short_is_completed(engines):
    from lektorat.checker import check_text

    found = check_text("Bei der Stimmauszähl gab es Probleme.", engines).findings
    assert [(f.text, f.suggestions[:1]) for f in found] == [("Stimmauszähl", ["Stimmauszählung"])]
    for quiet in ("Das führt zum Rechthaben.", "Eine Gratinform buttern.", "Es läuft im Userspace."):
        assert check_text(quiet, engines).findings == [], quiet


@pytest.mark.parametrize("sentence,word,fix", [
    ("Die Hafenverwalt hat die Anfrage abgelehnt.", "Hafenverwalt", "Hafenverwaltung"),
    ("Die Wiederaufbaukonfer beginnt am Montag.", "Wiederaufbaukonfer", "Wiederaufbaukonferenz"),
])
def test_a_compound_cut_inside_its_last_noun_is_completed_as_one_word(check, sentence, word, fix):
    """The fragment begins a noun: the compound comes first, and the noun never as a lower-case word of its own."""
    f = only(check(sentence), word)
    assert f.suggestions[0] == fix
    assert not [s for s in f.suggestions if " " in s and s.replace(" ", "") == fix], f.suggestions


def test_a_noun_that_lost_its_last_letter_is_completed_not_its_article_changed():
    """"Die nächste Verhandlungsrund": the phrase agrees with "Verhandlungsrunde"; proposing "Das nächste" for the
    neuter "Rund" would be wrong."""
    engine = BuiltinEngine(load())
    found = check_text("Die nächste Verhandlungsrund ist für Oktober geplant.", [engine]).findings
    assert [(f.text, f.suggestions[0]) for f in found] == [("Verhandlungsrund", "Verhandlungsrunde")]


def test_a_name_at_a_sentence_start_that_the_article_names_elsewhere_is_no_fusion(check):
    text = "Am Spitzenbrett hatte Kapitän Oleh Bondar ein Remis. Bondar sprach von einem Erfolg."
    assert check(text) == []
    assert [f.text for f in check("Als Künstlerist mir das egal.")] == ["Künstlerist"]


def test_a_preposition_run_into_a_capitalised_word(check):
    f = only(check("Das hieß es inFrankfurter Händlerkreisen."), "inFrankfurter")
    assert f.suggestions[0] == "in Frankfurter"


def test_a_noun_with_its_linking_s_before_a_noun_is_a_compound(check):
    assert check("Man rechne mit einem moderaten Ertragsplus.") == []
    assert [f.text for f in check("Die Lage des Landesist schwierig.")] == ["Landesist"]


@pytest.mark.parametrize("sentence, word, fix", [
    ("Er koordiniert ein Oppositionsbünd in Warschau.", "Oppositionsbünd", "Oppositionsbündnis"),
    ("Die Entscheidung im Mannschaftswettbew fiel spät.", "Mannschaftswettbew", "Mannschaftswettbewerb"),
])
def test_a_compound_cut_short_after_a_linking_s(check, sentence, word, fix):
    assert only(check(sentence), word).suggestions == [fix]
