"""Markdown in and out: only the prose is checked, findings point into the original file, the edition changes
nothing but the corrected text."""

from __future__ import annotations

import json

import pytest

from lektorat.corrections import CorrectionError
from lektorat.fileformats import Edit, extract, rebuild

ARTICLE = """---
title: Hello world, this is the summit
---
# Das Treffen in Genf

Das Treffen war however ein Erfolg, sagte der Sprecher.

```python
print("hello world, this is it")
```

    indented code: hello world, this is it

Mehr dazu auf [der Seite des Ministeriums](https://example.com/this/world "the world") und `hello world`.

<div class="note">hello world, this is it</div>
"""


def test_code_front_matter_and_link_targets_are_not_prose(tmp_path, run_cli):
    """The issue's case: code block and English prose word -> one finding, in the prose, at the file's line and
    column."""
    path = tmp_path / "a.de.md"
    path.write_text(ARTICLE, encoding="utf-8")
    rc, out, err = run_cli(["check", "--isolated", "--format", "json", path.name], cwd=tmp_path)
    assert rc == 0, err
    result = json.loads(out)
    assert result["format"] == "markdown"
    assert [f["text"] for f in result["findings"]] == ["however"], result["findings"]
    f = result["findings"][0]
    lines = ARTICLE.split("\n")
    line = next(n for n, t in enumerate(lines, 1) if "however" in t)
    column = lines[line - 1].index("however") + 1
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (line, column, line, column + 7)
    assert f["location"] == {"line": line, "column": column}
    rc, out, _ = run_cli(["check", "--isolated", "--format", "line", path.name], cwd=tmp_path)
    assert out.startswith(f"a.de.md:{line}:{column}: error EN_WORD"), out


def test_what_the_engines_see():
    ex = extract(ARTICLE.encode(), "a.md")
    assert "hello" not in ex.text.replace("hello world", "")  # only the inline code's, which is protected
    assert "der Seite des Ministeriums" in ex.text and "example.com" not in ex.text
    assert "title" not in ex.text and "note" not in ex.text and "print" not in ex.text
    paragraphs = ex.text.split("\n\n")
    assert paragraphs[0] == "Das Treffen in Genf"
    assert ex.protected() == [(ex.text.index("hello world"), ex.text.index("hello world") + len("hello world"))]


def test_crlf_lists_quotes_and_entities_map_to_the_file():
    src = "Erste Zeile\r\n\r\n> Ein Zitat mit\r\n> however drin &amp; mehr\r\n\r\n- Punkt *eins*\r\n  und however\r\n"
    ex = extract(src.encode(), "b.md")
    assert ex.text == "Erste Zeile\n\nEin Zitat mit however drin & mehr\n\nPunkt eins und however"
    for k in (ex.text.index("however"), ex.text.rindex("however")):
        raw = ex.original_offset(k)
        assert src[raw:raw + 7] == "however"
    out = rebuild(src.encode(), ex, [Edit(ex.text.index("however"), ex.text.index("however") + 7, "jedoch"),
                                     Edit(ex.text.rindex("however"), ex.text.rindex("however") + 7, "aber")])
    assert out.decode() == src.replace("> however", "> jedoch").replace("und however", "und aber")


def _accepted_set(tmp_path, run_cli):
    """The article as a.de.md in TMP_PATH and its proposals, all accepted, as a.yaml; returns the article's path."""
    path = tmp_path / "a.de.md"
    path.write_text(ARTICLE, encoding="utf-8")
    rc, _, err = run_cli(["propose", "--isolated", path.name, "-o", "a.yaml"], cwd=tmp_path)
    assert rc == 0, err
    cset = (tmp_path / "a.yaml").read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(cset.replace("status: pending", "status: accepted"), encoding="utf-8")
    return path


def test_edition_is_byte_identical_outside_the_correction(tmp_path, run_cli):
    path = _accepted_set(tmp_path, run_cli)
    rc, _, err = run_cli(["edition", "--isolated", path.name, "--corrections", "a.yaml", "-o", "out.de.md"],
                         cwd=tmp_path)
    assert rc == 0, err
    assert (tmp_path / "out.de.md").read_text(encoding="utf-8") == ARTICLE.replace("war however ein", "war jedoch ein")


@pytest.mark.parametrize("span, what", [
    ("und hello", "protected text"),             # into inline code
    ("Ministeriums und", "crosses markup"),       # across the link's closing "](…)"
    ("Genf\n\nDas", "boundary"),                 # across two blocks
])
def test_corrections_across_what_cannot_be_crossed_are_refused(span, what):
    ex = extract(ARTICLE.encode(), "a.md")
    s = ex.text.index(span)
    with pytest.raises(CorrectionError, match=what):
        rebuild(ARTICLE.encode(), ex, [Edit(s, s + len(span), "x", "correction c009")])


def test_replacements_are_escaped_to_read_back_as_written():
    src = "Das ist gut.\n"
    ex = extract(src.encode(), "c.md")
    out = rebuild(src.encode(), ex, [Edit(0, 3, "1. *Achtung* [x] <b> & ~~y~~!")])
    assert extract(out, "c.md").text == "1. *Achtung* [x] <b> & ~~y~~! ist gut."


def test_the_set_belongs_to_the_prose(tmp_path, run_cli):
    """source_sha256 is the extracted prose's: a change of markup alone keeps the set usable, a change of the
    prose makes edition refuse it."""
    path = _accepted_set(tmp_path, run_cli)
    path.write_text(ARTICLE.replace("example.com/this/world", "example.com/other"), encoding="utf-8")
    rc, _, err = run_cli(["edition", "--isolated", path.name, "--corrections", "a.yaml", "-o", "e.de.md"],
                         cwd=tmp_path)
    assert rc == 0, err
    assert "example.com/other" in (tmp_path / "e.de.md").read_text(encoding="utf-8")
    path.write_text(ARTICLE.replace("sagte der Sprecher", "sagte die Sprecherin"), encoding="utf-8")
    rc, _, err = run_cli(["edition", "--isolated", path.name, "--corrections", "a.yaml", "-o", "f.de.md"],
                         cwd=tmp_path)
    assert rc == 2 and "made for another version" in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "f.de.md").exists()
