"""The passive of a verb whose one object is a dative ("helfen", "danken", "raten"): it has no subject.

English makes the person the subject of its passive ("residents were advised to stay inside", "the victims were
helped"); German keeps the dative and puts the verb in the singular ("Den Bewohnern wurde geraten, …", "Den Opfern
wurde geholfen"). A noun phrase in the nominative that opens its clause right before "wurde(n)"/"werden"/"wird",
whose clause ends in such a verb's participle, is that error. The verbs are data/grammar/dative_verbs.tsv's and
"raten" (whose accusative is a thing, never the person advised); "kündigen" with a person (colloquial) is a
warning.
"""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon, nouns
from ...findings import Finding
from . import morphology as M
from .context import Context

# the passive's auxiliary -> its third person singular
_SINGULAR = {"wurden": "wurde", "wurde": "wurde", "werden": "wird", "wird": "wird", "würden": "würde",
             "würde": "würde"}
# beside the table's verbs: "raten" (the person advised is a dative) and "kündigen" (a dative for the person whose
# contract is ended; "jemanden kündigen" is colloquial, so only a warning)
_MORE_VERBS = ("raten", "kündigen")
_COLLOQUIAL = frozenset(("gekündigt",))
# participles whose verb also takes a thing in the accusative, which may be the passive's subject: only a person
_THING_TOO = frozenset(("geraten", "gekündigt"))
# quantifiers that stand where an article does ("Alle Bewohner wurden geraten")
_QUANTIFIERS = {"alle": "allen", "viele": "vielen", "einige": "einigen", "mehrere": "mehreren", "beide": "beiden"}
_CLAUSE_OPENERS = frozenset(", ; : und aber denn".split())
_CLAUSE_ENDS = frozenset(", . ; : ! ? und oder".split())
_WINDOW = 10   # tokens between the auxiliary and the participle


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    from .agreement import _grammar_rows   # (agreement imports this module's peers)
    from .calques import conjugate

    verbs = [r[1] for r in _grammar_rows("dative_verbs.tsv", "dative verb")] + list(_MORE_VERBS)
    # (not a verb in ge- whose participle is another verb's: "gehört" of "hören", "gefallen" of "fallen")
    return frozenset(conjugate(v)[1]["pp"] for v in verbs
                     if not (v.startswith("ge") and lexicon.is_german(v[2:])))


def _subject(ctx: Context, aux: int) -> tuple[int, str | None, list[int], int] | None:
    """(first token, the determiner or quantifier as written or None, adjective tokens, noun token) of the noun
    phrase that opens the clause right before the auxiliary at AUX."""
    toks = ctx.doc.tokens
    n = aux - 1
    if n < 0 or not toks[n].text[:1].isupper() or not ctx.adjacent(n, aux):
        return None
    k = n - 1
    adjs = []
    while k >= 0 and toks[k].text.islower() and M.adjective_stem(toks[k].text) and toks[k].text.isalpha() \
            and M.determiner(toks[k].text) is None and toks[k].text not in _QUANTIFIERS:
        adjs.insert(0, k)
        k -= 1
    first, det = k + 1, None
    if k >= 0 and (M.determiner(toks[k].text) is not None or toks[k].text.lower() in _QUANTIFIERS):
        first, det = k, toks[k].text
        k -= 1
    opens = first in ctx.doc.sentence_starts or (k >= 0 and toks[k].text in _CLAUSE_OPENERS)
    return (first, det, adjs, n) if opens else None


def check(ctx: Context) -> list[Finding]:
    from .two_way_case import dative_phrase   # (two_way_case's module imports this one's peers)

    toks = ctx.doc.tokens
    participles = _participles()
    out = []
    for aux, t in enumerate(toks):
        if t.text not in _SINGULAR or ctx.claimed(aux):
            continue
        # the participle that ends the clause
        pp = next((k for k in range(aux + 1, min(len(toks), aux + _WINDOW))
                   if toks[k].text in participles and (k + 1 >= len(toks) or toks[k + 1].text in _CLAUSE_ENDS)
                   or toks[k].text in _CLAUSE_ENDS), None)
        if pp is None or toks[pp].text not in participles:
            continue
        subject = _subject(ctx, aux)
        if subject is None:
            continue
        first, det, adjs, n = subject
        noun = toks[n].text
        plural = t.text in ("wurden", "werden", "würden")
        # (the singular's gender the determiner shows where there is one: "Der Kunde", not the feminine "die Kunde")
        shown = M.determiner(det)[2] if det is not None and M.determiner(det) is not None else ()
        feat = "nom.pl" if plural else next((f for f in sorted(nouns.features(noun), key=lambda f: f not in shown)
                                             if f.startswith("nom.sg")), None)
        if feat is None or feat not in nouns.features(noun) or any(ctx.claimed(k) for k in range(first, n + 1)):
            continue
        if toks[pp].text in _THING_TOO and not _person(noun, feat):
            continue   # "Das Rätsel wurde geraten", "Der Vertrag wurde gekündigt": an accusative thing
        if det is not None and det.lower() in _QUANTIFIERS:
            phrase = _bare_dative(ctx, adjs, n, feat)
            phrase = f"{M.case_like(_QUANTIFIERS[det.lower()], det)} {phrase}" if phrase else None
        elif det is not None:
            d = M.determiner(det)
            if feat not in d[2]:
                continue   # the determiner shows no nominative of the noun: another reading
            phrase = dative_phrase(ctx, first, adjs, n, d[0], d[1], feat)
        else:
            phrase = _bare_dative(ctx, adjs, n, feat)
        if not phrase:
            continue
        proposals = [f"{phrase} {_SINGULAR[t.text]}"]
        if det is None and plural:   # with the article as well ("Den Bewohnern wurde")
            rest = phrase[:1].lower() + phrase[1:] if adjs else phrase
            proposals.append(f"{M.case_like('den', toks[first].text)} {rest} {_SINGULAR[t.text]}")
        start, end = toks[first].start, t.end
        verb = toks[pp].text
        out.append(Finding(start, end, ctx.doc.text[start:end], "DATIVE_PASSIVE", "grammar",
                           "warning" if verb in _COLLOQUIAL else "error",
                           f"„{verb}“ takes its person in the dative: the passive has no subject („Den … wurde "
                           f"{verb}“)", proposals))
        ctx.claim(start, end)
    return out


def _person(noun: str, feat: str) -> bool:
    """NOUN (in FEAT) names persons: an agent noun or a role ("Bewohner", "Anwohner", "Minister")."""
    from .calques import person_noun
    from .transliteration import role_word

    lemmas = {lem for lem, f in nouns.analyses(noun) if f == feat} or {noun}
    # (also behind a particle: "An|wohner" of "wohnen")
    return any(person_noun(lem) or role_word(lem) or any(person_noun(lem[k:].capitalize()) for k in (2, 3))
               for lem in lemmas)


def _bare_dative(ctx: Context, adjs: list[int], n: int, feat: str) -> str | None:
    """The phrase of adjectives ADJS and noun N without a determiner, in the dative of FEAT's number and gender."""
    toks = ctx.doc.tokens
    target = "dat." + feat.split(".", 1)[1]
    words = [M.adjective_stem(toks[a].text) + M.adjective_ending(None, target) for a in adjs]
    noun = toks[n].text
    lemmas = {lem for lem, f in nouns.analyses(noun) if f == feat}
    forms = nouns.forms_of(lemmas.pop()).get(target, ()) if len(lemmas) == 1 else ()
    if not forms:
        return None
    words.append(min(forms, key=lambda f: (not f.startswith(noun), len(f))))
    if n in ctx.doc.sentence_starts or (adjs and adjs[0] in ctx.doc.sentence_starts):
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)

