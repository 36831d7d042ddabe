"""The built-in engine's shipped tables (data/grammar, data/formats): tab-separated rows with a header."""

from __future__ import annotations

import os


def rows(folder: str, name: str, what: str) -> list[list[str]]:
    """The rows of data/FOLDER/NAME, split at tabs, without comments, blank lines and the header (the first row)."""
    path = os.path.join(os.path.dirname(__file__), "..", "..", "data", folder, name)
    try:
        with open(path, encoding="utf-8") as fh:
            lines = [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]
    except OSError:   # the package is incomplete; say so rather than check without it
        raise RuntimeError(f"lektorat: the {what} table is missing ({path}); reinstall the package") from None
    return lines[1:]
