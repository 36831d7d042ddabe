"""What every rule of the built-in engine sees: the document, the glossary, and which tokens are taken."""

from __future__ import annotations

from bisect import bisect_right

from ...document import Document
from ...glossary import Glossary


class Context:
    def __init__(self, doc: Document, glossary: Glossary) -> None:
        self.doc = doc
        self.glossary = glossary
        self._claimed: set[int] = set()
        self._memo: dict[str, object] = {}
        tokens = doc.tokens
        self._starts = [t.start for t in tokens]

    def claim(self, start: int, end: int) -> None:
        """Mark the tokens inside [start, end) as explained by a finding, so later rules leave them alone."""
        i = self.token_at(start)
        toks = self.doc.tokens
        while i is not None and i < len(toks) and toks[i].start < end:
            self._claimed.add(i)
            i += 1

    def memo(self, key: str, compute):
        """A per-document fact computed once (e.g. "does this article mention Russia?")."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def claimed(self, i: int) -> bool:
        return i in self._claimed

    def token_at(self, offset: int) -> int | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.doc.tokens[i].end:
            return i
        return None

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j are neighbours separated only by spaces (no line break, no punctuation)."""
        return j == i + 1 and self.doc.adjacent(i, j)

    def in_headline(self, i: int) -> bool:
        """Token i is in a line of its own with no full stop at its end: a headline or a title."""
        text = self.doc.text
        start = text.rfind("\n", 0, self.doc.tokens[i].start) + 1
        end = text.find("\n", self.doc.tokens[i].end)
        line = text[start:end if end >= 0 else len(text)].strip()
        return bool(line) and line[-1] not in ".!?:;,\"“”»«)…"
