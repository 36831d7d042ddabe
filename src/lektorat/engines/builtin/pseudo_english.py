"""English dressed as German: an English stem with a German-looking ending ("Allien" <- "allies").

Neither language knows the word, but undoing a German ending gives a common English word. The proposal is the
German translation of that English word (from the glossary), not the nearest German spelling ("Alien").
"""

from __future__ import annotations

from ... import lexicon
from .context import Context
from .english import EN_MIN_ZIPF

# German-looking endings that machine translation puts on English stems: German ending -> English endings.
# The distinctive ones ("-ien" for "-ies") are evidence on their own; the plain ones ("-en" for "-s") only count
# when the glossary knows the English word, since German plurals of loanwords look the same ("Aliasen").
_PSEUDO_ENDINGS = [
    ("ieren", ("ize", "ise", "e"), True), ("iert", ("ized", "ised", "ed"), True), ("ität", ("ity",), True),
    ("isch", ("ic", "ical"), True), ("ien", ("ies",), True),
    ("en", ("s", "es", ""), False), ("n", ("s",), False), ("e", ("", "s"), False), ("s", ("s",), False),
]


def english_source(ctx: Context, low: str) -> str | None:
    for de_end, en_ends, distinctive in _PSEUDO_ENDINGS:
        if not low.endswith(de_end) or len(low) - len(de_end) < 3:
            continue
        stem = low[: len(low) - len(de_end)]
        best = None
        for en_end in en_ends:
            cand = stem + en_end
            if cand == low or not lexicon.is_english(cand) or lexicon.zipf_en(cand) < EN_MIN_ZIPF:
                continue
            if not distinctive and ctx.glossary.translations(cand) is None:
                continue
            if best is None or lexicon.zipf_en(cand) > lexicon.zipf_en(best):
                best = cand
        if best:
            return best  # the longest matching ending decides ("-ien" before "-en")
    return None
