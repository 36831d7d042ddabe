"""Garbled words: a doubled syllable ("Regierungsungsplan" -> "Regierungsplan"), two words run together
("dauernwird" -> "dauern wird", "derKlang" -> "der Klang"), or a word and a fragment ("Terminplansteig" ->
"Terminplan", "Kalendereingetrag" -> "Kalender eingetragen").

Unknown compounds are ordinary German ("Pollendusche", "Diensteverwalter"), so each reading needs positive
evidence that the whole is no compound, and a word the noun lexicon knows ("Erdumlaufbahn"), one in the old
spelling ("Selbstbewußtseins") or an English word ("Timer") is never garbled:
- a doubled syllable: removing one copy of a repeated run of 2-6 letters gives a German word (not where the
  repeat ends a word before a noun, "Programmierer|weisheit", or makes an agent noun, "Polterer");
- two words: the second is a frequent word that cannot end a compound (hunspell is probed: "wird", "ist", "im"),
  or the first is a frequent word that can neither begin a compound nor prefix a verb or adjective ("der", "als",
  "wir"; not "auf", "ein", "aller"); two-letter parts and common word endings ("-er", "-der") need more evidence;
  a noun made of a verb ("Branntweintrinken") and a surname after a first name stay quiet;
- a capital inside a token (from unknown_words, which otherwise skips camel case as an identifier): prose when a
  word written lower-case in running text is followed by a German word, neither part English ("derKlang");
- a fragment: the first part may form compounds and the rest is a short tail that is no word nor a suffix
  ("-tum"), or the beginning of a frequent word, and the whole splits into no first part and known noun.
A fragment that is itself a word gives a `warning`, not an `error`. The work per token is linear in its length
(a bounded number of dictionary probes per letter) and tokens longer than lexicon.MAX_WORD_LEN are not analysed.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from ... import lexicon, nouns, wordformation
from .context import Context
from .english import in_name
from .morphology import (CARDINALS, CONTRACTIONS, COUNT_DETERMINER, PLURAL_QUANTIFIERS, PREPOSITIONS,
                         adjective_stem, contraction_determiner, determiner)
from .pseudo_english import LINKED_SUFFIXES

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


def plausible_compound(word: str) -> bool:
    """Some split into a German first part (with a linking element) and a German noun ("Dienste|nummer"): an
    ordinary compound the dictionary does not list."""
    if len(word) > lexicon.MAX_WORD_LEN:  # one lookup per letter: only for words of a sensible length
        return False
    for k in range(3, len(word) - 2):
        left, right = word[:k], word[k:]
        head = right[0].upper() + right[1:]
        # the head must be a noun of the lexicon, not one more compound hunspell builds ("Plansteig")
        if len(right) < 3 or not nouns.analyses(head):
            continue
        # a linking element counts only where the letters read without it do not make a word of the head
        # ("Dienst|e|typ" is a compound; "Terminplan|s|teig" is "Terminplan" + "steig")
        stems = [left[: len(left) - len(link)] if link else left for link in _LINKS if left.endswith(link)
                 and not (link and lexicon.is_german_any_case(link + right))]
        stems = [st for st in stems if len(st) >= 3 and lexicon.is_german_any_case(st)]
        # a short head that hunspell could have joined to these parts and did not: no evidence of a real word
        # ("Terminplan|steig"); a longer known noun is ("Pollen|dusche", "Dienste|verwalter"), and a common one of
        # five letters that is no other word written small, nor with the letter before it ("Kompressor|modul"; not
        # "Terminplans|teig", "Stand|art")
        if len(right) < HEAD_MIN_LEN and stems == [left] and _ends_compounds(right) \
                and (len(right) < 5 or lexicon.is_german(right) or lexicon.zipf_de(right) < SHORT_HEAD_NOUN_MIN_ZIPF
                     or lexicon.is_german_any_case(left[-1] + right)) and (
                _starts_compounds(left) or (left.endswith("s") and _starts_compounds(left[:-1]))):
            continue
        if stems:
            return True
    return False


def _maybe_frequent(word: str) -> bool:
    """A cheap necessary condition for lexicon.zipf_de(word) >= FUSED_MIN_ZIPF."""
    # the ~2,600 words of at least FUSED_MIN_ZIPF (rounded: a margin): asking wordfreq costs 50 µs a time
    return unicodedata.normalize("NFC", word).casefold() in lexicon.frequent_german(FUSED_MIN_ZIPF, 0.99)


_VERB_PROBES = ("stellen", "kommen", "gehen", "setzen", "legen", "tun", "fühlen", "bringen")
_ADJECTIVE_PROBES = ("beste", "größte", "letzte")
FUNCTION_MIN_ZIPF = 5.0  # a first part that is a frequent word and forms no compound: "der", "als", "wir", "sehr"
TOP_MIN_ZIPF = 6.0       # the most frequent words ("der", "zu", "und"): after a verb prefix too ("mitdem")
SHORT_HEAD_NOUN_MIN_ZIPF = 3.5   # a short common noun as a compound's head ("Modul" 3.6)
SHORT_TAIL = 5           # a fragment longer than this must be the beginning of a frequent word ("eingetrag")
HEAD_MIN_LEN = 6         # a known noun this long after a German first part makes a plausible compound


@lru_cache(maxsize=50_000)
def verb_prefix(word: str) -> bool:
    """Can this word prefix a verb ("auf" + "stellen", "zusammen" + "kommen")? Then it may be fused with a verb
    form in ordinary German ("zusammengedacht")."""
    low = word.lower()
    return any(lexicon.is_german(low + v) for v in _VERB_PROBES)


@lru_cache(maxsize=50_000)
def function_word(word: str) -> bool:
    """A frequent word that neither begins compounds nor prefixes verbs: an article, pronoun, conjunction or
    adverb ("der", "als", "wir", "sehr"). Run together with the next word, it cannot be a compound."""
    low = word.lower()
    # written lower-case in running text: a noun ("Typ", frequent as "guy") is no function word
    if lexicon.zipf_de(low) < FUNCTION_MIN_ZIPF or not lexicon.is_german(low):
        return False
    # "der" + "zeit" is one word ("derzeit"): one probe that happens to make a word proves nothing; a noun makes
    # compounds capitalised ("Zeitplan"); nor may it prefix an adjective ("aller" + "beste")
    cap = low[0].upper() + low[1:]
    return (sum(lexicon.is_german(low + h) or lexicon.is_german(cap + h) for h in _PROBE_HEADS) <= 1
            and not verb_prefix(low) and not any(lexicon.is_german(low + a) for a in _ADJECTIVE_PROBES))


def _noun_only(word: str) -> bool:
    """Written lower-case, hunspell rejects it; capitalised it is a noun ("klang" -> "Klang")."""
    return not lexicon.is_german(word) and lexicon.is_german(word[0].upper() + word[1:])


DOUBLED_END_MIN_ZIPF = 2.0   # a word left by removing a doubled end ("Veranstalter", "Maschinenbauer") is in use


_DOUBLED_SUFFIXES = frozenset(("schaft", "ung", "heit", "keit", "ität"))


def _doubled(part: str) -> list[str]:
    """Remove one copy of a repeated run of 2-6 letters ("Regierungsungsplan", "weiteter", "Proprozent"), of a
    longer one that is a word with its linking s ("Verkehrs|verkehrs|komitee"), or of a longer one that ends the word
    and leaves a word in use ("Veranstalter|stalter"), where that gives a German word; the first copy keeps its
    case. At most ten comparisons per letter."""
    out = []
    low = part.lower()
    n = len(part)
    for size in range(2, 16):
        for p in range(n - 2 * size + 1):
            if low[p:p + size] != low[p + size:p + 2 * size]:
                continue
            fixed = part[:p + size] + part[p + 2 * size:]
            # a longer run is a word, or it ends the word and leaves one German text uses ("Veranstalter|stalter")
            if size > 6 and not any(lexicon.is_german_any_case(w) for w in (low[p:p + size],
                                                                            low[p:p + size].removesuffix("s"))) \
                    and not (p + 2 * size == n and lexicon.zipf_de(fixed.lower()) >= DOUBLED_END_MIN_ZIPF):
                continue
            # a word that ends in the repeat, then a noun, is a compound ("Programmierer|weisheit")
            rest = part[p + 2 * size:]
            # an agent noun of a verb in "-ern" is one ("Polter|er", "Zauber|er|s"), not a slip
            if part[0].isupper() and low[p:p + size] == "er" and rest in ("", "s", "n"):
                continue
            # (a longer repeat is no such ending: "Produktionsions|daten" is no compound with "Ion"; and the word
            # before the noun is one in use or in the lexicon, not one hunspell merely builds: "Monopol|pol|stellung")
            before = part[:p + 2 * size]
            if size <= 3 and len(rest) >= 3 and lexicon.is_german_any_case(before) and nouns.analyses(
                    rest[0].upper() + rest[1:]) and (lexicon.zipf_de(before.lower()) > 0 or nouns.analyses(before)):
                continue
            # (or a word of four letters or more doubled where German text has the word with one copy, which
            # hunspell does not build: "Kombikraft|kraftwerks")
            # (or a noun suffix doubled at the end of a compound of German parts: "Imkergenossenschaft|schaft")
            if len(fixed) >= 4 and fixed not in out and (lexicon.is_german(fixed) or (
                    size >= 4 and lexicon.is_german_any_case(low[p:p + size]) and part[0].isupper()
                    and _in_use_as_written(fixed, True)) or (
                    not rest and low[p:p + size] in _DOUBLED_SUFFIXES and part[0].isupper()
                    and plausible_compound(fixed)) or (
                    not rest and size >= 4 and part[0].isupper() and len(fixed) >= 8
                    and lexicon.zipf_de(fixed.lower()) >= DOUBLED_END_MIN_ZIPF)):
                out.append(fixed)
    # a word doubled with a linking s between its copies ("Tarif|verhandlung|s|verhandlung|en"), or a suffix that
    # links with s ("Durchsuch|ung|s|ung|en")
    for size in range(3, 16):
        for p in range(n - 2 * size):
            run = low[p:p + size]
            if low[p + size] == "s" and run == low[p + size + 1:p + 2 * size + 1] \
                    and (lexicon.is_german_any_case(run) if size >= 5 else run in _LINKED_WITH_S):
                fixed = part[:p + size] + part[p + 2 * size + 1:]
                if fixed not in out and lexicon.is_german(fixed):
                    out.append(fixed)
    out.sort(key=lambda w: -lexicon.zipf_de(w.lower()))
    return out


# first parts that always link with s (Duden, Fugenelemente): "Zeitungsleser", "Gesundheitssystem", "Religionsfreiheit"
_LINKED_WITH_S = LINKED_SUFFIXES + ("ität",)   # (a doubled run is matched whole: "ität" as well as "tät")
_LATIN_ADJECTIVE = ("al", "ell", "är", "ier", "ist", "ism")


def missing_linking_s(part: str) -> str | None:
    """A compound whose first part ends in -ung, -heit, -keit, -schaft, -ion, -ität, -ling or -tum joined to a noun
    without the s German always puts there ("Zinssenkung|zyklus" -> "Zinssenkungszyklus"). An -ung that is no
    suffix stays quiet ("Sprungbrett", "Schwungrad"); a noun starting with s may hold the link."""
    if not part[:1].isupper():
        return None
    low = part.lower()
    for suffix in _LINKED_WITH_S:
        k = low.find(suffix, 3)
        while k != -1:
            cut = k + len(suffix)
            left, right = part[:cut], part[cut:]
            k = low.find(suffix, k + 1)
            if len(right) < 4 or not nouns.analyses(right[0].upper() + right[1:]):
                continue
            if right[0] == "s" and (len(right) < 5 or nouns.analyses(right[1].upper() + right[2:])):
                continue   # the s may be the link ("Gewerkschafts|rat"); not before "sprecherin" ("|precherin")
            if suffix == "ion" and right.startswith(_LATIN_ADJECTIVE):
                continue   # "Positionalen", "Traditionellen": an adjective of the noun, no compound
            if not lexicon.is_german(left) or (suffix == "ung" and not _feminine_ung(left)):
                continue
            return left + "s" + right
    return None


def missing_linking_s_in_use(part: str) -> str | None:
    """A compound unknown to German whose first part German text links with s ("Verkehr|betriebs" ->
    "Verkehrsbetriebs"): the word with the s is one German text uses."""
    if not part[:1].isupper() or lexicon.zipf_de(part.lower()) > 0 or lexicon.is_german(part):
        return None
    for k in range(4, len(part) - 3):
        left, right = part[:k], part[k:]
        if right[0] == "s" or not (nouns.analyses(left) or lexicon.is_german(left)) \
                or not nouns.analyses(right[0].upper() + right[1:]):
            continue
        linked = left + "s" + right
        if lexicon.is_german(linked) and compound_in_use(linked):
            return linked
    return None


def superfluous_linking_s(part: str) -> str | None:
    """A compound with an s between its parts where German writes none ("Basketball|s|club" -> "Basketballclub"):
    the word is unknown to German, the two nouns around the s are nouns, and German text uses the compound without
    the s. (Only after a first part German does not link with s: no -ung, -heit, -schaft …)"""
    if not part[:1].isupper() or lexicon.zipf_de(part.lower()) > 0 or lexicon.is_german(part):
        return None
    low = part.lower()
    k = low.find("s", 4)
    while k != -1 and k < len(low) - 3:
        left, right = part[:k], part[k + 1:]
        k = low.find("s", k + 1)
        if low[:len(left)].endswith(_LINKED_WITH_S) or not (nouns.analyses(left) or lexicon.is_german(left)) \
                or not nouns.analyses(right[0].upper() + right[1:]):
            continue
        joined = left + right
        if lexicon.is_german(joined) and lexicon.zipf_de(joined.lower()) > 0:
            return joined
    return None


def _feminine_ung(left: str) -> bool:
    """LEFT ends in a feminine noun in -ung ("Zinssenkung": "Senkung", "Zeitung"), the suffix, not "Sprung",
    "Schwung" or "Dung" (masculine nouns that only end in the letters)."""
    head = nouns.head_of(left)
    return head is not None and any(f.endswith(".f") for _, f in nouns.analyses(head))


DOUBLED_RUN_MIN_ZIPF = 3.5   # a common noun ("Bau" 4.4) doubled inside a compound


def doubled_in_known(part: str) -> str | None:
    """A word hunspell builds as a compound but German text has never used ("Europameisterschaf|schaften": no
    "Schaf" meant), with a repeated run of 3-6 letters whose removal gives a word German text uses: that word."""
    if len(part) < 10 or lexicon.zipf_de(part.lower()) > 0:
        return None
    for fixed in _doubled(part):
        # (inside the word, not a doubled ending, which is a rare word's own: "Gescheit|heit", "hochzula|denden")
        cut = next(k for k in range(len(fixed)) if k == len(fixed) - 1 or fixed[k] != part[k])
        # (a whole word doubled, seven letters or more, needs no evidence from use: "Verkehrs|verkehrs|komitee")
        if len(part) - len(fixed) >= 7 and lexicon.is_german(fixed):
            return fixed   # a whole word doubled, seven letters or more, also at the end ("Gleisanschlussanschluss")
        if len(part) - len(fixed) >= 3 and len(fixed) - cut >= 3 and _in_use_as_written(fixed, part[0].isupper()):
            return fixed
        # a syllable doubled before a noun's ending, where the noun is in use ("Maschinenbau|bau|er"; not
        # "Gescheit|heit": "Gescheit" is no noun)
        if len(part) - len(fixed) >= 3 and part[0].isupper() \
                and lexicon.zipf_de(fixed.lower()) >= DOUBLED_END_MIN_ZIPF \
                and (nouns.analyses(fixed) or plausible_compound(fixed)):
            return fixed
        # a common noun doubled inside a compound hunspell builds either way ("Bergbau|bau|aufsicht"): the noun
        # twice makes no compound German text has
        run = part[cut:cut + len(part) - len(fixed)]
        if 3 <= len(run) <= 6 and run not in CARDINALS and part[0].isupper() and lexicon.is_german(fixed) \
                and nouns.head_of(fixed) \
                and lexicon.zipf_de(run) >= DOUBLED_RUN_MIN_ZIPF and nouns.analyses(run.capitalize()) \
                and lexicon.zipf_de(run + run) == 0 and part[:cut].lower().endswith(run) \
                and not any(lexicon.zipf_de(part.lower()[:-len(e)]) > 0 for e in ("s", "es", "n", "en", "e")
                            if part.lower().endswith(e)):
            return fixed   # (not an inflected form of a compound in use: "Wintersport|orts")
    return _doubled_noun_at_end(part) or _doubled_first_of_head(part) or _doubled_last_of_first(part) \
        or _doubled_at_start(part)


def _doubled_at_start(part: str) -> str | None:
    """A noun of 3-8 letters doubled at a compound's start ("Exportexportzölle", "Busbusflotten"): the compound with
    one copy, where hunspell knows it."""
    low = part.lower()
    for size in range(3, 9):
        # (the second copy a whole part, the rest after it a word: not "Vier|viertel|schwein")
        if len(low) > 2 * size + 2 and low[:size] == low[size:2 * size] and nouns.analyses(part[:size]) \
                and lexicon.is_german_any_case(part[2 * size].upper() + part[2 * size + 1:]):
            rest = part[size].upper() + part[size + 1:]
            if lexicon.is_german(rest):
                return rest
    # (or a word's start of five letters or more typed twice, no word of its own, where German text has the word
    # with one copy and never the whole: "Verhand|verhandlungen")
    if part[:1].isupper() and lexicon.zipf_de(low) == 0 and not lexicon.is_german(part):
        for size in range(5, 10):
            if len(low) >= 2 * size + 2 and low[:size] == low[size:2 * size]:
                rest = part[size].upper() + part[size + 1:]
                if lexicon.is_german(rest) and lexicon.zipf_de(rest.lower()) >= STUTTER_REST_MIN_ZIPF:
                    return rest
    return None


STUTTER_REST_MIN_ZIPF = 2.0   # the word left a common one ("Verhandlungen" 4.4)


def _doubled_first_of_head(part: str) -> str | None:
    """A noun of 4-8 letters doubled where a compound's head begins with it ("Getreide|export|exporteure"): the
    compound with one copy, where the part before is a German word and the head ("Exporteure") a noun German text
    uses, however rare the whole compound."""
    low = part.lower()
    for size in range(4, 9):
        for k in range(3, len(low) - 2 * size):
            if low[k:k + size] != low[k + size:k + 2 * size]:
                continue
            head = part[k + size].upper() + part[k + size + 1:]
            first = part[:k]
            noun = part[k].upper() + part[k + 1:k + size]
            if nouns.analyses(noun) and nouns.analyses(head) and lexicon.zipf_de(head.lower()) > 0 \
                    and lexicon.is_german_any_case(first) and lexicon.is_german(first + head.lower()):
                return first + head.lower()
    return None


def _doubled_last_of_first(part: str) -> str | None:
    """A noun of 4-8 letters that ends a compound's first part doubled before its head ("Polarlicht|licht|saison",
    "Umschlag|schlag|kapazität"): the compound with one copy, where the first part ("Polarlicht") and the head
    ("Saison") are words German text uses, however rare the whole compound."""
    low = part.lower()
    for size in range(4, 9):
        for k in range(size + 1, len(low) - size - 3):      # k: where the second copy begins
            if low[k - size:k] != low[k:k + size]:
                continue
            first, rest = part[:k], part[k + size:]
            noun = part[k].upper() + part[k + 1:k + size]
            head = rest[0].upper() + rest[1:]
            if nouns.analyses(noun) and nouns.analyses(head) and lexicon.zipf_de(head.lower()) > 0 \
                    and lexicon.zipf_de(first.lower()) > 0 and lexicon.is_german_any_case(first) \
                    and lexicon.is_german(first + rest):
                return first + rest
    return None


def _in_use_as_written(word: str, noun: bool) -> bool:
    """German text uses WORD (a noun also without its genitive s: "Kombikraftwerks"); a noun also reads as one (the
    lexicon's, or a plausible compound)."""
    used = lexicon.zipf_de(word.lower()) > 0 or (noun and word.endswith("s") and lexicon.zipf_de(word[:-1].lower()) > 0)
    return used and (not noun or bool(nouns.analyses(word)) or plausible_compound(word))


_NOUN_ENDINGS = ("", "s", "es", "n", "en")


def _doubled_noun_at_end(part: str) -> str | None:
    """A noun of 4-8 letters doubled at the end of a compound hunspell builds ("Streckenrekord|rekord",
    "Reparaturkosten|kosten", "Umschlag|schlags"), before no more than a case ending: the compound with one copy,
    where German text uses it. (An ending repeated is a rare word's own, "Gescheit|heit": "Heit" is no noun.)"""
    low = part.lower()
    for tail in _NOUN_ENDINGS:
        end = len(low) - len(tail)
        if not low.endswith(tail):
            continue
        # (with the first copy's linking element between them: "Winterpause|n|pause")
        for size, link in itertools.product(range(3, 9), _DOUBLED_LINKS):
            cut = end - size - len(link)             # where the first copy ends
            if cut - size < 2 or low[cut - size:cut] != low[end - size:end] or low[cut:end - size] != link:
                continue
            run = part[end - size:end]
            fixed = part[:cut] + part[end:]
            noun = run[0].upper() + run[1:]
            if (size == 3 or link) and not part[0].isupper():
                continue   # (a verb form's ending: "hochzula|den|den")
            if size == 3 and lexicon.zipf_de(run) < SHORT_DOUBLED_MIN_ZIPF:
                continue   # a short noun repeated at the end only when everyday ("Werkstor|tor")
            before = part[:cut - size]
            if (size == 3 or link) and not (lexicon.is_german_any_case(before)
                                            or (before.endswith("s") and lexicon.is_german_any_case(before[:-1]))):
                continue   # the first copy ends a longer part: "Wintersp|ort|s", "Erzbisc|hof|s|hof"
            # (the lexicon lacks a few everyday nouns: "Wagen")
            if (nouns.analyses(noun) or (lexicon.is_german(noun) and lexicon.zipf_de(run) >= 3.0)) \
                    and (_in_use_as_written(fixed, part[0].isupper())
                         # (or a compound hunspell builds that German text uses: "Glaswerk")
                         or (lexicon.zipf_de(fixed.lower()) >= DOUBLED_IN_USE_MIN_ZIPF and lexicon.is_german(fixed))
                         # (or any it builds, where a noun of five letters or more is doubled with its linking
                         # element, which no compound has: "Kühlmittelpumpe|n|pumpe")
                         or (link and size >= 5 and lexicon.is_german(fixed))
                         # (or one of German nouns, where a noun of five letters or more is doubled at its end:
                         # "Düngerkosten|kosten")
                         or (size >= 5 and part[0].isupper() and nouns.analyses(before) and plausible_compound(fixed))):
                return fixed
    return None


DOUBLED_IN_USE_MIN_ZIPF = 1.5   # a compound seen now and then in German text is evidence enough once doubled
SHORT_DOUBLED_MIN_ZIPF = 4.0    # a three-letter noun doubled at the end: an everyday one ("Tor", "Zug")
_DOUBLED_LINKS = ("", "n", "en", "s", "es")


SHORT_RIGHT_MIN_ZIPF = 5.5  # a two-letter second part is a substring of many words: only the most frequent
AFFIX_MAX_SHARE = 0.004     # a two-letter part that begins or ends more of the frequent words is an affix ("-er")
SUFFIX_MIN_WORDS = 10       # a "fragment" that ends this many frequent words is a suffix ("-tum", "-heit")


@lru_cache(maxsize=1)
def _affixes() -> tuple[dict[str, int], dict[str, int], dict[str, int], int]:
    """How many of the frequent German words (5+ letters) begin with / end with each 2-letter string, and end
    with each 3-5-letter string; and how many words were counted."""
    words, _ = _ranked_german()
    words = [w for w in words if len(w) >= 5]
    starts: dict[str, int] = {}
    ends2: dict[str, int] = {}
    ends: dict[str, int] = {}
    for w in words:
        starts[w[:2]] = starts.get(w[:2], 0) + 1
        ends2[w[-2:]] = ends2.get(w[-2:], 0) + 1
        for n in range(3, 6):
            if len(w) > n + 2:
                ends[w[-n:]] = ends.get(w[-n:], 0) + 1
    return starts, ends2, ends, len(words)


def _affix_like(part: str, at_start: bool) -> bool:
    """A two-letter part that begins (at_start) or a 2-3-letter part that ends many German words: "er" in
    "Timer", "de" in "debug", "der" in "verlogender"."""
    starts, ends2, ends, n = _affixes()
    table = starts if at_start else ends2 if len(part) == 2 else ends
    return table.get(part.lower(), 0) > AFFIX_MAX_SHARE * n


def _suffix(fragment: str) -> bool:
    """A fragment that ends many frequent German words is a suffix, not a broken word ("Staatskirchen|tum")."""
    return _affixes()[2].get(fragment.lower(), 0) >= SUFFIX_MIN_WORDS


SEEN_COMPOUND_MIN_ZIPF = 1.0   # a noun compound German text has ("Schubleichter" 1.2) is no fusion
LINKED_NOUN_MAX_ZIPF = 5.0   # after a linking s, a noun less frequent than the commonest verbs ("ist", "hat")


def _particle_closes_clause(ctx: Context, i: int, fused: list[str]) -> bool:
    """The word's end is a separable verb's particle at its clause's end and the rest a noun ("weist die
    Vorwürfezurück."): the object and the particle of the verb before them run together."""
    toks = ctx.doc.tokens
    return i + 1 < len(toks) and toks[i + 1].text in (".", ",", ";", "!", "?", ":") and ctx.adjacent(i, i + 1) \
        and any(len(f.split(" ")) == 2 and len(f.split(" ")[1]) >= 3 and nouns.analyses(f.split(" ")[0])
                for f in fused)   # (not "ab", "an": "das Transitab" is a compound cut short)


def _fused(ctx: Context, i: int, part: str) -> list[tuple[float, str]]:
    """Splits of a lower-case fusion into two words: (plausibility, "left right"). A second part that cannot end
    a compound is evidence enough even in a run of capitalised words ("Als Künstlerist mir")."""
    from .calques import strong_preterites   # (calques imports this module's importers)

    out = []
    toks = ctx.doc.tokens
    at_start = i in ctx.doc.sentence_starts
    # after a capitalised word mid-sentence, a capitalised token may be a surname ("Richard Stallman")
    # ("Als Künstlerist" is no name: "Als" is capitalised only as the first word of the sentence)
    prev = toks[i - 1].text if i > 0 else ""
    name_run = (part[0].isupper() and prev[:1].isupper() and ctx.adjacent(i - 1, i)
                and (i - 1 not in ctx.doc.sentence_starts or not lexicon.is_german(prev.lower())))
    for k in range(2, len(part) - 1):
        left, right = part[:k], part[k:]
        if not right.islower():
            break
        # the cheap conditions first: hunspell takes up to a millisecond for a long non-word, so it is asked
        # about the parts only where one of the readings below is still possible
        frequent_right = _maybe_frequent(right) and lexicon.zipf_de(right) >= FUSED_MIN_ZIPF
        function_left = len(left) <= 8 and _maybe_frequent(left) and (left.islower() or at_start)
        # a noun run into a weak verb's past ("Tennisverband|kündigte"): no noun ends in a finite verb that is no
        # participle ("Angestellte") or noun ("Verwandte")
        # (not at a sentence's start, where it is an adjective before its noun: "Zeichenbasierte Anzeige"; with
        # no noun after it, it is the verb, "Überlebende|berichteten, das Schiff …")
        # (what follows it at the start no capitalised word: "Zeichenbasierte Ein-Byte-Anzeige")
        opens_clause = i + 1 < len(toks) and not toks[i + 1].text[:1].isupper() and not toks[i + 1].text[:1].isdigit()
        if part[0].isupper() and (not at_start or (not _noun_after(ctx, i) and opens_clause)) and not name_run \
                and len(left) >= 5 and len(right) >= 5 \
                and right.endswith(("te", "ten")) \
                and not right.startswith("ge") and lexicon.zipf_de(right) >= PAST_FUSED_MIN_ZIPF \
                and lexicon.is_german(left) and lexicon.is_german(right) \
                and (nouns.analyses(left) or nouns.head_of(left)) and _past_of_weak_verb(right) \
                and not nouns.analyses(right[0].upper() + right[1:]) \
                and not _noun_after(ctx, i):   # ("Bürgermeister|verwandte": a noun; "…basierte Anzeige")
            out.append((lexicon.zipf_de(right) + lexicon.zipf_de(left.lower()), f"{left} {right}"))
            continue
        # a noun run into a strong verb's past ("Demonstranten|trugen Schilder"): no noun ends in one, and no
        # adjective is made of one (unlike the weak past's -te)
        if part[0].isupper() and not name_run and len(left) >= 5 and len(right) >= 4 and right in strong_preterites() \
                and lexicon.zipf_de(right) >= PAST_FUSED_MIN_ZIPF and nouns.analyses(left) \
                and not nouns.analyses(right[0].upper() + right[1:]) and not nouns.analyses(part) \
                and not lexicon.is_german(part):
            out.append((lexicon.zipf_de(right) + lexicon.zipf_de(left.lower()), f"{left} {right}"))
            continue
        # a plural noun run into the present plural of its verb, an object's article after it
        # ("Energieexperten|sehen die Importe …"); a noun made of a verb has a genitive after it, if anything
        # ("Zähneputzen der Kinder"), and no article of its own before it
        if part[0].isupper() and not name_run and _subject_before_object(ctx, i, left, right):
            out.append((lexicon.zipf_de(right) + lexicon.zipf_de(left.lower()), f"{left} {right}"))
            continue
        # a noun run into a past participle ("zu acht Jahren Haft|verurteilt"): no noun ends in a participle
        # without an ending, which only an adjective has ("haftentlassen" is written small)
        if part[0].isupper() and not at_start and not name_run and len(left) >= 4 and len(right) >= 7 \
                and right.endswith("t") and right.islower() and nouns.analyses(left) and not nouns.analyses(part) \
                and lexicon.is_german(right) and _past_participle(right) and not _noun_after(ctx, i) \
                and lexicon.zipf_de(right) >= PAST_FUSED_MIN_ZIPF:
            out.append((lexicon.zipf_de(right) + lexicon.zipf_de(left.lower()), f"{left} {right}"))
            continue
        # the plural of a noun in -ung, -heit, -keit, -schaft, -ion, -tät run into a verb after it
        # ("Lieferungen|laufen normal weiter"): such nouns link with s, so no compound has their plural first
        # (the noun's singular a noun of that suffix: not "Schusterjungen")
        if part[0].isupper() and not name_run and left.endswith(_LINKED_PLURALS) and len(right) >= 4 \
                and nouns.analyses(left[:-2]) \
                and right.islower() and lexicon.zipf_de(right) >= PAST_FUSED_MIN_ZIPF and lexicon.is_german(left) \
                and (_finite_past_or_present(right)
                     or (right.endswith("en") and lexicon.is_german(right) and lexicon.is_german(right[:-2] + "t"))):
            out.append((lexicon.zipf_de(right) + lexicon.zipf_de(left.lower()), f"{left} {right}"))
            continue
        # a finite verb run into the article or pronoun after it ("übernahm|der Investor", "hieß|es aus"): no German
        # word ends in an article after a verb's past or present
        if part.islower() and right in _CLITIC_AFTER_VERB and len(left) >= 4 and lexicon.is_german(left) \
                and lexicon.zipf_de(left) >= SUBJECT_VERB_MIN_ZIPF and _finite_past_or_present(left) \
                and not lexicon.is_german(part):
            # (the verb's reading a little likelier than others of the same words: "wird|es", not "wir|des")
            out.append((lexicon.zipf_de(right) + lexicon.zipf_de(left) + 0.5, f"{left} {right}"))
            continue
        # a weak verb's past run into the next word ("reagierte|zurückhaltend"): German compounds no finite form
        if part.islower() and len(left) >= 6 and len(right) >= 5 and left.endswith(("te", "ten")) \
                and not left.startswith("ge") and _past_of_weak_verb(left) and lexicon.is_german(left) \
                and lexicon.is_german(right) and not nouns.analyses(left[0].upper() + left[1:]):
            out.append((lexicon.zipf_de(right) + lexicon.zipf_de(left), f"{left} {right}"))
            continue
        if not (frequent_right or function_left) or not lexicon.is_german(left):
            continue
        # "pro" and "anti" before an adjective are its prefix ("proeuropäischen", "antirussische"), no preposition
        if left.lower() in ("pro", "anti") and adjective_stem(right) and lexicon.is_german(right):
            continue
        right_word = lexicon.is_german(right)
        # "mit|der", "zwischen|den", "wird|es": after a frequent word, no word ending there
        closed_left = (function_word(left) or verb_prefix(left)
                       or ((left.islower() or at_start) and lexicon.zipf_de(left.lower()) >= FUNCTION_MIN_ZIPF))
        # a preposition of the dative run into an adjective's dative -em ("mit|billigem Metall"): no verb, participle
        # or adjective is made so (unlike "aus|fetten", "vor|reservierte", "hinter|indische")
        if part.islower() and left in _DATIVE_PREPOSITIONS and len(right) >= 5 and right.endswith("em") \
                and not right.startswith("ge") and lexicon.is_german(right[:-2]) and lexicon.is_german(right) \
                and lexicon.zipf_de(right) >= INFLECTED_FUSED_MIN_ZIPF:
            out.append((lexicon.zipf_de(right) + lexicon.zipf_de(left), f"{left} {right}"))
            continue
        # … and a contraction run into an inflected adjective ("im|nordöstlichen Narva", "zum|wiederholten"): no
        # German word opens with a contraction before an adjective's form
        if part.islower() and left in _CONTRACTIONS_FUSED and len(right) >= 6 and lexicon.is_german(right) \
                and lexicon.zipf_de(right) >= INFLECTED_FUSED_MIN_ZIPF and _inflected_adjective(right):
            out.append((lexicon.zipf_de(right) + lexicon.zipf_de(left), f"{left} {right}"))
            continue
        # a noun run into the preposition after it ("Abnehmern|in Ägypten", "Trainingslauf|in der"): the noun is one
        # of the lexicon and no agent noun whose feminine -in this could be, a noun or a name follows
        # (or into "und", "oder" before the next noun: "Weizen|und Raps"; after a measure, no name: "Tonnen")
        if right in _GLUED_PREPOSITIONS | _GLUED_CONJUNCTIONS and part[0].isupper() \
                and (not name_run or _measure_word(prev)) \
                and len(left) >= (5 if right in _GLUED_CONJUNCTIONS else 6) \
                and not (right == "in" and (left.endswith(("er", "or", "ist", "ant", "ent", "eur"))
                                            or lexicon.is_german((nouns.head_of(left) or left) + "in"))) \
                and (nouns.analyses(left) or nouns.head_of(left)) and _capitalised_after(ctx, i):
            out.append((lexicon.zipf_de(left.lower()) + 5.0, f"{left} {right}"))
            continue
        # (mid-sentence, a capitalised token may be a name: "Gabin" is no "Gab in")
        if len(right) == 2 and (lexicon.zipf_de(right) < SHORT_RIGHT_MIN_ZIPF or (
                (not closed_left or (part[0].isupper() and not at_start)) and _affix_like(right, False))):
            continue
        # a two-letter first part ("je", "in") only before a frequent word: "jeglich" is no "je glich"
        if len(left) == 2 and (_affix_like(left, True) or not frequent_right):
            continue
        # a noun made of a verb ("zum Rechthaben", "Branntweintrinken"): a capitalised token mid-sentence
        # ending in an infinitive that the lexicon knows as a noun
        if (part[0].isupper() and not at_start and right.endswith("n")
                and nouns.analyses(right[0].upper() + right[1:])):
            continue
        # a noun run into a function word ("Universumist"): the noun is one of the lexicon ("Haust|hier" is no
        # noun), no surname, and the function word no common word ending ("Eichwal|der")
        # ("Siedie": a capitalised pronoun is a function word too)
        # a noun with its linking s before a noun ("Ertrags|plus" like "Umsatzplus"): a compound hunspell lacks
        if part[0].isupper() and left.endswith("s") and nouns.analyses(left[:-1]) and not function_word(right) \
                and nouns.analyses(right[0].upper() + right[1:]) and lexicon.zipf_de(right) < LINKED_NOUN_MAX_ZIPF:
            continue
        # … or a noun and a noun German text has as one word ("Schub|leichter", a barge, no "Schub leichter")
        if part[0].isupper() and len(left) >= 4 and not function_word(left) and nouns.analyses(left) \
                and nouns.analyses(right[0].upper() + right[1:]) \
                and lexicon.zipf_de(part.lower()) >= SEEN_COMPOUND_MIN_ZIPF:
            continue
        # … or a noun and a noun that starts with the s ("Casino|steuer" is no "Casinos teuer")
        if part[0].isupper() and left.endswith("s") and nouns.analyses(left[:-1]) \
                and nouns.analyses("S" + right) and len(right) >= 4:
            continue
        noun_left = (not left[0].isupper() or at_start or function_word(left) or (
            len(left) >= 4 and not name_run and (nouns.analyses(left) or not lexicon.is_german(left.lower()))))
        if frequent_right and right_word and len(left) >= 3 and noun_left and (
                closed_left or not (len(right) == 3 and _affix_like(right, False))) and (
                # a frequent word that cannot end a compound ("wird", "ist", "im"): one that can would make a
                # compound ("Studentenleben"), unless the first part cannot begin one ("Wirhaben") or the token
                # is written lower-case, as no noun is ("realisiertwerden")
                not _ends_compounds(right) or function_word(left) or part.islower()) and (
                # after a verb prefix only the most frequent words ("zusammengedacht" is a verb) or an inflected
                # adjective, which no verb is made of ("nach|eigenen")
                not verb_prefix(left) or lexicon.zipf_de(right) >= TOP_MIN_ZIPF or _inflected_adjective(right)):
            out.append((lexicon.zipf_de(right) + lexicon.zipf_de(left.lower()), f"{left} {right}"))
        elif (frequent_right and not right_word and len(left) >= 5 and len(right) <= 4
              and not lexicon.is_english(right) and lexicon.zipf_de(right) > lexicon.zipf_en(right)
              and not lexicon.is_german(right[0].upper() + right[1:]) and not _affix_like(right, False)):
            # an abbreviation glued on ("Sozialleistungenusw"): frequent in German text, unknown to hunspell in
            # any case (a noun written lower-case, "kopf", makes a compound), and no common word ending ("-ner")
            out.append((lexicon.zipf_de(right), f"{left} {right}"))
        elif function_left and function_word(left) and (len(right) >= 3 or frequent_right) and (
                right_word or _noun_only(right)):
            fixed = right[0].upper() + right[1:] if _noun_only(right) else right
            out.append((lexicon.zipf_de(right) + lexicon.zipf_de(left.lower()), f"{left} {fixed}"))
    out.sort(reverse=True)
    return out


_CONJUNCTION_OF_PREPOSITION = {"indem": "in dem", "seitdem": "seit dem", "nachdem": "nach dem",
                               "vordem": "vor dem"}   # (the old adverb "vordem", formerly)


def conjunction_for_preposition(ctx: Context, i: int, part: str) -> str | None:
    """A conjunction made of a preposition and "dem" before a bare singular count noun of the masculine or neuter
    ("sehen indem Auftrag ein Zeichen", "seitdem Angriff"): no clause opens with such a noun alone, so the two words
    apart ("in dem Auftrag"). Not before a plural or a mass noun, which may open the clause ("nachdem Regen
    einsetzte", "indem Experten warnen")."""
    from .agreement import _mass_noun   # (agreement's importers import this module)

    toks = ctx.doc.tokens
    apart = _CONJUNCTION_OF_PREPOSITION.get(part)
    if apart is None or part != toks[i].text or i + 1 >= len(toks) or not ctx.adjacent(i, i + 1):
        return None
    noun = toks[i + 1].text
    # (a compound the lexicon lacks read through its head: "vordem Werkstor")
    analyses = nouns.analyses(noun) or nouns.analyses(nouns.head_of(noun) or "")
    feats = {f for _, f in analyses}
    if not noun[:1].isupper() or not feats & {"dat.sg.m", "dat.sg.n"} or any(f.endswith(".pl") for f in feats) \
            or _mass_noun(noun, analyses, "dat", 2.0):
        return None
    # (a clause that ends in a verb is the conjunction's, its noun a mass noun the lexicon counts: "indem Quellcode
    # einheitlich formatiert wird"; unless a finite verb stands before it, "haben seitdem Angriff … abgezogen")
    before = toks[i - 1].text if i > 0 else ""
    if not (before in _PARTICIPLE_FRAME or before in _INFINITIVE_FRAME):
        k = i + 2
        while k < len(toks) and toks[k].text not in _FRAME_CLAUSE_MARKS:
            k += 1
        last = toks[k - 1].text
        if last.islower() and (_nonfinite(last) or last in _PARTICIPLE_FRAME or last in _INFINITIVE_FRAME
                               or _finite_past_or_present(last)):
            return None
    return apart


_CLITIC_AFTER_VERB = frozenset("der die das den dem des ein eine einen einem einer es er sie man".split())


# strong preterites of verbs the calques' inflector does not list
_OTHER_STRONG_PRETERITES = frozenset(("hieß", "hießen", "stieß"))


def _finite_past_or_present(word: str) -> bool:
    """WORD is a finite verb form: a weak one's -t/-te (word_order.finite_verb), or a strong preterite, plain or
    behind a prefix ("nahm", "übernahm", "hieß")."""
    from .calques import _prefixed_preterite, strong_preterites
    from .word_order import finite_verb   # (word_order imports modules that import this one)

    return finite_verb(word) or word in strong_preterites() or _prefixed_preterite(word) \
        or word in _OTHER_STRONG_PRETERITES


_GLUED_PREPOSITIONS = frozenset(("in", "an", "auf", "aus", "bei", "mit", "nach", "von", "für", "über", "unter"))
_GLUED_CONJUNCTIONS = frozenset(("und", "oder"))


def _measure_word(word: str) -> bool:
    """WORD is a unit or measure German writes before what it measures ("Tonnen", "Liter")."""
    from .formats import unit_words   # (formats imports this module's importers)

    return word in unit_words()


def _capitalised_after(ctx: Context, i: int) -> bool:
    """A capitalised word (a noun, a name, a determiner opening a phrase) or a number, in digits or in words,
    follows token I ("Kaufverträge|für zwölf Flugzeuge")."""
    toks = ctx.doc.tokens
    # (or "mehr als", "weniger als" before a number: "einen Marktanteil|von mehr als 60 Prozent")
    return i + 1 < len(toks) and ctx.adjacent(i, i + 1) and (
        toks[i + 1].text[:1].isupper() or toks[i + 1].text[:1].isdigit()
        or determiner(toks[i + 1].text) is not None or toks[i + 1].text in CARDINALS
        or (toks[i + 1].text in ("mehr", "weniger") and i + 2 < len(toks) and toks[i + 2].text == "als"))


def _noun_after(ctx: Context, i: int) -> bool:
    toks = ctx.doc.tokens
    return i + 1 < len(toks) and ctx.adjacent(i, i + 1) and bool(nouns.analyses(toks[i + 1].text))


_DATIVE_PREPOSITIONS = frozenset(("mit", "aus", "bei", "von", "zu", "nach", "seit"))
# (the plurals in -en of the suffixes that always link with s: pseudo_english.LINKED_SUFFIXES)
_LINKED_PLURALS = tuple(s + "en" for s in ("ung", "heit", "keit", "schaft", "ion", "tät"))
_CONTRACTIONS_FUSED = frozenset(("im", "am", "vom", "zum", "zur", "beim", "ins"))
INFLECTED_FUSED_MIN_ZIPF = 2.5   # a common adjective form ("billigem" 2.6, "neuen" 5.0)
PAST_FUSED_MIN_ZIPF = 3.0   # a common verb form ("kündigte" 3.9, "teilte" 4.1)


def _past_of_weak_verb(word: str) -> bool:
    """WORD is a weak verb's past ("kündigte", "teilten"; a stem in -t or -d with its e, "berichteten"), by the verb
    hunspell knows for its stem."""
    stems = [word[:-3] if word.endswith("ten") else word[:-2]]
    if word.endswith(("tete", "teten", "dete", "deten")):
        stems.append(word[:-4] if word.endswith("eten") else word[:-3])
    return any(len(stem) >= 3 and (lexicon.is_german(stem + "en") or (stem.endswith(("el", "er"))
                                                                       and lexicon.is_german(stem + "n")))
               for stem in stems)


# derivational endings of adjectives: German joins no such adjective to a participle or another adjective
# ("sichtbar erschöpft", "deutlich höher"); short plain ones it does ("schwerverletzt", "hochbegabt")
_DERIVED_ADJECTIVE = ("bar", "lich", "ig", "isch", "sam", "haft")
_ADVERB_SUFFIXES = ("weise", "erweise", "mal", "falls", "seits")
# heads German joins to an adjective of a people or a language as half a suffix ("türkischstämmig", "russischsprachig")
_ADJECTIVE_HEADS = ("stämmig", "sprachig")


def derived_adverb_fused(part: str) -> str | None:
    """A lower-case word that is a derived adjective run into a German word of five letters or more
    ("sichtbarerschöpft" -> "sichtbar erschöpft", "deutlichbesser"): "left right". Not before an adverb suffix
    ("möglicherweise", "gleichfalls") or a half suffix ("aserbaidschanischstämmig")."""
    if not part.islower() or len(part) < 11:
        return None
    for k in range(6, len(part) - 4):
        left, right = part[:k], part[k:]
        if not left.endswith(_DERIVED_ADJECTIVE) or right.startswith(_ADVERB_SUFFIXES + _ADJECTIVE_HEADS):
            continue
        if lexicon.is_german(left) and lexicon.is_german(right) and not _suffix(right) \
                and not nouns.analyses(right[0].upper() + right[1:]) and _in_use_inflected(right):
            return f"{left} {right}"
    return None


def _in_use_inflected(word: str) -> bool:
    """German text uses WORD, or the adjective or participle it inflects ("wiederaufgebautes": "wiederaufgebaut")."""
    stem = adjective_stem(word) if word.endswith(("e", "en", "er", "es", "em")) else None
    return lexicon.zipf_de(word) >= 2.5 or (stem is not None and lexicon.zipf_de(stem) >= 2.5)


def _zu_infinitive(part: str) -> str | None:
    """An infinitive with "zu" run into the word before it: "zuschützen" -> "zu schützen", "Berufungeinzulegen" ->
    "Berufung einzulegen" (the infinitive of a separable verb holds its "zu": "einzulegen")."""
    if part.startswith("zu") and part[2:].islower() and len(part) > 6 and part[2:].endswith(("en", "ern", "eln")) \
            and lexicon.is_german(part[2:]) and lexicon.zipf_de(part[2:]) >= 2.5:
        return f"zu {part[2:]}"
    for k in range(4, len(part) - 6):
        left, right = part[:k], part[k:]
        z = right.find("zu", 1)
        if not right.islower() or z < 1 or z > 5 or not right.endswith(("en", "ern", "eln")):
            continue
        # "einzulegen": a verb prefix, "zu", an infinitive; both it and the word before are German
        if lexicon.is_german(right) and lexicon.is_german(right[:z] + right[z + 2:]) and lexicon.is_german(left) \
                and (nouns.analyses(left) if left[0].isupper() else True):
            return f"{left} {right}"
    return None


TRUNCATED_FIRST_MIN_ZIPF = 3.0


def _first_part_zipf(left: str) -> float:
    """How common a compound's first part is in German text, as written, with its final e or without its
    linking s ("Stimm" -> "Stimme", "Mannschafts" -> "Mannschaft"); the last part of a compound first part counts
    ("Finanzierungs" -> "Finanzierung")."""
    low = left.lower()
    forms = [low, low + "e"] + ([low[:-1]] if low.endswith("s") else [])
    head = nouns.head_of(left[:-1] if low.endswith("s") else left)
    if head:
        forms.append(head.lower())
    return max(lexicon.zipf_de(f) for f in forms)


def _fits_determiner(noun: str, det_feats, analyses=nouns.analyses) -> bool:
    """A determiner whose readings are DET_FEATS ("dat.pl.m", …) fits one of NOUN's readings by ANALYSES."""
    return bool(det_feats) and bool(set(det_feats) & {f for _, f in analyses(noun)})


def _truncated_compound(part: str, det_feats=None) -> str | None:
    """A compound cut short ("Stimmauszähl" for "Stimmauszählung"): a noun's compound stem ("Stimm" of "Stimme")
    followed by the beginning of a frequent noun; the proposal joins the stem and that noun (in the form the
    determiner's DET_FEATS fit, where one does: "den Kundensyste" -> "Kundensystemen")."""
    # (not a word German text has: a brand's or a name's, "Ratiopharm")
    if not part[:1].isupper() or not part[1:].islower() or len(part) < 9 or lexicon.zipf_de(part.lower()) > 0:
        return None
    for k in range(4, len(part) - 2):
        left, right = part[:k], part[k:]
        if len(right) == 3 and not left.endswith("s"):
            continue   # (a stump of three letters only after a linking s: "Entlassungs|wel")
        if left.endswith("s") and lexicon.is_german_any_case("S" + right):
            continue   # (the s the head's own: "Statistik|satz")
        # (a noun with its linking s: "Oppositions|bünd")
        if not (lexicon.is_german(left) or (lexicon.is_german(left + "e") and nouns.analyses(left + "e"))
                or (left.endswith("s") and len(left) >= 6 and nouns.analyses(left[:-1]))):
            continue
        if lexicon.is_german_any_case(right) or lexicon.is_english(right.lower()):
            continue  # a word, not a stump ("Recht|haben", "User|space")
        if _first_part_zipf(left) < TRUNCATED_FIRST_MIN_ZIPF:
            continue  # a rare first part is a guess ("Equipe|ment" is French "Equipement", no "Equipementor")
        heads = [comp[0].upper() + comp[1:] for comp in _prefixed(right.lower(), 4, False)]
        # (first the heads of compounds German text has, the commonest first: "Entlassungswelle", no
        # "Entlassungswelt")
        found = {w: lexicon.zipf_de_uncached(left.lower() + w)
                 for w in _starting_with(_ranked_german()[0], right.lower()) if 0 < len(w) - len(right) <= 4}
        attested = sorted((w for w, z in found.items() if z > 0), key=lambda w: -found[w])
        heads = [h for h in dict.fromkeys([w[0].upper() + w[1:] for w in attested] + heads) if nouns.analyses(h)]
        if not heads or (len(right) == 3 and not attested):
            continue   # (a stump of three letters only towards a compound German text has: not "Kaminskas")
        # (the first noun's form the determiner fits, the shortest of them, where one does: "den Kundensyste" ->
        # "Kundensystemen", of "System"; of the nouns, the first one the determiner fits: "eine …initia" is an
        # "Initiative", no "Initiator")
        cap = right[0].upper() + right[1:]
        for head in heads if det_feats else heads[:1]:
            forms = [head] + [f for lem, _ in nouns.analyses(head) for fs in nouns.forms_of(lem).values()
                                for f in fs if f.startswith(cap)]
            fitting = [h for h in dict.fromkeys(forms) if _fits_determiner(h, det_feats)]
            if fitting:
                return left + sorted(fitting, key=len)[0].lower()
        return left + heads[0].lower()
    return None


ROLE_CUT_MAX_MISSING = 5   # letters a role noun may have lost ("Präsi|dent")


def _role_cut_short(ctx: Context, i: int, part: str) -> list[str]:
    """A compound for a person's role cut short before the person's name ("Verbandspräsi Nodar Chkheidze",
    "Landwirtschaftsminis Joseph Mwanza"): a German first part and the beginning of a role noun; the compounds of
    the first part and the role nouns that begin so (the masculine first), where the next word is a name (no
    German word)."""
    from .transliteration import role_word   # (transliteration imports this module's importers)

    toks = ctx.doc.tokens
    if not (part[:1].isupper() and part[1:].islower() and 8 <= len(part) <= lexicon.MAX_WORD_LEN) \
            or lexicon.zipf_de(part.lower()) > 0 \
            or lexicon.is_german_any_case(part) or i + 1 >= len(toks) or not ctx.adjacent(i, i + 1):
        return []
    name = toks[i + 1].text
    if not (name[:1].isupper() and name[1:].islower() and name.isalpha()) or lexicon.is_german_any_case(name) \
            or lexicon.is_english(name.lower()):
        return []
    for k in range(len(part) - 3, 3, -1):
        left, right = part[:k], part[k:]
        if not (lexicon.is_german(left) or (left.endswith("s") and nouns.analyses(left[:-1]))) \
                or lexicon.is_german_any_case(right):
            continue
        roles = sorted({w for w in _prefixed(right.lower(), ROLE_CUT_MAX_MISSING, False) if role_word(w.capitalize())},
                       key=lambda w: (len(w), w))
        if roles:
            return [left + w for w in roles]
    return []


TRUNCATED_NOUN_MIN_ZIPF = 3.5   # the whole noun is a common one ("Infrastruktur" 4.6)
TRUNCATED_MAX_MISSING = 4


@lru_cache(maxsize=1)
def _common_words() -> list[str]:
    return sorted(lexicon.frequent_german(TRUNCATED_NOUN_MIN_ZIPF))


CUT_SHORT_MIN_ZIPF = 4.0   # the noun a letter longer is a very common one ("Mannschaft" 4.9)


def _verb_of_number(word: str, noun: str) -> bool:
    """WORD is a present verb form in the number of NOUN's nominative: a plural in -en whose -t singular German
    has too ("konzentrieren" after "Ermittler"), or a singular in -t whose plural in -en it has."""
    if not word.islower() or len(word) < 5 or not lexicon.is_german(word):
        return False
    feats = {f for _, f in nouns.analyses(noun) if f.startswith("nom.")}
    if word.endswith("en"):
        return lexicon.is_german(word[:-2] + "t") and any(f.endswith(".pl") for f in feats)
    return word.endswith("t") and lexicon.is_german(word[:-1] + "en") and any(".sg." in f for f in feats) \
        and not lexicon.is_german(word[:-1])


def cut_short(part: str) -> str | None:
    """A word German text never has, one letter short of a very common noun ("Mannschaf" for "Mannschaft", which
    the lexicon would read as "Mann|schaf"): the noun, where there is one such."""
    low = part.lower()
    if not part[:1].isupper() or not part[1:].islower() or not 7 <= len(part) <= lexicon.MAX_WORD_LEN \
            or lexicon.zipf_de(low) > 0:
        return None
    whole = [part + c for c in "abcdefghijklmnopqrstuvwxyzäöüß"
             if lexicon.zipf_de(low + c) >= CUT_SHORT_MIN_ZIPF and nouns.analyses(part + c)]
    return whole[0] if len(whole) == 1 else None


_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "tät")
_PARTICIPLE_STARTS = ("ge", "be", "ver", "er", "zer", "ent", "emp")
LOST_LETTER_STUMP_MAX_ZIPF = 3.0   # "veröffentlich" 2.8 (broken lines), "veröffentlicht" 4.9
LOST_LETTER_MARGIN = 1.0   # of two words a letter longer, the one this much commoner ("veröffentlicht" 4.5)
LOST_LETTER_MIN_ZIPF = 1.0   # the whole word is one German text has ("Schlichterin" 1.1, "Beladung" 2.7)


def last_letter_lost(part: str) -> str | None:
    """A word no dictionary knows and German text never has, whose last letter was lost ("Beladun", "Schlichteri",
    "vorgestell"): the one word of German a letter longer, in the same case (a noun where it is capitalised)."""
    low = part.lower()
    if not 7 <= len(part) <= lexicon.MAX_WORD_LEN or not part[1:].islower() or not part.isalpha() \
            or lexicon.zipf_de(low) > LOST_LETTER_STUMP_MAX_ZIPF or lexicon.is_german(part) or lexicon.is_english(low):
        return None
    capital = part[0].isupper()
    # (not the old dative -e, "im Abendkleide", nor a letter too many, "Erkenntniss", nor a verb's stem as an
    # inflective, "zusammenzuck"; a participle cut short keeps its prefix: "veröffentlich")
    if lexicon.is_german(part[:-1]) or (
            not capital and lexicon.is_german(low + "en") and not low.startswith(_PARTICIPLE_STARTS)):
        return None
    whole = [part + c for c in "abcdefghijklmnopqrstuvwxyzäöüß"
             if lexicon.zipf_de(low + c) >= LOST_LETTER_MIN_ZIPF and lexicon.is_german(part + c)
             and (not capital or nouns.analyses(part + c) or (part + c).endswith(_NOUN_SUFFIXES))]
    whole.sort(key=lambda w: -lexicon.zipf_de(w.lower()))
    # (a stump German text has now and then, from words broken at a line's end, only before a far commoner word)
    if whole and lexicon.zipf_de(low) > 0 and lexicon.zipf_de(whole[0].lower()) - lexicon.zipf_de(low) < 1.5:
        return None
    # (the one word, or one far commoner than the others: "veröffentlicht", not "veröffentliche")
    if len(whole) == 1 or (len(whole) > 1 and lexicon.zipf_de(whole[0].lower())
                           - lexicon.zipf_de(whole[1].lower()) >= LOST_LETTER_MARGIN):
        return whole[0]
    return None


def _longer_nouns(words: list[str], low: str, compounds: bool = False):
    """The nouns the lexicon knows among WORDS (sorted, lower-case) that begin with LOW and have at most
    TRUNCATED_MAX_MISSING letters more, capitalised (with COMPOUNDS, also those whose last part it knows)."""
    for w in itertools.islice(words, bisect_left(words, low), None):
        if not w.startswith(low):
            break
        noun = w[0].upper() + w[1:]
        if 0 < len(w) - len(low) <= TRUNCATED_MAX_MISSING and (_noun_analyses(noun) if compounds
                                                                else nouns.analyses(noun)):
            yield noun


def truncated_noun(part: str, det_feats=None, participles: bool = False) -> str | None:
    """A noun cut short ("Infrastru" for "Infrastruktur"): the one common German noun that begins with the word
    and has at most a few letters more (all its forms one noun: "Infrastruktur", not "Infrastrukturen" too), or the
    one of them the determiner before it fits (DET_FEATS: "der Veranstalt" is "Veranstalter", no "Veranstaltung").
    A participle used as a noun counts only with PARTICIPLES."""
    low = part.lower()
    if not part[:1].isupper() or not part[1:].islower() or len(part) < 6 or lexicon.zipf_de(low) > 0 \
            or lexicon.is_german_any_case(part):
        return None
    # (not a participle used as a noun, "Verlängerte" for "Verläng": a cut noun is likelier "Verlängerung", which
    # may lie further off)
    found = [n for n in _longer_nouns(_common_words(), low)
             if participles or not (n.endswith(("te", "ten", "ene", "enen")) and lexicon.is_german(n.lower()))]
    lemmas = {lem for n in found for lem, _ in nouns.analyses(n)}
    if found and len(lemmas) > 1 and det_feats:
        found = [n for n in found if _fits_determiner(n, det_feats)]
        lemmas = {lem for n in found for lem, _ in nouns.analyses(n)}
    if not found or len(lemmas) != 1:
        return None
    # (of the noun's forms the one the determiner fits, "zu den Kundensyste" -> "Kundensystemen", and of those the
    # shortest, nearest the cut word: "der Gewerkschaf" -> "Gewerkschaft")
    fitting = [n for n in found if _fits_determiner(n, det_feats, _noun_analyses)]
    return min(fitting, key=len) if fitting else max(found, key=lambda n: lexicon.zipf_de(n.lower()))


STUMP_MAX_ZIPF = 2.0          # the written word is one German text hardly has ("Ergeb" 1.8: noise and hyphenation)
STUMP_NOUN_MIN_ZIPF = 3.0     # the noun it begins is a common one ("Eintrittskarte" 3.2, "Ergebnis" 5.0)
STUMP_MIN_GAIN = 1.5          # and far more common than the stump
STUMP_ONE_SHORT_MIN_ZIPF = 2.0   # a compound a letter longer German text has ("Saisonhöhepunkt" 2.5)
STUMP_COMMONER_GAP = 0.9   # of two nouns it begins, one this much commoner ("Entwicklung" 5.2, "Entwickler" 4.2)


@lru_cache(maxsize=1)
def _stump_nouns() -> list[str]:
    return sorted(w for w in lexicon.frequent_german(STUMP_NOUN_MIN_ZIPF) if w.isalpha())


def stump_after_determiner(ctx: Context, i: int, part: str) -> str | None:
    """A noun cut short right after its determiner or preposition ("das Ergeb", "nach Eintrittskart", "das
    Gebäu"): a word the noun lexicon lacks and German text hardly has, the beginning of one common noun at most
    four letters longer that the determiner (or the preposition's case) fits. Hunspell may build the stump as a
    compound ("Eintritts|kart"); the common noun it begins is the likelier reading. Not a name of the article."""
    toks = ctx.doc.tokens
    if i == 0 or not ctx.adjacent(i - 1, i) or len(part) < 5 or not part[0].isupper() or not part[1:].islower() \
            or nouns.analyses(part):
        return None
    if i + 1 < len(toks) and ctx.adjacent(i, i + 1) and toks[i + 1].text.isalpha() and toks[i + 1].text.islower() \
            and (lexicon.zipf_de(part.lower() + toks[i + 1].text) > 0
                 or (nouns.analyses(toks[i + 1].text[0].upper() + toks[i + 1].text[1:])
                     and not lexicon.is_german(toks[i + 1].text))):
        # a word split, its rest after it ("die Kundge bung", "die Abfang drohnen"): the split rules' to join
        return None
    after = ctx.doc.text[toks[i].end:toks[i].end + 3]
    if after.startswith(("…", "'", "’")) or after == "...":
        return None   # broken off on purpose ("die Kontinu..., äh"), or an elided e ("von Ursach' und Wirkung")
    before = toks[i - 1].text
    det = determiner(before)
    # (or the determiner before inflected adjectives: "eine gründliche Verantwort")
    d = i - 1
    while det is None and d > 0 and ctx.adjacent(d - 1, d) and toks[d].text.islower() \
            and toks[d].text.endswith(("e", "en", "er", "es", "em")) and lexicon.is_german(toks[d].text) \
            and adjective_stem(toks[d].text) and i - d <= 2:
        d -= 1
        det = determiner(toks[d].text)
    if det is None:
        d = i - 1   # (no determiner before the adjectives: the word before is all there is)
    cases = PREPOSITIONS.get(before.lower()) if det is None else None
    if det is None and before.lower() in CONTRACTIONS:
        det = contraction_determiner(before)   # a preposition and its article contracted ("zum Saisonhöhepunk")
    if det is None and (before in CARDINALS or (before.isdigit() and before != "1")) and before != "eins":
        det = COUNT_DETERMINER   # a count before it: a plural ("zwölf Satell" -> "Satelliten")
    if det is None and before.lower() in PLURAL_QUANTIFIERS:
        det = COUNT_DETERMINER   # … or a quantifier ("Viele Bewohn" -> "Bewohner")
    if not det and not cases:
        return None
    # an adjective in -bar, -lich, -ig, -sam, -haft capitalised in a noun's place, its noun in -keit or -heit cut
    # off ("Die Rückverfolgbar werde …" -> "Rückverfolgbarkeit")
    if det is not None and part.lower().endswith(("bar", "lich", "ig", "sam", "haft")) \
            and lexicon.is_german(part.lower()):
        # (a noun in -keit or -heit is feminine, whether or not the lexicon lists it)
        if not set(det[2]) & {"nom.sg.f", "akk.sg.f", "dat.sg.f", "gen.sg.f"}:
            return None
        return next((part + s for s in ("keit", "heit") if lexicon.zipf_de((part + s).lower()) > 0), None)
    if lexicon.zipf_de(part.lower()) >= STUMP_MAX_ZIPF:
        return None
    if lexicon.is_english(part.lower()) or part in names_in_article(ctx) or part in ctx.glossary.known_words:
        return None
    low = part.lower()
    found = []
    # (or a compound one letter short whose whole German text has, though rarer: "Saisonhöhepunk", which hunspell
    # cannot build, "Saison|höhe|punk" being no compound)
    # (not another form of the noun the word is: "Sicherheitsregel", "Sicherheitsregeln")
    own = {lem for lem, _ in _noun_analyses(part)}

    def fitting(noun: str) -> bool:
        from .agreement import _adj_fits   # (agreement imports this module's importers)

        feats = {f for _, f in _noun_analyses(noun)}
        shared = feats & set(det[2]) if det is not None else {f for f in feats if f.split(".")[0] in cases}
        # (and the adjectives between, where there are: "der große Philosophe" is no "Philosophen")
        return bool(shared) and all(_adj_fits(toks[a].text, det[0], shared) for a in range(d + 1, i))

    one_short = [part + c for c in "abcdefghiklmnoprstuz" if lexicon.zipf_de(low + c) >= STUMP_ONE_SHORT_MIN_ZIPF
                 and _noun_analyses(part + c) and lexicon.is_german(part + c)
                 and not own & {lem for lem, _ in _noun_analyses(part + c)}]
    for noun in dict.fromkeys(itertools.chain(_longer_nouns(_stump_nouns(), low, compounds=True), one_short)):
        if lexicon.zipf_de(noun.lower()) >= lexicon.zipf_de(low) + STUMP_MIN_GAIN and fitting(noun):
            found.append(noun)
    if not found:
        found = [n for n in _compound_stump_nouns(part) if fitting(n)]
    # (a verb's form used as a noun is a reading only where no noun proper is: "Verantwort" is "Verantwortung",
    # not "Verantworten")
    found = [n for n in found if not lexicon.is_german(n.lower())] or found
    found.sort(key=lambda n: -lexicon.zipf_de(n.lower()))
    lemmas_of = {n: frozenset(lem for lem, _ in _noun_analyses(n)) for n in found}
    lemmas = frozenset().union(*lemmas_of.values())
    # (of two nouns the determiner fits, the far commoner: "die Entwickl der Region" is "Entwicklung", 5.2, not
    # "Entwickler", 4.2; not where one of them lost a single letter only, "der Ideolog": "Ideologe")
    # (a noun one letter longer counts only where the determiner fits it: "24 Mitarbei" is no "Mitarbeit")
    if len(lemmas) > 1 and len(found) >= 2 and not any(fitting(n) for n in one_short) \
            and all(len(n) > len(part) + 1 for n in found) \
            and lexicon.zipf_de(found[0].lower()) - max(
            lexicon.zipf_de(n.lower()) for n in found[1:] if lemmas_of[n] != lemmas_of[found[0]]) \
            >= STUMP_COMMONER_GAP:
        return found[0]
    if len(lemmas) != 1:
        return None
    return found[0]


COMPOUND_STUMP_MIN_ZIPF = 1.5   # the compound a cut one is: German text has it ("Aufräumarbeiten" 2.9)


def _compound_stump_nouns(part: str) -> list[str]:
    """The compounds a cut compound may be ("Aufräumarbei" -> "Aufräumarbeit", "Aufräumarbeiten"): a first part of
    five letters or more that is a noun or a verb's stem (with a linking s), and a common noun beginning with the
    rest, of four letters or more; the whole a word German text has, the word as written none hunspell knows."""
    out = []
    if lexicon.is_german_any_case(part):
        return out   # (a word hunspell knows as written: "Himmelstür", "das Fernste")
    for k in range(len(part) - 4, 4, -1):   # (the longest first part first, of five letters or more; a rest of four)
        first, rest = part[:k], part[k:]
        stem = first[:-1] if first.endswith("s") else first
        # (a rest that is a word of its own is no stump: "Anlagenbau|bauer" is a syllable doubled)
        if not (nouns.analyses(stem) or lexicon.is_german(stem.lower() + "en")) \
                or nouns.analyses(rest.capitalize()) or lexicon.is_german(rest):
            continue
        for noun in _longer_nouns(_stump_nouns(), rest):
            whole = first + noun.lower()
            if lexicon.is_german(whole) and lexicon.zipf_de(whole.lower()) >= COMPOUND_STUMP_MIN_ZIPF:
                out.append(whole)
        if out:
            return out
    return out


DOUBLED_LAST_LETTER_MIN_ZIPF = 3.0   # the word without its doubled last letter is a common one ("China" 4.6)


def doubled_last_letter(part: str) -> str | None:
    """A word German text never has whose last letter is typed twice ("Chinaa", "Projektt"): the common word
    without it."""
    low = part.lower()
    # (the word a German one, not a name German text has, "Mikee" is no "Mike")
    if len(part) < 5 or low[-1] != low[-2] or lexicon.zipf_de(low) > 0 or lexicon.is_german_any_case(part) \
            or lexicon.zipf_de(low[:-1]) < DOUBLED_LAST_LETTER_MIN_ZIPF or not lexicon.is_german_any_case(part[:-1]):
        return None
    return part[:-1]


def participle_typed_twice(part: str) -> str | None:
    """A second person plural's preterite in -etet, which only "ihr" takes (the caller makes sure none stands in the
    sentence): the participle with its last two letters typed twice ("wurde um 15 Uhr verkündetet" -> "verkündet",
    "sind verschuldetet")."""
    low = part.lower()
    if len(part) < 7 or not low.endswith("etet") or lexicon.zipf_de(low[:-2]) < DOUBLED_LAST_LETTER_MIN_ZIPF \
            or not lexicon.is_german_any_case(part[:-2]):
        return None
    # (a participle of a verb whose stem ends in -et is no slip: "gebetet", "angebetet", "geknetet")
    ge = low.find("ge")
    if ge >= 0 and lexicon.is_german(low[:ge] + low[ge + 2:-2] + "en"):
        return None
    return part[:-2]


def misplaced_zu(part: str) -> str | None:
    """A zu-infinitive of a verb with two particles whose "zu" stands between them ("vorzuausfüllen"): German puts
    it between the whole particle chain and the verb ("vorauszufüllen"). The verb after the particles must be
    German ("füllen"), and the particles each one German separates ("vor", "aus")."""
    from .calques import SEPARABLE   # (calques imports this module's importers)

    low = part.lower()
    k = low.find("zu", 2)
    if not part.islower() or k < 0 or lexicon.is_german(low):
        return None
    rest = low[:k] + low[k + 2:]
    chain = ""
    while True:
        p = next((p for p in SEPARABLE if rest[len(chain):].startswith(p) and p != "zu"
                  and len(rest) - len(chain) - len(p) >= 4), None)
        if p is None:
            break
        chain += p
        verb = rest[len(chain):]
        if k < len(chain) and verb.endswith(("en", "ern", "eln")) and lexicon.is_german(verb) \
                and lexicon.zipf_de(verb) > 0:
            return chain + "zu" + verb
    return None


def _noun_analyses(noun: str):
    """The lexicon's readings of NOUN, or of its last part where the lexicon lacks the compound ("Warteliste")."""
    found = nouns.analyses(noun)
    if found:
        return found
    head = nouns.head_of(noun)
    return nouns.analyses(head) if head and head != noun else ()


# a word whose second letter took the case the first should have ("TIcketpreise", "bLitzturnier")
SHORT_SLIP_MIN_ZIPF = 5.5   # "der" 7.4, "und" 7.5, "sich" 6.6
CASE_SLIP_NOUN_MIN_ZIPF = 3.5   # a common German noun English has too ("Opposition" 4.3)
_CASE_SLIP_RE = re.compile(r"[A-ZÄÖÜ]{2}[a-zäöüß]{3,}|[a-zäöü][A-ZÄÖÜ][a-zäöüß]{3,}")
# (four letters, a small one first, only as a common noun's: "kLub" -> "Klub"; not "eBay", "iPad")
_SHORT_CASE_SLIP_RE = re.compile(r"[a-zäöü][A-ZÄÖÜ][a-zäöüß]{2}")
SHORT_SLIP_NOUN_MIN_ZIPF = 3.5   # "Klub" 4.2
# (every letter's case turned, as with Caps Lock on: "bANK")
CAPS_LOCK_RE = re.compile(r"[a-zäöü][A-ZÄÖÜ]{2,}")


def case_slip(part: str) -> str | None:
    """The German word a slip of the shift key made of PART ("TIcketpreise" -> "Ticketpreise", "bLitzturnier" ->
    "Blitzturnier", "vErhandelt" -> "verhandelt"): neither an acronym before a word ("ITler") nor a brand ("eBay",
    "iPhone"), whose repaired spelling German does not have."""
    low = part.lower()
    # (a short frequent word too, an article or a conjunction: "DEr Stadtrat", "UNd"; no acronym is one)
    if 3 <= len(part) <= 4 and part[:2].isupper() and part[2:].islower() and lexicon.is_german(low) \
            and lexicon.zipf_de(low) >= SHORT_SLIP_MIN_ZIPF and lexicon.zipf_de(low) > lexicon.zipf_en(low):
        return low   # (capitalised again at a sentence's start by the caller)
    noun = part[0].upper() + part[1:].lower()
    if CAPS_LOCK_RE.fullmatch(part):
        # every letter's case turned, as with Caps Lock on ("bANK" -> "Bank", "uND" -> "und"): a common German
        # noun, or a word German has more often than English
        if lexicon.zipf_de(low) < CASE_SLIP_NOUN_MIN_ZIPF:
            return None
        if nouns.analyses(noun):
            return noun
        return low if lexicon.is_german(low) and lexicon.zipf_de(low) > lexicon.zipf_en(low) else None
    if _SHORT_CASE_SLIP_RE.fullmatch(part):
        return noun if nouns.analyses(noun) and lexicon.zipf_de(low) >= SHORT_SLIP_NOUN_MIN_ZIPF \
            and lexicon.zipf_de(low) > lexicon.zipf_en(low) else None
    # (an English word or brand: "eBay", "iPhone"; not a common German noun English has too after a small first
    # letter, "oPposition", or after two capitals, "BUdget", unless the first is a letter German joins with a
    # hyphen: "EMail" is a way of writing "E-Mail", no "Email")
    if not _CASE_SLIP_RE.fullmatch(part) or (lexicon.zipf_en(low) > lexicon.zipf_de(low) and not (
            (part[0].islower() or (part[:2].isupper() and not lexicon.is_german(part[0] + "-" + part[1:])))
            and nouns.analyses(noun) and lexicon.zipf_de(low) >= CASE_SLIP_NOUN_MIN_ZIPF)):
        return None
    # (a noun, or a name hunspell knows only capitalised: "LEttland" -> "Lettland"; or a compound of a noun German
    # text has, which hunspell does not build: "BErnsteinperlen")
    if nouns.analyses(noun) or (lexicon.is_german(noun) and (nouns.head_of(noun) or not lexicon.is_german(low))) \
            or (nouns.head_of(noun) and lexicon.zipf_de(low) > 0):
        return noun
    # (or a compound of German words neither hunspell nor German text has, after two capitals whose rest is no
    # word: "KAthodenhersteller"; not an acronym before a word, "KIgestützt", "ITsicherheit")
    if part[:2].isupper() and wordformation.explain(noun) == "a compound of German words" \
            and not lexicon.is_german_any_case(part[2:]) and nouns.head_of(part[2].upper() + part[3:]) is None:
        return noun
    if lexicon.is_german(low) and not nouns.analyses(noun) and nouns.head_of(noun) is None:
        return low   # (a word written small, its first capital or its second a slip: "PLötzlich", "vErhandelt")
    return None


# … or a capital inside a compound after a first part that is no word of its own ("SchulKlassen")
INNER_SLIP_COMMON_ZIPF = 4.0   # "Redaktion" 4.3 …
INNER_SLIP_GAP = 2.0           # … and 1.0 in English
_INNER_SLIP_RE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{2,})([A-ZÄÖÜ][a-zäöüß]{2,})")


def inner_case_slip(part: str) -> str | None:
    """A compound with a capital inside after a first part that is only a compound's ("SchulKlassen" ->
    "Schulklassen"): the compound, where German has it. A first part that is a word makes a brand's or an
    identifier's pair ("BahnCard", "LinuxTag"), which camel_fused weighs."""
    m = _INNER_SLIP_RE.fullmatch(part)
    if m is None:
        return None
    joined = m.group(1) + m.group(2).lower()
    # (a first part that is a word only where the whole is a very common German word English text hardly has:
    # "RedAktion" -> "Redaktion"; not "JavaScript", "PayPal", "BahnCard")
    de, en = lexicon.zipf_de(joined.lower()), lexicon.zipf_en(joined.lower())
    if (lexicon.is_german_any_case(m.group(1)) or lexicon.is_english(m.group(1).lower())) \
            and not (de >= INNER_SLIP_COMMON_ZIPF and de - en >= INNER_SLIP_GAP) \
            and not _german_nouns_joined(m.group(1), m.group(2), joined):
        return None
    return joined if lexicon.is_german(joined) and (nouns.analyses(joined) or nouns.head_of(joined)) else None


_COMPASS_POINTS = frozenset(("Nord", "Süd", "Ost", "West"))


def _german_nouns_joined(first: str, second: str, joined: str) -> bool:
    """FIRST and SECOND are German nouns, neither an English word, and JOINED is their compound with SECOND as its
    head ("ErsatzSatellit" -> "Ersatzsatellit", "SteuerBehörden"): a capital slipped inside a German compound.
    Brands pair an English or a made-up part ("BahnCard", "PayPal", "LinuxTag"); a key's name a noun and a word
    German writes small too ("PfeilHoch"); a point of the compass first is a brand's style ("NordMarkt", "SüdLink")."""
    return len(first) >= 4 and len(second) >= 4 and first not in _COMPASS_POINTS and bool(nouns.analyses(first)) \
        and bool(nouns.analyses(second)) \
        and all(lexicon.zipf_en(w.lower()) < lexicon.zipf_de(w.lower()) for w in (first, second)) \
        and not lexicon.is_english(joined.lower()) and lexicon.is_german(joined) \
        and (bool(nouns.analyses(joined)) or nouns.head_of(joined) == second) and not lexicon.is_german(second.lower())


def camel_fused(part: str) -> str | None:
    """A word run into a capitalised word inside one token ("derKlang", "TausendJahre") -> "der Klang": prose,
    unlike an identifier ("getElementById", "JavaScript"), which has more capitals or is no pair of German words."""
    caps = [k for k in range(1, len(part)) if part[k].isupper()]
    # a preposition or an article run into an acronym ("zurEU", "dieNATO"), unlike "iOS", "eBay"
    if caps and len(caps) == len(part) - caps[0] and 2 <= len(part) - caps[0] <= 5 and part[:caps[0]].islower() \
            and (_joins_a_name(part[:caps[0]]) or part[:caps[0]] in _ARTICLES_BEFORE_ACRONYMS):
        return f"{part[:caps[0]]} {part[caps[0]:]}"
    if len(caps) != 1 or not part[caps[0] - 1].islower() or len(part) > lexicon.MAX_WORD_LEN:
        return None
    k = caps[0]
    left, right = part[:k], part[k:]
    if len(left) < 2 or len(right) < 3 or not right[1:].islower():
        return None
    # an article run into its noun ("desLandes"), whatever name English text has of the letters ("Deslandes")
    if left in _ARTICLES_BEFORE_ACRONYMS and len(right) >= 4 and nouns.analyses(right):
        return f"{left} {right}"
    # a product or program name is known to English or spelled as one word there ("JavaScript", "PowerPoint")
    if lexicon.is_english(part.lower()) or lexicon.zipf_en(part.lower()) > 0:
        return None
    if left in CARDINALS and nouns.analyses(right):
        return f"{left} {right}"   # a count run into its noun ("zweiTeams"), English loan or not
    # (a function word run into a compound the lexicon reads by its head: "Verträge undBankunterlagen")
    if left.islower() and function_word(left) and len(right) >= 6 and nouns.head_of(right):
        return f"{left} {right}"
    if left.islower() and len(right) >= 4 and _joins_a_name(left):
        return f"{left} {right}"   # "ausAlmaty", "zurAmberbank": a preposition run into a name
    # (an adjective in -isch of a place hunspell lacks before a noun: "belarussischeKulturministerium")
    if left.islower() and len(left) >= 7 and re.search(r"isch(?:e|en|er|es|em)$", left) and nouns.head_of(right):
        return f"{left} {right}"
    if not (lexicon.is_german(left) and lexicon.is_german(right)):
        return None
    # a noun or name first makes a brand or a compound with an inner capital ("LinuxTag", "BahnCard"); a word
    # that is written lower-case in running text makes prose ("derKlang", "TausendJahre")
    if left[0].isupper() and not lexicon.is_german(left.lower()):
        return None
    # an inflected adjective run into a noun is prose whatever the noun ("zweisprachigeVersion"): identifiers
    # have no German adjective endings
    # (also one whose stem drops an e, "teuren" of "teuer", before a compound the lexicon builds: "teurenWinterstrom")
    if left.islower() and len(left) >= 5 and adjective_stem(left) and (
            lexicon.is_german(adjective_stem(left))
            or (lexicon.is_german(left) and left.endswith(("en", "em", "er", "es")) and lexicon.zipf_de(left) >= 3.0)) \
            and (nouns.analyses(right) or (len(right) >= 6 and nouns.head_of(right))):
        return f"{left} {right}"
    # an English part makes a name or identifier ("LogLevel", "LinuxTag", "GatewayPorts"); a German function
    # word before the capital is prose whatever follows ("einemIndex")
    if (lexicon.zipf_en(left.lower()) >= lexicon.zipf_de(left.lower()) and not function_word(left)) or (
            not function_word(left) and lexicon.zipf_en(right.lower()) >= lexicon.zipf_de(right.lower())):
        return None
    # both parts real words of the running text, not letters of a name ("McDonald", "DiCaprio")
    # (a long lower-case first part or a long capitalised second part is a word of prose, however rare:
    # "zerquetschtenSchwarzen", "vonVertrauensgraden")
    if (lexicon.zipf_de(left.lower()) < 3.0 and not (left.islower() and len(left) >= 5)) or (
            lexicon.zipf_de(right.lower()) < 2.0 and len(right) < 6):
        return None
    return f"{left} {right}"


_ARTICLES_BEFORE_ACRONYMS = frozenset("der die das den dem des ein eine einen einem einer eines".split())


def _joins_a_name(left: str) -> bool:
    """LEFT is a preposition or a contraction with an article, which stands before names in prose ("aus",
    "zur", "im"); brands and identifiers begin otherwise ("myTaxi", "iPhone", "eBay")."""
    return (left in PREPOSITIONS or left in CONTRACTIONS) and len(left) >= 2


def _suspended_forms(ctx: Context, i: int, split: str) -> list[str]:
    """"Hafen- und", then "Hafen und", for a noun run into "und"/"oder" before a compound whose head makes a compound
    with it too ("Hafenund Bahnanlagen": Hafenanlagen): the first part of a suspended compound lost its hyphen."""
    left, _, right = split.partition(" ")
    toks = ctx.doc.tokens
    if right not in ("und", "oder") or not left[:1].isupper() or i + 1 >= len(toks) or not ctx.adjacent(i, i + 1):
        return []
    nxt = toks[i + 1].text
    for k in range(3, len(nxt) - 3):
        head = nxt[k:]
        if nxt[:1].isupper() and head.islower() and nouns.analyses(head.capitalize()) \
                and lexicon.is_german_any_case(nxt[:k]) and lexicon.is_german(left + head) and left + head != nxt:
            return [f"{left}- {right}", split]
    return []


def _beside_foreign_name(ctx: Context, i: int) -> bool:
    """A capitalised word German does not know stands right before or after token i: the two are a name. (A
    compound of German words is no such word: "Containerund Schüttgutterminals".)"""
    toks = ctx.doc.tokens
    return any(0 <= k < len(toks) and ctx.adjacent(min(i, k), max(i, k)) and toks[k].text[:1].isupper()
               and toks[k].text.isalpha() and not lexicon.is_german_any_case(toks[k].text)
               and not plausible_compound(toks[k].text) for k in (i - 1, i + 1))


def names_in_article(ctx: Context) -> frozenset[str]:
    """Capitalised words the article uses inside a run of capitalised words ("Kapitän Oleh Bondar"): at a
    sentence start elsewhere ("Bondar sprach …") they are the same name, not two words run together."""
    def compute() -> frozenset[str]:
        toks = ctx.doc.tokens
        return frozenset(t.text for k, t in enumerate(toks)
                         if t.text[:1].isupper() and t.is_alpha_word and k not in ctx.doc.sentence_starts
                         and in_name(ctx, k))
    return ctx.memo("garbled.names_in_article", compute)


def noun_article_fused(ctx: Context, i: int, part: str) -> str | None:
    """A noun run into the article of the noun after it ("bis Endedes Jahres" -> "Ende des"): the article fits
    the next noun, and the whole is no word."""
    from .agreement import noun_features   # (agreement imports this module's importers)

    toks = ctx.doc.tokens
    if part != toks[i].text or not part[:1].isupper() or len(part) < 6 or lexicon.is_german_any_case(part) \
            or lexicon.zipf_en(part.lower()) > 0 or i + 1 >= len(toks) or not ctx.adjacent(i, i + 1) \
            or not toks[i + 1].text[:1].isupper() or lexicon.is_english(toks[i + 1].text.lower()):
        return None   # (not an English word, "Feeder Services")
    for art in ("des", "der", "dem", "den"):
        noun = part[: -len(art)]
        if part.endswith(art) and len(noun) >= 3 and nouns.analyses(noun) and lexicon.is_german(noun) \
                and set(determiner(art)[2]) & noun_features(toks[i + 1].text)[1]:
            return f"{noun} {art}"
    return None


def conjunction_run_on(word: str) -> str | None:
    """A German word with "und" or "oder" run on ("Einkaufenund" -> "Einkaufen und"): the two words."""
    low = word.lower()
    return next((f"{word[:-len(c)]} {c}" for c in ("und", "oder")
                 if low.endswith(c) and len(low) - len(c) >= 4 and lexicon.is_german_any_case(word[:-len(c)])), None)


def garbled_word(ctx: Context, i: int, part: str) -> tuple[str, list[str], str] | None:
    """A fused or broken word: (message, proposals, severity) or None.

    Unknown compounds are everyday German ("Signaturalgorithmen"), so a word only counts as garbled when there is
    evidence against a compound (see the module's docstring). A camel-case token ("derKlang") is handled by
    camel_fused, which the caller asks when it sees prose rather than an identifier.
    """
    if len(part) < 5 or len(part) > lexicon.MAX_WORD_LEN:
        return None
    fused_article = preposition_article(ctx, i, part)
    if fused_article:
        return f"„{part}“ looks like two words run together", [fused_article], "error"
    article = noun_article_fused(ctx, i, part)
    if article:
        return f"„{part}“ looks like two words run together", [article], "error"
    conjunction = conjunction_run_on(part)
    if conjunction:   # (a suspended compound's first part where one follows: "Hafenund Bahnanlagen")
        return f"„{part}“ looks like two words run together", _suspended_forms(ctx, i, conjunction) or [conjunction], \
            "error"
    fused_particle = verb_particle_fused(part)
    if fused_particle:
        return f"„{part}“: a verb run into its particle", [fused_particle], "error"
    # a word the noun lexicon knows ("Erdumlaufbahn"), or one in the old spelling ("Selbstbewußtseins")
    cap = part[0].upper() + part[1:]
    if nouns.analyses(cap) or ("ß" in part and lexicon.is_german_any_case(part.replace("ß", "ss"))):
        return None
    # an English word ("Timer", "debug", "Installer") is for the English rule, not two German words
    if lexicon.is_english(part.lower()) or lexicon.is_english(part):
        return None
    # a whole word doubled ("Verbindung|verbindung") before a linking s that would make it a compound of itself
    whole = [f for f in _doubled(part) if len(part) - len(f) >= 5]
    if whole:
        return f"„{part}“: a word doubled", whole[:3], "error"
    at_end = _doubled_noun_at_end(part)   # (of a compound hunspell does not build: "Düngerkosten|kosten")
    if at_end:
        return f"„{part}“: a word doubled", [at_end], "error"
    at_start = _doubled_at_start(part)   # ("Verhand|verhandlungen")
    if at_start:
        return f"„{part}“: the word's start typed twice", [at_start], "error"
    # a syllable doubled that leaves a common word comes before a linking s ("Investit|ion|ionen": not
    # "Investitionsionen")
    doubled = _doubled(part)
    common = [f for f in doubled if lexicon.zipf_de(f.lower()) >= DOUBLED_END_MIN_ZIPF]
    if common:
        return f"„{part}“: a syllable doubled", common[:3], "error"
    linked = missing_linking_s(part) or missing_linking_s_in_use(part)
    if linked:
        return f"„{part}“: a compound with this first part takes a linking s", [linked], "error"
    unlinked = superfluous_linking_s(part)
    if unlinked:
        return f"„{part}“: a compound with this first part takes no linking s", [unlinked], "error"
    # a tripled letter is a typo, not two words: "dennnoch" -> "dennoch"
    triple = re.search(r"(\w)\1\1", part)
    if triple:
        fixed = part[: triple.start()] + part[triple.start() + 1:]
        if lexicon.is_german_any_case(fixed):
            return f"„{part}“: one letter too many", [fixed], "error"
    fixed = lost_third_letter(part)
    if fixed:
        return f"„{part}“: in a compound three equal letters stay", [fixed], "error"
    # a consonant doubled or lost in a long word ("Produktionshale", "Teilnehmerinen"): a slip, no stump or split
    from .spelling import consonant_corrections   # (spelling imports this module)
    slip = consonant_corrections(part) if part[:1].isupper() and lexicon.zipf_de(part.lower()) < 1.0 else ()
    if slip:
        return f"„{part}“ is not a word: „{slip[0]}“", list(slip), "warning"
    role = _role_cut_short(ctx, i, part)
    if role:   # "Verbandspräsi Nodar Chkheidze": a role cut short before a person's name
        return f"„{part}“ is not a word: the end of „{role[0]}“ is missing", role, "warning"
    # a capitalised word beside another may be a name ("Sabine Müllerhausen"): only a doubled syllable that leaves
    # a German word, or a second part that cannot end a compound, is evidence enough ("Schwaschwarze Loch")
    if part[0].isupper() and i in ctx.doc.sentence_starts and part in names_in_article(ctx):
        return None   # "Bondar sprach …" after "Kapitän Oleh Bondar": the name again
    name = part[0].isupper() and in_name(ctx, i)
    if name and lexicon.zipf_de(part.lower()) < 1.0 and _beside_foreign_name(ctx, i):
        # "an der Metrostation Kamennaja Gorka": a foreign name, no German words run together; but a German
        # compound cut short before a firm's name, which German text has whole ("der Betreibergesellsch Energia
        # Nord")
        truncated = _truncated_compound(part)
        if truncated and lexicon.zipf_de(truncated.lower()) > 0:
            return f"„{part}“ is not a word: the end of „{truncated}“ is missing", [truncated], "warning"
        return None
    zu = _zu_infinitive(part)
    if zu:
        return f"„{part}“ looks like two words run together", [zu], "error"
    if _english_verb_inflected(part):
        return None   # "performte" is "perform" with a German ending, no "per formte"
    adverb = derived_adverb_fused(part)
    if adverb:
        return f"„{part}“ looks like two words run together", [adverb], "error"
    fused = [s for _, s in _fused(ctx, i, part)]
    fused = [w for f in fused for w in (_suspended_forms(ctx, i, f) or [f])]
    fused = [f for f in fused if not _preposition_without_object(ctx, i, f)]
    if fused and all(f.split(" ")[-1] in PARTICLES for f in fused) and after_determiner(ctx, i) \
            and not _phrase_follows(ctx, i) and not _particle_closes_clause(ctx, i, fused):
        fused = []   # "das Transitab von 2003": after an article no verb particle, a compound cut short
    if doubled:
        return f"„{part}“: a syllable doubled", (doubled[:2] + fused)[:3], "error"
    if fused and part[:1].isupper() and i not in ctx.doc.sentence_starts \
            and not any(f.split(" ")[-1] in ("und", "oder", "sowie") for f in fused):
        # (a conjunction run on is no typo: "Einkaufenund Kochen")
        from .spelling import corrections   # (spelling imports this module)
        typo = [c for c in corrections(part) if nouns.analyses(c)]
        if typo:   # a noun one typing edit away ("Reederein": "Reedereien") is likelier than two words
            return f"„{part}“ is not a word: „{typo[0]}“ or two words run together", (typo + fused)[:3], "warning"
    if fused:
        return f"„{part}“ looks like two words run together", fused[:3], "error"
    if len(part) < 7 or name:
        return None
    subject_verb = _subject_run_into_verb(ctx, i, part)
    if subject_verb:
        return f"„{part}“ looks like two words run together", [subject_verb], "error"
    from .spelling import head_corrections   # (spelling imports this module)
    heads = head_corrections(part) if part[:1].isupper() and lexicon.zipf_de(part.lower()) < 1.0 else ()
    if heads:   # "Schweißnahten": a German first part and a misspelt last one
        return f"„{part}“: the last part of the compound is misspelt", list(heads[:3]), "warning"
    stacked = suffix_on_noun(part)
    if stacked:   # "Fördermittel|ung", "Umsatzeinbuß|ungen": a noun in use with a suffix stacked on it
        return f"„{part}“ is not a word: „{stacked}“ with a suffix stacked on it", [stacked], "warning"
    # the beginning of one common noun German text has, cut short ("Europameisterscha"): that noun, before any
    # reading as a compound and a fragment ("Europameister" + "schauen")
    # (not a sentence's full stop: "für Energie und Instandhalt." is cut short all the same)
    after = ctx.doc.text[ctx.doc.tokens[i].end:ctx.doc.tokens[i].end + 3]
    broken_off = after.startswith("…") or after == "..."

    prev = determiner(ctx.doc.tokens[i - 1].text) if i > 0 and ctx.adjacent(i - 1, i) else None
    whole = None if broken_off else truncated_noun(part, prev[2] if prev else None)
    if whole and len(whole) >= 12:
        return f"„{part}“ is not a word: the end of „{whole}“ is missing", [whole], "warning"
    fragment = []
    for k in range(5, len(part) - 2):
        left, right = part[:k], part[k:]
        if not left[0].isupper() or not lexicon.is_german(left) or not _starts_compounds(left):
            continue
        if lexicon.is_german_any_case(right):
            # a short word as the tail: hunspell could have built this compound and did not ("Terminplansteig")
            if len(right) <= SHORT_TAIL and lexicon.zipf_de(right.lower()) < 4.0 and _ends_compounds(right):
                fragment.append((k, left, right))
        elif (len(right) <= SHORT_TAIL or _completions(right)) and not _suffix(right):
            fragment.append((k, left, right))
    if fragment and not broken_off and not plausible_compound(part):
        # a compound with its linking s and a head cut short reads better than a word and a fragment that begins
        # with the s ("Landes|währ" -> "Landeswährung", not "Lande" + "swähr")
        truncated = _truncated_compound(part, prev[2] if prev else None)
        if truncated and any(right.startswith("s") and truncated.startswith(left + "s")
                             for _, left, right in fragment):
            return f"„{part}“ is not a word: the end of „{truncated}“ is missing", [truncated], "warning"
    if not fragment and not plausible_compound(part):
        # (a word broken off on purpose before an ellipsis is the writer's: "die Kontinu..., äh")
        truncated = _truncated_compound(part, prev[2] if prev else None) or whole
        if truncated:
            return f"„{part}“ is not a word: the end of „{truncated}“ is missing", [truncated], "warning"
        if not broken_off and truncated_noun(part, participles=True):
            # the beginning of a participle used as a noun only ("Verläng": "Verlängerte"): cut short, but the
            # noun meant may be a longer one ("Verlängerung"), so nothing is proposed
            return f"„{part}“ is not a word: a noun cut short", [], "warning"
    if not fragment or plausible_compound(part):
        return _cut_head(ctx, i, part)
    from .spelling import corrections
    if part[:1].isupper() and any(nouns.analyses(c) for c in corrections(part)):
        return None   # one typing edit from a frequent noun ("Exporteuere": Exporteure) is the speller's
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
    if not comps and (lexicon.zipf_de(left.lower()) == 0 or len(right) >= 5):
        # a first part German text never has alone is no proposal ("Kulturministery": "Kulturmini"); nor is a first
        # part without a long fragment that begins no German word, a foreign word's ("Mikrorajon": "Mikro")
        proposals = []
    # a fragment that begins a noun ("Hafenverwalt", "Wiederaufbaukonfer") is a compound cut short: the whole
    # compound comes first, and the noun is never proposed as a lower-case word of its own
    nouns_after = [c for c in comps if c.islower() and not lexicon.is_german(c) and nouns.analyses(c[0].upper() + c[1:])]
    if nouns_after and part[0].isupper():
        proposals = [left + c for c in nouns_after] + [p for p in proposals
                                                      if p.split(" ")[-1] not in nouns_after]
    # a fragment that is no word at all is a sure sign; one that is a word ("steig") makes a compound that
    # hunspell could have built but did not know: likely garbled, but an editor should look
    severity = "warning" if lexicon.is_german_any_case(right) else "error"
    return f"„{part}“ is not a word: „{left}“ followed by the fragment „{right}“", proposals[:3], severity


# noun suffixes a garbled word ends in, longest first ("igung" before "ung": "Verkehrsbeschränk|igung")
_STACKED_SUFFIXES = ("igungen", "igung", "ungen", "ung", "ereien", "erei", "igkeit", "keit")
STACKED_BASE_MIN_ZIPF = 1.0   # the noun under the suffix is one German text uses


def suffix_on_noun(part: str) -> str | None:
    """A long capitalised word hunspell and German text do not know that is a noun in use with a noun suffix
    stacked on it: the noun ("Fördermittel|ung" -> "Fördermittel", "Absatzmärkt|ung" -> "Absatzmärkte",
    "Zollabfertig|keit" -> "Zollabfertigung"). A real noun of the suffix as the last part ("Gastspiel|reihung":
    "Reihung") makes hunspell know the word, so it never gets here. The noun must be a compound, and no verb or
    adjective written small: a suffix on a verb's stem is a rare word's own derivation ("Durchschau|ung",
    "Halbier|erei", "Schleim|igkeit")."""
    if not part[:1].isupper() or len(part) < 10 or lexicon.is_german(part) or lexicon.zipf_de(part.lower()) > 0:
        return None
    for suffix in _STACKED_SUFFIXES:
        if not part.endswith(suffix):
            continue
        base = part[: -len(suffix)]
        for cand in (base, base + "e", base + "en", base + "n", base + "ung"):
            if len(cand) >= 6 and lexicon.zipf_de(cand.lower()) >= STACKED_BASE_MIN_ZIPF \
                    and not lexicon.is_german(cand.lower()) and _noun_compound(cand):
                return cand
    return None


def _noun_compound(word: str) -> bool:
    """WORD is a compound whose first part is no verb particle ("Förder|menge", "Absatz|märkte"; not
    "Durch|schau")."""
    head = nouns.head_of(word)
    if head is not None and head != word:
        return word[: len(word) - len(head)].lower() not in PARTICLES
    return plausible_compound(word)


def _inflected_adjective(word: str) -> bool:
    """WORD is an adjective with an ending ("eigenen", "neuen"), not also a verb's infinitive or preterite."""
    for end in ("en", "em", "er", "es", "e"):
        stem = word[: len(word) - len(end)]
        if word.endswith(end) and len(stem) >= 3 and lexicon.is_german(stem) and lexicon.is_german(stem + "er") \
                and lexicon.is_german(stem + "es") and not lexicon.is_german(stem + "te"):
            return True
    return False


_BOUND_PREFIXES = frozenset(("ver", "zer", "ent"))


def prefix_apart(ctx: Context, i: int, part: str) -> tuple[int, str] | None:
    """(end of the span, the joined word) for an inseparable prefix written apart from its verb ("ver doppeln" ->
    "verdoppeln"): the prefix is no word of its own; joined, the two are a German word."""
    toks = ctx.doc.tokens
    if part.lower() not in _BOUND_PREFIXES or part != toks[i].text or i + 1 >= len(toks) \
            or not ctx.adjacent(i, i + 1):
        return None
    nxt = toks[i + 1].text
    joined = part + nxt
    if not nxt.isalpha() or not nxt.islower() or not lexicon.is_german(joined) or lexicon.zipf_de(joined.lower()) == 0:
        return None
    return toks[i + 1].end, joined


# separable prefixes that are no adjective (which German also writes apart: "hoch liegen", "fest binden") and no
# infinitive's "zu": apart from their verb only by mistake
_PARTICLES_APART = frozenset("statt teil zurück vorbei voran hinzu heim empor ab an auf aus bei ein mit nach vor "
                             "weg fort los her hin dar".split())
_CLAUSE_END = frozenset(",.;:!?–")
_AUXILIARIES = frozenset("hat habe haben hast hatte hatten ist sind bin bist war waren wird werden wurde wurden kann "
                         "können konnte konnten will willst wollen wollte muss müssen musste soll sollen sollte darf "
                         "dürfen mag".split())


def particle_apart(ctx: Context, i: int, part: str) -> tuple[int, str] | None:
    """(end of the span, the joined word) for a separable prefix written apart from its finite verb at the end of a
    clause ("die zum siebten Mal statt fand," -> "stattfand"): German writes the verb last as one word. Not a
    postposition ("der Reihe nach kamen") nor "von … an/aus/ab"."""
    toks = ctx.doc.tokens
    if part not in _PARTICLES_APART or part != toks[i].text or i + 2 >= len(toks) or not ctx.adjacent(i, i + 1) \
            or toks[i + 2].text not in _CLAUSE_END:
        return None
    verb = toks[i + 1].text
    joined = part + verb
    if not (verb.isalpha() and verb.islower() and lexicon.is_german(verb) and lexicon.is_german(joined)
            and lexicon.zipf_de(joined) > 0) or nouns.analyses(joined[0].upper() + joined[1:]):
        return None
    # the verb's finite form: a strong preterite or a weak ending ("fand", "nahm", "kaufte", "stellt"); no
    # participle or adjective ("aus gesprochenen [Worten]", "nach und nach gesucht", "mit aufgenommen": "also"),
    # no auxiliary ("weg ist", "los werden")
    from .calques import strong_preterites   # (calques imports this module's importers)
    if (verb not in strong_preterites() and not verb.endswith(("t", "te", "ten", "tet", "en", "st"))) \
            or verb.startswith("ge") or verb.startswith(tuple(_PARTICLES_APART)) or verb in _AUXILIARIES:
        return None
    before = [t.text for t in toks[max(0, i - 3):i]]
    # ("von … aus", "von … an" across a place's phrase: "von Baikonur in Kasachstan aus fliegen")
    clause = []
    for t in reversed(toks[max(0, i - 8):i]):
        if t.text in (",", ".", ";", ":", "!", "?"):
            break
        clause.append(t.text)
    if "von" in before or (part in ("aus", "an", "ab") and "von" in clause) \
            or (i > 0 and toks[i - 1].text[:1].isupper() and part == "nach"):
        return None
    # ("hin und her", "auf und ab", "ein und aus": a pair of adverbs, no particle of the verb)
    if i >= 2 and toks[i - 1].text == "und" and toks[i - 2].text in _PARTICLES_APART | {"hin"}:
        return None
    return toks[i + 1].end, joined


ADVERB_APART_MIN_ZIPF = 4.0   # "gleichzeitig" 5.1, "nichtsdestotrotz" 3.6
ADVERB_APART_GAP = 1.0        # the whole far commoner than its second piece: "zeitig" 3.3


def adverb_apart(ctx: Context, i: int, part: str) -> tuple[int, str] | None:
    """(end of the span, the joined word) for a common adverb or adjective written as two words that are each a
    word ("gleich zeitig" -> "gleichzeitig"): German text has the whole far more often than its second piece, and
    the first is no function word or particle, whose pairs are phrases too ("so fort", "an deren", "das selbe")."""
    toks = ctx.doc.tokens
    if part != toks[i].text or i + 1 >= len(toks) or not ctx.adjacent(i, i + 1) or not part.islower() \
            or len(part) < 3 or part in _PARTICLES_APART or part == "zu" or function_word(part):
        return None
    nxt = toks[i + 1].text
    joined = part + nxt
    if not (nxt.isalpha() and nxt.islower() and len(nxt) >= 3 and lexicon.is_german(nxt)
            and lexicon.is_german(joined)) or nouns.analyses(joined[0].upper() + joined[1:]):
        return None
    zipf = lexicon.zipf_de(joined)
    if zipf < ADVERB_APART_MIN_ZIPF or zipf < lexicon.zipf_de(nxt) + ADVERB_APART_GAP:
        return None
    return toks[i + 1].end, joined


# particles that are no adjective, preposition or adverb of their own before an infinitive or participle (not
# "frei lassen", "mit genommen": "also", "an gesprochenen"), and "bereit", whose phrase with "erklären" the joined
# word's rarity keeps apart
_PURE_PARTICLES = frozenset("statt teil zurück vorbei voran hinzu heim empor fort dar bereit heraus hinaus herein "
                            "hinein herunter hinunter herauf hinauf herbei nieder".split())
_NONFINITE_AUXILIARIES = frozenset(("sein", "werden", "haben", "gewesen", "geworden", "worden"))
_AUXILIARIES_AFTER = frozenset("hat haben hatte hatten ist sind war waren wird werden wurde wurden worden".split())


def particle_before_nonfinite(ctx: Context, i: int, part: str) -> tuple[int, str] | None:
    """(end of the span, the joined word) for a separable particle written apart from its infinitive or participle
    ("etwas zurück geben", "bereit gestellt werden" -> "zurückgeben", "bereitgestellt"): German writes them as one
    word wherever they stand. Not before an auxiliary ("bereit sein"), nor where German text never has the joined
    word ("bereit erklärt")."""
    toks = ctx.doc.tokens
    # ("mit" too before a bare participle and its auxiliary, where it is no preposition: "der die Proteste mit
    # organisiert hat"; "mit geteilten Meinungen" is one)
    with_aux = part == "mit" and i + 2 < len(toks) and toks[i + 1].text.endswith("t") \
        and toks[i + 2].text in _AUXILIARIES_AFTER
    if part not in _PURE_PARTICLES and part != "weg" and not with_aux or part != toks[i].text or i + 1 >= len(toks) \
            or not ctx.adjacent(i, i + 1):
        return None
    # ("weg" the adverb of a distance stays apart: "ein weit weg gelegenes Dorf")
    if part == "weg" and i > 0 and toks[i - 1].text.lower() in ("weit", "ganz", "fern", "sehr", "so"):
        return None
    # (a particle opening a clause is an adverb before the finite verb: "…; hinzu kommen Kosten")
    if i == 0 or i in ctx.doc.sentence_starts or toks[i - 1].text in (",", ";", ":", "(", "–", "—", "und", "oder"):
        return None
    verb = toks[i + 1].text
    # (a zu-infinitive: "zurück zu gewinnen" -> "zurückzugewinnen")
    if verb == "zu" and i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) and toks[i + 2].text.isalpha() \
            and toks[i + 2].text.islower() and toks[i + 2].text.endswith(("en", "ern", "eln")) \
            and toks[i + 2].text not in _NONFINITE_AUXILIARIES:
        joined = part + "zu" + toks[i + 2].text
        if lexicon.is_german(joined) and lexicon.zipf_de(joined) >= 1.0:
            return toks[i + 2].end, joined
        return None
    joined = part + verb
    if not (verb.isalpha() and verb.islower() and lexicon.is_german(verb)) \
            or verb in _NONFINITE_AUXILIARIES or verb in _AUXILIARIES \
            or not (lexicon.is_german(joined) and lexicon.zipf_de(joined) >= 1.0) \
            or nouns.analyses(joined[0].upper() + joined[1:]):
        return None
    from .word_order import finite_verb   # (word_order imports modules that import this one)
    # an infinitive, which has a form in -t ("geben": gebt; no pronoun, "statt dessen": "desst", nor a plural noun
    # written small) or a participle in ge- ("gestellt"; no finite "geht")
    # (or -et after a stem in -d or -t, "findet"; -ert, -elt after -ern, -eln: "rudern", "rudert")
    infinitive = verb.endswith(("en", "ern", "eln")) and len(verb) >= 5 and ((
        (lexicon.is_german(verb[:-2] + "t") or (verb[-3] in "dt" and lexicon.is_german(verb[:-2] + "et")))
        and not nouns.analyses(verb[0].upper() + verb[1:-1]))
        or (verb.endswith(("ern", "eln")) and lexicon.is_german(verb[:-1] + "t")))
    # (a strong verb's participle whose stem is its preterite's too reads as finite: "gebracht")
    participle = (verb.startswith("ge") and verb.endswith(("t", "en")) and len(verb) >= 6
                  and (not finite_verb(verb) or (verb.endswith("t") and _past_participle(verb)))) \
        or (with_aux and _past_participle(verb))   # ("mit organisiert hat": -iert has no ge-)
    if not (infinitive or participle):
        return None
    return toks[i + 1].end, joined


def _subject_run_into_verb(ctx: Context, i: int, part: str) -> str | None:
    """"Die Stadtplant für Dienstag eine Parade": a noun in the nominative the determiner before it fits, run into
    a common finite verb of the present or past ("Stadt plant"), where the whole is no word German text has."""
    from .word_order import finite_verb   # (word_order imports modules that import this one)

    toks = ctx.doc.tokens
    det = determiner(toks[i - 1].text) if i > 0 and ctx.adjacent(i - 1, i) else None
    # (or a bare plural opening the sentence before a plural auxiliary: "Verbraucherwerden gebeten")
    bare = det is None and i in ctx.doc.sentence_starts
    if (det is None and not bare) or lexicon.zipf_de(part.lower()) > 0:
        return None
    for k in range(3, len(part) - 2):
        left, right = part[:k], part[k:]
        if bare:
            if right in _PLURAL_AUXILIARIES and "nom.pl" in {f for _, f in nouns.analyses(left)} \
                    and lexicon.zipf_de(left.lower()) >= SUBJECT_VERB_MIN_ZIPF:
                return f"{left} {right}"
            continue
        # (a compound by its last part: "Die Hafenverwaltungbezifferte", where the whole is hunspell's word)
        head = left if nouns.analyses(left) else (nouns.head_of(left) if lexicon.is_german(left) else None)
        fits = {f for _, f in nouns.analyses(head)} & set(det[2]) if head else set()
        # (a rarer verb too after a suffix that takes a linking s in every compound: "Hafenverwaltung|bezifferte")
        least = SUBJECT_VERB_MIN_ZIPF if not left.endswith(("ung", "heit", "keit", "schaft")) else 2.0
        if right.islower() and any(f.startswith("nom") for f in fits) and finite_verb(right) \
                and lexicon.zipf_de(right) >= least \
                and (right in _PLURAL_AUXILIARIES or not nouns.analyses(right.capitalize())):
            return f"{left} {right}"
    return None


_OBJECT_ARTICLES = frozenset(("die", "den", "das", "ein", "eine", "einen"))


def _subject_before_object(ctx: Context, i: int, left: str, right: str) -> bool:
    """LEFT, a plural noun, and RIGHT, the present plural of a verb, joined in token I before an object's article
    ("Energieexperten|sehen die Importe", "Die Bauern|fordern die Rückgabe"): not a noun made of a verb, which has
    a genitive after it if anything and a neuter article before it ("das Zähneputzen der Kinder")."""
    toks = ctx.doc.tokens
    det = determiner(toks[i - 1].text) if i > 0 and ctx.adjacent(i - 1, i) else None
    return len(left) >= 6 and len(right) >= 5 and right.islower() and right.endswith("n") \
        and i + 1 < len(toks) and ctx.adjacent(i, i + 1) and toks[i + 1].text in _OBJECT_ARTICLES \
        and (det is None or "nom.pl" in det[2]) \
        and lexicon.zipf_de(right) >= PAST_FUSED_MIN_ZIPF and lexicon.is_german(right) \
        and (lexicon.is_german(right[:-2] + "t") or lexicon.is_german(right[:-1] + "t")) \
        and "nom.pl" in {f for _, f in nouns.analyses(nouns.head_of(left) or left)}


def auxiliary_fused(ctx: Context, i: int, part: str) -> str | None:
    """A plural noun run into the plural auxiliary after it, which hunspell reads as a compound of the auxiliary's
    noun ("Verbraucherwerden gebeten": "Verbraucher" + "das Werden") that German text never has: apart, where the
    noun opens its sentence or follows a determiner that fits its nominative plural."""
    toks = ctx.doc.tokens
    if part != toks[i].text or not part[:1].isupper() or lexicon.zipf_de(part.lower()) > 0:
        return None
    det = determiner(toks[i - 1].text) if i > 0 and ctx.adjacent(i - 1, i) else None
    if det is None and i not in ctx.doc.sentence_starts:
        return None
    for aux in _PLURAL_AUXILIARIES:
        left = part[: -len(aux)]
        if part.endswith(aux) and len(left) >= 3 and "nom.pl" in {f for _, f in nouns.analyses(left)} \
                and (det is None or "nom.pl" in det[2]) and lexicon.zipf_de(left.lower()) >= SUBJECT_VERB_MIN_ZIPF:
            return f"{left} {aux}"
    # (or a full verb's present plural before its object's article: "Energieexperten|sehen die Importe")
    for k in range(len(part) - 5, 5, -1):
        if _subject_before_object(ctx, i, part[:k], part[k:]):
            return f"{part[:k]} {part[k:]}"
    return None


# the finite verbs that leave a slot at their clause's end: an infinitive after a modal or "werden", a past
# participle after "haben" or "sein" (and the passive's "werden")
_INFINITIVE_FRAME = frozenset(
    m + e for m in ("könn", "konnt", "müss", "musst", "soll", "sollt", "woll", "wollt", "dürf", "durft", "möcht",
                    "würd") for e in ("", "e", "en", "t", "te", "ten", "st", "est")) | frozenset(
    "kann kannst muss musst will willst darf darfst mag wird wirst werde werden werdet".split())
_PARTICIPLE_FRAME = frozenset("habe hast hat haben habt hatte hattest hatten hattet hätte hätten bin bist ist sind "
                              "seid war warst waren wart sei seien wäre wären wurde wurden worden".split())
_FRAME_CLAUSE_MARKS = frozenset(",;:.!?–—()\"„“”»«")
FRAME_PART_MIN_ZIPF = 3.0   # both words common ("Strom" 4.4, "liefern" 4.5; "Berufung" 4.3, "einlegen" 3.7)


def _nonfinite(word: str) -> bool:
    """WORD reads as an infinitive or a past participle (the slot it would fill is filled)."""
    # (not an adverb in -en: "inzwischen")
    return word.islower() and len(word) >= 4 and lexicon.is_german(word) and (
        _infinitive(word) or _past_participle(word))


def _infinitive(word: str) -> bool:
    """WORD is a verb's infinitive: German has its -t form too ("liefern": "liefert"; not "variablen")."""
    if not word.endswith(("en", "ern", "eln")) or word.startswith("ge"):
        return False
    stem = word[:-1] if word.endswith(("ern", "eln")) else word[:-2]
    return lexicon.is_german(stem + "t") or lexicon.is_german(stem + "et")


def _past_participle(word: str) -> bool:
    """WORD is a past participle: ge- and a verb German has ("gewartet": warten; not "gerät"), -iert, or an
    inseparable prefix before a weak verb's -t."""
    if word.endswith("iert"):
        return True
    if word.startswith("ge") and word.endswith("t"):
        base = word[2:-2] if word.endswith("et") else word[2:-1]
        return len(base) >= 3 and (lexicon.is_german(base + "en") or lexicon.is_german(base + "n"))
    if word.startswith("ge") and word.endswith("en"):
        return True   # a strong verb's ("gestrichen"); the caller has made sure it is German
    return word.endswith("t") and word.startswith(("be", "ver", "er", "zer", "ent", "emp", "miss")) \
        and lexicon.is_german(word[:-1] + "en")


def zu_fused(ctx: Context, i: int, part: str) -> str | None:
    """A noun run into the "zu" of the infinitive right after it ("den Botenzu bestrafen", "die Kundenzu halten")
    -> "Boten zu": German text never has the token, the word before "zu" is a noun of the lexicon, and the next word
    is an infinitive."""
    toks = ctx.doc.tokens
    if part != toks[i].text or not part.endswith("zu") or len(part) < 6 or lexicon.zipf_de(part.lower()) > 0 \
            or lexicon.is_german_any_case(part) or i + 1 >= len(toks) or not ctx.adjacent(i, i + 1):
        return None
    word, nxt = part[:-2], toks[i + 1].text
    # (a noun: a particle before "zu" is a separable verb written apart, "freizu machen" -> "freizumachen")
    if not word[:1].isupper() or not nouns.analyses(word) or lexicon.zipf_de(word.lower()) < FRAME_PART_MIN_ZIPF \
            or not nxt.islower() or not nxt.endswith("n") or not lexicon.is_german(nxt) or nxt in _NOT_INFINITIVES:
        return None
    return f"{word} zu"


_NEGATION_FUSED = ("nicht", "nie", "kaum")


def negation_fused(part: str) -> str | None:
    """A negation run into the verb after it ("konnte es nichterklären" -> "nicht erklären"): a word written small
    that German text never has and hunspell does not know as written, the rest a German verb form written small of
    four letters or more (an infinitive, a participle, a finite form)."""
    if not part.islower() or lexicon.zipf_de(part) > 0 or lexicon.is_german(part):
        return None
    for neg in _NEGATION_FUSED:
        rest = part[len(neg):]
        if part.startswith(neg) and len(rest) >= 4 and lexicon.is_german(rest) and not nouns.analyses(
                rest[0].upper() + rest[1:]) and lexicon.zipf_de(rest) >= FRAME_PART_MIN_ZIPF and _verb_form(rest):
            return f"{neg} {rest}"
    return None


def _verb_form(word: str) -> bool:
    """WORD, a German word written small, is a verb's infinitive, participle or finite form by how it conjugates
    ("erklären": "erklärt"; "gesehen"), not an adjective's form, which "nicht" joins as a prefix
    ("nichtbetrieblichen": no "betrieblicht")."""
    if word.startswith("ge") and word.endswith(("t", "en")) and len(word) >= 6:
        return True
    if word.endswith("en"):
        return lexicon.is_german(word[:-2] + "t") or lexicon.is_german(word[:-2] + "et")
    if word.endswith(("te", "ten")):
        return lexicon.is_german(word[: -2 if word.endswith("te") else -3] + "en")
    return word.endswith("t") and lexicon.is_german(word[:-1] + "en")


# words in -n after "zu" that are no infinitive ("zu den", "zu denen", "zu ihnen")
_NOT_INFINITIVES = frozenset("den denen ihnen uns einen keinen meinen deinen seinen ihren unseren euren diesen "
                             "jenen allen vielen wenigen beiden ersten letzten anderen".split())


def _dated_apposition(toks, k: int) -> int | None:
    """The index of the comma that opens a date standing between two commas, the closing one at k ("am Donnerstag,
    March 12, zu …"): at most four tokens with a number among them."""
    for j in range(k - 2, max(-1, k - 6), -1):
        if toks[j].text == ",":
            inner = [t.text for t in toks[j + 1:k]]
            return j if any(w.isdigit() for w in inner) and all(w != "," for w in inner) else None
    return None


def verb_frame_fused(ctx: Context, i: int, part: str) -> str | None:
    """A noun run into the infinitive or participle its clause waits for at its end ("Die Gewerkschaft will
    Berufungeinlegen", "hätten im Systemoperiert", "haben drei Stundengewartet"): the token closes its clause after
    a modal, "werden", "haben" or "sein" with nothing non-finite between, German text never has it, its last part is
    no noun, and it splits into a common noun (no linking s) and a common verb form of that slot."""
    toks = ctx.doc.tokens
    if part != toks[i].text or not part[:1].isupper() or not part[1:].islower() or len(part) < 8 \
            or i in ctx.doc.sentence_starts or lexicon.zipf_de(part.lower()) > 0:
        return None
    if i + 1 < len(toks) and (toks[i + 1].text not in _FRAME_CLAUSE_MARKS or toks[i + 1].text == "(") \
            and toks[i + 1].text not in ("und", "oder") and (i + 1) not in ctx.doc.sentence_starts:
        return None
    slot = None
    skip_to = None
    for k in range(i - 1, max(-1, i - 15), -1):
        if skip_to is not None and k >= skip_to:
            continue
        w = toks[k].text
        if w == "," and (opening := _dated_apposition(toks, k)):
            skip_to = opening
            continue   # (a date between commas: "hatte ihn am Donnerstag, 12. März, zu acht Jahren Haftverurteilt")
        if w in (",", ".") and 0 < k < i - 1 and toks[k - 1].text.isdigit() and toks[k + 1].text.isdigit() \
                and ctx.adjacent(k - 1, k) and ctx.adjacent(k, k + 1):
            continue   # (a number's point or comma: "mehr als 40,000 Unterschriftengesammelt")
        if w == "als" and k > 0 and toks[k - 1].text.lower() in ("mehr", "weniger"):
            continue   # (a comparison's "als", no conjunction)
        if w in _FRAME_CLAUSE_MARKS or w in ("und", "oder", "dass", "weil", "wenn", "ob", "als"):
            break
        if w.lower() in _INFINITIVE_FRAME:
            slot = "inf" if w.lower() not in ("werde", "werden", "wird", "wirst", "werdet") else "inf|pp"
            break
        if w.lower() in _PARTICIPLE_FRAME:
            slot = "pp"
            break
        if _nonfinite(w):
            return None   # ("wird … Strom liefern können": the slot is filled)
        if k in ctx.doc.sentence_starts:
            break
    if slot is None:
        return None
    det = determiner(toks[i - 1].text) if ctx.adjacent(i - 1, i) else None
    for k in range(len(part) - 5, 2, -1):   # (the longest verb first: "Strom|liefern", not "Stromlie|fern")
        left, right = part[:k], part[k:]
        if not lexicon.is_german(right) or lexicon.zipf_de(right) < FRAME_PART_MIN_ZIPF \
                or lexicon.zipf_de(left.lower()) < FRAME_PART_MIN_ZIPF or not nouns.analyses(left) \
                or (left.endswith("s") and nouns.analyses(left[:-1])):
            continue
        # (a noun as the compound's head makes a compound: "Blockgerät", "Passwortabfragen"; a dative plural
        # only is the verb's reading, "Streichen")
        if {f for _, f in nouns.analyses(right[0].upper() + right[1:])} - {"dat.pl"}:
            continue
        # (a determiner before it is the noun's: "die Wertungenvergeben"; not "der Vorgabenvariablen")
        if det is not None and not {f for _, f in nouns.analyses(left)} & {f for f in det[2]
                                                                          if f.startswith(("nom", "akk"))}:
            continue
        if ("inf" in slot and _infinitive(right)) or ("pp" in slot and _past_participle(right)):
            return f"{left} {right}"
    return None


# plural auxiliaries and modals, whose capitalised forms may be nouns too ("das Werden", "das Können")
_PLURAL_AUXILIARIES = frozenset("werden wurden sind waren haben hatten können konnten müssen mussten sollen sollten "
                                "wollen wollten dürfen durften".split())


SUBJECT_VERB_MIN_ZIPF = 3.0   # a common verb form ("plant" 3.6, "meldet" 3.9)


def _preposition_without_object(ctx: Context, i: int, split: str) -> bool:
    """SPLIT of token I ends in a preposition or a contraction ("Fund am") and no phrase for it follows: the next
    word is written small and is no determiner, adjective or number ("die ersten Fundam noch im …" is "Fundamente"
    cut short, no "Fund am")."""
    from .agreement import _is_adjective   # (agreement imports this module's importers)

    last = split.split(" ")[-1]
    toks = ctx.doc.tokens
    if " " not in split or (last not in PREPOSITIONS and last not in CONTRACTIONS) or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].text
    # (a count opens a phrase: "Kaufverträge|für zwölf Flugzeuge"; so does "mehr als": "Marktanteil|von mehr als")
    more_than = nxt in ("mehr", "weniger") and i + 2 < len(toks) and toks[i + 2].text == "als"
    return nxt.isalpha() and nxt.islower() and determiner(nxt) is None and not _is_adjective(nxt) \
        and nxt not in CARDINALS and not more_than


def _english_verb_inflected(part: str) -> bool:
    """PART is a common English verb with a German verb ending ("performte", "managten")."""
    low = part.lower()
    for end in ("eten", "ete", "ten", "te", "en", "t"):
        stem = low[: len(low) - len(end)]
        if low.endswith(end) and len(stem) >= 5 and lexicon.is_english(stem) and lexicon.zipf_en(stem) >= 3.5 \
                and not lexicon.is_german(stem):
            return True
    return False


def lost_third_letter(part: str) -> str | None:
    """A letter lost where three equal ones meet in a compound ("Messtationen" -> "Messstationen", "Schiffahrt"
    -> "Schifffahrt"): PART is no word German text uses (hunspell may still build it), the word with the third
    letter is."""
    if lexicon.zipf_de(part.lower()) > 0:
        return None
    for m in re.finditer(r"([bcdfgklmnprst])\1(?!\1)", part):
        fixed = part[: m.end()] + m.group(1) + part[m.end():]
        # (or a noun hunspell builds whose head, from the third letter on, is a noun of four letters or more and
        # whose word as written it does not know: "Abfüllinie" -> "Abfüll|linie")
        head = m.group(1).upper() + part[m.end():]
        if lexicon.is_german_any_case(fixed) and (lexicon.zipf_de(fixed.lower()) > 0 or (
                part[:1].isupper() and len(head) >= 4 and nouns.analyses(head)
                and not lexicon.is_german_any_case(part))):
            return fixed
    return None


_ARTICLES = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines")


_SPLIT_PARTICLES = ("an", "ab", "auf", "aus", "ein", "mit", "vor", "zu", "um", "bei", "nach", "fest", "zurück")


def verb_particle_fused(part: str) -> str | None:
    """A finite verb run into the particle that stands apart after it ("gingenan Kleinanleger" -> "gingen an"): a
    word written small that German text never has, a verb form German has in front, a particle the verb takes
    (hunspell knows the particle verb: "angingen")."""
    if not part.islower() or lexicon.zipf_de(part) > 0 or lexicon.is_german(part):
        return None
    for particle in _SPLIT_PARTICLES:
        verb = part[: -len(particle)]
        if part.endswith(particle) and len(verb) >= 4 and verb.endswith(("en", "te", "ten", "t", "e")) \
                and lexicon.is_german(verb) and not nouns.analyses(verb[0].upper() + verb[1:]) \
                and lexicon.is_german(particle + verb):
            return f"{verb} {particle}"
    return None


def preposition_article(ctx: Context, i: int, part: str) -> str | None:
    """"in der" for "inder", "gegen den" for "gegenden": a preposition run into an article that fits its case,
    before a word of the noun phrase, where the whole is no word written lower-case (hunspell knows "Inder" and
    "Gegenden" only as nouns; the two-letter "in" is no evidence in the general splitter)."""
    if not part.islower() or lexicon.is_german(part):
        return None
    toks = ctx.doc.tokens
    # (the next word may be a hyphenated compound: "inmehrere Drohnen-Start-ups")
    if i + 1 >= len(toks) or not ctx.adjacent(i, i + 1) or not toks[i + 1].text.replace("-", "").isalpha():
        return None
    nxt = toks[i + 1].text
    if not (nxt[:1].isupper() or lexicon.is_german(nxt)):
        return None
    # ("um", of the accusative, is no preposition of the table, which leaves it to "um … zu": "umden Zeitplan")
    for art in _ARTICLES:
        prep = part[: -len(art)]
        cases = PREPOSITIONS.get(prep, ("akk",) if prep == "um" else None)
        if part.endswith(art) and cases:
            det = determiner(art)
            if det and any(f.split(".")[0] in cases for f in det[2]):
                return f"{prep} {art}"
    # any other determiner ("indiesem Jahr", "mitseinem Team"), a number word ("umzwölf Hundertstel"), and "am" run
    # into a superlative ("die amstärksten betroffenen Viertel")
    for k in range(2, min(len(part) - 3, 8)):
        prep, rest = part[:k], part[k:]
        det = determiner(rest) if prep in PREPOSITIONS and rest not in _ARTICLES else None
        if det and len(rest) >= 5 and any(f.split(".")[0] in PREPOSITIONS[prep] for f in det[2]):
            return f"{prep} {rest}"
        # (or a plural quantifier: "inmehrere Drohnen-Start-ups")
        if (prep in PREPOSITIONS or prep in ("um", "bis", "ab", "seit")) and nxt[:1].isupper() \
                and (rest in CARDINALS or (rest in PLURAL_QUANTIFIERS and len(rest) >= 5)):
            return f"{prep} {rest}"
    if part.startswith("am") and part.endswith("sten") and len(part) >= 8 and lexicon.is_german(part[2:]) \
            and adjective_stem(part[2:]) is not None:
        return f"am {part[2:]}"
    # a contraction run into the weak adjective of the noun after it ("imstädtischen Krankenhaus")
    for prep in ("im", "am", "vom", "zum", "beim"):
        rest = part[len(prep):]
        if part.startswith(prep) and len(rest) >= 5 and rest.endswith("en") and lexicon.is_german(rest) \
                and adjective_stem(rest) is not None and nxt[:1].isupper() and nouns.analyses(nxt):
            return f"{prep} {rest}"
    return None


# prepositions and verb particles: no compound ends in one ("Ausschreibungsunter", "Transitab")
PARTICLES = frozenset("ab an auf aus bei durch ein gegen mit nach über um unter vor zu zurück".split())
_INFLECTIONS = frozenset(("e", "en", "n", "s", "es", "er", "ern", "nen"))
_FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "ität", "tät")


def _preposition_before_phrase(ctx: Context, i: int) -> bool:
    """Token I is a preposition that opens a noun phrase ("die Ernte dank neuer Mähdrescher", "trotz des Regens"),
    not a noun's part that lost its capital ("Erntedank")."""
    toks = ctx.doc.tokens
    if toks[i].text not in PREPOSITIONS or i + 1 >= len(toks) or not ctx.adjacent(i, i + 1):
        return False
    nxt = toks[i + 1].text
    return determiner(nxt) is not None or nxt[:1].isupper() or nxt[:1].isdigit() \
        or (nxt.islower() and adjective_stem(nxt) is not None and lexicon.is_german(nxt))


def split_compound(ctx: Context, i: int, part: str) -> tuple[int, str] | None:
    """(start of the span, the joined word) for a compound written apart whose second part lost its capital
    ("die Lage kontrolle", "Viele Kredit nehmer"): PART, lower-case, is no word but a noun capitalised; the token
    before it is a singular noun; joined they make a word hunspell knows."""
    toks = ctx.doc.tokens
    if i == 0 or len(part) < 3 or part != toks[i].text or not part.islower() or not ctx.adjacent(i - 1, i) \
            or (len(part) == 3 and not short_noun_part(part)):
        return None
    first = toks[i - 1].text
    if not (first[:1].isupper() and first[1:].islower() and first.isalpha() and len(first) >= 3):
        return None
    head = part[0].upper() + part[1:]
    # a first part that is no word, a common noun's stem without its -e ("Schul", "Kirch"), stands in no phrase: a
    # compound hunspell knows is enough ("Schul turniere", though "turniere" is also a verb form)
    if not lexicon.is_german_any_case(first) and nouns.e_dropped_stem(first) and nouns.analyses(head) \
            and lexicon.is_german(first + part):
        return toks[i - 1].start, first + part
    # a German word written small is a verb form, unless it cannot be an infinitive (-en, -ern, -eln; "bahn" is
    # none) and the compound is a common word ("Trocken dock", "Anzeige tafel", "Lande bahn"; but "Geld
    # verdienen", "Auto fahren" are phrases)
    # (an infinitive too where the word before fits only the compound and German text has it often: "an vielen
    # Halte stellen" -> "Haltestellen")
    determined = None   # (whether a determiner fits the second part only: asked once, here or at the end)
    coordinated = _coordinated_noun_slot(ctx, i)
    if lexicon.is_german(part):
        if _verb_second(ctx, i) or _preposition_before_phrase(ctx, i):
            return None   # "Das Wasser stand 1,8 Meter hoch": the subject and its verb
        determined = _determiner_fits_second_only(ctx, i - 1, first, head)
        fits_second = _adjective_fits_second_only(ctx, i - 1, first, head) or determined or coordinated
        joined = lexicon.zipf_de((first + part).lower())
        # (a count before a noun without a plural is evidence enough for a compound German text has at all: "40
        # Photovoltaik anlagen")
        counted = fits_second and i >= 2 and count_word(toks[i - 2].text)
        infinitive = (part.endswith(("en", "rn", "ln")) or part in ("sein", "tun")) \
            and not (fits_second and joined >= (SMALL_VERB_FORM_MIN_ZIPF if counted else SPLIT_COMMON_MIN_ZIPF))
        if infinitive or determiner(part) is not None or not nouns.analyses(head) \
                or not (_noun_position(ctx, i - 1) or counted or coordinated) \
                or (joined < SMALL_VERB_FORM_MIN_ZIPF and not fits_second):
            return None
    # an adjective's ending is no noun's ("Vaterland zuwenig": old spelling of "zu wenig")
    # (an English word only where German has no noun of it: "Trocken dock" is German "Dock")
    if (lexicon.is_english(part) and not nouns.analyses(head)) \
            or part.endswith(("ig", "lich", "isch", "bar", "los")) or not (lexicon.is_german(head) or nouns.analyses(head)):
        return None
    # (placeholders of manuals, "das Paket paketname", repeat the noun)
    if part.startswith(first.lower()):
        return None
    # the joined word is one German text uses (wordfreq), not just one hunspell could build; or, where the part
    # written small is no German word at all and only a noun capitalised ("Fracht fähre"), one hunspell builds
    # of a singular noun and that noun: written small it can be nothing else
    # (not a verb's plural after a noun that may be its subject, "Die Server routen", nor an English verb with the
    # German infinitive's -en, "Experten monitoren"; nor a preposition run into its article, "inder", "gegenden";
    # nor a name's noun after the noun that introduces it, which an article fits alone: "Der Begriff heimat");
    # German text's linking element where it has one ("Triebwerk probleme": "Triebwerksprobleme")
    joined = first + part
    first_feats = {f for _, f in nouns.analyses(first)}
    noun_only = not lexicon.is_german(part) and bool(nouns.analyses(head)) \
        and not (part.endswith("en") and (any(f.endswith(".pl") for f in first_feats)
                                          or lexicon.zipf_en(part[:-2]) >= ENGLISH_VERB_STEM_MIN_ZIPF)) \
        and any(".sg" in f for f in first_feats) and not lexicon.is_english(part) and len(part) >= 4 \
        and preposition_article(ctx, i, part) is None and not _apposition(ctx, i - 1, head)
    if noun_only:
        linked = [first + link + part for link in ("s", "es", "n", "en") if compound_in_use(first + link + part)]
        if not linked and _links_with_s(first) and lexicon.is_german(first + "s" + part):
            linked = [first + "s" + part]   # the s the first part takes in the compounds German text has
        joined = linked[0] if linked and not compound_in_use(joined) else joined
        noun_only = lexicon.is_german(joined)
    # (or the noun lexicon lists the joined word whole and the part written small is no German word: "Bühnen
    # bildnerin" -> "Bühnenbildnerin", whose "Bildnerin" the lexicon lacks alone)
    listed = not lexicon.is_german(part) and bool(nouns.analyses(joined))
    # (or where the determiner and its adjectives fit the second part only and hunspell builds the whole: "ein neues
    # Umschlag terminal", neuter as "Terminal" is, "Umschlag" not)
    if not (compound_in_use(joined) or noun_only or listed
            or (lexicon.is_german(joined) and (determined if determined is not None
                                               else _determiner_fits_second_only(ctx, i - 1, first, head)))
            # (a compound of a noun and a noun German builds, in a noun's slot: "Drohnen daten und Satellitenbilder")
            or (coordinated and nouns.analyses(first) and nouns.head_of(joined) == head)):
        return None
    # a singular noun first, or a first part that is only a compound's ("Elektro fahrzeugen", "Zwischen händler");
    # "die Früchte eigner Saaten": a plural first part only before a noun's form, and a word in -n (verbs end in
    # -n too: "Käse kleinwürfeln") only when it is a noun's form
    first_readings = nouns.analyses(first)
    if first_readings and not any(".sg" in f for _, f in first_readings) and not nouns.analyses(head) \
            and not listed:
        return None
    if part.endswith("n") and not nouns.analyses(head) and not listed:
        return None
    return toks[i - 1].start, joined


ENGLISH_VERB_STEM_MIN_ZIPF = 3.5   # "monitor" 4.4 (not "rout" 3.1 in "Tanker routen")


def _coordinated_noun_slot(ctx: Context, i: int) -> bool:
    """The word at I, written small, stands where a noun does: joined by "und"/"oder" to a noun after it, in a
    clause whose finite verb came before ("wertet Drohnen daten und Satellitenbilder aus", "kann Krankenhäuser,
    Wasser werke und Wohnviertel versorgen"), so it is no verb of its own ("…, Kinder spielen und Eltern reden")."""
    from .agreement import _is_adjective   # (agreement imports this module's importers)
    from .word_order import finite_verb

    toks = ctx.doc.tokens
    k = i + 1
    if k >= len(toks) or toks[k].text not in ("und", "oder", "sowie") or _is_adjective(toks[i].text):
        return False   # (an adjective before its pair: "den Idealisten alter und neuer Zeit")
    k += 1
    while k < len(toks) and toks[k].text.islower() and toks[k].text.endswith(("e", "en", "er", "es", "em")) \
            and lexicon.is_german(toks[k].text):
        k += 1   # (adjectives: "und ganze Wohnviertel")
    if not (k < len(toks) and toks[k].text[:1].isupper() and nouns.analyses(toks[k].text)):
        return False
    if toks[k].text == toks[i - 1].text:
        return False   # the same noun again, each with its word after it: "mit Flügeln weiß und Flügeln rot"
    if k + 1 < len(toks) and toks[k + 1].text.islower() and toks[k + 1].text.endswith("en") \
            and lexicon.is_german(toks[k + 1].text) and not (k + 2 < len(toks) and toks[k + 2].text in ".!?"):
        return False   # the noun and a verb of a clause of its own ("und Eltern reden zu"), not its sentence's end
    s = next(s for s in ctx.doc.sentences if s.first <= i < s.last)
    for j in range(i - 2, s.first - 1, -1):
        w = toks[j].text
        if w == ",":
            # a comma of a list of nouns, not one that ends a clause
            if not (j > s.first and toks[j - 1].text[:1].isupper() and nouns.analyses(toks[j - 1].text)):
                return False
        elif not w[:1].isalnum() or w in ("und", "oder", "dass", "weil", "wenn", "ob", "als"):
            return False
        elif finite_verb(w):
            return True
    return False
def _apposition(ctx: Context, n: int, head: str) -> bool:
    """The article right before the noun at N agrees with that noun and not with HEAD, the noun after it written
    small: "Der Begriff heimat" is the noun and a name of it (its capital lost), not one compound."""
    toks = ctx.doc.tokens
    det = determiner(toks[n - 1].text) if n > 0 and ctx.adjacent(n - 1, n) else None
    if det is None:
        return False
    feats = set(det[2])
    # (in a case where it fits the first noun and not the second: "Der" is nominative for "Begriff", only genitive
    # or dative for "Heimat")
    first = {f.split(".")[0] for f in feats & {f for _, f in nouns.analyses(toks[n].text)}}
    second = {f.split(".")[0] for f in feats & {f for _, f in nouns.analyses(head)}}
    return bool(first - second)


SMALL_VERB_FORM_MIN_ZIPF = 2.0   # "Trockendock" 2.2, "Anzeigetafel" 2.8
SHORT_NOUN_MIN_ZIPF = 4.0        # a three-letter second part written small: only a common noun ("Fabrik tor")


def short_noun_part(part: str) -> bool:
    """A three-letter word written small that is a common noun capitalised ("tor", "amt", "bau"), no German word
    as it stands (not "weg", "los")."""
    head = part[0].upper() + part[1:]
    return bool(nouns.analyses(head)) and lexicon.zipf_de(part) >= SHORT_NOUN_MIN_ZIPF and not lexicon.is_german(part)


def _verb_second(ctx: Context, i: int) -> bool:
    """Token I, written small, is the finite verb after a sentence's first phrase, an article and a noun ("Das
    Wasser stand …"), and no finite verb follows it, as one would after the subject the compound makes ("Der
    Wasser stand ist hoch")."""
    from .calques import strong_preterites   # (calques imports this module's importers)
    from .word_order import finite_verb

    toks = ctx.doc.tokens
    word = toks[i].text
    if i < 2 or i - 2 not in ctx.doc.sentence_starts or determiner(toks[i - 2].text) is None \
            or not (word in strong_preterites() or finite_verb(word)):
        return False
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return not (nxt.islower() and (nxt in strong_preterites() or finite_verb(nxt)))


def _adjective_fits_second_only(ctx: Context, i: int, first: str, head: str) -> bool:
    """An adjective without article before token I whose strong ending agrees with HEAD and not with FIRST
    ("mobile Schutz wände": "mobile" is plural, "Schutz" singular): FIRST is no noun phrase of its own, so the
    word after it is no verb but the rest of the compound, however rare."""
    from .agreement import _adj_fits, _is_adjective, noun_features

    toks = ctx.doc.tokens
    if i == 0 or not ctx.adjacent(i - 1, i):
        return False
    adj = toks[i - 1].text
    first_feats, head_feats = noun_features(first)[1], noun_features(head)[1]
    # (or a count, which a noun without a plural cannot follow: "180 Windkraft anlagen")
    if count_word(adj) and first_feats and not any(f.endswith(".pl") for f in first_feats) \
            and any(f.endswith(".pl") for f in head_feats):
        return True
    if not (adj.isalpha() and adj.islower() and _is_adjective(adj)) or (i - 1 > 0 and after_determiner(ctx, i - 1)):
        return False
    return bool(first_feats and head_feats) and not _adj_fits(adj, "strong", first_feats) \
        and _adj_fits(adj, "strong", head_feats)


def _determiner_fits_second_only(ctx: Context, i: int, first: str, head: str) -> bool:
    """A determiner and adjectives before token I that agree with HEAD and not with FIRST ("ein neues Umschlag
    terminal": neuter as "Terminal" is, "Umschlag" is not): FIRST is no noun phrase of its own."""
    from .agreement import _adj_fits, _is_adjective, noun_features

    toks = ctx.doc.tokens
    d = i
    while d > 0 and ctx.adjacent(d - 1, d) and toks[d - 1].text.islower() and toks[d - 1].text.isalpha() \
            and determiner(toks[d - 1].text) is None and _is_adjective(toks[d - 1].text):
        d -= 1
    # (or a preposition's contracted article: "Im Speise wagen" is "in dem", which fits "Wagen", not "Speise")
    det = (determiner(toks[d - 1].text) or contraction_determiner(toks[d - 1].text)) \
        if d > 0 and d < i and ctx.adjacent(d - 1, d) else None
    if det is None:
        return False
    adjs = [toks[k].text for k in range(d, i)]
    first_feats, head_feats = noun_features(first)[1], noun_features(head)[1]

    def fits(feats) -> bool:
        shared = set(det[2]) & set(feats)
        return bool(shared) and all(_adj_fits(a, det[0], shared) for a in adjs)
    return bool(first_feats and head_feats) and not fits(first_feats) and fits(head_feats)


def count_word(word: str) -> bool:
    """WORD is a cardinal above one, in digits or letters ("180", "drei")."""
    return (word.isdigit() and word.lstrip("0") not in ("", "1")) or word.lower() in CARDINALS


def _noun_position(ctx: Context, i: int) -> bool:
    """Token i stands where a noun does, mid-sentence: after a determiner (and adjectives), a contraction ("im")
    or an inflected adjective ("mobile Schutz wände")."""
    from .agreement import _is_adjective

    toks = ctx.doc.tokens
    if i in ctx.doc.sentence_starts:
        return False
    if i > 0 and ctx.adjacent(i - 1, i) and toks[i - 1].text.islower() and toks[i - 1].text.isalpha() \
            and toks[i - 1].text.endswith(("e", "en", "er", "es", "em")) and _is_adjective(toks[i - 1].text):
        return True
    return after_determiner(ctx, i) or (i > 0 and ctx.adjacent(i - 1, i) and toks[i - 1].text.lower() in CONTRACTIONS)


def split_inside(ctx: Context, i: int, part: str) -> tuple[int, str] | None:
    """(end of the span, the joined word) for a word split at the wrong place: neither piece is a word as written
    (the second may be a noun or an English word written small where the joined word is a common one: "Weiterbil
    dung"), joined they are one German text uses ("Wasserver sorgung" -> "Wasserversorgung")."""
    toks = ctx.doc.tokens
    if part != toks[i].text or i + 1 >= len(toks) or not ctx.adjacent(i, i + 1) or len(part) < 4:
        return None
    nxt = toks[i + 1].text
    joined = part + nxt
    # (a noun written small, or an English word, is none as it stands either, where the first piece is no word
    # and the joined word a common one: "Weiterbil dung")
    if not (nxt.isalpha() and nxt.islower() and len(nxt) >= 2):
        return None
    if lexicon.is_german(nxt):
        # (a German word second only after a piece that is no word of either language, where the joined word is a
        # common one: "eine bislang unbe kannte Grabkammer")
        # (German text has the piece only as hyphenation's noise, far less than the whole: "unbe" 2.2, 4.2)
        # (the joined word's frequency is its lemma's where that is commoner: "unab hängiges" -> "unabhängig",
        # "Stromaus fälle" -> "Stromausfall")
        whole = _lemma_zipf(joined)
        lone = not lexicon.is_german_any_case(part) and not lexicon.is_english(part.lower()) \
            and whole - lexicon.zipf_de(part.lower()) >= STUMP_MIN_GAIN
        # (or a capitalised piece German text never has, before a verb's form: "Steuerein nahmen")
        first_piece = part.islower() or (part[:1].isupper() and part[1:].islower() and part.isalpha()
                                         and lexicon.zipf_de(part.lower()) == 0 and bool(nouns.head_of(joined)))
        return (toks[i + 1].end, joined) if lone and first_piece and len(part) >= 4 \
            and whole >= SPLIT_COMMON_MIN_ZIPF and lexicon.is_german(joined) else None
    common = lexicon.zipf_de(joined.lower()) >= SPLIT_COMMON_MIN_ZIPF and not lexicon.is_german_any_case(part)
    if len(nxt) == 2 and not (common and lexicon.zipf_de(part.lower()) < SPLIT_PIECE_MAX_ZIPF
                              and not lexicon.is_english(part.lower())):
        return None   # (two letters only after a piece that is nothing as written: "Tras se" -> "Trasse")
    # (or a word hunspell knows or a compound of German words, where the first piece is no word of either language:
    # "Strafvoll zugs", "Quaran tänezone"; the cheap tests first)
    nowhere = not lexicon.is_german_any_case(part) and not lexicon.is_english(part.lower()) \
        and lexicon.zipf_de(part.lower()) == 0 and not lexicon.is_english(nxt) \
        and (lexicon.is_german(joined) or wordformation.explain(joined) == "a compound of German words")
    if (lexicon.is_english(nxt) or lexicon.is_german_any_case(nxt)) and not (common or nowhere):
        return None
    return (toks[i + 1].end, joined) if compound_in_use(joined) or nowhere else None


SPLIT_COMMON_MIN_ZIPF = 3.0   # "Weiterbildung" 4.2, "Zuschauer" 4.6
SPLIT_PIECE_MAX_ZIPF = 2.0    # a piece before two letters that German text has at most as a foreign word ("Tras" 1.8)


def _lemma_zipf(word: str) -> float:
    """The frequency of WORD or, where commoner, of its lemma: an adjective's base ("unabhängiges" ->
    "unabhängig") or the noun's nominative singular ("Stromausfälle" -> "Stromausfall")."""
    forms = [word.lower()]
    stem = adjective_stem(word.lower()) if word.islower() else None
    if stem:
        forms.append(stem)
    forms += [lemma.lower() for lemma, _ in nouns.analyses(word)]
    return max(lexicon.zipf_de(f) for f in forms)


def split_after_word(ctx: Context, i: int, part: str) -> tuple[int, str] | None:
    """(start of the span, the joined word) for a word split after a piece that is a word itself: the lower-case
    rest is no word (or a noun written small, where the joined word is a common one), joined they are one German
    text uses ("Gewerk schaftschef" -> "Gewerkschaftschef", "Zu schauer" -> "Zuschauer")."""
    toks = ctx.doc.tokens
    if part != toks[i].text or i == 0 or not ctx.adjacent(i - 1, i) or i in ctx.doc.sentence_starts:
        return None
    prev = toks[i - 1].text
    joined = prev + part
    # (or a capitalised function word mid-sentence before a noun written small, where the joined word is a common
    # one: "viele Zu schauer")
    common = lexicon.zipf_de(joined.lower()) >= SPLIT_COMMON_MIN_ZIPF and not lexicon.is_german(part)
    short_capital = len(prev) == 2 and prev[0].isupper() and i - 1 not in ctx.doc.sentence_starts and common
    # (not before a noun, which makes the word small an adjective, "die Früchte eigner Saaten", nor before an
    # article, which makes it a verb before its object: "Die Server routen die Daten um")
    noun_after = i + 1 < len(toks) and ctx.adjacent(i, i + 1) and (
        bool(nouns.analyses(toks[i + 1].text)) or determiner(toks[i + 1].text) is not None)
    # (the noun may end a hyphenated compound: "die Rugby-National mannschaft")
    tail = prev.rsplit("-", 1)[-1] if "-" in prev and prev.rsplit("-", 1)[0].replace("-", "").isalnum() else prev
    if (_small_head_apart(tail, part) or _unbuilt_head_apart(ctx, i, prev, part)
            or _stem_head_apart(ctx, i, prev, part)) and prev.lower() != part \
            and _counted_or_noun_position(ctx, i - 1) and not noun_after:
        return toks[i - 1].start, joined
    if _name_piece_apart(prev, part) and _noun_position(ctx, i - 1) and not noun_after:
        return toks[i - 1].start, joined
    # (a three-letter rest only where the joined word is a common one: "in Gewahr sam")
    if not (part.isalpha() and part.islower() and (len(part) >= 4 or (len(part) == 3 and common)) and tail.isalpha()
            and (len(tail) >= 3 or short_capital)) \
            or (lexicon.is_german_any_case(part) and not common) or lexicon.is_english(part):
        return None
    if not compound_in_use(tail + part):
        return None
    cap = joined[0].upper() + joined[1:]
    if joined.islower() and not lexicon.is_german(joined) and lexicon.is_german(cap):
        # a noun split after a small first piece ("über tragung"): its capital back, and the noun before it
        # taken in where hunspell knows the two as one ("Daten über tragung" -> "Datenübertragung")
        first = i - 2
        if first >= 0 and ctx.adjacent(first, i - 1) and _small_head_apart(toks[first].text, joined):
            return toks[first].start, toks[first].text + joined
        return toks[i - 1].start, cap
    return toks[i - 1].start, joined


ADJECTIVE_APART_MIN_ZIPF = 1.5   # a compound adjective German text has ("rollstuhlgerecht" 1.8)


def adjective_apart(ctx: Context, i: int, part: str) -> tuple[int, str] | None:
    """(start of the span, the joined word) for a noun and an inflected adjective written apart before the noun they
    qualify ("fehlten Rollstuhl gerechte Fahrzeuge" -> "rollstuhlgerechte"): German text has the compound adjective,
    and the noun before stands in no phrase of its own (after a preposition, its own article or a count: "für die
    Umwelt schädliche Stoffe", "drei Meter hohe Mauern")."""
    from .agreement import _is_adjective, noun_features   # (agreement imports this module's importers)

    toks = ctx.doc.tokens
    if i < 1 or i + 1 >= len(toks) or not ctx.adjacent(i - 1, i) or not ctx.adjacent(i, i + 1) \
            or not part.islower() or part != toks[i].text:
        return None
    prev, nxt = toks[i - 1].text, toks[i + 1].text
    stem = adjective_stem(part)
    if not (4 <= len(prev) <= lexicon.MAX_WORD_LEN and prev.isalpha() and prev[:1].isupper() and prev[1:].islower()
            and nouns.analyses(prev) and stem and stem != part and lexicon.is_german(stem)
            and determiner(part) is None and _is_adjective(part)
            and nxt[:1].isupper() and nouns.analyses(nxt)
            and lexicon.zipf_de(prev.lower() + stem) >= ADJECTIVE_APART_MIN_ZIPF):
        return None
    before = toks[i - 2].text if i >= 2 and ctx.adjacent(i - 2, i - 1) else ""
    det = (determiner(before) or contraction_determiner(before)) if before else None
    if before.lower() in PREPOSITIONS or before in CARDINALS or before.isdigit() or count_word(before) \
            or (det is not None and set(det[2]) & noun_features(prev)[1]):
        return None
    joined = prev.lower() + part
    return toks[i - 1].start, joined if i - 1 not in ctx.doc.sentence_starts else joined.capitalize()


NAME_PIECE_MIN_ZIPF = 2.5   # "Marionetten" 3.1


def _name_piece_apart(prev: str, part: str) -> bool:
    """A noun split after a first piece that reads as a name, the rest a German word written small ("mit
    lebensgroßen Mario netten" -> "Marionetten"): no common noun before, a noun German text has joined."""
    joined = prev + part
    return len(prev) >= 3 and prev[:1].isupper() and prev[1:].islower() and prev.isalpha() and len(part) >= 3 \
        and part.isalpha() and part.islower() and nouns.head_of(prev) is None \
        and not lexicon.is_german(prev.lower()) and nouns.head_of(joined) is not None \
        and lexicon.zipf_de(joined.lower()) >= NAME_PIECE_MIN_ZIPF


def _counted_or_noun_position(ctx: Context, i: int) -> bool:
    """Token I stands where a noun does (see _noun_position) or after a number ("zwei Tanker routen"), not where a
    clause's subject may stand before its verb ("Experten monitoren …")."""
    toks = ctx.doc.tokens
    counted = i > 0 and ctx.adjacent(i - 1, i) and (toks[i - 1].text in CARDINALS or toks[i - 1].text.isdigit())
    return counted or _noun_position(ctx, i)


SMALL_HEAD_MIN_ZIPF = 3.0   # a common noun ("Experte" 4.3, "Routen" 3.6; not a rare plural, "Hochrufen" 1.2)


def _small_head_apart(prev: str, part: str) -> bool:
    """A noun, then a noun written small that is no word as it stands, neither German nor English ("der Luftfahrt
    experte"): the head of a compound written apart, where hunspell knows the two joined (German text need not
    have used the compound: "Luftfahrtexperte")."""
    return len(part) >= 4 and part.isalpha() and part.islower() and not lexicon.is_german(part) \
        and not lexicon.is_english(part) and bool(nouns.analyses(part[0].upper() + part[1:])) \
        and lexicon.zipf_de(part) >= SMALL_HEAD_MIN_ZIPF \
        and len(prev) >= 3 and prev[:1].isupper() and prev[1:].islower() and prev.isalpha() and noun_head(prev) \
        and lexicon.is_german(prev + part)


def _stem_head_apart(ctx: Context, i: int, prev: str, part: str) -> bool:
    """A verb's or an adjective's stem capitalised as no noun is, and a noun written small after it, joined a compound
    hunspell knows, after a determiner that fits the head ("vom Trag seil" -> "Tragseil", "die Fahr rinne", "die
    Gesamt kosten")."""
    from .agreement import noun_features   # (agreement imports this module's importers)

    head = part[0].upper() + part[1:]
    # (no verb's infinitive written small, which its noun is too, "das Backend verwenden wird", unless the whole is a
    # common word, "die Gesamt kosten"; no present participle first, "Backend")
    if not (len(prev) >= 3 and prev.isalpha() and prev[:1].isupper() and prev[1:].islower() and len(part) >= 3
            and part.isalpha() and part.islower() and not nouns.analyses(prev)
            and (not part.endswith("n") or lexicon.zipf_de((prev + part).lower()) >= SPLIT_COMMON_MIN_ZIPF)
            and not prev.endswith("end")
            and lexicon.is_german(prev.lower() + "en") and lexicon.zipf_de(part) >= SMALL_HEAD_MIN_ZIPF
            and lexicon.is_german(prev + part) and nouns.head_of(prev + part) in (head, prev + part)):
        return False
    toks = ctx.doc.tokens
    before = toks[i - 2].text if i >= 2 and ctx.adjacent(i - 2, i - 1) else ""
    det = (determiner(before) or contraction_determiner(before)) if before else None
    return det is not None and bool(set(det[2]) & noun_features(head)[1])


def _unbuilt_head_apart(ctx: Context, i: int, prev: str, part: str) -> bool:
    """_small_head_apart's noun and head at I - 1 and I where hunspell does not build the compound ("dem Stollen
    einsturz"): a common singular noun first, and a determiner right before it that fits the head, so the two make
    one phrase (not old spelling after a noun of another phrase: "die Schränke schrein", "der Kirche werth")."""
    from .agreement import noun_features   # (agreement imports this module's importers)

    head = part[0].upper() + part[1:]
    if not (len(part) >= 4 and part.isalpha() and part.islower() and not lexicon.is_german(part)
            and not lexicon.is_english(part) and lexicon.zipf_de(part) >= SMALL_HEAD_MIN_ZIPF
            and prev[:1].isupper() and prev[1:].islower() and prev.isalpha() and noun_head(prev)
            and lexicon.zipf_de(prev.lower()) >= SMALL_HEAD_MIN_ZIPF and not lexicon.is_english(prev.lower())
            and nouns.head_of(prev + part) == head):
        return False
    # (or a preposition's contracted article: "am Schacht eingang"; adjectives may stand between: "des ukrainischen
    # Drohnen herstellers")
    toks = ctx.doc.tokens
    k = i - 2
    while k > 0 and ctx.adjacent(k, k + 1) and toks[k].text.islower() and adjective_stem(toks[k].text) \
            and determiner(toks[k].text) is None and i - k <= 4:
        k -= 1
    before = toks[k].text if k >= 0 and ctx.adjacent(k, k + 1) else ""
    det = (determiner(before) or contraction_determiner(before)) if before else None
    if det is None:
        return False
    # (a plural first part, or adjectives between, only where the determiner cannot be the first part's own: "des
    # … Drohnen herstellers"; "die Schränke schrein" is old spelling after a noun of its own phrase, "der
    # jedesmaligen Stufe eigner" an old adjective after one)
    # (the readings of the first part's common lemmas: "Drohnen" of "Drohne", not the rare weak "Drohn")
    readings = nouns.analyses(prev)
    common = max((lexicon.zipf_de(lem.lower()) for lem, _ in readings), default=0.0) - 1.0
    prev_feats = {f for lem, f in readings if lexicon.zipf_de(lem.lower()) >= common}
    if (not any(".sg" in f for f in prev_feats) or k < i - 2) and set(det[2]) & prev_feats:
        return False
    # (not the noun and a name of it, its capital lost: "Der Begriff heimat")
    return bool(set(det[2]) & noun_features(head)[1]) and not _apposition(ctx, i - 1, head)


FIRST_PART_MIN_ZIPF = 3.0   # "Cyber" 3.7, "Bio" 4.4: German text has them often, always as a compound's first part


def stem_apart(ctx: Context, i: int) -> tuple[int, str] | None:
    """(end of the span, the joined word) for a compound whose first part, a stem that is no word of its own, is
    written apart from its noun ("von Lösch Flugzeugen" -> "Löschflugzeugen"): the joined word is one German text
    uses. A first part German text has often (only ever joined: "Cyber Sicherheitsexperten") counts at a sentence's
    start too, and with any join hunspell knows."""
    toks = ctx.doc.tokens
    first = toks[i].text
    if i + 1 >= len(toks) or not ctx.adjacent(i, i + 1) \
            or not (first[:1].isupper() and first[1:].islower() and first.isalpha() and len(first) >= 3) \
            or lexicon.is_german_any_case(first) or nouns.analyses(first) or lexicon.is_english(first.lower()):
        return None
    common = lexicon.zipf_de(first.lower()) >= FIRST_PART_MIN_ZIPF
    if i in ctx.doc.sentence_starts and not common:
        return None
    nxt = toks[i + 1].text
    # (before an abbreviation, a hyphen: "der kompakte Elektro SUV" -> "Elektro-SUV"; not inside a run of names,
    # "Linux Kernel Crypto API")
    if common and i not in ctx.doc.sentence_starts and len(first) >= 4 and 2 <= len(nxt) <= 5 and nxt.isupper() \
            and nxt.isalpha() and toks[i - 1].text.islower() and ctx.adjacent(i - 1, i):
        return toks[i + 1].end, f"{first}-{nxt}"
    if not (nxt[:1].isupper() and nxt[1:].islower() and nxt.isalpha()) or not noun_head(nxt):
        return None
    joined = first + nxt.lower()
    if not (compound_in_use(joined) or (common and len(nxt) >= 4 and lexicon.is_german(joined))):
        return None
    return toks[i + 1].end, joined


def compound_in_use(joined: str) -> bool:
    """JOINED is a word hunspell knows and German text uses (wordfreq has seen it, or it without its case ending:
    "Konzernvorstand-s", "Löschflugzeug-en"): not merely one hunspell's compounding could build."""
    return lexicon.is_german_any_case(joined) and (lexicon.zipf_de(joined.lower()) > 0 or any(
        joined.endswith(e) and lexicon.zipf_de(joined[: -len(e)].lower()) > 0 for e in ("s", "es", "n", "en", "e")))


def noun_head(word: str) -> bool:
    return bool(nouns.analyses(word) or nouns.head_of(word))


_NAME_GENITIVES = frozenset(("Gottes",))


def bare_genitive_apart(ctx: Context, i: int, part: str) -> tuple[int, str] | None:
    """A masculine or neuter noun's genitive in -s with no article, after a preposition, a comma or a conjunction,
    before a noun it makes a compound with ("trotz Gerichts Verfügung", "Elektronik, Haushalts Waren"): German sets
    such a genitive bare only before its own noun as a name's, so the s links a compound hunspell knows."""
    toks = ctx.doc.tokens
    prev = toks[i - 1].text.lower() if i > 0 and ctx.adjacent(i - 1, i) else ""
    nxt = toks[i + 1].text
    # (the noun after it may have lost its capital, a verb's form too: "aus Gerichts unterlagen", "Handels ketten")
    head = nxt[:1].upper() + nxt[1:]
    if not (part.endswith("s") and len(part) >= 5 and part[1:].islower() and part[:1].isupper()
            and (prev in PREPOSITIONS or prev in (",", "und", "oder", "sowie")) and prev not in ("als", "wie")
            and head[1:].islower() and nxt.isalpha() and len(nxt) >= 4 and nxt.lower() not in PREPOSITIONS):
        return None   # (not "von Rechts wegen")
    readings = nouns.analyses(part)
    # ("Gottes" is a name's genitive, set before its noun: "von Gottes Gnaden", "nach Gottes Wort")
    if not readings or not all(f.startswith("gen.sg") for _, f in readings) or not nouns.analyses(head) \
            or part in _NAME_GENITIVES:
        return None
    joined = part + nxt.lower()
    return (toks[i + 1].end, joined) if lexicon.is_german(joined) and nouns.head_of(joined) else None


def linked_apart(ctx: Context, i: int, part: str) -> tuple[int, str] | None:
    """(end of the span, the joined word) for a noun with its linking s written apart from the next noun ("die
    Rettungs Westen" -> "Rettungswesten"): a feminine noun takes no genitive -s, so the s links a compound; the
    joined word is one German text uses."""
    toks = ctx.doc.tokens
    if part == toks[i].text and i + 1 < len(toks) and ctx.adjacent(i, i + 1):
        bare = bare_genitive_apart(ctx, i, part)
        if bare is not None:
            return bare
    # (the suffix makes the noun feminine where the lexicon lacks it: "Umschulungs programme"; or the lexicon has
    # the noun feminine only and no form in -s: "Herkunfts Zertifikate")
    if not (part == toks[i].text and part.endswith("s") and (
            (part[:-1].endswith(_FEMININE_SUFFIXES) and (nouns.analyses(part[:-1]) or lexicon.is_german(part[:-1])))
            or _feminine_only(part[:-1]) and not nouns.analyses(part))
            and i + 1 < len(toks) and ctx.adjacent(i, i + 1)):
        return None
    nxt = toks[i + 1].text
    # (the noun after it may have lost its capital too: "Entwicklungs team", also where the small word is a verb
    # form as well: "Milchverarbeitungs betrieb")
    if not ((nxt[:1].isupper() and nxt[1:].islower() or nxt.islower() and (
            not lexicon.is_german(nxt) or nouns.analyses(nxt[0].upper() + nxt[1:]))) and nxt.isalpha()):
        return None
    joined = part + nxt.lower()
    # (a second part that lost its capital as well is evidence enough for a word hunspell knows: "Sanktions paket";
    # so is a common noun after a first part no English word reads as, "Gewerkschafts Führerin", "Injektions
    # bohrungen": German has no word in feminine -ungs, -ions, standing alone; "Operations Manager" is English)
    head = nxt[0].upper() + nxt[1:]
    # (or a compound the lexicon reads by its head where hunspell lacks it: "Umleitungs Tunnels", as no word ends
    # in feminine -ungs standing alone)
    if not (compound_in_use(joined) or (nxt.islower() and lexicon.is_german_any_case(joined))
            or (len(nxt) >= 4 and not lexicon.is_english(part.lower()) and nouns.analyses(head)
                and (lexicon.is_german_any_case(joined) or not lexicon.is_german(nxt)
                     or (nxt[:1].isupper() and nouns.head_of(joined) == head)))):
        return None
    return toks[i + 1].end, joined


def _feminine_only(noun: str) -> bool:
    """The lexicon has NOUN, of five letters or more, as a feminine singular and nothing else, and a plural of it: a
    common noun ("Herkunft", "Herkünfte"), no place, whose genitive takes the -s ("Moldaus Parlament"), nor a
    name's short form ("Maas", whose old spelling "Maass" is the measure)."""
    feats = {f for _, f in nouns.analyses(noun)}
    return len(noun) >= 5 and bool(feats) and all(f.endswith(".sg.f") for f in feats) \
        and bool(nouns.forms_of(noun).get("nom.pl"))


def after_determiner(ctx: Context, i: int) -> bool:
    """Token I stands where a noun does: after a determiner and at most two lower-case words ("einer neuen …")."""
    toks = ctx.doc.tokens
    j = i - 1
    while j >= 0 and i - j <= 3 and ctx.adjacent(j, j + 1):
        w = toks[j].text
        if determiner(w) is not None:
            return True
        if not (w.isalpha() and w.islower()):
            return False
        j -= 1
    return False


def _phrase_follows(ctx: Context, i: int) -> bool:
    """A noun phrase begins after token I (a determiner, a capitalised word or a number): a preposition run into
    the word before it has its object there ("einen Desktopauf einem Laptop")."""
    toks = ctx.doc.tokens
    if i + 1 >= len(toks) or not ctx.adjacent(i, i + 1):
        return False
    nxt = toks[i + 1].text
    return determiner(nxt) is not None or nxt[:1].isupper() or nxt[:1].isdigit()


def _noun_stem(left: str) -> bool:
    """LEFT can begin a compound as a noun: a noun, a noun with its linking s, or a noun's compound stem ("Schad"
    of "Schaden", "Stimm" of "Stimme")."""
    if len(left) < 4 or not left[0].isupper():
        return False
    if nouns.analyses(left) and lexicon.is_german(left):
        return True
    if left.endswith("s") and len(left) >= 6 and nouns.analyses(left[:-1]):
        return True
    return any(nouns.analyses(left + e) and lexicon.is_german(left + e) for e in ("e", "en"))


CUT_HEAD_NAME_MIN_ZIPF = 1.0   # in German and English text alike: a name ("Registan" 1.3 and 1.2)


def _cut_head(ctx: Context, i: int, part: str) -> tuple[str, list[str], str] | None:
    """A compound whose head is cut off, in a noun's place after a determiner: it ends after a linking s ("einer
    neuen Finanzierungs"), in a preposition or particle ("das Transitab"), or in a word that is no noun ("die
    Nachwuchsförder", "die Schadsoft"). The proposals are longer words of the article that begin with it, else
    frequent nouns that begin with the stump (for stumps of four letters or more), else none."""
    if not part[:1].isupper() or not part[1:].islower() or len(part) < 8 or not after_determiner(ctx, i):
        return None
    # (a word German and English text both have is a name, no stump: "rund um den Registan" is Samarkand's square)
    low = part.lower()
    if lexicon.zipf_de(low) >= CUT_HEAD_NAME_MIN_ZIPF and lexicon.zipf_en(low) >= CUT_HEAD_NAME_MIN_ZIPF:
        return None
    # longer words of the article that begin with it: the compound whole ("Fertigungs" … "Fertigungslinie")
    # (an inflected form of it is no whole: "Gratinform" … "Gratinformen")
    longer = [w for w in _words_starting(ctx, part) if len(w) >= len(part) + 2 and w[len(part):].islower()
              and w[len(part):] not in _INFLECTIONS]
    stump = None
    if part.endswith("s") and part[:-1].endswith(_FEMININE_SUFFIXES) and nouns.analyses(part[:-1]) \
            and not part[len(part) - 1:].startswith("-"):
        stump = ""   # a feminine noun takes no genitive -s: the s links a head that is missing
    else:
        # a noun head after a noun makes a compound, whatever else the letters could be ("Gratin|form", not
        # "Grat|inform…")
        if any((_noun_stem(part[:k]) or lexicon.is_german_any_case(part[:k])) and part[k:].lower() not in PARTICLES
               and nouns.analyses(part[k].upper() + part[k + 1:]) for k in range(4, len(part) - 3)):
            return None
        for k in range(len(part) - 2, 3, -1):
            left, right = part[:k], part[k:]
            if not _noun_stem(left):
                continue
            if not longer and _first_part_zipf(left) < TRUNCATED_FIRST_MIN_ZIPF:
                continue   # a rare first part is a guess ("Equipe|ment" is French "Equipement")
            # (an English word may be the head: "Befehlsprompt"; unless the article has the whole word)
            if right in PARTICLES or (len(right) >= 4 and not nouns.analyses(right[0].upper() + right[1:])
                                      and (lexicon.is_german(right) or _noun_completions(right))
                                      and (longer or not lexicon.is_english(right))):
                stump = right
                break
    if stump is None:
        return None
    if ctx.doc.text[ctx.doc.tokens[i].end:ctx.doc.tokens[i].end + 1] == "-":
        return None   # "Finanzierungs- und Kreditrunde": a suspended compound
    noun = part[: len(part) - len(stump)]
    if _verb_of_number(stump, noun):
        # the rest a finite verb in the number of the noun before it: the subject and its verb run together
        # ("Die Ermittlerkonzentrieren sich …" -> "Ermittler konzentrieren")
        return f"„{part}“ looks like two words run together: a noun and its verb", [f"{noun} {stump}"], "error"
    toks = ctx.doc.tokens
    if i + 1 < len(toks) and (split_after_word(ctx, i + 1, toks[i + 1].text) is not None
                              or split_compound(ctx, i + 1, toks[i + 1].text) is not None):
        return None   # its head follows, written small: "ein neues Sanktions paket" is one word written apart
    proposals = longer[:3] or ([part[: len(part) - len(stump)] + c for c in _noun_completions(stump)]
                               if len(stump) >= 4 and stump not in PARTICLES else [])
    # (the forms the determiner before fits first: "Das Schiedsverfahr" -> "Schiedsverfahren", then "…verfahrens")
    det = determiner(toks[i - 1].text) if i > 0 and ctx.adjacent(i - 1, i) else None
    if det is not None and proposals and not any(_fits_determiner(p, det[2]) for p in proposals):
        # (or the form of the first one's head the determiner fits: "…verfahrens" -> "…verfahren")
        stem = part[: len(part) - len(stump)]
        head = proposals[0][len(stem):]
        head = head[:1].upper() + head[1:]
        forms = [f for lem, _ in nouns.analyses(head) for fs in nouns.forms_of(lem).values() for f in fs
                 if _fits_determiner(f, det[2])]
        proposals = [stem + f.lower() for f in sorted(set(forms), key=len)[:1]] + proposals
    elif det is not None:
        proposals.sort(key=lambda p: not _fits_determiner(p, det[2]))
    return f"„{part}“ is not a word: a compound whose last part is cut off", proposals, "warning"


def _links_with_s(first: str) -> bool:
    """The frequent German compounds that begin with the noun FIRST mostly add a linking s ("Triebwerks|teile",
    "Triebwerks|schaden"): at least three of them, more than join it bare."""
    low = first.lower()
    words = _all_german_sorted()
    linked = sum(1 for w in _starting_with(words, low + "s") if len(w) >= len(low) + 4)
    bare = sum(1 for w in _starting_with(words, low) if len(w) >= len(low) + 3 and w[len(low)] != "s")
    return linked >= 3 and linked > bare


@lru_cache(maxsize=1)
def _all_german_sorted() -> list[str]:
    """Every word wordfreq has seen in German text, sorted for prefix search (built once, on first use)."""
    return sorted(w for w in lexicon.german_frequencies() if w.isalpha())


def _words_starting(ctx: Context, prefix: str) -> list[str]:
    """The article's distinct words that begin with PREFIX, sorted (one sorted list per document)."""
    words = ctx.memo("garbled.sorted_words", lambda: sorted({t.text for t in ctx.doc.tokens if t.is_alpha_word}))
    return list(_starting_with(words, prefix))


def _starting_with(words: list[str], prefix: str):
    """The words of the sorted list WORDS that begin with PREFIX, in order."""
    for k in range(bisect_left(words, prefix), len(words)):
        if not words[k].startswith(prefix):
            break
        yield words[k]


def _noun_completions(fragment: str) -> tuple[str, ...]:
    """Frequent German nouns (lower-case) that begin with the fragment and are at most four letters longer
    ("förder" -> "förderung"), likeliest first."""
    return _prefixed(fragment.lower(), 4, True)


@lru_cache(maxsize=1)
def _ranked_german() -> tuple[list[str], dict[str, int]]:
    """The 50,000 most frequent German words, sorted for prefix search, with their frequency rank."""
    from wordfreq import top_n_list
    ranked = [w for w in top_n_list("de", 50_000) if w.isalpha()]
    return sorted(ranked), {w: r for r, w in enumerate(ranked)}


def _completions(fragment: str) -> tuple[str, ...]:
    """Frequent German words that the fragment is the beginning of ("eingetrag" -> "eingetragen"), likeliest first."""
    return _prefixed(fragment.lower(), 3, False)


@lru_cache(maxsize=10_000)
def _prefixed(low: str, extra: int, nouns_only: bool) -> tuple[str, ...]:
    """The two most frequent German words that begin with LOW and are at most EXTRA letters longer: nouns only
    (no lower-case word of hunspell) or any German word (wordfreq's list has names too: "ing" -> "Ingrid")."""
    words, rank = _ranked_german()
    hits = []
    for w in _starting_with(words, low):
        if w == low or len(w) > len(low) + extra:
            continue
        noun = bool(nouns.analyses(w[0].upper() + w[1:]))
        if (noun and not lexicon.is_german(w)) if nouns_only else (lexicon.is_german(w) or noun):
            hits.append(w)
    hits.sort(key=rank.__getitem__)
    return tuple(hits[:2])
