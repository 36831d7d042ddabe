"""English words, phrases and pseudo-English in German text: proposals from the English-German dictionary."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from lektorat import dictionary
from lektorat.checker import check_text
from lektorat.engines.builtin import BuiltinEngine
from lektorat.glossary import COLUMNS, load

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    """The built-in engine with an empty glossary: every proposal comes from the dictionary."""
    d = tmp_path_factory.mktemp("glossary")
    (d / "g.tsv").write_text("\t".join(COLUMNS) + "\n", encoding="utf-8")
    engine = BuiltinEngine(load(d, builtin=False))

    def run(text):
        return [f for f in check_text(text, [engine]).findings
                if f.category in ("english", "pseudo-english", "garbled")]

    return run


@pytest.fixture(scope="module")
def check_builtin():
    engine = BuiltinEngine(load())

    def run(text):
        return [f for f in check_text(text, [engine]).findings if f.category in ("english", "pseudo-english")]

    return run


def one(findings, text):
    hits = [f for f in findings if f.text == text]
    assert len(hits) == 1, findings
    return hits[0]


# -- the dictionary ---------------------------------------------------------------------------------------------

def test_dictionary_words_phrases_and_parts_of_speech():
    assert ("Eisberg", "m") in dictionary.translations("iceberg")
    assert ("Eisberg", "m") in dictionary.translations("Iceberg")
    assert ("Rückerstattung", "f") in dictionary.translations("refund")
    assert ("enorm", "adj") in dictionary.translations("tremendous")
    assert any(pos == "adv" for _, pos in dictionary.translations("at the same time"))
    assert ("langfristig", "adv") in dictionary.translations("in the long run")
    assert dictionary.translations("xyzzy") == []


def test_dictionary_data_is_small_and_documented():
    d = ROOT / "src" / "lektorat" / "data" / "dictionary"
    # (100,000 English words: the rare ones are those machine translation leaves in English, "capsize")
    assert (d / "en-de.tsv.gz").stat().st_size < 2_600_000
    readme = (d / "README.md").read_text(encoding="utf-8")
    assert "GPL-2.0-or-later" in readme and "trans-de-en" in readme
    assert (d / "COPYING_GPLv2").is_file()
    with gzip.open(d / "en-de.tsv.gz", "rt", encoding="utf-8") as fh:
        assert fh.readline().rstrip("\n") == dictionary.HEADER


# -- English words ----------------------------------------------------------------------------------------------

def test_unseen_english_noun_gets_dictionary_proposal(check):
    f = one(check("Während der Iceberg schmilzt, setzt er Trinkwasser frei."), "Iceberg")
    assert f.rule == "EN_WORD" and f.suggestions[0] == "Eisberg"


def test_lower_case_english_noun_after_article_prefers_nouns(check):
    f = one(check("Sie verlangten eine refund für die Reise."), "refund")
    assert f.suggestions and all(s[0].isupper() for s in f.suggestions)
    assert "Rückerstattung" in f.suggestions or "Erstattung" in f.suggestions


def test_attributive_adjective_is_inflected(check):
    f = one(check("Wir brauchen den public Wohlfahrtsstaat."), "public")
    assert "öffentlichen" in f.suggestions
    f = one(check("In Schweden gibt es tremendous Unterschiede."), "tremendous")
    assert "enorme" in f.suggestions
    f = one(check("Er hatte einen tremendous Erfolg."), "tremendous")
    assert "enormen" in f.suggestions


def test_predicative_adjective_is_not_inflected(check):
    f = one(check("Das Angebot ist nicht available."), "available")
    assert "verfügbar" in f.suggestions[:3] or "erhältlich" in f.suggestions[:3]
    assert not any(s.endswith(("e", "en")) and s[:-1] in ("verfügbar", "erhältlich") for s in f.suggestions)


def test_part_of_speech_decides_the_ranking(check):
    # "even": adjective (eben, gleich) and adverb (sogar); after "werden" ... as predicate an adjective
    noun = one(check("Das ist ein großer Step nach vorn."), "Step")
    assert noun.suggestions and all(s[0].isupper() for s in noun.suggestions)
    verb = one(check("Wir müssen das Problem solve können."), "solve")
    assert verb.suggestions and all(s[0].islower() for s in verb.suggestions)
    assert "lösen" in verb.suggestions


def test_capitalised_english_noun_mid_sentence(check):
    f = one(check("Jeder Eisberg hat seine eigene individuelle Character."), "Character")
    assert "Charakter" in f.suggestions


@pytest.mark.parametrize("text", [
    "Manchester United gewann am Samstag gegen Chelsea.",          # a club
    "Der Konzern Apple verkaufte mehr Telefone als je zuvor.",      # a company
    "Der Bericht von Smith wurde gestern veröffentlicht.",          # a surname
    "Laut Johnson hat die Regierung keine Wahl.",                   # a surname
    "Sie las „Pride and Prejudice“ im Urlaub.",                     # a title of a work
    "Die Serie „Succession“ gewann einen Preis.",                   # a one-word title
    "Die Band spielte zuerst Wonderwall und dann Champagne Supernova.",
])
def test_names_are_left_alone(check, text):
    assert not [f for f in check(text) if f.rule in ("EN_WORD", "EN_PHRASE")]


def test_correct_german_is_left_alone(check):
    text = ("Die Temperatur des Wassers war konstant, und die Regierung kündigte eine Reform der Steuererstattung an. "
            "Das Team präsentierte die Ergebnisse online.")
    assert check(text) == []


# -- English phrases ----------------------------------------------------------------------------------------------
# quotations.py reports a run of lower-case English words first (EN_PHRASE, without proposals); the dictionary's
# phrase mechanism (english.phrase_at) gives the German phrase and reports the phrases that run misses.

def _phrase(text, i=None):
    from lektorat.document import Document
    from lektorat.engines.builtin.context import Context
    from lektorat.engines.builtin.english import phrase_at
    doc = Document(text)
    ctx = Context(doc, _EMPTY_GLOSSARY[0])
    if i is None:
        i = next(k for k, t in enumerate(doc.tokens) if t.text.lower() in ("at", "in"))
    return doc, i, phrase_at(ctx, i)


_EMPTY_GLOSSARY = []


@pytest.fixture(scope="module", autouse=True)
def _empty_glossary(tmp_path_factory):
    d = tmp_path_factory.mktemp("empty")
    (d / "g.tsv").write_text("\t".join(COLUMNS) + "\n", encoding="utf-8")
    _EMPTY_GLOSSARY.append(load(d, builtin=False))


def test_phrase_is_one_span_with_a_german_phrase():
    _, _, p = _phrase("Die Preise stiegen at the same time deutlich.")
    assert p is not None and p[0] == 4
    assert {"gleichzeitig", "zugleich"} & set(p[1])
    _, _, p = _phrase("Das lohnt sich in the long run nicht.")
    assert p is not None and p[0] == 4 and "langfristig" in p[1]


def test_phrase_at_sentence_start_is_capitalised():
    _, _, p = _phrase("At the same time stiegen die Preise.", 0)
    assert p is not None and p[0] == 4 and all(s[0].isupper() for s in p[1])


def test_phrase_is_one_finding_in_the_checker(check):
    fs = check("Die Preise stiegen at the same time deutlich.")
    assert [f.text for f in fs] == ["at the same time"]
    assert fs[0].rule == "EN_PHRASE"


def test_german_words_do_not_make_an_english_phrase():
    _, _, p = _phrase("Er war in der Stadt.", 1)
    assert p is None


# -- pseudo-English -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, expected", [
    ("In Schweden gibt es tremendöse Unterschiede.", "tremendöse", "enorme"),              # -ös <- -ous
    ("Die Räume sind nicht availabel.", "availabel", "verfügbar"),                          # -abel <- -able
    ("Das ist eine sehr flexibel Lösung, aber nicht visibel.", "visibel", "sichtbar"),      # -ibel <- -ible
    ("Jeder Eisberg hat seine eigene Personalität.", "Personalität", "Persönlichkeit"),     # -ität <- -ity
    ("Die Lage ist critisch.", "critisch", "kritisch"),                                     # -isch <- -ical, c
    ("Die Regierung will die Wirtschaft stabilizieren.", "stabilizieren", "stabilisieren"),  # -ieren <- -ize
    ("Das war eine expensiv Reise.", "expensiv", "teure"),                                  # -iv <- -ive
    ("Die Reise war expensiv.", "expensiv", "teuer"),
    ("Seine Postur war gebeugt.", "Postur", "Haltung"),                                     # -ur <- -ure
    ("Seine Preferenz für Tee ist bekannt.", "Preferenz", "Bevorzugung"),                   # -enz <- -ence
])
def test_pseudo_english_families(check, text, word, expected):
    f = one(check(text), word)
    assert f.rule == "PSEUDO_EN_WORD"
    assert expected in f.suggestions, f.suggestions


def test_half_english_compound(check):
    f = one(check("Er bekam einen Steuerrefund vom Finanzamt."), "Steuerrefund")
    assert f.category == "pseudo-english"
    assert {"Steuerrückerstattung", "Steuererstattung"} & set(f.suggestions)


def test_glossary_entries_come_first(check_builtin):
    f = one(check_builtin("Die Regierung hat however nichts gesagt."), "however")
    assert f.suggestions[0] == "jedoch"


# -- the build ------------------------------------------------------------------------------------------------------

def test_build_script_is_self_contained():
    src = (ROOT / "scripts" / "build_dictionary_data.py").read_text(encoding="utf-8")
    assert "benchmarks" not in src.split('"""', 2)[2].split("def ")[0]
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_dictionary_data.py"), "--ding",
                           "/nonexistent"], check=False, capture_output=True, text=True)
    assert proc.returncode == 1 and "apt-get download trans-de-en" in proc.stderr


@pytest.mark.parametrize("named, bare", [
    ("Die Übung namens Northern Shield begann am Montag.", "Die Truppen zogen in den northern Sektor."),
    ("Das letzte Projekt heißt Biased Chains und ist neu.", "Das letzte Projekt hat biased Ergebnisse."),
    ("Die sogenannte Alliance of the Brave traf sich in Paris.", "Sie trafen sich of the record in Paris."),
    ("Die Firma nennt sich Bright Harbor und sitzt in Hamburg.", "Die Firma ist bright und sitzt in Hamburg."),
    ("Das Programm trägt den Namen Clean Skies.", "Die Armee kontrolliert die skies."),
])
def test_a_run_after_a_word_that_introduces_a_name_is_a_name(check, named, bare):
    """What follows namens / heißt / sogenannt / nennt sich / den Namen is what something is called, even in
    English words; the same words elsewhere are English left untranslated."""
    assert [f.text for f in check(named) if f.category == "english"] == []
    assert [f for f in check(bare) if f.category == "english"]


def test_an_english_plural_in_a_nouns_place_gets_no_verb(check):
    """The dictionary reads "skies" as "(he) skis": after an article the noun's senses or nothing."""
    (f,) = [f for f in check("Die Armee kontrolliert die skies über der Stadt.") if f.text == "skies"]
    assert f.suggestions and all(s[:1].isupper() for s in f.suggestions), f.suggestions


@pytest.mark.parametrize("sentence, word, fix", [
    ("Moskau will die Energie weaponisieren, und die Menschen leiden.", "weaponisieren", "als Waffe einsetzen"),
    ("Die Regierung hat den Kauf von Elektroautos incentiviert.", "incentiviert", None),
    ("Die Enforcierung der Regeln ist schwierig.", "Die Enforcierung", "Die Durchsetzung"),
    ("Die Kompetitivität gegenüber den Konkurrenten sei gering.", "Kompetitivität", "Wettbewerbsfähigkeit"),
    ("Die Kapazitätsutilisierung lag bei 80 Prozent.", "Kapazitätsutilisierung", "Kapazitätsauslastung"),
    ("Die Battery-Zellen kommen aus Polen.", "Battery-Zellen", "Batteriezellen"),
    ("Man werde die Lage genau monitoren und die Gespräche fortsetzen.", "monitoren", "beobachten"),
])
def test_pseudo_english_by_regular_correspondences(check, sentence, word, fix):
    """-ierung for English -ment, -ität for -iveness, -isieren on an English verb (with the dictionary's German
    where it has the verb; found, nothing proposed, where it is too new for the dictionary), a German noun joined to a pseudo-English one, an English noun with a German cognate before a
    hyphen, an English verb with -en where a modal's infinitive stands."""
    (f,) = [f for f in check(sentence) if f.text == word]
    if fix is None:
        assert f.suggestions == []
    else:
        assert fix in f.suggestions[:3], f.suggestions


@pytest.mark.parametrize("sentence", [
    "Die Cloud-Dienste und die Energy-Drinks sind teuer.",     # accepted loanword; English both sides
    "Das Testing-Archiv und die Installations-CD liegen bereit.",   # an -ing loan, a linking s
    "Die Regierung will die Wirtschaft digitalisieren und dekarbonisieren.",
    "Die Monitoren auf dem Tisch sind neu.",
])
def test_german_compounds_and_verbs_stay_quiet(check, sentence):
    assert check(sentence) == []


@pytest.mark.parametrize("sentence, span, fix", [
    ("At the end of the day entscheidet der Markt.", "At the end of the day", "Letztlich"),
    ("In the meantime wartet die Regierung.", "In the meantime", "Inzwischen"),
    ("Der Abschluss sei on track, sagte er.", "on track", "auf Kurs"),
])
def test_english_phrases_of_short_words_later_senses_and_to_be(check, sentence, span, fix):
    """A phrase of many short words, a phrase from a later part of a dictionary entry ("Zwischenzeit | in der
    Zwischenzeit"), and "to be on track" :: "auf Kurs sein" read as "on track" :: "auf Kurs"."""
    (f,) = [f for f in check(sentence) if f.category == "english"]
    assert f.text == span
    assert fix in f.suggestions, f.suggestions


@pytest.mark.parametrize("sentence", [
    "Die britische Competition and Markets Authority prüft die Fusion.",
    "Die Bill and Melinda Gates Foundation spendet.",
])
def test_an_english_name_that_ends_in_the_kind_of_organisation_stays(check, sentence):
    """Capitalised words joined by "and" and ending in Authority, Foundation, Commission …: a name."""
    assert check(sentence) == []


def test_and_between_german_words_is_still_english(check):
    assert [f.text for f in check("Die Regierung and die Opposition streiten.")] == ["and"]


@pytest.mark.parametrize("sentence, word, fix", [
    ("Er sprach von einer unfriendly Provokation.", "unfriendly", "unfreundlichen"),   # Ding tags it adv
    ("Er sprach von einem „challenging Umfeld“ für die Branche.", "challenging", "anspruchsvollen"),  # a quote between
])
def test_an_english_adjective_before_a_noun_gets_the_ending_the_phrase_needs(check, sentence, word, fix):
    (f,) = [f for f in check(sentence) if f.text == word]
    assert f.suggestions[0] == fix, f.suggestions


def test_a_rare_english_word_german_never_has(check):
    """Too rare in English for the frequency test, never seen in German: English left untranslated; not as part of
    an option, a quoted term or a hyphenated name."""
    assert [f.text for f in check("Die Firma kämpft mit headwinds im Export.")] == ["headwinds"]
    assert check("Mit der Option --verbose und »unmask« wird es ausführlicher.") == []


@pytest.mark.parametrize("sentence, span, fix", [
    ("Die Bank sei heute more profitable als früher.", "more profitable", "profitabler"),
    ("Das Modell ist more expensive.", "more expensive", "teurer"),
])
def test_more_and_an_english_adjective_is_the_german_comparative(check, sentence, span, fix):
    (f,) = [f for f in check(sentence) if f.category == "english"]
    assert f.text == span and fix in f.suggestions, f


def test_a_small_english_noun_after_an_article(check):
    """"in einem statement": far more English than German, so English left in (the loanword is a proposal too;
    each German noun with the article of its gender, "einer Aussage"); "das team": as German as English, a German
    noun written small."""
    (f,) = check("Er nannte den Streik in einem statement unverhältnismäßig.")
    assert f.rule == "EN_WORD" and f.text == "einem statement" and f.suggestions[-1] == "einem Statement"
    assert "einer Aussage" in f.suggestions
    assert check("Das team gewann.") == []      # (the spelling rule's: NOUN_LOWERCASE → Team)


@pytest.mark.parametrize("sentence, word, fix", [
    ("Die Overreaktion der Polizei war falsch.", "Overreaktion", "Überreaktion"),
    ("Die Aktie ist underbewertet.", "underbewertet", "unterbewertet"),
])
def test_an_english_prefix_on_a_german_word(check, sentence, word, fix):
    (f,) = check(sentence)
    assert f.text == word and f.suggestions == [fix]


@pytest.mark.parametrize("sentence, word, fix", [
    ("Die Spieler celebrierten noch lange auf dem Eis.", "celebrierten", "feierten"),
    ("Der Start wurde postponiert.", "postponiert", "verschoben"),     # a strong verb the inflector guesses
])
def test_a_pseudo_english_verb_gets_the_german_verb_in_its_form(check, sentence, word, fix):
    (f,) = check(sentence)
    assert f.text == word and f.suggestions[0] == fix, f.suggestions


@pytest.mark.parametrize("sentence, word, fix", [
    ("Die Scalabilität des Systems ist gut.", "Scalabilität", "Skalierbarkeit"),     # -ability -> -ierbarkeit
    ("Die Flüge wurden cancelliert.", "cancelliert", "gestrichen"),                 # cancelled -> cancel
    ("Man werde die Turbinen pünktlich deliveren und installieren.", "deliveren", "liefern"),  # commonest verb
])
def test_pseudo_english_proposals_by_correspondence_and_frequency(check, sentence, word, fix):
    (f,) = [f for f in check(sentence) if f.text == word]
    assert fix in f.suggestions, f.suggestions


@pytest.mark.parametrize("sentence, span, fix", [
    ("Das Werk soll state-of-the-art Chips liefern.", "state-of-the-art", "hochmoderne"),   # one span, inflected
    ("Es ist eine long-term Strategie.", "long-term", "langfristige"),
    ("Ihr Lauf war technikal sehr sauber.", "technikal", "technisch"),                       # -al, k for c
    ("Er hat das gechecked.", "gechecked", "geprüft"),                                       # ge- + English + -ed
])
def test_english_in_hyphens_in_german_spelling_and_in_a_participle_frame(check, sentence, span, fix):
    (f,) = [f for f in check(sentence) if f.text == span]
    assert fix in f.suggestions, f.suggestions


def test_loans_and_german_al_adjectives_stay_quiet(check):
    assert check("Der E-Mail-Verkehr und das Know-how wachsen.") == []
    assert check("Positionale Optionen geben Werte an.") == []
