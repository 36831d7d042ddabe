"""A word-level diff of two texts for the terminal (deleted words red and struck through, inserted green)."""

from __future__ import annotations

import difflib
import re

from rich.text import Text

_WORDS = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(old: str, new: str) -> Text:
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    out = Text()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append("".join(a[i1:i2]))
            continue
        if i2 > i1:
            out.append("".join(a[i1:i2]), style="red strike")
        if j2 > j1:
            out.append("".join(b[j1:j2]), style="bold green")
    return out
