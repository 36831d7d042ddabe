"""Correction sets: reviewable edits of an article, anchored by text and context, applied exactly.

A set is a YAML file (format in README, "Correction sets"). Each correction names the original text, the context
before and after it (and, where that is not unique, which occurrence), the replacement, and a status. Applying the
accepted ones changes exactly their spans: everything else stays byte for byte.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .findings import CATEGORIES, Finding

STATUSES = ("pending", "accepted", "rejected")
CONTEXT = 24  # characters of context kept on each side of a correction


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

    def to_yaml(self) -> str:
        data = {"article": self.article, "source_sha256": self.source_sha256,
                "corrections": [c.to_dict() for c in self.corrections]}
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- loading and validation -------------------------------------------------------------------------------------

_FIELDS = {"id", "original", "replacement", "before", "after", "occurrence", "category", "rationale", "status",
           "origin"}


def load(path: str | Path) -> CorrectionSet:
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorrectionError(f"{p}: no such correction set") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise CorrectionError(f"{p}: not valid YAML{where}: {getattr(e, 'problem', e)}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CorrectionError(f"{p}: cannot read: {e}") from None
    if not isinstance(data, dict):
        raise CorrectionError(f"{p}: expected a mapping with 'article', 'source_sha256' and 'corrections'")
    for key in ("article", "corrections"):
        if key not in data:
            raise CorrectionError(f"{p}: missing '{key}'")
    items = data["corrections"] or []
    if not isinstance(items, list):
        raise CorrectionError(f"{p}: 'corrections' must be a list")
    out, seen = [], set()
    for k, item in enumerate(items, 1):
        out.append(_parse(item, p, k, seen))
    return CorrectionSet(str(data["article"]), str(data.get("source_sha256", "")), out, str(p))


def _parse(item, p: Path, k: int, seen: set) -> Correction:
    if not isinstance(item, dict):
        raise CorrectionError(f"{p}: correction #{k} is not a mapping")
    cid = str(item.get("id", f"#{k}"))
    where = f"{p}: correction {cid}"
    unknown = set(item) - _FIELDS
    if unknown:
        raise CorrectionError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    if cid in seen:
        raise CorrectionError(f"{where}: the id is used twice")
    seen.add(cid)
    for key in ("original", "status"):
        if key not in item:
            raise CorrectionError(f"{where}: missing '{key}'")
    if not isinstance(item["original"], str) or not item["original"]:
        raise CorrectionError(f"{where}: 'original' must be non-empty text")
    status = item["status"]
    if status not in STATUSES:
        raise CorrectionError(f"{where}: unknown status {status!r} (one of {', '.join(STATUSES)})")
    repl = item.get("replacement")
    if repl is not None and not isinstance(repl, str):
        raise CorrectionError(f"{where}: 'replacement' must be text")
    if status == "accepted" and repl is None:
        raise CorrectionError(f"{where}: accepted, but it has no replacement")
    category = item.get("category", "style")
    if category not in CATEGORIES:
        raise CorrectionError(f"{where}: unknown category {category!r}")
    occ = item.get("occurrence")
    if occ is not None and (not isinstance(occ, int) or occ < 1):
        raise CorrectionError(f"{where}: 'occurrence' must be a whole number from 1")
    for key in ("before", "after", "rationale", "origin"):
        if key in item and item[key] is not None and not isinstance(item[key], str):
            raise CorrectionError(f"{where}: '{key}' must be text")
    return Correction(cid, item["original"], repl, item.get("before") or "", item.get("after") or "", occ,
                      category, item.get("rationale") or "", status, item.get("origin") or "editor")


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
    out, pos = [], 0
    for a, b, c in spans:
        out.append(text[pos:a])
        out.append(c.replacement)
        pos = b
    out.append(text[pos:])
    return "".join(out)


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
    only findings no correction covers are added."""
    cset = CorrectionSet(article, sha256(text), [], existing.path if existing else "<set>")
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
