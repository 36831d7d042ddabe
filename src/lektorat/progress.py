"""Progress bars for long work: rich on standard error, only when it is a terminal and --quiet was not given.

Piped or redirected output (CI logs, `2> file`) never gets a bar, so logs hold only what the command reports.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager


class _Bar:
    def __init__(self, progress=None, task=None) -> None:
        self._progress, self._task = progress, task

    def update(self, completed: float | None = None, total: float | None = None, advance: float | None = None,
               description: str | None = None) -> None:
        if self._progress is None:
            return
        kw = {k: v for k, v in (("completed", completed), ("total", total), ("advance", advance),
                                ("description", description)) if v is not None}
        self._progress.update(self._task, **kw)


def enabled(quiet: bool = False) -> bool:
    return not quiet and sys.stderr.isatty()


_active = None  # the Progress on screen: a bar opened inside another becomes a second line of it


@contextmanager
def bar(description: str, total: float | None, quiet: bool = False):
    """A bar with TOTAL steps (None: unknown); yields an object with update(completed=, advance=, total=)."""
    global _active
    if not enabled(quiet):
        yield _Bar()
        return
    if _active is not None:  # rich shows one live display at a time
        task = _active.add_task(description, total=total)
        try:
            yield _Bar(_active, task)
        finally:
            _active.remove_task(task)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = [TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn()]
    if total is not None and float(total).is_integer() and total < 10_000:
        columns.insert(2, MofNCompleteColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as p:
        _active = p
        try:
            yield _Bar(p, p.add_task(description, total=total))
        finally:
            _active = None
