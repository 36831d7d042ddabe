"""Checks that read the English source beside each German segment (XLIFF and PO units, or a plain text with
`--source FILE.en.txt` aligned by line), in MQM's categories:

- BI_NUMBER (accuracy): a number, amount, percentage, date or time of the source that the translation lacks in any
  form ("1,500" is found as "1.500", "1.5 million" as "1,5 Millionen", "$3bn" as "3 Mrd. Dollar", "March 3" as
  "3. März", "7 p.m." as "19 Uhr"; lektorat.quantities). When one value is missing and one number of the translation
  stands for nothing in the source, that number is the finding and the German form of the source's value the
  proposal ("3 Billionen" for "$3bn" → "3 Milliarden"). Numbers the source writes in words ("the first two" →
  "die ersten beiden") and measures in imperial units ("200 feet" → "60 Meter") need not be in the translation.
- BI_TERM (terminology): the source names a glossary entry ("Dmitry Peskov", "State Department") and the
  translation has none of its German forms, in any inflection or compound.
- BI_UNTRANSLATED (english): the segment is its source, or mostly the source's English words.
- BI_SOURCE_WORD (english): a word of the translation that stands verbatim in its source and is English, not
  German: the strongest evidence of untranslated English (the monolingual rule needs a word to be common in
  English; this one knows where it came from). A word the source capitalises mid-sentence is a name and stays.
- BI_OMISSION (accuracy): a translation far shorter than its source, or a source sentence with no counterpart.
- BI_INCONSISTENT (terminology): the same source segment translated differently within the file.

The bounds were calibrated on the human reference translations of the WMT 2021 TED talks with MQM annotations
(benchmarks/bench_bilingual.py): on them these checks raise at most one false alarm per 1,000 words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from . import dictionary, lexicon, quantities
from .document import Document
from .engines.builtin.context import Context
from .engines.builtin.english import is_name_word, translations
from .engines.builtin.terminology import name_keys, name_match
from .findings import Finding
from .glossary import Entry, Glossary
from .textio import InputError
from .tuning import Tuning

ENGINE = "builtin"
# calibrated on the TED references (see the module's docstring); each is a mechanism's bound, not a word list
SOURCE_WORD_MARGIN = 0.5    # English Zipf frequency minus German: how much more English a source word must be
UNTRANSLATED_SHARE = 0.6    # share of a segment's words taken over from its source that makes it untranslated
UNTRANSLATED_MIN_WORDS = 3  # fewer words: only a segment equal to its source counts
MIN_RATIO = 0.6             # letters of the translation / letters of the source below which a segment is cut short
MIN_OMISSION_WORDS = 6      # shorter sources vary too much in length ("Thank you very much." → "Vielen Dank.")
SENTENCE_RATIO = 0.75       # a source sentence has no counterpart when the rest alone explains the length …
REST_RATIO = 0.9            # … that is, the translation is at least this long relative to the other sentences
MIN_SENTENCE_WORDS = 4      # a source sentence this short may be merged into another ("Thank you.")
TYPICAL_RATIO = 1.13        # the median length of a German translation relative to its English source
EXCERPT = 60                # characters of a source or translation quoted in a message
# glossary kinds whose English form the translation must carry (currencies are left out: "dollar" comes out as
# "US-Dollar", "rouble" as "Rubel" or "russische Währung", and the number checks compare amounts already)
_BILINGUAL_KINDS = ("person", "place", "organisation", "term")

_QUOTED_RE = re.compile(r"„[^“”\"\n]*[“”\"]|“[^”„\n]*”|\"[^\"\n]*\"|»[^«\n]*«|«[^»\n]*»|‚[^‘’\n]*[‘’]")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PART_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Pair:
    id: str       # unit id, "line 12", PO entry …
    source: str   # the English source text of the segment
    start: int    # the target segment's span in the checked text (code-point offsets into doc.text)
    end: int


def pairs_from_lines(target_text: str, source_text: str) -> list[Pair]:
    """Pairs of a plain text and its English source, aligned line by line (blank lines skipped on both sides).

    A line's span is the line without its surrounding white space (a CRLF's CR and a BOM are outside it)."""
    targets = _lines(target_text)
    sources = _lines(source_text)
    if len(targets) != len(sources):
        raise InputError(f"the text has {len(targets)} non-empty lines and its English source {len(sources)}: "
                         "the source must have one line for each line of the text (blank lines are skipped)")
    return [Pair(f"line {n}", source_text[sa:sb], a, b) for (n, a, b), (_, sa, sb) in zip(targets, sources)]


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(1-based line number, start, end) of every non-blank line, white space, CR and BOM trimmed off."""
    out = []
    pos = 0
    for n, line in enumerate(text.split("\n"), 1):
        stripped = line.strip().strip("\ufeff").strip()
        if stripped:
            a = pos + line.index(stripped)
            out.append((n, a, a + len(stripped)))
        pos += len(line) + 1
    return out


def check(doc: Document, pairs: list[Pair], glossary: Glossary | None = None,
          tuning: Tuning | None = None) -> list[Finding]:
    """The bilingual findings of the translation DOC, whose segments and their sources PAIRS gives.

    GLOSSARY: the names and terms to hold the translation to (default: the built-in glossary). TUNING: the
    newsroom's disabled rules and categories, allowed words and severities, applied as the built-in engine does.
    Findings on a whole segment and findings on a word inside it both stand; combine them with the built-in
    engine's findings by findings.merge (same span: one finding), not by findings.dedupe (which would drop one of
    two nested spans)."""
    g = glossary if glossary is not None else _builtin_glossary()
    ctx = Context(doc, g)
    en_forms = _en_forms(g)
    starts = [t.start for t in doc.tokens]
    found: list[Finding] = []
    segments = []
    for p in pairs:
        if not 0 <= p.start <= p.end <= len(doc.text):
            raise ValueError(f"pair {p.id!r}: span {p.start}..{p.end} lies outside the text ({len(doc.text)})")
        seg = _Segment(p, doc, ctx, starts)
        if not seg.target.strip():
            continue      # an empty target: nothing to point at (the file's reader reports missing translations)
        segments.append(seg)
        untranslated = _untranslated(seg)
        if untranslated is not None:
            found.append(untranslated)
            continue
        found += _numbers(seg)
        found += _terms(seg, g, en_forms)
        found += _source_words(seg, g)
        omission = _omission(seg)
        if omission is not None:
            found.append(omission)
    found += _inconsistent(segments)
    unique = {(f.start, f.end, f.rule): f for f in found}
    out = sorted(unique.values(), key=lambda f: (f.start, f.end, f.rule))
    return (tuning or Tuning()).apply(doc, out)


@lru_cache(maxsize=1)
def _builtin_glossary() -> Glossary:
    from .glossary import load
    return load()


class _Segment:
    """One pair: the target's span (white space trimmed), its tokens in the document, and its source parsed."""

    def __init__(self, pair: Pair, doc: Document, ctx: Context, starts: list[int]) -> None:
        self.pair = pair
        self.starts = starts          # where each of doc.tokens starts
        self.doc = doc
        self.ctx = ctx
        raw = doc.text[pair.start:pair.end]
        lead = len(raw) - len(raw.lstrip())
        self.start = pair.start + lead
        self.end = self.start + len(raw.strip())
        self.target = doc.text[self.start:self.end]
        self.source = pair.source

    def finding(self, rule: str, category: str, severity: str, message: str, suggestions=(), start=None,
                end=None) -> Finding:
        a = self.start if start is None else start
        b = self.end if end is None else end
        return Finding(a, b, self.doc.text[a:b], rule, category, severity, message, list(suggestions), ENGINE)

    @cached_property
    def tokens(self) -> list[int]:
        """Indices into doc.tokens of the target's tokens."""
        toks = self.doc.tokens
        i = bisect_left(self.starts, self.start)
        out = []
        while i < len(toks) and toks[i].end <= self.end:
            out.append(i)
            i += 1
        return out

    @cached_property
    def src_doc(self) -> Document:
        return Document(self.source)

    @cached_property
    def source_words(self) -> dict[str, dict[str, list[bool]]]:
        """Case-folded word -> {as written: [every occurrence a name, every common occurrence quoted]} over the
        source. A name: capitalised mid-sentence, an acronym, or at a sentence start a word English dictionaries
        list capitalised (Smith, Apple)."""
        sd = self.src_doc
        quoted = _Quotes(self.source)
        out: dict[str, dict[str, list[bool]]] = {}
        for k, t in enumerate(sd.tokens):
            if not t.is_alpha_word:
                continue
            for m in _PART_RE.finditer(t.text):
                w = m.group()
                first = m.start() == 0
                if len(w) > 1 and w.isupper():
                    name = True
                elif w[0].isupper():
                    name = not first or k not in sd.sentence_starts or is_name_word(w)
                else:
                    name = False
                facts = out.setdefault(w.casefold(), {}).setdefault(w, [True, True])
                if not name:
                    facts[0] = False
                    facts[1] = facts[1] and quoted.inside(t.start)
        return out


class _Quotes:
    """The quotations of a text („…“, "…", »…«), to ask whether an offset lies inside one."""

    def __init__(self, text: str) -> None:
        self.spans = [m.span() for m in _QUOTED_RE.finditer(text)]   # in order, never overlapping
        self.starts = [a for a, _ in self.spans]

    def inside(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.spans[k][1]


def _excerpt(s: str) -> str:
    s = " ".join(s.split())
    return s if len(s) <= EXCERPT else s[:EXCERPT - 1].rstrip() + "…"


# --- English words -----------------------------------------------------------------------------------------------

def _english_not_german(word: str) -> bool:
    """An English word, not a German one: English hunspell knows it, German hunspell does not (in any ordinary
    casing), and it is clearly more frequent in English than in German ("Wow", "Okay" are German usage too)."""
    low = word.lower()
    if not (lexicon.is_english(low) or lexicon.is_english(word)) or lexicon.is_german_any_case(word):
        return False
    return lexicon.zipf_en(low) - lexicon.zipf_de(low) >= SOURCE_WORD_MARGIN


def _same_form(target: str, source: str) -> bool:
    """Verbatim, up to German's capital for nouns: "Bricks" for "bricks", not "IT" for "It"."""
    if target == source:
        return True
    return target[1:] == source[1:] and target[:1].lower() == source[:1].lower()


def _from_source(seg: _Segment, word: str, quoted: bool) -> bool | None:
    """True: WORD of the target stands in the source as a common word; None: it stands there as a name (or in
    quotation marks on both sides, kept on purpose); False: not in the source."""
    forms = [facts for form, facts in seg.source_words.get(word.casefold(), {}).items() if _same_form(word, form)]
    if not forms:
        return False
    if all(name for name, _ in forms):
        return None
    if quoted and all(q for name, q in forms if not name):
        return None
    return True


def _untranslated(seg: _Segment) -> Finding | None:
    matches = list(_WORD_RE.finditer(seg.target))
    if not matches:
        return None
    words = [m.group() for m in matches]
    src = [m.group() for m in _WORD_RE.finditer(seg.source)]
    same = [w.casefold() for w in words] == [w.casefold() for w in src]
    quoted = _Quotes(seg.target)
    # a quotation kept in English on both sides is kept on purpose (the built-in EN_QUOTATION reports it as info)
    taken = [m.group() for m in matches
             if _from_source(seg, m.group(), not same and quoted.inside(m.start()))]
    evidence = [w for w in taken if _english_not_german(w)]
    if same and evidence:
        return seg.finding("BI_UNTRANSLATED", "english", "error", "the segment is not translated: it is its English "
                           "source")
    if len(words) >= UNTRANSLATED_MIN_WORDS and len(taken) >= UNTRANSLATED_SHARE * len(words) \
            and len(evidence) >= max(2, len(words) // 3):
        return seg.finding("BI_UNTRANSLATED", "english", "error",
                           f"the segment is mostly untranslated: {len(taken)} of its {len(words)} words are its "
                           "English source's")
    return None


def _source_words(seg: _Segment, g: Glossary) -> list[Finding]:
    """English words of the target that stand verbatim in its source (not as a name)."""
    doc = seg.doc
    quoted = _Quotes(seg.target)
    hits: list[tuple[int, int, int, str]] = []       # (token index, start, end, word)
    for i in seg.tokens:
        t = doc.tokens[i]
        if not t.is_alpha_word:
            continue
        for m in _PART_RE.finditer(t.text):
            w = m.group()
            if len(w) < 2 or w in g.known_words or w in g.name_index:
                continue
            a = t.start + m.start()
            inside = quoted.inside(a - seg.start)
            if _from_source(seg, w, inside) and _english_not_german(w):
                hits.append((i, a, a + len(w), w))
    out = []
    k = 0
    while k < len(hits):
        # adjacent English words the dictionary knows as one phrase ("spatial computing") are one finding
        j = k
        while j + 1 < len(hits) and hits[j + 1][0] == hits[j][0] + 1 and seg.ctx.adjacent(hits[j][0], hits[j + 1][0]):
            j += 1
        if j > k:
            phrase = doc.text[hits[k][1]:hits[j][2]]
            props = [de for de, _ in dictionary.translations(phrase) if lexicon.is_german_any_case(de.split()[0])]
            if props:
                out.append(seg.finding("BI_SOURCE_WORD", "english", "error",
                                       f"„{phrase}“ is English, taken over from the source", props[:3],
                                       hits[k][1], hits[j][2]))
                k = j + 1
                continue
        i, a, b, w = hits[k]
        props = translations(seg.ctx, i, g.translations(w.lower()), w)
        out.append(seg.finding("BI_SOURCE_WORD", "english", "error", f"„{w}“ is English, taken over from the source",
                               props, a, b))
        k += 1
    return out


# --- numbers -----------------------------------------------------------------------------------------------------

def _numbers(seg: _Segment) -> list[Finding]:
    src = quantities.english(seg.source)
    tgt = quantities.german(seg.target)
    # which quantities of the translation offer each key (indexed: a long segment stays linear)
    holders: dict = {}
    for k, t in enumerate(tgt):
        for key in quantities.comparable(t):
            holders.setdefault(key, set()).add(k)
    said: dict = {}          # each distinct value of the source -> its quantities
    for q in src:
        if not (q.word or q.imperial):
            said.setdefault(quantities.exact(q), []).append(q)
    missing: list[quantities.Quantity] = []
    short: list[quantities.Quantity] = []    # said more often in the source than in the translation
    for keys, qs in said.items():
        found = set().union(*(holders.get(key, ()) for key in keys))
        if not found:
            missing.append(qs[0])
        elif len(found) < len(qs):
            short.append(qs[0])
    offered = frozenset().union(*(quantities.comparable(q) for q in src)) if src else frozenset()
    # a number of the translation that stands for nothing in the source ("5. März" where the source has March 3)
    strays = [t for t in tgt if not t.word and not quantities.exact(t) & offered]
    if not missing and len(short) == 1 and len(strays) == 1 and _same_kind(short[0], strays[0]):
        # "the top 20 percent … the bottom 20 percent" → "die obersten 21 Prozent … die untersten 20 Prozent"
        missing = short
    if not missing:
        return []
    if len(missing) == 1 and len(strays) == 1 and _same_kind(missing[0], strays[0]):
        q, t = missing[0], strays[0]
        proposal = _proposal(q, t)
        german = f" ({proposal})" if proposal and proposal != q.text else ""
        return [seg.finding("BI_NUMBER", "accuracy", "error",
                            f"the source says „{q.text}“{german}; the translation „{t.text}“",
                            [proposal] if proposal else [], seg.start + t.start, seg.start + t.end)]
    listed = ", ".join(f"„{q.text}“" + (f" ({q.german})" if q.german and q.german != q.text else "")
                       for q in missing)
    what = "a number" if len(missing) == 1 else "numbers"
    return [seg.finding("BI_NUMBER", "accuracy", "warning",
                        f"{what} of the source not in the translation: {listed}")]


def _same_kind(q: quantities.Quantity, t: quantities.Quantity) -> bool:
    return q.kind == t.kind


def _proposal(q: quantities.Quantity, t: quantities.Quantity) -> str:
    """The German form of the source's value, written as the translation wrote the number it replaces."""
    if not q.german:
        return ""
    if q.kind == quantities.DATE and re.fullmatch(r"\d{1,2}\.\d{1,2}\.(\d{2,4})?", t.text):
        d, m, y = next(((d, m, y) for d, m, y in q.keys if y is not None), next(iter(q.keys)))
        return f"{d:02d}.{m:02d}." + (str(y) if y else "")
    if q.kind == quantities.TIME and not t.text.endswith("Uhr"):
        return ""
    return q.german


# --- glossary names and terms ------------------------------------------------------------------------------------

def _terms(seg: _Segment, g: Glossary, en_forms: list[Entry]) -> list[Finding]:
    if not g.name_index and not en_forms:
        return []
    out = []
    unplaced = []
    for entry, said in _entries_named(seg, g, en_forms):
        if _rendered(seg, entry) or _variant_in_target(seg, g, entry):
            continue       # the German form is there, or the built-in glossary rule reports the English one
        near = _nearest_token(seg, entry, said)
        if near is not None:
            a, b, replacement = near
            out.append(seg.finding("BI_TERM", "terminology", "warning",
                                   f"the source names „{said}“; the glossary writes „{entry.preferred}“",
                                   [replacement], a, b))
        else:
            unplaced.append((said, entry.preferred))
    if unplaced:
        # one finding on the segment for every name it lacks
        listed = "; ".join(f"„{said}“ → „{german}“" for said, german in unplaced)
        out.append(seg.finding("BI_TERM", "terminology", "warning",
                               f"the glossary's German form of what the source names is not in the translation: "
                               f"{listed}"))
    return out


def _entries_named(seg: _Segment, g: Glossary, en_forms: list[Entry]) -> list[tuple[Entry, str]]:
    """Glossary entries whose English forms stand in the source, with what the source says."""
    sd = seg.src_doc
    sctx = Context(sd, g)
    hits: list[tuple[int, int, Entry]] = []
    for i, t in enumerate(sd.tokens):
        if not t.is_alpha_word:
            continue
        for key, tail in name_keys(t.text):
            for nv in g.name_index.get(key, ()):
                if nv.short or nv.entry.kind not in _BILINGUAL_KINDS:
                    continue
                m = name_match(sctx, i, nv, tail)
                if m is not None:
                    hits.append((t.start, sd.tokens[m[0]].end, nv.entry))
    # the English form itself, where the glossary does not list it as a variant ("summit" → "Gipfel")
    for e in en_forms:
        for m in _en_form_re(e.en).finditer(seg.source):
            hits.append((m.start(), m.end(), e))
    out: dict[int, tuple[Entry, str]] = {}
    # "Dmitry" of "Dmitry Peskov" is part of that name, not the first-name entry on its own: a sweep in order of
    # start (longest first) drops every hit inside an earlier, other span
    reach, last = -1, None
    for a, b, e in sorted(hits, key=lambda h: (h[0], -h[1])):
        if (a, b) != last:
            if b <= reach:
                continue
            reach, last = max(reach, b), (a, b)
        out.setdefault(id(e), (e, sd.text[a:b]))
    return list(out.values())


def _en_forms(g: Glossary) -> list[Entry]:
    """Entries whose English form is no variant of their own ("summit": German uses „Summit“ too, so it is not
    flagged in German text, but an English source that says it asks for „Gipfel“)."""
    return [e for e in g.entries if e.kind in _BILINGUAL_KINDS and e.en not in e.variants]


@lru_cache(maxsize=4096)
def _en_form_re(en: str) -> re.Pattern:
    first, rest = en[:1], re.escape(en[1:])
    head = f"[{re.escape(first.upper())}{re.escape(first.lower())}]" if first.isalpha() else re.escape(first)
    return re.compile(r"(?<![\w-])" + head + rest.replace(r"\ ", r"\s+") + r"(?:s|'s|’s)?(?![\w-])")


def _stems(form: str) -> list[str]:
    """The words of a German form without inflection endings: "Weißes Haus" → "Weiß", "Haus"."""
    out = []
    for w in re.split(r"[\s‑-]+", form):
        if not w:
            continue
        stem = w
        for end in ("es", "en", "er", "em", "e", "s", "n"):
            if w.endswith(end) and len(w) - len(end) >= 4:
                stem = w[:-len(end)]
                break
        out.append(stem)
    return out


def _rendered(seg: _Segment, entry: Entry) -> bool:
    """Does the target hold one of the entry's German forms, inflected or in a compound ("Weißen Hauses",
    "Kremlsprecher", "US-Außenministeriums")? For a person the surname alone will do."""
    parts = [p.casefold() for i in seg.tokens for p in re.split(r"[-‑]", seg.doc.tokens[i].text) if p]
    words = [seg.doc.tokens[i].text for i in seg.tokens]
    forms = list(entry.de)
    if entry.kind == "person":
        forms += [f.split()[-1] for f in entry.de if len(f.split()) > 1]
    for form in forms:
        stems = _stems(form)
        ok = True
        for s in stems:
            if len(s) <= 3:
                # "UN", "EU": a short form must be a word or a compound's part of its own, as written
                if not any(s == w or s in re.split(r"[-‑]", w) for w in words):
                    ok = False
                    break
            elif not any(s.casefold() in p for p in parts):
                ok = False
                break
        if ok:
            return True
    return False


def _variant_in_target(seg: _Segment, g: Glossary, entry: Entry) -> bool:
    toks = seg.doc.tokens
    for i in seg.tokens:
        for key, tail in name_keys(toks[i].text):
            for nv in g.name_index.get(key, ()):
                if nv.entry is entry and name_match(seg.ctx, i, nv, tail) is not None:
                    return True
    return False


def _nearest_token(seg: _Segment, entry: Entry, said: str) -> tuple[int, int, str] | None:
    """A target word that is a misspelling of the name ("Peskoff" for "Peskow"): its span and the German word."""
    if entry.kind != "person":
        return None
    german_words = entry.preferred.split()
    english_words = said.split()
    best = None
    for i in seg.tokens:
        t = seg.doc.tokens[i]
        if not t.text[:1].isupper() or t.text in german_words:
            continue
        for k, gw in enumerate(german_words):
            # the German word, or the English one in the same place ("Peskov" for "Peskow")
            ew = english_words[k] if len(english_words) == len(german_words) else gw
            r = max(SequenceMatcher(None, t.text, gw).ratio(), SequenceMatcher(None, t.text, ew).ratio())
            if r >= 0.75 and (best is None or r > best[0]):
                best = (r, t.start, t.end, gw)
    return None if best is None else best[1:]


# --- omissions ---------------------------------------------------------------------------------------------------

def _letters(s: str) -> int:
    return sum(c.isalnum() for c in s)


def _omission(seg: _Segment) -> Finding | None:
    ls, lt = _letters(seg.source), _letters(seg.target)
    n_words = len(_WORD_RE.findall(seg.source))
    if ls == 0:
        return None
    ratio = lt / ls
    if n_words >= MIN_OMISSION_WORDS and ratio < MIN_RATIO:
        return seg.finding("BI_OMISSION", "accuracy", "warning",
                           f"the translation is far shorter than its source ({ratio:.0%} of its length): "
                           "something may be left out")
    sd = seg.src_doc
    sentences = [s for s in sd.sentences if len(_WORD_RE.findall(sd.text[s.start:s.end])) >= MIN_SENTENCE_WORDS]
    if len(sentences) < 2 or ratio >= SENTENCE_RATIO:
        return None
    target_sentences = len(Document(seg.target).sentences)
    if target_sentences >= len(sd.sentences):
        return None
    best = None
    for s in sentences:
        rest = ls - _letters(sd.text[s.start:s.end])
        if rest > 0 and lt / rest >= REST_RATIO:
            score = abs(lt / rest - TYPICAL_RATIO)
            if best is None or score < best[0]:
                best = (score, s)
    if best is None:
        return None
    s = best[1]
    return seg.finding("BI_OMISSION", "accuracy", "warning",
                       f"the source sentence „{_excerpt(sd.text[s.start:s.end])}“ seems to have no counterpart in "
                       "the translation")


# --- consistency -------------------------------------------------------------------------------------------------

def _norm(s: str) -> str:
    return " ".join(s.split())


def _inconsistent(segments: list[_Segment]) -> list[Finding]:
    first: dict[str, _Segment] = {}
    out = []
    for seg in segments:
        key = _norm(seg.source)
        if not key:
            continue
        if key not in first:
            first[key] = seg
            continue
        f = first[key]
        a, b = _norm(f.target), _norm(seg.target)
        if a == b:
            continue
        loose = re.findall(r"\w+", a.casefold()) == re.findall(r"\w+", b.casefold())
        severity = "info" if loose or len(_WORD_RE.findall(key)) < 4 else "warning"
        what = "punctuation or case" if loose else "wording"
        out.append(seg.finding("BI_INCONSISTENT", "terminology", severity,
                               f"the same source as {f.pair.id} („{_excerpt(f.source)}“), translated with other "
                               f"{what} there: „{_excerpt(f.target)}“", [f.target]))
    return out
