"""Agreement and case in noun phrases: [preposition] determiner [adjectives] noun.

"die Abzugs": "die" can only be nominative/accusative feminine or plural, "Abzugs" only genitive singular
masculine, so no reading fits. The proposals keep the noun's lemma and number (the translation usually got the
word right and the ending wrong) and the determiner's case, and rebuild determiner, adjectives and noun:
"der Abzug", "den Abzug", then "die Abzüge".
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from ... import lexicon, nouns
from ...findings import Finding
from . import morphology as M
from . import tables
from .context import Context

# Words that may stand between determiner and noun without an ending of their own.
_INVARIANT = frozenset(
    "sehr besonders äußerst ganz recht ziemlich so zu noch bereits schon fast rund etwa knapp mehr weniger nicht kaum "
    "bisher bislang zuletzt derzeit dort hier".split()   # (and adverbs of a participle: "die dort untergebrachten")
)
_NEGATING = frozenset(("nicht", "kaum", "bisher"))
# A number between article and noun makes a measure phrase whose noun keeps its singular form ("die obersten 20
# Prozent", "der rund 300 Euro"): such phrases are not judged.
_NUMBER_WORDS = frozenset("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig "
                          "sechzig siebzig achtzig neunzig hundert tausend hunderte tausende dutzend".split())
# Words that are a preposition here and a conjunction or adverb elsewhere ("während die Union verhandelte",
# "seit die Grenze offen ist"): after them a nominative is the subject of a clause, not a wrong case.
_AMBIGUOUS_PREPOSITIONS = {"während": ("gen",), "seit": ("dat",), "statt": ("gen",), "anstatt": ("gen",),
                           "um": ("akk",), "außer": ("dat",), "gegenüber": ("dat",), "ab": ("dat", "akk"),
                           "entlang": ("akk", "gen", "dat"), "bis": ("akk",),
                           # (a verb's particle or a postposition too; before its phrase the dative, Duden: "entgegen
                           # des Rats" is wrong)
                           "entgegen": ("dat",)}
_MAX_ADJ = 3
# prepositions whose dative is colloquial when an article shows the case ("wegen dem Angriff"; Duden, "wegen":
# "mit Dativ umgangssprachlich"); the genitive is the written standard
_GENITIVE_STANDARD = frozenset(("wegen", "trotz"))
_RELATIVE = frozenset(("der", "die", "das", "den", "dem", "denen", "deren", "dessen"))
# determiners a relative clause's object may open with ("…, die jedem Kunden …"), unlike pronouns of their own
# there ("…, die einem ihr Alter verrät", "…, der solche alle Tage sieht")
_RELATIVE_CLAUSE_DETERMINERS = frozenset("jed dies jen mein dein sein ihr unser eur".split())
_DEFINITE = frozenset(("der", "die", "das", "den", "dem", "des"))
# Finite forms of the auxiliaries and modals: "das" right after them is a pronoun as often as an article ("sind das
# ungelernte Berufe", "würde das Befangenheit einführen").
_AUXILIARIES = frozenset(
    "ist sind war waren wäre wären sei seien wird werden wurde wurden würde würden hat haben hatte hatten hätte "
    "hätten kann können konnte konnten könnte könnten muss müssen musste mussten müsste müssten soll sollen sollte "
    "sollten will wollen wollte wollten darf dürfen durfte dürfte mag möchte möchten bedeutet heißt".split())


def _adverb_of_adjective(w: str) -> bool:
    """W is an adjective's bare form, an adverb before another adjective ("ungewöhnlich", "gut"): not a preposition
    ("unter"), not a verb form ("Diese enthalten …", "Dieses erzeugt …")."""
    return w.isalpha() and w.islower() and w not in M.PREPOSITIONS and not w.endswith("en") \
        and not (w.endswith("t") and lexicon.is_german(w[:-1] + "en")) and not _is_adjective(w) \
        and lexicon.is_german(w) and _is_adjective(w + "e")


# a number and an adjective joined by a hyphen ("34-jährigen", "5-prozentige"; the part after the hyphen may be no
# word alone: "10-köpfigen")
_NUMBER_ADJECTIVE_RE = re.compile(r"\d+-([a-zäöüß]{4,})")


def np_at(ctx: Context, i: int):
    """The noun phrase whose determiner is token i: (det info, adjective token indices, noun index) or None."""
    toks = ctx.doc.tokens
    det = M.determiner(toks[i].text)
    if det is None:
        return None
    adjs = []
    counted = False
    j = i + 1
    while j < len(toks) and len(adjs) <= _MAX_ADJ:
        t = toks[j]
        if not ctx.adjacent(j - 1, j):
            return None
        if t.text[0].isupper():
            if adjs and M.determiner(t.text) is not None:
                return None  # "bei der andere Ihre Leistung": a second phrase with its own determiner
            if counted and _measure_after_cardinal(ctx, j):
                return None  # "die restlichen fünf Prozent", "den drei Meter hohen Zaun": a measure, not the noun
            # a capitalised adjective in a name: "die Europäische Union", "der Rote Platz"; place adjectives
            # in -er never inflect: "der Karlsruher Innenstadt" (a compound noun is none: "ein Sondergesandter
            # Chinas")
            if (t.text.endswith("er") and j + 1 < len(toks) and toks[j + 1].text[:1].isupper()
                    and ctx.adjacent(j, j + 1) and ((not nouns.analyses(t.text) and nouns.head_of(t.text) is None)
                                                    or _place_adjective(t.text))
                    and not _apart_er_noun(t.text, toks[j + 1].text)):
                j += 1
                continue
            # a capitalised adjective before a noun ("einem Schwarzen Loch", "die Europäische Union"): an
            # adjective even when the lexicon also lists it as a noun ("der Schwarze")
            # (an adjective in -isch hunspell lacks too: "des Belarussischen Eislaufverbands")
            if (M.adjective_stem(t.text) and j + 1 < len(toks) and toks[j + 1].text[:1].isupper()
                    and (lexicon.is_german(t.text.lower())
                         or re.search(r"isch(?:e|en|er|es|em)$", t.text) is not None)
                    and _is_adjective(t.text.lower())
                    and ctx.adjacent(j, j + 1) and M.determiner(t.text) is None
                    and (nouns.analyses(toks[j + 1].text) or _compound_noun(toks[j + 1].text)
                         or _capitalised_adjective_before_noun(ctx, j + 1))
                    and not _noun_first_part(t.text, toks[j + 1].text)):
                # (an adjective used as a noun that the determiner fits, where the noun after is of another number
                # or gender: a phrase of its own, "auf dem Laptop des Angeklagten Chatverläufe"; not a case ending
                # lost, "des Obersten Gerichtshof")
                # (nor a first name and a surname after it: "Der Abgeordnete Rein Kask")
                if set(det[2]) & {f for _, f in nouns.analyses(t.text)} \
                        and (_first_name_and_surname(ctx, j + 1) or _other_number_or_gender(det, toks[j + 1].text)):
                    return det, adjs, j
                adjs.append(j)
                j += 1
                continue
            # an English name after the determiner ("des Institute of Marine Research"): no German noun phrase
            if j + 2 < len(toks) and toks[j + 1].text in ("of", "for", "and") \
                    and (toks[j + 2].text[:1].isupper() or toks[j + 2].text in ("the", "a")) \
                    and ctx.adjacent(j, j + 1) and ctx.adjacent(j + 1, j + 2):
                return None
            # "für des Parks Erweiterung": an English possessive's word order, _preposed_genitive's
            if _preposed_genitive_at(ctx, i, j) is not None:
                return None
            # "zu den besten Russlands": a superlative used as a noun, and a genitive after it
            if adjs and toks[adjs[-1]].text.endswith(("sten", "ste")) and noun_features(t.text)[1] \
                    and all(f.startswith("gen.sg") for f in noun_features(t.text)[1]):
                return None
            return det, adjs, _elided_head(ctx, j)
        w = t.text
        if M.determiner(w) is not None:
            return None  # "eines dieser Backends": the first word is a pronoun, not an article
        if w in _INVARIANT:
            # an adverb before an adjective ("zu hohe Kosten"); before a noun it is no part of the phrase
            # ("das jeder zu Hause haben sollte")
            if j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
                return None
            # (a negation after a definite article only where a preposition proper stands before it: "machen das
            # nicht alle", "Satz, um den nicht verwandte Bastarde stehen" have pronouns)
            if w in _NEGATING and det[0] != "ein" and not (
                    i > 1 and toks[i - 1].text.lower() in M.PREPOSITIONS and toks[i - 2].text != ","):
                return None
            j += 1
            continue
        # (a number and an adjective of it written apart, "den 34 jährigen Mitarbeiter": one adjective, which the
        # format rules hyphenate; no count of the noun)
        if w.isdigit() and j + 1 < len(toks) and ctx.adjacent(j, j + 1) and _APART_NUMBER_ADJECTIVE_RE.fullmatch(
                toks[j + 1].text):
            adjs.append(j + 1)
            j += 2
            continue
        # (a count in digits too, not a year: "auf den letzten 12 Kilometer")
        count = w in M.CARDINALS or (w.isdigit() and len(w) <= 3 and not w.startswith("0") and int(w) > 1
                                     and ctx.doc.text[t.end:t.end + 1] != ".")   # (not an ordinal: "des 9.")
        grouped = _grouped_number_end(ctx, j) if not counted else None
        if grouped is not None:
            count, j = True, grouped   # thousands grouped with points: "mit ihre rund 350.000 Einwohnern"
        if count and j + 1 < len(toks) and ctx.adjacent(j, j + 1) and not counted:
            # a cardinal between the determiner (and adjectives) and the noun ("in den letzten zwei Jahre"): the
            # phrase is plural, and a determiner with no plural is no phrase of this kind ("dem zwei Meter hohen")
            plural = tuple(f for f in det[2] if f.endswith(".pl"))
            if not plural:
                return None
            det, counted = (det[0], det[1], plural), True
            j += 1
            continue
        number_adjective = _NUMBER_ADJECTIVE_RE.fullmatch(w)
        if number_adjective and (_is_adjective(number_adjective.group(1)) or (M.adjective_stem(
                number_adjective.group(1)) or "").endswith(("ig", "fach"))):
            adjs.append(j)   # an adjective with a number before its hyphen ("seiner 34-jährigen Geschichte")
            j += 1
            continue
        if w.isdigit() and j + 2 < len(toks) and toks[j + 1].text == "." and ctx.adjacent(j, j + 1) \
                and ctx.adjacent(j + 1, j + 2) and j + 2 not in ctx.doc.sentence_starts and not counted:
            j += 2      # an ordinal in digits declines nothing: "des 9. Internationalen Festivals"
            continue
        if _YEAR_RE.fullmatch(w) and j + 1 < len(toks) and ctx.adjacent(j, j + 1) \
                and re.search(r"(?:t|en)(?:e|en|er|es|em)$", toks[j + 1].text) is not None \
                and toks[j + 1].text.islower() and _is_adjective(toks[j + 1].text):
            j += 1      # a year before a participle, its adverbial: "des 2019 verstorbenen Malers"
            continue
        if w.isdigit() or w.lower() in _NUMBER_WORDS or w in (",", "."):
            return None
        if j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text.islower() and _adverb_of_adjective(w) \
                and _is_adjective(toks[j + 1].text):
            j += 1      # an adjective as an adverb before another: "die ungewöhnlich trockene Sommer"
            continue
        if w in _ADVERB_HOMOGRAPHS and j + 1 < len(toks) and ctx.adjacent(j, j + 1) \
                and toks[j + 1].text.islower() \
                and re.search(r"(?:t|en|end)(?:e|en|er|es|em)$", toks[j + 1].text) is not None \
                and _is_adjective(toks[j + 1].text):
            j += 1      # an adverb before a participle: "der lange erwarteten Renovierung", "die gerade eröffnete"
            continue
        if w.endswith("er") and j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text.islower() \
                and _is_adjective(toks[j + 1].text) and lexicon.is_german(w[:-2]) and _is_adjective(w[:-2] + "e"):
            j += 1      # a comparative used as an adverb before an adjective: "einer breiter angelegten Strategie"
            continue
        # (two adjectives joined, both with the same ending: "mit den rumänischen und bulgarischen Partnern"; only
        # where the determiner is an article for sure, after a preposition or opening the sentence: "bedeute das
        # höhere und stabilere Preise", "…, das billige und stabile Strom liefere" have pronouns)
        if w in ("und", "oder", "sowie") and adjs and adjs[-1] == j - 1 and j + 1 < len(toks) \
                and (i in ctx.doc.sentence_starts or (i > 0 and toks[i - 1].text.lower() in M.PREPOSITIONS)) \
                and ctx.adjacent(j, j + 1) and toks[j + 1].text.islower() and toks[j + 1].text.isalpha() \
                and _is_adjective(toks[j + 1].text) and _adjective_ending(toks[j - 1].text) \
                == _adjective_ending(toks[j + 1].text) is not None:
            j += 1
            continue
        # (the superlatives of quantity after an article: "den meisten Schiffen", "der wenigsten Betriebe"; an
        # adjective of two joined by a hyphen declines at its end: "einen türkisch-aserbaidschanischen")
        if (w.isalpha() and (_is_adjective(w) or (w in ("meisten", "wenigsten") and det[0] == "def"))) \
                or _hyphenated_adjective(w):
            adjs.append(j)
            j += 1
            continue
        return None
    return None


def _adjective_ending(word: str) -> str | None:
    return next((e for e in M.ADJ_ENDINGS if word.endswith(e)), None)


_YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")
_APART_NUMBER_ADJECTIVE_RE = re.compile(r"(?:jährig|tägig|wöchig|monatig|stündig|minütig|köpfig|prozentig|fach|"
                                        r"malig|seitig|teilig|stöckig|spurig)(?:e|en|er|es|em)")


def _elided_head(ctx: Context, j: int) -> int:
    """The last noun of a coordination whose first compounds end in a hyphen ("Mehl- und Energiepreise"): the
    phrase's case and number show on it alone; j itself where token j is no such first part."""
    toks = ctx.doc.tokens
    k = j
    while (k + 2 < len(toks) and toks[k].text.endswith("-") and toks[k].text[:1].isupper()
           and toks[k].text[:-1].isalpha() and toks[k + 1].text in ("und", "oder", "sowie", ",")
           and ctx.adjacent(k, k + 1) and ctx.adjacent(k + 1, k + 2)):
        k += 2
    # (the last a noun after a conjunction that ends the phrase: not "die Dienst-, Bereichs-, Pfad, Socket- …", nor
    # a longer name, "den Wald- und Wiesen BSD'ler")
    if k == j or not toks[k].text[:1].isupper() or not toks[k].text.isalpha() or toks[k].text.endswith("-") \
            or toks[k - 1].text == "," or (k + 1 < len(toks) and ctx.adjacent(k, k + 1)
                                           and (toks[k + 1].text[:1].isupper() or toks[k + 1].text in (",", "-"))):
        return j
    return k


def _grouped_number_end(ctx: Context, j: int) -> int | None:
    """The index of the last token of a number written with German thousands points that starts at token J
    ("350.000", "1.200.000"), else None; a date or an ordinal has no group of three digits ("3.10.", "des 9.")."""
    toks = ctx.doc.tokens
    w = toks[j].text
    if not (w.isdigit() and len(w) <= 3 and not w.startswith("0")):
        return None
    k = j
    while k + 2 < len(toks) and toks[k + 1].text == "." and len(toks[k + 2].text) == 3 and toks[k + 2].text.isdigit() \
            and ctx.adjacent(k, k + 1) and ctx.adjacent(k + 1, k + 2):
        k += 2
    return k if k > j and ctx.doc.text[toks[k].end:toks[k].end + 1] not in (".", ",") else None


def _twin_adverb(ctx: Context, n: int) -> bool:
    """Noun N stands twice around a preposition, an adverb of its own ("die beiden Schritt für Schritt", "Tag um
    Tag"): no part of the phrase before it."""
    toks = ctx.doc.tokens
    return n + 2 < len(toks) and toks[n + 2].text == toks[n].text and toks[n + 1].text in ("für", "um", "zu", "an",
                                                                                          "in", "auf")


def _capitalised_adjective_before_noun(ctx: Context, j: int) -> bool:
    """Token J is a second capitalised adjective of a name before its noun ("die Vereinigten Arabischen
    Emirate")."""
    toks = ctx.doc.tokens
    w = toks[j].text
    return j + 1 < len(toks) and ctx.adjacent(j, j + 1) and bool(M.adjective_stem(w)) \
        and lexicon.is_german(w.lower()) and _is_adjective(w.lower()) and bool(nouns.analyses(toks[j + 1].text))


def _first_name_and_surname(ctx: Context, j: int) -> bool:
    """Tokens J and J + 1 read as a first name and a surname: capitalised, the second no word German has."""
    toks = ctx.doc.tokens
    return j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text[:1].isupper() \
        and toks[j + 1].text.isalpha() and not nouns.analyses(toks[j + 1].text) \
        and not lexicon.is_german_any_case(toks[j + 1].text)


def _other_number_or_gender(det, noun: str) -> bool:
    """NOUN, a word hunspell knows (not a fused "Meergefahren"), has no number and gender DET's readings have."""
    if not lexicon.is_german(noun):
        return False
    after = {f.split(".", 1)[1] for f in noun_features(noun)[1]}
    return bool(after) and not {f.split(".", 1)[1] for f in det[2]} & after


def _measure_after_cardinal(ctx: Context, j: int) -> bool:
    """The noun at J after a cardinal is no counted plural of the phrase: a word with no plural reading ("fünf
    Prozent", "drei Mal", "zwei Grad"), or a measure before an adjective and the noun it measures ("den drei Meter
    hohen Zaun")."""
    toks = ctx.doc.tokens
    # (a span of the calendar is counted in the plural, unlike a measure: "in den nächsten fünf Jahr" ->
    # "Jahren", but "fünf Prozent", "drei Mal")
    if not any(f.endswith(".pl") for f in noun_features(toks[j].text)[1]) and toks[j].text not in _CALENDAR_SPANS:
        return True
    return j + 2 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text.islower() \
        and _is_adjective(toks[j + 1].text) and toks[j + 2].text[:1].isupper()


_CALENDAR_SPANS = frozenset("Jahr Monat Tag Jahrzehnt Jahrhundert Quartal Semester".split())


def _apart_er_noun(word: str, nxt: str) -> bool:
    """WORD, in -er but no place's adjective, is the first part of a compound German text has with NXT ("an der
    Schwarzmeer Küste": Schwarzmeerküste), not an adjective that never inflects."""
    from .garbled import compound_in_use   # (garbled imports from english, which imports this module)

    return not _place_adjective(word) and nxt.isalpha() and nxt[1:].islower() and compound_in_use(word + nxt.lower())


def _place_adjective(word: str) -> bool:
    """A place name + -er ("Londoner", "Kiewer"): an adjective before a noun even where the lexicon lists the
    inhabitant ("der Londoner")."""
    if not word.endswith("er"):
        return False
    # (a name the noun lexicon lists has no plural: "Paris", "Wien"; a common noun has, "Bau")
    stem = word[:-2]
    if len(stem) >= 3 and lexicon.is_german(stem) and not lexicon.is_german(stem.lower()) \
            and not any(f.endswith(".pl") for f in nouns.forms_of(stem)) \
            and not any(f.endswith(".pl") for _, f in nouns.analyses(stem)):
        return True
    # (or a city in -en that drops it, German text naming it often: "Bremen" -> "Bremer", "Dresden" -> "Dresdner";
    # a rare noun's plural of the same letters is no matter, "Bremen" of "Breme", a common one's is, "Kellen")
    cities = (word[:-2] + "en",) + ((word[:-3] + "en",) if word.endswith("ner") else ())
    return word.isalpha() and any(
        lexicon.is_german(city) and not lexicon.is_german(city.lower())
        and lexicon.zipf_de(city.lower()) >= PLACE_IN_EN_MIN_ZIPF
        and not any(f.endswith(".pl") for f in nouns.forms_of(city))
        and not any(lem != city and lexicon.zipf_de(lem.lower()) >= PLACE_IN_EN_NOUN_MAX_ZIPF
                    for lem, _ in nouns.analyses(city))
        for city in cities)


PLACE_IN_EN_MIN_ZIPF = 3.5   # a city German text names often ("Bremen" 4.8, "Zwickau" 3.7)
PLACE_IN_EN_NOUN_MAX_ZIPF = 2.5   # … whose letters are a rarer noun's plural at most ("Breme" 1.8; not "Kelle" 3.1)


def _compound_noun(word: str) -> bool:
    """A compound the noun lexicon lacks whose head it has, the head a noun of four letters or more after a
    first part that is a word ("Dokumentarfilm|festival"; not "Verl|acht")."""
    head = nouns.head_of(word)
    if head is None or len(head) < 4 or not word.isalpha() or len(word) - len(head) < 4:
        return False
    first = word[: len(word) - len(head)]
    firsts = (first, first[:-1]) if first.endswith("s") else (first,)
    return any(nouns.analyses(x) or nouns.head_of(x) for x in firsts)


def _hyphenated_adjective(word: str) -> bool:
    """Adjectives joined by a hyphen, written small, the last inflected ("deutsch-französischen")."""
    parts = word.split("-")
    return len(parts) > 1 and all(p.isalpha() and p.islower() and len(p) >= 3 for p in parts) \
        and _is_adjective(parts[-1]) and all(lexicon.is_german(p) or _is_adjective(p + "e") for p in parts[:-1])


def _is_adjective(word: str) -> bool:
    """An inflected attributive adjective: it takes the other endings too ("vorher" is no adjective: "vorhe",
    "vorhen" are no words); comparatives and superlatives by their base ("ungleicheren" from "ungleich")."""
    stem = M.adjective_stem(word)
    if not stem:
        return False
    if stem.endswith("isch") and len(stem) >= 7 and stem.islower():
        return True   # a place's adjective hunspell lacks ("belarussischen", "tadschikischen"): -isch inflects
    for base in (stem, stem[:-2] if stem.endswith("er") else None, stem[:-2] if stem.endswith("st") else None,
                 stem[:-3] if stem.endswith("est") else None):
        # three of the five endings: verb forms in -te/-ten ("müsste", "müssten") have only two
        if base and len(base) >= 3 and sum(lexicon.is_german(base + e) for e in ("e", "en", "er", "es", "em")) >= 3:
            return True
    return False


def _technical_after(text: str, end: int) -> bool:
    """"Name=-Konfiguration", "Major:Minor", "E/A": the word is part of an identifier."""
    nxt = text[end:end + 2]
    return bool(nxt) and (nxt[0] in "/_=" or (nxt[0] == ":" and nxt[1:].isalnum()))


_INFINITIVE_FEATURES = frozenset(("nom.sg.n", "dat.sg.n", "akk.sg.n"))


# English nouns in -ing that German took over are neuter ("das Sponsoring", "das Rebranding"; Duden: das Marketing,
# das Leasing, das Training); a German -ling noun is masculine ("der Lehrling") and the lexicon has those
_ING_FEATURES = frozenset({"nom.sg.n", "akk.sg.n", "dat.sg.n"})
ING_LOAN_MIN_ZIPF = 1.5   # German text has it ("Rebranding" 1.9)


def _ing_loan(word: str) -> bool:
    """WORD is an English -ing noun German text uses, which the noun lexicon lacks ("Sponsoring")."""
    low = word.lower()
    return word[:1].isupper() and word[1:].islower() and low.endswith("ing") and not low.endswith("ling") \
        and len(word) >= 6 and lexicon.is_english(low) and lexicon.zipf_de(low) >= ING_LOAN_MIN_ZIPF


def _ing_forms(lemma: str) -> dict[str, list[str]]:
    """The forms of an -ing loan the lexicon lacks, as a neuter noun's ("des Sponsorings"); none for other words."""
    if not _ing_loan(lemma):
        return {}
    return {f: [lemma] for f in _ING_FEATURES} | {"gen.sg.n": [lemma + "s"]}


ALIEN_LEMMA_GAP = 1.0   # a compound's head is another noun's genitive only if that noun is not 10x rarer


def _alien_genitives(head: str) -> frozenset[str]:
    """The genitive singular readings of HEAD that belong to a far rarer noun than HEAD itself ("Haus" as the
    genitive of "Hau"; not "Systems", the genitive of "System" beside a rare feminine "Systems")."""
    return frozenset(f for lem, f in nouns.analyses(head) if lem != head and f.startswith("gen.sg")
                     and lexicon.zipf_de(lem.lower()) + ALIEN_LEMMA_GAP < lexicon.zipf_de(head.lower())) \
        - frozenset(f for lem, f in nouns.analyses(head) if lem == head)


def _suffix_forms(word: str) -> dict[str, list[str]]:
    """The forms of a feminine noun by its suffix that the lexicon lacks ("Restrukturierung", plural in -en), as
    noun_features reads it; none for other words."""
    if nouns.analyses(word) or nouns.head_of(word) is not None or len(word) < 8 or not word[1:].islower() \
            or not lexicon.is_german(word):
        return {}
    if word.endswith(_FEMININE_SUFFIXES):
        singular, plural = word, word + "en"
    elif word.endswith(tuple(x + "en" for x in _FEMININE_SUFFIXES)):
        singular, plural = word[:-2], word
    else:
        return {}
    return {f: [singular] for f in _FEMININE_SINGULAR} | {f: [plural] for f in _PLURAL_FEATURES}


def _declined_as_noun(word: str) -> bool:
    """The lexicon declines WORD as a masculine or neuter noun, not as an adjective: its genitive singular ends in
    -s ("des Finales"), where an adjective used as a noun has -en ("des Großen"). (A feminine noun's genitive is
    the word itself, which tells nothing: "das Weite" is the adjective beside the noun "die Weite".)"""
    genitives = {(feat, f) for lem, _ in nouns.analyses(word) if lem == word
                 for feat, forms in nouns.forms_of(lem).items() if feat.startswith("gen.sg") for f in forms}
    return bool(genitives) and all(f.endswith("s") and not feat.endswith(".f") for feat, f in genitives)


_INNER_CAPITAL = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")


def noun_features(word: str) -> tuple[str | None, frozenset[str]]:
    """(looked-up head, possible features) of a noun; empty when the noun cannot be judged.

    An adjective used as a noun ("den Groben") can stand in cases the lexicon does not list, so it is not judged;
    an infinitive used as a noun ("das Verzichten") adds the neuter singular ("Vertrag" is judged as a noun
    although "vertrag" is also an imperative)."""
    low = word.lower()
    # (the English dictionary first: it is quick, German hunspell on a long compound is not)
    if lexicon.is_english(low) and not lexicon.is_german_any_case(word) \
            and not ("-" in word and nouns.analyses(word.rsplit("-", 1)[1])):
        # "die Spending": English, for the English rules ("Spen" + "Ding" is no noun); a hyphenated compound
        # whose last part the German lexicon has is judged by it ("eine Software-Update")
        return None, frozenset()
    # (a verb's infinitive: its stem takes the verb's -t or -et, which "willen" of "um … willen" does not)
    verb_stem = low[:-2] if low.endswith("en") else low[:-1]
    infinitive = low.endswith(("en", "ern", "eln")) and lexicon.is_german(low) \
        and (lexicon.is_german(verb_stem + "t") or lexicon.is_german(verb_stem + "et"))
    stem = M.adjective_stem(low)
    # (an adjective in -e keeps it only in its base, "gerade" -> "geraden", stem "gerad": then every ending must be
    # German, for a verb's forms are too, "folge", "folgen", and a comparative, "nähe", "näher")
    if stem and lexicon.is_german(low) and _is_adjective(low) and (lexicon.is_german(stem) or all(
            lexicon.is_german(stem + e) for e in ("e", "en", "er", "es", "em"))) \
            and not any(not lem.endswith(("e", "es")) for lem, _ in nouns.analyses(word)) \
            and not _declined_as_noun(word):
        # an adjective used as a noun ("der Große", "die Abgeordnete"); "Schule" is no adjective, and a noun of its
        # own ("Wetter", though "wett" is an adjective) is judged as a noun
        return None, frozenset()
    if word.isupper() and 2 <= len(word) <= 5 and nouns.analyses(word):
        return word, nouns.features(word)   # an abbreviation the lexicon knows ("die EU", "der IWF")
    base = nouns.analyses(word[:-1]) if word.endswith("s") and not nouns.analyses(word) else ()
    if base and all(f.endswith(".f") for _, f in base if ".sg." in f):
        # a feminine noun takes no genitive -s: "Sanktions" is a compound's first part ("ein neues Sanktions
        # paket"), not "Sankt" + "Ions"
        return None, frozenset()
    head = nouns.head_of(word)
    # (a short rare head is a split's accident, not the compound's noun: "Rezep|turen" is no "Uren")
    if head is not None and head != word and len(head) <= 4 and lexicon.zipf_de(head.lower()) < SHORT_HEAD_MIN_ZIPF:
        return None, frozenset()
    if infinitive:
        # may be an infinitive used as a noun ("das Verzichten", "dem Starten"): neuter singular besides whatever
        # the lexicon lists ("Lagen" is also the plural of Lage, so "in der Lagen" is still wrong); a noun the
        # lexicon lacks may look like one ("die Wagen"): not judged then
        if head is None:
            return None, frozenset()
        return head, nouns.features(head) | _INFINITIVE_FEATURES
    if head is None and _ing_loan(word):
        return word, _ING_FEATURES
    suffixed = _suffix_forms(word) if head is None else {}
    if suffixed:   # a derived noun the lexicon lacks whole or by a part ("Restrukturierung"): feminine by its suffix
        return word, frozenset(f for f, forms in suffixed.items() if word in forms)
    if head is None or len(head) < 3:
        return None, frozenset()
    if head != word and "-" not in word and not _german_modifier(word, head) \
            and lexicon.zipf_en(word.lower()) > lexicon.zipf_de(word.lower()):
        return None, frozenset()   # an English compound ("Downgrade"), whose "Grade" is no German noun
    if head != word and M.adjective_stem(head) and lexicon.is_german(head.lower()) and _is_adjective(head.lower()) \
            and not (_german_modifier(word, head) and any(not lem.endswith("e") for lem, _ in nouns.analyses(head))):
        # "Glibc-Variablen": the head is an adjective used as a noun (in "Verkehrsbetrieben" a noun: "Betrieb";
        # "Downgrade" is English, no "Grad")
        return None, frozenset()
    if head == word and len(word) >= 8 and nouns.features(head) == {"dat.pl"}:
        # a compound the lexicon lists whole only as a dative plural may have taken the paradigm of a homonym of
        # its last noun ("Milchbauern" of a "Bauer" cage, plural "Bauer"; "Bauern" are the farmers in every case):
        # the plural readings of that noun as a word of its own count too
        return head, nouns.features(head) | {f for f in _last_noun_features(word) if f.endswith(".pl")}
    feats = nouns.features(head) - _old_dative(head) - _colloquial_strong(head)
    # (a compound's last part that is a noun's base form is that noun, not another noun's genitive: the
    # "Handelshaus" is a "Haus", no genitive of "Hau"; "Pfeiltasten" may still be plural)
    if head != word and any(lem == head for lem, _ in nouns.analyses(head)):
        feats -= _alien_genitives(head)
    if head.endswith(("e", "en", "es", "em")) and adjectival_lemmas({lem for lem, _ in nouns.analyses(head)}):
        # an adjective used as a noun is neuter too, which the lexicon does not list ("das Große", "des Neuen")
        feats |= _ADJECTIVAL_NEUTER.get(head[-2:], _ADJECTIVAL_NEUTER.get(head[-1:], frozenset()))
    return head, feats


# suffixes that make a noun feminine (Duden, Grammatik), plural in -en
# (nouns.FEMININE_SUFFIXES, which the lexicon reads with their stems, and -tion, -ität on any word hunspell knows)
_FEMININE_SUFFIXES = nouns.FEMININE_SUFFIXES + ("tion", "ität")
_FEMININE_SINGULAR = frozenset(("nom.sg.f", "gen.sg.f", "dat.sg.f", "akk.sg.f"))
_PLURAL_FEATURES = frozenset(("nom.pl", "gen.pl", "dat.pl", "akk.pl"))
_ADJECTIVAL_NEUTER = {"e": frozenset({"nom.sg.n", "akk.sg.n"}), "en": frozenset({"gen.sg.n", "dat.sg.n"}),
                      "es": frozenset({"nom.sg.n", "akk.sg.n"}), "em": frozenset({"dat.sg.n"})}


def _old_dative(word: str) -> frozenset[str]:
    """The old dative in -e of another noun where WORD is a weak masculine noun of its own: "Zeuge" is the witness,
    not "dem Zeuge" of "Zeug" ("von dem Zeuge" -> "Zeugen"); a feminine noun leaves the old dative of a commoner
    noun alone ("in diesem Falle", "mit dem Buche"), not that of a rarer one ("mit dem Krise" is no dative of
    "Kris", "Krise" -> "der Krise")."""
    analyses = nouns.analyses(word)
    if any(lem == word and f == "nom.sg.m" for lem, f in analyses):
        return old_datives(word)
    if any(lem == word and f == "nom.sg.f" for lem, f in analyses) \
            and lexicon.zipf_de(word[:-1].lower()) < lexicon.zipf_de(word.lower()):
        return old_datives(word)
    return frozenset()


def _colloquial_strong(word: str) -> frozenset[str]:
    """The bare dative and accusative of a person noun in a weak ending that the lexicon lists beside the weak
    forms ("dem Analyst" beside "dem Analysten", as Wiktionary has both): news German declines it weak."""
    if not word.endswith(_WEAK_PERSON_ENDINGS + ("yst",)):
        return frozenset()
    forms = nouns.forms_of(word)
    weak = {word + "n", word + "en"}
    if word not in forms.get("nom.sg.m", ()) or not weak & set(forms.get("dat.sg.m", ())):
        return frozenset()
    return frozenset(f for f in ("dat.sg.m", "akk.sg.m") if word in forms.get(f, ()))


def old_datives(word: str) -> frozenset[str]:
    """The features of WORD read as the old dative in -e of another noun ("Rabatte" of "Rabatt", "Falle" of
    "Fall")."""
    return frozenset(f for lem, f in nouns.analyses(word) if lem + "e" == word and f.startswith("dat.sg"))


LAST_NOUN_MIN_ZIPF = 3.5   # the last part as a noun of its own: "Bauern" 4.4, not a dialect "Eren" (3.0)


@lru_cache(maxsize=20_000)
def _last_noun_features(word: str) -> frozenset[str]:
    """The features of WORD's last part as a noun of its own, the first part a German word (with or without a
    linking s): "Milch|bauern" -> those of "Bauern"."""
    for k in range(3, len(word) - 3):
        tail = word[k].upper() + word[k + 1:]
        first = word[:k]
        # (a noun German text has: "Papi|eren" is no compound of a dialect "Eren")
        if nouns.analyses(tail) and lexicon.zipf_de(tail.lower()) >= LAST_NOUN_MIN_ZIPF \
                and (lexicon.is_german_any_case(first)
                     or (first.endswith("s") and lexicon.is_german_any_case(first[:-1]))):
            return nouns.features(tail)
    return frozenset()


def _german_modifier(word: str, head: str) -> bool:
    """The part of WORD before its HEAD is German (with or without a linking s): "Verkehrs|betrieben"."""
    first = word[: len(word) - len(head)].rstrip("-")
    if len(first) < 3 or lexicon.zipf_en(first.lower()) > lexicon.zipf_de(first.lower()):
        return False   # "Down|grade": English
    return lexicon.is_german_any_case(first) or (first.endswith("s") and lexicon.is_german_any_case(first[:-1]))


def das_is_pronoun(word: str, before: str, noun_feats: frozenset[str], after: str = "", earlier: str = "") -> bool:
    """"das" before a noun that can only be plural is a pronoun ("Das sind kleine Blumen", "bedeutet das
    ungelernte Tätigkeiten"), never an article: no singular article takes a plural noun; right after an auxiliary
    ("war das Absicht") it is one before any noun that is not neuter singular, where the noun ends the clause or a
    verb follows it ("Ist das Absicht gewesen?"); a preposition or an adjective after the noun makes it the
    subject and "das" its article ("war das Pumpstation außer Betrieb"). BEFORE, AFTER: the words around;
    EARLIER: the word before BEFORE."""
    if word.lower() not in ("das", "dies") or not noun_feats:
        return False
    if all(f.endswith(".pl") for f in noun_feats):
        return True
    # (after a copula only: "hat das Vorrang vor …" has a bare object and a preposition of its own)
    subject = before.lower() in _COPULA_FORMS and (after.lower() in M.PREPOSITIONS or (
        after.isalpha() and after.islower() and lexicon.is_german(after) and not after.endswith(("n", "t"))
        and after not in _CLAUSE_LINKS))
    # (an auxiliary that is no copula after its subject, a noun, the noun before the infinitive or participle:
    # that noun is the object and "das" its article, "Die Ärzte würden das Region verlassen"; opening a question
    # or after an adverb, "das" is the subject: "Wird das Schule machen?", "Sonst würde das Befangenheit …")
    if before.islower() and earlier[:1].isupper() and nouns.analyses(earlier) \
            and before not in _COPULA_FORMS and after.isalpha() and after.islower() \
            and after.endswith(("en", "t")) and lexicon.is_german(after) and after not in _CLAUSE_LINKS:
        return False
    return (before.lower() in _AUXILIARIES or before.lower() in _MEANING_VERBS) \
        and not {"nom.sg.n", "akk.sg.n"} & noun_feats and not subject


# verbs of meaning, whose subject "das" is before a noun as often as the article ("bedeute das Kurzarbeit")
_MEANING_VERBS = frozenset("bedeutet bedeute bedeutete heißt heiße hieß".split())
# words after which a clause goes on with something else: no predicate of the noun before them
_CLAUSE_LINKS = frozenset("und oder aber sondern denn doch".split())
_COPULA_FORMS = frozenset("ist sind war waren wäre wären sei seien bleibt blieb".split())


def _after_time_noun(ctx: Context, i: int, n: int, det_feats) -> bool:
    """Token I follows a noun of a point in time after a preposition with no article ("seit Beginn", "zu Ende",
    "bis Mitte", "am Anfang"), with a determiner that has a genitive form: the phrase it opens is that noun's
    genitive attribute ("seit Beginn des Krieges") where the phrase opens the sentence or a preposition or a mark
    follows its noun n; a clause's subject may follow the adverbial otherwise ("…, weil seit Beginn der Krieg
    tobt", "am Ende die Kraft")."""
    toks = ctx.doc.tokens
    if i < 2 or not (ctx.adjacent(i - 2, i - 1) and ctx.adjacent(i - 1, i)) or toks[i - 1].text not in _POINT_NOUNS \
            or toks[i - 2].text.lower() not in _POINT_NOUN_PREPOSITIONS \
            or not any(f.startswith("gen") for f in det_feats):
        return False
    after = toks[n + 1].text if n + 1 < len(toks) else "."
    return i - 2 in ctx.doc.sentence_starts or after.lower() in M.PREPOSITIONS or not after[:1].isalnum()


def _after_part_noun(ctx: Context, i: int, n: int, det_feats) -> bool:
    """Token I follows a noun of a part or a share after its own determiner ("ein Teil", "die Hälfte", "den
    Großteil"), with a determiner that has a genitive form: the phrase it opens is the whole that part is of ("ein
    Teil der Kredit" -> "des Kredits"), where its noun N is followed by a word written small or a mark."""
    toks = ctx.doc.tokens
    if i < 2 or not (ctx.adjacent(i - 2, i - 1) and ctx.adjacent(i - 1, i)) or toks[i - 1].text not in _PART_NOUNS \
            or M.determiner(toks[i - 2].text) is None or not any(f.startswith("gen") for f in det_feats):
        return False
    after = toks[n + 1].text if n + 1 < len(toks) else "."
    return after.islower() or not after[:1].isalnum()


# nouns that name a part of a whole, which follows in the genitive
_PART_NOUNS = frozenset("Teil Großteil Bruchteil Hälfte Drittel Viertel Anteil Mehrheit Minderheit Rest".split())
_POINT_NOUNS = frozenset("Beginn Anfang Ende Mitte Start".split())
_POINT_NOUN_PREPOSITIONS = frozenset("seit zu bis nach vor ab am zum gegen um".split())


def _infinitive_clause(ctx: Context, i: int) -> bool:
    """Token I opens a clause that ends in "zu" and an infinitive, with no finite verb in it ("…, daran, die
    Papierkram zu erledigen"): an infinitive clause, so "der", "die", "das" there is an article; a relative clause
    has its finite verb ("…, die zu erledigen ist")."""
    toks = ctx.doc.tokens
    j = i + 1
    while j < len(toks) and toks[j].text not in _CLAUSE_END_MARKS and j - i < 12:
        j += 1
    if j >= len(toks) or toks[j].text not in _CLAUSE_END_MARKS or j - i < 4:
        return False
    last, before = toks[j - 1].text, toks[j - 2].text
    # (or a separable verb's infinitive with its "zu" inside: "anzubieten")
    inner = re.fullmatch(r"([a-zäöü]{2,7})zu([a-zäöüß]{3,}(?:en|ern|eln))", last)
    fused = inner is not None and lexicon.is_german(last) and lexicon.is_german(inner.group(1) + inner.group(2))
    if not ((before == "zu" or fused) and last.islower() and last.endswith(("en", "ern", "eln"))
            and lexicon.is_german(last)):
        return False
    from .word_order import finite_verb   # (word_order imports this module)

    # (no finite verb before the infinitive: "…, die Benutzern helfen sollen zu entscheiden" is a relative clause;
    # the participle of a perfect infinitive is none, "…, den Präsident nicht informiert zu haben")
    perfect = before == "zu" and last in ("haben", "sein", "werden")
    return not any(toks[k].text.islower() and (finite_verb(toks[k].text) or toks[k].text in _MODAL_FORMS)
                   and not (perfect and k == j - 3) for k in range(i + 1, j - 2))


def _verb_second_after(ctx: Context, i: int) -> bool:
    """The noun phrase that token I opens after a comma is followed right away by a finite verb, and the clause goes
    on after it ("…, die erste Kurgäste sollen im Mai kommen"): a main clause, verb second, so "die" there is an
    article; a relative clause ends in its finite verb ("…, die Waffen liefern")."""
    from .word_order import finite_verb   # (word_order imports modules that import this one)

    toks = ctx.doc.tokens
    np = np_at(ctx, i)
    if np is None:
        return False
    n = np[2]
    if n + 2 >= len(toks) or not ctx.adjacent(n, n + 1) or toks[n + 2].text in _CLAUSE_END_MARKS:
        return False
    verb, after = toks[n + 1].text, toks[n + 2].text
    # (not where verbs or a conjunction follow the verb: "…, die neue Waffen haben wollen", "…, die Text sind und
    # …" end a relative clause)
    chain = after in _MODAL_FORMS or after in _FINITE_AUXILIARIES or after in ("und", "oder", "aber", "sondern") \
        or (after.islower() and after.endswith("en") and lexicon.is_german(after) and M.determiner(after) is None)
    # (or any finite verb before a pronoun or an adverb of the clause: "…, die Konzern zieht ihn nun vor")
    full_verb = finite_verb(verb) and after in _AFTER_VERB_SECOND
    return verb.islower() and (verb in _MODAL_FORMS or verb in _FINITE_AUXILIARIES or full_verb) and not chain


# pronouns and adverbs that follow a main clause's finite verb, never a relative clause's verb at its end
_AFTER_VERB_SECOND = frozenset("ihn ihm ihnen sich es uns nun jetzt bereits schon nicht noch auch".split())


def _apposition(ctx: Context, i: int) -> bool:
    """The noun phrase that token I opens after a comma runs to the clause's end with no verb in it, only nouns,
    determiners, prepositions, adjectives and numbers ("In der Türkei, dem größte Abnehmer der Leitung, stieg …"):
    an apposition, whose "dem" is an article; a relative clause has its finite verb."""
    from .word_order import finite_verb   # (word_order imports modules that import this one)

    toks = ctx.doc.tokens
    np = np_at(ctx, i)
    # (a noun the lexicon has as written: a place's name it knows by its last part has its own gender, "das
    # frühere Dünaburg"; an adjective written small right after the article, none of "der eine …, der andere")
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if np is None or not nouns.analyses(toks[np[2]].text) or not nxt.islower() \
            or nxt in ("andere", "anderen", "anderer", "anderes", "eine", "einen"):
        return False
    for k in range(np[2] + 1, min(len(toks), np[2] + 12)):
        w = toks[k].text
        if w == "." and toks[k - 1].text.isdigit() and ctx.adjacent(k - 1, k):
            continue   # (an ordinal's point: "aus dem 19. Jahrhundert")
        if w in (",", ".", ";", ")", "–", "—"):
            # (the main clause goes on after the closing comma with a word written small, its verb: not a list,
            # "…, der Griechenland, Bulgarien und Rumänien verbindet")
            nxt = toks[k + 1].text if k + 1 < len(toks) else ""
            return w != "," or (nxt.islower() and nxt.isalpha())
        # (a weak past or a present plural is a relative clause's verb: "…, der früher Züge organisierte", "…, dem
        # verschiedene Zeichen folgen")
        verb = finite_verb(w) or (w.endswith("en") and lexicon.is_german(w[:-2] + "t"))
        if not (w[:1].isupper() or w[:1].isdigit() or M.determiner(w) is not None or w in M.PREPOSITIONS
                or (w.islower() and w.endswith(M.ADJ_ENDINGS) and _is_adjective(w) and not verb)):
            return False
    return False


_MODAL_FORMS = frozenset(m + e for m in ("soll", "woll", "könn", "müss", "dürf", "mög") for e in ("en", "te", "ten"))


_CLAUSE_END_MARKS = frozenset(",.;:!?–—")


def _pronoun_and_preterite(ctx: Context, i: int, adjs: list[int]) -> bool:
    """"Das bestätigte Ministerin Berg": a sentence's first "Das" and a weak past tense, not an article and its
    adjective (the noun that follows is the subject)."""
    toks = ctx.doc.tokens
    if toks[i].text != "Das" or i not in ctx.doc.sentence_starts or len(adjs) != 1:
        return False
    w = toks[adjs[0]].text
    return w.endswith("te") and len(w) > 5 and lexicon.is_german(w[:-2] + "en")


def check(ctx: Context) -> list[Finding]:
    from .garbled import cut_short   # (garbled imports this module's importers)

    out = []
    merged: set[int] = set()   # starts of phrases whose finding took the preposition before them in
    toks = ctx.doc.tokens
    for i, t in enumerate(toks):
        w = t.text
        # (determiners of six letters or fewer, and the possessives of seven: "unseres"; "welches", "solchen" are
        # relative pronouns or stand alone as often, but not "solch-" right after a preposition: "mit solchen
        # Unfälle" -> "Unfällen")
        if (len(w) > 6 and not (len(w) == 7 and (w.lower().startswith("unser") or (
                w.startswith("solch") and i > 0 and toks[i - 1].text.lower() in M.PREPOSITIONS)))) \
                or not w.isalpha():
            continue
        # "der", "die", "das" after a comma are mostly relative pronouns: "Länder, die Waffen liefern",
        # also behind a preposition: "ein Zeitpunkt, an dem Netzwerkschnittstellen fehlen".
        if w.lower() in _RELATIVE and i > 0 and toks[i - 1].text in (",", "(", "–", "—", "-") \
                and not _infinitive_clause(ctx, i) and not _verb_second_after(ctx, i) and not _apposition(ctx, i):
            f = _apart_after_comma(ctx, i)
            if f is not None:
                out.append(f)
            continue
        # after ", PREPOSITION" too, when a plural follows, as a clause's subject would ("ein Zeitpunkt, an dem
        # Netzwerkschnittstellen fehlen"); a singular there is the preposition's object ("…, in den Hoffnung")
        # (not after a preposition of the genitive, whose relative pronouns are "dessen", "deren": "…, trotz der
        # gestiegene Kosten" is an article)
        relative_after_preposition = w.lower() in _RELATIVE and i > 1 and toks[i - 2].text == "," \
            and toks[i - 1].text.lower() in M.PREPOSITIONS and _fits_preposition(w, toks[i - 1].text) \
            and M.PREPOSITIONS[toks[i - 1].text.lower()][0] != "gen"
        # "eines jeden Zuhauses", "die beiden": two determiners make one; the first carries the case
        # (not a relative pronoun after its comma before a definite article: "…, das den größten Teleskop
        # betreibt"; "…, die einem ihr Alter verrät" has a pronoun there)
        # (or "jed-", "dies-", a possessive: "…, die jedem Kunde …"; not "ein-", "kein-", pronouns there too)
        det_here = M.determiner(w)
        # ("kein-" before an adjective is the article too: "…, die keine alternative Märkte erschließen")
        after_relative = i > 1 and toks[i - 1].text.lower() in _RELATIVE and toks[i - 2].text == "," \
            and (w.lower() in _DEFINITE or (det_here is not None and (
                det_here[1] in _RELATIVE_CLAUSE_DETERMINERS or (
                    det_here[1] == "kein" and i + 1 < len(toks) and toks[i + 1].text.isalpha()
                    and toks[i + 1].text.islower())
                # (or "ein-", "kein-" right before a noun of the lexicon: "…, die einen Absolvent einstellen")
                or (det_here[1] in ("ein", "kein") and w.islower() and i + 1 < len(toks)
                    and toks[i + 1].text[:1].isupper() and bool(nouns.analyses(toks[i + 1].text))))))
        if i > 0 and ctx.adjacent(i - 1, i) and M.determiner(toks[i - 1].text) is not None and not after_relative:
            continue
        # "was für ein Haufen": "für" is no preposition there
        if i > 1 and toks[i - 1].text.lower() == "für" and toks[i - 2].text.lower() == "was":
            continue
        # (a singular's article before a plural quantifier is a pronoun, the quantifier opening the next phrase:
        # "könne das einige Tage dauern")
        if det_here is not None and i + 1 < len(toks) and toks[i + 1].text.lower() in M.PLURAL_QUANTIFIERS \
                and not any(f.endswith(".pl") for f in det_here[2]):
            continue
        np = np_at(ctx, i)
        if np is None:
            continue
        (kind, stem, det_feats), adjs, n = np
        noun = toks[n].text
        # ("Das Mannschaf": a word cut short, no neuter "Schaf"; a determiner another finding took: "um 10:00 am")
        if ctx.claimed(n) or ctx.claimed(i) or n in ctx.doc.sentence_starts \
                or _technical_after(ctx.doc.text, toks[n].end) or cut_short(noun):
            continue
        if _twin_adverb(ctx, n):
            continue
        if _first_part_of_small_noun(ctx, n):
            continue   # "ein neues Sanktions paket": a compound written apart, the garbled rules' to report
        fused = _participle_fused(ctx, n)
        if fused:
            out.append(_fused_finding(ctx, n, fused))
            continue
        head, nfeats = noun_features(noun)
        # a compound German text never has, cut short of one it has that the phrase agrees with ("der Europäischen
        # Menschenrechtskonvent" -> "Menschenrechtskonvention"): the word's end lost, not its case
        agrees = any(all(_adj_fits(toks[a].text, kind, {f}) for a in adjs) for f in set(det_feats) & nfeats)
        whole = None if agrees else _completed_noun(toks, n, kind, det_feats, adjs)
        if whole:
            t = toks[n]
            out.append(Finding(t.start, t.end, noun, "GARBLED_WORD", "garbled", "error",
                               f"„{noun}“ is cut short: German text has „{whole}“, which fits the phrase", [whole]))
            continue
        # (a relative pronoun after its preposition and comma: its clause's subject and object may follow, "…, an
        # der Besucher Exponate betrachten")
        apart = None if relative_after_preposition else \
            _written_apart(ctx, i, n, kind, det_feats, adjs, nfeats) or _small_head_agrees(ctx, n, det_feats, nfeats)
        if apart:
            out.append(_apart_finding(ctx, n, apart))
            continue
        if not nfeats or (relative_after_preposition and any(f.endswith(".pl") for f in nfeats)):
            continue
        # (nor where the noun before the comma is one the relative pronoun fits: "ein Ort, an dem Medizin … möglich
        # ist" has a bare noun as its clause's subject)
        if relative_after_preposition and _antecedent_fits(toks, i):
            continue
        # (nor a singular whose adjectives take the strong ending as a phrase without an article would: "…, bei
        # dem importierte Elektronik … unterbewertet wurde" has the relative pronoun and its clause's subject)
        if relative_after_preposition and adjs and any(
                all(_adj_fits(toks[a].text, None, {f}) for a in adjs) for f in nfeats if f.startswith(("nom", "akk"))):
            continue
        if feminine_first_name(noun, nfeats, det_feats):
            continue
        if after_relative and w.lower() in _DEFINITE and M.adjective_stem(noun.lower()):
            continue   # "…, die das Heilige …": an adjective as a noun, which the lexicon may read otherwise
        after = toks[n + 1].text if n + 1 < len(toks) and ctx.adjacent(n, n + 1) else ""
        # (the word before the auxiliary: its subject, a noun, or an adverb that puts the subject after it)
        earlier = toks[i - 2].text if i > 1 and ctx.adjacent(i - 2, i - 1) else ""
        if das_is_pronoun(w, toks[i - 1].text if i > 0 else "", nfeats, after, earlier) \
                or _pronoun_and_preterite(ctx, i, adjs):
            continue
        prep_cases = _governing_cases(ctx, i)
        if i > 0 and ctx.adjacent(i - 1, i) and toks[i - 1].text.lower() in _GENITIVE_STANDARD:
            prep_cases = ("gen",)   # judged against the written standard; the dative gets a warning below
        if _after_time_noun(ctx, i, n, det_feats) or (not prep_cases and _after_part_noun(ctx, i, n, det_feats)):
            prep_cases = ("gen",)   # "seit Beginn der Krieg", "ein Teil der Kredit": the attribute of the noun before
        # "in den Proton Studios": capitalised words written apart; the last one is the head
        if _name_run_fits(ctx, n, det_feats, prep_cases):
            continue
        if _INNER_CAPITAL.search(toks[n].text):
            continue   # a brand's name with a capital inside ("auf der ProWein"): not a compound of "Wein"
        if re.match(r"\([a-zäöü]{1,3}\)", ctx.doc.text[toks[n].end:toks[n].end + 5]):
            continue   # both numbers written: "den angegebenen Zuweisung(en)"
        fits = set(det_feats) & nfeats
        # (a phrase opening the sentence right before its finite verb that only a genitive plural fits: no such
        # genitive stands alone there, "Der Unternehmen prüft …"; a dative or accusative does, "Dem Bauern droht")
        if not prep_cases and i in ctx.doc.sentence_starts and after and _finite_verb_word(after) \
                and not ctx.in_headline(i) and fits and all(f == "gen.pl" for f in fits):
            prep_cases = ("nom", "akk", "dat")
        prep_word = toks[i - 1].text.lower() if i > 0 else ""
        # ("seit mehr als ein Jahr": the phrase of the preposition before "mehr als", which is one for certain)
        after_more_than = _preposition_before_more_than(ctx, i)
        if after_more_than:
            prep_word = after_more_than
        if prep_cases:
            # ("um" an adverb before a subject only with a number: "um die 100 Gäste kamen"; "um ein Termin" is the
            # preposition's)
            approximate = (prep_word != "um" or any(toks[k].text in M.CARDINALS or toks[k].text[:1].isdigit()
                                                    for k in range(i, n))) and not after_more_than
            allowed = prep_cases + (("nom",) if prep_word in _AMBIGUOUS_PREPOSITIONS and approximate
                                    and not _preposition_proper(ctx, i - 1)
                                    and not _no_subordinate_clause(ctx, i - 1) else ())
            fits = {f for f in fits if f.split(".")[0] in allowed}
        adj_ok = fits and all(_adj_fits(toks[a].text, kind, fits) for a in adjs)
        if fits and adj_ok:
            # (also after adjectives in the strong -er: "Ein zweiter Verdächtige" -> "Verdächtiger")
            if kind == "ein" and toks[i].text.lower().endswith(("ein", "ihr", "unser", "euer")) \
                    and all(toks[a].text.endswith("er") for a in adjs) and _weak_adjectival(noun):
                # "kein Kriminelle": after "ein", "kein" or a possessive without ending, a noun declined like an
                # adjective takes the strong ending ("kein Krimineller", "ein Abgeordneter")
                start, end = t.start, toks[n].end
                text = ctx.doc.text[start:end]
                out.append(Finding(start, end, text, "AGREEMENT_NP", "grammar", "error",
                                   f"„{noun}“ is declined like an adjective: after „{w}“ it ends in -er", [text + "r"]))
                continue
            if kind in ("def", "der") and _strong_adjectival(noun):
                # "Der Abgeordneter": a noun declined as an adjective takes the weak ending after "der"
                endings = list(dict.fromkeys(M.adjective_ending(kind, f)
                                             for f in sorted(fits, key=lambda f: (f != "nom.sg.m", f))))
                start, end = t.start, toks[n].end
                text = ctx.doc.text[start:end]
                out.append(Finding(start, end, text, "AGREEMENT_NP", "grammar", "error",
                                   f"„{noun}“ is declined like an adjective: after „{w}“ it ends in -{endings[0]}",
                                   [text[:-2] + e for e in endings]))
            continue
        whole = _cut_short(ctx, noun, det_feats, kind, adjs, prep_cases)
        if whole:   # "Die nächste Verhandlungsrund": the noun lost its last letter, the phrase is right
            out.append(Finding(toks[n].start, toks[n].end, noun, "GARBLED_WORD", "garbled", "warning",
                               f"„{noun}“ is not a word: the end of „{whole}“ is missing", [whole]))
            ctx.claim(toks[n].start, toks[n].end)
            continue
        from .unknown_words import doubled_syllable   # (it imports this module)
        doubled = doubled_syllable(noun, toks[n].start)
        if doubled:   # "Die Gewerkschaftschaft": no noun "Schaft" meant, a syllable doubled
            out.append(doubled)
            ctx.claim(toks[n].start, toks[n].end)
            continue
        # "wegen dem (schweren) Angriff": a dative that agrees, only colloquial (Duden): a warning, the genitive
        # proposed; an adjective wrong for the dative too is an error whatever the case ("trotz dem schwerer Regen")
        dative = {f for f in set(det_feats) & nfeats if f.startswith("dat")}
        colloquial = prep_word in _GENITIVE_STANDARD and prep_cases == ("gen",) and not fits and bool(dative) \
            and all(_adj_fits(toks[a].text, kind, dative) for a in adjs)
        severity = "warning" if colloquial else "error"
        proposals = _proposals(ctx, i, adjs, n, kind, stem, det_feats, head, nfeats, prep_cases)
        if any(toks[k].text in M.CARDINALS or (toks[k].text.isdigit() and toks[k + 1].text != "."
                                                and not _YEAR_RE.fullmatch(toks[k].text))
               for k in range(i + 1, n)):
            # "den zwei …", "den 12 …": plural proposals only
            # (the article one of the plural too: not "dem letzten 12 Kilometer")
            proposals = [p for p in proposals if any(f.endswith(".pl") for _, f in nouns.analyses(p.split()[-1]))
                         and (M.determiner(p.split()[0]) is None
                              or any(f.endswith(".pl") for f in M.determiner(p.split()[0])[2]))]
            if not proposals:
                continue   # no plural phrase fits: "der andere zwei Schweinehaxen" is no phrase of one noun
        # (an infinitive clause has no subject: a phrase opening it is an object, the accusative first, "…, die
        # Betrug organisiert zu haben" -> "den Betrug")
        if not prep_cases and i > 0 and toks[i - 1].text == "," and _infinitive_clause(ctx, i):
            proposals.sort(key=lambda p: not any(f.startswith("akk") for f in (M.determiner(p.split()[0]) or
                                                                                 ("", "", ()))[2]))
        start, end = t.start, toks[n].end
        contracted = _contracted(ctx, i, proposals)
        if contracted:   # "von der georgischen Fußballverband" -> "vom georgischen Fußballverband" first
            merged.add(start)   # (the phrase's own start stays taken for the rules below)
            start, proposals = toks[i - 1].start, contracted
        if severity == "warning":
            msg = f"„{prep_word}“ takes the genitive in written German (the dative is colloquial)"
        elif not fits:
            msg = f"„{w}“ and „{noun}“ do not agree in case, number and gender"
            if prep_cases and set(det_feats) & nfeats:
                names = "/".join(_CASE_NAMES[c] for c in prep_cases)
                msg = f"coordinated with the object of a preposition: the {names} too" \
                    if prep_word in _COORDINATORS else f"„{_prep_word(ctx, i)}“ takes the {names} here"
        else:
            msg = "the adjective ending does not fit the noun phrase"
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", severity, msg,
                           proposals))
    # the narrower rules in turn, each leaving alone the phrases a finding already starts at (and those whose
    # finding took the preposition in)
    for rule in (_after_contractions, _genitive_without_s, _dative_objects, _bare_phrases, _strong_after_alle,
                 _determiner_before_quotation,
                 _weak_adjective_without_article, lambda c, _: _predicative_endings(c), _plural_quantifier_singular,
                 _dative_after_accusative, _count_without_dative, _quantified_plurals, _quantifier_after_dative,
                 _one_of_the, _nominative_before_zu_infinitive, _second_nominative, _relative_pronouns,
                 _apart_after_preposition, _apart_after_adjective, _apart_after_number, _apart_after_verb_stem,
                 _apart_after_verb, _apart_without_article, _adjectival_plurals, _epithets,
                 _bare_attributes, _bare_weak_nouns, _bare_dative_after_accusative, _uninflected_attributes,
                 _pronoun_after_preposition, _counted_adjectival_nouns):
        out += rule(ctx, {f.start for f in out} | merged)
    places = _place_without_article(ctx, {f.start for f in out} | merged)
    out += places
    # (the name after a preposition is the place rule's: "von Niederlande" -> "von den Niederlanden")
    out += _bare_plurals(ctx, {f.start for f in out} | merged | {f.end - len(f.text.split()[-1]) for f in places})
    for rule in (_bare_adjective_plurals, _accusative_adjective_plurals, _bare_adjectival_nouns, _counted_adjectives,
                 _dative_noun_after_strong_adjective, _preposed_genitives, _weak_adjective_plurals,
                 _unlisted_weak_nouns, _contraction_before_place, _adjective_after_contraction, _role_before_woman,
                 _coordinated_dative_plural, _subject_before_lone_verb, _bare_counted_adjectives,
                 _weak_nouns_after_als, _aged_persons, _quantified_adjectival_nouns, _mixed_weak_persons,
                 _strong_dative_adjective_plural, _time_after_bare_preposition, _adjective_compound_apart,
                 _small_head_after_preposition, _uninflected_adjective, _contraction_before_count,
                 _nominative_after_naming, _bare_time_adjective, _uninflected_isch_adjective,
                 _capital_head_after_preposition, _von_after_genitive_preposition, _genitive_plural_opening,
                 _more_without_dative, _singular_determiner_before_count, _one_of_gender,
                 _nominative_as_attribute, _language_into, _small_head_apart,
                 _weak_noun_after_inflected_adjective, _nominative_after_plural_verb,
                 _one_of_after_gelten_als, _one_of_after_preposition, _genitive_attribute_before_verb,
                 _bare_nouns_apart):
        out += rule(ctx, {f.start for f in out} | merged)
    return out


def _small_head_apart(ctx: Context, taken: set[int]) -> list[Finding]:
    """A compound's head written apart and small after its first part, where the small word can be no verb: the
    adjectives before agree with the compound and not with the first part alone ("sechs einsatzfähige Schlaf
    wagen" -> "Schlafwagen"; German text writes the compound often, APART_BARE_MIN_ZIPF), or the first part is a
    bare genitive, which stands so only in a compound ("um Verfahrens fragen" -> "Verfahrensfragen";
    APART_BOTH_MIN_ZIPF)."""
    from .garbled import compound_in_use   # (garbled imports from english, which imports this module)

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        first, second = toks[i].text, toks[i + 1].text
        if not (first[:1].isupper() and first[1:].islower() and first.isalpha() and len(first) >= 4
                and second.isalpha() and second.islower() and len(second) >= 4) \
                or not (ctx.adjacent(i - 1, i) and ctx.adjacent(i, i + 1)) or toks[i].start in taken \
                or ctx.claimed(i) or ctx.claimed(i + 1) or i in ctx.doc.sentence_starts:
            continue
        # (not a postposition, "von Rechts wegen", nor a verb before the infinitive or the finite verb it goes with:
        # "in warmen Wasser quellen lassen")
        nxt = toks[i + 2].text if i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) else ""
        if second in M.PREPOSITIONS or nxt == "zu" or _finite_verb_word(nxt) \
                or (nxt.islower() and nxt.endswith("en") and lexicon.is_german(nxt) and M.determiner(nxt) is None
                    and not _is_adjective(nxt)):
            continue
        head = second[0].upper() + second[1:]
        joined = first + second
        if not nouns.analyses(head):
            continue
        joined_zipf = _joined_zipf(first, head)
        if joined_zipf < APART_BOTH_MIN_ZIPF or not lexicon.is_german(joined) or not compound_in_use(joined):
            continue
        first_feats = noun_features(first)[1]
        k = i
        while k - 1 >= 0 and ctx.adjacent(k - 1, k) and toks[k - 1].text.islower() \
                and _is_adjective(toks[k - 1].text) and M.determiner(toks[k - 1].text) is None:
            k -= 1
        adjs = [toks[a].text for a in range(k, i)]
        det = M.determiner(toks[k - 1].text) if k >= 1 and ctx.adjacent(k - 1, k) else None
        kind = det[0] if det else None
        allowed = set(det[2]) if det else set(M.ALL)
        compound_feats = noun_features(joined)[1] & allowed
        if adjs:
            agrees = any(all(_adj_fits(a, kind, {f}) for a in adjs) for f in compound_feats)
            first_agrees = any(all(_adj_fits(a, kind, {f}) for a in adjs) for f in first_feats & allowed)
            if not agrees or first_agrees or joined_zipf < APART_BARE_MIN_ZIPF:
                continue
        elif det is not None or not first_feats or not all(f.startswith("gen") for f in first_feats) \
                or not first.endswith("s") or toks[i - 1].text[:1].isupper():
            continue
        out.append(_pair_apart(ctx, i, joined, "a compound written apart, its head small: German writes it as one "
                                              "word"))
        ctx.claim(toks[i].start, toks[i + 1].end)
    return out


def _language_into(ctx: Context, taken: set[int]) -> list[Finding]:
    """A language after "ins" or "aus dem" in its bare form ("ins Englisch übersetzt" -> "ins Englische", "aus
    dem Russisch" -> "aus dem Russischen"): a translation goes into and comes from the language as an adjective
    used as a noun (Duden, "Englisch": "ins Englische übersetzen")."""
    toks = ctx.doc.tokens
    out = []
    for k in range(1, len(toks)):
        lang = toks[k].text
        if not (lang.endswith("isch") or lang == "Deutsch") or not lang[1:].islower() or k in ctx.doc.sentence_starts \
                or not lexicon.is_german(lang.lower()) or ctx.claimed(k) or toks[k].start in taken \
                or (k + 1 < len(toks) and ctx.adjacent(k, k + 1) and toks[k + 1].text[:1] in "-‐"):
            continue
        prev = toks[k - 1].text.lower()
        ending = "e" if prev == "ins" else "en" if prev == "dem" and k > 1 and toks[k - 2].text.lower() == "aus" \
            else None
        if ending is None or not ctx.adjacent(k - 1, k):
            continue
        out.append(Finding(toks[k].start, toks[k].end, lang, "AGREEMENT_NP", "grammar", "error",
                           f"a translation goes „{toks[k - 1].text} {lang}{ending}“", [lang + ending]))
    return out


def opening_phrases(ctx: Context):
    """(first token, np_at's phrase) for each sentence that opens with a determiner's noun phrase."""
    for first in ctx.doc.sentence_starts:
        np = np_at(ctx, first) if first < len(ctx.doc.tokens) else None
        if np is not None:
            yield first, np


def _nominative_as_attribute(ctx: Context, taken: set[int]) -> list[Finding]:
    """A noun phrase opening the sentence, then "der" and a masculine noun that only the nominative fits, then the
    finite verb ("Ein Sprecher der Branchenverband sagte" -> "des Branchenverbands"): German puts one constituent
    before the finite verb, so the second phrase is the first one's genitive attribute."""
    from .word_order import finite_verb   # (word_order imports this module)

    toks = ctx.doc.tokens
    out = []
    for _, np in opening_phrases(ctx):
        g = np[2] + 1
        if g + 2 >= len(toks) or toks[g].text != "der" or not ctx.adjacent(g - 1, g) or toks[g].start in taken:
            continue
        second = np_at(ctx, g)
        if second is None or second[1]:
            continue
        n = second[2]
        v = n + 1
        noun = toks[n].text
        if v >= len(toks) or not ctx.adjacent(n, v) or not toks[v].text.islower() or not finite_verb(toks[v].text) \
                or ctx.claimed(n) or ctx.claimed(g):
            continue
        readings = [(lem, f) for lem, f in nouns.analyses(nouns.head_of(noun) or noun)]
        if not readings or {f for _, f in readings} & set(M.determiner("der")[2]) != {"nom.sg.m"}:
            continue
        genitives = [nouns.with_head(noun, nouns.head_of(noun) or noun, g_form) for lem, f in readings
                     if f == "nom.sg.m" for g_form in nouns.forms_of(lem).get("gen.sg.m", ())]
        if not genitives:
            continue
        start, end = toks[g].start, toks[n].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"„{toks[np[2]].text} der {noun}“ before the verb is one phrase: the second noun is its "
                           "genitive attribute", [f"des {form}" for form in dict.fromkeys(genitives)][:2]))
    return out


_ONE_OF = {"m": "einer", "f": "eine", "n": "eines"}


def _one_of_gender(ctx: Context, taken: set[int]) -> list[Finding]:
    """"einer", "eine", "eines" as a subject before the genitive plural of the whole, in another gender than its
    noun's ("Einer der Opfer ist …" -> "Eines", "gilt als eines der größten Betriebe" -> "einer"): the pronoun
    takes the gender of the noun it counts one of. Only where it opens the sentence or follows "als", before a
    verb, which makes it a nominative."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 3):
        pronoun = toks[i].text
        if pronoun.lower() not in ("einer", "eine", "eines") or toks[i + 1].text != "der" \
                or not (i in ctx.doc.sentence_starts or (i > 0 and toks[i - 1].text == "als")) \
                or toks[i].start in taken or ctx.claimed(i):
            continue
        n = i + 2
        while n < len(toks) and toks[n].text.islower() and _is_adjective(toks[n].text) and n - i < 5:
            n += 1
        if n + 1 >= len(toks) or not toks[n].text[:1].isupper() or not all(ctx.adjacent(k, k + 1) for k in range(i, n)):
            continue
        # (a genitive plural after "der", not a feminine singular's genitive or dative: "eine der Frau")
        analyses = nouns.analyses(toks[n].text)
        feats = {f for _, f in analyses}
        if "gen.pl" not in feats or feats & {"gen.sg.f", "dat.sg.f"}:
            continue
        # (not a noun declined as an adjective, of both genders: "Eine der Betroffenen ist die Buchhalterin")
        lemmas = {lem for lem, f0 in analyses if f0 == "gen.pl"}
        genders = {f.split(".")[2] for lem in lemmas for f in nouns.forms_of(lem) if ".sg." in f}
        if len(genders) != 1 or adjectival_lemmas(lemmas):
            continue
        # (a verb after the phrase, or the sentence going on after "als …": the pronoun is its nominative)
        after = toks[n + 1].text
        if i in ctx.doc.sentence_starts and not (after.islower() and after.isalpha()):
            continue
        want = _ONE_OF[genders.pop()]
        if pronoun.lower() == want:
            continue
        fix = want.capitalize() if pronoun[0].isupper() else want
        out.append(Finding(toks[i].start, toks[i].end, pronoun, "AGREEMENT_NP", "grammar", "error",
                           f"„{pronoun}“ counts one of the „{toks[n].text}“: it takes their gender, „{fix}“", [fix]))
    return out


def _singular_determiner_before_count(ctx: Context, taken: set[int]) -> list[Finding]:
    """A determiner with no plural reading before a count of two or more and a plural noun ("mit ihrem zwei
    Kindern" -> "ihren zwei Kindern", "seinem drei Brüdern"): the count makes the phrase plural, the determiner
    takes the plural of the noun's case (a preposition's where it governs one)."""
    from .garbled import count_word   # (garbled imports this module's importers)

    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        det = M.determiner(toks[i].text)
        if det is None or det[0] != "ein" or det[1] in ("ein", "kein") or toks[i].start in taken \
                or not ctx.adjacent(i, i + 1) or not ctx.adjacent(i + 1, i + 2):
            continue
        count, noun = toks[i + 1].text, toks[i + 2].text
        if not count_word(count):
            continue
        nfeats = noun_features(noun)[1]
        if not noun[:1].isupper() or not nfeats or not all(f.endswith(".pl") for f in nfeats):
            continue
        kind, stem, det_feats = det
        cases = [f.split(".")[0] for f in M.feature_order(nfeats)]
        governing = _governing_cases(ctx, i) if i > 0 and toks[i - 1].text.lower() in M.PREPOSITIONS else ()
        if governing:
            cases = [c for c in cases if c in governing]
        if not cases or any(f"{c}.pl" in det_feats for c in cases):
            continue
        form = M.determiner_form(kind, stem, f"{cases[0]}.pl", toks[i].text)
        if not form or form == toks[i].text:
            continue
        start, end = toks[i].start, toks[i + 2].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"„{count}“ makes the phrase plural: the determiner „{toks[i].text}“ is singular",
                           [f"{form} {count} {noun}"]))
    return out


_MORE = frozenset(("mehr", "weniger"))
_MORE_DEGREE = frozenset("deutlich viel noch weit etwas immer wesentlich erheblich sehr kaum".split())


def _more_without_dative(ctx: Context, taken: set[int]) -> list[Finding]:
    """Persons counted by „mehr“ or „weniger“ after a preposition of the dative only, without the dative plural's
    -n ("rechnet mit deutlich mehr Zuschauer" -> "Zuschauern"): a noun for a person is counted, so plural, as
    _count_without_dative has it for numbers; a mass noun stays ("mit mehr Geld")."""
    from .calques import person_noun   # (calques imports modules that import this one)

    toks = ctx.doc.tokens
    out = []
    for k, t in enumerate(toks[:-2]):
        if M.PREPOSITIONS.get(t.text.lower()) != ("dat",) or not (t.text.islower() or k in ctx.doc.sentence_starts):
            continue
        m = k + 1
        while m < len(toks) and toks[m].text.lower() in _MORE_DEGREE and ctx.adjacent(m - 1, m):
            m += 1
        if m >= len(toks) or toks[m].text.lower() not in _MORE or not ctx.adjacent(m - 1, m):
            continue
        j = _past_adjectives(ctx, m + 1)
        if j >= len(toks) or not ctx.adjacent(j - 1, j) or toks[j].start in taken or ctx.claimed(j):
            continue
        noun = toks[j].text
        if j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text[:1].isupper():
            continue   # (a name or a compound apart follows)
        lemmas = {lem for lem, f in nouns.analyses(noun) if f == "nom.pl"}
        if len(lemmas) != 1 or "dat.pl" in nouns.features(noun):
            continue
        lemma = lemmas.pop()
        dative = nouns.forms_of(lemma).get("dat.pl")
        if not person_noun(lemma) or not dative:
            continue
        out.append(Finding(toks[j].start, toks[j].end, noun, "AGREEMENT_NP", "grammar", "error",
                           f"„{t.text}“ takes the dative: „{dative[0]}“", [dative[0]]))
        ctx.claim(toks[j].start, toks[j].end)
    return out


_CLAUSE_COORDINATORS = frozenset(("doch", "aber", "und", "denn", "sondern", "oder"))
# postpositions after a genitive that may open the sentence ("Der Kinder wegen …")
_GENITIVE_POSTPOSITIONS = frozenset(("wegen", "halber", "zuliebe", "willen", "ungeachtet", "zufolge", "entsprechend"))


def _genitive_plural_opening(ctx: Context, taken: set[int]) -> list[Finding]:
    """„der“ before a plural noun (and its adjectives) opening a clause right before its verb ("Die Arena wurde
    eröffnet, doch der Ränge blieben leer"): a genitive plural cannot be the clause's first part in news, the
    subject takes „die“. Not before a postposition („Der Kinder wegen“) nor a noun („Der Kinder Spielzeug“)."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        if t.text.lower() != "der" or t.start in taken or ctx.claimed(i):
            continue
        opening = i in ctx.doc.sentence_starts or (
            i > 0 and toks[i - 1].text.lower() in _CLAUSE_COORDINATORS and ctx.adjacent(i - 1, i)
            and (i - 1 in ctx.doc.sentence_starts or (i > 1 and toks[i - 2].text == ",")))
        if not opening:
            continue
        n = i + 1
        while n < len(toks) and n - i <= 3 and toks[n].text.islower() and toks[n].text.endswith("en") \
                and _is_adjective(toks[n].text):
            n += 1
        if n + 1 >= len(toks) or not all(ctx.adjacent(k, k + 1) for k in range(i, n + 1)):
            continue
        noun, verb = toks[n].text, toks[n + 1].text
        # (the only reading "der" has with the noun is the genitive plural; not the old dative "dem Preise")
        feats = nouns.features(noun) - old_datives(noun)
        if not (noun[:1].isupper() and noun[1:].islower()) or not feats \
                or set(M.determiner("der")[2]) & feats != {"gen.pl"}:
            continue
        if not (verb.islower() and verb.endswith(("en", "ten", "nd")) or verb in ("sind", "waren")) \
                or verb in _GENITIVE_POSTPOSITIONS or not lexicon.is_german(verb) or verb in M.PREPOSITIONS:
            continue
        start, end = t.start, toks[n].end
        fixed = M.case_like("die", t.text) + ctx.doc.text[t.end:end]
        ctx.claim(start, end)
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"„{t.text} {noun}“ is a genitive plural, which cannot open the clause before its verb: "
                           "the subject takes „die“", [fixed]))
    return out


# prepositions of place that take the genitive, and "von" only where no article shows the case (Duden: "außerhalb
# Berlins", "außerhalb von Berlin", not "außerhalb von der Stadt")
_GENITIVE_OF_PLACE = frozenset(("außerhalb", "innerhalb", "oberhalb", "unterhalb"))


def _von_after_genitive_preposition(ctx: Context, taken: set[int]) -> list[Finding]:
    """"außerhalb von der Baustelle" -> "außerhalb der Baustelle": a preposition of place that takes the genitive
    needs no "von" before a feminine singular's article, whose dative and genitive are the same "der"."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 3):
        if toks[i].text.lower() not in _GENITIVE_OF_PLACE or toks[i + 1].text != "von" \
                or toks[i + 2].text != "der" or not all(ctx.adjacent(k, k + 1) for k in (i, i + 1)) \
                or toks[i + 1].start in taken:
            continue
        np = np_at(ctx, i + 2)
        if np is None or not {f for _, f in nouns.analyses(toks[np[2]].text)} & {"gen.sg.f"}:
            continue
        t1, t2 = toks[i + 1], toks[i + 2]
        out.append(Finding(t1.start, t2.end, ctx.doc.text[t1.start:t2.end], "AGREEMENT_NP", "grammar", "warning",
                           f"„{toks[i].text}“ takes the genitive; „von“ only where no article shows the case",
                           ["der"]))
    return out


def _contraction_before_count(ctx: Context, taken: set[int]) -> list[Finding]:
    """A preposition's contracted article before a count and a unit or a plural ("einen Nachlass vom 6 Prozent" ->
    "von"): a count takes no article; a date's ordinal has its full stop ("vom 6. Mai")."""
    from .garbled import _measure_word   # (garbled imports this module's importers)

    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        # (only "vom", "beim", whose preposition alone takes the count: "von 6 Prozent", "bei 3 Prozent"; "zum 15
        # Tonnen" wants another preposition)
        pair = M.CONTRACTIONS.get(toks[i].text.lower()) if toks[i].text.lower() in ("vom", "beim") else None
        num, noun = toks[i + 1].text, toks[i + 2].text
        if pair is None or toks[i].start in taken or ctx.claimed(i) or not num.isdigit() or num in ("0", "1") \
                or not (ctx.adjacent(i, i + 1) and ctx.adjacent(i + 1, i + 2)) \
                or toks[i + 1].end != toks[i + 2].start - 1:
            continue
        feats = noun_features(noun)[1]
        if not (_measure_word(noun) or (noun[:1].isupper() and feats and all(f.endswith(".pl") for f in feats))):
            continue
        prep = M.case_like(pair[0], toks[i].text)
        out.append(Finding(toks[i].start, toks[i].end, toks[i].text, "AGREEMENT_NP", "grammar", "error",
                           f"a count takes no article: „{prep} {num} {noun}“", [prep]))
    return out


_TIME_ADJECTIVES = frozenset("letzt vergangen nächst kommend vorig folgend".split())
_TIME_POSITIONS = frozenset(("Ende", "Anfang", "Mitte"))
# the accusative ending of a time without article, by its noun ("nächstes Jahr", "nächste Woche", "nächsten Monat")
_ACCUSATIVE_OF_TIME = {"Jahr": "es", "Woche": "e", "Monat": "en"}
_GENITIVE_OF_TIME = {"Jahr": "Jahres", "Monat": "Monats"}


def _bare_time_adjective(ctx: Context, taken: set[int]) -> list[Finding]:
    """A time in the adverbial accusative with no article: its adjective takes the strong accusative ending, -es
    for a neuter, -e for a feminine ("erst letzten Jahr" -> "letztes Jahr", "vergangenen Woche" -> "vergangene
    Woche"); a masculine's -en is right ("letzten Monat"). Not after a preposition or an article, whose case it is."""
    toks = ctx.doc.tokens
    out = []
    for a in range(1, len(toks) - 1):
        adj, noun = toks[a].text, toks[a + 1].text
        # a time's position names its time in the genitive ("Ende nächstes Jahr" -> "Ende nächsten Jahres", "Anfang
        # kommende Woche" -> "Anfang kommender Woche")
        if toks[a - 1].text in _TIME_POSITIONS and ctx.adjacent(a - 1, a) and ctx.adjacent(a, a + 1) \
                and toks[a].start not in taken and not ctx.claimed(a) \
                and noun in _ACCUSATIVE_OF_TIME and adj.endswith(_ACCUSATIVE_OF_TIME[noun]) \
                and adj[:-len(_ACCUSATIVE_OF_TIME[noun])].lower() in _TIME_ADJECTIVES:
            stem = adj[:-len(_ACCUSATIVE_OF_TIME[noun])]
            form = f"{stem}er {noun}" if noun == "Woche" else f"{stem}en {_GENITIVE_OF_TIME[noun]}"
            out.append(Finding(toks[a].start, toks[a + 1].end, f"{adj} {noun}", "AGREEMENT_NP", "grammar", "error",
                               f"after „{toks[a - 1].text}“ the time stands in the genitive: „{form}“", [form]))
            continue
        stem = adj[:-2].lower() if adj.lower().endswith("en") else ""
        if stem not in _TIME_ADJECTIVES or noun not in ("Jahr", "Woche") or toks[a].start in taken \
                or not ctx.adjacent(a, a + 1) or ctx.claimed(a):
            continue
        prev = toks[a - 1].text.lower() if ctx.adjacent(a - 1, a) else ""
        # after a noun it is the noun's genitive attribute, which wants "Jahres" ("im Juni vergangenen Jahr" ->
        # "vergangenen Jahres"; "Ende vergangenen Woche" is a genitive already)
        if toks[a - 1].text[:1].isupper() and nouns.analyses(toks[a - 1].text) \
                and M.determiner(toks[a - 1].text) is None and toks[a - 1].text.lower() not in M.CONTRACTIONS:
            if noun == "Jahr" and ctx.adjacent(a - 1, a) and toks[a - 1].text.isalpha():
                out.append(Finding(toks[a].start, toks[a + 1].end, f"{adj} {noun}", "AGREEMENT_NP", "grammar",
                                   "error", "a time after a noun is its genitive attribute", [f"{adj} Jahres"]))
            continue
        # (an adverb between a preposition and the time: "im jeweils vergangenen Jahr")
        before = toks[a - 2].text.lower() if a >= 2 else ""
        if before in M.PREPOSITIONS or before in M.CONTRACTIONS or M.determiner(before) is not None:
            continue
        if prev in M.PREPOSITIONS or prev in M.CONTRACTIONS or M.determiner(prev) is not None \
                or prev in ("als", "wie", "des", "seit") or (a + 2 < len(toks) and toks[a + 2].text[:1].isupper()
                                                            and toks[a + 2].text.isalpha()):
            continue   # (a genitive's noun may follow: "letzten Jahres", "im letzten Jahr", "seit letzten Jahr …")
        form = adj[:-2] + ("es" if noun == "Jahr" else "e")
        out.append(Finding(toks[a].start, toks[a + 1].end, f"{adj} {noun}", "AGREEMENT_NP", "grammar", "error",
                           f"a time without article takes the strong accusative: „{form} {noun}“",
                           [f"{form} {noun}"]))
    return out


def _uninflected_isch_adjective(ctx: Context, taken: set[int]) -> list[Finding]:
    """An adjective in -isch without its ending right before a noun, with no article, after a preposition ("bei
    stürmisch Wetter" -> "stürmischem", "für hypothetisch Szenarien"): an adjective of -isch is no adverb of degree
    there; a noun made of an adjective may follow an adverb ("politisch Verfolgte"), a city's adjective is no noun of
    its own."""
    toks = ctx.doc.tokens
    out = []
    for a in range(1, len(toks) - 1):
        adj, noun, prev = toks[a].text, toks[a + 1].text, toks[a - 1].text.lower()
        if not (adj.endswith("isch") and adj.islower() and adj.isalpha() and len(adj) >= 6) or toks[a].start in taken \
                or not (ctx.adjacent(a - 1, a) and ctx.adjacent(a, a + 1)) or ctx.claimed(a) \
                or not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()):
            continue
        # (not after a copula, where an adverb of -isch often stands before the predicate: "ist praktisch
        # Vegetarierin", "wird automatisch Mitglied")
        if prev in M.PREPOSITIONS and prev not in ("als", "wie", "bis"):
            cases = M.PREPOSITIONS[prev]
        else:
            continue
        # (a noun that is its own lemma and no adjective's -e form is a noun of its own, "Wetter")
        own = any(lem == noun for lem, _ in nouns.analyses(noun)) and not noun.endswith("e")
        if not (lexicon.is_german(adj) and lexicon.is_german(adj + "e")) or (_nominalised_adjective(noun) and not own) \
                or _place_adjective(noun):
            continue
        _, nfeats = noun_features(noun)
        f = _ending_missing(ctx, a, noun, None, [f for f in M.feature_order(nfeats) if f.split(".")[0] in cases])
        if f is not None:
            out.append(f)
    return out


def _ending_missing(ctx: Context, a: int, noun: str, kind: str | None, feats: list[str]) -> Finding | None:
    """The finding on adjective A written without its ending before NOUN: its forms for FEATS after a determiner of
    KIND (None: none), where German has them all."""
    adj = ctx.doc.tokens[a].text
    forms = list(dict.fromkeys(adj + M.adjective_ending(kind, f) for f in feats))
    if not forms or not all(lexicon.is_german(f) for f in forms):
        return None
    return Finding(ctx.doc.tokens[a].start, ctx.doc.tokens[a].end, adj, "AGREEMENT_NP", "grammar", "error",
                   f"the adjective „{adj}“ before „{noun}“ lacks its ending", forms[:3])


_NAMING_VERBS = frozenset("nennt nannte nannten nennen".split())


def _nominative_after_naming(ctx: Context, taken: set[int]) -> list[Finding]:
    """"nennen" takes two accusatives: what is named and what it is called ("nannte die Sperre ein Schlag ins
    Gesicht" -> "einen Schlag"). A masculine "ein"/"kein" phrase in the nominative after the verb and another phrase
    is the second accusative; one right after the verb may be the subject ("Das nannte ein Sprecher …")."""
    toks = ctx.doc.tokens
    out = []
    for v, t in enumerate(toks):
        if t.text not in _NAMING_VERBS:
            continue
        k = v + 1
        # (a quotation may open before the name: "nannte den Ausfall „ein herber Verlust“")
        while k < len(toks) and k - v <= 8 and (toks[k].text not in CLAUSE_END or toks[k].text in ("„", "»")):
            w = toks[k].text
            if w in ("ein", "kein") and k - v >= 2 and toks[k].start not in taken:
                j = k + 1
                adjs = []
                while j < len(toks) and toks[j].text.islower() and toks[j].text.endswith("er") \
                        and _is_adjective(toks[j].text):
                    adjs.append(j)
                    j += 1
                if j < len(toks) and toks[j].text[:1].isupper() and ctx.adjacent(j - 1, j) \
                        and "nom.sg.m" in noun_features(toks[j].text)[1] \
                        and "akk.sg.m" in noun_features(toks[j].text)[1] and not ctx.claimed(j):
                    words = [w + "en"] + [M.adjective_stem(toks[a].text) + "en" for a in adjs] + [toks[j].text]
                    start, end = toks[k].start, toks[j].end
                    out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                                       "„nennen“ takes two accusatives: what it calls a thing is accusative too",
                                       [" ".join(words)]))
                break
            k += 1
    return out


# words German sets uninflected before a noun: quantities and colours of foreign origin ("ein paar Tage", "eine
# lila Tasche", "einer extra Schicht")
_INDECLINABLE = frozenset("paar bisschen wenig viel mehr weniger extra lila rosa prima klasse super beige orange "
                          "pink live online halb ganz genug allerlei lauter hundert tausend dutzend".split())
_OPENING_QUOTES = frozenset(("„", "‚", "»", "“", "\""))
UNINFLECTED_MIN_ZIPF = 3.0   # an adjective German text inflects often ("schweren" 4.4)


def _uninflected_adjective(ctx: Context, taken: set[int]) -> list[Finding]:
    """An adjective without its ending between a determiner and its noun ("von einer schwer Knieverletzung" ->
    "schweren"): German inflects every attributive adjective but a few (_INDECLINABLE); an adverb there would
    qualify an adjective after it, and a nominalised adjective is no noun of the lexicon ("der schwer Kranke")."""
    from .word_order import finite_verb   # (word_order imports this module)

    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        det = M.determiner(toks[i].text)
        # (after a comma "der", "die" … open a relative clause: "…, der früher Drohnen herstellte")
        if det is None or toks[i].start in taken or ctx.claimed(i) or (i > 0 and toks[i - 1].text in (",", "(")) \
                or toks[i].text.lower().startswith(("welch", "dies", "jen")):
            continue   # (a demonstrative may stand alone: "damit diese vollständig Wirkung zeigen")
        a = i + 1
        if toks[a].text in _OPENING_QUOTES and a + 1 < len(toks):
            a += 1   # (a quotation opening after the article: "einer „schwer Knieverletzung“")
        n = a + 1
        if n >= len(toks) or not (ctx.adjacent(i, i + 1) and ctx.adjacent(a - 1, a) and ctx.adjacent(a, n)):
            continue
        adj, noun = toks[a].text, toks[n].text
        if not (adj.isalpha() and adj.islower() and len(adj) >= 4) or adj in _INDECLINABLE or adj in M.PREPOSITIONS \
                or adj in M.CARDINALS or M.adjective_stem(adj + "en") != adj or M.determiner(adj) is not None \
                or not (lexicon.is_german(adj) and lexicon.is_german(adj + "en") and _is_adjective(adj + "en")
                        and lexicon.zipf_de(adj + "en") >= UNINFLECTED_MIN_ZIPF):
            continue
        if not (noun[:1].isupper() and noun.isalpha()) or _nominalised_adjective(noun) or ctx.claimed(n):
            continue
        # (a pronoun and its finite verb: "Dieser verwendet Informationen …")
        if finite_verb(adj):
            continue
        _, nfeats = noun_features(noun)
        shared = [f for f in M.feature_order(nfeats) if f in set(det[2])]
        # (a genitive plural only is a relative pronoun's clause as often: "der offiziell Saatkartoffeln bringt")
        if all(f == "gen.pl" for f in shared):
            continue
        # (a form whose ending fits already: the comparative "ein schwerer Fehler" is "schwer" + -er)
        if not shared or (M.adjective_stem(adj) is not None and _adj_fits(adj, det[0], shared)):
            continue
        f = _ending_missing(ctx, a, noun, det[0], shared)
        if f is not None:
            out.append(f)
    return out


def _capital_head_after_preposition(ctx: Context, taken: set[int]) -> list[Finding]:
    """Two nouns apart after a preposition without article, a singular first and a plural head in the preposition's
    case, the phrase going on with a preposition, an article or punctuation ("bei Routine Kontrollen in Shanghai",
    "von Pestizid Rückständen.") where German text has the compound: a bare singular takes no plural after it. Not
    before a verb ("aus Holz Möbel bauen": the preposition's phrase and the object)."""
    from .garbled import _measure_word, compound_in_use   # (garbled imports from english, which imports this module)

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 2):
        first, second = toks[i].text, toks[i + 1].text
        cases = M.PREPOSITIONS.get(toks[i - 1].text.lower())
        if not cases or toks[i - 1].text.lower() in ("als", "wie") or toks[i].start in taken \
                or not (ctx.adjacent(i - 1, i) and ctx.adjacent(i, i + 1)) or ctx.claimed(i) or ctx.claimed(i + 1) \
                or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() and len(w) >= 4
                           for w in (first, second)) \
                or _measure_word(first):
            continue
        nxt = toks[i + 2].text
        if not (nxt in (".", ",", ";", ":", "!", "?", "und", "oder") or nxt.lower() in M.PREPOSITIONS
                or M.determiner(nxt) is not None):
            continue
        first_feats, second_feats = noun_features(first)[1], noun_features(second)[1]
        # (a first noun in a case of its own, a genitive, is its head's attribute: "von Gottes Gnaden")
        if not first_feats or any(f.endswith(".pl") for f in first_feats) or not second_feats \
                or all(f.startswith("gen") for f in first_feats) \
                or not all(f.endswith(".pl") for f in second_feats) \
                or not any(f.split(".")[0] in cases for f in second_feats):
            continue
        joined = first + second.lower()
        if not (lexicon.is_german(joined) and compound_in_use(joined)):
            continue
        out.append(_pair_apart(ctx, i, joined, "a compound written apart: German writes it as one word"))
        ctx.claim(toks[i].start, toks[i + 1].end)
    return out


def _small_head_after_preposition(ctx: Context, taken: set[int]) -> list[Finding]:
    """A compound's head written apart and small after a bare noun that a preposition governs ("fehlt an Ersatz
    teilen aus …" -> "Ersatzteilen"): the small word is a verb's form too, which no noun phrase after a preposition
    holds; its capitalised form fits the preposition's case, and German text writes the compound often
    (APART_BARE_MIN_ZIPF)."""
    from .garbled import compound_in_use   # (garbled imports from english, which imports this module)

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        first, second = toks[i].text, toks[i + 1].text
        cases = M.PREPOSITIONS.get(toks[i - 1].text.lower())
        if not cases or not (first[:1].isupper() and first[1:].islower() and first.isalpha() and len(first) >= 3
                             and second.isalpha() and second.islower() and len(second) >= 4) \
                or not (ctx.adjacent(i - 1, i) and ctx.adjacent(i, i + 1)) or toks[i].start in taken \
                or ctx.claimed(i) or ctx.claimed(i + 1):
            continue
        # (only where the phrase goes on after it, with a preposition or an article: a verb's form at its clause's
        # end is the verb, "in Luxus leben.", "ohne Frauen leben kann"; nor a postposition, "von Rechts wegen")
        nxt = toks[i + 2].text if i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) else ""
        if second in M.PREPOSITIONS or not ((nxt.lower() in M.PREPOSITIONS and nxt.lower() != "zu")
                                            or M.determiner(nxt) is not None):
            continue
        head = second[0].upper() + second[1:]
        if not nouns.analyses(first) or not any(f.split(".")[0] in cases for f in noun_features(head)[1]):
            continue
        joined = first + second
        if _joined_zipf(first, head) < APART_BARE_MIN_ZIPF or not lexicon.is_german(joined) \
                or not compound_in_use(joined):
            continue
        out.append(_pair_apart(ctx, i, joined,
                               "a compound written apart, its head small: German writes it as one word"))
        ctx.claim(toks[i].start, toks[i + 1].end)
    return out


def _adjective_compound_apart(ctx: Context, taken: set[int]) -> list[Finding]:
    """A noun and an adjective written apart between a determiner and the noun they describe ("die Visa freie
    Einreise", "eine Umwelt freundliche Lösung"): the adjective's ending fits the determiner and the last noun, so
    the first noun stands where nothing but a part of the adjective can, and German text has the two as one
    adjective ("visafreie"). Not where the first noun agrees with the determiner and the adjective's strong ending
    opens a phrase of its own ("der Umwelt schädliche Stoffe")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 3):
        det = M.determiner(toks[i].text)
        if det is None or toks[i + 1].start in taken:
            continue
        first, adj, noun = toks[i + 1].text, toks[i + 2].text, toks[i + 3].text
        if not (first[:1].isupper() and first[1:].islower() and first.isalpha() and adj.islower() and adj.isalpha()
                and noun[:1].isupper() and noun.isalpha()) \
                or not all(ctx.adjacent(k, k + 1) for k in (i, i + 1, i + 2)) \
                or any(ctx.claimed(k) for k in (i + 1, i + 2)):
            continue
        kind, _, det_feats = det
        fits = set(det_feats) & noun_features(noun)[1]
        if not fits or not _is_adjective(adj) or not _adj_fits(adj, kind, fits) or not nouns.analyses(first):
            continue
        joined = first.lower() + adj
        if not lexicon.is_german(joined) or lexicon.zipf_de(joined) <= 0:
            continue
        start, end = toks[i + 1].start, toks[i + 2].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "GARBLED_WORD", "garbled", "error",
                           f"an adjective written apart: German writes „{joined}“ as one word", [joined]))
        ctx.claim(start, end)
    return out


@lru_cache(maxsize=1)
def _masculine_times() -> frozenset[str]:
    """Masculine nouns of a time (the days, months, seasons, "Monat", "Abend" …), whose accusative after "in" or
    "an" with a bare adjective in -en would be a direction."""
    from .formats import MONTHS_DE   # (formats' own imports stay clear of this module; done once)

    return frozenset(_TIME_NOUNS - {"Jahr", "Woche", "Rest", "Weg"}) | frozenset(MONTHS_DE)


def _time_after_bare_preposition(ctx: Context, taken: set[int]) -> list[Finding]:
    """A time after "in" or "an" and an adjective in -en with no article ("in vergangenen Monat", "an kommenden
    Montag"): a time is in the dative, which the weak -en takes only after an article, here the contraction's
    ("im vergangenen Monat"); the accusative the ending fits would be a direction, which no time is."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        prep = toks[i].text
        if prep.lower() not in ("in", "an") or toks[i].start in taken or ctx.claimed(i):
            continue
        n = i + 1
        while n < len(toks) and toks[n].text.islower() and toks[n].text.endswith("en") \
                and _is_adjective(toks[n].text) and ctx.adjacent(n - 1, n):
            n += 1
        if n == i + 1 or n >= len(toks) or toks[n].text not in _masculine_times() or not ctx.adjacent(n - 1, n) \
                or ctx.claimed(n):
            continue
        start, end = toks[i].start, toks[n].end
        contraction = ("im" if prep.lower() == "in" else "am")
        contraction = contraction.capitalize() if prep[:1].isupper() else contraction
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"a time after „{prep}“ is in the dative: with the article, „{contraction}“",
                           [contraction + ctx.doc.text[toks[i].end:end]]))
        ctx.claim(start, end)
    return out


# words after which an adjective takes the weak ending, as after an article ("alle neuen Kräne")
_WEAK_AFTER = frozenset("alle allen sämtliche sämtlichen beide beiden".split())


_YEAR_BEFORE = frozenset(("seit", "ab", "bis", "vor", "nach", "von", "aus", "um", "im", "bereits", "schon"))


def _strong_dative_adjective_plural(ctx: Context, taken: set[int]) -> list[Finding]:
    """Adjectives with no article before them in -en, the strong ending of the dative plural only, before a plural
    without the dative's -n ("biete betroffenen Exporteure an", "in zwei neuen Mobilkrane"): one of the two is
    wrong; both repairs are proposed, the dative first ("betroffenen Exporteuren", "betroffene Exporteure"). Not
    after a determiner or "alle", whose adjectives end weak in -en ("alle neuen Kräne"), nor after a preposition
    of the dative (_bare_plurals' phrase)."""
    from .garbled import count_word   # (garbled imports this module's importers)
    from .word_order import finite_verb

    toks = ctx.doc.tokens
    out = []
    for j in range(2, len(toks)):
        noun = toks[j].text
        # (the cheap tests first: an adjective in -en right before it)
        if not (noun[:1].isupper() and noun.isalpha()) or ctx.claimed(j) or j in ctx.doc.sentence_starts \
                or not (toks[j - 1].text.islower() and toks[j - 1].text.endswith("en")):
            continue
        # (a plural and nothing else but the old dative singular in -e, "Arbeitstage")
        head = nouns.head_of(noun)
        feats = {f for _, f in nouns.analyses(head)} if head else set()
        if not any(f.endswith(".pl") for f in feats) or "dat.pl" in feats \
                or any(not f.endswith(".pl") and not (f.startswith("dat.sg") and head.endswith("e")) for f in feats):
            continue
        first, lemmas = noun[: len(noun) - len(head)], {lem for lem, _ in nouns.analyses(head)}
        a = j - 1
        while a > 0 and ctx.adjacent(a, a + 1) and toks[a].text.islower() and toks[a].text.endswith("en") \
                and M.determiner(toks[a].text) is None and lexicon.is_german(toks[a].text[:-2]) \
                and _is_adjective(toks[a].text) and toks[a].text not in _WEAK_AFTER:
            a -= 1
        adjs = list(range(a + 1, j))
        before = toks[a].text.lower()
        # (right after a count, "und" or a finite verb, with no article or quantifier further back in the clause,
        # whose phrase the adjectives may extend: "die dort befindlichen Programme", "aller mitgelieferten …")
        coordinated = before in ("und", "oder", "sowie")
        # (a count, not a designation's number: "die in PCR 7 eingemessenen Zertifikate")
        designation = a > 0 and toks[a - 1].text[:1].isupper() and M.determiner(toks[a - 1].text) is None
        # (nor a year after its preposition, inside an extended attribute: "alle seit 2015 vergebenen Aufträge")
        dated = re.fullmatch(r"(?:19|20)\d\d", before) is not None and a > 0 \
            and toks[a - 1].text.lower() in _YEAR_BEFORE
        opener = (count_word(before) and not designation and not dated) or coordinated or finite_verb(before)
        back = []   # (small words before the opener, up to a preposition, a verb or a noun)
        start_back = a - 1
        if coordinated:
            # (after "und" a noun must end the first phrase, whose own determiner may be the second's too: "keine
            # Leerzeichen oder sonstigen Freiräume"; adjectives joined share theirs, "die alten und neuen")
            prev = toks[a - 1].text if a > 0 else ""
            if not (prev[:1].isupper() and prev.isalpha() and (nouns.analyses(prev) or nouns.head_of(prev))):
                continue
            start_back = a - 2
            while start_back >= 0 and toks[start_back].text.islower() and _is_adjective(toks[start_back].text) \
                    and M.determiner(toks[start_back].text) is None:
                start_back -= 1
        for b in range(start_back, max(-1, start_back - 5), -1):
            w = toks[b].text.lower()
            if toks[b].text in CLAUSE_END or w in M.PREPOSITIONS or finite_verb(w) or toks[b].text[:1].isupper() \
                    and M.determiner(w) is None:
                break
            back.append(w)
        if not adjs or not opener or toks[adjs[0]].start in taken or any(ctx.claimed(k) for k in adjs) \
                or any(M.determiner(w) is not None or w in _WEAK_AFTER or w in M.CONTRACTIONS or w == "aller"
                       or w in M.PLURAL_QUANTIFIERS for w in back + [before]):
            continue
        dative = _dative_plural(head, lemmas)
        if dative is None or dative == head:
            continue
        words = [toks[k].text for k in adjs]
        start, end = toks[adjs[0]].start, toks[j].end
        fixes = [" ".join(words + [first + (dative.lower() if first else dative)]),
                 " ".join([w[:-1] for w in words] + [noun])]
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "warning",
                           "an adjective without an article in -en is a dative plural; the noun is not", fixes))
    return out


def _mixed_weak_persons(ctx: Context, taken: set[int]) -> list[Finding]:
    """A noun for a person that German declines weak ("des Nachbarn", "dem Bauern"), written bare after a
    determiner of the dative or accusative singular that is no nominative ("bei einem Nachbar", "jeden Bauer"):
    the lexicon lists the bare form too, as colloquial German has it; its genitive's -n first shows the written
    standard. Persons only, whose feminine in -in German has ("Nachbarin", "Bäuerin"): not "den Typ" (a type), nor
    "den Magnet"."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks)):
        noun = toks[i].text
        if not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()) or ctx.claimed(i) \
                or toks[i].start in taken:
            continue
        # (the cheap tests first: a masculine singular in the dative or accusative as written)
        if not {f for _, f in nouns.analyses(noun)} & {"dat.sg.m", "akk.sg.m"}:
            continue
        k = i - 1
        while k > 0 and toks[k].text.islower() and toks[k].text.endswith("en") and _is_adjective(toks[k].text) \
                and M.determiner(toks[k].text) is None and ctx.adjacent(k, k + 1):
            k -= 1
        det = M.determiner(toks[k].text) or M.contraction_determiner(toks[k].text)
        if det is None or not ctx.adjacent(k, k + 1) or "nom.sg.m" in det[2]:
            continue
        feats = {f for f in det[2] if f in ("dat.sg.m", "akk.sg.m")}
        if not feats:
            continue
        forms = nouns.forms_of(noun)
        weak = forms.get("gen.sg.m", ("",))[0]
        if not weak.endswith("n") or weak == noun or not weak.startswith(noun) \
                or not all(noun in forms.get(f, ()) and weak in forms.get(f, ()) for f in feats):
            continue
        umlauted = noun.replace("au", "äu", 1) if "au" in noun else noun
        if not any(nouns.analyses(n + "in") for n in {noun, umlauted}):
            continue
        out.append(Finding(toks[i].start, toks[i].end, noun, "AGREEMENT_NP", "grammar", "warning",
                           f"„{noun}“ is declined weak in writing: „{weak}“ after „{toks[k].text}“",
                           [weak]))
    return out


_AGED_RE = re.compile(r"(\d+-J)ährig(e|en|er|es|em)")


def _aged_persons(ctx: Context, taken: set[int]) -> list[Finding]:
    """A person named by an age ("den 29-Jährige"), an adjective used as a noun the lexicon cannot list for every
    number: its ending follows the determiner right before it as an adjective's does ("den 29-Jährigen", "ein
    29-Jähriger"). Judged only where no reading of the determiner fits the ending written."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks)):
        m = _AGED_RE.fullmatch(toks[i].text)
        if m is None or not ctx.adjacent(i - 1, i) or toks[i - 1].start in taken:
            continue
        low = toks[i - 1].text.lower()
        det = M.determiner(M.CONTRACTIONS[low][1] if low in M.CONTRACTIONS else low)
        if det is None:
            continue
        # (a person: masculine or feminine, and the plural)
        feats = [f for f in det[2] if not f.endswith(".n")]
        endings = {M.adjective_ending(det[0], f) for f in feats}
        if not endings or m.group(2) in endings:
            continue
        right = [m.group(1) + "ährig" + e for e in sorted(endings, key=["en", "e", "er", "es", "em"].index)]
        out.append(Finding(toks[i].start, toks[i].end, toks[i].text, "AGREEMENT_NP", "grammar", "error",
                           f"after „{toks[i - 1].text}“ an age used as a noun ends in "
                           + " or ".join(f"-{e}" for e in sorted(endings)), right))
    return out


# surname endings that only a woman's name has: Slavic -ova/-eva/-skaya (and their German forms), Polish -ska,
# Lithuanian -aitė/-ytė/-ienė/-utė (also without the dot)
_FEMININE_SURNAME_RE = re.compile(r"(?:[ao]va|[oe]wa|eva|skaya|skaja|[sz]kaja|tskaya|[sc]ka"
                                  r"|aitė|ytė|ienė|utė|aite|yte|iene)\Z")


# verbs whose subject is a thing and whose dative is the one it happens to, first in the sentence as often ("Der
# Stadt fehlte, was …", "Dem Team gelang, was …"; Duden: fehlen, gelingen, genügen, schaden, nützen)
_DATIVE_EXPERIENCER_STEMS = ("fehl", "geling", "gelang", "genüg", "schad", "nütz")
# words that open a clause that may itself be the subject ("…, wer …", "…, was …", "…, dass …")
_CLAUSAL_SUBJECTS = frozenset("wer was wen wem dass ob wie".split())


def _subject_before_lone_verb(ctx: Context, taken: set[int]) -> list[Finding]:
    """A phrase that opens the sentence, a weak verb's finite form and then a comma, a colon or the sentence's end
    ("Der Hafenbehörde betonte, man …"): nothing after the verb can be its subject, so the phrase is, and its
    determiner must show the nominative ("Die Hafenbehörde"). Not a verb with a dative object ("Der Stadt fehlt,
    was …") nor an auxiliary."""
    from .word_order import _PLURAL, _SINGULAR, finite_verb   # (word_order imports modules that import this one)

    toks = ctx.doc.tokens
    out = []
    for s in ctx.doc.sentences:
        i = s.first
        if toks[i].start in taken or ctx.claimed(i):
            continue
        np = np_at(ctx, i)
        if np is None:
            continue
        (kind, stem, det_feats), adjs, n = np
        v = n + 1
        if v + 1 >= min(s.last, len(toks)) or not ctx.adjacent(n, v) or toks[v + 1].text not in (",", ":", ".") \
                or ctx.claimed(n):
            continue
        verb = toks[v].text
        if verb in _SINGULAR or verb in _PLURAL or not finite_verb(verb) or _dative_verb(verb) \
                or verb.startswith(_DATIVE_EXPERIENCER_STEMS):
            continue
        number = "pl" if verb.endswith("en") else "sg"
        noun = toks[n].text
        head, nfeats = noun_features(noun)
        fits = set(det_feats) & set(nfeats)
        # (an accusative may open the sentence before a clause that is its subject: "Seinen guten Ruf verringert,
        # wer …")
        if not head or not fits or any(f.startswith(("nom", "akk")) for f in fits) \
                or (v + 2 < len(toks) and toks[v + 2].text.lower() in _CLAUSAL_SUBJECTS):
            continue
        nominative = sorted(f for f in nfeats if f.startswith(f"nom.{number}"))
        if len(nominative) != 1 or (number == "sg" and any(f.startswith("nom.pl") for f in nfeats)):
            continue
        feat = nominative[0]
        det = M.determiner_form(kind, stem, feat, toks[i].text)
        if not det:
            continue
        words = [det] + [M.adjective_stem(toks[a].text) + M.adjective_ending(kind, feat) for a in adjs]
        start, end = toks[i].start, toks[n].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"the subject of „{verb}“: the nominative", [" ".join(words + [noun])]))
    return out


def _role_before_woman(ctx: Context, taken: set[int]) -> list[Finding]:
    """A role in the masculine before a woman's name ("sagte der Jury-Vorsitzende Rūta Kazlauskaitė", "der
    Bürgermeister Olena Petrova"): English's role has no gender and the translation took the masculine. A woman
    is known by a surname only women have (_FEMININE_SURNAME_RE). The nominative only, "der" and the role right
    before the first name: a noun declined like an adjective takes the feminine article ("die Vorsitzende"), an
    agent noun its form in -in ("die Bürgermeisterin")."""
    from .english import is_name_word   # (english imports this module)

    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 3):
        if toks[i].text not in ("der", "Der") or toks[i].start in taken or ctx.claimed(i + 1):
            continue
        role, first, last = toks[i + 1].text, toks[i + 2].text, toks[i + 3].text
        if not all(ctx.adjacent(k, k + 1) for k in range(i, i + 3)) or not role[:1].isupper() \
                or not (first[:1].isupper() and first[1:].islower() and first.isalpha()) \
                or not (last[:1].isupper() and _FEMININE_SURNAME_RE.search(last)) \
                or (nouns.analyses(first) and not is_name_word(first)):
            continue
        # (-ava is a man's surname too in Georgia, "Giorgi Papava": only after a first name in a woman's vowel)
        if last.endswith("ava") and not first.endswith(("a", "e", "ė")):
            continue
        feats = nouns.features(nouns.head_of(role) or role)
        if role.endswith("e") and {"nom.sg.m", "nom.sg.f"} <= feats:
            fix = role   # declined like an adjective: "der Vorsitzende" -> "die Vorsitzende"
        elif "nom.sg.m" in feats and lexicon.is_german(role + "in"):
            fix = role + "in"
        else:
            continue
        start, end = toks[i].start, toks[i + 1].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"„{role}“ is masculine, and {first} {last} is a woman: the role takes her gender",
                           [f"{M.case_like('die', toks[i].text)} {fix}"]))
    return out


_DATIVE_BEFORE_PAIR = frozenset(("mit", "von", "aus", "bei", "nach", "zu", "seit", "zwischen"))


def _coordinated_dative_plural(ctx: Context, taken: set[int]) -> list[Finding]:
    """A dative preposition, a bare noun, "und" or "oder" and a bare plural without the dative's -n ("zwischen Brot
    und Medikamente wählen" -> "Medikamenten"): the second noun is in the preposition's case too. Not before a
    finite verb, where "und" begins a clause ("nach Kiew und Kinder spielten"), nor a plural the lexicon also reads
    as a dative."""
    from .garbled import count_word
    from .word_order import finite_verb   # (word_order imports modules that import this one)

    toks = ctx.doc.tokens
    out = []
    for p in range(len(toks) - 3):
        if toks[p].text.lower() not in _DATIVE_BEFORE_PAIR:
            continue
        # (adjectives in a dative's strong ending before the first noun: "bei älteren Menschen und Kinder", "mit
        # besserer Bezahlung und …")
        a = p + 1
        counted_both = toks[a].text.isdigit() and toks[a].text != "1" and not _year_after(toks[p].text, toks[a].text) \
            and ctx.adjacent(p, a)
        a += counted_both   # (a count of both: "von 43 Spielerinnen und Spieler")
        while a < len(toks) - 3 and toks[a].text.islower() and toks[a].text.endswith(("en", "er", "em")) \
                and _is_adjective(toks[a].text) and M.determiner(toks[a].text) is None and ctx.adjacent(a - 1, a):
            a += 1
        # (or a phrase whose determiner may be the dative: "mit ihrem Mann und zwei Kinder")
        det = M.determiner(toks[p + 1].text)
        np = np_at(ctx, p + 1) if det is not None and any(f.startswith("dat") for f in det[2]) else None
        if np is not None:
            a = np[2]
            if a >= len(toks) - 3:
                continue
        if toks[a + 1].text not in ("und", "oder") or not all(ctx.adjacent(k, k + 1) for k in (a - 1, a, a + 1)) \
                or toks[a + 2].start in taken or ctx.claimed(a + 2):
            continue
        # (and adjectives before the second, in their strong ending: "mit Bargeld und teure Geschenke" -> "teuren
        # Geschenken")
        b = a + 2
        # (a count before the second, which keeps its form: "und zwei Kinder" -> "und zwei Kindern")
        counted = count_word(toks[b].text) and ctx.adjacent(b, b + 1)
        b += counted
        while b < len(toks) - 1 and b - a <= 4 and toks[b].text.islower() and _is_adjective(toks[b].text) \
                and M.determiner(toks[b].text) is None and ctx.adjacent(b, b + 1):
            b += 1
        adjectives = [M.adjective_stem(toks[k].text) + "en" for k in range(a + 2 + counted, b)]
        first, second = toks[a].text, toks[b].text
        if not (first[:1].isupper() and first.isalpha() and second[:1].isupper() and second.isalpha()
                and second[1:].islower()) or M.determiner(first) is not None:
            continue
        # (the first noun a common noun that may stand in the dative: "zwischen Brot und …")
        if not any(f.startswith("dat") for _, f in nouns.analyses(first)):
            continue
        # (a compound the lexicon lacks by its head: "Schichtmodelle")
        head = nouns.head_of(second) or second
        feats = nouns.features(head) - old_datives(head)   # ("Medikamente" is no "dem Medikamente" now)
        if counted_both and "nom.pl" in feats and nouns.features(first) <= _PLURAL_FEATURES:
            feats = {f for f in feats if f.endswith(".pl")}   # (the count makes "Spieler" plural)
        if not feats or "dat.pl" in feats or not all(f.endswith(".pl") for f in feats):
            continue
        # (a phrase that opens the sentence has its finite verb next: "Zwischen Bund und Länder gibt es …")
        nxt = toks[b + 1].text if b + 1 < len(toks) and ctx.adjacent(b, b + 1) else ""
        if (finite_verb(nxt) and p not in ctx.doc.sentence_starts and not counted_both) or nxt[:1].isupper() \
                or ctx.claimed(b):
            continue
        # (a determiner's phrase or a count: only where a clause mark or a preposition ends the pair, not a
        # participle of a phrase of its own, "… oder zwei Bindestriche gefolgt von …")
        if (np is not None or counted) and nxt and nxt not in _CLAUSE_MARKS and nxt.lower() not in M.PREPOSITIONS \
                and nxt.lower() not in M.CONTRACTIONS:
            continue
        # (nor a determiner's phrase in an attribute of a list's noun, which "und" closes: "auf Container, Getreide
        # aus der Ukraine und Bauteile")
        if np is not None and p >= 2 and toks[p - 1].text[:1].isupper() and nouns.analyses(toks[p - 1].text) \
                and any(toks[k].text == "," for k in range(max(0, p - 4), p - 1)):
            continue
        # (the plural's own dative, its -n: "Länder" -> "Ländern", not the lemma's other plural "Landen")
        dative = second + "n"
        if not any(head + "n" in nouns.forms_of(lem).get("dat.pl", ()) for lem, _ in nouns.analyses(head)):
            continue
        start, end = toks[a + 2 + counted].start, toks[b].end
        fixed = " ".join(adjectives + [dative])
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"„{toks[p].text}“ takes the dative for both nouns: „{fixed}“", [fixed]))
    return out


# prepositions after which a bare noun stays in its base form ("pro Student", "je Teilnehmer", "als Präsident")
_BASE_FORM_AFTER = frozenset("pro je per als wie bis".split())
# words that make a pair of bare nouns, where a weak noun keeps its base form ("von Mensch zu Mensch", "zwischen
# Mieter und Vermieter")
_PAIRING = frozenset("und oder sowie bzw zu noch".split())


# the endings of masculine nouns for persons that decline weak (Duden, Grammatik: "Aktivist", "Fotograf",
# "Kardiologe", "Ökonom", "Philosoph", "Demokrat", "Astronaut"): -en in every case but the nominative singular
_GERMAN_WEAK_PERSON_ENDINGS = ("graf", "loge", "nom", "soph", "krat", "naut")   # (spelled the German way)
_WEAK_PERSON_ENDINGS = ("ist", "graph") + _GERMAN_WEAK_PERSON_ENDINGS


def _german_weak_noun(noun: str) -> bool:
    """Hunspell knows NOUN, or it is spelled the German way (-graf, -loge, …) and is no English word
    ("Szenograf", which hunspell lacks; English writes -graph, -logue)."""
    return lexicon.is_german(noun) or (noun.endswith(_GERMAN_WEAK_PERSON_ENDINGS)
                                       and not lexicon.is_english(noun.lower()))


def _nominalised_adjective(noun: str) -> bool:
    """NOUN is an adjective's form capitalised ("das Analoge", "das Autonome"), no noun of its own."""
    return lexicon.is_german(noun.lower())


def _unlisted_weak_nouns(ctx: Context, taken: set[int]) -> list[Finding]:
    """A noun for a person in a weak ending the lexicon lacks ("Monopolist", "Szenograf") after a determiner that
    cannot be its nominative singular ("gegen den staatlichen Monopolist", "des Szenograf"): a masculine of the
    weak declension, whose other forms end in -(e)n ("den staatlichen Monopolisten", "des Szenografen")."""
    toks = ctx.doc.tokens

    def weak_noun(word: str) -> bool:
        return word.endswith(_WEAK_PERSON_ENDINGS) and len(word) >= 7 and word[1:].islower()

    out = []
    if not any(weak_noun(t.text) for t in toks):
        return out   # (the cheap test first: parsing every noun phrase again is the main loop's cost)
    for i, t in enumerate(toks):
        if t.start in taken or M.determiner(t.text) is None:
            continue
        np = np_at(ctx, i)
        if np is None:
            continue
        (kind, stem, det_feats), adjs, n = np
        noun = toks[n].text
        if not weak_noun(noun) or ctx.claimed(n) \
                or nouns.analyses(noun) or nouns.head_of(noun) or not _german_weak_noun(noun) \
                or _nominalised_adjective(noun) \
                or "nom.sg.m" in det_feats or (n + 1 < len(toks) and ctx.adjacent(n, n + 1)
                                               and toks[n + 1].text[:1].isupper()):
            continue
        oblique = noun + ("n" if noun.endswith("e") else "en")
        start, end = t.start, toks[n].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"„{noun}“ is declined weak: after „{t.text}“ it ends in -{oblique[len(noun):]}",
                           [ctx.doc.text[start:toks[n].start] + oblique]))
    return out


def _weak_noun(noun: str, homographs: bool = False, german: bool = False) -> str | None:
    """The oblique form of a masculine noun of the weak declension ("Aktivist" -> "Aktivisten", "Kollege" ->
    "Kollegen"), from the noun lexicon; None for any other noun, for one with a homograph of another gender ("das
    Tor", "der Tor"; with HOMOGRAPHS, where the words around show the masculine, "die Kunde") and for an English
    word ("Apache"; with GERMAN, one German's dictionaries have too: "Journalist")."""
    forms = nouns.forms_of(noun)
    if noun not in forms.get("nom.sg.m", ()) \
            or (lexicon.is_english(noun.lower()) and not (german and lexicon.is_german(noun))) \
            or (not homographs and any(not f.endswith(".m") for _, f in nouns.analyses(noun))):
        return None
    oblique = {f for feat in ("gen.sg.m", "dat.sg.m", "akk.sg.m") for f in forms.get(feat, ())}
    return oblique.pop() if len(oblique) == 1 and next(iter(oblique)) in (noun + "n", noun + "en") else None


def _bare_weak_nouns(ctx: Context, taken: set[int]) -> list[Finding]:
    """A weak masculine noun right after a preposition, alone, in its nominative ("über die Verhaftung von
    Aktivist" -> "Aktivisten"): every case a preposition governs takes -(e)n, which is also the plural. A title
    before a name keeps its base form ("von Präsident Macron"), as does a noun in a pair ("von Mensch zu Mensch")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        prep, j = toks[i].text, i + 1
        # (adjectives between with the strong ending, which no dropped article explains: "vor russischem Favorit")
        while j + 1 < len(toks) and ctx.adjacent(j - 1, j) and toks[j].text.islower() and toks[j].text.isalpha() \
                and toks[j].text.endswith(("em", "er", "en")) and _is_adjective(toks[j].text) \
                and M.determiner(toks[j].text) is None and not toks[j].text.startswith(_QUANTIFIER_STEMS):
            j += 1
        if prep.lower() not in M.PREPOSITIONS or prep.lower() in _BASE_FORM_AFTER \
                or not (prep.islower() or i in ctx.doc.sentence_starts) \
                or not ctx.adjacent(j - 1, j) or toks[i + 1].start in taken or ctx.claimed(j):
            continue
        noun = toks[j].text
        form = _weak_noun(noun) if noun[:1].isupper() and noun.isalpha() else None
        if form is None or (i > 0 and toks[i - 1].text.lower() in _PAIRING | {noun.lower()}):
            continue
        nxt = toks[j + 1].text if j + 1 < len(toks) and ctx.adjacent(j, j + 1) else ""
        # (nor a designation before its number: "auf Paragraf 12", "nach Paragraf 3a")
        if nxt[:1].isupper() or nxt[:1].isdigit() or nxt.lower() in _PAIRING or nxt in ("-", "/"):
            continue
        # (an adverb's "aus", "an" after its noun is no preposition: "von Natur aus Optimist", "von Kind an"; a
        # headline drops its articles: "Patientin verliebt sich in Schönheitschirurg")
        if (i >= 2 and toks[i - 2].text.lower() == "von") or (ctx.in_headline(i) and j == i + 1):
            continue
        out.append(Finding(toks[j].start, toks[j].end, noun, "AGREEMENT_NP", "grammar", "error",
                           f"„{noun}“ declines weakly: after „{prep}“ it takes -{form[len(noun):]}", [form]))
    return out


# the endings of the masculine nouns of the weak declension (Duden, Grammatik: "Kollege", "Präsident", "Soldat",
# "Satellit", "Architekt", "Doktorand"), not those of mixed ones the lexicon lists weak only ("den Papagei" too)
_WEAK_NOUN_ENDINGS = _WEAK_PERSON_ENDINGS + ("e", "ent", "ant", "and", "at", "et", "it", "ot", "ekt")


def _weak_noun_after_inflected_adjective(ctx: Context, taken: set[int]) -> list[Finding]:
    """A weak masculine noun in its base form right after an adjective or participle in -en, which the phrases
    the others miss leave (an extended attribute: "den in Berlin lebenden Journalist" -> "Journalisten"): an
    adjective's -en before a masculine singular is never its nominative, and every other case, as the plural,
    takes -(e)n; with an article a title before a name does too ("des amtierenden Präsidenten Macron")."""
    from .subject_verb import _verb_number   # (it imports this module)

    toks = ctx.doc.tokens
    out = []
    for j in range(1, len(toks)):
        adj, noun = toks[j - 1].text, toks[j].text
        if not noun[:1].isupper() or not noun.isalpha() or not adj.endswith("en") or not adj.islower() \
                or not ctx.adjacent(j - 1, j) or toks[j - 1].start in taken or toks[j].start in taken \
                or ctx.claimed(j) or ctx.claimed(j - 1) or M.determiner(adj) is not None \
                or not _is_adjective(adj) or M.adjective_stem(adj) == adj:
            continue
        form = _weak_noun(noun, german=True) if noun.endswith(_WEAK_NOUN_ENDINGS) else None
        if form is None:
            continue
        # (a past plural is no adjective, its object the title before a name: "verfolgten Präsident Tokajew und
        # …"; after a determiner or a preposition it is one)
        before = toks[j - 2].text.lower() if j > 1 else ""
        if _verb_number(adj) is not None and M.determiner(before) is None and before not in M.PREPOSITIONS \
                and before not in M.CONTRACTIONS:
            continue
        out.append(Finding(toks[j].start, toks[j].end, noun, "AGREEMENT_NP", "grammar", "error",
                           f"„{noun}“ declines weakly: after „{adj}“ it takes -{form[len(noun):]}", [form]))
    return out


def _weak_nouns_after_als(ctx: Context, taken: set[int]) -> list[Finding]:
    """"als", adjectives in -en or -em and a weak noun in its base form ("den Staat als einzigen Kunde"): the
    adjectives show the accusative or dative of the noun they stand in apposition to, which a weak noun takes with
    -(e)n ("als einzigen Kunden"); in the nominative the adjective ends in -er ("als einziger Kunde")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        if toks[i].text != "als":
            continue
        j = i + 1
        while j < len(toks) and j - i <= _MAX_ADJ and ctx.adjacent(j - 1, j) and toks[j].text.islower() \
                and toks[j].text.endswith(("en", "em")) and _is_adjective(toks[j].text):
            j += 1
        if j == i + 1 or j >= len(toks) or not ctx.adjacent(j - 1, j) or toks[j].start in taken or ctx.claimed(j):
            continue
        noun = toks[j].text
        # (a strong -en before a singular is the masculine's: "die Kunde", the news, is no reading)
        form = _weak_noun(noun, homographs=True) if noun[:1].isupper() and noun.isalpha() else None
        nxt = toks[j + 1].text if j + 1 < len(toks) and ctx.adjacent(j, j + 1) else ""
        if form is None or nxt[:1].isupper() or nxt in ("-", "/"):
            continue
        out.append(Finding(toks[j].start, toks[j].end, noun, "AGREEMENT_NP", "grammar", "error",
                           f"„{noun}“ declines weakly: after „{toks[j - 1].text}“ it takes -{form[len(noun):]}",
                           [form]))
    return out


def feminine_first_name(noun: str, nfeats, det_feats) -> bool:
    """NOUN is a woman's first name in -a after a feminine article ("Die kleine Anna", "der jungen Maria"), where
    the lexicon knows only a noun of another gender or number (the coin "der Anna", the plural "Maria" of "Mare")."""
    from .english import is_name_word

    return noun.endswith("a") and is_name_word(noun) and not any(f.endswith(".f") for f in nfeats) \
        and any(f.endswith("sg.f") for f in det_feats)


def _weak_adjectival(noun: str) -> bool:
    """NOUN is the weak form in -e of a noun declined like an adjective ("Abgeordnete", "Kriminelle"): the lexicon
    has its strong masculine in -er too."""
    return noun.endswith("e") and len(noun) >= 5 and _strong_adjectival(noun + "r")


def _strong_adjectival(noun: str) -> bool:
    """NOUN is the strong masculine form of a noun declined like an adjective ("Abgeordneter", "Vorsitzender",
    "Deutscher"): the lexicon gives both "-er" and "-e" as its nominative, unlike "Lehrer"."""
    if not noun.endswith("er") or len(noun) < 5:
        return False
    head = nouns.head_of(noun) or noun
    forms = nouns.forms_of(head)
    # (and no noun of its own in -er: "das Alter", "des Alters"; "der Freier", "des Freiers")
    return head in forms.get("nom.sg.m", ()) and head[:-1] in forms.get("nom.sg.m", ()) \
        and "gen.sg.n" not in forms and all(g.endswith("en") for g in forms.get("gen.sg.m", ()))


def _epithets(ctx: Context, taken: set[int]) -> list[Finding]:
    """A ruler's epithet after a name takes the name's case ("von Peter der Große" -> "von Peter dem Großen", "für
    Katharina die Große" stays, "mit Katharina die Große" -> "mit Katharina der Großen"): a preposition of the
    dative or accusative alone, a capitalised name, the article and a capitalised adjective in -e."""
    toks = ctx.doc.tokens
    out = []
    for p in range(len(toks) - 3):
        cases = M.PREPOSITIONS.get(toks[p].text.lower())
        if not cases or len(cases) != 1 or cases[0] not in ("dat", "akk"):
            continue
        name, art, adj = toks[p + 1], toks[p + 2], toks[p + 3]
        if not (name.text[:1].isupper() and name.text[1:].islower() and name.text.isalpha()) \
                or art.text not in ("der", "die") or not (adj.text[:1].isupper() and adj.text.endswith("e")) \
                or not _is_adjective(adj.text.lower()) or M.determiner(name.text) is not None \
                or not all(ctx.adjacent(k, k + 1) for k in range(p, p + 3)) or art.start in taken \
                or ctx.claimed(p + 1) or (p + 4 < len(toks) and ctx.adjacent(p + 3, p + 4)
                                         and toks[p + 4].text[:1].isupper()):
            continue
        feminine = art.text == "die"
        wanted = {("dat", False): "dem", ("dat", True): "der", ("akk", False): "den", ("akk", True): "die"}[
            (cases[0], feminine)]
        ending = "e" if (cases[0], feminine) == ("akk", True) else "en"
        fix = f"{wanted} {adj.text[:-1]}{ending}"
        if fix == f"{art.text} {adj.text}":
            continue
        out.append(Finding(art.start, adj.end, ctx.doc.text[art.start:adj.end], "AGREEMENT_NP", "grammar", "error",
                           f"the epithet after „{name.text}“ takes the case of „{toks[p].text}“", [fix]))
    return out


DECLINED_COGNATE_MIN_ZIPF = 3.0   # "finale" 3.9, "totale" 3.3; not "propere"


def _bare_attributes(ctx: Context, taken: set[int]) -> list[Finding]:
    """An adjective without its ending between an article and its noun ("ein gut Zeichen" -> "ein gutes Zeichen",
    "mit die durchschnittlich Lohnerhöhung" -> "mit der durchschnittlichen Lohnerhöhung"): an adjective before a
    noun always declines. The article is kept where it fits the noun, else the noun's case that the article shows
    comes first."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        det = M.determiner(toks[i].text)
        if det is None or toks[i].start in taken or not (ctx.adjacent(i, i + 1) and ctx.adjacent(i + 1, i + 2)):
            continue
        # (only a determiner that is no pronoun: an indefinite article, or any after a preposition; "…, der
        # tatsächlich Salz streut", "die bloß Klavier spielt" have a pronoun and an adverb)
        before = toks[i - 1].text.lower() if i > 0 and i not in ctx.doc.sentence_starts else ""
        # (a possessive too, whose phrase goes on: "seine künstlerisch Unabhängigkeit")
        if not (toks[i].text.lower() in ("ein", "eine", "einen", "einem", "eines")
                or (det[0] == "ein" and det[1] not in ("ein", "kein") and toks[i].text.lower() != det[1])
                or (before in M.PREPOSITIONS and det[0] == "def")):
            continue   # (not "mit jedem leicht Freundschaft", "hinter welchem gelegentlich Gauner": pronouns)
        w, noun = toks[i + 1].text, toks[i + 2].text
        # (nor an English word German has too, which English left in: "eine proper Prüfung"; unless German text
        # declines it often, a cognate both languages have: "die final Phase" -> "die finale Phase")
        if w in M.CARDINALS or w in ("hundert", "tausend", "ihr") \
                or (lexicon.is_english(w) and lexicon.zipf_en(w) - lexicon.zipf_de(w) >= 1.0
                    and lexicon.zipf_de(w + "e") < DECLINED_COGNATE_MIN_ZIPF):
            continue
        # (no determiner or quantifier, "das ein Anzeichen", "ein wenig Basilikum"; no verb form, "Dieser verwendet
        # Informationen"; no adjective or verb used as a noun after an adverb, "das einzig Gute", "das unendlich
        # Kleine", "das defaultmäßig Nullen")
        if len(w) < 3 or not _adverb_of_adjective(w) or not (noun[:1].isupper() and noun[1:].islower()) \
                or M.determiner(w) is not None or w in _UNDECLINED_QUANTIFIERS \
                or (w.endswith("t") and lexicon.is_german(w[:-1] + "n")) or lexicon.is_german(noun.lower()) \
                or i + 2 in ctx.doc.sentence_starts or ctx.claimed(i + 2) \
                or (i + 3 < len(toks) and ctx.adjacent(i + 2, i + 3) and toks[i + 3].text[:1].isupper()):
            continue
        _, nfeats = noun_features(noun)
        if not nfeats:
            continue
        kind, stem, dfeats = det
        # (after a preposition, only its cases: "mit die … Lohnerhöhung" -> "der …")
        allowed = M.PREPOSITIONS.get(before, ("nom", "akk", "dat", "gen"))
        nfeats = frozenset(f for f in nfeats if f.split(".")[0] in allowed)
        fitting = [f for f in dfeats if f in nfeats]
        # (an article of another number is a pronoun more likely than a slip: "…, daß das defaultmäßig Nullen sind")
        if not fitting and not {f.split(".")[1] for f in dfeats} & {f.split(".")[1] for f in nfeats}:
            continue
        cases = [f.split(".")[0] for f in dfeats]
        feats = fitting or sorted(nfeats, key=lambda f: (f.split(".")[0] not in cases,
                                                         cases.index(f.split(".")[0]) if f.split(".")[0] in cases
                                                         else 9))
        props = []
        for f in feats[:2]:
            d = M.determiner_form(kind, stem, f, toks[i].text) if not fitting else toks[i].text
            if d is None:
                continue
            p = f"{d} {w}{M.adjective_ending(kind, f)} {noun}"
            if p not in props:
                props.append(p)
        if props:
            start, end = toks[i].start, toks[i + 2].end
            out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                               f"„{w}“ before the noun needs an adjective's ending", props))
    return out


def adjectival_lemmas(lemmas: set[str]) -> set[str]:
    """The lemmas of a noun declined like an adjective among LEMMAS: its masculine in -er ("Beamter"), with its
    feminine in -e where there is one, whose genitive then ends in -en ("Verdächtige": "der Verdächtigen"), unlike
    a noun of its own beside it ("Alternative": "der Alternative")."""
    out = set()
    for lem in lemmas:
        fem = lem[:-1] if lem.endswith("er") else lem
        if _strong_adjectival(fem + "r") and (fem + "r" in lemmas) and (
                fem not in lemmas or fem not in nouns.forms_of(fem).get("gen.sg.f", ())):
            out.add(lem)
    return out


_DECLINING_QUANTIFIERS = frozenset("alle beide keine manche solche sämtliche welche viele wenige einige mehrere "
                                   "andere".split())


def _plural_determiner(word: str) -> bool:
    found = M.determiner(word)
    return found is not None and any(f.endswith(".pl") for f in found[2])


def _adjectival_plurals(ctx: Context, taken: set[int]) -> list[Finding]:
    """A noun declined like an adjective ("Verdächtiger", "Beamter") in the plural takes the ending an adjective
    would take in its place: the weak -en after "alle" or after an article and a count ("für alle drei
    Verdächtige" -> "Verdächtigen", "die zwei Angeklagte"), the strong -e after adjectives with -e and nothing
    before them that declines ("gegen regionale Beamten" -> "regionale Beamte"). (Not "alle" floating after a
    verb of being: "Wir sind alle Deutsche".)"""
    toks = ctx.doc.tokens
    out = []
    for j, t in enumerate(toks):
        w = t.text
        if not (w[:1].isupper() and w[1:].islower() and w.isalpha() and w.endswith(("e", "en"))) \
                or ctx.claimed(j) or j in ctx.doc.sentence_starts:
            continue
        # (cheap first: the word before is "alle", a count or an adjective's -e/-en, no determiner)
        prev = toks[j - 1].text if j > 0 else ""
        if not (prev.lower() == "alle" or prev in M.CARDINALS or prev.isdigit()
                or (prev.islower() and prev.endswith(("e", "en")) and M.determiner(prev) is None)):
            continue
        plurals = {lem for lem, f in nouns.analyses(w) if f.endswith(".pl")}
        lemmas = {lem for lem in plurals if _strong_adjectival(lem)}
        # (every plural reading declined like an adjective: "Alternativen", "Weisen" are nouns of their own too)
        if not lemmas or adjectival_lemmas(plurals) != plurals \
                or (j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text[:1].isupper()):
            continue
        k = j - 1
        while k >= 0 and ctx.adjacent(k, k + 1) and toks[k].text.islower() and _is_adjective(toks[k].text) \
                and toks[k].text not in _DECLINING_QUANTIFIERS and M.determiner(toks[k].text) is None \
                and k + 1 not in ctx.doc.sentence_starts:
            k -= 1
        adjs = [toks[a].text for a in range(k + 1, j)]
        count = k >= 0 and ctx.adjacent(k, k + 1) and (toks[k].text in M.CARDINALS or (
            toks[k].text.isdigit() and toks[k].text not in ("0", "1")))
        d = k - 1 if count else k
        if d < 0 or not ctx.adjacent(d, d + 1) or toks[d + 1].start in taken:
            continue
        det = toks[d].text
        plural = {f for lem in lemmas for f, forms in nouns.forms_of(lem).items() if f in ("nom.pl", "akk.pl")}
        before = toks[d - 1].text.lower() if d > 0 and d not in ctx.doc.sentence_starts else ""
        weak = w.endswith("e") and all(a.endswith("en") for a in adjs) and (
            (det.lower() == "alle" and (det == "alle" or d in ctx.doc.sentence_starts)
             and before not in _COPULAS and before not in M.SUBJECT_PRONOUNS)
            or (count and _plural_determiner(det)))
        # (the strong ending only where nothing before the adjectives declines: no article, quantifier or
        # adjective, and no preposition of the dative or genitive, after which the adjective is what is wrong)
        strong = w.endswith("en") and bool(adjs) and all(a.endswith("e") for a in adjs) \
            and M.determiner(det) is None and det.lower() not in _DECLINING_QUANTIFIERS \
            and not (det.isalpha() and det.islower() and _is_adjective(det)) \
            and not set(M.PREPOSITIONS.get(det.lower(), ())) & {"dat", "gen"}
        form = w + "n" if weak else w[:-1] if strong else None
        if form is None or not any(form in nouns.forms_of(lem).get(f, ()) for lem in lemmas for f in plural):
            continue
        out.append(Finding(t.start, t.end, w, "AGREEMENT_NP", "grammar", "error",
                           f"„{w}“ is declined like an adjective: " + (
                               "after an article or „alle“ it ends in -en" if weak
                               else "after adjectives without an article it ends in -e like them"), [form]))
    return out


def _preposed_genitive_at(ctx: Context, d: int, n: int) -> int | None:
    """The index of the noun after a genitive phrase D..N ("des Parks Erweiterung") that English word order put
    before it, or None. Only a plain "des" + noun (a "der" may be a dative), the next word a noun of the
    lexicon in the singular and no name, and a preposition or nothing before the article."""
    toks = ctx.doc.tokens
    if toks[d].text.lower() != "des" or n != d + 1 or n + 1 >= len(toks) or not ctx.adjacent(n, n + 1):
        return None
    head = toks[n + 1].text
    if not {"gen.sg.m", "gen.sg.n"} & set(noun_features(toks[n].text)[1]) \
            or not (head[:1].isupper() and head[1:].islower() and head.isalpha() and len(head) >= 3):
        return None
    head_feats = {f for _, f in nouns.analyses(head)}
    if not any(f.startswith("nom.sg") for f in head_feats):
        return None
    before = toks[d - 1].text.lower() if d > 0 and d not in ctx.doc.sentence_starts else ""
    if before not in M.PREPOSITIONS:
        # after a noun the genitive is where German puts it ("die Erweiterung des Parks Gorki"); at a sentence's
        # start it is the old elevated order ("Des Menschen Wille …")
        return None
    return n + 1


def _preposed_genitives(ctx: Context, taken: set[int]) -> list[Finding]:
    """"Für des Parks Erweiterung" (English "for the park's expansion"): German puts the genitive after its noun,
    "für die Erweiterung des Parks"; the head's article takes the case of the preposition."""
    toks = ctx.doc.tokens
    out = []
    for d in range(len(toks) - 2):
        if toks[d].start in taken or ctx.claimed(d):
            continue
        h = _preposed_genitive_at(ctx, d, d + 1)
        if h is None:
            continue
        before = toks[d - 1].text.lower() if d > 0 and d not in ctx.doc.sentence_starts else ""
        cases = M.PREPOSITIONS[before]
        genders = [f.rsplit(".", 1)[1] for _, f in nouns.analyses(toks[h].text) if f.startswith("nom.sg")]
        if len(set(genders)) != 1:
            continue
        feat = f"{cases[0]}.sg.{genders[0]}"
        if (nouns.forms_of(toks[h].text).get(feat) or (None,))[0] != toks[h].text:
            continue   # the head would need another form in that case ("dem Präsidenten"): no proposal
        article = M.determiner_form("def", "", feat, toks[d].text)
        if article is None:
            continue
        start, end = toks[d].start, toks[h].end
        genitive = ctx.doc.text[toks[d].start:toks[d + 1].end]
        fix = f"{article} {toks[h].text} {genitive[0].lower() + genitive[1:]}"
        # (a warning: "des Landes Zukunft" is old, elevated German too)
        out.append(Finding(start, end, ctx.doc.text[start:end], "WORD_ORDER_GENITIVE", "grammar", "warning",
                           "English possessive word order: German puts the genitive after its noun", [fix]))
    return out


_DATIVE_ONLY = frozenset("mit von aus bei seit nach gegenüber".split())   # (not "zu": "zu viele" is "too many")
_PLURAL_QUANTIFIER_FORMS = frozenset(
    "alle beide viele einige mehrere wenige andere zahlreiche sämtliche etliche".split())
_NOT_AFTER_TOO = frozenset("alle beide mehrere zahlreiche sämtliche etliche".split())   # (not "zu viele", "zu wenige")


def _quantifier_after_dative(ctx: Context, taken: set[int]) -> list[Finding]:
    """A plural quantifier without the dative -n after a dative preposition, before its phrase ("mit alle
    betroffenen Haltern"): the dative ("allen")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        q = toks[i + 1].text
        # ("zu" too before the quantifiers "too" never qualifies: "Zugang zu alle Haftanstalten")
        prep = toks[i].text.lower()
        if (prep not in _DATIVE_ONLY and not (prep == "zu" and q in _NOT_AFTER_TOO)) \
                or q not in _PLURAL_QUANTIFIER_FORMS \
                or not (ctx.adjacent(i, i + 1) and ctx.adjacent(i + 1, i + 2)) or toks[i + 1].start in taken \
                or ctx.claimed(i + 1):
            continue
        nxt = toks[i + 2].text
        # (a phrase follows: an adjective or a noun; "mit alle dem" is old German, "von vielen" stands alone)
        if not (nxt[:1].isupper() and nxt.isalpha() or (nxt.islower() and _is_adjective(nxt))):
            continue
        t = toks[i + 1]
        out.append(Finding(t.start, t.end, q, "AGREEMENT_NP", "grammar", "error",
                           f"„{toks[i].text}“ takes the dative: „{q}n“", [q + "n"]))
    return out


_ONE = frozenset("ein eine einer eines einem einen".split())

# gender and number a relative pronoun after a preposition refers to ("an dem": a masculine or neuter noun)
_RELATIVE_AFTER_PREPOSITION = {"dem": {"sg.m", "sg.n"}, "der": {"sg.f"}, "den": {"sg.m"}, "die": {"sg.f", "pl"},
                               "das": {"sg.n"}, "denen": {"pl"}}


def _antecedent_fits(toks, i: int) -> bool:
    """Token I, after a preposition and a comma, is a relative pronoun of the noun right before the comma: that
    noun's gender and number are the pronoun's."""
    fits = _RELATIVE_AFTER_PREPOSITION.get(toks[i].text.lower())
    if not fits or i < 3 or not toks[i - 3].text[:1].isupper():
        return False
    return bool(fits & {f.split(".", 1)[1] for f in noun_features(toks[i - 3].text)[1]})


# a relative pronoun's gender and number, and the case its form most often has ("der" opens most relative clauses
# as a masculine subject)
# ("das" only where it is the clause's subject, see _subject_only: it is as often a demonstrative or an object,
# "die Kunst, das nicht zu mögen")
_RELATIVE_FITS = {"der": ({"sg.m", "sg.f"}, "nom"), "die": ({"sg.f", "pl"}, "nom"), "das": ({"sg.n"}, "nom"),
                  "den": ({"sg.m"}, "akk"),
                  "dem": ({"sg.m", "sg.n"}, "dat"), "dessen": ({"sg.m", "sg.n"}, "gen"),
                  "deren": ({"sg.f", "pl"}, "gen"), "denen": ({"pl"}, "dat")}
_RELATIVE_FORMS = {"nom": {"sg.m": "der", "sg.f": "die", "sg.n": "das", "pl": "die"},
                   "akk": {"sg.m": "den", "sg.f": "die", "sg.n": "das", "pl": "die"},
                   "dat": {"sg.m": "dem", "sg.f": "der", "sg.n": "dem", "pl": "denen"},
                   "gen": {"sg.m": "dessen", "sg.f": "deren", "sg.n": "dessen", "pl": "deren"}}


def _relative_pronouns(ctx: Context, taken: set[int]) -> list[Finding]:
    """A relative pronoun whose gender or number does not fit the noun right before its comma ("das neue
    Antikorruptionsgericht, der seit März arbeitet" -> "das"): only where the noun's own determiner shows it is
    no genitive attribute (whose head the clause may refer to: "der Präsident des Landes, der …") and no noun
    phrase begins at the pronoun ("…, die Regierung sagte")."""
    from .subject_verb import _PLURAL, _SINGULAR   # (it imports this module)

    toks = ctx.doc.tokens
    out = []
    for k in range(3, len(toks) - 1):
        w = toks[k].text
        if w not in _RELATIVE_FITS or toks[k - 1].text != "," or k in taken or ctx.claimed(k):
            continue
        n = k - 2
        noun = toks[n].text
        # (an auxiliary or modal right after it makes a demonstrative opening a main clause: "…, das hat sie
        # gesagt")
        # ("das heißt": that is; "den zu einer Aufgabe passenden Satz": an article before an extended attribute)
        # (a plural phrase at the pronoun before a singular verb at the clause's end is its object, and the
        # pronoun the subject: "einen Roboter, die Getränke servieren kann")
        opens_phrase = (np_at(ctx, k) is not None or toks[k + 1].text[:1].isupper()) \
            and not _plural_object_before_singular_verb(ctx, k)
        if not noun[:1].isupper() or not ctx.adjacent(n, k - 1) or opens_phrase \
                or toks[k + 1].text in _SINGULAR or toks[k + 1].text in _PLURAL \
                or toks[k + 1].text == "heißt" or _extended_attribute(ctx, k) or not _verb_last(ctx, k + 1) \
                or (w == "das" and not _subject_only(ctx, k)) or _zu_infinitive_ends(toks, k + 1):
            continue
        d = n - 1
        while d > 0 and toks[d].text.islower() and M.determiner(toks[d].text) is None and n - d <= 3:
            d -= 1
        # (not across a number, a preposition or a comparison: "sieht das aus wie zwei Weibchen, die")
        if any(toks[j].text in M.CARDINALS or toks[j].text in M.PREPOSITIONS or toks[j].text in ("wie", "als")
               for j in range(d + 1, n)):
            continue
        det = M.determiner(toks[d].text)
        feats = noun_features(noun)[1]
        # (a noun after a preposition may be part of an attribute of the noun before it, which the clause may
        # refer to: "Zugriffsbeschränkungen auf dem System, die …")
        if det is None or not feats or (d > 0 and toks[d - 1].text.lower() in M.PREPOSITIONS):
            continue
        phrase = set(det[2]) & feats
        if not phrase or any(f.startswith("gen") for f in phrase):
            continue
        kinds = {f.split(".", 1)[1] for f in phrase}
        fits, case = _RELATIVE_FITS[w]
        if kinds & fits or len(kinds) != 1:
            continue
        right = _RELATIVE_FORMS[case][next(iter(kinds))]
        t = toks[k]
        out.append(Finding(t.start, t.end, w, "RELATIVE_PRONOUN", "grammar", "error",
                           f"the relative pronoun agrees with „{noun}“ in gender and number", [right]))
    return out


def _zu_infinitive_ends(toks, j: int) -> bool:
    """The clause from token J ends in "zu" and an infinitive: an infinitive clause, whose "die" is an article
    ("Grund, die Datei durch einen Symlink auf die Datei … zu ersetzen")."""
    e = _clause_last(toks, j, j + 15)
    return e > j and toks[e - 1].text == "zu"


def _subject_only(ctx: Context, k: int) -> bool:
    """The clause of "das" at K has no subject but it ("den Konvoi, das unter Hupen durch die Stadt fuhr"): no
    "zu" of an infinitive ("die Kunst, das nicht zu mögen"), no article's phrase outside a preposition's ("im
    Prozess, das das Mapping belegt") and no phrase that may be a subject ("dem Minister, das er …", a "dass"
    written short)."""
    from .subject_verb import _may_be_subject   # (it imports this module)

    toks = ctx.doc.tokens
    clause = range(k + 1, _clause_last(toks, k + 1, k + 15))
    return not any(toks[j].text == "zu" or (M.determiner(toks[j].text) is not None
                                             and toks[j - 1].text.lower() not in M.PREPOSITIONS)
                   or _may_be_subject(ctx, j, "sg") or _may_be_subject(ctx, j, "pl") for j in clause)


def _clause_last(toks, k: int, limit: int) -> int:
    """The index of the last token of the clause going on from token K, no further than LIMIT."""
    e = k
    while e + 1 < len(toks) and toks[e + 1].text not in CLAUSE_END and e < limit:
        e += 1
    return e


def _plural_object_before_singular_verb(ctx: Context, k: int) -> bool:
    """The determiner "die" at K opens a plural noun phrase, and its clause ends in a singular auxiliary or modal
    ("…, die Getränke servieren kann"): the phrase is no subject of that verb, so "die" is a relative pronoun."""
    from .subject_verb import _SINGULAR   # (it imports this module)

    toks = ctx.doc.tokens
    np = np_at(ctx, k)
    if np is None or toks[k].text != "die":
        return False
    n = np[2]
    fits = set(np[0][2]) & noun_features(toks[n].text)[1]   # (what "die" and the noun share: plural only)
    if not fits or any(".sg" in f for f in fits):
        return False
    return toks[_clause_last(toks, n, n + 12)].text in _SINGULAR


def _verb_last(ctx: Context, j: int) -> bool:
    """The clause from token J ends in a finite verb, as a relative clause does, and does not begin with an
    adjective (an elliptical phrase: "…, die andere ein Schatz", "der andere könnte …")."""
    toks = ctx.doc.tokens
    first = toks[j].text
    if first.islower() and M.adjective_stem(first) and first.endswith(("e", "en", "er", "es", "em")) \
            and lexicon.is_german(first) and first not in M.PREPOSITIONS:   # ("unter", "hinter")
        return False
    e = _clause_last(toks, j, j + 15)
    last = toks[e].text
    from .subject_verb import _PLURAL, _SINGULAR, _verb_number   # (it imports this module)

    # (a modal's form too: "…, die Getränke servieren kann"; a strong verb's past, "…, das durch die Stadt fuhr")
    return e > j and last.islower() and lexicon.is_german(last) and (
        last.endswith(("t", "te", "ten", "en", "e", "st")) or last in _SINGULAR or last in _PLURAL
        or _verb_number(last) is not None)


def _extended_attribute(ctx: Context, k: int) -> bool:
    """The determiner at K opens a noun phrase with an extended attribute before its noun ("den zu einer Aufgabe
    passenden Satz"): an inflected adjective or participle, then a capitalised noun, before the clause ends."""
    toks = ctx.doc.tokens
    for j in range(k + 2, min(len(toks), k + 8)):
        w = toks[j].text
        if w in CLAUSE_END:
            return False
        # (an article or a preposition is no attribute: "den Konvoi, das unter Hupen durch die Stadt fuhr")
        before = toks[j - 1].text
        if w[:1].isupper() and before.islower() and before.endswith(("e", "en", "er", "es", "em")) \
                and M.adjective_stem(before) and M.determiner(before) is None and before not in M.PREPOSITIONS:
            return True
    return False


def _past_adjectives(ctx: Context, j: int) -> int:
    """The first token from j on that is no inflected adjective written small right after the one before."""
    toks = ctx.doc.tokens
    while j < len(toks) and ctx.adjacent(j - 1, j) and toks[j].text.islower() and _is_adjective(toks[j].text):
        j += 1
    return j


ONE_OF_PLURAL_MIN_ZIPF = 2.5   # a plural German text has ("Anlagen" 4.3, "Werke" 4.0; not "Weiblichkeiten" 0.9)


def _one_of_the(ctx: Context, taken: set[int]) -> list[Finding]:
    """"eine der größten Werft": one of several, so the noun after "der" and its adjectives is a genitive plural
    ("Werften")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 3):
        # (or a count of several: "zwei der beteiligte Reporter")
        count = toks[i].text.lower() in M.CARDINALS and toks[i].text.lower() not in _ONE
        if (toks[i].text.lower() not in _ONE and not count) or toks[i + 1].text != "der" \
                or not ctx.adjacent(i, i + 1):
            continue
        # (a number after a singular noun is its label, no count: "auf Platz neun der Tabelle")
        if count and i > 0 and ctx.adjacent(i - 1, i) and toks[i - 1].text[:1].isupper() \
                and nouns.analyses(toks[i - 1].text) and not _plural_form(toks[i - 1].text):
            continue
        j = _past_adjectives(ctx, i + 2)
        if j >= len(toks) or not ctx.adjacent(j - 1, j) or toks[j].start in taken or ctx.claimed(j):
            continue
        noun = toks[j].text
        head = nouns.head_of(noun) if noun[:1].isupper() else None
        analyses = nouns.analyses(head) if head else ()
        # (a superlative between: "eine der größten"; without one "einer der alten Frau" may be another phrase,
        # unless the noun is a plural and nothing else: "eines der wenigen unabhängige Medien")
        # (nor with nothing between after a preposition: "an einer der Trockenanlage", where no other phrase
        # can begin at "der")
        # (and a thing that is counted, whose plural German text has: not "für eine der Weiblichkeit", an
        # abstract noun's genitive after an elided noun)
        bare_after_preposition = j == i + 2 and i > 0 and ctx.adjacent(i - 1, i) and toks[i].text.islower() \
            and toks[i - 1].text.lower() in M.PREPOSITIONS and head is not None \
            and lexicon.zipf_de((nouns.plural_of(head) or "").lower()) >= ONE_OF_PLURAL_MIN_ZIPF
        if not analyses or not (count or bare_after_preposition
                                or j > i + 2 and all(f.endswith(".pl") for _, f in analyses)
                                or any((M.adjective_stem(toks[k].text) or "").endswith(("st", "ßt"))
                                       for k in range(i + 2, j))):
            continue
        if any(f == "gen.pl" for _, f in analyses):
            lemmas = {lem for lem, f in analyses if f == "gen.pl"}
            one = None if count else _one_for_gender(toks[i].text, lemmas) or _nominative_one(ctx, i, lemmas)
            if one:
                out.append(Finding(toks[i].start, toks[i].end, toks[i].text, "AGREEMENT_NP", "grammar", "error",
                                   f"„{toks[i].text}“ does not fit the gender of „{noun}“ (one of several)", one))
            # the adjectives after "der" of a genitive plural end in -en ("einer der größte Spielstätten")
            stems = [M.adjective_stem(toks[k].text) for k in range(i + 2, j)]
            if all(stems) and any(not toks[k].text.endswith("en") for k in range(i + 2, j)):
                a, b = toks[i + 2].start, toks[j - 1].end
                out.append(Finding(a, b, ctx.doc.text[a:b], "AGREEMENT_NP", "grammar", "error",
                                   "one of several: the adjective of a genitive plural after „der“ ends in -en",
                                   [" ".join(st + "en" for st in stems)]))
            continue
        # (a compound the lexicon lacks by its last part, a common noun of its own: "Schiedsfall" -> "Schiedsfälle")
        if any(f.endswith(".pl") for _, f in analyses) or (head != noun and (
                len(head) < 4 or lexicon.zipf_de(head.lower()) < COMPOUND_HEAD_MIN_ZIPF)):
            continue
        form = _only_form({lem for lem, _ in analyses}, "gen.pl")
        if form is not None and form != head:
            t = toks[j]
            out.append(Finding(t.start, t.end, noun, "AGREEMENT_NP", "grammar", "error",
                               "one of several: the noun is plural", [nouns.with_head(noun, head, form)]))
    return out


COMPOUND_HEAD_MIN_ZIPF = 4.0   # a compound's last part judged in its stead ("Fall" 5.0, "Konzern" 4.4)


# verbs whose zu-infinitive takes a predicate noun in the nominative ("ein guter Partner zu sein")
_COPULA_INFINITIVES = frozenset("sein werden bleiben heißen gelten scheinen".split())
_NOT_INFINITIVES = frozenset("ihnen denen deren dessen allen vielen einigen wenigen beiden anderen meisten".split())
# finite verbs after a zu-infinitive that make its phrase their subject ("kein Widerstand zu erwarten ist", "hat der
# Mann zu tun"), and the auxiliaries and modals that show a finite clause before the phrase
_FINITE_AUXILIARIES = frozenset("ist sind war waren wäre wären sei seien bleibt blieb hat haben hatte hatten habe "
                                "hätte hätten kann können konnte konnten muss müssen musste mussten soll sollen "
                                "sollte sollten will wollen wollte wollten darf dürfen durfte gibt gab wird werden "
                                "wurde wurden würde würden scheint schien".split())
# words that open a zu-infinitive's clause
_INFINITIVE_OPENERS = frozenset((",", "um", "ohne", "statt", "anstatt"))


def _nominative_before_zu_infinitive(ctx: Context, taken: set[int]) -> list[Finding]:
    """A masculine noun phrase in the nominative right before a zu-infinitive ("um ein Hebel zu haben"): a
    zu-infinitive has no subject of its own, so the phrase is its object, in the accusative ("einen Hebel"). Not
    before a copula ("ein Held zu sein"), nor after "als", "wie" or a preposition, which decide the case."""
    toks = ctx.doc.tokens
    out = []
    for z in range(2, len(toks) - 1):
        if toks[z].text != "zu" or not ctx.adjacent(z - 1, z) or not ctx.adjacent(z, z + 1):
            continue
        verb = toks[z + 1].text
        # (an infinitive: no article, pronoun or adjective before a noun, "zu den Häfen", "zu großen Teilen")
        noun_next = z + 2 < len(toks) and toks[z + 2].text[:1].isupper() and ctx.adjacent(z + 1, z + 2)
        if not (verb.islower() and verb.isalpha() and verb.endswith("n") and lexicon.is_german(verb)) \
                or verb in _COPULA_INFINITIVES or M.determiner(verb) is not None or verb in _NOT_INFINITIVES \
                or noun_next or (z + 2 < len(toks) and toks[z + 2].text in _FINITE_AUXILIARIES):
            continue
        n = z - 1
        i = n - 1
        while i > 0 and i > n - 4 and M.determiner(toks[i].text) is None:
            i -= 1
        np = np_at(ctx, i) if i >= 0 else None
        if np is None or np[2] != n or toks[i].start in taken or ctx.claimed(n):
            continue
        (kind, stem, det_feats), adjs, _ = np
        before = toks[i - 1].text.lower() if i > 0 and ctx.adjacent(i - 1, i) else ""
        if before in ("als", "wie") or before in M.PREPOSITIONS:
            continue
        # the phrase inside the infinitive's clause, no copula before it there: not a noun's own infinitive after
        # a predicate ("war ein Versuch zu helfen", "es gibt kein Grund zu klagen" is another rule's)
        k = i - 1
        while k >= max(0, i - 8) and toks[k].text.lower() not in _INFINITIVE_OPENERS \
                and toks[k].text.lower() not in _FINITE_AUXILIARIES and toks[k].text.lower() not in _MARK_BOUNDS:
            k -= 1
        if k < max(0, i - 8) or toks[k].text.lower() not in _INFINITIVE_OPENERS:
            continue
        f = _accusative_of_nominative(ctx, i, np, f"the object of „zu {verb}“ takes the accusative")
        if f is not None:
            out.append(f)
    return out


def _accusative_of_nominative(ctx: Context, i: int, np, message: str) -> Finding | None:
    """The finding on noun phrase NP at determiner I when it can only be a masculine nominative ("ein neuer
    Vertrag"), with its accusative ("einen neuen Vertrag") as the proposal."""
    toks = ctx.doc.tokens
    (kind, stem, det_feats), adjs, n = np
    _, nfeats = noun_features(toks[n].text)
    fits = set(det_feats) & set(nfeats)
    if fits != {"nom.sg.m"} or not all(_adj_fits(toks[a].text, kind, fits) for a in adjs):
        return None
    det = M.determiner_form(kind, stem, "akk.sg.m", toks[i].text)
    noun = toks[n].text
    head = nouns.head_of(noun) or noun   # (a compound inflects its last part: "Liefer|vertrag")
    lemmas = {lem for lem, f in nouns.analyses(head) if f == "nom.sg.m"}
    forms = nouns.forms_of(lemmas.pop()).get("akk.sg.m") if len(lemmas) == 1 else None
    if not det or not forms:
        return None
    words = [det] + [M.adjective_stem(toks[a].text) + M.adjective_ending(kind, "akk.sg.m") for a in adjs]
    start, end = toks[i].start, toks[n].end
    return Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error", message,
                   [" ".join(words + [nouns.with_head(noun, head, forms[0])])])


# pronouns only ever the nominative: a clause that has one has its subject
_NOMINATIVE_PRONOUNS = frozenset("ich du er wir man".split())
# what ends a clause: marks, a dash, a conjunction that opens a clause of its own ("wo …", "… und ich konnte")
_MARK_BOUNDS = frozenset(list(".!?,;:()–—-\"„“”") + "dass daß weil ob obwohl wenn damit wo als wie je desto bevor "
                                                    "nachdem während seit bis da".split())
_CLAUSE_BOUNDS = _MARK_BOUNDS | frozenset("und oder aber denn sondern doch".split())
# finite forms of the verbs that take a predicate (sein, bleiben, werden, scheinen)
_COPULAS = frozenset("ist sind war waren wäre wären sei seien bleibt bleiben blieb blieben wird werden wurde wurden "
                     "scheint scheinen schien schienen".split())
# verbs with a predicate noun in the nominative, in their finite and participle forms
_PREDICATE_VERBS = _COPULAS | frozenset("bin bist seid warst wart wär wärst wärt ward seiest seist sein gewesen wirst "
                                        "werde würde würden geworden geblieben heißt heißen hieß hießen gilt gelten "
                                        "galt galten nennt nennen nannte nannten".split())
_COORDINATORS_BEFORE = frozenset("und oder sowie sondern noch weder bzw".split())
_GEBEN = frozenset("gibt gebe gab gäbe geben gegeben".split())   # (and reported speech's "gebe")


def _clause_range(ctx: Context, s, i: int, n: int, bounds: frozenset[str]) -> list[int]:
    """The tokens of sentence S around the phrase I..N up to BOUNDS, the phrase left out."""
    toks = ctx.doc.tokens
    a = i
    while a > s.first and toks[a - 1].text.lower() not in bounds:
        a -= 1
    b = n
    while b + 1 < s.last and toks[b + 1].text.lower() not in bounds:
        b += 1
    return [k for k in range(a, b + 1) if not i <= k <= n]


def _second_nominative(ctx: Context, taken: set[int]) -> list[Finding]:
    """A masculine noun phrase in the nominative in a clause whose subject is already a pronoun that can only be
    the nominative ("habe man ein langfristiger Vertrag geschlossen", "Dort traf er ein alter Freund"), or after
    "es gibt": the phrase is an object, in the accusative. Not with a verb that takes a predicate noun (sein,
    werden, bleiben, heißen, gelten), nor after a preposition, "als", "wie" or a coordinator ("er und ein
    Kollege")."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        if t.start in taken or M.determiner(t.text) is None or M.determiner(t.text)[0] != "ein":
            continue
        np = np_at(ctx, i)
        if np is None or ctx.claimed(np[2]):
            continue
        before = toks[i - 1].text.lower() if i > 0 else ""
        if before in ("als", "wie") or before in M.PREPOSITIONS or before in _COORDINATORS_BEFORE:
            continue
        s = ctx.doc.sentence_of(t.start)
        if s is None:
            continue
        # (a predicate's verb anywhere up to the marks, "sein eigener Vater oder seine eigene Mutter wird"; the
        # subject in the phrase's own clause, "Mein Freund hat Geburtstag und ich will …")
        if {toks[k].text.lower() for k in _clause_range(ctx, s, i, np[2], _MARK_BOUNDS)} & _PREDICATE_VERBS:
            continue
        lowered = {toks[k].text.lower() for k in _clause_range(ctx, s, i, np[2], _CLAUSE_BOUNDS)}
        if not (lowered & _NOMINATIVE_PRONOUNS or ("es" in lowered and lowered & _GEBEN)):
            continue
        f = _accusative_of_nominative(ctx, i, np, "the clause has its subject: this phrase is an object, in the "
                                                  "accusative")
        if f is not None:
            out.append(f)
    return out


def _finite_number(word: str, before_determiner: bool = False) -> str | None:
    """The number of WORD as a finite verb ("verfolgen": a present plural, which is the infinitive too), or None
    for a word that is no verb's form, a determiner or an adjective (unless a determiner follows it, before which
    no adjective stands: "lieben der Hund")."""
    from .subject_verb import _present_singular, _verb_number   # (it imports this module)

    if not word.islower() or not word.isalpha() or M.determiner(word) is not None \
            or (_is_adjective(word) and not before_determiner):
        return None
    shown = _verb_number(word)
    if shown is not None:
        return shown[0]
    return "pl" if word.endswith("en") and _present_singular(word) else None


def _plural_subject_opens(ctx: Context, a: int, v: int) -> bool:
    """The clause opening at token A is a plural subject right before its verb at V, a focus particle maybe
    first: a plural personal pronoun, or a determiner's phrase or adjectives and a noun in the nominative plural
    ("Auch internationale Beobachter verfolgen"; not "Für die Milchbauern bringen")."""
    toks = ctx.doc.tokens
    if a < v and toks[a].text in ("Auch", "Selbst", "Sogar", "Nur", "Gerade"):
        a += 1
    if v == a + 1 and toks[a].text.lower() in ("wir", "sie", "ihr"):
        return True
    noun = toks[v - 1].text
    if v - 1 < a or not noun[:1].isupper() or "nom.pl" not in noun_features(noun)[1]:
        return False
    first = toks[a].text
    det = M.determiner(first)
    if det is not None and "nom.pl" not in det[2]:
        return False
    # (the first written capital as the sentence opens: "Viele Analysten")
    words = [toks[k].text.lower() if k == a else toks[k].text for k in range(a + (det is not None), v - 1)]
    return all(w.islower() and _is_adjective(w) and M.determiner(w) is None for w in words)


def _nominative_after_plural_verb(ctx: Context, taken: set[int]) -> list[Finding]:
    """A masculine singular in the nominative after a plural finite verb whose plural subject stands before it
    ("Auch internationale Beobachter verfolgen der Konflikt" -> "den Konflikt"): a singular cannot be that verb's
    subject, so it is its object, in the accusative. Not with a verb that takes a predicate noun, nor after a
    preposition, "als", "wie" or a coordinator, nor before one ("kamen der Präsident und seine Frau")."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        det = M.determiner(t.text)
        if t.start in taken or det is None or not t.text.islower():
            continue
        np = np_at(ctx, i)
        if np is None or ctx.claimed(np[2]) or i == 0:
            continue
        n = np[2]
        if toks[i - 1].text.lower() in ("als", "wie") or toks[i - 1].text.lower() in M.PREPOSITIONS \
                or toks[i - 1].text.lower() in _COORDINATORS_BEFORE \
                or (n + 1 < len(toks) and toks[n + 1].text.lower() in _COORDINATORS_BEFORE):
            continue
        s = ctx.doc.sentence_of(t.start)
        if s is None:
            continue
        clause = _clause_range(ctx, s, i, n, _CLAUSE_BOUNDS)
        if {toks[k].text.lower() for k in clause} & _PREDICATE_VERBS:
            continue
        # the clause's one finite verb before the phrase, plural, a plural subject before it, no singular verb
        # after the phrase
        before = [k for k in clause if k < i]
        verbs = [(k, number) for k in before if (number := _finite_number(toks[k].text, k + 1 == i))]
        if len(verbs) != 1 or verbs[0][1] != "pl" \
                or any(_finite_number(toks[k].text) == "sg" for k in clause if k > n) \
                or not _plural_subject_opens(ctx, before[0] if before else i, verbs[0][0]) \
                or (n + 1 < len(toks) and toks[n + 1].text[:1].isupper() and ctx.adjacent(n, n + 1)):
            continue   # (nor a name after the noun, a list's first: "gehören der Konzern Kaspi, …")
        f = _accusative_of_nominative(ctx, i, np, "the plural verb has its subject: this singular is its object, "
                                                  "in the accusative")
        if f is not None:
            out.append(f)
    return out


# the forms of "gelten", whose "als" takes a predicate in the nominative ("gilt als einer der besten Kunden")
_GELTEN = frozenset("gilt galt gelten galten gelte gälte gälten".split())
_ONE_NOMINATIVE = {"m": "einer", "n": "eines", "f": "eine"}


def _one_of_after_gelten_als(ctx: Context, taken: set[int]) -> list[Finding]:
    """"gilt als einen der …" (counts as one of): the predicate of "gelten als" is a nominative, "einer",
    "eines" or "eine" by the singular's gender of the plural after "der" ("galt als einen der wichtigsten Kunden"
    -> "einer"); "bezeichnete ihn als einen der …" stays, an accusative's apposition. (A nominative of the other
    gender stays too: a person may be "einer der Talente".)"""
    toks = ctx.doc.tokens
    out = []
    for i in range(2, len(toks) - 2):
        w = toks[i].text
        if w not in ("einen", "einem") or toks[i - 1].text != "als" or toks[i + 1].text != "der" \
                or toks[i].start in taken or ctx.claimed(i):
            continue
        k = i - 2
        while k >= 0 and i - k <= 4 and toks[k].text.islower() and toks[k].text not in _GELTEN:
            k -= 1
        if k < 0 or toks[k].text not in _GELTEN:
            continue
        n = i + 2
        while n < len(toks) and toks[n].text.islower() and _is_adjective(toks[n].text):
            n += 1
        if n >= len(toks) or "gen.pl" not in noun_features(toks[n].text)[1]:
            continue
        genders = _singular_genders({lem for lem, _ in nouns.analyses(nouns.head_of(toks[n].text) or toks[n].text)})
        proposals = [_ONE_NOMINATIVE[g] for g in "mnf" if g in genders]   # (the masculine first: "Kunde")
        if not proposals:
            continue
        out.append(Finding(toks[i].start, toks[i].end, w, "AGREEMENT_NP", "grammar", "error",
                           "„gelten als“ takes a nominative: one of several is „einer“, „eines“ or „eine“",
                           proposals))
    return out


# "one" of several in the case of a preposition that governs one case, by the singular's gender
_ONE_IN_CASE = {"akk": {"m": "einen", "f": "eine", "n": "eines"}, "dat": {"m": "einem", "f": "einer", "n": "einem"}}


def _one_of_after_preposition(ctx: Context, taken: set[int]) -> list[Finding]:
    """"um einer der höchsten Strafen" (one of several, after a preposition of a single case): a form of "ein-"
    that case has for no gender -> the form of the plural's singular gender ("um eine der …", "mit einem der
    Kunden"). Not where "um", "ohne", "statt" open an infinitive ("um einer der Firmen zu helfen": a dative of
    the verb)."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 2):
        w = toks[i].text
        if w not in ("einer", "einem", "eines", "einen", "eine") or toks[i + 1].text != "der" \
                or toks[i].start in taken or ctx.claimed(i) or not ctx.adjacent(i - 1, i):
            continue
        p = toks[i - 1].text.lower()
        cases = ("akk",) if p in _ACCUSATIVE_ONLY else M.PREPOSITIONS.get(p)
        if cases not in (("akk",), ("dat",)) or w in _ONE_IN_CASE[cases[0]].values():
            continue
        n = i + 2
        while n < len(toks) and toks[n].text.islower() and _is_adjective(toks[n].text) and n - i < 5:
            n += 1
        if n >= len(toks) or not toks[n].text[:1].isupper() or "gen.pl" not in noun_features(toks[n].text)[1] \
                or not all(ctx.adjacent(k, k + 1) for k in range(i, n)):
            continue
        if p in ("um", "ohne", "statt") and _zu_infinitive_follows(ctx, n + 1):
            continue
        genders = _singular_genders({lem for lem, _ in nouns.analyses(nouns.head_of(toks[n].text) or toks[n].text)})
        proposals = list(dict.fromkeys(_ONE_IN_CASE[cases[0]][g] for g in "mfn" if g in genders))
        if not proposals:
            continue
        case = "accusative" if cases[0] == "akk" else "dative"
        out.append(Finding(toks[i].start, toks[i].end, w, "AGREEMENT_NP", "grammar", "error",
                           f"„{toks[i - 1].text}“ takes the {case}: one of the „{toks[n].text}“ is "
                           f"„{proposals[0]}“", proposals))
    return out


def _genitive_attribute_before_verb(ctx: Context, taken: set[int]) -> list[Finding]:
    """"Der Gesamtwert der Deal beläuft sich …": the phrase opening a sentence (determiner, adjectives, noun),
    then "der", adjectives and a noun only masculine or neuter singular, then the finite verb. Before the verb of a
    main clause stands one phrase, so "der Deal" is the first noun's genitive attribute -> "des Deals"."""
    toks = ctx.doc.tokens
    out = []
    for a in sorted(ctx.doc.sentence_starts):
        if a >= len(toks) or M.determiner(toks[a].text) is None:
            continue
        n = a + 1
        while n < len(toks) and toks[n].text.islower() and _is_adjective(toks[n].text) and n - a < 4:
            n += 1
        k = n + 1
        if k + 2 >= len(toks) or toks[k].text != "der" or not toks[n].text[:1].isupper() \
                or not nouns.analyses(toks[n].text):
            continue
        m = k + 1
        while m < len(toks) and toks[m].text.islower() and _is_adjective(toks[m].text) and m - k < 4:
            m += 1
        if m + 1 >= len(toks) or k in taken or toks[k].start in taken or ctx.claimed(m) \
                or not all(ctx.adjacent(j, j + 1) for j in range(a, m + 1)):
            continue
        noun, lemmas = toks[m].text, {lem for lem, _ in nouns.analyses(toks[m].text)}
        feats = noun_features(noun)[1]
        # (the noun no feminine and no plural, which "der" would fit as a genitive; the verb's number singular)
        if not feats or any(f.endswith((".pl", ".f")) for f in feats) or not noun[:1].isupper() \
                or _finite_number(toks[m + 1].text) != "sg":
            continue
        gens = sorted({f for lem in lemmas for g in ("gen.sg.m", "gen.sg.n") for f in nouns.forms_of(lem).get(g, ())},
                      key=len)   # ("Vertrags" before "Vertrages")
        adjectives = [M.adjective_stem(toks[j].text) for j in range(k + 1, m)]
        if not gens or noun in gens or None in adjectives:
            continue
        fixes = [" ".join(["des"] + [stem + "en" for stem in adjectives] + [gen]) for gen in gens]
        out.append(Finding(toks[k].start, toks[m].end, ctx.doc.text[toks[k].start:toks[m].end], "AGREEMENT_NP",
                           "grammar", "error", f"the genitive attribute of „{toks[n].text}“: „{fixes[0]}“",
                           fixes))
    return out


# "one" of several by the noun's gender where the form rules the gender out: (form, gender) -> proposals
_ONE_FOR_GENDER = {("eine", "n"): ["eines"], ("eine", "m"): ["einen", "einer"], ("eines", "f"): ["eine", "einer"],
                   ("einer", "n"): ["eines", "einem"], ("einen", "f"): ["eine"], ("einen", "n"): ["eines"]}


# words after which "einer der …" is a nominative: a predicate ("gilt als einer der …", "ist einer der …")
_NOMINATIVE_BEFORE = frozenset("als ist war sei wäre bleibt blieb wird wurde".split())


def _nominative_one(ctx: Context, i: int, lemmas: set[str]) -> list[str]:
    """"einer" before "der" and a feminine plural where the case is the nominative ("gilt als einer der größten
    Investitionen", sentence-opening "Einer der …"): "eine", which "einer", a feminine dative or genitive
    elsewhere ("mit einer der Firmen"), cannot be there."""
    toks = ctx.doc.tokens
    genders = _singular_genders(lemmas)
    if toks[i].text.lower() != "einer" or genders != {"f"} or not (
            i in ctx.doc.sentence_starts or (i > 0 and toks[i - 1].text.lower() in _NOMINATIVE_BEFORE)):
        return []
    return ["Eine" if toks[i].text[0].isupper() else "eine"]


def _singular_genders(lemmas: set[str]) -> set[str]:
    """The genders ("m", "n", "f") of the singular forms of LEMMAS."""
    return {f[-1] for lem in lemmas for _, f in nouns.analyses(lem) if ".sg." in f}


def _one_for_gender(one: str, lemmas: set[str]) -> list[str]:
    """The forms of "ein-" that fit the one gender of LEMMAS' singular, where ONE cannot be that gender."""
    genders = _singular_genders(lemmas)
    if len(genders) != 1:
        return []
    proposals = _ONE_FOR_GENDER.get((one.lower(), genders.pop()), [])
    return [p[0].upper() + p[1:] if one[:1].isupper() else p for p in proposals]


_ACCUSATIVE_ONLY = frozenset("für durch gegen ohne um".split())


def _dative_after_accusative(ctx: Context, taken: set[int]) -> list[Finding]:
    """A bare plural in the dative after a preposition that takes the accusative, a count between ("für drei
    Kreisen", "gegen zwei Vereinen"): the accusative plural ("drei Kreise")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        prep = toks[i].text.lower()
        if prep not in _ACCUSATIVE_ONLY or not (toks[i].text.islower() or i in ctx.doc.sentence_starts):
            continue
        j = i + 1
        if toks[j].text.isdigit() or toks[j].text.lower() in _NUMBER_WORDS:
            j += 1
        else:
            continue
        noun = toks[j].text
        if j >= len(toks) or not (ctx.adjacent(i, i + 1) and ctx.adjacent(j - 1, j)) or toks[j].start in taken \
                or ctx.claimed(j) or not noun[:1].isupper() or not noun.isalpha():
            continue
        # (after a count only the plural readings matter: "Kreisen" is also the infinitive "das Kreisen")
        plural = [(lem, f) for lem, f in nouns.analyses(noun) if f.endswith(".pl")]
        if not plural or any(f != "dat.pl" for _, f in plural):
            continue
        form = _only_form({lem for lem, _ in plural}, "akk.pl")
        if form is None:
            continue
        t = toks[j]
        out.append(Finding(t.start, t.end, noun, "AGREEMENT_NP", "grammar", "error",
                           f"„{toks[i].text}“ takes the accusative: the plural has no dative -n", [form]))
    return out


# words of approximation between an article or a preposition and its count ("bei den rund 1.100 Mitarbeitern")
_APPROXIMATORS = frozenset("rund etwa knapp fast gut ungefähr circa ca. nahezu annähernd insgesamt über nur "
                           "lediglich bloß höchstens mindestens".split())
_COUNT_RE = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")


_YEAR_PREPOSITIONS = frozenset("seit bis ab in vor nach von um".split())


def _year_after(prep: str, number: str) -> bool:
    """NUMBER is a year after a preposition of time ("seit 2018"), no count of the noun that follows."""
    return prep.lower() in _YEAR_PREPOSITIONS and bool(re.fullmatch(r"1[89]\d\d|20\d\d", number))


def _count_without_dative(ctx: Context, taken: set[int]) -> list[Finding]:
    """A counted plural without its dative -n where the dative is certain: after "den" (the article of no other
    plural case) or after a preposition that takes only the dative ("bei den rund 1.100 Mitarbeiter", "mit 300
    Mitarbeiter", "seit drei Jahre"): the dative plural, and an adjective between with the strong -e, -en ("mit 300
    zusätzliche Waggons"). Units stay as written ("in 2 Meter Höhe", "mit 40 Euro"), as does a noun right after
    the number before another capitalised word (a measure before its noun)."""
    from .formats import unit_words

    units = unit_words() - _COUNTED_NOUNS
    toks = ctx.doc.tokens
    out = []
    for c in range(1, len(toks) - 1):
        count = toks[c].text
        if not (_COUNT_RE.fullmatch(count) or count.lower() in _NUMBER_WORDS) or count in ("1", "0"):
            continue
        if _year_after(toks[c - 1].text, count):
            continue   # a year, no count: "produziert seit 2018 Elektrobusse"
        if _APART_NUMBER_ADJECTIVE_RE.fullmatch(toks[c + 1].text):
            continue   # a number's adjective written apart, no count: "den 34 jährigen Mitarbeiter"
        b = c   # the count's first token: "1.100" is "1", ".", "100"
        while b >= 2 and toks[b - 1].text == "." and toks[b - 2].text.isdigit() and toks[b - 2].end == toks[b].start - 1:
            b -= 2
        k = b - 1
        while k > 0 and ctx.adjacent(k, k + 1):
            if toks[k].text.lower() in _APPROXIMATORS:
                k -= 1
            elif toks[k].text.lower() == "als" and toks[k - 1].text.lower() in ("mehr", "weniger") and k > 1:
                k -= 2   # "mit mehr als 300 Mitarbeitern"
            else:
                break
        if not ctx.adjacent(k, k + 1) or (k < b - 1 and _year_after(toks[k].text, count)):
            continue   # (a year after an approximation: "seit mindestens 2021 geschützte Walnussbäume")
        # ("von bis zu drei Tage": "bis zu" bounds the count of a preposition before it, which gives the case)
        if toks[k].text.lower() == "zu" and k > 1 and toks[k - 1].text.lower() == "bis" \
                and M.PREPOSITIONS.get(toks[k - 2].text.lower()) == ("dat",) and toks[k - 2].text.islower() \
                and ctx.adjacent(k - 2, k - 1) and ctx.adjacent(k - 1, k):
            k -= 2
        # (and "Neben" opening a sentence: "besides", always the dative; the accusative only after verbs of
        # placing, which put the phrase after them: "Neben zwölf deutsche Studenten arbeiten …")
        dative = toks[k].text.lower() == "den" or (_governing_cases(ctx, k + 1) == ("dat",)
                                                    and (toks[k].text.islower() or k in ctx.doc.sentence_starts)) \
            or (toks[k].text == "Neben" and k in ctx.doc.sentence_starts)
        # ("bis zu 8 Abschnitte": "bis zu" bounds the count, the verb gives the case)
        if not dative or (toks[k].text.lower() == "zu" and k > 0 and toks[k - 1].text.lower() == "bis"):
            continue
        j = _past_adjectives(ctx, c + 1)
        if j >= len(toks) or not ctx.adjacent(j - 1, j) or toks[j].start in taken or ctx.claimed(j):
            continue
        noun = toks[j].text
        if _first_part_of_small_noun(ctx, j):
            continue
        # (a capitalised word after it makes it a measure before its noun, "mit 300 Kilo Mehl", unless adjectives
        # agree with it: "mit drei großen Getränkehersteller Lieferverträge"; a span of time declines before its
        # noun too: "zu sieben Jahren Haft")
        if not noun[:1].isupper() or not noun.isalpha() or noun in units or noun.lower().endswith(_UNIT_ENDINGS) \
                or (j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text[:1].isupper()
                    and (j == c + 1 or noun in _CLASSIFIERS) and noun not in _COUNTED_NOUNS):
            continue
        # a compound the lexicon lacks by its last part ("Getränkehersteller": "Hersteller"), the first part kept
        head = nouns.head_of(noun)   # (the noun itself where the lexicon has it)
        plural = [(lem, f) for lem, f in nouns.analyses(head or "") if f.endswith(".pl")]
        if not plural:
            continue
        # adjectives with the strong -e of a nominative or accusative ("mit 300 zusätzliche Waggons"): -en
        for a in range(c + 1, j):
            adj = toks[a].text
            if _strong_e_adjective(adj) and not ctx.claimed(a) and toks[a].start not in taken:
                out.append(Finding(toks[a].start, toks[a].end, adj, "AGREEMENT_NP", "grammar", "error",
                                   f"„{toks[k].text} … {count} {adj} {noun}“ is dative: the adjective ends in "
                                   "-en", [adj + "n"]))
        if any(f == "dat.pl" for _, f in plural):
            continue
        form = _dative_plural(head, {lem for lem, _ in plural})
        if form is None or form == head:
            continue
        first = noun[: len(noun) - len(head)]
        t = toks[j]
        out.append(Finding(t.start, t.end, noun, "AGREEMENT_NP", "grammar", "error",
                           f"„{toks[k].text} … {count} {noun}“ is dative: the plural takes -n",
                           [first + (form.lower() if first else form)]))
    return out


# words of the unit list that are counted nouns, with the dative -n like any ("seit drei Jahren", "mit 40 Punkten")
_COUNTED_NOUNS = frozenset("Jahre Monate Wochen Tage Punkte Sitze Menschen Einwohner".split())
# quantifiers without an article before them: in -e the nominative or accusative plural, whose adjectives take the
# strong -e ("viele russische Kunden"); in -en the dative plural, whose noun takes -n ("allen Kindern")
_STRONG_QUANTIFIERS = frozenset("viele einige mehrere wenige zahlreiche etliche".split())
# (without an article "beiden" is dative too: "an beiden Beine" -> "Beinen"; and a count noun's -en: "von
# Tausenden Arbeitsplätze")
_DATIVE_QUANTIFIERS = frozenset("allen vielen einigen mehreren wenigen zahlreichen etlichen beiden tausenden "
                                "hunderten dutzenden".split())


def _place_genitive(word: str) -> bool:
    """WORD is the genitive of a place German writes ("Zentralasiens", "Europas"): an attribute after a noun, not a
    name the noun belongs to."""
    return word.endswith("s") and len(word) > 4 and word[:-1].isalpha() and lexicon.is_german(word[:-1]) \
        and not nouns.analyses(word)


def _quantified_plurals(ctx: Context, taken: set[int]) -> list[Finding]:
    """A plural quantifier with no article before it: "viele russischen Kunden" (nominative or accusative, the
    adjective strong: "russische") and "allen Kinder" (dative, the noun with -n: "Kindern"), where the noun has
    plural readings only."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        q = toks[i].text.lower()
        before = toks[i - 1].text if i > 0 and i not in ctx.doc.sentence_starts else ""
        if q not in _STRONG_QUANTIFIERS and q not in _DATIVE_QUANTIFIERS or not ctx.adjacent(i, i + 1) \
                or M.determiner(before) is not None or before.lower() in M.CONTRACTIONS:
            continue
        if before in M.CARDINALS or (before.endswith("en") and _is_adjective(before)):
            continue   # "Die ersten beiden Formate": the article further back
        j = _past_adjectives(ctx, i + 1)
        if j >= len(toks) or j == i or not ctx.adjacent(j - 1, j) or ctx.claimed(j) or toks[j].start in taken \
                or any(M.determiner(toks[k].text) is not None for k in range(i + 1, j)):
            continue   # ("allen ihrer Kinder": a determiner between, another phrase)
        noun = toks[j].text
        if not noun[:1].isupper() or not noun.isalpha() or (j + 1 < len(toks) and ctx.adjacent(j, j + 1)
                                                             and toks[j + 1].text[:1].isupper()
                                                             and not _place_genitive(toks[j + 1].text)):
            continue
        feats = set(noun_features(noun)[1])   # (a compound's by its head: "Supermarktketten")
        if not any(f.endswith(".pl") for f in feats) or _first_part_of_small_noun(ctx, j):
            continue   # (or a compound's first part, its rest written small: "an vielen Halte stellen")
        if q in _STRONG_QUANTIFIERS and j == i + 2 and feats & {"nom.pl", "akk.pl"}:
            adj = toks[i + 1]
            if adj.text.endswith("en") and _is_adjective(adj.text) and lexicon.is_german(adj.text[:-1]):
                out.append(Finding(adj.start, adj.end, adj.text, "AGREEMENT_NP", "grammar", "error",
                                   f"after „{toks[i].text}“ without an article the adjective takes the strong -e",
                                   [adj.text[:-1]]))
        # a dative quantifier's adjectives take -en ("allen betroffene Mitarbeiter" -> "allen betroffenen
        # Mitarbeitern"): no reading of any case has -e there
        elif q in _DATIVE_QUANTIFIERS and j > i + 1 and all(
                toks[k].text.endswith("e") and _is_adjective(toks[k].text) for k in range(i + 1, j)) and (
                not feats & {"nom.pl", "akk.pl"}
                or (i > 0 and M.PREPOSITIONS.get(toks[i - 1].text.lower()) == ("dat",))):
            # (only where the words after it make no phrase of their own: "bringt vielen höhere Kosten" is a dative
            # pronoun and an object; after a preposition of the dative there is no such reading)
            form = _dative_plural(noun, {lem for lem, _ in nouns.analyses(noun)}) if "dat.pl" not in feats else noun
            words = [toks[i].text] + [toks[k].text + "n" for k in range(i + 1, j)] + [form or noun]
            out.append(Finding(toks[i].start, toks[j].end, ctx.doc.text[toks[i].start:toks[j].end], "AGREEMENT_NP",
                               "grammar", "error", f"„{toks[i].text}“ is dative plural: the adjective takes -en",
                               [" ".join(words)]))
        # (no singular reading but the old dative in -e, "dem Freunde": "vielen Dank", "allen Ernstes" stay)
        elif q in _DATIVE_QUANTIFIERS and "dat.pl" not in feats \
                and all(f.endswith(".pl") or f.startswith("dat.sg") for f in feats):
            if i > 0 and M.PREPOSITIONS.get(toks[i - 1].text.lower()) == ("akk",) and j == i + 1 \
                    and q.endswith("en"):
                # after a preposition of the accusative the quantifier is the slip ("für beiden Länder" ->
                # "beide")
                out.append(Finding(toks[i].start, toks[i].end, toks[i].text, "AGREEMENT_NP", "grammar", "error",
                                   f"„{toks[i - 1].text}“ takes the accusative: „{toks[i].text[:-1]}“",
                                   [toks[i].text[:-1]]))
                continue
            form = _dative_plural(noun, {lem for lem, _ in nouns.analyses(noun)})
            if form and form != noun and i > 0 and M.PREPOSITIONS.get(toks[i - 1].text.lower()) == ("dat", "akk") \
                    and j == i + 1 and q.endswith("en"):
                # after a two-way preposition either word may be the slip ("über mehreren Jahre hinziehen"): the
                # dative, and the accusative the quantifier makes
                out.append(Finding(toks[i].start, toks[j].end, ctx.doc.text[toks[i].start:toks[j].end],
                                   "AGREEMENT_NP", "grammar", "error",
                                   f"„{toks[i].text}“ is dative, „{noun}“ is not: one of the two is the slip",
                                   [f"{toks[i].text} {form}", f"{toks[i].text[:-1]} {noun}"]))
            elif form and form != noun:
                out.append(Finding(toks[j].start, toks[j].end, noun, "AGREEMENT_NP", "grammar", "error",
                                   f"„{toks[i].text}“ is dative: the plural takes -n", [form]))
    return out


_UNIT_ENDINGS = ("meter", "gramm", "liter", "watt", "tonnen", "pixel", "byte", "bit")


# quantifiers that take a plural noun, never a measure word in the singular ("zwei Prozent" is a number's)
# (and the genitive of "mehrere": "mehrerer Gemeinde"; not "zahlreicher Besuch", nor "beider" as a possessor: "In
# beider Weichbild")
_PLURAL_QUANTIFIERS = frozenset([stem + end for stem in ("beid", "mehrer", "zahlreich", "etlich", "viel", "wenig")
                                 for end in ("e", "en")] + ["mehrerer"])   # (not "einige": "einige Zeit")
# quantifiers in the strong -e that a masculine or neuter singular cannot follow ("in andere Krankenhaus")
_E_QUANTIFIERS = frozenset("andere einige verschiedene weitere diverse etliche mehrere zahlreiche".split())


def _plural_quantifier_singular(ctx: Context, taken: set[int]) -> list[Finding]:
    """A plural quantifier before a noun that has no plural reading ("beide Seite", "mehrere Woche"): the
    plural in the same case ("beide Seiten")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        q = toks[i].text
        q = q.lower() if i in ctx.doc.sentence_starts and q.lower() in M.CARDINALS else q   # ("Drei neue Schule")
        # (a number above one counts too, before an English plural in -s of a noun German has: "200 Farmers",
        # whose -s form in German is only the genitive singular)
        number = q in M.CARDINALS or (re.fullmatch(r"\d{1,3}(?:\.\d{3})*", q) is not None and q not in ("0", "1"))
        # ("andere", "einige" … in the strong -e right after a preposition of the accusative: no pronoun, so
        # their noun is plural, "in andere Krankenhaus" -> "Krankenhäuser"; a feminine singular fits, "für
        # einige Zeit")
        e_quantifier = not number and q in _E_QUANTIFIERS and i > 0 and ctx.adjacent(i - 1, i) \
            and "akk" in (M.PREPOSITIONS.get(toks[i - 1].text.lower()) or ())
        if not number and not e_quantifier and (q.lower() not in _PLURAL_QUANTIFIERS
                                                or not (q.islower() or i in ctx.doc.sentence_starts)):
            continue
        j = i + 1
        j = _past_adjectives(ctx, j)
        if j >= len(toks) or not ctx.adjacent(j - 1, j) or toks[j].start in taken or ctx.claimed(j):
            continue
        noun = toks[j].text
        if not noun[:1].isupper() or not noun.isalpha() or (j + 1 < len(toks) and ctx.adjacent(j, j + 1)
                                                             and toks[j + 1].text[:1].isupper()):
            continue
        if _first_part_of_small_noun(ctx, j) or _twin_adverb(ctx, j):
            continue   # "den beiden Papier maschinen": a compound written apart, the garbled rules' to report
        analyses = nouns.analyses(noun)
        if not analyses or any(f.endswith(".pl") for _, f in analyses):
            continue
        if e_quantifier and (any(f.endswith(".f") for _, f in analyses) or _mass_noun(noun, analyses)
                             or not all(_strong_e_adjective(toks[a].text) for a in range(i + 1, j))):
            continue   # (a mass noun may follow the quantifier as a pronoun: "für andere Geld ausgeben")
        english_plural = noun.endswith("s") and all(f.startswith("gen.sg") for _, f in analyses)
        # (after a number a measure stays singular: "drei Paar Schuhe", "100 Mann"; not so a noun after adjectives
        # with the plural's strong -e, "zwei neue Kran", nor a feminine one, "drei Woche")
        # (a count in words only: digits number a list's items or an exit status, "104 Aktion erlaubt", or stand
        # under a fraction's bar, "1/2 Stunde"; and a currency stays singular too, "drei Hrywnja")
        # ("weitere", "andere" inflect as adjectives after a count: "zwei weitere Rakete")
        counted = j > i + 1 and q in M.CARDINALS and all(
            _strong_e_adjective(toks[a].text) or toks[a].text in ("weitere", "andere") for a in range(i + 1, j))
        # (or digits in prose: after a plural or a word written small and before a stop, a comma or a word
        # written small, "binnen zwei Wochen 900 Unterschrift."; no year, "2024 Bilanz gezogen")
        digits_counted = q[:1].isdigit() and not re.fullmatch(r"1[89]\d\d|20\d\d", q) and i > 0 \
            and ctx.adjacent(i - 1, i) and (toks[i - 1].text.islower() or _plural_form(toks[i - 1].text)) \
            and j + 1 < len(toks) and (toks[j + 1].text in (".", ",", ";") or toks[j + 1].text.islower())
        feminine = j == i + 1 and (q in M.CARDINALS or digits_counted) and all(f.endswith(".f") for _, f in analyses) \
            and noun not in _SINGULAR_MEASURES and noun not in ctx.glossary.currency_words
        if number and not (english_plural or counted or feminine):
            continue
        if number and ((j != i + 1 and not counted)
                       or (i > 0 and toks[i - 1].text[:1].isupper() and nouns.analyses(toks[i - 1].text)
                           and not _plural_form(toks[i - 1].text))):
            continue   # a section's number, and a genitive after it: "Abschnitt 3 dieses Handbuchs"
        if number and (noun in _CLASSIFIERS or noun in _SINGULAR_MEASURES):
            continue
        # ("viel-", "wenig-" after an article are adjectives, "die wenige Zeit"; and before a noun in -el, -er, -en
        # the plural may be the singular's form the lexicon lacks, "viele Kernel"; a bracket goes on with the word)
        if q.lower().startswith(("viel", "wenig")) and (
                (i > 0 and M.determiner(toks[i - 1].text) is not None) or noun.endswith(("el", "er", "en"))
                or toks[j].end < len(ctx.doc.text) and ctx.doc.text[toks[j].end] in "(-"):
            continue
        before = toks[i - 1].text.lower() if i > 0 and ctx.adjacent(i - 1, i) else ""
        dative = _governing_cases(ctx, i) == ("dat",) or (before == "den" and q.endswith("n"))
        case = "gen" if q.endswith("er") else "dat" if dative else "nom"
        lemmas = {lem for lem, _ in analyses}
        form = _only_form(lemmas, f"{case}.pl")
        # (a noun with two plurals, "Krane" and "Kräne": the commoner first)
        forms = [form] if form is not None else sorted(
            {f for lem in lemmas for f in nouns.forms_of(lem).get(f"{case}.pl", ())},
            key=lambda f: -lexicon.zipf_de(f.lower()))[:3] if counted or feminine or e_quantifier else []
        if english_plural and lexicon.is_english(noun.lower()):
            # ("200 Farmers" -> "Farmer"; not "mehrere Labs" -> "Labe": the English word, not the German "Lab")
            forms = [f for f in forms if f == noun[:-1]]
        if forms:
            t = toks[j]
            out.append(Finding(t.start, t.end, noun, "AGREEMENT_NP", "grammar", "error",
                               f"„{q}“ takes a plural noun", forms))
    return out


# measures that stay singular after a number ("zwölf Uhr", "zwei Mark")
_SINGULAR_MEASURES = frozenset("Uhr Mark".split())


SHORT_HEAD_MIN_ZIPF = 2.5   # "Uren" 1.7 in "Rezepturen"; "Amt", "Rat", "Tor" are 4.7 and more
BARE_COUNT_GAP = 1.2   # "Unternehmern" 3.4 beside "Unternehmer" 4.5; not "Düngern" 1.9 beside "Dünger" 3.4
MASS_PLURAL_GAP = 1.1   # "Geld" 5.6, "Gelder" 3.9; not "Krankenhaus" 4.8, "Krankenhäuser" 3.8


def _mass_noun(noun: str, analyses, case: str = "nom", gap: float = MASS_PLURAL_GAP) -> bool:
    """Whether German text has NOUN's plural (in CASE) much less than NOUN, as with a mass noun ("Geld", "Glück";
    "Dünger" 3.4, "Düngern" 1.9)."""
    plurals = {f for lem, _ in analyses for f in nouns.forms_of(lem).get(f"{case}.pl", ())}
    best = max((lexicon.zipf_de(p.lower()) for p in plurals), default=0.0)
    return best < lexicon.zipf_de(noun.lower()) - gap


def _only_form(lemmas: set[str], feat: str) -> str | None:
    """The one form the LEMMAS have for FEAT ("akk.pl"), or None where they have none or several."""
    forms = {f for lem in lemmas for f in nouns.forms_of(lem).get(feat, ())}
    return forms.pop() if len(forms) == 1 else None


def _dative_plural(word: str, lemmas: set[str], written: bool = True) -> str | None:
    """The dative plural of WORD's LEMMAS: WORD with its -n where that is one of them and WRITTEN ("Länder" ->
    "Ländern", not "Landen" of the other plural), else the one form they have."""
    datives = {f for lem in lemmas for f in nouns.forms_of(lem).get("dat.pl", ())}
    if written and word + "n" in datives:
        return word + "n"
    if written and word in datives:
        return word   # (a dative plural already, of several the lexicon lists: "Krediten", "Kredits")
    return _only_form(lemmas, "dat.pl")


@lru_cache(maxsize=1)
def place_articles() -> dict[str, str]:
    """Place name -> gender (f, m, n, pl), from data/grammar/place_articles.tsv."""
    return {r[0]: r[1] for r in _grammar_rows("place_articles.tsv", "place-name")}


# the case each preposition gives a place ("in" and "über" of a location: dative), and the article in each case
_PLACE_CASE = {"in": "dat", "aus": "dat", "von": "dat", "mit": "dat", "zu": "dat", "bei": "dat", "über": "dat",
               "durch": "akk", "für": "akk", "gegen": "akk", "um": "akk"}
_PLACE_ARTICLE = {("dat", "f"): "der", ("dat", "m"): "dem", ("dat", "n"): "dem", ("dat", "pl"): "den",
                  ("akk", "f"): "die", ("akk", "m"): "den", ("akk", "n"): "das", ("akk", "pl"): "die"}
_PLACE_CONTRACTED = {("in", "dem"): "im", ("von", "dem"): "vom", ("zu", "dem"): "zum", ("zu", "der"): "zur",
                     ("bei", "dem"): "beim"}


# conjunctions whose clause may open with its subject
_SUBJECT_CONJUNCTIONS = frozenset("wenn dass weil ob obwohl nachdem falls sobald solange bevor".split())


def _place_without_article(ctx: Context, taken: set[int]) -> list[Finding]:
    """A place name German writes with its article right after a preposition without it ("in Ukraine", "aus USA",
    "nach Ukraine"): the preposition and the article in its case ("in der Ukraine", "aus den USA", "in die
    Ukraine"); after a conjunction, as its clause's subject, the nominative's ("wenn Türkei" -> "die Türkei")."""
    toks = ctx.doc.tokens
    places = place_articles()
    out = []
    for j in range(1, len(toks)):
        name = toks[j].text
        gender = places.get(name)
        prep = toks[j - 1].text
        low = prep.lower()
        if gender is None or not ctx.adjacent(j - 1, j) or toks[j - 1].start in taken or ctx.claimed(j) \
                or not (prep.islower() or j - 1 in ctx.doc.sentence_starts) \
                or (j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text == "-"):
            continue
        if low in _SUBJECT_CONJUNCTIONS and not ctx.in_headline(j):
            # the subject of a clause ("Wenn Türkei dicht macht" -> "Wenn die Türkei"; not a headline's, which
            # drops its articles)
            article = _PLACE_ARTICLE[("akk", gender)] if gender != "m" else "der"
            out.append(Finding(toks[j].start, toks[j].end, name, "AGREEMENT_NP", "grammar", "error",
                               f"German writes „{name}“ with its article", [f"{article} {name}"]))
            continue
        if low == "nach":
            case, low = "akk", "in"   # a destination: "nach Ukraine" -> "in die Ukraine"
        elif low in _PLACE_CASE:
            case = _PLACE_CASE[low]
        else:
            continue
        article = _PLACE_ARTICLE[(case, gender)]
        form = name
        if case == "dat" and gender == "pl":
            form = next(iter(f for f in nouns.forms_of(name).get("dat.pl", ()) if f.startswith(name[:3])), name)
        joined = _PLACE_CONTRACTED.get((low, article))
        head = joined or f"{low} {article}"
        if prep[:1].isupper():
            head = head[0].upper() + head[1:]
        start, end = toks[j - 1].start, toks[j].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"German writes „{name}“ with its article", [f"{head} {form}"]))
    return out


# prepositions after which a plural noun without article or adjective shows its case only in the dative -n
_DATIVE_BARE = frozenset("mit von aus bei seit nach trotz wegen gegenüber laut dank".split())


# the case and article a contraction carries: "vom" = "von dem" (dative), "ins" = "in das" (accusative)


CONTRACTION_NOUN_MIN_ZIPF = 3.0   # a noun this common is no name ("im Verfolgung", not "am Zips")
# the article of each gender in the cases a contraction carries, and the contractions German writes for them
_ARTICLE_OF = {"dat": {"m": "dem", "n": "dem", "f": "der"}, "akk": {"m": "den", "n": "das", "f": "die"}}
_CONTRACTED = {(p, a): c for c, (p, a) in M.CONTRACTIONS.items()}


def _contraction_for(contraction: str, noun: str, analyses) -> str | None:
    """The preposition of CONTRACTION with the article of NOUN's gender, contracted where German contracts it:
    "im" before "Verfolgung" -> "in der", "zum" before "Polizei" -> "zur"; with the plural's article before a
    plural ("vom Lieferungen" -> "von den"). None unless the noun is a singular of one gender or a plural in the
    contraction's case, as written."""
    prep, article = M.CONTRACTIONS[contraction]
    case = "akk" if article == "das" else "dat"
    genders = {f.rsplit(".", 1)[1] for _, f in analyses if f.startswith(case + ".sg.")}
    # (a plural in that case and nothing else: the plural's article, "vom Lieferungen" -> "von den"; not a verb's
    # infinitive used as a noun, "beim Routen", "zum Brillentragen")
    last = (nouns.head_of(noun) or noun).lower()
    if not genders and analyses and all(f.endswith(".pl") for _, f in analyses) \
            and any(f == case + ".pl" for _, f in analyses) \
            and not (last.endswith("en") and (lexicon.is_german(last)
                                              or max(lexicon.zipf_de(last[:-2] + e) for e in ("t", "et")) > 0)):
        return f"{prep} {'den' if case == 'dat' else 'die'}"
    if len(genders) != 1:
        return None
    new = _ARTICLE_OF[case][genders.pop()]
    return _CONTRACTED.get((prep, new), f"{prep} {new}")


# the weak ending an adjective takes after a contraction: its article's case ("im" = in dem: -en; "ins" = in das: -e)
_CONTRACTION_ADJECTIVE_ENDING = {"dem": "en", "der": "en", "das": "e"}


def _adjective_after_contraction(ctx: Context, taken: set[int]) -> list[Finding]:
    """An adjective with a strong ending after a contraction, before its noun ("im ausverkauftem Stadion", "zur
    neuer Saison"): the contraction holds the article, so the adjective is weak ("im ausverkauften Stadion"; after
    "ins", "ans", "aufs" -e: "ins neue Jahr")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        low = toks[i].text.lower()
        if low not in M.CONTRACTIONS or toks[i].start in taken or not ctx.adjacent(i, i + 1):
            continue
        ending = _CONTRACTION_ADJECTIVE_ENDING.get(M.CONTRACTIONS[low][1])
        j = _past_adjectives(ctx, i + 1)
        # (or a name's adjective, written capitalised: "im Kaspische Meer" -> "Kaspischen")
        name_adjective = j == i + 1 and i + 2 < len(toks) and toks[i + 1].text[1:].islower() \
            and toks[i + 1].text[:1].isupper() and _is_adjective(toks[i + 1].text.lower()) \
            and not nouns.analyses(toks[i + 1].text) and ctx.adjacent(i + 1, i + 2)
        if name_adjective:
            j = i + 2
        noun = toks[j].text if j < len(toks) else ""
        if ending is None or j == i + 1 or not (noun[:1].isupper() and noun.isalpha()) or not ctx.adjacent(j - 1, j) \
                or any(ctx.claimed(k) for k in range(i, j + 1)):
            continue
        adjs = [toks[k].text.lower() if name_adjective else toks[k].text for k in range(i + 1, j)]
        if adjs[0].endswith("sten"):
            continue   # "am besten neue Kartoffeln": the adverb's superlative, another phrase after it
        stems = [M.adjective_stem(a) for a in adjs]
        # (one with another ending at least; after "ins" none with -en, the dative's)
        if not all(stems) or all(a.endswith(ending) for a in adjs) \
                or any(a in _PRONOMINAL or not lexicon.is_german(st + ending) for a, st in zip(adjs, stems)) \
                or (ending == "e" and any(a.endswith("en") for a in adjs)) \
                or not all(a.endswith(("em", "er", "es", "e", "en")) for a in adjs):
            continue
        start, end = toks[i + 1].start, toks[j - 1].end
        fix = " ".join(st + ending for st in stems)
        if name_adjective:
            fix = fix[0].upper() + fix[1:]
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"after „{toks[i].text}“ the adjective is weak: -{ending}", [fix]))
    return out


# contractions that cannot stand before a town's name, and the preposition alone
_PLACE_CONTRACTIONS = {"im": "in", "vom": "von", "beim": "bei"}


def _contraction_before_place(ctx: Context, taken: set[int]) -> list[Finding]:
    """A contraction before a place's name that the article elsewhere writes after a bare preposition ("trotzen im
    Tartu der Kälte" … "in Tartu"): a town takes no article, so the preposition alone ("in Tartu"). A name the
    article never gives so stays (a region has one: "im Donbass", "im Sejm")."""
    toks = ctx.doc.tokens
    bare = {toks[k + 1].text for k in range(len(toks) - 1)
            if toks[k].text.lower() in ("in", "aus", "nach") and ctx.adjacent(k, k + 1)}
    out = []
    for i in range(len(toks) - 1):
        low = toks[i].text.lower()
        name = toks[i + 1].text
        if low not in _PLACE_CONTRACTIONS or toks[i].start in taken or not ctx.adjacent(i, i + 1) \
                or name not in bare or not (name[:1].isupper() and name[1:].islower() and name.isalpha()) \
                or nouns.analyses(name) \
                or lexicon.is_german(name.lower()) or lexicon.is_german(name) or ctx.claimed(i + 1) \
                or (i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) and toks[i + 2].text[:1].isupper()):
            continue   # (nor before a noun or a name's next word: "im Karakol Mountain Resort")
        prep = _PLACE_CONTRACTIONS[low]
        prep = prep.capitalize() if toks[i].text[:1].isupper() else prep
        start, end = toks[i].start, toks[i + 1].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"„{name}“ is a town the article names without an article", [f"{prep} {name}"]))
    return out


def _after_contractions(ctx: Context, taken: set[int]) -> list[Finding]:
    """A noun after a contraction in a form that does not fit its article ("vom Satellit" -> "vom Satelliten": a
    weak noun without its -en). Only the noun is proposed anew, in the form the lexicon gives for that case."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks[:-1]):
        low = t.text.lower()
        if low not in M.CONTRACTIONS or not ctx.adjacent(i, i + 1):
            continue
        if toks[i + 1].text in ("der", "die", "das", "dem", "den", "des") and not ctx.claimed(i + 1):
            # a contraction before an article of its own ("hängt vom der Nachfrage ab"): the contraction holds an
            # article already; the preposition alone
            prep = M.case_like(M.CONTRACTIONS[low][0], t.text)
            start, end = t.start, toks[i + 1].end
            out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                               f"„{t.text}“ (= {' '.join(M.CONTRACTIONS[low])}) holds an article already",
                               [f"{prep} {toks[i + 1].text}"]))
            continue
        feats = M.contraction_determiner(low)[2]
        n = i + 1
        # (adjectives in -en between, also a name's capitalised one: "vom Nationalen Forschungsuniversität")
        while n < len(toks) and (toks[n].text.islower() or (toks[n].text.endswith("en") and n + 1 < len(toks)
                                                            and toks[n + 1].text[:1].isupper())) \
                and _is_adjective(toks[n].text.lower()) and n - i <= 3 and ctx.adjacent(n - 1, n):
            n += 1
        if n >= len(toks) or not ctx.adjacent(n - 1, n) or ctx.claimed(n) or toks[n].start in taken:
            continue
        noun = toks[n].text
        # (a capitalised word after it makes a compound apart or a name, unless it is a name the noun heads:
        # "vom Biologe Mykhailo Shevchuk")
        k = _name_after(ctx, n)
        if not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()) or n in ctx.doc.sentence_starts \
                or (k > n and not _noun_before_name(ctx, n, k)) \
                or _first_part_of_small_noun(ctx, n):   # "zum Stadt rat": the compound's head decides
            # (two nouns apart whose second fits the contraction's article as the first does not, as after an
            # article: "im größten Straßenbahn Depot")
            apart = _written_apart(ctx, i, n, M.contraction_determiner(low)[0], feats, list(range(i + 1, n)),
                                   noun_features(noun)[1]) \
                if k == n + 1 and noun[:1].isupper() and noun[1:].islower() and noun.isalpha() \
                and n not in ctx.doc.sentence_starts else None
            if apart:
                out.append(_apart_finding(ctx, n, apart))
            continue
        analyses = nouns.analyses(noun)
        # (a compound the lexicon lacks by its head: only its gender counts, "vom … Forschungsuniversität"; not a
        # word German has small, "im Allgemein")
        head = nouns.head_of(noun) if not analyses and not lexicon.is_german(noun.lower()) else None
        by_head = nouns.analyses(head) if head and head != noun else ()
        # (a verb or adjective used as a noun, "beim Booten", "ins Negative", is no form of another noun; a noun
        # whose small form is some verb's, "Schule", is)
        small = noun.lower()
        used_as_noun = lexicon.is_german(small) and (small.endswith(("en", "ern", "eln")) or _is_adjective(small))
        if not (analyses or by_head) or {f for _, f in analyses or by_head} & set(feats) or used_as_noun:
            continue
        written = noun
        if by_head:
            analyses = by_head
            noun = head
        lemmas = {lem for lem, _ in analyses}
        if len(lemmas) != 1:
            continue
        forms = nouns.forms_of(lemmas.pop())
        fixed = next((forms[f][0] for f in feats if f in forms), None)
        if fixed and low == "vom" and n == i + 1 and any(f.startswith("gen.sg") for _, f in analyses) \
                and i > 0 and ctx.adjacent(i - 1, i) and nouns.analyses(toks[i - 1].text) \
                and i - 1 not in ctx.doc.sentence_starts:
            # a genitive's -s after a noun ("ein Teil vom Haushaltsbudgets"): the genitive attribute with "des"
            # the translation meant, or the contraction with the dative
            start, end = t.start, toks[n].end
            out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                               f"„{written}“ is a genitive: „des“, not „{t.text}“ (= von dem)",
                               [f"des {written}", f"vom {nouns.with_head(written, noun, fixed)}"]))
            continue
        # (the head's form is no proposal for the compound; nor is a form after a name's adjective, "im Ganzen
        # Grossen")
        if fixed and (by_head or any(toks[k].text[:1].isupper() for k in range(i + 1, n))):
            continue
        if not fixed:
            # a noun of another gender ("im Verfolgung" -> "in der Verfolgung", "zum Polizei" -> "zur Polizei"): the
            # contraction's preposition with the article the noun takes in the same case
            # (a common noun, "am Zips" may be a name; not before an infinitive: "vom Wahrheit sagen leben")
            nxt = toks[n + 1].text if n + 1 < len(toks) else ""
            infinitive = nxt.islower() and nxt.endswith(("en", "rn", "ln")) and len(nxt) > 3 and lexicon.is_german(nxt)
            common = lexicon.zipf_de(noun.lower()) >= CONTRACTION_NOUN_MIN_ZIPF
            # (with adjectives between only where they end in -en, which both articles' cases keep: "vom
            # Nationalen Forschungsuniversität" -> "von der")
            # (no superlative, "am wenigsten Kreide", nor an English noun, "bis zur nächsten verbundenen Bridge")
            between_en = all(toks[k].text.endswith("en") and not toks[k].text.endswith(("sten", "ßten"))
                             for k in range(i + 1, n)) and low not in ("ins", "ans") \
                and not lexicon.is_english(noun.lower())
            other = _contraction_for(low, noun, analyses) if (n == i + 1 or between_en) and common \
                and not infinitive else None
            if other:
                out.append(Finding(t.start, t.end, t.text, "AGREEMENT_NP", "grammar", "error",
                                   f"„{noun}“ takes another article than „{t.text}“ "
                                   f"(= {' '.join(M.CONTRACTIONS[low])}) carries", [M.case_like(other, t.text)]))
            continue
        if fixed == noun:
            continue
        out.append(Finding(toks[n].start, toks[n].end, noun, "AGREEMENT_NP", "grammar", "error",
                           f"„{t.text}“ (= {' '.join(M.CONTRACTIONS[low])}) needs „{fixed}“", [fixed]))
    return out


def _genitive_without_s(ctx: Context, taken: set[int]) -> list[Finding]:
    """A masculine or neuter noun the lexicon lacks after "des", "eines", "dieses" … without its genitive -s
    ("des Weltcup", "des ukrainischen Agrarsektor" -> "Agrarsektors"): hunspell knows the form with -s (or -es)."""
    from .formats import unit_words

    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks[:-1]):
        det = M.determiner(t.text)
        if det is None or t.start in taken or set(det[2]) != {"gen.sg.m", "gen.sg.n"} or not ctx.adjacent(i, i + 1):
            continue
        n = i + 1
        measure = False
        while n < len(toks) and n - i <= 4 and ctx.adjacent(n - 1, n):
            # (a measure before the adjective: "des neun Kilometer langen Tunnel", which np_at leaves alone)
            if n + 2 < len(toks) and (toks[n].text in M.CARDINALS or toks[n].text.isdigit()) \
                    and toks[n + 1].text in unit_words() and toks[n + 2].text.islower() and ctx.adjacent(n, n + 1):
                n, measure = n + 2, True
                continue
            if not toks[n].text.islower():
                break
            n += 1
        if n >= len(toks) or not ctx.adjacent(n - 1, n) or ctx.claimed(n) or n in ctx.doc.sentence_starts:
            continue
        noun = toks[n].text
        genitives = [g for lem, f in nouns.analyses(noun) if f in ("nom.sg.m", "nom.sg.n")
                     for g in nouns.forms_of(lem).get("gen.sg." + f[-1], ()) if g != noun]
        if measure and genitives and not any(f.startswith("gen.sg") for _, f in nouns.analyses(noun)):
            out.append(Finding(toks[n].start, toks[n].end, noun, "AGREEMENT_NP", "grammar", "error",
                               f"„{t.text}“ is genitive: the noun needs its -s", genitives[:2]))
            continue
        # (or an English loan the noun lexicon lists with its genitive, which hunspell lacks: "des Resort")
        listed = [g for lem, f in nouns.analyses(noun) if lem == noun and f.endswith((".m", ".n"))
                  for key in ("gen.sg.m", "gen.sg.n") for g in nouns.forms_of(lem).get(key, ()) if g != noun]
        if not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()) or noun.endswith(("s", "ß", "x", "z")) \
                or noun_features(noun)[1] or not (lexicon.is_german(noun) or listed) or lexicon.is_german(noun.lower()):
            continue   # (an adjective or participle used as a noun keeps its ending: "des Aufrufenden")
        run = []
        for k in range(n + 1, min(n + 4, len(toks))):
            if not (toks[k].text[:1].isupper() and ctx.adjacent(k - 1, k)):
                break
            run.append(toks[k].text)
        # (an English plural in a name that begins with a word of neither language is no genitive: "des
        # Wasserversorger Garagum Water Services")
        foreign = bool(run) and max(lexicon.zipf_en(run[0].lower()), lexicon.zipf_de(run[0].lower())) == 0
        if run and (not _name_beside(noun, run[0]) or any(
                w.endswith("s") and not (foreign and lexicon.zipf_en(w.lower()) > lexicon.zipf_de(w.lower()))
                for w in run)):
            continue   # a compound written apart ("des Flughafen Betreibers"), the garbled rules' to report; a
            #            name whose last word takes the -s ("des Baku Jazz Festivals")
        fixed = listed[0] if listed else next((noun + e for e in ("s", "es") if lexicon.is_german(noun + e)), None)
        if fixed is None or (lexicon.zipf_de(noun.lower()) > 0 and lexicon.zipf_de(fixed.lower()) == 0):
            continue   # (a word German text has, but never with -s, is a name that takes none: "des Bolschoi")
        out.append(Finding(toks[n].start, toks[n].end, noun, "AGREEMENT_NP", "grammar", "error",
                           f"„{t.text}“ is genitive: the noun needs its -s", [fixed]))
    return out


def _name_beside(noun: str, nxt: str) -> bool:
    """Whether capitalised NXT after German NOUN begins a name the noun stands beside ("des Versorger Premier
    Energy"), not the second part of a compound written apart ("des Flughafen Betreibers", "der Schwarzmeer
    Küste"), whose genitive may be on that part."""
    from .garbled import compound_in_use   # (garbled imports from english, which imports this module)

    return nxt.isalpha() and not nxt.endswith("s") and not lexicon.is_german(noun + nxt.lower()) \
        and not compound_in_use(noun + nxt.lower())


def _written_apart(ctx: Context, i: int, n: int, kind, det_feats, adjs: list[int], nfeats) -> str | None:
    """The joined word for two nouns written apart after a determiner (token I) where the determiner (and its
    adjectives) fit the second ("das Ausländer Kontingent", "des Flughafen Betreibers", "der Finanz Aufsicht"):
    one compound, which German text uses (wordfreq knows it). Appositions and measure phrases agree with the first
    noun only ("die Stadt Berlin", "ein Glas Wasser") and stay. Where the determiner fits both nouns ("die Not
    Aufnahmen", "den Strecken Rekord"), two noun phrases are possible too ("die Polizei Fotos …"): only a compound
    German writes often enough (APART_BOTH_MIN_ZIPF) counts, in the case a preposition before it demands."""
    toks = ctx.doc.tokens
    if n + 1 >= len(toks) or not ctx.adjacent(n, n + 1):
        return None
    first, second = toks[n].text, toks[n + 1].text
    from .formats import unit_words
    from .garbled import _links_with_s, compound_in_use   # (garbled imports from english, which imports this module)

    # (a three-letter second part where German text has the compound: "beim Welt Cup")
    if not (second[:1].isupper() and second[1:].islower() and second.isalpha() and first.isalpha()
            and first[1:].islower() and len(first) >= 3
            and (len(second) >= 4 or (len(second) == 3 and compound_in_use(first + second.lower())))):
        return None
    units = unit_words()
    if first in units or any(first + e in units or (first + e).lower().endswith(tuple(u.lower() for u in units
                                                                                      if len(u) > 5))
                             for e in ("n", "en")):
        return None   # a measure and what it measures ("jeden Gramm Kaviar" is "jedes Gramm", no "Grammkaviar";
        #               "Ein Kilowattstunde Strom" is the article's error)
    joined = first + second.lower()
    if n + 2 < len(toks) and toks[n + 2].text[:1].isupper() and ctx.adjacent(n + 1, n + 2) \
            and (nouns.analyses(toks[n + 2].text) or not compound_in_use(joined)):
        return None   # a longer run of capitals: a name (not a compound in use before one: "den Bade Ort Jūrmala")
    # (not the old dative in -e of another noun, which news no longer writes: "von einem einzigen Lieferweg
    # Rabatte" is no "einem Rabatte")
    second_feats = noun_features(second)[1] - old_datives(second)
    shared = set(det_feats) & (nfeats - _doubtful_plurals(first))
    # (the adjectives too: "die größte Aprikosen Ernte" is no plural "die größten Aprikosen"; and the case a
    # preposition demands: "auf der Langlauf Strecke" is no nominative "der Langlauf")
    shared = {f for f in shared if all(_adj_fits(toks[a].text, kind, {f}) for a in adjs)}
    # (a preposition proper: "bis der Freiheitskampf Landesverrat genannt wird" has a conjunction)
    prev = toks[i - 1].text.lower() if i > 0 and ctx.adjacent(i - 1, i) else ""
    governed = _governing_cases(ctx, i) if prev in M.PREPOSITIONS else ()
    # a genitive determiner right after a noun opens its attribute ("nach Einbruch der Export Aufträge"; not
    # another case, which may open the next phrase: "erleben in diesem Sommer die größte Aprikosen Ernte")
    if not governed and _after_noun(ctx, i) and any(f.startswith("gen") for f in set(det_feats) & second_feats):
        governed = ("gen",)
    if governed:
        shared = {f for f in shared if f.split(".")[0] in governed}
    # a singular noun whose plural looks the same, as a genitive plural before the second ("der Getreide | Export"),
    # is a reading of old poetry, not of news, where the article fits the second in another case (a plural as
    # such is read so: "der Eltern Müller")
    if shared == {"gen.pl"} and any(".sg" in f for f in nfeats) and set(det_feats) & second_feats - {"gen.pl"}:
        shared = set()
    both = bool(shared)
    single = False
    fits = set(det_feats) & second_feats
    if governed == ("gen",):
        fits = {f for f in fits if f.startswith("gen")}
    if both:
        cases = _governing_cases(ctx, i)
        fits = {f for f in fits if not cases or f.split(".")[0] in cases}
        # (a noun the lexicon lacks gives no evidence here; an English part may be a name: "Crash Test")
        # a bare plural can be a phrase of its own ("die Polizei | Fotos"), a bare singular hardly
        least = APART_PLURAL_MIN_ZIPF if all(f.endswith(".pl") for f in fits) else APART_BOTH_MIN_ZIPF
        if not fits or not (lexicon.is_german(first) and lexicon.is_german(second)):
            return None
        # (or, where the two open the sentence before its verb, hunspell's compound: "Die Hundeschlitten Fahrten
        # beginnen")
        # (nominative or accusative: a genitive before its noun is one constituent too, "Der Welt Schlüssel")
        # (not a noun for a person or a place, which a name may follow: "Der Parteichef Koch", "Die Saalestadt Halle")
        single = _one_constituent(ctx, i, n) and all(f[:3] in ("nom", "akk") for f in shared) \
            and first not in _CLASSIFIERS and not _place_adjective(first) and _tail_in_use(first, second) \
            and not _names_someone(first)
        if _joined_zipf(first, second) < least and not single:
            return None
    # (a noun the lexicon lacks, "Kontingent", is judged by the joined word alone)
    if (second_feats and not fits) or (fits and not all(_adj_fits(toks[a].text, kind, fits) for a in adjs)):
        return None
    # where the determiner fits the second noun only, no reading but the compound is left: hunspell's word is
    # enough ("der Getreide Export"); where it fits both, German text must use the compound
    # (not where the first word is English rather than German: "in der National League" is a name)
    if lexicon.is_english(first.lower()) and lexicon.is_english(second.lower()) and not lexicon.is_german(second) \
            and lexicon.zipf_de(first.lower()) <= lexicon.zipf_en(first.lower()):
        return None   # an English compound German writes apart as English does ("das Joint Venture", Duden; a
        #               German noun first is none: "beim Welt Cup")
    # (not a bare plural after a noun of the lexicon the article fails, where German text has no such compound: the
    # plural may open the next phrase, "während der letzten Heimspiel Plakate hochgehalten" is the article's error)
    # (unless hunspell builds the compound, no preposition governs the phrase and what follows closes it, a
    # preposition, a mark or a finite verb, where a plural of its own would need its own verb: "Die Protein Werte im
    # Labor")
    if not both and fits and all(f.endswith(".pl") for f in fits) and nouns.analyses(first) \
            and not any(f.endswith(".pl") for f in nfeats) and not compound_in_use(joined) \
            and not (lexicon.is_german(joined) and not _governing_cases(ctx, i)
                     and (_phrase_closes(ctx, n + 2) or _one_constituent(ctx, i, n))):
        return None
    # (hunspell's word only where the lexicon knows the second as a noun: "den Nachbarland Lettland" is no
    # "Nachbarlandlettland", a country's name is no compound's head)
    # (or a compound of a noun and a noun hunspell does not build: "das Pipeline Projekt")
    if not both and second_feats and lexicon.is_german(second) and first not in _CLASSIFIERS \
            and (lexicon.zipf_en(first.lower()) <= lexicon.zipf_de(first.lower()) or nouns.analyses(first)):
        linked = first + "s" + second.lower()
        if lexicon.is_german_any_case(joined):
            return joined
        if _plausible_apart(first, second, fits, governed, attributed=bool(adjs)):
            # (with the linking s a first part in -ung, -heit … always takes: "Stabilisierungsfonds")
            return linked if _links_with_s(first) and lexicon.is_german(linked) else joined
        # the linking s German text's compound has ("einen Stabilisierung Fonds" -> "Stabilisierungsfonds"), in the
        # cases _plausible_apart allows
        cases = {f.split(".")[0] for f in fits}
        if _links_with_s(first) and compound_in_use(linked) and cases & {"nom", "akk"} \
                and (not governed or cases & set(governed)):
            return linked
    return joined if compound_in_use(joined) or (both and single) else None


def _phrase_closes(ctx: Context, k: int) -> bool:
    """Token K ends the noun phrase before it: the text's end, a mark, a preposition or a finite verb that shows
    itself as one."""
    from .word_order import finite_verb

    toks = ctx.doc.tokens
    if k >= len(toks):
        return True
    word = toks[k].text
    return not word[:1].isalpha() or word.lower() in M.PREPOSITIONS or word.lower() in M.CONTRACTIONS \
        or finite_verb(word) or word in _CLOSING_ADVERBS


# words that never go on a noun phrase: a preposition or conjunction "bis", adverbs of the clause ("ihre Februar
# Gehälter bis heute nicht erhalten")
_CLOSING_ADVERBS = frozenset("bis nicht noch schon bereits nie erst".split())


def _plausible_apart(first: str, second: str, fits: set[str], governed, attributed: bool = False) -> bool:
    """Two nouns written apart after an article that fits the second only, which hunspell does not join: a compound
    of German parts ("das Pipeline Projekt"), where the first is a noun German writes more than English, no
    place's or person's -er ("das Römer Publikum"), no genitive in -s ("ein Kuckucks Clan") and no English word
    second after an English word or none the lexicon has ("des Fortran Compilers"; "eine Verdichter Station" is
    German); the article in the nominative or accusative, which no genitive or relative
    pronoun before a bare noun shows ("dieser Namen Vorsicht", "…, der Leuten Vergnügen liefert"), and in the case
    a preposition before it demands ("gegen der Bescheid Einspruch")."""
    from .calques import person_noun   # (calques imports modules that import this one)
    from .garbled import plausible_compound

    low = first.lower()
    cases = {f.split(".")[0] for f in fits}
    # (a German verb's agent or device in -er is no place's: "eine neue Verdichter Station", "die Fahrer Kabine")
    place_er = first.endswith("er") and not person_noun(first)
    # (a first part in its base form, "Herrn Metaphysiker" has none, and no adjective German writes small too:
    # "einen Lila Elefanten")
    # (or a feminine noun's -n, the link its compounds take: "der erste Drohnen Lieferdienst")
    linking_n = first.endswith("en") and any(lem == first[:-1] and lem.endswith("e") and f == "nom.pl"
                                             for lem, f in nouns.analyses(first))
    # (or a plural where adjectives ATTRIBUTED between agree with the second only: "der europäische Generika
    # Markt", whose "europäische" no plural takes)
    plural_first = attributed and any(f == "nom.pl" for _, f in nouns.analyses(first))
    return (any(f.startswith("nom.sg") for _, f in nouns.analyses(first)) or linking_n or plural_first) \
        and not lexicon.is_german(low) and lexicon.zipf_de(low) >= lexicon.zipf_en(low) \
        and not place_er and not first.endswith("s") \
        and not (lexicon.is_english(second.lower()) and (lexicon.is_english(low) or not nouns.analyses(second))) \
        and bool(cases & {"nom", "akk"}) and (not governed or bool(cases & set(governed))) \
        and plausible_compound(first + second.lower())


def _names_someone(noun: str) -> bool:
    """NOUN is one a name may follow in apposition: a person's role or a kind of place ("Parteichef", "Stadt")."""
    from ...names import Names
    from .transliteration import ROLE_RE, german_agent_noun

    return bool(ROLE_RE.search(noun)) or german_agent_noun(noun) or Names._place_noun(nouns.head_of(noun) or noun)


def _tail_in_use(first: str, second: str) -> bool:
    """German text has the compound of SECOND and FIRST or FIRST's last part ("Hundeschlitten Fahrten":
    "Schlittenfahrten"; not the apposition "Das Argument Gerät")."""
    from .garbled import compound_in_use

    return compound_in_use(first.lower() + second.lower()) or any(
        lexicon.is_german_any_case(first[:k]) and compound_in_use(first[k:].lower() + second.lower())
        for k in range(3, len(first) - 3))


def _one_constituent(ctx: Context, i: int, n: int) -> bool:
    """The phrase of determiner I and nouns n, n + 1 opens its sentence right before the finite verb, where German
    puts a single constituent: two noun phrases cannot stand there ("Die Hundeschlitten Fahrten beginnen …"; an
    apposition's second part is a name or a measure's noun, which the callers rule out)."""
    from .word_order import finite_verb

    toks = ctx.doc.tokens
    v = n + 2
    if i not in ctx.doc.sentence_starts or v >= len(toks) or not ctx.adjacent(n + 1, v):
        return False
    verb = toks[v].text
    return finite_verb(verb) or (verb.islower() and verb.endswith("en") and lexicon.is_german(verb)
                                 and not _is_adjective(verb) and M.determiner(verb) is None)


def _after_noun(ctx: Context, i: int) -> bool:
    """Token I follows a common noun in the same clause ("Einbruch der …"), not a name or a sentence's first word."""
    toks = ctx.doc.tokens
    if i < 1 or not ctx.adjacent(i - 1, i) or (i - 1) in ctx.doc.sentence_starts:
        return False
    prev = toks[i - 1].text
    return prev[:1].isupper() and prev[1:].islower() and prev.isalpha() and bool(nouns.analyses(prev)) \
        and lexicon.is_german(prev)


def _apart_after_comma(ctx: Context, i: int) -> Finding | None:
    """A compound written apart after "der", "die", "das" behind a comma ("…, die Gas Versorgung sei gesichert"),
    where the word is mostly a relative pronoun ("Länder, die Waffen liefern"): only where the article cannot go
    with the first noun, so that no relative clause reads it ("die" is no article of "Gas")."""
    toks = ctx.doc.tokens
    np = np_at(ctx, i)
    if np is None:
        return None
    (kind, _, det_feats), adjs, n = np
    first = toks[n].text
    if adjs or ctx.claimed(n) or n + 1 >= len(toks) or M.determiner(first) is not None or not nouns.analyses(first) \
            or set(det_feats) & noun_features(first)[1] or not set(det_feats) & noun_features(toks[n + 1].text)[1]:
        return None   # (a noun first: "…, der Ein Mann jenseits …" is a definition's article and a phrase)
    apart = _written_apart(ctx, i, n, kind, det_feats, adjs, frozenset())
    return _apart_finding(ctx, n, apart) if apart else None


BARE_APART_MIN_ZIPF = 2.0   # the compound German text writes often ("Familienbetriebe" 2.4; "Stahlkonzerne" 1.2)


def _bare_nouns_apart(ctx: Context, taken: set[int]) -> list[Finding]:
    """Two nouns written apart after a quantifier or an adjective in -e with no determiner ("viele kleine Familien
    Betriebe" -> "Familienbetriebe"): two bare nouns side by side make no phrase there (a measure and what it
    measures excepted), and German text writes the compound often."""
    from .formats import unit_words
    from .garbled import compound_in_use   # (garbled imports from english, which imports this module)

    toks = ctx.doc.tokens
    units = unit_words()
    out = []
    for n in range(2, len(toks) - 1):
        first, second, before = toks[n].text, toks[n + 1].text, toks[n - 1].text
        if not (first.isalpha() and second.isalpha() and first[:1].isupper() and second[:1].isupper()
                and first[1:].islower() and second[1:].islower() and len(first) >= 3 and len(second) >= 4):
            continue
        if not (before.islower() and before.endswith("e") and (before in _NOM_PLURAL_QUANTIFIERS
                                                               or _is_adjective(before))) \
                or M.determiner(toks[n - 2].text) is not None or M.determiner(before) is not None \
                or not (ctx.adjacent(n - 1, n) and ctx.adjacent(n, n + 1)) or toks[n].start in taken \
                or ctx.claimed(n) or ctx.claimed(n + 1):
            continue
        joined = first + second.lower()
        if first in units or not nouns.analyses(first) or not nouns.analyses(second) \
                or lexicon.zipf_de(joined.lower()) < BARE_APART_MIN_ZIPF or not compound_in_use(joined) \
                or (n + 2 < len(toks) and toks[n + 2].text[:1].isupper() and ctx.adjacent(n + 1, n + 2)):
            continue
        out.append(_apart_finding(ctx, n, joined))
    return out


_PARTICIPLE_AUXILIARIES = frozenset("ist sind war waren sei seien wäre wären hat haben hatte hatten hätte hätten "
                                    "wird werden wurde wurden worden".split())


def _participle_fused(ctx: Context, n: int) -> str | None:
    """A noun and a participle run together before its auxiliary ("auf dem Schwarzen Meergefahren ist" ->
    "Meer gefahren"): the word is no compound German text has, it ends in a participle in ge- whose noun reading
    ("Gefahren") would make the compound, and a finite auxiliary follows. The two words, apart."""
    from .garbled import compound_in_use   # (garbled imports from english, which imports this module)

    toks = ctx.doc.tokens
    noun = toks[n].text
    if n + 1 >= len(toks) or not ctx.adjacent(n, n + 1) or len(noun) > lexicon.MAX_WORD_LEN \
            or "-" in noun or compound_in_use(noun.lower()) or nouns.analyses(noun):
        return None
    # (the auxiliary after it, or before it in a main clause the participle ends: "sind auf dem Schwarzen
    # Meergefahren.")
    if toks[n + 1].text not in _PARTICIPLE_AUXILIARIES and not (
            toks[n + 1].text in (".", ";", "!", "?") and _auxiliary_before(toks, n)):
        return None
    for k in range(3, len(noun) - 5):
        first, rest = noun[:k], noun[k:]
        # (the rest a noun too, which made the whole read as a compound: "Gefahren"; not "den Altgewordenen")
        if rest.startswith("ge") and nouns.analyses(first) and lexicon.is_german(first) and lexicon.is_german(rest) \
                and lexicon.zipf_de(rest) >= 2.0 and rest.endswith(("t", "en")) and nouns.analyses(rest.capitalize()):
            return f"{first} {rest}"
    return None


def _auxiliary_before(toks, n: int) -> bool:
    """An auxiliary among the twelve tokens before N, with no comma, semicolon or colon between it and N."""
    for k in range(n - 1, max(0, n - 12) - 1, -1):
        if toks[k].text in (",", ";", ":"):
            return False
        if toks[k].text in _PARTICIPLE_AUXILIARIES:
            return True
    return False


def _fused_finding(ctx: Context, n: int, apart: str) -> Finding:
    """The finding on token N, a noun and a participle run together, APART (the two words) proposed; the span is
    claimed."""
    t = ctx.doc.tokens[n]
    ctx.claim(t.start, t.end)
    return Finding(t.start, t.end, t.text, "GARBLED_WORD", "garbled", "error",
                   f"„{t.text}“ looks like two words run together: a participle before its auxiliary", [apart])


def _apart_finding(ctx: Context, n: int, joined: str) -> Finding:
    """The finding on nouns n and n + 1 written apart, JOINED proposed; the span is claimed."""
    toks = ctx.doc.tokens
    start, end = toks[n].start, toks[n + 1].end
    ctx.claim(start, end)
    first, second = toks[n].text, toks[n + 1].text
    if len(second) > len(first) and second.lower().startswith(first.lower()):
        # the compound already begins with the word before it ("die Gold Goldmedaille"): the word is doubled
        return Finding(start, end, ctx.doc.text[start:end], "GARBLED_WORD", "garbled", "error",
                       f"„{first}“ doubled: the compound after it already begins with it", [second])
    return Finding(start, end, ctx.doc.text[start:end], "GARBLED_WORD", "garbled", "error",
                   "a compound written apart: the article agrees with its last part; German writes it as one word",
                   [joined])


def _doubtful_plurals(noun: str) -> set[str]:
    """The plural readings of a singular noun whose plural is another form ("Export": the lexicon lists "Export"
    beside "Exporte" as a plural), which only the lexicon's variants give; not where the plural is regularly the
    singular ("Lehrer", "Wagen", "Mittel")."""
    if noun.endswith(("er", "el", "en", "chen", "lein")):
        return set()
    out = set()
    for lemma in {lem for lem, _ in nouns.analyses(noun)}:
        if lemma != noun:
            continue
        forms = nouns.forms_of(lemma)
        for feat in ("nom.pl", "akk.pl", "dat.pl", "gen.pl"):
            if noun in forms.get(feat, ()) and any(f != noun for f in forms.get(feat, ())):
                out.add(feat)
    return out


def _fits_preposition(pronoun: str, prep: str) -> bool:
    """PRONOUN ("der", "den") has a form in a case PREP governs: as a relative pronoun after it, "…, für den"
    reads as a clause; "…, für der Export" cannot."""
    cases = M.PREPOSITIONS.get(prep.lower(), ())
    # (the relative pronoun's cases, not the article's: "den" is no dative relative pronoun, which is "denen", so
    # "…, mit den verbliebenen Entwickler" is an article)
    own = _RELATIVE_CASES.get(pronoun.lower())
    return own is None or any(c in cases for c in own)


_RELATIVE_CASES = {"der": ("nom", "dat"), "die": ("nom", "akk"), "das": ("nom", "akk"), "den": ("akk",),
                   "dem": ("dat",), "denen": ("dat",), "dessen": ("gen",), "deren": ("gen",)}


def _small_head_agrees(ctx: Context, n: int, det_feats, nfeats) -> str | None:
    """Noun n before a noun written small ("Die Flachs industrie", "die Hotel preise"): the determiner agrees with
    the small one, not with noun n, and the two make a German compound as one word: that compound."""
    toks = ctx.doc.tokens
    if n + 1 >= len(toks) or not ctx.adjacent(n, n + 1):
        return None
    nxt = toks[n + 1].text
    # (a place's adjective before a noun written small is no compound's first part: "der Tallinner altstadt")
    if not (nxt.isalpha() and nxt.islower() and len(nxt) >= 4 and toks[n].text.isalpha()) \
            or (lexicon.is_english(nxt) and not lexicon.is_german(nxt)) or _place_adjective(toks[n].text):
        return None
    # (a verb ending its clause is no noun: "den fusionierten Haus leiten.", "mit ihren Kinder leben.")
    if lexicon.is_german(nxt) and (n + 2 >= len(toks) or not toks[n + 2].text[:1].isalpha()):
        return None
    head_feats = nouns.features(nxt[0].upper() + nxt[1:])
    if not head_feats or set(det_feats) & nfeats or not set(det_feats) & head_feats:
        return None
    joined = toks[n].text + nxt
    from .garbled import compound_in_use, plausible_compound

    # a German word as written (a verb, "oder", "sein") only where German text uses the compound ("die Bau arbeiten")
    if lexicon.is_german(nxt):
        return joined if compound_in_use(joined) else None
    return joined if lexicon.is_german(joined) or plausible_compound(joined) else None


def _first_part_of_small_noun(ctx: Context, n: int) -> bool:
    """Token n is the first part of a compound whose second part follows small ("Sanktions paket"): no noun of its
    own to agree with."""
    toks = ctx.doc.tokens
    if n + 1 >= len(toks) or not ctx.adjacent(n, n + 1):
        return False
    nxt = toks[n + 1].text
    from .garbled import linked_apart, short_noun_part, split_after_word, split_compound

    if not (nxt.isalpha() and nxt.islower() and (len(nxt) >= 4 or short_noun_part(nxt))):
        return False

    return split_compound(ctx, n + 1, nxt) is not None or linked_apart(ctx, n, toks[n].text) is not None \
        or split_after_word(ctx, n + 1, nxt) is not None   # "der Gewerk schaftschef"


def _noun_first_part(first: str, second: str) -> bool:
    """FIRST, capitalised before the noun SECOND, is a noun form too and German text writes the two as one word
    often ("die Spitzen Last": Spitzenlast): the first part of a compound written apart, not an adjective."""
    return bool(nouns.analyses(first)) and _joined_zipf(first, second) >= APART_BOTH_MIN_ZIPF


def _joined_zipf(first: str, second: str) -> float:
    """How often German text writes FIRST and SECOND as one word, in this form or in the second's base form
    ("Stromnetzen": "Stromnetz")."""
    forms = {first + second.lower()} | {first + lem.lower() for lem, _ in nouns.analyses(second)}
    return max(lexicon.zipf_de(f.lower()) for f in forms)


# a preposition and the article it merges with in written German ("vom", "zum", "im"; Duden, D 14)
_MERGED = {(p, d): c for c, (p, d) in M.CONTRACTIONS.items() if c != "aufs"}


def _contracted(ctx: Context, i: int, proposals: list[str]) -> list[str]:
    """Where the first proposal for the phrase at token I opens with an article that merges with the preposition
    right before it ("von" + "dem"), the proposals with the preposition: the merged form first, as news writes
    it, then each as two words ("von dem", "an das"); an empty list otherwise."""
    toks = ctx.doc.tokens
    if i == 0 or not proposals or not ctx.adjacent(i - 1, i):
        return []
    prep = toks[i - 1].text
    det, _, rest = proposals[0].partition(" ")
    merged = _MERGED.get((prep.lower(), det.lower())) if rest else None
    if not merged:
        return []
    return [f"{M.case_like(merged, prep)} {rest}"] + [f"{prep} {p}" for p in proposals]


def _noun_pair(first: str, second: str) -> bool:
    """Two capitalised words that may be a compound's parts written apart ("Strom Netzen"): letters only, a capital
    and small letters, the first of three letters or more, the second of four or more."""
    return first.isalpha() and second.isalpha() and first[:1].isupper() and first[1:].islower() \
        and second[:1].isupper() and second[1:].islower() and len(first) >= 3 and len(second) >= 4


def _apart_after_preposition(ctx: Context, taken: set[int]) -> list[Finding]:
    """Two nouns written apart right after a preposition, without an article ("an Strom Netzen", "mit Gas
    Heizungen"): one compound when the second fits the preposition's case, the first is a singular noun, and German
    writes the compound often (APART_PLURAL_MIN_ZIPF: either could stand bare)."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        first, second = toks[i].text, toks[i + 1].text
        if not _noun_pair(first, second):
            continue
        if not _open_pair(ctx, i, taken):
            continue
        cases = _governing_cases(ctx, i)
        if not cases or toks[i - 1].text[:1].isupper():
            continue
        first_feats = {f for _, f in nouns.analyses(first)}
        second_feats = noun_features(second)[1]
        if not first_feats or not any(".sg" in f for f in first_feats) \
                or not any(f.split(".")[0] in cases for f in second_feats):
            continue
        # (a bare singular after a preposition is no phrase of its own, "in Chemie Werk": a compound German
        # text has now and then will do; a bare plural may be one, "an Strom Netzen")
        # (not after a genitive, which may stand before its noun: "an Gottes Wort")
        singular = not any(f.endswith(".pl") for f in second_feats) and not all(f.startswith("gen") for f in first_feats)
        # (nor a dative plural after a dative: no verb's object stands bare so, "nach Stahl Rohren")
        dative = second_feats == {"dat.pl"} and cases == ("dat",)
        least = APART_BOTH_MIN_ZIPF if singular or dative else APART_PLURAL_MIN_ZIPF
        if _joined_zipf(first, second) < least or not (lexicon.is_german(first) and lexicon.is_german(second)):
            continue
        joined = first + second.lower()
        from .garbled import compound_in_use

        if not compound_in_use(joined):
            continue
        out.append(_pair_apart(ctx, i, joined))
    return out


def _open_pair(ctx: Context, i: int, taken: set[int]) -> bool:
    """Tokens i and i + 1, each right after the token before, are free for a compound written apart: no finding
    starts or stands on them, and no capitalised word follows (a longer run is a name or a phrase)."""
    toks = ctx.doc.tokens
    return ctx.adjacent(i - 1, i) and ctx.adjacent(i, i + 1) and toks[i].start not in taken \
        and not ctx.claimed(i) and not ctx.claimed(i + 1) \
        and not (i + 2 < len(toks) and toks[i + 2].text[:1].isupper() and ctx.adjacent(i + 1, i + 2))


def _pair_apart(ctx: Context, i: int, joined: str,
                msg: str = "a compound written apart: German writes it as one word") -> Finding:
    """The finding on tokens i and i + 1 written apart, JOINED proposed."""
    start, end = ctx.doc.tokens[i].start, ctx.doc.tokens[i + 1].end
    return Finding(start, end, ctx.doc.text[start:end], "GARBLED_WORD", "garbled", "error", msg, [joined])


def _apart_after_verb_stem(ctx: Context, taken: set[int]) -> list[Finding]:
    """A capitalised word that is no noun but a verb's form, before a noun, inside a sentence ("als Vorzeige
    Projekt", "die Förder Programme"): it can only be a compound's first part, where German text has the compound
    (compound_in_use)."""
    from .garbled import compound_in_use   # (garbled imports from english, which imports this module)

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        first, second = toks[i].text, toks[i + 1].text
        if i in ctx.doc.sentence_starts or toks[i].start in taken or ctx.claimed(i) or ctx.claimed(i + 1) \
                or not ctx.adjacent(i, i + 1) or not (first[:1].isupper() and first[1:].islower() and first.isalpha()
                                                      and second[:1].isupper() and second[1:].islower()
                                                      and second.isalpha() and len(first) >= 4):
            continue
        if nouns.analyses(first) or nouns.head_of(first) or not lexicon.is_german(first.lower()) \
                or _is_adjective(first.lower()) or not (nouns.analyses(second) or nouns.head_of(second)):
            continue
        joined = first + second.lower()
        if compound_in_use(joined):
            out.append(_pair_apart(ctx, i, joined, "a compound written apart: a verb's stem is no word before a noun"))
            ctx.claim(toks[i].start, toks[i + 1].end)
    return out


def _apart_after_verb(ctx: Context, taken: set[int]) -> list[Finding]:
    """Two nouns written apart right after a finite verb, with no determiner, adjective or preposition before them
    ("liefert Sport Bekleidung"): the first a bare singular (no plural reading, which could be a subject of its own:
    "dass Eltern Zeit haben"), the two a compound German text writes often (APART_BARE_MIN_ZIPF)."""
    from .word_order import finite_verb   # (word_order imports this module)

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        before, first, second = toks[i - 1].text, toks[i].text, toks[i + 1].text
        if not _noun_pair(first, second) or i in ctx.doc.sentence_starts \
                or not (finite_verb(before) or _third_person_et(before)) or _is_adjective(before) \
                or first in _CLASSIFIERS:
            continue
        if not _open_pair(ctx, i, taken):
            continue
        f = _bare_pair_apart(ctx, i)
        if f is not None:
            out.append(f)
    return out


def _bare_pair_apart(ctx: Context, i: int, opening: bool = False) -> Finding | None:
    """Nouns i and i + 1 with nothing before them to agree with, written apart: the first a bare singular (a plural
    could be a phrase of its own, "dass Eltern Zeit haben"; nor a genitive before its noun, "um Himmels Willen"),
    both German, and German text writes the compound often (APART_BARE_MIN_ZIPF). OPENING: the two open the
    sentence right before its finite verb, where one phrase stands, so the first may be a plural and the compound
    rarer ("Branchen Beobachter erwarten …"). The finding; the span is claimed."""
    from .garbled import compound_in_use

    toks = ctx.doc.tokens
    first, second = toks[i].text, toks[i + 1].text
    first_feats = {f for _, f in nouns.analyses(first)}
    if not first_feats or (any(f.endswith(".pl") for f in first_feats) and not opening) \
            or all(f.startswith("gen") for f in first_feats) \
            or not nouns.analyses(second) or not (lexicon.is_german(first) and lexicon.is_german(second)):
        return None
    joined = first + second.lower()
    if _joined_zipf(first, second) < (APART_OPENING_MIN_ZIPF if opening else APART_BARE_MIN_ZIPF) \
            or not compound_in_use(joined):
        return None
    ctx.claim(toks[i].start, toks[i + 1].end)
    return _pair_apart(ctx, i, joined)


def _apart_after_number(ctx: Context, taken: set[int]) -> list[Finding]:
    """Two nouns written apart after a number ("400 Bienen Völker" -> "Bienenvölker"): the number counts the
    second, which is plural only; German writes the two as one word often. Not where the second is singular,
    for then the number counts the first and German joins all three with hyphens ("40-Stunden-Woche"), nor after
    a currency ("100 Euro Scheine": "100-Euro-Scheine")."""
    from .formats import CURRENCIES
    from .garbled import compound_in_use

    currencies = {w for names in CURRENCIES.values() for n in names for w in n.split("-")}
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        # (adjectives may stand between the number and the nouns: "zwei neue Sessel Lifte")
        n = i - 1
        while n > 0 and toks[n].text.islower() and _is_adjective(toks[n].text) and ctx.adjacent(n, n + 1):
            n -= 1
        num, first, second = toks[n].text, toks[i].text, toks[i + 1].text
        if not (num.isdigit() or num.replace(".", "").isdigit() or num.lower() in _NUMBER_WORDS):
            continue
        if not _noun_pair(first, second):
            continue
        if not (ctx.adjacent(n, n + 1) and _open_pair(ctx, i, taken)) or first in currencies or first in _CLASSIFIERS:
            continue
        second_feats = noun_features(second)[1]
        # (a genitive singular does not follow a bare number: "Waggons" is the plural there)
        if not second_feats or not all(f.endswith(".pl") or f.startswith("gen.sg") for f in second_feats) \
                or not any(f.endswith(".pl") for f in second_feats) or not nouns.analyses(first) \
                or not (lexicon.is_german(first) and lexicon.is_german(second)):
            continue
        joined = first + second.lower()
        # (a singular first noun no number above one can count leaves the compound alone: "54 Eisenbahn Waggons";
        # hunspell's word is enough there)
        counted_first = any(f.endswith(".pl") for f in noun_features(first)[1]) or num in ("0", "1", "ein", "eine") \
            or lexicon.is_german(first.lower())   # (a word German writes small too: "0 Bei Speicherfehlern")
        if (_joined_zipf(first, second) < APART_BOTH_MIN_ZIPF or not compound_in_use(joined)) \
                and (counted_first or not lexicon.is_german(joined)):
            continue
        out.append(_pair_apart(ctx, i, joined))
    return out


def _apart_without_article(ctx: Context, taken: set[int]) -> list[Finding]:
    """Two nouns written apart with nothing before them to agree with: opening a sentence or a headline, before
    its verb or a preposition ("Wahl Beobachter melden …", "Textil Arbeiter in Buchara …"), after an adjective
    opening it ("Neuer Konzert Saal"), after a plural quantifier or a count ("Viele Stahl Arbeiter", "rund 210
    Software Entwickler") or after a name's genitive ("Lettlands Holz Industrie"). Two bare phrases
    cannot stand there side by side; the first a singular (a plural could be counted or quantified itself: "40
    Stunden Woche" is the hyphens' case), no role or place a name follows, and German text writes the compound
    often (APART_BARE_MIN_ZIPF)."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        first, second = toks[i].text, toks[i + 1].text
        if not _noun_pair(first, second) or toks[i].start in taken or ctx.claimed(i) or ctx.claimed(i + 1) \
                or not ctx.adjacent(i, i + 1) or (i + 2 < len(toks) and toks[i + 2].text[:1].isupper()
                                                  and ctx.adjacent(i + 1, i + 2)):
            continue
        opening = False
        if i in ctx.doc.sentence_starts:
            nxt = toks[i + 2].text
            # (not a word German writes small too: "Mehr Verkehr bedeutet …")
            opening = _one_constituent(ctx, i, i) and not lexicon.is_german(first.lower())
            context = opening or (ctx.adjacent(i + 1, i + 2) and nxt in M.PREPOSITIONS)
        else:
            k = i - 1
            while k > 0 and toks[k].text.islower() and _is_adjective(toks[k].text) and ctx.adjacent(k, k + 1) \
                    and M.determiner(toks[k].text) is None:
                k -= 1
            w = toks[k].text
            if not ctx.adjacent(k, k + 1):
                continue
            opening_adjective = k in ctx.doc.sentence_starts and k == i - 1 and w[1:].islower() \
                and _is_adjective(w.lower()) and M.determiner(w) is None
            # (also the words of quantity that never decline: "nicht genug Ersatz Teile")
            counted = w.lower() in M.PLURAL_QUANTIFIERS or w.isdigit() or w.lower() in _NUMBER_WORDS \
                or w in ("genug", "mehr", "weniger")
            genitive = w.endswith("s") and w[:1].isupper() and k == i - 1 and not nouns.analyses(w) \
                and (k not in ctx.doc.sentence_starts or lexicon.is_german(w[:-1])) and not lexicon.is_german(w.lower())
            context = opening_adjective or counted or genitive
        if not context or first in _CLASSIFIERS or first.lower() in M.PREPOSITIONS or _names_someone(first) \
                or _place_adjective(first) or first.lower() in _NUMBER_WORDS or M.determiner(first) is not None:
            continue
        f = _bare_pair_apart(ctx, i, opening)
        if f is not None:
            out.append(f)
    return out


def _participle_like(adj: str) -> bool:
    """An attributive participle ("laufenden", "geplanten", "erwarteten") or a word that may be one."""
    stem = M.adjective_stem(adj) or adj
    return stem.endswith("end") or stem.startswith("ge") or stem.endswith(("t", "en"))


def _phrase_before(ctx: Context, a: int) -> list[str]:
    """The words from token A back to the last capitalised word or punctuation, at most four: what may belong to
    the phrase of the adjective at A ("einer hier nicht aufgeführten")."""
    toks = ctx.doc.tokens
    b = a
    while b - 1 >= 0 and a - b < 4 and toks[b - 1].text.isalpha() and toks[b - 1].text.islower():
        b -= 1
    if b - 1 >= 0 and M.determiner(toks[b - 1].text) is not None:
        b -= 1   # a capitalised determiner opening the sentence ("Einer hier …")
    return [t.text for t in toks[b:a + 1]]


def _apart_after_adjective(ctx: Context, taken: set[int]) -> list[Finding]:
    """Two nouns written apart after an adjective without a determiner ("zusätzliche Schallschutz Wände"): the
    adjective's strong ending fits the second noun and not the first, so the first is no noun phrase of its own
    but the first part of a compound German writes as one word (hunspell knows it)."""
    toks = ctx.doc.tokens
    out = []
    for a in range(1, len(toks) - 2):
        adj, first, second = toks[a].text, toks[a + 1].text, toks[a + 2].text
        if not (adj.islower() and adj.isalpha() and _is_adjective(adj) and ctx.adjacent(a, a + 1)
                and ctx.adjacent(a + 1, a + 2) and _noun_pair(first, second)):
            continue
        # (no determiner or adjective shortly before: "einer hier nicht aufgeführten Kamera Erfolg haben", where
        # the adjective's ending is weak, and "eines Menschen Hirn", where "eines" is the determiner)
        before = _phrase_before(ctx, a)
        # (nor a participle after a noun, which makes it an extended attribute: "auf dem System laufenden
        # Software"; "Ensembles spielten traditionelle Blas Musik" has none)
        if any(M.determiner(w) is not None or w.lower() in M.CONTRACTIONS for w in before) \
                or (len(before) == 1 and toks[a - 1].text[:1].isupper() and a - 1 not in ctx.doc.sentence_starts
                    and _participle_like(adj)) \
                or any(_is_adjective(w) for w in before[:-1] if w.islower()) \
                or toks[a + 1].start in taken or any(ctx.claimed(k) for k in (a, a + 1, a + 2)) \
                or (a + 3 < len(toks) and toks[a + 3].text[:1].isupper() and ctx.adjacent(a + 2, a + 3)) \
                or (a + 3 < len(toks) and toks[a + 3].text[:1].isdigit() and ctx.adjacent(a + 2, a + 3)):
            continue   # (a number after the second names the first: "angeblasene Hochofen Nummer 4")
        if first in _CLASSIFIERS:
            continue
        first_feats, second_feats = noun_features(first)[1], noun_features(second)[1]
        # (in the case a preposition before demands: after "zu", "neuen" is no accusative singular)
        cases = _governing_cases(ctx, a)
        if cases:
            first_feats = {f for f in first_feats if f.split(".")[0] in cases}
            second_feats = {f for f in second_feats if f.split(".")[0] in cases}
        # (where the ending fits both, a compound German text writes often, the first in its base form, which
        # is its plural too: "gesunkene Kupfer Preise"; not a plural of its own, "wo andere Frauen Haare haben")
        if not second_feats or not _adj_fits(adj, "strong", second_feats) or (
                _adj_fits(adj, "strong", first_feats) and (_joined_zipf(first, second) < APART_BOTH_MIN_ZIPF
                                                           or not any(f.startswith("nom.sg")
                                                                      for _, f in nouns.analyses(first)))):
            continue
        joined = first + second.lower()
        # (a first part the noun lexicon has though hunspell has it only in compounds: "Blas Musik")
        if not ((lexicon.is_german(first) or nouns.analyses(first)) and lexicon.is_german(second)
                and lexicon.is_german(joined)) or not noun_features(first)[1]:
            continue
        start, end = toks[a + 1].start, toks[a + 2].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "GARBLED_WORD", "garbled", "error",
                           f"a compound written apart: „{adj}“ agrees with „{second}“ only; German writes it as "
                           "one word", [joined]))
    return out


# nouns that take a bare noun after them ("eine Art Mythos", "eine Reihe Fragen"): a wrong article before them is
# the article's error, not a compound written apart
_CLASSIFIERS = frozenset("Art Sorte Form Reihe Menge Anzahl Zahl Gruppe Paar Stück Teil Hälfte Sack Kiste Glas Tasse "
                         "Flasche Dutzend Handvoll Typ Kopf Mann".split())   # ("500 Kopf Rinder")


# how often German text must write the joined word before two nouns the determiner both fits are read as one
# compound: "Streckenrekord" 2.6, "Kandidatenturnier" 1.6 ("Flaschenmilch" 1.1 is not); with a plural second
# noun, which can stand without an article, more: "Notaufnahmen" 2.5, but not "Polizeifotos" 1.6 ("nachdem die
# Polizei Fotos gefunden hatte")
APART_BOTH_MIN_ZIPF = 1.5
APART_BARE_MIN_ZIPF = 2.0   # with nothing before the two to agree with, only compounds German text writes often
APART_OPENING_MIN_ZIPF = 1.0   # … but before the finite verb opening the sentence, any in use ("Branchenbeobachter")
APART_PLURAL_MIN_ZIPF = 2.5


def _bare_dative_after_accusative(ctx: Context, taken: set[int]) -> list[Finding]:
    """A preposition of the accusative before a bare plural in the dative's form ("durch Sicherheitsforschern der
    Universität" -> "Sicherheitsforscher"; adjectives between take the strong -e): the dative -n is wrong there. Not
    where a zu-infinitive follows in the clause, whose object the dative may be ("ohne Kindern zu schaden")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        if toks[i].text.lower() not in _ACCUSATIVE_ONLY_BARE \
                or not (toks[i].text.islower() or i in ctx.doc.sentence_starts):
            continue
        j = i + 1
        while j + 1 < len(toks) and _weak_en(toks[j].text) and M.determiner(toks[j].text) is None \
                and toks[j].text not in _PRONOMINAL and ctx.adjacent(j - 1, j) and j - i <= _MAX_ADJ:
            j += 1
        noun = toks[j].text
        if not ctx.adjacent(j - 1, j) or not (noun[:1].isupper() and noun.isalpha() and noun.endswith("n")) \
                or ctx.claimed(j) or toks[i + 1].start in taken \
                or (j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text[:1].isupper()):
            continue
        k = j + 1
        while k < len(toks) and toks[k].text not in _CLAUSE_MARKS and toks[k].text != "zu":
            k += 1
        if k < len(toks) and toks[k].text == "zu":
            continue
        # (nor inside a participle's phrase, "von durch Zeilenumbrüchen getrennten Zeilen": the participle may take
        # its own preposition's object)
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        if (i > 0 and (toks[i - 1].text.lower() in M.PREPOSITIONS or M.determiner(toks[i - 1].text) is not None)) \
                or (nxt.islower() and re.search(r"(?:t|en)(?:e|en|er|es|em)?$", nxt) and _is_adjective(nxt)):
            continue
        head = nouns.head_of(noun)
        feats = {f for _, f in nouns.analyses(head)} if head else set()
        # (not an infinitive used as a noun: "ohne Umsteigen")
        if feats != {"dat.pl"} or lexicon.is_german(noun.lower()) or lexicon.is_german(head.lower()):
            continue
        plurals = {f for lem, _ in nouns.analyses(head) for f in nouns.forms_of(lem).get("akk.pl", ())}
        if len(plurals) != 1:
            continue
        form = plurals.pop()
        first = noun[: len(noun) - len(head)]
        words = [M.adjective_stem(toks[a].text) + "e" for a in range(i + 1, j)] + [first + (form.lower() if first
                                                                                                else form)]
        start, end = toks[i + 1].start, toks[j].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"„{toks[i].text}“ takes the accusative: the plural has no dative -n here",
                           [" ".join(words)]))
    return out


def _bare_plurals(ctx: Context, taken: set[int]) -> list[Finding]:
    """A plural noun right after a preposition, without article or adjective, in a form without the dative -n
    ("trotz Drohnenangriffe", "seit Jahre", "mit Freunde" -> "Drohnenangriffen", "Jahren", "Freunden"): the
    dative plural (after trotz, wegen the genitive is not visible without an article, so German takes the
    dative)."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        prep = toks[i].text
        # ("zu" here only: elsewhere it is "too" or a gerundive's, "zu lange Bäume", "die zu nutzenden Optionen")
        if (prep.lower() not in _DATIVE_BARE and prep.lower() != "zu") \
                or not (prep.islower() or i in ctx.doc.sentence_starts):
            continue
        # ("laut" after a verb may be the adverb, "brüllt laut Lieder": the preposition only where it opens a
        # sentence, or a phrase after a comma or dash, "– laut Satellitenbilder um …")
        if prep.lower() == "laut" and not (i in ctx.doc.sentence_starts or (i > 0 and toks[i - 1].text in ",;:(–")):
            continue
        j = i + 1
        if j + 2 < len(toks) and toks[j].text in ("noch", "viel", "immer") and toks[j + 1].text in ("mehr", "weniger") \
                and ctx.adjacent(j, j + 1):
            j += 1   # ("mit noch mehr Gäste")
        # (a number of them between: "mit 312 Fahrgäste"; or "mehr", "weniger": "mit weniger Besucher")
        if j + 1 < len(toks) and ((toks[j].text.isdigit() and toks[j].text != "1")
                                  or toks[j].text in ("mehr", "weniger")) and ctx.adjacent(j - 1, j):
            if _year_after(prep, toks[j].text):
                continue   # a year: "produziert seit 2018 Elektrobusse"
            j += 1
        # (adjectives with the dative's -en, which only the noun fails: "aus oberen Stockwerke")
        while j + 1 < len(toks) and _weak_en(toks[j].text) and M.determiner(toks[j].text) is None \
                and toks[j].text not in _PRONOMINAL and ctx.adjacent(j - 1, j) and j - i <= _MAX_ADJ:
            j += 1
        j = _elided_head(ctx, j)   # ("mit steigenden Mehl- und Energiepreise")
        noun = toks[j].text
        # (a hyphenated compound by its last part: "von VPN-Dienste")
        tail = noun.rsplit("-", 1)[-1]
        if not ctx.adjacent(j - 1, j) or not ctx.adjacent(i, i + 1) or not noun[:1].isupper() or not tail.isalpha() \
                or not tail[:1].isupper() or ctx.claimed(j) or toks[j].start in taken or noun.endswith(("n", "s")):
            continue
        if j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text[:1].isupper():
            continue    # a name or a longer phrase ("mit Freunde Berlin e.V.")
        if _first_part_of_small_noun(ctx, j):
            continue    # "von Kinder lähmung": a compound written apart, the garbled rules' to report
        # a compound the lexicon lacks by its last part ("Schlagstöcke": "Stöcke"), the first part kept
        head = nouns.head_of(tail)   # (the noun itself where the lexicon has it)
        if not head:
            continue
        first = noun[: len(noun) - len(head)]
        feats = {f for _, f in nouns.analyses(head)}
        # a plural reading and no other than the old dative singular in -e ("dem Freunde"), or people
        if not feats or not any(f.endswith(".pl") for f in feats) or (any(
                not f.endswith(".pl") and not f.startswith("dat.sg") for f in feats)
                and not _bare_people(ctx, i, j, head, feats)) or "dat.pl" in feats:
            continue
        # ("zu" only right before the noun, with no old dative singular: "zu Tode", "zu Werke gehen", "die zu
        # nutzenden Programme", "bis zu 64 Laufwerke" are German)
        if prep.lower() == "zu" and (j != i + 1 or any(f.startswith("dat.sg") for f in feats)
                                     or (i > 0 and toks[i - 1].text.lower() == "bis")):
            continue
        lemmas = {lem for lem, f in nouns.analyses(head) if f.endswith(".pl")}
        # (not as written where the old dative singular is a reading and the noun has two plurals: "bei Tage",
        # "Tage" and "Tags")
        form = _dative_plural(head, lemmas, written=not any(f.startswith("dat.sg") for f in feats))
        if form is None or form == head:
            continue
        fix = first + (form.lower() if first and not first.endswith("-") else form)
        t = toks[j]
        out.append(Finding(t.start, t.end, noun, "AGREEMENT_NP", "grammar", "warning",
                           f"„{prep}“ takes the dative: the plural ends in -n", [fix]))
    return out


def _bare_people(ctx: Context, i: int, j: int, head: str, feats: set[str]) -> bool:
    """Noun J (its HEAD with FEATS) after preposition I names people with a plural that looks like its singular:
    bare, it stands for many ("E-Mail-Adressen von Unternehmer aus 170 Ländern" -> "Unternehmern"). Not in a pair
    ("von Arbeiter zu Arbeiter", "zwischen Käufer und …"), not a mass noun, which stands bare in the singular ("mit
    Dünger", "bei Wetter"), not after "mit", which has things as often ("ein Möbelwagen mit Anhänger"), nor a
    placeholder of a manual ("von Benutzer „jane“", "von Benutzer/Gruppen", "von Rechner statt …")."""
    from .calques import person_noun   # (calques imports modules that import this one)

    toks = ctx.doc.tokens
    nxt = toks[j + 1].text.lower() if j + 1 < len(toks) and ctx.adjacent(j, j + 1) else ""
    after = ctx.doc.text[toks[j].end:toks[j].end + 2].strip()
    analyses = nouns.analyses(head)
    # ("statt" at its clause's end is "stattgeben"'s particle: "gaben einer Klage von Umweltschützer statt.")
    particle = nxt == "statt" and (j + 2 >= len(toks) or toks[j + 2].text in (".", ",", ";", "!", "?"))
    return after[:1] not in ("/", "“", "„", "\"", "»", "«", "(") and (nxt != "statt" or particle) \
        and nxt not in _PAIRING \
        and any(f.startswith("nom.sg") for f in feats) and "nom.pl" in feats \
        and all(f.endswith(".m") for f in feats if ".sg." in f) \
        and any(person_noun(lem) or _person_head(lem) for lem, _ in analyses) \
        and not _mass_noun(head, analyses, "dat", BARE_COUNT_GAP) \
        and not (i > 0 and toks[i - 1].text.lower() in _PAIRING | {toks[j].text.lower()}) \
        and toks[i].text.lower() not in ("zu", "mit", "laut", "dank")   # ("laut Hersteller": the one maker)


def _person_head(lemma: str) -> bool:
    """LEMMA is a compound whose last part names a person ("Umweltschützer": "Schützer")."""
    from .calques import person_noun   # (calques imports modules that import this one)

    return any(person_noun(lemma[k:]) and nouns.analyses(lemma[k].upper() + lemma[k + 1:])
               for k in range(3, len(lemma) - 5))


def _plural_only(noun: str) -> tuple[str, str, set[str]] | None:
    """(first part, head, plural lemmas) of a noun whose form is a plural and nothing else, by its last part for a
    compound the lexicon lacks ("Sicherheitsmängel": "Mängel")."""
    head = nouns.head_of(noun)   # (the noun itself where the lexicon has it)
    if not head:
        return None
    feats = {f for _, f in nouns.analyses(head)}
    if not feats or not all(f.endswith(".pl") for f in feats):
        return None
    return noun[: len(noun) - len(head)], head, {lem for lem, _ in nouns.analyses(head)}


def _dative_noun_after_strong_adjective(ctx: Context, taken: set[int]) -> list[Finding]:
    """Adjectives without a determiner or preposition, with the strong -e or -er of a nominative, accusative or
    genitive plural, before a noun in the dative plural only ("Andere Arbeitern beklagten", "die Abwanderung junger
    Forschern"): the plural the adjectives ask for ("Arbeiter", "Forscher"). A dative plural would end in -en."""
    from .garbled import verb_frame_fused
    from .word_order import finite_verb

    toks = ctx.doc.tokens
    out = []
    for j in range(1, len(toks)):
        noun = toks[j].text
        if not (noun[:1].isupper() and noun.isalpha() and noun.endswith("n")) or ctx.claimed(j) \
                or j in ctx.doc.sentence_starts:
            continue
        adjs, a = [], j - 1
        while a >= 0 and ctx.adjacent(a, a + 1) and toks[a].text.isalpha() and (
                toks[a].text.islower() or a in ctx.doc.sentence_starts) and toks[a].text.lower().endswith(("e", "er")) \
                and _is_adjective(toks[a].text.lower()) and M.determiner(toks[a].text) is None:
            adjs.insert(0, a)
            if a in ctx.doc.sentence_starts:
                break
            a -= 1
        if not adjs or toks[adjs[0]].start in taken or any(ctx.claimed(k) for k in adjs):
            continue
        before = toks[adjs[0] - 1].text if adjs[0] > 0 and adjs[0] not in ctx.doc.sentence_starts else ""
        if before and (M.determiner(before) is not None or before.lower() in M.PREPOSITIONS
                       or before.lower() in M.CONTRACTIONS or before[:1].isdigit()):
            continue
        endings = {"er" if toks[k].text.endswith("er") else "e" for k in adjs}
        # (a weak verb's past is no adjective: "ein Teil davon gehörte Landwirten")
        if len(endings) != 1 or finite_verb(toks[adjs[0]].text):
            continue
        found = _plural_only(noun)
        if found is None or verb_frame_fused(ctx, j, noun):
            continue   # (a noun run into its clause's infinitive: "mussten viele Flügestreichen")
        first, head, lemmas = found
        # (not a compound noun_features reads in every plural case, "Milchbauern": "litauischer Milchbauern")
        if {f for _, f in nouns.analyses(head)} != {"dat.pl"} or noun_features(noun)[1] - {"dat.pl"}:
            continue
        feat = "gen.pl" if endings == {"er"} else "nom.pl"
        form = _only_form(lemmas, feat)
        if form is None or form == head:
            continue
        fixed = first + (form.lower() if first else form)
        start = toks[adjs[0]].start
        text = ctx.doc.text[start:toks[j].end]
        out.append(Finding(start, toks[j].end, text, "AGREEMENT_NP", "grammar", "error",
                           f"„{noun}“ is a dative plural; the adjective's ending asks for „{fixed}“",
                           [text[: len(text) - len(noun)] + fixed]))
    return out


def _bare_adjective_plurals(ctx: Context, taken: set[int]) -> list[Finding]:
    """A dative preposition, adjectives with the nominative's -e and a plural noun without article ("mit steigende
    Kosten", "mit russische Pässe"): the dative plural, -en on the adjectives and -n on the noun ("mit steigenden
    Kosten", "mit russischen Pässen")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        prep = toks[i].text
        if prep.lower() not in _DATIVE_BARE or prep.lower() in ("trotz", "wegen") \
                or not (prep.islower() or i in ctx.doc.sentence_starts):
            continue
        # (an adverb of an adjective before them: "von dicht besiedelte Gebieten")
        # (one that declines itself: not "von selbst kurze Sätze")
        a = i + 1 if i + 2 < len(toks) and toks[i + 1].text.islower() and not toks[i + 1].text.endswith("e") \
            and toks[i + 1].text not in _PRONOMINAL and _adverb_of_adjective(toks[i + 1].text) \
            and lexicon.is_german(toks[i + 1].text + "en") else i
        j = _bare_adjectives_noun(ctx, a, "e", taken, lambda w: w not in _PRONOMINAL)
        if j is None:
            continue
        noun = toks[j].text
        found = _plural_only(noun)
        if found is None:
            continue
        first, head, lemmas = found
        form = _dative_plural(head, lemmas)
        if form is None:
            continue
        fixed_noun = first + (form.lower() if first else form)
        start, end = toks[a + 1].start, toks[j].end
        fix = " ".join([toks[k].text + "n" for k in range(a + 1, j)] + [fixed_noun])
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"„{prep}“ takes the dative: in the plural without article the adjective ends in -en",
                           [fix]))
    return out


def _second_plural_conjunct(ctx: Context, i: int, case: str) -> int:
    """After the preposition at I, a bare plural noun in CASE and "und"/"oder" ("für Kinder und älteren Menschen"):
    the conjunction's index, whose phrase the preposition governs too; else I. (Not for the dative's -e: "von
    Mengen und benannte Zeichenklassen werden …" coordinates with the subject.)"""
    toks = ctx.doc.tokens
    if i + 3 < len(toks) and toks[i + 2].text in ("und", "oder") and toks[i + 1].text[:1].isupper() \
            and toks[i + 1].text.isalpha() and ctx.adjacent(i, i + 1) and ctx.adjacent(i + 1, i + 2) \
            and f"{case}.pl" in noun_features(toks[i + 1].text)[1]:
        return i + 2
    return i


def _bare_adjectives_noun(ctx: Context, i: int, ending: str, taken: set[int], admit) -> int | None:
    """After the preposition at token I, adjectives written small with ENDING (each one ADMIT allows) and then a
    capitalised noun that opens no run of capitals: the noun's index, or None."""
    toks = ctx.doc.tokens
    j = i + 1
    while j < len(toks) and ctx.adjacent(j - 1, j) and toks[j].text.islower() and toks[j].text.endswith(ending) \
            and _is_adjective(toks[j].text) and admit(toks[j].text):
        j += 1
    if j == i + 1 or j >= len(toks) or not ctx.adjacent(j - 1, j) or toks[i + 1].start in taken \
            or any(ctx.claimed(k) for k in range(i + 1, j + 1)):
        return None
    noun = toks[j].text
    if not (noun[:1].isupper() and noun.isalpha()) or (j + 1 < len(toks) and ctx.adjacent(j, j + 1)
                                                        and toks[j + 1].text[:1].isupper()):
        return None
    return j


_ACCUSATIVE_BARE = frozenset("für durch gegen ohne um".split())
_ACCUSATIVE_ONLY_BARE = _ACCUSATIVE_BARE - {"um"}   # (a bare dative plural: "um Kindern zu helfen" is no slip)


def _accusative_adjective_plurals(ctx: Context, taken: set[int]) -> list[Finding]:
    """An accusative preposition, adjectives with a dative's -en and a plural noun without article ("für älteren
    Menschen", "gegen neuen Sanktionen"): the strong accusative plural ends in -e ("für ältere Menschen"). Not
    before a noun that can be a singular the adjective fits ("für guten Wein"), unless it is a weak noun after "für"
    or "gegen", a person, who stands bare there only in the plural ("für älteren Menschen")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        prep = toks[i].text
        if prep.lower() not in _ACCUSATIVE_BARE or not (prep.islower() or i in ctx.doc.sentence_starts):
            continue
        p = _second_plural_conjunct(ctx, i, "akk")
        j = _bare_adjectives_noun(ctx, p, "en", taken, lambda w: M.determiner(w) is None)
        if j is None:
            continue
        noun = toks[j].text
        head = nouns.head_of(noun) or noun   # (a compound by its last part: "um zusätzlichen Luftabwehrsysteme")
        readings = nouns.analyses(head)
        feats = {f for _, f in readings}
        if "akk.pl" not in feats:
            continue
        # (a weak noun stands bare in the singular after "ohne", "durch", "um": "ohne laufenden Agenten")
        weak = prep.lower() in ("für", "gegen") and all(
            nouns.forms_of(lem).get("nom.sg.m", ("",))[0] != head for lem, f in readings if f == "akk.sg.m")
        if "akk.sg.m" in feats and not weak or any(f in feats for f in ("akk.sg.n", "akk.sg.f")):
            continue
        adjs = [toks[k].text for k in range(p + 1, j)]
        if any(a.lower() in _PRONOMINAL and a.lower() not in ("beiden", "vielen", "wenigen", "anderen") for a in adjs):
            continue
        start, end = toks[p + 1].start, toks[j].end
        fix = " ".join([a[:-1] for a in adjs] + [noun])
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"„{prep}“ takes the accusative: in the plural without article the adjective ends in -e",
                           [fix]))
    return out


def _bare_adjectival_nouns(ctx: Context, taken: set[int]) -> list[Finding]:
    """"für", "gegen" and a noun declined like an adjective in -en without article ("gegen Beamten", "für
    Angestellten"): bare, it is a plural, and the strong accusative plural ends in -e ("gegen Beamte")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        prep, noun = toks[i].text, toks[i + 1].text
        if prep.lower() not in ("für", "gegen") or not (prep.islower() or i in ctx.doc.sentence_starts) \
                or not noun.endswith("en") or not noun[:1].isupper() or not noun.isalpha() \
                or not ctx.adjacent(i, i + 1) or toks[i + 1].start in taken or ctx.claimed(i + 1):
            continue
        if i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) and (toks[i + 2].text[:1].isupper()
                                                                 or toks[i + 2].text in "-‐‑"):
            continue   # a name or a compound goes on ("für Beamten Meier", "für Beamten-Pensionen")
        lemmas = {lem for lem, _ in nouns.analyses(noun)}
        strong = noun[:-1]
        if not adjectival_lemmas(lemmas) or not any(f == "akk.pl" and lem in lemmas
                                                    for lem, f in nouns.analyses(strong)):
            continue
        t = toks[i + 1]
        out.append(Finding(t.start, t.end, noun, "AGREEMENT_NP", "grammar", "error",
                           f"„{prep}“ takes the accusative: bare, the strong plural „{strong}“", [strong]))
    return out


def _counted_adjectives(ctx: Context, taken: set[int]) -> list[Finding]:
    """A plural article, a count and an adjective with the strong -e before a plural noun ("aus den fünf
    zentralasiatische Staaten", "die drei größte Banken"): after the article the adjective ends in -en."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 3):
        det = M.determiner(toks[i].text)
        if det is None or not any(f.endswith(".pl") for f in det[2]) or det[0] not in ("def", "der"):
            continue
        # (after a comma an article may be a relative pronoun, the count and adjective its clause's object: "ein
        # Sattelzug, der 46 historische Teppiche bringen sollte")
        if det[0] == "def" and i > 0 and toks[i - 1].text == ",":
            continue
        count, adj, noun = toks[i + 1].text, toks[i + 2].text, toks[i + 3].text
        if not (count.lower() in _NUMBER_WORDS or (count.isdigit() and count != "1")) \
                or not all(ctx.adjacent(k, k + 1) for k in range(i, i + 3)) or toks[i + 2].start in taken:
            continue
        if not (adj.islower() and adj.endswith("e") and _is_adjective(adj)) or ctx.claimed(i + 2):
            continue
        if not noun[:1].isupper() or _plural_only(noun) is None:
            continue
        t = toks[i + 2]
        out.append(Finding(t.start, t.end, adj, "AGREEMENT_NP", "grammar", "error",
                           f"after „{toks[i].text}“ and the count the adjective ends in -en", [adj + "n"]))
    return out


def _bare_counted_adjectives(ctx: Context, taken: set[int]) -> list[Finding]:
    """A count with no determiner before it, an adjective with the weak -en and a plural noun without the dative's
    -n ("plant vier weiteren Lifte"): with nothing to carry the ending the adjective takes the strong -e ("vier
    weitere Lifte"). Not after a determiner ("der vier weiteren Lifte") nor a preposition of the dative, after
    which the noun is what went wrong ("mit vier weiteren Lifte"). Also a count opening the sentence ("Zwei
    ehemaligen Manager wurden …"), and a dative plural's form after a preposition of the accusative only ("für vier
    neuen Stationen")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(0, len(toks) - 3):
        count, adj, noun = toks[i].text, toks[i + 1].text, toks[i + 2].text
        opening = i in ctx.doc.sentence_starts
        if not (count.lower() in _NUMBER_WORDS or (count.isdigit() and count != "1" and len(count) <= 3)) \
                or not all(ctx.adjacent(k, k + 1) for k in range(i if opening else i - 1, i + 2)) \
                or toks[i + 1].start in taken:
            continue
        # (or the sentence's first word: "Zwei ehemaligen Manager wurden angeklagt")
        prev = toks[i - 1].text if not opening else ""
        # (nor inside a determiner's phrase: "Die ersten zwei aufgeführten Verzeichnisse")
        if not opening and (M.determiner(prev) is not None or prev.lower() in M.CONTRACTIONS
                            or (prev.islower() and _is_adjective(prev))
                            or (prev[:1].isupper() and not (i - 1 in ctx.doc.sentence_starts
                                                            and prev.lower() in M.PREPOSITIONS))
                            or "dat" in M.PREPOSITIONS.get(prev.lower(), ()) or not prev.isalpha()) \
                or ctx.doc.text[toks[i].end:toks[i].end + 1] == ".":
            continue
        if not (adj.islower() and adj.endswith("en") and _is_adjective(adj)) or ctx.claimed(i + 1) \
                or adj in _PRONOMINAL or adj.endswith(("sten", "ßten")):
            continue
        # a plural reading (a count of two or more makes the noun plural, "Manager" too), not the dative plural's
        # form, unless the preposition before takes the accusative only ("für zwei neuen Stationen")
        feats = nouns.features(noun) - old_datives(noun)
        accusative = M.PREPOSITIONS.get(prev.lower()) == ("akk",)
        if not noun[:1].isupper() or not any(f.endswith(".pl") for f in feats) \
                or ("dat.pl" in feats and not accusative) \
                or (i + 3 < len(toks) and ctx.adjacent(i + 2, i + 3) and toks[i + 3].text[:1].isupper()):
            continue
        t = toks[i + 1]
        out.append(Finding(t.start, t.end, adj, "AGREEMENT_NP", "grammar", "error",
                           "after a bare count the adjective takes the strong ending -e", [adj[:-1]]))
    return out


_SENTENCE_END = frozenset(".!?;:–—")
# adjectives whose uninflected form ends in -e (a closed class): after a copula they are right as they stand
_BASE_IN_E = frozenset("böse blöde bange feige gerade irre leise lose marode mürbe müde öde prüde rege schnöde träge "
                       "trübe weise zähe fade extreme".split())
_WERDEN = frozenset("wird werden wurde wurden".split())
# words with adjective endings that stand after a copula as pronouns or quantifiers ("Wir sind viele", "Die Gründe
# sind folgende:")
_PRONOMINAL = frozenset("andere anderen viele vielen wenige wenigen einige einigen alle allen beide beiden mehrere "
                        "solche solchen verschiedene gleiche gleichen selbe selben erste ersten letzte letzten "
                        "nächste nächsten meiste meisten folgende folgenden übrige übrigen eigene eigenen".split())


def _predicative_endings(ctx: Context) -> list[Finding]:
    """An adjective after a copula at the end of the clause keeps no ending ("Muster, die dreidimensionale sind",
    "die Preise sind hohe." -> "hoch"): the English predicative adjective inflected as if a noun followed."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        w = toks[i].text
        if not (w.islower() and w.isalpha() and w.endswith(("e", "en", "es", "em")) and w not in _PRONOMINAL) \
                or ctx.claimed(i):
            continue
        prev, nxt = toks[i - 1].text.lower(), toks[i + 1].text
        if prev in ("am", "etwas", "nichts", "viel", "wenig", "alles"):
            continue    # "am wichtigsten sind", "etwas spezielles sind" (the spelling rule's)
        # "… ist dreidimensionale." or, verb last, "…, die dreidimensionale sind." (a comma after it may go on
        # with a noun: "sind großangelegte, rekonfigurierbare Roboter")
        before = prev in _COPULAS and ctx.adjacent(i - 1, i) and nxt in _SENTENCE_END
        after = nxt.lower() in _COPULAS and ctx.adjacent(i, i + 1) and i + 2 < len(toks) \
            and toks[i + 2].text in CLAUSE_END and prev in _RELATIVE and i > 1 and toks[i - 2].text == ","
        if not (before or after):
            continue
        if before and prev in _WERDEN and w.endswith("en"):
            continue    # an infinitive of the future or passive voice ("Der Preis wird steigen — …")
        stem = M.adjective_stem(w)
        if not stem or stem == w or not lexicon.is_german(stem) or not _is_adjective(w):
            continue
        if w in _BASE_IN_E:
            continue    # an adjective whose base form ends in -e ("böse", "müde")
        t = toks[i]
        copula = toks[i - 1].text if before else nxt
        out.append(Finding(t.start, t.end, w, "PREDICATIVE_ENDING", "grammar", "warning",
                           f"an adjective with „{copula}“ takes no ending: „{stem}“", [stem]))
    return out


def _cut_short(ctx: Context, noun: str, det_feats, kind, adjs: list[int], prep_cases) -> str | None:
    """The noun with its lost last letters ("Verhandlungsrund" -> "Verhandlungsrunde") when the written form is no
    word hunspell knows and the completed one agrees with the determiner and the adjectives as they stand."""
    built = lexicon.is_german(noun)
    if len(noun) < 8 or nouns.analyses(noun) or (built and lexicon.zipf_de(noun.lower()) > 0):
        return None   # (a noun the lexicon has whole is no word cut short: "ihren Jungfernfahrt" is the article's)
    # (or any one letter where German text has the whole, also where hunspell builds the stump as a compound German
    # text never has: "die lokale Medienlandschaf", "Medien|land|schaf")
    for tail in (() if built else ("e", "en", "n")) + tuple(c for c in "abcdfghiklmnoprstuz"
                                                           if lexicon.zipf_de(noun.lower() + c) > 0):
        whole = noun + tail
        if not lexicon.is_german(whole):
            continue
        head = nouns.head_of(whole)
        fits = set(det_feats) & (nouns.features(head) if head else frozenset())
        if prep_cases:
            fits = {f for f in fits if f.split(".")[0] in prep_cases}
        if fits and all(_adj_fits(ctx.doc.tokens[a].text, kind, fits) for a in adjs):
            return whole
    return None


def _coordinated_bare_case(ctx: Context, i: int) -> tuple[str, ...]:
    """The case of a preposition of one case whose bare noun "und" or "oder" at I joins to the phrase after it
    ("ohne Strom und sauberem Wasser": the accusative, "sauberes Wasser"), where that noun can stand in it."""
    toks = ctx.doc.tokens
    if toks[i].text not in ("und", "oder") or i < 2 or not ctx.adjacent(i - 2, i - 1):
        return ()
    cases = M.PREPOSITIONS.get(toks[i - 2].text)
    noun = toks[i - 1].text
    # (not "von", whose phrase is often an attribute the "und" goes past: "der Obrist von Prag und ebensolcher
    # General"; a common noun, no name)
    if not cases or len(cases) != 1 or toks[i - 2].text == "von" or not nouns.analyses(noun) \
            or not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()):
        return ()
    return cases if any(f.startswith(cases[0]) for f in noun_features(noun)[1]) else ()


def _same_strong_endings(noun: str, following: str, cases) -> bool:
    """The noun after NOUN, which may be the head of a compound written apart or a phrase of its own, takes the
    same strong adjective endings in CASES ("nach kasachischen Recht Anspruch": "Recht" and "Anspruch" both
    "-em"), so the adjective is wrong whichever it is; not a name or a word the lexicon lacks."""
    def endings(word: str) -> set[str]:
        head = nouns.head_of(word) if word.isalpha() else None
        feats = noun_features(head)[1] if head else frozenset()
        return {M.adjective_ending(None, f) for f in feats if f.split(".")[0] in cases}
    mine = endings(noun)
    return bool(mine) and endings(following) == mine


def _bare_phrases(ctx: Context, taken: set[int]) -> list[Finding]:
    """A preposition, adjectives and a noun without a determiner: the adjectives take the strong ending of a case
    the preposition governs ("trotz internationale Proteste" -> "trotz internationaler Proteste", "mit großen
    Erfolg" -> "mit großem Erfolg"). The noun is taken as written; only the adjectives' endings are proposed."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks[:-2]):
        cases = M.PREPOSITIONS.get(t.text.lower()) or _coordinated_bare_case(ctx, i)
        # ("zu" before an adjective is as often "too": "in nicht zu kleine Würfel"; the preposition only before a
        # noun that is a dative and nothing else: "zu entlegene Dörfern")
        if not cases or not (t.text.islower() or i in ctx.doc.sentence_starts):
            continue
        if len(cases) == 2 and t.text.lower() in _valency():
            cases = (_fixed_case(ctx, i, t.text.lower()),) if _fixed_case(ctx, i, t.text.lower()) else cases
        # "der zu erstellenden Datei": "zu" with a gerundive after a determiner is no preposition (a relative
        # pronoun after its comma opens a clause, where a preposition is one: ", das nach eigener Angaben …")
        relative = i > 1 and toks[i - 2].text == "," and toks[i - 1].text in ("der", "die", "das") \
            and t.text.lower() != "zu"
        if i > 0 and (M.determiner(toks[i - 1].text) is not None or toks[i - 1].text.lower() in M.PREPOSITIONS) \
                and not relative:
            continue
        adjs, j = [], i + 1
        # (a degree adverb before the adjectives stays as it is: "mit deutlich kürzere Lieferzeiten")
        if j + 1 < len(toks) and toks[j].text in _MORE_DEGREE and ctx.adjacent(j, j + 1) \
                and toks[j + 1].text.endswith(("e", "en", "em", "er", "es")):
            j += 1
        while j < len(toks) and len(adjs) < _MAX_ADJ and ctx.adjacent(j - 1, j) and toks[j].text.islower() \
                and toks[j].text.isalpha() and M.determiner(toks[j].text) is None and _is_adjective(toks[j].text):
            adjs.append(j)
            j += 1
        if not adjs or j >= len(toks) or not ctx.adjacent(j - 1, j) or toks[adjs[0]].start in taken:
            continue
        # quantifiers inflect by their own rules ("alle anderen", "viele symbolische"); a present participle
        # uninflected is an adverb before the adjective ("wegen dringend benötigter Teile"); an inflected one is an
        # adjective like any ("wegen fehlende Genehmigungen")
        # (but a quantifier declined strong in the plural, alone before its plural noun, is one: "in andere
        # Städten" -> "anderen Städten"; not "unter anderem Experten", an adverb)
        # (nor an adverb's comparative before an adjective: "in früher aufgeführten Verzeichnissen")
        # (a quantifier's dative plural is one too: "mit mehreren Arbeiter" -> "Arbeitern", below)
        dative_quantifier = cases == ("dat",) and toks[adjs[0]].text.lower() in _DATIVE_PLURAL_QUANTIFIERS
        if any((toks[a].text.lower().startswith(_QUANTIFIER_STEMS) and not _strong_plural_quantifier(ctx, i, adjs)
                and not dative_quantifier)
               or toks[a].text.endswith("end") for a in adjs) \
                or toks[adjs[0]].text.lower() in ("weiter", "mehr", "weniger", "lauter") \
                or (len(adjs) > 1 and toks[adjs[0]].text in _ADVERB_COMPARATIVES):
            continue
        j = _elided_head(ctx, j)   # ("mit hohen Mehl- und Energiepreise": the case shows on the last noun)
        if ctx.doc.text[toks[j].end:toks[j].end + 1] in "-‐‑":
            continue  # "mit teuren Hardware‐Analysemitteln": the noun goes on after the hyphen
        noun = toks[j].text
        # (a hyphenated compound by its last part: "bei asiatische Online-Buchmachern")
        part = noun.rsplit("-", 1)[-1] if "-" in noun and noun[:1].isupper() else noun
        if not noun[:1].isupper() or not part.isalpha() or not part[:1].isupper() or ctx.claimed(j) \
                or j in ctx.doc.sentence_starts \
                or (j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and ctx.adjacent(j, j + 1)
                    and not _same_strong_endings(part, toks[j + 1].text, cases)):
            continue
        _, nfeats = noun_features(part)
        if t.text.lower() == "zu" and not (nfeats and all(f.startswith("dat") for f in nfeats)):
            continue
        definite = _needs_article(ctx, i, adjs, j, nfeats)
        if definite:
            out.append(definite)
            continue
        fits = [f for f in M.feature_order(nfeats) if f.split(".")[0] in cases]
        # (or where the noun's singular is its plural too and the words before it have the plural's -en, "mit
        # mehreren Arbeiter", "mit alten Arbeiter": the dative plural, "Arbeitern", rather than "altem Arbeiter")
        plural_too = cases == ("dat",) and any(f.endswith(".pl") for f in nfeats) and "dat.pl" not in nfeats \
            and all(toks[a].text.endswith("en") for a in adjs)
        # (a noun that can only be plural is the other rules': "mit beiden Hände" -> "Händen")
        if plural_too and dative_quantifier and any(".sg" in f for f in nfeats):
            f = _bare_dative_plural(ctx, adjs[0], j)
            if f is not None:
                out.append(f)
                continue
        if dative_quantifier:
            continue
        if cases == ("dat",) and not fits and any(f.endswith(".pl") for f in nfeats) \
                and all(toks[a].text.endswith("en") for a in adjs):
            # a plural after a preposition of the dative, its adjectives right, the noun without its -n ("mit
            # polnischen Importeure" -> "Importeuren")
            f = _bare_dative_plural(ctx, adjs[0], j)
            if f is not None:
                out.append(f)
            continue
        if not fits or any(all(_adj_fits(toks[a].text, None, [f]) for a in adjs) for f in fits):
            continue
        proposals = []
        head = nouns.head_of(part) or part
        lemmas = {lem for lem, _ in nouns.analyses(head)}
        for f in sorted(fits, key=lambda f: cases.index(f.split(".")[0])):
            # only where the noun is that case's usual form ("dem Proteste" is an old dative: no proposal)
            if not any((nouns.forms_of(lem).get(f) or [""])[0] == head for lem in lemmas):
                continue
            parts = [M.adjective_stem(toks[a].text) + M.adjective_ending(None, f) for a in adjs]
            text = ctx.doc.text[toks[adjs[0]].start:toks[j].end]
            for a, new in zip(adjs, parts):
                text = text.replace(toks[a].text, new, 1)
            if text not in proposals:
                proposals.append(text)
        if cases == ("dat",) and any(f.endswith(".pl") for f in nfeats) and all(toks[a].text.endswith("e")
                                                                               for a in adjs):
            # a plural in the nominative's strong -e after a preposition of the dative: the dative plural first
            # ("mit rechtliche Schritte" -> "mit rechtlichen Schritten", "an neue Lehrer" -> "neuen Lehrern")
            form = _dative_plural(head, lemmas)
            if form:
                words = [M.adjective_stem(toks[a].text) + "en" for a in adjs] + [nouns.with_head(noun, head, form)]
                proposals = list(dict.fromkeys([" ".join(words)] + proposals))
        if plural_too:
            # (the adjectives' -en fits the dative plural too, its noun then with -n: "mit alten Arbeiter" is
            # "altem Arbeiter" or "alten Arbeitern")
            plural = _bare_dative_plural(ctx, adjs[0], j)
            if plural is not None and plural.suggestions[0] not in proposals:
                proposals.append(plural.suggestions[0])
        if not proposals:
            continue
        start, end = toks[adjs[0]].start, toks[j].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"„{t.text}“ takes the {'/'.join(_CASE_NAMES[c] for c in cases)}: the adjective ending "
                           "does not fit", proposals[:3]))
    return out


# words that stand uninflected before a noun ("ein wenig Geld", "ein gut Teil", "solch ein"), or qualify a number,
# a name or a phrase after them ("in ganz Europa", "um genau Mitternacht", "mit rund Tausend Gästen")
_UNINFLECTED_BEFORE_NOUN = frozenset("wenig viel mehr weniger genug lauter paar bisschen gut halb ganz rund knapp "
                                     "genau gleich direkt kurz früh spät weit allein eben recht ziemlich völlig "
                                     "total solch welch manch reichlich ausreichend genügend grob voll deutsch "
                                     "tausend hundert während bloß".split())
# words before which a determiner is a pronoun rather than an article ("…, die komplett Null ist", "dass das
# defaultmäßig Nullen sind")
_PRONOUN_BEFORE = frozenset(",;:(") | frozenset("dass daß weil ob obwohl damit wenn als wie sodass falls da nachdem "
                                                 "bevor sobald solange sofern soweit".split())


def _uninflected_attributes(ctx: Context, taken: set[int]) -> list[Finding]:
    """A determiner or a preposition, an adjective in its base form and a noun ("in das privat Unternehmen", "unter
    neutral Flagge"): an attributive adjective takes an ending; the endings the phrase's readings want are proposed.
    An adverb before an adjective used as a noun ("die gestern Verhafteten") stays."""
    from .word_order import finite_verb   # (word_order imports this module)

    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        a, n = i + 1, i + 2
        word, noun = toks[a].text, toks[n].text
        if not (word.islower() and word.isalpha() and len(word) >= 4) or word in _UNINFLECTED_BEFORE_NOUN \
                or not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()) \
                or not (ctx.adjacent(i, a) and ctx.adjacent(a, n)) or toks[a].start in taken or toks[i].start in taken \
                or ctx.claimed(a) or ctx.claimed(n) or n in ctx.doc.sentence_starts:
            continue
        if n + 1 < len(toks) and ctx.adjacent(n, n + 1) and (toks[n + 1].text[:1].isupper()
                                                               or ctx.doc.text[toks[n].end] in "-‐‑"):
            continue   # (a name or a compound going on: "die neu Bank AG", "das privat Sicherheits-Team")
        det = M.determiner(toks[i].text)
        cases = M.PREPOSITIONS.get(toks[i].text.lower()) \
            if det is None and (toks[i].text.islower() or i in ctx.doc.sentence_starts) else None
        if (det is None and not cases) or M.determiner(word) is not None or word in M.CARDINALS \
                or word.startswith("irgend") or (det is not None and det[1] == "welch") \
                or (det is not None and i > 0 and toks[i - 1].text.lower() in _PRONOUN_BEFORE) \
                or (cases and (word.endswith("isch") or toks[i].text.lower() == "zu")):
            continue   # ("auf englisch Blatt": in English; "zu leicht Schmerz empfinden": too)
        # (a base form: not itself inflected, "ein freier Zugang"; no preposition, "die unter Linux …"; no finite
        # verb after a pronoun, "Dieser verwendet Informationen")
        # (nor an English adjective German hunspell knows, "tough": the English rules'; nor "anderthalb")
        if not lexicon.is_german(word) or sum(lexicon.is_german(word + e) for e in M.ADJ_ENDINGS) < 4 \
                or _is_adjective(word) or word in M.PREPOSITIONS or finite_verb(word) or _is_adjective(noun.lower()) \
                or word.endswith("halb") \
                or (lexicon.is_english(word) and lexicon.zipf_en(word) > lexicon.zipf_de(word)):
            continue
        feats = noun_features(noun)[1]
        kind = None
        if det is not None:
            kind, _, det_feats = det
            feats = feats & set(det_feats)
            cases = _governing_cases(ctx, i) if i > 0 and toks[i - 1].text.lower() in M.PREPOSITIONS else ()
        if cases:
            feats = {f for f in feats if f.split(".")[0] in cases}
        if not feats:
            continue
        endings = list(dict.fromkeys(M.adjective_ending(kind, f) for f in M.feature_order(feats)))
        out.append(Finding(toks[a].start, toks[a].end, word, "AGREEMENT_NP", "grammar", "error",
                           f"the adjective „{word}“ before „{noun}“ takes an ending", [word + e for e in endings][:3]))
    return out


_STRONG_COUNTS = frozenset("mehrere viele einige zahlreiche etliche wenige".split())


def _counted_adjectival_nouns(ctx: Context, taken: set[int]) -> list[Finding]:
    """A count or a quantifier with the strong ending and an adjective used as a noun with the weak -en, no
    preposition before them, as a subject or in a headline's list ("Rund 420 Beschäftigten sind", "Zwei Tote und
    mehrere Verletzten"): the strong plural in -e ("Beschäftigte", "Verletzte")."""
    from .word_order import finite_verb   # (word_order imports this module)

    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        q, n = toks[i].text, i + 1
        low = q.lower()
        counted = low in _STRONG_COUNTS or (low in M.CARDINALS and low not in ("ein", "eine", "eins")) \
            or (q.isdigit() and q != "1") or re.fullmatch(r"\d{1,3}(?:\.\d{3})+", q) is not None
        if not counted or not ctx.adjacent(i, n) or toks[n].start in taken or ctx.claimed(n):
            continue
        b = i - 1
        # (back over a number grouped with marks and words of approximation: "Von den 3,400 Beschäftigten", "die
        # rund 1.100 Beschäftigten", "mit nur 45 Angestellten")
        while b > 0 and ((toks[b].text in (",", ".") and toks[b - 1].text.isdigit())
                         or toks[b].text.lower() in _ROUGHLY_WORDS):
            b -= 2 if toks[b].text in (",", ".") else 1
        before = toks[b].text.lower() if b >= 0 else ""
        if before in M.PREPOSITIONS or before in M.CONTRACTIONS or M.determiner(before) is not None:
            continue
        noun = toks[n].text
        # (an adjective used as a noun, whose lemma is the strong masculine in -er: "Beschäftigter"; not a noun whose
        # plural is in -en, "Wachen", "Jungen", "Variablen")
        if not (noun[:1].isupper() and noun[1:].islower() and noun.endswith("en") and len(noun) >= 6) \
                or not _is_adjective(noun.lower()) \
                or not any(lem == noun[:-1] + "r" for lem, _ in nouns.analyses(noun)):
            continue
        # (a subject before its verb, or a list's member: a headline's "Zwei Tote und mehrere Verletzten")
        nxt = toks[n + 1].text if n + 1 < len(toks) else "."
        if not (finite_verb(nxt) or nxt in (".", ",", "und")):
            continue
        out.append(Finding(toks[n].start, toks[n].end, noun, "AGREEMENT_NP", "grammar", "error",
                           f"after „{q}“ an adjective used as a noun takes the strong ending -e", [noun[:-1]]))
    return out


# words of approximation before a count ("rund 420", "mehr als 70")
_ROUGHLY_WORDS = frozenset("rund etwa knapp fast gut über circa mindestens höchstens als mehr nur insgesamt "
                           "ganze früher einst damals zuletzt derzeit noch zusammen".split())


# personal pronouns in the case a preposition of one case does not take, with the form it takes
_PRONOUN_CASES = {"akk": {"ihm": "ihn", "mir": "mich", "dir": "dich", "ihnen": "sie", "Ihnen": "Sie"},
                  "dat": {"ihn": "ihm", "mich": "mir", "dich": "dir"}}


def _pronoun_after_preposition(ctx: Context, taken: set[int]) -> list[Finding]:
    """A personal pronoun in the dative after a preposition of the accusative only ("gegen ihm" -> "gegen ihn"), or
    in the accusative after one of the dative only ("mit ihn" -> "mit ihm"). Not a postposition's phrase ("ihm
    gegenüber" stands after), nor "bis", "um … willen"."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        cases = M.PREPOSITIONS.get(toks[i].text.lower())
        if cases is None or len(cases) != 1 or cases[0] not in _PRONOUN_CASES or not ctx.adjacent(i, i + 1) \
                or toks[i + 1].start in taken or ctx.claimed(i + 1) \
                or not (toks[i].text.islower() or i in ctx.doc.sentence_starts):
            continue
        pronoun = toks[i + 1].text
        fix = _PRONOUN_CASES[cases[0]].get(pronoun)
        # (a pronoun of each one or none standing alone, in its nominative, after a preposition of the accusative:
        # "nicht für jeder einfach" -> "jeden"; not a determiner before its noun or adjective, "für jeder Art"; after
        # one of the dative it is the feminine's, "mit keiner von ihnen")
        if fix is None and pronoun in ("jeder", "keiner") and cases[0] == "akk" and i + 2 < len(toks) \
                and not toks[i + 2].text[:1].isupper() and not _is_adjective(toks[i + 2].text):
            fix = pronoun[:-1] + "n"
        # ("um ihm zu helfen", "ohne ihm zu sagen": the infinitive's object)
        if fix is None or (toks[i].text.lower() in ("um", "ohne", "statt", "anstatt")
                           and _zu_infinitive_follows(ctx, i + 1)):
            continue
        name = _CASE_NAMES[cases[0]]
        out.append(Finding(toks[i + 1].start, toks[i + 1].end, pronoun, "AGREEMENT_NP", "grammar", "error",
                           f"„{toks[i].text}“ takes the {name}: „{fix}“", [fix]))
    return out


# comparatives that are adverbs before an adjective ("früher aufgeführten", "später gebauten")
_ADVERB_COMPARATIVES = frozenset("früher später eher länger öfter näher ferner besser schneller stärker".split())
# quantifiers declined like a strong adjective in the plural ("andere", "anderer" Städte); not in -en, -em, which
# stand as pronouns before an object ("von anderen Hilfe erwarten", "unter anderem Experten")
_STRONG_PLURAL_QUANTIFIERS = frozenset(stem + end for stem in ("ander", "viel", "wenig", "einig", "mehrer", "etlich",
                                                               "zahlreich", "verschieden")
                                       for end in ("e", "er"))


_DATIVE_PLURAL_QUANTIFIERS = frozenset("mehreren vielen einigen zahlreichen wenigen beiden etlichen".split())


def _strong_plural_quantifier(ctx: Context, i: int, adjs: list[int]) -> bool:
    """The only word between the preposition at I and its noun is a quantifier declined strong in the plural, before
    a noun that can only be plural ("in andere Städten"; "für andere Geld ausgeben" has a pronoun)."""
    toks = ctx.doc.tokens
    if len(adjs) != 1 or toks[adjs[0]].text not in _STRONG_PLURAL_QUANTIFIERS:
        return False
    feats = noun_features(toks[adjs[0] + 1].text)[1]
    return bool(feats) and all(f.endswith(".pl") for f in feats)


def _bare_dative_plural(ctx: Context, first: int, j: int) -> Finding | None:
    """The finding on adjectives FIRST.. and plural noun J whose dative plural takes -n."""
    toks = ctx.doc.tokens
    noun = toks[j].text
    head = nouns.head_of(noun) or noun
    form = _dative_plural(head, {lem for lem, _ in nouns.analyses(head)})
    if not form or form == head:
        return None
    new = nouns.with_head(noun, head, form)
    start, end = toks[first].start, toks[j].end
    text = ctx.doc.text[start:end]
    return Finding(start, end, text, "AGREEMENT_NP", "grammar", "error",
                   f"„{toks[first - 1].text}“ takes the dative: the plural takes -n",
                   [text[: len(text) - len(noun)] + new])


_UNINFLECTED_QUANTIFIERS = frozenset(("mehr", "weniger", "viel", "wenig", "genug", "etwas"))
# … and the words that never decline before a noun either ("allerlei Gründe", "solch ein")
_UNDECLINED_QUANTIFIERS = _UNINFLECTED_QUANTIFIERS | frozenset("allerlei lauter solch welch manch".split())


_TIME_ADVERBS = frozenset("erstmals erneut wieder jetzt nun bereits schon noch künftig weiterhin heute".split())


def _weak_adjective_without_article(ctx: Context, taken: set[int]) -> list[Finding]:
    """Adjectives in -e before a masculine or neuter singular noun with nothing before them that could take the
    ending ("eröffnet sanierte Studentenwohnheim"): without a determiner the adjective is strong, and -e is no
    strong ending of these: -es ("saniertes"), -en or -er. Not where the noun has a plural or feminine reading
    ("neue Wohnheime", "frische Milch"), and only right after a finite verb with no determiner further back."""
    from .word_order import finite_verb   # (word_order imports this module)

    toks = ctx.doc.tokens
    out = []
    for a in range(len(toks) - 1):
        before = toks[a - 1].text if a > 0 else ""
        # (right after a finite verb, whose object or subject the phrase is: an adverb or a conjunction before may
        # belong to a longer phrase with its determiner further back, "der vom Client ursprünglich bereitgestellte
        # Befehl", "das klare, reine, ewig ungetrübte Licht")
        # (or after a quantifier that does not inflect, which leaves the adjective strong: "mehr ausländische
        # Kapital" -> "ausländisches")
        quantifier = before.lower() in _UNINFLECTED_QUANTIFIERS
        # (or after a finite verb and an adverb of time: "liefert erstmals gefrorenen Zanderfilet")
        adverb = before in _TIME_ADVERBS and a > 1 and ctx.adjacent(a - 2, a - 1) and finite_verb(toks[a - 2].text)
        # (or opening a sentence or a headline, where the phrase is the subject: "Neue Genomlabor in Jerewan soll
        # …" -> "Neues Genomlabor")
        opening = a in ctx.doc.sentence_starts and toks[a].text[:1].isupper() and toks[a].text[1:].islower() \
            and _is_adjective(toks[a].text.lower()) and toks[a].text.lower() not in _DECLINING_QUANTIFIERS
        # (or after a name's genitive, which leaves the adjective strong too: "Narvas stellvertretende
        # Bürgermeister" -> "stellvertretender")
        genitive = a > 0 and name_genitive(before) and toks[a].text.islower()
        if not opening and (a in ctx.doc.sentence_starts or not (finite_verb(before) or _third_person_et(before)
                                                                  or quantifier or adverb or genitive)
                            or (_is_adjective(before) and not quantifier) or _determiner_before(ctx, a)) \
                or toks[a].start in taken:
            continue
        if M.determiner(toks[a].text) is not None:
            continue   # (an article declines like an adjective but is none: "hat einen … Konsortium")
        j = _past_adjectives(ctx, a + 1) if opening else _past_adjectives(ctx, a)
        adjs = list(range(a, j))
        if not adjs or j >= len(toks) or not (opening or ctx.adjacent(a - 1, a)) or not ctx.adjacent(j - 1, j) \
                or any(ctx.claimed(k) for k in (*adjs, j)):
            continue
        # (or -en before a neuter noun, which only the genitive has: "liefert gefrorenen Zanderfilet")
        en = not opening and all(toks[k].text.endswith("en") and _is_adjective(toks[k].text) for k in adjs)
        if not en and not all(_strong_e_adjective(toks[k].text.lower()) for k in adjs):
            continue
        if any(toks[k].text.lower().endswith("weise") for k in adjs):
            continue   # (an adverb in -weise first, an adjective seldom: "hatte zeitweise Interesse signalisiert")
        noun = toks[j].text
        # (opening a sentence, not before a verb in the plural, which makes the noun one: "Neuere Kernel erlauben")
        plural_verb = opening and j + 1 < len(toks) and toks[j + 1].text.islower() \
            and toks[j + 1].text.endswith("en") and not _is_adjective(toks[j + 1].text)
        if not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()) or j in ctx.doc.sentence_starts \
                or plural_verb \
                or (j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text[:1].isupper()) \
                or ctx.doc.text[toks[j].end:toks[j].end + 1] in "-‐‑" or _first_part_of_small_noun(ctx, j):
            continue
        head = nouns.head_of(noun)   # (the noun itself where the lexicon has it)
        feats = {f for _, f in nouns.analyses(head or "")}
        if genitive and j + 1 < len(toks) and toks[j + 1].text.endswith(("te", "t")) and finite_verb(toks[j + 1].text):
            feats = {f for f in feats if ".sg." in f}   # a singular verb after it: "… Bürgermeister kritisierte"
        if not feats or any(not f.endswith((".sg.m", ".sg.n")) for f in feats) or len({f[-1] for f in feats}) != 1 \
                or not any(f.startswith(("nom", "akk")) for f in feats):
            continue
        gender = next(iter(feats))[-1]
        if en and (gender != "n" or any(f.startswith("gen") for f in feats)):
            continue
        # the object's accusative first: after a verb the noun is mostly its object ("baut neuen Bahnhof"); the
        # subject's nominative alone where the phrase opens the sentence
        order = ("akk.sg.n", "nom.sg.n") if gender == "n" else ("akk.sg.m", "nom.sg.m")
        if opening:
            order = order[1:]
        elif genitive and a - 1 in ctx.doc.sentence_starts:
            order = order[::-1]   # (the phrase opens the sentence: its subject, most likely)
        proposals = []
        for f in order:
            # (rebuilt token by token: a replace could hit an adjective inside an earlier one, "kalte alte")
            text = ctx.doc.text[toks[a].start:toks[a].start]
            for k in adjs:
                text += M.adjective_stem(toks[k].text.lower()) + M.adjective_ending(None, f) \
                    + ctx.doc.text[toks[k].end:toks[k + 1].start]
            text = M.case_like(text, toks[a].text) + noun
            if text not in proposals:
                proposals.append(text)
        start, end = toks[a].start, toks[j].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"no article before „{noun}“: the adjective takes the strong ending", proposals))
    return out


def name_genitive(word: str) -> bool:
    """A name's genitive before a noun phrase, German or with the English apostrophe ("Merkels", "Narva's"): no
    German word, capitalised, a name's s."""
    base = word[:-2] if word.endswith(("'s", "’s")) else word[:-1] if word.endswith("s") else ""
    return len(base) >= 3 and base[:1].isupper() and base[1:].islower() and base.isalpha() \
        and not lexicon.is_german(word.lower()) and not nouns.analyses(word) and not nouns.analyses(base) \
        and M.determiner(word) is None


# words before a plural phrase without article: a conjunction joining it to another phrase, a comparison's "wie"
_BARE_PLURAL_OPENERS = frozenset(("und", "oder", "sowie", "wie", "als"))
# words after which an adjective takes the weak -en in the plural (and pronouns: "wir kleinen Leute")
_WEAK_AFTER = frozenset("alle beide keine solche welche manche sämtliche irgendwelche wir ihr uns euch".split())
BARE_PLURAL_LOOKBACK = 10   # tokens searched for a determiner the phrase may share ("der großen und kleinen Städte")


def _weak_adjective_plurals(ctx: Context, taken: set[int]) -> list[Finding]:
    """Adjectives in -en before a plural noun in the nominative, accusative or genitive with nothing before them
    that declines ("große Namen sowie kleinen Familienbetriebe", "sie kaufen neuen Maschinen"): without an article
    the adjective is strong, -e ("kleine Familienbetriebe"); -en is the dative's, whose noun ends in -n. Not where a
    determiner or another adjective in -en stands shortly before (a phrase that shares it: "der großen Städte und
    kleinen Gemeinden"), nor before a noun with a dative plural or a singular reading -en fits."""
    from .word_order import finite_verb   # (word_order imports this module)

    toks = ctx.doc.tokens
    out = []
    for a in range(1, len(toks) - 1):
        w, before = toks[a].text, toks[a - 1].text
        # (a verb before it, no participle that may be an adjective of the same phrase: "installierten")
        if not (w.islower() and w.endswith("en") and w not in _PRONOMINAL and ctx.adjacent(a - 1, a)) \
                or a in ctx.doc.sentence_starts or toks[a].start in taken \
                or not (before in _BARE_PLURAL_OPENERS or (finite_verb(before) and not _is_adjective(before))
                        or _inverted_subject(ctx, a - 1)):
            continue
        j = _past_adjectives(ctx, a)
        adjs = list(range(a, j))
        # (no finite verb in the past either, a participle's twin: "… und beschlagnahmten Dokumente")
        if not adjs or j >= len(toks) or not ctx.adjacent(j - 1, j) or any(ctx.claimed(k) for k in (*adjs, j)) \
                or not all(toks[k].text.endswith("en") and lexicon.is_german(toks[k].text[:-1])
                           and M.determiner(toks[k].text) is None for k in adjs) or finite_verb(w):
            continue
        noun = toks[j].text
        if not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()) or j in ctx.doc.sentence_starts \
                or (j + 1 < len(toks) and ctx.adjacent(j, j + 1) and (toks[j + 1].text[:1].isupper()
                                                                      or toks[j + 1].text in "-‐‑")):
            continue
        head = nouns.head_of(noun) or noun
        feats = {f for _, f in nouns.analyses(head)} - old_datives(head)   # (not "dem Betriebe")
        if not feats or not all(f in ("nom.pl", "akk.pl", "gen.pl") for f in feats):
            continue
        s = max((b for b in ctx.doc.sentence_starts if b <= a), default=0)
        # (after a subject pronoun and its verb a phrase begins: "Im Gegenzug soll er lukrativen …")
        window = range(a - 1, a) if _inverted_subject(ctx, a - 1) else range(max(s, a - BARE_PLURAL_LOOKBACK), a)
        # (a determiner or quantifier before, whose phrase it may share, "keine Leerzeichen oder sonstigen
        # Freiräume", "der großen Städte und kleinen Gemeinden"; "wir kleinen Leute")
        # (or to a bare phrase after a preposition, whose case it shares: "mit höherem Lohn und kürzeren
        # Arbeitszeiten")
        coordinated = before in _BARE_PLURAL_OPENERS and a > 1 and (
            _is_adjective(toks[a - 2].text) or _bare_prepositional_phrase_ends(ctx, a - 2))
        if _determiner_before(ctx, a) or coordinated or any(
                M.determiner(toks[k].text) is not None or toks[k].text.lower() in _WEAK_AFTER for k in window):
            continue
        start, end = toks[a].start, toks[j].end
        fix = " ".join([toks[k].text[:-1] for k in adjs] + [noun])
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"no article before the plural „{noun}“: the adjective takes the strong -e", [fix]))
    return out


_COPULAS = frozenset("bin bist ist sind seid war waren sei seien wäre wären werden wird wurden wurde bleiben "
                     "bleibt".split())


def _strong_after_alle(ctx: Context, taken: set[int]) -> list[Finding]:
    """Adjectives in the strong -e after "alle" before a plural noun ("alle herrenlose Tiere"): "alle" declines
    like the article, so the adjective takes the weak -en ("alle herrenlosen Tiere"; Duden, Grammatik), one without
    any ending too ("alle international Regeln"). ("beide",
    "manche", "solche" allow both endings and are left alone.)"""
    toks = ctx.doc.tokens
    out = []
    for q in range(len(toks) - 2):
        if toks[q].text.lower() != "alle" or toks[q].start in taken or not ctx.adjacent(q, q + 1):
            continue
        if q > 0 and toks[q - 1].text.lower() in _COPULAS:
            continue   # "Wir sind alle potentielle Romanfiguren": "alle" of the subject, no article
        j = q + 1
        while j < len(toks) and j - q <= _MAX_ADJ and toks[j].text.islower() and toks[j].text.endswith("e") \
                and _is_adjective(toks[j].text) and M.determiner(toks[j].text) is None and ctx.adjacent(j - 1, j):
            j += 1
        # (or one adjective with no ending at all: "alle international Regeln")
        bare = j == q + 1 and j + 1 < len(toks) and toks[j].text not in _UNINFLECTED_BEFORE_NOUN \
            and toks[j].text not in M.CARDINALS \
            and _adverb_of_adjective(toks[j].text) and lexicon.is_german(toks[j].text + "en") \
            and ctx.adjacent(j, j + 1)
        if bare:
            j += 1
        if j == q + 1 or j >= len(toks) or not ctx.adjacent(j - 1, j) or any(ctx.claimed(k) for k in range(q, j + 1)):
            continue
        noun = toks[j].text
        if not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()) or j in ctx.doc.sentence_starts \
                or (j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].text[:1].isupper()):
            continue
        feats = noun_features(noun)[1] - old_datives(noun)   # (no "dem Tiere")
        # (a feminine singular takes "alle" too, "alle Hoffnung"; a masculine or neuter one cannot: "für alle
        # kommerzielle Betreiber" is the plural)
        if not feats or not any(f in ("nom.pl", "akk.pl") for f in feats) \
                or any(f in ("nom.sg.f", "akk.sg.f") for f in feats):
            continue
        start, end = toks[q + 1].start, toks[j].end
        fix = " ".join([toks[k].text + ("en" if bare else "n") for k in range(q + 1, j)] + [noun])
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           "after „alle“ the adjective takes the weak ending -en", [fix]))
    return out


_OPENING_QUOTES = frozenset(("„", "\"", "“", "»", "‚"))


def _determiner_before_quotation(ctx: Context, taken: set[int]) -> list[Finding]:
    """A determiner before a quotation that opens with the phrase's adjectives and noun ("von einem „tickenden
    Zeitbombe“" -> "einer"): the quotation keeps its words, so where they agree with another form of the
    determiner in a case the preposition before allows, only the determiner is wrong."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 3):
        det = M.determiner(toks[i].text)
        if det is None or toks[i + 1].text not in _OPENING_QUOTES or toks[i].start in taken or ctx.claimed(i) \
                or not (ctx.adjacent(i, i + 1) or toks[i + 1].start == toks[i].end + 1):
            continue
        j = i + 2
        while j < len(toks) and j - i <= 2 + _MAX_ADJ and toks[j].text.islower() and _is_adjective(toks[j].text) \
                and M.determiner(toks[j].text) is None:
            j += 1
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        if j >= len(toks) or not toks[j].text[:1].isupper() or not toks[j].text.isalpha() \
                or (nxt[:1].isalpha() and not (nxt.islower() and M.determiner(nxt) is not None)):
            continue   # (the quotation ends after its noun or its genitive: a phrase, no sentence quoted)
        close = next((k for k in range(j + 1, min(j + 6, len(toks))) if not toks[k].text[:1].isalnum()), None)
        if close is None or ctx.doc.text[toks[close].end:toks[close].end + 1] in ("-", "‐", "‑"):
            continue   # (a quoted first part of a compound: "der »Main«-Distribution")
        nfeats = noun_features(toks[j].text)[1]
        prep_cases = _governing_cases(ctx, i)
        if not nfeats or not prep_cases:
            continue
        allowed = [f for f in M.feature_order(nfeats) if f.split(".")[0] in prep_cases]
        adjs = range(i + 2, j)
        if any(f in det[2] and all(_adj_fits(toks[a].text, det[0], {f}) for a in adjs) for f in allowed):
            continue   # the phrase agrees as written
        fixes = []
        for f in allowed:
            form = M.determiner_form(det[0], det[1], f, toks[i].text)
            if form and form != toks[i].text and all(_adj_fits(toks[a].text, det[0], {f}) for a in adjs):
                fixes.append(form)
        fixes = list(dict.fromkeys(fixes))
        if len(fixes) != 1:
            continue   # (none, or the quotation's words fit more than one: no safe proposal)
        t = toks[i]
        out.append(Finding(t.start, t.end, t.text, "AGREEMENT_NP", "grammar", "error",
                           f"„{t.text}“ does not agree with the quoted „{toks[j].text}“: „{fixes[0]}“", fixes))
    return out


def _bare_prepositional_phrase_ends(ctx: Context, k: int) -> bool:
    """Token K is a noun that ends a phrase of a preposition, adjectives and the noun ("mit höherem Lohn")."""
    toks = ctx.doc.tokens
    if not toks[k].text[:1].isupper():
        return False
    j = k - 1
    while j >= 0 and k - j <= 4 and toks[j].text.islower() and M.adjective_stem(toks[j].text) \
            and toks[j].text not in M.PREPOSITIONS:
        j -= 1
    return j >= 0 and toks[j].text.lower() in M.PREPOSITIONS


def _inverted_subject(ctx: Context, k: int) -> bool:
    """Token K is a subject pronoun right after its finite verb ("soll er", "hat man"): the verb's object may
    follow."""
    from .word_order import finite_verb   # (word_order imports this module)

    toks = ctx.doc.tokens
    return toks[k].text in ("er", "es", "man", "sie") and k >= 1 and ctx.adjacent(k - 1, k) \
        and finite_verb(toks[k - 1].text) and not _is_adjective(toks[k - 1].text)


def _weak_en(word: str) -> bool:
    """WORD is an adjective with the weak (or dative) -en, written small."""
    return word.islower() and word.endswith("en") and _is_adjective(word)


def _determiner_before(ctx: Context, a: int) -> bool:
    """A determiner, contraction or preposition stands before token A with only small words between, back to the
    last capitalised word: the adjective at A may belong to its phrase ("der von ihm verwendete Speicherplatz",
    "das verlockendste und populärste Hindernis")."""
    toks = ctx.doc.tokens
    k = a - 1
    while k >= 0 and toks[k].text.isalpha():
        w = toks[k].text
        if M.determiner(w) is not None or w.lower() in M.CONTRACTIONS or w.lower() in M.PREPOSITIONS:
            return True
        if w[:1].isupper() or k in ctx.doc.sentence_starts:
            return False
        k -= 1
    return False


def _strong_e_adjective(word: str) -> bool:
    """WORD is an adjective with the strong -e (no determiner, quantifier or adverb written like one: "alle",
    "gerade", "lange")."""
    return word.endswith("e") and word not in _ADVERB_HOMOGRAPHS and M.determiner(word) is None \
        and not word.startswith(_QUANTIFIER_STEMS)


def _third_person_et(word: str) -> bool:
    """A verb's present in -et that finite_verb does not read ("eröffnet", "arbeitet": eröffn-en, arbeit-en)."""
    return word.islower() and word.endswith("et") and lexicon.is_german(word) and lexicon.is_german(word[:-2] + "en")


# adverbs written like an adjective in -e ("hat gerade Urlaub", "wartet lange Zeit")
# (and the pronouns "erstere", "letztere": "haben erstere Vorrang")
_ADVERB_HOMOGRAPHS = frozenset("gerade lange gerne alleine nahe ferne balde stille leise feste erstere "
                               "letztere".split())


# a superlative or an ordinal before a singular noun takes the definite article: "an heißesten Tag" -> "am"
_ORDINAL_STEMS = frozenset("erst zweit dritt viert fünft sechst siebt acht neunt zehnt letzt nächst best meist "
                           "höchst größt".split())


def _superlative(stem: str) -> bool:
    return stem in _ORDINAL_STEMS or (stem.endswith("st") and len(stem) > 5 and any(
        lexicon.is_german(stem[:-k]) for k in (2, 3)))   # "heiß|est", "schön|st"; not "robust"


def _needs_article(ctx: Context, i: int, adjs: list[int], j: int, nfeats) -> Finding | None:
    """"An heißesten Tag", "in ersten Quartal": a superlative or ordinal before a singular noun in the dative,
    with no article, after a preposition German contracts with it: the contraction ("Am heißesten Tag")."""
    toks = ctx.doc.tokens
    prep = toks[i].text.lower()
    # (the weak ending only: the strong one stands without article, "in letzter Minute", "in erster Linie")
    first = toks[adjs[0]].text.lower()
    if (prep, "dem") not in _CONTRACTED or not first.endswith("en") \
            or not _superlative(M.adjective_stem(first) or ""):
        return None
    dative = [f for f in M.feature_order(nfeats) if f.startswith("dat.sg.")]
    if not dative or any(".pl" in f for f in nfeats):
        return None
    # the dative article of the noun's gender, contracted where German contracts it ("zur", but "in der")
    new = _ARTICLE_OF["dat"][dative[0].split(".")[2]]
    article = _CONTRACTED.get((prep, new), f"{prep} {new}")
    words = [article] + [M.adjective_stem(toks[a].text) + "en" for a in adjs] + [toks[j].text]
    start, end = toks[i].start, toks[j].end
    return Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                   "a superlative or ordinal before a singular noun takes the definite article",
                   [M.case_like(" ".join(words), toks[i].text)])


_QUANTIFIER_STEMS = ("all", "viel", "wenig", "einig", "mehrer", "manch", "beid", "sämtlich", "solch", "etlich",
                     "irgend", "welch", "jeglich", "ander", "zahlreich", "verschieden", "weitere", "folgend")


_CASE_NAMES = {"nom": "nominative", "gen": "genitive", "dat": "dative", "akk": "accusative"}


CUT_SHORT_WHOLE_MIN_ZIPF = 2.0   # the word the compound was cut from is in use ("Menschenrechtskonvention" 2.8)


def _finite_verb_word(word: str) -> bool:
    """WORD, written small, is a finite verb's form."""
    from .word_order import finite_verb   # (word_order imports modules that import this one)

    return word.islower() and finite_verb(word)


def _completed_noun(toks, n: int, kind, det_feats, adjs: list[int]) -> str | None:
    """The one noun German text has that noun N, a compound it never has, is cut short of (its end -ion, -ung, -e,
    -er lost) and that the determiner and adjectives agree with; None otherwise, and where the end follows apart
    ("die Verschlüssel ung": written apart, the garbled rules' to join)."""
    noun = toks[n].text
    # (a word of its own, which hunspell's compounding builds: a stump no dictionary knows is the garbled rules',
    # "Die Raumfahr" -> "Raumfahrt")
    if not (noun[:1].isupper() and noun[1:].islower() and len(noun) >= 8) or lexicon.zipf_de(noun.lower()) > 0 \
            or not lexicon.is_german(noun):
        return None
    if n + 1 < len(toks) and toks[n + 1].text in ("ion", "ung", "e", "er"):
        return None
    found = [whole for whole in (noun + end for end in ("ion", "ung", "e", "er"))
             if lexicon.zipf_de(whole.lower()) >= CUT_SHORT_WHOLE_MIN_ZIPF and lexicon.is_german(whole)
             and (fits := set(det_feats) & noun_features(whole)[1])
             and all(_adj_fits(toks[a].text, kind, fits) for a in adjs)]
    return found[0] if len(found) == 1 else None


def _adj_fits(adj: str, kind: str, fits) -> bool:
    stem = M.adjective_stem(adj)
    if stem is None:
        return True
    return any(adj == stem + M.adjective_ending(kind, f) for f in fits)


def _preposition_before_more_than(ctx: Context, i: int) -> str | None:
    """The preposition (lower case) before "mehr als" or "weniger als" right before token I ("seit mehr als ein
    Jahr"), else None."""
    toks = ctx.doc.tokens
    if i < 3 or toks[i - 1].text.lower() != "als" or toks[i - 2].text.lower() not in ("mehr", "weniger") \
            or not (ctx.adjacent(i - 3, i - 2) and ctx.adjacent(i - 2, i - 1) and ctx.adjacent(i - 1, i)):
        return None
    before = toks[i - 3].text.lower()
    return before if before in M.PREPOSITIONS or before in _AMBIGUOUS_PREPOSITIONS else None


def _governing_cases(ctx: Context, i: int) -> tuple[str, ...]:
    if i == 0 or not ctx.adjacent(i - 1, i):
        return ()
    word = ctx.doc.tokens[i - 1].text.lower()
    before = _preposition_before_more_than(ctx, i)
    if before:
        # "seit mehr als ein Jahr": the phrase after "mehr als" is the preposition's ("seit mehr als einem Jahr")
        return M.PREPOSITIONS.get(before) or _AMBIGUOUS_PREPOSITIONS[before]
    if word in _COORDINATORS:
        return _coordinated_case(ctx, i)
    if word in ("um", "statt", "anstatt", "ohne") and _zu_infinitive_follows(ctx, i):
        # "um ihren Wünschen nachzukommen", "statt einen Punkt zu setzen": the infinitive's object, in any case but
        # the nominative, as the infinitive has no subject ("ohne der Vorstand zu informieren" -> "den"); a
        # copula's predicate is the nominative ("um ein guter Gesellschafter zu sein")
        toks = ctx.doc.tokens
        copula = any(toks[k].text == "zu" and toks[k + 1].text in _COPULA_INFINITIVES
                     for k in range(i, min(len(toks) - 1, i + 12)))
        return () if copula else ("akk", "dat", "gen")
    if word == "zu" and i >= 2 and ctx.doc.tokens[i - 2].text.lower() == "bis" \
            and ctx.doc.tokens[i].text.lower() in ("ein", "eine", "einen"):
        return ()  # "um bis zu ein Drittel": "bis zu" before an amount says how much, the case is the verb's
    if word == "nach" and _postposition(ctx, i - 1):
        return ()  # "meiner Meinung nach der aktuelle Stand": "nach" closes the phrase before it
    if word == "aus" and i >= 3 and ctx.doc.tokens[i - 3].text.lower() == "von":
        return ()  # "von dem aus die Turbinen verschifft werden", "von hier aus": "aus" closes "von …"
    cases = M.PREPOSITIONS.get(word) or _AMBIGUOUS_PREPOSITIONS.get(word, ())
    if len(cases) == 2 and word in _valency():
        fixed = _fixed_case(ctx, i - 1, word)
        if fixed:
            return (fixed,)   # "warnt vor einer Katastrophe": the verb or noun decides the two-way preposition
    return cases


# words that are a preposition or a postposition, never a conjunction: a preposition proper where no noun phrase
# stands before them to close ("darf gegenüber der Sponsor", not "dem Vorschlag gegenüber die Ruhe selbst")
_NO_CONJUNCTION = frozenset(("gegenüber", "entlang"))
_OBJECT_PRONOUNS = frozenset("mir dir ihm ihr uns euch ihnen Ihnen sich es ihn sie jedermann".split())


def _preposition_proper(ctx: Context, k: int) -> bool:
    """Token K, a word of _NO_CONJUNCTION, opens the phrase after it: the word before is no noun, name or pronoun
    whose postposition it could be (a verb, an adverb, a comma)."""
    toks = ctx.doc.tokens
    if toks[k].text.lower() not in _NO_CONJUNCTION or k in ctx.doc.sentence_starts:
        return False
    before = toks[k - 1].text if k > 0 and ctx.adjacent(k - 1, k) else ","
    # (nor a word that may end a noun phrase: "dem anderen gegenüber"; a noun only where the phrase after the word
    # ends its clause, which a postposition's sentence would go on after: "ein Plus von 18 Prozent gegenüber das
    # Vorjahr.", not "dem Rathaus gegenüber das Hotel errichten")
    # (or a measure after its number, which takes no postposition: "um 12 Prozent gegenüber das Vorjahr gestiegen")
    measure = k >= 2 and ctx.adjacent(k - 2, k - 1) and toks[k - 2].text.replace(".", "").replace(",", "").isdigit()
    noun_before = before[:1].isupper() and before.isalpha() and bool(nouns.analyses(before)) \
        and (measure or _phrase_ends_clause(ctx, k + 1))
    if not noun_before and not (before.islower() and before.isalpha() and before not in _OBJECT_PRONOUNS
                                and M.determiner(before) is None and not _is_adjective(before)
                                and not before.endswith(("en", "em"))):
        return False
    # … and a finite verb earlier in its clause: without one it is an adverb before a clause without a verb ("Links
    # steht das Rathaus und gegenüber die Schule", "schräg gegenüber der Pfarrer")
    from .calques import strong_preterites
    from .word_order import finite_verb   # (word_order imports this module)

    m = k - 1
    while m >= 0 and toks[m].text not in _CLAUSE_MARKS and toks[m].text.lower() not in _COORDINATORS:
        if finite_verb(toks[m].text) or toks[m].text in _AUXILIARIES or toks[m].text in _REPORTED_FINITE \
                or toks[m].text in strong_preterites():
            return True
        m -= 1
    return False


def _phrase_ends_clause(ctx: Context, i: int) -> bool:
    """The noun phrase whose determiner is token I ends its clause: a comma, a full stop or the text's end next."""
    np = np_at(ctx, i)
    toks = ctx.doc.tokens
    return np is not None and (np[2] + 1 >= len(toks) or toks[np[2] + 1].text in _CLAUSE_MARKS)


_CONJUNCTIONS_TOO = frozenset(("seit", "während"))
_NO_UMLAUT = str.maketrans("äöü", "aou")


def _no_subordinate_clause(ctx: Context, k: int) -> bool:
    """Token K, "seit" or "während", can open no subordinate clause: it stands inside a clause (no comma or
    sentence start before it) whose end is no finite verb ("Viele hätten seit der Beginn der Invasion Amputationen
    erlitten"); "…, seit der Krieg begann" is a clause."""
    toks = ctx.doc.tokens
    if toks[k].text.lower() not in _CONJUNCTIONS_TOO or k in ctx.doc.sentence_starts or k == 0 \
            or not ctx.adjacent(k - 1, k) or not toks[k - 1].text.isalpha() \
            or toks[k - 1].text.lower() in _COORDINATORS:
        return False
    from .calques import strong_preterites
    from .word_order import finite_verb   # (word_order imports this module)

    m = k + 1
    while m + 1 < len(toks) and toks[m + 1].text not in _CLAUSE_MARKS:
        m += 1
    last = toks[m].text
    # (a strong verb's forms too: "begann", "fährt")
    plain = last.translate(_NO_UMLAUT)
    return not (finite_verb(last) or last in _AUXILIARIES or last in _REPORTED_FINITE or last in strong_preterites()
                or (last.islower() and last.endswith("t") and lexicon.is_german(plain[:-1] + "en")))


# the subjunctive of reported speech, which finite_verb does not tell ("die Stadt dürfe gegenüber …")
_REPORTED_FINITE = frozenset("dürfe müsse solle könne wolle möge habe werde sei seien".split())


_COORDINATORS = frozenset(("und", "oder", "sowie"))
_CLAUSE_MARKS = frozenset(".,;:!?)")


def _coordinated_case(ctx: Context, i: int) -> tuple[str, ...]:
    """The case of a preposition that takes one case only, for a noun phrase coordinated with its object ("aus der
    Türkei und die Ukraine", "aus Ländern wie Somalia, Syrien und der Jemen"): walking back over names, noun
    phrases, commas and "wie" to the preposition. Only where the phrase at I ends the clause (no verb follows: "…
    mit dem Kanzler und der Botschafter hörte zu" coordinates clauses) and every phrase of the list before it shows
    the case ("spezifiziert …, genau einen zu steuernden Lüfter und die …" is a list of objects, not of "zu")."""
    toks = ctx.doc.tokens
    if not _phrase_ends_clause(ctx, i):
        return ()
    k = i - 2
    while k >= 0 and i - k <= 12 and k not in ctx.doc.sentence_starts:
        w = toks[k].text
        cases = M.PREPOSITIONS.get(w.lower())
        if cases is not None and w.islower():
            return cases if len(cases) == 1 and k + 1 < i - 1 and _list_shows(ctx, k + 1, i - 1, cases[0]) else ()
        # names, nouns, determiners, adjectives after them, commas and "wie" ("Ländern wie Somalia, Syrien"); a
        # noun with a determiner after it has a genitive attribute, which the coordination may belong to
        # ("durch Verwendung der Pfeiltasten und der Enter-Taste")
        if w[:1].isupper() and M.determiner(toks[k + 1].text) is not None:
            return ()
        ok = w[:1].isupper() or w in (",", "wie") or M.determiner(w) is not None or (
            w.islower() and k > 0 and (M.determiner(toks[k - 1].text) is not None or toks[k - 1].text.islower()
                                       and M.determiner(toks[k - 2].text if k > 1 else "") is not None))
        if not ok:
            return ()
        k -= 1
    return ()


def _list_shows(ctx: Context, a: int, b: int, case: str) -> bool:
    """Every noun phrase of the list from token A to B (exclusive) can stand in CASE, and the first shows it: a
    determiner in that case, a noun with such a form, or a name."""
    toks = ctx.doc.tokens
    first = toks[a].text
    if M.determiner(first) is None:
        if not first[:1].isupper() or lexicon.is_english(first.lower()):
            return False
        feats = noun_features(first)[1]
        if feats and not any(f.split(".")[0] == case for f in feats):
            return False
    for k in range(a, b):
        if M.determiner(toks[k].text) is not None and (k == a or M.determiner(toks[k - 1].text) is None):
            np = np_at(ctx, k)
            if np is None:
                return False
            feats = set(np[0][2]) & noun_features(toks[np[2]].text)[1]
            if not any(f.split(".")[0] == case for f in feats):
                return False
    return True


_VERB_ENDINGS = ("", "e", "n", "en", "st", "t", "et", "te", "ten", "tet", "test", "end")


@lru_cache(maxsize=1)
def _dative_verbs() -> tuple[tuple[str, ...], ...]:
    """The stems of every finite form of each verb in data/grammar/dative_verbs.tsv."""
    return tuple(tuple(r[0].split("|")) for r in _grammar_rows("dative_verbs.tsv", "dative verb"))


@lru_cache(maxsize=1)
def _dative_verb_re():
    stems = sorted({st for stems in _dative_verbs() for st in stems}, key=len, reverse=True)
    endings = sorted(_VERB_ENDINGS, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(stems)})(?:{'|'.join(endings)})")


def _dative_verb(word: str) -> bool:
    """A finite form of a verb whose object is in the dative ("gratulierte", "half", "hilft")."""
    if not word.islower() or word in ("dank", "schade"):   # the preposition "dank"; "schade" the adjective
        return False
    return _dative_verb_re().fullmatch(word) is not None


# accusative phrases of time stand beside any verb ("half den ganzen Tag")
_TIME_NOUNS = frozenset("Tag Abend Morgen Mittag Nachmittag Vormittag Monat Jahr Woche Moment Augenblick Sommer Winter "
                        "Herbst Frühling Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Rest Weg".split())
_POSTPOSITIONS = frozenset(("entlang", "hinauf", "hinunter", "herab", "hindurch", "herauf"))
# accusative personal pronouns that show their case, with the dative
_DATIVE_PRONOUNS = {"ihn": "ihm", "mich": "mir", "dich": "dir"}


def _dative_objects(ctx: Context, taken: set[int]) -> list[Finding]:
    """"gratulierte den Gewinner": a verb whose object is in the dative, right before a noun phrase that can only
    be accusative (masculine singular "den", "einen"), or, after a subject pronoun ("Sie dankte die beiden
    Delegationen"), one that can be accusative but not dative."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks[:-1]):
        if not _dative_verb(t.text) or not ctx.adjacent(i, i + 1):
            continue
        j = i + 1
        pronoun = _DATIVE_PRONOUNS.get(toks[j].text)
        if pronoun and toks[j].start not in taken and not ctx.claimed(j):
            # "gratulierte ihn" -> "ihm": the accusative pronoun for the dative
            out.append(Finding(toks[j].start, toks[j].end, toks[j].text, "AGREEMENT_NP", "grammar", "warning",
                               f"„{t.text}“ takes its object in the dative", [pronoun]))
            continue
        np = np_at(ctx, j)
        if np is None or toks[j].start in taken:
            continue
        (kind, stem, det_feats), adjs, n = np
        noun = toks[n].text
        head, nfeats = noun_features(noun)
        fits = set(det_feats) & nfeats
        if not fits or ctx.claimed(n) or head in _TIME_NOUNS or noun in _TIME_NOUNS or any(
                f.startswith(("dat", "gen")) for f in fits):
            continue
        if n + 1 < len(toks) and toks[n + 1].text.lower() in _POSTPOSITIONS:
            continue
        subject_before = i > 0 and toks[i - 1].text.lower() in M.SUBJECT_PRONOUNS and ctx.adjacent(i - 1, i)
        if not (all(f.startswith("akk") for f in fits) or (subject_before and any(f.startswith("akk") for f in fits))):
            continue
        if not all(_adj_fits(toks[a].text, kind, fits) for a in adjs):
            continue
        proposals = _proposals(ctx, j, adjs, n, kind, stem, det_feats, head, nfeats, ("dat",))
        # the object's number stays: only the case was wrong ("den Gewinner" -> "dem Gewinner")
        proposals = [p for p in proposals if p.split(" ")[-1] == noun] or proposals
        start, end = toks[j].start, toks[n].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "warning",
                           f"„{t.text}“ takes its object in the dative", proposals))
    return out
_NOUN_ENDINGS = ("", "e", "n", "en", "s", "es", "er", "ern")


@lru_cache(maxsize=1)
def _valency() -> dict[str, dict[str, list[tuple[str, str, bool]]]]:
    """preposition -> kind (verb|noun) -> [(stem, case, reflexive: the example has "sich")] from
    data/grammar/valency.tsv."""
    out: dict[str, dict[str, list[tuple[str, str, bool]]]] = {}
    for stem, kind, prep, case, example in (r[:5] for r in _grammar_rows("valency.tsv", "valency")):
        out.setdefault(prep, {}).setdefault(kind, []).append((stem, case, "sich" in example.split()))
    return out


def _grammar_rows(name: str, what: str) -> list[list[str]]:
    """The rows of data/grammar/NAME (see tables.rows)."""
    return tables.rows("grammar", name, what)


def _fixed_case(ctx: Context, p: int, prep: str) -> str | None:
    """The case a verb of the clause or the noun right before preposition P (token index) fixes for it."""
    toks = ctx.doc.tokens
    table = _valency()[prep]
    if p > 0 and ctx.adjacent(p - 1, p):
        before = toks[p - 1].text
        if before[:1].isupper():
            low = before.lower()
            for stem, case, _ in table.get("noun", ()):
                if any(low.endswith(stem + e) for e in _NOUN_ENDINGS):
                    return case   # "die Angst vor", "Drohnenwarnung vor"
    verbs = table.get("verb", ())
    if not verbs:
        return None
    before = toks[p - 1].text if p > 0 and ctx.adjacent(p - 1, p) else ""
    if before == "bis":
        return None   # "bis an die Grenze": a direction, whatever the verb
    # a reflexive pronoun right before the preposition, beside a verb the table has without one, makes a direction
    # ("sich an die Spitze arbeiten")
    verbs = [v for v in verbs if v[2] or before not in _REFLEXIVES]
    clause = [toks[k].text for k in _clause(ctx, p) if toks[k].text.islower()]
    for w in clause:
        for form in (w, w[2:] if w.startswith("ge") else None):
            for stem, case, _ in verbs:
                if form and form.startswith(stem) and form[len(stem):] in _VERB_ENDINGS:
                    return case
    # a strong verb's other stems, and a separable verb split in a main clause ("nahm an der Sitzung teil")
    for stem, case, _ in verbs:
        particle, whole, split = _valency_verb_forms(stem)
        if any(w in whole for w in clause) or (particle in clause and any(w in split for w in clause)):
            return case
    return None


_REFLEXIVES = frozenset(("sich", "mich", "dich", "uns", "euch"))


@lru_cache(maxsize=None)
def _valency_verb_forms(stem: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """The separable particle of the verb of a valency row's STEM ("teil" for "teilnehm"), its forms written as
    one word ("teilnahm", "teilgenommen") and the finite forms a main clause splits from the particle ("nahm")."""
    from .calques import conjugate

    particle, forms = conjugate(stem + "en")
    whole = frozenset(f for key, f in forms.items() if " " not in f and (key.startswith("last.") or key == "pp"
                                                                          or not particle))
    split = frozenset(f for key, f in forms.items() if particle and key[:3] in ("pre", "k2."))
    return particle, whole, split


def _clause(ctx: Context, p: int, reach: int = 15):
    """Token indices of the clause around token P, up to REACH tokens each way, not P itself."""
    toks = ctx.doc.tokens
    k = p - 1
    while k >= 0 and p - k <= reach and toks[k].text not in CLAUSE_END:
        yield k
        k -= 1
    k = p + 1
    while k < len(toks) and k - p <= reach and toks[k].text not in CLAUSE_END:
        yield k
        k += 1


CLAUSE_END = frozenset(",.;:!?–—-()\"„“”")


_COPULA_INFINITIVES = frozenset(("sein", "werden", "bleiben", "heißen"))


def _zu_infinitive_follows(ctx: Context, i: int) -> bool:
    """An infinitive with "zu" before the clause ends: "zu kommen", or "zu" inside a separable verb ("nachzukommen")."""
    toks = ctx.doc.tokens
    for k in range(i, min(len(toks), i + 12)):
        w = toks[k].text
        if w in CLAUSE_END:
            return False
        low = w.lower()
        if low == "zu" and k + 1 < len(toks) and toks[k + 1].text.islower():
            return True
        # (the inner "zu", not a prefix "zu-": "zurückzukehren" is "zurückkehren")
        k_zu = low.find("zu", 2)
        if w.islower() and 0 < k_zu < len(low) - 3 and low.endswith("en") and lexicon.is_german(low) \
                and lexicon.is_german(low[:k_zu] + low[k_zu + 2:]):
            return True
    return False


def _postposition(ctx: Context, p: int) -> bool:
    """Token p ("nach") follows a dative noun phrase: "meiner Meinung nach", "dem Vernehmen nach"."""
    toks = ctx.doc.tokens
    if p < 2 or not toks[p - 1].text[:1].isupper() or (p - 1) in ctx.doc.sentence_starts:
        return False
    det = M.determiner(toks[p - 2].text)
    # (not a phrase a preposition governs: "auf der Suche nach einen" is the noun's own "nach")
    if p >= 3 and toks[p - 3].text.lower() in M.PREPOSITIONS:
        return False
    return det is not None and any(f.startswith("dat") for f in det[2])


ACRONYM_MAX_EN_ZIPF = 4.0   # "SKA" (3.1) names a club; "LESS" (5.5) is the English word as an identifier


def _name_run_fits(ctx: Context, n: int, det_feats, prep_cases=()) -> bool:
    """The noun is followed by more capitalised words (a name or an open compound: "den Proton Studios", "dem
    New York Büro"): the phrase agrees when the last of them agrees with the determiner. When the last is no noun
    of the lexicon (a name: "einem Präsident Trump"), the noun itself is judged."""
    toks = ctx.doc.tokens
    k = _name_after(ctx, n)
    if k == n:
        return False
    if lexicon.is_english(toks[n].text.lower()) and lexicon.is_english(toks[n + 1].text.lower()):
        return True   # an English compound written apart ("der Business Angel"): its English head has no German case
    if _german_noun_before_name(ctx, n, k):
        return False   # (also where the name's last word is a German noun too: "des Wasserversorger Garagum Water
        #                Services", no genitive of "Service")
    _, feats = noun_features(toks[k].text)
    if not feats:
        from .english import is_name_word  # (english imports this module)

        if _foreign_word_after(ctx, n) or (lexicon.zipf_en(toks[n].text.lower()) == 0
                                            and lexicon.is_german(toks[n].text)
                                            and _name_beside(toks[n].text, toks[n + 1].text)):
            return False   # (a German noun no English text has heads the phrase: "des Konzern Premier Energy")
        # a name after a German noun ("einem Präsident Trump", "dem Hotel Adlon"): the noun is the head; English
        # words after it make an English name the phrase is about ("die Maximum Transmission Unit")
        # (a rare word as an acronym, or an abbreviation, is a name's, not English: "dem Titelverteidiger SKA St.
        # Petersburg"; a common one is English: "in der Variablen LESS")
        return any(lexicon.is_english(toks[j].text.lower()) and not is_name_word(toks[j].text)
                   and len(toks[j].text) > 2
                   and not (toks[j].text.isupper() and lexicon.zipf_en(toks[j].text.lower()) < ACRONYM_MAX_EN_ZIPF)
                   for j in range(n + 1, k + 1))
    fits = set(det_feats) & feats
    if prep_cases:
        fits = {f for f in fits if f.split(".")[0] in prep_cases}
    return bool(fits)


def _noun_before_name(ctx: Context, n: int, k: int) -> bool:
    """A German noun before a name of no German noun (N+1..K), or any noun before a word of neither language,
    heads the phrase the name stands beside ("mit den privaten Betreiber Caspian Gateway Logistics", "der
    staatliche Holding Saryarka Energy", "vom Biologe Mykhailo Shevchuk"; not "Das Karlsruher Software Unternehmen
    Datavera", a compound apart)."""
    return _german_noun_before_name(ctx, n, k) or _foreign_word_after(ctx, n)


def _foreign_word_after(ctx: Context, n: int) -> bool:
    """The word after noun N is one neither English nor German text has: a name's, which the noun heads."""
    nxt = ctx.doc.tokens[n + 1].text.lower()
    return max(lexicon.zipf_en(nxt), lexicon.zipf_de(nxt)) == 0


def _german_noun_before_name(ctx: Context, n: int, k: int) -> bool:
    """Noun N is one no English text has, and the name after it (N+1..K) begins with no German word and holds no
    noun German alone has ("des Hafenbetreiber Danubius Port Logistics": a noun both languages have is the English
    name's)."""
    toks = ctx.doc.tokens
    return lexicon.zipf_en(toks[n].text.lower()) == 0 and not lexicon.is_german(toks[n + 1].text) \
        and not any(nouns.analyses(toks[j].text) and not lexicon.is_english(toks[j].text.lower())
                    for j in range(n + 1, k + 1))


def _name_after(ctx: Context, n: int) -> int:
    """The last of up to three capitalised words right after token N (N itself when none follows)."""
    toks = ctx.doc.tokens
    k = n
    while k + 1 < len(toks) and k - n < 3 and toks[k + 1].text[:1].isupper() and ctx.adjacent(k, k + 1) \
            and (k + 1) not in ctx.doc.sentence_starts:
        k += 1
    return k


def _prep_word(ctx: Context, i: int) -> str:
    return ctx.doc.tokens[i - 1].text


_PLURAL_ONLY_STEMS = frozenset(q[:-1] for q in _PLURAL_QUANTIFIERS if q.endswith("e"))


def _proposals(ctx, i, adjs, n, kind, stem, det_feats, head, nfeats, prep_cases) -> list[str]:
    toks = ctx.doc.tokens
    noun = toks[n].text
    # the lemma the word is a form of in its own right first ("Haus" is Haus, not the genitive of "Hau")
    # … unless another lemma's form is what the determiner fits: "des neue Systems" is the genitive of "System",
    # not a feminine "Systems"
    old_dative = _old_dative(head)   # ("Zeuge" is no "dem Zeuge" of "Zeug")
    analyses = tuple((lem, f) for lem, f in nouns.analyses(head) if lem == head or f not in old_dative)
    if head != noun and any(lem == head for lem, _ in analyses):
        # (a compound's last part that is a noun's base form is no other noun's genitive: "des Handelshaus" is
        # "Handelshauses")
        alien = _alien_genitives(head)
        analyses = tuple((lem, f) for lem, f in analyses if lem == head or f not in alien)
    fitting = {lem for lem, f in analyses if f in det_feats}
    # (not where the word is a lemma of its own, a weak noun: "den gesetzten Russe" is "Russen", no plural of "Russ")
    weak = nouns.forms_of(head).get("akk.sg.m", ()) in ((head + "n",), (head + "en",))
    if not fitting and any(f.endswith(".pl") for f in det_feats) and not weak:
        # … or, with a determiner that can be plural, the lemma the word is a plural of where German text has that
        # lemma more often than the word: "von den großen Schiffe" is "Schiff" in the plural, not a feminine
        # "Schiffe" of the lexicon ("vor den Halle" stays "Halle", no plural of "Hall")
        fitting = {lem for lem, f in analyses if f.endswith(".pl")
                   and lexicon.zipf_de(lem.lower()) > lexicon.zipf_de(head.lower())}
    every = {lem for lem, _ in analyses}
    # a noun declined like an adjective has both genders whatever the article shows ("des Angeklagte" ->
    # "des Angeklagten", "mit der Angeklagte" -> "der Angeklagten")
    adjectival = adjectival_lemmas(every)
    lemmas = sorted((fitting | adjectival if fitting & adjectival else fitting) or every,
                    key=lambda lem: (lem != head, lem))
    if lemmas and lemmas[0] == head and not adjectival:
        lemmas = lemmas[:1]  # "Haus" is the word Haus: its forms, not those of "Hau" whose genitive it also is
    if not lemmas and (_ing_loan(head) or _suffix_forms(head)):
        lemmas = [head]      # "aus der Sponsoring" -> "aus dem Sponsoring"
    lexicon_feats = nouns.features(head) or nfeats  # number from the lexicon, not from the infinitive reading
    numbers = {f.split(".")[1] for f in lexicon_feats}
    cases = [c for c in ("nom", "akk", "dat", "gen") if any(f.startswith(c) for f in det_feats)]
    if prep_cases:
        # the preposition decides the case; the article is what is likely wrong ("in das reichen Welt")
        cases = list(prep_cases)  # in the order of the table: the standard case first ("wegen": genitive)
    elif nfeats and all(f.startswith("gen") for f in nfeats) and "gen" not in cases and i > 0 \
            and i not in ctx.doc.sentence_starts and toks[i - 1].text[:1].isupper() and nouns.analyses(toks[i - 1].text):
        # a noun only genitive in form right after a noun ("im Herbst diesen Jahres"): a genitive attribute,
        # the article is what is wrong (not a subject: "Die Abzugs begann" -> "Der Abzug")
        cases.append("gen")
    # Candidate features: the noun's number first, the determiner's (or preposition's) cases in order.
    cands = []
    for number in (["sg", "pl"] if "sg" in numbers else ["pl", "sg"]):
        for c in cases:
            cands.append((c, number))
    if any(M.adjective_stem(toks[a].text) in _PLURAL_ONLY_STEMS or toks[a].text in ("meisten", "wenigsten")
           for a in adjs):
        cands = [c for c in cands if c[1] == "pl"]   # "den beiden Minister": never "dem beiden Minister"
    det_numbers = {f.split(".")[1] for f in det_feats}
    # without a preposition the article as written shows the case meant: "den" before a neuter singular is an
    # accusative ("…, das den größten Teleskop betreibt" -> "das größte Teleskop"), not the dative its plural
    # reading has ("dem größten Teleskop")
    det_readings = {tuple(f.split(".")[:2]) for f in det_feats}
    noun_cases: dict[str, set[str]] = {}
    for f in nfeats:
        noun_cases.setdefault(f.split(".")[1], set()).add(f.split(".")[0])
    # "trotz des schlechten Wetter": the article is right for the preposition, so the noun's ending is what is wrong
    # (not after a two-way preposition: "hinter die Blütenständen" may mean either case, and the dative is likelier)
    det_fits_preposition = bool(prep_cases) and set(prep_cases) != {"dat", "akk"} \
        and any(f.split(".")[0] in prep_cases for f in det_feats)
    if prep_cases and set(prep_cases) == {"dat", "akk"}:
        # after a two-way preposition the dative (where) is far more frequent than the accusative (where to)
        first_number = cands[0][1]
        cands.sort(key=lambda c: (c[1] != first_number, c[0] != "dat"))
    weak_oblique = _weak_noun(head, homographs=True)
    out = []
    for lemma in lemmas:
        forms = nouns.forms_of(lemma) or _ing_forms(lemma) or _suffix_forms(lemma)
        # (a lemma of two genders in the gender the determiner shows first: "den Kunde" -> "den Kunden", not the
        # feminine "die Kunde")
        genders = sorted({f.split(".")[2] for f in forms if ".sg." in f},
                         key=lambda g: (not any(f.endswith(".sg." + g) for f in det_feats), g))
        for case, number in cands:
            feats = [f"{case}.pl"] if number == "pl" else [f"{case}.sg.{g}" for g in genders]
            for feat in feats:
                nf = forms.get(feat)
                if not nf:
                    continue
                if feat in _colloquial_strong(lemma):
                    nf = [f for f in nf if f != lemma] or nf   # "dem Analysten", not the colloquial "dem Analyst"
                if feat.startswith("dat.sg") and len(nf) > 1:
                    # the old dative in -e ("dem Bezirke") only where there is no other
                    nf = [f for f in nf if f not in {x + "e" for x in nf}] or nf
                d = M.determiner_form(kind, stem, feat, toks[i].text)
                if d is None:
                    continue
                start = [d]
                for a in adjs:
                    s = M.adjective_stem(toks[a].text)
                    start.append(s + M.adjective_ending(kind, feat))
                # of several forms ("Lande", "Länder") the one nearest the writer's ("Ländern"); a genitive's -es
                # and -s both, the one German text has more often first ("des Zustandes", "des Zustands")
                heads = [max(nf, key=lambda form: (len(os.path.commonprefix([form, head])), -nf.index(form)))]
                declined = lemma[:-2] + M.adjective_ending(kind, feat)
                if _strong_adjectival(lemma) and declined in nf:
                    heads = [declined]   # a noun declined like an adjective: "dem Angestellten", not "Angestelltem"
                elif feat.startswith("gen.sg") and len(nf) > 1:
                    heads = sorted(nf, key=lambda form: -lexicon.zipf_de(form.lower()))
                for rank, new_head in enumerate(heads):
                    parts = start + [nouns.with_head(noun, head, new_head)]
                    # keep what stood between the words (always single spaces here, but be exact)
                    # (a dative plural article as written, "in den letzten zwei Jahre", "mit den Kinder": the noun
                    # lost its -n, the article is right)
                    kept_dative = feat == "dat.pl" and parts[0] == toks[i].text and "dat.pl" in det_feats
                    # (a case the article shows only in the other number; not a change of number, "des kleinen
                    # Höfe" -> "der kleinen Höfe", nor the genitive the noun's form shows, "einen Tages" ->
                    # "eines Tages")
                    other_case = 1.1 if not prep_cases and (case, number) not in det_readings \
                        and number in det_numbers and not (case == "gen" and noun_cases.get(number) == {case}) else 0
                    # (a weak masculine's -n, which machine translation drops, costs as little as an article:
                    # "den Kunde" -> "den Kunden", not the rare feminine "die Kunde")
                    weak_n = feat.endswith(".sg.m") and new_head == weak_oblique and parts[0] == toks[i].text
                    cost = _cost(ctx, i, adjs, n, parts, number, det_numbers, numbers,
                                 det_fits_preposition or kept_dative or weak_n)
                    out.append((cost + other_case + 0.01 * rank, len(out),
                                _join(ctx, i, adjs, n, parts)))
    # the smallest repair first: machine translation usually gets the noun right and an ending wrong, so
    # changing the article costs less than changing the noun ("in das reichen Welt" -> "der reichen Welt")
    seen = []
    for _, _, p in sorted(out):
        if p not in seen:
            seen.append(p)
    return seen[:5]


def _cost(ctx, i, adjs, n, parts, number: str, det_numbers: set, noun_numbers: set, det_fits: bool = False) -> float:
    """Words changed (the noun counts more, unless the article is right for its preposition), and a change of
    number that neither the article nor the noun asked for: a number changes the meaning, an ending only the
    grammar."""
    toks = ctx.doc.tokens
    old = [toks[k].text for k in (i, *adjs, n)]
    changed = [a != b for a, b in zip(old, parts)]
    noun_weight = 0.9 if det_fits else 1.5
    return sum(changed[:-1]) + noun_weight * changed[-1] + 2 * (number not in det_numbers) \
        + 2 * (number not in noun_numbers)


def _join(ctx, i, adjs, n, parts) -> str:
    toks = ctx.doc.tokens
    idx = [i, *adjs, n]
    text = ctx.doc.text
    s = parts[0]
    for k in range(1, len(idx)):
        prev_end = toks[idx[k - 1]].end
        # tokens we skipped (invariant words) between idx[k-1] and idx[k] are kept verbatim
        s += text[prev_end: toks[idx[k]].start] + parts[k]
    return s


# plural quantifiers in the nominative or accusative, whose adjective used as a noun ends in -e after them
_NOM_PLURAL_QUANTIFIERS = frozenset("mehrere viele einige zahlreiche wenige etliche".split())


def _quantified_adjectival_nouns(ctx: Context, taken: set[int]) -> list[Finding]:
    """A plural quantifier in -e and an adjective used as a noun in the singular's -er ("Mehrere Abgeordneter
    forderten" -> "Abgeordnete"): the strong plural ends in -e there (-er is the genitive's, after "mehrerer")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        n = i + 1
        # (a round number between: "mehrere hundert Beschäftigten")
        if n + 1 < len(toks) and toks[n].text.lower() in _ROUND_NUMBERS and ctx.adjacent(n, n + 1):
            n += 1
        word = toks[n].text
        if toks[i].text.lower() not in _NOM_PLURAL_QUANTIFIERS or not ctx.adjacent(i, i + 1) \
                or toks[i].start in taken or not word.endswith(("er", "en")) or not word[:1].isupper() \
                or len(word) < 6:
            continue
        plural = word[:-1]
        # (an adjective's or a participle's form: "abgeordnet", "angestellt"; not a noun in -er, "Lehrer")
        if "nom.pl" not in nouns.features(plural) or not lexicon.is_german(word[:-2].lower()):
            continue
        # (-er: no plural itself; -en: the weak plural of a noun declined as an adjective, whose -e form is a
        # singular too, "Beschäftigte"; not "Studenten")
        if word.endswith("er") and "nom.pl" in nouns.features(word) or word.endswith("en") and not (
                {"nom.sg.m", "nom.sg.f"} <= nouns.features(plural)):
            continue
        out.append(Finding(toks[n].start, toks[n].end, word, "AGREEMENT_NP", "grammar", "error",
                           f"after „{toks[i].text}“ an adjective used as a noun takes the plural's -e", [plural]))
    return out


_ROUND_NUMBERS = frozenset(("hundert", "tausend", "dutzend"))


def _plural_form(word: str) -> bool:
    """WORD is a noun form the lexicon reads as a plural only ("Wochen"): no section's or list's label."""
    feats = [f for _, f in nouns.analyses(word)]
    return bool(feats) and all(f.endswith(".pl") for f in feats)
