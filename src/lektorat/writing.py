"""Writing output files: atomically, all of a command's outputs together, and never over an input or a special file.

- A reader sees the old file or the new one, never half of one (a temporary file in the same folder, renamed).
- A command with several outputs (scores and chart, translation and report) writes every temporary file first and
  renames them only when all are complete: an error leaves none of them behind.
- An output that is one of the command's inputs, or that exists and is not a regular file (a device such as
  /dev/null, a FIFO, a folder), is refused before anything is read or computed.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Callable, Union

Content = Union[str, bytes, Callable[[str], None]]  # text, bytes, or a function that writes the file at a path


class OutputError(Exception):
    """An output that cannot or must not be written; the message is one line for the user."""


def check_output(path: str | os.PathLike, inputs=(), option: str = "-o") -> None:
    """Refuse PATH as an output when it is one of INPUTS or exists and is not a regular file."""
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise OutputError(f"{p}: cannot use as output: {e.strerror or e}") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{option} {p}: is a directory, not a file")
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise OutputError(f"{option} {p}: exists and is not a regular file (a device, FIFO or socket); "
                          "refusing to replace it")
    for i in inputs:
        if i is None or str(i) == "-":
            continue
        if _same(p, Path(i)):
            raise OutputError(f"{option} {p}: is an input of this command ({i}); refusing to overwrite it")


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def write_atomic(path: str | os.PathLike, text: Content) -> None:
    write_all({path: text})


def write_all(outputs: dict) -> None:
    """Write every {path: content} or none: temporary files first, then one rename each."""
    temps: list[tuple[str, Path]] = []
    try:
        for path, content in outputs.items():
            p = Path(path)
            temps.append((_write_temp(p, content), p))
        for tmp, p in temps:
            os.replace(tmp, p)
    except OSError as e:
        where = e.filename if e.filename else next(iter(outputs), "")
        raise OutputError(f"cannot write {where}: {e.strerror or e}") from None
    finally:
        for tmp, _ in temps:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _write_temp(p: Path, content: Content) -> str:
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".tmp")
    try:
        if callable(content):
            os.close(fd)
            content(tmp)
        else:
            mode = "wb" if isinstance(content, bytes) else "w"
            kw = {} if isinstance(content, bytes) else {"encoding": "utf-8", "newline": ""}
            with os.fdopen(fd, mode, **kw) as fh:
                fh.write(content)
        # mkstemp creates the file private (0600); give it the permissions a normal new file gets
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return tmp
