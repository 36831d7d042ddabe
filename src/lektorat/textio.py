"""Reading article files: every way a file can be unusable becomes one clear InputError.

The text is returned exactly as decoded (a BOM and CRLF line ends are kept), because findings carry
code-point offsets that other tools apply to the same decoded text.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # an article is kilobytes; 20 MB is a book, not a news text


class InputError(Exception):
    """A file that cannot be checked; the message is one line for the user."""


def read_text(path: str | os.PathLike, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a text file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{p}: {size / 1e6:.1f} MB is larger than the limit of {max_bytes / 1e6:.1f} MB "
                f"(raise it with --max-bytes)"
            )
        data = p.read_bytes()
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as e:
        raise InputError(f"{p}: cannot read: {e.strerror or e}") from None
    return decode(data, str(p), encoding)


def decode(data: bytes, name: str, encoding: str = "utf-8") -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0 and not encoding.lower().replace("-", "").replace("_", "").startswith("utf16"):
        raise InputError(f"{name}: looks like a binary file (NUL byte at byte offset {nul})")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        hint = " (try --encoding cp1252 or latin-1)" if encoding.lower().replace("-", "") in ("utf8", "utf_8") else ""
        raise InputError(
            f"{name}: not valid {encoding}: byte 0x{data[e.start]:02x} at byte offset {e.start}{hint}"
        ) from None
