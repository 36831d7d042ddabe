"""The library entry point for checking: a file or a text in, findings out (the JSON contract of DESIGN.md §3)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import glossary as glossary_mod
from .document import Document
from .engines import Engine
from .findings import Finding, merge
from .textio import DEFAULT_MAX_BYTES, read_text

ENGINES = ("builtin", "languagetool", "all")


@dataclass
class CheckResult:
    file: str
    engines: list[str]
    findings: list[Finding]
    document: Document

    def to_dict(self) -> dict:
        return {"file": self.file, "engines": list(self.engines), "findings": [f.to_dict() for f in self.findings]}


def make_engines(names: list[str], glossary_path: str | Path | None = None, **lt_options) -> list[Engine]:
    """Engines by name: "builtin", "languagetool" (options: url, disabled_rules, disabled_categories, picky,
    timeout), or "all" for both. LanguageToolUnavailable propagates: the caller decides whether that is fatal."""
    from .engines.builtin import BuiltinEngine

    out: list[Engine] = []
    for n in names:
        if n in ("builtin", "all"):
            out.append(BuiltinEngine(glossary_mod.load(glossary_path)))
        if n in ("languagetool", "all"):
            from .engines.languagetool import LanguageToolEngine
            out.append(LanguageToolEngine(**lt_options))
        if n not in ENGINES:
            raise ValueError(f"unknown engine {n!r} (available: {', '.join(ENGINES)})")
    return out


def check_text(text: str, engines: list[Engine], name: str = "<text>") -> CheckResult:
    """Run every engine; with several, merge their findings (first engine's spans and proposals lead)."""
    doc = Document(text, name)
    findings: list[Finding] = []
    for k, e in enumerate(engines):
        found = e.check(doc)
        findings = sorted(found, key=lambda f: (f.start, f.end)) if k == 0 else merge(findings, found)
    return CheckResult(name, [e.name for e in engines], findings, doc)


def check_file(path: str | Path, engines: list[Engine], encoding: str = "utf-8",
               max_bytes: int = DEFAULT_MAX_BYTES) -> CheckResult:
    text = read_text(path, encoding=encoding, max_bytes=max_bytes)
    return check_text(text, engines, str(path))
