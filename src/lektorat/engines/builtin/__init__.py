"""The built-in offline engine: glossary, calques, formats, typography, transliteration, agreement, unknown words.

Rules run in priority order; a rule that explains a span claims its tokens, so a later, vaguer rule does not
report them again ("Kremlin" is a glossary name, not an unknown English word).
"""

from __future__ import annotations

from ...document import Document
from ...findings import Finding, dedupe
from ...glossary import Glossary
from . import agreement, calques, formats, terminology, transliteration, typography, unknown_words
from .context import Context

RULES = (terminology, calques, formats, transliteration, agreement, unknown_words, typography)


class BuiltinEngine:
    name = "builtin"

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary

    def check(self, doc: Document) -> list[Finding]:
        ctx = Context(doc, self.glossary)
        found: list[Finding] = []
        for rule in RULES:
            found.extend(rule.check(ctx))
        return dedupe(found)
