"""A newsroom's own tuning of the findings: rules switched off, words allowed, severities changed.

Applied by every engine to its own findings, so `check`, `propose`, `review`, `report` and `run` all see the same.
- `disable`: rule ids (`EN_WORD`, LanguageTool's `LT_…` or its bare id) or categories (`typography`); case is
  ignored.
- `allow`: words and phrases never flagged, a personal dictionary. A finding is dropped when its span lies inside
  an occurrence of an allowed phrase (whole words; the first letter may differ in case, as at a sentence start).
- `severity`: rule id or category -> error | warning | info | off; a rule id wins over its category.
- `enable`: rules off by default, switched on: LanguageTool rules that `--engine all` holds back as noisy
  (arbiter.NOISY_RULES: `KOMMA_VOR_UND_ODER` or `LT_KOMMA_VOR_UND_ODER`) and the built-in engine's opt-in rules
  (`IMPERIAL_UNIT`, `STRAIGHT_QUOTES`, `ASCII_DASH`: engines/builtin OPT_IN); case is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .document import Document
from .findings import Finding


@dataclass(frozen=True)
class Tuning:
    disable: frozenset[str] = frozenset()
    allow: tuple[str, ...] = ()
    severity: dict = field(default_factory=dict)
    enable: frozenset[str] = frozenset()   # LanguageTool rules the arbiter holds back by default, brought back

    @classmethod
    def of(cls, disable=(), allow=(), severity=None, enable=()) -> "Tuning":
        return cls(frozenset(d.casefold() for d in disable), tuple(a for a in allow if a.strip()),
                   {k.casefold(): v for k, v in (severity or {}).items()},
                   frozenset(e.casefold().removeprefix("lt_") for e in enable))

    def __bool__(self) -> bool:
        return bool(self.disable or self.allow or self.severity or self.enable)

    def disables(self, f: Finding) -> bool:
        rule = f.rule.casefold()
        ids = {rule, f.category.casefold()}
        if rule.startswith("lt_"):
            ids.add(rule[3:])  # LanguageTool's own id, as LanguageTool users write it
        return bool(ids & self.disable) or self._severity_of(f) == "off"

    def _severity_of(self, f: Finding) -> str | None:
        rule = f.rule.casefold()
        for key in (rule, rule[3:] if rule.startswith("lt_") else None, f.category.casefold()):
            if key and key in self.severity:
                return self.severity[key]
        return None

    def apply(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        if not self:
            return findings
        allowed = _allowed_spans(doc.text, self.allow)
        out = []
        for f in findings:
            if self.disables(f) or any(a <= f.start and f.end <= b for a, b in allowed):
                continue
            sev = self._severity_of(f)
            out.append(replace(f, severity=sev) if sev and sev != f.severity else f)
        return out


def _allowed_spans(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    if not phrases:
        return []
    alternatives = []
    for p in sorted(set(phrases), key=len, reverse=True):
        words = p.split()
        first = words[0]
        head = f"[{re.escape(first[0].upper())}{re.escape(first[0].lower())}]" + re.escape(first[1:])
        alternatives.append(r"\s+".join([head] + [re.escape(w) for w in words[1:]]))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")
    return [m.span() for m in pattern.finditer(text)]
