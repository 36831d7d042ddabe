"""LanguageTool through language_tool_python, against a loopback server replaying real LanguageTool 6.3 replies.

The replies in fixtures/languagetool/ were recorded from a real server (see its README); the server here answers
/v2/languages and /v2/check on 127.0.0.1 only, and can also be slow or answer garbage.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest.importorskip("language_tool_python", reason="the languagetool extra is not installed")

from lektorat.checker import check_text, make_engines  # noqa: E402
from lektorat.engines.languagetool import (  # noqa: E402
    LanguageToolEngine,
    LanguageToolUnavailable,
    utf16_to_codepoint,
)

FIXTURES = Path(__file__).parent / "fixtures" / "languagetool"
LANGUAGES = [{"name": "German (Germany)", "code": "de", "longCode": "de-DE"}]


def _replies() -> dict[str, bytes]:
    out = {}
    seed = (Path(__file__).parent.parent / "seeds" / "board-of-peace.de.txt").read_text(encoding="utf-8")
    out[seed] = (FIXTURES / "board-of-peace.check.json").read_bytes()
    out[(FIXTURES / "emoji.txt").read_text(encoding="utf-8")] = (FIXTURES / "emoji.check.json").read_bytes()
    return out


class _Replay(BaseHTTPRequestHandler):
    mode = "replay"
    replies: dict[str, bytes] = {}

    def log_message(self, *args):  # keep the test output clean
        pass

    def _send(self, body: bytes, status: int = 200):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/v2/languages"):
            return self._send(json.dumps(LANGUAGES).encode())
        self._send(b"{}", 404)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"), keep_blank_values=True)
        self.server.requests.append(form)
        text = form.get("text", [""])[0]
        if self.server.mode == "slow":
            time.sleep(3)
        if self.server.mode == "garbage":
            return self._send(b"<html>502 Bad Gateway</html>", 502)
        if self.server.mode == "nomatches":
            return self._send(b'{"software": {}}')
        reply = self.server.replies.get(text)
        if reply is None:
            return self._send(json.dumps({"matches": []}).encode())
        self._send(reply)


@pytest.fixture
def lt_server():
    servers = []

    def start(mode="replay"):
        srv = ThreadingHTTPServer(("127.0.0.1", 0), _Replay)
        srv.mode = mode
        srv.replies = _replies()
        srv.requests = []
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}"

    start.servers = servers
    yield start
    for s in servers:
        s.shutdown()
        s.server_close()


def test_utf16_offsets_become_code_points():
    text = "a🕊️b😀c"
    conv = utf16_to_codepoint(text)
    # UTF-16: a=0, 🕊=1-2, VS16=3, b=4, 😀=5-6, c=7
    assert [conv(o) for o in (0, 1, 3, 4, 5, 7, 8)] == [0, 1, 2, 3, 4, 5, 6]


def test_emoji_offsets_point_at_the_right_words(lt_server):
    url = lt_server()
    text = (FIXTURES / "emoji.txt").read_text(encoding="utf-8")
    findings = LanguageToolEngine(url=url).check(__import__("lektorat.document").document.Document(text))
    assert findings, "the replayed reply has matches"
    for f in findings:
        assert text[f.start:f.end] == f.text
        assert f.engine == "languagetool" and f.rule.startswith("LT_")
    however = [f for f in findings if f.text == "however"]
    assert however and however[0].start == 18
    assert however[0].category == "english"  # the speller's "typo" is an English word
    assert any(f.text == "Vladimir Putin" and f.suggestions[0] == "Wladimir Putin" for f in findings)


def test_seed_through_languagetool_engine(lt_server, seed_text):
    engines = make_engines(["languagetool"], url=lt_server())
    result = check_text(seed_text, engines)
    raw = json.loads((FIXTURES / "board-of-peace.check.json").read_text(encoding="utf-8"))
    assert len(result.findings) == len(raw["matches"])
    for f in result.findings:
        assert seed_text[f.start:f.end] == f.text
    abzugs = [f for f in result.findings if f.text == "die Abzugs"]
    assert abzugs and abzugs[0].category == "grammar"
    assert abzugs[0].rule == "LT_DE_AGREEMENT" and abzugs[0].message.endswith("[LanguageTool GRAMMAR]")


@pytest.mark.parametrize("arbiter", [False, True])
def test_all_engines_merge_without_duplicates_and_rank_our_proposals_first(lt_server, seed_text, engines, arbiter):
    builtin = check_text(seed_text, engines).findings
    lt = check_text(seed_text, make_engines(["languagetool"], url=lt_server())).findings
    result = check_text(seed_text, make_engines(["all"], url=lt_server()), arbiter=arbiter)
    merged = result.findings
    spans = [(f.start, f.end) for f in merged]
    assert len(spans) == len(set(spans)), "no duplicate spans"
    # nothing lost: every span of either engine is in the result, or lies inside/around a merged finding, or (with
    # the arbiter) is in the suppressed list with a reason
    held_back = {(s.finding.start, s.finding.end): s.reason for s in result.suppressed or []}
    assert (result.suppressed is None) == (not arbiter)
    for f in builtin + lt:
        assert (f.start, f.end) in held_back or any(
            m.start <= f.start and f.end <= m.end or f.start <= m.start and m.end <= f.end
            for m in merged), f"{f.text!r} lost in the merge"
    by_text = {f.text: f for f in merged}
    assert by_text["inaugural"].suggestions[0] == "konstituierenden"   # not LanguageTool's "inakkurat"
    assert by_text["inaugural"].engine == "builtin+languagetool"
    assert by_text["Dmitry Peskov"].suggestions[0] == "Dmitri Peskow"  # not "Peso"
    assert "Peso" not in by_text["Dmitry Peskov"].suggestions
    abzug = by_text["die Abzugs"]
    assert abzug.suggestions[0] == "die Abzüge"  # proposed by both engines
    assert "der Abzug" in abzug.suggestions[:3]
    if not arbiter:
        assert by_text["MGIMO-Institut"].engine == "languagetool"  # the plain union keeps every LanguageTool match
    else:  # the arbiter holds back the acronym, with the reason
        assert "MGIMO-Institut" not in by_text
        start = seed_text.index("MGIMO-Institut")
        assert "acronym" in held_back[(start, start + len("MGIMO-Institut"))]


@pytest.mark.parametrize("mode", ["slow", "garbage", "nomatches"])
def test_failing_server_falls_back_to_builtin(lt_server, run_cli, seed_path, mode):
    url = lt_server(mode)
    code, out, err = run_cli(["check", str(seed_path), "--engine", "all", "--languagetool-url", url,
                              "--languagetool-timeout", "1", "--format", "json"])
    assert code == 0
    assert "Traceback" not in err
    assert err.startswith("lektorat: warning:") and "built-in engine" in err
    data = json.loads(out)
    assert data["findings"] and all(f["engine"] == "builtin" for f in data["findings"])

    code, out, err = run_cli(["check", str(seed_path), "--engine", "all", "--languagetool-url", url,
                              "--languagetool-timeout", "1", "--require-languagetool"])
    assert code == 2 and out == "" and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("lektorat:")


def test_no_server_at_all(run_cli, seed_path):
    # a closed port on loopback: connection refused at once
    code, out, err = run_cli(["check", str(seed_path), "--engine", "languagetool",
                              "--languagetool-url", "http://127.0.0.1:9", "--require-languagetool"])
    assert code == 2 and "not available" in err and "Traceback" not in err


def test_unavailable_is_an_exception_the_library_can_catch(lt_server):
    with pytest.raises(LanguageToolUnavailable):
        LanguageToolEngine(url=lt_server("garbage"), timeout=1).raw_check("Ein Text.")


def test_rule_options_and_picky_level_reach_the_server(lt_server, seed_path, run_cli):
    url = lt_server()
    code, out, err = run_cli(["check", str(seed_path), "--engine", "languagetool", "--languagetool-url", url,
                              "--disable-rule", "GERMAN_SPELLER_RULE", "--disable-category", "TYPOGRAPHY",
                              "--level", "picky", "--format", "json"])
    assert code == 0, err
    # the server ran in this process's thread; the CLI in a subprocess sent one check request
    form = lt_server.servers[0].requests[-1]
    assert form["disabledRules"] == ["GERMAN_SPELLER_RULE"]
    assert form["disabledCategories"] == ["TYPOGRAPHY"]
    assert form["level"] == ["picky"]
    assert form["language"] == ["de-DE"]


def test_local_server_without_java_is_a_clear_message(tmp_path, seed_path):
    """The local-server path (no --languagetool-url) with an existing LanguageTool folder but no Java: the
    package refuses before any download, and lektorat reports it in one line and goes on."""
    import os
    import subprocess
    import sys

    from language_tool_python.server import LTP_DOWNLOAD_VERSION

    (tmp_path / f"LanguageTool-{LTP_DOWNLOAD_VERSION}").mkdir()  # an "existing install": nothing is downloaded
    env = {"PATH": str(tmp_path), "LTP_PATH": str(tmp_path), "HOME": str(tmp_path), "HF_HUB_OFFLINE": "1",
           "LEKTORAT_CACHE": os.environ.get("LEKTORAT_CACHE", os.path.expanduser("~/.cache"))}
    base = [sys.executable, "-m", "lektorat", "check", str(seed_path), "--engine", "all", "--format", "json"]
    p = subprocess.run(base, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and "Traceback" not in p.stderr
    assert "java" in p.stderr.lower() and "built-in engine" in p.stderr
    assert json.loads(p.stdout)["findings"]
    p = subprocess.run(base + ["--require-languagetool"], env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and p.stdout == "" and len(p.stderr.strip().splitlines()) == 1


def test_configuration_disable_reaches_languagetool_and_filters_every_engine(lt_server, seed_path, run_cli, tmp_path):
    """`disable` in lektorat.toml names rules or categories of any engine: sent to LanguageTool as both, and the
    merged findings hold none of them (LanguageTool's own ids, with or without our LT_ prefix, and our categories)."""
    url = lt_server()
    (tmp_path / "lektorat.toml").write_text(
        f'engine = "all"\nlanguagetool-url = "{url}"\ndisable = ["GERMAN_SPELLER_RULE", "typography", "EN_WORD"]\n',
        encoding="utf-8")
    code, out, err = run_cli(["check", str(seed_path), "--format", "json"], cwd=tmp_path)
    assert code == 0, err
    form = lt_server.servers[0].requests[-1]
    assert set(form["disabledRules"][0].split(",")) == {"GERMAN_SPELLER_RULE", "TYPOGRAPHY", "EN_WORD"}
    findings = json.loads(out)["findings"]
    assert findings and json.loads(out)["engines"] == ["builtin", "languagetool"]
    assert not [f for f in findings if f["rule"] in ("LT_GERMAN_SPELLER_RULE", "EN_WORD")
                or f["category"] == "typography"]
