"""German article -> English article: segment, substitute names, batch through the model, repair, verify, assemble.

Data flows one way: `segments.segment` -> `terms` (prepared source) -> length limits -> back end (batched) ->
`terms.repair` -> `terms.verify` + `numbers.verify` -> `segments.assemble`. Output is deterministic: no sampling, and
batches are formed the same way for the same input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..glossary import Glossary
from . import numbers, terms
from .segments import TRANSLATE, Segment, assemble, segment

_CLAUSE_BREAK = re.compile(r"(?<=[,;:])\s+|\s+(?=[–—]\s)")


@dataclass
class Translation:
    text: str
    segments: list[Segment]
    model: str
    backend: str
    beam: int
    glossary: bool
    warnings: list[str] = field(default_factory=list)

    @property
    def violations(self) -> list[tuple[Segment, dict]]:
        return [(s, v) for s in self.segments for v in s.violations]

    def to_dict(self) -> dict:
        translated = [s for s in self.segments if s.action == TRANSLATE]
        return {
            "model": self.model, "backend": self.backend, "beam": self.beam, "glossary": self.glossary,
            "summary": {"segments": len(translated),
                        "passed_through": sum(s.action not in (TRANSLATE, "blank") for s in self.segments),
                        "violations": len(self.violations), "warnings": len(self.warnings)},
            "warnings": self.warnings,
            "segments": [s.to_dict() for s in self.segments if s.action != "blank"],
        }


@dataclass
class _Unit:
    """One model input: a segment, or a clause of an over-long segment."""
    segment: Segment
    part: int
    pieces: list[str]
    output: str = ""


def translate_text(text: str, backend, *, glossary: Glossary | None = None, beam: int = 4, batch_size: int = 16,
                   max_input_tokens: int | None = None, model_name: str = "",
                   progress: Callable[[int, int], None] | None = None) -> Translation:
    if beam < 1 or batch_size < 1:
        raise ValueError("--beam and --batch-size must be at least 1")
    limit = min(max_input_tokens or backend.max_input_tokens, backend.max_input_tokens)
    if limit < 2:
        raise ValueError("--max-input-tokens must be at least 2")
    segs, trailing = segment(text)
    index = terms.TermIndex(glossary) if glossary is not None else None
    hits: dict[int, list[terms.Hit]] = {}
    result = Translation("", segs, model_name, backend.name, beam, glossary is not None)

    units: list[_Unit] = []
    for k, s in enumerate(segs):
        if s.action != TRANSLATE:
            continue
        hits[k] = index.find(s.source) if index else []
        s.prepared = _substitute(s.source, hits[k])
        units += _units(s, backend, limit, result.warnings)

    # longest first, so a batch holds inputs of similar length (less padding); the order is fixed by the input
    order = sorted(range(len(units)), key=lambda i: (-len(units[i].pieces), i))
    done = 0
    for b in range(0, len(order), batch_size):
        batch = [units[i] for i in order[b:b + batch_size]]
        longest = max(len(u.pieces) for u in batch)
        max_length = min(backend.max_input_tokens, 2 * longest + 16)
        for u, out in zip(batch, backend.translate([u.pieces for u in batch], beam, max_length)):
            u.output = out.strip()
        done += len(batch)
        if progress:
            progress(done, len(units))

    by_segment: dict[int, list[_Unit]] = {}
    for u in units:
        by_segment.setdefault(id(u.segment), []).append(u)
    for k, s in enumerate(segs):
        if s.action != TRANSLATE:
            continue
        parts = sorted(by_segment.get(id(s), []), key=lambda u: u.part)
        output = " ".join(u.output for u in parts if u.output)
        output, notes = terms.repair(output, hits[k])
        s.output = output
        s.notes += notes
        s.violations = terms.verify(output, hits[k]) + numbers.verify(s.source, output)
        if not output:
            s.violations.append({"kind": "empty", "source": s.source, "expected": "",
                                 "message": "the model returned nothing for this sentence"})
    result.text = assemble(segs, trailing)
    return result


def _substitute(sentence: str, hits: list[terms.Hit]) -> str:
    out = sentence
    for h in sorted(hits, key=lambda h: -h.start):
        if h.substitute is not None:
            out = out[:h.start] + h.substitute + out[h.end:]
    return out


def _units(s: Segment, backend, limit: int, warnings: list[str]) -> list[_Unit]:
    """The segment as model inputs within LIMIT pieces (plus the end-of-sentence token): whole if it fits, else cut at
    clause boundaries; a clause that still does not fit is truncated, with a warning."""
    pieces = backend.pieces(s.prepared)
    if len(pieces) + 1 <= limit:
        return [_Unit(s, 0, pieces)]
    chunks: list[list[str]] = []
    current: list[str] = []
    for clause in _CLAUSE_BREAK.split(s.prepared):
        p = backend.pieces(clause)
        if current and len(current) + len(p) + 1 > limit:
            chunks.append(current)
            current = []
        current = current + p if current else p
    if current:
        chunks.append(current)
    if len(chunks) > 1:
        s.notes.append(f"over-long sentence ({len(pieces)} tokens) translated in {len(chunks)} parts cut at commas")
    out = []
    for k, c in enumerate(chunks):
        if len(c) + 1 > limit:
            dropped = len(c) + 1 - limit
            msg = (f"line {s.line}: sentence {s.index + 1} truncated, the last {dropped} of {len(c)} subword tokens "
                   f"are not translated (the model reads at most {limit})")
            warnings.append(msg)
            s.notes.append(msg)
            c = c[: limit - 1]
        out.append(_Unit(s, k, c))
    return out
