"""DOCX in and out: paragraphs, runs, tables, headers and footers read; a correction inside a bold run stays
bold and every other run is identical."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

docx = pytest.importorskip("docx", reason="python-docx (the extra `documents`) is not installed")
etree = pytest.importorskip("lxml.etree", reason="lxml comes with python-docx")

from lektorat import corrections  # noqa: E402
from lektorat.corrections import CorrectionError  # noqa: E402
from lektorat.fileformats import Edit, extract, rebuild  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def make_docx(path) -> None:
    d = docx.Document()
    p = d.add_paragraph("Das Treffen in Genf war ")
    p.add_run("however").bold = True
    p.add_run(" ein Erfolg, sagte der ").italic = True
    p.add_run("Sprecher.")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Erste Zelle"
    t.cell(0, 1).text = "Zweite Zelle"
    tabbed = d.add_paragraph("Vor dem Tab")
    tabbed.add_run().add_tab()
    tabbed.add_run("danach")
    d.sections[0].header.paragraphs[0].text = "Die Kopfzeile"
    d.sections[0].footer.paragraphs[0].text = "Die Fußzeile"
    d.save(str(path))


def _runs(data: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return [etree.tostring(r) for r in root.iter(W + "r")]


def test_paragraphs_tables_headers_and_footers(tmp_path):
    make_docx(tmp_path / "a.docx")
    ex = extract((tmp_path / "a.docx").read_bytes(), "a.docx")
    assert ex.text.split("\n\n") == ["Das Treffen in Genf war however ein Erfolg, sagte der Sprecher.",
                                     "Erste Zelle", "Zweite Zelle", "Vor dem Tab\tdanach",
                                     "Die Fußzeile", "Die Kopfzeile"]
    assert [b.place for b in ex.blocks] == [
        {"paragraph": 0}, {"paragraph": 1}, {"paragraph": 2}, {"paragraph": 3},
        {"part": "footer1", "paragraph": 0}, {"part": "header1", "paragraph": 0}]


def test_bold_correction_stays_bold_and_other_runs_are_identical(tmp_path, run_cli):
    """The issue's case, through propose and edition on the command line."""
    make_docx(tmp_path / "a.de.docx")
    rc, out, err = run_cli(["check", "--isolated", "--format", "json", "a.de.docx"], cwd=tmp_path)
    assert rc == 0, err
    findings = json.loads(out)["findings"]
    assert [(f["text"], f["location"]) for f in findings] == [("however", {"paragraph": 0})]
    rc, _, err = run_cli(["propose", "--isolated", "a.de.docx", "-o", "a.yaml"], cwd=tmp_path)
    assert rc == 0, err
    cset = corrections.load(tmp_path / "a.yaml")
    assert [(c.original, c.replacement) for c in cset.corrections] == [("however", "jedoch")]
    cset.corrections[0].status = "accepted"
    (tmp_path / "a.yaml").write_text(cset.to_yaml(), encoding="utf-8")
    rc, _, err = run_cli(["edition", "--isolated", "a.de.docx", "--corrections", "a.yaml", "-o", "e.de.docx"],
                         cwd=tmp_path)
    assert rc == 0, err
    before, after = (tmp_path / "a.de.docx").read_bytes(), (tmp_path / "e.de.docx").read_bytes()
    edited = docx.Document(str(tmp_path / "e.de.docx"))
    runs = edited.paragraphs[0].runs
    assert [(r.text, r.bold) for r in runs][:2] == [("Das Treffen in Genf war ", None), ("jedoch", True)]
    old_runs, new_runs = _runs(before), _runs(after)
    assert len(old_runs) == len(new_runs)
    for k, (o, n) in enumerate(zip(old_runs, new_runs)):
        if k == 1:
            assert n == o.replace(b">however<", b">jedoch<")
        else:
            assert n == o
    with zipfile.ZipFile(io.BytesIO(before)) as zb, zipfile.ZipFile(io.BytesIO(after)) as za:
        assert [i.filename for i in zb.infolist()] == [i.filename for i in za.infolist()]
        changed = [i.filename for i in zb.infolist() if zb.read(i) != za.read(i.filename)]
    assert changed == ["word/document.xml"]


def test_a_correction_across_runs_goes_into_the_first(tmp_path):
    make_docx(tmp_path / "a.docx")
    data = (tmp_path / "a.docx").read_bytes()
    ex = extract(data, "a.docx")
    k = ex.text.index("however ein")
    out = rebuild(data, ex, [Edit(k, k + len("however ein"), "jedoch ein")])
    runs = docx.Document(io.BytesIO(out)).paragraphs[0].runs
    assert [(r.text, r.bold, r.italic) for r in runs[1:3]] == [("jedoch ein", True, None),
                                                               (" Erfolg, sagte der ", None, True)]
    k = ex.text.index("Tab\tdanach")
    with pytest.raises(CorrectionError, match="line break or tab"):
        rebuild(data, ex, [Edit(k, k + 10, "x", "correction c002")])
    k = ex.text.index("Zelle\n\nZweite")
    with pytest.raises(CorrectionError, match="boundary between two paragraphs"):
        rebuild(data, ex, [Edit(k, k + 12, "x")])


def test_header_correction(tmp_path):
    make_docx(tmp_path / "a.docx")
    data = (tmp_path / "a.docx").read_bytes()
    ex = extract(data, "a.docx")
    k = ex.text.index("Kopfzeile")
    out = rebuild(data, ex, [Edit(k, k + 9, "Überschrift")])
    assert extract(out, "a.docx").text.endswith("Die Überschrift")


def _broken_document_xml(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zi, zipfile.ZipFile(out, "w") as zo:
        for info in zi.infolist():
            body = zi.read(info)
            zo.writestr(info, body[:700] if info.filename == "word/document.xml" else body)
    return out.getvalue()


@pytest.mark.parametrize("kind, message", [
    ("not a zip", r"a\.de\.docx: not a DOCX file \(not a ZIP archive"),
    ("broken xml", r"a\.de\.docx: word/document\.xml:\d+:\d+: not well-formed XML"),
])
def test_malformed_docx_is_one_line_exit_2_nothing_written(tmp_path, refused_everywhere, kind, message):
    make_docx(tmp_path / "good.docx")
    data = b"Das ist kein ZIP, however." if kind == "not a zip" else \
        _broken_document_xml((tmp_path / "good.docx").read_bytes())
    (tmp_path / "good.docx").unlink()
    (tmp_path / "a.de.docx").write_bytes(data)
    refused_everywhere(tmp_path, "a.de.docx", message)
