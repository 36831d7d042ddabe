"""Garbled words: two words run together ("dauernwird" -> "dauern wird") or a word and a fragment
("Terminplansteig" -> "Terminplan", "Kalendereingetrag" -> "Kalender eingetragen").

Unknown compounds are ordinary German, so a compound counts as garbled only when hunspell's own compounding says
it should have known it (probing whether each part may begin or end a compound); a fragment that is itself a word
gives a `warning`, not an `error`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from ... import lexicon, nouns
from .context import Context
from .english import in_name

FUSED_MIN_ZIPF = 4.5     # the second part of a fused word is a frequent German word ("wird", "sich", "nicht")
_FINITE_AUX = frozenset("ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien "
                        "kann können soll sollen muss müssen steht stehen".split())

_PROBE_HEADS = ("zeit", "plan", "stelle", "system", "haus")
_PROBE_MODIFIERS = ("Haus", "Stadt", "Bahn", "System", "Zeit")


@lru_cache(maxsize=50_000)
def _starts_compounds(word: str) -> bool:
    """Does hunspell let this word begin a compound? (probed with common heads: "Terminplan" + "stelle")"""
    return any(lexicon.is_german(word + h) for h in _PROBE_HEADS)


@lru_cache(maxsize=50_000)
def _ends_compounds(word: str) -> bool:
    """Does hunspell let this word end a compound? ("Haus" + "steig")"""
    return any(lexicon.is_german(m + word.lower()) for m in _PROBE_MODIFIERS)


_LINKS = ("", "s", "es", "n", "en", "e", "er")


def _plausible_compound(word: str) -> bool:
    """Some split into a German first part (with a linking element) and a German noun that hunspell would not
    have formed itself ("Dienste|nummer"): an ordinary compound the dictionary does not list."""
    if len(word) > lexicon.MAX_WORD_LEN:  # one lookup per letter: only for words of a sensible length
        return False
    for k in range(3, len(word) - 2):
        left, right = word[:k], word[k:]
        head = right[0].upper() + right[1:]
        # the head must be a noun of the lexicon, not one more compound hunspell builds ("Plansteig")
        if len(right) < 3 or not nouns.analyses(head):
            continue
        stems = [left[: len(left) - len(link)] if link else left for link in _LINKS if left.endswith(link)]
        stems = [st for st in stems if len(st) >= 3 and lexicon.is_german_any_case(st)]
        # hunspell could have built this compound from these parts and did not: no evidence of a real word
        if any(_starts_compounds(st) for st in stems) and _ends_compounds(right):
            continue
        if stems:
            return True
    return False


@lru_cache(maxsize=1)
def _frequent_forms() -> frozenset[str]:
    """wordfreq's keys (NFC, case-folded: "gross") of the words with a Zipf frequency of at least FUSED_MIN_ZIPF,
    about 2,600: a second part not among them cannot be frequent, and asking wordfreq costs 50 µs a time."""
    from wordfreq import get_frequency_dict
    threshold = 10 ** (FUSED_MIN_ZIPF - 9) * 0.99  # Zipf = log10(frequency) + 9, rounded: keep a margin
    out = []
    # positional arguments as wordfreq passes them itself, so its cached dictionary is shared, not built twice
    for w, f in get_frequency_dict("de", "best").items():  # most frequent first
        if f < threshold:
            break
        out.append(w)
    return frozenset(out)


def _maybe_frequent(word: str) -> bool:
    """A cheap necessary condition for lexicon.zipf_de(word) >= FUSED_MIN_ZIPF."""
    return unicodedata.normalize("NFC", word).casefold() in _frequent_forms()


def garbled_word(ctx: Context, i: int, part: str) -> tuple[str, list[str], str] | None:
    """A fused or broken word: (message, proposals, severity) or None.

    Unknown compounds are everyday German ("Signaturalgorithmen"), so a word only counts as garbled when
    hunspell's own compounding says it should have known it: both parts may form compounds, yet the whole is
    rejected ("Terminplan" + "steig"), or the first part may form compounds and the rest is no word at all
    ("Kalender" + "eingetrag"). A first part that hunspell never compounds ("Schlummer") proves nothing.
    """
    if len(part) < 7 or len(part) > lexicon.MAX_WORD_LEN or (part[0].isupper() and in_name(ctx, i)):
        return None
    # a tripled letter is a typo, not two words: "dennnoch" -> "dennoch"
    triple = re.search(r"(\w)\1\1", part)
    if triple:
        fixed = part[: triple.start()] + part[triple.start() + 1:]
        if lexicon.is_german_any_case(fixed):
            return f"„{part}“: one letter too many", [fixed], "error"
    fused, fragment = [], []
    for k in range(3, len(part) - 2):
        left, right = part[:k], part[k:]
        # the cheap conditions first: hunspell takes up to a millisecond for a long non-word, so it is asked
        # about the first part only where one of the two readings below is still possible
        frequent_right = _maybe_frequent(right) and lexicon.zipf_de(right) >= FUSED_MIN_ZIPF
        fragment_shape = len(left) >= 5 and left[0].isupper() and len(right) >= 3
        if not (frequent_right or fragment_shape) or not lexicon.is_german(left):
            continue
        # a frequent word that is no noun ("wird", "sich"): a noun there would make a compound ("Studentenleben")
        if (frequent_right and lexicon.is_german(right)
                and not nouns.analyses(right[0].upper() + right[1:])):
            fused.append((lexicon.zipf_de(right), f"{left} {right}"))
        elif fragment_shape and _starts_compounds(left):
            if not lexicon.is_german_any_case(right) or _ends_compounds(right):
                fragment.append((k, left, right))
    if fused:
        fused.sort(reverse=True)
        return f"„{part}“ looks like two words run together", [s for _, s in fused[:3]], "error"
    if not fragment or _plausible_compound(part):
        return None
    # The longest first part whose fragment completes to a frequent word ("Kalender|eingetrag" ->
    # "eingetragen"), else the longest; a linking "s" goes with the fragment when the word without it is known
    # ("Terminplans|teig" is read as "Terminplan|steig").
    options = []
    for k, left, right in sorted(fragment, reverse=True):
        if left.endswith("s") and lexicon.is_german(left[:-1]):
            left, right = left[:-1], "s" + right
        options.append((left, right, _completions(right)))
    left, right, comps = next((o for o in options if o[2]), options[0])
    completions = [f"{left} {c}" for c in comps]
    nxt = ctx.doc.tokens[i + 1].text if i + 1 < len(ctx.doc.tokens) else ""
    # "auf seinem Terminplansteig ist": a finite verb follows, so the fragment was no verb: drop it
    proposals = [left] + completions if nxt in _FINITE_AUX else completions + [left]
    # a fragment that is no word at all is a sure sign; one that is a word ("steig") makes a compound that
    # hunspell could have built but did not know: likely garbled, but an editor should look
    severity = "warning" if lexicon.is_german_any_case(right) else "error"
    return f"„{part}“ is not a word: „{left}“ followed by the fragment „{right}“", proposals[:3], severity


@lru_cache(maxsize=1)
def _frequent_german() -> tuple[list[str], dict[str, int]]:
    """The 50,000 most frequent German words, sorted for prefix search, with their frequency rank."""
    from wordfreq import top_n_list
    ranked = [w for w in top_n_list("de", 50_000) if w.isalpha()]
    return sorted(ranked), {w: r for r, w in enumerate(ranked)}


@lru_cache(maxsize=5_000)
def _completions(fragment: str) -> tuple[str, ...]:
    """Frequent German words that the fragment is the beginning of ("eingetrag" -> "eingetragen"), likeliest first."""
    words, rank = _frequent_german()
    low = fragment.lower()
    hits = []
    for k in range(bisect_left(words, low), len(words)):
        w = words[k]
        if not w.startswith(low):
            break
        # German words only: wordfreq's list has names too ("ing" -> "Ingrid")
        if w != low and len(w) <= len(low) + 3 and (lexicon.is_german(w) or nouns.analyses(w[0].upper() + w[1:])):
            hits.append(w)
    hits.sort(key=rank.__getitem__)
    return tuple(hits[:2])
