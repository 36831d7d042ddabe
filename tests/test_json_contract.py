"""The findings JSON of DESIGN.md §3, checked on the seed article through the real CLI."""

from __future__ import annotations

import json

import pytest

CATEGORIES = {
    "english", "pseudo-english", "garbled", "transliteration", "terminology", "grammar", "calque",
    "typography", "format", "spelling", "style", "accuracy",
}
SEVERITIES = {"error", "warning", "info"}
FINDING_KEYS = {"start", "end", "text", "rule", "category", "severity", "message", "suggestions", "engine",
                "line", "column", "end_line", "end_column"}
SEED_REL = "seeds/board-of-peace.de.txt"


@pytest.fixture(scope="module")
def seed_json(run_cli):
    rc, out, err = run_cli(["check", "--format", "json", SEED_REL])
    assert rc == 0, err
    assert "Traceback" not in err
    return json.loads(out)


def check_result_object(obj: dict, file_text: str, file_name: str) -> None:
    assert isinstance(obj, dict), type(obj)
    assert set(obj) == {"file", "engines", "findings"}, sorted(obj)
    assert obj["file"] == file_name
    assert obj["engines"] == ["builtin"]
    assert isinstance(obj["findings"], list)
    spans = set()
    previous = (-1, -1)
    for f in obj["findings"]:
        assert isinstance(f, dict)
        assert set(f) == FINDING_KEYS, sorted(f)
        for k in ("start", "end"):
            assert type(f[k]) is int, (k, f)
        for k in ("text", "rule", "category", "severity", "message", "engine"):
            assert isinstance(f[k], str), (k, f)
        assert f["rule"] and f["message"], f
        assert 0 <= f["start"] < f["end"] <= len(file_text), f
        assert file_text[f["start"]:f["end"]] == f["text"], (f, file_text[f["start"]:f["end"]])
        # 1-based line and column in code points, of the start and of the (exclusive) end
        for offset, line_key, col_key in ((f["start"], "line", "column"), (f["end"], "end_line", "end_column")):
            before = file_text[:offset]
            assert f[line_key] == before.count("\n") + 1, f
            assert f[col_key] == offset - (before.rfind("\n") + 1) + 1, f
        assert f["category"] in CATEGORIES, f
        assert f["severity"] in SEVERITIES, f
        assert f["engine"] == "builtin", f
        assert isinstance(f["suggestions"], list), f
        for s in f["suggestions"]:
            assert isinstance(s, str), f
            assert s != f["text"], f"suggestion equal to the flagged text: {f}"
        assert len(set(f["suggestions"])) == len(f["suggestions"]), f"duplicate suggestions: {f}"
        span = (f["start"], f["end"])
        assert span not in spans, f"two findings with the span {span}"
        spans.add(span)
        assert span >= previous, f"findings not in text order at {span}"
        previous = span


def test_seed_top_level_and_findings(seed_json, seed_text):
    check_result_object(seed_json, seed_text, SEED_REL)


def test_seed_has_findings(seed_json, seed_text):
    # the seed is a machine translation with known defects: an empty list would mean the checker does nothing
    texts = {f["text"] for f in seed_json["findings"]}
    assert len(seed_json["findings"]) >= 5
    assert "inaugural" in texts
    f = next(f for f in seed_json["findings"] if f["text"] == "inaugural")
    assert f["start"] == seed_text.index("inaugural")
    assert f["category"] == "english"


def test_seed_json_is_plain_utf8_not_escaped(run_cli):
    rc, out, err = run_cli(["check", "--format", "json", SEED_REL])
    assert rc == 0, err
    assert "„" in out or "ä" in out or "ü" in out or "ö" in out  # ensure_ascii=False: umlauts readable


def test_absolute_path_is_reported_as_given(run_cli, repo, seed_text):
    path = repo / SEED_REL
    rc, out, err = run_cli(["check", "--format", "json", path], cwd=repo / "tests")
    assert rc == 0, err
    check_result_object(json.loads(out), seed_text, str(path))


def test_several_files_give_an_array(run_cli, tmp_path, seed_text, repo):
    other = tmp_path / "zweiter.de.txt"
    other_text = "Der Sprecher sagte however, man bleibe offen.\r\nDas Treffen findet statt.\n"
    other.write_bytes(other_text.encode("utf-8"))
    rc, out, err = run_cli(["check", "--format", "json", SEED_REL, other])
    assert rc == 0, err
    payload = json.loads(out)
    assert isinstance(payload, list) and len(payload) == 2
    check_result_object(payload[0], seed_text, SEED_REL)
    check_result_object(payload[1], other_text, str(other))
    assert any(f["text"] == "however" for f in payload[1]["findings"])


def test_same_file_twice_gives_two_equal_objects(run_cli, seed_json):
    rc, out, err = run_cli(["check", "--format", "json", SEED_REL, SEED_REL])
    assert rc == 0, err
    payload = json.loads(out)
    assert payload == [seed_json, seed_json]


def test_jsonl_one_object_per_line(run_cli, tmp_path, seed_text, seed_json):
    other = tmp_path / "zweiter.de.txt"
    other_text = "Die Opposition kritisierte die Entscheidung, however ohne Begründung.\n"
    other.write_text(other_text, encoding="utf-8")
    empty = tmp_path / "leer.de.txt"
    empty.write_bytes(b"")
    rc, out, err = run_cli(["check", "--format", "jsonl", SEED_REL, other, empty])
    assert rc == 0, err
    assert out.endswith("\n")
    lines = out.split("\n")[:-1]
    assert len(lines) == 3, out
    objs = [json.loads(line) for line in lines]
    check_result_object(objs[0], seed_text, SEED_REL)
    check_result_object(objs[1], other_text, str(other))
    check_result_object(objs[2], "", str(empty))
    assert objs[0] == seed_json
    assert objs[2]["findings"] == []


def test_jsonl_single_file_is_one_line(run_cli, seed_json):
    rc, out, err = run_cli(["check", "--format", "jsonl", SEED_REL])
    assert rc == 0, err
    assert out.count("\n") == 1 and out.endswith("\n")
    assert json.loads(out) == seed_json


def test_library_and_cli_agree(seed_json, seed_text, engines):
    from lektorat.checker import check_text

    lib = check_text(seed_text, engines, SEED_REL).to_dict()
    assert lib == seed_json
