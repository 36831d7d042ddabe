"""Configuring LanguageTool: languagetool-url in the file, LEKTORAT_LANGUAGETOOL_URL, and what they switch on."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from lektorat import config


def _settings(tmp_path, toml: str | None, environ: dict, cli: dict | None = None):
    if toml is not None:
        (tmp_path / "lektorat.toml").write_text(toml, encoding="utf-8")
    cfg = config.load(start=tmp_path)
    return config.effective(cfg, cli or {}, environ)


def test_a_configured_server_makes_both_engines_the_default(tmp_path):
    s = _settings(tmp_path, 'languagetool-url = "http://127.0.0.1:8081"\n', {})
    assert (s.engine, s.languagetool_url) == ("all", "http://127.0.0.1:8081")
    assert "LanguageTool server configured" in s.origin["engine"]
    s = config.effective(config.Config(), {}, {})          # nothing configured: offline
    assert (s.engine, s.languagetool_url) == ("builtin", None)


def test_an_engine_chosen_wins_over_the_default(tmp_path):
    s = _settings(tmp_path, 'engine = "builtin"\nlanguagetool-url = "http://127.0.0.1:8081"\n', {})
    assert s.engine == "builtin"
    s = _settings(tmp_path, 'languagetool-url = "http://127.0.0.1:8081"\n', {}, {"engine": "languagetool"})
    assert s.engine == "languagetool" and s.origin["engine"] == "command line"


def test_the_environment_overrides_the_file_and_the_command_line_both(tmp_path):
    toml = 'languagetool-url = "http://file:1"\n'
    env = {"LEKTORAT_LANGUAGETOOL_URL": " http://env:2 "}
    s = _settings(tmp_path, toml, env)
    assert s.languagetool_url == "http://env:2" and "LEKTORAT_LANGUAGETOOL_URL" in s.origin["languagetool-url"]
    s = _settings(tmp_path, toml, env, {"languagetool-url": "http://cli:3"})
    assert s.languagetool_url == "http://cli:3" and s.origin["languagetool-url"] == "command line"
    s = _settings(tmp_path, toml, {"LEKTORAT_LANGUAGETOOL_URL": ""})  # empty: not set
    assert s.languagetool_url == "http://file:1"


def _cli(args, env_extra, cwd):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", **env_extra}
    proc = subprocess.run([sys.executable, "-m", "lektorat", *args], cwd=cwd, env=env, capture_output=True,
                          timeout=300)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_a_bad_url_in_the_environment_is_a_one_line_error(tmp_path):
    (tmp_path / "a.de.txt").write_text("Das war however gut.\n", encoding="utf-8")
    code, out, err = _cli(["check", "a.de.txt"], {"LEKTORAT_LANGUAGETOOL_URL": "localhost:8010"}, tmp_path)
    assert code == 2 and out == ""
    assert err.strip() == "lektorat: LEKTORAT_LANGUAGETOOL_URL: languagetool-url must be an http(s) URL"


def test_config_shows_the_server_and_the_engine_it_implies(tmp_path):
    code, out, err = _cli(["config", "--format", "json"], {"LEKTORAT_LANGUAGETOOL_URL": "http://127.0.0.1:9"},
                          tmp_path)
    assert code == 0, err
    settings = json.loads(out)["settings"]
    assert settings["languagetool-url"] == {"value": "http://127.0.0.1:9",
                                            "from": "environment (LEKTORAT_LANGUAGETOOL_URL)"}
    assert settings["engine"]["value"] == "all"


def test_an_unreachable_server_leaves_check_with_the_built_in_engine(tmp_path):
    (tmp_path / "a.de.txt").write_text("Das war however gut.\n", encoding="utf-8")
    code, out, err = _cli(["check", "a.de.txt", "--format", "json", "--languagetool-timeout", "5"],
                          {"LEKTORAT_LANGUAGETOOL_URL": "http://127.0.0.1:9"}, tmp_path)
    assert code == 0, err
    assert json.loads(out)["engines"] == ["builtin"]
    assert len(err.strip().splitlines()) == 1 and "going on with the built-in engine only" in err
