"""Russian, Ukrainian and Belarusian names in English romanisation, where German press uses the German one.

English writes Peskov, Silayev, Zakharova, Dmitry; German writes Peskow, Silajew, Sacharowa, Dmitri (the
Duden transliteration: v->w, sh->sch, zh->sch, kh->ch, ch->tsch, z->s, ts->z, y->j/i, ya/yu/ye->ja/ju/je).
Only names that look Slavic are touched: a surname ending (-ov, -ev, -enko, -sky, ...) or an English Cyrillic
digraph (kh, zh, shch) in a Slavic context, or a first name standing before such a surname. Washington and
Venezuela have none of these and stay quiet. Established forms (Kreml, Selenskyj) come from the glossary, which
runs first.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...findings import Finding
from .context import Context

# English-romanisation surname endings (with optional genitive s)
_SURNAME_RE = re.compile(
    r"(?:[a-z](?:ov|ev|yov|yev|ova|eva|yova|yeva|enko|chuk|yuk|sky|skiy|skyi|skaya|skaia|ovich|evich|ovna|evna"
    r"|insky|itsky|atsky|ovsky|evsky|nikov|shvili|dze))s?$"
)
_DIGRAPH_RE = re.compile(r"kh|zh|shch|ya|yu|ye|yo|iy$|yy$", re.IGNORECASE)
_CONTEXT_RE = re.compile(
    r"russ|kreml|moskau|ukrain|kiew|kyjiw|belarus|weißruss|minsk|sowjet|tschetschen|donbass|krim", re.IGNORECASE
)

# Ordered rewrite rules (English romanisation -> German); applied left to right on the lower-cased name.
_RULES = [
    (r"^ts|ts(?=[aeiouyv])", "\x01"),                # Tsvetkov -> Zwetkow, Gritsenko -> Grizenko (z at the end; before ch -> tsch makes new ts)
    (r"shch", "schtsch"),
    (r"zh", "sch"),
    (r"kh", "\x00"),                      # placeholder, so the ch -> tsch rule below leaves it alone
    (r"(?<!s)ch", "tsch"),
    (r"sh", "sch"),
    (r"(?:^|(?<=[aeiou]))y(?=[aeiou])", "j"),          # Yuri -> Juri, Silayev -> Silajev
    (r"(?<=[bcdfghklmnprstvwxz])y(?=[aeiou])", "j"),   # Vyacheslav -> Wjatscheslaw
    (r"ey$", "ej"), (r"ay$", "ai"), (r"oy$", "oi"),    # Sergey, Nikolay, Tolstoy
    (r"iy$", "i"), (r"yy$", "i"),                      # Dmitriy
    (r"(?<=[bcdfghklmnprstvwxz])y$", "i"),            # Dmitry, Yevgeny
    (r"ev$", "ew"), (r"ov$", "ow"), (r"eva$", "ewa"), (r"ova$", "owa"),
    (r"v", "w"),
    (r"(?<![st])z", "s"),
    (r"\x00", "ch"),
    (r"\x01", "z"),
]
_COMPILED = [(re.compile(a), b) for a, b in _RULES]


def germanize(name: str) -> str:
    """The German (Duden) transliteration of an English-romanised Slavic name."""
    low = name.lower()
    for pat, rep in _COMPILED:
        low = pat.sub(rep, low)
    return low[0].upper() + low[1:] if name[:1].isupper() else low


def looks_slavic_surname(word: str) -> bool:
    return bool(_SURNAME_RE.search(word.lower()))


def check(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    candidates = {}
    for i, t in enumerate(toks):
        w = t.text
        if not (w[:1].isupper() and w.isalpha() and 4 <= len(w) <= lexicon.MAX_WORD_LEN) or w.isupper() \
                or ctx.claimed(i):
            continue
        # cheap tests first: most capitalised words are nouns with nothing Slavic-English about them
        if germanize(w) == w:
            continue
        if w in ctx.glossary.known_words or lexicon.is_german(w):
            continue
        candidates[i] = w
    for i, w in candidates.items():
        base, s = (w[:-1], "s") if w.endswith("s") and looks_slavic_surname(w[:-1]) else (w, "")
        nxt, prev = i + 1, i - 1
        first_name_before_surname = (nxt in candidates and looks_slavic_surname(candidates[nxt])
                                     and ctx.adjacent(i, nxt))
        context = _slavic_context(ctx, i)
        if looks_slavic_surname(base) and len(base) >= 5:
            # A Slavic first name before it, or an article about Russia, Ukraine or Belarus. Without either
            # ("Peter Ustinov", "Isaac Asimov", "Netdevs") it is an established Western spelling or no name.
            slavic_first_name = prev in candidates and ctx.adjacent(prev, i)
            slavic = slavic_first_name or _document_context(ctx)
        else:
            # digraphs alone are weaker evidence (Chinese "Zhang", Arabic "Khan"): a Russian sentence and a
            # name of more than one syllable
            slavic = first_name_before_surname or (bool(_DIGRAPH_RE.search(base)) and context and len(base) >= 6)
        if not slavic:
            continue
        german = germanize(base)
        known = lexicon.is_german(german) or german in ctx.glossary.known_words
        msg = f"English transliteration of a Slavic name; German press writes „{german}{s}“"
        start, end = toks[i].start, toks[i].end
        out.append(Finding(start, end, text[start:end], "TRANSLITERATION", "transliteration",
                           "error" if known or context else "warning", msg, [german + s]))
    for f in out:
        ctx.claim(f.start, f.end)
    return out


def _document_context(ctx: Context) -> bool:
    return ctx.memo("slavic_context", lambda: bool(_CONTEXT_RE.search(ctx.doc.text)))


def _slavic_context(ctx: Context, i: int) -> bool:
    s = ctx.doc.sentence_of(ctx.doc.tokens[i].start)
    if s is None:
        return False
    # once per sentence, however many candidates it has
    return ctx.memo(f"slavic_sentence:{s.start}", lambda: bool(_CONTEXT_RE.search(ctx.doc.text[s.start:s.end])))
