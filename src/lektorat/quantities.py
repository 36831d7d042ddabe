"""Numbers, amounts, dates and times of an English source and of its German translation, as comparable values.

`english(text)` and `german(text)` find every quantity with its span and the values it may stand for:
- numbers in either convention: "1,500.5" and "1.500,5" are 1500.5; a German text may still hold English-format
  numbers (the built-in engine's format rules report those), so an ambiguous "1.500" or "1,500" in the German text
  stands for both readings, and no value is reported missing only because of its format;
- magnitudes: "1.5 million", "$3bn", "1,5 Millionen", "3 Mrd. Dollar" (an English billion is a German Milliarde;
  a German "Billion" is a million million);
- percentages ("20%", "20 Prozent"), ordinals ("3rd", "3."), decades ("1990s", "1990er"), fractions ("3½",
  "zweieinhalb");
- dates ("March 3, 2024", "3 March", "3. März 2024", "03.03.2024") and times ("9:15 a.m.", "7 p.m.", "9.15 Uhr",
  "19 Uhr"), compared as (day, month, year) and as the minute of a twelve-hour clock, so "7 p.m." is found in
  "19 Uhr" and in "7 Uhr abends";
- number words: English "two", "fourteen", "a million", "forty thousand"; German "zwei", "vierzigtausend",
  "zehnmal", "zehnfache", "eine Million".

A number followed by an imperial unit (feet, miles, Fahrenheit, …) is marked `imperial`: translators convert
those ("200 feet" → "60 Meter"), so its value need not be in the translation.
The month names, currency symbols and magnitude words are those of the built-in format rules (formats.py).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .engines.builtin.formats import CURRENCIES, MONTHS_DE, MONTHS_EN, SCALES, german_number

NUMBER, DATE, MONTH, TIME = "number", "date", "month", "time"


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    kind: str                  # number | date | month | time
    keys: frozenset            # comparable values: numbers rounded, (day, month, year), minute of a 12-hour clock
    word: bool = False         # written in words ("two", "zehnmal"): an English source may say it many ways
    imperial: bool = False     # a measure in feet, miles, Fahrenheit…: translators convert it
    german: str = ""           # the German form of a source quantity (a proposal), "" when unsure


# --- shared pieces -----------------------------------------------------------------------------------------------

_MAGNITUDE = {"Million": 1e6, "Milliarde": 1e9, "Billion": 1e12}
_GERMAN_ONE = {"Million": "eine Million", "Milliarde": "eine Milliarde", "Billion": "eine Billion"}
# "thousand" and "hundred" are no magnitude of formats.SCALES (nothing to rewrite there) but multiply all the same
_SMALL_SCALES = {"thousand": 1e3, "tausend": 1e3, "tsd.": 1e3, "tsd": 1e3, "hundred": 1e2, "hundert": 1e2}
_CURRENCY_RE = "|".join(re.escape(c) for c in sorted(CURRENCIES, key=len, reverse=True))
# a number: grouped thousands (comma, full stop or a narrow/no-break space) with a decimal part, or plain digits
_NUM_RE = re.compile(
    r"(?<![\w/])(?<!\d[.,])(?P<cur>(?:" + _CURRENCY_RE + r")\s?)?"
    r"(?P<num>\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f\u2009]\d{3})+)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?P<frac>[½¼¾])?(?P<suf>[^\W\d_]*)(?![/\d])")
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
_CURRENCY_SCALES = {"bn": 1e9, "mn": 1e6, "m": 1e6, "tn": 1e12, "k": 1e3}
# units translators convert into metric ones; a value given in them need not appear in the translation
_IMPERIAL = frozenset(("feet", "foot", "ft", "mile", "miles", "mi", "mph", "inch", "inches", "yard", "yards", "yd",
                       "pound", "pounds", "lb", "lbs", "ounce", "ounces", "oz", "gallon", "gallons", "fahrenheit",
                       "acre", "acres", "stone", "knots", "°f", "f"))
_NEXT_WORD_RE = re.compile(r"[ \t\u00a0\u202f]*(?:-[ \t]*)?(°?[^\W\d_]+\.?)")

# months: English full names and abbreviations, German full names; only capitalised ("march" is a verb)
_MONTH_EN_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_MONTH_DE_RE = "(?:" + "|".join(MONTHS_DE) + r"|Jan\.|Feb\.|Apr\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.)"
_MONTH_RE = "(?:" + _MONTH_EN_RE + "|" + _MONTH_DE_RE + ")"
_MONTH_ABBR_DE = {"okt": 10, "dez": 12}

_DATE_MONTH_FIRST_RE = re.compile(r"\b(?P<m>" + _MONTH_RE + r")[ \u00a0](?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?![.:,]\d)"
                                  r"(?:,?[ \u00a0](?P<y>\d{4})\b)?")
_DATE_DAY_FIRST_RE = re.compile(r"(?<![\w.,])(?P<d>\d{1,2})(?:st|nd|rd|th|\.)?[ \u00a0](?:of[ \u00a0])?"
                                r"(?P<m>" + _MONTH_RE + r")(?!\w)(?:,?[ \u00a0](?P<y>\d{4})\b)?")
_MONTH_YEAR_RE = re.compile(r"\b(?P<m>" + _MONTH_RE + r")(?:,)?[ \u00a0](?P<y>\d{4})\b")
_DATE_NUMERIC_DE_RE = re.compile(r"(?<![\w.,])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2}(?!\d))?(?![\d])")
_DATE_SLASH_RE = re.compile(r"(?<![\w/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")
_DATE_ISO_RE = re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")

_TIME_EN_RE = re.compile(r"(?<![\w.:,])(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?\s?(?:(?P<ap>[aApP])\.\s?[mM]\.|"
                         r"(?P<ap2>[aApP])[mM]\b|o'clock\b|o’clock\b)")
_TIME_24_RE = re.compile(r"(?<![\w.:,])(?P<h>\d{1,2}):(?P<min>\d{2})(?![\d:])")
_TIME_DE_RE = re.compile(r"(?<![\w.:,])(?P<h>\d{1,2})(?:[.:](?P<min>\d{2}))?[ \u00a0]Uhr\b")


def _round(v: float) -> float:
    """Values compared after rounding to 9 significant digits (1.5 × 1e6 is 1500000.0000000002 in binary)."""
    if v == 0 or not math.isfinite(v):
        return v
    return round(v, 8 - int(math.floor(math.log10(abs(v)))))


def _month(name: str) -> int | None:
    key = name.rstrip(".")
    if key in MONTHS_DE:
        return MONTHS_DE.index(key) + 1
    low = key.lower()
    return MONTHS_EN.get(low) or _MONTH_ABBR_DE.get(low)


def _date_keys(d: int, m: int, y: int | None) -> frozenset:
    if not (1 <= d <= 31 and 1 <= m <= 12):
        return frozenset()
    keys = {(d, m, None)}
    if y is not None:
        keys.add((d, m, _year(y)))
    return frozenset(keys)


def _year(y: int) -> int:
    return y if y >= 100 else 2000 + y if y < 50 else 1900 + y


def _german_date(d: int, m: int, y: int | None, numeric: bool = False) -> str:
    if numeric:
        return f"{d:02d}.{m:02d}." + (str(y) if y else "")
    return f"{d}. {MONTHS_DE[m - 1]}" + (f" {y}" if y else "")


def _clock(h: int, minute: int) -> int | None:
    if not (0 <= h <= 24 and 0 <= minute <= 59):
        return None
    return (h * 60 + minute) % 720


def _german_time(h24: int, minute: int) -> str:
    return f"{h24}.{minute:02d} Uhr" if minute else f"{h24} Uhr"


class _Taken:
    """Characters already explained by a quantity: a date's day and year are not numbers of their own."""

    def __init__(self, n: int) -> None:
        self.bits = bytearray(n + 1)

    def free(self, a: int, b: int) -> bool:
        return not any(self.bits[a:b])

    def take(self, a: int, b: int) -> None:
        self.bits[a:b] = b"\x01" * (b - a)


# --- dates and times (both languages) ----------------------------------------------------------------------------

def _dates_and_times(text: str, taken: _Taken, source: bool) -> list[Quantity]:
    out: list[Quantity] = []

    def add(m: re.Match, kind: str, keys: frozenset, german: str = "") -> None:
        a, b = m.span()
        if keys and taken.free(a, b):
            taken.take(a, b)
            out.append(Quantity(a, b, m.group(), kind, keys, german=german))

    for m in _DATE_ISO_RE.finditer(text):
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
        add(m, DATE, _date_keys(d, mo, y), _german_date(d, mo, y))
    for rx in (_DATE_MONTH_FIRST_RE, _DATE_DAY_FIRST_RE):
        for m in rx.finditer(text):
            mo = _month(m["m"])
            if mo is None:
                continue
            d, y = int(m["d"]), int(m["y"]) if m["y"] else None
            add(m, DATE, _date_keys(d, mo, y), _german_date(d, mo, y))
    for m in _MONTH_YEAR_RE.finditer(text):
        mo = _month(m["m"])
        if mo is not None:
            y = int(m["y"])
            add(m, MONTH, frozenset({(mo, y)}), f"{MONTHS_DE[mo - 1]} {y}")
    for m in _DATE_SLASH_RE.finditer(text):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        # 3/4/2024 is the 4th of March in American, the 3rd of April in British usage: either will do
        keys = _date_keys(b, a, y) | _date_keys(a, b, y)
        german = _german_date(b, a, _year(y)) if a <= 12 < b else ""
        add(m, DATE, keys, german)
    if not source:
        for m in _DATE_NUMERIC_DE_RE.finditer(text):
            y = int(m["y"]) if m["y"] else None
            add(m, DATE, _date_keys(int(m["d"]), int(m["m"]), y))
        for m in _TIME_DE_RE.finditer(text):
            h, mi = int(m["h"]), int(m["min"] or 0)
            c = _clock(h, mi)
            add(m, TIME, frozenset() if c is None else frozenset({c}))
    for m in _TIME_EN_RE.finditer(text):
        h, mi = int(m["h"]), int(m["min"] or 0)
        ap = (m["ap"] or m["ap2"] or "").lower()
        if ap and not 1 <= h <= 12:
            continue
        h24 = h if not ap else (h % 12) + (12 if ap == "p" else 0)
        c = _clock(h24, mi)
        add(m, TIME, frozenset() if c is None else frozenset({c}), _german_time(h24, mi) if ap else "")
    for m in _TIME_24_RE.finditer(text):
        h, mi = int(m["h"]), int(m["min"])
        c = _clock(h, mi)
        add(m, TIME, frozenset() if c is None else frozenset({c}), _german_time(h, mi))
    return out


# --- numbers in digits -------------------------------------------------------------------------------------------

def _readings(num: str, source: bool) -> list[float]:
    """The values a written number may stand for. English source: "1,500" is 1500, "1.5" is 1.5. German text:
    "1.500" is 1500 and "1,5" is 1.5, but an English-format number left in it ("1,500", "1.5") counts as well."""
    if " " in num:       # "100 000" (German groups with a space), or two numbers side by side
        return [float(num.replace(" ", ""))] + [r for part in num.split(" ") for r in _readings(part, source)]
    s = re.sub(r"[\u00a0\u202f\u2009]", "", num)
    if "," in s and "." in s:           # the last separator is the decimal one in both conventions
        dec = max(s.rfind(","), s.rfind("."))
        return [float(re.sub(r"[.,]", "", s[:dec]) + "." + s[dec + 1:])]
    sep = "," if "," in s else "." if "." in s else ""
    if not sep:
        return [float(s)]
    groups = s.split(sep)
    thousands = len(groups) >= 2 and all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    if len(groups) > 2:
        return [float("".join(groups))] if thousands else [float(g) for g in groups]
    decimal = float(groups[0] + "." + groups[1])
    if source:
        if sep == ",":
            # "1,500" is fifteen hundred; "[1,1]" is a list of two numbers
            return [float("".join(groups))] if thousands else [float(groups[0]), float(groups[1])]
        return [decimal]
    if thousands:
        return [float("".join(groups)), decimal]
    if sep == ",":
        return [decimal, float(groups[0]), float(groups[1])]     # "[1,1]": a decimal, or a list
    return [decimal]


def _scale_after(text: str, end: int, source: bool) -> tuple[float, str, int] | None:
    """A magnitude word after a number: (factor, its German singular, end of the word)."""
    m = _NEXT_WORD_RE.match(text, end)
    if m is None or "-" in text[end:m.start(1)]:
        return None
    word = m.group(1)
    key = word.lower()
    if key not in SCALES and key.endswith(".") and key[:-1] in SCALES and key[:-1] not in ("mio", "mrd"):
        key = key[:-1]          # "million." ends a sentence
    if key in SCALES and key not in ("m", "mn", "bn", "tn"):
        singular = SCALES[key][0]
        factor = _MAGNITUDE[singular]
        # a German text's "Billion" is a million million; a lower-case English "billion" left in it is a Milliarde
        if not source and word[0] == "B":
            factor, singular = 1e12, "Billion"
        return factor, singular, m.start(1) + len(key)
    if key in _SMALL_SCALES or (key.rstrip(".") in _SMALL_SCALES and key.endswith(".")):
        return _SMALL_SCALES[key if key in _SMALL_SCALES else key.rstrip(".")], "", m.start(1) + len(key)
    return None


def _imperial_after(text: str, end: int, suffix: str) -> bool:
    if suffix.lower() in _IMPERIAL:
        return True
    m = _NEXT_WORD_RE.match(text, end)
    if m is None:
        return False
    word = m.group(1).rstrip(".").lower()
    return word in _IMPERIAL and not (word == "f" and m.group(1)[0] == "f")


def _german_of(num: str, factor: float, singular: str, suffix: str) -> str:
    """The German form of a source number: "1,500.5" → "1.500,5", "1.5 million" → "1,5 Millionen"."""
    g = german_number(num.replace("\u00a0", "").replace("\u202f", ""), english=True)
    if re.fullmatch(r"\d{5,40}", g):            # German groups numbers of five digits and more
        g = f"{int(g):,}".replace(",", ".")
    if suffix in _ORDINAL_SUFFIXES:
        return g + "."
    if singular:
        if g == "1":
            return _GERMAN_ONE[singular]
        return f"{g} {SCALES[singular.lower()][1] if singular.lower() in SCALES else singular}"
    if factor == 1e3 and suffix == "k":
        return f"{g}.000" if g.isdigit() else ""
    return g


def _digit_numbers(text: str, taken: _Taken, source: bool) -> list[Quantity]:
    out = []
    for m in _NUM_RE.finditer(text):
        num, suf, cur = m["num"], m["suf"], m["cur"]
        a, end = m.start(), m.end()
        if not taken.free(a, end):
            continue
        if suf and (suf[0].isupper() or (len(suf) > 1 and any(c.isupper() for c in suf))):
            continue                 # "3D", "5G", "MP3": names of things, not quantities
        values = _readings(num, source)
        factor, singular = 1.0, ""
        low = suf.lower()
        if cur and low in _CURRENCY_SCALES:         # "$3bn", "£5m"
            factor = _CURRENCY_SCALES[low]
            singular = {1e6: "Million", 1e9: "Milliarde", 1e12: "Billion"}.get(factor, "")
        elif low in ("", "s", "er") or low in _ORDINAL_SUFFIXES:
            sc = _scale_after(text, end, source)
            if sc is not None:
                factor, singular, end = sc
        if m["frac"]:
            values = [v + _FRACTIONS[m["frac"]] for v in values]
        keys = frozenset(_round(v * factor) for v in values)
        if not source:
            # a German text's "1,5 Millionen" also holds the bare 1.5 when the source said "1.5 million" in words
            keys |= frozenset(_round(v) for v in values)
        imperial = factor == 1.0 and _imperial_after(text, end, low)
        german = _german_of(num, factor, singular, low) if source and len(values) == 1 and not m["frac"] else ""
        taken.take(a, end)
        out.append(Quantity(a, end, text[a:end], NUMBER, keys, imperial=imperial, german=german))
    return out


# --- numbers in words --------------------------------------------------------------------------------------------

_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_EN_BIG = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_EN_JOINERS = frozenset(_EN_BIG) | {"and"}       # "two hundred and five", "a million two hundred thousand"
_EN_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _en_word_value(w: str) -> float | None:
    w = w.lower()
    if w in _EN_UNITS:
        return float(_EN_UNITS[w])
    if w in _EN_TENS:
        return float(_EN_TENS[w])
    if "-" in w:
        t, _, u = w.partition("-")
        if t in _EN_TENS and u in _EN_UNITS and 0 < _EN_UNITS[u] < 10:
            return float(_EN_TENS[t] + _EN_UNITS[u])
    return None


def _english_words(text: str, taken: _Taken) -> list[Quantity]:
    """Runs of English number words: "two", "twenty-five", "two hundred and five", "a million", "forty thousand"."""
    words = list(_EN_WORD_RE.finditer(text))
    out = []
    i = 0
    while i < len(words):
        w = words[i].group()
        low = w.lower()
        v = _en_word_value(w)
        if v is None and not (low in ("a", "an") and i + 1 < len(words) and words[i + 1].group().lower() in _EN_BIG
                              and _space_between(text, words[i], words[i + 1])):
            i += 1
            continue
        total, current = 0.0, (v if v is not None else 1.0)
        j = i + 1
        while j < len(words) and _space_between(text, words[j - 1], words[j]):
            nxt = words[j].group().lower()
            if nxt in _EN_BIG:
                current *= _EN_BIG[nxt]
                if _EN_BIG[nxt] >= 1e3:
                    total, current = total + current, 0.0
                j += 1
            elif nxt == "and" and j + 1 < len(words) and _en_word_value(words[j + 1].group()) is not None \
                    and words[j - 1].group().lower() in _EN_BIG:
                j += 1
            elif _en_word_value(nxt) is not None and words[j - 1].group().lower() in _EN_JOINERS:
                current += _en_word_value(nxt)
                j += 1
            else:
                break
        a, b = words[i].start(), words[j - 1].end()
        if taken.free(a, b):
            value = total + current
            taken.take(a, b)
            out.append(Quantity(a, b, text[a:b], NUMBER, frozenset({_round(value)}), word=True,
                                imperial=_imperial_after(text, b, "")))
        i = j
    return out


def _space_between(text: str, a: re.Match, b: re.Match) -> bool:
    return text[a.end():b.start()] in (" ", "\u00a0")


_DE_UNITS = {"null": 0, "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
             "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "sech": 6, "sieb": 7}
_DE_TEENS = {"dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
             "neunzehn": 19}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
            "achtzig": 80, "neunzig": 90}
# endings after a number word: "zehnmal", "zehnfache", "zweier", "dreien"; "einhalb" adds a half
_DE_TAILS = ("malige", "maligen", "maliger", "mal", "fachen", "facher", "faches", "fachem", "fache", "fach",
             "er", "en", "")
_DE_WORD_RE = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_DE_ARTICLE_ONE = frozenset(("ein", "eine", "einer", "einen", "einem", "eines"))


def _de_below_1000(s: str) -> int | None:
    if not s:
        return None
    if "hundert" in s:
        head, _, rest = s.partition("hundert")
        h = 1 if head in ("", "ein") else _DE_UNITS.get(head)
        if h is None or not 1 <= h <= 9:
            return None
        if not rest:
            return 100 * h
        r = _de_below_100(rest)
        return None if r is None else 100 * h + r
    return _de_below_100(s)


def _de_below_100(s: str) -> int | None:
    if s in _DE_UNITS and s not in ("ein", "sech", "sieb"):
        return _DE_UNITS[s]
    if s in _DE_TEENS:
        return _DE_TEENS[s]
    if s in _DE_TENS:
        return _DE_TENS[s]
    if "und" in s:
        u, _, t = s.partition("und")
        if u in _DE_UNITS and 1 <= _DE_UNITS[u] <= 9 and u not in ("sech", "sieb", "eins") and t in _DE_TENS:
            return _DE_UNITS[u] + _DE_TENS[t]
    return None


def german_word_value(word: str) -> float | None:
    """The value of a German number word ("zwei", "vierzigtausend", "zweieinhalb", "zehnmal"), or None."""
    s = word.lower()
    for tail in _DE_TAILS:
        if tail and not s.endswith(tail):
            continue
        core = s[:len(s) - len(tail)] if tail else s
        half = 0.0
        if core.endswith("einhalb") and len(core) > 7:
            core, half = core[:-7], 0.5
        if core == "anderthalb":
            return 1.5
        if "tausend" in core:
            head, _, rest = core.partition("tausend")
            t = 1 if head in ("", "ein") else _de_below_1000(head)
            r = _de_below_1000(rest) if rest else 0
            if t is not None and r is not None:
                return t * 1000.0 + r + half
            continue
        v = _de_below_1000(core)
        if v is not None and (tail or core not in ("ein",)):
            return v + half
    return None


def _german_words(text: str, taken: _Taken) -> list[Quantity]:
    out = []
    words = list(_DE_WORD_RE.finditer(text))
    for i, m in enumerate(words):
        w = m.group()
        a, b = m.span()
        if not taken.free(a, b):
            continue
        low = w.lower()
        v = None
        if low in _DE_ARTICLE_ONE:
            # "eine Million", "einer Milliarde": the article counts only before a magnitude
            sc = _scale_after(text, b, source=False)
            if sc is not None:
                v, b = sc[0], sc[2]
        else:
            v = german_word_value(w)
            if v is not None:
                sc = _scale_after(text, b, source=False)
                if sc is not None:
                    v, b = v * sc[0], sc[2]
        if v is None:
            continue
        taken.take(a, b)
        out.append(Quantity(a, b, text[a:b], NUMBER, frozenset({_round(v)}), word=True))
    return out


# --- entry points ------------------------------------------------------------------------------------------------

def english(text: str) -> list[Quantity]:
    """The quantities of an English text, with the German form of each where it is clear."""
    taken = _Taken(len(text))
    out = _dates_and_times(text, taken, source=True)
    out += _digit_numbers(text, taken, source=True)
    out += _english_words(text, taken)
    return sorted(out, key=lambda q: q.start)


def german(text: str) -> list[Quantity]:
    """The quantities of a German text; English-format numbers left in it count with both readings."""
    taken = _Taken(len(text))
    out = _dates_and_times(text, taken, source=False)
    out += _digit_numbers(text, taken, source=False)
    out += _german_words(text, taken)
    return sorted(out, key=lambda q: q.start)


def present(q: Quantity, found: list[Quantity]) -> bool:
    """Is the source quantity Q among the quantities FOUND in the translation?"""
    keys = exact(q)
    return any(keys & comparable(t) for t in found)


def exact(q: Quantity) -> frozenset:
    """The keys of a quantity as it is: a date's, a time's, a number's own."""
    return frozenset(("n" if q.kind == NUMBER else q.kind, k) for k in q.keys)


def comparable(q: Quantity) -> frozenset:
    """The keys a quantity of the translation offers: a date also stands for its day and year as numbers, a month
    for its year, a time for its hour, so the source's "in 2024" is found in "im März 2024" and "at 9" in "um 9
    Uhr"."""
    if q.kind == NUMBER:
        return frozenset(("n", k) for k in q.keys)
    out = {(q.kind, k) for k in q.keys}
    for k in q.keys:
        if q.kind == DATE:
            out.add(("n", float(k[0])))
            if k[2] is not None:
                out.add(("n", float(k[2])))
                out.add((MONTH, (k[1], k[2])))
        elif q.kind == MONTH:
            out.add(("n", float(k[1])))
        elif q.kind == TIME:
            out.add(("n", float(k // 60)))
            out.add(("n", float(k // 60 + 12)))
    return frozenset(out)
