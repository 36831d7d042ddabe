"""Numbers and currencies written the English way in German text.

"$1 Milliarde" -> "1 Milliarde US-Dollar"; "€300 Millionen" -> "300 Millionen Euro"; "$1.5 billion" -> "1,5
Milliarden US-Dollar"; "3.5 Prozent" -> "3,5 Prozent"; "1,000,000" -> "1.000.000".
"""

from __future__ import annotations

import re

from ...findings import Finding
from .context import Context

CURRENCIES = {"$": ("US-Dollar", "Dollar"), "US$": ("US-Dollar", "Dollar"), "€": ("Euro",), "£": ("Pfund",),
              "¥": ("Yen",), "₽": ("Rubel",), "₴": ("Hrywnja",)}
# scale word -> (singular, plural) in German; English "billion" is a German Milliarde.
SCALES = {
    "million": ("Million", "Millionen"), "millionen": ("Million", "Millionen"),
    "millions": ("Million", "Millionen"), "mio.": ("Million", "Millionen"), "mio": ("Million", "Millionen"),
    "billion": ("Milliarde", "Milliarden"), "billions": ("Milliarde", "Milliarden"),
    "milliarde": ("Milliarde", "Milliarden"), "milliarden": ("Milliarde", "Milliarden"),
    "mrd.": ("Milliarde", "Milliarden"), "mrd": ("Milliarde", "Milliarden"),
    "trillion": ("Billion", "Billionen"), "billionen": ("Billion", "Billionen"),
}
_ENGLISH_SCALES = ("million", "millions", "billion", "billions", "trillion")

_CUR_RE = re.compile(
    r"(?<![\w$€£¥₽₴])(US\$|[$€£¥₽₴])\s?(\d+(?:[.,]\d+)*)(?:\s+([A-Za-zäöü]+\.?))?"
)
_EN_DECIMAL_RE = re.compile(r"(?<![\d.,])(\d+)\.(\d{1,2})(?=\s+(?:Prozent|%|Millionen|Milliarden|Million|Milliarde|"
                            r"Grad|Kilometer|Meter|Euro|Dollar|US-Dollar|Punkte|Prozentpunkte)\b)")
_EN_THOUSANDS_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])|(?<![\d.,])\d{1,3},\d{3}(?=\s+[A-ZÄÖÜ])(?![\d,])")


def check(ctx: Context) -> list[Finding]:
    text = ctx.doc.text
    out = []
    for m in _CUR_RE.finditer(text):
        out.append(_currency(m, text))
    for m in _EN_DECIMAL_RE.finditer(text):
        s, e = m.span()
        if _overlaps_any(out, s, e):
            continue
        out.append(Finding(s, e, m.group(), "EN_DECIMAL_POINT", "format", "error",
                           "German uses a decimal comma", [f"{m.group(1)},{m.group(2)}"]))
    for m in _EN_THOUSANDS_RE.finditer(text):
        s, e = m.span()
        if _overlaps_any(out, s, e):
            continue
        out.append(Finding(s, e, m.group(), "EN_THOUSANDS_SEPARATOR", "format", "error",
                           "German groups thousands with a full stop (or a thin space), not a comma",
                           [m.group().replace(",", "."), m.group().replace(",", "\u202f")]))
    for f in out:
        ctx.claim(f.start, f.end)
    return out


def _currency(m: re.Match, text: str) -> Finding:
    symbol, number, word = m.group(1), m.group(2), m.group(3)
    names = CURRENCIES[symbol]
    scale, end = None, m.end(2)
    if word:
        key = word.lower()
        if key not in SCALES and key.endswith("."):  # "billion." ends the sentence: the full stop stays
            key = key[:-1]
        scale = SCALES.get(key)
        if scale:
            end = m.start(3) + len(key)
        word = key
    german_number = _german_number(number, english=scale is not None and word in _ENGLISH_SCALES)
    if scale:
        value_is_one = german_number in ("1", "1,0")
        scale_word = scale[0] if value_is_one else scale[1]
        amounts = [f"{german_number} {scale_word} {n}" for n in names]
    else:
        amounts = [f"{german_number} {n}" for n in names]
    start = m.start()
    return Finding(start, end, text[start:end], "CURRENCY_FORMAT", "format", "error",
                   "German news writes the amount first and the currency as a word after it", amounts)


def _german_number(number: str, english: bool) -> str:
    """Rewrite an English-formatted number; leave a German one alone."""
    if re.fullmatch(r"\d{1,3}(,\d{3})+", number):
        return number.replace(",", ".")
    if re.fullmatch(r"\d+\.\d{1,2}", number):  # "1.5" can only be an English decimal point
        return number.replace(".", ",")
    if english and re.fullmatch(r"\d+\.\d+", number):
        return number.replace(".", ",")
    return number


def _overlaps_any(fs, s, e) -> bool:
    return any(f.start < e and s < f.end for f in fs)
