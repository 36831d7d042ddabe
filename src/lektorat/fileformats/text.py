"""Plain text: the text is the file exactly as decoded (offsets are the file's code points, as they always were)."""

from __future__ import annotations

from ..textio import decode
from .base import VERBATIM, Block, Edit, Extracted, Piece, splice


def extract(data: bytes, name: str, encoding: str = "utf-8") -> Extracted:
    text = decode(data, name, encoding)
    pieces = [Piece(0, len(text), 0, len(text), VERBATIM)] if text else []
    return Extracted("text", text, pieces, [Block(0, len(text), {})], [], text, encoding, name)


def rebuild(data: bytes, ex: Extracted, edits: list[Edit]) -> bytes:
    return splice(ex, edits, {"": lambda s, _: s}).encode(ex.encoding)
