"""Markdown (CommonMark with tables and strikethrough, parsed by markdown-it-py): the prose only.

Checked: paragraphs, headings, table cells, link text. Left out: fenced and indented code, HTML blocks and inline
HTML, front matter (YAML `---` or TOML `+++` at the top), link and image targets, images. Inline code, autolinks
and bare URLs stay in the text as context but are protected (no finding, no correction on them).

markdown-it gives each block's lines but not where inline text is within them, so each block's inline source is
walked token by token: text is found where the parser says it begins, delimiters (`**`, `[`, `](…)`) are
stepped over, entities and escapes are atomic pieces. A block whose walk does not add up (an unusual construct)
is left out and counted in Extracted.skipped rather than mapped wrongly.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..textio import decode
from .base import ATOMIC, FIXED, PROTECTED, VERBATIM, Builder, Edit, Extracted, splice

# a bare URL, without the punctuation that usually follows one in a sentence
URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"»«“”„]")
_DELIMITERS = set("*_~")


class _Unmapped(Exception):
    """The walk of a block's inline source did not add up."""


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    if "text_join" in md.get_active_rules().get("core", []):  # keep escapes and entities as tokens of their own
        md.disable("text_join")
    return md


def extract(data: bytes, name: str, encoding: str = "utf-8") -> Extracted:
    original = decode(data, name, encoding)
    norm, to_raw = _normalize(original)
    src = _mask_front_matter(norm)
    lines = src.split("\n")
    line_starts = [0]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    b = Builder("markdown", original, name, encoding)
    skipped = 0
    cursors: dict[int, int] = {}  # table rows: where the next cell of a line is looked for
    previous = ""
    for tok in _parser().parse(src):
        if tok.type != "inline" or tok.map is None:
            previous = tok.type
            continue
        try:
            if previous in ("td_open", "th_open") and "|" in tok.content:
                raise _Unmapped  # markdown-it drops the backslash of "\|" in a cell: not the file's characters
            frags = _fragments(tok.content, tok.map[0], lines, line_starts, cursors)
            pieces = _walk(tok.children or [], tok.content, frags)
        except _Unmapped:
            skipped += 1
            continue
        b.open({"line": tok.map[0] + 1})
        for text, cs, ce, kind in pieces:
            b.add(text, to_raw(_src(frags, cs)), to_raw(_src(frags, ce)), kind, "markdown", collapse=True)
        b.close()
    return b.build(skipped=skipped)


def rebuild(data: bytes, ex: Extracted, edits: list[Edit]) -> bytes:
    return splice(ex, edits, {"markdown": escape}).encode(ex.encoding)


_SPECIAL = re.compile(r"([\\`*_~\[\]<>|])")
# what would start a heading, a list, a quote or a setext underline if the replacement begins a line
_LEADING = re.compile(r"^(\d{1,9})([.)])|^([#+=-])")


def escape(s: str, _edit=None) -> str:
    """A replacement as Markdown source that reads back as itself, whatever is around it: emphasis, code, link and
    HTML characters, a leading block marker and a final "!" backslash-escaped (CommonMark reads `\\#` as "#"
    anywhere), "&" as `&amp;`."""
    s = _SPECIAL.sub(r"\\\1", s).replace("&", "&amp;")  # "&" before "auml;" after it would be an entity
    if s.endswith("!"):  # before a "[" of the file: an image
        s = s[:-1] + "\\!"
    return _LEADING.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", s)


# --- the source as markdown-it sees it ----------------------------------------------------------------------------

def _normalize(original: str):
    """markdown-it's own normalisation (CRLF and CR to LF, NUL to U+FFFD), and the way back to the file's offsets."""
    crlf_norm = [m.start() - k for k, m in enumerate(re.finditer("\r\n", original))]
    norm = original.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")
    return norm, lambda n: n + bisect_left(crlf_norm, n)


def _mask_front_matter(src: str) -> str:
    """Front matter (and a BOM) become spaces: out of the prose, every line where it was."""
    off = 1 if src.startswith("\ufeff") else 0
    out = " " * off + src[off:]
    m = re.match(r"(---|\+\+\+)[ \t]*\n", src[off:])
    if not m:
        return out
    close = re.compile(r"^(?:---|\.\.\.)[ \t]*$" if m.group(1) == "---" else r"^\+\+\+[ \t]*$", re.M)
    c = close.search(src, off + m.end())
    if not c:
        return out
    return " " * off + re.sub(r"[^\n]", " ", src[off:c.end()]) + src[c.end():]


def _fragments(content: str, first_line: int, lines: list[str], line_starts: list[int],
               cursors: dict[int, int]) -> list[tuple[int, int, int]]:
    """(offset in CONTENT, offset in the source, length) of each line of a block's inline source: markdown-it
    strips container markers (`> `, list indentation) and the block's outer white space from its lines."""
    out, c = [], 0
    parts = content.split("\n")
    for k, frag in enumerate(parts):
        n = first_line + k
        if n >= len(lines):
            raise _Unmapped
        line, cur = lines[n], cursors.get(n, 0)
        if k < len(parts) - 1 and line.endswith(frag) and len(line) - len(frag) >= cur:
            pos = len(line) - len(frag)  # an inner line: the rest of the source line
        else:
            pos = line.find(frag, cur)
        if pos < 0:
            raise _Unmapped  # a tab expanded into spaces in a container: not the source's characters
        cursors[n] = pos + len(frag)
        out.append((c, line_starts[n] + pos, len(frag)))
        c += len(frag) + 1
    return out


def _src(frags, c: int) -> int:
    """Offset C of a block's inline source as an offset of the source (a line's end: the end of that line)."""
    k = max(bisect_right([f[0] for f in frags], c) - 1, 0)
    cs, ss, n = frags[k]
    return ss + min(c - cs, n)


# --- the inline walk --------------------------------------------------------------------------------------------

def _walk(children, content: str, frags) -> list[tuple[str, int, int, str]]:
    """(text, start, end, kind) per piece, START/END offsets in CONTENT."""
    out: list[tuple[str, int, int, str]] = []
    pos = 0
    autolink = False

    def at(s: str, i: int) -> int:
        """Where S begins, at I or after delimiters only; _Unmapped if anything else comes first."""
        j = content.find(s, i)
        if j < 0 or any(ch not in _DELIMITERS for ch in content[i:j]):
            raise _Unmapped
        return j

    for tok in children:
        t = tok.type
        if autolink:
            if t == "link_close":
                autolink = False
            continue
        if t == "text":
            j = at(tok.content, pos)
            out += _text_pieces(tok.content, j)
            pos = j + len(tok.content)
        elif t == "text_special":
            j = at(tok.markup, pos)
            out.append((tok.content, j, j + len(tok.markup), ATOMIC))
            pos = j + len(tok.markup)
        elif t in ("softbreak", "hardbreak"):
            j = content.find("\n", pos)
            if j < 0 or content[pos:j].strip(" \t\\"):
                raise _Unmapped
            k = j + 1
            while k < len(content) and content[k] in " \t":
                k += 1
            out.append((" ", pos, k, ATOMIC) if t == "softbreak" else ("\n", pos, k, FIXED))
            pos = k
        elif t == "code_inline":
            j = at(tok.markup, pos)
            m = re.compile(rf"(?<!`){re.escape(tok.markup)}(?!`)").search(content, j + len(tok.markup))
            if not m:
                raise _Unmapped
            out.append((tok.content or " ", j, m.end(), PROTECTED))
            pos = m.end()
        elif t == "link_open" and tok.markup in ("autolink", "linkify"):
            j = at("<", pos) if tok.markup == "autolink" else pos
            e = content.find(">", j) + 1 if tok.markup == "autolink" else j + len(tok.attrs.get("href", ""))
            if e <= j:
                raise _Unmapped
            out.append((content[j + 1:e - 1] if tok.markup == "autolink" else content[j:e], j, e, PROTECTED))
            pos, autolink = e, True
        elif t == "link_open":
            pos = at("[", pos) + 1
        elif t == "link_close":
            pos = _after_link(content, at("]", pos) + 1)
        elif t == "image":
            j = at("![", pos)
            e = _label_end(content, j + 1)
            pos = _after_link(content, e)
        elif t == "html_inline":
            pos = at(tok.content, pos) + len(tok.content)
        elif tok.markup and t.endswith(("_open", "_close")):  # emphasis, strong, strikethrough
            pos = at(tok.markup, pos) + len(tok.markup)
        else:
            raise _Unmapped
    return out


def _text_pieces(s: str, at: int) -> list[tuple[str, int, int, str]]:
    """A text token: verbatim, but a bare URL in it is protected."""
    out, pos = [], 0
    for m in URL.finditer(s):
        if m.start() > pos:
            out.append((s[pos:m.start()], at + pos, at + m.start(), VERBATIM))
        out.append((m.group(), at + m.start(), at + m.end(), PROTECTED))
        pos = m.end()
    if pos < len(s):
        out.append((s[pos:], at + pos, at + len(s), VERBATIM))
    return out


def _label_end(s: str, i: int) -> int:
    """S[I] is "[": the offset after its matching "]" (brackets nest, backslash escapes)."""
    depth, k = 0, i
    while k < len(s):
        ch = s[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    raise _Unmapped


def _after_link(s: str, p: int) -> int:
    """P is just after a link's "]": the offset after its destination `(url "title")` or label `[ref]`."""
    from markdown_it.helpers import parseLinkDestination, parseLinkTitle

    n = len(s)

    def ws(q: int) -> int:
        while q < n and s[q] in " \t\n":
            q += 1
        return q

    if p < n and s[p] == "(":
        q = ws(p + 1)
        if q < n and s[q] == ")":
            return q + 1
        dest = parseLinkDestination(s, q, n)
        if dest.ok:
            q = ws(dest.pos)
            if q < n and s[q] in "\"'(":
                title = parseLinkTitle(s, q, n)
                if title.ok:
                    q = ws(title.pos)
            if q < n and s[q] == ")":
                return q + 1
    if p < n and s[p] == "[":
        return _label_end(s, p)
    return p
