"""The checks around the model, without a model: glossary names and terms in German, their English forms after
decoding, numbers and currencies, language of a sentence, segmentation and line alignment."""

from __future__ import annotations

import pytest

from lektorat import glossary
from lektorat.translation import numbers, terms
from lektorat.translation.language import guess_language
from lektorat.translation.segments import assemble, segment


@pytest.fixture(scope="module")
def index():
    return terms.TermIndex(glossary.load())


def _hits(index, sentence):
    return [(h.german, h.substitute, h.expected) for h in index.find(sentence)]


def test_names_are_found_inflected_and_in_compounds(index):
    assert _hits(index, "Lukaschenkos Regierung und der Kremlsprecher Dmitri Peskow.") == [
        ("Lukaschenkos", "Lukashenko's", "Lukashenko"),
        ("Kremlsprecher", "Kremlin-Sprecher", "Kremlin"),
        ("Dmitri Peskow", "Dmitry Peskov", "Dmitry Peskov"),
    ]
    assert _hits(index, "Die Sitzung des Friedensrates in Moskau.") == [
        ("Friedensrates", "Board of Peace", "Board of Peace"), ("Moskau", "Moscow", "Moscow")]
    assert _hits(index, "Der Kreml-Sprecher sprach.") == [("Kreml-Sprecher", "Kremlin-Sprecher", "Kremlin")]
    # the English spelling still standing in an unedited German text: nothing to substitute, still checked
    assert _hits(index, "Peskov sagte nichts.") == [("Peskov", None, "Peskov")]


def test_terms_are_checked_not_substituted(index):
    assert _hits(index, "Die Sondergesandten kamen zum EU-Gipfeltreffen.") == [
        ("Sondergesandten", None, "special envoy"), ("EU-Gipfeltreffen", None, "summit")]
    # only the preferred German form of a term: "Sprecher" alone is not always a press secretary
    assert _hits(index, "Der Sprecher schwieg.") == []


def test_words_that_merely_start_like_a_name_are_not_names(index):
    assert _hits(index, "Die Moskauer Börse und der Kremlinologe.") == []


def test_repair_and_verify():
    idx = terms.TermIndex(glossary.load())
    hits = idx.find("Der Sprecher heißt Peskow.")
    out, notes = terms.repair("The spokesman is Peskow's friend.", hits)
    assert out == "The spokesman is Peskov's friend." and notes == ["repaired „Peskow“ -> “Peskov”"]
    assert terms.verify(out, hits) == []
    hits = idx.find("Die Flugabwehr und der Friedensplan.")
    assert terms.verify("The air defenses and the peace plans.", hits) == []  # US spelling, plural
    missing = terms.verify("The air defence and the plan.", hits)
    assert [v["expected"] for v in missing] == ["peace plan"]


@pytest.mark.parametrize("german, english, problems", [
    ("Die Sanktionen kosten 1,5 Milliarden Dollar.", "The sanctions cost $1.5 billion.", []),
    ("Die Sanktionen kosten 1,5 Milliarden Dollar.", "The sanctions cost 1.5 billion dollars.", []),
    ("Die Sanktionen kosten 1,5 Milliarden Dollar.", "The sanctions cost 1,5 billion.",
     ["„1,5 Milliarden“ (1.5 billion) is missing from the translation",
      "the German sentence names dollars, the translation does not"]),
    ("Es kamen 1.200 Menschen am 19. Februar um 14.30 Uhr.", "1,200 people came on February 19 at 2.30 pm.", []),
    ("Es kamen 1.200 Menschen.", "1.2 people came.", ["„1.200“ (1,200) is missing from the translation"]),
    ("Die Inflation liegt bei 5,2 Prozent.", "Inflation is 5.2%.", []),
    ("Die Inflation liegt bei 5,2 Prozent.", "Inflation is 5.2.", ["the German sentence names a percentage, "
                                                                  "the translation does not"]),
    ("Eine Billion Euro, also 1 Billion.", "A trillion euros, i.e. 1 trillion.", []),
    ("Der Vertrag vom 19.02.2026 gilt.", "The treaty of 19 February 2026 applies.", []),
    ("Am 19. Februar kamen sie.", "They came on Feb. 19.", []),
    ("Am 19. Februar kamen sie.", "They came on 19 March.", ["the month February is missing from the translation"]),
])
def test_numbers_survive(german, english, problems):
    assert [v["message"] for v in numbers.verify(german, english)] == problems


@pytest.mark.parametrize("sentence, language", [
    ("Putin und Lukaschenko weigern sich, am ersten Treffen teilzunehmen.", "de"),
    ("Das Treffen stand auf neither leader's current list of priorities.", "de"),  # MT leftovers stay German
    ("Wladimir Putin, Donald Trump und Alexander Lukaschenko.", "de"),
    ("The governments of Russia and Belarus have passed up the chance.", "en"),
    ("Le gouvernement français a refusé de participer à la réunion.", "other"),
    ("Het kabinet wil de belasting verlagen voor iedereen.", "other"),
])
def test_language_guess(sentence, language):
    assert guess_language(sentence) == language


def test_every_sentence_of_the_seed_and_edition_is_german(repo):
    for path in ("seeds/board-of-peace.de.txt", "corrections/board-of-peace.de.txt"):
        segs, _ = segment((repo / path).read_text(encoding="utf-8"))
        assert {s.action for s in segs} == {"translate", "blank"}, path


def test_segmentation_keeps_lines(repo):
    text = (repo / "corrections/board-of-peace.de.txt").read_text(encoding="utf-8")
    segs, trailing = segment(text)
    for s in segs:
        s.output = "X" if s.action == "translate" else s.output
    out = assemble(segs, trailing)
    assert len(out.split("\n")) == len(text.split("\n"))
    assert [bool(line) for line in out.split("\n")] == [bool(line.strip()) for line in text.split("\n")]
    assert segment("a\r\nb\r\n")[1] is True and assemble(*segment("")) == ""
