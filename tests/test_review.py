"""The review gate: the project's own articles pass; an unreviewed defect and an outdated edition fail it with file,
line and rule; every output format is parsed back and points at the right text (umlauts, astral characters)."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

jsonschema = pytest.importorskip("jsonschema", reason="the test extra (jsonschema) is not installed")

ARTICLE = "board-of-peace"


@pytest.fixture
def newsroom(tmp_path, repo):
    """A copy of the project's articles: seeds/, corrections/ (set + edition)."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "corrections").mkdir()
    shutil.copy(repo / "seeds" / f"{ARTICLE}.de.txt", tmp_path / "seeds")
    for suffix in (".yaml", ".de.txt"):
        shutil.copy(repo / "corrections" / f"{ARTICLE}{suffix}", tmp_path / "corrections")
    return tmp_path


def _review(run_cli, cwd, repo, *args):
    return run_cli(["review", *args], cwd=cwd)


def _add_to_seed(newsroom, sentence, line=3):
    p = newsroom / "seeds" / f"{ARTICLE}.de.txt"
    lines = p.read_text(encoding="utf-8").split("\n")
    lines[line - 1] += " " + sentence
    p.write_text("\n".join(lines), encoding="utf-8")
    return lines[line - 1]


def test_the_projects_own_articles_pass(run_cli, repo):
    code, stdout, stderr = _review(run_cli, repo, repo)
    assert code == 0, stdout + stderr
    assert "0 failing the gate" in stdout


def test_a_new_defect_fails_until_its_correction_is_accepted(newsroom, run_cli, repo):
    line = _add_to_seed(newsroom, "Die Entscheidung kam however überraschend.")
    code, stdout, _ = _review(run_cli, newsroom, repo)
    assert code == 1
    col = line.index("however") + 1
    assert f"seeds/{ARTICLE}.de.txt:3:{col}: error EN_WORD: „however“" in stdout
    assert "SET_STALE" in stdout and "lektorat propose" in stdout          # says what to do
    assert f"corrections/{ARTICLE}.de.txt:" in stdout and "EDITION_OUTDATED" in stdout
    # what the message tells the user to do: propose, accept, edition
    seed, cset, edition = (f"seeds/{ARTICLE}.de.txt", f"corrections/{ARTICLE}.yaml",
                           f"corrections/{ARTICLE}.de.txt")
    assert run_cli(["propose", seed, "-o", cset], cwd=newsroom)[0] == 0
    set_path = newsroom / cset
    text = set_path.read_text(encoding="utf-8")
    assert text.count("status: pending") == 1
    code, stdout, _ = _review(run_cli, newsroom, repo)
    assert code == 1 and "is pending review" in stdout
    set_path.write_text(text.replace("status: pending", "status: accepted"), encoding="utf-8")
    assert run_cli(["edition", seed, "--corrections", cset, "-o", edition], cwd=newsroom)[0] == 0
    code, stdout, _ = _review(run_cli, newsroom, repo)
    assert code == 0, stdout
    assert "jedoch überraschend" in (newsroom / edition).read_text(encoding="utf-8")


def test_a_rejected_correction_with_a_reason_counts_as_reviewed(newsroom, run_cli, repo):
    _add_to_seed(newsroom, "Die Entscheidung kam however überraschend.")
    seed, cset = f"seeds/{ARTICLE}.de.txt", newsroom / "corrections" / f"{ARTICLE}.yaml"
    run_cli(["propose", seed, "-o", cset], cwd=newsroom)
    text = cset.read_text(encoding="utf-8")
    cset.write_text(text.replace("status: pending", "status: rejected"), encoding="utf-8")
    # the set already carries the finding's message as its rationale; an empty one is not a decision
    code, _, _ = _review(run_cli, newsroom, repo)
    assert code == 1  # the edition still is the old one (the seed changed)
    run_cli(["edition", seed, "--corrections", cset, "-o", f"corrections/{ARTICLE}.de.txt"], cwd=newsroom)
    code, stdout, _ = _review(run_cli, newsroom, repo)
    assert code == 0, stdout


def test_a_hand_edited_edition_fails_naming_file_line_and_rule(newsroom, run_cli, repo):
    ed = newsroom / "corrections" / f"{ARTICLE}.de.txt"
    text = ed.read_text(encoding="utf-8")
    ed.write_text(text.replace("Friedensrats am 19. Februar", "Friedensrats am 20. Februar"), encoding="utf-8")
    code, stdout, _ = _review(run_cli, newsroom, repo, "--format", "github")
    assert code == 1
    ann = [ln for ln in stdout.splitlines() if ln.startswith("::error")]
    assert len(ann) == 1 and f"file=corrections/{ARTICLE}.de.txt,line=3," in ann[0]
    assert "title=EDITION_OUTDATED (review)" in ann[0]


def _defects_article(newsroom):
    """An article of its own, with umlauts and astral characters before its defects, and no correction set."""
    text = ("🙂🙂 Grüße: Die Entscheidung kam however überraschend.\n\n"
            "Äußerst 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ist neither gut noch schlecht, sagte Peskov.\n")
    (newsroom / "seeds" / "emoji.de.txt").write_text(text, encoding="utf-8")
    return text


def test_github_annotations_point_at_the_text_and_respect_the_limit(newsroom, run_cli, repo, monkeypatch,
                                                                     tmp_path):
    text = _defects_article(newsroom)
    summary_file = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary_file))
    code, stdout, _ = _review(run_cli, newsroom, repo, "seeds/emoji.de.txt", "--format", "github")
    assert code == 1
    lines = text.split("\n")
    anns = [ln for ln in stdout.splitlines() if ln.startswith("::")]
    assert len(anns) == 3
    for a in anns:
        props = dict(p.split("=", 1) for p in a.split(" ", 1)[1].split("::")[0].split(","))
        line, col, end = int(props["line"]), int(props["col"]), int(props["endColumn"])
        flagged = lines[line - 1][col - 1:end - 1]  # columns count code points
        assert a.split("::")[2].startswith(f"„{flagged}“")
        assert flagged in ("however", "neither", "Peskov")
    assert "| file | line:col |" in summary_file.read_text(encoding="utf-8")
    # many defects: 10 annotations of a kind, the rest in the summary
    many = " ".join(["Das war however so."] * 14)
    (newsroom / "seeds" / "many.de.txt").write_text(many + "\n", encoding="utf-8")
    code, stdout, _ = _review(run_cli, newsroom, repo, "seeds/many.de.txt", "--format", "github")
    assert sum(ln.startswith("::error") for ln in stdout.splitlines()) == 10
    assert stdout.count("error EN_WORD") == 14


def test_sarif_is_valid_and_positions_are_code_points(newsroom, run_cli, repo):
    text = _defects_article(newsroom)
    _add_to_seed(newsroom, "Die Entscheidung kam however überraschend.")
    code, stdout, _ = _review(run_cli, newsroom, repo, "--format", "sarif")
    assert code == 1
    log = json.loads(stdout)
    schema = json.loads((repo / "tests/fixtures/sarif/sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(rule_ids) == len(set(rule_ids)) and all(r["help"]["text"] for r in run["tool"]["driver"]["rules"])
    lines = text.split("\n")
    emoji = [r for r in run["results"] if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
             == "seeds/emoji.de.txt"]
    assert len(emoji) == 3
    for r in emoji:
        reg = r["locations"][0]["physicalLocation"]["region"]
        assert lines[reg["startLine"] - 1][reg["startColumn"] - 1:reg["endColumn"] - 1] == reg["snippet"]["text"]
        assert r["ruleId"] == rule_ids[r["ruleIndex"]] and r["partialFingerprints"]["lektorat/v1"]
    suppressed = [r for r in run["results"] if r.get("suppressions")]
    assert len(suppressed) == 30  # the seed's reviewed findings, with the decision as justification
    # fingerprints survive an unrelated edit above the finding
    again = json.loads(_review(run_cli, newsroom, repo, "--format", "sarif")[1])
    assert [r["partialFingerprints"] for r in again["runs"][0]["results"]] == [
        r["partialFingerprints"] for r in run["results"]]


def test_rdjsonl_columns_are_utf8_bytes_and_carry_suggestions(newsroom, run_cli, repo):
    text = _defects_article(newsroom)
    code, stdout, _ = _review(run_cli, newsroom, repo, "seeds/emoji.de.txt", "--format", "rdjsonl")
    assert code == 1
    lines = text.split("\n")
    diags = [json.loads(ln) for ln in stdout.splitlines()]
    assert len(diags) == 3
    for d in diags:
        rng = d["location"]["range"]
        raw = lines[rng["start"]["line"] - 1].encode("utf-8")
        flagged = raw[rng["start"]["column"] - 1:rng["end"]["column"] - 1].decode("utf-8")
        assert d["message"].startswith(f"„{flagged}“") and d["severity"] == "ERROR"
        assert d["code"]["value"] and d["suggestions"] and d["suggestions"][0]["range"] == rng
    assert {d["suggestions"][0]["text"] for d in diags} >= {"Peskow"}


def test_junit_xml(newsroom, run_cli, repo):
    _defects_article(newsroom)
    code, stdout, _ = _review(run_cli, newsroom, repo, "--format", "junit")
    root = ET.fromstring(stdout)
    assert code == 1 and root.get("failures") == "3"
    suites = {s.get("name"): s for s in root}
    assert suites["seeds/emoji.de.txt"].get("failures") == "3"
    assert suites[f"seeds/{ARTICLE}.de.txt"].get("failures") == "0"
    failure = suites["seeds/emoji.de.txt"].find("testcase/failure")
    assert failure.text.startswith("seeds/emoji.de.txt:1:")


def test_changed_since_reviews_only_changed_articles(newsroom, run_cli, repo):
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(git + ["init", "-q"], cwd=newsroom, check=True)
    subprocess.run(git + ["add", "-A"], cwd=newsroom, check=True)
    subprocess.run(git + ["commit", "-qm", "base"], cwd=newsroom, check=True)
    code, _, stderr = _review(run_cli, newsroom, repo, "--changed-since", "HEAD")
    assert code == 0 and "no article changed since HEAD" in stderr
    _defects_article(newsroom)  # a new, untracked article
    code, stdout, _ = _review(run_cli, newsroom, repo, "--changed-since", "HEAD")
    assert code == 1 and "emoji.de.txt" in stdout and "3 finding(s)" in stdout
    code, _, stderr = _review(run_cli, newsroom, repo, "--changed-since", "no-such-rev")
    assert code == 2 and "no-such-rev" in stderr


def test_usage_errors(newsroom, run_cli, repo):
    code, _, stderr = _review(run_cli, newsroom, repo, "seeds/nope.de.txt")
    assert code == 2 and "no such file" in stderr
    (newsroom / "corrections" / f"{ARTICLE}.yaml").write_text("corrections: [\n", encoding="utf-8")
    code, _, stderr = _review(run_cli, newsroom, repo)
    assert code == 2 and len(stderr.strip().splitlines()) == 1
