"""Bilingual checks: each German segment against its English source (lektorat.bilingual).

Every check is tried both ways on real-looking news segments: it finds the defect, and it is quiet on the correct
translation (German number forms, thousands separators, percentages, dates, times and names included).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lektorat import bilingual, quantities
from lektorat.bilingual import Pair, check, pairs_from_lines
from lektorat.document import Document
from lektorat.glossary import COLUMNS, load
from lektorat.textio import InputError
from lektorat.tuning import Tuning


@pytest.fixture(scope="module")
def glossary():
    return load()


@pytest.fixture(scope="module")
def run(glossary):
    """Check SEGMENTS [(English source, German target)] as one file, one pair per segment, as a reader of an
    XLIFF file would hand them over (targets joined by blank lines, ids u1, u2 …)."""

    def go(segments, tuning=None, g=None):
        text, pairs = "", []
        for k, (src, tgt) in enumerate(segments, 1):
            if text:
                text += "\n\n"
            pairs.append(Pair(f"u{k}", src, len(text), len(text) + len(tgt)))
            text += tgt
        doc = Document(text)
        found = check(doc, pairs, g if g is not None else glossary, tuning)
        for f in found:
            assert f.text == text[f.start:f.end] and f.engine == "builtin"
        return found

    return go


def rules(found, rule):
    return [f for f in found if f.rule == rule]


def only(found, rule):
    hits = rules(found, rule)
    assert len(hits) == 1, found
    return hits[0]


# --- numbers, amounts, percentages, dates, times ----------------------------------------------------------------

CORRECT_NUMBERS = [
    ("About 1,500 people attended the rally in Kyiv.", "Rund 1.500 Menschen nahmen an der Kundgebung in Kiew teil."),
    ("The city has 1.5 million inhabitants.", "Die Stadt hat 1,5 Millionen Einwohner."),
    ("The company lost $3bn last year.", "Das Unternehmen verlor im vergangenen Jahr 3 Mrd. Dollar."),
    ("The war has cost Ukraine $152 billion, the World Bank said.",
     "Der Krieg hat die Ukraine 152 Milliarden Dollar gekostet, teilte die Weltbank mit."),
    ("Inflation rose to 20% in March.", "Die Inflation stieg im März auf 20 Prozent."),
    ("Inflation rose to 2.9 percent in March.", "Die Inflation stieg im März auf 2,9 %."),
    ("The talks began on March 3, 2024.", "Die Gespräche begannen am 3. März 2024."),
    ("The talks began on March 3, 2024.", "Die Gespräche begannen am 03.03.2024."),
    ("He was born on 12 June 1950 in Leningrad.", "Er wurde am 12. Juni 1950 in Leningrad geboren."),
    ("The meeting starts at 9:15 a.m. on Monday.", "Das Treffen beginnt am Montag um 9.15 Uhr."),
    ("Polls close at 7 p.m. local time.", "Die Wahllokale schließen um 19 Uhr Ortszeit."),
    ("It was the 3rd time since the 1990s.", "Es war das 3. Mal seit den 1990er Jahren."),
    ("Each black hole is 10 times the mass of the Sun.", "Jedes Schwarze Loch hat die zehnfache Masse der Sonne."),
    ("Some of the ice is over 100000 years old.", "Ein Teil des Eises ist mehr als 100.000 Jahre alt."),
    ("Some of the ice is over 100000 years old.", "Ein Teil des Eises ist mehr als 100 000 Jahre alt."),
    ("Some of the ice is over 100000 years old.", "Ein Teil des Eises ist mehr als 100\u202f000 Jahre alt."),
    ("In 2019, 300 people died.", "2019 starben 300 Menschen."),
    ("The icebergs were almost 200 feet out of the water.", "Die Eisberge ragten beinah 60 Meter aus dem Wasser."),
    ("Fourteen billion years pass.", "14 Milliarden Jahre vergehen."),
]


@pytest.mark.parametrize("source,target", CORRECT_NUMBERS)
def test_numbers_in_german_form_are_quiet(run, source, target):
    assert rules(run([(source, target)]), "BI_NUMBER") == []


def test_an_english_format_number_is_not_reported_missing(run):
    # the built-in engine's format rules report "1,500" and "5.2" in German text; the value is there
    found = run([("About 1,500 people attended.", "Rund 1,500 Menschen nahmen teil."),
                 ("Unemployment fell to 5.2 percent.", "Die Arbeitslosigkeit sank auf 5.2 Prozent.")])
    assert rules(found, "BI_NUMBER") == []


@pytest.mark.parametrize("source,target,span,proposal", [
    ("About 1,500 people attended the rally.", "Rund 1.200 Menschen nahmen an der Kundgebung teil.", "1.200", "1.500"),
    ("The city has 1.5 million inhabitants.", "Die Stadt hat 1,2 Millionen Einwohner.", "1,2 Millionen",
     "1,5 Millionen"),
    # an English billion is a German Milliarde: "3 Billionen" is a thousand times too much
    ("The company lost $3bn last year.", "Das Unternehmen verlor im vergangenen Jahr 3 Billionen Dollar.",
     "3 Billionen", "3 Milliarden"),
    ("Inflation rose to 20% in March.", "Die Inflation stieg im März auf 25 Prozent.", "25", "20"),
    ("Unemployment fell to 5.2 percent.", "Die Arbeitslosigkeit sank auf 5,3 Prozent.", "5,3", "5,2"),
    ("The talks began on March 3, 2024.", "Die Gespräche begannen am 5. März 2024.", "5. März 2024", "3. März 2024"),
    ("The talks will begin on March 3, 2024.", "Die Gespräche werden am 05.03.2024 beginnen.", "05.03.2024",
     "03.03.2024"),
    ("The meeting starts at 9:15 a.m. on Monday.", "Das Treffen beginnt am Montag um 9.50 Uhr.", "9.50 Uhr",
     "9.15 Uhr"),
    ("Some of the ice is over 100000 years old.", "Ein Teil des Eises ist mehr als 10.000 Jahre alt.", "10.000",
     "100.000"),
])
def test_a_changed_number_is_the_finding_with_the_source_value_in_german_form(run, source, target, span, proposal):
    f = only(run([(source, target)]), "BI_NUMBER")
    assert (f.text, f.suggestions, f.category, f.severity) == (span, [proposal], "accuracy", "error")


def test_the_same_value_twice_in_the_source_and_once_changed(run):
    src = "The top 20 percent are about four times as rich as the bottom 20 percent."
    found = run([(src, "Die obersten 20 Prozent sind etwa viermal so reich wie die untersten 20 Prozent."),
                 (src, "Die obersten 21 Prozent sind etwa viermal so reich wie die untersten 20 Prozent.")])
    f = only(found, "BI_NUMBER")
    assert (f.text, f.suggestions) == ("21", ["20"])


def test_missing_numbers_are_one_warning_on_the_segment(run):
    target = "Bei dem Angriff in Charkiw wurden Menschen getötet und verletzt."
    f = only(run([("The strike killed 12 people and injured 40 others in Kharkiv.", target)]), "BI_NUMBER")
    assert f.text == target and f.severity == "warning" and f.suggestions == []
    assert "„12“" in f.message and "„40“" in f.message


def test_number_words_of_the_source_are_not_required(run):
    # "the first two" → "die ersten beiden": a number word may be rendered without one
    assert rules(run([("The first two are the MacroBot and DeciBot.", "Die ersten beiden sind MacroBot und DeciBot.")]),
                 "BI_NUMBER") == []


def test_quantities_parse_both_conventions():
    en = {q.text: q for q in quantities.english("It cost $3bn, 1,500.5 and 1.5 million on March 3, 2024 at 7 p.m.")}
    assert en["$3bn"].keys == {3e9} and en["$3bn"].german == "3 Milliarden"
    assert en["1,500.5"].keys == {1500.5} and en["1,500.5"].german == "1.500,5"
    assert en["1.5 million"].keys == {1.5e6} and en["1.5 million"].german == "1,5 Millionen"
    assert en["March 3, 2024"].german == "3. März 2024" and en["7 p.m."].german == "19 Uhr"
    de = {q.text: q for q in quantities.german("1.500,5 und 3 Mrd. Euro, 40.000, vierzigtausend, zweieinhalb, "
                                               "eine Million, 3 Billionen")}
    assert 1500.5 in de["1.500,5"].keys and 3e9 in de["3 Mrd."].keys and 40000 in de["40.000"].keys
    assert de["vierzigtausend"].keys == {40000} and de["zweieinhalb"].keys == {2.5}
    assert de["eine Million"].keys == {1e6} and 3e12 in de["3 Billionen"].keys and 3e9 not in de["3 Billionen"].keys


# --- glossary names and terms -----------------------------------------------------------------------------------

PESKOV = "Kremlin spokesman Dmitry Peskov told reporters on Monday that no decision had been made."


def test_names_rendered_as_the_glossary_says_are_quiet(run):
    found = run([(PESKOV, "Kremlsprecher Dmitri Peskow sagte am Montag vor Journalisten, es sei noch keine "
                          "Entscheidung gefallen."),
                 ("Peskov's remarks came after the talks.", "Peskows Äußerungen folgten auf die Gespräche."),
                 ("A spokesman for the White House declined to comment.",
                  "Ein Sprecher des Weißen Hauses lehnte eine Stellungnahme ab."),
                 ("Lavrov met Blinken in Geneva.", "Lawrow traf Blinken in Genf.")])
    assert rules(found, "BI_TERM") == []


def test_a_misspelt_name_is_the_finding_with_the_glossary_form(run):
    f = only(run([("Dmitry Peskov and Sergei Lavrov met.", "Dmitri Peskoff und Sergej Lawrow trafen sich.")]),
             "BI_TERM")
    assert (f.text, f.suggestions, f.category) == ("Peskoff", ["Peskow"], "terminology")


def test_a_name_left_out_is_one_warning_on_the_segment(run):
    target = "Der Sprecher sagte am Montag vor Journalisten, es sei noch keine Entscheidung gefallen."
    f = only(run([(PESKOV, target)]), "BI_TERM")
    assert f.text == target and f.severity == "warning" and f.suggestions == []
    assert "Dmitri Peskow" in f.message and "Kreml" in f.message


def test_an_english_name_in_the_target_is_left_to_the_builtin_glossary_rule(run):
    # "Dmitry Peskov" in German text is GLOSSARY_PERSON's (with its proposal); no second finding for it here
    found = run([(PESKOV, "Kremlsprecher Dmitry Peskov sagte am Montag, es sei keine Entscheidung gefallen.")])
    assert rules(found, "BI_TERM") == []


def test_a_newsroom_glossary_term(run, tmp_path):
    (tmp_path / "g.tsv").write_text("\t".join(COLUMNS) + "\n" + "\t".join(
        ["Waffenruhe|Feuerpause", "ceasefire", "term", "Ceasefire", "noun", "", "", "house style"]) + "\n",
        encoding="utf-8")
    g = load(tmp_path, builtin=False)
    src = "Both sides agreed to a ceasefire on Sunday."
    assert rules(run([(src, "Beide Seiten einigten sich am Sonntag auf eine Waffenruhe.")], g=g), "BI_TERM") == []
    assert rules(run([(src, "Beide Seiten einigten sich am Sonntag auf einen Feuerstopp.")], g=g), "BI_TERM")


# --- untranslated segments and English words taken over from the source ---------------------------------------

def test_a_segment_equal_to_its_source(run):
    f = only(run([("So here it is.", "So here it is.")]), "BI_UNTRANSLATED")
    assert f.text == "So here it is." and f.category == "english" and f.severity == "error"


@pytest.mark.parametrize("source,target", [
    ("Okay.", "Okay."), ("Barack Obama", "Barack Obama"), ("(Applause)", "(Applaus)"),
    ("So here it is.", "Hier ist es also."),
])
def test_a_segment_that_is_german_or_a_name_is_not_untranslated(run, source, target):
    assert rules(run([(source, target)]), "BI_UNTRANSLATED") == []


def test_a_segment_mostly_of_its_source_words(run):
    f = only(run([("We will have spatial computing soon.", "We will have spatial computing bald.")]),
             "BI_UNTRANSLATED")
    assert "5 of its 6 words" in f.message
    assert rules(run([("We will have spatial computing soon.", "Wir werden bald räumliches Rechnen haben.")]),
                 "BI_UNTRANSLATED") == []


def test_an_english_word_from_the_source_with_dictionary_proposals(run):
    f = only(run([("One of them is the input from the user, as you're building your bricks.",
                   "Eines davon ist die Eingabe des Benutzers, wenn Sie Ihre Bricks bauen.")]), "BI_SOURCE_WORD")
    assert f.text == "Bricks" and f.category == "english" and "Bausteine" in f.suggestions


def test_a_rare_english_word_the_monolingual_rule_cannot_know(run):
    # "blowflies" is too rare in English for frequency alone; its being in the source is the evidence
    f = only(run([("And blowflies just can't help themselves.", "Und Blowflies können sich einfach nicht helfen.")]),
             "BI_SOURCE_WORD")
    assert f.text == "Blowflies"
    assert run([("And blowflies just can't help themselves.",
                 "Und Schmeißfliegen können einfach nicht anders.")]) == []


@pytest.mark.parametrize("source,target", [
    # capitalised mid-sentence in the source: a name
    ("If it was the Big Bang we were going to pick up, it would sound like this.",
     "Sollte es der Big Bang sein, den wir aufnehmen, dann würde er so klingen."),
    # German words and loanwords
    ("The team played well, okay?", "Das Team hat gut gespielt, okay?"),
    ("You can download it for free.", "Man kann es kostenlos downloaden."),
    # a quotation kept in English on both sides
    ('The slogan was "make it happen".', "Der Slogan lautete „make it happen“."),
    # an acronym
    ("LIGO will detect it.", "LIGO wird es aufspüren."),
])
def test_names_loanwords_and_quotations_from_the_source_are_quiet(run, source, target):
    found = run([(source, target)])
    assert rules(found, "BI_SOURCE_WORD") == [] and rules(found, "BI_UNTRANSLATED") == []


def test_tuning_applies_as_in_the_builtin_engine(run):
    seg = [("And blowflies just can't help themselves.", "Und Blowflies können sich einfach nicht helfen."),
           ("Inflation rose to 20% in March.", "Die Inflation stieg im März auf 25 Prozent.")]
    assert {f.rule for f in run(seg)} == {"BI_SOURCE_WORD", "BI_NUMBER"}
    assert {f.rule for f in run(seg, Tuning.of(allow=["Blowflies"]))} == {"BI_NUMBER"}
    assert {f.rule for f in run(seg, Tuning.of(disable=["bi_source_word"]))} == {"BI_NUMBER"}
    assert {f.rule for f in run(seg, Tuning.of(disable=["accuracy"]))} == {"BI_SOURCE_WORD"}
    sev = {f.rule: f.severity for f in run(seg, Tuning.of(severity={"BI_SOURCE_WORD": "warning"}))}
    assert sev == {"BI_SOURCE_WORD": "warning", "BI_NUMBER": "error"}


# --- omissions --------------------------------------------------------------------------------------------------

def test_a_translation_far_shorter_than_its_source(run):
    src = "The committee met for three hours on Tuesday and discussed the budget for next year in great detail."
    f = only(run([(src, "Der Ausschuss tagte.")]), "BI_OMISSION")
    assert f.category == "accuracy" and f.severity == "warning"
    assert rules(run([(src, "Der Ausschuss tagte am Dienstag drei Stunden lang und erörterte den Haushalt für das "
                            "kommende Jahr ausführlich.")]), "BI_OMISSION") == []


def test_short_segments_vary_in_length_and_are_quiet(run):
    assert run([("Thank you very much.", "Vielen Dank."), ("Thank you. Thank you.", "Danke. Danke.")]) == []


def test_a_source_sentence_without_counterpart(run):
    src = ("The minister resigned on Friday after weeks of pressure from his own party. "
           "His successor is expected to be named next week by the prime minister.")
    f = only(run([(src, "Der Minister trat am Freitag nach wochenlangem Druck aus seiner eigenen Partei zurück.")]),
             "BI_OMISSION")
    assert "His successor is expected" in f.message
    assert rules(run([(src, "Der Minister trat am Freitag nach wochenlangem Druck aus seiner eigenen Partei zurück. "
                            "Sein Nachfolger soll kommende Woche vom Premierminister ernannt werden.")]),
                 "BI_OMISSION") == []


# --- consistency ------------------------------------------------------------------------------------------------

def test_the_same_source_translated_differently(run):
    src = "A spokesman for the White House declined to comment."
    first = "Ein Sprecher des Weißen Hauses lehnte eine Stellungnahme ab."
    found = run([(src, first), ("Talks will resume on Monday.", "Die Gespräche werden am Montag fortgesetzt."),
                 (src, "Ein Sprecher des Weißen Hauses wollte sich nicht äußern."), (src, first)])
    f = only(found, "BI_INCONSISTENT")
    assert f.text == "Ein Sprecher des Weißen Hauses wollte sich nicht äußern."
    assert "u1" in f.message and f.suggestions == [first] and f.severity == "warning"


def test_a_difference_in_punctuation_only_is_info(run):
    src = "Talks will resume on Monday."
    f = only(run([(src, "Die Gespräche werden am Montag fortgesetzt."),
                  (src, "Die Gespräche werden am Montag fortgesetzt!")]), "BI_INCONSISTENT")
    assert f.severity == "info"


# --- pairs from plain text --------------------------------------------------------------------------------------

def test_pairs_from_lines_skips_blank_lines_and_keeps_offsets():
    target = "\ufeffTitel der Meldung\r\n\r\nErster Absatz mit 1.500 Menschen.\r\n  \r\nZweiter Absatz.\r\n"
    source = "Headline of the story\n\n\nFirst paragraph with 1,500 people.\nSecond paragraph.\n"
    pairs = pairs_from_lines(target, source)
    assert [(p.id, target[p.start:p.end], p.source) for p in pairs] == [
        ("line 1", "Titel der Meldung", "Headline of the story"),
        ("line 3", "Erster Absatz mit 1.500 Menschen.", "First paragraph with 1,500 people."),
        ("line 5", "Zweiter Absatz.", "Second paragraph."),
    ]


def test_pairs_from_lines_refuses_a_source_with_another_number_of_lines():
    with pytest.raises(InputError, match="3 non-empty lines and its English source 2"):
        pairs_from_lines("Eins.\nZwei.\nDrei.\n", "One.\n\nTwo.\n")


def test_plain_text_with_its_source_end_to_end(glossary):
    target = ("Kremlsprecher Dmitri Peskow sagte, 1.200 Menschen seien gekommen.\n\n"
              "Und Blowflies können sich einfach nicht helfen.\n")
    source = ("Kremlin spokesman Dmitry Peskov said 1,500 people had come.\n\n"
              "And blowflies just can't help themselves.\n")
    doc = Document(target)
    found = check(doc, pairs_from_lines(target, source), glossary)
    assert [(f.rule, f.text, doc.line_col(f.start)) for f in found] == [
        ("BI_NUMBER", "1.200", (1, 36)), ("BI_SOURCE_WORD", "Blowflies", (3, 5))]


def test_a_span_outside_the_text_is_a_programming_error(glossary):
    with pytest.raises(ValueError, match="outside the text"):
        check(Document("Kurz."), [Pair("u1", "Short.", 0, 99)], glossary)


def test_an_empty_target_gives_no_finding(glossary):
    # nothing to point at: the file's reader reports a unit without translation
    assert check(Document("Text."), [Pair("u1", "An untranslated unit.", 5, 5)], glossary) == []


def test_default_glossary_is_the_builtin_one():
    text = "Dmitri Peskoff sagte nichts."
    found = bilingual.check(Document(text), [Pair("u1", "Dmitry Peskov said nothing.", 0, len(text))])
    assert [(f.rule, f.text) for f in found] == [("BI_TERM", "Peskoff")]


# --- any input --------------------------------------------------------------------------------------------------

_PIECES = ["one", "two hundred", "a million", "March", "May", "3rd", "1,500", "1.500", "1.5", "$3bn", "9:15 a.m.",
           "p.m.", "Uhr", "Millionen", "Mrd.", "zwei", "zehnmal", "2024", "03.03.2024", "3/4/2024", "2024-03-03",
           "Peskov", "Dmitry", "Peskow", "White House", "summit", "Blowflies", "„", "“", '"', "½", "\u202f", "-", ".",
           "\n", "9" * 60]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=10),
                          st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=10)),
                min_size=1, max_size=4))
def test_any_segments_give_findings_on_their_own_text(glossary, segments):
    text, pairs = "", []
    for k, (src, tgt) in enumerate(segments):
        s, t = " ".join(src), " ".join(tgt)
        pairs.append(Pair(f"u{k}", s, len(text), len(text) + len(t)))
        text += t + "\n"
    for f in check(Document(text), pairs, glossary):
        assert 0 <= f.start < f.end <= len(text) and f.text == text[f.start:f.end]
        assert any(p.start <= f.start and f.end <= p.end for p in pairs)
