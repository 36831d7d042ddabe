"""Proper names: the evidence that a capitalised word no dictionary lists is a name, not a misspelling.

News is full of names no speller knows (clubs, places, people, companies). A word counts as a name by its form
(an acronym, a capital inside the word, a surname ending of Russian or Ukrainian names in German spelling, the
adjective of a place: "Tallinner"), by what the dictionaries know (the English dictionary lists it only
capitalised, the glossary names it), or by its place in the text: after a first name, a title or the noun it names
("Trainer Tuchel", "die Stadt Dorset"), before another name ("Natalja Eismont"), after "in", "aus" or "nach"
without an article ("in Dorset"), or repeated in the article (unless it is one letter from a German noun, a
misspelling the text may repeat, and stands nowhere else as a name). Context evidence that rests on a common
English word ("Supreme Court") is flagged as such: the run may be a title to keep or English left untranslated,
which the caller decides.
"""

from __future__ import annotations

import re
from collections import Counter

from . import lexicon, nouns
from .document import Document
from .engines.builtin import morphology as M
from .engines.builtin.english import english_by_frequency, introduced_name, is_name_word

# surnames of Russian, Ukrainian and Belarusian people in German spelling (Silajew, Peskow, Lukaschenko)
_SLAVIC_RE = re.compile(r"[a-zäöü](?:ow|ew|jew|owa|ewa|jewa|enko|itsch|owitsch|ewitsch|ski|skaja|skij|skyj|yj|owsk|ewsk"
                        r"|insk|ensk|irsk|gorod|iwka|ijiwka|darja|aja)s?$")
# (-owsk, -gorod, -iwka …: places, "Dnestrowsk", "Nowosibirsk", "Iwangorod", "Saltiwka"; -darja: Central Asian
# rivers, "Syrdarja"; -aja: adjectives as names, "Welikaja", "Krasnaja")
_GENITIVE = ("’s", "'s", "’", "'", "s")
# particles of Dutch, German, Romance and Arabic surnames ("van den Broek", "von der Leyen", "da Silva", "bin
# Salman"); the articles may follow the particle
_NAME_PARTICLES = frozenset("van von de da di del della dos du ter ten le la al bin ibn".split())
# Turkic patronymic particles written small after the father's name ("Bakyt Toktosun uulu", "Aigul Asan kyzy")
_PATRONYMIC_PARTICLES = frozenset("uulu kyzy qizi ogly oglu uly kizi".split())
_PARTICLE_ARTICLES = frozenset("den der de la le".split())
# nouns for places and waters whose name follows with a genitive article ("das Tal der Kolubara")
_PLACE_NOUNS = frozenset("Tal Ufer Mündung Quelle Delta Becken Küste Insel Halbinsel Region Provinz Stadt Gemeinde "
                         "Hauptstadt Hafenstadt Republik Bucht Meerenge Ebene Steppe Oase Wüste Gebirge".split())
# a compound of a noun for towns or regions ("Hafenstadt", "Grenzregion")
_PLACE_HEAD_RE = re.compile(r"[a-zäöü](?:stadt|region|gemeinde)$")
# the evidence of Names.introduced
INTRODUCED = "after a word that introduces a name (namens, heißt, sogenannt, den Namen)"
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def stem(word: str) -> str:
    """The word without a genitive ending ("Trumps", "Donne's" -> "Trump", "Donne") when that leaves a name."""
    for g in _GENITIVE:
        if word.endswith(g) and len(word) - len(g) >= 3:
            return word[: -len(g)]
    return word


def common_english(word: str) -> bool:
    """A frequent English word ("Chains", "Court"): as a capitalised word it may be a title or untranslated text."""
    low = word.lower()
    return lexicon.is_english(low) and (english_by_frequency(low) or lexicon.zipf_en(low) >= 4.0)


# letters of other Latin alphabets that German words do not have (German loanwords that do, "Café", "Exposé",
# are in the dictionary)
# a letter German does not write: any letter but a-z, ä, ö, ü and ß (Lithuanian ė, ū, Latvian ā, ķ, Polish ł,
# Turkish ğ, Romanian ș … and letters of other scripts)
FOREIGN_LETTERS = re.compile(r"[^\W\d_a-zA-ZäöüÄÖÜß]")


class Names:
    """Name evidence for the tokens of one document (counts are per document)."""

    def __init__(self, doc: Document, glossary=None) -> None:
        self.doc = doc
        self.glossary = glossary
        counts: Counter = Counter()
        at: dict[str, list[int]] = {}   # stem of a capitalised token -> its token indices
        for k, t in enumerate(doc.tokens):
            if t.text[:1].isupper():
                at.setdefault(stem(t.text), []).append(k)
            for w in t.text.split("-"):
                if w[:1].isupper():
                    counts[w] += 1
                    if stem(w) != w:
                        counts[stem(w)] += 1
        self.counts = counts
        self.at = at

    # --- what the word itself shows -------------------------------------------------------------------------

    def by_form(self, word: str) -> str | None:
        """Evidence from the word and the dictionaries alone, wherever it stands."""
        if not word[:1].isupper():
            return None
        if is_acronym(word):
            return "an acronym"
        if any(c.isupper() for c in word[1:]):
            return "a name with a capital inside (a brand or product)"
        base = stem(word)
        if self.glossary is not None and (base in self.glossary.known_words or word in self.glossary.known_words
                                          or self._indexed_name(base)):
            return "a name of the glossary"
        if is_name_word(base) and not lexicon.is_english(base.lower()):
            return "known to the English dictionary only as a name"
        if _SLAVIC_RE.search(base) and not lexicon.is_german(base.lower()):
            return "a Russian, Ukrainian or Belarusian surname in German spelling (or a place: Iwangorod)"
        if FOREIGN_LETTERS.search(base) and not lexicon.is_german_any_case(base):
            return "a name in another language's spelling (letters German does not use: Belém, Muñoz, Jović)"
        place = word[:-2] if word.endswith("er") and len(word) >= 6 else ""
        if place and (self.counts[place] or self._known_name(place) or self._glossary_name(place)):
            return "an adjective made of a place name (Tallinner, Kiewer)"
        if self._name_compound(word):
            return "a compound of a name the article uses on its own and a German noun (Ferganatal)"
        return None

    def _name_compound(self, word: str) -> bool:
        """WORD is a name that stands on its own elsewhere in the article, no German word, joined to a German noun
        ("Fergana" … "Ferganatal", "Talas" … "Talasbecken")."""
        for k in range(4, len(word) - 2):
            first, rest = word[:k], word[k:]
            # (a whole token elsewhere, neither German nor English: "Truck" in "Truckfahrer" is English left in)
            if first in self.at and not lexicon.is_german_any_case(first) and not lexicon.is_english(first.lower()) \
                    and rest.islower() \
                    and nouns.analyses(rest[0].upper() + rest[1:]) and lexicon.is_german(rest[0].upper() + rest[1:]):
                return True
        return False

    def _glossary_name(self, word: str) -> bool:
        return self.glossary is not None and (word in self.glossary.known_words or self._indexed_name(word))

    def _indexed_name(self, word: str) -> bool:
        """WORD opens a glossary name, or is a term by itself: not the first word of a term of several ("Court" of
        "Court of Arbitration for Sport" is no name)."""
        return any(nv.entry.kind != "term" or len(nv.words) == 1 for nv in self.glossary.name_index.get(word, ()))

    def _known_name(self, word: str) -> bool:
        """A name the German dictionary lists (only capitalised, and no noun) or the English one only as a name."""
        return (lexicon.is_german(word) and not lexicon.is_german(word.lower()) and nouns.head_of(word) is None) \
            or (is_name_word(word) and not lexicon.is_english(word.lower()))

    # --- where it stands ------------------------------------------------------------------------------------

    def by_context(self, i: int, word: str) -> str | None:
        """Evidence from the neighbours of token i (WORD: the token, or its first part before a hyphen) and from
        the rest of the article."""
        return self.context(i, word)[0]

    def context(self, i: int, word: str) -> tuple[str | None, bool]:
        """(by_context's evidence, whether it rests on a neighbour that is a common English word: then the run of
        capitalised words may be English left untranslated, "Dead Horse Arum")."""
        toks, doc = self.doc.tokens, self.doc
        if word in _PATRONYMIC_PARTICLES and i > 0 and doc.adjacent(i - 1, i) and toks[i - 1].text[:1].isupper() \
                and i - 1 not in doc.sentence_starts:
            return "a patronymic particle after a name (Bakyt Toktosun uulu)", False
        if not word[:1].isupper():
            return None, False
        if self.introduced(i):
            return INTRODUCED, False
        if i > 0 and self.doc.adjacent(i - 1, i) and i not in doc.sentence_starts:
            prev = toks[i - 1].text
            if prev[:1].isupper() and M.determiner(prev) is None and not _inflected_adjective(prev):
                if self.name_like(i - 1):
                    return "after a first name or another name", common_english(stem(prev))
                if nouns.head_of(prev) is not None:
                    return "after the noun it names (Trainer Tuchel, die Stadt Dorset)", False
            elif prev.isalpha() and prev.islower() and not lexicon.is_german(prev) \
                    and nouns.head_of(prev.capitalize()) is not None and i + 1 < len(toks) \
                    and doc.adjacent(i, i + 1) and toks[i + 1].text[:1].isupper() and not nouns.analyses(word):
                # a noun written small (the translation split it off: "der Luftfahrt experte Askar Seitkali")
                # before a run of capitalised words the lexicon does not know: a name after its noun
                return "after the noun it names, written small (der Luftfahrt experte Askar Seitkali)", False
        if self._after_particle(i):
            return "a surname after a name particle (Pieter van den Broek, Ursula von der Leyen)", False
        if self._after_place_noun(i):
            return "the name of the place the noun before it names (im Tal der Kolubara, am Ufer des Dnister)", False
        if (i > 1 and toks[i - 1].text == "&" and toks[i - 2].text[:1].isupper()) or (
                i + 2 < len(toks) and toks[i + 1].text == "&" and toks[i + 2].text[:1].isupper()):
            return "in a name joined by & (Carrow & Finch, Procter & Gamble)", False
        if self._place_adjective_before_noun(i, word):
            return "an adjective made of a place name, before its noun (Esbjerger Hafen)", False
        if i > 0 and self.doc.adjacent(i - 1, i) and toks[i - 1].text in M.PLACE_PREPOSITIONS and not (
                i + 1 < len(toks) and self.doc.adjacent(i, i + 1) and toks[i + 1].text[:1].isupper()):
            return "after a preposition without an article (in Dorset, aus Qeqetarsuaq, südlich von Porvoo): a place", False
        if i > 2 and toks[i - 1].text in ("und", "oder") and toks[i - 2].text[:1].isupper() \
                and toks[i - 3].text in M.PLACE_PREPOSITIONS \
                and all(self.doc.adjacent(k, k + 1) for k in (i - 3, i - 2)):
            return "coordinated with a place after a preposition (nach Seoul und Busan)", False
        if self._in_place_list(i):
            return "in a list of places after a preposition (in Kutaissi, Sugdidi und Mestia)", False
        if self._quoted_after_noun(i):
            return "a name in quotation marks after the noun it names (das Kurhotel „Dzintari“)", False
        if self._coordinated_after_place_noun(i):
            return "coordinated with a place after the noun for it (die Städte Kirowsk und Apatity, Städte wie " \
                   "Urgench und Nukus)", False
        if i + 1 < len(toks) and self.doc.adjacent(i, i + 1) and self.name_like(i + 1):
            return "before another name (a run of capitalised words)", common_english(stem(toks[i + 1].text))
        base = stem(word)
        if self.counts[base] >= 2:   # the counts of a stem include its genitive
            if self._named_elsewhere(i, base):
                return "a name elsewhere in the article", False
            if not near_noun(base):
                return "repeated in the article as a name", False
        return None, False

    def _in_place_list(self, i: int) -> bool:
        """Token i ends a list of capitalised words joined by commas and "und"/"oder" that a preposition of place
        opens ("in Karaganda, Schachtinsk und Abai"): each item a single word."""
        toks = self.doc.tokens
        k = i - 1
        while k >= 2 and toks[k].text in (",", "und", "oder") and toks[k - 1].text[:1].isupper() \
                and toks[k - 1].text.isalpha() and M.determiner(toks[k - 1].text) is None \
                and nouns.head_of(toks[k - 1].text) is None:
            k -= 2   # (names, not nouns)
        # (a coordination: "und" or "oder" before the last item, next to token i)
        return k <= i - 3 and k >= 0 and toks[k].text in M.PLACE_PREPOSITIONS and "," in (
            toks[m].text for m in range(k + 1, i)) and (
            toks[i - 1].text in ("und", "oder") or (i + 1 < len(toks) and toks[i + 1].text in ("und", "oder")))

    def _coordinated_after_place_noun(self, i: int) -> bool:
        """Token i follows "und"/"oder" after a name that a noun for towns or regions introduces, maybe with "wie"
        ("die Städte Kirowsk und Apatity", "Städte wie Urgench und Nukus")."""
        toks = self.doc.tokens
        if i < 3 or toks[i - 1].text not in ("und", "oder") or not toks[i - 2].text[:1].isupper() \
                or nouns.analyses(toks[i - 2].text):
            return False
        k = i - 3
        if toks[k].text == "wie" and k >= 1:
            k -= 1
        return self._place_noun(toks[k].text) and all(self.doc.adjacent(j, j + 1) for j in range(k, i - 1))

    def _quoted_after_noun(self, i: int) -> bool:
        """Token i is the one word in quotation marks right after a common noun ("das Kurhotel „Dzintari“")."""
        toks, text = self.doc.tokens, self.doc.text
        t = toks[i]
        if text[t.start - 1:t.start] not in ("„", "\"", "»") or text[t.end:t.end + 1] not in ("“", "\"", "«") \
                or i < 1:
            return False
        k = i - 1 if toks[i - 1].text not in ("„", "\"", "»") else i - 2   # (the mark may be a token)
        if k < 0:
            return False
        prev = toks[k]
        return text[prev.end:t.start].strip() in ("„", "\"", "»") and prev.text[:1].isupper() \
            and nouns.head_of(prev.text) is not None and k not in self.doc.sentence_starts

    @staticmethod
    def _place_noun(word: str) -> bool:
        """WORD is a noun for towns or regions, in any form, also as a compound's head ("Städte", "Hafenstädte"; not
        "Nachbarländer", whose names the dictionaries have)."""
        lemmas = {lem for lem, _ in nouns.analyses(word)}
        return word[:1].isupper() and any(lem in _PLACE_NOUNS or bool(_PLACE_HEAD_RE.search(lem)) for lem in lemmas)

    def _after_particle(self, i: int) -> bool:
        """Token i follows a name particle ("van", "von", "de", "van den", "von der") after a name."""
        toks = self.doc.tokens
        k = i - 1
        if k >= 0 and toks[k].text in _PARTICLE_ARTICLES and k - 1 >= 0 and toks[k - 1].text in _NAME_PARTICLES:
            k -= 1
        if k < 1 or toks[k].text not in _NAME_PARTICLES or not all(
                self.doc.adjacent(j, j + 1) for j in range(k - 1, i)):
            return False
        return self.name_like(k - 1) and (k - 1) not in self.doc.sentence_starts or bool(self.by_form(toks[k - 1].text))

    def _after_place_noun(self, i: int) -> bool:
        """Token i follows a noun for a place and a genitive article ("im Tal der Kolubara", "am Ufer des
        Dnister"): the place's name."""
        toks = self.doc.tokens
        if i < 2 or toks[i - 1].text not in ("der", "des") or not self.doc.adjacent(i - 2, i - 1) \
                or not self.doc.adjacent(i - 1, i):
            return False
        # (the noun's last capitalised part: "Hafenstadt" -> Stadt, "imTal" run together -> Tal)
        m = re.search(r"[A-ZÄÖÜ][a-zäöüß]+$", toks[i - 2].text)
        last = m.group() if m else ""
        return last in _PLACE_NOUNS or any(toks[i - 2].text.endswith(n.lower()) for n in _PLACE_NOUNS if len(n) >= 5)

    def _place_adjective_before_noun(self, i: int, word: str) -> bool:
        """WORD is X + -er before a German noun, X a capitalised word no dictionary knows and no misspelt noun:
        the adjective of a place the article does not name otherwise ("im Esbjerger Hafen")."""
        toks = self.doc.tokens
        place = word[:-2]
        if not (word.endswith("er") and len(place) >= 4 and place[1:].islower() and i + 1 < len(toks)
                and self.doc.adjacent(i, i + 1)):
            return False
        noun = toks[i + 1].text
        return noun[:1].isupper() and nouns.head_of(noun) is not None and not lexicon.is_german_any_case(place) \
            and not lexicon.is_english(place.lower()) and not near_noun(place) and not near_noun(word)

    def introduced(self, i: int) -> bool:
        """Token i is in a run of capitalised words after "namens", "heißt", "sogenannt", "den Namen": a name
        even where its words are common English ("eine Übung namens Northern Shield")."""
        return introduced_name(self.doc, i)

    def _named_elsewhere(self, i: int, base: str) -> bool:
        """Another occurrence of the word stands where a name stands ("Matt Hobbs ... Hobbs sagte")."""
        return any(k != i and self._placed(k) for k in self.at.get(base, ()))

    def _placed(self, i: int) -> bool:
        """Positional evidence alone (no repetition): after or before a name, after its noun or a place word."""
        toks = self.doc.tokens
        if i > 0 and self.doc.adjacent(i - 1, i) and i not in self.doc.sentence_starts:
            prev = toks[i - 1].text
            if prev[:1].isupper() and M.determiner(prev) is None and self.name_like(i - 1):
                return True
        return i + 1 < len(toks) and self.doc.adjacent(i, i + 1) and self.name_like(i + 1)

    def name_like(self, k: int) -> bool:
        """Token k reads as a name: capitalised, no determiner or German common word, nor a German noun."""
        w = self.doc.tokens[k].text
        if not w[:1].isupper() or not _WORD_RE.fullmatch(w.replace("-", "")) or M.determiner(w) is not None:
            return False
        if self.by_form(w) or is_acronym(w):
            return True
        if lexicon.is_german(w.lower()):
            return False           # a German adjective, verb or function word at a sentence start
        return nouns.head_of(w) is None


def _foreign_part(part: str, min_len: int, near_from: int) -> bool:
    """A capitalised part of a hyphenated word that no English dictionary knows, at least MIN_LEN letters long and,
    from NEAR_FROM letters on, no misspelling of a German noun (shorter words are one letter from some noun
    whatever they are: "Luga", "Lage")."""
    return len(part) >= min_len and part[:1].isupper() and part[1:].islower() \
        and not lexicon.is_english(part.lower()) and (len(part) < near_from or not near_noun(part))


def name_before_noun(parts: list[str]) -> bool:
    """The first part of a hyphenated compound is a capitalised word no dictionary knows and no misspelling of a
    German noun, the last a German noun: a name and what it names ("Rustaweli-Allee", "Kachowka-Staudamm")."""
    head = parts[-1]
    return len(parts) > 1 and head[:1].isupper() and lexicon.is_german(head) \
        and all(_foreign_part(p, 4, 0) for p in parts[:-1])   # (also of several parts: "Qosh-Tepa-Kanal")


def hyphenated_name(parts: list[str]) -> bool:
    """Every part capitalised, none a German or English word nor a misspelt German noun: the parts of a foreign
    name ("Ust-Luga", "Nowo-Ogarjowo"), not a misspelt compound."""
    return len(parts) > 1 and all(not lexicon.is_german(p) and _foreign_part(p, 3, 6) for p in parts)


def near_noun(word: str) -> bool:
    """One typing edit from a frequent German noun ("Regierrung"): a misspelling the text may repeat, so its
    repetition is no evidence of a name."""
    from .engines.builtin.spelling import corrections

    return any(nouns.analyses(c) for c in corrections(word))


def _inflected_adjective(word: str) -> bool:
    """A capitalised German adjective with an ending ("Beide Schwarzen Löcher"): it does not make a name."""
    low = word.lower()
    return low.endswith(M.ADJ_ENDINGS) and lexicon.is_german(low) and not lexicon.is_german(word)
