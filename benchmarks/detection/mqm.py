"""Read the MQM-annotated WMT 2021 TED English→German file (google/wmt-mqm-human-evaluation, ted/ende/mqm_ted_ende.tsv).

Tab-separated, header `system doc doc_id seg_id rater source target category severity comment`, no quoting
(`csv.QUOTE_NONE`). One row per marked error (or one `No-error` row); the error span is marked in `target` with
`<v>…</v>`, so the same segment appears once per error. `system == "ref"` is the human reference translation.
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

_MARK_RE = re.compile(r"</?v>")

# MQM category -> the groups the benchmark reports (everything else is "other")
GROUPS = {
    "Accuracy/Untranslated text": "untranslated",
    "Fluency/Spelling": "spelling",
    "Fluency/Grammar": "grammar",
    "Fluency/Punctuation": "punctuation",
}
# MQM's "Locale convention/…" (currency, date, time, number, address formats): the news files have them, TED not
LOCALE_PREFIX = "Locale convention"
GROUP_ORDER = ("untranslated", "spelling", "grammar", "punctuation", "locale", "other")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    category: str
    severity: str

    @property
    def group(self) -> str:
        if self.category.startswith(LOCALE_PREFIX):
            return "locale"
        return GROUPS.get(self.category, "other")


@dataclass
class Segment:
    system: str
    doc: str
    seg_id: str
    text: str                                  # the target without markers
    spans: list[Span] = field(default_factory=list)
    raters: set[str] = field(default_factory=set)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.system, self.doc, self.seg_id)


class MQMError(Exception):
    """One line for the user."""


def strip_markers(target: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without <v>/</v> and the (start, end) code-point offsets of each marked span in it."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    n = 0                      # length of the output so far
    open_at: int | None = None
    for m in _MARK_RE.finditer(target):
        chunk = target[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        if m.group() == "<v>":
            open_at = n
        elif open_at is not None:
            spans.append((open_at, n))
            open_at = None
        pos = m.end()
    out.append(target[pos:])
    text = "".join(out)
    if open_at is not None:    # an unclosed marker: the span runs to the end
        spans.append((open_at, len(text)))
    return text, spans


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def load(path: str | Path) -> dict[tuple[str, str, str], Segment]:
    """Every (system, doc, seg_id) once, with all the spans its rows mark (whitespace trimmed off their ends)."""
    path = Path(path)
    if not path.is_file():
        raise MQMError(f"{path}: no such file (the MQM TSV: ted/ende/mqm_ted_ende.tsv of "
                       f"google/wmt-mqm-human-evaluation)")
    csv.field_size_limit(sys.maxsize)
    segs: dict[tuple[str, str, str], Segment] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        need = {"system", "doc", "seg_id", "rater", "target", "category", "severity"}
        if not reader.fieldnames or not need <= set(reader.fieldnames):
            raise MQMError(f"{path}: not the MQM TSV (columns {', '.join(sorted(need))} expected)")
        for row in reader:
            text, marks = strip_markers(row["target"] or "")
            key = (row["system"], row["doc"], row["seg_id"])
            seg = segs.get(key)
            if seg is None:
                seg = segs[key] = Segment(row["system"], row["doc"], row["seg_id"], text)
            elif seg.text != text:       # never happens in the 2021 file; keep the first text, drop the spans
                continue
            seg.raters.add(row["rater"])
            cat = row["category"]
            if cat == "No-error":
                continue
            for a, b in marks:
                a, b = _trim(text, a, b)
                if a < b:
                    sp = Span(a, b, cat, row["severity"])
                    if sp not in seg.spans:
                        seg.spans.append(sp)
    if not segs:
        raise MQMError(f"{path}: no rows")
    return segs


def references(segs: dict) -> list[str]:
    """The human reference translations, deduplicated, in file order."""
    seen: dict[str, None] = {}
    for s in segs.values():
        if s.system == "ref" and s.text.strip():
            seen.setdefault(s.text.strip(), None)
    return list(seen)


def mt_segments(segs: dict) -> list[Segment]:
    return [s for s in segs.values() if s.system != "ref" and s.text.strip()]
