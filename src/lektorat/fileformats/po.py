"""gettext PO: each msgstr (and each plural form) is a block, its msgid (msgid_plural) the source beside it.

polib reads the catalogue (and refuses a malformed one, naming the line); a small scanner finds where each msgstr's
string literals are in the file, so the edition rewrites only the corrected characters, inside their quotes, and
keeps every comment, flag, wrapping and obsolete entry as it was. The scanner's reading is checked against polib's
entry by entry.

- Left out: the header entry, obsolete (#~) entries, empty msgstr.
- Placeholders of entries flagged *-format (`%s`, `%(name)d`, `{0}`) are protected.
- The fuzzy flag is left as it is: a corrected fuzzy entry still needs its translator's confirmation (gettext
  does not use fuzzy translations), and a translated one stays translated (the correction was accepted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textio import InputError, decode
from .base import ATOMIC, PROTECTED, VERBATIM, Builder, Edit, Extracted, splice

_KEYWORD = re.compile(r'[ \t]*(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)[ \t]*(?=")')
_UNESCAPE = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}  # as polib reads them
_PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlLqjzt]*[diouxXeEfFgGcrsa%]")
_BRACE = re.compile(r"\{[^{}\s]*\}")


@dataclass
class _Field:
    line: int
    literals: list[list[tuple[str, int, int, str]]] = field(default_factory=list)  # pieces per "…" literal

    @property
    def value(self) -> str:
        return "".join(t for lit in self.literals for t, *_ in lit)


@dataclass
class _Entry:
    line: int
    fields: dict = field(default_factory=dict)  # "msgctxt", "msgid", "msgid_plural", ("msgstr", n) -> _Field


def extract(data: bytes, name: str, encoding: str = "utf-8") -> Extracted:
    original = decode(data, name, encoding)
    catalogue = _polib(original, name)
    entries = _scan(original, name)
    known = {(e.msgctxt, e.msgid): e for e in catalogue if not e.obsolete}
    b = Builder("po", original, name, encoding)
    for entry in entries:
        f = entry.fields
        msgid = f["msgid"].value if "msgid" in f else None
        ctxt = f["msgctxt"].value if "msgctxt" in f else None
        if msgid is None or (msgid == "" and ctxt is None):
            continue  # the header
        pe = known.get((ctxt, msgid))
        plural = "msgid_plural" in f
        for key in sorted((k for k in f if isinstance(k, tuple)), key=lambda k: k[1]):
            value = f[key].value
            expected = (pe.msgstr_plural.get(key[1], "") if plural else pe.msgstr) if pe else None
            if expected != value:
                raise InputError(f"{name}:{f[key].line}: this msgstr reads differently with polib; not mapped")
            if not value:
                continue
            place = {"entry": msgid}
            if ctxt is not None:
                place["context"] = ctxt
            if plural:
                place["plural"] = key[1]
            place["line"] = entry.line
            b.open(place)
            _add(b, f[key], _placeholders(pe.flags))
            block = b.close()
            source = f["msgid_plural"].value if plural and key[1] > 0 else msgid
            sid = (f"{ctxt}|" if ctxt else "") + msgid + (f"[{key[1]}]" if plural else "")
            b.segment(sid, block, source)
    return b.build()


def rebuild(data: bytes, ex: Extracted, edits: list[Edit]) -> bytes:
    return splice(ex, edits, {"po": lambda s, _: escape(s)}).encode(ex.encoding)


def escape(s: str) -> str:
    return (s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def _placeholders(flags) -> re.Pattern | None:
    formats = [f for f in flags if f.endswith("-format") and not f.startswith("no-")]
    if not formats:
        return None
    brace = any("brace" in f for f in formats)
    return re.compile(f"{_PRINTF.pattern}|{_BRACE.pattern}") if brace else _PRINTF


def _add(b: Builder, fld: _Field, placeholders) -> None:
    lits = [lit for lit in fld.literals if lit]
    for n, lit in enumerate(lits):
        for k, (text, rs, re_, kind) in enumerate(lit):
            glue = n < len(lits) - 1 and k == len(lit) - 1  # "…"\n"…": the quotes and line break may go
            if kind == VERBATIM and placeholders is not None:
                pos = 0
                for m in placeholders.finditer(text):
                    b.add(text[pos:m.start()], rs + pos, rs + m.start(), VERBATIM, "po")
                    b.add(m.group(), rs + m.start(), rs + m.end(), PROTECTED, "po")
                    pos = m.end()
                text, rs = text[pos:], rs + pos
                if not text:
                    continue
            b.add(text, rs, re_, kind, "po", glue=glue)


def _polib(text: str, name: str):
    import polib

    try:
        # polib takes a string as a path when one of that name exists: a catalogue always has a line break
        return polib.pofile(text if "\n" in text else text + "\n")
    except (OSError, ValueError) as e:
        m = re.search(r"\(line (\d+)\)(?::\s*(.*))?", str(e))
        if m:
            why = f": {m.group(2)}" if m.group(2) else ""
            raise InputError(f"{name}:{m.group(1)}: PO syntax error{why}") from None
        raise InputError(f"{name}: not a PO file: {e}") from None


def _scan(text: str, name: str) -> list[_Entry]:
    """Every entry's fields with where each string literal's characters are (obsolete entries are comments)."""
    entries: list[_Entry] = []
    entry: _Entry | None = None
    last: _Field | None = None
    pos = 0
    for lineno, line in enumerate(text.split("\n"), 1):
        start, pos = pos, pos + len(line) + 1
        body = line.rstrip("\r")
        stripped = body.strip()
        if not stripped or stripped.startswith("#"):
            if entry is not None and not stripped.startswith("#") and any(isinstance(k, tuple) for k in entry.fields):
                entry, last = None, None
            continue
        m = _KEYWORD.match(body)
        if m:
            key = m.group(1)
            fkey = ("msgstr", int(m.group(2) or 0)) if key.startswith("msgstr") else key
            if entry is None or key in ("msgctxt", "msgid") and (
                    "msgid" in entry.fields or any(isinstance(k, tuple) for k in entry.fields)):
                entry = _Entry(lineno)
                entries.append(entry)
            last = entry.fields[fkey] = _Field(lineno)
            q = m.end()
        elif stripped.startswith('"') and last is not None:
            q = body.index('"')
        else:
            raise InputError(f"{name}:{lineno}: PO syntax error: {stripped[:30]!r}")
        last.literals.append(_literal(body, q, start, lineno, name))
    return entries


def _literal(body: str, q: int, line_start: int, lineno: int, name: str) -> list[tuple[str, int, int, str]]:
    """The pieces of the string literal opening at BODY[Q]: verbatim runs and atomic escapes."""
    pieces, i, run = [], q + 1, q + 1
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            esc = body[i + 1]
            if esc in _UNESCAPE:
                if i > run:
                    pieces.append((body[run:i], line_start + run, line_start + i, VERBATIM))
                pieces.append((_UNESCAPE[esc], line_start + i, line_start + i + 2, ATOMIC))
                run = i + 2
            i += 2
            continue
        if ch == '"':
            if i > run:
                pieces.append((body[run:i], line_start + run, line_start + i, VERBATIM))
            if body[i + 1:].strip():
                raise InputError(f"{name}:{lineno}: PO syntax error: text after the closing quote")
            return pieces
        i += 1
    raise InputError(f"{name}:{lineno}: PO syntax error: a string without its closing quote")
