"""LanguageTool as an engine, through `language_tool_python`: a remote server (`--languagetool-url`) or the local
server the package manages (it downloads LanguageTool when online and honours LTP_PATH for an existing install).

LanguageTool counts offsets in UTF-16 code units (Java strings); findings count code points. We convert the raw
offsets ourselves: the package's own correction compares code-point positions with UTF-16 offsets and leaves
lengths alone, which is off for text with several astral characters (emoji) or one inside a match.
"""

from __future__ import annotations

from bisect import bisect_right

from ..document import Document
from ..findings import Finding

DEFAULT_TIMEOUT = 30.0


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


class LanguageToolEngine:
    name = "languagetool"

    def __init__(self, url: str | None = None, language: str = "de-DE", disabled_rules=(), disabled_categories=(),
                 picky: bool = False, timeout: float = DEFAULT_TIMEOUT, tuning=None, disabled_ids=()) -> None:
        try:
            import language_tool_python
        except ImportError:
            raise LanguageToolUnavailable("language-tool-python is not installed: pip install 'lektorat[languagetool]'") from None
        try:
            tool = language_tool_python.LanguageTool(language, remote_server=url) if url else \
                language_tool_python.LanguageTool(language)
        except Exception as e:  # the package raises many kinds here (no Java, download failed, refused, ...)
            where = url or "the local LanguageTool server"
            raise LanguageToolUnavailable(f"LanguageTool at {where} is not available: {_one_line(e)}") from None
        tool._TIMEOUT = timeout  # the package's default is 300 s: too long for a copy desk
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
        import urllib.parse

        tool = self._tool
        try:
            reply = tool._query_server(urllib.parse.urljoin(tool._url, "check"), tool._create_params(text),
                                       method="post")
        except Exception as e:
            raise LanguageToolUnavailable(f"LanguageTool did not answer: {_one_line(e)}") from None
        if not isinstance(reply, dict) or not isinstance(reply.get("matches"), list):
            raise LanguageToolUnavailable("LanguageTool's reply has no list of matches")
        return reply

    def check(self, doc: Document) -> list[Finding]:
        found = findings_from_reply(self.raw_check(doc.text), doc.text)
        return self.tuning.apply(doc, found) if self.tuning is not None else found

    def close(self) -> None:
        try:
            self._tool.close()
        except Exception:
            pass


def findings_from_reply(reply: dict, text: str) -> list[Finding]:
    """Turn a LanguageTool /v2/check reply into findings with code-point offsets."""
    to_cp = utf16_to_codepoint(text)
    out = []
    for m in reply.get("matches", []):
        try:
            a16, n16 = int(m["offset"]), int(m["length"])
            rule = m.get("rule") or {}
            rule_id = str(rule.get("id", "UNKNOWN"))
            cat_id = str((rule.get("category") or {}).get("id", ""))
            issue = str(rule.get("issueType", ""))
            message = str(m.get("message", ""))
            repl = [str(r["value"]) for r in m.get("replacements", []) if isinstance(r, dict) and "value" in r]
        except (KeyError, TypeError, ValueError):
            raise LanguageToolUnavailable("LanguageTool's reply has a malformed match") from None
        start, end = to_cp(a16), to_cp(a16 + n16)
        if not (0 <= start < end <= len(text)):
            raise LanguageToolUnavailable(f"LanguageTool reported a match outside the text (offset {a16})")
        span = text[start:end]
        # LanguageTool's own rule id stays in `rule`, its category id at the end of the message
        msg = f"{message} [LanguageTool {cat_id}]" if cat_id else message
        out.append(Finding(start, end, span, f"LT_{rule_id}", _category(cat_id, rule_id, span),
                           _SEVERITY.get(issue, "warning"), msg, repl[:5], engine="languagetool"))
    return out


def _category(cat_id: str, rule_id: str, span: str) -> str:
    if rule_id.startswith(("GERMAN_SPELLER", "DE_SPELLER")) or cat_id == "TYPOS":
        from ..engines.builtin.unknown_words import _english_by_frequency
        from .. import lexicon
        low = span.lower()
        if span.isalpha() and lexicon.is_english(low) and _english_by_frequency(low):
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


def _one_line(e: BaseException) -> str:
    s = str(e).strip().splitlines()
    return (s[0] if s else type(e).__name__)[:200]
