"""XLIFF 1.2 and 2.x: targets checked beside their sources, findings named by unit, the edition changing only
the corrected targets and their state."""

from __future__ import annotations

import json
import re

import pytest

from lektorat import corrections
from lektorat.corrections import CorrectionError
from lektorat.fileformats import Edit, extract, rebuild

XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="summit.txt" source-language="en" target-language="de" datatype="plaintext">
  <body>
   <trans-unit id="u1">
    <source>The delegation met the press on Monday.</source>
    <target state="needs-review-translation">The delegation met the press on Monday.</target>
   </trans-unit>
   <trans-unit id="u2">
    <source>The company paid 250 million dollars for the site.</source>
    <target>Das Unternehmen zahlte 205 Millionen Dollar für das Gelände.</target>
   </trans-unit>
   <trans-unit id="u3">
    <source>Kremlin spokesman Dmitry Peskov declined to comment.</source>
    <target state="final">Kremlsprecher Dmitry Peskov lehnte einen Kommentar ab.</target>
    <alt-trans><target>The delegation however</target></alt-trans>
   </trans-unit>
   <trans-unit id="u4">
    <source>The talks <g id="1">continue</g> on <x id="2"/>Tuesday.</source>
    <target>Die Gespräche <g id="1">gehen</g> am <x id="2"/>Dienstag weiter.</target>
   </trans-unit>
  </body>
 </file>
</xliff>
"""

XLIFF_20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
 <file id="f1">
  <unit id="1">
   <segment id="s1" state="final">
    <source>Peskov spoke <pc id="p1">briefly</pc>.</source>
    <target>Peskov sprach <pc id="p1">kurz</pc>.</target>
   </segment>
   <ignorable><source> </source><target> </target></ignorable>
   <segment id="s2"><source>Thanks.</source><target>Danke &amp; tschüss.</target></segment>
  </unit>
 </file>
</xliff>
"""


@pytest.fixture(scope="module")
def bilingual():
    return pytest.importorskip("lektorat.bilingual", reason="the bilingual checks (issue 16, item 3) are not "
                                                            "in this checkout")


def _targets(src: str) -> list[str]:
    """The <target> elements of the units (not of alt-trans), in order."""
    return re.findall(r"(?s)<target\b[^>]*>.*?</target>(?=\s*</trans-unit>|\s*<alt-trans>)", src)


def test_the_three_findings_with_their_unit_ids(tmp_path, run_cli, bilingual):
    """The issue's case: an untranslated unit, a number changed between source and target, an English-style
    Russian name: those three findings, each with its unit id (and nothing in sources or alt-trans)."""
    (tmp_path / "s.de.xlf").write_text(XLIFF_12, encoding="utf-8")
    rc, out, err = run_cli(["check", "--isolated", "--format", "json", "s.de.xlf"], cwd=tmp_path)
    assert rc == 0, err
    result = json.loads(out)
    assert result["format"] == "xliff"
    found = [(f["location"]["unit"], f["category"], f["text"]) for f in result["findings"]]
    assert found == [
        ("u1", "english", "The delegation met the press on Monday."),
        ("u2", "accuracy", "205 Millionen"),
        ("u3", "transliteration", "Dmitry Peskov"),
    ], result["findings"]
    number = result["findings"][1]
    assert number["suggestions"][0] == "250 Millionen"
    line = XLIFF_12.split("\n").index(next(t for t in XLIFF_12.split("\n") if "205 Millionen" in t)) + 1
    assert (number["line"], number["column"]) == (line, XLIFF_12.split("\n")[line - 1].index("205") + 1)


def test_edition_differs_only_in_corrected_targets_and_states(tmp_path, run_cli, bilingual):
    (tmp_path / "s.de.xlf").write_text(XLIFF_12, encoding="utf-8")
    rc, _, err = run_cli(["propose", "--isolated", "s.de.xlf", "-o", "s.yaml"], cwd=tmp_path)
    assert rc == 0, err
    cset = corrections.load(tmp_path / "s.yaml")
    for c in cset.corrections:
        c.status = "accepted"
        if c.replacement is None:  # the untranslated unit: the editor's own translation
            c.replacement = "Die Delegation traf am Montag die Presse."
    (tmp_path / "s.yaml").write_text(cset.to_yaml(), encoding="utf-8")
    rc, _, err = run_cli(["edition", "--isolated", "s.de.xlf", "--corrections", "s.yaml", "-o", "e.de.xlf"],
                         cwd=tmp_path)
    assert rc == 0, err
    edition = (tmp_path / "e.de.xlf").read_text(encoding="utf-8")
    old, new = _targets(XLIFF_12), _targets(edition)
    assert new == [
        '<target state="translated">Die Delegation traf am Montag die Presse.</target>',
        '<target state="translated">Das Unternehmen zahlte 250 Millionen Dollar für das Gelände.</target>',
        '<target state="translated">Kremlsprecher Dmitri Peskow lehnte einen Kommentar ab.</target>',
        old[3],  # no finding, not touched
    ]
    rest = edition
    for o, n in zip(old, new):
        rest = rest.replace(n, o, 1)
    assert rest == XLIFF_12  # everything else byte for byte, alt-trans included


def test_xliff_2_segments_and_state():
    ex = extract(XLIFF_20.encode(), "t.xlf")
    assert ex.version == "2.0"
    assert ex.text == "Peskov sprach kurz.\n\nDanke & tschüss."
    assert [(s.id, s.source) for s in ex.segments] == [("1/s1", "Peskov spoke briefly."), ("1/s2", "Thanks.")]
    assert [b.place for b in ex.blocks] == [{"unit": "1", "segment": "s1"}, {"unit": "1", "segment": "s2"}]
    k = ex.text.index("Peskov")
    amp = ex.text.index("&")
    out = rebuild(XLIFF_20.encode(), ex, [Edit(k, k + 6, "Peskow"), Edit(amp, amp + 1, "<und>")]).decode()
    assert out == (XLIFF_20.replace('state="final"', 'state="reviewed"')
                   .replace("<target>Peskov", "<target>Peskow")
                   .replace('<segment id="s2">', '<segment id="s2" state="reviewed">')
                   .replace("Danke &amp; tschüss", "Danke &lt;und&gt; tschüss"))


@pytest.mark.parametrize("span", ["gehen am", "Gespräche gehen", "am Dienstag"])
def test_inline_codes_are_never_part_of_a_correction(span):
    ex = extract(XLIFF_12.encode(), "s.xlf")
    k = ex.text.index(span)
    with pytest.raises(CorrectionError, match="crosses markup"):
        rebuild(XLIFF_12.encode(), ex, [Edit(k, k + len(span), "x", "correction c004")])


def test_native_code_is_not_prose():
    src = XLIFF_12.replace('<x id="2"/>', '<ph id="2">&lt;br/&gt; however</ph>')
    ex = extract(src.encode(), "s.xlf")
    assert "Die Gespräche gehen am Dienstag weiter." in ex.text and "br/" not in ex.text


@pytest.mark.parametrize("data, message", [
    (XLIFF_12.replace("</target>\n   </trans-unit>\n   <trans-unit id=\"u2\">", "\n   </trans-unit>"),
     r"s\.de\.xlf:\d+:\d+: not well-formed XML: mismatched tag"),
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="1.2"/>',
     r"s\.de\.xlf:1:\d+: an entity declaration; refused"),
    ("<html><body>Hallo</body></html>", r"s\.de\.xlf: not an XLIFF file \(the root element is <html>"),
])
def test_malformed_xliff_is_one_line_exit_2_nothing_written(tmp_path, refused_everywhere, data, message):
    (tmp_path / "s.de.xlf").write_text(data, encoding="utf-8")
    refused_everywhere(tmp_path, "s.de.xlf", message)


CDATA_TARGET = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
 <file id="f">
  <unit id="u0">
   <segment id="s0">
    <source>A</source>
    <target><![CDATA[Er sagte <b>]]></target>
   </segment>
  </unit>
 </file>
</xliff>
"""


@pytest.mark.parametrize("start, end, replacement", [
    (11, 12, "]]"),     # "<b>" -> "<]]>": the correction and the ">" after it would close the section
    (0, 2, "x]]>y"),    # "]]>" inside the correction itself
    (3, 8, "> A"),      # a ">" where the text before it ends in no "]]": nothing to split
])
def test_a_correction_inside_cdata_never_closes_the_section(start, end, replacement):
    ex = extract(CDATA_TARGET.encode(), "a.xlf")
    assert ex.text == "Er sagte <b>"
    out = rebuild(CDATA_TARGET.encode(), ex, [Edit(start, end, replacement)])
    assert extract(out, "a.xlf").text == ex.text[:start] + replacement + ex.text[end:]
