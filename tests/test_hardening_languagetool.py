"""Hardening of the LanguageTool engine against loopback servers that misbehave, and of `findings.merge`.

- The timeout is a deadline for each whole request: a server that trickles a byte every 0.5 s (in the body, in the
  headers, or in the connection check at start-up) holds `timeout=2` for about 2 s, not for as long as it trickles.
- Malformed replies: a bad match is skipped (or repaired) with one warning line and the rest of the reply kept; a
  reply that is no LanguageTool reply at all costs LanguageTool, never the built-in findings, and never gives a
  traceback (`--require-languagetool`: exit 2 with one line).
- `merge` gives what the quadratic version gave, fast.

Every server here listens on 127.0.0.1 and is started by the test.
"""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytest.importorskip("language_tool_python", reason="the languagetool extra is not installed")

from lektorat.findings import CATEGORIES, SEVERITIES, Finding, merge  # noqa: E402
from lektorat.engines.languagetool import (  # noqa: E402
    MAX_REPLY_BYTES,
    LanguageToolEngine,
    LanguageToolUnavailable,
    findings_from_reply,
)

LANGUAGES = json.dumps([{"name": "German (Germany)", "code": "de", "longCode": "de-DE"}]).encode()
TRICKLE = 0.5  # seconds between two bytes of a trickling server
TIMEOUT = 2.0


# --- loopback servers ----------------------------------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self._answer("languages" if self.path.startswith("/v2/languages") else "other")

    def do_POST(self):
        self.body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._answer("check" if self.path.startswith("/v2/check") else "other")

    def _answer(self, endpoint):
        behaviour = self.server.behaviours.get(endpoint, _reply(b"{}", status=404))
        try:
            behaviour(self)
        except OSError:  # the client gave up (that is what the timeout tests want)
            self.close_connection = True


def _reply(body: bytes, status: int = 200, content_type: str = "application/json"):
    def send(h):
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)
    return send


def _json(obj):
    return _reply(json.dumps(obj).encode("ascii"))  # ensure_ascii: a lone surrogate travels as \ud800


def _trickle_body(body: bytes):
    def send(h):
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.flush()
        _drip(h, body)
    return send


def _trickle_headers(h):
    _drip(h, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: " + b"x" * 200 + b"\r\n\r\n")


def _drip(h, data: bytes):
    for k in range(len(data)):
        if h.server.stopping.wait(TRICKLE):
            return
        h.wfile.write(data[k:k + 1])
        h.wfile.flush()
    h.close_connection = True


@pytest.fixture
def fake_lt():
    """fake_lt(check=..., languages=...) -> URL of a loopback server answering with these behaviours."""
    servers = []

    def start(check, languages=_reply(LANGUAGES)):
        srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        srv.daemon_threads = True
        srv.behaviours = {"check": check, "languages": languages}
        srv.stopping = threading.Event()
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}"

    yield start
    for s in servers:
        s.stopping.set()
        s.shutdown()
        s.server_close()


# --- 1. the timeout is a deadline --------------------------------------------------------------------------------

def _took(fn) -> tuple[float, BaseException | None]:
    t0 = time.monotonic()
    try:
        fn()
    except LanguageToolUnavailable as e:
        return time.monotonic() - t0, e
    return time.monotonic() - t0, None


@pytest.mark.parametrize("where", ["body", "headers"])
def test_a_trickling_check_gives_up_at_the_deadline(fake_lt, where):
    # 100 spaces and an empty reply: 58 s at one byte every 0.5 s (a read timeout of 2 s is never reached)
    behaviour = _trickle_body(b" " * 100 + b'{"matches": []}') if where == "body" else _trickle_headers
    engine = LanguageToolEngine(url=fake_lt(behaviour), timeout=TIMEOUT)
    took, error = _took(lambda: engine.raw_check("Ein Text."))
    assert error is not None and f"did not answer within {TIMEOUT:g} s" in str(error)
    assert TIMEOUT - 0.2 <= took < TIMEOUT + 1.0, took


def test_a_trickling_connection_check_gives_up_at_the_deadline(fake_lt):
    """language_tool_python asks /v2/languages when it is constructed (with its 300 s default timeout, per read)."""
    url = fake_lt(_json({"matches": []}), languages=_trickle_body(LANGUAGES))
    took, error = _took(lambda: LanguageToolEngine(url=url, timeout=TIMEOUT))
    assert error is not None and "is not available" in str(error) and "within 2 s" in str(error)
    assert took < TIMEOUT + 1.0, took


def test_a_server_that_accepts_and_never_answers(fake_lt):
    with socket.socket() as s:  # listens, never accepts: the connection is queued, nothing is ever read
        s.bind(("127.0.0.1", 0))
        s.listen(8)
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
        took, error = _took(lambda: LanguageToolEngine(url=url, timeout=TIMEOUT))
    assert error is not None and took < TIMEOUT + 1.0, took


def test_the_cli_gives_up_on_a_trickling_server(fake_lt, run_cli, seed_path):
    url = fake_lt(_trickle_body(b" " * 200 + b'{"matches": []}'))
    t0 = time.monotonic()
    code, _, _ = run_cli(["check", str(seed_path), "--engine", "builtin", "--format", "json"])
    baseline = time.monotonic() - t0
    assert code == 0
    t0 = time.monotonic()
    code, out, err = run_cli(["check", str(seed_path), "--engine", "all", "--languagetool-url", url,
                              "--languagetool-timeout", str(TIMEOUT), "--format", "json"])
    took = time.monotonic() - t0
    assert code == 0 and "Traceback" not in err
    assert err.count("\n") == 1 and "did not answer within 2 s" in err and "built-in engine" in err
    assert json.loads(out)["findings"]
    # the deadline plus the start of LanguageTool's package, which a loaded machine stretches as it stretches the
    # baseline (a CI box running other jobs took 8.2 s against a 3.7 s baseline); the trickle alone would take 107 s
    assert took < 2 * baseline + TIMEOUT + 5, (took, baseline)


def test_a_local_server_that_does_not_start_in_time_is_stopped(tmp_path):
    """Without --languagetool-url the package starts a server and waits for it; it tries the next port when the
    wait fails, and the next... With our timeout the wait gives up once, and stops the server it started."""
    from language_tool_python import server as lt_server
    from language_tool_python.exceptions import ServerError

    from lektorat.engines.languagetool import _tool_class

    tool_class = _tool_class()
    tool = tool_class.__new__(tool_class)  # no __init__: no download, no Java
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))  # bound, not listening: refused at once
    port = closed.getsockname()[1]
    tool._lektorat_timeout, tool._host, tool._port = 1.0, "127.0.0.1", port
    tool._url, tool._language_tool_download_version = f"http://127.0.0.1:{port}/v2/", "6.3"
    tool._server = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], stdin=subprocess.PIPE,
                                    text=True)
    lt_server.RUNNING_SERVER_PROCESSES.append(tool._server)
    process = tool._server
    try:
        t0 = time.monotonic()
        with pytest.raises(LanguageToolUnavailable, match="did not start within 1 s"):
            tool._wait_for_server_ready()
        assert time.monotonic() - t0 < 4
        assert process.poll() is not None and tool._server is None  # stopped, not left running
        # a server that exits (a port in use): the package's ServerError, so it tries another port
        tool._server = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"], stdin=subprocess.PIPE,
                                        text=True)
        tool._server.wait()
        with pytest.raises(ServerError):
            tool._wait_for_server_ready()
    finally:
        closed.close()
        for p in (process, tool._server):
            if p is not None and p.poll() is None:
                p.kill()
                p.wait()


# --- 2. malformed replies ------------------------------------------------------------------------------------------

GOOD = {"message": "Ein guter Fund.", "offset": 0, "length": 5, "replacements": [{"value": "Wladimir"}],
        "rule": {"id": "TEST_RULE", "issueType": "grammar", "category": {"id": "GRAMMAR", "name": "Grammatik"}}}
BAD = {"message": "Ein schlechter Fund.", "offset": 6, "length": 3, "replacements": [{"value": "oder"}],
       "rule": {"id": "BAD_RULE", "issueType": "grammar", "category": {"id": "GRAMMAR"}}}  # "und" in the seed


def _bad(**changes):
    m = {**BAD, **changes}
    rule = m["rule"]
    if isinstance(rule, dict) and "category" in changes:
        m["rule"] = {**rule, "category": changes["category"]}
        del m["category"]
    return m


SKIPPED = {  # the bad match is skipped, the good one kept
    "offset Infinity": _bad(offset=float("inf")),
    "offset NaN": _bad(offset=float("nan")),
    "offset -Infinity": _bad(offset=float("-inf")),
    "offset negative": _bad(offset=-4),
    "offset beyond the text": _bad(offset=10**6),
    "offset a 40-digit number": _bad(offset=10**40),
    "offset a string": _bad(offset="6"),
    "offset a float": _bad(offset=6.5),
    "offset true": _bad(offset=True),
    "offset missing": {k: v for k, v in BAD.items() if k != "offset"},
    "length zero": _bad(length=0),
    "length negative": _bad(length=-3),
    "length past the end": _bad(offset=6, length=10**6),
    "rule a string": _bad(rule="X"),
    "category a string": _bad(category="GRAMMAR"),
    "rule id a number": _bad(rule={"id": 7, "category": {"id": "GRAMMAR"}}),
    "replacements a string": _bad(replacements="oder"),
    "replacements an object": _bad(replacements={"value": "oder"}),
    "message a list": _bad(message=["Fehler"]),
    "match a string": "oops",
    "match null": None,
}
REPAIRED = {  # the bad match is kept with what could be repaired: (field, expected value)
    "lone surrogate in the message": (_bad(message="Fehler \ud800 hier"), "message", "Fehler \ufffd hier"),
    "lone low surrogate in the message": (_bad(message="\udfff"), "message", "\ufffd"),
    "lone surrogate in a proposal": (_bad(replacements=[{"value": "od\ud800er"}, {"value": "sowie"}]),
                                     "suggestions", ["sowie"]),
    "lone surrogate in the rule id": (_bad(rule={"id": "R\ud800", "category": {"id": "GRAMMAR"}}), "rule",
                                      "LT_R\ufffd"),
    "terminal escape in the message": (_bad(message="\x1b[2J\x1b[31mrot"), "message", "\ufffd[2J\ufffd[31mrot"),
    "proposals that are not objects": (_bad(replacements=["oder", {"value": 5}, {"value": "sowie"}]),
                                       "suggestions", ["sowie"]),
}


@pytest.fixture
def run_here(capsys):
    """The CLI in this process (as run_cli, without a new interpreter each time: these cases are many and differ
    only in the server's reply; the subprocess path is tested by the timeout test above)."""
    from lektorat.cli import main

    def run(args):
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as e:
            code = e.code
        out, err = capsys.readouterr()
        return code, out, err
    return run


def _one_warning(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lektorat: warning:"), err
    return lines[0]


@pytest.mark.parametrize("case", list(SKIPPED))
def test_a_malformed_match_is_skipped_and_the_rest_kept(case, fake_lt, run_here, seed_path):
    url = fake_lt(_json({"matches": [SKIPPED[case], GOOD]}))
    code, out, err = run_here(["check", str(seed_path), "--engine", "all", "--languagetool-url", url,
                              "--format", "json"])
    assert code == 0, err
    assert "skipped 1 of 2 matches as malformed" in _one_warning(err)
    data = json.loads(out)
    assert data["engines"] == ["builtin", "languagetool"]
    lt = [f for f in data["findings"] if "languagetool" in f["engine"]]
    assert [(f["text"], f["rule"], f["suggestions"]) for f in lt] == [("Putin", "LT_TEST_RULE", ["Wladimir"])]
    assert any(f["engine"] == "builtin" for f in data["findings"])


@pytest.mark.parametrize("case", list(REPAIRED))
def test_a_repairable_match_is_repaired(case, fake_lt, run_here, seed_path):
    match, field, expected = REPAIRED[case]
    url = fake_lt(_json({"matches": [match, GOOD]}))
    # every output format can print it (a lone surrogate cannot be UTF-8, it cost every finding before)
    for fmt in ("json", "line", "text") if case in ("lone surrogate in the message", "terminal escape in the message") \
            else ("json",):
        code, out, err = run_here(["check", str(seed_path), "--engine", "all", "--languagetool-url", url,
                                  "--format", fmt])
        assert code == 0, err
        assert "repaired 1 match" in _one_warning(err)
        assert "\x1b" not in out
        if fmt == "json":
            data = json.loads(out)
            got = [f for f in data["findings"] if f["start"] == 6 and f["end"] == 9]
            assert len(got) == 1 and got[0]["engine"] == "languagetool"
            value = got[0][field]
            assert value == expected or value == f"{expected} [LanguageTool GRAMMAR]"
            assert any(f["engine"] == "builtin" for f in data["findings"])


FAILING = {  # no LanguageTool reply at all: LanguageTool is dropped, the built-in findings stay
    "HTML error page": (_reply(b"<html>502 Bad Gateway</html>", 502, "text/html"), "HTTP 502"),
    "HTTP 500 with LanguageTool's error text": (
        _reply(b"Error: Internal Error: java.lang.OutOfMemoryError\n\tat org.languagetool...", 500, "text/plain"),
        "HTTP 500"),
    "not JSON": (_reply(b"this is not json"), "not JSON"),
    "truncated JSON": (_reply(b'{"matches": [{"offset": 0, "len'), "not JSON"),
    "empty body": (_reply(b""), "not JSON"),
    "a JSON list": (_json([GOOD]), "no list of matches"),
    "matches an object": (_json({"matches": {"0": GOOD}}), "no list of matches"),
    "matches null": (_json({"matches": None}), "no list of matches"),
    "nested a million deep": (_reply(b"[" * 1_000_000), "not JSON"),
    "a number too long for Python": (_reply(b'{"matches": [], "n": ' + b"9" * 5000 + b"}"), None),
    "too large (declared)": ("declared", "larger than 50 MB"),
    "too large (streamed)": ("streamed", "larger than 50 MB"),
}


def _too_large(kind):
    def send(h):
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        if kind == "declared":
            h.send_header("Content-Length", str(60 * 1024 * 1024))
        else:
            h.send_header("Connection", "close")  # no length: the body ends when the connection does
        h.end_headers()
        h.wfile.write(b'{"matches": [], "pad": "')
        chunk = b"x" * (1024 * 1024)
        for _ in range(MAX_REPLY_BYTES // len(chunk) + (2 if kind == "streamed" else 1)):
            h.wfile.write(chunk)
        h.close_connection = True
    return send


@pytest.mark.parametrize("case", list(FAILING))
def test_a_reply_that_is_no_reply_costs_languagetool_only(case, fake_lt, run_here, seed_path):
    behaviour, why = FAILING[case]
    if isinstance(behaviour, str):
        behaviour = _too_large(behaviour)
    url = fake_lt(behaviour)
    base = ["check", str(seed_path), "--languagetool-url", url, "--format", "json"]
    if case == "a number too long for Python":  # the long number is no offset: skipped, not an error
        code, out, err = run_here(base + ["--engine", "all"])
        assert code == 0 and err == "" and json.loads(out)["engines"] == ["builtin", "languagetool"]
        return
    # --engine languagetool alone falls back to built-in as well (checked on a few: it is the same code path)
    for engine in ("all", "languagetool") if case in ("HTML error page", "not JSON", "too large (streamed)") \
            else ("all",):
        code, out, err = run_here(base + ["--engine", engine])
        assert code == 0, err
        warning = _one_warning(err)
        assert why in warning and "built-in engine" in warning
        data = json.loads(out)
        assert data["findings"] and all(f["engine"] == "builtin" for f in data["findings"])
    code, out, err = run_here(base + ["--engine", "all", "--require-languagetool"])
    assert code == 2 and out == "" and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("lektorat:") and why in err


def test_a_whole_reply_of_malformed_matches_only_warns(fake_lt, run_here, seed_path):
    """--require-languagetool: LanguageTool answered, so skipped matches are a warning, not a failure."""
    url = fake_lt(_json({"matches": list(SKIPPED.values())}))
    code, out, err = run_here(["check", str(seed_path), "--engine", "all", "--languagetool-url", url,
                              "--require-languagetool", "--format", "json"])
    assert code == 0
    warning = _one_warning(err)
    assert f"skipped {len(SKIPPED)} of {len(SKIPPED)} matches" in warning and warning.endswith("…)")
    assert json.loads(out)["findings"]


def test_findings_from_reply_notes():
    text = "Putin und Lukashenko"
    notes: list[str] = []
    found = findings_from_reply({"matches": [GOOD, _bad(offset=float("inf")), _bad(rule="X"),
                                             _bad(message="a\ud800")],
                                 "warnings": {"incompleteResults": True}}, text, notes)
    assert [(f.start, f.end) for f in found] == [(0, 5), (6, 9)]
    assert found[1].message.startswith("a\ufffd")
    assert notes[0] == ("skipped 2 of 4 matches as malformed (offset Infinity is not an integer; "
                        'rule is "X", not an object)')
    assert notes[1].startswith("repaired 1 match") and "incomplete" in notes[2]
    assert findings_from_reply({"matches": [GOOD]}, text, notes := []) and notes == []


def test_offsets_inside_an_astral_character_are_skipped():
    text = "a😀b"  # UTF-16: a=0, 😀=1-2, b=3; offset 1, length 1 is half of the emoji
    notes: list[str] = []
    found = findings_from_reply({"matches": [_bad(offset=1, length=1), _bad(offset=3, length=1)]}, text, notes)
    assert [f.text for f in found] == ["b"] and notes and "no span of the text" in notes[0]


def test_a_good_reply_after_a_bad_one(fake_lt):
    """The engine object stays usable: one request's failure is not remembered."""
    replies = iter([_reply(b"nonsense"), _json({"matches": [GOOD]})])
    url = fake_lt(lambda h: next(replies)(h))
    engine = LanguageToolEngine(url=url, timeout=TIMEOUT, warn=None)
    with pytest.raises(LanguageToolUnavailable, match="not JSON"):
        engine.raw_check("Putin und Lukashenko")
    from lektorat.document import Document

    assert [f.text for f in engine.check(Document("Putin und Lukashenko"))] == ["Putin"]


def test_warnings_go_to_the_given_function(fake_lt):
    from lektorat.document import Document

    said: list[str] = []
    url = fake_lt(_json({"matches": [GOOD, "oops"]}))
    engine = LanguageToolEngine(url=url, timeout=TIMEOUT, warn=said.append)
    assert [f.text for f in engine.check(Document("Putin und Lukashenko", "a.txt"))] == ["Putin"]
    assert said == ["a.txt: LanguageTool's reply: skipped 1 of 2 matches as malformed (a match is \"oops\", "
                    "not an object)"]


@pytest.mark.parametrize("timeout", [0, -1, float("nan")])
def test_a_timeout_that_is_no_timeout(timeout):
    with pytest.raises(ValueError):
        LanguageToolEngine(url="http://127.0.0.1:9", timeout=timeout)


def test_the_request_reaches_the_server_as_before(fake_lt):
    """Our own POST sends what language_tool_python's did: a form with language, text, rules and level."""
    seen = []

    def check(h):
        seen.append((h.headers.get("Content-Type"), urllib.parse.parse_qs(h.body.decode("utf-8"))))
        _json({"matches": []})(h)

    engine = LanguageToolEngine(url=fake_lt(check), picky=True, disabled_rules=["A_RULE"], timeout=TIMEOUT)
    engine.raw_check("Grüße 😀 & mehr")
    [(content_type, form)] = seen
    assert content_type.startswith("application/x-www-form-urlencoded")
    assert form == {"language": ["de-DE"], "text": ["Grüße 😀 & mehr"], "disabledRules": ["A_RULE"],
                    "level": ["picky"]}


def test_a_lone_surrogate_in_the_text_goes_as_a_question_mark(fake_lt):
    """A library caller's string may hold one (no file decodes to one): one UTF-16 unit for one, offsets fit."""
    from lektorat.document import Document

    seen = []

    def check(h):
        seen.append(urllib.parse.parse_qs(h.body.decode("utf-8"))["text"][0])
        _json({"matches": [GOOD, {**BAD, "offset": 8, "length": 3}]})(h)

    found = LanguageToolEngine(url=fake_lt(check), timeout=TIMEOUT).check(Document("Putin \ud800 und"))
    assert seen == ["Putin ? und"] and [f.text for f in found] == ["Putin", "und"]


# --- 3. merge: the same result, near-linear ------------------------------------------------------------------------

def _quadratic_merge(primary, secondary):
    """`merge` as it was: every secondary finding compared with every finding kept so far."""
    from lektorat.findings import _OURS_FIRST, _both, _nested, _rank

    out = list(primary)
    by_span = {(f.start, f.end): k for k, f in enumerate(out)}
    for g in secondary:
        k = by_span.get((g.start, g.end))
        if k is None:
            k = next((i for i, f in enumerate(out) if _nested(f, g) and f.engine != g.engine), None)
            if k is None:
                by_span[(g.start, g.end)] = len(out)
                out.append(g)
                continue
            out[k] = replace(out[k], engine=_both(out[k].engine, g.engine))
            continue
        f = out[k]
        out[k] = replace(f, suggestions=_rank(f.suggestions, g.suggestions, ours_first=f.category in _OURS_FIRST),
                         severity=min(f.severity, g.severity, key=SEVERITIES.index),
                         engine=_both(f.engine, g.engine))
    out.sort(key=lambda f: (f.start, f.end))
    return out


def _random_findings(rnd: random.Random, n_primary: int, n_secondary: int, length: int):
    words = ["a", "b", "c", "d"]

    def finding(start, end, engine):
        return Finding(start, end, "x" * (end - start), rnd.choice(["R1", "R2", "LT_X"]), rnd.choice(CATEGORIES),
                       rnd.choice(SEVERITIES), "m", rnd.sample(words, rnd.randint(0, 3)), engine=engine)

    def span():
        start = rnd.randint(0, length)
        size = rnd.choice([0, 1, 3, 10, 40]) if rnd.random() < 0.9 else rnd.randint(200, 2000)  # some wide ones
        return start, start + size

    primary = [finding(*span(), rnd.choice(["builtin"] * 5 + ["languagetool", "other"]))
               for _ in range(n_primary)]
    secondary = []
    for _ in range(n_secondary):
        r = rnd.random()
        if primary and r < 0.3:  # the same span as a primary finding
            f = rnd.choice(primary)
            start, end = f.start, f.end
        elif primary and r < 0.5:  # inside a primary finding
            f = rnd.choice(primary)
            start = rnd.randint(f.start, f.end)
            end = rnd.randint(start, f.end)
        elif primary and r < 0.6:  # around a primary finding
            f = rnd.choice(primary)
            start, end = max(0, f.start - rnd.randint(0, 300)), f.end + rnd.randint(0, 300)
        elif secondary and r < 0.7:  # the same span as an earlier secondary finding
            f = rnd.choice(secondary)
            start, end = f.start, f.end
        else:
            start, end = span()
        secondary.append(finding(start, end, rnd.choice(["languagetool"] * 5 + ["builtin", "third"])))
    return primary, secondary


@pytest.mark.parametrize("seed", range(40))
def test_merge_is_the_quadratic_merge(seed):
    rnd = random.Random(seed)
    n = rnd.choice([0, 1, 5, 30, 200])
    primary, secondary = _random_findings(rnd, n, rnd.choice([0, 1, 5, 30, 200]), rnd.choice([20, 300, 5000]))
    assert merge(primary, secondary) == _quadratic_merge(primary, secondary)
    assert merge(secondary, primary) == _quadratic_merge(secondary, primary)


def test_merging_20000_findings_is_fast():
    """10,000 findings of each engine over a long text (~400 KB): a third on the same spans, a fifth inside one
    of the other engine's, the rest elsewhere. The quadratic merge took about 8 s for this, the indexed 0.15 s."""
    rnd = random.Random(1)
    primary, secondary, pos = [], [], 0
    for _ in range(10_000):
        pos += rnd.randint(5, 40)
        size = rnd.randint(1, 20)
        primary.append(Finding(pos, pos + size, "x" * size, "R", "grammar", "warning", "m", ["a"]))
    for _ in range(10_000):
        r = rnd.random()
        f = rnd.choice(primary)
        if r < 0.3:
            start, end = f.start, f.end
        elif r < 0.5:
            start = f.start + rnd.randint(0, (f.end - f.start) // 2)
            end = max(start + 1, f.end - rnd.randint(0, 2))
        else:
            start = rnd.randint(0, pos)
            end = start + rnd.randint(1, 20)
        secondary.append(Finding(start, end, "y" * (end - start), "LT_X", "spelling", "error", "m", ["b"],
                                 engine="languagetool"))
    t0 = time.perf_counter()
    merged = merge(primary, secondary)
    took = time.perf_counter() - t0
    assert len(merged) > 10_000  # the same result as the quadratic merge: test_merge_is_the_quadratic_merge
    assert took < 1.5, f"{took:.2f} s"
