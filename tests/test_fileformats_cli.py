"""The document formats through the command line: the JSON contract with its additions, --source for plain
text, standard input, and `run`, `review` and `report` on seeds in every format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lektorat import corrections
from lektorat.review import article_name

REPO = Path(__file__).resolve().parents[1]

MARKDOWN = "# Der Gipfel\n\nDas Treffen war however ein Erfolg, siehe [die Seite](https://example.org/this).\n"
XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a" source-language="en" target-language="de" datatype="plaintext"><body>
  <trans-unit id="t1"><source>Kremlin spokesman Dmitry Peskov declined to comment.</source>
   <target>Kremlsprecher Dmitry Peskov lehnte einen Kommentar ab.</target></trans-unit>
 </body></file>
</xliff>
"""
PO = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "However, it worked."\n' \
     'msgstr "Das hat however funktioniert."\n'
HTML = "<!DOCTYPE html><html><body><p class=\"x\">Das war <b>however</b> gut.</p></body></html>\n"


def test_json_of_every_format_validates_against_the_schema(tmp_path, run_cli):
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema (extra test) is not installed")
    for name, content in (("a.md", MARKDOWN), ("b.html", HTML), ("c.xlf", XLIFF), ("d.po", PO),
                          ("e.txt", "Das war however gut.\n")):
        (tmp_path / name).write_text(content, encoding="utf-8")
    rc, out, err = run_cli(["check", "--isolated", "--format", "json", "a.md", "b.html", "c.xlf", "d.po", "e.txt"],
                           cwd=tmp_path)
    assert rc == 0, err
    results = json.loads(out)
    schema = json.loads((REPO / "docs" / "findings.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, schema)
    assert [r.get("format") for r in results] == ["markdown", "html", "xliff", "po", None]
    plain = results[-1]
    assert set(plain) == {"file", "engines", "findings"} and all("location" not in f for f in plain["findings"])
    assert [f["location"] for f in results[2]["findings"]] == [{"unit": "t1"}]
    assert results[3]["findings"][0]["location"] == {"entry": "However, it worked.", "line": 5}


def test_plain_text_with_its_english_source(tmp_path, run_cli):
    pytest.importorskip("lektorat.bilingual", reason="the bilingual checks (item 3) are not in this checkout")
    (tmp_path / "a.de.txt").write_text("Der Titel\n\nDas Unternehmen zahlte 205 Millionen Dollar.\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("The title\n\nThe company paid 250 million dollars.\n", encoding="utf-8")
    rc, out, err = run_cli(["check", "--isolated", "--format", "json", "a.de.txt", "--source", "a.en.txt"],
                           cwd=tmp_path)
    assert rc == 0, err
    findings = json.loads(out)["findings"]
    assert [(f["rule"], f["text"], f["line"]) for f in findings if f["rule"].startswith("BI_")] == \
        [("BI_NUMBER", "205 Millionen", 3)]
    (tmp_path / "b.en.txt").write_text("One line only\n", encoding="utf-8")
    rc, out, err = run_cli(["check", "--isolated", "a.de.txt", "--source", "b.en.txt"], cwd=tmp_path)
    assert rc == 2 and len(err.strip().splitlines()) == 1 and "non-empty lines" in err, err


def test_standard_input_takes_its_format_from_stdin_filename(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "lektorat", "check", "--isolated", "--format", "json", "-",
                           "--stdin-filename", "x.md"], input=MARKDOWN.encode(), capture_output=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["format"] == "markdown" and [f["text"] for f in result["findings"]] == ["however"]


def test_article_names_of_every_format():
    for name in ("a.de.txt", "a.de.md", "a.de.html", "a.de.htm", "a.de.docx", "a.de.xlf", "a.de.xliff", "a.de.po",
                 "a.yaml"):
        assert article_name(Path(name)) == "a", name
    assert article_name(Path("a.en.md")) is None


def _accept_all(set_path: Path) -> None:
    cset = corrections.load(set_path)
    for c in cset.corrections:
        c.status = "accepted"
        if c.replacement is None:
            c.status = "rejected"
            c.rationale = "kept on purpose"
    set_path.write_text(cset.to_yaml(), encoding="utf-8")


def test_run_review_and_report_on_seeds_in_every_format(tmp_path, run_cli):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "gipfel.de.md").write_text(MARKDOWN, encoding="utf-8")
    (seeds / "kreml.de.xlf").write_text(XLIFF, encoding="utf-8")
    (seeds / "notiz.de.po").write_text(PO, encoding="utf-8")
    (seeds / "seite.de.html").write_text(HTML, encoding="utf-8")
    rc, out, err = run_cli(["run", "--isolated", "--no-translate", "-q"], cwd=tmp_path)
    assert rc == 0, err
    corr = tmp_path / "corrections"
    assert sorted(p.name for p in corr.iterdir()) == [
        "gipfel.de.md", "gipfel.yaml", "kreml.de.xlf", "kreml.yaml", "notiz.de.po", "notiz.yaml",
        "seite.de.html", "seite.yaml"]
    for name in ("gipfel.de.md", "kreml.de.xlf", "notiz.de.po", "seite.de.html"):  # all pending: unchanged
        assert (corr / name).read_bytes() == (seeds / name).read_bytes()
    assert json.loads((tmp_path / "build" / "kreml.findings.json").read_text(encoding="utf-8"))["format"] == "xliff"

    rc, out, err = run_cli(["review", "--isolated"], cwd=tmp_path)
    assert rc == 1, err
    line = MARKDOWN.split("\n").index(next(t for t in MARKDOWN.split("\n") if "however" in t)) + 1
    assert f"seeds/gipfel.de.md:{line}:{MARKDOWN.split(chr(10))[line - 1].index('however') + 1}: error EN_WORD" in out
    assert re.search(r"seeds/kreml\.de\.xlf:5:\d+: error GLOSSARY_PERSON", out), out

    for name in ("gipfel", "kreml", "notiz", "seite"):
        _accept_all(corr / f"{name}.yaml")
        seed = next(seeds.glob(f"{name}.de.*"))
        rc, _, err = run_cli(["edition", "--isolated", str(seed.relative_to(tmp_path)), "--corrections",
                              f"corrections/{name}.yaml", "-o", f"corrections/{seed.name}"], cwd=tmp_path)
        assert rc == 0, err
    assert "Kremlsprecher Dmitri Peskow lehnte" in (corr / "kreml.de.xlf").read_text(encoding="utf-8")
    assert (corr / "gipfel.de.md").read_text(encoding="utf-8") == MARKDOWN.replace("however", "jedoch")
    rc, out, err = run_cli(["review", "--isolated", "--format", "sarif", "-o", "r.sarif"], cwd=tmp_path)
    assert rc == 0, (out, err)

    # the same prose with other markup is an outdated edition, too
    (corr / "gipfel.de.md").write_text(MARKDOWN.replace("however", "jedoch")
                                       .replace("example.org/this", "example.org/that"), encoding="utf-8")
    rc, out, err = run_cli(["review", "--isolated"], cwd=tmp_path)
    assert rc == 1 and "EDITION_OUTDATED" in out and "corrections/gipfel.de.md" in out, out

    rc, out, err = run_cli(["report", "--isolated", "seeds/kreml.de.xlf"], cwd=tmp_path)
    assert rc == 0, err
    page = (tmp_path / "build" / "kreml.report.html").read_text(encoding="utf-8")
    assert 'id="bilingual"' in page and "Kremlin spokesman Dmitry Peskov declined to comment." in page
    assert "<del>Dmitry</del>" in page and "<ins>Dmitri</ins>" in page


def test_two_seeds_of_one_name_are_refused(tmp_path, run_cli):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.de.txt").write_text("Text.\n", encoding="utf-8")
    (tmp_path / "seeds" / "a.de.md").write_text("Text.\n", encoding="utf-8")
    rc, out, err = run_cli(["review", "--isolated"], cwd=tmp_path)
    assert rc == 2 and "two seeds of article 'a'" in err, err


def test_edition_keeps_the_format(tmp_path, run_cli):
    (tmp_path / "a.de.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "s.yaml").write_text("article: a.de.md\nsource_sha256: ''\ncorrections: []\n", encoding="utf-8")
    rc, out, err = run_cli(["edition", "--isolated", "a.de.md", "--corrections", "s.yaml", "-o", "e.txt"],
                           cwd=tmp_path)
    assert rc == 2 and "name it e.md" in err, err
    assert not (tmp_path / "e.txt").exists()


def test_format_by_content_when_the_name_says_nothing():
    from lektorat.fileformats import detect

    assert detect(XLIFF.encode(), "job") == "xliff"
    assert detect(HTML.encode(), "page") == "html"
    assert detect(b"PK\x03\x04" + b"\0" * 30 + b"word/document.xml", "story") == "docx"
    assert detect(b"<p>Das ist Text mit einem Tag.</p>", "notes") == "text"
    assert detect(XLIFF.encode(), "job.txt") == "text"  # .txt is plain text, whatever it holds
