"""HTML in and out: the text of the body is checked (never scripts, styles, code or attributes), findings point
into the original file, the edition changes nothing but the corrected text."""

from __future__ import annotations

import json
import re

import pytest

from lektorat.corrections import CorrectionError
from lektorat.fileformats import Edit, extract, rebuild

PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>The summit: hello world</title>
<script>var msg = "hello world, this is the summit"; if (a < b && c) { alert('however'); }</script>
<style>p.lead { font-family: "Georgia", 'serif'; }</style>
</head>
<body>
  <h1 class="title" data-note='"quoted" stuff' title="it's the world">Der Gipfel in Genf</h1>
  <p class="lead" data-x="the 'world'">Das Treffen war <b>however</b> ein Erfolg &amp; mehr,
     sagte der Sprecher.</p>
  <pre>hello world, this is code</pre>
  <p>Der Befehl <code>hello world</code> steht in der Anleitung.</p>
</body>
</html>
"""


def _tag_spans(src: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in re.finditer(r"<[^>]*>", src)]
    spans += [m.span() for m in re.finditer(r"<(script|style|pre|title)[^>]*>.*?</\1>", src, re.S)]
    return spans


def test_findings_only_in_the_text(tmp_path, run_cli):
    """The issue's case: <script>, attribute quotes and an English word: findings in the text only, at the
    file's line and column."""
    path = tmp_path / "p.de.html"
    path.write_text(PAGE, encoding="utf-8")
    rc, out, err = run_cli(["check", "--isolated", "--format", "json", path.name], cwd=tmp_path)
    assert rc == 0, err
    result = json.loads(out)
    assert result["format"] == "html"
    assert [f["text"] for f in result["findings"]] == ["however"], result["findings"]
    line_starts = [0] + [m.end() for m in re.finditer("\n", PAGE)]
    for f in result["findings"]:
        offset = line_starts[f["line"] - 1] + f["column"] - 1
        assert PAGE[offset:offset + len(f["text"])] == f["text"]
        assert not any(a <= offset < b for a, b in _tag_spans(PAGE)), f
        assert f["location"] == {"line": f["line"], "column": f["column"]}


def test_text_as_a_reader_sees_it():
    ex = extract(PAGE.encode(), "p.html")
    assert ex.text.split("\n\n") == [
        "Der Gipfel in Genf",
        "Das Treffen war however ein Erfolg & mehr, sagte der Sprecher.",
        "Der Befehl hello world steht in der Anleitung.",
    ]
    assert [ex.text[a:b] for a, b in ex.protected()] == ["hello world"]


def test_edition_changes_only_the_corrected_text():
    ex = extract(PAGE.encode(), "p.html")
    k = ex.text.index("however")
    amp = ex.text.index("&")
    out = rebuild(PAGE.encode(), ex, [Edit(k, k + 7, "jedoch"), Edit(amp, amp + 1, "und")]).decode()
    assert out == PAGE.replace("<b>however</b>", "<b>jedoch</b>").replace("&amp; mehr", "und mehr")


def test_replacements_are_escaped():
    ex = extract(PAGE.encode(), "p.html")
    k = ex.text.index("Genf")
    out = rebuild(PAGE.encode(), ex, [Edit(k, k + 4, "Genf <Schweiz> & Co")])
    assert "Genf &lt;Schweiz&gt; &amp; Co</h1>" in out.decode()


@pytest.mark.parametrize("span, what", [
    ("war however", "crosses markup"),      # into <b>
    ("Befehl hello", "protected text"),     # into <code>
    ("Genf\n\nDas", "boundary"),            # from the heading into the paragraph
])
def test_corrections_across_tags_are_refused(span, what):
    ex = extract(PAGE.encode(), "p.html")
    s = ex.text.index(span)
    with pytest.raises(CorrectionError, match=what):
        rebuild(PAGE.encode(), ex, [Edit(s, s + len(span), "x", "correction c002")])


def test_an_entity_is_replaced_whole():
    ex = extract(PAGE.encode(), "p.html")
    s = ex.text.index("& mehr")
    out = rebuild(PAGE.encode(), ex, [Edit(s, s + len("& mehr"), "und mehr")])
    assert out.decode() == PAGE.replace("&amp; mehr", "und mehr")


def test_a_page_without_body_tag_and_an_unclosed_head():
    src = "<html><head><title>Hallo</title><p>Das war however gut.<p>Zweiter Absatz"
    ex = extract(src.encode(), "q.html")
    assert ex.text == "Das war however gut.\n\nZweiter Absatz"
