"""gettext PO: msgstr (and plural forms) checked beside msgid, the edition rewriting only the corrected
characters inside their quotes."""

from __future__ import annotations

import json

import pytest

from lektorat.corrections import CorrectionError
from lektorat.fileformats import Edit, extract, rebuild

CATALOGUE = r'''# German translation of the summit notes.
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#: notes.py:10
#, fuzzy
msgctxt "headline"
msgid "The meeting was a success"
msgstr ""
"Das Treffen war however "
"ein \"Erfolg\"\n"

#: notes.py:12
#, python-format
msgid "%(n)s delegate"
msgid_plural "%(n)s delegates"
msgstr[0] "%(n)s Delegierter"
msgstr[1] "%(n)s Delegierte"

#: notes.py:14
msgid "Kremlin spokesman Dmitry Peskov declined to comment."
msgstr "Kremlsprecher Dmitry Peskov lehnte einen Kommentar ab."

#~ msgid "old"
#~ msgstr "however alt"
'''


def test_entries_plurals_and_places():
    ex = extract(CATALOGUE.encode(), "n.po")
    assert ex.text.split("\n\n") == ['Das Treffen war however ein "Erfolg"', "%(n)s Delegierter",
                                     "%(n)s Delegierte", "Kremlsprecher Dmitry Peskov lehnte einen Kommentar ab."]
    assert [b.place for b in ex.blocks] == [
        {"entry": "The meeting was a success", "context": "headline", "line": 9},
        {"entry": "%(n)s delegate", "plural": 0, "line": 17},
        {"entry": "%(n)s delegate", "plural": 1, "line": 17},
        {"entry": "Kremlin spokesman Dmitry Peskov declined to comment.", "line": 23}]
    assert [s.source for s in ex.segments] == ["The meeting was a success", "%(n)s delegate", "%(n)s delegates",
                                               "Kremlin spokesman Dmitry Peskov declined to comment."]
    assert [ex.text[a:b] for a, b in ex.protected()] == ["%(n)s", "%(n)s"]


def test_findings_name_the_entry_and_the_file_position(tmp_path, run_cli):
    (tmp_path / "n.de.po").write_text(CATALOGUE, encoding="utf-8")
    rc, out, err = run_cli(["check", "--isolated", "--format", "json", "n.de.po"], cwd=tmp_path)
    assert rc == 0, err
    findings = json.loads(out)["findings"]
    by_text = {f["text"]: f for f in findings}
    assert {"however", "Dmitry Peskov"} <= set(by_text), findings
    assert not any("alt" in f["text"] for f in findings)  # obsolete entries are not checked
    f = by_text["however"]
    assert f["location"] == {"entry": "The meeting was a success", "context": "headline", "line": 9}
    lines = CATALOGUE.split("\n")
    assert (f["line"], f["column"]) == (12, lines[11].index("however") + 1)


def test_edition_rewrites_only_inside_the_quotes_and_keeps_fuzzy():
    ex = extract(CATALOGUE.encode(), "n.po")
    k = ex.text.index("however ein")
    q = ex.text.index('"Erfolg"')
    p = ex.text.index("Dmitry Peskov")
    out = rebuild(CATALOGUE.encode(), ex, [Edit(k, k + len("however ein"), "jedoch ein"),
                                           Edit(q, q + 1, "„"), Edit(q + 7, q + 8, "“"),
                                           Edit(p, p + 13, 'Dmitri "Peskow"')]).decode()
    assert out == (CATALOGUE.replace('"Das Treffen war however "\n"ein \\"Erfolg\\"\\n"',
                                     '"Das Treffen war jedoch ein „Erfolg“\\n"')
                   .replace('Kremlsprecher Dmitry Peskov', 'Kremlsprecher Dmitri \\"Peskow\\"'))
    assert "#, fuzzy\nmsgctxt" in out


def test_placeholders_are_protected():
    ex = extract(CATALOGUE.encode(), "n.po")
    k = ex.text.index("%(n)s Delegierter")
    with pytest.raises(CorrectionError, match="protected"):
        rebuild(CATALOGUE.encode(), ex, [Edit(k, k + 8, "%(m)s Del", "correction c003")])


@pytest.mark.parametrize("data, message", [
    ('msgid "a"\nmsgstr "b\n', r"n\.de\.po:2: PO syntax error"),
    ('msgid "a"\nmsgstr "b"\nmsgfoo "c"\n', r"n\.de\.po:3: PO syntax error"),
    ('msgid "a"\nmsgstr "b" "c"\n', r"n\.de\.po:2: PO syntax error"),
])
def test_malformed_po_is_one_line_exit_2_nothing_written(tmp_path, refused_everywhere, data, message):
    (tmp_path / "n.de.po").write_text(data, encoding="utf-8")
    refused_everywhere(tmp_path, "n.de.po", message)
