"""The case after a two-way preposition (an, auf, in, vor, zwischen …) where nothing moves: the dative.

The agreement rules accept either case there, as German grammar does: the dative says where, the accusative where
to. Two contexts leave only the dative: a verb of position in the same clause ("sitzt in den Bildungsausschuss" ->
"im Bildungsausschuss"; sitzen, liegen, stehen, wohnen, sich befinden, bleiben name no movement) and "zwischen"
right after a noun, which names a relation, not a goal ("die Zusammenarbeit zwischen beide Länder" -> "beiden
Ländern"). Only a phrase whose article and noun show the accusative alone is reported.
"""

from __future__ import annotations

from functools import lru_cache

from ... import nouns
from ...findings import Finding
from . import morphology as M
from .context import Context

# verbs of position: no direction, so no accusative after a two-way preposition
_POSITION_VERBS = ("sitzen", "liegen", "stehen", "wohnen", "befinden", "bleiben")
# "sein" names where something is ("ist in die Pipeline" -> "in der Pipeline"); with a participle after it, it is
# the perfect's auxiliary ("ist in die Stadt gefahren"), which _position_verb leaves alone
_SEIN_FORMS = frozenset("bin bist ist sind seid war warst waren wart sei seien wäre wären gewesen".split())
# prepositions whose accusative has senses of its own beside place with these verbs: "über den Winter bleiben"
# (duration), "auf jemanden stehen" (liking); "über" and "stehen auf" are left alone
_TWO_WAY = frozenset(("an", "auf", "hinter", "in", "neben", "unter", "vor", "zwischen"))
# words that end a clause or open another, beyond which a verb is not the phrase's
_CLAUSE_BREAKS = frozenset(", ; : . ! ? ( ) – — „ “ ” \" » « und oder aber sondern denn dass weil wenn als ob während"
                           .split())
# adverbs that may stand between "sein" and its phrase of place ("ist noch in die Pipeline")
_SEIN_ADVERBS = frozenset("noch schon bereits nun jetzt auch wieder bisher derzeit".split())
# separable particles: at the clause's end they make the verb another ("stand auf", "lebt in den Tag hinein")
_PARTICLES = frozenset("ab an auf aus bei ein fest fort heim her herein hin hinein hinaus los mit nach vor weg "
                       "zu zurück zusammen".split())
_CONTRACT = {pair: short for short, pair in M.CONTRACTIONS.items()}   # ("in", "dem") -> "im"
_ACCUSATIVE_ADVERBIALS = frozenset(("Fall", "Art", "Weise", "Dauer", "Blick"))   # ("auf den ersten Blick")
# nouns of relation and exchange ("Zusammenarbeit", "Beziehungen", "Handel", "Konflikt"): "zwischen" after them
# names the parties, never a goal ("den Kleinwagen zwischen die Nummernschilder schrauben" has a concrete noun)
_RELATION_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "ion", "ionen", "arbeit", "handel", "verkehr",
                     "konflikt", "konflikte", "streit", "krieg", "kampf", "gespräch", "gespräche", "abkommen",
                     "vertrag", "verträge", "grenze", "spiel", "duell", "unterschied", "unterschiede")
_VERB_WINDOW = 8   # tokens between a verb of position and its phrase in one clause


@lru_cache(maxsize=1)
def _position_forms() -> dict[str, str]:
    """Every finite form and the participle of the verbs of position -> the verb."""
    from .calques import conjugate   # (calques imports modules that import this one)

    out = {}
    for verb in _POSITION_VERBS:
        for key, form in conjugate(verb)[1].items():
            if key != "zu" and key != "inf":
                out[form] = verb
    out.update(dict.fromkeys(_SEIN_FORMS, "sein"))
    return out


def _position_verb(ctx: Context, i: int, n: int) -> str | None:
    """The verb of position of the clause of the phrase from preposition I to noun N: before it in the clause, or
    at the clause's end after it (a subordinate clause: "…, der in den Ausschuss sitzt"). None where the phrase
    may belong to another word: a noun right before it ("die Anpassung auf das Verzeichnis bleibt"), a verb after
    it ("bleiben alle in den Speicher geladenen Inhalte"), a separable particle at the clause's end ("stand …
    auf")."""
    from .agreement import _is_adjective   # (agreement imports this module's peers)

    toks = ctx.doc.tokens
    if i > 0 and toks[i - 1].text[:1].isupper() and (i - 1) not in ctx.doc.sentence_starts:
        return None
    forms = _position_forms()
    found = None
    k = i - 1
    while k >= 0 and i - k <= _VERB_WINDOW and toks[k].text.lower() not in _CLAUSE_BREAKS:
        if toks[k].text in forms:
            found = forms[toks[k].text]
            break
        k -= 1
    end = n + 1
    while end < len(toks) and end - n <= _VERB_WINDOW and toks[end].text.lower() not in _CLAUSE_BREAKS:
        w = toks[end].text
        # (a verb after the phrase only at its clause's end: "…, der in den Ausschuss sitzt"; "An seine Stelle ist
        # der Besitz … getreten" has the perfect's auxiliary)
        if w in forms and (end + 1 >= len(toks) or toks[end + 1].text.lower() in _CLAUSE_BREAKS):
            found = found or forms[w]
        elif w in forms:
            return None
        elif w.isalpha() and w.islower() and M.determiner(w) is None and w not in M.PREPOSITIONS \
                and not (_is_adjective(w) and end + 1 < len(toks) and toks[end + 1].text[:1].isupper()):
            return None   # another verb, a participle or an adverb's clause: not the position's phrase for sure
        end += 1
    if end - 1 > n and toks[end - 1].text in _PARTICLES:
        return None
    # ("sein" with an adjective or participle that governs the phrase: "ist stolz auf den Sohn", "sind limitiert auf
    # die Sommermonate": only where nothing but an adverb stands before the preposition)
    prev = toks[i - 1].text if i > 0 else ""
    # (and the phrase ends its clause: "ist auf die Vernunft und … gegründet", "ist auf die Vorgabe »ask-no«
    # gesetzt" have a participle after it)
    ends = n + 1 >= len(toks) or toks[n + 1].text in (".", "!", "?", ",", ";", ":")
    if found == "sein" and ((prev.islower() and prev not in _SEIN_FORMS and prev not in _SEIN_ADVERBS)
                            or not ends or _zu_infinitive_follows(ctx, n)):
        return None   # (nor "ist an keine Grundsätze … zu denken", a modal "sein" with its infinitive)
    return found


def _sein_after_prefield(ctx: Context, i: int, n: int) -> str | None:
    """"sein" right after a phrase that opens its sentence (after at most "Auch", "Nur", "Gerade"), its clause
    ending in no participle: the phrase says where ("Auch in die Heimat war die Freude groß" -> "in der Heimat";
    "In die Stadt ist er gefahren" is the perfect of a motion)."""
    toks = ctx.doc.tokens
    first = i - 1 if i > 0 and toks[i - 1].text in ("Auch", "Nur", "Gerade", "Selbst") else i
    # ("in" only: "Auf X ist Verlass", "Auf die Datei ist … zugegriffen worden" take the accusative with "sein")
    if first not in ctx.doc.sentence_starts or toks[i].text.lower() != "in" or n + 1 >= len(toks) \
            or toks[n + 1].text not in _SEIN_FORMS:
        return None
    end = n + 1
    while end + 1 < len(toks) and toks[end + 1].text not in _CLAUSE_BREAKS:
        end += 1
    last = toks[end].text
    # (the sentence ends in an adjective or adverb: "… war die Freude groß."; a participle or an infinitive there
    # makes a verb's phrase of direction, "In die Stadt ist er gefahren.")
    if end == n + 1 or end + 1 >= len(toks) or toks[end + 1].text not in (".", "!") or not last.islower() \
            or last.startswith("ge") or (last.endswith(("en", "t")) and not last.endswith(("ig", "lich", "isch"))):
        return None
    return "sein"


def _zu_infinitive_follows(ctx: Context, n: int) -> bool:
    """A zu-infinitive follows token N in its sentence ("… an keine Schule zu denken")."""
    toks = ctx.doc.tokens
    k = n + 1
    while k + 1 < len(toks) and toks[k].text not in (".", "!", "?") and k - n <= 20:
        if toks[k].text == "zu" and toks[k + 1].text.islower() and toks[k + 1].text.endswith(("en", "ern", "eln")):
            return True
        k += 1
    return False


def _after_noun(ctx: Context, i: int) -> bool:
    """Token I follows a common noun of the same phrase ("Zusammenarbeit zwischen")."""
    toks = ctx.doc.tokens
    prev = toks[i - 1].text if i > 0 and ctx.adjacent(i - 1, i) else ""
    return prev[:1].isupper() and prev.isalpha() and (i - 1) not in ctx.doc.sentence_starts and bool(nouns.analyses(prev))


def dative_phrase(ctx: Context, det: int, adjs: list[int], n: int, kind: str, stem: str, feat: str) -> str | None:
    """The phrase from token DET to noun N in the dative of FEAT's number and gender ("den Bildungsausschuss" ->
    "dem Bildungsausschuss"); None where a form is missing."""
    toks = ctx.doc.tokens
    target = "dat." + feat.split(".", 1)[1]
    words = [M.determiner_form(kind, stem, target, toks[det].text) if kind else
             ("beiden" if target == "dat.pl" else None)]
    words += [M.adjective_stem(toks[a].text) + M.adjective_ending(kind or "def", target) for a in adjs]
    noun = toks[n].text
    head = nouns.head_of(noun)
    lemmas = {lem for lem, f in nouns.analyses(head) if f == feat} if head else set()
    forms = nouns.forms_of(lemmas.pop()).get(target, ()) if len(lemmas) == 1 else ()
    if not forms or None in words:
        return None
    # (the form of the plural written: "Länder" -> "Ländern", not the old "Landen")
    form = min(forms, key=lambda f: (not f.startswith(head), len(f)))
    return " ".join(words + [nouns.with_head(noun, head, form)])


def _phrase(ctx: Context, i: int):
    """(kind, stem, determiner features, adjectives, noun) of the phrase after preposition I, also after "beide"
    (no determiner of the lexicon: kind "")."""
    from .agreement import np_at   # (agreement imports this module's peers)

    toks = ctx.doc.tokens
    np = np_at(ctx, i + 1)
    if np is not None:
        (kind, stem, det_feats), adjs, n = np
        return kind, stem, det_feats, adjs, n
    if toks[i + 1].text == "beide" and i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2):
        return "", "", ("nom.pl", "akk.pl"), [], i + 2
    return None


def check(ctx: Context) -> list[Finding]:
    from .agreement import _adj_fits, noun_features   # (agreement imports this module's peers)

    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 2):
        prep = toks[i].text.lower()
        if prep not in _TWO_WAY or not ctx.adjacent(i, i + 1) or ctx.claimed(i) or ctx.claimed(i + 1):
            continue
        if i > 0 and toks[i - 1].text.lower() == "bis":
            continue   # "bis in den Herbst": how far, the accusative
        phrase = _phrase(ctx, i)
        if phrase is None:
            continue
        kind, stem, det_feats, adjs, n = phrase
        if ctx.claimed(n) or (n + 1 < len(toks) and toks[n + 1].text[:1].isupper() and ctx.adjacent(n, n + 1)):
            continue   # (a name or a compound apart after the noun: another rule's)
        _, nfeats = noun_features(toks[n].text)
        # (a preposition's phrase has no nominative: "auf ein Konto" is an accusative)
        fits = {f for f in set(det_feats) & set(nfeats) if all(_adj_fits(toks[a].text, kind, {f}) for a in adjs)
                and not f.startswith("nom")}
        if not fits or any(f.startswith(("dat", "gen")) for f in fits):
            continue   # the accusative alone: the dative is right, a genitive is another phrase's
        # (manner and time in the accusative: "auf jeden Fall", "auf diese Art", "auf Dauer")
        if prep == "auf" and toks[n].text in _ACCUSATIVE_ADVERBIALS:
            continue
        verb = _position_verb(ctx, i, n) or _sein_after_prefield(ctx, i, n)
        relation = prep == "zwischen" and _after_noun(ctx, i) \
            and toks[i - 1].text.lower().endswith(_RELATION_ENDINGS)
        if not relation and (verb is None or (verb == "stehen" and prep == "auf")):
            continue
        # (in the number the phrase has: "zwischen die Partner" is a plural)
        fixed = []
        for feat in M.feature_order(fits):
            dative = dative_phrase(ctx, i + 1, adjs, n, kind, stem, feat)
            if dative is None:
                continue
            words = dative.split(" ", 1)
            short = _CONTRACT.get((prep, words[0].lower()))
            if short:
                fixed.append(M.case_like(short, toks[i].text) + " " + words[1])
            fixed.append(f"{toks[i].text} {dative}")
        if not fixed:
            continue
        start, end = toks[i].start, toks[n].end
        why = f"„{toks[i].text}“ after a noun names a relation" if relation else \
            f"„{verb}“ names a position, no direction"
        out.append(Finding(start, end, ctx.doc.text[start:end], "AGREEMENT_NP", "grammar", "error",
                           f"{why}: the dative after „{toks[i].text}“", list(dict.fromkeys(fixed))[:3]))
        ctx.claim(start, end)
    return out
