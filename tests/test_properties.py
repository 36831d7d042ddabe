"""Property tests: for any text, offsets slice the text, the segmentation is sane and the engine never raises."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEED
from lektorat.checker import check_text
from lektorat.document import Document
from lektorat.findings import CATEGORIES, SEVERITIES

SEED_TEXT = SEED.read_bytes().decode("utf-8")
SEED_SENTENCES = [s for s in re.split(r"(?<=[.!?“])\s+", SEED_TEXT) if s.strip()]
SEED_WORDS = sorted(set(re.findall(r"\w+(?:-\w+)*", SEED_TEXT)))

GERMAN_WORDS = [
    "Regierung", "Treffen", "abgesagt", "jedoch", "Straße", "Öl", "über", "Außenminister", "Bundeskanzler",
    "Friedensrat", "eingefrorenen", "Vermögenswerten", "Kreml", "Lukaschenko", "Peskow", "Sitzung", "der", "die",
    "das", "und", "nicht", "am", "19.", "Februar", "Mio.", "Mrd.", "z.", "B.", "usw.", "US-", "G7-Gipfel",
    "Kreml-Sprecher", "dauernwird", "Terminplansteig", "Allien", "5,3", "1.000", "Euro", "€", "%", "Dr.",
]
ENGLISH_WORDS = [
    "however", "inaugural", "neither", "the", "of", "Board", "Peace", "ally", "allies", "Kremlin", "Peskov",
    "Dmitry", "Lukashenko", "meeting", "frozen", "assets", "said", "don't", "it's", "U.S.", "$5", "3.5",
    "million", "Mr.", "e.g.", "state-of-the-art",
]
PUNCT = [
    ".", ",", ";", ":", "!", "?", "…", "„", "“", "”", "‚", "‘", "’", "\"", "'", "»", "«", "(", ")", "[", "]",
    "–", "—", "-", "‑", "/", "&", "§", "*", "•", "...", "?!",
]
SPACES = [" ", " ", " ", "  ", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\t", "\u00a0", "\u202f", "\u2009", "\u3000"]
ODD = [
    "\ufeff", "\u200b", "\u200d", "\u00ad", "\u0301", "\u0308", "e\u0301", "a\u0308", "😀", "👍🏽", "👨‍👩‍👧", "🇩🇪",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𐍈", "ﬁ", "ß", "ẞ", "İ", "Σ", "ς", "Ǆ", "Ⅻ", "²", "١٢٣", "中文", "Привет", "Путин",
    "\x00", "\x0b", "\x0c", "\x1c", "\u2028", "\u2029", "\u0085", "_", "__init__", "a_b",
]

words = st.sampled_from(GERMAN_WORDS + ENGLISH_WORDS + SEED_WORDS)
pieces = st.one_of(
    words,
    words.map(str.upper),
    words.map(str.lower),
    st.sampled_from(PUNCT),
    st.sampled_from(SPACES),
    st.sampled_from(ODD),
    st.sampled_from(SEED_SENTENCES),
    st.text(max_size=3),
)
word_salad = st.lists(pieces, max_size=60).map("".join)
# words joined by single spaces with sentence punctuation: closer to real (bad) machine translation
sentences = st.lists(
    st.tuples(st.lists(words, min_size=1, max_size=12), st.sampled_from([".", "!", "?", ":", ",", "", " –"])),
    min_size=1,
    max_size=6,
).map(lambda ss: " ".join(" ".join(ws) + end for ws, end in ss))
seed_mix = st.lists(st.one_of(st.sampled_from(SEED_SENTENCES), st.sampled_from(SPACES), pieces), max_size=25).map(
    "".join
)
any_text = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(min_codepoint=0x10000), max_size=40),  # astral only
    word_salad,
    sentences,
    seed_mix,
)

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def assert_findings_slice(text: str, findings) -> None:
    for f in findings:
        assert isinstance(f.start, int) and isinstance(f.end, int)
        assert 0 <= f.start < f.end <= len(text), (f.start, f.end, len(text), f)
        assert text[f.start:f.end] == f.text, (text[f.start:f.end], f)
        assert f.category in CATEGORIES and f.severity in SEVERITIES
        assert f.text not in f.suggestions, f
        assert all(isinstance(s, str) for s in f.suggestions), f


@SETTINGS
@given(text=any_text)
def test_findings_slice_any_text(engines, text):
    result = check_text(text, engines)  # must not raise
    assert_findings_slice(text, result.findings)
    spans = [(f.start, f.end) for f in result.findings]
    assert spans == sorted(spans)
    assert len(spans) == len(set(spans)), "two findings with the same span"


@SETTINGS
@given(text=st.one_of(sentences, seed_mix), prefix=st.sampled_from(["", "\ufeff", "\r\n", "😀 ", "\r\n\r\n"]))
def test_prefix_shifts_findings(engines, text, prefix):
    """A prefix that adds no words moves every word finding by its length (offsets are code points)."""
    plain = check_text(text, engines).findings
    shifted = check_text(prefix + text, engines).findings
    assert_findings_slice(prefix + text, shifted)
    n = len(prefix)
    english_plain = {(f.start + n, f.end + n) for f in plain if f.category == "english"}
    english_shifted = {(f.start, f.end) for f in shifted if f.category == "english"}
    # a prefix can change a sentence start (capitalisation heuristics), so compare only what is far from it
    far = lambda spans: {s for s in spans if s[0] > n + 80}  # noqa: E731
    assert far(english_plain) == far(english_shifted)


@SETTINGS
@given(text=any_text)
def test_tokens_slice_text(text):
    doc = Document(text)
    prev_end = 0
    for t in doc.tokens:
        assert 0 <= t.start < t.end <= len(text), t
        assert text[t.start:t.end] == t.text, t
        assert t.start >= prev_end, "tokens overlap or are out of order"
        assert not t.text.isspace()
        prev_end = t.end
    # nothing but white space is left between tokens
    covered = "".join(text[a.end:b.start] for a, b in zip(doc.tokens, doc.tokens[1:]))
    assert covered.strip() == "" or all(c.isspace() for c in covered)


@SETTINGS
@given(text=any_text)
def test_sentences_ordered_and_within_bounds(text):
    doc = Document(text)
    toks = doc.tokens
    prev_end = 0
    prev_last = 0
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(text), s
        assert s.start >= prev_end, f"sentences overlap or are out of order: {s}"
        assert 0 <= s.first < s.last <= len(toks), s
        assert s.first == prev_last, f"a token belongs to no sentence or to two: {s}"
        assert s.start == toks[s.first].start and s.end == toks[s.last - 1].end, s
        prev_end, prev_last = s.end, s.last
    assert prev_last == len(toks), "tokens after the last sentence"
    for i in doc.sentence_starts:
        assert 0 <= i <= len(toks)


@SETTINGS
@given(text=any_text)
def test_paragraphs_ordered_and_within_bounds(text):
    doc = Document(text)
    prev_end = 0
    for a, b in doc.paragraph_bounds:
        assert prev_end <= a < b <= len(text), (a, b)
        seg = text[a:b]
        assert seg == seg.strip(), repr(seg)
        prev_end = b


@SETTINGS
@given(text=any_text, data=st.data())
def test_sentence_of_finds_the_sentence(text, data):
    doc = Document(text)
    if not doc.sentences:
        assert doc.sentence_of(0) is None
        return
    s = data.draw(st.sampled_from(doc.sentences))
    off = data.draw(st.integers(s.start, s.end - 1))
    assert doc.sentence_of(off) == s


def test_seed_sentences_are_sane():
    """The seed itself: every sentence starts with a capital or a quote and ends after final punctuation."""
    doc = Document(SEED_TEXT)
    assert len(doc.sentences) >= 10
    for s in doc.sentences:
        piece = SEED_TEXT[s.start:s.end]
        assert "\n\n" not in piece, repr(piece)
