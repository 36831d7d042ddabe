"""Misspellings: a rare word one typing edit away from a frequent German word ("Disfunktion" -> "Dysfunktion").

Unknown words are mostly names and new compounds, so a word is only reported when all of this holds: German
hunspell rejects it in every casing, it is no English word (the English rules judge those), wordfreq has (almost)
never seen it, and deleting, inserting, replacing or swapping one letter gives a word that is both frequent in
German (wordfreq) and accepted by hunspell. A capitalised word must not stand in a run of capitalised words (a
name) and its correction must be a noun of the lexicon; it gets a `warning`, since it may still be a name.
Candidates are looked up in wordfreq's table, not in hunspell, so a word costs a few hundred dictionary lookups.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ... import lexicon, nouns
from ...findings import Finding
from .context import Context
from .english import in_name

MIN_LEN = 5              # shorter words are too often abbreviations or names
MAX_LEN = 30             # edits of longer words cost more than they find
RARE_ZIPF = 1.0          # the word itself: (almost) never seen
TARGET_ZIPF = 2.5        # the correction: a frequent word
_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
_WORD_RE = re.compile(r"[^\W\d_]+\Z")


def _edits(word: str):
    """Every string one deletion, insertion, replacement or swap of neighbours away (lower case)."""
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            yield left + right[1:]
            if len(right) > 1:
                yield left + right[1] + right[0] + right[2:]
        for c in _LETTERS:
            yield left + c + right
            if right:
                yield left + c + right[1:]


@lru_cache(maxsize=20_000)
def corrections(word: str) -> tuple[str, ...]:
    """Frequent German words one edit from WORD, in WORD's casing, most frequent first."""
    low = unicodedata.normalize("NFC", word).casefold()
    freq = lexicon.frequent_german(TARGET_ZIPF)
    found = {}
    for cand in _edits(low):
        if cand != low and cand in freq:
            found[cand] = freq[cand]
    out = []
    for cand in sorted(found, key=found.get, reverse=True):
        cased = cand[0].upper() + cand[1:] if word[:1].isupper() else cand
        if lexicon.is_german(cased):
            out.append(cased)
    return tuple(out[:3])


def check(ctx: Context) -> list[Finding]:
    from .unknown_words import _technical

    out = _small_nouns(ctx)
    toks = ctx.doc.tokens
    text = ctx.doc.text
    for i, t in enumerate(toks):
        w = t.text
        if not (MIN_LEN <= len(w) <= MAX_LEN) or not _WORD_RE.match(w) or w.isupper() or ctx.claimed(i):
            continue
        capital = w[0].isupper()
        if capital and (i in ctx.doc.sentence_starts or in_name(ctx, i)):
            continue  # a sentence start says nothing; a run of capitals is a name
        if w in ctx.glossary.known_words or _technical(text, t.start, t.end, w):
            continue
        low = w.lower()
        if lexicon.zipf_de(low) >= RARE_ZIPF or lexicon.is_english(low) or lexicon.is_german_any_case(w) \
                or lexicon.is_regular_form(w):
            continue
        fixes = corrections(w)
        if capital:
            fixes = tuple(f for f in fixes if nouns.analyses(f))
        if not fixes:
            continue
        out.append(Finding(t.start, t.end, w, "SPELLING", "spelling", "warning" if capital else "error",
                           f"„{w}“ is not a word; one letter from „{fixes[0]}“", list(fixes)))
    return out


def _small_nouns(ctx: Context) -> list[Finding]:
    """A noun written small after its article ("die regierung", "eines neuen abkommens"): hunspell rejects the
    small form and knows the capitalised one, and the noun lexicon has it. Words German writes small too ("essen",
    "recht") are never reported."""
    from . import morphology as M
    from .unknown_words import _technical

    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    for i, t in enumerate(toks):
        w = t.text
        if not (3 <= len(w) <= MAX_LEN and w.islower() and _WORD_RE.match(w)) or ctx.claimed(i) or i == 0:
            continue
        k = i - 1   # back over adjectives to the determiner
        while k > 0 and i - k <= 3 and toks[k].text.islower() and M.determiner(toks[k].text) is None \
                and lexicon.is_german(toks[k].text) and toks[k].text.endswith(M.ADJ_ENDINGS):
            k -= 1
        if M.determiner(toks[k].text) is None or not all(ctx.adjacent(j, j + 1) for j in range(k, i)):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and ctx.adjacent(i, i + 1) and (nxt.text[:1].isupper() or nxt.text == "("):
            continue  # before a noun it is an adjective ("dem übergrößen Herrscher"); "perl(1)" is a command
        cap = w[0].upper() + w[1:]
        if lexicon.is_german(w) or not lexicon.is_german(cap) or not nouns.analyses(cap) \
                or lexicon.is_english(w) or _technical(text, t.start, t.end, w):
            continue
        out.append(Finding(t.start, t.end, w, "NOUN_LOWERCASE", "spelling", "error",
                           f"a noun is written with a capital: „{cap}“", [cap]))
        ctx.claim(t.start, t.end)
    return out
