"""A word-level diff of two texts: the runs (also used by the HTML report), and a coloured version for the terminal."""

from __future__ import annotations

import difflib
import re

from rich.text import Text

_WORDS = re.compile(r"\s+|\w+|[^\w\s]")


def diff_ops(old: str, new: str) -> list[tuple[str, str, str]]:
    """(op, old text, new text) runs of a word-level diff; op is "equal" or "change" (deletion and/or insertion)."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        out.append(("equal" if op == "equal" else "change", "".join(a[i1:i2]), "".join(b[j1:j2])))
    return out


def word_diff(old: str, new: str, marks: bool = False) -> Text:
    """The edition's changes, coloured; with MARKS (no colour), as git's word diff writes them: [-old-]{+new+}."""
    from .text import visible

    out = Text()
    for op, deleted, inserted in diff_ops(old, new):
        if op == "equal":
            out.append(_show(deleted, visible))
            continue
        if deleted:
            out.append(f"[-{_show(deleted, visible)}-]" if marks else _show(deleted, visible), style="red strike")
        if inserted:
            out.append(f"{{+{_show(inserted, visible)}+}}" if marks else _show(inserted, visible), style="bold green")
    return out


def _show(s: str, visible) -> str:
    """Keep the text's own line breaks (a diff is read line by line); escape control characters."""
    return "\n".join(visible(part) for part in s.replace("\r\n", "\n").split("\n"))
