"""Subject and verb that disagree in number: "Die Regierung haben beschlossen", "Die Länder hat zugestimmt".

Only where the sentence leaves no doubt: it opens with a noun phrase in the nominative (determiner, adjectives,
noun: the lexicon gives its number; or a count, "Mehr als 800 Passagiere"; or two phrases joined by "und", one of
them plural) and the next word is the finite verb of a main clause (German puts it second; a place's name may stand
between, "Die Fahrer in Sculeni glaubt"). Or an adverb opens it, a singular verb follows, then a count and a plural
noun ("Inzwischen wurde 40 neue Wohnungen gebaut").
The verb is one whose number shows: an auxiliary or modal (ist/sind, hat/haben, kann/können ...), or a regular verb
in -t / -en whose other form the dictionary has ("plant"/"planen"). The proposal is the same verb in the noun's
number. A phrase whose number is open ("die Kosten" is plural only, "die Lage" singular only, "die Dollar" both)
is judged only when every reading agrees.
"""

from __future__ import annotations

import functools
import re

from ... import dictionary, lexicon, nouns
from ...findings import Finding
from . import morphology as M
from .agreement import (CLAUSE_END, _adj_fits, _clause_last, _grouped_number_end, _is_adjective, _names_someone,
                        feminine_first_name, noun_features, np_at, old_datives, opening_phrases)
from .context import Context
from .garbled import count_word

# third person singular <-> plural of the verbs whose number always shows
_PAIRS = [
    ("ist", "sind"), ("war", "waren"), ("wäre", "wären"), ("hat", "haben"), ("hatte", "hatten"),
    ("hätte", "hätten"), ("wird", "werden"), ("wurde", "wurden"), ("würde", "würden"), ("kann", "können"),
    ("konnte", "konnten"), ("könnte", "könnten"), ("muss", "müssen"), ("musste", "mussten"),
    ("müsste", "müssten"), ("soll", "sollen"), ("sollte", "sollten"), ("will", "wollen"), ("wollte", "wollten"),
    ("darf", "dürfen"), ("durfte", "durften"), ("dürfte", "dürften"), ("mag", "mögen"), ("möchte", "möchten"),
    ("sei", "seien"),
    # the subjunctive of reported speech ("die Behörden habe …" -> "haben")
    ("habe", "haben"), ("werde", "werden"), ("könne", "können"), ("müsse", "müssen"), ("solle", "sollen"),
    ("wolle", "wollen"), ("dürfe", "dürfen"),
]
_SINGULAR = {sg: pl for sg, pl in _PAIRS}
SINGULAR_VERBS = frozenset(_SINGULAR)   # (spelling reads the polite "Sie" by them)
_PLURAL = {pl: sg for sg, pl in reversed(_PAIRS)}   # (the indicative's singular first: "haben" -> "hat", not "habe")
# nouns of quantity take either number ("Eine Reihe von Experten haben"): never judged
_QUANTITY_HEADS = frozenset("Reihe Mehrheit Hälfte Vielzahl Menge Anzahl Gruppe Teil Drittel Viertel Dutzend "
                            "Million Milliarde Paar Prozent".split())


def _verb_number(word: str) -> tuple[str, str] | None:
    """(number the verb form shows, the same verb in the other number) or None when it shows none."""
    if word in _SINGULAR:
        return "sg", _SINGULAR[word]
    if word in _PLURAL:
        return "pl", _PLURAL[word]
    strong = _strong_present(word)
    if strong is not None:
        return "sg", strong
    # a regular verb, present ("plant" / "planen") or past ("plante" / "planten"): both forms German; in second
    # place after the subject a lower-case word is the finite verb (or an adverb, which has no such pair)
    # (four letters too, "sagt" / "sagen"; not a preposition that looks like one, "seit" / "seien")
    if len(word) >= 4 and word.islower() and word.isalpha() and lexicon.is_german(word) \
            and word not in M.PREPOSITIONS and word not in _NO_VERBS:
        if word.endswith("ten") and lexicon.is_german(word[:-1]):
            # "sagten" -> "sagte"; but "beinhalten" is a present plural ("beinhaltet"), and the forms do not tell,
            # unless the infinitive of a past shows ("einigten": einigen)
            past = lexicon.is_german(word[:-3] + "en") and not word[:-3].endswith("t")
            return None if lexicon.is_german(word[:-2] + "et") and lexicon.is_german(word[:-2] + "e") and not past \
                else ("pl", word[:-1])
        if word.endswith("te") and lexicon.is_german(word + "n"):
            return "sg", word + "n"
        # (a present plural in -en is also the infinitive, which follows a noun in instructions and headlines:
        # "Die Sahne schlagen und unterrühren", "Die Hoffnung aufgeben bedeutet …": not judged)
        if word.endswith("t") and not word.endswith("et"):
            pl = word[:-1] + "en"
            if lexicon.is_german(pl):
                return "sg", pl
            # a stem in -er or -el, whose plural takes -n ("fordert" / "fordern", "handelt" / "handeln"); not a
            # participle ("verändert")
            if word.endswith(("ert", "elt")) and not word.startswith(_PARTICIPLE_PREFIXES) \
                    and lexicon.is_german(word[:-1] + "n"):
                return "sg", word[:-1] + "n"
        # a stem in -t or -d ("arbeitet" / "arbeiten", "bildet" / "bilden"); not where the form is also a
        # participle, which an inseparable prefix or ge- makes ("bearbeitet", "verschuldet", "geeignet")
        if word.endswith("et") and len(word) >= 6 and word[-3] in "td" and not word.startswith(_PARTICIPLE_PREFIXES) \
                and lexicon.is_german(word[:-2] + "en"):
            return "sg", word[:-2] + "en"
        # a stem in a consonant and -n or -m, which takes -et too ("rechnet" / "rechnen", "atmet" / "atmen"); not
        # after l or r ("lernt") nor a lengthening h ("wohnt": "wohnet" is no form)
        if word.endswith(("net", "met")) and len(word) >= 5 and _epenthetic_stem(word[:-2]) \
                and not word.startswith(_PARTICIPLE_PREFIXES) and lexicon.is_german(word[:-2] + "en"):
            return "sg", word[:-2] + "en"
        # a strong verb's preterite, plain or behind a prefix ("gingen" / "ging", "verließen" / "verließ"), and its
        # singular ("sprach" / "sprachen")
        from .calques import INSEPARABLE, strong_preterites   # (calques imports word_order, which imports this)
        stems = [word] + [word[len(p):] for p in INSEPARABLE if word.startswith(p)]
        if word.endswith("en") and any(w in strong_preterites() and w[:-2] in strong_preterites() for w in stems) \
                and lexicon.is_german(word[:-2]):
            return "pl", word[:-2]
        if any(w in strong_preterites() and w + "en" in strong_preterites() for w in stems) \
                and lexicon.is_german(word + "en"):
            return "sg", word + "en"
        # a strong verb's Konjunktiv II, plain or behind a prefix ("läge" / "lägen", "verginge" / "vergingen")
        for w in stems:
            if w in _strong_subjunctives() and lexicon.is_german(word + "n"):
                return "sg", word + "n"
            if w.endswith("n") and w[:-1] in _strong_subjunctives() and lexicon.is_german(word[:-1]):
                return "pl", word[:-1]
    return None


PRESENT_SINGULAR_MIN_ZIPF = 2.5   # a verb form German text has ("fordert" 4.3, "verlangt" 3.9)


def _present_singular(word: str) -> str | None:
    """The third person singular of WORD read as a present plural ("fordern" -> "fordert", "arbeiten" ->
    "arbeitet", "geben" -> "gibt"), where German text has that form; None for a word that is none."""
    if not (word.islower() and word.isalpha() and word.endswith(("en", "ern", "eln")) and len(word) >= 5
            and lexicon.is_german(word)) or word in M.PREPOSITIONS:
        return None
    from .calques import INSEPARABLE   # (calques imports word_order, which imports this)

    strong = _strong_singular_of()
    for p in ("",) + tuple(INSEPARABLE):   # (plain or behind an inseparable prefix: "beraten" -> "berät")
        if word.startswith(p) and word[len(p):] in strong and lexicon.is_german(p + strong[word[len(p):]]):
            return p + strong[word[len(p):]]
    stem = word[:-1] if word.endswith(("ern", "eln")) else word[:-2]
    form = stem + ("et" if stem.endswith(("t", "d")) or (len(stem) >= 3 and _epenthetic_stem(stem)) else "t")
    return form if lexicon.is_german(form) and lexicon.zipf_de(form) >= PRESENT_SINGULAR_MIN_ZIPF else None


def _epenthetic_stem(stem: str) -> bool:
    """A verb stem in -n or -m after a consonant that is not l, r, a nasal or a lengthening h ("rechn", "atm",
    "öffn"; not "lern", "wohn", "komm")."""
    before = stem[-2].lower()
    if stem[-1] not in "nm" or before in "aeiouäöülrmnyh" and not stem.endswith(("chn", "chm")):
        return False
    return True


@functools.cache
def _strong_subjunctives() -> frozenset[str]:
    """The singular Konjunktiv II of each strong verb whose form is its own ("läge", "ginge"; not "hätte", which
    _PAIRS has, nor one that is the preterite too)."""
    from .calques import _STRONG   # (calques imports word_order, which imports this)

    return frozenset(forms[4] for forms in _STRONG.values()
                     if forms and forms[4].endswith("e") and forms[4] not in _SINGULAR and forms[4] != forms[2])


@functools.cache
def _strong_singulars() -> dict[str, str]:
    """The singular present of each strong verb whose vowel changes -> its infinitive ("tritt" -> "treten")."""
    from .calques import _STRONG   # (calques imports word_order, which imports this)

    return {forms[1]: verb for verb, forms in _STRONG.items()
            if forms and not forms[1].startswith(verb[:-2]) and forms[1] not in _SINGULAR}


@functools.cache
def _strong_singular_of() -> dict[str, str]:
    """_strong_singulars the other way round: infinitive -> singular present ("treten" -> "tritt")."""
    return {verb: form for form, verb in _strong_singulars().items()}


def _strong_present(word: str) -> str | None:
    """The plural of a strong verb's singular present whose vowel changes, plain or behind an inseparable prefix
    ("tritt" -> "treten", "erhält" -> "erhalten"), which no rule of endings gives."""
    from .calques import INSEPARABLE

    singulars = _strong_singulars()
    if word in singulars:
        return singulars[word]
    for p in INSEPARABLE:
        rest = word[len(p):]
        if word.startswith(p) and rest in singulars and lexicon.is_german(word) \
                and lexicon.is_german(p + singulars[rest]):
            return p + singulars[rest]
    return None


_COPULA_PLURAL = frozenset(("sind", "waren", "wären", "seien"))
_PARTICIPLE_PREFIXES = ("ge", "be", "ver", "er", "zer", "ent", "emp", "miss", "über", "unter", "hinter", "wider")
# short words in -t that are no verbs though their stem with -en is one
_NO_VERBS = frozenset("seit samt nebst weit bereit breit leicht recht schlecht acht nicht jetzt erst meist bitte"
                      .split())


def _subject_after(ctx: Context, v: int, number: str | None = None) -> bool:
    """The clause after the verb has a subject of its own: a personal pronoun, a determiner in the nominative, or a
    capitalised word (a name or a noun without article) right after the verb. A phrase whose noun cannot be in the
    verb's NUMBER is none ("Spediteure muss ihre Papiere …": "ihre Papiere" is plural)."""
    toks = ctx.doc.tokens
    for k in range(v + 1, min(len(toks), v + 8)):
        w = toks[k].text
        if w in CLAUSE_END:
            return False
        # (a bare count or plural noun later in the clause, not a preposition's: "… zeigten am Abend Dutzende
        # Fahrgäste")
        before = toks[k - 1].text.lower()
        if k > v + 1 and w[:1].isupper() and w.isalpha() and (w in _COUNT_WORDS or _plural_only(w)) \
                and before not in M.PREPOSITIONS and before not in M.CONTRACTIONS and M.determiner(before) is None \
                and not before.endswith(("e", "en", "er", "es", "em")) or (
                    k > v + 1 and w.isdigit() and before not in M.PREPOSITIONS and before not in M.CONTRACTIONS):
            if number != "sg":
                return True
        # (or one after a strong adjective of its own, no article: "Die restliche Finanzierung sollen litauische
        # Banken stemmen")
        if k >= v + 2 and number != "sg" and w[:1].isupper() and w.isalpha() and _plural_only(w) \
                and before.endswith("e") and _is_adjective(before) and M.determiner(before) is None \
                and toks[k - 2].text.lower() not in M.PREPOSITIONS and toks[k - 2].text.lower() not in M.CONTRACTIONS \
                and M.determiner(toks[k - 2].text) is None:
            return True
        if k == v + 1 and w[:1].isupper():
            # (not a plural-only noun after a singular verb: "Viele Bewohner fordert Schutzräume"; a singular after
            # a plural verb may open a subject of two, "Die Zeremonie verfolgten Präsident X und …")
            if number == "sg" and w.isalpha() and _plural_only(w):
                continue
            # (nor a bare singular after "hat", the object of "Angst haben", "Zeit haben": "Viele ihrer Mandanten
            # hat Angst")
            if toks[v].text in ("hat", "hatte") and w.isalpha() and nouns.analyses(w) \
                    and not any(f.endswith(".pl") for f in _noun_readings(w)) and (
                        k + 1 >= len(toks) or not toks[k + 1].text[:1].isupper()):
                continue
            return True
        det = M.determiner(w)
        # (not a preposition's article: "sprach von der schwersten Katastrophe"; nor a comparison's, "wiegt weniger
        # schwer als der Schaden")
        after_preposition = before in M.PREPOSITIONS or before in ("seit", "um", "als", "wie")
        if w.lower() in M.SUBJECT_PRONOUNS or w.lower() in _INDEFINITE_SUBJECTS:
            return True
        # ("eines der Unternehmen", "keiner der Bewerber": a pronoun of a genitive's whole, a subject)
        if w.lower() in _PARTITIVE_PRONOUNS and k + 1 < len(toks) and toks[k + 1].text.lower() in ("der", "dieser") \
                and not after_preposition:
            return True
        # (nor a count's genitive of the whole: "stellte zwei der vier Reaktoren um")
        partitive = k > v + 1 and (_counts(ctx, k - 1) or toks[k - 1].text.lower() in _PLURAL_OPENERS)
        # (a phrase joined to another by "und" is part of two, no singular subject: "bemängelte defekte Melder und
        # eine fehlende Zertifizierung")
        if number == "sg" and k > v + 1 and before in ("und", "sowie"):
            continue
        if det is not None and any(f.startswith("nom") for f in det[2]) and not after_preposition and not partitive:
            np = np_at(ctx, k) if number else None
            if np is not None:
                shared = {f for f in set(det[2]) & noun_features(toks[np[2]].text)[1] if f.startswith("nom")}
                # (nor a phrase with no nominative reading: "forderte einen Stopp der Pläne", a genitive)
                if noun_features(toks[np[2]].text)[1] and not shared:
                    continue
                if shared and all(("pl" if f.endswith(".pl") else "sg") != number for f in shared):
                    continue
            return True
    return False


# indefinite pronouns that are a clause's subject after its verb ("Die Deutschen freute nichts")
_INDEFINITE_SUBJECTS = frozenset("nichts niemand jemand alles".split())   # (not "etwas", an adverb too)
_PARTITIVE_PRONOUNS = frozenset("eines einer keines keiner jedes jeder".split())
# words that open a plural noun phrase as a determiner would ("Viele Bauern sagen …")
_PLURAL_OPENERS = frozenset("viele einige mehrere zahlreiche wenige beide alle etliche".split())


def _person_or_role(noun: str) -> bool:
    """NOUN names a person or a role, which a person's name may follow ("Der Ökonom Victor Munteanu")."""
    from .calques import person_noun   # (calques imports word_order, which imports this)

    if _names_someone(noun) or person_noun(noun):
        return True
    # (a weak masculine noun is nearly always a person: "Ökonom", "Kandidat", "Journalist")
    forms = nouns.forms_of(noun)
    return forms.get("nom.sg.m", ("",))[0] == noun and forms.get("gen.sg.m", ("",))[0] in (noun + "en", noun + "n")


def _bare_plural_np(ctx: Context, first: int):
    """A noun alone opening the clause in a form that can only be plural ("Rettungskräfte aus … arbeitet"), as
    np_at gives a phrase: ((None, None, its plural readings), [], its index); None for any other word."""
    toks = ctx.doc.tokens
    w = toks[first].text
    if not (w[:1].isupper() and w.isalpha() and _plural_only(w)) or M.determiner(w) is not None:
        return None
    # (not a name the lexicon reads as a rare noun's plural, far more frequent than that noun: "Toni", "Tonus")
    lemmas = {lem for lem, _ in nouns.analyses(w)}
    if any(lexicon.zipf_de(w.lower()) - lexicon.zipf_de(lem.lower()) > NAME_NOT_PLURAL_MARGIN
           for lem in lemmas if lexicon.zipf_de(lem.lower()) > 0):
        return None
    return (None, None, frozenset(("nom.pl", "akk.pl", "dat.pl", "gen.pl"))), [], first


def _name_genitive_np(ctx: Context, first: int):
    """A place's or person's genitive in -s, adjectives and a noun that can only be plural ("Georgiens gesamte
    Exporte … erreichte"), as np_at gives a phrase; None for any other words."""
    toks = ctx.doc.tokens
    name = toks[first].text
    # (a name: no common noun's form, or a country's genitive the lexicon has, whose noun has no plural:
    # "Deutschlands"; not "Falls", "Jedes", words German writes small too)
    base = name[:-1]
    if not (name[:1].isupper() and name[1:].islower() and name.isalpha() and name.endswith("s") and len(name) >= 5) \
            or any(not f.startswith("gen.sg") for f in nouns.features(name)) \
            or any(f.endswith(".pl") for lem, _ in nouns.analyses(base) for f in nouns.forms_of(lem)) \
            or lexicon.is_german(name.lower()) or lexicon.is_german(base.lower()) \
            or not (lexicon.is_german(base) or base in ctx.glossary.known_words):
        return None
    n = first + 1
    while n < len(toks) and ctx.adjacent(n - 1, n) and toks[n].text.islower() and _is_adjective(toks[n].text):
        n += 1
    if n >= len(toks) or not ctx.adjacent(n - 1, n) or not _plural_only(toks[n].text):
        return None
    return ("quant", "", ("nom.pl", "akk.pl")), list(range(first + 1, n)), n


def _quantified_np(ctx: Context, first: int):
    """np_at's answer for a plural phrase opened by a quantifier ("Viele Bauern", "Zahlreiche kleine Betriebe"):
    (det info, adjective indices, noun index), or None."""
    toks = ctx.doc.tokens
    word = toks[first].text.lower()
    # (or an adjective in the strong plural's -e before a noun that is plural only: "Erste Wettkämpfe ist …")
    adjective_first = word.endswith("e") and word not in _PLURAL_OPENERS and _is_adjective(word) \
        and first + 1 < len(toks) and _plural_only(toks[first + 1].text, _STRONG_E)
    # (or a bare noun that is plural only: "Spediteure muss …"; not a name that is a rare noun's plural too, "Toni"
    # of "Tonus", far commoner than its lemma)
    bare = toks[first].text
    # (not an adjective before its noun that is a plural noun too: "Lokale Politiker fordert")
    # (nor a word German writes small too, an adverb opening the sentence: "Mitten im Krieg investiert …")
    # (or a weak masculine's plural, whose singular readings are the oblique cases a bare noun opening a clause
    # is not in: "Experten warnt" is no "des Experten"; not a name the glossary has, "Polen" is the country)
    readings = _noun_readings(bare)
    weak_plural = {f for f in readings if f.startswith("nom")} == {"nom.pl"} and "gen.sg.m" in readings \
        and bare.endswith("n") and bare not in ctx.glossary.known_words
    if not adjective_first and bare[:1].isupper() and bare.isalpha() and (_plural_only(bare) or weak_plural) \
            and not (first in ctx.doc.sentence_starts and lexicon.is_german(bare.lower())) \
            and all(lexicon.zipf_de(bare.lower()) <= lexicon.zipf_de(lem.lower()) + 1.0
                    for lem, _ in nouns.analyses(bare)):
        return ("quant", "", ("nom.pl", "akk.pl")), [], first
    count = _approximate_count(ctx, first)
    if word in _COUNT_NOUNS and first + 1 < len(toks) and ctx.adjacent(first, first + 1) \
            and toks[first + 1].text[:1].isupper() and "nom.pl" in _noun_readings(toks[first + 1].text):
        return ("quant", "", ("nom.pl", "akk.pl")), [], first + 1   # ("Dutzende Bauern versammelte sich")
    if word not in _PLURAL_OPENERS and word not in M.CARDINALS and not adjective_first and count is None:
        return None   # (a count from two up opens a plural too: "Neun Wagen wurden beschädigt")
    if adjective_first:
        return ("quant", "", ("nom.pl", "akk.pl")), [], first + 1
    n = first + 1 if count is None else count + 1
    if count is None and word in _PLURAL_OPENERS and n < len(toks) and ctx.adjacent(n - 1, n) and _counts(ctx, n):
        n += 1   # (a count after the quantifier: "Alle 412 Piloten")
    # (the whole's genitive after the quantifier or the count: "Viele ihrer Mandanten", "Drei der Fahrer")
    if n + 1 < len(toks) and toks[n].text in _WHOLE_GENITIVES and ctx.adjacent(n - 1, n) \
            and ctx.adjacent(n, n + 1) and _plural_only(toks[n + 1].text, frozenset({"gen.pl"})):
        return ("quant", "", ("nom.pl", "akk.pl")), [], n + 1
    adjs = []
    while n < len(toks) and toks[n].text.islower() and toks[n].text.endswith("e") and len(adjs) < 2 \
            and ctx.adjacent(n - 1, n):
        adjs.append(n)
        n += 1
    if n >= len(toks) or not ctx.adjacent(n - 1, n) or not toks[n].text[:1].isupper():
        return None
    return ("quant", "", ("nom.pl", "akk.pl")), adjs, n


# nouns of a count that open a plural phrase as a quantifier does ("Dutzende Bauern", "Hunderte Fans")
_COUNT_NOUNS = frozenset("dutzende hunderte tausende zehntausende hunderttausende".split())
# determiners of a genitive plural of the whole after a quantifier ("Viele ihrer Mandanten")
_WHOLE_GENITIVES = frozenset("der dieser ihrer seiner unserer eurer meiner deiner".split())
# words of approximation before a count opening a sentence (not "über", which is a preposition there too)
_APPROXIMATE = frozenset("rund etwa knapp fast mindestens gut circa insgesamt nur".split())


def _approximate_count(ctx: Context, first: int) -> int | None:
    """The index of a count from two up after an approximation opening the sentence ("Mehr als 800 Passagiere",
    "Rund 40 Händler"), or None."""
    toks = ctx.doc.tokens
    word = toks[first].text.lower()
    k = first + 2 if word in ("mehr", "weniger") and first + 1 < len(toks) and toks[first + 1].text == "als" \
        else first + 1 if word in _APPROXIMATE else None
    if k is None or k >= len(toks) or not ctx.adjacent(k - 1, k):
        return None
    return _count_end(ctx, k)


def _count_end(ctx: Context, k: int) -> int | None:
    """The last token of a count from two up that starts at token K, its thousands grouped German's way or
    English's ("Rund 2.300 Retter", "Rund 2,300 Retter": either way more than one), or None."""
    toks = ctx.doc.tokens
    grouped = _grouped_number_end(ctx, k)
    if grouped is not None:
        return grouped
    if k + 2 < len(toks) and toks[k].text.isdigit() and toks[k + 1].text == "," and len(toks[k + 2].text) == 3 \
            and toks[k + 2].text.isdigit() and ctx.adjacent(k, k + 1) and ctx.adjacent(k + 1, k + 2):
        return k + 2
    return k if _counts(ctx, k) else None


def _counts(ctx: Context, k: int) -> bool:
    """Token K is a count from two up (garbled's count_word), not an ordinal's number ("am 3. Mai")."""
    return count_word(ctx.doc.tokens[k].text) and ctx.doc.text[ctx.doc.tokens[k].end:ctx.doc.tokens[k].end + 1] != "."


def _long_head(noun: str) -> bool:
    """NOUN is a compound the lexicon lacks whose last part, five letters or more, it has ("Ticketpreise")."""
    head = nouns.head_of(noun)
    return head is not None and head != noun and len(head) >= 5 and head not in _QUANTITY_HEADS


def _noun_readings(noun: str) -> frozenset[str]:
    """noun_features' readings, or the lexicon's for a loan it lists as written, which noun_features leaves to the
    English rules ("Start-ups")."""
    return noun_features(noun)[1] or frozenset(f for _, f in nouns.analyses(noun))


# the readings of an adjective's strong -e without a determiner ("Ausländische Start-ups")
_STRONG_E = frozenset(("nom.sg.f", "akk.sg.f", "nom.pl", "akk.pl"))


def _plural_only(noun: str, among: frozenset[str] | None = None) -> bool:
    """NOUN is a plural form and nothing else ("Wettkämpfe", "Bauprojekte"; not "Frau" or "Lehrer"), of its
    readings AMONG where given ("Start-ups" after a strong -e is no genitive singular)."""
    feats = _noun_readings(noun) - old_datives(noun)   # (not the old dative "dem Projekte")
    if among is not None:
        feats = feats & among
    return bool(feats) and all(f.endswith(".pl") for f in feats)


_FOCUS_PARTICLES = frozenset(("Auch", "Selbst", "Sogar", "Nur", "Gerade"))
_AFTER_SUBJECT_ADVERBS = frozenset("hier dort selbst dagegen hingegen jedoch allerdings wiederum indes".split())
NAME_NOT_PLURAL_MARGIN = 1.5   # a "plural" this much more frequent than its lemma is a name ("Toni" 3.9, "Tonus" 2.2)


def check(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    out = []
    # (a colon opens a clause of its own: "… warnt: Mehrere Anbieter würde expandieren"; so does the comma after a
    # verb of saying, before reported speech in verb-second order: "sagte, die Arbeiten sei … geblieben")
    reported = {k + 1 for k, t in enumerate(toks[:-1]) if t.text == "," and k > 0 and toks[k - 1].text in _SAYING
                and M.determiner(toks[k + 1].text) is not None}
    # (and a main clause joined by a comma, its article opening the subject and its verb second, more of the
    # clause after it: "…, die Margen sei jedoch dünn"; a relative clause puts its verb last)
    joined = {k + 1 for k, t in enumerate(toks[:-1]) if t.text == "," and toks[k + 1].text in ("der", "die", "das")}
    # (a quantifier after a comma opens a main clause too, as no relative clause starts so: "…, viele Kunden kaufte
    # gleich mehrere"; and a quotation after a colon: „Unsere Messungen zeigt …")
    quantified = {k + 1 for k, t in enumerate(toks[:-1]) if t.text == "," and toks[k + 1].text in _PLURAL_OPENERS}
    quoted = {k + 1 for k, t in enumerate(toks[:-1]) if t.text in ("„", '"', "»") and k > 0
              and toks[k - 1].text == ":" and toks[k + 1].text[:1].isupper()}
    # (a focus particle before the subject, the two one constituent: "Auch die Kreditgeber zeigte sich …")
    # (or a quantifier of plurals or an adjective in the strong plural's -e: "Auch viele Winzer zieht …", "Auch
    # andere Winzer zieht …")
    focused = {k + 1 for k in ctx.doc.sentence_starts if k + 1 < len(toks) and toks[k].text in _FOCUS_PARTICLES
               and (M.determiner(toks[k + 1].text) is not None or toks[k + 1].text in _PLURAL_QUANTIFIERS
                    or (toks[k + 1].text.endswith("e") and _is_adjective(toks[k + 1].text)))
               and ctx.adjacent(k, k + 1)}
    # (a main clause after "doch", "aber", "denn" that open it, after a comma or the sentence's start: "…, doch die
    # Weiden würde …" -> "würden")
    # (and after "und", "oder" behind a comma: "…, und die Frachtkosten hat sich verdoppelt")
    conjoined = {k + 1 for k, t in enumerate(toks[:-1]) if (t.text.lower() in ("doch", "aber", "denn") and (
                 k in ctx.doc.sentence_starts or (k > 0 and toks[k - 1].text == ","))
                 or (t.text in ("und", "oder") and k > 0 and toks[k - 1].text == ","))
                 and toks[k + 1].text in ("der", "die", "das") and ctx.adjacent(k, k + 1)}
    colons = {k + 1 for k, t in enumerate(toks[:-1]) if t.text == ":" and toks[k + 1].text[:1].isupper()}
    starts = set(ctx.doc.sentence_starts) | focused | conjoined | colons | reported | joined | quantified | quoted
    for first in sorted(starts):
        if first >= len(toks):
            continue
        np = np_at(ctx, first) or _quantified_np(ctx, first) or _bare_plural_np(ctx, first) \
            or _name_genitive_np(ctx, first)
        # (not a question's "welche", whose clause may end in a participle: "Welche Gruppen überwacht … werden")
        if np is None or toks[first].text.lower().startswith("welch"):
            continue
        (_, _, det_feats), adjs, n = np
        v = n + 1
        # (an acronym in brackets after the noun: "Die Russischen Eisenbahnen (RZD) gewährt …")
        if v + 3 < len(toks) and toks[v].text == "(" and toks[v + 1].text.isupper() and toks[v + 2].text == ")":
            v += 3
        if v >= len(toks) or not ctx.adjacent(v - 1, v) or ctx.claimed(n) or ctx.claimed(v):
            continue
        noun = toks[n].text
        # the lexicon must know the form itself, or the compound's last part where that is a long word of its own
        # ("Ticketpreise": "Preise"); a short one can mislead ("Killeroma" is no "Roma")
        if noun in _QUANTITY_HEADS or not noun[:1].isupper() or not (nouns.analyses(noun) or _long_head(noun)):
            continue
        nfeats = _noun_readings(noun)
        if feminine_first_name(noun, nfeats, det_feats):
            continue   # "Die kleine Anna singt": no plural of the coin "Anna"
        shared = set(det_feats) & nfeats   # (what the determiner and the noun both allow)
        nominative = {f for f in shared if f.startswith("nom")}
        if not nominative:
            continue
        numbers = {"pl" if f.endswith(".pl") else "sg" for f in nominative}
        via_genitive = False
        # (a person's name after a noun of a role: "Der Ökonom Victor Munteanu warnten" -> "warnte")
        # (not an adjective used as a noun, whose number the lexicon may not tell: "Die Vorsitzende Gulnara …")
        adjectival = noun.endswith("e") and bool(nouns.analyses(noun + "r") or nouns.analyses(
            (nouns.head_of(noun) or noun) + "r"))
        if not nouns.analyses(toks[v].text) and toks[v].text[:1].isupper() and _person_or_role(noun) and not adjectival:
            k = v
            while k < len(toks) and k - v < 3 and toks[k].text[:1].isupper() and toks[k].text.isalpha() \
                    and not nouns.analyses(toks[k].text) and M.determiner(toks[k].text) is None \
                    and ctx.adjacent(k - 1, k):
                k += 1
            if k < len(toks) and toks[k].text.islower() and ctx.adjacent(k - 1, k):
                v = k
        # (a place's name after the noun: "Die Fahrer in Sculeni glaubt …")
        if toks[v].text in _PLACE_PREPOSITIONS and v + 2 < len(toks) and ctx.adjacent(v, v + 1) \
                and ctx.adjacent(v + 1, v + 2) and toks[v + 1].text[:1].isupper() and toks[v + 1].text.isalpha() \
                and not nouns.analyses(toks[v + 1].text) and M.determiner(toks[v + 1].text) is None:
            v += 2
            # (and more places: "Mehrere Fabriken in Andijan und Namangan hat …", "aus Kasachstan, Russland und
            # Aserbaidschan arbeitet")
            while v + 2 < len(toks) and toks[v].text in ("und", ",") and toks[v + 1].text[:1].isupper() \
                    and toks[v + 1].text.isalpha() and not nouns.analyses(toks[v + 1].text) \
                    and M.determiner(toks[v + 1].text) is None and ctx.adjacent(v + 1, v + 2):
                v += 2
        elif not any(lem in _MEASURE_LEMMAS for lem, _ in nouns.analyses(noun)):
            # (or a prepositional phrase: German puts one constituent before the finite verb, so a phrase after
            # the noun belongs to it, "Die Preise auf dem Spotmarkt reagierte …" -> "reagierten"; not a span of
            # time, an adverbial of its own: "Drei Monate nach dem Launch ist davon wenig zu sehen")
            # (and a genitive attribute first: "Die Kosten des Rückrufs liegt", "Die Bewohner der Dörfer Uschguli
            # und Ipari kündigte")
            after_genitive = _after_genitive(ctx, v)
            via_genitive = after_genitive != v
            v = _after_attribute_phrase(ctx, _after_attribute_phrase(ctx, after_genitive))
        if v >= len(toks):
            continue   # (the text ends after the genitive: "Die Folgen des Exportbanns")
        # (an adverb of place or "selbst" after the noun, one constituent with it: "Die Händler hier hat …")
        # (or a contrastive adverb, which stands with the subject in first place: "Die großen Konzerne dagegen
        # kontrolliert …")
        if toks[v].text in _AFTER_SUBJECT_ADVERBS and v + 1 < len(toks) and ctx.adjacent(v, v + 1) \
                and toks[v + 1].text.islower() and _verb_number(toks[v + 1].text) is not None:
            v += 1
        # a second phrase joined by "und", one of the two plural: the subject is plural ("Große Investoren und
        # Kunden würde …" -> "würden"); two singulars may take either number ("Grund und Boden ist teuer")
        if toks[v].text == "und" and ctx.adjacent(n, v):
            second = _conjunct(ctx, v + 1)
            # (each with an article of its own, two singulars are two things: "Die Gewerkschaft und die
            # Ärztekammer kündigt" -> "kündigen"; not "jeder … und jede …", which distributes)
            both_articled = _own_article(toks[first].text) and v + 1 < len(toks) and _own_article(toks[v + 1].text)
            if second is None or not ("pl" in numbers or second[1] or both_articled):
                continue
            n, v, numbers = second[0], second[0] + 1, {"pl"}
            if v >= len(toks) or not ctx.adjacent(n, v) or ctx.claimed(v):
                continue
        verb = toks[v].text
        # (after a quantifier and a comma, not an infinitive clause's participle: "…, beide Formen synchronisiert
        # zu halten")
        if first in quantified and first not in ctx.doc.sentence_starts and (
                (v + 1 < len(toks) and toks[v + 1].text == "zu") or verb.endswith("iert")
                or (verb.startswith(_PARTICIPLE_PREFIXES) and verb.endswith("t"))):
            continue
        # (an auxiliary's or the copula's form, more of the clause after it: not a relative clause's verb before
        # "und" or "zu", "…, die Zeit haben und …", "…, die Quantentheorie verstanden zu haben")
        # (a full verb too, before a preposition or an adverb, which a relative clause's verb at its end has not
        # after it: "…, die Lagerbestände reicht für zwei Wochen", "…, die Lotsen arbeitet nur tagsüber"; not a form
        # that is a participle too)
        # (after "aber", "doch" a clause that ends at its verb may be a subordinate clause's second half, verb last:
        # "…, der die Kugelgestalt zugab, aber die Antipoden leugnete;")
        if first in conjoined and first not in ctx.doc.sentence_starts and (
                v + 1 >= len(toks) or toks[v + 1].text in CLAUSE_END):
            continue
        # (or an object's phrase after a past plural, which a relative clause would put before its verb: "…, die
        # Belegschaft verbrachten die Zeit …")
        if first in joined and first not in reported and (
                v + 1 >= len(toks) or not toks[v + 1].text.isalpha() or toks[v + 1].text in _NO_MAIN_CLAUSE_AFTER
                or (verb not in _SINGULAR and verb not in _PLURAL and not (
                    (toks[v + 1].text in M.PREPOSITIONS or toks[v + 1].text in _OPENING_PREPOSITIONS
                     or toks[v + 1].text in _AFTER_FINITE_ADVERBS or toks[v + 1].text in ("nur", "sich"))
                    and not verb.startswith(_PARTICIPLE_PREFIXES)
                    and not verb.endswith("en"))
                    and not (verb.endswith("ten") and M.determiner(toks[v + 1].text) is not None
                             and _phrase_after_infinitive(ctx, v)))):
            continue
        # (a headline drops its auxiliary: a form that is a participle too is one there, "Teppiche aus Baku
        # beschädigt"; so does a bare plural's clause, "…-Adressen mit diesem Präfix automatisch konfiguriert")
        participle = verb.endswith("t") and (verb.startswith(_PARTICIPLE_PREFIXES) or verb.endswith("iert"))
        if participle and (ctx.in_headline(v) or np[0][0] is None):
            continue
        # "Diese Simulation verdanken wir …", "Die Kosten trägt nur der Staat": the subject follows the verb and
        # the phrase before it is an object
        shown = _verb_number(verb) or _present_plural_before_adverb(ctx, v) or _prefixed_finite(ctx, v)
        # (a form that is a participle too is finite second in a sentence of its own, more of the clause after it:
        # "Die Helfer vor Ort berichtet von …" -> "berichten"; a participle there would need its auxiliary first)
        if shown is None and numbers == {"pl"} and first in ctx.doc.sentence_starts and not ctx.in_headline(v) \
                and np[0][0] is not None and v + 1 < len(toks) and toks[v + 1].text not in CLAUSE_END \
                and _verb_number(toks[v + 1].text) is None \
                and (not toks[v + 1].text.endswith("en") or M.determiner(toks[v + 1].text) is not None):
            shown = _participle_form_finite(verb)   # (an object's article after it too: "… betrachtet den Markt")
        # (a present plural in -en, which may be an infinitive, after a phrase that can only be a nominative: no
        # infinitive's object, "Der Verband fordern eine Entschädigung" -> "fordert"; "Die Sahne schlagen" stays)
        # (or a nominative or accusative opening the sentence, the verb before the comma of a zu-infinitive it
        # governs, where an infinitive's object would have its own verb to come: "Die Besatzung versuchen, das
        # Schiff …" -> "versucht"; not before a preposition, a manual's "Die Warteschlange auflisten mit …")
        if shown is None and numbers == {"sg"} and (
                all(f.startswith("nom") for f in shared)
                or (first in ctx.doc.sentence_starts and not ctx.in_headline(v)
                    and (_zu_clause_after(ctx, v) or _phrase_after_infinitive(ctx, v))
                    and all(f.startswith(("nom", "akk")) for f in shared))):
            singular = _present_singular(verb)
            shown = ("pl", singular) if singular else None
        # (a plural's own possessive after a singular verb is no subject of its own: "Mehrere Fabriken hat ihre
        # Produktion gestoppt", their production; "Die Kosten trägt die Stadt" has one)
        # (so after a modal: "Die übrigen Betriebe muss ihre Produktion drosseln")
        own_possessive = numbers == {"pl"} and shown is not None and shown[0] == "sg" and v + 1 < len(toks) \
            and verb in _MODAL_SINGULAR and toks[v + 1].text in ("ihre", "ihren", "ihrem", "ihrer", "ihres")
        # (a phrase only the nominative fits is the subject whatever follows: "Der Verband fordern versiegelte
        # Waggons und Kontrollen")
        nominative_only = bool(shared) and all(f.startswith("nom") for f in shared)
        if not nominative_only and _subject_after(ctx, v, shown[0] if shown else None) and not own_possessive:
            continue
        # "Die Vorgabe sind 64 Anfragen", "Ein Szenario sind Reparatur-CDs": a plural predicate takes the verb
        if shown is not None and verb in _COPULA_PLURAL and _predicate_noun_may_follow(ctx, v):
            continue
        if shown is None or len(numbers) != 1 or shown[0] in numbers:
            continue
        # (past a genitive only a plural subject before a singular verb: a plural verb there has its subject after
        # it more often, "Die Struktur des Archivs können Sie …")
        if via_genitive and shown[0] != "sg":
            continue
        # (after a verb of saying a plural in -en may be an infinitive: "Demokratie heißt, die Wahl haben")
        # (not before an adverb only a finite verb has after it: "erklärte, die Abscheiderate liegen derzeit …")
        if first in reported and shown[0] == "pl" and verb.endswith("en") and not (
                v + 1 < len(toks) and toks[v + 1].text in _AFTER_FINITE_ADVERBS):
            continue
        # "Die Regierung und die Opposition haben": a coordinated subject; "Die Zahl der Toten sind": a genitive
        # attribute; both need the word after the noun, which here is the verb itself, so neither can occur
        # (a masculine or neuter noun the same in both numbers after "die" and before a singular verb: the article
        # may be the slip as well as the verb, "Die Eisbrecher liegt" -> "liegen" or "Der Eisbrecher"; both are
        # offered, the verb's first)
        singular = _singular_article(toks[first].text, noun) if shown[0] == "sg" and not adjs and v == n + 1 \
            and n == first + 1 else None
        if singular:
            start, end = toks[first].start, toks[v].end
            out.append(Finding(start, end, ctx.doc.text[start:end], "SUBJECT_VERB", "grammar", "error",
                               f"„{toks[first].text} {noun}“ is plural; the verb „{verb}“ is singular",
                               [f"{toks[first].text} {noun} {shown[1]}", f"{singular} {noun} {verb}"]))
            continue
        out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                           f"„{' '.join(t.text for t in toks[first:n + 1])}“ is "
                           f"{'singular' if 'sg' in numbers else 'plural'}; the verb „{verb}“ is not",
                           [shown[1]]))
    return out + _pronoun_and_phrase(ctx) + _plural_verb_before_man(ctx) + _elided_count_subject(ctx) \
        + _counted_subject_after(ctx) + _member_after_zu_den(ctx) \
        + _part_of_them(ctx) + _share_of_a_singular(ctx) + _each_after_plural_verb(ctx) \
        + _copula_before_plural(ctx) + _plural_before_singular(ctx) + _verb_last_number(ctx) + _ich_with_third(ctx) \
        + _relative_clause_number(ctx) \
        + _plural_pronoun_subject(ctx) + _plural_second_person_form(ctx)


@functools.cache
def _second_plural_forms() -> dict[str, str]:
    """The present of "ihr" of each strong verb whose third person singular changes its vowel -> that singular
    ("stoßt" -> "stößt", "fahrt" -> "fährt"): a form only "ihr" takes."""
    from .calques import _STRONG   # (calques imports word_order, which imports this)

    out = {}
    for verb, forms in _STRONG.items():
        if not forms or not verb.endswith("en"):
            continue
        stem = verb[:-2]
        ihr = stem + ("et" if stem.endswith(("t", "d")) else "t")
        # (not a form that is another verb's "du" form, "wachst" of "wachen", nor an English word, "blast"; nor
        # "ladet", which Duden allows for the singular too)
        if ihr != forms[1] and lexicon.is_german(ihr) and not lexicon.is_english(ihr) and ihr != "ladet" \
                and not (ihr.endswith("st") and lexicon.is_german(ihr[:-2] + "en")):
            out[ihr] = forms[1]
    return out


def _plural_second_person_form(ctx: Context) -> list[Finding]:
    """A strong verb in the form of "ihr" in a sentence without "ihr", right after a noun or a pronoun of the third
    person ("Das Werk stoßt jährlich … aus" -> "stößt"): news German writes the third person, whose vowel the "ihr"
    form lacks. Not in a sentence with "!", nor after a comma or a conjunction, where it is the imperative ("Fahrt
    vorsichtig!", "…, fangt schon mal an")."""
    toks = ctx.doc.tokens
    forms = _second_plural_forms()
    out = []
    for s in ctx.doc.sentences:
        words = [t.text for t in toks[s.first:s.last]]
        if "ihr" in words or "Ihr" in words or "!" in words:
            continue
        for k in range(s.first + 1, s.last):
            singular = forms.get(toks[k].text) or _prefixed_second_plural(toks[k].text, forms)
            if singular is None or ctx.claimed(k):
                continue
            # (right after its subject, a noun or a pronoun of the third person: an imperative follows a comma or a
            # conjunction, "…, fangt schon mal an"; not a compound's head written apart, "die Schiff fahrt", nor a
            # participle before its auxiliary, "verderbt ist")
            before, after = toks[k - 1].text, toks[k + 1].text if k + 1 < len(toks) else ""
            if not ((before[:1].isupper() and before.isalpha() and k - 1 not in ctx.doc.sentence_starts)
                    or before in ("er", "sie", "es", "man")) or not ctx.adjacent(k - 1, k) \
                    or lexicon.is_german(before + toks[k].text) or after in _SINGULAR or after in _PLURAL:
                continue
            out.append(Finding(toks[k].start, toks[k].end, toks[k].text, "SUBJECT_VERB", "grammar", "error",
                               f"„{toks[k].text}“ is the form of „ihr“; the third person is „{singular}“",
                               [singular]))
    return out


def _prefixed_second_plural(word: str, forms: dict[str, str]) -> str | None:
    """The third person of a strong verb's "ihr" form behind an inseparable prefix ("verstoßt" -> "verstößt"),
    where German has it."""
    from .calques import INSEPARABLE   # (calques imports word_order, which imports this)

    for p in INSEPARABLE:
        rest = word[len(p):]
        if word.startswith(p) and rest in forms and lexicon.is_german(p + forms[rest]):
            return p + forms[rest]
    return None


def _singular_article(article: str, noun: str) -> str | None:
    """The singular article for NOUN after the plural's "die", where NOUN is a masculine's or neuter's singular as
    written too ("Eisbrecher", "Abkommen"): "der" or "das", written as ARTICLE is; None otherwise."""
    if article.lower() != "die":
        return None
    genders = {f.rsplit(".", 1)[1] for _, f in nouns.analyses(noun) if f in ("nom.sg.m", "nom.sg.n")}
    if len(genders) != 1 or not any(f == "nom.pl" for _, f in nouns.analyses(noun)):
        return None
    return M.case_like("der" if genders.pop() == "m" else "das", article)


def _prefixed_finite(ctx: Context, v: int) -> tuple[str, str] | None:
    """("sg", plural) for a present in -(e)t with a participle's prefix, which is the participle too ("befürchtet"),
    where a comma and a conjunction follow it: a participle would need its auxiliary first ("Die Fischer
    befürchtet, dass …")."""
    toks = ctx.doc.tokens
    verb = toks[v].text
    if not (verb.islower() and verb.startswith(_PARTICIPLE_PREFIXES) and verb.endswith("t")) or v + 2 >= len(toks) \
            or toks[v + 1].text != "," or toks[v + 2].text not in ("dass", "ob", "wie", "weil", "wenn"):
        return None
    plural = verb[:-2] + "en" if verb.endswith("et") else verb[:-1] + "en"
    return ("sg", plural) if lexicon.is_german(plural) and lexicon.is_german(verb) else None


def _after_genitive(ctx: Context, v: int) -> int:
    """The token after a genitive attribute that starts at V ("des Rückrufs", "der Dörfer Uschguli und Ipari", "der
    Regierungspartei Georgischer Traum"), with up to three capitalised words of a name after its noun; else V."""
    toks = ctx.doc.tokens
    if v >= len(toks) or toks[v].text not in ("des", "der"):
        return v
    np = np_at(ctx, v)
    if np is None or (np[2] == v + 1 and not noun_features(toks[v + 1].text)[1]):
        # (a name the lexicon lacks after "der", a firm's or a place's: "Die Analysten der Swedbank schätzt"; one
        # or two capitalised words, a name's, then a word written small)
        k = v + 1
        while k < len(toks) and k - v <= 2 and ctx.adjacent(k - 1, k) and toks[k].text[:1].isupper() \
                and toks[k].text.isalpha() and not nouns.analyses(toks[k].text) \
                and M.determiner(toks[k].text) is None and not lexicon.is_german(toks[k].text.lower()):
            k += 1
        return k if k > v + 1 and k < len(toks) and toks[k].text.islower() and ctx.adjacent(k - 1, k) else v
    (_, _, det_feats), _, n = np
    if not {f for f in set(det_feats) & noun_features(toks[n].text)[1] if f.startswith("gen")}:
        return v
    j, names = n + 1, 0
    while j < len(toks) and names < 3 and ctx.adjacent(j - 1, j):
        w = toks[j].text
        if w == "und" and j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and names:
            j += 1
            continue
        if not (w[:1].isupper() and w.isalpha()) or M.determiner(w) is not None:
            break
        j, names = j + 1, names + 1
    # (a noun written small after the genitive's is a compound's head apart, no verb: "der Schatten flotte")
    if j < len(toks) and toks[j].text.islower() and toks[j].text not in _SINGULAR and toks[j].text not in _PLURAL \
            and nouns.analyses(toks[j].text.capitalize()):
        return v
    return j


def _predicate_noun_may_follow(ctx: Context, v: int) -> bool:
    """After the copula at V a noun phrase may follow, which a plural copula agrees with ("Die Vorgabe sind 64
    Anfragen", "Das Ergebnis sind hohe Preise"): a number, a determiner or a capitalised word after at most three
    words written small; not a predicate adjective or participle alone, nor a preposition's phrase ("Die Flotte
    seien durch den Ausbau ausgelastet")."""
    toks = ctx.doc.tokens
    k = v + 1
    while k < len(toks) and k <= v + 3 and toks[k].text.islower() and toks[k].text.isalpha() \
            and toks[k].text not in M.PREPOSITIONS and M.determiner(toks[k].text) is None:
        k += 1   # (adverbs and adjectives: "sind hohe Preise", "seien bereits voll ausgelastet")
    if k >= len(toks):
        return False
    w = toks[k].text
    return w[:1].isdigit() or M.determiner(w) is not None or (w[:1].isupper() and w.replace("-", "").isalnum()) \
        or w.lower() in M.CARDINALS


def _after_attribute_phrase(ctx: Context, v: int) -> int:
    """The token after a prepositional phrase that starts at V (a preposition or contraction, a determiner,
    adjectives, a noun or a name of up to three words, "A und B" of names, and a genitive attribute after it), or V
    itself where none starts there or the phrase does not end in a noun."""
    toks = ctx.doc.tokens
    word = toks[v].text.lower() if v < len(toks) else ""
    if not (word in M.PREPOSITIONS or word in M.CONTRACTIONS or word in _MORE_PREPOSITIONS) \
            or word in ("als", "wie", "bis") \
            or not toks[v].text.islower():
        return v
    k = v + 1

    def phrase(k: int) -> int | None:
        """The token after a noun phrase starting at K (determiner, adjectives, noun or name), or None."""
        if k < len(toks) and M.determiner(toks[k].text) is not None and ctx.adjacent(k - 1, k):
            k += 1
        counted = k < len(toks) and re.fullmatch(r"\d+(?:[.,]\d+)*", toks[k].text) and ctx.adjacent(k - 1, k)
        if counted:
            k += 1   # (a number before its unit: "von 0,15 Lari"; the tokens of "3.000")
            while k + 1 < len(toks) and toks[k].text in ".," and toks[k + 1].text.isdigit() \
                    and ctx.adjacent(k - 1, k) and ctx.adjacent(k, k + 1):
                k += 2

        def adjectives_and_noun(k: int) -> tuple[int, int]:
            while k < len(toks) and toks[k].text.islower() and toks[k].text.isalpha() \
                    and toks[k].text.endswith(("e", "en", "er", "es", "em")) and _is_adjective(toks[k].text) \
                    and ctx.adjacent(k - 1, k):
                k += 1
            start = k
            while k < len(toks) and k - start < 3 and toks[k].text[:1].isupper() \
                    and toks[k].text.replace("-", "").isalpha() and ctx.adjacent(k - 1, k) \
                    and M.determiner(toks[k].text) is None:
                k += 1
            return start, k

        start, k = adjectives_and_noun(k)
        if counted and k > start:
            # (a measure before an adjective is its attribute: "auf der 7,4 Kilometer langen Strecke")
            a, b = adjectives_and_noun(k)
            if b > a > k:
                k = b
        return k if k > start else None

    k = phrase(k)
    if k is None:
        return v
    # ("in Istanbul und Almaty": two names; a genitive attribute: "unter Leitung des norwegischen Juristen")
    if k + 1 < len(toks) and toks[k].text == "und" and toks[k + 1].text[:1].isupper() \
            and not nouns.analyses(toks[k + 1].text) and not nouns.analyses(toks[k - 1].text):
        k += 2
    if k < len(toks) and toks[k].text.lower() in ("des", "der") and ctx.adjacent(k - 1, k):
        after = phrase(k)
        k = after if after is not None else k
    return k


_NO_MAIN_CLAUSE_AFTER = frozenset("und oder aber sondern zu wie als".split())
# the singular of "sein" and the past of "werden", which take no accusative object: a plural phrase after them is
# the subject (or a plural predicate, which takes the plural verb too: "Das Problem sind die Kosten"); not "wird",
# whose future takes its infinitive's object ("Der Befehl wird die Dateien laden")
_COPULA_SINGULAR = {"ist": "sind", "war": "waren", "wurde": "wurden", "sei": "seien", "wäre": "wären"}


def _agent_noun_readings(noun: str) -> frozenset[str]:
    """The nominatives of a noun of the doer in -er of a German verb the lexicon lacks ("Versicherer" of
    "versichern"): masculine, its plural the same."""
    low = noun.lower()
    if len(noun) >= 7 and noun.endswith("er") and lexicon.is_german(noun) \
            and any(lexicon.is_german(v) for v in (low[:-2] + "n", low[:-2] + "en")):
        return frozenset(("nom.sg.m", "nom.pl"))
    return frozenset()


# modals and "hat", which take an infinitive or an object: judged before a plural only where an adverb opens the
# sentence before them, so the subject must follow ("Dort muss die Waggons …")
_MODAL_SINGULAR = frozenset("muss kann soll darf hat musste konnte sollte durfte hatte".split())


def _after_opening_phrase(ctx: Context, v: int) -> bool:
    """Token V, written small, is the first word after a prepositional phrase that opens its sentence ("Nach der
    Unterzeichnung des Abkommens zwischen Aserbaidschan und Bulgarien wächst"): before it only articles,
    prepositions, "und", adjectives' endings and capitalised words, no comma."""
    toks = ctx.doc.tokens
    sentence = ctx.doc.sentence_of(toks[v].start)
    if sentence is None or sentence.first >= v - 1 or toks[sentence.first].text.lower() not in M.PREPOSITIONS \
            or not toks[v].text.islower() or not toks[v - 1].text[:1].isupper():
        return False
    for k in range(sentence.first + 1, v):
        w = toks[k].text
        if not w.isalnum():
            return False
        if w.islower() and (_verb_number(w) is not None or not (
                w in M.PREPOSITIONS or M.determiner(w) is not None or w in ("und", "oder")
                or w.endswith(("e", "en", "er", "es", "em")))):
            return False
    return True


def _after_opening_adverb(ctx: Context, v: int, strict: bool = False) -> bool:
    """Token V follows an adverb that opens its sentence ("Dort", "Jetzt"): a German word written small elsewhere,
    no noun, no name, no pronoun."""
    toks = ctx.doc.tokens
    if v == 0 or v - 1 not in ctx.doc.sentence_starts or not ctx.adjacent(v - 1, v):
        return False
    w = toks[v - 1].text
    low = w.lower()
    # (or an English adverb left in: "Meanwhile zeigt die ersten Zahlen …")
    english = not lexicon.is_german_any_case(w) and lexicon.is_english(low) \
        and any(pos == "adv" for _, pos in dictionary.translations(low)[:3])
    # (STRICT: no word that may be a pronoun, the subject itself, "Ersterer wählt die Daten", nor a conjunction)
    if strict and (low.endswith(("er", "es", "e", "en", "em")) or low in ("und", "oder", "aber", "denn", "doch")):
        return False
    return w.isalpha() and w[1:].islower() and (lexicon.is_german(low) or english) and not nouns.analyses(w) \
        and low not in M.SUBJECT_PRONOUNS \
        and M.determiner(low) is None and low not in ("was", "wer", "man", "das", "dies", "es")


# determiners with the article "die"'s readings, the feminine singular and the plural ("manche Familien")
_DIE_LIKE = frozenset("die diese manche solche jene".split())


def _copula_before_plural(ctx: Context) -> list[Finding]:
    """A singular "ist", "war", "wird" … right before a phrase of "die" that can only be a nominative plural
    ("Seit Januar ist die Versicherer vorsichtiger geworden" -> "sind"): the verb takes the phrase's number."""
    toks = ctx.doc.tokens
    out = []
    for v in range(len(toks) - 2):
        plural = _COPULA_SINGULAR.get(toks[v].text.lower())
        if plural is None and toks[v].text in _MODAL_SINGULAR and _after_opening_adverb(ctx, v):
            plural = _SINGULAR[toks[v].text]   # ("Dort muss die Waggons …": the subject after the verb)
        full_verb = False
        if plural is None and toks[v + 1].text in _DIE_LIKE and (_after_opening_phrase(ctx, v)
                                                                  or _after_opening_adverb(ctx, v, strict=True)):
            # (any verb whose form shows the singular after a prepositional phrase opening the sentence, where no
            # other subject follows the phrase of "die": "Nach der Unterzeichnung wächst die Zweifel an …")
            # (a present in -t is the second person plural too: no "ihr" stands after it, "die" does)
            shown = _verb_number(toks[v].text) if toks[v].text not in _SINGULAR else None
            plural, full_verb = (shown[1], True) if shown and shown[0] == "sg" else (None, False)
        if plural is None or toks[v + 1].text.lower() not in _DIE_LIKE or not ctx.adjacent(v, v + 1) or ctx.claimed(v):
            continue
        phrase = _phrase_after_verb(ctx, v)
        if phrase is None:
            continue
        det_feats, adjs, n = phrase
        noun = toks[n].text
        # (an adjective in -e after "die" is a singular's: "ist die leichteste aller Verschwendungen")
        if any(not toks[a].text.endswith("en") for a in adjs):
            continue
        readings = _noun_readings(noun) if nouns.analyses(noun) else _agent_noun_readings(noun)
        nominative = {f for f in set(det_feats) & readings if f.startswith("nom")} \
            if noun[:1].isupper() and noun not in _QUANTITY_HEADS else set()
        if feminine_first_name(noun, readings, det_feats):
            continue   # ("Da sagt die Maria zum Josef": no plural of a coin "Maria")
        # (not the first of two phrases, nor a compound's first part written apart, "wurde die Wasser versorgung")
        # (nor an infinitive's object, the infinitive clause the subject: "Wichtig ist die Ferien zu planen")
        if not nominative or any(not f.endswith(".pl") for f in nominative) or _zu_infinitive_after(ctx, n) \
                or (n + 1 < len(toks) and (toks[n + 1].text in ("und", "oder", "sowie") or (
                    toks[n + 1].text.islower() and toks[n + 1].text not in M.PREPOSITIONS
                    and M.determiner(toks[n + 1].text) is None
                    and nouns.analyses(toks[n + 1].text.capitalize())))):
            continue
        if full_verb and _subject_after(ctx, n):
            continue   # ("Am Montag kritisierte die Pläne auch der Minister": an object, the subject after it)
        verb = toks[v].text
        proposal = plural.capitalize() if verb[:1].isupper() else plural
        phrase = " ".join(t.text for t in toks[v + 1:n + 1])
        out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                           f"„{phrase}“ is plural; the verb „{verb}“ is not", [proposal]))
    return out


def _phrase_after_verb(ctx: Context, v: int):
    """(determiner's features, adjectives, noun index) of the determiner's phrase right after verb V, with nothing
    but adjectives between the determiner and its noun; None for any other phrase."""
    np = np_at(ctx, v + 1)
    if np is None:
        return None
    (_, _, det_feats), adjs, n = np
    return (det_feats, adjs, n) if n == v + 2 + len(adjs) else None


def _plural_before_singular(ctx: Context) -> list[Finding]:
    """A plural auxiliary or modal second in its sentence, after an opening prepositional phrase or adverb, before a
    phrase of "das", "der" or "die" that can only be a nominative singular ("Nach dem Urteil müssen das Unternehmen
    zahlen" -> "muss", "Laut dem Testzentrum sind die Zahl der Fälle gesunken" -> "ist"): the subject's number.
    Not where the phrase goes on with "und" or a comma (a subject of two), nor where another subject follows."""
    toks = ctx.doc.tokens
    out = []
    for v in range(1, len(toks) - 2):
        verb = toks[v].text
        singular = _PLURAL.get(verb)
        if singular is None or toks[v + 1].text not in ("das", "der", "die") or not ctx.adjacent(v, v + 1) \
                or ctx.claimed(v) or not (_after_opening_phrase(ctx, v) or _after_opening_adverb(ctx, v)):
            continue
        phrase = _phrase_after_verb(ctx, v)
        if phrase is None:
            continue
        det_feats, adjs, n = phrase
        noun = toks[n].text
        if not noun[:1].isupper() or noun in _QUANTITY_HEADS or not nouns.analyses(noun):
            continue
        nominative = {f for f in set(det_feats) & _noun_readings(noun) if f.startswith("nom")}
        if not nominative or any(f.endswith(".pl") for f in nominative) or _zu_infinitive_after(ctx, n) \
                or any(not _adj_fits(toks[a].text, "def", nominative) for a in adjs):
            continue
        after = _after_genitive(ctx, n + 1)
        if after < len(toks) and (toks[after].text in (",", "(", "–", "-") or _plural_subject_follows(ctx, after)):
            continue
        # (a second subject anywhere in the sentence, a list's: "sind der Inhalt von Stable und Testing gleich",
        # "haben der Konzern X, die Firma Y und …")
        if any(toks[k].text in ("und", "oder", "sowie")
               for k in range(n + 1, _end_of(ctx, n + 1, _SENTENCE_MARKS))):
            continue
        proposal = singular.capitalize() if verb[:1].isupper() else singular
        phrase = " ".join(t.text for t in toks[v + 1:n + 1])
        out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                           f"„{phrase}“ is singular; the verb „{verb}“ is not", [proposal]))
    return out


_VERB_LAST_OPENERS = frozenset("dass ob weil obwohl nachdem sodass falls bevor sobald solange wenn".split())


def _verb_last_number(ctx: Context) -> list[Finding]:
    """A clause of "dass", "ob", "weil" … whose subject opens it right after the conjunction and whose finite verb
    ends it, the two in different numbers ("ob ihre Packung betroffen sind" -> "ist", "dass rund 180 Kunden in
    Riga festsitzt" -> "festsitzen"). Only where nothing between could be a subject of its own: no other phrase in
    the nominative, no pronoun, no "und"."""
    toks = ctx.doc.tokens
    out = []
    for k in range(len(toks) - 3):
        if toks[k].text.lower() not in _VERB_LAST_OPENERS or (k > 0 and toks[k - 1].text not in (",", "–")) \
                or not ctx.adjacent(k, k + 1):
            continue
        subject = _clause_subject(ctx, k + 1)
        if subject is None:
            continue
        n, number = subject
        end = _end_of(ctx, n + 1, _CLAUSE_MARKS)
        # (a clause joined by "und" ends there only where another conjunction's clause follows: "ob ihre Packung
        # betroffen sind und ob …"; else the verbs may be joined, "verloren oder doch verschmerzt")
        joined = next((j for j in range(n + 1, end) if toks[j].text in ("und", "oder", "sowie")), None)
        if joined is not None:
            if joined + 1 >= len(toks) or toks[joined + 1].text.lower() not in _VERB_LAST_OPENERS:
                continue
            end = joined
        v = end - 1
        if v <= n + 1 or end >= len(toks) or ctx.claimed(v) or not toks[v].text.islower():
            continue
        shown = _verb_number(toks[v].text)
        if shown is None or shown[0] == number:
            continue
        # (another phrase is the subject only in the verb's number: "weil die Behörden die Anlagen nicht
        # kontrollieren kann" has no singular to be its subject)
        if any(_may_be_subject(ctx, j, shown[0]) for j in range(n + 1, v)):
            continue
        # (a bare plural's clause ending in a participle has lost its auxiliary to the next clause: "ob IPv6-Adressen
        # … automatisch konfiguriert und ob …")
        verb = toks[v].text
        if n == k + 1 and verb.endswith("t") and (verb.endswith("iert") or verb.startswith(_PARTICIPLE_PREFIXES)):
            continue
        verb = toks[v].text
        out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                           f"the subject „{' '.join(t.text for t in toks[k + 1:n + 1])}“ is "
                           f"{'singular' if number == 'sg' else 'plural'}; the verb „{verb}“ is not", [shown[1]]))
    return out


_JOINING = frozenset(("und", "oder", "sowie", "bzw.", "&"))
# prepositions morphology leaves out, as adverbs or particles too, which before a noun are prepositions (beside
# _OPENING_PREPOSITIONS, conjunctions too)
_MORE_PREPOSITIONS = frozenset("außer ab entlang per pro binnen".split())
# the antecedent's gender and number a relative pronoun in the nominative fits ("der" is also the feminine dative,
# judged only where the antecedent cannot be feminine)
_RELATIVE_SUBJECT_FITS = {"die": frozenset(("sg.f", "pl")), "der": frozenset(("sg.m",)), "das": frozenset(("sg.n",))}


def _relative_clause_number(ctx: Context) -> list[Finding]:
    """A relative clause whose pronoun is its only possible subject, with a finite verb at its end in the other
    number than the noun it refers to ("20.000 Kisten auf Lager, die wegen Schimmels vernichtet werden muss" ->
    "müssen"). Every noun the pronoun may refer to counts: the one before the comma and the head of the phrase it
    is an attribute of ("die Hälfte der Kisten, die …" may mean the half)."""
    toks = ctx.doc.tokens
    out = []
    for k in range(2, len(toks) - 2):
        w = toks[k].text
        fits = _RELATIVE_SUBJECT_FITS.get(w)
        if fits is None or toks[k - 1].text != "," or not ctx.adjacent(k, k + 1) or ctx.claimed(k):
            continue
        # (an article opening a main clause's subject, not a pronoun: "…, die Behörden prüfen")
        after = toks[k + 1].text
        if np_at(ctx, k) is not None or not after.islower() or after in _SINGULAR or after in _PLURAL \
                or after == "heißt":
            continue
        e = _clause_last(toks, k + 1, k + 20)
        if e <= k + 1 or e + 1 >= len(toks) or toks[e + 1].text not in CLAUSE_END or ctx.claimed(e):
            continue
        # (an auxiliary before the infinitives is the finite verb: "…, der nie hätte passieren dürfen"; right before
        # the last it is an infinitive itself, "vernichtet werden muss")
        if any(toks[j].text in _SINGULAR or toks[j].text in _PLURAL for j in range(k + 1, e - 1)):
            continue
        verb = toks[e].text
        shown = _verb_number(verb) if verb.islower() else None
        if shown is None:
            continue
        # (the walk to the nouns the pronoun may refer to last, where a verb ends the clause)
        numbers = _antecedent_numbers(ctx, k - 2, fits, w)
        if numbers is None or len(numbers) != 1:
            continue
        number = next(iter(numbers))
        if shown[0] == number:
            continue
        clause = range(k + 1, e)
        # (another subject of the verb's number, a name, joined verbs or an infinitive's "zu" leave it open)
        if any(toks[j].text in _OPEN_SUBJECT or _may_be_subject(ctx, j, shown[0]) or _bare_capital(ctx, j)
               or (toks[j].text.replace("-", "").isalpha() and not lexicon.is_german(toks[j].text))
               for j in clause):
            continue
        out.append(Finding(toks[e].start, toks[e].end, verb, "SUBJECT_VERB", "grammar", "error",
                           f"the relative pronoun „{w}“ refers to „{toks[k - 2].text}“, which is "
                           f"{'singular' if number == 'sg' else 'plural'}; the verb „{verb}“ is not", [shown[1]]))
    return out


def _antecedent_numbers(ctx: Context, n: int, fits: frozenset[str], pronoun: str) -> set[str] | None:
    """The numbers of the nouns a relative pronoun after token N (the noun before its comma) may refer to: that
    noun and, where its phrase follows a preposition or is a genitive attribute, the noun before it, two levels up.
    None where any of them is no noun of the lexicon, where the noun before the comma does not fit the pronoun
    (the clause refers further back: "setzt die Optionen außer Kraft, die …"), where "der" may be a feminine dative
    or where the nouns are joined ("Wort und Schrift, die …")."""
    toks = ctx.doc.tokens
    numbers: set[str] = set()
    for level in range(3):
        noun = toks[n].text
        if level and not noun[:1].isupper():
            # (a phrase set off by commas, "stellen, zumindest für diese letzte Minute, die …": the clause may
            # refer to a noun before it)
            if noun == "," or (n > 0 and toks[n - 1].text == "," and noun.islower()):
                return None
            break   # (the phrase before belongs to the verb: "solidarisierten sich mit Kollegen aus …")
        kinds = {f.split(".", 1)[1] for f in _noun_readings(noun)} if noun[:1].isupper() and len(noun) >= 3 else set()
        # (a quantity takes either number: "15 Prozent der Bevölkerung, die … haben")
        if not kinds or (pronoun == "der" and "sg.f" in kinds) or noun in _QUANTITY_HEADS:
            return None
        # the phrase's first word: its determiner, adjectives and numbers
        d, counted = n, False
        # (back over adjectives, then counts, then the determiner: "bestellte zwei Fähren" has no adjective)
        while d > 1 and (toks[d - 1].text[:1].isdigit() or toks[d - 1].text in M.CARDINALS
                         or M.determiner(toks[d - 1].text) is not None
                         or (not counted and toks[d - 1].text.islower() and _is_adjective(toks[d - 1].text))):
            d -= 1
            counted = counted or toks[d].text[:1].isdigit() or toks[d].text in M.CARDINALS
            # (an English thousands comma inside the count: "20,000 Kisten")
            if d > 2 and toks[d].text.isdigit() and toks[d - 1].text == "," and toks[d - 2].text.isdigit() \
                    and toks[d - 1].start == toks[d - 2].end and toks[d].start == toks[d - 1].end:
                d -= 2
            if M.determiner(toks[d].text) is not None:
                break
        before = toks[d - 1].text if d > 0 else ""
        # (a comparison's noun may be an example of the one the clause refers to: "Komponenten wie Elektronik")
        if before in _JOINING or before in (",", "wie", "als"):
            return None
        bare = M.determiner(toks[d].text) is None   # (no determiner, adjectives maybe: "ausländischer Firmen")
        governed = before.lower() in M.PREPOSITIONS or before.lower() in M.CONTRACTIONS \
            or before.lower() in _MORE_PREPOSITIONS or before.lower() in _OPENING_PREPOSITIONS
        # (a bare noun after a preposition is mostly an idiom's, "auf Lager", "außer Kraft": the clause refers to
        # the noun before it)
        if not (bare and governed and "pl" not in kinds):
            # (a noun the pronoun does not fit: the clause refers to one before it, past a preposition's phrase
            # only, "Fässer mit Altöl, die …")
            if level == 0 and not kinds & fits and not governed:
                return None
            numbers |= {"sg" if kind.startswith("sg") else "pl" for kind in kinds & fits}
        det = M.determiner(toks[d].text)
        genitive = det is not None and any(f.startswith("gen") for f in set(det[2]) & _noun_readings(noun))
        if governed:
            n = d - 2
        elif before[:1].isupper() and before[:1].isalpha() and (genitive or bare):
            n = d - 1   # (a genitive attribute: "die Hälfte der Kisten", "Objekte begrenzter Größe")
        elif genitive:
            return None   # (a genitive whose head is no noun before it: "die erste dieser Variablen, die …")
        else:
            break
        if n < 1 or not ctx.adjacent(n, n + 1):
            break
    return numbers or None


# words in a relative clause that leave its subject open: joined verbs or subjects, an infinitive's "zu", a
# reflexive, pronouns that may be the subject ("eine Haltung, die andere annehmen müssen")
_OPEN_SUBJECT = frozenset("und oder sowie zu sich andere anderen alle viele einige manche beide wenige mehrere "
                          "jeder jede jedes jemand niemand nichts etwas was wer".split())


def _bare_capital(ctx: Context, j: int) -> bool:
    """Token J is a capitalised word no preposition, determiner or adjective governs: a name or a bare noun, which
    may be a subject of its own ("…, die laut Kiew nun Berlin liefern soll")."""
    toks = ctx.doc.tokens
    w, before = toks[j].text, toks[j - 1].text
    if not w[:1].isupper() or not w[:1].isalpha():
        return False
    return not (before.lower() in M.PREPOSITIONS or before.lower() in M.CONTRACTIONS
                or M.determiner(before) is not None or _is_adjective(before) or before[:1].isdigit()
                or (j > 1 and toks[j - 2].text.lower() in M.PREPOSITIONS))


def _may_be_subject(ctx: Context, j: int, number: str) -> bool:
    """Token J, inside a clause, may open a subject of its own for a verb of NUMBER: a personal pronoun, "man", a
    determiner's phrase with a nominative reading of that number that no preposition governs, or a bare noun that no
    preposition or determiner governs."""
    toks = ctx.doc.tokens
    w, before = toks[j].text, toks[j - 1].text.lower()
    governed = before in M.PREPOSITIONS or before in M.CONTRACTIONS
    if w.lower() in M.SUBJECT_PRONOUNS or w.lower() == "man":
        return True
    if M.determiner(w) is not None and not governed:
        np = np_at(ctx, j)
        if np is None:
            return True
        return any(f.startswith("nom") and f.split(".")[1] == number
                   for f in set(np[0][2]) & _noun_readings(toks[np[2]].text))
    return w[:1].isupper() and not governed and M.determiner(before) is None and not _is_adjective(before) \
        and bool(nouns.analyses(w)) and not (j > 1 and toks[j - 2].text.lower() in M.PREPOSITIONS)


def _clause_subject(ctx: Context, first: int) -> tuple[int, str] | None:
    """(noun index, number) of a subject phrase opening at token FIRST: a determiner's phrase whose nominative has one
    number, a bare plural, or a count ("rund 180 seiner Kunden", "drei Fabriken")."""
    toks = ctx.doc.tokens
    np = np_at(ctx, first)
    if np is not None:
        (kind, _, det_feats), adjs, n = np
        noun = toks[n].text
        # (not a compound's first part written apart: "dass die Wasser versorgung … könne")
        if not noun[:1].isupper() or noun in _QUANTITY_HEADS or not nouns.analyses(noun) or (
                n + 1 < len(toks) and toks[n + 1].text.islower() and nouns.analyses(toks[n + 1].text.capitalize())
                and toks[n + 1].text not in M.PREPOSITIONS and M.determiner(toks[n + 1].text) is None):
            return None
        nominative = {f for f in set(det_feats) & _noun_readings(noun) if f.startswith("nom")}
        # (the adjectives agree, or the determiner is a pronoun of its own: "sobald diese alte Ansichten …")
        nominative = {f for f in nominative if all(_adj_fits(toks[a].text, kind, {f}) for a in adjs)}
        numbers = {"pl" if f.endswith(".pl") else "sg" for f in nominative}
        return (n, numbers.pop()) if len(numbers) == 1 else None
    # (a bare plural noun, the plural's only form, before no other noun: "nachdem Kali-Exporte umgeleitet wurde")
    part = toks[first].text.rsplit("-", 1)[-1]
    if part[:1].isupper() and part.isalpha() and _plural_only(part) and first + 1 < len(toks) \
            and not toks[first + 1].text[:1].isupper():
        return first, "pl"
    j = first + (toks[first].text in _APPROXIMATE)
    if j + 1 < len(toks) and _counts(ctx, j):
        n = j + 1 + (toks[j + 1].text in ("seiner", "ihrer", "der", "dieser"))
        if n < len(toks) and toks[n].text[:1].isupper() \
                and any(f.endswith(".pl") for f in _noun_readings(toks[n].text)):
            return n, "pl"
    return None


_SENTENCE_MARKS = frozenset(".!?;:")
_CLAUSE_MARKS = _SENTENCE_MARKS | {"–", ","}


def _end_of(ctx: Context, k: int, marks: frozenset[str]) -> int:
    """The index of the first of MARKS from token K on (or the text's end): the end of the sentence or clause."""
    toks = ctx.doc.tokens
    while k < len(toks) and toks[k].text not in marks:
        k += 1
    return k


def _plural_subject_follows(ctx: Context, k: int) -> bool:
    """A plural subject stands in the clause from token K on: a personal pronoun, a phrase of a determiner in the
    nominative plural that is no preposition's, or a bare plural noun ("haben das Geld die Aktionäre erhalten");
    not a counted amount ("zunächst 31 Millionen Euro zahlen")."""
    toks = ctx.doc.tokens
    for j in range(k, min(len(toks), k + 8)):
        w = toks[j].text
        if w in CLAUSE_END:
            return False
        before = toks[j - 1].text.lower()
        if before in M.PREPOSITIONS or before in M.CONTRACTIONS:
            continue
        if w.lower() in M.SUBJECT_PRONOUNS:
            return True
        det = M.determiner(w)
        if det is not None and "nom.pl" in det[2]:
            np = np_at(ctx, j)
            if np is not None and "nom.pl" in noun_features(toks[np[2]].text)[1]:
                return True
        if w[:1].isupper() and w.isalpha() and _plural_only(w) and M.determiner(before) is None \
                and not before[:1].isdigit() and before not in M.CARDINALS:
            return True
    return False


# adverbs that follow a main clause's finite verb, never an infinitive of instructions or a headline ("Die Sahne
# schlagen und unterrühren")
_AFTER_FINITE_ADVERBS = frozenset("derzeit zurzeit jetzt nun heute bereits schon noch weiterhin inzwischen "
                                  "mittlerweile zudem außerdem täglich regelmäßig momentan gerade erneut wieder "
                                  "nicht immer oft häufig meist selten kaum".split())


def _participle_form_finite(verb: str) -> tuple[str, str] | None:
    """("sg", plural) for a third person singular that is a participle too ("berichtet" -> "berichten",
    "investiert" -> "investieren", "verändert" -> "verändern"), which _verb_number leaves alone."""
    if not (verb.islower() and verb.isalpha() and verb.endswith("t") and len(verb) >= 6
            and (verb.startswith(_PARTICIPLE_PREFIXES) or verb.endswith("iert")) and lexicon.is_german(verb)):
        return None
    for plural in ((verb[:-2] + "en") if verb.endswith("et") else None, verb[:-1] + "en",
                   verb[:-1] + "n" if verb.endswith(("ert", "elt")) else None):
        if plural and lexicon.is_german(plural):
            return "sg", plural
    return None


def _phrase_after_infinitive(ctx: Context, v: int) -> bool:
    """A determiner's phrase no preposition governs follows the form in -en at V in its clause, before any other
    verb: the form is finite, for an infinitive of instructions has its object before it ("Die Ukraine fordern
    trotz dem Fortschritt weiterhin die Rückgabe …" -> "fordert"; "Die Datei öffnen mit …", "Die Hoffnung aufgeben
    bedeutet den Tod" stay)."""
    toks = ctx.doc.tokens
    governed = False
    for j in range(v + 1, min(len(toks), v + 10)):
        w = toks[j].text
        if w in CLAUSE_END or w in ("und", "oder", "sowie") or (w.islower() and (
                w in _SINGULAR or w in _PLURAL or _verb_number(w) is not None)):
            return False
        if w.lower() in M.PREPOSITIONS or w.lower() in M.CONTRACTIONS:
            governed = True
        elif M.determiner(w) is not None and w.islower():
            if not governed:
                return True
        elif w[:1].isupper():
            governed = False
    return False


def _zu_clause_after(ctx: Context, v: int) -> bool:
    """A comma after the verb at V opens an infinitive with "zu" that it governs ("versuchen, das Schiff zu
    retten", "drohen, die Gespräche abzubrechen"); not a clause that takes up an infinitive before the comma
    ("Die Firma verkaufen, das wäre …"), nor one of "ohne … zu", "um … zu"."""
    toks = ctx.doc.tokens
    if v + 3 >= len(toks) or toks[v + 1].text != "," or toks[v + 2].text in ("dann", "so", "ohne", "um", "statt") \
            or (toks[v + 2].text in ("das", "dies") and toks[v + 3].text.islower()):
        return False
    # ("zu" inside a verb with a separable prefix: "abzubrechen")
    return _zu_infinitive_after(ctx, v + 1) or any(
        w.islower() and 2 <= w.find("zu") <= len(w) - 5 and w.endswith("en") and lexicon.is_german(w)
        and lexicon.is_german(w.replace("zu", "", 1))
        for w in (t.text for t in toks[v + 2:_clause_last(toks, v + 2, v + 14) + 1]))


def _present_plural_before_adverb(ctx: Context, v: int) -> tuple[str, str] | None:
    """("pl", singular) for a present plural in -en second in its sentence, before an adverb only a finite verb
    has after it ("Die Mannschaft trainieren derzeit …" -> "trainiert"): the plural that is also the infinitive,
    which _verb_number leaves alone, shown finite by the adverb."""
    toks = ctx.doc.tokens
    verb = toks[v].text
    if v + 1 >= len(toks) or toks[v + 1].text not in _AFTER_FINITE_ADVERBS or not ctx.adjacent(v, v + 1):
        return None
    singular = _present_singular(verb)   # ("verhandeln" -> "verhandelt")
    return ("pl", singular) if singular else None


_EACH = frozenset(("jede", "jeder", "jedes"))
# verbs of saying after which a comma opens reported speech
_SAYING = frozenset("sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte meint warnte "
                    "warnt schrieb schreibt berichtete berichtet kritisierte kritisiert".split())


def _each_after_plural_verb(ctx: Context) -> list[Finding]:
    """An opener that is no subject, a plural auxiliary, then "jede", "jeder", "jedes" and a noun as the subject
    ("Seit der Umstellung werden jede Ladung einzeln gescannt" -> "wird"): "jede" is singular. Not a span of time
    ("jede Woche"), nor two subjects joined ("jede Ladung und jeder Lkw")."""
    toks = ctx.doc.tokens
    out = []
    for first in ctx.doc.sentence_starts:
        v = _after_opener(ctx, first)
        if v is None or v + 3 >= len(toks) or toks[v].text not in _PLURAL or not ctx.adjacent(v - 1, v) \
                or ctx.claimed(v) or toks[v + 1].text not in _EACH or not ctx.adjacent(v, v + 1):
            continue
        n = v + 2
        while n < len(toks) and toks[n].text.islower() and _is_adjective(toks[n].text) and n - v <= 3:
            n += 1
        if n >= len(toks) or not toks[n].text[:1].isupper() or not ctx.adjacent(n - 1, n):
            continue
        lemmas = {lem for lem, _ in nouns.analyses(toks[n].text)}
        if not lemmas or lemmas & _MEASURE_LEMMAS or (n + 1 < len(toks) and toks[n + 1].text in ("und", "sowie")):
            continue
        verb = toks[v].text
        subject = f"{toks[v + 1].text} {toks[n].text}"
        out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                           f"the subject „{subject}“ is singular; the verb „{verb}“ is not", [_PLURAL[verb]]))
    return out


_SHARE_COMPOUNDS = frozenset(("Großteil", "Bruchteil", "Löwenanteil", "Anteil", "Hauptteil"))


def _share_of_a_singular(ctx: Context) -> list[Finding]:
    """A noun of quantity opening the sentence with a genitive singular after it, then a plural verb ("Ein
    Großteil der Produktion seien für die EU bestimmt" -> "sei"): only a plural genitive lets the verb agree
    with it ("Ein Großteil der Mitarbeiter sind" stays)."""
    toks = ctx.doc.tokens
    out = []
    for first, np in opening_phrases(ctx):
        (_, _, det_feats), _, n = np
        noun = toks[n].text
        # (the noun itself, or a compound of "Teil" that names a share: not "Vorteil", "Urteil")
        if not (noun in _QUANTITY_HEADS or noun in _SHARE_COMPOUNDS) \
                or not {f for f in det_feats if f.startswith("nom")} & set(_noun_readings(noun)) \
                or n + 2 >= len(toks) or toks[n + 1].text not in ("der", "des"):
            continue
        attribute = np_at(ctx, n + 1)
        if attribute is None or attribute[2] + 1 >= len(toks):
            continue
        g = attribute[2]
        feats = {f for f in _noun_readings(toks[g].text) if f.startswith("gen")} \
            & set(M.determiner(toks[n + 1].text)[2])
        v = g + 1
        if not feats or any(f.endswith(".pl") for f in feats) or not ctx.adjacent(g, v) or ctx.claimed(v):
            continue
        verb = toks[v].text
        shown = _verb_number(verb)
        # (a copula before a plural predicate agrees with it: "Die Hälfte der Bevölkerung sind Rentner")
        if verb in _COPULA_PLURAL and v + 1 < len(toks) and (toks[v + 1].text[:1].isupper()
                                                            or M.determiner(toks[v + 1].text) is not None):
            continue
        if shown is not None and shown[0] == "pl":
            out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                               f"„{' '.join(t.text for t in toks[first:g + 1])}“ is singular; the verb „{verb}“ is "
                               "not", [shown[1]]))
    return out


# plural pronouns of quantity that "von ihnen" or "davon" may follow as a subject (not morphology's
# PLURAL_QUANTIFIERS, determiners of a noun: "meisten" is a pronoun here)
_QUANTITY_PRONOUNS = frozenset("meisten viele einige mehrere wenige zahlreiche manche".split())


def _part_of_them(ctx: Context) -> list[Finding]:
    """A plural pronoun of quantity or a count and "von ihnen" or "davon" as a clause's subject before a singular
    verb ("und die meisten von ihnen ist nach Schweden gegangen" -> "sind", "Zwei davon musste"): the pronoun is
    plural whatever it counts."""
    toks = ctx.doc.tokens
    out = []
    for k in range(len(toks) - 3):
        word = toks[k].text.lower()
        # (a count of two or more too: "zwei von ihnen musste" -> "mussten")
        if word not in _QUANTITY_PRONOUNS and not count_word(word):
            continue
        lead = k - 1 if word == "meisten" and k > 0 and toks[k - 1].text.lower() == "die" else k
        if word == "meisten" and lead == k:
            continue
        if not (lead in ctx.doc.sentence_starts or (lead > 0 and toks[lead - 1].text in (",", ";", "und", "aber"))):
            continue
        v = k + 3 if toks[k + 1].text == "von" and toks[k + 2].text == "ihnen" else \
            k + 2 if toks[k + 1].text == "davon" else None
        if v is None or v >= len(toks) or not all(ctx.adjacent(j, j + 1) for j in range(k, v)) or ctx.claimed(v):
            continue
        verb = toks[v].text
        shown = _verb_number(verb)
        if shown is not None and shown[0] == "sg":
            out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                               f"„{' '.join(t.text for t in toks[lead:v])}“ is plural; the verb „{verb}“ is not",
                               [shown[1]]))
    return out


_COUNT_WORDS = frozenset(("Hunderte", "Tausende", "Dutzende", "Zehntausende", "Hunderttausende"))
# (the plural openers that count more than one or two of a whole: not "wenige", "beide", "alle")
_PLURAL_QUANTIFIERS = _PLURAL_OPENERS - {"wenige", "beide", "alle"}


def _counted_subject_after(ctx: Context) -> list[Finding]:
    """A sentence opened by an adverb or a prepositional phrase, a singular verb, then a count and a plural noun as
    its subject ("Derzeit sei landesweit nur 180 Inspektoren zuständig" -> "seien", "Seit Tagen harrt Dutzende
    Familien aus" -> "harren"): the count from two up is plural; so is the plural article before a noun that is
    plural only, after the copula ("ist die Fischbestände"). Not a measure ("ist fünf Prozent", "ist 30 Jahre her")
    nor a sum of money."""
    toks = ctx.doc.tokens
    out = []
    for first in ctx.doc.sentence_starts:
        v = _after_opener(ctx, first)
        if v is None or v + 2 >= len(toks) or not ctx.adjacent(v - 1, v) or ctx.claimed(v):
            continue
        shown = _verb_number(toks[v].text)
        # (a full verb too, "Seit Tagen harrt Dutzende Familien aus", where no other subject follows its count)
        regular = shown is not None and shown[0] == "sg" and toks[v].text not in _SINGULAR
        has = toks[v].text in ("hat", "hatte")
        if toks[v].text not in _SUBJECT_FIRST_VERBS and not has and not regular:
            continue
        k = v + 1
        # (adverbs between, written small: "landesweit nur"; and a contraction's phrase of time or place, "sich am
        # Mittwochabend")
        while k < len(toks) and k - v <= 4 and ctx.adjacent(k - 1, k):
            w = toks[k].text
            if w in ("am", "im") and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() \
                    and nouns.analyses(toks[k + 1].text) and ctx.adjacent(k, k + 1):
                k += 2
                continue
            if not (w.islower() and w.isalpha() and lexicon.is_german(w) and M.determiner(w) is None
                    and w not in M.SUBJECT_PRONOUNS and w not in M.PREPOSITIONS and w not in M.CARDINALS
                    and w not in _PLURAL_QUANTIFIERS):
                break
            k += 1
        if k + 1 >= len(toks) or not ctx.adjacent(k - 1, k):
            continue
        count = toks[k].text
        # (or the plural article right after the verb before a noun that is plural only: "Nach Angaben … ist die
        # Fischbestände …"; not after a pronoun, "wird dies die Anmeldedaten …")
        # (after "hat" too where no singular subject follows: "Seit Januar hat die Behörden … registriert")
        # (or a modal or a full verb, where no singular subject follows: "Bis 2022 stammte die meisten Importe aus
        # …", "Am Mittwoch stimmte die Abgeordneten …")
        article = count == "die" and k == v + 1 and (
            toks[v].text in _SUBJECT_FIRST_VERBS or has or toks[v].text in _MODAL_SINGULAR or regular)
        # (or a quantifier of plurals: "Parallel bereitet mehrere Passagiere Klagen vor")
        if not (count in _COUNT_WORDS or count in _PLURAL_QUANTIFIERS or _counts(ctx, k) or article):
            continue
        n = k + 1
        # (adjectives between, or the hundreds of a count: "mehrere hundert Menschen")
        while n < len(toks) and toks[n].text.islower() and n - k <= 2 and ctx.adjacent(n - 1, n) and (
                (toks[n].text.endswith(("e", "en")) and _is_adjective(toks[n].text))
                or toks[n].text in ("hundert", "tausend", "meisten")):
            n += 1
        if n >= len(toks) or not ctx.adjacent(n - 1, n):
            continue
        noun = toks[n].text
        lemmas = {lem for lem, _ in nouns.analyses(noun)}
        # (a noun whose plural is its singular too only after a count, which shows its number: "mehrere
        # Vertreter"; not after the article)
        # (of the readings "die" has: "hatte die Drohnen" is no weak "Drohn"; a word, not a letter of a name,
        # "die X.25-Verbindung")
        among = frozenset(M.determiner("die")[2]) if article and len(noun) >= 3 and noun.isalpha() else None
        if not noun[:1].isupper() or not (_plural_only(noun, among) or not article) \
                or (article and feminine_first_name(noun, _noun_readings(noun), M.determiner("die")[2])) \
                or "nom.pl" not in _noun_readings(noun) \
                or noun in _QUANTITY_HEADS \
                or lemmas & _MEASURE_LEMMAS or noun in ctx.glossary.currency_words:
            continue
        # "Seit Montag sucht Dutzende Helfer die Polizei": the count is the object; not where what follows cannot
        # be a singular subject ("trägt viele Klubs ihre Heimspiele …")
        if (regular or has or toks[v].text in _MODAL_SINGULAR) and _subject_after(ctx, n, "sg"):
            continue
        if article and _zu_infinitive_after(ctx, n):
            continue   # "Wichtig ist die Ferien zu planen": the infinitive is the subject
        if article and not all(_adj_fits(toks[a].text, "def", {"nom.pl"}) for a in range(k + 1, n)):
            continue   # (an adjective of the singular: "wird die variable Exportzoll" is the article's slip)
        verb = toks[v].text
        out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                           f"the subject „{count} {noun}“ is plural; the verb „{verb}“ is not",
                           [shown[1] if regular else _SINGULAR[verb]]))
    return out


# verbs of belonging to a group, whose subject follows after "Zu den …" opens the sentence
_BELONG = {"gehört": "gehören", "gehörte": "gehörten", "zählt": "zählen", "zählte": "zählten"}


def _member_after_zu_den(ctx: Context) -> list[Finding]:
    """"Zu den Unterzeichnern gehört auch Mitglieder des Ensembles" -> "gehören": after "Zu den …" the verb of
    belonging has its subject after it; a noun that is plural only there (adverbs between: "auch", "vor allem")
    takes the plural. Not before "und", where a list of singulars may follow ("gehört Kaspi und …")."""
    toks = ctx.doc.tokens
    out = []
    for first in ctx.doc.sentence_starts:
        if first + 1 >= len(toks) or toks[first].text != "Zu" or toks[first + 1].text not in ("den", "dem", "der"):
            continue
        v = _after_opener(ctx, first)
        if v is None or toks[v].text not in _BELONG or ctx.claimed(v):
            continue
        k = v + 1
        while k < len(toks) and k - v <= 3 and toks[k].text in ("auch", "etwa", "vor", "allem", "unter", "anderem",
                                                                "insbesondere", "nun", "jetzt", "seit"):
            k += 1
        if k + 1 >= len(toks) or not all(ctx.adjacent(j, j + 1) for j in range(v, k)):
            continue
        noun = toks[k].text
        if not noun[:1].isupper() or not _plural_only(noun) or "nom.pl" not in _noun_readings(noun) \
                or toks[k + 1].text in ("und", "oder", "sowie"):
            continue
        verb = toks[v].text
        out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                           f"the subject „{noun}“ is plural; the verb „{verb}“ is not", [_BELONG[verb]]))
    return out


# prepositions that morphology leaves out (they are conjunctions too): after one, the phrase and then the verb show
# the preposition ("Seit fünf Tagen harrt …"; the conjunction's verb comes last)
_OPENING_PREPOSITIONS = frozenset(("seit", "während", "bis", "um", "gegenüber", "statt"))


def _zu_infinitive_after(ctx: Context, n: int) -> bool:
    """"zu" and an infinitive follow token N in its clause."""
    toks = ctx.doc.tokens
    for k in range(n + 1, min(len(toks) - 1, n + 8)):
        if toks[k].text in CLAUSE_END:
            return False
        if toks[k].text == "zu" and toks[k + 1].text.endswith("n") and toks[k + 1].text.islower():
            return True
    return False


def _after_opener(ctx: Context, first: int) -> int | None:
    """The index of the finite verb after a sentence's opener that is no subject: an adverb ("Derzeit") or a
    preposition and its noun phrase ("Seit fünf Tagen", "In der Hauptstadt"); None for any other opening."""
    toks = ctx.doc.tokens
    if first >= len(toks):
        return None   # (a sentence start after the last token: the text ends with its full stop)
    opener = toks[first].text
    low = opener.lower()
    if (low in M.PREPOSITIONS or low in M.CONTRACTIONS or low in _OPENING_PREPOSITIONS) and opener[:1].isupper():
        # determiners, counts and adjectives written small, then the noun (capitalised), then the verb; a genitive
        # attribute may follow the noun ("Nach Angaben lokaler Umweltgruppen ist …")
        k, noun = first + 1, None
        while k < len(toks) and k - first <= 7 and ctx.adjacent(k - 1, k):
            w = toks[k].text
            # (a form that may be an adjective too is the verb before "sich": "versammelte sich")
            if noun == k - 1 and w.islower() and (w in _SUBJECT_FIRST_VERBS or (
                    _verb_number(w) is not None and (not _is_adjective(w) or (
                        k + 1 < len(toks) and toks[k + 1].text == "sich")))):
                return k
            # (or a place's name right after a preposition of place: "In Temirtau versammelte sich …")
            if w[:1].isupper() and w.isalpha() and (nouns.analyses(w) or nouns.head_of(w) or (
                    k == first + 1 and low in _PLACE_PREPOSITIONS and not lexicon.is_german(w.lower()))):
                noun = k
            elif k == first + 1 and low in _YEAR_PREPOSITIONS and (re.fullmatch(r"(?:19|20)\d\d", w)
                                                                   or w in _TIME_ADVERBS):
                noun = k   # (a year or an adverb of time is the phrase: "Bis 2022 stammte …", "Bis dahin muss …")
            elif noun == k - 1 and w in ("am", "im", "beim") and k + 1 < len(toks) and ctx.adjacent(k, k + 1) \
                    and toks[k + 1].text[:1].isupper() and nouns.analyses(toks[k + 1].text):
                k += 1     # (a contraction's phrase of time or place after the noun: "Bei einem Treffen am Sonntag")
                noun = k
            elif not (w.islower() and w.isalpha() and (M.determiner(w) is not None or _is_adjective(w)
                                                       or w in M.CARDINALS)) and not w.isdigit():
                return None
            k += 1
        return None
    # (an adverb: not a pronoun that is the subject itself, "Letzteres ist …", "Vieles war …")
    # (nor a conjunction before a verb whose subject it leaves out, "Und verteilt die Kugeln", nor a pronoun in
    # -erer, "Ersterer wählt die Daten")
    if opener.isalpha() and opener[:1].isupper() and lexicon.is_german(low) and not nouns.analyses(opener) \
            and M.determiner(low) is None and low not in M.SUBJECT_PRONOUNS and not low.endswith(("es", "erer")) \
            and low not in ("nichts", "etwas", "dies", "das", "was", "wer", "und", "oder", "aber", "doch", "denn",
                            "sondern"):
        return first + 1
    return None


# verbs whose subject a count after them is (not "hat", whose object it may be: "Letzteres hat zwei Probleme")
_SUBJECT_FIRST_VERBS = frozenset(("ist", "war", "sei", "wäre", "wird", "wurde", "würde"))
# nouns of measures and spans of time, after which a singular verb may stand ("Seither ist zwei Jahre Ruhe")
_MEASURE_LEMMAS = frozenset("Jahr Monat Woche Tag Stunde Minute Sekunde Jahrzehnt Jahrhundert Quartal Semester Meter "
                            "Kilometer Zentimeter Millimeter Kilogramm Gramm Tonne Liter Grad Euro Dollar Cent "
                            "Prozent Mal".split())


_PLACE_PREPOSITIONS = frozenset(("in", "aus", "bei"))
_YEAR_PREPOSITIONS = frozenset(("bis", "seit", "ab", "nach", "vor"))
_TIME_ADVERBS = frozenset("dahin dann heute morgen jetzt gestern damals zuletzt dato".split())


_PRONOUNS_OF_PAIRS = frozenset(("Er", "Sie", "Ich", "Du"))


def _pronoun_and_phrase(ctx: Context) -> list[Finding]:
    """A personal pronoun and a noun phrase joined by "und" open the sentence before a verb in the singular ("Er und
    seine Nachbarn fordert" -> "fordern"): two subjects take the plural."""
    toks = ctx.doc.tokens
    out = []
    for first in ctx.doc.sentence_starts:
        if first + 3 >= len(toks) or toks[first].text not in _PRONOUNS_OF_PAIRS or toks[first + 1].text != "und" \
                or not all(ctx.adjacent(k, k + 1) for k in (first, first + 1)):
            continue
        second = _conjunct(ctx, first + 2)
        if second is None:
            continue
        v = second[0] + 1
        if v >= len(toks) or not ctx.adjacent(v - 1, v) or ctx.claimed(v):
            continue
        shown = _verb_number(toks[v].text)
        # ("Er", "Ich", "Du" are nominatives; "Sie" may be an object, its subject after the verb)
        if shown is None or shown[0] != "sg" or (toks[first].text == "Sie" and _subject_after(ctx, v, "sg")):
            continue
        subject = " ".join(t.text for t in toks[first:v])
        out.append(Finding(toks[v].start, toks[v].end, toks[v].text, "SUBJECT_VERB", "grammar", "error",
                           f"„{subject}“ is plural; the verb „{toks[v].text}“ is not", [shown[1]]))
    return out


def _conjunct(ctx: Context, k: int) -> tuple[int, bool] | None:
    """(noun index, plural only) of a noun phrase from token K after "und": a determiner's phrase or adjectives
    and a noun; None where none stands there."""
    toks = ctx.doc.tokens
    # (a count from two up and its noun: "Rund 2.300 Retter und 150 Boote ist …")
    j = k + (k < len(toks) and toks[k].text.lower() in _APPROXIMATE)
    end = _count_end(ctx, j) if j < len(toks) else None
    if end is not None:
        n = end + 1
        if n < len(toks) and ctx.adjacent(n - 1, n) and toks[n].text[:1].isupper() \
                and "nom.pl" in _noun_readings(toks[n].text):
            return n, True
        return None
    np = np_at(ctx, k)
    if np is not None:
        (_, _, det_feats), _, n = np
        among = frozenset(f for f in det_feats if f.startswith("nom"))
    else:
        n, among = k, None
        while n < len(toks) and toks[n].text.islower() and toks[n].text.endswith(("e", "en")) and n - k < 2 \
                and _is_adjective(toks[n].text):
            n += 1
    if n >= len(toks) or not ctx.adjacent(n - 1, n) or not toks[n].text[:1].isupper() \
            or not nouns.analyses(toks[n].text):
        return None
    return n, _plural_only(toks[n].text, among)


def _own_article(word: str) -> bool:
    """WORD is a definite or indefinite article or a possessive (not "jede", "keine", "diese": "jeder Mann und jede
    Frau hat" takes the singular)."""
    det = M.determiner(word)
    return det is not None and (det[0] == "def" or det[1] in ("ein", "mein", "dein", "sein", "ihr", "unser", "euer"))


_ELIDING = frozenset(("weitere", "andere", "Weitere", "Andere"))


def _elided_count_subject(ctx: Context) -> list[Finding]:
    """"weitere" or "andere" and a count as a subject whose noun was said before, with a singular verb ("…, weitere
    neun wurde beschädigt" -> "wurden"): the count from two up is plural."""
    toks = ctx.doc.tokens
    out = []
    for k in range(len(toks) - 2):
        if toks[k].text not in _ELIDING or toks[k + 1].text.lower() not in M.CARDINALS \
                or not (k in ctx.doc.sentence_starts or (k > 0 and toks[k - 1].text in (",", ";"))) \
                or not ctx.adjacent(k, k + 1) or not ctx.adjacent(k + 1, k + 2) or ctx.claimed(k + 2):
            continue
        verb = toks[k + 2].text
        if verb in _SINGULAR:
            out.append(Finding(toks[k + 2].start, toks[k + 2].end, verb, "SUBJECT_VERB", "grammar", "error",
                               f"„{toks[k].text} {toks[k + 1].text}“ is plural; the verb „{verb}“ is not",
                               [_SINGULAR[verb]]))
    return out


def _plural_verb_before_man(ctx: Context) -> list[Finding]:
    """A plural verb right before "man", which is singular and only ever the subject ("Schließlich einigten man
    sich" -> "einigte")."""
    toks = ctx.doc.tokens
    out = []
    for k in range(1, len(toks)):
        if toks[k].text != "man" or not ctx.adjacent(k - 1, k) or ctx.claimed(k - 1):
            continue
        shown = _verb_number(toks[k - 1].text)
        if shown is not None and shown[0] == "pl":
            verb = toks[k - 1].text
            out.append(Finding(toks[k - 1].start, toks[k - 1].end, verb, "SUBJECT_VERB", "grammar", "error",
                               f"„man“ is singular; the verb „{verb}“ is not", [shown[1]]))
    return out


_FIRST_SINGULAR = {"ist": "bin", "hat": "habe", "wird": "werde"}


def _ich_with_third(ctx: Context) -> list[Finding]:
    """"ich" beside a present in -t of the third person, before it or after it in inverted order ("Ich sitzt",
    "jetzt sitzt ich" -> "sitze"): the first person takes -e, the infinitive without its -n ("fährt" -> "fahre"),
    or is "bin", "habe"."""
    from .calques import strong_preterites   # (calques imports word_order, which imports this)

    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        if t.text not in ("ich", "Ich"):
            continue
        # (the verb after "Ich", or before "ich" where something opens the clause before it: not a question)
        for v in (i + 1, i - 1):
            if not (0 <= v < len(toks)) or not ctx.adjacent(min(i, v), max(i, v)) or ctx.claimed(v):
                continue
            # (after "ich" only where it opens the sentence or a quotation: elsewhere the word after it may be a
            # participle, "dass ich bezahlt habe")
            if v > i and not (i in ctx.doc.sentence_starts or (i > 0 and toks[i - 1].text in ("„", '"', "»"))):
                continue
            if v < i and (v in ctx.doc.sentence_starts or v == 0 or not toks[v - 1].text.isalpha()):
                continue
            verb = toks[v].text
            # (not a form that is a past too, a weak verb's with its -e cut off, as verse and speech cut it: "wollt
            # ich", "sagt ich", "Ich schalt jetzt"; nor a strong verb's: "hielt ich"; nor "das heißt")
            if not verb.endswith("t") or not verb.islower() or lexicon.is_german(verb + "e") \
                    or verb in strong_preterites() or (verb == "heißt" and toks[v - 1].text.lower() == "das"):
                continue
            shown = _verb_number(verb)
            if shown is None or shown[0] != "sg":
                continue
            first = _FIRST_SINGULAR.get(verb) if verb in _SINGULAR \
                else shown[1][:-1] if shown[1].endswith("en") else None
            if first is None or not lexicon.is_german(first):
                continue
            out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                               f"„ich“ takes the first person; the verb „{verb}“ is the third", [first]))
            break
    return out


_PLURAL_PRONOUNS = frozenset(w.capitalize() for w in _PLURAL_OPENERS | {"manche"})
# verbs whose person stands in the dative, the subject a thing after them ("Beiden droht Haft", "Allen fehlt Geld")
_DATIVE_VERBS = frozenset("drohen fehlen gefallen gehören gelingen passieren genügen schmecken nützen schaden zustehen "
                          "bleiben gebühren missfallen".split())


def _plural_pronoun_subject(ctx: Context) -> list[Finding]:
    """A plural pronoun opening the sentence alone before a singular verb ("Beide bestreitet die Vorwürfe" ->
    "bestreiten"), where nothing after the verb could be a singular subject of its own ("Beide kennt jeder")."""
    toks = ctx.doc.tokens
    out = []
    for first in ctx.doc.sentence_starts:
        v = first + 1
        # (not an adjective of the pronoun's noun: "Einige alte Versionen", "Mehrere komprimierte Dateien")
        if v + 1 >= len(toks) or toks[first].text not in _PLURAL_PRONOUNS or not ctx.adjacent(first, v) \
                or ctx.claimed(v) or not toks[v].text.islower() or _is_adjective(toks[v].text) \
                or (toks[v + 1].text[:1].isupper() and ctx.adjacent(v, v + 1)) or toks[v + 1].text == ",":
            continue
        shown = _verb_number(toks[v].text)
        # (not a verb whose dative the pronoun may be, its subject later: "Beide droht bis zu sechs Jahre Haft" is
        # "Beiden droht")
        if shown is None or shown[0] != "sg" or _subject_after(ctx, v, "sg") or shown[1] in _DATIVE_VERBS:
            continue
        verb = toks[v].text
        out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                           f"„{toks[first].text}“ is plural; the verb „{verb}“ is not", [shown[1]]))
    return out
