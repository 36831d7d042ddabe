"""Hostile and unlucky uses of the CLI: outputs that are inputs or special files, outputs that cannot be written,
a gate that reads nothing, article names git and GitHub could misread, links out of the project, revisions that
look like options. Each ends in a correct result or one line on stderr with exit 2, and changes nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess

import pytest

ARTICLE = "board-of-peace"


def _digest(folder):
    """Every file's bytes under FOLDER: what must not change."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".git" not in p.parts}


def _one_line(code, out, err, *needles):
    assert code == 2, (code, out, err)
    assert "Traceback" not in err and len(err.splitlines()) == 1 and err.startswith("lektorat: "), err
    for n in needles:
        assert n in err, (n, err)


@pytest.fixture
def newsroom(tmp_path, repo):
    for sub in ("seeds", "corrections", "references"):
        (tmp_path / sub).mkdir()
    shutil.copy(repo / "seeds" / f"{ARTICLE}.de.txt", tmp_path / "seeds")
    for suffix in (".yaml", ".de.txt"):
        shutil.copy(repo / "corrections" / f"{ARTICLE}{suffix}", tmp_path / "corrections")
    shutil.copy(repo / "references" / f"{ARTICLE}.en.txt", tmp_path / "references")
    return tmp_path


@pytest.mark.parametrize("args, needle", [
    (["edition", f"seeds/{ARTICLE}.de.txt", "--corrections", f"corrections/{ARTICLE}.yaml",
      "-o", f"corrections/{ARTICLE}.yaml"], "is an input of this command"),
    (["edition", f"seeds/{ARTICLE}.de.txt", "--corrections", f"corrections/{ARTICLE}.yaml",
      "-o", f"seeds/{ARTICLE}.de.txt"], "is an input of this command"),
    (["score", "--ref", f"references/{ARTICLE}.en.txt", "--hyp", f"references/{ARTICLE}.en.txt",
      "-o", f"references/{ARTICLE}.en.txt"], "is an input of this command"),
    (["translate", f"corrections/{ARTICLE}.de.txt", "-o", f"corrections/{ARTICLE}.de.txt"],
     "is an input of this command"),
    (["edition", f"seeds/{ARTICLE}.de.txt", "--corrections", f"corrections/{ARTICLE}.yaml", "-o", "/dev/null"],
     "not a regular file"),
    (["edition", f"seeds/{ARTICLE}.de.txt", "--corrections", f"corrections/{ARTICLE}.yaml", "-o", "seeds"],
     "is a directory"),
    (["review", "-o", f"corrections/{ARTICLE}.yaml"], "is an input of this command"),
])
def test_outputs_never_replace_inputs_or_special_files(newsroom, run_cli, args, needle):
    before = _digest(newsroom)
    code, out, err = run_cli(args, cwd=newsroom)
    _one_line(code, out, err, needle)
    assert _digest(newsroom) == before
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_a_fifo_output_is_refused(newsroom, run_cli):
    fifo = newsroom / "out.fifo"
    os.mkfifo(fifo)
    code, out, err = run_cli(["edition", f"seeds/{ARTICLE}.de.txt", "--corrections", f"corrections/{ARTICLE}.yaml",
                              "-o", fifo], cwd=newsroom, timeout=60)
    _one_line(code, out, err, "not a regular file")
    assert fifo.is_fifo()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_unwritable_output_folder_leaves_nothing(newsroom, run_cli):  # pragma: no cover - CI runs as root
    locked = newsroom / "locked"
    locked.mkdir(mode=0o500)
    code, out, err = run_cli(["score", "--ref", f"references/{ARTICLE}.en.txt", "--hyp",
                              f"references/{ARTICLE}.en.txt", "-o", locked / "x.scores.json"], cwd=newsroom)
    _one_line(code, out, err, "cannot write")
    assert list(locked.iterdir()) == []


def test_score_outputs_are_written_together_or_not_at_all(newsroom, run_cli):
    """The chart goes next to the JSON; when the chart's name is taken by a folder, neither is written."""
    (newsroom / "build").mkdir()
    (newsroom / "build" / "x.chrf.svg").mkdir()
    code, out, err = run_cli(["score", "--ref", f"references/{ARTICLE}.en.txt", "--hyp",
                              f"references/{ARTICLE}.en.txt", "-o", "build/x.scores.json"], cwd=newsroom)
    _one_line(code, out, err, "x.chrf.svg")
    assert sorted(p.name for p in (newsroom / "build").iterdir()) == ["x.chrf.svg"]
    code, out, err = run_cli(["score", "--ref", f"references/{ARTICLE}.en.txt", "--hyp",
                              f"references/{ARTICLE}.en.txt", "-o", "out/x.scores.json"], cwd=newsroom)
    assert code == 0, err
    assert sorted(p.name for p in (newsroom / "out").iterdir()) == ["x.chrf.svg", "x.scores.json"]


def test_step_summary_that_is_a_folder_is_one_line_and_writes_nothing(newsroom, run_cli, monkeypatch):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(newsroom / "seeds"))
    code, out, err = run_cli(["review", "--format", "github", "-o", "gate.txt"], cwd=newsroom)
    _one_line(code, out, err, "GITHUB_STEP_SUMMARY")
    assert not (newsroom / "gate.txt").exists()


@pytest.mark.parametrize("args, needle", [
    (["review"], "no such folder of seed articles"),
    (["review", "--seeds", "/nonexistent"], "/nonexistent"),
    (["report", "--seeds", "/nonexistent"], "/nonexistent"),
])
def test_the_gate_never_passes_having_read_nothing(tmp_path, run_cli, args, needle):
    code, out, err = run_cli(args, cwd=tmp_path)
    _one_line(code, out, err, needle)


def test_an_empty_seeds_folder_and_a_non_article_path_are_refused(newsroom, run_cli):
    (newsroom / "README.md").write_text("# notes\n", encoding="utf-8")
    code, out, err = run_cli(["review", "README.md"], cwd=newsroom)
    _one_line(code, out, err, "README.md: not an article")
    (newsroom / "empty").mkdir()
    code, out, err = run_cli(["review", "--seeds", "empty"], cwd=newsroom)
    _one_line(code, out, err, "no articles to review")


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


@pytest.mark.parametrize("name", ["board.of.peace.2026", "board of peace", "board\tpeace", "Friedensrat-Übersicht"])
def test_changed_articles_with_any_name_are_reviewed(newsroom, run_cli, name):
    _git(newsroom, "init", "-q")
    _git(newsroom, "add", "-A")
    _git(newsroom, "commit", "-qm", "start")
    (newsroom / "seeds" / f"{name}.de.txt").write_text("Das Treffen war however ein Erfolg.\n", encoding="utf-8")
    code, out, err = run_cli(["review", "--changed-since", "HEAD"], cwd=newsroom)
    assert code == 1, (out, err)
    assert "EN_WORD" in out and ARTICLE not in out
    # and named as a path, as pre-commit passes it
    code, out, _ = run_cli(["review", f"seeds/{name}.de.txt"], cwd=newsroom)
    assert code == 1 and "EN_WORD" in out


def test_a_file_name_cannot_forge_annotations(newsroom, run_cli):
    _git(newsroom, "init", "-q")
    _git(newsroom, "add", "-A")
    _git(newsroom, "commit", "-qm", "start")
    evil = "x\n::error file=README.md,line=1::forged\n::stop-commands::abc"
    (newsroom / "seeds" / f"{evil}.de.txt").write_text("Das war however gut.\n", encoding="utf-8")
    for args in (["review", "--format", "github", "--changed-since", "HEAD"], ["review", "--format", "github"]):
        code, out, err = run_cli(args, cwd=newsroom)
        # nothing a runner could read as a command: no line starts with "::"
        assert not [ln for ln in (out + err).splitlines() if ln.startswith("::")]
        _one_line(code, out, err, "control character")


def test_a_message_cannot_forge_annotations(newsroom, run_cli):
    """An article's own text (a flagged span) is data in an annotation, never a command."""
    p = newsroom / "seeds" / "evil.de.txt"
    p.write_text("Das war however\n::error file=README.md,line=1::forged gut.\n", encoding="utf-8")
    code, out, err = run_cli(["review", "--format", "github", "seeds/evil.de.txt"], cwd=newsroom)
    assert code == 1
    assert not [ln for ln in out.splitlines() if ln.startswith("::error file=README.md")]


def test_links_out_of_the_project_are_refused(newsroom, run_cli, tmp_path_factory):
    secret = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    secret.write_text("Das geheime Passwort lautet however Schwertfisch.\n", encoding="utf-8")
    (newsroom / "seeds" / "leak.de.txt").symlink_to(secret)
    for args in (["review"], ["report", "--out", "build"], ["review", "seeds/leak.de.txt"]):
        code, out, err = run_cli(args, cwd=newsroom)
        _one_line(code, out, err, "leak.de.txt", "outside")
        assert "Schwertfisch" not in out + err
    assert not (newsroom / "build").exists()


@pytest.mark.parametrize("rev", ["--output=/tmp/lektorat-injected", "-p", "HEAD~99", "no-such-branch"])
def test_changed_since_takes_only_commits(newsroom, run_cli, rev):
    _git(newsroom, "init", "-q")
    _git(newsroom, "add", "-A")
    _git(newsroom, "commit", "-qm", "start")
    if os.path.exists("/tmp/lektorat-injected"):
        os.unlink("/tmp/lektorat-injected")
    code, out, err = run_cli(["review", f"--changed-since={rev}"], cwd=newsroom)
    _one_line(code, out, err, "not a commit")
    assert not os.path.exists("/tmp/lektorat-injected")


def test_changed_since_outside_git_is_one_line(newsroom, run_cli):
    code, out, err = run_cli(["review", "--changed-since", "HEAD"], cwd=newsroom)
    _one_line(code, out, err, "not inside a git repository")


def test_a_configuration_change_reviews_every_article(newsroom, run_cli):
    _git(newsroom, "init", "-q")
    _git(newsroom, "add", "-A")
    _git(newsroom, "commit", "-qm", "start")
    code, out, err = run_cli(["review", "--changed-since", "HEAD"], cwd=newsroom)
    assert code == 0 and "nothing to review" in err
    (newsroom / "lektorat.toml").write_text('severity = {typography = "error"}\n', encoding="utf-8")
    code, out, err = run_cli(["review", "--changed-since", "HEAD"], cwd=newsroom)
    assert "nothing to review" not in err and "reviewed" in out, (out, err)


@pytest.mark.parametrize("args", [
    ["score", "--ref", "r", "--hyp", "h", "--paired-bs-n", "1000000000"],
    ["score", "--ref", "r", "--hyp", "h", "--seed", "-5"],
    ["score", "--ref", "r", "--hyp", "h", "--width", "-1"],
    ["translate", "a", "-o", "b", "--max-input-tokens", "0"],
    ["translate", "a", "-o", "b", "--beam", "0"],
])
def test_numeric_options_out_of_range(tmp_path, run_cli, args):
    code, out, err = run_cli(args, cwd=tmp_path)
    assert code == 2 and len(err.splitlines()) == 1 and "Traceback" not in err, err


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_a_correction_set_that_is_not_a_file_is_refused(newsroom, run_cli, special):
    path = special
    if special == "fifo":
        path = newsroom / "set.fifo"
        os.mkfifo(path)
    code, out, err = run_cli(["edition", f"seeds/{ARTICLE}.de.txt", "--corrections", path, "-o", "out.de.txt"],
                             cwd=newsroom, timeout=60)
    _one_line(code, out, err, "not a regular file")
    assert not (newsroom / "out.de.txt").exists()


def test_too_many_resamples_for_the_lines_is_one_line(newsroom, run_cli):
    ref = f"references/{ARTICLE}.en.txt"
    (newsroom / "a.sys.en.txt").write_text((newsroom / ref).read_text(encoding="utf-8"), encoding="utf-8")
    big = newsroom / "big.en.txt"
    big.write_text("A line.\n" * 30000, encoding="utf-8")
    (newsroom / "big.one.en.txt").write_text("A line.\n" * 30000, encoding="utf-8")
    (newsroom / "big.two.en.txt").write_text("One line.\n" * 30000, encoding="utf-8")
    code, out, err = run_cli(["score", "--ref", big, "--hyp", "big.one.en.txt", "--hyp", "big.two.en.txt",
                              "--paired", "bs", "--paired-bs-n", "100000"], cwd=newsroom)
    _one_line(code, out, err, "--paired-bs-n 100000", "GiB")


def test_advice_names_only_options_the_command_has(tmp_path, run_cli):
    (tmp_path / "a.de.txt").write_bytes("Das war größer.\n".encode("cp1252"))
    code, out, err = run_cli(["propose", "a.de.txt", "-o", "a.yaml"], cwd=tmp_path)
    _one_line(code, out, err, "iconv -f cp1252 -t utf-8 a.de.txt > a.de.txt.utf8")
    assert "--encoding" not in err and not (tmp_path / "a.yaml").exists()
    code, out, err = run_cli(["check", "a.de.txt"], cwd=tmp_path)
    _one_line(code, out, err, "--encoding cp1252")
