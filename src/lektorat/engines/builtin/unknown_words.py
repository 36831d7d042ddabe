"""Words the German dictionary does not know: English words, English dressed as German, garbled words.

For each token (each part of a hyphenated compound) that German hunspell rejects and the glossary does not vouch
for, in this order:
- English: the English dictionary knows it and wordfreq says it is far more common in English than in German
  ("neither": de 2.33 / en 4.77). Accepted loanwords (Team, Online) are in the German dictionary and never get here.
- Pseudo-English: neither language knows it, but undoing a German-looking ending gives a common English word
  ("Allien" <- "allies"). The proposal is the German translation of that English word, not the nearest German
  spelling ("Alien").
- Garbled: it splits into a German word and a frequent German word ("dauernwird" -> "dauern wird"), or into a
  German word and a fragment ("Terminplansteig" -> "Terminplan", "Kalendereingetrag" -> "Kalender eingetragen").
Proposals for English words come from the glossary's `english` entries; adjectives are inflected to fit.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from ... import lexicon, nouns
from ...findings import Finding
from . import morphology as M
from .agreement import noun_features
from .context import Context

EN_MIN_ZIPF = 3.0        # common enough in English to be a real word, not a typo
EN_MARGIN = 0.8          # how much more common in English than in German
FUSED_MIN_ZIPF = 4.5     # the second part of a fused word is a frequent German word ("wird", "sich", "nicht")
_PART_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_FINITE_AUX = frozenset("ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien "
                        "kann können soll sollen muss müssen steht stehen".split())

# German-looking endings that machine translation puts on English stems: German ending -> English endings.
# The distinctive ones ("-ien" for "-ies") are evidence on their own; the plain ones ("-en" for "-s") only count
# when the glossary knows the English word, since German plurals of loanwords look the same ("Aliasen").
_PSEUDO_ENDINGS = [
    ("ieren", ("ize", "ise", "e"), True), ("iert", ("ized", "ised", "ed"), True), ("ität", ("ity",), True),
    ("isch", ("ic", "ical"), True), ("ien", ("ies",), True),
    ("en", ("s", "es", ""), False), ("n", ("s",), False), ("e", ("", "s"), False), ("s", ("s",), False),
]


def check(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    out = []
    text = ctx.doc.text
    for i, t in enumerate(toks):
        if ctx.claimed(i) or not t.is_alpha_word or _technical(text, t.start, t.end, t.text):
            continue
        for m in _PART_RE.finditer(t.text):
            part = m.group()
            # a run of letters longer than any German word is garbage or an identifier: splitting it at every
            # position would cost time and memory quadratic in its length, and nothing sensible could be proposed
            if len(part) < 3 or len(part) > lexicon.MAX_WORD_LEN or part.isupper() or _known(ctx, part):
                continue
            # a part before a hyphen may end in a linking element ("Speichererschöpfungs-Killer")
            before_hyphen = t.text[m.end():m.end() + 1] == "-"
            f = _classify(ctx, i, part, t.start + m.start(), before_hyphen)
            if f is not None:
                out.append(f)
    return out


_TECH_NEIGHBOURS = frozenset("/\\_=@$#<>{}[]|~`")
_CAMEL_RE = re.compile(r"[a-zäöü][A-ZÄÖÜ]")


def _technical(text: str, start: int, end: int, word: str) -> bool:
    """File names, options, identifiers, URLs: "local-fs.target", "$PATH", "RebootWatchdog", "sort_re"."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _TECH_NEIGHBOURS or after in _TECH_NEIGHBOURS or before == ".":
        return True
    if after == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return True
    return "_" in word or any(c.isdigit() for c in word) or bool(_CAMEL_RE.search(word))


def _known(ctx: Context, word: str) -> bool:
    return word in ctx.glossary.known_words or lexicon.is_german_any_case(word)


def _classify(ctx: Context, i: int, part: str, start: int, before_hyphen: bool = False) -> Finding | None:
    low = part.lower()
    end = start + len(part)
    text = ctx.doc.text[start:end]
    capital_mid_sentence = part[0].isupper() and i not in ctx.doc.sentence_starts
    entry = ctx.glossary.translations(low)
    # English word: lower-case words by frequency; capitalised ones (names are capitalised too) only when the
    # glossary knows them as English words and they are not part of a run of capitalised words, which is a
    # proper name ("Russian International Affairs Council") and is left as it stands.
    if lexicon.is_english(low) and (
        (not capital_mid_sentence and _english_by_frequency(low))
        or (capital_mid_sentence and entry is not None and not _in_name(ctx, i))
    ):
        return Finding(start, end, text, "EN_WORD", "english", "error", f"English word „{part}“ in German text",
                       _translations(ctx, i, entry, part))
    if not lexicon.is_english(low) and lexicon.zipf_de(low) < 1.0:
        eng = _pseudo_english_source(ctx, low)
        if eng is not None:
            entry = ctx.glossary.translations(eng)
            return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error" if entry else "warning",
                           f"English „{eng}“ dressed as a German word", _translations(ctx, i, entry, part))
    g = None if before_hyphen else _garbled(ctx, i, part)
    if g is not None:
        return Finding(start, end, text, "GARBLED_WORD", "garbled", g[2], g[0], g[1])
    return None


def _english_by_frequency(low: str) -> bool:
    en, de = lexicon.zipf_en(low), lexicon.zipf_de(low)
    return en >= EN_MIN_ZIPF and en - de >= EN_MARGIN


def _pseudo_english_source(ctx: Context, low: str) -> str | None:
    for de_end, en_ends, distinctive in _PSEUDO_ENDINGS:
        if not low.endswith(de_end) or len(low) - len(de_end) < 3:
            continue
        stem = low[: len(low) - len(de_end)]
        best = None
        for en_end in en_ends:
            cand = stem + en_end
            if cand == low or not lexicon.is_english(cand) or lexicon.zipf_en(cand) < EN_MIN_ZIPF:
                continue
            if not distinctive and ctx.glossary.translations(cand) is None:
                continue
            if best is None or lexicon.zipf_en(cand) > lexicon.zipf_en(best):
                best = cand
        if best:
            return best  # the longest matching ending decides ("-ien" before "-en")
    return None


def _translations(ctx: Context, i: int, entry, original: str) -> list[str]:
    if entry is None:
        return []
    out = []
    for de in entry.de:
        if entry.pos == "adj" and not de.endswith("-"):
            out.append(de + _adjective_ending_here(ctx, i))
        else:
            out.append(de)
    # a capitalised English word (sentence start) gets capitalised proposals; nouns are capitalised already
    if original[:1].isupper() and entry.pos not in ("noun",):
        out = [o[0].upper() + o[1:] if o else o for o in out]
    return out


def _adjective_ending_here(ctx: Context, i: int) -> str:
    """The ending an attributive adjective at token i needs, from the determiner before and the noun after it."""
    toks = ctx.doc.tokens
    # the noun: the next capitalised token (skipping further lower-case adjectives)
    n = i + 1
    while n < len(toks) and n - i <= 3 and toks[n].text[:1].islower() and toks[n].is_alpha_word:
        n += 1
    if n >= len(toks) or not toks[n].text[:1].isupper():
        return "e"
    _, nfeats = noun_features(toks[n].text)
    d = i - 1
    while d >= 0 and i - d <= 3 and toks[d].text[:1].islower() and M.determiner(toks[d].text) is None \
            and M.adjective_stem(toks[d].text):
        d -= 1
    det = M.determiner(toks[d].text) if d >= 0 else None
    feats = set(nfeats) or set(M.ALL)
    kind = None
    if det is not None:
        kind = det[0]
        feats &= set(det[2])
        if d > 0 and toks[d - 1].text.lower() in M.PREPOSITIONS:
            cases = M.PREPOSITIONS[toks[d - 1].text.lower()]
            feats = {f for f in feats if f.split(".")[0] in cases} or feats
    if not feats:
        return "en"
    endings = {M.adjective_ending(kind, f) for f in feats}
    return endings.pop() if len(endings) == 1 else ("en" if "en" in endings else sorted(endings)[0])


def _in_name(ctx: Context, i: int) -> bool:
    """Part of a run of capitalised words ("Karsten Wildberger"): a name, not a garbled noun."""
    toks = ctx.doc.tokens
    prev_cap = i > 0 and i not in ctx.doc.sentence_starts and toks[i - 1].text[:1].isupper() \
        and ctx.adjacent(i - 1, i) and M.determiner(toks[i - 1].text) is None
    next_cap = i + 1 < len(toks) and toks[i + 1].text[:1].isupper() and ctx.adjacent(i, i + 1)
    return prev_cap or next_cap


_PROBE_HEADS = ("zeit", "plan", "stelle", "system", "haus")
_PROBE_MODIFIERS = ("Haus", "Stadt", "Bahn", "System", "Zeit")


@lru_cache(maxsize=50_000)
def _starts_compounds(word: str) -> bool:
    """Does hunspell let this word begin a compound? (probed with common heads: "Terminplan" + "stelle")"""
    return any(lexicon.is_german(word + h) for h in _PROBE_HEADS)


@lru_cache(maxsize=50_000)
def _ends_compounds(word: str) -> bool:
    """Does hunspell let this word end a compound? ("Haus" + "steig")"""
    return any(lexicon.is_german(m + word.lower()) for m in _PROBE_MODIFIERS)


_LINKS = ("", "s", "es", "n", "en", "e", "er")


def _plausible_compound(word: str) -> bool:
    """Some split into a German first part (with a linking element) and a German noun that hunspell would not
    have formed itself ("Dienste|nummer"): an ordinary compound the dictionary does not list."""
    if len(word) > lexicon.MAX_WORD_LEN:  # one lookup per letter: only for words of a sensible length
        return False
    for k in range(3, len(word) - 2):
        left, right = word[:k], word[k:]
        head = right[0].upper() + right[1:]
        # the head must be a noun of the lexicon, not one more compound hunspell builds ("Plansteig")
        if len(right) < 3 or not nouns.analyses(head):
            continue
        stems = [left[: len(left) - len(link)] if link else left for link in _LINKS if left.endswith(link)]
        stems = [st for st in stems if len(st) >= 3 and lexicon.is_german_any_case(st)]
        # hunspell could have built this compound from these parts and did not: no evidence of a real word
        if any(_starts_compounds(st) for st in stems) and _ends_compounds(right):
            continue
        if stems:
            return True
    return False


@lru_cache(maxsize=1)
def _frequent_forms() -> frozenset[str]:
    """wordfreq's keys (NFC, case-folded: "gross") of the words with a Zipf frequency of at least FUSED_MIN_ZIPF,
    about 2,600: a second part not among them cannot be frequent, and asking wordfreq costs 50 µs a time."""
    from wordfreq import get_frequency_dict
    threshold = 10 ** (FUSED_MIN_ZIPF - 9) * 0.99  # Zipf = log10(frequency) + 9, rounded: keep a margin
    out = []
    # positional arguments as wordfreq passes them itself, so its cached dictionary is shared, not built twice
    for w, f in get_frequency_dict("de", "best").items():  # most frequent first
        if f < threshold:
            break
        out.append(w)
    return frozenset(out)


def _maybe_frequent(word: str) -> bool:
    """A cheap necessary condition for lexicon.zipf_de(word) >= FUSED_MIN_ZIPF."""
    return unicodedata.normalize("NFC", word).casefold() in _frequent_forms()


def _garbled(ctx: Context, i: int, part: str) -> tuple[str, list[str], str] | None:
    """A fused or broken word: (message, proposals, severity) or None.

    Unknown compounds are everyday German ("Signaturalgorithmen"), so a word only counts as garbled when
    hunspell's own compounding says it should have known it: both parts may form compounds, yet the whole is
    rejected ("Terminplan" + "steig"), or the first part may form compounds and the rest is no word at all
    ("Kalender" + "eingetrag"). A first part that hunspell never compounds ("Schlummer") proves nothing.
    """
    if len(part) < 7 or len(part) > lexicon.MAX_WORD_LEN or (part[0].isupper() and _in_name(ctx, i)):
        return None
    # a tripled letter is a typo, not two words: "dennnoch" -> "dennoch"
    triple = re.search(r"(\w)\1\1", part)
    if triple:
        fixed = part[: triple.start()] + part[triple.start() + 1:]
        if lexicon.is_german_any_case(fixed):
            return f"„{part}“: one letter too many", [fixed], "error"
    fused, fragment = [], []
    for k in range(3, len(part) - 2):
        left, right = part[:k], part[k:]
        # the cheap conditions first: hunspell takes up to a millisecond for a long non-word, so it is asked
        # about the first part only where one of the two readings below is still possible
        frequent_right = _maybe_frequent(right) and lexicon.zipf_de(right) >= FUSED_MIN_ZIPF
        fragment_shape = len(left) >= 5 and left[0].isupper() and len(right) >= 3
        if not (frequent_right or fragment_shape) or not lexicon.is_german(left):
            continue
        # a frequent word that is no noun ("wird", "sich"): a noun there would make a compound ("Studentenleben")
        if (frequent_right and lexicon.is_german(right)
                and not nouns.analyses(right[0].upper() + right[1:])):
            fused.append((lexicon.zipf_de(right), f"{left} {right}"))
        elif fragment_shape and _starts_compounds(left):
            if not lexicon.is_german_any_case(right) or _ends_compounds(right):
                fragment.append((k, left, right))
    if fused:
        fused.sort(reverse=True)
        return f"„{part}“ looks like two words run together", [s for _, s in fused[:3]], "error"
    if not fragment or _plausible_compound(part):
        return None
    # The longest first part whose fragment completes to a frequent word ("Kalender|eingetrag" ->
    # "eingetragen"), else the longest; a linking "s" goes with the fragment when the word without it is known
    # ("Terminplans|teig" is read as "Terminplan|steig").
    options = []
    for k, left, right in sorted(fragment, reverse=True):
        if left.endswith("s") and lexicon.is_german(left[:-1]):
            left, right = left[:-1], "s" + right
        options.append((left, right, _completions(right)))
    left, right, comps = next((o for o in options if o[2]), options[0])
    completions = [f"{left} {c}" for c in comps]
    nxt = ctx.doc.tokens[i + 1].text if i + 1 < len(ctx.doc.tokens) else ""
    # "auf seinem Terminplansteig ist": a finite verb follows, so the fragment was no verb: drop it
    proposals = [left] + completions if nxt in _FINITE_AUX else completions + [left]
    # a fragment that is no word at all is a sure sign; one that is a word ("steig") makes a compound that
    # hunspell could have built but did not know: likely garbled, but an editor should look
    severity = "warning" if lexicon.is_german_any_case(right) else "error"
    return f"„{part}“ is not a word: „{left}“ followed by the fragment „{right}“", proposals[:3], severity


@lru_cache(maxsize=1)
def _frequent_german() -> tuple[list[str], dict[str, int]]:
    """The 50,000 most frequent German words, sorted for prefix search, with their frequency rank."""
    from wordfreq import top_n_list
    ranked = [w for w in top_n_list("de", 50_000) if w.isalpha()]
    return sorted(ranked), {w: r for r, w in enumerate(ranked)}


@lru_cache(maxsize=5_000)
def _completions(fragment: str) -> tuple[str, ...]:
    """Frequent German words that the fragment is the beginning of ("eingetrag" -> "eingetragen"), likeliest first."""
    words, rank = _frequent_german()
    low = fragment.lower()
    hits = []
    for k in range(bisect_left(words, low), len(words)):
        w = words[k]
        if not w.startswith(low):
            break
        # German words only: wordfreq's list has names too ("ing" -> "Ingrid")
        if w != low and len(w) <= len(low) + 3 and (lexicon.is_german(w) or nouns.analyses(w[0].upper() + w[1:])):
            hits.append(w)
    hits.sort(key=rank.__getitem__)
    return tuple(hits[:2])
