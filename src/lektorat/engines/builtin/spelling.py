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
from collections import Counter
from functools import lru_cache

from ... import lexicon, nouns
from ...findings import Finding
from .context import Context
from .english import in_name
from .morphology import PREPOSITIONS, determiner
from .garbled import names_in_article, plausible_compound
from .subject_verb import SINGULAR_VERBS

MIN_LEN = 5              # shorter words are too often abbreviations or names
MAX_LEN = 30             # edits of longer words cost more than they find
RARE_ZIPF = 1.0          # the word itself: (almost) never seen
TARGET_ZIPF = 2.5        # the correction: a frequent word
VERB_MIN_ZIPF = 2.0      # a verb whose participle is proposed for a misformed one
SEEN_SLIP_MAX_ZIPF = 2.5  # a word seen this rarely may still be a common slip ("Austeller", "Kommision")
SEEN_SLIP_MARGIN = 1.5   # … when the word it slipped from is 30x as frequent
UMLAUT_MARGIN = 2.0      # a word wordfreq has seen is an umlaut written out only if the umlaut form is 100x as frequent
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


OPENING_MIN_LEN = 8      # a sentence's first word is judged only this long: short ones are names as often
NAMED_SLIP_MIN_LEN = 12  # a word in a run of capitals this long is judged too: names are shorter
SLIP_MIN_LEN = 10        # a long word: shorter ones are corrections()'s, towards frequent words only
SLIP_MIN_ZIPF = 1.0      # the mended word: one German text has at all ("Passagierterminal" 1.1)
LINK_MIN_ZIPF = 1.5      # a compound German text has often enough that its linking element is the usual one
_LINKS = ("n", "en", "s", "es", "e")


@lru_cache(maxsize=20_000)
def linking_corrections(word: str) -> tuple[str, ...]:
    """A compound German text has never had whose linking element is one too many or missing, where German text
    has the compound with the usual one ("Erntenausfälle" -> "Ernteausfälle", "Sonnenblumkerne" ->
    "Sonnenblumenkerne")."""
    low = unicodedata.normalize("NFC", word).casefold()
    if len(low) < SLIP_MIN_LEN or len(low) > lexicon.MAX_WORD_LEN or lexicon.zipf_de(low) > 0 or _inflected_seen(low):
        return ()
    freq = lexicon.german_frequencies()
    least = 10 ** (LINK_MIN_ZIPF - 9)
    found = {}
    for k in range(3, len(low) - 1):   # (a short last part too: "Sonnenblum|öl")
        left, right = low[:k], low[k:]
        cands = [left + link + right for link in _LINKS]
        cands += [left[: -len(link)] + right for link in _LINKS if left.endswith(link) and len(left) - len(link) >= 3]
        for cand in cands:
            if freq.get(cand, 0.0) >= least:
                found[cand] = freq[cand]
    return _best_german(found, word)


def _inflected_seen(low: str) -> bool:
    """LOW is a case or plural form of a word German text has ("schwellwertes": "Schwellwert", a variant of
    "Schwellenwert" as good as it)."""
    return any(low.endswith(e) and lexicon.zipf_de(low[: -len(e)]) > 0 for e in ("es", "s", "en", "n", "e"))


def _best_german(found: dict[str, float], word: str) -> tuple[str, ...]:
    """The three most frequent of FOUND (lower-case candidates and their frequencies) that hunspell accepts in
    WORD's casing."""
    out = []
    for cand in sorted(found, key=found.get, reverse=True):
        cased = cand[0].upper() + cand[1:] if word[:1].isupper() else cand
        if lexicon.is_german(cased):
            out.append(cased)
    return tuple(out[:3])


@lru_cache(maxsize=20_000)
def corrections(word: str) -> tuple[str, ...]:
    """Frequent German words one edit from WORD, in WORD's casing, most frequent first."""
    low = unicodedata.normalize("NFC", word).casefold()
    freq = lexicon.frequent_german(TARGET_ZIPF)
    found = {}
    for cand in _edits(low):
        if cand != low and cand in freq:
            found[cand] = freq[cand]
    return _best_german(found, word)


@lru_cache(maxsize=20_000)
def slip_corrections(word: str) -> tuple[str, ...]:
    """A long word German text has never had, one typing slip inside it (not its first or last letter, where
    inflection and names differ) from a word hunspell knows and German text has ("Fährverbinding",
    "Forschungsuniverstät", "Getreidesielos"), most frequent first. Not a word that reads as a compound of known
    parts as written ("Rück|schreibe", "Spruch|text"): a rare compound is no typing slip."""
    low = unicodedata.normalize("NFC", word).casefold()
    if len(low) < SLIP_MIN_LEN or len(low) > lexicon.MAX_WORD_LEN or lexicon.zipf_de(low) > 0 \
            or lexicon.is_german_any_case(word) or nouns.analyses(word) or plausible_compound(word) \
            or _inflected_seen(low):
        return ()
    # a word of any kind before a noun ("Oktal|format"): a compound as written, however rare
    if any(lexicon.is_german_any_case(word[:k]) and nouns.analyses(word[k].upper() + word[k + 1:])
           for k in range(3, len(word) - 3)):
        return ()
    freq = lexicon.german_frequencies()
    least = 10 ** (SLIP_MIN_ZIPF - 9)
    inner = low[1:-1]
    found = {}
    for edit in _edits(inner):
        cand = low[0] + edit + low[-1]
        if freq.get(cand, 0.0) >= least and cand != low:
            found[cand] = freq[cand]
    return _best_german(found, word)


_UMLAUT = {"a": "ä", "o": "ö", "u": "ü", "e": "ä"}
_ASCII_UMLAUT = re.compile(r"[aou]e")
_DIGRAPH = {"ae": "ä", "oe": "ö", "ue": "ü"}


def umlaut_corrections(word: str, min_zipf: float | None = None) -> tuple[str, ...]:
    """German words WORD spells without an umlaut, in WORD's casing: the English cognate's vowel ("inadequat" ->
    "inadäquat", "Okonomie" -> "Ökonomie") or the ASCII digraph ("moeglich" -> "möglich"), one change each. Any
    word hunspell accepts counts, however rare: the change is too specific to hit a word by chance. MIN_ZIPF: only
    ASCII digraphs, towards words at least that frequent (asked of wordfreq before hunspell: it is cheaper)."""
    out = _umlaut_candidates(word.lower(), vowels=min_zipf is None)
    if min_zipf is not None:
        out = [c for c in out if lexicon.zipf_de(c) >= min_zipf]
    cased = [c[0].upper() + c[1:] if word[:1].isupper() else c for c in out]
    return tuple(c for c in cased if lexicon.is_german(c))[:3]


def _umlaut_candidates(low: str, vowels: bool = True) -> list[str]:
    """LOW with one vowel made an umlaut (VOWELS) or one ASCII digraph (ae, oe, ue) written as one, in order."""
    out = []
    for k, c in enumerate(low):
        if c in _UMLAUT and vowels:
            out.append(low[:k] + _UMLAUT[c] + low[k + 1:])
        pair = low[k:k + 2]
        if pair in _DIGRAPH and not (pair == "ue" and low[k - 1:k] == "q"):
            out.append(low[:k] + _DIGRAPH[pair] + low[k + 2:])
    return list(dict.fromkeys(out))


_PLACE_PREPOSITIONS = frozenset("in bei aus nach von nahe nördlich südlich östlich westlich".split())


LOAN_INFINITIVE_MIN_ZIPF = 3.0   # "shoppen" 3.7, "chillen" 3.3: loans German conjugates that hunspell lacks


def _loan_verb_form(low: str) -> bool:
    """LOW is a weak verb's form ("shoppte", "geshoppt") whose infinitive German text has often though hunspell
    lacks it: a loan German conjugates, no slip of another word ("stoppte")."""
    stems = [low[: len(low) - len(e)] for e in ("ten", "test", "tet", "te", "st", "t", "e") if low.endswith(e)]
    if low.startswith("ge") and low.endswith("t"):
        stems.append(low[2:-1])
    return any(len(st) >= 3 and lexicon.zipf_de(st + "en") >= LOAN_INFINITIVE_MIN_ZIPF
               and not lexicon.is_german(st + "en") for st in stems)


def check(ctx: Context) -> list[Finding]:
    from .unknown_words import _technical

    out = _small_nouns(ctx) + _languages_as_nouns(ctx) + _das_dass(ctx) + _nominalised_adjectives(ctx) \
        + _after_semicolon(ctx) + _daraufhin_dass(ctx) + _polite_sie_as_she(ctx) \
        + _capitalised_country_adjectives(ctx) + _nominalised_after_im(ctx) + _capitalised_time_adjectives(ctx) \
        + _verb_form_for_noun(ctx) + _bare_small_nouns(ctx) + _two_of_three_letters(ctx)
    toks = ctx.doc.tokens
    text = ctx.doc.text
    for i, t in enumerate(toks):
        w = t.text
        if not (MIN_LEN <= len(w) <= MAX_LEN) or not _WORD_RE.match(w) or w.isupper() or ctx.claimed(i):
            continue
        capital = w[0].isupper()
        # a run of capitals is a name, here or elsewhere in the article; but a long word German text has never had
        # is judged as at a sentence's start ("am Grenzubergang Verkhny Lars": no name is one slip from a noun so long)
        # (so is a capitalised word right after a preposition without an article, where places stand, "bei
        # Martuni", when no noun follows it)
        named = capital and (in_name(ctx, i) or w in names_in_article(ctx) or _place_after_preposition(ctx, i)
                             or _named_place(ctx, i))
        if named and (len(w) < NAMED_SLIP_MIN_LEN or lexicon.zipf_de(w.lower()) > 0):
            continue
        # a sentence start says nothing of the word's case: only a long word German text has never had is judged
        # there (one edit from a frequent noun, a linking element, a typing slip)
        opening = capital and (i in ctx.doc.sentence_starts or named)
        if w in ctx.glossary.known_words or _technical(text, t.start, t.end, w):
            continue
        low = w.lower()
        # (a noun's form the noun lexicon has and hunspell lacks: "Schmelzern", the dative plural of "Schmelzer")
        if lexicon.is_english(low) or lexicon.is_german_any_case(w) or lexicon.is_regular_form(w) \
                or (capital and nouns.analyses(w)):
            continue
        zipf = lexicon.zipf_de(low)
        if not capital and _loan_verb_form(low):
            continue
        if named:
            fixes = umlaut_corrections(w)   # (a name may be one slip from a word; a lost umlaut it has not)
        elif opening:
            # (a long word German text has never had, one edit from a frequent noun: "Hitzwelle" in a headline)
            fixes = corrections(w) if zipf == 0 and len(w) >= OPENING_MIN_LEN else ()
        elif zipf < RARE_ZIPF:
            fixes = _doubled_ending(w) or _weak_past_of_strong_verb(w) or _weak_participle_of_strong_verb(w) \
                or corrections(w) or umlaut_corrections(w)
        else:
            # seen in text, but as an umlaut written out ("Buerger", "ueber") or with a doubled consonant written once
            # ("Austeller"), a slip common enough for wordfreq to have seen it: only towards a far more frequent word
            slip = zipf < SEEN_SLIP_MAX_ZIPF and not _term_or_name(ctx, i)
            fixes = umlaut_corrections(w, zipf + UMLAUT_MARGIN) if _ASCII_UMLAUT.search(low) else \
                (_doubled_consonant_slip(w, zipf) or _tz_after_consonant(w, zipf)
                 or (_lost_letter_slip(w, zipf) if capital else ())) if slip else ()
        if capital:
            # (not the word without its last vowel right after a preposition, where a place's name stands bare:
            # "in Kurzeme" is no "Kurzem"; "milde Peperonie" is "Peperoni")
            place = i > 0 and toks[i - 1].text.lower() in PREPOSITIONS
            fixes = tuple(f for f in fixes if nouns.analyses(f) and not (place and f == w[:-1] and w[-1] in "aeiou"))
        if not fixes and zipf < RARE_ZIPF and capital and not opening:
            fixes = head_corrections(w)
        if not fixes and zipf < RARE_ZIPF and not opening:
            fixes = consonant_corrections(w)
        linking = ()
        if not fixes and zipf == 0 and capital and not (named and _ever_beside_a_name(ctx, w)):
            # a long noun German text has never had: a linking element or a typing slip ("Fährverbinding")
            linking = linking_corrections(w)
            fixes = linking or slip_corrections(w)
        if not fixes:
            continue
        # (string work only: the hunspell look-ups are done)
        what = "the linking element" if linking else \
            "a missing umlaut" if fixes[0].lower() in _umlaut_candidates(low) else "one letter"
        out.append(Finding(t.start, t.end, w, "SPELLING", "spelling", "warning" if capital else "error",
                           f"„{w}“ is not a word; {what}: „{fixes[0]}“", list(fixes)))
    return out


def _named_place(ctx: Context, i: int) -> bool:
    from .transliteration import named_after_place_noun   # (transliteration imports this module's importers)

    return named_after_place_noun(ctx, i)


def _place_after_preposition(ctx: Context, i: int) -> bool:
    """Token i, capitalised and ending in a full vowel as German nouns seldom do (a town's "Martuni", "Telavi",
    "Soroca"), stands right after a preposition of place or origin without an article ("bei Martuni"): a name,
    not a common noun, which would take its article there. (A German noun misspelt after "in" or "von" keeps its
    consonant: "von Bedeutng", "in Zukumft".)"""
    toks = ctx.doc.tokens
    w = toks[i].text
    return i > 0 and ctx.adjacent(i - 1, i) and toks[i - 1].text in _PLACE_PREPOSITIONS \
        and w[-1:] in "aiouy" and not nouns.analyses(w)


# endings of adjectives in older texts ("der jüngern Jahre", "der übeln Folgen") and of Latin ("des imperium
# Romanum"): such a word before a capitalised one is no noun written small
_OLD_ADJ_ENDINGS = ("rn", "ln", "rm", "lm", "um", "us")


def _languages_as_nouns(ctx: Context) -> list[Finding]:
    """A language after "auf" or "in" at its clause's end, written small ("gearbeitet wird auf englisch"): the
    language is a noun there ("auf Englisch", "in Russisch"); the adjective only before its noun."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks)):
        t = toks[i]
        w = t.text
        if toks[i - 1].text not in ("auf", "in") or not w.islower() or not ctx.adjacent(i - 1, i) or ctx.claimed(i):
            continue
        cap = w[0].upper() + w[1:]
        # (a language: German text speaks of its speakers, "englischsprachigen"; not "typisch", "praktisch")
        if not (w.endswith("isch") or w == "deutsch") or not lexicon.is_german(w) \
                or not any(lexicon.zipf_de(w + "sprachig" + e) > 0 for e in ("", "e", "en")):
            continue
        if i + 1 < len(toks) and toks[i + 1].text not in (",", ".", ";", ":", "!", "?", "“", "\"", ")", "und", "oder"):
            continue
        out.append(Finding(t.start, t.end, w, "NOUN_LOWERCASE", "spelling", "error",
                           f"a language after „{toks[i - 1].text}“ is a noun: „{cap}“", [cap]))
        ctx.claim(t.start, t.end)
    return out


def _strong_fit(adjective: str, noun: str) -> bool:
    """ADJECTIVE's strong ending fits a reading of NOUN (or its compound's head)."""
    from .agreement import _adj_fits, noun_features

    feats = noun_features(noun)[1]
    return bool(feats) and _adj_fits(adjective, "strong", feats)


_MAL_DETERMINERS = frozenset(("dieses", "diesem", "jedes", "jedem", "manches", "manchem"))
_QUANTIFIERS = frozenset("viele vielen einige einigen mehrere mehreren wenige wenigen zahlreiche zahlreichen beide "
                         "beiden sämtliche sämtlichen".split())
# suffixes only nouns end in
_NOUN_SUFFIXES = ("in", "innen", "ung", "ungen", "heit", "keit", "schaft", "tion", "ität", "ismus")
_ADVERB_NOUNS = frozenset(("morgen", "norden", "süden", "osten", "westen"))


def _separable_verb(word: str) -> bool:
    """WORD is a separable verb's infinitive ("hochrufen": hoch + rufen), which its clause ends with."""
    from .calques import SEPARABLE   # (calques imports modules that import this one)

    return word.endswith("en") and any(
        word.startswith(p) and len(word) - len(p) >= 4 and lexicon.is_german(word[len(p):]) for p in SEPARABLE)


_NOUN_PHRASE_OPENERS = frozenset((",", ":", ";", "„", "\"", "und", "oder", "sowie"))
BARE_SMALL_NOUN_MIN_ZIPF = 2.5   # a noun German text has ("hände" 4.8, "vertretern" 3.9, "ermittlern" 3.0)


def _bare_small_nouns(ctx: Context) -> list[Finding]:
    """A noun written small with no determiner before it ("mit vertretern der Bank", "„hände weg“"): hunspell
    rejects the small form, the noun lexicon has the capitalised one as an inflected form (no form of a verb or an
    adjective is at stake: those hunspell takes small), German text has it often, and English has no such word.
    After a capitalised word that is no noun, with which hunspell makes a compound, it is that compound's head
    written apart ("aus Hochrisiko ländern", "rollten Ganz züge")."""
    from . import morphology as M
    from .garbled import count_word
    from .unknown_words import _technical

    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    for i, t in enumerate(toks):
        w = t.text
        if not (4 <= len(w) <= MAX_LEN and w.islower() and _WORD_RE.match(w)) or ctx.claimed(i):
            continue
        cap = w[0].upper() + w[1:]
        # (not an English word, "euros"; the lexicon's lookups last, most small words are German as written)
        if lexicon.is_german(w) or lexicon.is_english(w) or lexicon.zipf_en(w) >= lexicon.zipf_de(w):
            continue
        analyses = nouns.analyses(cap)
        if not analyses or not lexicon.is_german(cap):
            continue
        # (not a part of a path, an address, a hyphenated, bracketed or quoted term: "/usr/share/doc", "»hände«",
        # "Standard(hilfs)werkzeuge")
        before = text[t.start - 1] if t.start else " "
        after = text[t.end] if t.end < len(text) else " "
        if before in "-/_.@#»«'‚‘()" or after in "-/_@»«'’(" or _technical(text, t.start, t.end, w):
            continue
        prev = toks[i - 1].text if i > 0 and ctx.adjacent(i - 1, i) else ""
        if prev[:1].isupper() and prev.isalpha():
            # after a noun: two nouns or one compound ("Millionen euros", "Ölarbeiter streik"), the garbled
            # rules' to judge; after a sentence's first word, which is capitalised anyway, no compound is sure
            # (hunspell builds the compound, or German text has it: "Ganzzüge")
            if nouns.analyses(prev) or i - 1 in ctx.doc.sentence_starts or _separable_verb(w) \
                    or not (lexicon.is_german(prev + w) or lexicon.zipf_de((prev + w).lower()) > 0):
                continue
            start = toks[i - 1].start
            out.append(Finding(start, t.end, text[start:t.end], "GARBLED_WORD", "garbled", "error",
                               f"a compound written apart: „{prev + w}“", [prev + w]))
            ctx.claim(start, t.end)
            continue
        # (an inflected form only, a plural or a dative: a lemma written small is a placeholder of technical
        # text, "von befehl in die Datei", a program's name, "perl", or chat, "kaffee?"; not a verb and "es" run
        # together, "alle habens", nor a number's noun, "mit zweien")
        if lexicon.zipf_de(w) < BARE_SMALL_NOUN_MIN_ZIPF or any(lem == cap for lem, _ in analyses) \
                or (w.endswith("s") and lexicon.is_german(w[:-1])) \
                or any(count_word(lem.lower()) for lem, _ in analyses):
            continue
        # where a noun phrase opens: after a preposition ("mit vertretern"; not "zu", an infinitive's too), a
        # comma, a colon, an opening quote or "und"
        prev = toks[i - 1].text if i > 0 else ""
        if not ((prev.lower() in M.PREPOSITIONS and prev.lower() != "zu") or prev in _NOUN_PHRASE_OPENERS):
            continue
        # (not before a noun, where it stands in an adjective's place: „laicht zu bekommen, lachse Kontrolle“)
        if i + 1 < len(toks) and toks[i + 1].text[:1].isupper() and nouns.analyses(toks[i + 1].text):
            continue
        out.append(Finding(t.start, t.end, w, "NOUN_LOWERCASE", "spelling", "error",
                           f"a noun is written with a capital: „{cap}“", [cap]))
        ctx.claim(t.start, t.end)
    return out


def _small_nouns(ctx: Context) -> list[Finding]:
    """A noun written small after its article ("die regierung", "eines neuen abkommens"): hunspell rejects the
    small form and knows the capitalised one, and the noun lexicon has it. Words German writes small too ("essen",
    "recht") are never reported."""
    from . import morphology as M
    from .agreement import _is_adjective, _place_adjective
    from .garbled import count_word
    from .transliteration import german_agent_noun
    from .unknown_words import _technical

    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    for i, t in enumerate(toks):
        w = t.text
        if not (3 <= len(w) <= MAX_LEN and w.islower() and _WORD_RE.match(w)) or ctx.claimed(i) or i == 0:
            continue
        k = i - 1   # back over adjectives to the determiner
        # (or a place's adjective, which never inflects: "der Tallinner altstadt")
        while k > 0 and i - k <= 3 and ((toks[k].text.islower() and M.determiner(toks[k].text) is None
                                         and toks[k].text not in M.CONTRACTIONS and _is_adjective(toks[k].text)
                                         and toks[k].text.endswith(M.ADJ_ENDINGS))
                                        or (toks[k].text.endswith("er") and _place_adjective(toks[k].text))):
            k -= 1   # (-isch ones hunspell lacks too: "proeuropäische")
        det = M.determiner(toks[k].text) or (
            M.determiner(M.CONTRACTIONS[toks[k].text.lower()][1]) if toks[k].text.lower() in M.CONTRACTIONS else None)
        # (or a quantifier or a count, which a noun follows as an article: "für viele kritiker", "24 mitarbeiter")
        quantified = any(toks[q].text.lower() in _QUANTIFIERS or count_word(toks[q].text) for q in range(k, i))
        # (or an inflected adjective without an article whose strong ending fits the noun: "schaut georgische
        # serien"; not an adverb, "gerade mal")
        # (also one opening the sentence: "Ersten erkenntnissen zufolge")
        opening = det is None and k == i - 1 and k in ctx.doc.sentence_starts and toks[k].text[1:].islower() \
            and _is_adjective(toks[k].text.lower()) and toks[k].text.endswith(M.ADJ_ENDINGS)
        inflected = det is None and (k < i - 1 or opening) \
            and _strong_fit(toks[i - 1].text.lower(), w[0].upper() + w[1:])
        if (det is None and not quantified and not inflected) or not all(ctx.adjacent(j, j + 1)
                                                                          for j in range(k + inflected, i)):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        # (but a role's noun in -er before a name is one: "von dem gewerkschafter Yevgeny Kovalchuk")
        role = nxt is not None and nxt.text[:1].isupper() and not nouns.analyses(nxt.text) \
            and german_agent_noun(w[0].upper() + w[1:]) and not _is_adjective(w)
        if nxt is not None and ctx.adjacent(i, i + 1) and not role and (
                (nxt.text[:1].isupper() and w.endswith(M.ADJ_ENDINGS + _OLD_ADJ_ENDINGS)) or nxt.text == "("):
            # before a noun a word with an adjective's ending is one ("dem übergrößen Herrscher"; not "im bezirk
            # Burzyan", a noun before a name); "perl(1)" is a command
            continue
        cap = w[0].upper() + w[1:]
        # "mal", "morgen", "norden" are adverbs and verbs too, but after an adjective (or "dieses", "jedes"; a
        # contraction: "am morgen", "im norden") nouns ("zum ersten Mal", "am nächsten Morgen", "im russischen
        # Norden"); not before an adjective they qualify ("der morgen beginnende Gipfel")
        nxt = toks[i + 1].text if i + 1 < len(toks) and ctx.adjacent(i, i + 1) else ""
        adverb_noun = w in _ADVERB_NOUNS and (k < i - 1 or toks[k].text.lower() in M.CONTRACTIONS) \
            and not (nxt.islower() and nxt.endswith(M.ADJ_ENDINGS) and _is_adjective(nxt))
        if (w == "mal" and (k < i - 1 or toks[k].text.lower() in _MAL_DETERMINERS)) or adverb_noun:
            out.append(Finding(t.start, t.end, w, "NOUN_LOWERCASE", "spelling", "error",
                               f"„{cap}“ after an article with an adjective, or a contraction, is a noun", [cap]))
            ctx.claim(t.start, t.end)
            continue
        # (an English word is the English rules', unless German text has it more often: "die relegation")
        # (a compound or a derived noun the lexicon lacks counts by its head or its suffix: "handprothese",
        # "epidemiologin")
        # (or a verb's agent noun in -er: "finanzierer", of "finanzieren")
        noun_like = bool(nouns.analyses(cap) or nouns.head_of(cap) or cap.endswith(_NOUN_SUFFIXES)) \
            or (w.endswith("er") and len(w) >= 6 and lexicon.is_german(w[:-2] + "en"))
        if det is None and w.endswith("s") and lexicon.is_german(w[:-1]):
            continue   # (a verb and "es" contracted: "alle habens gern")
        if quantified and det is None and not inflected \
                and not any(f.endswith(".pl") for _, f in nouns.analyses(nouns.head_of(cap) or cap)):
            continue   # (a quantifier or a count counts plurals: "10 zuwenig" is the old "zu wenig")
        if lexicon.is_german(w) or not lexicon.is_german(cap) or not noun_like \
                or (lexicon.is_english(w) and lexicon.zipf_en(w) >= lexicon.zipf_de(w)) \
                or _technical(text, t.start, t.end, w):
            continue
        if nxt.islower() and lexicon.is_german(w + nxt) and lexicon.zipf_de(w + nxt) > 0:
            # the first part of an adjective compound written apart ("ein denkmal geschütztes Haus"): one word
            end = toks[i + 1].end
            out.append(Finding(t.start, end, text[t.start:end], "GARBLED_WORD", "garbled", "error",
                               f"a compound written apart: „{w + nxt}“", [w + nxt]))
            ctx.claim(t.start, end)
            continue
        out.append(Finding(t.start, t.end, w, "NOUN_LOWERCASE", "spelling", "error",
                           f"a noun is written with a capital: „{cap}“", [cap]))
        ctx.claim(t.start, t.end)
    return out


# indefinite pronouns after which an adjective without a noun is used as a noun and written with a capital
# ("etwas Neues", "nichts Gutes", "viel Interessantes", "alles Gute"), with the ending it then takes
_NOMINALISING = {"etwas": "es", "nichts": "es", "viel": "es", "wenig": "es", "allerlei": "es", "alles": "e"}
# words that may stand between ("etwas ganz Neues", "etwas super Interessantes")
_INTENSIFIERS = frozenset("ganz sehr super wirklich völlig besonders richtig total ziemlich absolut echt "
                          "wirklich so noch".split())
# adjectives the official rules leave small there (§ 58 E: "etwas anderes", "alles übrige" may be small)
_STAY_SMALL = ("ander", "übrig", "einzig", "wenig", "viel", "ein", "mehr")


NOUN_FOR_VERB_FORM_MIN_ZIPF = 4.0   # the noun a letter shorter is a common one ("Gesetz" 4.9)


def _verb_form_for_noun(ctx: Context) -> list[Finding]:
    """A verb form, capitalised, where a noun stands: right after a preposition or a determiner, before a
    determiner or the end of the clause ("laut Gesetzt die Bergsteiger", "nach dem Gesetzt."), one letter longer
    than a common noun the word before fits: the noun with a letter typed twice or run on. Not a noun of its own
    nor an adjective used as a noun ("das Gesetzte", "des Gesagten" end in -e, -en)."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        w = toks[i].text
        # (a participle's or a finite verb's -t: not an adjective used as a noun, "ein Heiliges", nor a present
        # participle, "das Backend")
        if not (w[:1].isupper() and w[1:].islower() and w.isalpha() and len(w) >= 5) or ctx.claimed(i) \
                or i in ctx.doc.sentence_starts or not ctx.adjacent(i - 1, i) or not w.endswith("t"):
            continue
        low = w.lower()
        if not lexicon.is_german(low) or nouns.analyses(w) or nouns.head_of(w) is not None \
                or lexicon.zipf_de(low) == 0 or lexicon.is_english(low):
            continue
        before = toks[i - 1].text.lower()
        det = determiner(before)
        cases = PREPOSITIONS.get(before)
        if det is None and not cases:
            continue
        nxt = toks[i + 1].text
        if not (determiner(nxt) is not None or nxt in (".", ",", ";", ":", "!", "?")):
            continue
        noun = w[:-1]
        feats = {f for _, f in nouns.analyses(noun)}
        fits = feats & set(det[2]) if det is not None else {f for f in feats if f.split(".")[0] in cases}
        if not fits or lexicon.zipf_de(noun.lower()) < NOUN_FOR_VERB_FORM_MIN_ZIPF:
            continue
        out.append(Finding(toks[i].start, toks[i].end, w, "SPELLING", "spelling", "error",
                           f"„{w}“ is a verb form where a noun stands: „{noun}“", [noun]))
        ctx.claim(toks[i].start, toks[i].end)
    return out


def _nominalised_adjectives(ctx: Context) -> list[Finding]:
    """An adjective used as a noun after etwas/nichts/viel/wenig/alles and written small ("etwas super
    interessantes" -> "Interessantes", "alles gute" -> "Gute"): an inflected adjective with the ending the pronoun
    gives it, and no noun after it that it could belong to ("etwas neues Geld", "etwas neues und teures Gerät")."""
    from .agreement import _is_adjective

    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        ending = _NOMINALISING.get(t.text.lower())
        if ending is None:
            continue
        j = i + 1
        if j < len(toks) and toks[j].text.lower() in _INTENSIFIERS and ctx.adjacent(i, j):
            j += 1
        if j >= len(toks) or not ctx.adjacent(j - 1, j) or ctx.claimed(j):
            continue
        w = toks[j].text
        if not (w.islower() and w.isalpha() and w.endswith(ending) and not w.endswith(ending + "s")) \
                or w.startswith(_STAY_SMALL) or not lexicon.is_german(w) or not _is_adjective(w):
            continue
        if _noun_follows(ctx, j):
            continue
        cap = w[0].upper() + w[1:]
        out.append(Finding(toks[j].start, toks[j].end, w, "NOMINALISED_ADJECTIVE", "spelling", "error",
                           f"an adjective used as a noun after „{t.text}“ is written with a capital: „{cap}“",
                           [cap]))
        ctx.claim(toks[j].start, toks[j].end)
    return out


def _noun_follows(ctx: Context, j: int) -> bool:
    """A noun after the adjective at J, maybe across coordinated adjectives ("neues und teures Gerät")."""
    from .agreement import _is_adjective

    toks = ctx.doc.tokens
    k = j + 1
    while k < len(toks) and k - j <= 5:
        w = toks[k].text
        if w[:1].isupper() and w.isalpha() and k not in ctx.doc.sentence_starts:
            return True
        if not (w in (",", "und", "oder") or (w.islower() and _is_adjective(w))):
            return False
        k += 1
    return False


# closed word classes German writes small in the middle of a sentence; "Sie", "Ihr" may be the polite form
_SMALL_AFTER_SEMICOLON = frozenset("ich du er es wir man aber also und oder doch dann denn so da dort hier jetzt nun "
                                   "auch noch nicht trotzdem deshalb daher dabei damit danach dennoch sonst zudem "
                                   "außerdem jedoch".split())


def _after_semicolon(ctx: Context) -> list[Finding]:
    """A capital after a semicolon on a word that is small inside a sentence ("…; Es gibt keine …"): a semicolon
    does not end the sentence."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks)):
        w = toks[i].text
        if toks[i - 1].text != ";" or not w[:1].isupper() or not w[1:].islower() or ctx.claimed(i):
            continue
        # (not articles: "; Die Linke", "; Der Spiegel" open names)
        low = w.lower()
        if low not in _SMALL_AFTER_SEMICOLON:
            continue
        out.append(Finding(toks[i].start, toks[i].end, w, "CAPITAL_AFTER_SEMICOLON", "spelling", "error",
                           f"a semicolon does not end the sentence: „{low}“", [low]))
    return out


# pronouns that can be the neuter antecedent of a relative "das" ("etwas, das er mochte")
_NEUTER_ANTECEDENTS = frozenset("etwas alles nichts vieles weniges manches einiges das dies dieses jenes eines "
                                "keines meines deines seines ihres unseres anderes".split())
_SUBJECT_STARTS = frozenset("ich du er sie es wir ihr man".split())


def _das_dass(ctx: Context) -> list[Finding]:
    """"das" opening a clause after a comma that follows no neuter noun or pronoun ("Er sagte, das die Regierung
    …"): the conjunction "dass". A relative "das" needs a neuter antecedent before the comma ("das Buch, das die
    Lehrerin empfahl"), so only a lower-case word before the comma that cannot be one counts, and only when a
    determiner or a subject pronoun follows."""
    from . import morphology as M

    toks = ctx.doc.tokens
    out = []
    for i in range(2, len(toks) - 1):
        t = toks[i]
        if t.text != "das" or toks[i - 1].text != "," or ctx.claimed(i):
            continue
        before = toks[i - 2].text
        if not before.islower() or before in _NEUTER_ANTECEDENTS or not before.isalpha():
            continue
        nxt = toks[i + 1].text
        det = M.determiner(nxt)
        if not ((det is not None and nxt.islower() and not all(f.startswith("gen") for f in det[2]))
                or nxt in _SUBJECT_STARTS):
            continue  # ("das des Stresshormons": a demonstrative before a genitive, no clause)
        if _neuter_noun_before(ctx, i - 1):
            continue  # "ein System von hoher Qualität an, das die …": the antecedent stands further back
        out.append(Finding(t.start, t.end, t.text, "DAS_DASS", "spelling", "error",
                           "the conjunction is „dass“ (no neuter word before the comma for a relative „das“)",
                           ["dass"]))
    return out


def _neuter_noun_before(ctx: Context, comma: int) -> bool:
    """A noun that can be neuter singular in the clause before the comma (up to 15 words back, within the
    sentence): it may be the antecedent of a relative "das"."""
    toks = ctx.doc.tokens
    s = ctx.doc.sentence_of(toks[comma].start)
    first = s.first if s is not None else 0
    for k in range(comma - 1, max(first, comma - 16) - 1, -1):
        w = toks[k].text.rsplit("-", 1)[-1]   # "checkinstall-Paket": the last part decides
        if not w[:1].isupper() or (k in ctx.doc.sentence_starts and lexicon.is_german(w.lower())):
            continue  # a pronoun or verb capitalised at the sentence start ("Es ist klar, …") is no noun
        if any(".sg.n" in f for _, f in nouns.analyses(w)):
            return True
        head = nouns.head_of(w)
        if head and any(".sg.n" in f for _, f in nouns.analyses(head)):
            return True
        # a compound whose first parts are no words of their own ("Ölverlade|terminal"): any neuter last part
        if len(w) > 7 and any(any(".sg.n" in f for _, f in nouns.analyses(w[j].upper() + w[j + 1:]))
                              for j in range(2, len(w) - 3)):
            return True
    return False


_DARAUFHIN_RE = re.compile(r"\b([Dd]arauf)hin(?=\s*,?\s*dass\b)")


def _daraufhin_dass(ctx: Context) -> list[Finding]:
    """"weisen daraufhin, dass …": "daraufhin" is "thereupon" and opens no dass-clause; the verb is "hinweisen",
    whose particle stands apart ("weisen darauf hin, dass")."""
    out = []
    for m in _DARAUFHIN_RE.finditer(ctx.doc.text):
        k = ctx.token_at(m.start())
        if k is not None and ctx.claimed(k):
            continue
        out.append(Finding(m.start(), m.end(), m.group(), "DARAUF_HIN", "spelling", "error",
                           "„daraufhin“ (thereupon) opens no dass-clause: „darauf hin“ (hinweisen)",
                           [m.group(1) + " hin"]))
    return out


# finite forms of the third person singular only: the polite "Sie" takes the plural ("Sie haben", "Sie sagten")
# (a third person singular never goes with the polite "Sie")
_THIRD_SINGULAR = SINGULAR_VERBS | {"sei"}
_CLAUSE_LINKS = frozenset((",", "und", "aber", "doch", "denn", "sondern", "oder"))
_CLOSING_QUOTES = frozenset(("“", "”", "\"", "«", "»"))


def _polite_sie_as_she(ctx: Context) -> list[Finding]:
    """The polite "Sie" written for "sie" (she) inside a sentence, where the verb shows the third person singular:
    after a quotation ("…“, ergänzte Sie.") or opening a main clause before a singular verb ("und Sie hat …")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(2, len(toks) - 1):
        t = toks[i]
        if t.text != "Sie" or i in ctx.doc.sentence_starts or ctx.claimed(i):
            continue
        prev, nxt = toks[i - 1].text, toks[i + 1].text
        attribution = (i >= 3 and toks[i - 2].text == "," and toks[i - 3].text in _CLOSING_QUOTES
                       and prev.islower() and prev.endswith("te") and nxt in (".", ",", ";"))
        singular_verb = prev in _CLAUSE_LINKS and nxt in _THIRD_SINGULAR
        if attribution or singular_verb:
            out.append(Finding(t.start, t.end, t.text, "POLITE_SIE", "spelling", "error",
                               "the verb is singular: „sie“ (she), not the polite „Sie“", ["sie"]))
    return out


def _doubled_ending(word: str) -> tuple[str, ...]:
    """A participle with its -et written twice ("abgesagtet" -> "abgesagt"), where the participle is frequent; an
    agent noun with its -er twice, where German text has the noun."""
    if word.endswith("tet") and lexicon.is_german(word[:-2]) and lexicon.zipf_de(word[:-2].lower()) >= TARGET_ZIPF:
        return (word[:-2],)
    # an agent noun's -er written twice ("Schweißerer" -> "Schweißer"), before a case ending too ("Schweißerern")
    for tail in ("", "n", "in", "innen"):
        if word.endswith("erer" + tail) and len(word) > 6 + len(tail):
            base = word[: len(word) - len(tail) - 2] + tail
            if nouns.analyses(base) and lexicon.zipf_de(base.lower()) > 0:
                return (base,)
    return ()


def _weak_participle_of_strong_verb(word: str) -> tuple[str, ...]:
    """A strong verb's participle given the weak -t ("zugenommt" -> "zugenommen", "gestiegt" -> "gestiegen"): the
    stem with -en is a frequent participle (its ge- shows it)."""
    if not word.islower() or not word.endswith("t") or "ge" not in word[:-4]:
        return ()
    # (the -t after the whole participle, "getroffent", is a letter too many)
    participle = word[:-1] if word.endswith("ent") else word[:-1] + "en"
    if lexicon.is_german(participle) and lexicon.zipf_de(participle) >= TARGET_ZIPF:
        return (participle,)
    # the weak -t on the present stem of a strong or mixed verb ("gebringt" -> "gebracht", "mitgesingt" ->
    # "mitgesungen"): the verb of that stem, a frequent one, has another participle
    from .calques import SEPARABLE, conjugate

    for pos in (k for k in range(len(word) - 4) if word.startswith("ge", k)):
        prefix, stem = word[:pos], word[pos + 2:-1]
        if prefix and prefix not in SEPARABLE:
            continue
        infinitive = prefix + stem + "en"
        if len(stem) >= 3 and lexicon.is_german(infinitive) and lexicon.zipf_de(infinitive) >= VERB_MIN_ZIPF:
            pp = conjugate(infinitive)[1].get("pp", "")
            if pp and pp != word and lexicon.is_german(pp):
                return (pp,)
    return ()


def _beside_a_name(ctx: Context, i: int) -> bool:
    """A capitalised word that is no noun and no German word written small stands right beside token i ("Boris
    Iwankowitsch", "dem Grenzubergang Verkhny Lars"): a name, which the word may be part of."""
    toks = ctx.doc.tokens
    return any(0 <= k < len(toks) and ctx.doc.adjacent(min(i, k), max(i, k)) and toks[k].text[:1].isupper()
               and not nouns.analyses(toks[k].text) and not lexicon.is_german(toks[k].text.lower())
               for k in (i - 1, i + 1))


def _ever_beside_a_name(ctx: Context, word: str) -> bool:
    """WORD stands beside a name somewhere in the article ("Bürgermeister Anton Stadtverwaltnug …
    Stadtverwaltnug sprach"): a name itself, wherever it stands."""
    return any(t.text == word and _beside_a_name(ctx, k) for k, t in enumerate(ctx.doc.tokens))


def _term_or_name(ctx: Context, i: int) -> bool:
    """Token i is a term the text repeats ("getopt" three times: a slip is seldom made alike so often) or a name
    after an initial ("Andrew S. Tanenbaum")."""
    toks = ctx.doc.tokens
    w = toks[i].text
    if i >= 2 and toks[i - 1].text == "." and len(toks[i - 2].text) == 1 and toks[i - 2].text.isupper():
        return True
    return ctx.memo("spelling.counts", lambda: Counter(t.text for t in toks))[w] >= 3


def _doubled_consonant_slip(word: str, zipf: float) -> tuple[str, ...]:
    """A doubled consonant written once ("Austeller" -> "Aussteller") or a single one doubled ("Akkustik" ->
    "Akustik"), in a word German text has now and then: the other form is a frequent German word, far more
    frequent than this one."""
    out = []
    for _, fixed in _consonant_edits(word, after_vowel_only=False):
        if lexicon.zipf_de(fixed.lower()) >= max(TARGET_ZIPF, zipf + SEEN_SLIP_MARGIN) and lexicon.is_german(fixed) \
                and fixed not in out:
            out.append(fixed)
    return tuple(out)


LOST_LETTER_MARGIN = 3.0   # the word with the letter back: a thousand times as frequent ("Vetrag" 1.7, "Vertrag" 4.9)


_DOUBLED_BEFORE_VOWEL_RE = re.compile(r"([bcdfghklmnprstz])\1(?=[aeiouäöü])")


def _two_of_three_letters(ctx: Context) -> list[Finding]:
    """A compound in the spelling before 1996, two of three equal consonants where its parts meet ("Vollast",
    "Stilleben"): hunspell may know it, but German writes all three now, and German text has the new word more
    often ("Volllast"). The made-up candidates are asked of wordfreq without its cache (they would fill it)."""
    out = []
    for i, t in enumerate(ctx.doc.tokens):
        w = t.text
        if not 7 <= len(w) <= lexicon.MAX_WORD_LEN or not w.isalpha() or ctx.claimed(i):
            continue
        for m in _DOUBLED_BEFORE_VOWEL_RE.finditer(w, 2):
            fixed = w[:m.end()] + m.group(1) + w[m.end():]
            z = lexicon.zipf_de_uncached(fixed.lower())
            if z > 0 and z > lexicon.zipf_de(w.lower()) and lexicon.is_german(fixed):
                # (the rule and family of unknown_words' three letters for a word German text never has)
                out.append(Finding(t.start, t.end, w, "GARBLED_WORD", "garbled", "warning",
                                   f"„{w}“: old spelling; three equal consonants meeting all stay", [fixed]))
                ctx.claim(t.start, t.end)
                break
    return out


def _tz_after_consonant(word: str, zipf: float) -> tuple[str, ...]:
    """A "tz" after a consonant, which German spelling writes "z" ("Ärtzte" -> "Ärzte", "Kertze"): tz stands
    only after a short vowel. The word with z, where hunspell knows it and German text has it far more often."""
    m = re.search(r"(?<=[bcdfghklmnprstvwß])tz", word)
    if m is None:
        return ()
    fixed = word[:m.start()] + "z" + word[m.end():]
    return (fixed,) if lexicon.is_german(fixed) and lexicon.zipf_de(fixed.lower()) >= zipf + LOST_LETTER_MARGIN else ()


def _lost_letter_slip(word: str, zipf: float) -> tuple[str, ...]:
    """A noun with one letter lost inside it, a slip common enough for German text to have it ("Vetrag" ->
    "Vertrag"): the only noun one inserted letter makes, a thousand times as frequent."""
    low = word.lower()
    # (not the e a poem leaves out before a final n: "Fraun", "Versehn")
    found = {word[:k] + c + word[k:] for k in range(1, len(word)) for c in _LETTERS
             if lexicon.zipf_de(low[:k] + c + low[k:]) >= max(TARGET_ZIPF, zipf + LOST_LETTER_MARGIN)
             and not (c == "e" and k == len(word) - 1 and word.endswith("n"))}
    found = {f for f in found if lexicon.is_german(f) and nouns.analyses(f)}
    return tuple(found) if len(found) == 1 else ()


def _consonant_edits(word: str, after_vowel_only: bool):
    """(position, word) for each consonant pair written single and each single consonant doubled (not beside its
    own letter; AFTER_VOWEL_ONLY: only after a vowel, where German doubles)."""
    for k in range(1, len(word)):
        c = word[k]
        if c not in _CONSONANTS:
            continue
        if word[k - 1] == c:
            yield k, word[:k] + word[k + 1:]   # one of the pair too many
        elif word[k + 1:k + 2] != c and (not after_vowel_only or word[k - 1] in "aeiouäöü"):
            yield k, word[:k] + c + word[k:]   # one letter of a pair lost


def _weak_past_of_strong_verb(word: str) -> tuple[str, ...]:
    """A strong verb given the weak past's -te ("unterliegte" -> "unterlag", "schwimmten" -> "schwammen"), where
    the infinitive is a common German verb whose preterite is strong."""
    from .calques import conjugate

    if not word.islower() or not word.endswith(("te", "ten")):
        return ()
    plural = word.endswith("ten")
    stem = word[:-3] if plural else word[:-2]
    for infinitive in (stem + "en", stem + "n"):
        if lexicon.zipf_de(infinitive) < TARGET_ZIPF or not lexicon.is_german(infinitive):
            continue
        sep, forms = conjugate(infinitive)
        past = forms["pret.3pl" if plural else "pret.3sg"]
        if sep or past.endswith(("te", "ten")) or not lexicon.is_german(past):
            continue   # (a weak verb: the word is a typing error of another kind)
        return (past,)
    return ()


HEAD_MIN_LEN = 5


def head_corrections(word: str) -> tuple[str, ...]:
    """A compound of a German first part (with or without its linking s) and a last part that lost its umlaut
    ("Schweißnahten" -> "Schweißnähten") or has a typing slip that a frequent noun undoes ("Kernkapitalqoute" ->
    "…quote", "Halbjahresergebniss" -> "…ergebnis"). Not where the last part is a noun (a compound hunspell does not
    list), nor where the word reads as an ordinary compound; a slip only inside the last part, never at the seam,
    where an edit would only move it ("Kernelmodul" is no "Kerne" + "modul")."""
    ordinary = None
    # (a four-letter last part only with two neighbours swapped: "Oberleitungs|nezt"; other slips in short words
    # give many words)
    for k in range(4, len(word) - HEAD_MIN_LEN + 2):
        first, tail = word[:k], word[k:]
        if not (lexicon.is_german(first) or (first.endswith("s") and lexicon.is_german(first[:-1]))):
            continue
        head = tail[0].upper() + tail[1:]
        # (a noun ends the compound: "Nahten" is a verb form of "nahen", no noun)
        if nouns.analyses(head) or (lexicon.zipf_de(tail) >= RARE_ZIPF and not lexicon.is_german(tail)):
            return ()
        fixes = tuple(first + f.lower() for f in umlaut_corrections(head) if nouns.analyses(f))
        if fixes:
            return fixes
        if ordinary is None:
            ordinary = plausible_compound(word)
        if ordinary:
            return ()
        # (a first part German text uses: not one hunspell's compounding builds, "Sportmini|stery")
        used = lexicon.zipf_de(first.lower()) > 0 or (first.endswith("s") and lexicon.zipf_de(first[:-1].lower()) > 0)
        short = len(head) < HEAD_MIN_LEN
        fixes = tuple(first + f.lower() for f in corrections(head)
                      if f[0] == head[0] and len(f) >= HEAD_MIN_LEN - short and _dropped_or_swapped(head, f)
                      and (not short or len(f) == len(head)) and nouns.analyses(f)) if used else ()
        if fixes:
            return fixes
    return ()


def _dropped_or_swapped(typo: str, word: str) -> bool:
    """TYPO is WORD with a letter dropped or two neighbours swapped ("meldnug", "ministerum"): the slips of typing.
    A letter replaced or one too many makes a word of its own as often, in puns and poems above all ("Flügelflagel",
    "Farbenreibern")."""
    typo, word = typo.lower(), word.lower()
    if len(word) == len(typo) + 1:
        return any(word[:k] + word[k + 1:] == typo for k in range(len(word)))
    if len(word) == len(typo):
        diff = [k for k in range(len(word)) if word[k] != typo[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == typo[diff[1]] \
            and word[diff[1]] == typo[diff[0]]
    return False


_CONSONANTS = frozenset("bcdfgklmnprstz")
CONSONANT_MIN_LEN = 8   # shorter words: corrections() asks the frequent words one edit away
CONSONANT_ORDINARY_MIN_ZIPF = 1.0   # "Fahrkartenautomaten" 1.5 for "Fahrkartenautomatten" (auto|matten)


@lru_cache(maxsize=20_000)
def consonant_corrections(word: str) -> tuple[str, ...]:
    """A long word with one consonant doubled or undoubled by a slip ("Tunnelbohrmaschinnen", "Imkerreien",
    "Balletttänzerinen"): the word with it undone is one hunspell knows and German text uses, or a compound of a
    known noun mended in its last part. The change is too specific to hit a word by chance; a word that reads as
    an ordinary compound or a noun as written ("Drohnenbauer", "Vorspänne") is not judged."""
    if len(word) < CONSONANT_MIN_LEN or len(word) > lexicon.MAX_WORD_LEN or nouns.analyses(word):
        return ()
    # a word that reads as a compound as written ("Drohnen|bauer", "Fahrkartenauto|matten") is mended only towards
    # a word German text has often, where it has never had the word as written
    ordinary = plausible_compound(word)
    if ordinary and lexicon.zipf_de(word.lower()) > 0:
        return ()
    out = []
    for k, cand in _consonant_edits(word, after_vowel_only=True):
        if cand in out or not lexicon.is_german(cand):
            continue
        zipf = lexicon.zipf_de(cand.lower())
        if ordinary:
            if zipf >= CONSONANT_ORDINARY_MIN_ZIPF:
                out.append(cand)
            continue
        # a word German text uses, or a compound mended in its last part: a slip in a first part that is a word as
        # written is none ("Raten|begrenzungszähler" is no "Ratten…")
        head = nouns.head_of(cand) if cand[:1].isupper() and zipf == 0 else None
        if zipf > 0 or (head and k >= len(cand) - len(head) - 1):
            out.append(cand)
    # (several slips undo to words: no telling which one was made)
    return tuple(out) if len(out) == 1 else ()


_COUNTRY_ADJECTIVE_RE = re.compile(r"[A-ZÄÖÜ][a-zäöü]{2,}isch(?:e|en|er|es|em)"
                                   r"|(?:Nörd|Süd|Öst|West|Nordöst|Nordwest|Südöst|Südwest)lich(?:e|en|er|es|em)")
# the kinds of institution (and of sea or region) whose names start with a country's adjective ("die Russische
# Föderation", "die Europäische Zentralbank", "die Deutsche Bahn", "das Kaspische Meer"): there the capital is right
# (Duden, D 150). Not "Behörde": "die Kasachischen Behörden" are a country's authorities, no name
_NAME_HEADS = ("union", "föderation", "republik", "kommission", "bank", "bahn", "bahnen", "akademie", "universität",
               "kirche", "partei", "gesellschaft", "meer", "see", "mauer", "welle", "post", "telekom", "rat", "liga",
               "konferenz", "agentur", "stiftung", "institut", "museum", "oper", "theater", "philharmonie",
               "nationalversammlung", "armee", "front", "gemeinschaft", "allianz", "bewegung", "küche", "inseln",
               "halbinsel", "tiefebene", "schweiz", "hochland", "gebirge", "platte", "ballett", "staatsoper",
               "reich", "rundfunk", "haus", "pferd", "horoskop", "gerichtshof", "staat", "emirat", "königreich",
               "organisation", "ozean", "golf", "wirtschaftsraum", "festival", "festspiele", "ausstellung")
# … and their inflected forms ("Meeres", "Zentralbanken"), for one endswith() test
_NAME_HEAD_FORMS = tuple(h + e for h in _NAME_HEADS for e in ("", "s", "es", "n", "en"))


def names_an_institution(noun: str) -> bool:
    """NOUN (in any case form) is a kind of institution, sea or region a country's adjective names: "Union",
    "Nationaloper", "Zentralbanken", "Meeres"."""
    return noun.split("-")[-1].lower().endswith(_NAME_HEAD_FORMS)


def _of_a_place(adjective: str) -> bool:
    """An adjective in -isch made of a country, a region or its people: German has the place or the people's noun
    of its stem ("russisch": Russland, Russe; "georgisch": Georgien; "norwegisch": Norwegen), not "statistisch"
    ("Statist" is a noun of its own, so "Statisten" is no place)."""
    if "isch" not in adjective:
        return True   # a compass point: "westlich", "nordöstlich"
    stem = adjective[: adjective.rindex("isch")]
    cap = stem[:1].upper() + stem[1:]
    if len(stem) < 3:
        return False
    places = [cap + "land", cap + "and", cap + "ien"] + ([cap + "en"] if not lexicon.is_german(cap) else []) + (
        # (an -n- of the adjective the place has not: "estnisch", Estland)
        [cap[:-1] + "land"] if cap.endswith("n") else []) + (
        # the place itself where its people have a name of their own ("Moldau", "Moldauer"; not "Leibniz")
        [cap] if not nouns.analyses(cap) and lexicon.is_german(cap + "er") else [])
    # (German text has the word: hunspell would build "Politland" as a compound; and no plural: "Melodien")
    if any(lexicon.is_german(p) and lexicon.zipf_de(p.lower()) > 0
           and not any(f.endswith(".pl") for _, f in nouns.analyses(p)) for p in places):
        return True
    # or the people, a masculine noun ("Russe", "Kasache", "Ukrainer"; not "Loge")
    return any("nom.sg.m" in {f for _, f in nouns.analyses(p)} for p in (cap + "e", cap + "er"))


_COUNT_NOUNS = frozenset(("Millionen", "Milliarden", "Tausende", "Hunderte", "Dutzende", "Zehntausende"))
_TIME_ADJECTIVE_RE = re.compile(r"(?:Früh|Spät|Frühest|Spätest)(?:e|en|er|es|em)")
_TIMES_OF_DAY = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "morgenstunden", "abendstunden")


def _capitalised_time_adjectives(ctx: Context) -> list[Finding]:
    """"am Frühen Morgen", "am Späten Sonntagnachmittag": an adjective of the time of day capitalised inside a
    sentence; no name begins so."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if not _TIME_ADJECTIVE_RE.fullmatch(t.text) or i in ctx.doc.sentence_starts or ctx.claimed(i) \
                or not ctx.adjacent(i, i + 1) or not toks[i + 1].text.lower().endswith(_TIMES_OF_DAY):
            continue
        low = t.text.lower()
        out.append(Finding(t.start, t.end, t.text, "ADJECTIVE_CASE", "spelling", "error",
                           f"an adjective is written small before its noun: „{low}“", [low]))
    return out


def _capitalised_country_adjectives(ctx: Context) -> list[Finding]:
    """An adjective of a country or region, or of a compass point, capitalised the English way inside a sentence
    ("die Russische Regierung", "38 Millionen Belarussische Rubel", "am Westlichen Ufer"): German writes it small
    unless it opens a name, so a hint (info): not before a kind of institution ("die Europäische Zentralbank"), nor
    in a run of capitals."""
    from . import morphology as M

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if not _COUNTRY_ADJECTIVE_RE.fullmatch(t.text) or i in ctx.doc.sentence_starts or ctx.claimed(i):
            continue
        prev, nxt = toks[i - 1].text, toks[i + 1].text
        if (prev[:1].isupper() and M.determiner(prev) is None and prev not in _COUNT_NOUNS) \
                or not prev[:1].isalnum() or not ctx.adjacent(i, i + 1):
            continue   # a run of capitals, or after a quote, a colon or a dash: a name or a title may start here
        low = t.text.lower()
        # (the noun may be English left in: "an den Tschechischen Manufakturer")
        if not (lexicon.is_german(low) or lexicon.zipf_de(low) > 0) or not (nxt[:1].isupper() and nxt.isalpha()) \
                or names_an_institution(nxt):
            continue
        if prev.lower() in ("im", "ins", "vom", "aus", "auf") and not (nouns.analyses(nxt) or nouns.head_of(nxt)):
            continue   # the language as a noun ("im Englischen Deb'-ii-en ausgesprochen")
        if i + 2 < len(toks) and toks[i + 2].text[:1].isupper() and ctx.adjacent(i + 1, i + 2) \
                and lexicon.is_german(toks[i + 2].text):
            continue   # a run of German capitals is a name ("Russische Akademie Wissenschaften"); an apposition
            # of a foreign name is none ("die Moldauische Hauptstadt Chișinău")
        if not _of_a_place(low):
            continue
        out.append(Finding(t.start, t.end, t.text, "COUNTRY_ADJECTIVE_CASE", "spelling", "info",
                           f"an adjective of a country is written small unless it opens a name: „{low}“", [low]))
    return out


_ORDINALS = frozenset("ersten zweiten dritten vierten fünften letzten nächsten vorigen".split())
# adverbs the 1996 reform capitalises after "im" (Duden: "im Voraus", "im Nachhinein", "im Vorhinein")
_IM_ADVERBS = frozenset(("voraus", "nachhinein", "vorhinein"))


def _nominalised_after_im(ctx: Context) -> list[Finding]:
    """An adjective used as a noun after "im" and written small the pre-reform way ("im wesentlichen", "im
    allgemeinen", "im einzelnen" -> "im Wesentlichen"; also "im voraus" -> "im Voraus"): no noun follows it, so
    it is the noun. Not where another adjective or a noun follows ("im vergangenen, schwierigen Jahr")."""
    from . import morphology as M
    from .agreement import _is_adjective

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        t, prev = toks[i], toks[i - 1].text
        w = t.text
        if prev.lower() != "im" or not w.islower() or not ctx.adjacent(i - 1, i) or ctx.claimed(i):
            continue
        if not (w in _IM_ADVERBS or (w.endswith("en") and _is_adjective(w))):
            continue
        cap = w[0].upper() + w[1:]
        nxt = toks[i + 1].text
        after = toks[i + 2].text if i + 2 < len(toks) else ""
        if not lexicon.is_german(cap) or (nxt[:1].isalpha() and (nxt[:1].isupper() or _is_adjective(nxt))) \
                or nxt in _ADVERB_NOUNS \
                or (nxt == "," and after.endswith(M.ADJ_ENDINGS) and _is_adjective(after)) or w in _ORDINALS:
            continue
        # an adjective whose noun comes after a coordinated one ("im nördlichen oder im südlichen Teil", "im guten
        # und bösen Sinne") or after another adjective ("im fortgeschrittenen gustativen Delirium")
        rest = [x.text for x in toks[i + 1:i + 6]]
        if nxt.endswith(M.ADJ_ENDINGS) and after[:1].isupper() or (
                nxt in ("und", "oder", "wie", "bis") and any(x[:1].isupper() and x.isalpha() for x in rest[1:]
                                                           if x not in (",", "."))):
            continue
        out.append(Finding(t.start, t.end, w, "NOUN_LOWERCASE", "spelling", "error",
                           f"a word used as a noun is written with a capital: „im {cap}“", [cap]))
    return out

