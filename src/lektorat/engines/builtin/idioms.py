"""English idioms rendered word for word, found by their grammar rather than as fixed strings:

- "excited to/about": „aufgeregt“ after a form of „sein“, before a zu-infinitive, „dass“, „über“ or „auf“
  ("Wir sind sehr aufgeregt, diese Route zu eröffnen") -> „sich freuen“ in the same person and tense ("freuen uns
  sehr"); German „aufgeregt“ is nervous or upset, and takes no zu-infinitive;
- "can't wait to": „nicht warten“ after a form of „können“, before a zu-infinitive or an exclamation mark ("Ich
  kann nicht warten, auf dieser Bühne zu stehen") -> „kann es kaum erwarten“; "cannot wait until" („bis“) is
  German as it stands;
- "have a good/hard time": „eine gute (tolle, großartige …) Zeit“ or „eine harte Zeit“ with a form of „haben“
  before or after it -> „Spaß“, „es schwer“ ("Es war eine harte Zeit" is German: only „haben“ is English);
- "do a good job": „einen guten (großen, tollen …) Job machen“ -> „gute Arbeit leisten“ ("seinen Job machen" is
  German);
- "take its toll": „nehmen“ with „Zoll“ or „Tribut“ as its object -> „seinen Tribut fordern“;
- "take gold home": „nehmen“ with a medal and „nach Hause“ -> „gewinnen“, „holen“;
- "the ball is in their court": „der Ball liegt im Feld (der Regierung, in ihrem Feld)“ -> „die Regierung ist am
  Zug“;
- "sensible" (reasonable) for „sensibel“ (sensitive) before a noun of choice or action ("eine sensible Lösung",
  "die sensibelste Option") -> „vernünftig“, „sinnvoll“ („sensible Daten“ are sensitive: German);
- "play it safe": „es sicher spielen“ -> „auf Nummer sicher gehen“ (the perfect with „sein“);
- "make a difference": „einen (echten, großen) Unterschied machen“ without „zwischen“ -> „viel bewirken“,
  „den Ausschlag geben“, a hint: German makes a difference between things (and has taken over the plain „Das macht
  einen Unterschied“); „eine Differenz machen“, English's phrase with German's other noun, a warning;
- "in time": „in Zeit“ before a verb at its clause's end or a clause mark -> „rechtzeitig“;
- "spend time": „spenden“ with a span of time as its object ("spendet das Wochenende") -> „verbringen“; "taste":
  „tasten“ with food or drink as its object ("tastete den Wein") -> „verkosten“ („tasten“ is to feel by touch);
- "union" for a trade union: „Union“, „Unionschef“, „Pilotenunion“ in an article about work and pay, where
  German says „Gewerkschaft“ („Union“ is the EU or the CDU/CSU).

Sources: Duden, „aufgeregt“ (voller Aufregung; nervös), „sich freuen“ (auf, über); „erwarten“ (es kaum erwarten
können); „schwer“ (es schwer haben); „Spaß“ (Spaß haben); „Arbeit“ (gute Arbeit leisten); „Tribut“ (seinen Tribut
fordern); „Zug“ (am Zug sein); „Nummer“ (auf Nummer sicher gehen); „rechtzeitig“; „verbringen“; „verkosten“;
„sensibel“ (empfindlich, feinfühlig); „Union“ (Bund, Vereinigung: die Europäische Union; CDU/CSU) and
„Gewerkschaft“.
"""

from __future__ import annotations

import re

from ... import lexicon, nouns
from ...findings import Finding
from . import morphology as M
from .agreement import CLAUSE_END as _CLAUSE_MARKS
from .context import Context
from .morphology import adjective_stem, case_like

_SEIN_TO_FREUEN = {"bin": "freue", "bist": "freust", "ist": "freut", "sind": "freuen", "seid": "freut",
                   "sei": "freue", "seien": "freuen", "war": "freute", "waren": "freuten", "wäre": "freute",
                   "wären": "freuten", "warst": "freutest", "wart": "freutet"}
_REFLEXIVE = {"ich": "mich", "du": "dich", "wir": "uns", "ihr": "euch"}
_SUBJECTS = frozenset(("ich", "du", "er", "sie", "es", "wir", "ihr", "man"))
_DEGREE = frozenset("sehr so wirklich extrem unglaublich total besonders äußerst riesig natürlich alle auch schon "
                    "ganz ziemlich".split())
_EXCITED_OBJECTS = frozenset(("über", "auf", "darüber", "darauf"))
_NOT_ZU_CLAUSE = frozenset(("bis", "um", "ob", "wenn", "weil", "da", "denn", "sondern", "aber", "als", "bevor"))
_KOENNEN = frozenset("kann kannst können könnt konnte konntest konnten konntet könne könnte könnten".split())
# ("eine schöne Zeit haben" is German)
_GOOD = frozenset(("gut", "toll", "großartig", "fantastisch", "phantastisch", "wunderbar"))
_HABEN = frozenset("habe hast hat haben habt hatte hattest hatten hattet hätte hätten gehabt".split())


def _report(ctx: Context, out: list[Finding], start: int, end: int, message: str, fixes: list[str],
            rule: str = "CALQUE", severity: str = "warning") -> None:
    """One finding of this module over [start, end), its tokens claimed so that no later rule reports them again."""
    out.append(Finding(start, end, ctx.doc.text[start:end], rule, "calque", severity, message, fixes))
    ctx.claim(start, end)


def check(ctx: Context) -> list[Finding]:
    return _excited(ctx) + _cannot_wait(ctx) + _good_time(ctx) + _good_job(ctx) + _took_toll(ctx) \
        + _took_home(ctx) + _ball_in_court(ctx) + _trade_union(ctx) + _sensible(ctx) + _play_it_safe(ctx) \
        + _make_a_difference(ctx) + _in_time(ctx) + _verb_by_object(ctx) + _get_comparative(ctx) \
        + _get_comparative_last(ctx) + _no_idea(ctx)


def _same_form(form: str, verb: str, other: str) -> str | None:
    """FORM of VERB as the same form of OTHER ("nahm", nehmen, fordern -> "forderte")."""
    from .calques import _feature_to_replace, conjugate, forms_index   # (calques imports this module)

    feats = forms_index(verb).get(form.lower())
    feat = _feature_to_replace(feats) if feats else None
    if feat is None:
        return None
    # (third person first: "macht" is "gibt", not "ihr gebt"; a weak verb's preterite is its Konjunktiv II as well:
    # "machte" is read as the preterite, "gab", not "gäbe")
    return case_like(conjugate(other)[1][feat], form)


def _zu_clause_after_comma(ctx: Context, k: int) -> bool:
    """Token K is a comma that opens a zu-infinitive or a dass-clause (not "bis", "um", "weil" …)."""
    from .agreement import _zu_infinitive_follows   # (agreement imports the calque rules' neighbours)

    toks = ctx.doc.tokens
    if k + 1 >= len(toks) or toks[k].text != ",":
        return False
    nxt = toks[k + 1].text.lower()
    return nxt == "dass" or (nxt not in _NOT_ZU_CLAUSE and _zu_infinitive_follows(ctx, k + 1))


def _excited(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    out = []
    for j, t in enumerate(toks):
        if t.text != "aufgeregt" or j + 1 >= len(toks) or ctx.claimed(j):
            continue
        nxt = toks[j + 1].text.lower()
        if not (nxt in _EXCITED_OBJECTS or _zu_clause_after_comma(ctx, j + 1)):
            continue
        # back over degree words (and a subject after the verb) to a form of "sein"
        k, between = j - 1, []
        while k >= 0 and j - k <= 4 and toks[k].text.lower() in _DEGREE | _SUBJECTS and ctx.adjacent(k, k + 1):
            between.insert(0, toks[k].text)
            k -= 1
        if k < 0 or toks[k].text.lower() not in _SEIN_TO_FREUEN or not ctx.adjacent(k, k + 1) or ctx.claimed(k):
            continue
        sein = toks[k].text
        inverted = [w for w in between if w.lower() in _SUBJECTS]
        degree = [w for w in between if w.lower() not in _SUBJECTS]
        if len(inverted) > 1:
            continue
        before = toks[k - 1].text.lower() if k > 0 and ctx.adjacent(k - 1, k) else ""
        subject = inverted[0].lower() if inverted else before
        reflexive = _REFLEXIVE.get(subject, "sich")
        freuen = case_like(_SEIN_TO_FREUEN[sein.lower()], sein)
        fix = " ".join([freuen, *inverted, reflexive, *degree])
        other = " ".join([sein, *between, "begeistert" if nxt in ("über", "darüber") else "gespannt"])
        start, end = toks[k].start, t.end
        _report(ctx, out, start, end, "„excited to/about“ word for word: „aufgeregt“ is nervous or upset; "
                "anticipation is „sich freuen (auf, über)“", [fix, other])
    return out


def _cannot_wait(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    out = []
    for j, t in enumerate(toks):
        if t.text != "warten" or j < 2 or j + 1 >= len(toks) or toks[j - 1].text != "nicht" or ctx.claimed(j):
            continue
        k = j - 2
        subject = []
        if toks[k].text.lower() in _SUBJECTS:   # "Können wir nicht warten …"
            subject, k = [toks[k].text], k - 1
        if k < 0 or toks[k].text.lower() not in _KOENNEN or ctx.claimed(k) \
                or not all(ctx.adjacent(m, m + 1) for m in range(k, j)):
            continue
        nxt = toks[j + 1].text
        if not (nxt == "!" or _zu_clause_after_comma(ctx, j + 1)) or (j + 2 < len(toks)
                                                                       and toks[j + 2].text.lower() == "dass"):
            continue
        start, end = toks[k].start, t.end
        fix = " ".join([toks[k].text, *subject, "es kaum erwarten"])
        _report(ctx, out, start, end, "„can't wait to“ word for word: German says „es kaum erwarten können“", [fix])
    return out


def _good_time(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    out = []
    for j in range(len(toks) - 2):
        if toks[j].text.lower() != "eine" or toks[j + 2].text != "Zeit" or ctx.claimed(j) or ctx.claimed(j + 2) \
                or not (ctx.adjacent(j, j + 1) and ctx.adjacent(j + 1, j + 2)):
            continue
        adj = toks[j + 1].text
        if not adj.endswith("e") or adj[:-1] not in _GOOD | {"hart"}:
            continue
        # a form of "haben" before the phrase in its clause ("hatten in diesem Sommer eine …"), or right after it;
        # not where another verb closes the phrase ("hatten eine gute Zeit gelaufen": a race's time)
        after = toks[j + 3].text.lower() if j + 3 < len(toks) and ctx.adjacent(j + 2, j + 3) else ""
        if after.isalpha() and after not in _HABEN and after != "zu" and _closes_clause(toks, j + 3):
            continue
        if not (_haben_before(ctx, j) or after in _HABEN or (after == "zu" and j + 4 < len(toks)
                                                              and toks[j + 4].text == "haben")):
            continue
        hard = adj == "harte"
        start, end = toks[j].start, toks[j + 2].end
        fixes = ["es schwer"] if hard else ["Spaß", "viel Spaß"]
        if hard and after == "gehabt":   # "haben eine harte Zeit gehabt" -> "haben schwere Zeiten durchgemacht"
            end = toks[j + 3].end
            fixes = ["es schwer gehabt", "schwere Zeiten durchgemacht"]
        if toks[j].text[0].isupper():
            fixes = [f[0].upper() + f[1:] for f in fixes]
        _report(ctx, out, start, end, "„have a hard time“ word for word: German „es schwer haben“" if hard else
                "„have a good time“ word for word: German „Spaß haben“", fixes, severity="warning" if hard else "info")
    return out


def _closes_clause(toks, k: int) -> bool:
    """Token K is a word written small that ends its clause (a verb at the end: "… Zeit gelaufen und")."""
    return toks[k].text.islower() and (k + 1 >= len(toks) or toks[k + 1].text in _CLAUSE_MARKS
                                       or toks[k + 1].text in ("und", "oder", "aber", "sondern"))


def _haben_before(ctx: Context, j: int) -> bool:
    """A form of "haben" within six words before token J, in the same clause."""
    toks = ctx.doc.tokens
    for m in range(j - 1, max(-1, j - 7), -1):
        if toks[m].text in _CLAUSE_MARKS or not ctx.adjacent(m, m + 1):
            return False
        if toks[m].text.lower() in _HABEN:
            return True
    return False


def _good_job(ctx: Context) -> list[Finding]:
    from .calques import forms_index   # (calques imports this module)

    toks = ctx.doc.tokens
    machen = forms_index("machen")
    out = []
    for j in range(len(toks) - 2):
        if toks[j].text.lower() != "einen" or toks[j + 2].text != "Job" or ctx.claimed(j + 2) \
                or not (ctx.adjacent(j, j + 1) and ctx.adjacent(j + 1, j + 2)):
            continue
        adj = toks[j + 1].text
        if not (adj.islower() and adj.endswith("en") and adjective_stem(adj) and lexicon.is_german(adj[:-1])):
            continue
        after = j + 3 if j + 3 < len(toks) and ctx.adjacent(j + 2, j + 3) else None
        before = j - 1 if j > 0 and ctx.adjacent(j - 1, j) else None
        if after is not None and toks[after].text in machen:      # "einen guten Job gemacht"
            start, end, verb, tail = toks[j].start, toks[after].end, toks[after].text, True
        elif before is not None and toks[before].text.lower() in machen:   # "machte einen guten Job"
            start, end, verb, tail = toks[before].start, toks[j + 2].end, toks[before].text, False
        else:
            continue
        leisten = _same_form(verb, "machen", "leisten")
        if leisten is None:
            continue
        fixes = []
        for a in (adj[:-1], "hervorragende"):
            fixes.append(f"{a} Arbeit {leisten}" if tail else f"{leisten} {a} Arbeit")
        _report(ctx, out, start, end, "„do a good job“ word for word: German „gute Arbeit leisten“", fixes)
    return out


def _took_toll(ctx: Context) -> list[Finding]:
    from .calques import forms_index   # (calques imports this module)

    toks = ctx.doc.tokens
    nehmen = forms_index("nehmen")
    out = []
    for j, t in enumerate(toks):
        # (also the German noun with the English verb: "nahm ihren Tribut" for "forderte ihren Tribut")
        if t.text not in ("Zoll", "Tribut") or j < 2 or ctx.claimed(j):
            continue
        # the object, with its possessive or article ("ihren Zoll", "einen hohen Zoll"; not "nahm der Zoll … fest")
        det = toks[j - 1].text.lower()
        if det.endswith("en") and det not in _TOLL_DETERMINERS and j >= 3:
            det = toks[j - 2].text.lower()
        if det not in _TOLL_DETERMINERS:
            continue
        # the verb before it in the clause: "Die Hitze nahm schnell ihren Zoll", "nimmt die Hitze ihren Zoll"
        k = j - 1
        while k >= 0 and j - k <= 5 and toks[k].text not in _CLAUSE_MARKS and toks[k].text.lower() not in nehmen:
            k -= 1
        if k < 0 or j - k > 5 or toks[k].text.lower() not in nehmen or ctx.claimed(k):
            continue
        fordern = _same_form(toks[k].text, "nehmen", "fordern")
        if fordern is None:
            continue
        middle = ctx.doc.text[toks[k].end:t.start]
        fix = f"{fordern}{middle}Tribut"
        _report(ctx, out, toks[k].start, t.end, "„take its toll“ word for word: German „seinen Tribut fordern“", [fix])
    return out


_TOLL_DETERMINERS = frozenset(("seinen", "ihren", "unseren", "euren", "einen", "den"))
_MEDALS = frozenset("Gold Silber Bronze Medaille Goldmedaille Silbermedaille Bronzemedaille Titel Pokal Trophäe "
                    "Sieg".split())


def _took_home(ctx: Context) -> list[Finding]:
    from .calques import forms_index   # (calques imports this module)

    toks = ctx.doc.tokens
    nehmen = forms_index("nehmen")
    out = []
    for k, t in enumerate(toks):
        if t.text.lower() not in nehmen or ctx.claimed(k):
            continue
        # "nahm Silber mit nach Hause", "nahm erneut Gold nach Hause"
        h = next((m for m in range(k + 2, min(len(toks) - 1, k + 7)) if toks[m].text == "nach"
                  and toks[m + 1].text == "Hause"), None)
        if h is None or any(toks[m].text in _CLAUSE_MARKS for m in range(k + 1, h)) \
                or not any(toks[m].text in _MEDALS for m in range(k + 1, h)):
            continue
        middle = [toks[m].text for m in range(k + 1, h) if toks[m].text != "mit"]
        fixes = [" ".join([v, *middle]) for v in (_same_form(t.text, "nehmen", "gewinnen"),
                                                  _same_form(t.text, "nehmen", "holen")) if v]
        start, end = t.start, toks[h + 1].end
        _report(ctx, out, start, end, "„take gold home“ word for word: German „Gold gewinnen“, „Gold holen“", fixes)
    return out


_LIEGEN_TO_SEIN = {"liegt": "ist", "liege": "sei", "lag": "war", "liegen": "sind", "läge": "wäre", "lägen": "wären"}
_OWNER_PRONOUNS = {"ihrem": "sie", "seinem": "er", "unserem": "wir", "eurem": "ihr", "Ihrem": "Sie", "deinem": "du"}
_PLURAL_SEIN = {"ist": "sind", "sei": "seien", "war": "waren", "wäre": "wären"}
_PERSON_SEIN = {"du": {"ist": "bist", "sei": "seist", "war": "warst", "wäre": "wärst"},
                "ihr": {"ist": "seid", "sei": "seiet", "war": "wart", "wäre": "wärt"}}


def _ball_in_court(ctx: Context) -> list[Finding]:
    """"der Ball liege jetzt im Feld der Regierung", "liegt der Ball in ihrem Feld": the owner of the field is
    „am Zug“. The idiom names the owner (a possessive, a genitive after the field, a name with -s before it); a
    ball in a field without one is a real ball."""
    toks = ctx.doc.tokens
    out = []
    for b, t in enumerate(toks):
        if t.text != "Ball" or ctx.claimed(b) or b < 1:
            continue
        # "liegt der Ball" or "der Ball liegt"
        verb = next((m for m in (b - 2, b + 1) if 0 <= m < len(toks) and toks[m].text.lower() in _LIEGEN_TO_SEIN),
                    None)
        if verb is None or toks[b - 1].text.lower() != "der":
            continue
        f = next((m for m in range(b + 1, min(len(toks), b + 7)) if toks[m].text in ("Feld", "Spielfeld")), None)
        if f is None or any(toks[m].text in _CLAUSE_MARKS for m in range(b, f)):
            continue
        start = toks[min(verb, b - 1)].start
        end, owner = toks[f].end, None
        prev = toks[f - 1].text
        if prev in _OWNER_PRONOUNS:
            owner = _OWNER_PRONOUNS[prev]
        elif prev.endswith("s") and prev[:1].isupper() and not nouns.analyses(prev):
            owner = prev[:-1]                                              # "in Minsks Feld"
        elif f + 2 < len(toks) and toks[f + 1].text == "der" and toks[f + 2].text[:1].isupper() \
                and (f + 3 >= len(toks) or toks[f + 3].text in _CLAUSE_MARKS):
            owner, end = "die " + toks[f + 2].text, toks[f + 2].end      # "im Feld der Regierung" (feminine)
        adverbs = [toks[m].text for m in range(b + 1, f) if m != verb and toks[m].text.islower()
                   and toks[m].text in ("jetzt", "nun", "nunmehr", "wieder", "damit", "also")]
        if owner is None:
            continue   # "Der Ball lag im Feld": a real ball; the idiom names whose field it is
        sein = _LIEGEN_TO_SEIN[toks[verb].text.lower()]
        if owner in ("wir", "Sie"):
            sein = _PLURAL_SEIN.get(sein, sein)
        elif owner in _PERSON_SEIN:
            sein = _PERSON_SEIN[owner].get(sein, sein)
        # the verb second after what opens the clause ("jetzt sei die Stadt …"), or after the owner
        fixes = [" ".join([*adverbs, sein, owner, "am Zug"]) if verb < b or adverbs
                 else " ".join([owner, sein, "am Zug"])]
        if verb > b and adverbs:
            fixes.append(" ".join([owner, sein, *adverbs, "am Zug"]))
        fixes = [case_like(x, toks[min(verb, b - 1)].text) for x in fixes]
        _report(ctx, out, start, end, "„the ball is in their court“ word for word: German „… ist am Zug“", fixes)
    return out


_LABOUR_RE = re.compile(r"\b(?:Streik|streik|Gewerkschaft|Arbeiter|Beschäftigte|Belegschaft|Lohn|Löhne|Tarif"
                        r"|Entlassung|Stellenabbau|Arbeitsplätze|Betriebsrat)")
_POLITICAL_UNION_RE = re.compile(r"\b(?:Europäische[nr]?|Afrikanische[nr]?|Eurasische[nr]?|EU|CDU|CSU|Sowjetunion"
                                 r"|Zollunion|Währungsunion|Bankenunion|Unionsparteien|Unionsfraktion)\b")


def _trade_union(ctx: Context) -> list[Finding]:
    from .calques import person_noun   # (calques imports this module)

    text = ctx.doc.text
    if not _LABOUR_RE.search(text) or _POLITICAL_UNION_RE.search(text):
        return []
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        w = t.text
        if ctx.claimed(i) or not w[:1].isupper() or not w.isalpha():
            continue
        nxt = toks[i + 1].text if i + 1 < len(toks) and ctx.adjacent(i, i + 1) else ""
        if w == "Union" and not nxt[:1].isupper():                        # (not "Union Berlin")
            fix = "Gewerkschaft"
        elif w.startswith("Unions") and len(w) > 8 and w[6:].islower() and lexicon.is_german_any_case(w[6:]):
            fix = "Gewerkschafts" + w[6:]                                  # "Unionschef"
        elif w.endswith("union") and len(w) > 8 and (person_noun(w[:-5]) or any(
                f.endswith(".pl") for _, f in nouns.analyses(w[:-5]))):
            fix = w[:-5] + "gewerkschaft"                                  # "Lehrerunion", "Pilotenunion"
        else:
            continue
        _report(ctx, out, t.start, t.end, "false friend: a trade union is a „Gewerkschaft“; „Union“ is the EU or "
                "the CDU/CSU", [fix], rule="FALSE_FRIEND")
    return out


# nouns of choice and action that English calls "sensible" (reasonable): German "sensibel" is sensitive
_CHOICES = frozenset("Entscheidung Lösung Schritt Option Wahl Ansatz Kompromiss Weg Vorschlag Maßnahme Idee Plan "
                     "Vorgehen Strategie Investition Alternative Variante Reaktion".split())


def _sensible(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks[:-1]):
        w = t.text
        low = w.lower()
        stem = "sensibel" if low.startswith("sensibel") else "sensibl" if low.startswith("sensibl") else ""
        if not stem or ctx.claimed(i) or not ctx.adjacent(i, i + 1):
            continue
        noun = toks[i + 1].text
        head = nouns.head_of(noun) if noun[:1].isupper() else None
        if head not in _CHOICES:
            continue
        ending = low[len(stem):]
        fixes = [case_like(a + ending, w) for a in ("vernünftig", "sinnvoll")]
        _report(ctx, out, t.start, t.end, "false friend: „sensibel“ is sensitive; English „sensible“ is "
                "„vernünftig“, „sinnvoll“", fixes, rule="FALSE_FRIEND")
    return out


# "haben es sicher gespielt" -> "sind auf Nummer sicher gegangen": the perfect of "gehen" takes "sein"
_HABEN_TO_SEIN = {"habe": "bin", "hast": "bist", "hat": "ist", "haben": "sind", "habt": "seid", "hatte": "war",
                  "hatten": "waren", "hätte": "wäre", "hätten": "wären"}


def _play_it_safe(ctx: Context) -> list[Finding]:
    from .calques import forms_index   # (calques imports this module)

    toks = ctx.doc.tokens
    spielen = forms_index("spielen")
    out = []
    for j in range(1, len(toks) - 1):
        if toks[j].text != "es" or toks[j + 1].text != "sicher" or ctx.claimed(j) or not ctx.adjacent(j, j + 1):
            continue
        before = toks[j - 1].text
        after = toks[j + 2].text if j + 2 < len(toks) and ctx.adjacent(j + 1, j + 2) else ""
        if before.lower() in spielen and ctx.adjacent(j - 1, j):            # "spielen es sicher"
            gehen = _same_form(before, "spielen", "gehen")
            if gehen is None:
                continue
            start, end, fix = toks[j - 1].start, toks[j + 1].end, f"{gehen} auf Nummer sicher"
        elif after == "gespielt":                                            # "(haben) es sicher gespielt"
            aux = before if before.lower() in _HABEN_TO_SEIN and ctx.adjacent(j - 1, j) else ""
            start = toks[j - 1].start if aux else toks[j].start
            sein = case_like(_HABEN_TO_SEIN[aux.lower()], aux) + " " if aux else ""
            end, fix = toks[j + 2].end, f"{sein}auf Nummer sicher gegangen"
        elif after.lower() in spielen:                                      # "es sicher spielen"
            gehen = _same_form(after, "spielen", "gehen")
            if gehen is None:
                continue
            start, end, fix = toks[j].start, toks[j + 2].end, f"auf Nummer sicher {gehen}"
        else:
            continue
        _report(ctx, out, start, end, "„play it safe“ word for word: German „auf Nummer sicher gehen“", [fix])
    return out


def _make_a_difference(ctx: Context) -> list[Finding]:
    """"einen echten Unterschied machen" (make a difference): a hint where no "zwischen" says what is told apart."""
    from .calques import forms_index   # (calques imports this module)

    toks = ctx.doc.tokens
    machen = forms_index("machen")
    out = []
    for n, t in enumerate(toks):
        if t.text not in ("Unterschied", "Differenz") or ctx.claimed(n) or n < 1:
            continue
        # ("eine Differenz machen" is English's phrase with the other German noun: no German says it)
        articles = ("einen", "den") if t.text == "Unterschied" else ("eine", "die")
        d = n - 1
        while d > 0 and n - d <= 2 and toks[d].text.islower() and toks[d].text.endswith(("en", "e")) \
                and toks[d].text not in articles:
            d -= 1
        if toks[d].text.lower() not in articles:
            continue
        s = ctx.doc.sentence_of(t.start)
        first, last = (s.first, s.last) if s is not None else (0, len(toks))
        words = [toks[k].text.lower() for k in range(first, last)]
        if "zwischen" in words or "keinen" in words:
            continue
        # the verb: right after the noun ("einen Unterschied gemacht"), or before the phrase in its clause
        verb = n + 1 if n + 1 < last and toks[n + 1].text.lower() in machen else None
        if verb is None:
            verb = next((k for k in range(d - 1, max(first - 1, d - 6), -1) if toks[k].text.lower() in machen), None)
        if verb is None or any(toks[k].text in _CLAUSE_MARKS for k in range(min(verb, d), max(verb, n))):
            continue
        # "Das macht einen Unterschied": the plain phrase after a pronoun German has taken over
        if verb == d - 1 and n == d + 1 and verb > 0 and toks[verb - 1].text.lower() in ("das", "es", "dies") \
                and t.text == "Unterschied":
            continue
        start, end = toks[min(verb, d)].start, toks[max(verb, n)].end
        # "den Unterschied machen" -> "den Ausschlag geben"; "einen (großen) Unterschied machen" -> "etwas (viel)
        # bewirken", in the verb's form and place
        definite = toks[d].text.lower() in ("den", "die")
        obj = "den Ausschlag" if definite else "viel" if d < n - 1 else "etwas"
        new = _same_form(toks[verb].text, "machen", "geben" if definite else "bewirken")
        fixes = []
        if new:
            middle = ctx.doc.text[toks[verb].end:toks[d].start].strip()
            fixes = [f"{obj} {new}" if verb > n else " ".join(x for x in (new, middle, obj) if x)]
        _report(ctx, out, start, end, "„make a difference“ word for word: German „viel bewirken“, "
                "„den Ausschlag geben“, „ins Gewicht fallen“", fixes,
                severity="info" if t.text == "Unterschied" else "warning")
    return out


def _in_time(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    out = []
    for j in range(len(toks) - 2):
        if toks[j].text != "in" or toks[j + 1].text != "Zeit" or ctx.claimed(j + 1) or not ctx.adjacent(j, j + 1):
            continue
        nxt = toks[j + 2].text
        # before a clause mark, or a verb written small that ends the clause ("in Zeit geliefert werden")
        if not (nxt in _CLAUSE_MARKS or (nxt.islower() and nxt.endswith(("t", "en")) and nxt not in ("und", "oder")
                                         and j + 3 < len(toks) and (toks[j + 3].text in _CLAUSE_MARKS
                                                                    or toks[j + 3].text.islower()))):
            continue
        start, end = toks[j].start, toks[j + 1].end
        _report(ctx, out, start, end, "„in time“ word for word: German „rechtzeitig“", ["rechtzeitig"])
    return out


_TIME_SPANS = frozenset("Zeit Tag Tage Tagen Woche Wochen Monat Monate Monaten Jahr Jahre Jahren Stunde Stunden Abend "
                        "Abende Wochenende Wochenenden Nacht Nächte Urlaub Ferien Sommer Winter Feiertage".split())
_FOOD = frozenset("Wein Weine Weinen Käse Bier Biere Trauben Honig Speisen Gerichte Brot Schokolade Kaffee Tee "
                  "Sekt Cognac Brandy Whisky Jahrgang Jahrgänge Most Saft Öl".split())
# (English verb, German false friend, German verb, object nouns, message)
_VERBS_BY_OBJECT = (("spenden", "verbringen", _TIME_SPANS, "„spend time“ word for word: „spenden“ is to donate; "
                     "time is „verbracht“"),
                    ("tasten", "verkosten", _FOOD, "„taste“ word for word: „tasten“ is to feel by touch; wine and "
                     "food are „verkostet“"))


def _verb_by_object(ctx: Context) -> list[Finding]:
    """A verb German uses in another sense, with an object that shows the English one: the German verb in the
    same form. The object stands within four words after the verb in its clause, or before its participle."""
    from .calques import forms_index   # (calques imports this module)

    toks = ctx.doc.tokens
    out = []
    for false_friend, german, objects, message in _VERBS_BY_OBJECT:
        forms = forms_index(false_friend)
        for i, t in enumerate(toks):
            # (a verb is written small but where it opens the sentence: "mit bayerischen Spenden" is the noun)
            if t.text.lower() not in forms or ctx.claimed(i) \
                    or (t.text[:1].isupper() and i not in ctx.doc.sentence_starts):
                continue
            window = range(i + 1, min(len(toks), i + 5)) if not t.text.startswith("ge") \
                else range(max(0, i - 4), i)
            near = [k for k in window if toks[k].text in _CLAUSE_MARKS]
            # (an object, not a phrase with a preposition: "spendet seit Jahren", "tastete nach dem Wein")
            if not any(toks[k].text in objects and not _after_preposition(toks, k, window.start) for k in window
                       if not near or (k < near[0] if k > i else k > near[-1])):
                continue
            new = _same_form(t.text, false_friend, german)
            if new is None:
                continue
            _report(ctx, out, t.start, t.end, message, [new], rule="FALSE_FRIEND")
    return out


def _after_preposition(toks, k: int, first: int) -> bool:
    """A preposition or contraction stands between FIRST and token K ("seit Jahren", "nach dem Wein")."""
    return any(toks[m].text.lower() in M.PREPOSITIONS or toks[m].text.lower() in M.CONTRACTIONS
               or toks[m].text.lower() in _TIME_PREPOSITIONS for m in range(max(first, k - 3), k))


# (left out of morphology's table, where they are as often conjunctions)
_TIME_PREPOSITIONS = frozenset(("seit", "bis", "während", "um", "statt"))


_BEKOMMEN_TO_WERDEN = {"bekommt": "wird", "bekomme": "werde", "bekommst": "wirst", "bekommen": "werden",
                       "bekam": "wurde", "bekamen": "wurden", "bekamst": "wurdest", "bekäme": "würde",
                       "bekämen": "würden"}
# words that may stand between the verb and its comparative without being an object ("jedes Jahr", "immer")
_BETWEEN_OK = frozenset("jedes jeden jede Jahr Tag Monat Woche immer noch viel deutlich zusehends stetig stets "
                        "zunehmend langsam schnell ständig nun jetzt inzwischen mittlerweile zuletzt wieder".split())
# an object put first ("Das bekommt man woanders billiger"): get it cheaper is German
_OBJECT_PRONOUNS = frozenset("es das dies ihn etwas nichts alles was".split())
# comparatives of quantity: "bekommen weniger" is to receive less
_QUANTITIES = frozenset(("weniger", "mehr", "minder"))


def _get_comparative(ctx: Context) -> list[Finding]:
    """"Die Lage bekommt jedes Jahr kritischer": English "get" + comparative (get worse) word for word; German
    "werden". A finite form of bekommen whose clause ends in a bare comparative after nothing but adverbs of time
    and degree (no object: "bekommt es billiger" is German)."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        new = _BEKOMMEN_TO_WERDEN.get(t.text.lower())
        if new is None or ctx.claimed(i):
            continue
        k = i + 1
        while k < len(toks) and k - i <= 4 and toks[k].text in _BETWEEN_OK:
            k += 1
        if k + 1 >= len(toks) or toks[k + 1].text not in _CLAUSE_MARKS:
            continue
        word = toks[k].text
        if not _comparative(word):
            continue
        if any(toks[m].text.lower() in _OBJECT_PRONOUNS for m in range(max(0, i - 3), i)):
            continue
        _report(ctx, out, t.start, t.end, f"„get {word}“ word for word: German „{new} {word}“",
                [case_like(new, t.text)])
    return out


def _comparative(word: str) -> bool:
    """WORD is a bare comparative: the base an adjective German inflects ("kritisch-er", "teur-er" from "teuer")."""
    from .agreement import _is_adjective

    base = word[:-2] if word.endswith("er") and word not in _QUANTITIES else ""
    return word.islower() and len(base) >= 3 and (_is_adjective(base + "e") or _is_adjective(base[:-1] + "ere")
                                                   or _is_adjective(_unumlaut(base) + "e"))


_SEIN = frozenset("ist sind war waren sei seien wäre wären bin bist".split())
_MODALS = frozenset("kann können konnte konnten könnte könnten wird werden würde würden soll sollen sollte sollten "
                    "muss müssen musste mussten dürfte dürften mag mögen".split())
# an auxiliary after the verb at the clause's end ("… schlimmer bekommen hat")
_AUXILIARY_AFTER = _SEIN | _MODALS | {"hat", "haben", "hatte", "hatten"}
# (not "während", "als", "seit": prepositions and "than" as often)
_CLAUSE_START = frozenset("dass weil ob obwohl wenn nachdem sodass falls bevor sobald solange".split())


def _get_comparative_last(ctx: Context) -> list[Finding]:
    """"…, dass die Lage jedes Jahr schlimmer bekommt", "könnte noch schlimmer bekommen", "ist schlimmer
    bekommen": get + comparative word for word with the verb at the clause's end. Only where nothing but the
    subject can be bekommen's object: after a modal with adverbs of time and degree between, after a form of sein
    (bekommen takes haben), or in a subordinate clause with a single noun phrase before the comparative ("dass
    die Kunden den Strom billiger bekommen" gets the power cheaper)."""
    from .agreement import _is_adjective

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        t = toks[i]
        low = t.text.lower()
        if low not in _BEKOMMEN_TO_WERDEN or ctx.claimed(i) or not _comparative(toks[i - 1].text) \
                or toks[i - 1].text in ("früher", "später", "eher"):   # when, not what it becomes
            continue
        nxt = i + 1
        if toks[nxt].text.lower() in _AUXILIARY_AFTER:
            nxt += 1
        if nxt >= len(toks) or toks[nxt].text not in _CLAUSE_MARKS or (
                toks[nxt].text == "," and nxt + 1 < len(toks) and toks[nxt + 1].text.lower() in _CLAUSE_OPENERS):
            continue   # (an object clause after it: "sollen schneller bekommen, was ihnen zusteht")
        k = i - 2
        while k >= 0 and i - 2 - k < 4 and toks[k].text in _BETWEEN_OK:
            k -= 1
        if k < 0:
            continue
        before = toks[k].text.lower()
        new = None
        if low == "bekommen" and _sein_in_clause(toks, i):
            new = "geworden"
        elif low == "bekommen" and before in _MODALS:
            new = "werden"
        elif toks[k].text[:1].isupper() and nouns.analyses(toks[k].text) \
                and not _is_adjective(toks[k].text.lower()):   # (no adjective as a noun: "Arbeitslose Geld")
            j = k - 1
            while j >= 0 and toks[j].text.islower() and (M.determiner(toks[j].text) is not None
                                                         or _is_adjective(toks[j].text)) \
                    and toks[j].text not in _CLAUSE_START:
                j -= 1   # the noun's article and adjectives (no pronoun: "dass sie den Strom billiger bekommen")
            if j >= 0 and toks[j].text.lower() in _CLAUSE_START and k - j <= 4:
                new = _BEKOMMEN_TO_WERDEN[low]
        elif before in ("der", "die", "das", "welche", "welcher", "welches") and k and toks[k - 1].text == ",":
            new = _BEKOMMEN_TO_WERDEN[low]   # a relative clause: its pronoun is the subject
        if new is None:
            continue
        _report(ctx, out, t.start, t.end, f"„get {toks[i - 1].text}“ word for word: German „{toks[i - 1].text} "
                f"{new}“", [case_like(new, t.text)])
    return out


def _sein_in_clause(toks, i: int) -> bool:
    """The participle "bekommen" at I stands with a form of sein in its clause (bekommen takes haben; with a
    dative it is to agree with: "ist ihm besser bekommen")."""
    if i + 1 < len(toks) and toks[i + 1].text.lower() in _SEIN:
        return True
    for k in range(i - 2, max(-1, i - 12), -1):
        w = toks[k].text.lower()
        if toks[k].text in _CLAUSE_MARKS or w in _DATIVE_WORDS:
            return False   # (with a dative it is to agree with: "ist dem Patienten schlechter bekommen")
        if w in _SEIN:
            return True
    return False


_DATIVE_WORDS = frozenset("mir dir ihm ihr uns euch ihnen dem den einem meinem deinem seinem ihrem unserem euren "
                          "ihren".split())


def _unumlaut(word: str) -> str:
    """"größ" -> "groß", "höh" -> "hoh": the base of a comparative with an umlaut."""
    return word.replace("ö", "o").replace("ä", "a").replace("ü", "u")


_CLAUSE_OPENERS = frozenset("dass wie was wo wer wann warum ob woher wohin weshalb welche welcher welches".split())


def _no_idea(ctx: Context) -> list[Finding]:
    """"Ich hatte keine Idee, dass …": English "no idea" word for word; German says "keine Ahnung". Only before a
    clause of what one does not know ("…, wie", "…, dass", "…, ob") or before an exclamation or a question with
    "haben" ("Ich habe keine Idee!"); an idea for something ("keine Idee für das Fest"), and one that ends a
    statement ("Die Opposition hat keine Idee."), are German."""
    toks = ctx.doc.tokens
    out = []
    for j in range(len(toks) - 1):
        if toks[j].text.lower() != "keine" or toks[j + 1].text != "Idee" or ctx.claimed(j + 1):
            continue
        k = j + 2
        nxt = toks[k].text if k < len(toks) else "."
        clause = nxt == "," and k + 1 < len(toks) and toks[k + 1].text.lower() in _CLAUSE_OPENERS
        if not clause and not (nxt in ("!", "?") and _haben_before(ctx, j)):
            continue
        start, end = toks[j].start, toks[j + 1].end
        _report(ctx, out, start, end, "„no idea“ word for word: German „keine Ahnung“",
                [case_like("keine Ahnung", toks[j].text)])
    return out
