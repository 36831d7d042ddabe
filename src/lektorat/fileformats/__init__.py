"""Documents as people have them: plain text, Markdown, HTML, DOCX, XLIFF and PO, read and written back.

    ex = extract(data, "article.de.md")        # Extracted: .text (the prose the engines check), .pieces, .blocks,
                                               # .segments (targets with their English source: XLIFF, PO)
    new = rebuild(data, ex, [Edit(start, end, "Peskow")])   # the same format, changed only under the edits

The format comes from the file name (FORMATS); a name without a known extension is plain text unless its content
is unmistakably a DOCX, an XLIFF or an HTML page. Plain text is exactly as before: the text is the decoded file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..corrections import CorrectionError
from ..textio import DEFAULT_MAX_BYTES, InputError
from .base import Edit, Extracted, Segment, SourceDocument, apply_edits

__all__ = ["FORMATS", "SUFFIXES", "Edit", "Extracted", "Segment", "SourceDocument", "detect", "extract",
           "format_of", "load", "read", "read_bytes", "rebuild", "pairs", "sniff"]

# extension -> format
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
           ".xhtml": "html", ".docx": "docx", ".xlf": "xliff", ".xliff": "xliff", ".po": "po"}
# the suffixes of seed articles and editions (review.article_name): NAME.de.EXT
SUFFIXES = tuple(f".de{ext}" for ext in (".txt", ".md", ".html", ".htm", ".docx", ".xlf", ".xliff", ".po"))


def _module(fmt: str):
    from . import docx, html, markdown, po, text, xliff

    return {"text": text, "markdown": markdown, "html": html, "docx": docx, "xliff": xliff, "po": po}[fmt]


def format_of(name: str | os.PathLike) -> str | None:
    """The format a file name says, or None (no known extension)."""
    return FORMATS.get(Path(str(name)).suffix.lower())


def detect(data: bytes, name: str | os.PathLike = "") -> str:
    """The format of DATA: by the name's extension, else by content (a DOCX package, an XLIFF document, an HTML
    page), else plain text."""
    fmt = format_of(name) if name and str(name) != "-" else None
    if fmt:
        return fmt
    head = data[:4096]
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if text.startswith("<") and re.search(r"<(?:\w+:)?xliff[\s>]", text):
        return "xliff"
    if re.match(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!DOCTYPE\s+html|<html[\s>]", text, re.I | re.S):
        return "html"
    return "text"


def sniff(path: str | os.PathLike) -> str:
    """The format of the file at PATH: by extension, else by its first bytes (plain text when it cannot be read:
    reading it then gives the proper error)."""
    fmt = format_of(path)
    if fmt is not None or str(path) == "-":
        return fmt or "text"
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block: reading it as text says why not
            return "text"
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return "text"
    return detect(head, "")


def extract(data: bytes, name: str | os.PathLike = "<file>", fmt: str | None = None,
            encoding: str = "utf-8") -> Extracted:
    """The prose of DATA and where each piece of it is in the file. InputError (one line, naming the file and
    the place) when it is not a well-formed file of its format."""
    fmt = fmt or detect(data, name)
    return _module(fmt).extract(data, str(name), encoding)


def rebuild(data: bytes, ex: Extracted, edits: list) -> bytes:
    """DATA with EDITS ((start, end, replacement) of ex.text, or Edit) written in, in its own format: nothing
    outside the edited spans changes (XLIFF: and the edited units' state). CorrectionError, naming the edit, when
    one crosses what cannot be crossed or the result would not read back as the corrected text."""
    eds = [e if isinstance(e, Edit) else Edit(*e) for e in edits]
    eds.sort(key=lambda e: (e.start, e.end))
    for a, b in zip(eds, eds[1:]):
        if b.start < a.end:
            raise CorrectionError(f"{a.label or 'an edit'} and {b.label or 'another'} overlap")
    if not eds:
        return data
    out = _module(ex.format).rebuild(data, ex, eds)
    expected = apply_edits(ex.text, eds)
    try:
        got = extract(out, ex.name, ex.format, ex.encoding).text
    except InputError as e:
        raise CorrectionError(f"the corrected {ex.format} file would be malformed: {e}") from None
    if got != expected:
        at = next((i for i, (x, y) in enumerate(zip(got, expected)) if x != y), min(len(got), len(expected)))
        culprit = next((e for e in reversed(eds) if e.start <= at), eds[0])
        raise CorrectionError(f"{culprit.label or 'an edit'}: cannot be written into the {ex.format} file so that "
                              f"it reads back as corrected (near {ex._where(min(culprit.start, len(ex.text)))})")
    return out


def read(path: str, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES, fmt: str | None = None,
         options: tuple[str, ...] = ()) -> tuple[bytes, Extracted]:
    """A file (or standard input for "-") read as bytes within the size limit, and extracted."""
    data = read_bytes(path, max_bytes, options)
    return data, extract(data, path, fmt, encoding)


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES, options: tuple[str, ...] = ()) -> bytes:
    """The bytes of a file or standard input, with textio's checks (a regular file, the size limit)."""
    from ..textio import read_bytes as bounded

    return bounded(path, max_bytes, options)


def pairs(ex: Extracted) -> list:
    """The bilingual pairs of a document whose file carries the English source (XLIFF, PO): a
    lektorat.bilingual.Pair per target segment with a non-empty source."""
    from ..bilingual import Pair

    return [Pair(s.id, s.source, s.start, s.end) for s in ex.segments if s.source.strip()]


def load(path: str, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None,
         options: tuple[str, ...] = ("--encoding", "--max-bytes")):
    """What `check` reads: a plain text as the decoded str (exactly as before), any other format as Extracted.
    NAME: the name reported (and whose extension gives the format) for standard input."""
    from ..textio import decode, read_input

    fmt = sniff(path) if path != "-" else format_of(name or "")
    if path != "-" and fmt == "text":
        return read_input(path, encoding=encoding, max_bytes=max_bytes)
    data = read_bytes(path, max_bytes, options)
    fmt = fmt or detect(data, "")
    if fmt == "text":
        return decode(data, "-", encoding, options)
    return extract(data, (name or path) if path == "-" else path, fmt, encoding)
