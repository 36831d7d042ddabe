"""English word order: in a main clause the finite verb third after a fronted phrase ("Nach dem Rennen Chebet
sagte", "Nach dem Abpfiff der Verein kündigte an"; German puts it second: "Nach dem Rennen sagte Chebet"), and in a
subordinate clause an auxiliary right after the subject ("dass die Arbeiten würden zwei Wochen dauern"; German puts
it last).

Only where the sentence leaves no doubt: it opens with a prepositional phrase (preposition or contraction, a
determiner, at most two adjectives, a noun); a subject follows at once, a name (a capitalised word no dictionary
knows, not in the genitive: "Nach dem Tod Nawalnys sagte …" has its verb second) or a noun phrase that can only be
nominative ("der Verein"); then a finite verb whose form shows it: an auxiliary or modal, or a weak verb in -te,
-ten or -t ("sagte": "sagen" is a verb). The proposal puts the verb before the subject.

The same rule of one phrase before the finite verb tells a compound written apart at the start of a sentence ("Die
Skulpturen Gruppen wurden restauriert"): two nouns there are one word.
"""

from __future__ import annotations

import re

from ... import lexicon, nouns
from ...findings import Finding
from . import morphology as M
from .agreement import name_genitive, noun_features, np_at
from .context import Context
from .subject_verb import _PLURAL, _SINGULAR


def check(ctx: Context) -> list[Finding]:
    return _verb_second(ctx) + _verb_last(ctx) + _compound_before_verb(ctx) + _fused_preposition_article(ctx) \
        + _ending_apart(ctx) + _particle_apart(ctx) + _count_adjective_apart(ctx)


# separable particles that are no preposition and seldom an adverb of their own before a verb: written apart from
# the verb's form that follows, they are one word ("die im Mai zurück kommt", "hat statt gefunden"); not "zusammen",
# "weiter", "fest", adverbs as often ("zusammen arbeiten", "weiter gesenkt")
_PARTICLES = frozenset("zurück statt teil fort heraus hinaus herein hinein heran herauf hinauf herunter hinunter "
                       "vorbei voran auseinander entgegen zurecht nieder hinzu".split())
# what opens a clause whose finite verb stands last
_SUBORDINATING = frozenset("dass daß weil ob obwohl wenn falls nachdem bevor sobald solange während da damit sodass "
                           "der die das dem den deren dessen denen welche welcher welches wo".split())
PARTICLE_JOINED_MIN_ZIPF = 2.0   # the joined form German text writes ("zurückkommt" 3.2, "stattgefunden" 4.0)
_NON_FINITE = frozenset(("werden", "worden", "sein", "haben"))   # (auxiliaries after a participle, not finite)


def _particle_apart(ctx: Context) -> list[Finding]:
    """A separable particle written apart from its verb where German joins them: before a participle in ge- ("hat
    statt gefunden" -> "stattgefunden"; an infinitive in ge- ending its clause too, "nicht zurück gehen"), and
    before the finite verb that ends a subordinate clause ("die im Oktober zurück kommt" -> "zurückkommt"). Only
    where German text writes the joined form often."""
    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    for i in range(len(toks) - 1):
        particle, verb = toks[i].text, toks[i + 1].text
        if particle not in _PARTICLES or not ctx.adjacent(i, i + 1) or not verb.isalpha() or not verb.islower() \
                or ctx.claimed(i) or ctx.claimed(i + 1):
            continue
        joined = particle + verb
        if not lexicon.is_german(joined) or lexicon.zipf_de(joined) < PARTICLE_JOINED_MIN_ZIPF:
            continue
        ends = i + 2 >= len(toks) or toks[i + 2].text in (",", ".", ";", ":", "!", "?", "–", ")")
        # (a form in ge- ending the clause or before an auxiliary: "statt gefunden.", "zurück gegeben worden")
        participle = verb.startswith("ge") and (ends or (
            toks[i + 2].text.islower()
            and (toks[i + 2].text in _SINGULAR or toks[i + 2].text in _PLURAL or toks[i + 2].text in _NON_FINITE)))
        if not participle and not (ends and _subordinate_clause(ctx, i)):
            continue
        start, end = toks[i].start, toks[i + 1].end
        out.append(Finding(start, end, text[start:end], "GARBLED_WORD", "garbled", "error",
                           f"„{particle}“ is the verb's particle here: German writes it as one word", [joined]))
    return out


# counts that make an adjective with a second part written together ("sechsstündig", "dreitägig", "zehnjährig")
_COUNTS = frozenset("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig "
                    "sechzig siebzig achtzig neunzig hundert tausend".split())


def _count_adjective_apart(ctx: Context) -> list[Finding]:
    """A count written apart from the adjective it makes ("einer sechs stündigen Anhörung" -> "sechsstündigen",
    "zwei wöchige Frist"): German writes the count and -stündig, -tägig, -jährig … as one word, which German text
    has; the adjective's second part alone is no word of its own sense."""
    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    for i in range(len(toks) - 1):
        count, adj = toks[i].text, toks[i + 1].text
        if count.lower() not in _COUNTS or not ctx.adjacent(i, i + 1) or not adj.islower() or not adj.isalpha() \
                or not re.search(r"(?:ig|fach)(?:e|en|er|es|em)?$", adj) or ctx.claimed(i) or ctx.claimed(i + 1):
            continue
        joined = count + adj
        if not lexicon.is_german(joined.lower()) or lexicon.zipf_de(joined.lower()) == 0:
            continue
        start, end = toks[i].start, toks[i + 1].end
        out.append(Finding(start, end, text[start:end], "GARBLED_WORD", "garbled", "error",
                           "a count and the adjective it makes are one word", [joined]))
    return out


def _subordinate_clause(ctx: Context, i: int) -> bool:
    """Token I stands in a clause after a comma or a dash that a conjunction or a relative pronoun opens (after a
    preposition maybe), whose finite verb comes last."""
    toks = ctx.doc.tokens
    k = i - 1
    while k >= 0 and toks[k].text not in (",", ".", ";", ":", "!", "?", "–") and i - k <= 15:
        k -= 1
    if k < 0 or toks[k].text not in (",", "–"):
        return False
    first = toks[k + 1].text.lower() if k + 1 < i else ""
    # (also a preposition before the relative pronoun: "…, an dem …")
    if first in M.PREPOSITIONS and k + 2 < i:
        first = toks[k + 2].text.lower()
    return first in _SUBORDINATING


def _ending_apart(ctx: Context) -> list[Finding]:
    """A noun's plural or genitive -s written apart ("in den Silo s des Konzerns" -> "Silos"): a lone "s" (no
    abbreviation's "s.", no key or variable "s" after a noun it would not inflect) where the noun lexicon reads the
    joined word as a form of the noun."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks)):
        if toks[i].text != "s" or not ctx.adjacent(i - 1, i) or ctx.claimed(i) or ctx.claimed(i - 1):
            continue
        noun = toks[i - 1].text
        after = ctx.doc.text[toks[i].end:toks[i].end + 1]
        rest = ctx.doc.text[toks[i].end:toks[i].end + 3].lstrip()
        # (a variable "s" in a formula or a listing: "das Symbol s = Zuord[c]")
        if not (noun[:1].isupper() and noun.isalpha()) or after in (".", "'", "’", "-") or after.isalnum() \
                or rest[:1] in ("=", "(", "[", "{", "<", ">", "+", "*", "/"):
            continue
        joined = noun + "s"
        if not any(lem == noun or lem == nouns.head_of(noun) for lem, _ in nouns.analyses(joined)) \
                and not any(lem == noun for lem, _ in nouns.analyses(nouns.head_of(joined) or "")):
            continue
        start, end = toks[i - 1].start, toks[i].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "GARBLED_WORD", "garbled", "error",
                           f"the ending of „{joined}“ written apart", [joined]))
    return out


# conjunctions that are a preposition and "dem" run together: before a bare noun and the main clause's verb, the
# two words ("Seitdem Frühjahr stehen die Maschinen still": seit dem Frühjahr)
_FUSED_PREPOSITIONS = {"seitdem": "seit dem", "nachdem": "nach dem", "vordem": "vor dem"}


def _fused_preposition_article(ctx: Context) -> list[Finding]:
    """"Seitdem Frühjahr stehen …": a conjunction would open a clause with its verb last; a singular noun that
    "dem" fits, no article, then a verb that goes on with the clause (no article after it, which would make the
    noun the subordinate clause's subject: "Nachdem Regen die Straßen überflutet hatte"; no verb before the next
    comma, which would close such a clause: "Nachdem Wasser eingedrungen war, …") is the preposition and its
    article written as one word."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        two = _FUSED_PREPOSITIONS.get(toks[i].text.lower())
        if two is None and toks[i].text.lower() in _FUSED_FEMININE and not ctx.claimed(i) and ctx.adjacent(i, i + 1):
            f = _fused_before_feminine(ctx, i)
            if f is not None:
                out.append(f)
                ctx.claim(f.start, f.end)
            continue
        if two is None or ctx.claimed(i) or not ctx.adjacent(i, i + 1):
            continue
        noun = toks[i + 1].text
        verb = toks[i + 2].text if i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) else ""
        after = toks[i + 3].text if i + 3 < len(toks) else ""
        feats = noun_features(noun)[1]
        # (a noun of the lexicon, no pronoun of address: "Nachdem Sie es kompiliert haben")
        # ("vordem", an old adverb, before a name too: "vordem Seimas")
        name_after_vordem = toks[i].text.lower() == "vordem" and noun[:1].isupper() and noun[1:].islower() \
            and noun.isalpha() and not nouns.analyses(noun) and i + 1 not in ctx.doc.sentence_starts
        if not name_after_vordem and not (noun[:1].isupper() and noun.isalpha()
                                          and any(f in feats for f in ("dat.sg.m", "dat.sg.n"))
                                          and nouns.analyses(noun) and noun.lower() not in M.SUBJECT_PRONOUNS):
            continue
        # ("vordem", an old adverb, before a noun that "dem" fits is the preposition and its article wherever it
        # stands: "versammelten sich vordem Regierungsgebäude")
        if toks[i].text.lower() == "vordem":
            pass
        # (no conjunction after the noun, which joins a second subject: "nachdem Bagger und Sprengteams …")
        elif not (verb.islower() and verb.isalpha() and lexicon.is_german(verb) and M.determiner(verb) is None
                  and verb not in M.PREPOSITIONS and verb not in ("und", "oder", "sowie")
                  and after not in (",", ".", ";", ":", "!", "?")):
            continue
        # (a number's comma is none of the clause: "rund 52,000 Kubikmeter")
        comma = next((k for k in range(i + 2, len(toks)) if toks[k].text in (",", ".", ";", ":", "!", "?")
                      and not (toks[k - 1].text.isdigit() and k + 1 < len(toks) and toks[k + 1].text.isdigit()
                               and ctx.adjacent(k - 1, k) and ctx.adjacent(k, k + 1))), None)
        if two != "vor dem" and comma is not None and toks[comma - 1].text.islower() \
                and (finite_verb(toks[comma - 1].text) or toks[comma - 1].text.endswith(("en", "t", "te", "ten"))):
            continue   # a subordinate clause, closed by its verb ("Nachdem Wasser eingedrungen war, sank …"; also
            # at the sentence's end: "…, nachdem Prüfer gravierende Lücken fanden.")
        t = toks[i]
        out.append(Finding(t.start, t.end, t.text, "GARBLED_WORD", "garbled", "error",
                           f"„{t.text}“ before a noun and the main clause's verb is a preposition and its article: "
                           f"„{two}“", [M.case_like(two, t.text)]))
        ctx.claim(t.start, t.end)
    return out


# words of their own that are a preposition and "der" run together ("Inder Gruppenphase": in der; "beider Wahl")
_FUSED_FEMININE = {"inder": "in der", "beider": "bei der"}


def _fused_before_feminine(ctx: Context, i: int) -> Finding | None:
    """"Inder Gruppenphase verlor …": a noun ("der Inder") or a quantifier ("beider") before a feminine singular
    noun, which neither can stand beside; the preposition and its dative "der" are."""
    toks = ctx.doc.tokens
    noun = toks[i + 1].text
    analyses = nouns.analyses(noun) if noun[:1].isupper() and noun.isalpha() else ()
    if not analyses or not any(f == "dat.sg.f" for _, f in analyses) or any(f.endswith(".pl") for _, f in analyses):
        return None
    two = _FUSED_FEMININE[toks[i].text.lower()]
    t = toks[i]
    return Finding(t.start, t.end, t.text, "GARBLED_WORD", "garbled", "error",
                   f"„{t.text}“ before a feminine noun is a preposition and its article: „{two}“",
                   [M.case_like(two, t.text)])


# nouns that name what follows them ("die Firma Müller", "der Begriff Freiheit"): an apposition, no compound
_APPOSITION_HEADS = frozenset("Firma Familie Stadt Gemeinde Verein Partei Marke Begriff Wort Name Titel Konzern "
                              "Unternehmen Gruppe Band Zeitung Magazin Sender Film Buch Roman Serie Motto Stichwort "
                              "Art Sorte Reihe Menge Anzahl Zahl Paar Stück Teil Hälfte Glas Tasse Flasche".split())


def _compound_before_verb(ctx: Context) -> list[Finding]:
    """Two nouns written apart at the start of a main clause, right before its finite verb ("Die Skulpturen Gruppen
    wurden restauriert") or before a name and its verb ("Theater Direktor Oleksiy Zhuravel sprach"): German puts
    one phrase before the finite verb, so the two nouns are one compound (hunspell knows it; German text uses it,
    or its head is plural and so no surname: "die Firma Müller hat")."""
    from .garbled import compound_in_use

    toks = ctx.doc.tokens
    out = []
    for s in ctx.doc.sentences:
        i = _first_word(ctx, s)
        det = M.determiner(toks[i].text) if i < s.last else None
        # (a name's genitive stands where the article would: "Bakus Teppich Museum öffnet")
        genitive = det is None and i < s.last and name_genitive(toks[i].text)
        if genitive:
            det = M.determiner("das")
        j = i + 1 if det is not None else i
        if j + 2 >= s.last or not ((det is None or ctx.adjacent(i, j)) and ctx.adjacent(j, j + 1)
                                   and ctx.adjacent(j + 1, j + 2)):
            continue
        first, second = toks[j].text, toks[j + 1].text
        if not (first.isalpha() and second.isalpha() and first[:1].isupper() and first[1:].islower()
                and second[:1].isupper() and second[1:].islower() and len(first) >= 3 and len(second) >= 4) \
                or first in _APPOSITION_HEADS or ctx.claimed(j) or ctx.claimed(j + 1) \
                or first.lower() in M.PREPOSITIONS:   # ("Laut Sprecher Timur …": a preposition opening it)
            continue
        first_feats, second_feats = noun_features(first)[1], noun_features(second)[1]
        if not first_feats or not second_feats:
            continue
        k = j + 2
        headline = genitive   # (hunspell's compound is enough after the name: nothing else reads two nouns there)
        if det is not None:
            if not set(det[2]) & {f for f in second_feats if f.startswith("nom")} or not finite_verb(toks[k].text):
                continue
        elif _bare_opening_verb(toks[k].text, second_feats) and _only_a_noun(first):
            pass   # a bare opening right before the finite verb, as in a headline ("Wahl Beobachter kritisieren …")
        elif _headline_opening(ctx, j, k):
            headline = True   # a headline's two bare nouns before a preposition or a colon ("Fischfang Verbot am …")
        else:
            # a bare opening: only before a name and then its verb (a title, "Theater Direktor Oleksiy Zhuravel"):
            # two capitalised words or more, one of them unknown to German ("Iwan Petrenko")
            name_end = k
            while name_end < s.last and _capitalised(toks[name_end].text) and ctx.adjacent(name_end - 1, name_end):
                name_end += 1
            if name_end - k < 2 or name_end >= s.last or not toks[name_end].text.islower() \
                    or all(lexicon.is_german_any_case(toks[m].text) for m in range(k, name_end)):
                continue
        joined = first + second.lower()
        if not (lexicon.is_german(first) and lexicon.is_german(second) and lexicon.is_german(joined)):
            continue
        if not compound_in_use(joined) and not all(f.endswith(".pl") for f in second_feats) and not headline:
            continue
        start, end = toks[j].start, toks[j + 1].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "GARBLED_WORD", "garbled", "error",
                           "a compound written apart: before the finite verb German has one phrase, and these two "
                           "nouns are one word", [joined]))
    return out


# words that name what follows them in a headline ("Thema Rente:", "Stand Montag:") or a time ("Ende Mai")
_HEADLINE_HEADS = frozenset("Thema Fokus Stand Fall Modell Projekt Operation Typ Kategorie Platz Rang Ende Anfang Mitte "
                            "Beginn Schluss Ausgabe Folge Teil Kapitel Runde Spieltag Tag Woche".split())


def _headline_opening(ctx: Context, j: int, k: int) -> bool:
    """Tokens j, j + 1 are two bare nouns opening a sentence, before a preposition or a colon, as a headline has
    them ("Fischfang Verbot am Sewansee: …", "Robotik Messe in Brno …"): German would write one phrase there, and a
    noun naming what follows ("Thema Rente:"), a title before a name ("Trainer Flick in …") or a date ("Ende Mai")
    is no compound. The compound must be one hunspell builds, or for a role noun first, one German text uses."""
    from .formats import MONTHS_DE, WEEKDAYS_DE
    from .garbled import compound_in_use
    from .transliteration import ROLE_RE, german_agent_noun

    toks = ctx.doc.tokens
    first, second, nxt = toks[j].text, toks[j + 1].text, toks[k].text
    if not (nxt == ":" or (nxt.islower() and (nxt in M.PREPOSITIONS or nxt in M.CONTRACTIONS))):
        return False
    if first in _HEADLINE_HEADS or {first, second} & {*WEEKDAYS_DE, *MONTHS_DE} or not _only_a_noun(first):
        return False
    joined = first + second.lower()
    if german_agent_noun(first) or ROLE_RE.fullmatch(first):
        return compound_in_use(joined)
    return True


def _bare_opening_verb(word: str, noun_feats) -> bool:
    """WORD is the finite verb after two bare nouns opening a clause ("Steppen Brand zerstört", "Wahl Beobachter
    kritisieren"): a form that shows it, or a plural -en form after a plural noun."""
    if not word.islower():
        return False
    if finite_verb(word):
        return any(f.startswith("nom") for f in noun_feats)
    return word.endswith("en") and "nom.pl" in noun_feats and lexicon.is_german(word) \
        and lexicon.is_german(word[:-2] + "t") and len(word) >= 6


def _only_a_noun(word: str) -> bool:
    """A capitalised first word that is a noun and nothing a sentence's start capitalises (not "Bei", "Drei",
    "Mehr", "Rechte"; an -en form may be a noun's plural: "Wahlen")."""
    low = word.lower()
    return low not in M.PREPOSITIONS and not (lexicon.is_german(low) and not low.endswith("en"))


def _first_word(ctx: Context, s) -> int:
    """The index of sentence S's first word (past an opening quote or dash), or S.last."""
    i = s.first
    while i < s.last and not ctx.doc.tokens[i].is_word:
        i += 1
    return i


def _capitalised(w: str) -> bool:
    return w[:1].isupper() and w[1:].islower() and w.isalpha()


def _verb_second(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    out = []
    for s in ctx.doc.sentences:
        i = _first_word(ctx, s)
        subject = _after_opening_phrase(ctx, i)
        if subject is None:
            continue
        if _named_place(toks[subject - 1].text) and toks[subject].text[:1].isupper():
            continue   # "Im Stadtteil Tschilansar waren …": the name is the place noun's, no subject of its own
        verb = _subject_end(ctx, subject)
        if verb is None or verb >= s.last or not ctx.adjacent(verb - 1, verb) or not finite_verb(toks[verb].text):
            continue
        if any(ctx.claimed(k) for k in range(subject, verb + 1)):
            continue
        start, end = toks[subject].start, toks[verb].end
        subj_text = ctx.doc.text[start:toks[verb - 1].end]
        out.append(Finding(start, end, ctx.doc.text[start:end], "VERB_SECOND", "grammar", "warning",
                           "English word order: in a German main clause the finite verb comes second, right after "
                           "the opening phrase", [f"{toks[verb].text} {subj_text}"]))
    return out


# conjunctions that open a subordinate clause, whose finite verb goes last
_SUBORDINATORS = frozenset("dass weil ob obwohl nachdem sodass falls bevor sobald solange".split())


def _verb_last(ctx: Context) -> list[Finding]:
    """"dass die Arbeiten würden zwei Wochen dauern": in a subordinate clause the finite verb goes last ("dass die
    Arbeiten zwei Wochen dauern würden"). Only an auxiliary or modal right after the clause's subject (a pronoun,
    a name or a noun phrase) with an infinitive or a participle ending the clause."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks[:-3]):
        if t.text.lower() not in _SUBORDINATORS or not ctx.adjacent(i, i + 1):
            continue
        k = i + 1
        if toks[k].text in M.SUBJECT_PRONOUNS:
            aux = k + 1
        else:
            aux = _subject_end(ctx, k, nominative_only=False)
        if aux is None or aux >= len(toks) or not ctx.adjacent(aux - 1, aux):
            continue
        if toks[aux].text not in _SINGULAR and toks[aux].text not in _PLURAL:
            continue
        end = aux + 1
        while end < len(toks) and toks[end].is_word and end - aux <= 12:
            end += 1
        last = end - 1
        if last - aux < 2 or (end < len(toks) and toks[end].text not in ",.;:!?"):
            continue
        verb = toks[last].text
        if not (verb.islower() and verb.endswith(("en", "t", "rn", "ln")) and lexicon.is_german(verb)):
            continue
        if any(ctx.claimed(x) for x in range(aux, end)):
            continue
        start, stop = toks[aux].start, toks[last].end
        middle = ctx.doc.text[toks[aux + 1].start:stop]
        out.append(Finding(start, stop, ctx.doc.text[start:stop], "VERB_LAST", "grammar", "warning",
                           f"English word order: after „{t.text}“ the finite verb goes to the end of the clause",
                           [f"{middle} {toks[aux].text}"]))
    return out


# last parts of nouns that take their name right after them ("im Stadtteil Chilonzor", "im Hafen Poti")
_NAMED_PLACE_ENDINGS = ("teil", "stadt", "viertel", "bezirk", "dorf", "gebiet", "region", "provinz", "kreis",
                        "gemeinde", "ort", "hafen", "fluss", "see", "verein", "klub", "club", "stadion", "arena",
                        "oblast", "metropole", "republik", "insel", "tal", "platz", "straße", "kanal")


def _named_place(noun: str) -> bool:
    return noun.lower().endswith(_NAMED_PLACE_ENDINGS)


def _after_opening_phrase(ctx: Context, i: int) -> int | None:
    """The token after a sentence-opening prepositional phrase at token I ("Nach dem Rennen", "Am Montag")."""
    toks = ctx.doc.tokens
    if i + 2 >= len(toks):
        return None
    prep = toks[i].text.lower()
    if prep in M.CONTRACTIONS:
        j = i + 1
    elif prep in M.PREPOSITIONS and M.determiner(toks[i + 1].text) is not None:
        j = i + 2
    else:
        return None
    adjectives = 0
    while j < len(toks) and toks[j].text.islower() and adjectives < 2 and ctx.adjacent(j - 1, j):
        j += 1
        adjectives += 1
    if j >= len(toks) or not ctx.adjacent(j - 1, j) or not toks[j].text[:1].isupper() \
            or not noun_features(toks[j].text)[1]:
        return None
    # a name after a noun that names what follows ("Laut der Menschenrechtsorganisation Wjasna wurden …") belongs
    # to the phrase; after any other noun it is the subject put before the verb ("Nach dem Rennen Chebet sagte")
    if j + 1 < len(toks) and ctx.adjacent(j, j + 1) and _names_what_follows(toks[j].text) \
            and _subject_end(ctx, j + 1) == j + 2 and not M.determiner(toks[j + 1].text):
        j += 1
    return j + 1 if j + 1 < len(toks) and ctx.adjacent(j, j + 1) else None


# heads of nouns that name what follows them, in compounds too ("Menschenrechtsorganisation Wjasna")
_NAMING_HEADS = tuple(h.lower() for h in _APPOSITION_HEADS) + (
    "organisation", "bewegung", "agentur", "behörde", "initiative", "stiftung", "bank", "region", "provinz",
    "dorf", "plattform", "kanal", "portal", "allianz", "koalition", "gewerkschaft", "fraktion")


def _names_what_follows(noun: str) -> bool:
    low = noun.lower()
    return noun in _APPOSITION_HEADS or low.endswith(_NAMING_HEADS)


def _subject_end(ctx: Context, k: int, nominative_only: bool = True) -> int | None:
    """The token after the subject starting at K: a name, or a noun phrase that is nominative (only, or also)."""
    toks = ctx.doc.tokens
    w = toks[k].text
    if M.determiner(w) is not None:
        np = np_at(ctx, k)
        if np is None:
            return None
        (_, _, det_feats), _, n = np
        fits = set(det_feats) & noun_features(toks[n].text)[1]
        # ("Nach dem Ende der Saison wechselte …": a genitive attribute of the opening phrase, no subject)
        if not any(f.startswith("nom") for f in fits) or (nominative_only and
                                                          any(not f.startswith("nom") for f in fits)):
            return None
        return n + 1
    if w[:1].isupper() and w[1:].islower() and w.isalpha() and not lexicon.is_german_any_case(w) \
            and not w.endswith("s") and not lexicon.is_english(w.lower()):
        return k + 1
    return None


def finite_verb(word: str) -> bool:
    """A finite verb form that shows it: an auxiliary or modal, or a weak verb's -te/-ten/-t form."""
    if word in _SINGULAR or word in _PLURAL:
        return True
    if not word.islower() or not lexicon.is_german(word):
        return False
    for end in ("eten", "ete", "ten", "te", "et", "t"):   # ("öffnet": öffnen)
        stem = word[: -len(end)]
        if not word.endswith(end) or len(stem) < 3:
            continue
        # ("ereignete": ereignen; "handelte": handeln, "-eln"/"-ern" verbs take -n)
        if lexicon.is_german(stem + "en") or (stem.endswith(("el", "er")) and lexicon.is_german(stem + "n")):
            return True
    return False
