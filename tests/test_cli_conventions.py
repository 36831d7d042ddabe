"""Command-line conventions: standard input, the line format editors and CI parse, help with examples, plain
output in pipes (no hard wrap, marked spans, git's word-diff marks), progress bars only on a terminal, English
quotations as one finding, and the documented findings JSON contract (validated against its schema)."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest

from lektorat.cli import _parser

TITLES = ("Im Radio liefen „Bohemian Rhapsody“ und „Sweet Child of Mine“, danach sprach der Moderator "
          "über „Highway to Hell“.\n")


def test_check_reads_standard_input(run_cli, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "lektorat", "check", "-", "--format", "line"],
                          input="Das Treffen war however ein Erfolg.\n".encode(), capture_output=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == ("-:1:17: error EN_WORD: English word „however“ in German text "
                                    "→ jedoch | allerdings | aber\n")
    proc = subprocess.run([sys.executable, "-m", "lektorat", "check", "-", "--stdin-filename", "desk/a.de.txt",
                           "--format", "json"], input=b"Es war neither gut.\n", capture_output=True, cwd=tmp_path)
    data = json.loads(proc.stdout)
    assert data["file"] == "desk/a.de.txt" and data["findings"][0]["text"] == "neither"


def test_line_format_points_at_the_span(run_cli, seed_path, seed_text):
    code, out, err = run_cli(["check", "seeds/board-of-peace.de.txt", "--format", "line"])
    assert code == 0, err
    lines = out.splitlines()
    _, json_out, _ = run_cli(["check", "seeds/board-of-peace.de.txt", "--format", "json"])
    findings = json.loads(json_out)["findings"]
    assert len(lines) == len(findings) > 10
    text_lines = seed_text.split("\n")
    for line, f in zip(lines, findings):
        path, ln, col, rest = line.split(":", 3)
        assert path == "seeds/board-of-peace.de.txt"
        assert text_lines[int(ln) - 1][int(col) - 1:].startswith(f["text"].split("\n")[0])
        assert rest.startswith(f" {f['severity']} {f['rule']}: ")
        if f["suggestions"]:
            assert f" → {f['suggestions'][0]}" in rest


def test_every_argument_has_help_and_every_subcommand_an_example():
    parser = _parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(sub.choices) >= {"check", "propose", "edition", "translate", "convert", "score", "review", "report",
                                "run", "config"}
    for name, p in sub.choices.items():
        assert p.epilog and p.epilog.startswith("examples:\n") and f"lektorat {name}" in p.epilog, name
        for action in p._actions:
            if action.dest != "help":
                assert action.help and action.help.strip(), f"{name} {action.option_strings or action.dest}"
        assert "examples:" in p.format_help()


def test_plain_output_is_not_wrapped_and_marks_the_span(run_cli, tmp_path):
    long = ("Die Delegation der Regierung hat nach langen und schwierigen Verhandlungen in der Hauptstadt "
            "however ein Ergebnis vorgelegt, das alle Seiten zufriedenstellt.\n")
    (tmp_path / "a.de.txt").write_text(long, encoding="utf-8")
    code, out, err = run_cli(["check", "a.de.txt"], cwd=tmp_path)
    assert code == 0, err
    context = [ln for ln in out.splitlines() if "[[however]]" in ln]
    assert len(context) == 1 and len(context[0]) > 100, out   # one line, longer than a terminal's 80 columns
    assert "\x1b[" not in out                                  # no escape sequences in a pipe


def test_edition_diff_without_colour_uses_git_word_diff_marks(run_cli, tmp_path):
    (tmp_path / "a.de.txt").write_text("Das war however gut.\n", encoding="utf-8")
    assert run_cli(["propose", "a.de.txt", "-o", "a.yaml"], cwd=tmp_path)[0] == 0
    cset = (tmp_path / "a.yaml").read_text(encoding="utf-8").replace("status: pending", "status: accepted")
    (tmp_path / "a.yaml").write_text(cset, encoding="utf-8")
    code, out, err = run_cli(["edition", "a.de.txt", "--corrections", "a.yaml", "-o", "b.de.txt", "--diff"],
                             cwd=tmp_path)
    assert code == 0, err
    assert "Das war [-however-]{+jedoch+} gut." in out


def test_terminal_escapes_from_the_article_are_shown_not_sent(run_cli, tmp_path):
    (tmp_path / "a.de.txt").write_text("Das war however \x1b]52;c;ZXZpbA==\x07gut.\n", encoding="utf-8")
    code, out, _ = run_cli(["check", "a.de.txt"], cwd=tmp_path)
    assert code == 0 and "\x1b" not in out and "\\x1b]52" in out


def _run_on_a_terminal(args, cwd):
    """Run the CLI with stderr on a pseudo-terminal (stdout piped); returns (exit code, what the terminal got)."""
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen([sys.executable, "-m", "lektorat", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the other side closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(), b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only(tmp_path):
    (tmp_path / "a.de.txt").write_text("Das war however gut.\n" * 2000, encoding="utf-8")
    code, terminal = _run_on_a_terminal(["check", "a.de.txt", "--format", "jsonl"], tmp_path)
    assert code == 0
    assert "checking a.de.txt" in terminal
    code, terminal = _run_on_a_terminal(["check", "a.de.txt", "--format", "jsonl", "--quiet"], tmp_path)
    assert code == 0 and "checking" not in terminal
    # in a pipe (the other tests' run_cli) stderr gets nothing but messages
    proc = subprocess.run([sys.executable, "-m", "lektorat", "check", "a.de.txt", "--format", "jsonl"],
                          cwd=tmp_path, capture_output=True)
    assert proc.returncode == 0 and proc.stderr == b""


def test_english_titles_are_one_finding_each(run_cli, tmp_path):
    (tmp_path / "a.de.txt").write_text(TITLES + "Er sagte: „Das war however ein guter Tag.“\n", encoding="utf-8")
    code, out, err = run_cli(["check", "a.de.txt", "--format", "json"], cwd=tmp_path)
    assert code == 0, err
    found = [(f["text"], f["rule"], f["severity"]) for f in json.loads(out)["findings"]]
    titles = [f for f in found if f[1] == "EN_QUOTATION"]
    assert titles == [("Bohemian Rhapsody", "EN_QUOTATION", "info"),
                      ("Sweet Child of Mine", "EN_QUOTATION", "info"),
                      ("Highway to Hell", "EN_QUOTATION", "info")]
    # nothing else inside the titles; the German quotation still has its English word flagged
    assert ("however", "EN_WORD", "error") in found
    assert not [f for f in found if f[1] != "EN_QUOTATION" and f[0] in TITLES and f[0] != "„"]
    # and they can be silenced like any rule
    (tmp_path / "lektorat.toml").write_text('disable = ["EN_QUOTATION"]\n', encoding="utf-8")
    code, out, _ = run_cli(["check", "a.de.txt", "--format", "json"], cwd=tmp_path)
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["EN_WORD"]


def test_findings_json_is_documented_and_matches_its_schema(run_cli, repo, tmp_path):
    jsonschema = pytest.importorskip("jsonschema", reason="the test extra (jsonschema) is not installed")
    doc = (repo / "docs" / "findings-json.md").read_text(encoding="utf-8")
    schema = json.loads((repo / "docs" / "findings.schema.json").read_text(encoding="utf-8"))
    for field in ("start", "end", "text", "rule", "category", "severity", "message", "suggestions", "engine",
                  "line", "column", "end_line", "end_column"):
        assert f"`{field}`" in doc, field
    (tmp_path / "b.de.txt").write_text(TITLES, encoding="utf-8")
    for args in (["seeds/board-of-peace.de.txt"], ["seeds/board-of-peace.de.txt", str(tmp_path / "b.de.txt")]):
        code, out, err = run_cli(["check", *args, "--format", "json"])
        assert code == 0, err
        jsonschema.validate(json.loads(out), schema)


def test_score_shows_its_significance_tests_on_a_terminal(tmp_path, repo):
    pytest.importorskip("sacrebleu", reason="the [score] extra is not installed")
    ref = (repo / "references" / "board-of-peace.en.txt").read_text(encoding="utf-8")
    (tmp_path / "ref.en.txt").write_text(ref, encoding="utf-8")
    (tmp_path / "a.one.en.txt").write_text(ref.replace("Board of Peace", "Peace Council"), encoding="utf-8")
    (tmp_path / "a.two.en.txt").write_text(ref.replace("the ", "a "), encoding="utf-8")
    code, terminal = _run_on_a_terminal(["score", "--ref", "ref.en.txt", "--hyp", "a.one.en.txt", "--hyp",
                                         "a.two.en.txt", "--paired-ar-n", "2000"], tmp_path)
    assert code == 0
    assert "paired bootstrap" in terminal and "approximate randomization" in terminal
