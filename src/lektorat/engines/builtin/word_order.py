"""English word order: in a main clause the finite verb third after a fronted phrase ("Nach dem Rennen Chebet
sagte", "Nach dem Abpfiff der Verein kündigte an"; German puts it second: "Nach dem Rennen sagte Chebet"), and in a
subordinate clause an auxiliary right after the subject ("dass die Arbeiten würden zwei Wochen dauern"; German puts
it last).

Only where the sentence leaves no doubt: it opens with a prepositional phrase (preposition or contraction, a
determiner, at most two adjectives, a noun); a subject follows at once, a name (a capitalised word no dictionary
knows, not in the genitive: "Nach dem Tod Nawalnys sagte …" has its verb second) or a noun phrase that can only be
nominative ("der Verein"); then a finite verb whose form shows it: an auxiliary or modal, or a weak verb in -te,
-ten or -t ("sagte": "sagen" is a verb). The proposal puts the verb before the subject.
"""

from __future__ import annotations

from ... import lexicon
from ...findings import Finding
from . import morphology as M
from .agreement import noun_features, np_at
from .context import Context
from .subject_verb import _PLURAL, _SINGULAR


def check(ctx: Context) -> list[Finding]:
    return _verb_second(ctx) + _verb_last(ctx)


def _verb_second(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    out = []
    for s in ctx.doc.sentences:
        i = s.first
        while i < s.last and not toks[i].is_word:
            i += 1
        subject = _after_opening_phrase(ctx, i)
        if subject is None:
            continue
        verb = _subject_end(ctx, subject)
        if verb is None or verb >= s.last or not ctx.adjacent(verb - 1, verb) or not _finite(toks[verb].text):
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
    return j + 1 if j + 1 < len(toks) and ctx.adjacent(j, j + 1) else None


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


def _finite(word: str) -> bool:
    """A finite verb form that shows it: an auxiliary or modal, or a weak verb's -te/-ten/-t form."""
    if word in _SINGULAR or word in _PLURAL:
        return True
    if not word.islower() or not lexicon.is_german(word):
        return False
    for end in ("ten", "te", "t"):
        if word.endswith(end) and len(word) - len(end) >= 3 and lexicon.is_german(word[: -len(end)] + "en"):
            return True
    return False
