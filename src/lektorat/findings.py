"""Findings: what an engine reports about a span of the text, and the JSON contract they are printed in."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

CATEGORIES = (
    "english",          # English word in German text
    "pseudo-english",   # English dressed as German ("Allien")
    "garbled",          # fused or broken words ("Terminplansteig", "dauernwird")
    "transliteration",  # English-style spelling of a Cyrillic name
    "terminology",      # glossary term
    "grammar",
    "calque",           # word-for-word translation, wrong collocation
    "typography",
    "format",           # numbers, currency, dates
    "spelling",
    "style",
    "accuracy",         # the translation against its source (bilingual checks): a number changed, a part left out
)
SEVERITIES = ("error", "warning", "info")


@dataclass
class Finding:
    start: int
    end: int
    text: str
    rule: str
    category: str
    severity: str
    message: str
    suggestions: list[str] = field(default_factory=list)
    engine: str = "builtin"

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        # A proposal equal to the text, or twice the same, helps nobody.
        seen: list[str] = []
        for s in self.suggestions:
            if s != self.text and s not in seen:
                seen.append(s)
        self.suggestions = seen

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "engine": self.engine,
        }


def dedupe(findings: list[Finding]) -> list[Finding]:
    """Sort by position and drop findings whose span is covered by an earlier, more specific one.

    Rules run independently; when two rules flag the same span (or one span inside the other) the first in
    rule priority wins, so a name flagged by the glossary is not also reported as an unknown English word.
    Callers pass findings in priority order. Kept spans are indexed by position (`_SpanIndex`), so each finding
    is compared only with its neighbours: linear in the number of findings, not quadratic.
    """
    kept: list[Finding] = []
    index = _SpanIndex()
    for f in findings:
        if any(_nested(kept[i], f) for i in index.near(f)):
            continue
        index.add(len(kept), f)
        kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


def _nested(a: Finding, b: Finding) -> bool:
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


# Categories where our glossary and rules know better than LanguageTool's speller ("inaugural" -> "inakkurat",
# "Peskov" -> "Peso"); for the rest (agreement, casing, punctuation) LanguageTool's proposal goes first.
_OURS_FIRST = frozenset(("english", "pseudo-english", "garbled", "transliteration", "terminology", "calque", "format"))


def merge(primary: list[Finding], secondary: list[Finding]) -> list[Finding]:
    """Merge the findings of two engines: findings about the same span become one.

    Same span: one finding, proposals of both ranked (ours first for words and names, theirs first for grammar),
    `engine` naming both ("builtin+languagetool"). One span inside the other: the primary finding stands, marked
    as seen by both (the other's proposals replace a different span, so they are not mixed in). Everything else
    is kept as it is, so the result is the union of what each engine found, without duplicate spans.

    The findings kept so far are indexed by position (`_SpanIndex`), so each secondary finding is compared only
    with those near it: near-linear, not quadratic. Where several enclose or lie inside it, the first kept (in
    the order primary, then secondary) takes it, as a scan of the whole list would.
    """
    out = list(primary)
    by_span = {(f.start, f.end): k for k, f in enumerate(out)}
    index = _SpanIndex()
    for k, f in enumerate(out):
        index.add(k, f)
    for g in secondary:
        k = by_span.get((g.start, g.end))
        if k is None:
            k = min((i for i in index.near(g) if _nested(out[i], g) and out[i].engine != g.engine), default=None)
            if k is None:
                by_span[(g.start, g.end)] = len(out)
                index.add(len(out), g)
                out.append(g)
                continue
            out[k] = replace(out[k], engine=_both(out[k].engine, g.engine))
            continue
        f = out[k]
        out[k] = replace(f, suggestions=_rank(f.suggestions, g.suggestions, ours_first=f.category in _OURS_FIRST),
                         severity=min(f.severity, g.severity, key=SEVERITIES.index),
                         engine=_both(f.engine, g.engine))
    out.sort(key=lambda f: (f.start, f.end))
    return out


class _SpanIndex:
    """Positions in a list of findings, by where their spans start and how long they are.

    A span of length up to SIZE * 16**n is kept in level n, in the bucket of its start divided by that size (a
    grid of grids: one level, for spans of up to 256 code points, in practice). `near(g)` gives every position
    whose span may enclose g or lie inside it: in each level, a span enclosing g starts at most one level size
    before it, and one inside it starts within it. Spans never move (a merge replaces a finding by one with the
    same span), so the index stays valid as findings are replaced."""

    SIZE = 256

    def __init__(self) -> None:
        self.levels: dict[int, dict[int, list[int]]] = {}  # level size -> bucket -> positions

    def add(self, k: int, f: Finding) -> None:
        size = self.SIZE
        while f.end - f.start > size:
            size *= 16
        self.levels.setdefault(size, {}).setdefault(f.start // size, []).append(k)

    def near(self, g: Finding):
        for size, buckets in self.levels.items():
            for b in range((g.start - size) // size, g.end // size + 1):
                yield from buckets.get(b, ())


def _rank(ours: list[str], theirs: list[str], ours_first: bool) -> list[str]:
    """Words and names: ours, then theirs. Grammar: what both propose, then theirs and ours in turn."""
    if ours_first:
        return ours + theirs
    common = [s for s in theirs if s in ours]
    rest_t = [s for s in theirs if s not in common]
    rest_o = [s for s in ours if s not in common]
    mixed = [x for pair in zip(rest_t, rest_o) for x in pair]
    n = min(len(rest_t), len(rest_o))
    return common + mixed + rest_t[n:] + rest_o[n:]


def _both(a: str, b: str) -> str:
    names = a.split("+") + [n for n in b.split("+") if n not in a.split("+")]
    return "+".join(names)
