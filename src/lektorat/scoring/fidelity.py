"""What BLEU and chrF do not see: are the glossary's names and terms, and the numbers, in the translation?

Term accuracy: every glossary name or term found in a German source segment (inflected forms and compounds, as in
translation) must appear in its English form in the hypothesis segment: names exactly (a possessive allowed), terms
case- and spelling-tolerant with a plural. Number fidelity: every number, amount and currency of the source
segment must be in the hypothesis (German and English number formats read as values). Both list every miss.
"""

from __future__ import annotations

from ..glossary import Glossary
from ..translation import numbers
from ..translation.terms import TermIndex, found


class Fidelity:
    def __init__(self, glossary: Glossary) -> None:
        self.index = TermIndex(glossary)

    def expected_terms(self, source: list[str]) -> list[list]:
        """Per segment, the glossary hits (one per distinct English form)."""
        out = []
        for seg in source:
            seen, hits = set(), []
            for h in self.index.find(seg):
                if h.expected not in seen:
                    seen.add(h.expected)
                    hits.append(h)
            out.append(hits)
        return out

    def terms(self, expected: list[list], hyps: list[str], lines: list[int]) -> dict:
        total = hit = 0
        misses = []
        for hits, hyp, line in zip(expected, hyps, lines):
            for h in hits:
                total += 1
                if found(hyp, h.expected, name=h.form.is_name):
                    hit += 1
                else:
                    misses.append({"line": line, "source": h.german, "expected": h.expected, "hypothesis": hyp})
        return {"found": hit, "total": total, "accuracy": hit / total if total else None, "misses": misses}

    @staticmethod
    def numbers(source: list[str], hyps: list[str], lines: list[int]) -> dict:
        total = 0
        misses = []
        for src, hyp, line in zip(source, hyps, lines):
            total += len(numbers.german_quantities(src)) + numbers.unit_count(src)
            for v in numbers.verify(src, hyp):
                misses.append({"line": line, "source": v["source"], "expected": v["expected"],
                               "message": v["message"], "hypothesis": hyp})
        ok = total - len(misses)
        return {"found": ok, "total": total, "accuracy": ok / total if total else None, "misses": misses}
