"""The built-in offline engine: quotations, glossary, calques, formats, transliteration, agreement, subject–verb
agreement, unknown words, spelling, typography.

Rules run in priority order; a rule that explains a span claims its tokens, so a later, vaguer rule does not
report them again ("Kremlin" is a glossary name, not an unknown English word).
"""

from __future__ import annotations

from ...document import Document
from ...findings import Finding, dedupe
from ...glossary import Glossary
from ...tuning import Tuning
from . import (agreement, calques, dative_passive, diacritics, formats, quotations, spelling, subject_verb,
               terminology, transliteration, two_way_case, typography, units, unknown_words, word_order)
from .context import Context

RULES = (quotations, terminology, calques, formats, units, transliteration, diacritics, agreement, two_way_case,
         dative_passive, subject_verb, word_order, unknown_words, spelling, typography)
OPT_IN = {**units.OPT_IN, **typography.OPT_IN}   # rule id -> why it is off by default


class BuiltinEngine:
    name = "builtin"

    def __init__(self, glossary: Glossary, tuning: Tuning | None = None) -> None:
        self.glossary = glossary
        self.tuning = tuning or Tuning()

    def check(self, doc: Document, progress=None) -> list[Finding]:
        """The findings of every rule; PROGRESS(done, total) is called after each rule."""
        ctx = Context(doc, self.glossary)
        found: list[Finding] = []
        for k, rule in enumerate(RULES, 1):
            found.extend(rule.check(ctx))
            if progress is not None:
                progress(k, len(RULES))
        # rules a configuration must switch on (`enable`), each with the reason it is off
        found = [f for f in found if f.rule not in OPT_IN or f.rule.casefold() in self.tuning.enable]
        return self.tuning.apply(doc, dedupe(found))
