"""The library entry point for checking: a file or a text in, findings out (the JSON contract of DESIGN.md §3)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import glossary as glossary_mod
from .document import Document
from .engines import Engine
from .findings import Finding, merge
from .glossary import Glossary
from .textio import DEFAULT_MAX_BYTES, InputError, read_text
from .tuning import Tuning

ENGINES = ("builtin", "languagetool", "all")


@dataclass
class CheckResult:
    file: str
    engines: list[str]
    findings: list[Finding]
    document: Document
    extracted: Any = None  # fileformats.Extracted of a document that is not plain text
    suppressed: list | None = None  # --engine all: LanguageTool matches the arbiter held back (arbiter.Suppressed)

    def to_dict(self) -> dict:
        """The findings JSON contract (docs/findings-json.md): the fields of DESIGN §3 plus 1-based positions;
        for a document that is not plain text also its format and each finding's location in it."""
        ex = self.extracted if self.extracted is not None and self.extracted.format != "text" else None
        out = {"file": self.file, **({"format": ex.format} if ex else {}), "engines": list(self.engines),
               "findings": [{**f.to_dict(), **self.position(f), **({"location": ex.location(f.start)} if ex else {})}
                            for f in self.findings]}
        if self.suppressed is not None:  # only when the arbiter ran: the builtin-only contract is unchanged
            out["suppressed"] = [{**s.to_dict(), **self.position(s.finding)} for s in self.suppressed]
        return out

    def position(self, f: Finding) -> dict:
        """1-based line and column of the start, and of the end (exclusive), counted in code points (for
        Markdown, HTML, XLIFF and PO: in the original file)."""
        line, col = self.document.line_col(f.start)
        end_line, end_col = getattr(self.document, "end_line_col", self.document.line_col)(f.end)
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


def check_text(text: str, engines: list[Engine], name: str = "<text>", progress=None,
               document: Document | None = None, arbiter: bool = True) -> CheckResult:
    """Run every engine; with several, merge their findings (first engine's spans and proposals lead).
    PROGRESS(fraction done), when given, is called as the work goes on. DOCUMENT: TEXT as a Document already
    (a fileformats.SourceDocument, whose positions are the original file's)."""
    doc = document if document is not None else Document(text, name)
    findings: list[Finding] = []
    suppressed = None
    for k, e in enumerate(engines):
        if progress is not None and getattr(e, "name", "") == "builtin":
            found = e.check(doc, progress=lambda done, total, k=k: progress((k + done / total) / len(engines)))
        else:
            found = e.check(doc)
        if progress is not None:
            progress((k + 1) / len(engines))
        ours = engines[0]
        if k > 0 and arbiter and getattr(e, "arbiter", False) and getattr(ours, "name", "") == "builtin":
            # --engine all: LanguageTool's matches through the arbiter (its engine's arbiter=False, --no-arbiter:
            # the plain union)
            from .arbiter import arbitrate

            verdict = arbitrate(doc, findings, found, ours.glossary, ours.tuning.allow, ours.tuning.enable)
            findings, suppressed = verdict.findings, verdict.suppressed
            continue
        findings = sorted(found, key=lambda f: (f.start, f.end)) if k == 0 else merge(findings, found)
    return CheckResult(name, [e.name for e in engines], findings, doc, suppressed=suppressed)


def check_file(path: str | Path, engines: list[Engine], encoding: str = "utf-8",
               max_bytes: int = DEFAULT_MAX_BYTES, progress=None, source: str | None = None) -> CheckResult:
    """A file of any format fileformats reads (plain text, Markdown, HTML, DOCX, XLIFF, PO; by extension).
    SOURCE: the English source of a plain text, aligned by line (bilingual checks)."""
    from . import fileformats

    fmt = fileformats.sniff(path)
    if fmt == "text":  # exactly as before: offsets are the file's code points
        text = read_text(path, encoding=encoding, max_bytes=max_bytes)
        return check_extracted(None, engines, str(path), progress, text=text, source=source)
    _, ex = fileformats.read(str(path), encoding=encoding, max_bytes=max_bytes, fmt=fmt)
    return check_extracted(ex, engines, str(path), progress, source=source)


def check_extracted(ex, engines: list[Engine], name: str, progress=None, text: str | None = None,
                    source: str | None = None) -> CheckResult:
    """Check a document read by fileformats (EX), or a plain TEXT: the engines on its prose, findings on protected
    text (code, URLs, placeholders) dropped, and where the English source is there (XLIFF, PO, or SOURCE for plain
    text, aligned by line) the bilingual checks merged in."""
    if ex is None or ex.format == "text":
        text = ex.text if ex is not None else text
        result = check_text(text, engines, name, progress)
    else:
        result = check_text(ex.text, engines, name, progress, document=ex.document(name))
        result.findings = ex.keep(result.findings)
        if result.suppressed:  # held-back matches in code or URLs were never findings of the prose either
            kept = {id(f) for f in ex.keep([s.finding for s in result.suppressed])}
            result.suppressed = [s for s in result.suppressed if id(s.finding) in kept]
        result.extracted = ex
    from . import bilingual

    pairs = _pairs(ex, result.document.text, source)
    if pairs:
        builtin = next((e for e in engines if getattr(e, "name", "") == "builtin"), None)
        glossary = getattr(builtin, "glossary", None)
        tuning = getattr(builtin, "tuning", None) or next((getattr(e, "tuning", None) for e in engines), None)
        found = bilingual.check(result.document, pairs, glossary, tuning)
        if ex is not None and ex.format != "text":
            found = ex.keep(found)
        # added, not merged: merge() lets a finding absorb those nested in it, and a bilingual finding often spans
        # a whole segment (an omission, an untranslated unit) around the engines' word-level ones; only a finding
        # on exactly the same span as an engine's is left out (the engine's rule and proposals stand)
        spans = {(f.start, f.end) for f in result.findings}
        result.findings = sorted(result.findings + [f for f in found if (f.start, f.end) not in spans],
                                 key=lambda f: (f.start, f.end))
    return result


def _pairs(ex, text: str, source: str | None) -> list:
    """The bilingual pairs: from the file's own sources (XLIFF, PO) or from SOURCE lines beside a plain text."""
    if source is not None:
        if ex is not None and ex.format != "text":
            raise InputError(f"--source is for plain text; {ex.name} carries its own source ({ex.format})")
        from .bilingual import pairs_from_lines

        return pairs_from_lines(text, source)
    if ex is None or not ex.segments:
        return []
    from .fileformats import pairs

    return pairs(ex)
