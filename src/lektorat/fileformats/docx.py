"""DOCX (python-docx, extra `documents`): the paragraphs of the body (tables and text boxes included), the headers
and the footers, each paragraph a block.

Each <w:t> of a run is a piece of its paragraph's text; a tab or a line break inside a paragraph is fixed (never
part of a correction). The edition changes only the <w:t> elements under a correction: a correction inside a bold
run stays in that run, so it stays bold; one that spans runs is written into the first and removed from the
others. Every other part of the package, and every other byte of the ZIP entries not corrected, is copied as it
was.

Paragraph indexes count every <w:p> of the part in document order (table cells and text boxes included), from 0.
Deleted text (tracked changes) and the fallback copy of a text box are left out.
"""

from __future__ import annotations

import io
import zipfile

from ..corrections import CorrectionError
from ..textio import InputError
from .base import FIXED, VERBATIM, Builder, Edit, Extracted

MAX_UNPACKED = 256 * 1024 * 1024  # a news article's DOCX unpacks to a few megabytes; this is a ZIP bomb
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
W_P, W_R, W_T = _W + "p", _W + "r", _W + "t"
_BREAKS = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "\u2011"}
_DELETED = frozenset((_W + "del", _W + "moveFrom", _MC_FALLBACK))
_CONTENT_TYPES = ("document.main+xml", "header+xml", "footer+xml", "template.main+xml", "macroEnabled.main+xml")


def extract(data: bytes, name: str, encoding: str = "utf-8") -> Extracted:
    b = Builder("docx", None, name)
    for label, partname, root in _parts(_open(data, name)):
        ts = {t: k for k, t in enumerate(root.iter(W_T))}
        for pi, p in enumerate(root.iter(W_P)):
            if _inside(p, root, _DELETED):
                continue
            b.open({"paragraph": pi} if label == "body" else {"part": label, "paragraph": pi})
            for r in _runs(p):
                for child in r:
                    if child.tag == W_T:
                        text = child.text or ""
                        b.add(text, 0, len(text), VERBATIM, "docx", node=(partname, ts[child]))
                    elif child.tag in _BREAKS:
                        b.add(_BREAKS[child.tag], 0, 0, FIXED, "docx", node=(partname, -1))
            b.close()
    return b.build()


def rebuild(data: bytes, ex: Extracted, edits: list[Edit]) -> bytes:
    doc = _open(data, ex.name)
    parts = {partname: (part, root) for (_, partname, root), part in zip(_parts(doc), _part_objects(doc))}
    changes: dict[tuple, list[tuple[int, int, str]]] = {}
    for ed in edits:
        if ed.start == ed.end:
            p = ex.insertion_point(ed)
            changes.setdefault(p.node, []).append((ed.start - p.start, ed.start - p.start, ed.replacement))
            continue
        touched = ex.touched(ed)
        for k, p in enumerate(touched):
            a, b = max(ed.start, p.start) - p.start, min(ed.end, p.end) - p.start
            changes.setdefault(p.node, []).append((a, b, ed.replacement if k == 0 else ""))
    changed_parts = set()
    for (partname, index), spans in changes.items():
        part, root = parts[partname]
        t = _nth_t(root, index)
        text = t.text or ""
        spans.sort()
        for (a1, b1, _), (a2, _, _) in zip(spans, spans[1:]):
            if a2 < b1:
                raise CorrectionError("two corrections overlap in the DOCX text")
        for a, b, new in reversed(spans):
            text = text[:a] + new + text[b:]
        try:
            t.text = text
        except ValueError:  # lxml refuses control characters XML cannot hold
            raise CorrectionError(f"a correction in {partname} holds characters a DOCX cannot store") from None
        if text != text.strip():  # Word drops leading and trailing spaces of a <w:t> without this
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        changed_parts.add(partname)
    return _write(data, {partname: parts[partname][0].blob for partname in changed_parts})


def _nth_t(root, index: int):
    for k, t in enumerate(root.iter(W_T)):
        if k == index:
            return t
    raise CorrectionError("the DOCX changed while it was being corrected")


def _write(data: bytes, new_parts: dict[str, bytes]) -> bytes:
    """The package with NEW_PARTS (by part name) replaced; every other entry's content, name, order, date and
    compression as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        zout.comment = zin.comment
        for info in zin.infolist():
            body = new_parts.get("/" + info.filename)
            zout.writestr(info, body if body is not None else zin.read(info))
    return out.getvalue()


# --- reading -----------------------------------------------------------------------------------------------------

def _open(data: bytes, name: str):
    try:
        import docx
        from lxml.etree import XMLSyntaxError
    except ImportError:
        from ..translation.models import MissingExtra

        raise MissingExtra(f"{name}: reading DOCX needs python-docx: pip install 'lektorat[documents]'") from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED:
                raise InputError(f"{name}: unpacks to more than {MAX_UNPACKED // 2**20} MiB: not an article")
            bad = z.testzip()
            if bad is not None:
                raise InputError(f"{name}: damaged ZIP entry {bad}")
    except zipfile.BadZipFile as e:
        raise InputError(f"{name}: not a DOCX file (not a ZIP archive: {e})") from None
    try:
        return docx.Document(io.BytesIO(data))
    except XMLSyntaxError:
        raise InputError(_xml_error(data, name)) from None
    except (KeyError, ValueError, zipfile.BadZipFile) as e:
        msg = str(e).strip("'\"")
        raise InputError(f"{name}: not a Word document: {msg}") from None


def _xml_error(data: bytes, name: str) -> str:
    """Which part of the package is not well-formed XML, and where."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            if info.filename.endswith((".xml", ".rels")):
                try:
                    etree.fromstring(z.read(info))
                except etree.XMLSyntaxError as e:
                    line, col = e.position if e.position else (e.lineno, 0)
                    return f"{name}: {info.filename}:{line}:{col}: not well-formed XML: {e.msg}"
    return f"{name}: a part of the DOCX is not well-formed XML"


def _part_objects(doc) -> list:
    parts = [p for p in doc.part.package.iter_parts()
             if getattr(p, "content_type", "").endswith(_CONTENT_TYPES) and hasattr(p, "_element")]
    body = [p for p in parts if p is doc.part]
    return body + sorted((p for p in parts if p is not doc.part), key=lambda p: str(p.partname))


def _parts(doc) -> list[tuple[str, str, object]]:
    """(label, part name, root element): the main document ("body") first, then headers and footers by name."""
    out = []
    for p in _part_objects(doc):
        partname = str(p.partname)
        label = "body" if p is doc.part else partname.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        out.append((label, partname, p._element))
    return out


def _inside(el, stop, tags) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _runs(p):
    """The runs of paragraph P that show text: not those of a nested paragraph (a text box) or deleted text."""
    for r in p.iter(W_R):
        parent = r.getparent()
        while parent is not None and parent is not p:
            if parent.tag == W_P or parent.tag in _DELETED:
                break
            parent = parent.getparent()
        else:
            yield r
