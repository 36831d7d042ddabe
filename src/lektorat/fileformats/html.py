"""HTML: the text of the body as a reader sees it; tags, attributes, scripts and styles are never checked.

The tokenizer is the standard library's html.parser (with character references left unresolved): it reports
where every tag, entity and run of text begins in the file, which an edition that changes nothing but the
corrected text needs. (lxml's HTML parser builds a tree without source offsets for text.)

- Blocks: block-level elements (p, h1–h6, li, td, div, blockquote, …) and <br> end one; inline elements (a, b,
  em, span, …) do not, but a correction may not cross their tags.
- Left out: head, script, style, pre, textarea, template, svg, math and the like; comments; attributes.
- Inline code (code, kbd, samp, var) and bare URLs stay as protected context.
- White space is collapsed as a browser shows it (a line break in the source reads as a space); entities are
  decoded (`&amp;` is "&"), each an atomic piece a correction replaces whole.
"""

from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser

from ..textio import decode
from .base import ATOMIC, PROTECTED, VERBATIM, Builder, Edit, Extracted, splice
from .markdown import URL

# (elements whose end tag may be left out are not here, or a missing one would hide the rest of the page)
SKIP = frozenset("title script style pre textarea template noscript svg math object iframe select "
                 "datalist".split())
HEAD = frozenset("base link meta noscript script style template title".split())  # anything else ends the head
CODE = frozenset("code kbd samp var".split())
BLOCK = frozenset("""address article aside blockquote body br caption dd details dialog div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p section summary table
tbody td tfoot th thead tr ul legend menu""".split())
_WS = re.compile(r"[ \t\n\r\f]+|[^ \t\n\r\f]+")
_REF = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")


def extract(data: bytes, name: str, encoding: str = "utf-8") -> Extracted:
    original = decode(data, name, encoding)
    b = Builder("html", original, name, encoding)
    _Reader(original, b).run()
    return b.build()


def rebuild(data: bytes, ex: Extracted, edits: list[Edit]) -> bytes:
    return splice(ex, edits, {"html": lambda s, _: _html.escape(s, quote=False)}).encode(ex.encoding)


class _Reader(HTMLParser):
    def __init__(self, original: str, builder: Builder) -> None:
        super().__init__(convert_charrefs=False)
        self.src, self.b = original, builder
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", original)]
        # without a <body> tag, everything outside the head is the body
        self.in_body = not re.search(r"<body[\s/>]", original, re.I)
        self.skip = 0
        self.code = 0
        self.in_head = False
        self.open_tags: list[str] = []

    def run(self) -> None:
        self.feed(self.src)
        self.close()
        self.b.close()

    def _at(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _tag(self, tag: str, start: bool) -> None:
        if tag == "head":
            self.in_head = start
        elif self.in_head and start and tag not in HEAD:  # the head's end tag may be left out
            self.in_head = False
        if tag == "body":
            self.in_body = start
        if tag in SKIP:
            self.skip = self.skip + 1 if start else max(self.skip - 1, 0)
        elif tag in CODE:
            self.code = self.code + 1 if start else max(self.code - 1, 0)
        if tag in BLOCK or tag in SKIP:
            self.b.close()

    def handle_starttag(self, tag, attrs):
        self._tag(tag, True)

    def handle_endtag(self, tag):
        self._tag(tag, False)

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.b.close()

    def _prose(self) -> bool:
        if self.skip or self.in_head or not self.in_body:
            return False
        if not self.b.is_open:
            self.b.open({})
        return True

    def handle_data(self, data):
        if not self._prose():
            return
        at = self._at()
        if self.code:
            self.b.add(re.sub(r"[ \t\n\r\f]+", " ", data), at, at + len(data), PROTECTED, "html", collapse=True)
            return
        for m in _WS.finditer(data):
            s, a = m.group(), at + m.start()
            if s[0] in " \t\n\r\f":
                if self.b.ends_with_space():
                    continue
                self.b.add(" ", a, a + len(s), VERBATIM if s == " " else ATOMIC, "html")
                continue
            pos = 0
            for u in URL.finditer(s):
                self.b.add(s[pos:u.start()], a + pos, a + u.start(), VERBATIM, "html", collapse=True)
                self.b.add(u.group(), a + u.start(), a + u.end(), PROTECTED, "html", collapse=True)
                pos = u.end()
            self.b.add(s[pos:], a + pos, a + len(s), VERBATIM, "html", collapse=True)

    def _ref(self):
        if not self._prose():
            return
        at = self._at()
        m = _REF.match(self.src, at)
        if not m:
            return
        raw = m.group()
        text = _html.unescape(raw)
        kind = PROTECTED if self.code else (VERBATIM if text == raw else ATOMIC)
        if text in (" ", "\t", "\n", "\r", "\f") and self.b.ends_with_space():
            return
        self.b.add(text, at, m.end(), kind, "html", collapse=True)

    def handle_entityref(self, name):
        self._ref()

    def handle_charref(self, name):
        self._ref()
