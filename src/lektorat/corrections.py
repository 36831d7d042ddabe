"""Correction sets: reviewable edits of an article, anchored by text and context, applied exactly.

A set is a YAML file (format in README, "Correction sets"). Each correction names the original text, the context
before and after it (and, where that is not unique, which occurrence), the replacement, and a status. Applying the
accepted ones changes exactly their spans: everything else stays byte for byte. Reading and writing the YAML,
strictly and verified, is set_yaml.py's job.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .findings import Finding

STATUSES = ("pending", "accepted", "rejected")
CONTEXT = 24  # characters of context kept on each side of a correction
MAX_SET_BYTES = 4 * 1024 * 1024  # a correction is a few hundred bytes: 4 MB is ten thousand of them
MAX_DEPTH = 8  # a set nests four levels (set, list, correction, text); deeper is never a set


class CorrectionError(Exception):
    """A correction set that cannot be used; the message names the file and the correction."""


@dataclass
class Correction:
    id: str
    original: str
    replacement: str | None
    before: str = ""
    after: str = ""
    occurrence: int | None = None
    category: str = "style"
    rationale: str = ""
    status: str = "pending"
    origin: str = "editor"

    def to_dict(self) -> dict:
        d = {"id": self.id, "original": self.original, "replacement": self.replacement, "before": self.before,
             "after": self.after}
        if self.occurrence is not None:
            d["occurrence"] = self.occurrence
        d.update(category=self.category, rationale=self.rationale, status=self.status, origin=self.origin)
        return d


@dataclass
class CorrectionSet:
    article: str
    source_sha256: str
    corrections: list[Correction] = field(default_factory=list)
    path: str = "<set>"
    # the YAML the set was loaded from: to_yaml() writes into that document, keeping the editors' comments
    yaml_text: str | None = field(default=None, repr=False, compare=False)

    def to_yaml(self) -> str:
        """The set as YAML, verified: reading the text back gives exactly this set (else CorrectionError)."""
        from .set_yaml import dump

        return dump(self)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(path: str | Path) -> CorrectionSet:
    """The set in the file at PATH (strict: set_yaml.py)."""
    from .set_yaml import load as _load

    return _load(path)


def loads(text: str, path: str = "<set>") -> CorrectionSet:
    """The set in TEXT (the contents of a set file), checked like load() checks a file."""
    from .set_yaml import loads as _loads

    return _loads(text, path)


# --- anchoring and applying -------------------------------------------------------------------------------------

def _occurrences(text: str, needle: str) -> list[int]:
    hits, i = [], text.find(needle)
    while i >= 0:
        hits.append(i)
        i = text.find(needle, i + 1)
    return hits


def locate(c: Correction, text: str, set_path: str = "<set>") -> int:
    """Start offset of the correction's original text; a stale or ambiguous anchor is an error naming it."""
    hits = [i + len(c.before) for i in _occurrences(text, c.before + c.original + c.after)]
    where = f"{set_path}: correction {c.id} ({c.original!r})"
    if not hits:
        raise CorrectionError(f"{where}: its anchor is stale: the text around it is not in the article any more")
    if c.occurrence is not None:
        if c.occurrence > len(hits):
            raise CorrectionError(f"{where}: occurrence {c.occurrence}, but the anchor occurs {len(hits)} time(s)")
        return hits[c.occurrence - 1]
    if len(hits) > 1:
        raise CorrectionError(f"{where}: its anchor is ambiguous ({len(hits)} places); add more context or 'occurrence'")
    return hits[0]


def apply(cset: CorrectionSet, text: str, check_source: bool = True) -> str:
    """The text with every accepted correction applied; nothing else changes."""
    spans = accepted_spans(cset, text, check_source)
    out, pos = [], 0
    for a, b, c in spans:
        out.append(text[pos:a])
        out.append(c.replacement)
        pos = b
    out.append(text[pos:])
    return "".join(out)


def accepted_spans(cset: CorrectionSet, text: str, check_source: bool = True) -> list[tuple[int, int, Correction]]:
    """(start, end, correction) of every accepted correction in TEXT, in order; CorrectionError for a set made
    for another version of the text, a stale or ambiguous anchor, or two corrections that overlap."""
    if check_source and cset.source_sha256 and cset.source_sha256 != sha256(text):
        raise CorrectionError(
            f"{cset.path}: made for another version of {cset.article} (checksum differs); re-run propose"
        )
    spans = []
    for c in cset.corrections:
        if c.status != "accepted":
            continue
        start = locate(c, text, cset.path)
        spans.append((start, start + len(c.original), c))
    spans.sort(key=lambda s: s[0])
    for (a1, b1, c1), (a2, b2, c2) in zip(spans, spans[1:]):
        if a2 < b1:
            raise CorrectionError(f"{cset.path}: corrections {c1.id} and {c2.id} overlap")
    return spans


def edits(cset: CorrectionSet, text: str, check_source: bool = True) -> list:
    """The accepted corrections as fileformats edits of TEXT (the extracted text of a document), each named for
    the messages of fileformats.rebuild."""
    from .fileformats import Edit

    return [Edit(a, b, c.replacement, f"{cset.path}: correction {c.id} ({c.original!r})")
            for a, b, c in accepted_spans(cset, text, check_source)]


# --- proposing ----------------------------------------------------------------------------------------------------

def anchor_for(text: str, start: int, end: int) -> tuple[str, str, int | None]:
    """Context before/after a span (within its line), and the occurrence number when the context is not unique."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - CONTEXT):start]
    after = text[end:min(line_end, end + CONTEXT)]
    hits = _occurrences(text, before + text[start:end] + after)
    occurrence = None if len(hits) == 1 else hits.index(start - len(before)) + 1
    return before, after, occurrence


def propose(text: str, article: str, findings: list[Finding], existing: CorrectionSet | None = None) -> CorrectionSet:
    """Draft a set from findings (best proposal, status pending). Decisions already in `existing` are kept and
    only findings no correction covers are added; a set loaded from a file is written back into that file's
    document (to_yaml), with the editors' comments."""
    cset = CorrectionSet(article, sha256(text), [], existing.path if existing else "<set>",
                         existing.yaml_text if existing else None)  # written into the existing file's document
    covered: list[tuple[int, int]] = []
    if existing is not None:
        for c in existing.corrections:
            try:
                start = locate(c, text, existing.path)
            except CorrectionError:
                if c.status == "pending":
                    continue  # a pending draft whose text is gone: drop it
                raise
            covered.append((start, start + len(c.original)))
            cset.corrections.append(c)
    used = {c.id for c in cset.corrections}
    n = 0
    for f in findings:
        if any(a < f.end and f.start < b for a, b in covered):
            continue
        before, after, occ = anchor_for(text, f.start, f.end)
        n += 1
        while f"c{n:03d}" in used:
            n += 1
        cid = f"c{n:03d}"
        used.add(cid)
        cset.corrections.append(Correction(
            cid, f.text, f.suggestions[0] if f.suggestions else None, before, after, occ, f.category,
            f.message, "pending", f.rule))
        covered.append((f.start, f.end))
    return cset
