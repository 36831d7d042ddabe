"""Reading article files: every way a file can be unusable becomes one clear InputError.

The text is returned exactly as decoded (a BOM and CRLF line ends are kept), because findings carry
code-point offsets that other tools apply to the same decoded text.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # an article is kilobytes; 20 MB is a book, not a news text


class InputError(Exception):
    """A file that cannot be checked; the message is one line for the user."""


def read_bytes(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES, options: tuple[str, ...] = ()) -> bytes:
    """The bytes of a file, or of standard input for "-", within the size limit: the one bounded reader of every
    input (a regular file only; one line naming the file for every failure). OPTIONS are the command's options a
    message may advise (--max-bytes): advice must be safe to run as printed."""
    advice = " (raise it with --max-bytes)" if "--max-bytes" in options else ": not an article"
    if str(path) == "-":
        import sys

        if sys.stdin is None:
            raise InputError("-: there is no standard input")
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"-: the input is larger than the limit of {_human(max_bytes)}{advice}")
        return data
    p = Path(path)
    check_regular(p)
    try:
        # read one byte past the limit rather than trusting st_size: pipes and devices report 0
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as e:
        raise InputError(f"{p}: cannot read: {e.strerror or e}") from None
    if len(data) > max_bytes:
        try:
            size = f"{_human(p.stat().st_size)} is" if p.is_file() else "the input is"
        except OSError:
            size = "the input is"
        raise InputError(f"{p}: {size} larger than the limit of {_human(max_bytes)}{advice}")
    return data


def read_text(path: str | os.PathLike, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES,
              options: tuple[str, ...] = ()) -> str:
    """The file's text. OPTIONS are the command's options a message may advise (--encoding, --max-bytes)."""
    _check_encoding(encoding)
    return decode(read_bytes(path, max_bytes, options), str(Path(path)), encoding, options)


def check_regular(p: Path, what: str = "") -> None:
    """Refuse what is not a regular file before opening it: a FIFO would block for ever, /dev/zero never ends."""
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as e:
        raise InputError(f"{p}: cannot read: {e.strerror or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{p}: is a directory, not a text file")
    if not stat.S_ISREG(st.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device or socket"
        raise InputError(f"{p}: is {kind}, not a regular file{what} (use - to read standard input)")


def read_input(path: str, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """A file, or standard input for "-" (as every Unix tool reads it), with the same limits and checks."""
    options = ("--encoding", "--max-bytes")
    if path != "-":
        return read_text(path, encoding=encoding, max_bytes=max_bytes, options=options)
    _check_encoding(encoding)
    return decode(read_bytes("-", max_bytes, options), "-", encoding, options)


def _human(n: int) -> str:
    """Binary units, as the limits are set: 20 MiB is "20 MiB", not "21.0 MB"."""
    for unit, size in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"


def _check_encoding(encoding: str) -> codecs.CodecInfo:
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64, zlib: codecs, but not text encodings
        raise InputError(f"{encoding!r} is not a text encoding")
    return info


def decode(data: bytes, name: str, encoding: str = "utf-8", options: tuple[str, ...] = ("--encoding",)) -> str:
    info = _check_encoding(encoding)
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0 and not info.name.startswith(("utf-16", "utf-32")):
        raise InputError(f"{name}: looks like a binary file (NUL byte at byte offset {nul})")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        if info.name != "utf-8":
            hint = ""
        elif "--encoding" in options:
            hint = " (try --encoding cp1252 or latin-1)"
        else:  # this command reads UTF-8 only: advise a conversion into a new file, safe to run as printed
            import shlex

            hint = f" (convert it first: iconv -f cp1252 -t utf-8 {shlex.quote(name)} > {shlex.quote(name + '.utf8')})"
        raise InputError(
            f"{name}: not valid {encoding}: byte 0x{data[e.start]:02x} at byte offset {e.start}{hint}"
        ) from None
