"""The library entry point for checking: a file or a text in, findings out (the JSON contract of DESIGN.md §3)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import glossary as glossary_mod
from .document import Document
from .engines import Engine
from .findings import Finding, merge
from .glossary import Glossary
from .textio import DEFAULT_MAX_BYTES, read_text
from .tuning import Tuning

ENGINES = ("builtin", "languagetool", "all")


@dataclass
class CheckResult:
    file: str
    engines: list[str]
    findings: list[Finding]
    document: Document

    def to_dict(self) -> dict:
        """The findings JSON contract (docs/findings-json.md): the fields of DESIGN §3 plus 1-based positions."""
        return {"file": self.file, "engines": list(self.engines),
                "findings": [{**f.to_dict(), **self.position(f)} for f in self.findings]}

    def position(self, f: Finding) -> dict:
        """1-based line and column of the start, and of the end (exclusive), counted in code points."""
        line, col = self.document.line_col(f.start)
        end_line, end_col = self.document.line_col(f.end)
        return {"line": line, "column": col, "end_line": end_line, "end_column": end_col}


def make_engines(names: list[str], glossary: Glossary | str | Path | list | None = None, tuning: Tuning | None = None,
                 **lt_options) -> list[Engine]:
    """Engines by name: "builtin", "languagetool" (options: url, disabled_rules, disabled_categories, picky,
    timeout), or "all" for both. GLOSSARY is a loaded Glossary, or extra glossary paths added to the built-in one.
    TUNING (disabled rules, allowed words, severities) applies to every engine. LanguageToolUnavailable
    propagates: the caller decides whether that is fatal."""
    from .engines.builtin import BuiltinEngine

    for n in names:
        if n not in ENGINES:
            raise ValueError(f"unknown engine {n!r} (available: {', '.join(ENGINES)})")
    out: list[Engine] = []
    for n in names:
        if n in ("builtin", "all"):
            g = glossary if isinstance(glossary, Glossary) else glossary_mod.load(glossary)
            out.append(BuiltinEngine(g, tuning))
        if n in ("languagetool", "all"):
            from .engines.languagetool import LanguageToolEngine
            out.append(LanguageToolEngine(tuning=tuning, **lt_options))
    return out


def check_text(text: str, engines: list[Engine], name: str = "<text>", progress=None) -> CheckResult:
    """Run every engine; with several, merge their findings (first engine's spans and proposals lead).
    PROGRESS(fraction done), when given, is called as the work goes on."""
    doc = Document(text, name)
    findings: list[Finding] = []
    for k, e in enumerate(engines):
        if progress is not None and getattr(e, "name", "") == "builtin":
            found = e.check(doc, progress=lambda done, total, k=k: progress((k + done / total) / len(engines)))
        else:
            found = e.check(doc)
        if progress is not None:
            progress((k + 1) / len(engines))
        findings = sorted(found, key=lambda f: (f.start, f.end)) if k == 0 else merge(findings, found)
    return CheckResult(name, [e.name for e in engines], findings, doc)


def check_file(path: str | Path, engines: list[Engine], encoding: str = "utf-8",
               max_bytes: int = DEFAULT_MAX_BYTES, progress=None) -> CheckResult:
    text = read_text(path, encoding=encoding, max_bytes=max_bytes)
    return check_text(text, engines, str(path), progress)
