"""German word formation the dictionary does not list: compounds, particle verbs, compared adjectives.

German builds words freely ("Nektarröhre", "mitklettert", "selbstgeführte", "ungleicheren"). A speller that only
knows listed words flags them; these functions say when such a word is made of German parts by the regular
patterns, so the arbiter can tell a new word from a misspelt one. Each needs positive evidence from the German
dictionary for every part, and the noun compound test is the built-in engine's own (garbled.py), which refuses a
split that hunspell's compounding could have joined and did not ("Standart" is no "Stand" + "Art").
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

_LINKS = ("s", "es", "n", "en", "e", "er", "ns")
_COMPARED = ("er", "ere", "eren", "erer", "eres", "erem", "st", "ste", "sten", "ster", "stes", "stem", "este",
             "esten", "ester", "estes", "estem")
MIN_PART = 3
_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "ität", "tion", "ismus", "nis")
FUNCTION_ZIPF = 5.0   # "nicht", "allem", "mehr": too frequent to end a compound word


@lru_cache(maxsize=20_000)
def explain(word: str) -> str | None:
    """Why WORD is German though the dictionary lacks it ("a compound of German words", ...), or None."""
    if not word.isalpha() or len(word) > lexicon.MAX_WORD_LEN:
        return None
    if lexicon.is_german(word) or (word[0].isupper() and lexicon.is_german(word[0].lower() + word[1:])):
        return "a German word"   # as written, or capitalised at a sentence start ("ding" is no German word)
    if word[0].isupper() and (_noun_compound(word) or _long_compound(word)):  # lower-case, it is no noun
        return "a compound of German words"
    low = word.lower()
    if _compared_adjective(low):
        return "a compared form of a German adjective"
    if low.startswith("un") and len(low) > 6 and (lexicon.is_german(low[2:]) or _compared_adjective(low[2:])):
        return "a German adjective with un-"
    if low.startswith("aller") and len(low) > 9 and (lexicon.is_german(low[5:]) or _compared_adjective(low[5:])):
        return "a German superlative with aller-"   # "allerfrühesten"
    if word.islower() and _prefixed(low):
        return "a German word with a German first part (particle verb or compound adjective)"
    if _productive_prefix(word):
        return "a German word with a productive prefix (Superinteressantes, nichthandwerklichen)"
    if word.islower() and _COMPASS_ADJECTIVE_RE.fullmatch(low):
        return "a compass point before a place's adjective (nordbelarussischen, südkasachischen)"
    if low.endswith("erweise") and len(low) > 12 and lexicon.is_german(low[:-7]) \
            and lexicon.is_german(low[:-7] + "e"):
        return "an adverb in -erweise from a German adjective (anachronistischerweise)"
    if word[0].isupper() and low.endswith(("keit", "heit")) and len(low) > 9 and lexicon.is_german(low[:-4]):
        return "a noun in -heit or -keit of a German adjective (Rekonfigurierbarkeit)"
    return None


# a compass point before an adjective of a country or region in -isch, which German builds freely
_COMPASS_ADJECTIVE_RE = re.compile(r"(?:nord|süd|ost|west)(?:ost|west)?[a-zäöü]{4,}isch(?:e|en|er|es|em)?")
# prefixes German puts before any adjective or noun ("superinteressant", "hochbedeutsam", "nichthandwerklich")
_PRODUCTIVE_PREFIXES = ("super", "hoch", "nicht", "ultra", "mega", "semi", "pseudo", "quasi", "halb")


def _productive_prefix(word: str) -> bool:
    """A productive prefix before a German word of five letters or more, in the word's case ("Hochbedeutsame":
    "bedeutsame" capitalised at the start of a noun phrase or a sentence)."""
    low = word.lower()
    for prefix in _PRODUCTIVE_PREFIXES:
        rest = word[len(prefix):]
        if low.startswith(prefix) and len(rest) >= 5 and rest.isalpha() and (
                lexicon.is_german(rest) or lexicon.is_german(rest.lower())
                or (rest[0].islower() and lexicon.is_german(rest[0].upper() + rest[1:]))):
            return True
    return False


def suspended(part: str) -> str | None:
    """The first part of a suspended compound ("Überlegenheits-" in "Überlegenheits- und Minderwertigkeitsgefühle"),
    without its hyphen: German when it is, or is with a linking element dropped."""
    if explain(part):
        return "the first part of a suspended compound"
    for link in _LINKS:
        stem = part[: -len(link)]
        if part.endswith(link) and len(stem) >= MIN_PART and explain(stem):
            return "the first part of a suspended compound"
    return None


def _noun_compound(word: str) -> bool:
    from .engines.builtin.garbled import plausible_compound  # the built-in engine's test, not a copy of it

    return plausible_compound(word)


@lru_cache(maxsize=20_000)
def _long_compound(word: str, depth: int = 0) -> bool:
    """A compound of three or more parts ("Nahtod|erfahrung", "Rekonfigurations|programmierbarkeit"): a noun the
    German dictionary has as its last part (4 letters or more), and before it, with or without a linking element,
    a German word or (once) such a compound itself."""
    if len(word) > lexicon.MAX_WORD_LEN or depth > 1:
        return False
    for k in range(len(word) - 4, 2, -1):
        left, right = word[:k], word[k:]
        head = right[0].upper() + right[1:]
        if not (lexicon.is_german(head) and not lexicon.is_german(right.lower())):
            continue  # the last part must be a noun (capitalised only)
        if len(right) < 7 and not right.endswith(_NOUN_SUFFIXES):
            continue  # a short last part hunspell could have joined and did not ("Terminplan|steig")
        for link in ("",) + _LINKS:
            stem = left[: len(left) - len(link)] if link else left
            if len(stem) < 3 or not left.endswith(link):
                continue
            if lexicon.is_german_any_case(stem) or (depth == 0 and _long_compound(stem, depth + 1)) \
                    or (depth == 0 and stem[0].isupper() and _noun_compound(stem)):
                return True
    return False


@lru_cache(maxsize=20_000)
def _compared_adjective(low: str) -> bool:
    """"ungleicheren" = "ungleich" + er + en: a comparative or superlative of a German adjective. The stem must be
    the adjective's base form (it takes an ending itself: "ungleich", "ungleiche"), so a doubled ending
    ("ungleichereren") is no form of it."""
    for e in _COMPARED:
        stem = low[: -len(e)]
        if low.endswith(e) and len(stem) >= 4 and lexicon.is_german(stem) and lexicon.is_german(stem + "e") \
                and not stem.endswith(("er", "st")):
            return True
    return False


_PRONOUNS = frozenset("ich du er sie es wir ihr man sich".split())
_PARTICIPLE_ENDINGS = ("t", "te", "ten", "ter", "tes", "tem", "en", "ene", "enen", "ener", "enes", "enem", "end",
                       "ende", "enden", "ender", "endes", "endem")


@lru_cache(maxsize=20_000)
def _prefixed(low: str) -> bool:
    """A lower-case German verb form after a separable particle ("mit|klettert", "entlang|klettert",
    "hervor|strömt"), or a participle after a German word ("selbst|geführte", "wind|getragene"). Not after an
    article or a pronoun ("er|beginnt", "ein|hochsignifikantes": two words run together), and not after a frequent
    function word as the rest ("vor|allem", "gar|nicht")."""
    from .engines.builtin import morphology as M
    from .engines.builtin.garbled import verb_prefix

    for k in range(2, len(low) - 3):
        head, rest = low[:k], low[k:]
        if head in _PRONOUNS or M.determiner(head) is not None or lexicon.zipf_de(rest) >= FUNCTION_ZIPF:
            continue
        if not lexicon.is_german(rest):
            continue
        participle = rest.startswith("ge") and rest.endswith(_PARTICIPLE_ENDINGS) or rest.endswith(
            ("end", "ende", "enden", "ender", "endes", "endem"))
        if participle and lexicon.is_german_any_case(head) and len(head) >= MIN_PART:
            return True
        if lexicon.is_german(head) and verb_prefix(head):
            return True
    return False
