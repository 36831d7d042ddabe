"""English idioms rendered word for word, found by their grammar rather than as fixed strings:

- "excited to/about": „aufgeregt“ after a form of „sein“, before a zu-infinitive, „dass“, „über“ or „auf“
  ("Wir sind sehr aufgeregt, diese Route zu eröffnen") -> „sich freuen“ in the same person and tense ("freuen uns
  sehr"); German „aufgeregt“ is nervous or upset, and takes no zu-infinitive;
- "can't wait to": „nicht warten“ after a form of „können“, before a zu-infinitive or an exclamation mark ("Ich
  kann nicht warten, auf dieser Bühne zu stehen") -> „kann es kaum erwarten“; "cannot wait until" („bis“) is
  German as it stands;
- "have a good/hard time": „eine gute (tolle, großartige …) Zeit“ or „eine harte Zeit“ with a form of „haben“
  before or after it -> „Spaß“, „es schwer“ ("Es war eine harte Zeit" is German: only „haben“ is English).

Sources: Duden, „aufgeregt“ (voller Aufregung; nervös), „sich freuen“ (auf, über); „erwarten“ (es kaum erwarten
können); „schwer“ (es schwer haben); „Spaß“ (Spaß haben).
"""

from __future__ import annotations

from ...findings import Finding
from .context import Context
from .morphology import case_like

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


def check(ctx: Context) -> list[Finding]:
    return _excited(ctx) + _cannot_wait(ctx) + _good_time(ctx)


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
        out.append(Finding(start, end, ctx.doc.text[start:end], "CALQUE", "calque", "warning",
                           "„excited to/about“ word for word: „aufgeregt“ is nervous or upset; anticipation is "
                           "„sich freuen (auf, über)“", [fix, other]))
        ctx.claim(start, end)
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
        out.append(Finding(start, end, ctx.doc.text[start:end], "CALQUE", "calque", "warning",
                           "„can't wait to“ word for word: German says „es kaum erwarten können“", [fix]))
        ctx.claim(start, end)
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
        out.append(Finding(start, end, ctx.doc.text[start:end], "CALQUE", "calque", "warning" if hard else "info",
                           "„have a hard time“ word for word: German „es schwer haben“" if hard else
                           "„have a good time“ word for word: German „Spaß haben“", fixes))
        ctx.claim(start, end)
    return out


_CLAUSE_MARKS = frozenset(",.;:!?“”\"()–")


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
