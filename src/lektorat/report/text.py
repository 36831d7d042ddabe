"""Findings for people: the sentence with the span highlighted, the message, the proposals (rich).

On a terminal the span is shown in reverse video; without colour (piped, redirected, NO_COLOR) it is marked
[[like this]] and lines are not wrapped, so logs and editors read whole lines. Control characters from the
article are shown as escapes (\x1b), never sent to the terminal.
"""

from __future__ import annotations

import re

from rich.console import Console
from rich.text import Text

from ..document import Document
from ..findings import Finding

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_CONTEXT = 70  # characters of the sentence shown on each side of the span


def stdout_console() -> Console:
    """The console for a command's report: wraps on a terminal, never in a pipe or file."""
    console = Console(highlight=False)
    if not console.is_terminal:
        console.soft_wrap = True
    return console


def plain(console: Console) -> bool:
    """No colour and no styles: the span needs visible marks."""
    return console.color_system is None


def render(console: Console, doc: Document, findings: list[Finding], engines: list[str]) -> None:
    console.print(Text(visible(doc.name), style="bold underline"))
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
        console.print(_context_line(doc, f, marks=plain(console)))
        console.print(Text("    " + visible(f.message)))
        if f.suggestions:
            sug = Text("    → ", style="green")
            for k, s in enumerate(f.suggestions[:5]):
                if k:
                    sug.append("  |  ", style="dim")
                sug.append(visible(s), style="bold green" if k == 0 else "green")
            console.print(sug)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    summary = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n)
    console.print(Text(f"  {len(findings)} findings: {summary}", style="bold"))


def _context_line(doc: Document, f: Finding, marks: bool = False) -> Text:
    s = doc.sentence_of(f.start)
    a, b = (s.start, max(s.end, f.end)) if s else (f.start, f.end)
    a = max(a, f.start - _CONTEXT)
    b = min(b, f.end + _CONTEXT)
    before, span, after = doc.text[a:f.start], doc.text[f.start:f.end], doc.text[f.end:b]
    t = Text("    ")
    t.append(("…" if a > (s.start if s else a) else "") + visible(before))
    t.append(f"[[{visible(span)}]]" if marks else visible(span), style=f"reverse {SEVERITY_STYLE[f.severity]}")
    t.append(visible(after) + ("…" if s and b < s.end else ""))
    return t


# C0 and C1 control characters (but tab) and the bidirectional overrides that can reorder what a reader sees
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(s: str) -> str:
    """Text of the article as it may be shown on a terminal: line breaks as ⏎, control characters escaped."""
    s = s.replace("\r\n", "\n").replace("\n", " ⏎ ")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), s)


def lines(name: str, doc: Document, findings: list[Finding]) -> str:
    """One line per finding, `file:line:column: severity rule: message → proposal | proposal`: the format of
    compilers and linters that editors (Vim's quickfix, VS Code problem matchers) and CI log parsers read."""
    out = []
    for f in findings:
        line, col = doc.line_col(f.start)
        proposals = f" → {' | '.join(visible(p) for p in f.suggestions[:3])}" if f.suggestions else ""
        out.append(f"{visible(name)}:{line}:{col}: {f.severity} {f.rule}: {visible(f.message)}{proposals}\n")
    return "".join(out)
