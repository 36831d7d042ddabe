"""Subject and verb that disagree in number: "Die Regierung haben beschlossen", "Die Länder hat zugestimmt".

Only where the sentence leaves no doubt: it opens with a noun phrase in the nominative (determiner, adjectives,
noun: the lexicon gives its number) and the next word is the finite verb of a main clause (German puts it second).
The verb is one whose number shows: an auxiliary or modal (ist/sind, hat/haben, kann/können ...), or a regular verb
in -t / -en whose other form the dictionary has ("plant"/"planen"). The proposal is the same verb in the noun's
number. A phrase whose number is open ("die Kosten" is plural only, "die Lage" singular only, "die Dollar" both)
is judged only when every reading agrees.
"""

from __future__ import annotations

from ... import lexicon, nouns
from ...findings import Finding
from . import morphology as M
from .agreement import CLAUSE_END, feminine_first_name, noun_features, np_at
from .context import Context

# third person singular <-> plural of the verbs whose number always shows
_PAIRS = [
    ("ist", "sind"), ("war", "waren"), ("wäre", "wären"), ("hat", "haben"), ("hatte", "hatten"),
    ("hätte", "hätten"), ("wird", "werden"), ("wurde", "wurden"), ("würde", "würden"), ("kann", "können"),
    ("konnte", "konnten"), ("könnte", "könnten"), ("muss", "müssen"), ("musste", "mussten"),
    ("müsste", "müssten"), ("soll", "sollen"), ("sollte", "sollten"), ("will", "wollen"), ("wollte", "wollten"),
    ("darf", "dürfen"), ("durfte", "durften"), ("dürfte", "dürften"), ("mag", "mögen"), ("möchte", "möchten"),
]
_SINGULAR = {sg: pl for sg, pl in _PAIRS}
SINGULAR_VERBS = frozenset(_SINGULAR)   # (spelling reads the polite "Sie" by them)
_PLURAL = {pl: sg for sg, pl in _PAIRS}
# nouns of quantity take either number ("Eine Reihe von Experten haben"): never judged
_QUANTITY_HEADS = frozenset("Reihe Mehrheit Hälfte Vielzahl Menge Anzahl Gruppe Teil Drittel Viertel Dutzend "
                            "Million Milliarde Paar Prozent".split())


def _verb_number(word: str) -> tuple[str, str] | None:
    """(number the verb form shows, the same verb in the other number) or None when it shows none."""
    if word in _SINGULAR:
        return "sg", _SINGULAR[word]
    if word in _PLURAL:
        return "pl", _PLURAL[word]
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
        # a strong verb's preterite, plain or behind a prefix ("gingen" / "ging", "verließen" / "verließ")
        if word.endswith("en"):
            from .calques import INSEPARABLE, strong_preterites   # (calques imports word_order, which imports this)
            stems = [word] + [word[len(p):] for p in INSEPARABLE if word.startswith(p)]
            if any(w in strong_preterites() and w[:-2] in strong_preterites() for w in stems) \
                    and lexicon.is_german(word[:-2]):
                return "pl", word[:-2]
    return None


_COPULA_PLURAL = frozenset(("sind", "waren", "wären"))
# short words in -t that are no verbs though their stem with -en is one
_NO_VERBS = frozenset("seit samt nebst weit bereit breit leicht recht schlecht acht nicht jetzt erst meist".split())


def _subject_after(ctx: Context, v: int) -> bool:
    """The clause after the verb has a subject of its own: a personal pronoun, a determiner in the nominative, or a
    capitalised word (a name or a noun without article) right after the verb."""
    toks = ctx.doc.tokens
    for k in range(v + 1, min(len(toks), v + 8)):
        w = toks[k].text
        if w in CLAUSE_END:
            return False
        if k == v + 1 and w[:1].isupper():
            return True
        det = M.determiner(w)
        if w.lower() in M.SUBJECT_PRONOUNS or (det is not None and any(f.startswith("nom") for f in det[2])):
            return True
    return False


# words that open a plural noun phrase as a determiner would ("Viele Bauern sagen …")
_PLURAL_OPENERS = frozenset("viele einige mehrere zahlreiche wenige beide alle etliche".split())


def _quantified_np(ctx: Context, first: int):
    """np_at's answer for a plural phrase opened by a quantifier ("Viele Bauern", "Zahlreiche kleine Betriebe"):
    (det info, adjective indices, noun index), or None."""
    toks = ctx.doc.tokens
    if toks[first].text.lower() not in _PLURAL_OPENERS and toks[first].text.lower() not in M.CARDINALS:
        return None   # (a count from two up opens a plural too: "Neun Wagen wurden beschädigt")
    n = first + 1
    adjs = []
    while n < len(toks) and toks[n].text.islower() and toks[n].text.endswith("e") and len(adjs) < 2 \
            and ctx.adjacent(n - 1, n):
        adjs.append(n)
        n += 1
    if n >= len(toks) or not ctx.adjacent(n - 1, n) or not toks[n].text[:1].isupper():
        return None
    return ("quant", "", ("nom.pl", "akk.pl")), adjs, n


def check(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    out = []
    for first in sorted(ctx.doc.sentence_starts):
        if first >= len(toks):
            continue
        np = np_at(ctx, first) or _quantified_np(ctx, first)
        if np is None:
            continue
        (_, _, det_feats), adjs, n = np
        v = n + 1
        if v >= len(toks) or not ctx.adjacent(n, v) or ctx.claimed(n) or ctx.claimed(v):
            continue
        noun = toks[n].text
        # the lexicon must know the form itself: a compound's last part can mislead ("Killeroma" is no "Roma")
        if noun in _QUANTITY_HEADS or not noun[:1].isupper() or not nouns.analyses(noun):
            continue
        _, nfeats = noun_features(noun)
        if feminine_first_name(noun, nfeats, det_feats):
            continue   # "Die kleine Anna singt": no plural of the coin "Anna"
        nominative = {f for f in set(det_feats) & nfeats if f.startswith("nom")}
        if not nominative:
            continue
        numbers = {"pl" if f.endswith(".pl") else "sg" for f in nominative}
        verb = toks[v].text
        # "Diese Simulation verdanken wir …", "Die Kosten trägt nur der Staat": the subject follows the verb and
        # the phrase before it is an object
        if _subject_after(ctx, v):
            continue
        shown = _verb_number(verb)
        # "Die Vorgabe sind 64 Anfragen", "Ein Szenario sind Reparatur-CDs": a plural predicate takes the verb
        if shown is not None and verb in _COPULA_PLURAL:
            continue
        if shown is None or len(numbers) != 1 or shown[0] in numbers:
            continue
        # "Die Regierung und die Opposition haben": a coordinated subject; "Die Zahl der Toten sind": a genitive
        # attribute; both need the word after the noun, which here is the verb itself, so neither can occur
        out.append(Finding(toks[v].start, toks[v].end, verb, "SUBJECT_VERB", "grammar", "error",
                           f"„{' '.join(t.text for t in toks[first:n + 1])}“ is "
                           f"{'singular' if 'sg' in numbers else 'plural'}; the verb „{verb}“ is not",
                           [shown[1]]))
    return out + _plural_verb_before_man(ctx) + _elided_count_subject(ctx)


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

