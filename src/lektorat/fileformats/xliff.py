"""XLIFF 1.2 and 2.x: the target of each unit (1.2 <trans-unit>, 2.x <segment>), with its source beside it.

The parser is the standard library's expat, which reports the byte offset of every tag and every run of
character data: the edition replaces exactly the corrected characters of a target and the state attribute of its
unit, and keeps every other byte. Entity declarations are refused (XLIFF has no use for them; they are how an XML
file expands to gigabytes).

- Inline codes are protected: a correction never crosses <g>, <x/>, <ph>, <pc>, <mrk>, … tags; the content of
  native-code elements (1.2 <bpt>, <ept>, <ph>, <it>) is not prose; the text inside <g>, <pc> and <mrk> is.
- <alt-trans> proposals, <ignorable> parts and units with translate="no" are left out.
- An edited target's state shows it: 1.2 `state="translated"` on <target> (1.2 has no "reviewed"; never left
  "final", "signed-off" or "new"), 2.x `state="reviewed"` on <segment> (the corrections were accepted by an
  editor).
"""

from __future__ import annotations

import re
import xml.parsers.expat as expat

from ..textio import InputError
from .base import ATOMIC, VERBATIM, Builder, Edit, Extracted, edited_blocks, splice

CODE_12 = frozenset(("bpt", "ept", "ph", "it", "sub"))  # 1.2: their content is native code
STATE = {"1": ("state", "translated"), "2": ("state", "reviewed")}


def extract(data: bytes, name: str, encoding: str = "utf-8") -> Extracted:
    original = _decode(data, name)
    events = _events(data, name)
    to_char = _char_offsets(data, original)
    b = Builder("xliff", original, name, "utf-8")
    _Walk(original, events, to_char, b, name).run()
    return b.build(version=_Walk.version_of(events))


def rebuild(data: bytes, ex: Extracted, edits: list[Edit]) -> bytes:
    extra = []
    for block in edited_blocks(ex, edits):
        if block.state is not None:
            extra.append(_set_attribute(ex.original, *block.state, *block.state_attr))
    out = splice(ex, edits, {"xml": lambda s, _: _escape(s), "cdata": lambda s, ed: _cdata(s, ex, ed)}, extra)
    return out.encode("utf-8")


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_CDATA_BREAK = "]]><![CDATA["


def _cdata(s: str, ex: Extracted, edit: Edit) -> str:
    """S as the content of a CDATA section in place of EDIT: a "]]>" in it, or one it would make with the text
    beside it ("<b>" with "b" corrected to "]]"), split across two sections (a reader joins them: the text read
    back is the same)."""
    start, end = ex.resolve(edit)[:2]
    left, right = ex.original[max(0, start - 2):start], ex.original[end:end + 2]
    s = s.replace("]]>", "]]" + _CDATA_BREAK + ">")
    if _across(left, s):
        s = _CDATA_BREAK + s
    if _across(s, right):
        s += _CDATA_BREAK
    return s


def _across(a: str, b: str) -> bool:
    """A "]]>" begins in A and ends in B."""
    joined = a + b
    return any(joined.startswith("]]>", k) for k in range(max(0, len(a) - 2), len(a)))


_ATTR = re.compile(r"""\s([\w.:-]+)\s*=\s*("[^"]*"|'[^']*')""")


def _set_attribute(original: str, start: int, end: int, attr: str, value: str) -> tuple[int, int, str]:
    """A raw edit of the start tag original[start:end] that gives ATTR the VALUE (replaced or added)."""
    tag = original[start:end]
    for m in _ATTR.finditer(tag):
        if m.group(1) == attr:
            q = m.start(2)
            return start + q + 1, start + m.end(2) - 1, value
    close = len(tag) - (2 if tag.endswith("/>") else 1)
    return start + close, start + close, f' {attr}="{value}"'


# --- reading -----------------------------------------------------------------------------------------------------

def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data.startswith(b"<\x00") or data.startswith(b"\x00<"):
        raise InputError(f"{name}: XLIFF in UTF-16 is not supported: convert it to UTF-8 "
                         f"(iconv -f utf-16 -t utf-8)")
    m = re.match(rb"""(?:\xef\xbb\xbf)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""", data)
    if m and m.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8", b"us-ascii", b"ascii"):
        raise InputError(f"{name}: XLIFF in {m.group(1).decode()} is not supported: convert it to UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid UTF-8: byte 0x{data[e.start]:02x} at byte offset {e.start}") from None


def _events(data: bytes, name: str) -> list[tuple]:
    """(kind, byte offset, payload) of every element, text, CDATA mark, comment and processing instruction."""
    p = expat.ParserCreate(namespace_separator=" ")
    events: list[tuple] = []

    def on(kind):
        return lambda *a: events.append((kind, p.CurrentByteIndex, a))

    def refuse(*_):
        raise InputError(f"{name}:{p.CurrentLineNumber}:{p.CurrentColumnNumber + 1}: an entity declaration; "
                         "refused (XLIFF does not use them)")

    p.StartElementHandler = on("start")
    p.EndElementHandler = on("end")
    p.CharacterDataHandler = on("data")
    p.StartCdataSectionHandler = on("cdata")
    p.EndCdataSectionHandler = on("endcdata")
    p.CommentHandler = on("comment")
    p.ProcessingInstructionHandler = on("pi")
    p.EntityDeclHandler = refuse
    p.buffer_text = False
    try:
        p.Parse(data, True)
    except expat.ExpatError as e:
        raise InputError(f"{name}:{e.lineno}:{e.offset + 1}: not well-formed XML: "
                         f"{expat.ErrorString(e.code)}") from None
    events.append(("eof", len(data), ()))
    return events


def _char_offsets(data: bytes, text: str):
    """Byte offset -> code point offset, for offsets given in increasing order (the events')."""
    state = [0, 0]

    def conv(b: int) -> int:
        last_b, last_c = state
        if b < last_b:
            last_b, last_c = 0, 0
        c = last_c + len(data[last_b:b].decode("utf-8", errors="replace"))
        state[:] = [b, c]
        return c
    return conv


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


class _Walk:
    def __init__(self, original, events, to_char, builder: Builder, name: str) -> None:
        self.src, self.events, self.to_char, self.b, self.name = original, events, to_char, builder, name

    @staticmethod
    def version_of(events) -> str:
        for kind, _, payload in events:
            if kind == "start":
                v = payload[1].get("version", "")
                return "2.0" if v.startswith("2") else (v or "1.2")
        return ""

    def run(self) -> None:
        events = self.events
        root = next((e for e in events if e[0] == "start"), None)
        if root is None or _local(root[2][0]) != "xliff":
            what = f"<{_local(root[2][0])}>" if root else "no element"
            raise InputError(f"{self.name}: not an XLIFF file (the root element is {what}, not <xliff>)")
        major = "2" if self.version_of(events).startswith("2") else "1"
        stack: list[str] = []
        unit: dict | None = None        # the current unit (1.2 trans-unit, 2.x unit)
        segment: dict | None = None     # 2.x: the current segment
        where: str | None = None        # "source" or "target" while inside one that counts
        code = 0                        # depth inside 1.2 native-code elements
        cdata = False
        chars = [self.to_char(e[1]) for e in events]
        for k, (kind, _, payload) in enumerate(events[:-1]):
            at, nxt = chars[k], chars[k + 1]
            if kind == "start":
                local, attrs = _local(payload[0]), payload[1]
                parent = stack[-1] if stack else ""
                stack.append(local)
                if where is not None:
                    if major == "1" and local in CODE_12:
                        code += 1
                    continue
                if (major == "1" and local == "trans-unit") or (major == "2" and local == "unit"):
                    unit = {"id": attrs.get("id", ""), "skip": attrs.get("translate") == "no", "segments": 0,
                            "sources": {}}
                elif major == "2" and local == "segment" and unit is not None:
                    unit["segments"] += 1
                    segment = {"id": attrs.get("id", ""), "tag": (at, nxt), "n": unit["segments"]}
                elif local in ("source", "target") and unit is not None and not unit["skip"] and (
                        (major == "1" and parent == "trans-unit") or (major == "2" and parent == "segment")):
                    where = local
                    if local == "source":
                        self._source: list[str] = []
                    else:
                        place = {"unit": unit["id"]}
                        if major == "2" and segment is not None and (segment["id"] or segment["n"] > 1):
                            place["segment"] = segment["id"] or str(segment["n"])
                        tag = (at, nxt) if major == "1" else (segment["tag"] if segment else None)
                        self.b.open(place, tag, STATE[major] if tag else ())
            elif kind == "end":
                local = stack.pop() if stack else ""
                if where is not None and local != where:
                    if major == "1" and local in CODE_12:
                        code -= 1
                    continue
                if where == "source" and local == "source":
                    key = segment["n"] if (major == "2" and segment) else 0
                    unit["sources"][key] = "".join(self._source)
                    where = None
                elif where == "target" and local == "target":
                    block = self.b.close()
                    if block is not None:
                        key = segment["n"] if (major == "2" and segment) else 0
                        unit.setdefault("targets", []).append((key, block))
                    where = None
                elif (major == "2" and local == "segment"):
                    segment = None
                elif (major == "1" and local == "trans-unit") or (major == "2" and local == "unit"):
                    if unit is not None:
                        for key, block in unit.get("targets", []):
                            sid = unit["id"] if "segment" not in block.place else \
                                f"{unit['id']}/{block.place['segment']}"
                            self.b.segment(sid, block, unit["sources"].get(key, ""))
                    unit = None
            elif kind == "cdata":
                cdata = True
            elif kind == "endcdata":
                cdata = False
            elif kind == "data" and where is not None and not code:
                text = payload[0]
                if where == "source":
                    self._source.append(text)
                else:
                    # every construct inside an element is an event, so the next one begins where this ends
                    self.b.add(text, at, nxt, VERBATIM if self.src[at:nxt] == text else ATOMIC,
                               "cdata" if cdata else "xml")
