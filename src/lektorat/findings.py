"""Findings: what an engine reports about a span of the text, and the JSON contract they are printed in."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    Callers pass findings in priority order.
    """
    kept: list[Finding] = []
    for f in findings:
        if any(_nested(k, f) for k in kept):
            continue
        kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


def _nested(a: Finding, b: Finding) -> bool:
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
