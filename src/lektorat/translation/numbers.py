"""Numbers, amounts and currencies must survive translation: "1,5 Milliarden Dollar" is "$1.5 billion".

German and English write numbers differently (1.000,5 vs 1,000.5; Milliarde = billion, Billion = trillion), so both
sides are read into values and compared: every quantity of the German sentence must be in the English one, and
every currency, percent sign or month named in German must be named in English. Times ("14.30 Uhr") and numbers
written as words are not compared: their English forms vary too much ("2.30 pm", "two").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_DE_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_EN_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

_DE_SCALE = {"tausend": 3, "tsd": 3, "million": 6, "millionen": 6, "mio": 6, "milliarde": 9, "milliarden": 9,
             "mrd": 9, "billion": 12, "billionen": 12, "bio": 12}
_EN_SCALE = {"thousand": 3, "k": 3, "million": 6, "mln": 6, "m": 6, "billion": 9, "bn": 9, "b": 9,
             "trillion": 12, "tn": 12}

_DE_QUANTITY = re.compile(r"(?<![\d.,])(" + _DE_NUMBER + r")(?![\d])(?:\s*(" + "|".join(_DE_SCALE) + r")\b\.?)?",
                          re.IGNORECASE)
_EN_QUANTITY = re.compile(r"(?<![\d.,])(" + _EN_NUMBER + r")(?![\d])(?:\s*(" + "|".join(_EN_SCALE) + r")\b)?",
                          re.IGNORECASE)
_DE_TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\s*Uhr\b")
_DE_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b")

# currencies and percent: (German words/signs, English words/signs that count as the same, name for messages)
_UNITS = (
    (r"US-Dollar|Dollar|\$|USD", r"dollars?|\$|USD", "dollars"),
    (r"Euro|€|EUR", r"euros?|€|EUR", "euros"),
    (r"Pfund|£|GBP", r"pounds?|£|GBP|sterling", "pounds"),
    (r"Rubel|RUB|₽", r"roubles?|rubles?|RUB|₽", "roubles"),
    (r"Hrywnja|Griwna|UAH|₴", r"hryvnias?|hryvnyas?|UAH|₴", "hryvnias"),
    (r"Yuan|Renminbi|CNY", r"yuan|renminbi|CNY", "yuan"),
    (r"Prozent|%", r"per ?cent|%", "a percentage"),
)
_LETTER = "A-Za-zÄÖÜäöüß"

# months: a date's month must survive too (AP style abbreviates: "Feb. 19")
_MONTHS = (
    ("Januar|Jänner", r"January|Jan\.", "January"), ("Februar", r"February|Feb\.", "February"),
    ("März", "March", "March"), ("April", "April", "April"), ("Mai", "May", "May"), ("Juni", "June", "June"),
    ("Juli", "July", "July"), ("August", r"August|Aug\.", "August"),
    ("September", r"September|Sept?\.", "September"), ("Oktober", r"October|Oct\.", "October"),
    ("November", r"November|Nov\.", "November"), ("Dezember", r"December|Dec\.", "December"),
)


@dataclass(frozen=True)
class Quantity:
    text: str      # as written in German
    value: Decimal


def german_quantities(text: str) -> list[Quantity]:
    text = _DE_TIME.sub(" ", text)
    out = []
    for m in _DE_DATE.finditer(text):  # 19.02.2026: day and year are compared, the month becomes a word
        out += [Quantity(m.group(0), Decimal(m.group(1))), Quantity(m.group(0), Decimal(m.group(3)))]
    text = _DE_DATE.sub(" ", text)
    for m in _DE_QUANTITY.finditer(text):
        value = _value(m.group(1).replace(".", "").replace(",", "."))
        if value is None:
            continue
        scale = _DE_SCALE.get((m.group(2) or "").lower().rstrip("."), 0)
        out.append(Quantity(m.group(0).strip(), value.scaleb(scale)))
    return out


def english_values(text: str) -> set[Decimal]:
    out = set()
    for m in _EN_QUANTITY.finditer(text):
        value = _value(m.group(1).replace(",", ""))
        if value is None:
            continue
        scale = _EN_SCALE.get((m.group(2) or "").lower(), 0)
        out.add(value.scaleb(scale).normalize())
        if scale:
            out.add(value.normalize())  # "$1.5 billion" also holds the bare 1.5 ("1.5 billion and 2 billion")
    return out


def _value(digits: str) -> Decimal | None:
    try:
        return Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the patterns only pass digits
        return None


def verify(source: str, output: str) -> list[dict]:
    """A violation for every German quantity or currency that the English sentence does not carry."""
    out = []
    found = english_values(output)
    for q in german_quantities(source):
        if q.value.normalize() not in found:
            out.append({"kind": "number", "source": q.text, "expected": _english(q.value),
                        "message": f"„{q.text}“ ({_english(q.value)}) is missing from the translation"})
    for de, en, name in _UNITS:
        if _has(de, source, 0) and not _has(en, output, re.IGNORECASE):
            out.append({"kind": "number", "source": name, "expected": name,
                        "message": f"the German sentence names {name}, the translation does not"})
    for de, en, name in _MONTHS:
        if _has(de, source, 0) and not _has(en, output, 0):
            out.append({"kind": "number", "source": name, "expected": name,
                        "message": f"the month {name} is missing from the translation"})
    return out


def unit_count(source: str) -> int:
    """How many currencies, percentages and months the German text names: the unit checks `verify` makes."""
    return sum(_has(de, source, 0) for de, _, _ in (*_UNITS, *_MONTHS))


def _has(alternatives: str, text: str, flags: int) -> bool:
    return re.search(rf"(?<![{_LETTER}])(?:{alternatives})(?![{_LETTER}])", text, flags) is not None


def _english(value: Decimal) -> str:
    """How an English text would write VALUE (for messages): 1.5 billion, 19, 1,250."""
    for exp, word in ((12, "trillion"), (9, "billion"), (6, "million")):
        if abs(value) >= Decimal(10) ** exp:
            return f"{value.scaleb(-exp).normalize():f} {word}"
    v = value.normalize()
    return f"{v:,f}" if v == v.to_integral_value() else f"{v:f}"
