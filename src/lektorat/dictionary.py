"""An English -> German dictionary: German translations, with part of speech, of frequent English words and phrases.

Source: Ding, the German-English dictionary of TU Chemnitz (Frank Richter), version 1.9 as Debian's `trans-de-en`
(GPL-2.0-or-later), reduced by scripts/build_dictionary_data.py to `data/dictionary/en-de.tsv.gz` (data/dictionary/
README.md has source, licence and the rebuild command). Loaded on first use.

Parts of speech: "m", "f", "n", "pl" (a noun and its gender, or a plural), "v" (verb), "adj", "adv", "x" (other:
phrases, function words).
"""

from __future__ import annotations

import gzip
import threading
from importlib.resources import files

HEADER = "#lektorat-dictionary 1\tenglish\tgerman:pos..."
NOUN_POS = frozenset(("m", "f", "n", "pl"))
_lock = threading.Lock()
_index: dict[str, str] | None = None
_max_words = 1
_starts: frozenset[str] = frozenset()


def _load() -> dict[str, str]:
    global _index, _max_words, _starts
    with _lock:
        if _index is None:
            f = files("lektorat").joinpath("data", "dictionary", "en-de.tsv.gz")
            if not f.is_file():
                raise RuntimeError("the English-German dictionary is missing from the package "
                                   "(data/dictionary/en-de.tsv.gz): reinstall lektorat")
            with f.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8", newline="\n") as fh:
                header, _, body = fh.read().partition("\n")
            if header != HEADER:
                raise RuntimeError("data/dictionary/en-de.tsv.gz has an unknown format: reinstall lektorat")
            # one split of the whole text: it loads on every run, and a line loop costs twice the time
            idx: dict[str, str] = dict(line.split("\t", 1) if "\t" in line else (line, "")
                                       for line in body.split("\n") if line)
            phrases = [k for k in idx if " " in k]
            _max_words = max((k.count(" ") + 1 for k in phrases), default=1)
            _starts = frozenset(k.split(" ", 1)[0] for k in phrases)
            _index = idx
    return _index


def translations(english: str) -> list[tuple[str, str]]:
    """[(German, part of speech)] for an English word or phrase (lower-cased), the dictionary's main senses first."""
    rest = _load().get(" ".join(english.lower().split()))
    if not rest:
        return []
    out = []
    for cell in rest.split("\t"):
        de, _, pos = cell.rpartition(":")
        # (Ding gives some nouns with their article, "der Einzelhandel", "die Schifffahrt": the noun)
        article, _, noun = de.partition(" ")
        if pos in NOUN_POS and article in _ARTICLES and noun[:1].isupper() and " " not in noun:
            de = noun
        if (de, pos) not in out:
            out.append((de, pos))
    return out


_ARTICLES = frozenset(("der", "die", "das"))


def german_texts():
    """The German side of every entry, one string per English word or phrase (all its translations)."""
    return _load().values()


def has(english: str) -> bool:
    return " ".join(english.lower().split()) in _load()


def phrase_starts() -> frozenset[str]:
    """The first words (lower case) of the dictionary's phrases."""
    _load()
    return _starts


def max_phrase_words() -> int:
    _load()
    return _max_words


_LIGHT_HEADER = "#lektorat-light-verbs 1\tnoun\tliteral\tverbs\tenglish\tding_line"
_light: dict[str, list[tuple[str, tuple[str, ...], str, int]]] | None = None


def light_verb_collocations() -> dict[str, list[tuple[str, tuple[str, ...], str, int]]]:
    """German noun -> [(literal verb, German verbs, English phrase, Ding line)]: English light-verb phrases whose
    German has another verb ("make a decision" :: "eine Entscheidung treffen" -> Entscheidung: machen -> treffen).
    Built from Ding by scripts/build_dictionary_data.py into data/dictionary/light-verbs.tsv (how and what is left
    out: that script's build_light_verbs)."""
    global _light
    with _lock:
        if _light is None:
            f = files("lektorat").joinpath("data", "dictionary", "light-verbs.tsv")
            out: dict[str, list[tuple[str, tuple[str, ...], str, int]]] = {}
            if f.is_file():
                lines = f.read_text(encoding="utf-8").splitlines()
                if not lines or lines[0] != _LIGHT_HEADER:
                    raise RuntimeError("data/dictionary/light-verbs.tsv has an unknown format: reinstall lektorat")
                for line in lines[1:]:
                    noun, literal, verbs, english, lineno = line.split("\t")
                    out.setdefault(noun, []).append((literal, tuple(verbs.split("|")), english, int(lineno)))
            _light = out
    return _light
