"""Correction sets as YAML files: strict reading, verified writing that keeps editors' comments.

Reading is strict: a set is plain YAML of a known shape, so anchors, aliases, tags and merge keys are refused (a
reviewed set has no use for them, and a kilobyte of aliases would otherwise expand to gigabytes), the file has a
size and a nesting limit, and every field must have its type. Each refusal is one line naming the file, the line
and the correction.

Writing is checked: a string YAML would read back differently when written raw (NEL, U+2028, U+2029, CR, a BOM,
control characters, tabs, line breaks) is written double-quoted with escapes, and the text is read back with the
same strict reader and compared with the set before it is returned: a set that would read back differently is an
error, never a file. A set loaded from a file is written back into that file's own document (ruamel.yaml), so
editors' comments, the order and the layout of the corrections nobody changed stay as they were.
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import fields
from pathlib import Path

from .corrections import MAX_DEPTH, MAX_SET_BYTES, STATUSES, Correction, CorrectionError, CorrectionSet
from .findings import CATEGORIES

# --- reading: strict YAML, then strict types --------------------------------------------------------------------

_TOP = ("article", "source_sha256", "corrections")
_ORDER = ("id", "original", "replacement", "before", "after", "occurrence", "category", "rationale", "status",
          "origin")
_FIELDS = set(_ORDER)
# what a missing (or null) field reads as
_DEFAULTS = {"before": "", "after": "", "occurrence": None, "category": "style", "rationale": "", "origin": "editor",
             "replacement": None}


class _Refused(Exception):
    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def _err(p, line: int | None, message: str) -> CorrectionError:
    return CorrectionError(f"{p}:{line}: {message}" if line else f"{p}: {message}")


def _show(v) -> str:
    """A value as the message shows it: short, one line, in YAML's words."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        r = repr(str(v))
        return r if len(r) <= 40 else r[:36] + "…" + r[0]
    if isinstance(v, dict):
        return "a mapping"
    if isinstance(v, (list, tuple)):
        return "a list"
    if isinstance(v, (int, float)):
        return repr(v) if len(repr(v)) <= 40 else type(v).__name__
    return f"a {type(v).__name__}"


@functools.lru_cache(maxsize=1)
def _yaml_classes():
    """ruamel.yaml, imported on first use (the CLI imports this module for CorrectionError alone)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.emitter import Emitter
    from ruamel.yaml.events import AliasEvent
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.representer import RoundTripRepresenter

    class StrictComposer(Composer):
        """Refuses aliases, anchors, tags, merge keys and deep nesting while the node tree is built: an alias is
        refused before anything refers to it, so nothing can expand."""

        def compose_node(self, parent, index):
            event = self.parser.peek_event()
            line = event.start_mark.line + 1 if event.start_mark is not None else None
            if isinstance(event, AliasEvent):
                raise _Refused(line, f"alias *{event.anchor}: a correction set may not use anchors or aliases")
            if event.anchor is not None:
                raise _Refused(line, f"anchor &{event.anchor}: a correction set may not use anchors or aliases")
            tag = event.ctag if hasattr(event, "ctag") else getattr(event, "tag", None)
            if tag is not None:
                raise _Refused(line, f"tag {tag}: a correction set may not use tags (quote text instead)")
            depth = getattr(self, "_lektorat_depth", 0) + 1
            if depth > MAX_DEPTH:
                raise _Refused(line, f"nested more than {MAX_DEPTH} levels deep: this is not a correction set")
            self._lektorat_depth = depth
            try:
                node = super().compose_node(parent, index)
            finally:
                self._lektorat_depth = depth - 1
            if isinstance(node, ScalarNode) and str(node.tag) == "tag:yaml.org,2002:merge":
                raise _Refused(line, "merge key '<<': a correction set may not use merge keys")
            return node

    class SetEmitter(Emitter):
        """Writes scalars as PyYAML did (the sets were written with it until ruamel.yaml took over), so a set that
        is read and written back keeps its layout: single quotes also for text with an apostrophe, and long plain
        text folded where PyYAML folded it, without a trailing space. What it writes is verified anyway."""

        def choose_scalar_style(self):
            style = super().choose_scalar_style()
            if (style == '"' and not self.event.style and not self.canonical and "\n" not in self.event.value
                    and self.analysis.allow_single_quoted
                    and not (self.simple_key_context and self.analysis.multiline)):
                return "'"
            return style

        def write_plain(self, text, split=True):  # ruamel.yaml's, less "a long word gets its own line"
            if self.root_context:
                if getattr(self, "requested_indent", None) is not None:
                    self.write_line_break()
                    if self.requested_indent != 0:
                        self.write_indent()
                else:
                    self.open_ended = True
            if not text:
                return
            if not self.whitespace:
                self.column += 1
                self.stream.write(" ")
            self.whitespace = False
            self.indention = False
            spaces = breaks = False
            start = end = 0
            while end <= len(text):
                ch = text[end] if end < len(text) else None
                if spaces:
                    if ch != " ":
                        if start + 1 == end and self.column > self.best_width and split:
                            self.write_indent()
                            self.whitespace = False
                            self.indention = False
                        else:
                            self.column += end - start
                            self.stream.write(text[start:end])
                        start = end
                elif breaks:
                    if ch not in "\n\x85\u2028\u2029":
                        if text[start] == "\n":
                            self.write_line_break()
                        for br in text[start:end]:
                            self.write_line_break(None if br == "\n" else br)
                        self.write_indent()
                        self.whitespace = False
                        self.indention = False
                        start = end
                elif ch is None or ch in " \n\x85\u2028\u2029":
                    self.column += end - start
                    self.stream.write(text[start:end])
                    start = end
                if ch is not None:
                    spaces = ch == " "
                    breaks = ch in "\n\x85\u2028\u2029"
                end += 1

        def write_double_quoted(self, text, split=True):  # PyYAML's: a folded line always ends in an escape
            # (ruamel.yaml's folds some lines without the backslash, and some of them read back differently)
            if self.root_context and getattr(self, "requested_indent", None) is not None:
                self.write_line_break()
                if self.requested_indent != 0:
                    self.write_indent()
            self.write_indicator('"', True)
            start = end = 0
            while end <= len(text):
                ch = text[end] if end < len(text) else None
                if ch is None or ch in '"\\\x85\u2028\u2029\ufeff' or not (
                        "\x20" <= ch <= "\x7e" or (self.allow_unicode and (
                            "\xa0" <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd" or "\U00010000" <= ch))):
                    if start < end:
                        self.column += end - start
                        self.stream.write(text[start:end])
                        start = end
                    if ch is not None:
                        if ch in self.ESCAPE_REPLACEMENTS:
                            data = "\\" + self.ESCAPE_REPLACEMENTS[ch]
                        elif ch <= "\xff":
                            data = f"\\x{ord(ch):02X}"
                        elif ch <= "\uffff":
                            data = f"\\u{ord(ch):04X}"
                        else:
                            data = f"\\U{ord(ch):08X}"
                        self.column += len(data)
                        self.stream.write(data)
                        start = end + 1
                if 0 < end < len(text) - 1 and (ch == " " or start >= end) \
                        and self.column + (end - start) > self.best_width and split:
                    data = text[start:end] + "\\"
                    if start < end:
                        start = end
                    self.column += len(data)
                    self.stream.write(data)
                    self.write_indent()
                    self.whitespace = False
                    self.indention = False
                    if text[start] == " ":
                        self.column += 1
                        self.stream.write("\\")
                end += 1
            self.write_indicator('"', False)

    class SetRepresenter(RoundTripRepresenter):
        pass

    # `replacement: null`, as the sets always said, not an empty value (on this subclass: ruamel's stays as it is)
    SetRepresenter.add_representer(
        type(None), lambda representer, _: representer.represent_scalar("tag:yaml.org,2002:null", "null"))

    return YAML, StrictComposer, SetEmitter, SetRepresenter


def _yaml(width: int = 120):
    """A fresh round-trip YAML instance: the strict composer, and writing like the sets always looked."""
    YAML, StrictComposer, SetEmitter, SetRepresenter = _yaml_classes()
    y = YAML(typ="rt")
    y.Composer = StrictComposer
    y.Emitter = SetEmitter
    y.Representer = SetRepresenter
    y.preserve_quotes = True  # an untouched correction is written back as it was quoted
    y.width = width
    return y


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _compose(text: str, p) -> object:
    """The round-trip document of TEXT: plain mappings, lists and scalars, or a one-line CorrectionError."""
    from ruamel.yaml.error import YAMLError

    if len(text) > MAX_SET_BYTES:
        raise CorrectionError(f"{p}: larger than {_size(MAX_SET_BYTES)}: not a correction set")
    try:
        return _yaml().load(text)
    except _Refused as e:
        raise _err(p, e.line, e.message) from None
    except YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e)
        raise CorrectionError(f"{p}: not valid YAML{where}: {' '.join(str(problem).split())}") from None
    except RecursionError:
        raise CorrectionError(f"{p}: not valid YAML: nested too deeply") from None


def load(path: str | Path) -> CorrectionSet:
    from .textio import InputError, check_regular

    p = Path(path)
    if p.exists():
        try:
            check_regular(p)  # a FIFO would block, a device never ends
        except InputError as e:
            raise CorrectionError(str(e)) from None
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_SET_BYTES + 1)
    except FileNotFoundError:
        raise CorrectionError(f"{p}: no such correction set") from None
    except OSError as e:
        raise CorrectionError(f"{p}: cannot read: {e.strerror or e}") from None
    if len(data) > MAX_SET_BYTES:
        raise CorrectionError(f"{p}: larger than {_size(MAX_SET_BYTES)}: not a correction set")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CorrectionError(f"{p}: cannot read: not UTF-8 (byte {e.start})") from None
    return loads(text, str(p))


def loads(text: str, path: str = "<set>") -> CorrectionSet:
    """The set in TEXT (the contents of a set file), checked like load() checks a file."""
    cset = _from_document(_compose(text, path), path)
    cset.yaml_text = text
    return cset


def _line(container, key=None, value=True) -> int | None:
    """1-based line of a mapping (key None), of a key or its value, or of a list item; None when unknown."""
    try:
        lc = container.lc
        if key is None:
            return lc.line + 1
        if isinstance(container, list):
            return lc.item(key)[0] + 1
        return (lc.value(key) if value else lc.key(key))[0] + 1
    except Exception:  # noqa: BLE001 - a position is a courtesy; the message stands without it
        return None


def _text_or_none(v) -> bool:
    return v is None or isinstance(v, str)


def _from_document(data, p) -> CorrectionSet:
    if not isinstance(data, dict):
        raise CorrectionError(f"{p}: expected a mapping with 'article', 'source_sha256' and 'corrections'")
    for key in data:
        if not isinstance(key, str) or key not in _TOP:
            raise _err(p, _line(data, key, value=False),
                       f"unknown key {_show(key)} (a set has {', '.join(_TOP)})")
    for key in ("article", "corrections"):
        if key not in data:
            raise CorrectionError(f"{p}: missing '{key}'")
    article = data["article"]
    if not isinstance(article, str) or not article:
        raise _err(p, _line(data, "article"), f"'article' must be the article's file name, not {_show(article)}")
    sha = data.get("source_sha256")
    if not _text_or_none(sha):
        raise _err(p, _line(data, "source_sha256"), f"'source_sha256' must be text, not {_show(sha)}")
    items = data["corrections"]
    if items is None:
        items = []
    if not isinstance(items, list):
        raise _err(p, _line(data, "corrections"), f"'corrections' must be a list, not {_show(items)}")
    out, seen = [], set()
    for k, item in enumerate(items, 1):
        out.append(_parse(item, _line(items, k - 1), p, k, seen))
    return CorrectionSet(str(article), str(sha or ""), out, str(p))


def _parse(item, line: int | None, p, k: int, seen: set) -> Correction:
    if not isinstance(item, dict):
        raise _err(p, line, f"correction #{k} is not a mapping")
    line = _line(item) or line
    for key in item:
        if not isinstance(key, str):
            raise _err(p, _line(item, key, value=False), f"correction #{k}: {_show(key)} is not a field name")
    if "id" in item:
        cid = item["id"]
        if not isinstance(cid, str):
            raise _err(p, _line(item, "id"), f"correction #{k}: 'id' must be text, not {_show(cid)}")
        cid = str(cid)
    else:
        cid = f"#{k}"
    where = f"correction {cid}"

    def fail(key, message):
        return _err(p, _line(item, key) if key in item else line, f"{where}: {message}")

    unknown = [key for key in item if key not in _FIELDS]
    if unknown:
        raise fail(unknown[0], f"unknown field(s) {', '.join(sorted(unknown))}")
    if cid in seen:
        raise fail("id", "the id is used twice")
    seen.add(cid)
    for key in ("original", "status"):
        if key not in item:
            raise fail(key, f"missing '{key}'")
    original = item["original"]
    if not isinstance(original, str) or not original:
        raise fail("original", f"'original' must be non-empty text, not {_show(original)}")
    status = item["status"]
    if not isinstance(status, str):
        raise fail("status", f"'status' must be one of {', '.join(STATUSES)}, not {_show(status)}")
    if status not in STATUSES:
        raise fail("status", f"unknown status {_show(status)} (one of {', '.join(STATUSES)})")
    repl = item.get("replacement")
    if not _text_or_none(repl):
        raise fail("replacement", f"'replacement' must be text, not {_show(repl)}")
    if status == "accepted" and repl is None:
        raise fail("status", "accepted, but it has no replacement")
    category = item.get("category")
    if category is None:
        category = _DEFAULTS["category"]
    if not isinstance(category, str):
        raise fail("category", f"'category' must be text, not {_show(category)}")
    if category not in CATEGORIES:
        raise fail("category", f"unknown category {_show(category)}")
    occ = item.get("occurrence")
    if occ is not None and not _whole_number(occ):
        raise fail("occurrence", f"'occurrence' must be a whole number from 1, not {_show(occ)}")
    text = {}
    for key in ("before", "after", "rationale", "origin"):
        v = item.get(key)
        if not _text_or_none(v):
            raise fail(key, f"'{key}' must be text, not {_show(v)}")
        text[key] = _DEFAULTS[key] if v is None else str(v)
    return Correction(cid, str(original), None if repl is None else str(repl), text["before"], text["after"],
                      None if occ is None else int(occ), str(category), text["rationale"], str(status),
                      text["origin"])


def _whole_number(v) -> bool:
    # bool is an int in Python (and ruamel's ScalarBoolean too): `occurrence: true` is not a number
    return isinstance(v, int) and not isinstance(v, bool) and type(v).__name__ != "ScalarBoolean" and v >= 1


# --- writing: into the loaded document, escaped, verified -------------------------------------------------------

# text YAML writes raw and reads back the same: printable characters without line breaks, BOM and controls
_PLAIN_SAFE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*")


def _styled(v, style: str):
    """V as it is to be written. STYLE "keep": as it was read, "plain": as the emitter chooses, "quoted": all
    double-quoted. Text that is not safe raw is always double-quoted, with escapes."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

    if not isinstance(v, str):
        return v
    if style == "quoted" or not _PLAIN_SAFE.fullmatch(v):
        return v if isinstance(v, DoubleQuotedScalarString) else DoubleQuotedScalarString(str(v))
    if type(v) is str and v and _yaml11_not_text(v):
        # `yes`, `on`, `12:30` are text in YAML 1.2 but not in 1.1 (PyYAML): quoted, every reader sees text
        return SingleQuotedScalarString(v)
    if style == "keep" or type(v) is str:
        return v
    return str(v)


@functools.lru_cache(maxsize=4096)
def _yaml11_not_text(v: str) -> bool:
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.resolver import VersionedResolver

    return VersionedResolver(version=(1, 1)).resolve(ScalarNode, v, (True, False)) != "tag:yaml.org,2002:str"


def _new_item(c: Correction, style: str = "plain"):
    from ruamel.yaml.comments import CommentedMap

    return CommentedMap((k, _styled(v, style)) for k, v in c.to_dict().items())


def _fresh_document(cset: CorrectionSet, style: str):
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    seq = CommentedSeq(_new_item(c, style) for c in cset.corrections)
    return CommentedMap([("article", _styled(str(cset.article), style)),
                         ("source_sha256", _styled(cset.source_sha256, style)), ("corrections", seq)])


def _tail(seq, k: int):
    """(holder, slot) of the comment token written after item K of a list of corrections (holder[slot] may be None).

    ruamel keeps the comment lines between two items with the item before: a block mapping on its last key, a
    flow mapping on the list's own entry for it."""
    item = seq[k]
    if isinstance(item, dict) and len(item) and not item.fa.flow_style():
        last = list(item)[-1]
        return item.ca.items.setdefault(last, [None, None, None, None]), 2
    return seq.ca.items.setdefault(k, [None, None, None, None]), 0


def _drop(seq, k: int) -> None:
    """Delete item K; the comment lines after it (above the next correction) stay where they were."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    holder, slot = _tail(seq, k)
    token = holder[slot]
    rest = ""
    if token is not None:
        value = token.value
        rest = value.split("\n", 1)[1] if "\n" in value else ""  # the first line is this item's own
    del seq[k]
    if not rest.strip():
        return
    if k > 0:
        holder, slot = _tail(seq, k - 1)
        if holder[slot] is None:
            holder[slot] = CommentToken("\n" + rest, CommentMark(0))
        else:
            holder[slot].value = holder[slot].value + rest
    elif seq.ca.comment is not None and seq.ca.comment[1]:
        seq.ca.comment[1].append(CommentToken(rest, CommentMark(0)))
    else:
        seq.ca.comment = [None, [CommentToken(rest, CommentMark(0))]]


def _insert(seq, pos: int, item) -> None:
    """Insert a new correction at POS; the comment lines above the correction that was there stay above it."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    if 0 < pos < len(seq):
        holder, slot = _tail(seq, pos - 1)
        token = holder[slot]
        if token is not None and "\n" in token.value and token.value.split("\n", 1)[1].strip():
            own, rest = token.value.split("\n", 1)
            token.value = own + "\n"
            seq.insert(pos, item)
            holder, slot = _tail(seq, pos)
            holder[slot] = CommentToken("\n" + rest, CommentMark(0))
            return
    seq.insert(pos, item)


def _set_field(m, key: str, value) -> None:
    """Set KEY of an existing correction, in its place in the field order; comments on the mapping stay."""
    if value is None and key == "occurrence":
        if key in m:
            keys = list(m)
            slots = m.ca.items.pop(key, None)
            del m[key]
            if keys[-1] == key and slots and slots[2] is not None and len(m):
                m.ca.items.setdefault(keys[-2], [None, None, None, None])[2] = slots[2]
        return
    if key in m:
        m[key] = value
        return
    keys = list(m)
    pos = 0
    for i, k in enumerate(keys):
        if k in _ORDER and _ORDER.index(k) < _ORDER.index(key):
            pos = i + 1
    m.insert(pos, key, value)
    if pos == len(keys) and keys:  # the new last key takes over the comment lines written after the mapping
        slots = m.ca.items.get(keys[-1])
        if slots and slots[2] is not None:
            m.ca.items.setdefault(key, [None, None, None, None])[2] = slots[2]
            slots[2] = None


def _updated_document(cset: CorrectionSet, style: str):
    """The document cset was loaded from, changed to say what cset says; untouched parts stay as they were."""
    from ruamel.yaml.comments import CommentedSeq

    doc = _compose(cset.yaml_text, cset.path)
    old = _from_document(doc, cset.path)
    if doc.get("corrections") is None or not isinstance(doc["corrections"], CommentedSeq):
        doc["corrections"] = CommentedSeq()
    seq = doc["corrections"]
    index = {c.id: i for i, c in enumerate(old.corrections)}
    target, used = [], set()
    for c in cset.corrections:
        i = index.get(c.id)
        if i is not None and i not in used:
            used.add(i)
            target.append((c, i))
        else:
            target.append((c, None))
    # drop what the set no longer has, from the end so the indices hold
    for i in sorted(set(range(len(old.corrections))) - used, reverse=True):
        _drop(seq, i)
    kept = [i for _, i in target if i is not None]
    if kept != sorted(kept):  # reordered: each correction keeps its own comments, the lines between go
        by_old = dict(zip(sorted(used), list(seq)))
        items = [by_old[i] for i in kept]
        seq.ca.items.clear()
        del seq[:]
        seq.extend(items)
    if seq.fa.flow_style() and any(i is None for _, i in target):
        seq.fa.set_block_style()
    for pos, (c, i) in enumerate(target):
        if i is None:
            _insert(seq, pos, _new_item(c, style))
            continue
        m, was = seq[pos], old.corrections[i]
        for f in fields(Correction):
            new = getattr(c, f.name)
            if f.name != "id" and new != getattr(was, f.name):
                _set_field(m, f.name, new)
        if "id" not in m and c.id != f"#{pos + 1}":  # an item without id reads as its position
            m.insert(0, "id", c.id)
    if doc["article"] != str(cset.article):
        doc["article"] = str(cset.article)
    if (doc.get("source_sha256") or "") != cset.source_sha256:
        if "source_sha256" in doc:
            doc["source_sha256"] = cset.source_sha256
        else:
            doc.insert(list(doc).index("article") + 1, "source_sha256", cset.source_sha256)
    for m in [doc, *seq]:
        for k in list(m):
            v = m[k]
            styled = _styled(v, style)
            if styled is not v:
                m[k] = styled
    return doc


def dump(cset: CorrectionSet) -> str:
    """The set's YAML: the first of these that reads back exactly as the set. A set loaded from a file is always
    written into that file's document: the editors' comments are never dropped to make a set writable."""
    if cset.yaml_text is None:
        def build(style):
            return _fresh_document(cset, style)
    else:
        def build(style):
            return _updated_document(cset, style)
    first = "keep" if cset.yaml_text is not None else "plain"
    problem = ""
    # as it looks (long text folded at 120); unfolded; every string double-quoted with escapes, unfolded
    for style, width in ((first, 120), (first, 10**9), ("quoted", 10**9)):
        buf = io.StringIO()
        try:
            _yaml(width).dump(build(style), buf)
        except CorrectionError:
            raise
        except Exception as e:  # noqa: BLE001 - a value YAML cannot represent (not text, not a number)
            problem = f"cannot write it: {' '.join(str(e).split())}"
            continue
        text = buf.getvalue()
        problem = _differences(cset, text)
        if not problem:
            return text
    raise CorrectionError(f"{cset.path}: refusing to write the set: {problem}")


def _differences(cset: CorrectionSet, text: str) -> str:
    """'' when TEXT reads back as exactly CSET, else what differs (one line)."""
    try:
        back = _from_document(_compose(text, "written"), "written")
    except CorrectionError as e:
        return f"it would not read back ({e})"
    if back.article != str(cset.article):
        return f"'article' would read back as {_show(back.article)}"
    if back.source_sha256 != cset.source_sha256:
        return f"'source_sha256' would read back as {_show(back.source_sha256)}"
    if len(back.corrections) != len(cset.corrections):
        return f"{len(back.corrections)} corrections would read back instead of {len(cset.corrections)}"
    for a, b in zip(cset.corrections, back.corrections):
        for f in fields(Correction):
            meant, read = getattr(a, f.name), getattr(b, f.name)
            if meant == read:
                continue
            if isinstance(meant, str) and isinstance(read, str):  # show where they part
                i = next((k for k, (x, y) in enumerate(zip(meant, read)) if x != y), min(len(meant), len(read)))
                return (f"correction {a.id}: '{f.name}' would read back as {_show(read[i:i + 12])}, "
                        f"not {_show(meant[i:i + 12])}, from character {i + 1} on")
            return f"correction {a.id}: '{f.name}' would read back as {_show(read)}, not {_show(meant)}"
    return ""
