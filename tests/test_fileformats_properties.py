"""Property tests: for generated Markdown, HTML, XLIFF and PO documents and any corrections of their prose,
the edition reads back as the corrected prose, and everything outside the corrected spans, markup included, is
unchanged.

"Outside the corrected spans" is checked independently of the writer: the edition is read again, the corrected
spans are located in it by that reading, and the file with those spans cut out must be the original with the
original spans cut out (XLIFF: up to the state attributes, which are checked on their own)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lektorat.fileformats import Edit, extract, rebuild
from lektorat.fileformats.base import ATOMIC, VERBATIM, apply_edits

SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

word = st.text(alphabet="abcdefghiklmnoprstuzäöüßABDEGKMSZ", min_size=1, max_size=9)
# what a correction may bring: letters, digits, German and markup-special punctuation (no "/", no "w": no URL;
# no "|": a Markdown table cell holding one is left out, see fileformats/markdown.py)
replacement = st.text(alphabet="aeinrstuäöüßAEIZ0129 .,;:!?-–„“\"'*_<>&#[]`~\\()=+", min_size=1, max_size=14) \
    .map(lambda s: re.sub(r"\s+", " ", s).strip()).filter(bool)


def words(draw, n=(1, 6)) -> str:
    return " ".join(draw(st.lists(word, min_size=n[0], max_size=n[1])))


# --- documents ---------------------------------------------------------------------------------------------------

@st.composite
def markdown_doc(draw) -> str:
    def inline() -> str:
        parts = []
        for _ in range(draw(st.integers(1, 5))):
            kind = draw(st.sampled_from(["plain", "em", "strong", "code", "link", "entity", "escape", "soft",
                                         "hard", "url", "autolink"]))
            w = words(draw)
            parts.append({"plain": w, "em": f"*{w}*", "strong": f"**{w}**", "code": f"`{w}`",
                          "link": f"[{w}](https://example.org/{draw(word)} \"{draw(word)}\")",
                          "entity": f"{w} &amp; {draw(word)}", "escape": f"{w} \\* {draw(word)}",
                          "soft": f"{w}\n{draw(word)}", "hard": f"{w}  \n{draw(word)}",
                          "url": f"{w} https://example.org/{draw(word)}", "autolink": f"<https://x.de/{draw(word)}>",
                          }[kind])
        return " ".join(parts)

    blocks = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["p", "h", "quote", "list", "fence", "indented", "table", "html"]))
        blocks.append({"p": inline, "h": lambda: "## " + words(draw),
                       "quote": lambda: "> " + inline().replace("\n", "\n> "),
                       "list": lambda: "- " + words(draw) + "\n- " + inline().replace("\n", "\n  "),
                       "fence": lambda: "```\n" + words(draw) + "\n```",
                       "indented": lambda: "    " + words(draw),
                       "table": lambda: f"| {words(draw)} | {draw(word)} |\n| --- | --- |\n| {draw(word)} | x |",
                       "html": lambda: f'<div class="{draw(word)}">{words(draw)}</div>'}[kind]())
    doc = "\n\n".join(blocks) + "\n"
    if draw(st.booleans()):
        doc = f"---\ntitle: {draw(word)}\n---\n" + doc
    return doc.replace("\n", "\r\n") if draw(st.booleans()) else doc


@st.composite
def html_doc(draw) -> str:
    def inline() -> str:
        parts = []
        for _ in range(draw(st.integers(1, 5))):
            kind = draw(st.sampled_from(["plain", "b", "a", "code", "entity", "space", "br", "comment"]))
            w = words(draw)
            parts.append({"plain": w, "b": f"<b>{w}</b>", "a": f'<a href="/{draw(word)}" title="it\'s">{w}</a>',
                          "code": f"<code>{w}</code>", "entity": f"{w} &amp; &nbsp;{draw(word)} &#228;",
                          "space": f"{w}\n      {draw(word)}", "br": f"{w}<br>{draw(word)}",
                          "comment": f"{w}<!-- {draw(word)} -->"}[kind])
        return " ".join(parts)

    blocks = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["p", "h", "li", "script", "pre", "td"]))
        blocks.append({"p": lambda: f'<p class="{draw(word)}">{inline()}</p>',
                       "h": lambda: f"<h2 data-x='\"{draw(word)}\"'>{inline()}</h2>",
                       "li": lambda: f"<ul><li>{inline()}<li>{inline()}</ul>",
                       "script": lambda: f'<script>var s = "{words(draw)}" < 3;</script>',
                       "pre": lambda: f"<pre>{words(draw)}</pre>",
                       "td": lambda: f"<table><tr><td>{inline()}</td><td>{words(draw)}</td></tr></table>"}[kind]())
    return ("<!DOCTYPE html>\n<html><head><title>{}</title></head>\n<body>\n{}\n</body></html>\n"
            .format(words(draw), "\n".join(blocks)))


@st.composite
def xliff_doc(draw) -> str:
    v2 = draw(st.booleans())

    def content(target: bool) -> str:
        parts = []
        for _ in range(draw(st.integers(1, 4))):
            kind = draw(st.sampled_from(["plain", "g", "x", "ph", "entity", "cdata", "newline"]))
            w = words(draw)
            if v2 and kind == "g":
                kind = "pc"
            parts.append({"plain": w, "g": f'<g id="1">{w}</g>', "pc": f'<pc id="1">{w}</pc>',
                          "x": f'{w}<x id="2"/>' if not v2 else f'{w}<ph id="2"/>',
                          "ph": f'{w}<ph id="3">&lt;br/&gt;</ph>' if not v2 else f"{w}<sc id='4'/>",
                          "entity": f"{w} &amp; &lt;{draw(word)}&gt;",
                          "cdata": f"<![CDATA[{w} <b>]]>" if target else w,
                          "newline": f"{w}\r\n{draw(word)}"}[kind])
        return " ".join(parts)

    units = []
    for n in range(draw(st.integers(1, 4))):
        state = draw(st.sampled_from(["", ' state="final"', " state='new'"]))
        if v2:
            units.append(f'  <unit id="u{n}">\n   <segment id="s{n}"{state}>\n    <source>{content(False)}</source>'
                         f'\n    <target>{content(True)}</target>\n   </segment>\n  </unit>')
        else:
            units.append(f'  <trans-unit id="u{n}">\n   <source>{content(False)}</source>\n'
                         f'   <target{state} xml:lang="de">{content(True)}</target>\n'
                         f'   <note>{words(draw)}</note>\n  </trans-unit>')
    if v2:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
                f'version="2.0" srcLang="en" trgLang="de">\n <file id="f">\n{chr(10).join(units)}\n </file>\n</xliff>\n')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
            'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n <file original="a" source-language="en" '
            f'datatype="plaintext">\n  <body>\n{chr(10).join(units)}\n  </body>\n </file>\n</xliff>\n')


@st.composite
def po_doc(draw) -> str:
    def literal() -> str:
        return draw(st.sampled_from(["{}", '{} \\"{}\\"', "{}\\n", "%s {}", "{}\\t{}"])).format(words(draw), draw(word))

    entries = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for n in range(draw(st.integers(1, 4))):
        flags = draw(st.sampled_from(["", "#, fuzzy\n", "#, c-format\n", "#, fuzzy, python-format\n"]))
        head = f"# comment {draw(word)}\n#: file.c:{n}\n{flags}"
        ctxt = f'msgctxt "{draw(word)}"\n' if draw(st.booleans()) else ""
        if draw(st.booleans()):
            entries.append(f'{head}{ctxt}msgid "{draw(word)} {n}"\nmsgstr ""\n"{literal()} "\n"{literal()}"\n')
        elif draw(st.booleans()):
            entries.append(f'{head}{ctxt}msgid "{draw(word)} {n}"\nmsgid_plural "{draw(word)}s"\n'
                           f'msgstr[0] "{literal()}"\nmsgstr[1] "{literal()}"\n')
        else:
            entries.append(f'{head}{ctxt}msgid "{draw(word)} {n}"\nmsgstr "{literal()}"\n')
    entries.append(f'#~ msgid "{draw(word)}"\n#~ msgstr "{draw(word)}"\n')
    return "\n".join(entries)


# --- the property ------------------------------------------------------------------------------------------------

def _candidate_spans(ex) -> list[tuple[int, int]]:
    """Spans a correction may always take: a word inside a verbatim piece, or an atomic piece whole."""
    out = []
    for p in ex.pieces:
        if p.kind == VERBATIM:
            out += [(p.start + m.start(), p.start + m.end()) for m in re.finditer(r"[^\W\d_]+", ex.text[p.start:p.end])]
        elif p.kind == ATOMIC:
            out.append((p.start, p.end))
    return out


def _skeleton(original: str, spans: list[tuple[int, int]]) -> list[str]:
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(original[pos:a])
        pos = b
    out.append(original[pos:])
    return out


def check_property(doc: str, data, fmt_name: str) -> None:
    raw = doc.encode("utf-8")
    ex = extract(raw, fmt_name)
    candidates = _candidate_spans(ex)
    if not candidates:
        return
    chosen = data.draw(st.lists(st.sampled_from(candidates), max_size=4, unique=True))
    chosen = [s for k, s in enumerate(sorted(chosen)) if k == 0 or s[0] >= sorted(chosen)[k - 1][1]]
    edits = [Edit(a, b, data.draw(replacement)) for a, b in chosen]
    out = rebuild(raw, ex, edits)
    new = extract(out, fmt_name)
    assert new.text == apply_edits(ex.text, edits)
    # the corrected spans, in the original by its reading and in the edition by the edition's own reading
    old_spans = [ex.resolve(e)[:2] for e in edits]
    shift, new_spans, new_starts = 0, [], []
    for e in sorted(edits, key=lambda e: e.start):
        start = e.start + shift
        new_starts.append(start)
        new_spans.append(new.resolve(Edit(start, start + len(e.replacement), ""))[:2])
        shift += len(e.replacement) - (e.end - e.start)
    before, after = _skeleton(ex.original, old_spans), _skeleton(new.original, new_spans)
    # (a CDATA section split where a correction would otherwise close it, "<b>" -> "<]]>": the same text)
    after = [s.replace("]]><![CDATA[", "") for s in after]
    before = [s.replace("]]><![CDATA[", "") for s in before]
    if fmt_name.endswith(".xlf"):
        state = re.compile(r"""\sstate=(?:"[^"]*"|'[^']*')""")
        before = [state.sub("", s) for s in before]
        after = [state.sub("", s) for s in after]
        for start in new_starts:  # every edited unit shows it
            block = new.block_at(start)
            tag = new.original[block.state[0]:block.state[1]]
            assert re.search(r"""\sstate=(["'])(translated|reviewed)\1""", tag), tag
    assert before == after
    if fmt_name.endswith((".html", ".xlf")):  # the markup, tag by tag
        tags = re.compile(r"<[^>]*>")
        assert [t for s in before for t in tags.findall(s)] == [t for s in after for t in tags.findall(s)]


@SETTINGS
@given(markdown_doc(), st.data())
def test_markdown_edition_changes_only_corrected_spans(doc, data):
    check_property(doc, data, "a.md")


@SETTINGS
@given(html_doc(), st.data())
def test_html_edition_changes_only_corrected_spans(doc, data):
    check_property(doc, data, "a.html")


@SETTINGS
@given(xliff_doc(), st.data())
def test_xliff_edition_changes_only_corrected_spans_and_states(doc, data):
    check_property(doc, data, "a.xlf")


@SETTINGS
@given(po_doc(), st.data())
def test_po_edition_changes_only_corrected_spans(doc, data):
    check_property(doc, data, "a.po")


@SETTINGS
@given(markdown_doc())
def test_markdown_blocks_are_all_mapped(doc):
    """No generated block is left out as unmappable, and every verbatim piece is the file's characters."""
    ex = extract(doc.encode(), "a.md")
    assert ex.skipped == 0
    for p in ex.pieces:
        if p.kind == VERBATIM:
            assert ex.original[p.raw_start:p.raw_end] == ex.text[p.start:p.end]
