"""Engines: each turns a Document into findings. The built-in one works offline."""

from __future__ import annotations

from typing import Protocol

from ..document import Document
from ..findings import Finding


class Engine(Protocol):
    name: str

    def check(self, doc: Document) -> list[Finding]: ...
