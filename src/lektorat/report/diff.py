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


def word_diff(old: str, new: str) -> Text:
    out = Text()
    for op, deleted, inserted in diff_ops(old, new):
        if op == "equal":
            out.append(deleted)
            continue
        if deleted:
            out.append(deleted, style="red strike")
        if inserted:
            out.append(inserted, style="bold green")
    return out
