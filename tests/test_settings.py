"""Configuration as ruff and Vale users know it: lektorat.toml or [tool.lektorat], found from the working folder up,
command line over file, every key validated with file and line; and the tuning it carries (disable, allow,
severity) for every command, run through the real CLI in folders of their own."""

from __future__ import annotations

import json
import shutil

import pytest

HOWEVER = "Das Treffen war however ein Erfolg.\n"
HEADER = "de\ten\tkind\tvariants\tpos\torigin\tnote\tsource\n"


def _check(run_cli, cwd, *args, text=HOWEVER):
    (cwd / "a.de.txt").write_text(text, encoding="utf-8")
    return run_cli(["check", "a.de.txt", "--format", "json", *args], cwd=cwd)


def _rules(stdout):
    return [(f["text"], f["rule"], f["severity"]) for f in json.loads(stdout)["findings"]]


def test_no_configuration_flags_however(run_cli, tmp_path):
    code, out, err = _check(run_cli, tmp_path)
    assert code == 0, err
    assert _rules(out) == [("however", "EN_WORD", "error")]
    f = json.loads(out)["findings"][0]
    assert "jedoch" in f["suggestions"] and (f["line"], f["column"]) == (1, 17)


@pytest.mark.parametrize("toml", [
    'disable = ["EN_WORD"]',
    'disable = ["english"]',              # a category
    'disable = ["en_word"]',              # case does not matter
    'allow = ["however"]',
    'severity = {EN_WORD = "off"}',
])
def test_lektorat_toml_silences(run_cli, tmp_path, toml):
    (tmp_path / "lektorat.toml").write_text(toml + "\n", encoding="utf-8")
    code, out, err = _check(run_cli, tmp_path)
    assert code == 0, err
    assert _rules(out) == []


def test_allow_file_and_phrases_at_sentence_start(run_cli, tmp_path):
    (tmp_path / "accept.txt").write_text("# our house style\nhowever\n\nat the same time\n", encoding="utf-8")
    (tmp_path / "lektorat.toml").write_text('allow = "accept.txt"\n', encoding="utf-8")
    code, out, err = _check(run_cli, tmp_path, text="However, es war neither gut noch schlecht. Das war however gut.\n")
    assert code == 0, err
    assert [r[0] for r in _rules(out)] == ["neither"]  # "However" at a sentence start is the same word


def test_pyproject_tool_table_in_a_parent_folder(run_cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "newsroom"\n\n[tool.lektorat]\n'
                                             'severity = {EN_WORD = "warning"}\nfail-on = "warning"\n',
                                             encoding="utf-8")
    sub = tmp_path / "desk" / "today"
    sub.mkdir(parents=True)
    code, out, err = _check(run_cli, sub)
    assert code == 1, err                                    # fail-on from the file
    assert _rules(out) == [("however", "EN_WORD", "warning")]
    code, out, err = _check(run_cli, sub, "--fail-on", "error")  # the command line wins
    assert code == 0, err


def test_lektorat_toml_wins_over_pyproject_in_the_same_folder_and_isolated_ignores_both(run_cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.lektorat]\ndisable = ["typography"]\n', encoding="utf-8")
    (tmp_path / "lektorat.toml").write_text('disable = ["EN_WORD"]\n', encoding="utf-8")
    assert _rules(_check(run_cli, tmp_path)[1]) == []
    assert _rules(_check(run_cli, tmp_path, "--isolated")[1]) == [("however", "EN_WORD", "error")]
    other = tmp_path / "other.toml"
    other.write_text('severity = {english = "info"}\n', encoding="utf-8")
    assert _rules(_check(run_cli, tmp_path, "--config", other)[1]) == [("however", "EN_WORD", "info")]


@pytest.mark.parametrize("content, expected", [
    ('engine = "builtin"\nalow = ["x"]\n', "lektorat.toml:2: unknown key 'alow' (did you mean 'allow'?)"),
    ('disable = "EN_WORD"\n', "lektorat.toml:1: disable must be a list of non-empty strings"),
    ('\n\nfail-on = "sometimes"\n', "lektorat.toml:3: fail-on must be one of error, warning, info, never"),
    ('severity = {EN_WORD = "loud"}\n', "lektorat.toml:1: severity must be one of error, warning, info, off"),
    ('engine = "builtin"\ndisable = ["a",\n', "lektorat.toml:2: not valid TOML"),
    ('allow = "missing.txt"\n', "lektorat.toml:1: "),
    ('glossary = ["nowhere"]\n', "lektorat.toml:1: glossary 'nowhere': no such file or folder"),
    ('languagetool-url = "localhost:8010"\n', "lektorat.toml:1: languagetool-url must be an http(s) URL"),
])
def test_malformed_configuration_is_one_line_naming_file_and_line(run_cli, tmp_path, content, expected):
    (tmp_path / "lektorat.toml").write_text(content, encoding="utf-8")
    code, out, err = _check(run_cli, tmp_path)
    assert code == 2 and out == ""
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err


def test_config_command_shows_values_and_where_they_come_from(run_cli, tmp_path):
    (tmp_path / "lektorat.toml").write_text('# house rules\ndisable = ["typography"]\nengine = "builtin"\n',
                                            encoding="utf-8")
    code, out, err = run_cli(["config", "--allow", "however", "--format", "json"], cwd=tmp_path)
    assert code == 0, err
    data = json.loads(out)
    s = data["settings"]
    assert data["file"] == str(tmp_path / "lektorat.toml")
    assert s["disable"] == {"value": ["typography"], "from": "lektorat.toml:2"}
    assert s["engine"]["from"] == "lektorat.toml:3"
    assert s["allow"] == {"value": ["however"], "from": "command line"}
    assert s["glossary"] == {"value": ["<built-in>"], "from": "default"}
    code, out, _ = run_cli(["config"], cwd=tmp_path)
    assert "disable" in out and "lektorat.toml:2" in out and "configuration file:" in out


def test_glossaries_add_to_the_builtin_one(run_cli, tmp_path):
    """An extra glossary adds names; the built-in one stays (Kremlin is still flagged); twice the same file is
    counted once; builtin-glossary = false leaves only the extra one."""
    g = tmp_path / "glossary"
    g.mkdir()
    (g / "ours.tsv").write_text(HEADER + "Wolodymyr Selenskyj\tVolodymyr Zelensky\tperson\tVolodymyr Zelenskyy"
                                "\t\tuk\t\thttps://www.duden.de/\n", encoding="utf-8")
    text = "Der Kremlin schweigt, Volodymyr Zelenskyy spricht.\n"
    code, out, err = _check(run_cli, tmp_path, text=text)  # the project's glossary/ folder is used by default
    assert code == 0, err
    flagged = {f["text"]: f["suggestions"] for f in json.loads(out)["findings"]}
    assert flagged["Kremlin"] == ["Kreml"] and flagged["Volodymyr Zelenskyy"] == ["Wolodymyr Selenskyj"]
    code, out, _ = _check(run_cli, tmp_path, "--glossary", g / "ours.tsv", "--glossary", g, text=text)
    assert code == 0 and len(json.loads(out)["findings"]) == 2
    (tmp_path / "lektorat.toml").write_text('glossary = ["glossary"]\nbuiltin-glossary = false\n', encoding="utf-8")
    code, out, _ = _check(run_cli, tmp_path, text=text)
    assert [f["text"] for f in json.loads(out)["findings"]] == ["Volodymyr Zelenskyy"]


def test_review_in_a_newsroom_repository_uses_its_configuration_and_glossary(run_cli, tmp_path, repo):
    """As the pre-commit hook runs it: `lektorat review FILE` in the user's repository."""
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "local.de.txt"
    seed.write_text("Die Stadt Gomel liegt im Süden. Das war however gut.\n", encoding="utf-8")
    code, out, _ = run_cli(["review", "seeds/local.de.txt"], cwd=tmp_path)
    assert code == 1 and "EN_WORD" in out and "Gomel" not in out
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "places.tsv").write_text(
        HEADER + "Homel\tGomel\tplace\tGomel\tnoun\tbe\t\thttps://de.wikipedia.org/wiki/Homel\n", encoding="utf-8")
    (tmp_path / "lektorat.toml").write_text('allow = ["however"]\n', encoding="utf-8")
    code, out, _ = run_cli(["review", "seeds/local.de.txt"], cwd=tmp_path)
    assert code == 1 and "Gomel" in out and "Homel" in out and "EN_WORD" not in out


def test_disable_reaches_propose(run_cli, tmp_path):
    (tmp_path / "lektorat.toml").write_text('disable = ["EN_WORD"]\n', encoding="utf-8")
    (tmp_path / "a.de.txt").write_text("Das war however gut und neither schlecht.\n", encoding="utf-8")
    code, out, err = run_cli(["propose", "a.de.txt", "-o", "a.yaml"], cwd=tmp_path)
    assert code == 0, err
    assert "however" not in (tmp_path / "a.yaml").read_text(encoding="utf-8")


def test_hook_definition_runs_review_where_the_user_is(repo):
    hooks = (repo / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "entry: lektorat review" in hooks and "glossary" in hooks and "lektorat.toml" in hooks


def test_copy_of_the_builtin_glossary_as_extra_is_not_loaded_twice(tmp_path, run_cli):
    from lektorat.glossary import builtin_glossary_path

    shutil.copytree(builtin_glossary_path(), tmp_path / "glossary")
    code, out, err = _check(run_cli, tmp_path, text="Der Kremlin-Sprecher Peskov.\n")
    assert code == 0, err
    assert [f["suggestions"][0] for f in json.loads(out)["findings"]] == ["Kreml-Sprecher", "Peskow"]
