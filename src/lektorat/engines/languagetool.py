"""LanguageTool as an engine: a remote server (`--languagetool-url`) or the local server `language_tool_python`
manages (it downloads LanguageTool when online and honours LTP_PATH for an existing install).

Talking to the server. `language_tool_python` builds the request (language, rules, level) and starts a local
server; every HTTP request (its connection check, /v2/languages, at construction, and our /v2/check) goes
through `_fetch` here instead of `requests`. The timeout is a deadline for the whole of each request: DNS,
connect, sending, waiting and reading the body, which is read in chunks with a wall-clock check. The exchange runs
in a daemon thread; at the deadline we stop waiting for it, shut its socket down and report a timeout, so a server
that trickles a byte at a time cannot hold us longer than the timeout (requests' timeout is per socket read, and
`language_tool_python` uses 300 s). The local server's start-up wait honours the same timeout (not a download of
LanguageTool, which the package does first when it has to). Replies larger than MAX_REPLY_BYTES are refused.
Environment proxies (http_proxy, https_proxy, no_proxy) are honoured as requests did.

Malformed replies. A reply that is no LanguageTool reply at all (not HTTP 200, not JSON, too large, no list of
`matches`) raises LanguageToolUnavailable: the caller goes on with the built-in engine (or stops, with
--require-languagetool). Inside a good reply, one malformed match does not cost the others: a match whose offset
or length is not an integer position inside the text (Infinity, NaN, negative, beyond the end, a float), whose
`rule` or `category` is not an object, whose `replacements` is not a list, or whose strings are not strings, is
skipped. Lone UTF-16 surrogates and control characters in messages and ids become U+FFFD (they could not be
printed as UTF-8, and would cost every finding at output time); a proposal holding one is dropped, as it could not
be applied. Each check with skipped or repaired matches gives one warning line (`warn`, by default stderr); as
LanguageTool did answer, that is no failure, not even with --require-languagetool. (Skipping rather than
discarding: the other matches are as good as ever, and the built-in findings never depended on the reply.)

LanguageTool counts offsets in UTF-16 code units (Java strings); findings count code points. We convert the raw
offsets ourselves: the package's own correction compares code-point positions with UTF-16 offsets and leaves
lengths alone, which is off for text with several astral characters (emoji) or one inside a match.
"""

from __future__ import annotations

import base64
import http.client
import json
import math
import re
import socket
import sys
import threading
import time
import urllib.parse
from bisect import bisect_right

from ..document import Document
from ..findings import Finding

DEFAULT_TIMEOUT = 30.0
MAX_REPLY_BYTES = 50 * 1024 * 1024  # a 3 KB article gets ~30 KB; a reply this large is no reply
_LONGEST_TIMEOUT = 1e6  # "inf" and the like: no practical limit, but a number threads and sockets accept
_CHUNK = 64 * 1024


class LanguageToolUnavailable(Exception):
    """No LanguageTool to ask: no package, no Java, no server, a timeout or a reply that is no LanguageTool reply."""


# LanguageTool category id -> our category
_CATEGORIES = {
    "TYPOS": "spelling", "CASING": "grammar", "GRAMMAR": "grammar", "COMPOUNDING": "spelling",
    "PUNCTUATION": "typography", "TYPOGRAPHY": "typography", "STYLE": "style", "REDUNDANCY": "style",
    "COLLOQUIALISMS": "style", "CONFUSED_WORDS": "calque", "SEMANTICS": "style", "MISC": "grammar",
    "EMPFOHLENE_RECHTSCHREIBUNG": "spelling", "OLD_SPELLING": "spelling", "HILFESTELLUNG_KOMMASETZUNG": "typography",
}
_SEVERITY = {"misspelling": "error", "grammar": "error", "typographical": "warning", "style": "info",
             "locale-violation": "warning", "duplication": "warning", "inconsistency": "warning"}


def _warn_stderr(message: str) -> None:
    print(f"lektorat: warning: {message}", file=sys.stderr)


class LanguageToolEngine:
    name = "languagetool"

    def __init__(self, url: str | None = None, language: str = "de-DE", disabled_rules=(), disabled_categories=(),
                 picky: bool = False, timeout: float = DEFAULT_TIMEOUT, tuning=None, disabled_ids=(),
                 warn=_warn_stderr, arbiter: bool = True, fallback: bool = False) -> None:
        """ARBITER: with the built-in engine (--engine all), its matches go through the arbiter (False: the plain
        union). FALLBACK: a check that fails says so once (WARN) and gives no findings instead of raising
        LanguageToolUnavailable, so a long run (review, report, run) goes on with the built-in engine."""
        self.arbiter = arbiter
        self.fallback = fallback
        self.failed: str | None = None
        timeout = float(timeout)
        if not timeout > 0:  # also NaN
            raise ValueError(f"the LanguageTool timeout must be a positive number of seconds, not {timeout}")
        self.timeout = min(timeout, _LONGEST_TIMEOUT)
        self.warn = warn
        self._where = f"LanguageTool at {_clean(url)}" if url else "the local LanguageTool server"
        try:
            tool_class = _tool_class()
        except ImportError:
            raise LanguageToolUnavailable("language-tool-python is not installed: pip install 'lektorat[languagetool]'") from None
        try:
            tool = tool_class(language, remote_server=url, timeout=self.timeout) if url else \
                tool_class(language, timeout=self.timeout)
        except Exception as e:  # the package raises many kinds here (no Java, download failed, refused, ...)
            raise LanguageToolUnavailable(f"{self._where} is not available: {_one_line(e)}") from None
        tool.disabled_rules.update(disabled_rules)
        tool.disabled_categories.update(disabled_categories)
        # `disable` of the configuration names rules or categories of any engine: LanguageTool ignores ids it does
        # not have, so each one is passed as both (its ids are upper case; ours carry an LT_ prefix). The tuning
        # filters the reply too, for our category names.
        ids = {d.upper().removeprefix("LT_") for d in disabled_ids}
        tool.disabled_rules.update(ids)
        tool.disabled_categories.update(ids)
        self.tuning = tuning
        tool.picky = picky
        self._tool = tool
        self.url = url

    def raw_check(self, text: str) -> dict:
        """LanguageTool's /v2/check reply for TEXT, within the timeout; LanguageToolUnavailable if there is none."""
        tool = self._tool
        # errors="replace": a lone surrogate in TEXT (no file decodes to one; a caller's string may hold one) goes
        # as "?", one UTF-16 unit for one, so offsets still fit
        body = urllib.parse.urlencode(tool._create_params(text), encoding="utf-8", errors="replace").encode("ascii")
        try:
            reply = _parse_json(_fetch(urllib.parse.urljoin(tool._url, "check"), body, self.timeout))
            if not isinstance(reply, dict) or not isinstance(reply.get("matches"), list):
                raise LanguageToolUnavailable("its reply has no list of matches")
        except LanguageToolUnavailable as e:
            raise LanguageToolUnavailable(f"{self._where}: {e}") from None
        return reply

    def check(self, doc: Document) -> list[Finding]:
        notes: list[str] = []
        if self.failed is not None:
            return []
        try:
            reply = self.raw_check(doc.text)
        except LanguageToolUnavailable as e:
            if not self.fallback:
                raise
            self.failed = str(e)
            if self.warn is not None:
                self.warn(f"{e}; going on with the built-in engine only")
            return []
        found = findings_from_reply(reply, doc.text, notes)
        if notes and self.warn is not None:
            self.warn(f"{_clean(doc.name)}: LanguageTool's reply: {'; '.join(notes)}")
        return self.tuning.apply(doc, found) if self.tuning is not None else found

    def close(self) -> None:
        try:
            self._tool.close()
        except Exception:
            pass


# --- the reply -------------------------------------------------------------------------------------------------

class _Malformed(Exception):
    """One match of a reply cannot be used; the message says why."""


# lone surrogates cannot be encoded as UTF-8; control characters would reach the terminal or break a line format
_BROKEN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def findings_from_reply(reply: dict, text: str, notes: list[str] | None = None) -> list[Finding]:
    """Turn a LanguageTool /v2/check reply into findings with code-point offsets.

    Malformed matches are skipped and repairable ones repaired (see the module's docstring); NOTES, when given,
    receives one sentence for each kind of trouble met, for a warning."""
    to_cp = utf16_to_codepoint(text)
    length16 = len(text) + sum(1 for c in text if ord(c) > 0xFFFF)
    matches = reply.get("matches", [])
    out, reasons, skipped, repaired = [], [], 0, 0
    for m in matches:
        fixes: list[str] = []
        try:
            out.append(_finding(m, text, to_cp, length16, fixes))
        except _Malformed as e:
            skipped += 1
            if str(e) not in reasons:
                reasons.append(str(e))
            continue
        repaired += bool(fixes)
    if notes is not None:
        if skipped:
            why = "; ".join(reasons[:3]) + ("; …" if len(reasons) > 3 else "")
            notes.append(f"skipped {skipped} of {len(matches)} matches as malformed ({why})")
        if repaired:
            notes.append(f"repaired {repaired} match(es) with broken characters (shown as U+FFFD) or unusable "
                         "proposals (dropped)")
        warnings = reply.get("warnings")
        if isinstance(warnings, dict) and warnings.get("incompleteResults") is True:
            notes.append("LanguageTool says its results are incomplete (a time or size limit of the server)")
    return out


def _finding(m, text: str, to_cp, length16: int, fixes: list[str]) -> Finding:
    if not isinstance(m, dict):
        raise _Malformed(f"a match is {_show(m)}, not an object")
    a16, n16 = m.get("offset"), m.get("length")
    for key, v in (("offset", a16), ("length", n16)):
        if type(v) is not int:  # not bool, not a float (Infinity, NaN, 1.5), not a string
            raise _Malformed(f"{key} {_show(v)} is not an integer")
    if not (0 <= a16 and 0 < n16 and a16 + n16 <= length16):
        raise _Malformed(f"offset {a16}, length {n16} is outside the text (UTF-16 length {length16})")
    rule = _object(m, "rule")
    rule_id = _string(rule, "id", "UNKNOWN", "rule id", fixes) or "UNKNOWN"
    cat_id = _string(_object(rule, "category"), "id", "", "category id", fixes)
    issue = _string(rule, "issueType", "", "issueType", fixes)
    message = _string(m, "message", "", "message", fixes)
    replacements = m.get("replacements")
    if replacements is None:
        replacements = []
    if not isinstance(replacements, list):
        raise _Malformed(f"replacements is {_show(replacements)}, not a list")
    repl = []
    for r in replacements:
        value = r.get("value") if isinstance(r, dict) else None
        if isinstance(value, str) and not _BROKEN.search(value):
            repl.append(value)
        else:
            fixes.append("proposal")
    start, end = to_cp(a16), to_cp(a16 + n16)
    if not (0 <= start < end <= len(text)):  # e.g. a match on half of an emoji
        raise _Malformed(f"offset {a16}, length {n16} is no span of the text")
    span = text[start:end]
    # LanguageTool's own rule id stays in `rule`, its category id at the end of the message
    msg = f"{message} [LanguageTool {cat_id}]" if cat_id else message
    return Finding(start, end, span, f"LT_{rule_id}", _category(cat_id, rule_id, span),
                   _SEVERITY.get(issue, "warning"), msg, repl[:5], engine="languagetool")


def _object(obj: dict, key: str) -> dict:
    v = obj.get(key)
    if v is None:
        return {}
    if not isinstance(v, dict):
        raise _Malformed(f"{key} is {_show(v)}, not an object")
    return v


def _string(obj: dict, key: str, default: str, what: str, fixes: list[str]) -> str:
    v = obj.get(key)
    if v is None:
        return default
    if not isinstance(v, str):
        raise _Malformed(f"{what} is {_show(v)}, not a string")
    if _BROKEN.search(v):
        fixes.append(what)
        v = _BROKEN.sub("\ufffd", v)
    return v


def _show(v) -> str:
    """A short, printable rendering of a value from the reply, for a warning."""
    try:
        s = json.dumps(v, ensure_ascii=True)  # Infinity, NaN, and surrogates as \\ud800
    except (TypeError, ValueError):
        s = type(v).__name__
    return s if len(s) <= 40 else s[:37] + "..."


def _parse_int(s: str):
    # json would turn a 4,301-digit number into an error for the whole reply: a number this long is just no offset
    return int(s) if len(s) <= 30 else math.inf


def _parse_json(body: bytes):
    try:
        return json.loads(body.decode("utf-8-sig", errors="replace"), parse_int=_parse_int)
    except (ValueError, RecursionError) as e:  # RecursionError: [[[[...]]]] nested deeper than Python's stack
        raise LanguageToolUnavailable(f"its reply is not JSON ({_one_line(e)})") from None


def _category(cat_id: str, rule_id: str, span: str) -> str:
    if rule_id.startswith(("GERMAN_SPELLER", "DE_SPELLER")) or cat_id == "TYPOS":
        from ..engines.builtin.english import english_by_frequency
        from .. import lexicon
        low = span.lower()
        if span.isalpha() and lexicon.is_english(low) and english_by_frequency(low):
            return "english"  # the speller flags English words as typos; they are English words
        return "spelling"
    return _CATEGORIES.get(cat_id, "grammar")


def utf16_to_codepoint(text: str):
    """A function mapping a UTF-16 code-unit offset of `text` to its code-point offset."""
    astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
    if not astral:
        return lambda off: off
    # UTF-16 offset at which each astral character starts
    starts16 = [i + k for k, i in enumerate(astral)]

    def convert(off16: int) -> int:
        k = bisect_right(starts16, off16 - 1)  # astral characters wholly before off16
        return off16 - k

    return convert


# --- HTTP with a deadline ----------------------------------------------------------------------------------------

_tool_class_cache = []


def _tool_class():
    """language_tool_python's LanguageTool, with every request it makes going through `_fetch` (ImportError
    when the package is missing)."""
    if _tool_class_cache:
        return _tool_class_cache[0]
    import language_tool_python
    try:
        from language_tool_python.exceptions import ServerError
    except ImportError:  # other 3.x layouts
        ServerError = Exception

    class Tool(language_tool_python.LanguageTool):
        def __init__(self, *args, timeout: float = DEFAULT_TIMEOUT, **kwargs):
            self._lektorat_timeout = timeout
            self._TIMEOUT = timeout  # for anything of the package's that still uses requests
            super().__init__(*args, **kwargs)

        def _query_server(self, url, params=None, num_tries=2, method="get", *args, **kwargs):
            data = None
            if params and method == "post":
                data = urllib.parse.urlencode(params).encode("utf-8")
            elif params:
                url = f"{url}{'&' if '?' in url else '?'}{urllib.parse.urlencode(params)}"
            return _parse_json(_fetch(url, data, self._lektorat_timeout))

        def _wait_for_server_ready(self, timeout=15, *args, **kwargs):
            # the local server's start-up: within our timeout, not the package's 15 s
            try:
                return super()._wait_for_server_ready(self._lektorat_timeout, *args, **kwargs)
            except ServerError:
                if self._server is not None and self._server.poll() is not None:
                    raise  # it exited (a port in use?): the package tries the next port
                # Still starting: the package would start another server on the next port, and another... Stop
                # this one and give up.
                self._terminate_server()
                raise LanguageToolUnavailable(f"it did not start within {self._lektorat_timeout:g} s") from None

        def __del__(self):
            try:  # the package's __del__ assumes a finished __init__
                super().__del__()
            except Exception:
                pass

    _tool_class_cache.append(Tool)
    return Tool


class _TimedOut(Exception):
    pass


def _fetch(url: str, data: bytes | None, timeout: float, max_bytes: int = MAX_REPLY_BYTES) -> bytes:
    """The body of URL's 200 reply: GET, or POST of DATA (form-encoded). Everything, from the DNS look-up to the
    last byte, within TIMEOUT seconds; LanguageToolUnavailable otherwise, or for any other status or a body over
    MAX_BYTES."""
    exchange = _Exchange(url, data, time.monotonic() + timeout, max_bytes)
    worker = threading.Thread(target=exchange.run, name="lektorat-languagetool", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        exchange.abort()  # the worker ends at its next socket operation; nobody waits for it
        raise LanguageToolUnavailable(f"did not answer within {timeout:g} s")
    if exchange.error is not None:
        if isinstance(exchange.error, _TimedOut):
            raise LanguageToolUnavailable(f"did not answer within {timeout:g} s")
        raise exchange.error
    return exchange.body


class _Exchange:
    """One HTTP request and its reply, run in a worker thread by `_fetch`."""

    def __init__(self, url: str, data: bytes | None, deadline: float, max_bytes: int) -> None:
        self.url, self.data, self.deadline, self.max_bytes = url, data, deadline, max_bytes
        self.body = b""
        self.error: Exception | None = None
        self.aborted = False
        self.conn: http.client.HTTPConnection | None = None
        self.sock = None

    def run(self) -> None:
        try:
            self.body = self._exchange()
        except (LanguageToolUnavailable, _TimedOut) as e:
            self.error = e
        except Exception as e:  # OSError, HTTPException, ssl errors, a bad port number, ...: no answer
            self.error = _TimedOut() if self.aborted or time.monotonic() >= self.deadline else \
                LanguageToolUnavailable(f"did not answer ({_one_line(e)})")
        finally:
            if self.conn is not None:
                self.conn.close()

    def abort(self) -> None:
        self.aborted = True
        sock = self.sock or (self.conn.sock if self.conn is not None else None)
        if sock is not None:
            try:
                socket.socket.shutdown(sock, socket.SHUT_RDWR)  # wakes a blocked recv; plain socket's, for TLS too
            except OSError:
                pass

    def _left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0 or self.aborted:
            raise _TimedOut()
        return left

    def _exchange(self) -> bytes:
        parts = urllib.parse.urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LanguageToolUnavailable(f"{_clean(self.url)} is not an http:// or https:// URL")
        host, port = parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        headers = {"Accept": "application/json", "User-Agent": "lektorat"}
        if self.data is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"
        proxy, proxy_auth = _proxy_for(parts.scheme, host)
        if parts.scheme == "https":
            import ssl

            conn = http.client.HTTPSConnection(*(proxy or (host, port)), timeout=self._left(),
                                               context=ssl.create_default_context())
            if proxy:
                conn.set_tunnel(host, port, headers=proxy_auth)
        else:
            conn = http.client.HTTPConnection(*(proxy or (host, port)), timeout=self._left())
            if proxy:
                path = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
                headers.update(proxy_auth)
        self.conn = conn
        conn.connect()
        self.sock = conn.sock
        self.sock.settimeout(self._left())  # raises if abort() came while connecting
        conn.request("POST" if self.data is not None else "GET", path, body=self.data, headers=headers)
        reply = conn.getresponse()
        if reply.status != 200:
            detail = self._read(reply, 2000, truncate=True).decode("utf-8", errors="replace").strip()
            where = reply.getheader("Location") if 300 <= reply.status < 400 else None
            raise LanguageToolUnavailable(
                f"answered HTTP {reply.status} {_clean(reply.reason)}"
                + (f" (redirect to {_clean(where)})" if where else "")
                + (f": {_one_line(detail)}" if detail else ""))
        declared = reply.getheader("Content-Length")
        if declared and declared.strip().isdigit() and int(declared) > self.max_bytes:
            raise LanguageToolUnavailable(self._too_large())
        return self._read(reply, self.max_bytes)

    def _read(self, reply: http.client.HTTPResponse, limit: int, truncate: bool = False) -> bytes:
        chunks, size = [], 0
        while True:
            self.sock.settimeout(self._left())
            chunk = reply.read1(_CHUNK)  # at most one recv, so the deadline is checked between them
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                if truncate:
                    return b"".join(chunks)[:limit]
                raise LanguageToolUnavailable(self._too_large())

    def _too_large(self) -> str:
        return f"its reply is larger than {self.max_bytes // (1024 * 1024)} MB"


def _proxy_for(scheme: str, host: str) -> tuple[tuple[str, int] | None, dict]:
    """The environment's proxy for SCHEME://HOST (host, port), and its Proxy-Authorization header."""
    import urllib.request

    proxy = urllib.request.getproxies().get(scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        return None, {}
    p = urllib.parse.urlsplit(proxy if "://" in proxy else "http://" + proxy)
    if not p.hostname:
        return None, {}
    auth = {}
    if p.username is not None:
        token = f"{urllib.parse.unquote(p.username)}:{urllib.parse.unquote(p.password or '')}"
        auth["Proxy-Authorization"] = "Basic " + base64.b64encode(token.encode("utf-8")).decode("ascii")
    return (p.hostname, p.port or (443 if p.scheme == "https" else 80)), auth


def _clean(s) -> str:
    """S as printable text on one line."""
    return _BROKEN.sub("\ufffd", str(s))


def _one_line(e) -> str:
    s = str(e).strip().splitlines()
    return _clean(s[0] if s else type(e).__name__)[:200]
