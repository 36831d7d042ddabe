"""Glossary names and terms: forms that must not stand in German text, matched inflection-aware.

"Kremlin-Sprecher" -> "Kreml-Sprecher", "Lukashenkos" -> "Lukaschenkos", "des Boards" -> "des Friedensrats" (a
short form, only in an article that names the Board of Peace in full).
"""

from __future__ import annotations

import re

from ... import lexicon, nouns
from ...findings import Finding
from ...glossary import NameVariant
from . import morphology as M
from .context import Context
from .english import ORGANISATION_HEADS, introduced_name
from .formats import CLUB_PREFIXES

SLAVIC = frozenset(("ru", "uk", "be"))
# Endings an English-spelled name may carry in German text: genitive, plural, apostrophe genitive.
_SUFFIXES = ("s", "es", "n", "en", "’s", "'s", "’", "'")
ENGLISH_WORD_MIN_ZIPF = 2.0   # a token English text has this often is a word of its own ("Moldovan" 2.5)


def check(ctx: Context) -> list[Finding]:
    g = ctx.glossary
    if not g.name_index:
        return []
    toks = ctx.doc.tokens
    text = ctx.doc.text
    active_short: dict[int, bool] = {}
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        hit = None
        if ctx.claimed(i):  # an English quotation: "Kremlin" is right there
            i += 1
            continue
        # (English forms of places the glossary's names cannot hold: a point of the compass, "River", "Georgia")
        english = _compass_place(ctx, i) or _english_river(ctx, i) or _caucasian_georgia(ctx, i)
        if english is not None:
            out.append(english)
            ctx.claim(english.start, english.end)
            i += 1 + english.text.count(" ")
            continue
        for key, tail in name_keys(t.text):
            if tail in ("n", "en") and (lexicon.is_english(t.text)
                                        or lexicon.zipf_en(t.text.lower()) >= ENGLISH_WORD_MIN_ZIPF):
                continue   # an English word of its own, no inflected name: "Russian" is no "Russia" + n
            for nv in g.name_index.get(key, ()):
                # (a city's adjective only, of a name from the region's languages: "Kyiver" -> "Kiewer",
                # "Yerevaner" -> "Eriwaner"; not of an English one)
                if tail == "er" and not (nv.entry.kind == "place" and len(nv.words) == 1
                                         and nv.entry.origin not in ("", "en")):
                    continue
                m = name_match(ctx, i, nv, tail)
                # (a city's adjective in -er is German's, in no English name: "das Kyiver Startup")
                if m is None or (tail != "er" and _in_english_name(ctx, i, m[0], nv)):
                    continue
                if nv.short and not _entry_named(ctx, nv, active_short):
                    continue
                hit = (nv, *m)
                break
            if hit:
                break
        if hit is None:
            inner = _place_inside_compound(ctx, i)
            if inner is not None:
                out.append(inner)
                ctx.claim(inner.start, inner.end)
            i += 1
            continue
        nv, last, tail = hit
        # (the last word of a name of several an English adjective of its own: "Central Asian" is no "Central
        # Asia" + n, "der Central Asian Aluminium Corporation")
        if tail in ("n", "en") and last > i and lexicon.is_english(toks[last].text):
            i += 1
            continue
        start, end = t.start, toks[last].end
        if nv.entry.kind == "currency" and _AFTER_ENGLISH_SCALE_RE.search(text[max(0, start - 30):start]):
            i = last + 1   # (formats' finding on the whole amount: "950 million euros" -> "950 Millionen Euro")
            continue
        replacement = _inflected(ctx, i, nv.replacement) + _german_tail(nv.replacement, tail)
        # (or a German form of the entry as it stands, which the variant with an ending only resembles: "Donbass" is
        # no "Donbas" + s)
        if replacement == text[start:end] or text[start:end] in nv.entry.de:
            ctx.claim(start, end)   # the German press form itself, also an English one ("Soligorsk")
            i = last + 1
            continue
        e = nv.entry
        category = "transliteration" if e.origin in SLAVIC and e.kind in ("person", "place") else "terminology"
        if category == "transliteration":
            msg = f"English transliteration; German press writes „{nv.replacement}“"
        elif nv.short:
            msg = f"short form of „{' '.join(_full_variant(nv))}“; German press writes „{nv.replacement}“"
        else:
            msg = f"German press writes „{nv.replacement}“"
        if e.note:
            msg += f" ({e.note})"
        # (the other German forms the entry lists after it, where the whole name matched: "Mogiljow", "Mahiljou")
        others = [_inflected(ctx, i, d) + _german_tail(d, tail) for d in e.de
                  if d != nv.replacement and nv.replacement in e.de and e.kind in ("person", "place")]
        proposals = list(dict.fromkeys([replacement] + [o for o in others if o != text[start:end]]))[:3]
        out.append(Finding(start, end, text[start:end], "GLOSSARY_" + e.kind.upper(), category,
                           "warning" if nv.short else "error", msg, proposals))
        ctx.claim(start, end)
        i = last + 1
    return out


# an English amount right before a currency's name ("950 million euros")
_AFTER_ENGLISH_SCALE_RE = re.compile(r"\d\s+(?:million|millions|billion|billions|trillion|[Bb]n|[Mm]n)\.?\s+\Z")


def _inflected(ctx: Context, i: int, replacement: str) -> str:
    """REPLACEMENT, adjectives and a noun in the nominative ("Asiatische Entwicklungsbank", "Weißes Haus"), in the
    case and with the adjective endings the determiner before token i asks for ("der Asian Development Bank" -> "der
    Asiatischen Entwicklungsbank", "des White House" -> "des Weißen Hauses"); as it stands where no determiner is."""
    words = replacement.split()
    if len(words) < 2 or i == 0 or not ctx.adjacent(i - 1, i):
        return replacement
    prev = ctx.doc.tokens[i - 1].text.lower()
    det = M.determiner(M.CONTRACTIONS[prev][1]) if prev in M.CONTRACTIONS else M.determiner(prev)
    noun = words[-1]
    head = nouns.head_of(noun) or noun   # (a compound inflects its last part: "Entwicklungs|bank")
    forms = nouns.forms_of(head)
    if det is None or not forms or not noun.endswith((head, head[0].lower() + head[1:])):
        return replacement
    kind, _, feats = det
    genders = {f.split(".")[2] for f in forms if ".sg." in f}
    fitting = [f for f in feats if ".sg." in f and f.split(".")[2] in genders and forms.get(f)]
    stems = [M.adjective_stem(w.lower()) for w in words[:-1]]
    if not fitting or not all(stems):
        return replacement
    feat = fitting[0]
    adjs = [(st + M.adjective_ending(kind, feat)) for st in stems]
    adjs = [a[0].upper() + a[1:] if w[:1].isupper() else a for a, w in zip(adjs, words)]
    return " ".join(adjs + [nouns.with_head(noun, head, forms[feat][0])])


def _german_tail(name: str, tail: str) -> str:
    """An English possessive becomes the German genitive: "Peskov's" -> "Peskows", "Lavrov's" -> "Lawrows", but
    "Boris's" -> "Boris’" (a name ending in an s sound takes the apostrophe alone)."""
    if tail in ("'s", "’s", "'", "’"):
        return "’" if name[-1:] in ("s", "ß", "x", "z") or name.endswith("ce") else "s"
    return tail


def name_keys(word: str):
    """(lookup key, what follows the key in the token): the word itself, minus an ending, or a compound's first part."""
    yield word, ""
    for s in _SUFFIXES:
        if word.endswith(s) and len(word) > len(s) + 2:
            yield word[: -len(s)], s
    if "-" in word[1:]:
        k = word.index("-", 1)
        yield word[:k], word[k:]
    if word.endswith("er") and len(word) > 5 and word[:1].isupper():
        yield word[:-2], "er"      # a place's adjective ("Kyiver Unternehmen"); the caller asks for a place


# nouns for what bears a name, before that name ("der Laserhersteller Nemunas Photonics", "die Stiftung …")
_NAMING_NOUNS = frozenset("Hersteller Firma Unternehmen Konzern Stiftung Verein Gruppe Marke Agentur Sender Portal "
                          "Gesellschaft "
                          "Bank Versicherer Betreiber Anbieter Zulieferer Händler Verlag Label Start-up Startup".split())
ENGLISH_NAME_MARGIN = 0.3   # a word this much commoner in English ("Motors" 0.4; not "Region" 0.0, "Bank" 0.25)


# English points of the compass before a place: German joins its own to the place ("Nordkasachstan", "Südkorea")
_COMPASS = {"North": "Nord", "Northern": "Nord", "South": "Süd", "Southern": "Süd", "East": "Ost", "Eastern": "Ost",
            "West": "West", "Western": "West", "Central": "Zentral"}
COMPASS_PLACE_MIN_ZIPF = 2.0   # a joined form German text has ("Südkorea" 3.9; not "Westvirginia" 0)


def _place_inside_compound(ctx: Context, i: int) -> Finding | None:
    """A glossary place in English spelling as a later part of a hyphenated compound ("die Baku-Tbilisi-Ceyhan-
    Pipeline" -> "Baku-Tiflis-Ceyhan-Pipeline"); the first part is name_keys'."""
    toks = ctx.doc.tokens
    t = toks[i]
    parts = t.text.split("-")
    if len(parts) < 2:
        return None
    # (not a person's double name: "Pierre Mendès-France", "Anne-France Dupont")
    for k in (i - 1, i + 1):
        if 0 <= k < len(toks) and ctx.adjacent(min(i, k), max(i, k)) and toks[k].text[:1].isupper() \
                and toks[k].text.isalpha() and not nouns.analyses(toks[k].text) and k not in ctx.doc.sentence_starts:
            return None
    for k in range(1, len(parts)):
        # (the other parts words German text has: places, a noun; "Mendés" is none)
        if not all(lexicon.is_german_any_case(p) or lexicon.zipf_de(p.lower()) >= 1.5 for p in parts if p != parts[k]):
            continue
        for nv in ctx.glossary.name_index.get(parts[k], ()):
            if nv.entry.kind != "place" or nv.words != (parts[k],) or nv.short or parts[k] in nv.entry.de:
                continue
            fixed = "-".join(parts[:k] + [nv.replacement.replace(" ", "-")] + parts[k + 1:])
            category = "transliteration" if nv.entry.origin in SLAVIC else "terminology"
            return Finding(t.start, t.end, t.text, "GLOSSARY_PLACE", category, "error",
                           f"German press writes „{nv.replacement}“", [fixed])
    return None


def _compass_place(ctx: Context, i: int) -> Finding | None:
    """"North Kazakhstan" -> "Nordkasachstan", "South Korea" -> "Südkorea": an English point of the compass before a
    single-word place of the glossary (its German form joined), or before a German place name that is no English
    word, where German text has the joined form ("West Virginia" stays)."""
    toks = ctx.doc.tokens
    prefix = _COMPASS.get(toks[i].text)
    if prefix is None or i + 1 >= len(toks) or not ctx.adjacent(i, i + 1) or not toks[i + 1].is_alpha_word:
        return None
    word = toks[i + 1].text
    places = [nv for key, tail in name_keys(word) if not tail for nv in ctx.glossary.name_index.get(key, ())
              if nv.entry.kind == "place" and len(nv.words) == 1 and " " not in nv.replacement]
    if places:
        german = places[0].replacement
    elif word[:1].isupper() and lexicon.is_german_any_case(word) and not lexicon.is_english(word.lower()) \
            and lexicon.zipf_de((prefix + word).lower()) >= COMPASS_PLACE_MIN_ZIPF:
        german = word
    else:
        return None
    start, end = toks[i].start, toks[i + 1].end
    return Finding(start, end, ctx.doc.text[start:end], "EN_PLACE_COMPASS", "english", "error",
                   f"English „{toks[i].text}“ before a place: German joins „{prefix}“ to it",
                   [prefix + german.lower()])


_CAUCASUS_RE = re.compile(r"tiflis|tbilis|kaukasus|armeni|aserbaidschan|\bbaku\b|eriwan|jerewan|batumi|kutais|"
                          r"georgisch|georgier|abchasi|südosseti", re.I)
_US_RE = re.compile(r"\bUSA?\b|US-|Vereinigten Staaten|amerikanisch|Atlanta|Savannah", re.I)


def _caucasian_georgia(ctx: Context, i: int) -> Finding | None:
    """English "Georgia" for the country in an article about the Caucasus, where nothing speaks of the United
    States (whose state German also calls "Georgia"): German "Georgien". Not in a name ("Georgia Tech", "Georgia
    TV"), whose next word is capitalised, nor after English "of" or a capitalised word ("Bank of Georgia",
    "Transparency International Georgia")."""
    toks = ctx.doc.tokens
    if toks[i].text != "Georgia" or (i + 1 < len(toks) and ctx.adjacent(i, i + 1) and toks[i + 1].text[:1].isupper()):
        return None
    # (nor in an English name that ends in it: "Bank of Georgia", "Transparency International Georgia")
    if i > 0 and (toks[i - 1].text in ("of", "the") or (
            toks[i - 1].text[:1].isupper() and i - 1 not in ctx.doc.sentence_starts and ctx.adjacent(i - 1, i))):
        return None
    text = ctx.doc.text
    if not _CAUCASUS_RE.search(text) or _US_RE.search(text):
        return None
    return Finding(toks[i].start, toks[i].end, "Georgia", "GLOSSARY_PLACE", "terminology", "error",
                   "English „Georgia“ for the country in the Caucasus: German „Georgien“ (the US state is „Georgia“)",
                   ["Georgien"])


def _english_river(ctx: Context, i: int) -> Finding | None:
    """"am Ob River", "entlang des Kura River": English's "River" after a river's name in a German phrase (a German
    article or preposition before the name); German names a river by its name alone ("am Ob"). Not in an English
    name ("the Red River", whose "Red" is an English word) nor where a capitalised word goes on ("Ob River Bank")."""
    toks = ctx.doc.tokens
    if toks[i].text != "River" or i < 2 or not (ctx.adjacent(i - 2, i - 1) and ctx.adjacent(i - 1, i)):
        return None
    name, before = toks[i - 1].text, toks[i - 2].text
    # (a name of two letters may be a word's letters in either language, "Ob")
    if not (name[:1].isupper() and name.isalpha()) \
            or (len(name) > 2 and (lexicon.is_english(name.lower()) or lexicon.is_german(name))) \
            or not before.islower() or not (M.determiner(before) is not None or before in M.CONTRACTIONS
                                            or before in M.PREPOSITIONS):
        return None
    if i + 1 < len(toks) and ctx.adjacent(i, i + 1) and toks[i + 1].text[:1].isupper():
        return None
    start, end = toks[i - 1].start, toks[i].end
    return Finding(start, end, ctx.doc.text[start:end], "EN_WORD", "english", "error",
                   "English „River“ after a river's name: German names the river alone", [name, f"Fluss {name}"])


def _capitalised_run(ctx: Context, nxt: int) -> list[int]:
    """The capitalised words among the three tokens from NXT on, each right after the one before, when they stand
    in one unbroken run from NXT; else none."""
    toks = ctx.doc.tokens
    run = [k for k in range(nxt, min(nxt + 3, len(toks))) if toks[k].text[:1].isupper() and ctx.adjacent(k - 1, k)]
    return run if run == list(range(nxt, nxt + len(run))) else []


# (with the prepositions of a route: "über Nemunas", "bis Kaunas")
_PLACE_PREPOSITIONS = M.PLACE_PREPOSITIONS | frozenset(("bis", "über", "durch"))


def _in_english_name(ctx: Context, i: int, last: int, nv: NameVariant) -> bool:
    """An English place name inside a longer English name, which keeps it ("Brussels Airlines", "Rome Statute",
    "Bank of Russia"); a Slavic one only before an English word German does not have ("Volga Motors", "Volga Grain
    Holding"; not "Kyiv Region")."""
    toks = ctx.doc.tokens
    nxt = last + 1
    run = _capitalised_run(ctx, nxt)
    if nv.entry.kind != "place":
        # (an organisation's name in a longer English one only before English words German does not have:
        # "Azov Marine Resources", a company, is no "Asow")
        return nv.entry.kind == "organisation" and len(run) >= 2 \
            and all(toks[k].text.isalpha() and lexicon.is_english(toks[k].text.lower())
                    and not lexicon.is_german(toks[k].text) for k in run[1:])
    # (transliteration imports this module's importers)
    from .transliteration import FIRM_HEADS, after_place_noun, club_names, germanize

    # (a name the article writes after a club's letters is the club's wherever it stands, "BC Nemunas" … "die
    # Nemunas-Familie", unless a noun for a place says the place, "der Fluss Nemunas"; not an English romanisation
    # of a Cyrillic name, which German writes its way in a club's name too, "FK Rostov" -> "FK Rostow")
    word = toks[i].text.split("-")[0]
    if word in club_names(ctx) and germanize(word) == word and not after_place_noun(ctx, i):
        return True
    # (a club's letters before it and its town after it: the place is the club's name, "BC Nemunas Kaunas"; a town
    # right after the letters is the town, which German writes its way, "FK Rostow")
    if i >= 1 and ctx.adjacent(i - 1, i) and toks[i - 1].text in CLUB_PREFIXES and nxt < len(toks) \
            and ctx.adjacent(last, nxt) and toks[nxt].text[:1].isupper() and toks[nxt].text.isalpha():
        return True
    # (a medium's or firm's head right after it in English order: "Armenia TV", "Georgia News")
    if nxt < len(toks) and ctx.adjacent(last, nxt) and toks[nxt].text in FIRM_HEADS:
        return True
    # (an English word German does not have before it, whatever its language: "Invest Lithuania", "die Stiftung
    # Open Volga")
    prev = toks[i - 1].text if i >= 1 and ctx.adjacent(i - 1, i) else ""
    if prev[:1].isupper() and prev.isalpha() and i - 1 not in ctx.doc.sentence_starts \
            and lexicon.is_english(prev.lower()) and not lexicon.is_german_any_case(prev):
        return True
    if nv.entry.origin in SLAVIC:
        low = toks[nxt].text.lower() if nxt < len(toks) else ""
        # (or a maker's or body's noun before it and a word German does not have after it, "der Laserhersteller
        # Nemunas Photonics")
        # (or no preposition of place before it and a word neither German nor English after it, no name the
        # glossary knows: a firm's name in its own language, "verlangt Nemunas Dujos einen Abschlag")
        foreign_after = nxt < len(toks) and ctx.adjacent(last, nxt) and toks[nxt].text[:1].isupper() \
            and toks[nxt].is_alpha_word and not lexicon.is_german_any_case(toks[nxt].text)
        if foreign_after and ((nouns.head_of(prev) or "") in _NAMING_NOUNS or (
                prev.lower() not in _PLACE_PREPOSITIONS and not lexicon.is_english(low) and len(low) >= 4
                and toks[nxt].text not in ctx.glossary.known_words and germanize(toks[nxt].text) == toks[nxt].text)):
            return True
        # (or a run of capitalised words ending in an English organisation's head: "Volga Stroy Group")
        if any(toks[k].text.lower() in ORGANISATION_HEADS for k in run):
            return True
        # (or one with an English word German does not have further on: "Nemunas Pro Cycling", a team)
        if len(run) >= 2 and "-" not in toks[i].text and any(
                toks[k].text.isalpha() and lexicon.is_english(toks[k].text.lower())
                and not lexicon.is_german_any_case(toks[k].text) for k in run[1:]):
            return True
        return nxt < len(toks) and ctx.adjacent(last, nxt) and toks[nxt].text[:1].isupper() \
            and toks[nxt].is_alpha_word \
            and lexicon.is_english(low) and (not lexicon.is_german_any_case(toks[nxt].text)
                                             or lexicon.zipf_en(low) - lexicon.zipf_de(low) >= ENGLISH_NAME_MARGIN)
    if nxt < len(toks) and ctx.adjacent(last, nxt) and toks[nxt].text[:1].isupper() and toks[nxt].is_alpha_word \
            and (not lexicon.is_german(toks[nxt].text) or lexicon.is_english(toks[nxt].text.lower())):
        return True
    # … or in a name that a word like "sogenannt" introduces ("das sogenannte Startup Visa Lithuania")
    if introduced_name(ctx.doc, i):
        return True
    # (or a brand's word with a capital inside before it: "CareLink Armenia")
    if prev[:1].isupper() and prev.isalpha() and re.search(r"[a-z][A-Z][a-z]", prev):
        return True

    # (or two English words before it, one of them no German word: "Policy Lab Moldova")
    before = [k for k in (i - 2, i - 1) if k >= 0 and ctx.adjacent(k, k + 1) and toks[k].text[:1].isupper()
              and toks[k].text.isalpha() and k + 1 not in ctx.doc.sentence_starts]
    # (or after a firm's noun: "der Bahngesellschaft Steppe Cargo Kazakhstan")
    named = i >= 3 and ctx.adjacent(i - 3, i - 2) and (nouns.head_of(toks[i - 3].text) or "") in _NAMING_NOUNS
    if len(before) == 2 and all(lexicon.is_english(toks[k].text.lower()) and M.determiner(toks[k].text) is None
                                for k in before) \
            and (named or any(not lexicon.is_german_any_case(toks[k].text) for k in before)):
        return True
    return i >= 2 and toks[i - 1].text in ("of", "for") and toks[i - 2].text[:1].isupper() \
        and ctx.adjacent(i - 2, i - 1) and ctx.adjacent(i - 1, i)


def name_match(ctx: Context, i: int, nv: NameVariant, tail: str) -> tuple[int, str] | None:
    """(index of the last token, its ending) if the variant's words stand at token i.

    Only the last word may carry an ending or a compound tail ("Dmitry Peskovs", "Board of Peace-Treffen")."""
    toks = ctx.doc.tokens
    n = len(nv.words)
    if n == 1:
        return i, tail
    if tail or i + n > len(toks):
        return None
    for k in range(1, n):
        if not ctx.adjacent(i + k - 1, i + k):
            return None
        w = toks[i + k].text
        if k < n - 1:
            if w != nv.words[k]:
                return None
            continue
        for key, last_tail in name_keys(w):
            if key == nv.words[k] and last_tail != "er":   # (a place's adjective is one word)
                return i + n - 1, last_tail
        return None
    return None


def _full_variant(nv: NameVariant) -> tuple[str, ...]:
    for v in nv.entry.variants:
        if not v.startswith("~"):
            return tuple(v.split())
    return nv.words


def _entry_named(ctx: Context, nv: NameVariant, memo: dict[int, bool]) -> bool:
    key = id(nv.entry)
    if key not in memo:
        text = ctx.doc.text
        forms = [v for v in nv.entry.variants if not v.startswith("~")] + list(nv.entry.de)
        memo[key] = any(f in text for f in forms)
    return memo[key]
