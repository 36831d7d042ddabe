"""What every reader produces: the prose of a document as one text, and where each piece of it is in the file.

The text is what the engines check: each block of the document (a paragraph, a heading, a table cell, an XLIFF
target, a PO msgstr) on its own, blocks separated by a blank line so no sentence runs from one into the next.
It is made of *pieces*, each mapped to a place in the original:

- verbatim: the text is a slice of the decoded file, character for character (a correction may cut it anywhere);
- atomic: one thing of the file that reads as something else (`&amp;` as "&", a line break inside a paragraph as
  a space): a correction may replace it as a whole, never cut it;
- fixed: a hard line break (`<br>`, a DOCX tab): part of the text, never part of a correction;
- protected: inline code, a URL, a placeholder: the engines see it as context, but nothing is reported on it and
  nothing corrects it.

A correction is written back by replacing the file's characters under its span (string formats: Markdown, HTML,
XLIFF, PO, plain text; DOCX has its own writer), so everything outside the corrected spans stays as it was. A span
that covers markup between two pieces (a tag, a code span), a block boundary or a protected piece is refused.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..corrections import CorrectionError
from ..document import Document

VERBATIM, ATOMIC, FIXED, PROTECTED = "verbatim", "atomic", "fixed", "protected"
SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Piece:
    start: int          # offsets in Extracted.text
    end: int
    raw_start: int      # offsets in Extracted.original (DOCX: in the text of the w:t element `node`)
    raw_end: int
    kind: str = VERBATIM
    escape: str = ""    # how a replacement is written here (see ESCAPES)
    glue: bool = False  # the file's characters between this piece and the next may go (a PO string continuation)
    node: tuple = ()    # DOCX: (part name, index of the w:t element in the part)


@dataclass
class Block:
    start: int
    end: int
    place: dict                     # {"unit": "7"}, {"paragraph": 3}, {"entry": "Hello", "line": 12}, …
    state: tuple | None = None      # XLIFF: (start, end) of the start tag whose state attribute marks an edit
    state_attr: tuple = ()          # XLIFF: (attribute, value) to set there


@dataclass(frozen=True)
class Segment:
    """A target span of the text with the source it translates (XLIFF source, PO msgid)."""
    id: str
    start: int
    end: int
    source: str


@dataclass
class Edit:
    start: int
    end: int
    replacement: str
    label: str = ""     # what the messages call it: "correction c004 ('however')"


@dataclass
class Extracted:
    format: str                     # text, markdown, html, docx, xliff, po
    text: str
    pieces: list[Piece]
    blocks: list[Block]
    segments: list[Segment] = field(default_factory=list)
    original: str | None = None     # the decoded file (text formats); None for DOCX
    encoding: str = "utf-8"
    name: str = "<file>"
    version: str = ""               # XLIFF: "1.2" or "2.0"
    skipped: int = 0                # blocks left out because their markup could not be mapped (Markdown)

    def __post_init__(self) -> None:
        self._starts = [p.start for p in self.pieces]
        self._block_starts = [b.start for b in self.blocks]
        self._original_lines = ([0] + [m.end() for m in re.finditer("\n", self.original)]
                                if self.original is not None else None)

    # --- where an offset of the text is in the file ---------------------------------------------------------

    def piece_index(self, offset: int) -> int:
        """Index of the piece holding OFFSET, or of the last piece before it (-1 when there is none)."""
        return bisect_right(self._starts, offset) - 1

    def original_offset(self, offset: int, end: bool = False) -> int | None:
        """OFFSET of the text as an offset of the file (None for DOCX). END: an exclusive end, which belongs to
        the piece before it (the end of "however" in `<b>however</b>` is before `</b>`, not after it)."""
        if self.original is None or not self.pieces:
            return None if self.original is None else offset
        k = self.piece_index(offset - 1 if end and offset > 0 else offset)
        if k < 0:
            return self.pieces[0].raw_start
        p = self.pieces[k]
        if offset < p.start or (offset == p.start and end and k > 0):
            return p.raw_start
        if offset >= p.end or (end and offset == p.end):
            return p.raw_end
        if p.kind == VERBATIM:
            return p.raw_start + (offset - p.start)
        return p.raw_end if end else p.raw_start

    def original_line_col(self, offset: int, end: bool = False) -> tuple[int, int]:
        """1-based line and column (code points) in the file; in the text for DOCX."""
        raw = self.original_offset(offset, end)
        if raw is None:
            return Document(self.text).line_col(offset)
        line = bisect_right(self._original_lines, raw)
        return line, raw - self._original_lines[line - 1] + 1

    def block_at(self, offset: int) -> Block | None:
        k = bisect_right(self._block_starts, offset) - 1
        return self.blocks[k] if k >= 0 else None

    def location(self, start: int) -> dict:
        """The finding's place in the document's own terms (docs/findings-json.md, "location")."""
        block = self.block_at(start)
        place = dict(block.place) if block is not None else {}
        if self.format in ("markdown", "html"):
            line, col = self.original_line_col(start)
            place = {"line": line, "column": col}
        return place

    # --- what the engines' findings may touch -----------------------------------------------------------------

    def protected(self) -> list[tuple[int, int]]:
        return [(p.start, p.end) for p in self.pieces if p.kind == PROTECTED]

    def keep(self, findings: list) -> list:
        """The findings outside protected pieces (code, URLs, placeholders) and within one block."""
        spans = self.protected()
        out = []
        for f in findings:
            if any(a < max(f.end, f.start + 1) and f.start < b for a, b in spans):
                continue
            block = self.block_at(f.start)
            if block is not None and f.end > block.end:
                continue
            out.append(f)
        return out

    def document(self, name: str) -> Document:
        """The Document the engines check: for plain text the usual one; otherwise one whose positions (line,
        column) are those of the original file."""
        if self.format == "text":
            return Document(self.text, name)
        return SourceDocument(self, name)

    # --- corrections ---------------------------------------------------------------------------------------------

    def touched(self, edit: Edit) -> list[Piece]:
        """The pieces a (non-empty) edit covers; CorrectionError when it crosses a block boundary, touches a
        protected or fixed piece, or cuts into an atomic one."""
        s, e = edit.start, edit.end
        label = edit.label or "an edit"
        k = self.piece_index(s)
        if k < 0 or self.pieces[k].end <= s:
            raise CorrectionError(f"{label}: crosses the boundary between two {self._unit()}s ({self._where(s)})")
        touched = [self.pieces[k]]
        while touched[-1].end < e:  # the pieces of a block follow each other; a gap is a block boundary
            k += 1
            if k >= len(self.pieces) or self.pieces[k].start != touched[-1].end:
                raise CorrectionError(f"{label}: crosses the boundary between two {self._unit()}s "
                                      f"({self._where(touched[-1].end)})")
            touched.append(self.pieces[k])
        for p in touched:
            if p.kind in (PROTECTED, FIXED):
                what = {PROTECTED: "protected text (code, a URL or a placeholder)", FIXED: "a line break or tab"}
                raise CorrectionError(f"{label}: would change {what[p.kind]} {self.text[p.start:p.end]!r} "
                                      f"({self._where(p.start)})")
        a, b = touched[0], touched[-1]
        if (a.kind == ATOMIC and s != a.start) or (b.kind == ATOMIC and e != b.end):
            atom = a if a.kind == ATOMIC and s != a.start else b
            raise CorrectionError(f"{label}: cuts into {self._raw(atom)!r}, which must be replaced whole "
                                  f"({self._where(atom.start)})")
        return touched

    def insertion_point(self, edit: Edit) -> Piece:
        """The verbatim piece an insertion (an empty span) goes into."""
        k = self.piece_index(edit.start)
        for i in (k, k - 1):
            if 0 <= i < len(self.pieces):
                p = self.pieces[i]
                if p.kind == VERBATIM and p.start <= edit.start <= p.end:
                    return p
        raise CorrectionError(f"{edit.label or 'an edit'}: inserts text where the {self.format} file has no "
                              f"text to add it to ({self._where(edit.start)})")

    def resolve(self, edit: Edit) -> tuple[int, int, str, list[Piece]]:
        """The file's span (raw start, raw end) an edit of the text replaces, its escaping, and the pieces it
        touches; CorrectionError naming what it would cross when the edit cannot be written into the file."""
        s, e = edit.start, edit.end
        if not 0 <= s <= e <= len(self.text):
            raise CorrectionError(f"{edit.label or 'an edit'}: outside the text")
        if s == e:
            p = self.insertion_point(edit)
            raw = p.raw_start + (s - p.start)
            return raw, raw, p.escape, [p]
        touched = self.touched(edit)
        for p, q in zip(touched, touched[1:]):
            if p.raw_end != q.raw_start and not p.glue:
                raise CorrectionError(f"{edit.label or 'an edit'}: crosses markup {self._between(p, q)} "
                                      f"({self._where(q.start)}); correct the text on each side separately")
            if p.escape != q.escape:
                raise CorrectionError(f"{edit.label or 'an edit'}: crosses from one kind of text into another "
                                      f"({self._where(q.start)})")
        a, b = touched[0], touched[-1]
        raw_s = a.raw_start + (s - a.start) if a.kind == VERBATIM else a.raw_start
        raw_e = b.raw_start + (e - b.start) if b.kind == VERBATIM else b.raw_end
        return raw_s, raw_e, a.escape, touched

    def _unit(self) -> str:
        return {"xliff": "unit", "po": "entry", "docx": "paragraph"}.get(self.format, "block")

    def _where(self, offset: int) -> str:
        block = self.block_at(offset)
        if self.format in ("markdown", "html", "text") or block is None:
            line, col = self.original_line_col(offset)
            return f"line {line}, column {col}"
        return ", ".join(f"{k} {v}" for k, v in block.place.items())

    def _raw(self, p: Piece) -> str:
        return self.original[p.raw_start:p.raw_end] if self.original is not None else self.text[p.start:p.end]

    def _between(self, p: Piece, q: Piece) -> str:
        if self.original is None or p.node[:1] != q.node[:1] or q.raw_start < p.raw_end:
            return "(a run or paragraph boundary)"
        s = self.original[p.raw_end:q.raw_start]
        return repr(s if len(s) <= 40 else s[:37] + "…")


class SourceDocument(Document):
    """A Document of extracted text whose line and column are those of the original file (for a DOCX: of the
    text), so every report (check, --format line, review's CI formats) points into the file people edit."""

    def __init__(self, extracted: Extracted, name: str) -> None:
        super().__init__(extracted.text, name)
        self.extracted = extracted

    def line_col(self, offset: int) -> tuple[int, int]:
        return self.extracted.original_line_col(offset)

    def end_line_col(self, offset: int) -> tuple[int, int]:
        return self.extracted.original_line_col(offset, end=True)

    @property
    def source_text(self) -> str:
        return self.extracted.original if self.extracted.original is not None else self.text

    def source_offset(self, offset: int) -> int:
        raw = self.extracted.original_offset(offset)
        return offset if raw is None else raw


class Builder:
    """Collects blocks of pieces into an Extracted; leading and trailing white space of a block is left out."""

    def __init__(self, fmt: str, original: str | None = None, name: str = "<file>", encoding: str = "utf-8"):
        self.fmt, self.original, self.name, self.encoding = fmt, original, name, encoding
        self.parts: list[str] = []
        self.pieces: list[Piece] = []
        self.blocks: list[Block] = []
        self.segments: list[Segment] = []
        self.pos = 0
        self._pending: list[list] | None = None
        self._place: dict = {}
        self._state: tuple | None = None
        self._state_attr: tuple = ()

    def open(self, place: dict, state: tuple | None = None, state_attr: tuple = ()) -> None:
        self._pending, self._place, self._state, self._state_attr = [], place, state, state_attr

    @property
    def is_open(self) -> bool:
        return self._pending is not None

    def ends_with_space(self) -> bool:
        """True at the start of a block or after white space (HTML collapses white space across tags)."""
        return not self._pending or self._pending[-1][0][-1:].isspace()

    def add(self, text: str, raw_start: int, raw_end: int, kind: str = VERBATIM, escape: str = "",
            glue: bool = False, node: tuple = (), collapse: bool = False) -> None:
        if not text or self._pending is None:
            return
        if kind == VERBATIM and self.original is not None and self.original[raw_start:raw_end] != text:
            kind = ATOMIC  # never cut what is not character for character the file's
        if collapse and self._pending and text[0].isspace() and self._pending[-1][0][-1].isspace() \
                and self._pending[-1][2] != raw_start:
            # white space on both sides of something left out (a tag, an image): one space, as a browser shows it
            if kind != VERBATIM or not text.strip():
                return
            cut = len(text) - len(text.lstrip())
            text, raw_start = text[cut:], raw_start + cut
        self._pending.append([text, raw_start, raw_end, kind, escape, glue, node])

    def close(self) -> Block | None:
        pending, self._pending = self._pending, None
        if not pending:
            return None
        _trim(pending, leading=True)
        _trim(pending, leading=False)
        if not pending:
            return None
        merged = [pending[0]]
        for cur in pending[1:]:  # verbatim pieces that follow each other in the file are one (fewer, faster)
            prev = merged[-1]
            if prev[3] == cur[3] == VERBATIM and prev[2] == cur[1] and prev[4:] == cur[4:] and not prev[5]:
                merged[-1] = [prev[0] + cur[0], prev[1], cur[2], *prev[3:]]
            else:
                merged.append(cur)
        pending = merged
        if self.pos:
            self.parts.append(SEPARATOR)
            self.pos += len(SEPARATOR)
        start = self.pos
        for text, rs, re_, kind, esc, glue, node in pending:
            self.pieces.append(Piece(self.pos, self.pos + len(text), rs, re_, kind, esc, glue, node))
            self.parts.append(text)
            self.pos += len(text)
        block = Block(start, self.pos, self._place, self._state, self._state_attr)
        self.blocks.append(block)
        return block

    def segment(self, id: str, block: Block | None, source: str) -> None:
        if block is not None:
            self.segments.append(Segment(id, block.start, block.end, source))

    def build(self, **extra) -> Extracted:
        return Extracted(self.fmt, "".join(self.parts), self.pieces, self.blocks, self.segments, self.original,
                         self.encoding, self.name, **extra)


def _trim(pending: list[list], leading: bool) -> None:
    """Drop white space at one end of a block: whole white-space pieces, and the white space of a verbatim one."""
    while pending:
        k = 0 if leading else -1
        text, rs, re_, kind, *rest = pending[k]
        stripped = text.lstrip() if leading else text.rstrip()
        if stripped == text:
            return
        if not stripped or kind != VERBATIM:
            if stripped and kind != VERBATIM:
                return  # an entity standing for white space and more: keep it whole
            pending.pop(k)
            continue
        cut = len(text) - len(stripped)
        pending[k] = [stripped, rs + cut, re_, kind, *rest] if leading else [stripped, rs, re_ - cut, kind, *rest]
        return


def splice(ex: Extracted, edits: list[Edit], escapes: dict, extra: list[tuple[int, int, str]] = ()) -> str:
    """The original with every edit written in (escaped for where it goes) and the EXTRA raw replacements
    (start, end, text); refuses edits that overlap or cross what cannot be crossed."""
    assert ex.original is not None
    raw_edits = list(extra)
    for ed in edits:
        rs, re_, esc, _ = ex.resolve(ed)
        raw_edits.append((rs, re_, escapes[esc](ed.replacement, ed)))
    raw_edits.sort(key=lambda r: (r[0], r[1]))
    for (a1, b1, _), (a2, b2, _) in zip(raw_edits, raw_edits[1:]):
        if a2 < b1:
            raise CorrectionError("two corrections overlap in the file")
    out, pos = [], 0
    for a, b, new in raw_edits:
        out.append(ex.original[pos:a])
        out.append(new)
        pos = b
    out.append(ex.original[pos:])
    return "".join(out)


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for ed in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[pos:ed.start])
        out.append(ed.replacement)
        pos = ed.end
    out.append(text[pos:])
    return "".join(out)


def edited_blocks(ex: Extracted, edits: list[Edit]) -> list[Block]:
    """The blocks (units, entries) the edits change, each once, in order."""
    out: list[Block] = []
    for ed in edits:
        b = ex.block_at(ed.start)
        if b is not None and b not in out:
            out.append(b)
    return out
