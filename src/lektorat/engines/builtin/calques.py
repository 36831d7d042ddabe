"""Calques and wrong collocations from the glossary: word patterns with inflection slots.

"gefrorenen Vermögenswerten" matches `gefroren* Vermögenswert*` and becomes "eingefrorenen Vermögenswerten":
the replacement `eingefroren* Vermögenswert*` copies each slot's ending.
"""

from __future__ import annotations

from ...findings import Finding
from ...glossary import Calque
from .context import Context


def check(ctx: Context) -> list[Finding]:
    index = ctx.glossary.calques
    if not index:
        return []
    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        low = t.text.lower()
        found = None
        for k in (4, 3, 2, 1):
            for cq in index.get(low[:k], ()):
                m = _match(ctx, i, cq)
                if m is not None:
                    found = (cq, *m)
                    break
            if found:
                break
        if not found:
            i += 1
            continue
        cq, last, slots = found
        start, end = t.start, toks[last].end
        original = text[start:end]
        suggestions = [_fill(r, slots, original) for r in cq.replacements]
        e = cq.entry
        msg = f"calque of English „{e.en}“"
        if e.note:
            msg += f": {e.note}"
        out.append(Finding(start, end, original, "CALQUE", "calque", "warning", msg, suggestions))
        ctx.claim(start, end)
        i = last + 1
    return out


def _match(ctx: Context, i: int, cq: Calque) -> tuple[int, list[str]] | None:
    toks = ctx.doc.tokens
    slots: list[str] = []
    for k, pat in enumerate(cq.pattern):
        j = i + k
        if j >= len(toks) or (k and not ctx.adjacent(j - 1, j)) or ctx.claimed(j):
            return None
        m = pat.match(toks[j].text)
        if m is None:
            return None
        slots.extend(m.groups())
    return i + len(cq.pattern) - 1, slots


def _fill(replacement: str, slots: list[str], original: str) -> str:
    parts = replacement.split("*")
    out = parts[0]
    for k, p in enumerate(parts[1:]):
        out += (slots[k] if k < len(slots) else "") + p
    # keep a sentence-initial capital
    if original[:1].isupper() and out[:1].islower():
        out = out[0].upper() + out[1:]
    return out
