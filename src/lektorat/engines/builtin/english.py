"""English words in German text: which are English, and their German translations as proposals.

A word German hunspell rejects is English when the English dictionary knows it and wordfreq says it is far more
common in English than in German ("neither": de 2.33 / en 4.77). Accepted loanwords (Team, Online) are in the
German dictionary and never get here. Proposals come from the glossary's `english` entries; adjectives are inflected
to fit the noun phrase they stand in.
"""

from __future__ import annotations

from ... import lexicon
from . import morphology as M
from .agreement import noun_features
from .context import Context

EN_MIN_ZIPF = 3.0        # common enough in English to be a real word, not a typo
EN_MARGIN = 0.8          # how much more common in English than in German


def english_by_frequency(low: str) -> bool:
    en, de = lexicon.zipf_en(low), lexicon.zipf_de(low)
    return en >= EN_MIN_ZIPF and en - de >= EN_MARGIN


def translations(ctx: Context, i: int, entry, original: str) -> list[str]:
    if entry is None:
        return []
    out = []
    for de in entry.de:
        if entry.pos == "adj" and not de.endswith("-"):
            out.append(de + _adjective_ending_here(ctx, i))
        else:
            out.append(de)
    # a capitalised English word (sentence start) gets capitalised proposals; nouns are capitalised already
    if original[:1].isupper() and entry.pos not in ("noun",):
        out = [o[0].upper() + o[1:] if o else o for o in out]
    return out


def _adjective_ending_here(ctx: Context, i: int) -> str:
    """The ending an attributive adjective at token i needs, from the determiner before and the noun after it."""
    toks = ctx.doc.tokens
    # the noun: the next capitalised token (skipping further lower-case adjectives)
    n = i + 1
    while n < len(toks) and n - i <= 3 and toks[n].text[:1].islower() and toks[n].is_alpha_word:
        n += 1
    if n >= len(toks) or not toks[n].text[:1].isupper():
        return "e"
    _, nfeats = noun_features(toks[n].text)
    d = i - 1
    while d >= 0 and i - d <= 3 and toks[d].text[:1].islower() and M.determiner(toks[d].text) is None \
            and M.adjective_stem(toks[d].text):
        d -= 1
    det = M.determiner(toks[d].text) if d >= 0 else None
    feats = set(nfeats) or set(M.ALL)
    kind = None
    if det is not None:
        kind = det[0]
        feats &= set(det[2])
        if d > 0 and toks[d - 1].text.lower() in M.PREPOSITIONS:
            cases = M.PREPOSITIONS[toks[d - 1].text.lower()]
            feats = {f for f in feats if f.split(".")[0] in cases} or feats
    if not feats:
        return "en"
    endings = {M.adjective_ending(kind, f) for f in feats}
    return endings.pop() if len(endings) == 1 else ("en" if "en" in endings else sorted(endings)[0])


def in_name(ctx: Context, i: int) -> bool:
    """Part of a run of capitalised words ("Karsten Wildberger"): a name, not a garbled noun."""
    toks = ctx.doc.tokens
    prev_cap = i > 0 and i not in ctx.doc.sentence_starts and toks[i - 1].text[:1].isupper() \
        and ctx.adjacent(i - 1, i) and M.determiner(toks[i - 1].text) is None
    next_cap = i + 1 < len(toks) and toks[i + 1].text[:1].isupper() and ctx.adjacent(i, i + 1)
    return prev_cap or next_cap
