"""A text cut into paragraphs, sentences and tokens, each with code-point offsets into the original string.

Nothing here changes the text: a BOM, CRLF line ends and odd spaces stay where they are, and every offset slices
the string the file decoded to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

# A word: letters/digits joined by inner hyphens or apostrophes ("US-Allien", "G7-Gipfel"), optionally ending in
# a hyphen for suspended compounds ("US- und europäische"). Everything else that is not space is one punctuation
# token per character.
_TOKEN_RE = re.compile(r"\w+(?:[-‑'’]\w+)*-?|[^\w\s]", re.UNICODE)
_PARA_RE = re.compile(r"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\s*")

# Abbreviations after which a full stop does not end a sentence (German news usage).
ABBREVIATIONS = frozenset(
    "z B bzw ca Dr Prof Nr St Str usw vgl etc ggf evtl inkl bspw u a o ä Mio Mrd Tsd Jh Jhd Abs Art Hr Fr "
    "Mr Mrs Ms Jr Sr sog ehem gegr geb gest d h i e v Chr dt engl franz russ ukr amerik US EU".split()
)
_SENT_END = frozenset(".!?…")
_OPENERS = frozenset("„“\"'‚‘»«(–—-")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_alpha_word(self) -> bool:
        return any(c.isalpha() for c in self.text)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    first: int  # index of the first token in Document.tokens
    last: int   # index one past the last token


class Document:
    def __init__(self, text: str, name: str = "<text>") -> None:
        self.text = text
        self.name = name

    @cached_property
    def tokens(self) -> list[Token]:
        return [Token(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(self.text)]

    @cached_property
    def paragraph_bounds(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph: text between blank lines, without the surrounding white space."""
        bounds = []
        pos = 0
        for m in _PARA_RE.finditer(self.text):
            bounds.append((pos, m.start()))
            pos = m.end()
        bounds.append((pos, len(self.text)))
        out = []
        for a, b in bounds:
            seg = self.text[a:b]
            stripped = seg.strip()
            if stripped:
                a2 = a + (len(seg) - len(seg.lstrip()))
                out.append((a2, a2 + len(stripped)))
        return out

    @cached_property
    def sentences(self) -> list[Sentence]:
        toks = self.tokens
        text = self.text
        out: list[Sentence] = []
        first = 0
        n = len(toks)
        for i, t in enumerate(toks):
            end_here = False
            if t.text in _SENT_END and i + 1 < n:
                nxt = toks[i + 1]
                gap = text[t.end:nxt.start]
                j = i + 1
                # closing quotes/brackets belong to the sentence they close
                while j < n and toks[j].text in "“”\"'‘’»«)" and toks[j].start == toks[j - 1].end:
                    j += 1
                if j < n:
                    nxt = toks[j]
                    gap = text[toks[j - 1].end:nxt.start]
                if "\n" in gap or "\r" in gap:
                    end_here = True
                elif gap and (nxt.text[0].isupper() or nxt.text in _OPENERS or nxt.text[0].isdigit()):
                    end_here = t.text != "." or not self._is_abbreviation_dot(i)
                if end_here:
                    i = j - 1
            elif i + 1 < n and ("\n" in text[t.end:toks[i + 1].start]):
                # a line break without final punctuation (headline, list item) ends the sentence too
                end_here = True
            if end_here and i >= first:
                out.append(Sentence(toks[first].start, toks[i].end, first, i + 1))
                first = i + 1
        if first < n:
            out.append(Sentence(toks[first].start, toks[-1].end, first, n))
        return out

    def _is_abbreviation_dot(self, i: int) -> bool:
        if i == 0:
            return False
        prev = self.tokens[i - 1]
        if prev.end != self.tokens[i].start:
            return False
        if prev.text in ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isalpha()):
            return True
        # "am 19. Februar": a one- or two-digit ordinal, not the end of a sentence
        return prev.text.isdigit() and len(prev.text) <= 2

    def sentence_of(self, offset: int) -> Sentence | None:
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.end <= offset:
                lo = mid + 1
            elif s.start > offset:
                hi = mid
            else:
                return s
        return None

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j (i before j) are separated only by spaces: no line break, no punctuation."""
        gap = self.text[self.tokens[i].end:self.tokens[j].start]
        return gap.strip(" \t\u00a0") == "" and "\n" not in gap

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Token indices that begin a sentence (their capital letter says nothing about nouns)."""
        starts = set()
        for s in self.sentences:
            i = s.first
            # skip opening quotes and dashes
            while i < s.last and not self.tokens[i].is_word:
                i += 1
            starts.add(i)
        return frozenset(starts)

    @cached_property
    def line_starts(self) -> list[int]:
        """Offset of the first character of every line (lines end with \n; a CRLF's \r ends its line's text)."""
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset."""
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1
