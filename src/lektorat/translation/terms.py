"""Glossary-aware translation: names and terms of the German sentence, their English forms, and the check after.

Three steps, each reported:
1. before decoding, names (persons, places, organisations) are replaced in the German sentence by their English
   form, which the model copies through ("Lukaschenkos" -> "Lukashenko's", "Kremlsprecher" -> "Kremlin-Sprecher",
   "des Friedensrats" -> "des Board of Peace"). Terms (common nouns such as Friedensplan) are left to the model:
   forcing "peace plan" into a German sentence would break its grammar.
2. after decoding, a German name form the model left in the output is repaired ("Peskow" -> "Peskov").
3. every name and term found in the German sentence must then appear in its English form (spelling-tolerant:
   defence/defense, -ise/-ize, plural s); what does not is a violation of that sentence.

Names use every German form of the entry and the surname of a person on its own; terms use the entry's first
(preferred) German form only, because the others are often broader ("Sprecher" is not always a press secretary).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from ..glossary import Entry, Glossary

NAME_KINDS = ("person", "place", "organisation")
_GENITIVE = ("s", "es", "’s", "'s", "’", "'")
_NOUN_ENDINGS = ("s", "es", "n", "en", "e", "er", "em", "in", "innen", "ern")


@dataclass(frozen=True)
class Form:
    words: tuple[str, ...]   # the German form, split into words
    english: str             # what it is in English
    entry: Entry

    @property
    def is_name(self) -> bool:
        return self.entry.kind in NAME_KINDS


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    german: str              # the German text matched
    form: Form
    substitute: str | None   # what the model reads instead (names whose English form differs), else None

    @property
    def expected(self) -> str:
        return self.form.english


class TermIndex:
    """The glossary's names and terms, keyed by their first word (and its first four letters, for compounds)."""

    def __init__(self, glossary: Glossary) -> None:
        self.by_word: dict[str, list[Form]] = {}
        self.by_prefix: dict[str, list[Form]] = {}
        for e in glossary.entries:
            if not e.en or e.kind not in (*NAME_KINDS, "term"):
                continue
            # names: every German form, and the English spellings the checker flags (still in an unedited text);
            # terms: the preferred German form only
            if e.kind in NAME_KINDS:
                german = e.de + tuple(v for v in e.variants if not v.startswith("~"))
            else:
                german = e.de[:1]
            for d in german:
                self._add(Form(tuple(d.split()), e.en, e))
                en_words, de_words = e.en.split(), d.split()
                if e.kind == "person" and len(de_words) >= 2 and len(de_words) == len(en_words):
                    self._add(Form((de_words[-1],), en_words[-1], e))
        for lst in (*self.by_word.values(), *self.by_prefix.values()):
            lst.sort(key=lambda f: (-len(f.words), -len(f.words[0])))

    def _add(self, f: Form) -> None:
        lst = self.by_word.setdefault(f.words[0], [])
        if all(x.words != f.words for x in lst):
            lst.append(f)
            if f.is_name and len(f.words) == 1 and len(f.words[0]) >= 4 and f.english != f.words[0]:
                self.by_prefix.setdefault(f.words[0][:4], []).append(f)

    def find(self, sentence: str) -> list[Hit]:
        toks = Document(sentence).tokens
        out: list[Hit] = []
        i = 0
        while i < len(toks):
            hit = self._match_at(sentence, toks, i)
            if hit is None:
                i += 1
                continue
            hit, last = hit
            out.append(hit)
            i = last + 1
        return out

    def _match_at(self, text, toks, i):
        word = toks[i].text
        cands = list(self.by_word.get(word, ()))
        for end in (*_NOUN_ENDINGS, *_GENITIVE):
            if word.endswith(end) and len(word) > len(end) + 2:
                cands += self.by_word.get(word[: -len(end)], ())
        if "-" in word:
            cands += self.by_word.get(word.split("-", 1)[0], ())
            cands += self.by_word.get(word.rsplit("-", 1)[1], ())
        if word.endswith(("en", "er", "es", "em")):
            cands += self.by_word.get(word[:-1], ())  # "Europäischen Union"
        for end in ("e", "en", "em", "es"):
            if word.endswith(end):
                cands += self.by_word.get(word[: -len(end)] + "er", ())  # "Sondergesandten"
        cands += self.by_prefix.get(word[:4], ())
        for f in cands:
            m = _match_form(toks, i, f)
            if m is not None:
                last, tail = m
                start, end = toks[i].start, toks[last].end
                return Hit(start, end, text[start:end], f, _substitute(f, tail)), last
        return None


def _match_form(toks, i, f: Form):
    """(index of the last token, what follows the form in it) when F stands at token I."""
    n = len(f.words)
    if i + n > len(toks):
        return None
    for k in range(n - 1):
        if toks[i + k].text != f.words[k] and not _adjective_form(toks[i + k].text, f.words[k]):
            return None
    last = toks[i + n - 1].text
    tail = _tail(last, f)
    return None if tail is None else (i + n - 1, tail)


def _adjective_form(word: str, base: str) -> bool:
    """'Europäischen' for 'Europäische', 'Vereinigten' for 'Vereinigte': an inflected adjective of a multi-word name."""
    stem = base[:-1] if base.endswith(("e", "r", "s")) else base
    return word.startswith(stem) and word[len(stem):] in ("e", "en", "er", "es", "em")


def _tail(word: str, f: Form) -> str | None:
    """What follows the form in WORD: "" (exact), an ending, or a compound's rest; None if WORD is not the form."""
    base = f.words[-1]
    if word == base:
        return ""
    if f.words[0][0].isupper() and word.endswith("-" + base) and len(f.words) == 1 and not f.is_name:
        return ""  # a term as a hyphenated compound's head: "EU-Gipfeltreffen"
    if not word.startswith(base):
        if not f.is_name and base.endswith("er") and word.startswith(base[:-2]):
            rest = word[len(base) - 2:]  # adjective nouns: Sondergesandter -> Sondergesandten
            return "" if rest in ("e", "en", "em", "es") else None
        return None
    rest = word[len(base):]
    if rest in _GENITIVE or (not f.is_name and rest in _NOUN_ENDINGS):
        return rest
    if f.is_name and len(f.words) == 1 and rest.startswith("-") and len(rest) > 2:
        return rest  # Kreml-Sprecher
    if f.is_name and len(f.words) == 1 and len(rest) >= 5 and rest.islower() and _is_noun(rest):
        return "-" + rest.capitalize()  # Kremlsprecher -> Kremlin-Sprecher
    return None


def _is_noun(rest: str) -> bool:
    from .. import nouns

    return bool(nouns.analyses(rest.capitalize()))


def _substitute(f: Form, tail: str) -> str | None:
    if not f.is_name or f.english == " ".join(f.words):
        return None
    if tail in _GENITIVE:
        # "Lukaschenkos" -> "Lukashenko's"; an organisation's genitive ending is simply dropped
        return f.english if f.entry.kind == "organisation" else f.english + "'s"
    return f.english + tail  # "" or a compound's rest: "Kremlin-Sprecher"


# -- after decoding -----------------------------------------------------------------------------------------------

def repair(output: str, hits: list[Hit]) -> tuple[str, list[str]]:
    """Replace German name forms left in OUTPUT by their English form; returns the text and a note per repair."""
    notes = []
    for h in hits:
        f = h.form
        if not f.is_name or found(output, f.english, name=True):
            continue
        german = " ".join(f.words)
        pattern = re.compile(r"(?<![\w-])" + re.escape(german) + r"(?=(?:['’]s)?(?![\w]))")
        if pattern.search(output):
            output = pattern.sub(f.english, output)
            notes.append(f"repaired „{german}“ -> “{f.english}”")
    return output, notes


def verify(output: str, hits: list[Hit]) -> list[dict]:
    """A violation for every name or term whose English form is missing from OUTPUT."""
    out, seen = [], set()
    for h in hits:
        key = (h.form.english, h.form.entry.line, h.form.entry.file)
        if key in seen:
            continue
        seen.add(key)
        if not found(output, h.form.english, name=h.form.is_name):
            english = h.form.english
            msg = (f"“{english}” is missing from the translation" if english == " ".join(h.form.words) else
                   f"“{english}” (for „{h.german}“) is missing from the translation")
            out.append({"kind": "term", "source": h.german, "expected": english, "message": msg})
    return out


def found(text: str, english: str, *, name: bool) -> bool:
    """Does ENGLISH occur in TEXT? Names exactly (a possessive allowed); terms case- and spelling-tolerant, plural s."""
    if name:
        return re.search(r"(?<![\w])" + re.escape(english) + r"(?![\w])", text) is not None
    words = [re.escape(w) for w in _fold(english).split()]
    if not words:
        return True
    pattern = r"(?<![\w])" + r"[\s-]+".join(words) + r"(?:s|es)?(?![\w])"
    return re.search(pattern, _fold(text)) is not None


_SPELLING = [(re.compile(p), r) for p, r in (
    (r"(?<=[a-z])iz(?=(e|es|ed|ing|ation|ations)\b)", "is"),   # mobilization -> mobilisation
    (r"(?<=[a-z])yz(?=(e|es|ed|ing)\b)", "ys"),                # analyze -> analyse
    (r"\b(defen|offen|licen|preten)se", r"\1ce"),              # defense -> defence
    (r"(?<=[a-z])our\b", "or"),                                # labour -> labor
    (r"(?<=[a-z])tre\b", "ter"),                               # centre -> center
)]


def _fold(text: str) -> str:
    """British and American spellings to one form, lower case."""
    text = text.lower()
    for pattern, repl in _SPELLING:
        text = pattern.sub(repl, text)
    return text
