"""Bad input through the real CLI: every unusable input is exit 2 and one `lektorat:` line, never a traceback.

Also the inputs that look odd but are fine (empty file, CRLF, BOM, another declared encoding) are checked, with
offsets into the text as decoded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import re
import time

import pytest

GERMAN_WITH_ENGLISH = (
    "Die Regierung hat das Treffen abgesagt.\n"
    "Der Sprecher sagte jedoch, man bleibe offen. The meeting, however, findet trotzdem statt.\n"
    "\n"
    "Die Opposition kritisierte die Entscheidung, however ohne Begründung.\n"
)


def assert_one_line_error(rc: int, out: str, err: str, *must_contain: str) -> str:
    """The error contract: exit 2, empty stdout, one stderr line starting `lektorat:`, no traceback."""
    assert "Traceback" not in err and "Traceback" not in out, err
    assert rc == 2, (rc, out, err)
    assert out == "", out
    assert err.endswith("\n"), repr(err)
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one stderr line, got {len(lines)}:\n{err}"
    line = lines[0]
    assert line.startswith("lektorat:"), line
    assert line.strip() != "lektorat:", "the message is empty"
    for s in must_contain:
        assert s in line, f"{s!r} not in {line!r}"
    return line


def assert_slices(data: bytes, payload: dict, encoding: str = "utf-8") -> str:
    """Every finding's offsets slice the file text exactly as decoded with `encoding`."""
    text = data.decode(encoding)
    for f in payload["findings"]:
        assert 0 <= f["start"] < f["end"] <= len(text), f
        assert text[f["start"]:f["end"]] == f["text"], (f, text[f["start"]:f["end"]])
    return text


# --- files that cannot be checked -------------------------------------------------------------------------------


def test_missing_file(run_cli, tmp_path):
    missing = tmp_path / "gibt-es-nicht.de.txt"
    rc, out, err = run_cli(["check", missing])
    assert_one_line_error(rc, out, err, str(missing))


def test_missing_file_json_format(run_cli, tmp_path):
    missing = tmp_path / "gibt-es-nicht.de.txt"
    rc, out, err = run_cli(["check", "--format", "json", missing])
    assert_one_line_error(rc, out, err, str(missing))


def test_directory(run_cli, tmp_path):
    d = tmp_path / "ordner.de.txt"
    d.mkdir()
    rc, out, err = run_cli(["check", d])
    line = assert_one_line_error(rc, out, err, str(d))
    assert "director" in line.lower()


def test_binary_file(run_cli, tmp_path):
    png = tmp_path / "bild.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64) + b"\xff\xd8\x00\x00IDAT" + bytes(200))
    rc, out, err = run_cli(["check", png])
    line = assert_one_line_error(rc, out, err, str(png))
    assert "binary" in line.lower()


def test_binary_file_latin1_still_refused(run_cli, tmp_path):
    # latin-1 decodes every byte, so only the NUL check stands between a PNG and a "text" full of garbage
    png = tmp_path / "bild.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    rc, out, err = run_cli(["check", "--encoding", "latin-1", png])
    assert_one_line_error(rc, out, err, str(png), "binary")


def test_invalid_utf8_names_offset_and_encoding_option(run_cli, tmp_path):
    text = "Die Straße nach Köln ist wegen der Sanktionen gesperrt, however nur kurz.\n"
    data = text.encode("latin-1")
    offset = data.index(b"\xdf")  # "ß" in latin-1, not valid UTF-8
    f = tmp_path / "latin1.de.txt"
    f.write_bytes(data)
    rc, out, err = run_cli(["check", f])
    line = assert_one_line_error(rc, out, err, str(f), "--encoding")
    assert re.search(rf"\boffset {offset}\b", line), f"byte offset {offset} not named in {line!r}"


def test_invalid_utf8_same_file_fine_with_latin1(run_cli, tmp_path):
    text = "Die Straße nach Köln ist wegen der Sanktionen gesperrt, however nur kurz.\n"
    data = text.encode("latin-1")
    f = tmp_path / "latin1.de.txt"
    f.write_bytes(data)
    rc, out, err = run_cli(["check", "--encoding", "latin-1", f])
    assert rc == 0, err
    assert "Traceback" not in err
    rc, out, err = run_cli(["check", "--encoding", "latin-1", "--format", "json", f])
    assert rc == 0, err
    payload = json.loads(out)
    decoded = assert_slices(data, payload, "latin-1")
    assert decoded == text
    assert any(x["text"] == "however" for x in payload["findings"]), payload["findings"]


def test_invalid_utf8_late_in_file(run_cli, tmp_path):
    # the offset is the byte offset in the file, past multi-byte characters before it
    good = "Ärger über Öl und Straßen — „Zitat“ 😀.\n" * 50
    data = good.encode("utf-8") + b"Caf\xe9\n"
    offset = len(good.encode("utf-8")) + 3
    f = tmp_path / "spaet.de.txt"
    f.write_bytes(data)
    rc, out, err = run_cli(["check", f])
    line = assert_one_line_error(rc, out, err, "--encoding")
    assert re.search(rf"\boffset {offset}\b", line), f"byte offset {offset} not named in {line!r}"


def test_too_large_with_max_bytes(run_cli, tmp_path):
    f = tmp_path / "gross.de.txt"
    f.write_bytes(("Die Regierung hat das Treffen abgesagt. " * 60)[:2048].encode("utf-8"))
    assert f.stat().st_size == 2048
    rc, out, err = run_cli(["check", "--max-bytes", "1000", f])
    assert_one_line_error(rc, out, err, str(f), "--max-bytes")


def test_too_large_message_shows_distinct_size_and_limit(run_cli, tmp_path):
    # "0.0 MB is larger than the limit of 0.0 MB" tells the user nothing: size and limit must read differently
    f = tmp_path / "gross.de.txt"
    f.write_bytes(b"a" * 2048)
    rc, out, err = run_cli(["check", "--max-bytes", "1000", f])
    line = assert_one_line_error(rc, out, err)
    numbers = re.findall(r"\d+(?:[.,]\d+)?", line.replace(str(f), ""))
    assert len(set(numbers)) >= 2, f"size and limit are indistinguishable in {line!r}"


def test_file_exactly_at_limit_is_accepted(run_cli, tmp_path):
    f = tmp_path / "genau.de.txt"
    body = ("Die Regierung hat das Treffen abgesagt.\n" * 30)[:1000]
    f.write_bytes(body.encode("ascii"))
    assert f.stat().st_size == 1000
    rc, out, err = run_cli(["check", "--max-bytes", "1000", "--format", "json", f])
    assert rc == 0, err
    assert_slices(f.read_bytes(), json.loads(out))


def test_fifty_megabytes_refused_quickly_at_default_limit(run_cli, tmp_path):
    f = tmp_path / "riesig.de.txt"
    line = ("Die Regierung hat das Treffen abgesagt, however ohne Begründung. " * 16 + "\n").encode("utf-8")
    target = 50 * 1024 * 1024
    with f.open("wb") as fh:
        block = line * (1024 * 1024 // len(line) + 1)
        written = 0
        while written < target:
            fh.write(block)
            written += len(block)
    assert f.stat().st_size >= target
    t0 = time.monotonic()
    rc, out, err = run_cli(["check", f], timeout=120)
    elapsed = time.monotonic() - t0
    assert_one_line_error(rc, out, err, str(f), "--max-bytes")
    assert elapsed < 15, f"refusing a 50 MB file took {elapsed:.1f} s"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_a_fifo_is_refused_at_once(run_cli, tmp_path):
    # a named pipe nobody writes to would block the command for ever: refused before it is opened
    fifo = tmp_path / "rohr.de.txt"
    os.mkfifo(fifo)
    t0 = time.monotonic()
    rc, out, err = run_cli(["check", fifo], timeout=60)
    assert_one_line_error(rc, out, err, str(fifo), "FIFO", "use - to read standard input")
    assert time.monotonic() - t0 < 15


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused(run_cli, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    rc, out, err = run_cli(["check", device], timeout=60)
    assert_one_line_error(rc, out, err, device, "not a regular file")


def test_max_bytes_enforced_on_standard_input(tmp_path):
    # a pipe has no size to ask for: the limit holds for what is read
    data = ("Die Regierung hat das Treffen abgesagt. " * 60)[:2048].encode("utf-8")
    proc = subprocess.run([sys.executable, "-m", "lektorat", "check", "--max-bytes", "1000", "-"], input=data,
                          capture_output=True, timeout=60)
    assert_one_line_error(proc.returncode, proc.stdout.decode(), proc.stderr.decode(), "-:", "1000 bytes",
                          "--max-bytes")


@pytest.mark.parametrize("option, value", [
    ("--max-bytes", "-2"), ("--max-bytes", "0"), ("--languagetool-timeout", "-1"),
    ("--languagetool-timeout", "nan"), ("--languagetool-timeout", "inf"),
])
def test_numeric_options_are_validated(run_cli, seed_path, option, value):
    rc, out, err = run_cli(["check", f"{option}={value}", seed_path])
    assert_one_line_error(rc, out, err, option)


@pytest.mark.parametrize("encoding", ["klingon", "utf-9", "rot13", "base64", "hex", "zlib"])
def test_unknown_or_non_text_encoding(run_cli, tmp_path, encoding):
    # rot13/base64/hex/zlib are codecs Python knows, but not text encodings: just as unusable as "klingon"
    f = tmp_path / "ok.de.txt"
    f.write_text("Die Regierung hat das Treffen abgesagt.\n", encoding="utf-8")
    rc, out, err = run_cli(["check", "--encoding", encoding, f])
    assert_one_line_error(rc, out, err, encoding)


def test_unknown_format(run_cli, seed_path):
    rc, out, err = run_cli(["check", "--format", "xml", seed_path])
    assert_one_line_error(rc, out, err, "xml")


def test_no_file_argument(run_cli):
    rc, out, err = run_cli(["check"])
    assert_one_line_error(rc, out, err)


def test_one_bad_file_among_good_ones_prints_nothing(run_cli, tmp_path, seed_path):
    missing = tmp_path / "fehlt.de.txt"
    rc, out, err = run_cli(["check", "--format", "json", seed_path, missing])
    assert_one_line_error(rc, out, err, str(missing))


# --- glossary errors ----------------------------------------------------------------------------------------------

HEADER = "de\ten\tkind\tvariants\tpos\torigin\tnote\tsource\n"
GOOD_ROW = "Kreml\tKremlin\tplace\tKremlin\t\tru\t\thttps://www.duden.de/rechtschreibung/Kreml\n"


@pytest.mark.parametrize(
    "bad_row",
    [
        "Peskow\tPeskov\tperson\tPeskov\thttps://example.org\n",  # 5 fields
        "Peskow\tPeskov\tperson\tPeskov\t\tru\t\thttps://example.org\textra\n",  # 9 fields
        "Peskow Peskov person Peskov https://example.org\n",  # spaces instead of tabs: 1 field
    ],
    ids=["too-few-fields", "too-many-fields", "spaces-not-tabs"],
)
def test_malformed_glossary_row_names_file_and_line(run_cli, tmp_path, seed_path, bad_row):
    g = tmp_path / "kaputt.tsv"
    # comment and blank lines count: the bad row is physical line 5
    g.write_text("# Testglossar\n" + HEADER + GOOD_ROW + "\n" + bad_row, encoding="utf-8")
    rc, out, err = run_cli(["check", "--glossary", g, seed_path])
    line = assert_one_line_error(rc, out, err)
    assert f"{g}:5" in line, f"file and line {g}:5 not named in {line!r}"


def test_malformed_glossary_in_folder_names_the_file(run_cli, tmp_path, seed_path):
    folder = tmp_path / "glossar"
    folder.mkdir()
    (folder / "a.tsv").write_text(HEADER + GOOD_ROW, encoding="utf-8")
    (folder / "b.tsv").write_text(HEADER + GOOD_ROW + "nur\tdrei\tfelder\n", encoding="utf-8")
    rc, out, err = run_cli(["check", "--glossary", folder, seed_path])
    line = assert_one_line_error(rc, out, err)
    assert f"{folder / 'b.tsv'}:3" in line, line


def test_glossary_with_wrong_header(run_cli, tmp_path, seed_path):
    g = tmp_path / "kopf.tsv"
    g.write_text("deutsch\tenglisch\n" + GOOD_ROW, encoding="utf-8")
    rc, out, err = run_cli(["check", "--glossary", g, seed_path])
    assert_one_line_error(rc, out, err, f"{g}:1")


def test_glossary_not_utf8(run_cli, tmp_path, seed_path):
    g = tmp_path / "latin.tsv"
    g.write_bytes((HEADER + "Straße\tstreet\tterm\tStreet\t\t\t\thttps://example.org\n").encode("latin-1"))
    rc, out, err = run_cli(["check", "--glossary", g, seed_path])
    assert_one_line_error(rc, out, err, str(g))


def test_missing_glossary(run_cli, tmp_path, seed_path):
    g = tmp_path / "nirgends.tsv"
    rc, out, err = run_cli(["check", "--glossary", g, seed_path])
    assert_one_line_error(rc, out, err, str(g))


# --- odd but valid input ------------------------------------------------------------------------------------------


def test_empty_file_text_format(run_cli, tmp_path):
    f = tmp_path / "leer.de.txt"
    f.write_bytes(b"")
    rc, out, err = run_cli(["check", f])
    assert rc == 0, err
    assert "Traceback" not in err


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_empty_file_json(run_cli, tmp_path, fmt):
    f = tmp_path / "leer.de.txt"
    f.write_bytes(b"")
    rc, out, err = run_cli(["check", "--format", fmt, f])
    assert rc == 0, err
    assert "Traceback" not in err
    lines = out.splitlines() if fmt == "jsonl" else [out]
    assert len(lines) == 1, out
    payload = json.loads(lines[0])
    assert payload["findings"] == []
    assert payload["file"] == str(f)
    assert payload["engines"] == ["builtin"]


@pytest.mark.parametrize(
    "variant",
    ["crlf", "bom", "bom+crlf", "cr-only"],
)
def test_line_ends_and_bom_keep_offsets(run_cli, tmp_path, variant):
    text = GERMAN_WITH_ENGLISH
    if "crlf" in variant:
        text = text.replace("\n", "\r\n")
    if variant == "cr-only":
        text = text.replace("\n", "\r")
    data = text.encode("utf-8")
    if "bom" in variant:
        data = b"\xef\xbb\xbf" + data
    f = tmp_path / f"{variant}.de.txt"
    f.write_bytes(data)
    rc, out, err = run_cli(["check", "--format", "json", f])
    assert rc == 0, err
    payload = json.loads(out)
    decoded = assert_slices(data, payload, "utf-8")
    assert payload["findings"], "the text contains 'however' twice: expected findings"
    found = {(x["start"], x["end"]) for x in payload["findings"] if x["text"] == "however"}
    expected = {(m.start(), m.end()) for m in re.finditer("however", decoded)}
    assert found == expected, (found, expected)


def test_crlf_and_lf_find_the_same_words(run_cli, tmp_path):
    lf = tmp_path / "lf.de.txt"
    crlf = tmp_path / "crlf.de.txt"
    lf.write_bytes(GERMAN_WITH_ENGLISH.encode("utf-8"))
    crlf.write_bytes(GERMAN_WITH_ENGLISH.replace("\n", "\r\n").encode("utf-8"))
    rc, out, err = run_cli(["check", "--format", "json", lf, crlf])
    assert rc == 0, err
    a, b = json.loads(out)
    assert [(x["text"], x["rule"]) for x in a["findings"]] == [(x["text"], x["rule"]) for x in b["findings"]]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "cp1252"])
def test_other_declared_encodings_are_checked(run_cli, tmp_path, encoding):
    # UTF-16/32 text is full of NUL bytes; with the encoding declared it is text, not a binary file
    data = GERMAN_WITH_ENGLISH.encode(encoding)
    f = tmp_path / f"{encoding}.de.txt"
    f.write_bytes(data)
    rc, out, err = run_cli(["check", "--encoding", encoding, "--format", "json", f])
    assert "Traceback" not in err
    assert rc == 0, err
    payload = json.loads(out)
    assert_slices(data, payload, encoding)
    assert any(x["text"] == "however" for x in payload["findings"])
