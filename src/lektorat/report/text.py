"""Findings for people: the sentence with the span highlighted, the message, the proposals (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from ..document import Document
from ..findings import Finding

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_CONTEXT = 70  # characters of the sentence shown on each side of the span


def render(console: Console, doc: Document, findings: list[Finding], engines: list[str]) -> None:
    console.print(Text(f"{doc.name}", style="bold underline"))
    if not findings:
        console.print(Text("  no findings", style="green"))
        return
    for f in findings:
        line, col = doc.line_col(f.start)
        head = Text("  ")
        head.append(f"{line}:{col}", style="dim")
        head.append("  ")
        head.append(f.severity, style=SEVERITY_STYLE[f.severity])
        head.append(f"  {f.category}", style="magenta")
        head.append(f"  {f.rule}", style="dim")
        if f.engine != "builtin" or len(engines) > 1:
            head.append(f"  [{f.engine}]", style="dim")
        console.print(head)
        console.print(_context_line(doc, f))
        console.print(Text("    " + f.message))
        if f.suggestions:
            sug = Text("    → ", style="green")
            for k, s in enumerate(f.suggestions[:5]):
                if k:
                    sug.append("  |  ", style="dim")
                sug.append(s, style="bold green" if k == 0 else "green")
            console.print(sug)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    summary = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n)
    console.print(Text(f"  {len(findings)} findings: {summary}", style="bold"))


def _context_line(doc: Document, f: Finding) -> Text:
    s = doc.sentence_of(f.start)
    a, b = (s.start, max(s.end, f.end)) if s else (f.start, f.end)
    a = max(a, f.start - _CONTEXT)
    b = min(b, f.end + _CONTEXT)
    before, span, after = doc.text[a:f.start], doc.text[f.start:f.end], doc.text[f.end:b]
    t = Text("    ")
    t.append(("…" if a > (s.start if s else a) else "") + _flat(before))
    t.append(_flat(span), style=f"reverse {SEVERITY_STYLE[f.severity]}")
    t.append(_flat(after) + ("…" if s and b < s.end else ""))
    return t


def _flat(s: str) -> str:
    return s.replace("\r", "").replace("\n", " ⏎ ")
