"""Names from Latin-script languages written without their diacritics, as English text prints them.

English news drops the diacritics of Finnish, Baltic, Slavic, Romanian or Nordic names; German press keeps them:
Mikko Vaisanen -> Väisänen, Janis Berzins -> Jānis Bērziņš, Ilze Ozolina -> Ozoliņa, Siauliai -> Šiauliai. A
capitalised word that neither German nor English text uses (wordfreq, hunspell), in an article that names the
language's country, is restored when that language writes it with diacritics far more often than any of them
writes it without (wordfreq, data/diacritics). A name German text does use bare ("Janis") is only restored beside
a name restored on its own, in the same language ("Janis Berzins"). Turkish and Hungarian names only get back the
letters German has itself (Öztürk, not Şahin: German press writes "Sahin" and "Orban" as often as not). Where
German text writes the bare name at least as often as the one with diacritics ("Chisinau"), the finding is a hint.
"""

from __future__ import annotations

import gzip
import re
from array import array
from functools import lru_cache
from importlib.resources import files

from ... import lexicon
from ...findings import Finding
from .context import Context

HEADER = "#lektorat-diacritics 2"
LANGUAGES = {"fi": "Finnish", "lv": "Latvian", "lt": "Lithuanian", "pl": "Polish", "cs": "Czech", "sk": "Slovak",
             "sl": "Slovene", "sh": "Croatian/Serbian/Bosnian", "hu": "Hungarian", "ro": "Romanian", "tr": "Turkish",
             "sv": "Swedish", "nb": "Norwegian", "da": "Danish"}
# languages whose other diacritics German press drops as often as it keeps them
_GERMAN_LETTERS_ONLY = frozenset(("tr", "hu"))
# a Latvian or Lithuanian word ending in a long or nasal vowel is a case form (Liepājā, in Liepāja; rusų, of the
# Russians), no name as it stands in a German sentence
_CASE_ENDINGS = {"lv": tuple("āēīū"), "lt": tuple("ąęįųū")}
MIN_MARGIN = 1.5          # Zipf: the form with diacritics 30 times as frequent as the bare one in any language
# ... or 10 times, where only letters German has come back: German press never writes "Malmo" or "Jarvinen"
MIN_MARGIN_GERMAN_LETTERS = 1.0
MAX_ZIPF_DE = 2.0         # German text uses the bare form itself ("Krakow", "Gdansk", "Skoda")
MAX_ZIPF_EN = 3.0
# the article names the language's country (or a city of it): the evidence that a bare name is that language's
_COUNTRY_RE = {lang: re.compile(pattern, re.IGNORECASE) for lang, pattern in {
    "fi": r"finnland|finnisch|helsinki|finne\b|finnin", "lv": r"lettland|lettisch|\briga\b|\blette\b|lettin",
    "lt": r"litauen|litauisch|vilnius|kaunas|litauer", "pl": r"\bpolen\b|polnisch|warschau",
    "cs": r"tschechien|tschechisch|\bprag\b|tscheche", "sk": r"slowakei|slowakisch|bratislava",
    "sl": r"slowenien|slowenisch|ljubljana",
    "sh": r"kroatien|kroatisch|serbien|serbisch|bosnien|bosnisch|montenegr|zagreb|belgrad|sarajevo",
    "hu": r"ungarn|ungarisch|budapest",
    "ro": r"rumänien|rumänisch|moldau|moldawi|bukarest|chi[sșş]in[aă]u|kischinau",
    "tr": r"türkei|türkisch|ankara|istanbul", "sv": r"schweden|schwedisch|stockholm",
    "nb": r"norwegen|norwegisch|\boslo\b", "da": r"dänemark|dänisch|kopenhagen"}.items()}
_ARTICLES = frozenset("der die das dem den des ein eine einer eines einem einen am im vom zum zur beim ins ans "
                      "aufs".split())


@lru_cache(maxsize=1)
def _table() -> tuple[str, array]:
    """The table's text (sorted lines `ascii<TAB>zipf of the bare form<TAB>language form zipf...`) and where each
    line starts: 7 MB searched in place, not 200,000 parsed rows (which would cost 40 MB)."""
    path = files("lektorat") / "data" / "diacritics" / "diacritics.tsv.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8", newline="\n") as fh:
        if not fh.readline().startswith(HEADER):
            raise ValueError(f"{path}: not a lektorat diacritics table")
        text = fh.read()
    starts = array("I", [0])
    pos = text.find("\n")
    while pos != -1 and pos + 1 < len(text):
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return text, starts


def _lookup(key: str) -> tuple[float, list[tuple[str, str, float]]] | None:
    """(the bare form's Zipf in the languages, its forms with diacritics: (language, form, Zipf), commonest first)."""
    text, starts = _table()
    lo, hi = 0, len(starts)
    while lo < hi:    # binary search over the sorted lines
        mid = (lo + hi) // 2
        k = text[starts[mid]:text.index("\t", starts[mid])]
        if k < key:
            lo = mid + 1
        elif k > key:
            hi = mid
        else:
            end = text.find("\n", starts[mid])
            _, za, *forms = text[starts[mid]:end if end != -1 else len(text)].split("\t")
            return float(za), [(lang, form, float(z)) for lang, form, z in (f.split(" ") for f in forms)]
    return None


def _entry(word: str) -> tuple[str, str, bool] | None:
    """The language and the form with diacritics (capitalised) of a capitalised ASCII word, and whether the
    language writes that form so much more often that the bare one is a mere English spelling."""
    if not (len(word) >= 4 and word.isascii() and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return None
    entry = _lookup(word.lower())
    if entry is None:
        return None
    za, forms = entry
    for lang, form, z in forms:
        if form.endswith(_CASE_ENDINGS.get(lang, ())):
            continue
        german_letters = len(form) == len(word) and all(a == b or b in "äöü" for a, b in zip(word.lower(), form))
        if lang in _GERMAN_LETTERS_ONLY and not german_letters:
            continue
        margin = MIN_MARGIN_GERMAN_LETTERS if german_letters else MIN_MARGIN
        return lang, form[0].upper() + form[1:], z - za >= margin
    return None


# the comma below and the cedilla, which German text prints for the same Romanian letters (Chișinău, Chişinău)
_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")


def _bare_in_german(word: str, form: str) -> bool:
    """German text (wordfreq) writes the bare name at least as often as with its diacritics ("Chisinau"): the
    bare form is a house style of German press too, no slip."""
    low, form = word.lower(), form.lower()
    if low.endswith("s") and form.endswith("s") and lexicon.zipf_de(low[:-1]) > lexicon.zipf_de(low):
        low, form = low[:-1], form[:-1]   # a German genitive ("Liepajas"): the name's own figures
    bare = lexicon.zipf_de(low)
    return bare > 0 and bare >= max(lexicon.zipf_de(form), lexicon.zipf_de(form.translate(_CEDILLA)))


def _foreign(word: str) -> bool:
    """Neither German nor English text uses the word, nor German a word it could be an old inflection of ("Hute",
    "Kolorits"): no German or English name or word spelt plain."""
    low = word.lower()
    return (lexicon.zipf_de(low) < MAX_ZIPF_DE and lexicon.zipf_en(low) < MAX_ZIPF_EN
            and not lexicon.is_german_any_case(word) and not lexicon.is_english(low)
            and not any(low.endswith(e) and lexicon.zipf_de(low[:-len(e)]) >= 3.0 for e in ("e", "s", "es", "en")))


def check(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    found: dict[int, tuple[str, str]] = {}      # token -> (language, restored form)
    weak: dict[int, tuple[str, str]] = {}
    for i, t in enumerate(toks):
        if ctx.claimed(i) or t.text in ctx.glossary.known_words:
            continue
        entry = _entry(t.text)
        # (after an article a noun: "den Status", "mit dem abgenommenen Hute"; names stand without one)
        if entry is None or (i > 0 and toks[i - 1].text.lower() in _ARTICLES):
            continue
        lang, form, clear = entry
        if not ctx.memo(f"diacritics.{lang}", lambda: bool(_COUNTRY_RE[lang].search(ctx.doc.text))):
            continue   # "Amanat", a Kazakh party, is no Romanian "amânat"
        if clear and _foreign(t.text):
            found[i] = (lang, form)
        else:
            weak[i] = (lang, form)
    # a first name or surname German knows, beside one restored on its own in the same language ("Janis Berzins")
    for i, (lang, form) in weak.items():
        if any(k in found and found[k][0] == lang and ctx.adjacent(min(i, k), max(i, k)) for k in (i - 1, i + 1)):
            found[i] = (lang, form)
    out = []
    text = ctx.doc.text
    for i in sorted(found):
        lang, form = found[i]
        t = toks[i]
        severity = "warning"
        msg = (f"{LANGUAGES[lang]} name without its diacritics, as English text prints it; "
               f"German press writes „{form}“")
        if _bare_in_german(t.text, form):
            severity = "info"
            msg = (f"{LANGUAGES[lang]} name without its diacritics: German text writes it so as often as "
                   f"„{form}“; keep it if that is the house style")
        out.append(Finding(t.start, t.end, text[t.start:t.end], "NAME_DIACRITICS", "transliteration", severity, msg,
                           [form]))
        ctx.claim(t.start, t.end)
    return out
