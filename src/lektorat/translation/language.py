"""Is a sentence German? A German→English model fed English or French text produces confident nonsense.

Word frequencies (wordfreq) vote: a word that is clearly more frequent in one language than in all others is
evidence for that language. Names and numbers rarely vote, so a short sentence of names stays "de". The thresholds are
set so that German sentences with a few English words left in (the defects this toolkit exists for) stay German.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]{2,}")
# German and the languages a German news text quotes most; each is a wordfreq word list (loaded on first use).
LANGUAGES = ("de", "en", "fr", "es", "it", "nl", "pt", "pl")
_MARGIN = 1.0      # Zipf difference that makes a word a vote (10x more frequent in one language than in any other)
_KNOWN = 1.5       # Zipf below which a word is unknown in a language


@lru_cache(maxsize=100_000)
def _votes(word: str) -> tuple[str | None, bool]:
    """(language this word is evidence for, or None; is it unknown in every language?)"""
    from wordfreq import zipf_frequency

    z = {lang: zipf_frequency(word, lang) for lang in LANGUAGES}
    ranked = sorted(z, key=z.get, reverse=True)
    best, second = ranked[0], ranked[1]
    vote = best if z[best] - z[second] >= _MARGIN else None
    return vote, z[best] < _KNOWN


def guess_language(sentence: str) -> str:
    """'de', 'en', or 'other' (another language, or gibberish)."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    if len(words) < 3:
        return "de"
    tally: dict[str, int] = {}
    unknown = 0
    for w in words:
        vote, unk = _votes(w)
        if vote:
            tally[vote] = tally.get(vote, 0) + 1
        unknown += unk
    de = tally.get("de", 0)
    foreign = max((lang for lang in tally if lang != "de"), key=tally.get, default=None)
    if foreign and tally[foreign] >= 2 and tally[foreign] > 2 * de and tally[foreign] >= 0.3 * len(words):
        return "en" if foreign == "en" else "other"
    if len(words) >= 4 and unknown > 0.6 * len(words) and de < 2:
        return "other"
    return "de"
