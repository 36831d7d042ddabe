"""German determiners, prepositions and adjective endings: the closed-class grammar the agreement check needs.

Features are the strings of lektorat.nouns: "CASE.sg.GENDER" or "CASE.pl".
"""

from __future__ import annotations

from functools import lru_cache

SG = [f"{c}.sg.{g}" for c in ("nom", "gen", "dat", "akk") for g in "mfn"]
PL = [f"{c}.pl" for c in ("nom", "gen", "dat", "akk")]
ALL = frozenset(SG + PL)

# Endings of the definite article and the der-words (dieser, jener, jeder, welcher, mancher, solcher).
_DER_ENDINGS = {
    "er": ("nom.sg.m", "gen.sg.f", "dat.sg.f", "gen.pl"),
    "e": ("nom.sg.f", "akk.sg.f", "nom.pl", "akk.pl"),
    "es": ("nom.sg.n", "akk.sg.n", "gen.sg.m", "gen.sg.n"),
    "en": ("akk.sg.m", "dat.pl"),
    "em": ("dat.sg.m", "dat.sg.n"),
}
_DEFINITE = {
    "der": ("nom.sg.m", "gen.sg.f", "dat.sg.f", "gen.pl"),
    "die": ("nom.sg.f", "akk.sg.f", "nom.pl", "akk.pl"),
    "das": ("nom.sg.n", "akk.sg.n"),
    "den": ("akk.sg.m", "dat.pl"),
    "dem": ("dat.sg.m", "dat.sg.n"),
    "des": ("gen.sg.m", "gen.sg.n"),
}
# ein-words: the indefinite article, kein and the possessives. "ein" has no plural; the others do.
_EIN_ENDINGS = {
    "": ("nom.sg.m", "nom.sg.n", "akk.sg.n"),
    "e": ("nom.sg.f", "akk.sg.f", "nom.pl", "akk.pl"),
    "en": ("akk.sg.m", "dat.pl"),
    "em": ("dat.sg.m", "dat.sg.n"),
    "er": ("gen.sg.f", "dat.sg.f", "gen.pl"),
    "es": ("gen.sg.m", "gen.sg.n"),
}
_DER_STEMS = ("dies", "jen", "jed", "welch", "manch", "solch")
_JED_ENDINGS = {e: tuple(f for f in fs if not f.endswith(".pl")) + (("gen.sg.m", "gen.sg.n") if e == "en" else ())
                for e, fs in _DER_ENDINGS.items()}
_EIN_STEMS = ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "eur", "euer")

# Prepositions and the cases they govern (two-way prepositions take both dative and accusative).
PREPOSITIONS = {
    # Left out on purpose: words that are as often conjunctions or postpositions ("während", "seit", "bis",
    # "statt", "um", "außer", "gegenüber", "zufolge", "entgegen"): "während die Union ..." is a clause.
    **{p: ("dat",) for p in ("mit", "von", "zu", "aus", "bei", "nach", "samt", "nebst", "gemäß")},
    **{p: ("akk",) for p in ("für", "gegen", "ohne", "durch", "wider")},
    **{p: ("gen", "dat") for p in ("wegen", "trotz", "laut", "dank", "innerhalb", "mangels")},
    **{p: ("gen",) for p in ("aufgrund", "außerhalb", "angesichts", "infolge", "oberhalb",
                              "unterhalb", "jenseits", "diesseits", "seitens", "hinsichtlich", "bezüglich",
                              "anlässlich", "zugunsten", "abseits", "inmitten", "mithilfe", "anhand")},
    **{p: ("dat", "akk") for p in ("in", "an", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen")},
}
# a count before a noun stands where a determiner does ("vereint 64 Beekeeper", "zwei neue Ro-Pax Fähren"): the
# determiner() triple of the plural's cases a bare count allows
COUNT_DETERMINER = ("count", "", ("nom.pl", "akk.pl", "dat.pl"))
# prepositions before a place's name: a German noun after these needs an article, a capitalised word without one
# is a place ("in Dorset", "aus armenien")
PLACE_PREPOSITIONS = frozenset(("in", "aus", "nach", "von", "bei"))
# Personal pronouns in the nominative: a clause's subject.
SUBJECT_PRONOUNS = frozenset("ich du er sie es wir ihr man".split())
# quantifiers that stand where an article does before a plural ("Viele landlords", "mehrere EU Mitgliedstaaten")
PLURAL_QUANTIFIERS = frozenset("viele vielen einige einigen mehrere mehreren zahlreiche zahlreichen wenige wenigen "
                               "manche manchen alle allen beide beiden sämtliche sämtlichen".split())
# cardinals that do not inflect, as they stand between a determiner and its plural noun ("den letzten zwei Jahren")
CARDINALS = frozenset("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split())
# Contractions carry their article: "im" = "in dem".
CONTRACTIONS = {
    "im": ("in", "dem"), "am": ("an", "dem"), "vom": ("von", "dem"), "zum": ("zu", "dem"), "beim": ("bei", "dem"),
    "zur": ("zu", "der"), "ins": ("in", "das"), "ans": ("an", "das"), "aufs": ("auf", "das"),
}


def contraction_determiner(word: str) -> tuple[str, str, tuple[str, ...]] | None:
    """The determiner() triple of the article a contraction carries, in its preposition's cases ("zum": dem,
    dative; "ins": das, accusative), or None for no contraction."""
    pair = CONTRACTIONS.get(word.lower())
    det = determiner(pair[1]) if pair else None
    if det is None:
        return None
    return det[0], det[1], tuple(f for f in det[2] if f.split(".")[0] in PREPOSITIONS.get(pair[0], ()))


@lru_cache(maxsize=4096)
def determiner(word: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(kind, stem, features) of a determiner form, or None. kind: 'def', 'der' (der-word), 'ein' (ein-word)."""
    w = word.lower()
    if w in _DEFINITE:
        return "def", "", _DEFINITE[w]
    for stem in _DER_STEMS:
        if w.startswith(stem) and w[len(stem):] in _DER_ENDINGS:
            if stem == "jed":   # no plural; "jeden" is also the genitive before a noun in -s ("Ende jeden Monats")
                return "der", stem, _JED_ENDINGS[w[len(stem):]]
            return "der", stem, _DER_ENDINGS[w[len(stem):]]
    for stem in _EIN_STEMS:
        if w.startswith(stem) and w[len(stem):] in _EIN_ENDINGS:
            feats = _EIN_ENDINGS[w[len(stem):]]
            if stem == "ein":
                feats = tuple(f for f in feats if not f.endswith(".pl"))
            if stem == "euer" and w != "euer":
                return None
            if w == "ihr":  # "Habt ihr noch alle Tassen": a pronoun as often as a possessive
                return None
            return "ein", stem, feats
    return None


def case_like(form: str, original: str) -> str:
    """FORM with a capital where ORIGINAL, the word it replaces, has one (at a sentence's start)."""
    if original[:1].isupper() and form[:1].islower():
        return form[0].upper() + form[1:]
    return form


def determiner_form(kind: str, stem: str, feat: str, original: str) -> str | None:
    """The determiner of the same word (kind, stem) for another feature, keeping the original's capitalisation."""
    form = None
    if kind == "def":
        form = next((w for w, fs in _DEFINITE.items() if feat in fs), None)
    elif kind == "der":
        if stem == "jed" and feat.endswith(".pl"):
            return None
        form = next((stem + e for e, fs in _DER_ENDINGS.items() if feat in fs), None)
    elif kind == "ein":
        if stem == "ein" and feat.endswith(".pl"):
            return None
        form = next((stem + e for e, fs in _EIN_ENDINGS.items() if feat in fs), None)
        if form and stem == "eur" and form == "eur":
            form = "euer"
    if form and original[:1].isupper():
        form = form[0].upper() + form[1:]
    return form


def adjective_ending(det_kind: str | None, feat: str) -> str:
    """The attributive adjective ending: weak after der-words, mixed after ein-words, strong without a determiner."""
    if det_kind in ("def", "der"):
        if feat in ("nom.sg.m", "nom.sg.f", "nom.sg.n", "akk.sg.f", "akk.sg.n"):
            return "e"
        return "en"
    if det_kind == "ein":
        return {"nom.sg.m": "er", "nom.sg.n": "es", "akk.sg.n": "es", "nom.sg.f": "e", "akk.sg.f": "e"}.get(feat, "en")
    # strong: the der-word endings, but -en in the genitive singular masculine/neuter
    if feat in ("gen.sg.m", "gen.sg.n"):
        return "en"
    return next(e for e, fs in _DER_ENDINGS.items() if feat in fs)


ADJ_ENDINGS = ("en", "em", "er", "es", "e")


def adjective_stem(word: str) -> str | None:
    for e in ADJ_ENDINGS:
        if word.endswith(e) and len(word) > len(e) + 2:
            return word[: -len(e)]
    return None


def feature_order(feats) -> list[str]:
    """A stable, readable order: nominative, accusative, dative, genitive; singular before plural."""
    rank = {"nom": 0, "akk": 1, "dat": 2, "gen": 3}
    return sorted(feats, key=lambda f: (rank[f.split(".")[0]], f.endswith(".pl"), f))
