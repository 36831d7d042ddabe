"""The review gate's output where reviewers look: GitHub annotations, SARIF 2.1.0, reviewdog rdjsonl, JUnit XML.

Positions are 1-based. Lines and columns count code points (SARIF says so with `columnKind`), except rdjsonl, whose
columns are UTF-8 bytes as reviewdog's format defines them.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from xml.etree import ElementTree as ET

from ..review import Item
from .text import visible

TOOL = "lektorat"
GITHUB_LIMIT = 10  # GitHub shows at most 10 error and 10 warning annotations per step
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _gh_escape(s: str, prop: bool = False) -> str:
    """GitHub's escaping of workflow-command data (and, with PROP, of property values): no field can end the
    command or start another (`::error …` or `::stop-commands::` forged by a file name or an article)."""
    s = s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return s.replace(":", "%3A").replace(",", "%2C") if prop else s


def _plain(s: str) -> str:
    """A value on a line of its own (summaries): control characters shown as escapes, never a line break."""
    return visible(s).replace(" ⏎ ", "\\n")


def github(items: list[Item], failing: list[Item]) -> str:
    """Workflow commands for the failing items (10 per kind), then every failing item as a plain summary line."""
    out, shown = [], Counter()
    for it in failing:
        kind = "error" if it.severity == "error" else "warning"
        if shown[kind] >= GITHUB_LIMIT:
            continue
        shown[kind] += 1
        line, col, end_line, end_col = it.position()
        props = f"file={_gh_escape(it.file, True)},line={line},endLine={end_line},col={col}"
        if end_line == line:
            props += f",endColumn={end_col}"
        props += f",title={_gh_escape(f'{it.rule} ({it.category})', True)}"
        out.append(f"::{kind} {props}::{_gh_escape(_message(it))}")
    out.append(summary(failing))
    return "\n".join(out) + "\n"


def summary(failing: list[Item]) -> str:
    if not failing:
        return "lektorat review: no unreviewed findings"
    lines = [f"lektorat review: {len(failing)} unreviewed finding(s) (GitHub shows {GITHUB_LIMIT} annotations of "
             f"each kind; all of them:)"]
    for it in failing:
        line, col, _, _ = it.position()
        lines.append(f"  {_plain(it.file)}:{line}:{col}: {it.severity} {it.rule}: {_plain(_message(it))}")
    return "\n".join(lines)


def markdown_summary(failing: list[Item]) -> str:
    """For $GITHUB_STEP_SUMMARY: a table of every failing item."""
    if not failing:
        return "### lektorat review\n\nNo unreviewed findings.\n"
    rows = ["### lektorat review", "", f"{len(failing)} unreviewed finding(s).", "",
            "| file | line:col | severity | rule | text | message |", "| --- | --- | --- | --- | --- | --- |"]
    for it in failing:
        line, col, _, _ = it.position()
        cells = [it.file, f"{line}:{col}", it.severity, it.rule, it.text, _message(it)]
        rows.append("| " + " | ".join(_plain(c).replace("|", "\\|") for c in cells) + " |")
    return "\n".join(rows) + "\n"


def _message(it: Item) -> str:
    msg = f"„{it.text}“: {it.message}" if it.text else it.message
    if it.suggestions:
        msg += " → " + " | ".join(it.suggestions[:3])
    return msg


def text(items: list[Item], failing: list[Item]) -> str:
    reviewed = sum(i.reviewed for i in items)
    head = f"lektorat review: {len(items)} finding(s), {reviewed} reviewed, {len(failing)} failing the gate"
    return head + "\n" + "\n".join(summary(failing).splitlines()[1:]) + ("\n" if failing else "")


def sarif(items: list[Item], version: str) -> str:
    """SARIF 2.1.0: one run, a rule descriptor per rule id, results with partialFingerprints; reviewed findings are
    kept as suppressed results (with the decision as justification), so code-scanning shows them as dismissed."""
    rules: dict[str, dict] = {}
    results = []
    for it in items:
        if it.rule not in rules:
            rules[it.rule] = {
                "id": it.rule, "name": it.rule.title().replace("_", ""),
                "shortDescription": {"text": f"{it.category}: {it.rule}"},
                "fullDescription": {"text": _RULE_HELP.get(it.category, "A language defect of German news text.")},
                "help": {"text": _help(it.category)},
                "defaultConfiguration": {"level": _LEVEL[it.severity]},
                "properties": {"category": it.category},
            }
        line, col, end_line, end_col = it.position()
        region = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}
        if it.text:
            region["snippet"] = {"text": it.text}
        r = {
            "ruleId": it.rule, "ruleIndex": list(rules).index(it.rule), "level": _LEVEL[it.severity],
            "message": {"text": _message(it)},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(it.file)}, "region": region}}],
            "partialFingerprints": {"lektorat/v1": _fingerprint(it)},
        }
        if it.suggestions:
            r["fixes"] = [{"description": {"text": f"replace with „{s}“"}, "artifactChanges": [{
                "artifactLocation": {"uri": _uri(it.file)},
                "replacements": [{"deletedRegion": {k: region[k] for k in ("startLine", "startColumn", "endLine",
                                                                          "endColumn")},
                                  "insertedContent": {"text": s}}]}]} for s in it.suggestions[:3]]
        if it.reviewed:
            r["suppressions"] = [{"kind": "external", "justification": it.how}]
        results.append(r)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": TOOL, "version": version, "informationUri":
                                "https://github.com/lektorat/lektorat", "rules": list(rules.values())}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _uri(path: str) -> str:
    return path.replace(os.sep, "/")


def _fingerprint(it: Item) -> str:
    """Stable across unrelated edits: file, rule and the flagged text with its line's text, not the line number."""
    text = getattr(it.document, "source_text", it.document.text)  # another format: the file's own lines
    lines = text.splitlines()
    line = it.position()[0]
    line_text = lines[line - 1] if 0 < line <= len(lines) else ""
    key = "\0".join((_uri(it.file), it.rule, it.text, line_text.strip()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


_RULE_HELP = {
    "english": "An English word left in German text.",
    "pseudo-english": "English dressed as German (an English stem with a German ending).",
    "garbled": "A garbled or fused compound.",
    "transliteration": "An English transliteration of a Russian, Ukrainian or Belarusian name.",
    "terminology": "A name or term the German press writes differently.",
    "grammar": "Determiner, adjective and noun that cannot agree.",
    "calque": "A word-for-word translation of an English phrase.",
    "format": "An English number, currency or date format.",
    "typography": "English typography in German text.",
    "spelling": "A misspelt word.",
    "accuracy": "A number, amount or passage that differs from the English source.",
    "review": "The correction set or the edition is out of step with the article.",
}


def _help(category: str) -> str:
    if category == "review":
        return "Re-run `lektorat propose` and `lektorat edition` as the message says, then commit the result."
    return ("Accept the proposed correction in corrections/NAME.yaml (status: accepted) and regenerate the edition "
            "with `lektorat edition`, or reject it with a rationale if it is a false alarm.")


def rdjsonl(failing: list[Item]) -> str:
    """reviewdog Diagnostic per line; columns in UTF-8 bytes; the proposals as suggestions."""
    lines = []
    for it in failing:
        lines.append(json.dumps({
            "message": _message(it),
            "location": {"path": it.file, "range": _byte_range(it)},
            "severity": it.severity.upper() if it.severity != "info" else "INFO",
            "source": {"name": TOOL},
            "code": {"value": it.rule},
            "suggestions": [{"range": _byte_range(it), "text": s} for s in it.suggestions[:3]],
        }, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


def _byte_range(it: Item) -> dict:
    def pos(offset: int) -> dict:
        text = getattr(it.document, "source_text", it.document.text)  # another format: the file's own text
        offset = it.document.source_offset(offset) if hasattr(it.document, "source_offset") else offset
        line_start = text.rfind("\n", 0, offset) + 1
        return {"line": text.count("\n", 0, offset) + 1,
                "column": len(text[line_start:offset].encode("utf-8")) + 1}
    return {"start": pos(it.start), "end": pos(it.end)}


def junit(items: list[Item], failing: list[Item]) -> str:
    """A test suite per file, a test case per finding; failing items are failures, reviewed ones pass."""
    fail_ids = {id(i) for i in failing}
    root = ET.Element("testsuites", name="lektorat review", tests=str(len(items)), failures=str(len(failing)))
    by_file: dict[str, list[Item]] = {}
    for it in items:
        by_file.setdefault(it.file, []).append(it)
    for f, its in by_file.items():
        suite = ET.SubElement(root, "testsuite", name=f, tests=str(len(its)),
                              failures=str(sum(id(i) in fail_ids for i in its)))
        for it in its:
            line, col, _, _ = it.position()
            case = ET.SubElement(suite, "testcase", classname=f, name=f"{it.rule} at {line}:{col} „{it.text}“",
                                 file=f, line=str(line))
            if id(it) in fail_ids:
                fl = ET.SubElement(case, "failure", message=_message(it), type=it.rule)
                fl.text = f"{f}:{line}:{col}: {it.severity} {it.rule} ({it.category}): {_message(it)}"
            elif not it.reviewed:
                ET.SubElement(case, "skipped", message=f"below the gate's threshold ({it.severity})")
            else:
                ET.SubElement(case, "system-out").text = it.how
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
