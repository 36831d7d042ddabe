"""What the engine knows about words: German and English spelling dictionaries (hunspell) and word frequencies.

- German: the igerman98/frami hunspell dictionary shipped in the package (`data/hunspell/`, GPL-2.0 or GPL-3.0; its
  README.md says where it comes from), through `chunspell`.
- English: the en_US hunspell dictionary that ships inside `chunspell`.
- Frequencies: `wordfreq` Zipf values (log10 of occurrences per billion words) for German and English.

Every lookup is cached per word form: news text repeats its words, so the dictionaries are asked once per form.
The caches are bounded in entries and in the length of what they keep: hunspell rejects any word of
SPELL_MAX_LEN characters or more without looking, so such words are answered at once and never cached, and the
frequency of an overlong "word" is looked up without caching it.
"""

from __future__ import annotations

import os
import re
import tempfile
from functools import lru_cache
from importlib.resources import files
from pathlib import Path


class LexiconError(Exception):
    """A dictionary that should be installed with the package is missing."""


def _german_dir() -> str:
    """The folder with de_DE.aff and de_DE.dic: inside the installed package, or copied out of a zipped one."""
    d = files("lektorat").joinpath("data", "hunspell")
    if not (d.joinpath("de_DE.aff").is_file() and d.joinpath("de_DE.dic").is_file()):  # a broken install
        raise LexiconError("the German dictionary (data/hunspell/de_DE.aff, de_DE.dic) is missing from the "
                           "lektorat package: reinstall lektorat")
    if isinstance(d, Path):
        return str(d)
    # pragma: no cover - not a plain folder (imported from a zip): hunspell needs the files on disk
    tmp = Path(tempfile.mkdtemp(prefix="lektorat-hunspell-"))
    for name in ("de_DE.aff", "de_DE.dic"):
        (tmp / name).write_bytes(d.joinpath(name).read_bytes())
    return str(tmp)


@lru_cache(maxsize=1)
def _german():
    import hunspell  # chunspell
    h = hunspell.Hunspell("de_DE", hunspell_data_dir=_german_dir())
    for word, model in _additions():
        h.add_with_affix(word, model)
    return h


def _additions() -> list[tuple[str, str]]:
    """(word, model) of data/hunspell/additions.tsv: words the dictionary lacks, declined like the model."""
    f = files("lektorat").joinpath("data", "hunspell", "additions.tsv")
    if not f.is_file():
        return []
    rows = (line.split("\t") for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return [(row[0], row[1]) for row in rows if len(row) == 2]


@lru_cache(maxsize=1)
def _english():
    import hunspell
    return hunspell.Hunspell("en_US", hunspell_data_dir=os.path.join(os.path.dirname(hunspell.__file__), "dictionaries"))


def _safe_spell(h, word: str) -> bool:
    try:
        return bool(h.spell(word))
    except (UnicodeError, ValueError):
        # a character the dictionary's 8-bit encoding cannot hold: not a word it knows
        return False


# Hunspell (MAXWORDLEN) rejects a word of 100 characters or more (100 bytes in the 8-bit encoding of de_DE):
# the longest German compounds have about 60 letters.
SPELL_MAX_LEN = 100
# Words worth analysing letter by letter (splitting compounds, finding fused words): a "word" longer than this is
# garbage, an identifier or a hash, and splitting it at every position would cost time and memory quadratic in
# its length.
MAX_WORD_LEN = 64
_CACHE_MAX_LEN = SPELL_MAX_LEN  # longer keys are not kept in the caches
# The word caches hold 100,000 words each: on 1M words of text twice that costs 77 MB more peak memory (497 MB
# against 420 MB) for no measurable speed, the words past the first 100,000 being mostly seen once.


@lru_cache(maxsize=100_000)
def _is_german(word: str) -> bool:
    return _safe_spell(_german(), word)


@lru_cache(maxsize=100_000)
def _is_english(word: str) -> bool:
    # (the dictionary is American: a British spelling counts when its American form is in it and English text
    # has the British one too, "cancelled", "organised", "colour")
    return _safe_spell(_english(), word) or any(
        _safe_spell(_english(), us) for us in _american_forms(word)) and _zipf_en(word.lower()) >= BRITISH_MIN_ZIPF


BRITISH_MIN_ZIPF = 2.5
_BRITISH = ((re.compile(r"([aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"), (re.compile(r"our(s|ed|ing|ite|ites)?$"), r"or\1"),
            (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"), (re.compile(r"tre(s)?$"), r"ter\1"),
            (re.compile(r"ogue(s)?$"), r"og\1"), (re.compile(r"ence$"), "ense"))


def _american_forms(word: str) -> list[str]:
    """The American spellings of a British one ("cancelled" -> "canceled", "colour" -> "color")."""
    return [us for rx, repl in _BRITISH if (us := rx.sub(repl, word)) != word]


# (the defaults bind the cached functions locally: these run thousands of times per article)
def is_german(word: str, _cached=_is_german, _max=SPELL_MAX_LEN) -> bool:
    """Does the German dictionary accept this form as written?"""
    return len(word) < _max and _cached(word)


def is_english(word: str, _cached=_is_english, _max=SPELL_MAX_LEN) -> bool:
    return len(word) < _max and _cached(word)


def _zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency
    return zipf_frequency(word, lang)


@lru_cache(maxsize=100_000)
def _zipf_de(word: str) -> float:
    return _zipf(word, "de")


@lru_cache(maxsize=100_000)
def _zipf_en(word: str) -> float:
    return _zipf(word, "en")


def zipf_de_uncached(word: str) -> float:
    """zipf_de for a probe of many made-up candidates, which would crowd the cache (and the memory) for nothing."""
    return _zipf(word, "de") if " " not in word else 0.0


# (a single "word" longer than hunspell's longest has no frequency; wordfreq would tokenise all of it to say so)
def zipf_de(word: str) -> float:
    return _zipf_de(word) if len(word) <= _CACHE_MAX_LEN else 0.0 if " " not in word else _zipf(word, "de")


def zipf_en(word: str) -> float:
    return _zipf_en(word) if len(word) <= _CACHE_MAX_LEN else 0.0 if " " not in word else _zipf(word, "en")


def is_german_any_case(word: str) -> bool:
    """Accept a word that is German in any ordinary casing (sentence starts capitalise verbs)."""
    if is_german(word):
        return True
    if word[:1].isupper():
        return is_german(word[0].lower() + word[1:])
    return is_german(word[0].upper() + word[1:]) if word else False


def german_frequencies() -> dict[str, float]:
    """wordfreq's German words (NFC, case-folded) and their frequencies, most frequent first: wordfreq's own cached
    table (positional arguments as wordfreq passes them itself, so it is shared, not built twice)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("de", "best")


@lru_cache(maxsize=4)
def frequent_german(min_zipf: float, margin: float = 1.0) -> dict[str, float]:
    """wordfreq's German words (its keys: NFC, case-folded) with a Zipf frequency of at least MIN_ZIPF (times
    MARGIN on the frequency), most frequent first: a table to look candidates up in without asking wordfreq or
    hunspell word by word."""
    threshold = 10 ** (min_zipf - 9) * margin  # Zipf = log10(frequency per word) + 9
    out = {}
    for w, f in german_frequencies().items():  # most frequent first
        if f < threshold:
            break
        out[w] = f
    return out


_ADJ_ENDINGS = ("em", "en", "er", "es", "e")


@lru_cache(maxsize=50_000)
def is_regular_form(word: str) -> bool:
    """A form hunspell's word list lacks but German grammar makes from a word it has: comparatives and superlatives
    with their endings ("ungleichere" from ungleich), present participles used as adjectives ("strafenderen" from
    strafen), sentence adverbs in -erweise ("anachronistischerweise" from anachronistisch)."""
    low = word.lower()
    if len(low) > MAX_WORD_LEN or len(low) < 6:
        return False
    if low.endswith("erweise") and _adjective(low[:-7]):
        return True
    for e in _ADJ_ENDINGS:
        if not low.endswith(e):
            continue
        base = low[: -len(e)]
        for degree in ("er", "est", "st", ""):
            if degree and not base.endswith(degree):
                continue
            stem = base[: len(base) - len(degree)]
            if degree and (stem in _PRONOUN_STEMS or (stem.endswith("er") and _adjective(stem[:-2]))):
                continue  # "unsererem", "ungleichereren": no comparative of a pronoun or of a comparative
            if _adjective(stem) or _participle(stem):
                return True
    return False


# possessives and pronouns inflect like adjectives but have no comparative ("unsererem" is a doubled syllable)
_PRONOUN_STEMS = frozenset("unser euer eur ihr sein mein dein ander jen dies".split())


def _adjective(stem: str) -> bool:
    """A German adjective: the dictionary has the bare form and the endings -es and -em, which verb forms in -t
    ("weitet": weitete, weiteten) lack, and wordfreq has seen it (hunspell's compounding accepts "ungleigleich")."""
    return len(stem) >= 3 and is_german(stem) and is_german(stem + "es") and is_german(stem + "em") \
        and zipf_de(stem) > 0


def _participle(stem: str) -> bool:
    """A present participle: a German infinitive plus -d ("strafend", "wachsend")."""
    return stem.endswith(("end", "ernd", "elnd")) and len(stem) > 5 and is_german(stem[:-1])
