"""Numbers, amounts, dates, times, results and possessives written the English way in German text.

Each family is a pattern over the text with a German rewrite, not a list of the seed's cases:
- amounts: a currency symbol or code before the number, with any magnitude ("$1 Milliarde", "£3m", "USD 5
  million", "€2.5bn") -> "1 Milliarde US-Dollar", "3 Millionen Pfund", "5 Millionen US-Dollar", "2,5 Milliarden Euro";
  English magnitudes after a number ("5 million Menschen" -> "5 Millionen Menschen"; "billion" is a Milliarde)
- decimal points and thousands commas wherever a number measures something ("3.5 Prozent", "1,250,000")
- dates in any English order ("March 3", "3 March", "March 3rd, 2024", "März 3") -> "3. März 2024"; a day without
  its full stop ("am 3 März") or without the space after it ("5.Mai"); US numeric dates (03/15/2024)
- times with a.m./p.m. ("9:15 a.m.", "7 p.m.") -> "9.15 Uhr", "19 Uhr"
- results with a hyphen in a match context ("einen 3-1 Sieg" -> "3:1-Sieg")
- "No. 7" -> "Nr. 7"
- the English possessive apostrophe on a name, company or acronym ("Merkel's" -> "Merkels", "NATO's" -> "NATOs")
- an acronym and a noun written apart where German joins them ("die EU Kommission" -> "EU-Kommission"), when the
  article before the acronym agrees with the noun (so "in der EU Geld ausgeben" stays)
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ... import dictionary, lexicon, nouns
from ...findings import Finding
from . import tables
from .context import Context
from . import morphology as M
from .morphology import PREPOSITIONS, case_like



def _currency_codes() -> dict[str, tuple[str, ...]]:
    """ISO 4217 code -> German names, preferred first, from data/formats/currency_codes.tsv."""
    return {r[0]: tuple(r[1].split("|")) for r in tables.rows("formats", "currency_codes.tsv", "currency-code")}


# symbol or ISO code -> German currency names, preferred first
CURRENCIES = {"$": ("US-Dollar", "Dollar"), "US$": ("US-Dollar", "Dollar"), "€": ("Euro",), "£": ("Pfund",),
              "¥": ("Yen",), "₽": ("Rubel",), "₴": ("Hrywnja",), "₸": ("Tenge",), "₾": ("Lari",), "₼": ("Manat",),
              "₺": ("Lira",), "₹": ("Rupien", "Rupie"), "₩": ("Won",), "₪": ("Schekel",),
              # (the other dollars, by their country's prefix: "C$ 2.15")
              "C$": ("kanadische Dollar",), "CA$": ("kanadische Dollar",), "A$": ("australische Dollar",),
              "AU$": ("australische Dollar",), "NZ$": ("neuseeländische Dollar",), "HK$": ("Hongkong-Dollar",),
              "S$": ("Singapur-Dollar",)} | _currency_codes()
# the signs of dollars, whose amounts English writes
_DOLLAR_SIGNS = tuple(c for c in CURRENCIES if c.endswith("$"))
_SIGNS = "".join(c for c in CURRENCIES if len(c) == 1)   # the one-character signs, for the patterns below
_CURRENCY_NAMES = frozenset(n for names in CURRENCIES.values() for n in names)
# scale word -> (singular, plural) in German; English "billion" is a German Milliarde.
SCALES = {
    "million": ("Million", "Millionen"), "millionen": ("Million", "Millionen"),
    "millions": ("Million", "Millionen"), "mio.": ("Million", "Millionen"), "mio": ("Million", "Millionen"),
    "m": ("Million", "Millionen"), "mn": ("Million", "Millionen"),
    "billion": ("Milliarde", "Milliarden"), "billions": ("Milliarde", "Milliarden"),
    "milliarde": ("Milliarde", "Milliarden"), "milliarden": ("Milliarde", "Milliarden"),
    "mrd.": ("Milliarde", "Milliarden"), "mrd": ("Milliarde", "Milliarden"), "bn": ("Milliarde", "Milliarden"),
    "trillion": ("Billion", "Billionen"), "billionen": ("Billion", "Billionen"), "tn": ("Billion", "Billionen"),
    "b": ("Milliarde", "Milliarden"),   # (after a currency sign only: "$2B")
}
_ENGLISH_SCALES = frozenset(("million", "millions", "billion", "billions", "trillion", "m", "mn", "bn", "tn"))
_NUM = r"\d+(?:[.,]\d+)*"
_CUR_RE = re.compile(
    # (a code before a space: "AMD64" is a processor, not 64 Dram)
    r"(?<![\w" + _SIGNS + r"])((?:US|CA|C|AU|A|NZ|HK|S)\$|[" + _SIGNS + r"]|(?:"
    + "|".join(c for c in CURRENCIES if c.isalpha()) + r")(?=\s\d))\s?("
    + _NUM + r")"
    # (the magnitudes in capitals too, as US business news writes them: "$61M", "$2B", "$1.5BN")
    r"(?:(\s?)(bn|mn|m|tn|Bn|BN|M|B)\b|(\s+)([A-Za-zäöü]+\.?))?"
)
_EN_SCALE_RE = re.compile(r"(?<![\w" + _SIGNS + r".,])(" + _NUM
                          + r")(?:\s+((?:million|millions|billion|billions|trillion)\b"
                          r"|(?:[Bb]n|[Mm]n)\b\.?)"   # (and the abbreviations: "2.3 Bn. US-Dollar")
                          r"|(bn|mn|m)\b(?=\s+[A-Z]))")   # (run on before a currency: "96m Lari", "48bn Tenge")
# (the typography rules' too: a number run into its unit, "40Prozent")
UNIT_WORDS = ("Prozent|%|Millionen|Milliarden|Million|Milliarde|Billionen|Grad|Kilometer|Meter|Zentimeter|"
              "Millimeter|Kilogramm|Gramm|Tonnen|Liter|Stunden|Minuten|Sekunden|Jahre|Monate|Wochen|Tage|Euro|"
              "Dollar|US-Dollar|Pfund|Franken|Rubel|Punkte|Prozentpunkte|Einwohner|Menschen|Quadratkilometer|"
              "Hektar|Meilen|Barrel|Kilowattstunden|Megawattstunden|Gigawattstunden|Terawattstunden|Megawatt|"
              "Gigawatt|Kalorien|Stimmen|Sitze")


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """UNIT_WORDS as a set, for the rules that ask whether a word is a unit or measure ("Tonnen", "Prozent")."""
    return frozenset(UNIT_WORDS.split("|"))


# also inside a hyphenated compound: "das 1.5-Grad-Ziel", "eine 2.5-prozentige Steigerung"
_EN_DECIMAL_RE = re.compile(r"(?<![\d.,:])(\d+)\.(\d{1,2}|\d{4,})(?![\d.,]\d)(?=\s*(?:" + UNIT_WORDS
                            + r"|km|kg|cm|mm|MW|GW|kW|kWh|ha|Mio|Mrd|Tsd)\b|\s*%|[ \u00a0]?[€£$](?!\w)"
                            r"|-(?:(?:" + UNIT_WORDS + r")\b|prozentig|fach|jährig|stündig|tägig))")
# a singular article, a measure and a noun: one compound ("der 10 km Straßenlauf" -> "der 10-km-Straßenlauf")
_MEASURE_BEFORE_NOUN_RE = re.compile(r"\b([Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es|[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|"
                                     r"[Ee]iner|[Ee]ines) (\d+(?:,\d+)?) ?(km|m|kg|t|kW|kV|MW|GW|kWh|MWh|GWh|ha|cm|mm) "
                                     r"([A-ZÄÖÜ][a-zäöüß]{3,})\b(?!-)")


def _measure_compound(m: re.Match) -> Finding | None:
    """"der 10 km Straßenlauf" -> "der 10-km-Straßenlauf": a singular article that fits the noun, not the count,
    makes the measure its attribute, which German joins with hyphens (DIN 5008); "10 km Umweg" after a verb is a
    measure and its noun."""
    det = M.determiner(m.group(1))
    feats = nouns.features(m.group(4)) or nouns.features(nouns.head_of(m.group(4)) or "")
    if det is None or not {f for f in set(det[2]) & set(feats) if ".sg." in f} or m.group(2) in ("1", "0"):
        return None
    if any(f.endswith(".pl") for f in det[2]) and {f for f in set(det[2]) & set(feats) if f.endswith(".pl")}:
        return None   # ("die 10 km Wege" may be the plural: the count's noun)
    start = m.start(2)
    return Finding(start, m.end(), m.group()[start - m.start():], "OPEN_COMPOUND", "format", "warning",
                   "a measure before a noun it describes: German joins them with hyphens",
                   [f"{m.group(2)}-{m.group(3)}-{m.group(4)}"])


# a decimal point after a word of quantity ("ein Faktor von 1.15", "liegt bei 2.75", "mindestens 3.8"), where no date
# reads (the part after the point is no month: 13 or more, or a day before it past 31) and no clock time (no "Uhr",
# "h" or range after it, no preposition of time before it)
_DECIMAL_AFTER_QUANTITY_RE = re.compile(
    r"(?<![\w.,:/-])(?:von|bei|auf|mindestens|höchstens|rund|etwa|circa|knapp|nur|fast|über|unter|Faktor|Wert) "
    r"((\d{1,3})\.(\d{1,2}))(?!\d|[\w.,:/-]\w|\.\d| ?(?:Uhr|h|bis|und|–|-)\b)")


def _no_date_or_time(day: str, part: str) -> bool:
    """N.M as written can be no date (day.month) and is no clock time's."""
    return int(part) > 12 if len(part) == 2 or int(day) <= 31 else True


# the first end of a range whose second end takes the unit ("zwischen 1.5 und 5 Megawatt", "2.5 bis 3 %")
# (or a count in words at the other end: "von 14.5 auf elf Prozent")
_DECIMAL_IN_RANGE_RE = re.compile(r"(?<![\d.,:])(\d+)\.(\d{1,2})(?![\d.,]\d)(?= (?:und|bis|oder|bis zu|auf) "
                                  r"(?:\d+(?:[.,]\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
                                  r"(?:\s*(?:" + UNIT_WORDS + r"|km|kg|cm|mm|MW|GW|kW|kWh|ha|Mio|Mrd|Tsd)\b|\s*%))")
# Russian places in Усть- ("mouth of"): German joins the prefix with a hyphen ("Ust Luga" -> "Ust-Luga")
_UST_RE = re.compile(r"(?<![\w-])Ust ([A-Z][a-z]{2,})\b")
# a measure hyphenated to its number before the adjective of dimension it measures ("den 100-Meter breiten Fluss"):
# apart ("100 Meter breiten"); not an attribute of the noun, "eine 128-Bit hexadezimale Zeichenkette"
_MEASURE_HYPHEN_RE = re.compile(r"(?<![\w.,:/#-])(\d+)-([A-ZÄÖÜ][a-zäöüß]+) ((?:breit|hoh|lang|tief|alt|schwer|dick|"
                                r"groß|weit|entfernt|schmal|kurz)(?:e|en|er|es|em)) ([A-ZÄÖÜ])")
# … or whose other end has the decimal comma ("von 3.9 auf über 6,4 Milliarden")
_DECIMAL_BESIDE_COMMA_RE = re.compile(r"(?<![\d.,:])(\d+)\.(\d{1,2})(?![\d.,]\d)(?= (?:und|bis|auf|oder) "
                                      r"(?:über |rund |knapp |fast |etwa |mehr als )?\d+,\d{1,2}(?![\d.,]\d))")
_MAGNITUDE_SIGN_RE = re.compile(r"[ \u00a0](Mio|Mrd)\.[ \u00a0]?([€$£])(?!\w)")
# a span of time and "lang" apart ("Monate lang" -> "monatelang")
_SPAN_APART_RE = re.compile(r"(?<![\w-])(Sekunden|Minuten|Stunden|Tage|Wochen|Monate|Jahre|Jahrzehnte|Jahrhunderte)"
                            r" lang\b")
# words that count a span before "lang" ("ein paar Tage lang", "zwei Dutzend Jahre lang")
_SPAN_COUNTS = frozenset("paar dutzend hundert hunderte tausend tausende anderthalb eineinhalb zweieinhalb".split())
# a count of times in digits and "mal" apart ("35 mal an die Grenze" -> "35-mal", "35 Mal"; Duden, "-mal"): not a
# product ("3 mal 4", "8 mal zwei Kammern", "100 mal der Anzahl"), a year and the adverb ("seit sie 2007 mal …"), an
# ordinal ("zum 3. mal" is the noun's error) or the end of a decimal or a range
_TIMES_APART_RE = re.compile(r"(?<![\w.,-])(?!(?:19|20)\d\d\b)(\d{1,3}(?:\.\d{3})+|\d+) mal\b"
                             r"(?! *(?:\d|×|der\b|die\b|das\b|den\b|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn))")
# the same in words ("zwei mal zurückgeschickt" -> "zweimal"; Duden, "-mal"): not a product ("zwei mal drei")
_COUNT_WORDS = ("ein", *sorted(M.CARDINALS), "hundert", "tausend")
_TIMES_WORD_APART_RE = re.compile(r"(?<![\w-])("
                                  + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _COUNT_WORDS + ("zwanzig",))
                                  + r") mal\b(?! *(?:\d|×|der\b|die\b|das\b|den\b|" + "|".join(_COUNT_WORDS) + "))")
# "Ex" before the noun it qualifies, written apart ("Ex Vizeminister"): German hyphenates it ("Ex-Vizeminister")
_EX_APART_RE = re.compile(r"(?<![\w-])Ex ([A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b(?!-)")
# a digit and capitals before a noun, apart ("3D Modelle", "5G Netz", "4K Kameras"): one compound, hyphenated
# (one capital only: "1GB Festplatte" is a unit, "16MB RAM")
_DIGIT_ACRONYM_APART_RE = re.compile(r"(?<![\w.,-])(\d[A-Z]) ([A-ZÄÖÜ][a-zäöüß]{2,})\b(?!-)")
# a model's designation of letters, a hyphen and a number before a noun, apart ("zwei Mi-8 Hubschrauber", "F-35
# Kampfjets", "Covid-19 Pandemie"): German hyphenates the whole (Duden: "Mi-8-Hubschrauber")
# (not a span of time after it: "flog die Su-27 Jahre lang")
_MODEL_APART_RE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{0,5}-\d{1,4}[A-Za-z]{0,2}) "
                             r"([A-ZÄÖÜ][a-zäöüß]{3,})\b(?!-)(?! (?:lang|später|zuvor|danach|alt|her)\b)")
# "derselbe" written apart after its article ("die selben Aufträge"): one word (Duden: derselbe, dieselbe, dasselbe)
_SELBE_APART_RE = re.compile(r"\b([Dd](?:er|ie|as|em|en|es)) (selbe[nm]?)\b")   # (not "der selber", himself)
# a decade's dative plural after "in" and a singular article ("in der 1980ern"): the plural's "den"
_DECADE_ARTICLE_RE = re.compile(r"\b([Ii]n) (der|dem|die) ((?:1[89]|20)?\d0ern)\b")
# degrees after a number in the plural of "Grad" as a grade ("um 2 Grade"): a unit after a number keeps its singular
_DEGREES_PLURAL_RE = re.compile(r"(?<![\d.,])(\d+(?:,\d+)?)[ \u00a0]Grade(?:n)?\b")
# the letters German compounds take before a noun ("E-Scooter", "U-Bahn", "S-Bahn", "T-Shirt") and the noun apart
# (not any letter: a manual's placeholder or list mark, "die ersten K Byte", "D Der Schlüssel ist tot")
_LETTER_APART_RE = re.compile(r"(?<![\w.-])([EUST]) ([A-ZÄÖÜ][a-zäöüß]{2,})\b(?!-)")
# a day and a month with a slash after a preposition of dates ("bis zum 30/06", "am 19/10"): English's short date
_SLASH_DATE_RE = re.compile(r"\b([Aa]m|[Vv]om|[Zz]um|[Bb]is|[Aa]b|[Ss]eit dem|[Aa]b dem|[Bb]is zum) (\d{1,2})/(\d{1,2})"
                            r"(?![/\d.,]\d|/)")
# a unit glued to its count before a hyphen's noun ("48MW-Solarpark"): German hyphenates all three (48-MW-Solarpark)
_GLUED_UNIT_COMPOUND_RE = re.compile(r"(?<![\w.,-])(\d+(?:,\d+)?)(MW|GW|kW|kV|km|kg|MWh|GWh|kWh)"
                                     r"-([A-ZÄÖÜ][a-zäöüß]{3,})\b")
# a letter German joins to a noun with a hyphen, written apart ("zwei E Fähren", "die U Bahn", "ein T Shirt")
_LETTER_APART_RE = re.compile(r"(?<![\w.,-])([EUST]) ([A-ZÄÖÜ][a-zäöüß]{2,})\b(?![-.]\w)")
# the gas trade's English "bcm" and "tcm" (billion, trillion cubic metres) after a number in either convention
# ("1.2 bcm", "0,4 bcm"): German writes "Milliarden Kubikmeter" ("Mrd. m³" in tables)
_GAS_VOLUME_RE = re.compile(r"(?<![\w.,])(\d{1,4})(?:[.,](\d{1,3}))?[ \u00a0]?(bcm|tcm|BCM|TCM)\b")
_GAS_VOLUMES = {"bcm": "Milliarden", "tcm": "Billionen"}
# minutes run into their number ("nach 40min"): a space and German's word or its unit ("40 Minuten", "40 min")
# (not a setting's value or a quoted span of a manual: "WatchdogSec= 10min", "»5min 20s«")
_GLUED_MINUTES_RE = re.compile(r"(?<![\w.,:=-])(?<!= )(?<![»„\"'])(\d{1,3})min\b(?![:/=-]|\.\w| \d)(?![«“\"'])")
# hours and minutes with English "h" and "min" ("5h 40min"): German writes the words
_HOURS_MINUTES_RE = re.compile(r"(?<![\w.,=:])(\d{1,2}) ?h (\d{1,2}) ?min\b")
# a decimal point in a compound of a measure ("1.5-Tesla-Gerät", "2.5-Liter-Motor")
_DECIMAL_HYPHEN_COMPOUND_RE = re.compile(r"(?<![\w.,-])(\d+)\.(\d{1,2})-([A-ZÄÖÜ][a-zäöüß]+)"
                                         r"-([A-ZÄÖÜ]?[a-zäöüß]{3,})\b")
# English "k" for thousands after a count ("12k Abonnenten", "1.5k Downloads"): German writes the thousands out
_THOUSAND_K_RE = re.compile(r"(?<![\w.,])(\d{1,3})(?:[.,](\d))?k(?= [A-ZÄÖÜ][a-zäöüß]+)")
# English "24/7" for round the clock
_ROUND_THE_CLOCK_RE = re.compile(r"(?<![\w/.,-])24/7(?![\w/.,-]|-\w)")
# "bei den" run together after a noun, before a plural noun ("Weltmeisterin beiden Junioren"): "beiden" after a
# noun and before its own noun has no determiner of its own to follow
_BEIDEN_AFTER_NOUN_RE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{2,}) (beiden) ([A-ZÄÖÜ][a-zäöüß]{2,})\b")
# a feminine plural's -innen apart from its noun before the masculine ("Lehrer innen und Lehrer")
_INNEN_APART_RE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{2,}) innen(?= (?:und|oder|sowie) \1\b)")
# a percent sign glued to its number ("38%"): German sets a space (DIN 5008, Duden) or writes "Prozent"
_PERCENT_RE = re.compile(r"(?<![\w.,%/])(\d+(?:,\d+)?)%(?![\w%/=-])")
# a time with a decimal point in its seconds ("in 1:43.720 Minuten"): German writes the decimal comma
_TIME_DECIMAL_RE = re.compile(r"(?<![\w.:])(\d{1,2}:\d{2})\.(\d{1,3})(?![\w.:]|,\d)")
# four decimals or more after a point anywhere in prose ("bei 1.95583 Lewa pro Euro"): German groups thousands by
# three, so this is no thousands group; not inside a version, an address or a path ("1.2.3", "10.0.0.1", "v1.2345")
_LONG_DECIMAL_RE = re.compile(r"(?<![\w.,:/-])(\d{1,3})\.(\d{4,})(?![\w.,/:-])")
# a decimal point before any plural noun the list above lacks ("nach 187.5 Kilometern", "14.5 Seemeilen")
# (and a currency after "US" or "US-": "4.2 US Cent")
_DECIMAL_BEFORE_NOUN_RE = re.compile(r"(?<![\d.,:])(\d+)\.(\d{1,2})(?![\d.,]\d)"
                                     r"(?=\s+(?:US[ -])?([A-ZÄÖÜ][a-zäöüß]+)\b)")
# a decimal point before English "percent" ("1.2 percent"), which the unit rules translate
_DECIMAL_PERCENT_RE = re.compile(r"(?<![\d.,:])(\d+)\.(\d{1,2})(?=[ \u00a0]?(?:percent|per cent)\b)")
# a decimal point in a share of a count ("holte 7.5 aus 9 Punkten", "8.5 von 10"): no date ends there and no section
# number counts a whole
_DECIMAL_OF_COUNT_RE = re.compile(r"(?<![\w.,:])(\d{1,3})\.(\d)(?= (?:aus|von) (?:\d{1,3}(?![\d.,]\d)"
                                  r"|(?:drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|hundert)\b))")
# one group: before a noun, also across inflected adjectives ("1,150 politische Gefangene"), or ",000", which no
# German decimal has
# (not the seconds of a time, "1:41,365 Minuten": German decimals)
_EN_THOUSANDS_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])|(?<![\d.,:])\d{1,3},\d{3}"
                              r"(?=\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}[A-ZÄÖÜ])(?![\d,])"
                              r"|(?<![\d.,])[1-9]\d{0,2},000(?![\d,])"
                              # (thousands, "waren es 1,200.": a German decimal writes no two trailing zeros; not
                              # more digits before the comma, a score of three decimals: "133,900 Punkte")
                              r"|(?<![\d.,])[1-9],[1-9]00(?![\d,])(?=[ \u00a0]*[.;:!?)](?:\s|$))"
                              # (… or before the verb that ends its clause: "auf 1,400 steigen")
                              r"|(?<![\d.,])[1-9]\d{0,2},\d00(?![\d,])(?=[ \u00a0]+[a-zäöüß]{3,}[ \u00a0]*[.,;:!?])"
                              # (… or before a unit's abbreviation: "mehr als 2,500 km"; a measure that precise
                              # writes no trailing zeros in news)
                              r"|(?<![\d.,])[1-9]\d{0,2},\d00(?![\d,])(?=[ \u00a0]*(?:km|kg|ha|t|kWh?|MWh?|GWh?|qm|hl)"
                              r"\b)")

# one comma group alone, and a German decimal comma with one or two decimals ("3,5 Prozent", "12,75 Euro")
# (not a score or a time with three decimals: "133,900 Punkte", "9,815 Sekunden")
_ONE_GROUP_RE = re.compile(r"(?<![\d.,])[1-9]\d{0,2},\d{3}(?![\d,]|\.\d)(?!\s*(?:Punkt|Sekunde|Minute|s\b|m\b))")
_GERMAN_DECIMAL_RE = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d,])")
_GERMAN_THOUSANDS_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")   # ("134.250 Punkte")
# the two ends of a range, each a number with one comma group
_RANGE_PAIR_RE = re.compile(r"\b(?:[Vv]on|[Zz]wischen) (\d{1,3},\d{3}) (?:auf|bis|und|bis zu) (\d{1,3},\d{3})(?![\d,])")
# … or one end grouped the German way ("von 2,800 auf 4.500 Plätze")
_RANGE_MIXED_RE = re.compile(r"\b(?:[Vv]on|[Zz]wischen) (\d{1,3}[.,]\d{3}) (?:auf|bis|und|bis zu) (\d{1,3}[.,]\d{3})"
                             r"(?![\d,.]\d)")
# one group before an English plural noun ("rund 2,400 trucks"): the words are English, so is the number
_THOUSANDS_BEFORE_WORD_RE = re.compile(r"(?<![\d.,:])(?P<num>[1-9]\d{0,2},\d{3})(?![\d,])(?=\s+([a-z]{3,}s)\b)")


def _english_plural(word: str) -> bool:
    return lexicon.is_english(word) and lexicon.is_english(word[:-1]) and not lexicon.is_german(word)


_MONTH_NAMES_EN = "january february march april may june july august september october november december".split()
MONTHS_EN = {m: i for i, m in enumerate(_MONTH_NAMES_EN, 1)}
MONTHS_EN.update({a: MONTHS_EN[f] for a, f in (("jan", "january"), ("feb", "february"), ("mar", "march"),
                                                   ("apr", "april"), ("jun", "june"), ("jul", "july"), ("aug", "august"),
                                                   ("sep", "september"), ("sept", "september"), ("oct", "october"),
                                                   ("nov", "november"), ("dec", "december"))})
MONTHS_DE = ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember").split()
# a date after "auf dem" ("findet auf dem 11. Oktober statt", English "on the 11th"): German "am"
_ON_THE_DATE_RE = re.compile(r"\b([Aa])uf dem (\d{1,2}\. (?:" + "|".join(MONTHS_DE) + r"))\b(?!-)")
WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_MONTH_DE_RE = "|".join(MONTHS_DE)
# English names of months and weekdays that German spells otherwise, alone in a German sentence ("bis Ende March",
# "am Saturday"); with a day they are dates (below). ("May" is a name too often.)
_EN_CALENDAR = {m.capitalize(): de for m, de in zip(_MONTH_NAMES_EN, MONTHS_DE)
                if m.capitalize() != de and m != "may"}
_EN_CALENDAR.update({"Monday": "Montag", "Tuesday": "Dienstag", "Wednesday": "Mittwoch", "Thursday": "Donnerstag",
                     "Friday": "Freitag", "Saturday": "Samstag", "Sunday": "Sonntag"})
_EN_CALENDAR_RE = re.compile(r"\b(" + "|".join(_EN_CALENDAR) + r")\b")
_EN_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# ("May" is a name too: the month before a year, or after "Anfang", "Mitte", "Ende", "im", "bis", "seit" and before
# no name: _MAY_WORDS)
_MAY_YEAR_RE = re.compile(r"\b(May)(?:(?=\s+(?:19|20)\d\d\b)|(?! [A-Z]))")
_MAY_WORDS = frozenset("Anfang Mitte Ende im bis seit".split())
_CALENDAR_LEAD = frozenset("Anfang Mitte Ende".split())
_MONTH_EN_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_ORD = r"(?:st|nd|rd|th)"
# "March 3", "March 3rd, 2024", "März 3, 2024": month first
# (not a number with English thousands after the month: "zwischen Januar und März 1,847 Fälle")
_DATE_MONTH_FIRST_RE = re.compile(r"\b(" + _MONTH_EN_RE + "|" + _MONTH_DE_RE + r")\s+(\d{1,2})" + _ORD +
                                  r"?(?![\d:]|\.\d|,\d{3}(?!\d))(?:,?\s+(\d{4}))?(?!\d)")
# a range of days after the month ("October 8 to 10", "Oktober 8 bis 10"): German "8. bis 10. Oktober"
_DATE_RANGE_MONTH_FIRST_RE = re.compile(r"\b(" + _MONTH_EN_RE + "|" + _MONTH_DE_RE + r")\s+(\d{1,2})" + _ORD +
                                        r"?\s*(bis|und|–|-|to|and)\s*(\d{1,2})" + _ORD +
                                        r"?(?![\d:]|[.,]\d)(?:,?\s+(\d{4}))?(?!\d)")
# "3 March 2024", "3rd March", "am 3 März": day first without the ordinal's full stop
_DATE_DAY_FIRST_RE = re.compile(r"(?<![\d.,])(\d{1,2})(" + _ORD + r")?\s+(?:of\s+)?(" + _MONTH_EN_RE + "|" +
                                _MONTH_DE_RE + r")\b(?:,?\s+(\d{4}))?")
# a German day with its full stop before an English month: "am 23. March"
_DATE_DOT_EN_RE = re.compile(r"(?<![\d.,])(\d{1,2})\.\s+(" + "|".join(m.capitalize() for m in _MONTH_NAMES_EN)
                             + r")\b(?:,?\s+(\d{4}))?")
# an English plural -s on the currency after an amount ("1,2 Millionen Euros", "500 Dollars")
_CURRENCY_PLURAL_RE = re.compile(r"(?:\d|\b(?:Millionen|Milliarden|Mio\.|Mrd\.|Tausend|tausend|hundert))[ \u00a0]+"
                                 r"(Euros|Dollars)\b")
# a German date with the English comma before the year ("1. Juli, 2025")
_DATE_COMMA_YEAR_RE = re.compile(r"(?<![\d.])(\d{1,2})\. (" + _MONTH_DE_RE + r"), ((?:19|20)\d\d)\b")
_DATE_NO_SPACE_RE = re.compile(r"(?<![\d.])(\d{1,2})\.(" + _MONTH_DE_RE + r")\b")
_ORDINAL_NO_SPACE_RE = re.compile(r"(?<![\w.])(\d{1,3})\.([A-ZÄÖÜ][a-zäöüß]{2,})\b(?![.\w/-])")
_MONTHS_DE_SET = frozenset(re.findall(r"[A-ZÄÖÜ][a-zäöü]+", _MONTH_DE_RE))
_US_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
# (not before a noun, which a fraction or a score counts: "3/4 Liter", "8/11 Punkten")
_US_SHORT_DATE_RE = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d|\s?[A-ZÄÖÜ])")
# "9:15 a.m.", "7 p.m.", "9am", "5 PM"; a German "am" after a number ("stieg um 5 am Montag") never matches
# ("9:45 pm" with its space too; not "9 am", which is German "am": "um 9:45 am Bahnhof"; but "um 11:30 am." before
# a punctuation mark or a word German "am" never takes, a preposition, conjunction, auxiliary or article ("um 5:40
# am von den Explosionen", "um 7:30 am die Markthalle"), where no German noun follows; a bare hour so after "um",
# "ab", "gegen", "bis" only: "öffnen um 7 am und schließen")
_TIME_RE = re.compile(r"(?<![\d.:,])(\d{1,2})(?:[:.](\d{2}))?(?:\s?([aApP])\.\s?[mM]\.|([aApP])[mM]\b|\s([AP])M\b"
                      r"|\s(p)m\b|\s(a)m(?=[.,;]|\s?[“”\"„»«]|\s+(?:von|vom|mit|in|im|auf|aus|bei|nach|zur|zum|und|"
                      r"oder|aber|als|wurde|wurden|war|waren|ist|sind|hat|haben|hatte|hatten|"
                      r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\b"
                      # (or a verb written small that no noun follows: "um 10 am übersteht", "vor 7:30 am erreichen";
                      # not "am frühen Morgen", "am stärksten")
                      r"|\s+(?![a-zäöüß]*sten\b)[a-zäöüß]+\b(?!\s+[A-ZÄÖÜ\d])))")
# a range of English clock times, "10 am bis 6 pm", "9 a.m.-5 p.m." (a German "am" before "bis" and a time too)
# ("und" after "zwischen": "zwischen 6:00 am und 10:00 am")
_TIME_RANGE_RE = re.compile(r"(?<![\d.:,])(\d{1,2})(?:[:.](\d{2}))?\s?([aApP])\.?\s?[mM]\.?\s*(bis|und|[-–])\s*"
                            r"(\d{1,2})(?:[:.](\d{2}))?\s?([aApP])(?:\.\s?[mM]\.|[mM]\b)")
# an English age as a compound, "26-year-old" ("a 26-year-old striker", "the 26-year-old")
_AGE_RE = re.compile(r"\b(\d{1,3})-year-old(s)?\b")
_NUMBER_OF_RE = re.compile(r"\b(\d{1,4}) of (\d{1,4})\b")
# an English quarter ("im Q3 2027", "in Q1"): German business news writes the quarter out
_QUARTER_RE = re.compile(r"\b(?:(im|in|das|dem) Q([1-4])\b(?![\w/-])|Q([1-4])(?= (?:19|20)\d\d\b))")
# a number and the adjective it makes written apart ("27 jährige", "3 stündigen"): German joins them with a hyphen
_NUMBER_ADJECTIVE_APART_RE = re.compile(r"\b(\d{1,4}) ((?:jährig|tägig|stündig|minütig|wöchig|monatig|prozentig|"
                                        r"köpfig|stöckig|seitig|teilig|malig|fach|spurig|sitzig)"
                                        r"(?:e|en|er|es|em)?)\b", re.IGNORECASE)
_ENGLISH_DECADE_RE = re.compile(r"(?<![\w.,'’])(1[0-9]{2}0|20[0-9]0)['’]?s\b")
# (the part of the day small too, as before the 1996 reform: "Dienstag morgen")
_DAY_PART_APART_RE = re.compile(r"\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag) "
                                r"([Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht)\b")
# English "on Sundays" word for word ("an Sonntags"): German says "sonntags" or "an Sonntagen"
_ON_WEEKDAYS_RE = re.compile(r"\b([Aa][nm]) (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)s\b")
# an age written small where it is a noun ("Der 34-jährige zog nach Jerewan"): German writes "34-Jährige"
_AGE_NOUN_RE = re.compile(r"^(\d{1,3})-jährig(e|en|er|em)$")
# (a relative clause after an age's comma: "Der 34-jährige, dessen …")
_RELATIVES = frozenset(("dessen", "deren", "denen", "der", "die", "das", "dem", "den", "welcher", "welche", "welches",
                        "welchen", "welchem"))
_AGE_NOUN_ADVERBS = frozenset(("erst", "nur", "gerade", "knapp", "kaum", "heute", "inzwischen", "damals", "bereits"))
# "um 8:00", "ab 16:30", with no "Uhr", a.m./p.m. or another number after it (not "von", "bis": "beim Stand von
# 13:13", "bis 20:18" are scores)
_BARE_CLOCK_RE = re.compile(r"\b((?:[Uu]m|[Aa]b|[Gg]egen) )(\d{1,2}):(\d{2})\b"
                            r"(?! ?(?:Uhr|h\b|[aApP]\.?[mM]\b|[AP]M\b)|[:.,]\d)")
# (half points of chess: "2.5-1.5")
_SCORE_RE = re.compile(r"(?<![\d\-.:,/])(\d{1,3}(?:[.,]5)?)-(\d{1,3}(?:[.,]5)?)(?![\d:/]|[.-]\d)(-?\s?(?:Sieg|Niederlage|Erfolg|"
                       r"Heimsieg|Auswärtssieg|Unentschieden|Remis|Führung|Endstand|Halbzeitstand|"
                       # (a compound of them: "Heimniederlage", "Auftaktsieg", "Führungstreffer")
                       r"[A-ZÄÖÜ][a-zäöüß]+(?:sieg|niederlage|erfolg|führung|pleite|treffer)|"
                       r"win|victory|loss|defeat|draw|lead|home win|away win)\b)?")
# English result nouns after a score ("a 3-1 win") and the German noun that joins the score
_EN_RESULTS = {"win": "Sieg", "victory": "Sieg", "loss": "Niederlage", "defeat": "Niederlage", "draw": "Unentschieden",
               "lead": "Führung", "home win": "Heimsieg", "away win": "Auswärtssieg"}
_MATCH_WORDS = re.compile(r"\b(?:Sieg|Niederlage|Unentschieden|Remis|gewann|gewinnt|gewonnen|verlor|verliert|"
                          r"verloren|siegte|besiegte|schlug|Spiel|Partie|Finale|Halbfinale|Tor|Tore|Treffer|"
                          r"Endstand|Führung|Satz|Sätze|Punktspiel|Elfmeterschießen|Runde|Verlängerung|"
                          r"\w+spiel|Brett)\w*", re.IGNORECASE)
_NO_RE = re.compile(r"\b(No|no)\.\s?(\d+)")
# "in der 93rd Minute", "das 21st Jahrhundert": an English ordinal (dates with a month are dates, above)
_ORDINAL_RE = re.compile(r"(?<![\w.,])(\d{1,4})(st|nd|rd|th)\b")
_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
# (a capital of any Latin alphabet: "Šimkutė’s")
_POSSESSIVE_RE = re.compile(r"\b([A-ZÄÖÜÀ-ÖØ-ÞĀ-Ž][\w-]*?|[a-z]{1,4}[A-Z][\w-]*?)(['’])s\b(?!['’\w])")
# a capitalised word and a capitalised word after it: a firm's name and a role ("Rodnik Chef")
_NAME_ROLE_RE = re.compile(r"\b([A-Z][a-z]{2,}) ([A-ZÄÖÜ][a-zäöüß]{2,})\b")
# a brand in camel case and a capitalised word after it ("EuroCup Debüt", "iPhone Modell")
_CAMEL_COMPOUND_RE = re.compile(r"\b((?:[A-Z][a-z]+|i)[A-Z][A-Za-z]*) ([A-ZÄÖÜ][a-zäöüß]{2,})\b")
# an abbreviation and an adjective of the kinds German forms from nouns, apart ("ein GPS basiertes System" ->
# "GPS-basiertes"; Duden, Bindestrich: compounds with abbreviations take the hyphen)
# (inflected, before its noun: "basierte" alone may be the verb, "die auf … des KGB basierte")
_ACRONYM_ADJECTIVE_RE = re.compile(r"\b([A-ZÄÖÜ]{2,6}) ((?:basiert|gestützt|zertifiziert|kompatibel|fähig)"
                                   r"(?:e|en|er|es|em))(?= [A-ZÄÖÜ][a-zäöüß])")
# (and an acronym with a small letter inside: "DDoS", "IoT")
_ACRONYM_COMPOUND_RE = re.compile(r"\b([A-ZÄÖÜ]{2,6}|G\d{1,2}|[A-Z]{1,4}\d{1,4}|[A-Z]{1,3}[a-z][A-Z]{1,2}|Lkw|Pkw|Kfz) "
                                  r"([A-ZÄÖÜ][a-zäöüß]{2,}\w*)\b")


# a range written with a hyphen after "zwischen" or "von", which ask for "und", "bis" ("zwischen Kilometer 25-32",
# "von 10-12 Uhr"; Duden: no dash after "zwischen", "von"); spans of years are the typography rule's
_WORD_RANGE_RE = re.compile(r"\b([Zz]wischen|[Vv]on) (?:[A-ZÄÖÜ][a-zäöüß]+ )?(\d{1,3}(?:,\d+)?) ?[-–] ?"
                            r"(\d{1,3}(?:,\d+)?)(?![\d,.:-]?\d)(?!-)")


def check(ctx: Context) -> list[Finding]:
    text = ctx.doc.text
    out: list[Finding] = []
    taken = bytearray(len(text) + 1)  # characters already explained by a finding of this rule

    def add(f: Finding | None) -> None:
        if f is None or any(taken[f.start:f.end]) or _claimed(ctx, f.start, f.end):
            return
        out.append(f)
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)

    for m in _CUR_RE.finditer(text):
        add(_currency(m, text))
    for m in _EN_SCALE_RE.finditer(text):
        # (the abbreviations written small only before a currency: "1 bn Dill" in a recipe is a bunch)
        if (m.group(3) or m.group(2).rstrip(".") in ("bn", "mn")) and not _currency_follows(text, m.end()):
            continue
        add(_with_currency(ctx, _scale(m, text)))
    for m in _WORD_RANGE_RE.finditer(text):
        if m.group(1).lower() == "von" and re.search(r"[Ss]tand\s+$", text[max(0, m.start() - 12):m.start()]) \
                and "," not in m.group():
            # (a score: "beim Stand von 1-2 nach Sätzen", German "1:2")
            add(Finding(m.start(2), m.end(3), text[m.start(2):m.end(3)], "SCORE_FORMAT", "format", "error",
                        "a score with a dash: German writes a colon", [f"{m.group(2)}:{m.group(3)}"]))
            continue
        if float(m.group(2).replace(",", ".")) >= float(m.group(3).replace(",", ".")):
            continue   # (no range: a score, "ein Sieg von 3-1")
        link = "und" if m.group(1).lower() == "zwischen" else "bis"
        add(Finding(m.start(2), m.end(3), text[m.start(2):m.end(3)], "RANGE_FORMAT", "format", "warning",
                    f"„{m.group(1).lower()}“ takes „{link}“, not a dash",
                    [f"{m.group(2)} {link} {m.group(3)}"]))
    for m in _DATE_RANGE_MONTH_FIRST_RE.finditer(text):
        k, d1, d2 = _month_number(m.group(1)), int(m.group(2)), int(m.group(4))
        if k is None or not 1 <= d1 < d2 <= 31:
            continue
        if m.group(1) in MONTHS_DE and (re.search(r"\b[Ii]m\s+$", text[max(0, m.start() - 4):m.start()])
                                       or re.match(r"\s+[A-ZÄÖÜ]", text[m.end():m.end() + 2])):
            continue   # "im März 15 bis 20 Prozent mehr": a month and a count
        link = "und" if m.group(3) in ("und", "and") else "bis"
        german = f"{d1}. {link} {d2}. {MONTHS_DE[k - 1]}" + (f" {m.group(5)}" if m.group(5) else "")
        add(Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "format", "error",
                    "a range of days in the English order; German writes the days first, with full stops", [german]))
    for m in _DATE_MONTH_FIRST_RE.finditer(text):
        if m.group(1) in MONTHS_DE and not m.group(3) and not re.match(_ORD, text[m.end(2):m.end(2) + 2]) \
                and not _day_context(text, m.start()) and text[m.end():m.end() + 1] not in (".", ",", ";", ")", "") \
                and not re.match(r" [a-zäöüß]", text[m.end():m.end() + 2]):
            continue  # "im März 15 Prozent mehr": a month and a number that counts; "für Dezember 17 angesetzt": a date
        add(_date(m.start(), m.end(), text, day=m.group(2), month=m.group(1), year=m.group(3)))
    for m in _DATE_DAY_FIRST_RE.finditer(text):
        german_month = m.group(3) in MONTHS_DE
        if german_month and not m.group(2) and not m.group(4) and not _day_context(text, m.start()):
            continue  # "3 März" without a year, ordinal or "am": could be "3 März-Ausgaben"; let it be
        add(_date(m.start(), m.end(), text, day=m.group(1), month=m.group(3), year=m.group(4)))
    for m in _DATE_DOT_EN_RE.finditer(text):
        add(_date(m.start(), m.end(), text, day=m.group(1), month=m.group(2), year=m.group(3)))
    for m in _DATE_NO_SPACE_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "format", "warning",
                    "a space belongs after the day's full stop", [f"{m.group(1)}. {m.group(2)}"]))
    for m in _CURRENCY_PLURAL_RE.finditer(text):
        add(Finding(m.start(1), m.end(1), m.group(1), "CURRENCY_FORMAT", "format", "error",
                    f"after an amount the currency takes no plural -s („{m.group(1)[:-1]}“)", [m.group(1)[:-1]]))
    for m in _DATE_COMMA_YEAR_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "format", "error",
                    "no comma before the year of a German date (the English comma of „July 1, 2025“)",
                    [f"{m.group(1)}. {m.group(2)} {m.group(3)}"]))
    for m in _ORDINAL_NO_SPACE_RE.finditer(text):
        # an ordinal before its noun ("in der 47.Minute", "der 3.Platz"): a German noun, not a file or a version
        if m.group(2) not in _MONTHS_DE_SET and nouns.analyses(m.group(2)):
            add(Finding(m.start(), m.end(), m.group(), "ORDINAL_FORMAT", "format", "warning",
                        "a space belongs after the ordinal's full stop", [f"{m.group(1)}. {m.group(2)}"]))
    for m in _US_DATE_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        year = m.group(3)
        if a <= 12 < b <= 31:  # month first: the American order
            add(Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "format", "error",
                        "an American date (month/day/year); German writes day.month.year",
                        [f"{b:02d}.{a:02d}.{year}", f"{b}. {MONTHS_DE[a - 1]} {year}"]))
        elif b <= 12 < a <= 31:  # day first: the British order, with the English slashes
            add(Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "format", "error",
                        "a date with slashes (day/month/year); German writes day.month.year",
                        [f"{a:02d}.{b:02d}.{year}", f"{a}. {MONTHS_DE[b - 1]} {year}"]))
        elif 1 <= a <= 12 and 1 <= b <= 12:
            # either order: American month/day first, as English news mostly is, then British day/month
            add(Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "format", "warning",
                        "a date with slashes: month/day in American, day/month in British English; German writes "
                        "day.month.year (check the source's order)",
                        [f"{b:02d}.{a:02d}.{year}", f"{a:02d}.{b:02d}.{year}"]))
    for m in _US_SHORT_DATE_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        # month/day without a year, after a word that takes a date ("am 08/15", "bis 12/14") or a weekday
        # ("Freitag, 6/14"); not a fraction or a score, which no such word precedes
        before = text[max(0, m.start() - 13):m.start()]
        weekday = before.endswith(", ") and before[:-2].endswith(WEEKDAYS_DE)
        if 1 <= a <= 12 and 1 <= b <= 31 and (_day_context(text, m.start()) or weekday):
            add(Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "format", "warning",
                        "an American date (month/day); German writes the day first: day. month",
                        [f"{b}. {MONTHS_DE[a - 1]}", f"{b:02d}.{a:02d}."]))
    # (an English time's "am" is taken: no later rule reads it as German "am", "10:00 am fließendes Wasser")
    for f in [g for m in _TIME_RANGE_RE.finditer(text) for g in _time_range(m, text)] \
            + [_time(m, text) for m in _TIME_RE.finditer(text)]:
        add(f)
        if f is not None and out and out[-1] is f:
            ctx.claim(f.start, f.end)
    for m in _AGE_RE.finditer(text):
        add(_age(m, ctx))
    for m in _NUMBER_OF_RE.finditer(text):
        # ("9 of 10 Treffer": English "of" between two numbers)
        add(Finding(m.start(), m.end(), m.group(), "EN_WORD", "english", "error",
                    "English „of“ between two numbers: German says „von“", [f"{m.group(1)} von {m.group(2)}"]))
    for m in _QUARTER_RE.finditer(text):
        add(_quarter(m))
    for m in _NUMBER_ADJECTIVE_APART_RE.finditer(text):
        joined = f"{m.group(1)}-{m.group(2)}"
        # (an age after its article with no noun after it is a noun: "Die 34 jährige wurde …" -> "34-Jährige")
        before = text[max(0, m.start() - 12):m.start()].split()
        after = text[m.end():m.end() + 30].split()
        if m.group(2).lower().startswith("jährig") and before and M.determiner(before[-1]) is not None \
                and (not after or not after[0][:1].isupper()) and not (after and after[0] in (",", "und")):
            joined = f"{m.group(1)}-J{m.group(2)[1:]}"
        add(Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                    "a number and the adjective it makes are joined by a hyphen", [joined]))
    for m in _ENGLISH_DECADE_RE.finditer(text):
        # an English decade ("the 1990s"): German writes the -er adjective with "Jahre", "Jahren" after the dative
        # plural's article ("in den 1990s" -> "in den 1990er-Jahren")
        years = "Jahren" if re.search(r"\b[Dd]en\s+$", text[max(0, m.start() - 5):m.start()]) else "Jahre"
        add(Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "format", "error",
                    "an English decade: German writes „1990er-Jahre“ (or „1990er Jahre“)",
                    [f"{m.group(1)}er-{years}", f"{m.group(1)}er {years}"]))
    for i, t in enumerate(ctx.doc.tokens):
        add(_age_as_noun(ctx, i) if _AGE_NOUN_RE.match(t.text) else None)
    for m in _ON_WEEKDAYS_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "calque", "error",
                    "English „on Sundays“: German says „sonntags“ or „an Sonntagen“",
                    [(m.group(2) if m.group(1)[0].isupper() else m.group(2).lower()) + "s",
                     f"{m.group(1)[0]}n {m.group(2)}en"]))
    for m in _DAY_PART_APART_RE.finditer(text):
        # a weekday and a part of the day are one word since the 1996 reform ("am Dienstagabend")
        add(Finding(m.start(), m.end(), m.group(), "COMPOUND_APART", "garbled", "error",
                    "a weekday and a part of the day make one word", [m.group(1) + m.group(2).lower()]))
    for m in _BARE_CLOCK_RE.finditer(text):
        # a clock time with a colon after "um", "ab", "gegen" and no "Uhr" (an English "at 8:00"): German names the
        # hour ("um 8 Uhr", "um 8.30 Uhr"; "8:00 Uhr" is German too)
        hour, minute = int(m.group(2)), m.group(3)
        if hour <= 23 and int(minute) <= 59 and int(minute) % 5 == 0:   # (a clock's round minutes)
            german = f"{_clock(hour, minute)} Uhr"
            # (a hint: informal German writes "um 12:10" too)
            add(Finding(m.start(2), m.end(3), m.group()[len(m.group(1)):], "TIME_FORMAT", "format", "info",
                        "a clock time without „Uhr“: German names the hour", [german, f"{hour}:{minute} Uhr"]))
    for m in _SCORE_RE.finditer(text):
        add(_score(m, text, ctx))
    for m in _ORDINAL_RE.finditer(text):
        if _ORDINAL_SUFFIX.get(int(m.group(1)) % 10 if int(m.group(1)) % 100 not in (11, 12, 13) else 0, "th") \
                == m.group(2).lower():
            add(Finding(m.start(), m.end(), m.group(), "ORDINAL_FORMAT", "format", "error",
                        "an English ordinal; German writes the number with a full stop", [f"{m.group(1)}."]))
    for m in _NO_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "NUMBER_SIGN", "format", "error",
                    "German abbreviates Nummer as Nr.", [f"Nr. {m.group(2)}"]))
    for m in _POSSESSIVE_RE.finditer(text):
        add(_possessive(m, text, ctx))
    for m in _EN_DECIMAL_RE.finditer(text):
        s, e = m.span()
        number = f"{m.group(1)},{m.group(2)}"
        money = _MAGNITUDE_SIGN_RE.match(text, e)
        if money:
            # a currency sign after the abbreviated magnitude ("2.4 Mio. €"): one span, the sign as a word too
            word = CURRENCIES[money.group(2)][0]
            full = {"Mio": "Millionen", "Mrd": "Milliarden"}[money.group(1)]
            add(Finding(s, money.end(), text[s:money.end()], "EN_DECIMAL_POINT", "format", "error",
                        "German uses a decimal comma", [f"{number} {money.group(1)}. {money.group(2)}",
                                                        f"{number} {full} {word}"]))
            continue
        if text[e:e + 1] == "%" and not text[e + 1:e + 2].isalnum():
            # a percent sign glued on as well ("12.5%"): one finding, the German number with "Prozent" or " %"
            add(Finding(s, e + 1, text[s:e + 1], "EN_DECIMAL_POINT", "format", "error",
                        "German uses a decimal comma (and sets a space before %, or writes „Prozent“)",
                        [f"{number} Prozent", f"{number}\u00a0%"]))
            continue
        add(Finding(s, e, m.group(), "EN_DECIMAL_POINT", "format", "error", "German uses a decimal comma", [number]))
    for m in _MEASURE_BEFORE_NOUN_RE.finditer(text):
        add(_measure_compound(m))
    for m in _DECIMAL_AFTER_QUANTITY_RE.finditer(text):
        if not _no_date_or_time(m.group(2), m.group(3)) or m.group(3).startswith("0") and len(m.group(3)) == 1:
            continue
        add(Finding(m.start(1), m.end(1), m.group(1), "EN_DECIMAL_POINT", "format", "error",
                    "German uses a decimal comma", [f"{m.group(2)},{m.group(3)}"]))
    for m in _DECIMAL_IN_RANGE_RE.finditer(text):
        before = text[max(0, m.start() - 30):m.start()].split()
        if before and before[-1][:1].isupper() and M.determiner(before[-1]) is None \
                and before[-1].lower() not in PREPOSITIONS:
            continue   # (a numbered thing: "Version 1.5 und 2")
        add(Finding(m.start(), m.end(), m.group(), "EN_DECIMAL_POINT", "format", "error",
                    "German uses a decimal comma", [f"{m.group(1)},{m.group(2)}"]))
    for m in _TIME_DECIMAL_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "EN_DECIMAL_POINT", "format", "error",
                    "German uses a decimal comma in the seconds of a time", [f"{m.group(1)},{m.group(2)}"]))
    for m in _LONG_DECIMAL_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "EN_DECIMAL_POINT", "format", "error",
                    "German uses a decimal comma (a group of four digits or more is no thousands group)",
                    [f"{m.group(1)},{m.group(2)}"]))
    for m in _DECIMAL_OF_COUNT_RE.finditer(text):
        before = text[max(0, m.start() - 30):m.start()].split()
        if before and before[-1][:1].isupper() and M.determiner(before[-1]) is None \
                and before[-1].lower() not in PREPOSITIONS:
            continue   # (a numbered thing: "Abschnitt 3.2 von 4")
        add(Finding(m.start(), m.end(), m.group(), "EN_DECIMAL_POINT", "format", "error",
                    "German uses a decimal comma", [f"{m.group(1)},{m.group(2)}"]))
    for m in _UST_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                    "a Russian place in Ust- („mouth of“): German joins it with a hyphen", [f"Ust-{m.group(1)}"]))
    for m in _MEASURE_HYPHEN_RE.finditer(text):
        unit, adjective = m.group(2), m.group(3)
        if nouns.analyses(unit) and lexicon.is_german(adjective) and M.adjective_stem(adjective):
            add(Finding(m.start(), m.end(2), text[m.start():m.end(2)], "MEASURE_HYPHEN", "format", "error",
                        "a measure before the adjective it measures is written apart from its number",
                        [f"{m.group(1)} {unit}"]))
    # (a decimal point before English "percent", or where the range's other end has the comma; one before a
    # plural noun it counts)
    for m in [*_DECIMAL_BESIDE_COMMA_RE.finditer(text), *_DECIMAL_PERCENT_RE.finditer(text),
              *(m for m in _DECIMAL_BEFORE_NOUN_RE.finditer(text) if _measured_plural(text, m))]:
        add(Finding(m.start(), m.end(), m.group(), "EN_DECIMAL_POINT", "format", "error",
                    "German uses a decimal comma", [f"{m.group(1)},{m.group(2)}"]))
    for m in list(_EN_CALENDAR_RE.finditer(text)) + list(_MAY_YEAR_RE.finditer(text)):
        before = text[max(0, m.start() - 30):m.start()].split()
        prev = before[-1] if before else ""
        # (after a German word written small, "am", "bis", "im", or "Anfang", "Ende": not a name, "Fredric March";
        # "May" before a year or after "Anfang", "im": "im May 2027", "bis Ende May")
        if m.re is _MAY_YEAR_RE and prev not in _MAY_WORDS and not re.match(r"\s+(?:19|20)\d\d\b", text[m.end():]):
            continue
        # (the English "on" before a weekday goes with it: "teilten on Friday mit" -> "am Freitag")
        if prev == "on" and m.group(1) in _EN_WEEKDAYS and text[m.start() - 4:m.start()] in (" on ", "\non "):
            start = m.start() - 3
            add(Finding(start, m.end(), text[start:m.end()], "DATE_FORMAT", "format", "error",
                        "an English weekday with its preposition", [f"am {_EN_CALENDAR[m.group(1)]}"]))
            continue
        # (or a preposition opening the sentence: "Ab March 2026")
        if prev and ((prev.islower() and prev.isalpha() and lexicon.is_german(prev)) or prev in _CALENDAR_LEAD
                     or prev.lower() in M.PREPOSITIONS or prev.lower() in M.CONTRACTIONS
                     or prev.lower() in ("ab", "seit", "bis")):
            add(Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "format", "error",
                        "an English month or weekday", [_EN_CALENDAR.get(m.group(1), "Mai")]))
    from ...quantities import german_word_value
    from .agreement import _is_adjective   # (agreement imports this module)
    for m in _DIGIT_ACRONYM_APART_RE.finditer(text):
        # (not a model's number after its maker's name: "HP ScanJet 5S Scanner")
        before = text[max(0, m.start() - 30):m.start()].split()
        prev = before[-1] if before else ""
        if prev[:1].isupper() and M.determiner(prev) is None and not lexicon.is_german(prev):
            continue
        if nouns.analyses(m.group(2)) or nouns.head_of(m.group(2)):
            add(Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                        "German joins an abbreviation and a noun with a hyphen", [f"{m.group(1)}-{m.group(2)}"]))
    for m in _ON_THE_DATE_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "calque", "error",
                    "English „on the“ before a date: German „am“", [f"{m.group(1)}m {m.group(2)}"]))
    for m in _DEGREES_PLURAL_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "UNIT_FORM", "format", "error",
                    "a unit after a number stays in the singular: „Grad“", [f"{m.group(1)} Grad"]))
    for m in _DECADE_ARTICLE_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "AGREEMENT_NP", "grammar", "error",
                    "a decade in the plural takes „den“", [f"{m.group(1)} den {m.group(3)}"]))
    for m in _LETTER_APART_RE.finditer(text):
        joined = f"{m.group(1)}-{m.group(2)}"
        # (the noun lexicon has it, or German text written without the hyphen: wordfreq splits at a hyphen, and
        # hunspell builds any, "B-Optionen")
        if M.determiner(m.group(2)) is None and (nouns.analyses(joined) or lexicon.zipf_de(
                joined.replace("-", "").lower()) >= LETTER_COMPOUND_MIN_ZIPF):
            add(Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                        "German joins a letter and its noun with a hyphen", [joined]))
    for m in _SELBE_APART_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "GARBLED_WORD", "garbled", "error",
                    "„derselbe“ is one word", [m.group(1) + m.group(2)]))
    for m in _GLUED_UNIT_COMPOUND_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                    "a count, its unit and a noun: German joins all three with hyphens",
                    [f"{m.group(1)}-{m.group(2)}-{m.group(3)}"]))
    for m in _LETTER_APART_RE.finditer(text):
        before = text[max(0, m.start() - 30):m.start()].split()
        # (after a word written small or a determiner, before a German noun: not a name's initial, "Peter E Meier")
        if before and (before[-1].islower() or M.determiner(before[-1]) is not None) \
                and (nouns.analyses(m.group(2)) or nouns.head_of(m.group(2))) and lexicon.is_german(m.group(2)):
            add(Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                        "German joins a single letter and a noun with a hyphen", [f"{m.group(1)}-{m.group(2)}"]))
    for m in _GAS_VOLUME_RE.finditer(text):
        number = f"{m.group(1)},{m.group(2)}" if m.group(2) else m.group(1)
        add(Finding(m.start(), m.end(), m.group(), "NUMBER_FORMAT", "format", "error",
                    "the gas trade's English abbreviation: German writes the volume out",
                    [f"{number} {_GAS_VOLUMES[m.group(3).lower()]} Kubikmeter"]))
    for m in _HOURS_MINUTES_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "NUMBER_FORMAT", "format", "error",
                    "English „h“ and „min“: German writes hours and minutes out",
                    [f"{m.group(1)} Stunden und {m.group(2)} Minuten", f"{m.group(1)} Std. {m.group(2)} Min."]))
    for m in _GLUED_MINUTES_RE.finditer(text):   # (after the hours: "5h 40min" is theirs)
        add(Finding(m.start(), m.end(), m.group(), "NUMBER_FORMAT", "format", "error",
                    "a number run into English „min“: German writes the minutes with a space",
                    [f"{m.group(1)} Minuten", f"{m.group(1)} min"]))
    for m in _DECIMAL_HYPHEN_COMPOUND_RE.finditer(text):
        add(Finding(m.start(), m.end(1) + 1 + len(m.group(2)), f"{m.group(1)}.{m.group(2)}", "EN_DECIMAL_POINT",
                    "format", "error", "German uses a decimal comma", [f"{m.group(1)},{m.group(2)}"]))
    for m in _THOUSAND_K_RE.finditer(text):
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and M.determiner(before[-1].lower()) is not None:
            continue   # (an attribute of a distance: "die 10k Strecke" is a 10-km one)
        count = int(m.group(1)) * 1000 + int(m.group(2) or 0) * 100
        add(Finding(m.start(), m.end(), m.group(), "NUMBER_FORMAT", "format", "error",
                    "English „k“ for thousands: German writes the number out", [f"{count:,}".replace(",", ".")]))
    for m in _SLASH_DATE_RE.finditer(text):
        a, b = int(m.group(2)), int(m.group(3))
        # only where the order is plain: a day above twelve first (30/06) or last (US 06/30)
        day, month = (a, b) if a > 12 >= b >= 1 else (b, a) if b > 12 >= a >= 1 else (0, 0)
        if not 1 <= day <= 31 or not month:
            continue
        add(Finding(m.start(2), m.end(), m.group()[len(m.group(1)) + 1:], "DATE_FORMAT", "format", "error",
                    "an English short date with a slash: German writes the day with a point and the month's name",
                    [f"{day}. {MONTHS_DE[month - 1]}"]))
    for m in _ROUND_THE_CLOCK_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "EN_WORD", "english", "warning",
                    "English „24/7“: German „rund um die Uhr“", ["rund um die Uhr"]))
    for m in _MODEL_APART_RE.finditer(text):
        k = ctx.token_at(m.start(2))
        if k is None or k in ctx.doc.sentence_starts or lexicon.is_english(m.group(2).lower()) \
                or not (nouns.analyses(m.group(2)) or nouns.head_of(m.group(2))):
            continue
        add(Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                    "German joins a model's designation and a noun with a hyphen", [f"{m.group(1)}-{m.group(2)}"]))
    for m in _BEIDEN_AFTER_NOUN_RE.finditer(text):
        k = ctx.token_at(m.start(1))
        if k is None or k in ctx.doc.sentence_starts or not nouns.analyses(m.group(1)) \
                or M.determiner(m.group(1)) is not None or m.group(1).lower() in PREPOSITIONS \
                or "dat.pl" not in nouns.features(m.group(3)):
            continue
        # (after a noun with its own article, the genitive of the whole it belongs to is likelier: "die Trainer
        # beiden Teams" -> "beider"; after a bare noun the preposition: "Weltmeisterin beiden Junioren")
        owned = k > 0 and M.determiner(ctx.doc.tokens[k - 1].text) is not None
        add(Finding(m.start(2), m.end(2), "beiden", "GARBLED_WORD", "garbled", "error",
                    "after a noun „beiden“ has no article to follow: „bei den“ run together, or the genitive „beider“",
                    ["beider", "bei den"] if owned else ["bei den", "beider"]))
    for m in _INNEN_APART_RE.finditer(text):
        if lexicon.is_german(m.group(1) + "innen"):
            add(Finding(m.start(), m.end(), m.group(), "GARBLED_WORD", "garbled", "error",
                        "the feminine plural's -innen written apart", [m.group(1) + "innen"]))
    for m in _EX_APART_RE.finditer(text):
        # (the noun a German one: "Ex Machina" is Latin)
        if nouns.analyses(m.group(1)) or nouns.head_of(m.group(1)):
            add(Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                        "„Ex“ before a noun is joined to it with a hyphen", [f"Ex-{m.group(1)}"]))
    for m in _SPAN_APART_RE.finditer(text):
        # a span of time with "lang" and no count before it is one adverb ("wir haben Monate lang gewartet" ->
        # "monatelang", Duden); with a count or a quantifier it is a phrase ("zwei Monate lang", "viele Jahre lang")
        before = text[max(0, m.start() - 30):m.start()].split()
        prev = before[-1].lower() if before else ""
        if prev[:1].isdigit() or german_word_value(prev) is not None or prev in M.PLURAL_QUANTIFIERS \
                or prev in _SPAN_COUNTS \
                or (prev.isalpha() and prev.islower() and M.adjective_stem(prev) and _is_adjective(prev)):
            continue
        add(Finding(m.start(), m.end(), m.group(), "GARBLED_WORD", "garbled", "warning",
                    f"„{m.group()}“ without a count before it is one word", [m.group(1).lower() + "lang"]))
    for m in _TIMES_APART_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "NUMBER_FORMAT", "format", "warning",
                    "German writes a count of times with a hyphen or the noun „Mal“",
                    [f"{m.group(1)}-mal", f"{m.group(1)} Mal"]))
    for m in _TIMES_WORD_APART_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "GARBLED_WORD", "garbled", "warning",
                    "a count of times in words is one word with „mal“ (or apart with the noun „Mal“)",
                    [m.group(1) + "mal", f"{m.group(1)} Mal"]))
    for m in _PERCENT_RE.finditer(text):
        add(Finding(m.start(), m.end(), m.group(), "PERCENT_SPACE", "format", "info",
                    "German sets a space before % (or writes „Prozent“ in running text)",
                    [f"{m.group(1)} Prozent", f"{m.group(1)}\u00a0%"]))
    for m in list(_EN_THOUSANDS_RE.finditer(text)) + [
            m for m in _THOUSANDS_BEFORE_WORD_RE.finditer(text) if _english_plural(m.group(2))]:
        s, e = m.span(0) if m.re is _EN_THOUSANDS_RE else m.span("num")
        num = text[s:e]
        props = [num.replace(",", "."), num.replace(",", "\u202f")]
        if len(num) == 5:
            props.insert(1, num.replace(",", ""))   # four digits: German often writes them closed up ("2400")
        glued = re.match(r"[a-zA-Z]+\b", text[e:])   # (a unit run into it: "1,100km" -> "1.100 km")
        if glued:
            e, props = e + glued.end(), [f"{p} {glued.group()}" for p in props]
        add(Finding(s, e, text[s:e], "EN_THOUSANDS_SEPARATOR", "format", "error",
                    "German groups thousands with a full stop (or a thin space), not a comma", props))
    # the other end of a range whose one end has the English comma has it too ("von 1,400 auf 2,000 Lari")
    grouped = {f.start: f for f in out if f.rule == "EN_THOUSANDS_SEPARATOR"}
    german_grouped = {m.start(k) for m in _RANGE_MIXED_RE.finditer(text) for k in (1, 2) if "." in m.group(k)}
    for m in list(_RANGE_PAIR_RE.finditer(text)) + list(_RANGE_MIXED_RE.finditer(text)):
        for mine, other in ((1, 2), (2, 1)):
            if (m.start(other) in grouped or m.start(other) in german_grouped) and m.start(mine) not in grouped \
                    and "," in m.group(mine):
                num = m.group(mine)
                add(Finding(m.start(mine), m.end(mine), num, "EN_THOUSANDS_SEPARATOR", "format", "error",
                            "German groups thousands with a full stop (or a thin space), not a comma (as the "
                            "range's other end)", [num.replace(",", "."), num.replace(",", ""),
                                                   num.replace(",", "\u202f")]))
    # a comma before three digits in a text that writes English decimals elsewhere and no German decimal comma:
    # the English thousands comma too ("9.4 Millionen … 14,200 pro Spiel")
    if any(f.rule == "EN_DECIMAL_POINT" for f in out) \
            and not _GERMAN_DECIMAL_RE.search(text) and not _GERMAN_THOUSANDS_RE.search(text):
        for m in _ONE_GROUP_RE.finditer(text):
            num = m.group()
            add(Finding(m.start(), m.end(), num, "EN_THOUSANDS_SEPARATOR", "format", "error",
                        "German groups thousands with a full stop (or a thin space), not a comma (the text writes "
                        "English decimals elsewhere)", [num.replace(",", "."), num.replace(",", "\u202f")]))
    for m in _ACRONYM_COMPOUND_RE.finditer(text):
        add(_acronym_compound(m, ctx))
    for m in _ACRONYM_ADJECTIVE_RE.finditer(text):
        before = text[max(0, m.start() - 12):m.start()].split()
        # (not the object of a preposition, "per GPS gestützt"; nor a word German has in capitals, a heading's)
        if (before and (before[-1].lower() in M.PREPOSITIONS or before[-1].lower() == "per")) \
                or lexicon.is_german(m.group(1).lower()):
            continue
        add(Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                    "an abbreviation and an adjective made of it take a hyphen", [f"{m.group(1)}-{m.group(2)}"]))
    for m in _CAMEL_COMPOUND_RE.finditer(text):
        add(_camel_compound(m, ctx))
    for m in _NAME_ROLE_RE.finditer(text):
        add(_name_role_compound(m, ctx) or _foreign_name_compound(m, ctx))
    for f in _name_compounds(ctx):
        add(f)
    for f in _hyphenated_apart(ctx):
        add(f)
    for f in _english_loan_apart(ctx):
        add(f)
    for f in _count_compound_apart(ctx):
        add(f)
    for f in _pair_before_hyphen(ctx):
        add(f)
    for f in _scale_noun_apart(ctx):
        add(f)
    for f in out:
        ctx.claim(f.start, f.end)
    return out


def _claimed(ctx: Context, start: int, end: int) -> bool:
    i = ctx.token_at(start)
    return i is not None and ctx.claimed(i)


# --- amounts -----------------------------------------------------------------------------------------------------

def _currency(m: re.Match, text: str) -> Finding:
    symbol, number = m.group(1), m.group(2)
    names = CURRENCIES[symbol]
    scale, end, word = None, m.end(2), None
    if m.group(4):  # "$5bn", "£3 m"
        word = m.group(4).lower()
        scale, end = SCALES[word], m.end(4)
    elif m.group(6):
        key = m.group(6).lower()
        if key not in SCALES and key.endswith("."):  # "billion." ends the sentence: the full stop stays
            key = key[:-1]
        if key in SCALES and not key.endswith("."):
            scale, word = SCALES[key], key
            end = m.start(6) + len(key)
        elif key in SCALES:   # "€23 Mio.": the abbreviation stays ("23 Mio. Euro"); a sentence may end in its dot
            abbreviation = m.group(6)
            scale, word, end = (abbreviation, abbreviation), key, m.end(6)
            rest = text[end:].lstrip(" ")
            if not rest or rest[0] in "\n" or rest[0].isupper():
                names = tuple(n + "." for n in names)
    # (no amount of money has three decimals: without a scale word "$40.000" is forty thousand, German-grouped)
    grouped = scale is None and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number) is not None
    amount = number if grouped else german_number(
        number, english=word in _ENGLISH_SCALES or symbol in _DOLLAR_SIGNS + ("£", "USD", "GBP"))
    if scale:
        scale_word = scale[0] if amount in ("1", "1,0") else scale[1]
        amounts = [f"{amount} {scale_word} {n}" for n in names]
    else:
        amounts = [f"{amount} {n}" for n in names]
    start = m.start()
    return Finding(start, end, text[start:end], "CURRENCY_FORMAT", "format", "error",
                   "German news writes the amount first and the currency as a word after it", amounts)


def _currency_follows(text: str, pos: int) -> bool:
    """The name of a currency follows POS, after spaces ("2.3 Bn. US-Dollar")."""
    after = text[pos:].lstrip(" \u00a0")
    return any(after.startswith(w) for names in CURRENCIES.values() for w in names)


def _with_currency(ctx: Context, f: Finding) -> Finding:
    """F on an amount, taking in the English name of a currency the glossary has right after it ("950 million
    euros" -> "950 Millionen Euro"): one span, one fix."""
    m = re.match(r"[ \u00a0]+(\w+)", ctx.doc.text[f.end:])
    named = next((nv for nv in ctx.glossary.name_index.get(m.group(1), ()) if nv.words == (m.group(1),)
                  and nv.entry.kind == "currency"), None) if m else None
    if named is None or not f.suggestions:
        return f
    end = f.end + m.end()
    return replace(f, end=end, text=ctx.doc.text[f.start:end],
                   suggestions=[f"{s.rstrip('.')} {named.replacement}" for s in f.suggestions])


def _scale(m: re.Match, text: str) -> Finding:
    number, word = m.group(1), (m.group(2) or m.group(3)).lower().rstrip(".")
    singular, plural = SCALES[word]
    amount = german_number(number, english=True)
    scale_word = singular if amount in ("1", "1,0", "eine") else plural
    msg = ("English „billion“ is a German Milliarde" if word.startswith("billion") or word == "bn"
           else f"English „{m.group(2) or m.group(3)}“: German writes {plural}")
    # an abbreviation's full stop may end the sentence too ("lag bei 2.3 Bn."): kept unless a currency follows
    after = text[m.end():].lstrip(" \u00a0")
    abbreviation = (m.group(2) or "").endswith(".")
    stop = "." if abbreviation and not (after[:1].islower() or _currency_follows(text, m.end())) else ""
    return Finding(m.start(), m.end(), m.group(), "EN_SCALE", "format", "error", msg,
                   [f"{amount} {scale_word}{stop}"])


def german_number(number: str, english: bool) -> str:
    """Rewrite an English-formatted number; leave a German one alone."""
    if re.fullmatch(r"\d{1,3}(,\d{3})+", number):
        return number.replace(",", ".")
    if re.fullmatch(r"\d+\.\d{1,2}", number):  # "1.5" can only be an English decimal point
        return number.replace(".", ",")
    if english and re.fullmatch(r"\d+\.\d+", number):
        return number.replace(".", ",")
    if re.fullmatch(r"\d{1,3}(,\d{3})+\.\d+", number):  # "1,234.5"
        whole, frac = number.split(".")
        return whole.replace(",", ".") + "," + frac
    return number


# --- dates and times ---------------------------------------------------------------------------------------------

def _month_number(name: str) -> int | None:
    if name in MONTHS_DE:
        return MONTHS_DE.index(name) + 1
    return MONTHS_EN.get(name.lower().rstrip("."))


def _date(start: int, end: int, text: str, day: str, month: str, year: str | None) -> Finding | None:
    k = _month_number(month)
    d = int(day)
    if k is None or not 1 <= d <= 31:
        return None
    if month in MONTHS_DE and month == "Mai" and text[end:end + 1] == "-":
        return None
    german = f"{d}. {MONTHS_DE[k - 1]}" + (f" {year}" if year else "")
    if text[start:end] == german:
        return None
    english = month not in MONTHS_DE
    proposals = [german]
    # a date after a preposition takes the article English leaves out ("für October 24" -> "für den 24. Oktober",
    # "seit September 1" -> "seit dem 1. September"); after "ab" and "bis" both are German ("bis zum")
    before = re.search(r"(\w+)\s+$", text[max(0, start - 12):start])
    prep = before.group(1).lower() if before else ""
    if prep in _DATE_ARTICLE:
        article, first = _DATE_ARTICLE[prep]
        proposals = [f"{article} {german}", german] if first else [german, f"{article} {german}"]
    return Finding(start, end, text[start:end], "DATE_FORMAT", "format", "error",
                   "an English date" if english else "German writes the day first, with a full stop",
                   proposals)


# preposition -> (article a date after it takes, whether German writes it that way first)
_DATE_ARTICLE = {"für": ("den", True), "auf": ("den", True), "seit": ("dem", True), "vor": ("dem", True),
                 "nach": ("dem", True), "von": ("dem", False), "ab": ("dem", False), "bis": ("zum", False)}


@lru_cache(maxsize=1)
def _currency_names() -> frozenset[str]:
    """The German names of currencies (of the symbols and ISO codes), one word each: "Euro", "Lari", "Rubel"."""
    return frozenset(n for names in CURRENCIES.values() for n in names if " " not in n)


def _measured_plural(text: str, m: re.Match) -> bool:
    """The number of M counts the plural noun after it, and no name or version stands before it ("Version 2.3
    Pakete", "Debian 3.0 Systeme"): the word before is lower-case (a preposition, "rund") or the number opens the
    sentence. A German date ("am 14.5. Termine") has a second full stop and never matches."""
    before = text[max(0, m.start() - 40):m.start()].split()
    if m.group(3) in _currency_names() and len(m.group(2)) == 2:
        return True   # cents before a currency are an amount whatever stands before ("Haselnüsse 3.80 Lari")
    # (a preposition opening the sentence too: "Mit 8.5 Punkten")
    # (or an average's adverbial: "im Schnitt 3.2 Nächte", "im Jahresmittel"; not a numbered part, "im Kapitel 3.2")
    adverbial = len(before) >= 2 and before[-2] in M.CONTRACTIONS and before[-1].lower().endswith(("schnitt",
                                                                                                   "mittel"))
    if before and not (before[-1].islower() or before[-1][-1:] in ".!?:;(„“\"–" or before[-1].lower() in PREPOSITIONS
                       or adverbial):
        return False
    if m.group(3) in _currency_names():
        return True   # an amount: "1.20 Lari", "3.50 Euro" (a date or version takes no currency)
    # (a compound the lexicon lacks by its last part: "Megawatt|stunden")
    feats = nouns.features(m.group(3)) or nouns.features(nouns.head_of(m.group(3)) or m.group(3))
    if len(m.group(2)) == 1 and not feats and not lexicon.is_german_any_case(m.group(3)):
        return True   # one decimal before a unit German lexicons lack ("1.8 Petaflops")
    if len(m.group(2)) == 1 and feats and m.group(3) != "Uhr":
        return True   # one decimal before any noun ("12.5 Knoten"): no date, time or version reads so
    if m.group(1) == "0" and feats and m.group(3) != "Uhr":
        return True   # a zero before the point ("0.09 Milligramm"): no day, month or hour is 0
    return bool(feats) and all(f.endswith(".pl") for f in feats)


def _day_context(text: str, start: int) -> bool:
    """"am 3 März", "vom 3 März", "ab dem 3 März": a preposition or article that takes a date stands before the
    number."""
    before = text[max(0, start - 6):start].split()
    return bool(before) and before[-1].lower() in ("am", "vom", "bis", "zum", "seit", "ab", "den", "dem", "der")


def _time(m: re.Match, text: str) -> Finding | None:
    hour, minute = int(m.group(1)), m.group(2)
    half = (m.group(3) or m.group(4) or m.group(5) or m.group(6) or m.group(7)).lower()
    if not 1 <= hour <= 12 or (minute is not None and int(minute) > 59):
        return None
    if m.group(7) and minute is None \
            and not re.search(r"\b(?:um|ab|gegen|bis) $", text[max(0, m.start() - 6):m.start()]):
        return None   # a bare hour and "am" is an English time after "um" only ("um 7 am und"; not "stieg um 5 am")
    german = f"{_clock(_hour24(hour, half), minute)} Uhr"
    end = m.end()
    # a sentence-final "p.m." keeps its full stop: the sentence needs it ("um 7 p.m. Danach …"); before a noun
    # that goes on the sentence ("um 8 p.m. Ortszeit") the stop belongs to the abbreviation and goes with it
    if text[m.start():end].endswith(".") and (end >= len(text) or text[end] in " \n\r\t") \
            and _new_sentence_after(text, end):
        end -= 1
    # ("at" as "am" before the time, a calque German says "um" for: "am 3:30 pm" -> "um 15.30 Uhr")
    at = re.search(r"\b([Aa]m) $", text[max(0, m.start() - 3):m.start()])
    if at:
        start = m.start() - 3 + at.start(1)
        return Finding(start, end, text[start:end], "TIME_FORMAT", "format", "error",
                       "an English time (a.m./p.m.) after „am“: German says „um“ and writes the 24-hour clock",
                       [f"{case_like('um', at.group(1))} {german}"])
    # (a day right before it, as English writes "Friday 8 p.m.": German puts "um" between, "Freitag um 20 Uhr")
    day = re.search(r"\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:abend|morgen)? $",
                    text[max(0, m.start() - 16):m.start()])
    if day:
        start = m.start() - len(day.group())
        return Finding(start, end, text[start:end], "TIME_FORMAT", "format", "error",
                       "an English time (a.m./p.m.) after the day; German writes „um“ and the 24-hour clock",
                       [f"{day.group()}um {german}"])
    return Finding(m.start(), end, text[m.start():end], "TIME_FORMAT", "format", "error",
                   "an English time (a.m./p.m.); German writes the 24-hour clock with „Uhr“", [german])


def _hour24(hour: int, half: str) -> int:
    """The 24-hour clock's hour of an English HOUR with its HALF ("a" or "p")."""
    return (0 if hour == 12 else hour) if half.lower() == "a" else (12 if hour == 12 else hour + 12)


def _clock(hour: int, minute: str | None) -> str:
    """A German clock time before "Uhr": "15.30", and the hour alone on the full hour ("15")."""
    return f"{hour}.{minute}" if minute and minute != "00" else f"{hour}"


def _time_range(m: re.Match, text: str) -> list[Finding]:
    """"10 am bis 6 pm" -> "10 bis 18 Uhr": one "Uhr" after the range. The two ends of "zwischen 6:00 am und 10:00
    am" are two times, each with its "Uhr" (the second "am" before a word German's "am" may precede too)."""
    h1, h2 = int(m.group(1)), int(m.group(5))
    if not (1 <= h1 <= 12 and 1 <= h2 <= 12):
        return []
    a, b = _clock(_hour24(h1, m.group(3)), m.group(2)), _clock(_hour24(h2, m.group(7)), m.group(6))
    end = m.end()
    # (a sentence's full stop after "p.m." stays: the sentence needs it; before a comma the stop is the
    # abbreviation's, "zwischen 8 a.m. und 10 p.m., was")
    if m.group().endswith(".") and (end >= len(text) or text[end] in " \n\r\t") and _new_sentence_after(text, end):
        end -= 1
    msg = "English times (a.m./p.m.); German writes the 24-hour clock with „Uhr“"
    if m.group(4) == "und":
        first_end = len(text[:m.start(4)].rstrip())
        return [Finding(m.start(), first_end, text[m.start():first_end], "TIME_FORMAT", "format", "error", msg,
                        [f"{a} Uhr"]),
                Finding(m.start(5), end, text[m.start(5):end], "TIME_FORMAT", "format", "error", msg, [f"{b} Uhr"])]
    sep = " bis " if m.group(4) == "bis" else "–"
    return [Finding(m.start(), end, text[m.start():end], "TIME_FORMAT", "format", "error", msg, [f"{a}{sep}{b} Uhr"])]


_QUARTER_ORDINALS = ("ersten", "zweiten", "dritten", "vierten")


def _quarter(m: re.Match) -> Finding:
    """"im Q3" -> "im dritten Quartal"; a bare "Q3" -> "3. Quartal" (the article of the sentence decides the rest)."""
    n = int(m.group(2) or m.group(3))
    prep = m.group(1)
    if prep in ("im", "dem"):
        fix = f"{prep} {_QUARTER_ORDINALS[n - 1]} Quartal"
    elif prep == "in":
        fix = f"im {_QUARTER_ORDINALS[n - 1]} Quartal"
    elif prep == "das":
        fix = f"das {_QUARTER_ORDINALS[n - 1][:-1]} Quartal"
    else:
        fix = f"{n}. Quartal"
    return Finding(m.start(), m.end(), m.group(), "DATE_FORMAT", "format", "warning",
                   "an English quarter: German writes „drittes Quartal“ (or „Q3“ in tables)", [fix])


def _age(m: re.Match, ctx: Context) -> Finding | None:
    """"26-year-old" -> "26-jährige" before a noun (with the ending the phrase needs), "26-Jährige" as a noun."""
    from .agreement import noun_features   # (agreement imports this module's importers)

    toks = ctx.doc.tokens
    i, first = ctx.token_at(m.end() - 1), ctx.token_at(m.start())
    if i is None or first is None:
        return None
    nxt = toks[i + 1].text if i + 1 < len(toks) and ctx.adjacent(i, i + 1) else ""
    det = M.determiner(toks[first - 1].text) if first > 0 and ctx.adjacent(first - 1, first) else None
    feats = set(noun_features(nxt)[1]) if nxt[:1].isupper() else set()
    if det is not None:
        feats = (feats or set(M.ALL)) & set(det[2])
    # (the adjective's ending from the article and the noun: "der 26-jährige Kletterer", "einen 30-jährigen Mann")
    endings = {M.adjective_ending(det[0] if det else None, f) for f in feats}
    # (where several fit, the likeliest reading: a nominative at a sentence's start, "Der 26-Jährige gewann")
    ending = endings.pop() if len(endings) == 1 else M.adjective_ending(det[0] if det else None, M.feature_order(
        feats)[0]) if feats else "e"
    word = "jährig" if nxt[:1].isupper() else "Jährig"
    return Finding(m.start(), m.end(), m.group(), "AGE_FORMAT", "format", "error",
                   "an English age: German writes „26-jährig“ (as a noun „26-Jährige“)",
                   [f"{m.group(1)}-{word}{ending}"])


def _age_as_noun(ctx: Context, i: int) -> Finding | None:
    """"Der 34-jährige zog …": an age after a determiner (an adverb between may be, "die erst 19-jährige") with no
    noun after it is a noun itself, written with a capital ("34-Jährige"); not before a name or a noun ("der
    34-jährige Manager", "der 34-jährige Dmitry Volkov"), nor where another adjective goes on after a comma or
    "und" ("der 34-jährige, erfahrene Pilot")."""
    toks = ctx.doc.tokens
    k = i - 1
    if k >= 0 and toks[k].text in _AGE_NOUN_ADVERBS and ctx.adjacent(k, i):
        k -= 1
    if k < 0 or not ctx.adjacent(k, k + 1) or M.determiner(toks[k].text) is None:
        return None
    nxt = toks[i + 1].text if i + 1 < len(toks) and ctx.adjacent(i, i + 1) else ""
    after = toks[i + 2].text if i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) else ""
    noun_after = i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) and toks[i + 2].text[:1].isupper()
    if not nxt or nxt[:1].isupper() or nxt[:1].isdigit() or nxt in ("-", "–", "/") \
            or (_german_adjective(nxt) and noun_after) \
            or (nxt in (",", "und", "oder", "bis") and (after[:1].isdigit() or (after.endswith(M.ADJ_ENDINGS)
                                                                               and after not in _RELATIVES))):
        return None
    m = _AGE_NOUN_RE.match(toks[i].text)
    fix = f"{m.group(1)}-Jährig{m.group(2)}"
    return Finding(toks[i].start, toks[i].end, toks[i].text, "AGE_FORMAT", "grammar", "error",
                   "an age as a noun is written with a capital: „34-Jährige“", [fix])


def _new_sentence_after(text: str, end: int) -> bool:
    """The text after an abbreviation's full stop at END starts a new sentence: a line break or the end, or a
    capitalised word that is no German noun ("Danach", "Der", "Sie", a name); a noun ("Ortszeit", "Moskauer Zeit") or
    a lower-case word goes on."""
    rest = text[end:]
    if not rest.strip(" \t") or rest.lstrip(" \t")[:1] in "\r\n":
        return True
    m = re.match(r"[ \t]*(\w+)", rest)
    if m is None:
        return True   # a quotation mark or a bracket opens what follows
    word = m.group(1)
    if not word[:1].isupper():
        return False
    return lexicon.is_german(word.lower()) or not lexicon.is_german_any_case(word)


# --- results, numbers, names -------------------------------------------------------------------------------------

_RESULT_LEAD_RE = re.compile(r"\b(?:mit|nach|zum|beim)\s+(?:dem\s+)?$", re.IGNORECASE)


def _score(m: re.Match, text: str, ctx: Context) -> Finding | None:
    s = ctx.doc.sentence_of(m.start())
    sentence = text[s.start:s.end] if s else text[max(0, m.start() - 100):m.end() + 100]
    # (a range climbs, "3-4 Tage"; a pair that falls or stays after "mit" or "nach" is a result: "setzte sich mit
    # 3-2 durch", "nach dem 1-1")
    falling = float(m.group(1).replace(",", ".")) >= float(m.group(2).replace(",", ".")) \
        and not re.match(r"\s+[A-ZÄÖÜ]", text[m.end():m.end() + 2]) \
        and _RESULT_LEAD_RE.search(text[max(0, m.start() - 12):m.start()]) is not None
    # (a vote's result before "Stimmen" after "mit": "mit 84-0 Stimmen angenommen")
    vote = re.match(r"\s+Stimmen\b", text[m.end():m.end() + 9]) is not None \
        and re.search(r"\b[Mm]it\s+$", text[max(0, m.start() - 6):m.start()]) is not None
    # (points of a judges' card, "116-112", only where a result stands: a range of hundreds is common)
    three_digits = max(len(m.group(1)), len(m.group(2))) >= 3
    # (an article before it and "gegen" after it name a match's result: "nach einem 2-3 gegen Bulgarien")
    against = re.match(r"\s+gegen\b", text[m.end():m.end() + 7]) is not None \
        and re.search(r"\b(?:ein|einem|einen|dem|den|das)\s+$", text[max(0, m.start() - 8):m.start()]) is not None
    if not (falling or vote or (not three_digits and (m.group(3) or against or _MATCH_WORDS.search(sentence)))):
        return None
    a, b = m.group(1).replace(".", ","), m.group(2).replace(".", ",")
    if m.group(3):
        noun = m.group(3).lstrip("- ")
        noun = _EN_RESULTS.get(noun, noun)
        return Finding(m.start(), m.end(), m.group(), "SCORE_FORMAT", "format", "error",
                       "a result is written with a colon, joined to its noun by a hyphen", [f"{a}:{b}-{noun}"])
    # (a vote's count reads "52 zu 47" in German news; the colon is the score's)
    return Finding(m.start(), m.end(), m.group(), "SCORE_FORMAT", "format", "error",
                   "a result is written with a colon", [f"{a} zu {b}", f"{a}:{b}"] if vote else [f"{a}:{b}"])


def _possessive(m: re.Match, text: str, ctx: Context) -> Finding | None:
    from . import transliteration

    name = m.group(1)
    # (a brand in camel case may open small: "airBaltic's", "eBay's")
    if len(name) < 2 or "-" in name[-1:] or not (name[0].isupper()
                                                  or re.fullmatch(r"[a-z]{1,4}[A-Z][a-zäöü]+", name)):
        return None
    plural = False
    if not _possessed_after(text, m.end()):
        # no noun it could belong to: a plural with an apostrophe after an article, a quantifier or a preposition
        # ("mit den WiWi's", "auf PowerPC's portiert"), else the 's is part of a name ("Lloyd's hätten")
        before = re.search(r"(\w+)[ \u00a0]+$", text[max(0, m.start() - 30):m.start()])
        prev = before.group(1).lower() if before else ""
        # (a name German text has more than English text: "Europa", not "Lloyd", "Buddha")
        if before and (nouns.analyses(before.group(1)) or nouns.head_of(before.group(1))) and name[1:].islower() \
                and lexicon.is_german(name) and not lexicon.is_german(name.lower()) \
                and lexicon.zipf_de(name.lower()) > lexicon.zipf_en(name.lower()):
            # a German name's genitive after the noun it belongs to ("der Flughäfen Europa's"): "Europas"
            return _genitive_without_apostrophe(m, name)
        if not (M.determiner(prev) is not None or prev in M.PREPOSITIONS or prev in _QUANTIFIERS):
            return None
        # (a plural is of a noun or an acronym; a name's 's with no noun after it is the name's own: "eine
        # Auktion von Sotheby's in London")
        if name[1:].islower() and not nouns.analyses(name) and not lexicon.is_german(name.lower()):
            return None
        plural = True
    # "Geht's", "Gibt's", "Mach's gut": a German verb with the clitic 's, not a possessive; a surname that is also
    # a German noun or adjective ("Linke's Rede", "Hornig's Plänen") is one before a noun
    if not name.isupper() and lexicon.is_german(name.lower()) and not (
            (nouns.analyses(name) or _base_adjective(name.lower())) and _possessed_after(text, m.end())):
        return None
    # "Peskov's" in an article about Russia: the German genitive of the German spelling, "Peskows"
    if transliteration.looks_slavic_surname(name) and transliteration.document_context(ctx) \
            and not lexicon.is_german(name) and name not in ctx.glossary.known_words \
            and not transliteration.opens_english_name(ctx, name):   # (a firm's: "Zernova Trade")
        name = transliteration.germanize(name)
    if plural:
        return Finding(m.start(), m.end(), m.group(), "EN_POSSESSIVE", "format", "error",
                       "a plural takes no apostrophe", [f"{name}s"])
    return _place_genitive_after(m, name, text) or _genitive_without_apostrophe(m, name)


# the genitive article of a place German names with its article, by gender (masculine and neuter places take an
# -s as well and are left to the plain rule)
_PLACE_GENITIVE_ARTICLE = {"f": "der", "pl": "der"}


def _place_genitive_after(m: re.Match, name: str, text: str) -> Finding | None:
    """The English possessive of a place German names with its article ("Ukraine's größte Bärenpopulation"): no
    "Ukraines", but the possessed phrase with its article and the place's genitive after it ("die größte
    Bärenpopulation der Ukraine"). The phrase in the nominative: its case is the sentence's."""
    from .agreement import place_articles

    article = _PLACE_GENITIVE_ARTICLE.get(place_articles().get(name, ""))
    after = re.match(r"((?:[ \u00a0]+[a-zäöüß]+){0,2})[ \u00a0]+([A-ZÄÖÜ][a-zäöüß]+)\b", text[m.end():m.end() + 80])
    before = re.search(r"(\w+)[ \u00a0]+$", text[max(0, m.start() - 30):m.start()])
    if article is None or after is None or (before and M.determiner(before.group(1)) is not None):
        return None   # (an article before the name already: "Die Schweiz's Banken" is another slip)
    adjs, noun = after.group(1).split(), after.group(2)
    stems = [M.adjective_stem(w) for w in adjs]
    head = nouns.head_of(noun) or noun
    feats = {f for _, f in nouns.analyses(head) if f.startswith("nom.")}
    genders = {f.rsplit(".", 1)[1] for f in feats if ".sg." in f}
    if not all(stems) or not feats or len(genders) > 1:
        return None
    feat = f"nom.sg.{genders.pop()}" if genders else "nom.pl"
    det = M.determiner_form("def", "", feat, "die")
    words = [det] + [st + M.adjective_ending("def", feat) for st in stems] + [noun, article, name]
    end = m.end() + after.end()
    return Finding(m.start(), end, text[m.start():end], "EN_POSSESSIVE", "format", "error",
                   f"the English possessive of „{name}“, which German names with its article: the genitive after "
                   "the noun", [" ".join(words)])


def _genitive_without_apostrophe(m: re.Match, name: str) -> Finding:
    """The German genitive of NAME for the English possessive M: -s, or the apostrophe alone after a sibilant (the
    typographic one, or the straight one where the text sets no other: its house style)."""
    mark = "’" if "’" in m.string else "'"
    fix = f"{name}{mark}" if name[-1] in "sßxz" or name.endswith("ce") else f"{name}s"
    return Finding(m.start(), m.end(), m.group(), "EN_POSSESSIVE", "format", "error",
                   "the English possessive apostrophe: German adds the genitive s without one", [fix])


_QUANTIFIERS = frozenset("mehr viele vielen einige einigen mehrere mehreren zwei drei vier fünf alle allen "
                         "wenige wenigen paar".split())


_POLITE = frozenset(("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"))


def _noun_after(text: str, end: int) -> bool:
    """A capitalised word (not the polite "Sie", "Ihnen") follows END, as the noun a possessive goes with."""
    m = re.match(r"[ \u00a0]+([A-ZÄÖÜ][a-zäöüß]+)\b", text[end:end + 40])
    return m is not None and m.group(1) not in _POLITE


def _possessed_after(text: str, end: int) -> bool:
    """A noun follows END, maybe after up to two adjectives ("Trump's neue Politik"): what a possessive belongs
    to."""
    m = re.match(r"((?:[ \u00a0]+[a-zäöüß]+){0,2})[ \u00a0]+[A-ZÄÖÜ0-9]", text[end:end + 80])
    if m is None:
        return False
    for w in m.group(1).split():
        stem = M.adjective_stem(w)
        # (an English adjective, not a German word that English has too: "Lloyd's am Montag")
        # (a superlative's stem is no word: "größter" has "größten", "größtes")
        adjective = stem is not None and (lexicon.is_german(stem) or (
            lexicon.is_german(stem + "en") and lexicon.is_german(stem + "es")))
        if not adjective and not (lexicon.is_english(w) and not lexicon.is_german(w)) \
                and w not in _COUNTS:
            return False
    return True


# a count between the possessive and its noun ("Lomia's zwei Straftritte")
_COUNTS = frozenset("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf beiden".split())


def _base_adjective(low: str) -> bool:
    """LOW is the base form of a German adjective: it takes the endings ("hornig": hornige, hornigen, horniger)."""
    return sum(lexicon.is_german(low + e) for e in ("e", "en", "er", "es")) >= 3


# the kind of club before its name in club names of other countries ("BC Nemunas Kaunas", "FK Dnipro", "KK Partizan")
CLUB_PREFIXES = frozenset("FC FK BC BK KK HC HK SK SC CS AC AS SV VK PFK MFK".split())
# German and Swiss sports clubs put the kind of club before the town, apart ("EV Zug", "HC Davos", "VfB Stuttgart",
# "HBW Rheinfels"): the usual abbreviations of those kinds (Fußball-, Sport-, Eishockey-, Turn- … verein or club)
_CLUB_LETTERS = frozenset("FC SC HC EV EHC ERC SV TSV SSV MSV HSV VfB VfL VfR HSG TSG SG SpVgg HBW BSC FSV KSC ZSC RW "
                          "SCB TuS RB".split())


# firms whose names are letters and this word apart, as they write them ("ABLV Bank", "PKO Bank Polski")
_NAMED_AFTER_LETTERS = frozenset(("Bank",))
_MAGNITUDES = frozenset(("Million", "Millionen", "Milliarde", "Milliarden", "Billion", "Billionen", "Mio", "Mrd"))
_MIXED_ABBREVIATIONS = frozenset(("Lkw", "Pkw", "Kfz"))   # written small after the capital, joined all the same


# a noun's readings as a singular subject: opening a headline after an acronym, only a noun that has none is surely
# the acronym's compound ("IAEA Experten prüfen"); "GPS Störung" may be a name and its word
_SINGULAR_NOMINATIVES = frozenset(("nom.sg.m", "nom.sg.f", "nom.sg.n"))


def _acronym_compound(m: re.Match, ctx: Context) -> Finding | None:
    from ...nouns import head_of, features

    if m.group(1) in _CLUB_LETTERS:
        return None

    acronym, noun = m.group(1), m.group(2)
    if lexicon.is_german_any_case(acronym) and not acronym.isupper() and acronym not in _MIXED_ABBREVIATIONS:
        return None
    if noun in _NAMED_AFTER_LETTERS:
        return None   # a bank's own name: "der ABLV Bank", "die VTB Bank"
    head = head_of(noun)
    if head is None:
        return None
    text = ctx.doc.text
    if text[m.end():m.end() + 1] == "-":
        return None   # the noun goes on ("URW Nimbus-Familie"): not this pair
    before = text[max(0, m.start() - 60):m.start()]
    words = re.findall(r"[\w,]+", re.split(r"[.!?;:–—]|--", before)[-1])   # (in this sentence)
    # (a headline or a sentence that opens with the pair, a German noun and no name after it: "GPS Störungen über
    # der Ostsee")
    if not words and (m.start() == 0 or re.search(r"(?:\n|[.!?] )$", before)) and acronym.isupper() \
            and len(acronym) >= 3 and lexicon.is_german(noun) and not lexicon.is_english(noun.lower()) \
            and "nom.pl" in features(head) and not features(head) & _SINGULAR_NOMINATIVES \
            and re.match(r" [a-zäöüß]", text[m.end():m.end() + 2]) and not nouns.analyses(acronym.capitalize()):
        return Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                       "German joins an abbreviation and a noun with a hyphen", [f"{acronym}-{noun}"])
    if not words or not before.endswith(" "):
        return None
    # back over adjectives to the determiner ("der aktuelle LME Preis"); a contraction is one ("vom UN Hilfswerk")
    from .agreement import _is_adjective   # (agreement imports this module)

    adjectives = 0
    while len(words) > 1 and words[-1].islower() and M.adjective_stem(words[-1]) and M.determiner(words[-1]) is None \
            and words[-1] not in M.CONTRACTIONS and words[-1] not in M.PLURAL_QUANTIFIERS and _is_adjective(words[-1]):
        words.pop()
        adjectives += 1
    low = words[-1].lower()
    det = M.determiner(M.CONTRACTIONS[low][1] if low in M.CONTRACTIONS else low)
    # right after a preposition, the abbreviation (which takes an article of its own, "die EU") and the noun make
    # one phrase: the compound ("auf EU Fördermittel"; not a placeholder of a manual in capitals, "nach ANZAHL
    # Zeichen", nor an English name, "MS Windows"); so after a quantifier of plurals, which counts the noun
    # ("mehrere EU Mitgliedstaaten")
    # ("per" too, which the case rules leave out: a bare noun after it keeps its base form, "per GPS Sender")
    # (a noun English has too only after a German adjective, which makes the phrase German: "nach strengen WHO
    # Standards")
    # (a compound hunspell lacks by its head: "auf US Sanktionsliste")
    german_noun = lexicon.is_german(noun) or bool(features(head))
    after_preposition = (low in M.PREPOSITIONS or low == "per") and words[-1].islower() \
        and not lexicon.is_german_any_case(acronym.capitalize()) and german_noun \
        and (adjectives or not lexicon.is_english(noun.lower())) and bool(features(head))
    # (or a count in words: "an sieben NATO Staaten"; not in digits, where the capitals are a unit, "4 MB Speicher")
    after_quantifier = (low in M.PLURAL_QUANTIFIERS or low in M.CARDINALS) \
        and (words[-1].islower() or len(words) == 1) and any(f.endswith(".pl") for f in features(head))
    # (or a currency after an amount: "80 Milliarden US Dollar", "4,2 US Cent")
    after_amount = acronym == "US" and noun in ("Dollar", "Cent") \
        and (words[-1] in _MAGNITUDES or bool(re.fullmatch(r"\d+(?:[.,]\d+)*", words[-1])))
    # (or inflected adjectives with no determiner, whose strong ending fits the noun: "forderte neue EU Sanktionen",
    # "hat eigene USB Steckdosen"; an abbreviation takes its article, so the adjective is the noun's)
    from .spelling import _strong_fit   # (spelling imports modules that import this one)

    bare_adjectives = bool(adjectives) and det is None and german_noun and not lexicon.is_english(noun.lower()) \
        and _strong_fit(before.split()[-1], noun)
    if det is None and acronym.isupper() and (after_preposition or after_quantifier or after_amount
                                              or bare_adjectives) \
            and not re.match(r"[ \u00a0][A-ZÄÖÜ]", text[m.end():m.end() + 2]):
        return Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                       "German joins an abbreviation and a noun with a hyphen", [f"{acronym}-{noun}"])
    if acronym.isupper() and _title_before_name(ctx, m.end(), noun, agents=True):
        return Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                       "German joins an abbreviation and a noun with a hyphen", [f"{acronym}-{noun}"])
    if det is None:
        return None
    fits = set(det[2]) & set(features(head))
    # "dass die USA Truppen schicken": in a subordinate clause the noun is the object of a verb at the end (not a
    # singular the article fits, which stands bare in no clause: "dass der EU Markt wächst")
    # (nor a manual's placeholder in capitals: "Falls die ZAHL Null ist")
    # ("seit", "während" before a determiner in their case are its preposition: "seit den EU Sanktionen"; not "seit
    # die EU Truppen schickt")
    preposition = {"seit": "dat", "während": "gen"}.get(words[-2].lower() if len(words) >= 2 else "")
    if preposition and any(f.startswith(preposition) for f in fits):
        return Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                       "German joins an abbreviation and a noun with a hyphen", [f"{acronym}-{noun}"])
    if len(words) >= 2 and (words[-2].lower() in _SUBORDINATORS or words[-2].endswith(",")) \
            and not (fits and all(".sg." in f for f in features(head))
                     and not lexicon.is_german_any_case(acronym.capitalize())):
        return None
    if not fits:
        return None  # "in der EU Geld ausgeben": the article belongs to the acronym, not to the noun
    # "Der FC Bayern hat …": a sentence does not open with a genitive plural; the acronym names a club or a firm
    if words[-1] == "Der" and all(f == "gen.pl" for f in fits):
        return None
    # "der FC Bayern München": more capitalised words, a name
    if re.match(r"[ \u00a0][A-ZÄÖÜ]", text[m.end():m.end() + 2]):
        return None
    return Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                   "German joins an abbreviation and a noun with a hyphen", [f"{acronym}-{noun}"])


def _foreign_name_compound(m: re.Match, ctx: Context) -> Finding | None:
    """A foreign name and a German noun apart after a determiner that fits the noun and not the name ("das Nasdaq
    Debüt", "im Ventspils Getreideterminal"): one compound, hyphenated as with an abbreviation ("Nasdaq-Debüt").
    Not a German or English word first, nor a city's adjective; not after a subordinator or a comma, where the noun
    may be a clause's object ("…, dass die Nasdaq Anleger verschreckt"), nor before a longer run of capitals."""
    name, noun = m.group(1), m.group(2)
    if len(noun) > lexicon.MAX_WORD_LEN or len(name) > lexicon.MAX_WORD_LEN:
        return None   # (a run of letters longer than any word: garbage, no compound)
    text = ctx.doc.text
    # the cheap tests first (every pair of capitalised words comes here): a determiner before it, no subordinator
    before = re.search(r"(\S+) (\w+) $", text[max(0, m.start() - 60):m.start()])
    if before is None or before.group(1).lower().rstrip(",") in _SUBORDINATORS or before.group(1).endswith(","):
        return None
    word = before.group(2).lower()
    det = M.determiner(M.CONTRACTIONS[word][1] if word in M.CONTRACTIONS else word)
    if det is None or name.endswith(("e", "er", "ern", "en", "em", "es")):
        return None
    head = nouns.head_of(noun)
    from .english import is_name_word   # (english imports modules that import this one)

    low = name.lower()
    # (a word hunspell knows is German unless English text has it more: "Nasdaq", not "Lieferant", "Chemie")
    german_word = lexicon.is_german(name) and lexicon.zipf_en(low) <= lexicon.zipf_de(low)
    # (nor an adjective of a name, "des Belarussischen Schachverbands", nor a German word's compound or a garbled
    # one, "Staatsanwaltwaltschaft": a German noun begins it; a name is one wordfreq has, no old spelling)
    german_start = any(lexicon.is_german(name[:k]) and nouns.analyses(name[:k]) for k in range(4, len(name)))
    if german_word or german_start or lexicon.is_german(low) or lexicon.is_english(low) or is_name_word(name) \
            or head is None or max(lexicon.zipf_de(low), lexicon.zipf_en(low)) == 0 \
            or lexicon.is_german(noun.lower()) or lexicon.is_english(noun.lower()) \
            or re.match(r"[ \u00a0]?[-A-ZÄÖÜ]", text[m.end():m.end() + 2]):
        return None
    fits_noun = set(det[2]) & nouns.features(head)
    fits_name = set(det[2]) & nouns.features(name)
    if not fits_noun or fits_name:
        return None
    return Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                   "German joins a name and a noun with a hyphen", [f"{name}-{noun}"])


def _name_role_compound(m: re.Match, ctx: Context) -> Finding | None:
    """A firm's name and a role apart before a person's name ("Rodnik Chef Vyacheslav Zhukov versprach"): one
    compound, as with an abbreviation ("Rodnik-Chef"). The first word is no German or English word and no first
    name, and opens the phrase (no capitalised word before it but at a sentence's start)."""
    from .english import is_name_word   # (english imports modules that import this one)

    name, role = m.group(1), m.group(2)
    # (not a city's adjective or a genitive, which stand apart: "Helsinkier Polizeikommissar", "Sumys Bürgermeister")
    if lexicon.is_german_any_case(name) or lexicon.is_english(name.lower()) or is_name_word(name) \
            or name.endswith(("er", "s")) or not _title_before_name(ctx, m.end(), role):
        return None
    i = ctx.token_at(m.start())
    toks = ctx.doc.tokens
    if i is None or (i > 0 and i not in ctx.doc.sentence_starts and ctx.adjacent(i - 1, i)
                     and toks[i - 1].text[:1].isupper()):
        return None
    return Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                   "German joins a name and a role with a hyphen", [f"{name}-{role}"])


def _camel_compound(m: re.Match, ctx: Context) -> Finding | None:
    """A brand written in camel case and a German noun apart, after a determiner or an adjective that agrees with
    the noun ("historisches EuroCup Debüt", "der YouTube Kanal"): one compound, joined with a hyphen
    ("EuroCup-Debüt"). Not where the brand stands alone after a preposition ("auf YouTube Videos posten"), nor
    before a run of capitalised words (a name)."""
    from .agreement import _adj_fits, _is_adjective   # (agreement imports this module)

    brand, noun = m.group(1), m.group(2)
    text = ctx.doc.text
    head = nouns.head_of(noun)
    feats = nouns.features(head) if head else frozenset()
    # (an English word is a product's name more likely: "die WhatsApp Business", not one German uses, "Spiel")
    english = lexicon.is_english(noun.lower()) and lexicon.zipf_en(noun.lower()) > lexicon.zipf_de(noun.lower())
    if not feats or not lexicon.is_german(noun) or english \
            or text[m.end():m.end() + 1] in "-‐‑" or re.match(r"[ \u00a0][A-ZÄÖÜ]", text[m.end():m.end() + 2]):
        return None
    before = re.search(r"(\w+) $", text[max(0, m.start() - 40):m.start()])
    if before is None:
        return None
    word = before.group(1)
    det = M.determiner(word)
    agrees = (det is not None and set(det[2]) & set(feats)) or (
        word.islower() and M.adjective_stem(word) and M.determiner(word) is None and _is_adjective(word)
        and any(_adj_fits(word, kind, feats) for kind in (None, "ein", "def")))
    if not agrees:
        return None
    return Finding(m.start(), m.end(), m.group(), "OPEN_COMPOUND", "format", "error",
                   "German joins a name and a noun with a hyphen", [f"{brand}-{noun}"])


def _title_before_name(ctx: Context, end: int, noun: str, agents: bool = False) -> bool:
    """NOUN, ending at offset END, is a role ("Chef", "Sprecherin") and a person's name follows it: a title, one
    compound with what stands before it ("sagte KSRF Chef Elnur Hasanli" -> "KSRF-Chef")."""
    from .transliteration import german_agent_noun, role_word

    i = ctx.token_at(end - 1)
    toks = ctx.doc.tokens
    # (with AGENTS, after an abbreviation, a German agent noun for a person too: "OSZE Beobachter Nurlan …"; after a
    # name it may be a surname, "Gerlind Fischer Diehl")
    if i is None or i + 1 >= len(toks) or not ctx.adjacent(i, i + 1) \
            or not (role_word(noun) or (agents and german_agent_noun(noun) and nouns.analyses(noun))):
        return False
    name = toks[i + 1].text
    return name[:1].isupper() and name[1:].islower() and name.isalpha() and not nouns.analyses(name) \
        and not lexicon.is_german(name) and not lexicon.is_english(name.lower())


def _article_fits_second(ctx: Context, i: int, last: str, noun: str) -> bool:
    """A determiner (adjectives may stand between) before token I fits NOUN after it and not LAST, the head of the
    hyphenated word at I ("das Nord-Süd Gefälle", "einer 32-Bit Firma"): one phrase, one compound. Without
    one, or where it fits the hyphenated word, the noun may begin a phrase of its own ("auf Ihrem Debian-System
    Pakete bauen", "per E-Mail Zugang")."""
    toks = ctx.doc.tokens
    k = i - 1
    while k >= 0 and ctx.adjacent(k, k + 1) and toks[k].text.islower() and M.determiner(toks[k].text) is None \
            and M.adjective_stem(toks[k].text):
        k -= 1
    det = M.determiner(toks[k].text) if k >= 0 and ctx.adjacent(k, k + 1) else None
    if det is None:
        return False
    head_feats = set(nouns.features(last)) if last.isalpha() else set()
    return bool(set(det[2]) & set(nouns.features(noun))) and not set(det[2]) & head_feats


_COUNTED_NOUN_RE = re.compile(r"\d+-[A-ZÄÖÜ][a-zäöüß]+")   # "6-Wochen", "3-Zimmer"


def _hyphenated_apart(ctx: Context) -> list[Finding]:
    """A hyphenated compound and a noun written apart that German writes as one hyphenated word ("eine Zwei-Faktor
    Authentifizierung" -> "Zwei-Faktor-Authentifizierung", "das Nord-Süd Gefälle"): hunspell knows the
    whole, every part is capitalised (or a number), and the noun is a common German one, no name after a title
    ("FIDE-Präsident Arkadi", "US-Bundesstaat Texas") and no English word of a name ("Hi-Tech Park")."""
    from .agreement import _is_adjective   # (agreement imports this module)

    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        first, noun = toks[i].text, toks[i + 1].text
        if "-" not in first or not all(p[:1].isupper() or p[:1].isdigit() for p in first.split("-")) \
                or not any(p[:1].isalpha() for p in first.split("-")) \
                or not ctx.adjacent(i, i + 1) or not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()) \
                or ctx.claimed(i) or ctx.claimed(i + 1) or not nouns.analyses(noun) \
                or (i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) and toks[i + 2].text[:1].isupper()):
            continue
        joined = f"{first}-{noun}"
        last = first.rsplit("-", 1)[-1]
        # (a count and its noun hyphenated, "6-Wochen", "3-Zimmer", are only ever a compound's first part: "der
        # 6-Wochen Tour" -> "6-Wochen-Tour", whatever hunspell knows; a noun English has too, "Tour", is German)
        counted = bool(_COUNTED_NOUN_RE.fullmatch(first)) and bool(nouns.analyses(last)) and lexicon.is_german(noun)
        if lexicon.is_english(noun.lower()) and not counted:
            continue
        # (not an adjective of two joined, inflected, and its noun: "der Deutsch-Kasachischen Universität")
        if not counted and (not lexicon.is_german(joined) or not _article_fits_second(ctx, i, last, noun)
                            or (M.adjective_stem(last) and _is_adjective(last.lower()))):
            continue
        start, end = toks[i].start, toks[i + 1].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "OPEN_COMPOUND", "format", "error",
                           "a compound written apart: German joins it with a hyphen", [joined]))
    return out


def _english_loan_apart(ctx: Context) -> list[Finding]:
    """An English loan in -ing or a hyphenated English pair and a German noun apart, after a determiner that fits
    the noun and not the loan ("der belarussischen Gaming Szene", "einer Win-Win Situation"): one compound, which
    German hyphenates after an English first part ("Gaming-Szene", "Win-Win-Situation"). Not before a longer run of
    capitals (a name), nor an English noun second ("die Gaming Community" is English's own phrase)."""
    from .garbled import compound_in_use   # (garbled imports modules that import this one)

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        first, noun = toks[i].text, toks[i + 1].text
        parts = first.split("-")
        # (a reduplicated pair written small too, which the compound capitalises: "eine win-win Situation"; not
        # "low-cost", whose noun Duden capitalises too)
        if not (first[:1].isupper() or (len(parts) == 2 and first.islower() and parts[0] == parts[1])) \
                or not ctx.adjacent(i, i + 1) or ctx.claimed(i) or ctx.claimed(i + 1) \
                or not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha() and len(noun) >= 4):
            continue
        if len(parts) == 1:
            loan = first.endswith("ing") and first[1:].islower() and len(first) >= 6 \
                and lexicon.is_english(first.lower())
        else:
            loan = len(parts) == 2 and all(p.isalpha() and len(p) >= 2 and lexicon.is_english(p.lower())
                                           and not lexicon.is_german_any_case(p) for p in parts)
        if not loan or not nouns.analyses(noun) or not lexicon.is_german(noun) \
                or lexicon.zipf_en(noun.lower()) > lexicon.zipf_de(noun.lower()) + 0.5 \
                or (i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) and toks[i + 2].text[:1].isupper()):
            continue
        if not _article_fits_second(ctx, i, parts[-1], noun) \
                or (len(parts) == 1 and dictionary.translations(f"{first} {noun}".lower())):
            continue   # (an English phrase the dictionary has whole is English left in: "der Missing Link")
        start, end = toks[i].start, toks[i + 1].end
        joined = first + noun.lower()
        first = first[0].upper() + first[1:]
        out.append(Finding(start, end, ctx.doc.text[start:end], "OPEN_COMPOUND", "format", "error",
                           "a compound written apart: German joins an English first part with a hyphen",
                           ([joined] if len(parts) == 1 and compound_in_use(joined) else []) + [f"{first}-{noun}"]))
    return out


def _count_compound_apart(ctx: Context) -> list[Finding]:
    """A count in digits, a plural noun and a noun apart after a determiner that fits the last noun and not the
    plural ("der 24 Stunden Betrieb", "ein 5 Sterne Hotel"): one compound, hyphenated throughout
    ("24-Stunden-Betrieb"). Not where the determiner fits the plural ("die 24 Stunden Betrieb" is a span and a
    noun)."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 2):
        num, plural, noun = toks[i].text, toks[i + 1].text, toks[i + 2].text
        if not num.isdigit() or not ctx.adjacent(i, i + 1) or not ctx.adjacent(i + 1, i + 2) \
                or not ctx.adjacent(i - 1, i) or any(ctx.claimed(k) for k in (i, i + 1, i + 2)) \
                or not (plural[:1].isupper() and plural.isalpha() and noun[:1].isupper() and noun[1:].islower()
                        and noun.isalpha()) \
                or (i + 3 < len(toks) and ctx.adjacent(i + 2, i + 3) and toks[i + 3].text[:1].isupper()):
            continue
        if plural in _SCALE_PLURALS or noun in unit_words() or noun in _CURRENCY_NAMES:
            continue   # an amount ("die 8 Millionen Euro")
        det = M.determiner(toks[i - 1].text)
        plural_feats = nouns.features(plural)
        # (the genitive plural aside: "der 24 Stunden" alone is no phrase a noun follows)
        if det is None or not any(f.endswith(".pl") for f in plural_feats) \
                or (set(det[2]) & plural_feats) - {"gen.pl"} \
                or not set(det[2]) & nouns.features(nouns.head_of(noun) or noun):
            continue
        start, end = toks[i].start, toks[i + 2].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "OPEN_COMPOUND", "format", "error",
                           "a compound with a number written apart: German joins its parts with hyphens",
                           [f"{num}-{plural}-{noun}"]))
    return out


def _german_adjective(word: str) -> bool:
    """WORD is a German adjective with an ending, capitalised or not ("Schwitzige")."""
    stem = M.adjective_stem(word.lower())
    return bool(stem) and lexicon.is_german(stem)


_SCALE_PLURALS = frozenset(("Millionen", "Milliarden", "Billionen"))


def _scale_noun_apart(ctx: Context) -> list[Finding]:
    """"Millionen" or "Milliarden" before a noun that has no plural form there, with no number before it ("sichert
    sich Millionen Deal"): the first part of a compound written apart ("Millionendeal"); a count's plural noun
    ("Millionen Menschen", "Millionen Euro") is none."""
    from .agreement import _mass_noun   # (agreement imports this module's importers)

    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        if toks[i].text not in _SCALE_PLURALS or not ctx.adjacent(i, i + 1) or ctx.claimed(i) or ctx.claimed(i + 1):
            continue
        prev = toks[i - 1].text.lower() if i > 0 and ctx.adjacent(i - 1, i) else ""
        noun = toks[i + 1].text
        feats = nouns.features(noun) if noun[:1].isupper() and noun[1:].islower() and noun.isalpha() else ()
        # (a count noun: a mass noun is measured so, "Millionen Steuergeld", "Millionen Unterstützung")
        if not feats or any(f.endswith(".pl") for f in feats) or prev[:1].isdigit() or prev in M.CARDINALS \
                or prev in M.PLURAL_QUANTIFIERS or _mass_noun(noun, nouns.analyses(noun)):
            continue
        joined = toks[i].text + noun.lower()
        start, end = toks[i].start, toks[i + 1].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "COMPOUND_APART", "garbled", "error",
                           "a compound written apart: German writes it as one word",
                           [joined] if lexicon.is_german(joined) else [joined, f"{toks[i].text}-{noun}"]))
    return out


def _pair_before_hyphen(ctx: Context) -> list[Finding]:
    """A foreign name of two words hyphenated to a German noun by its second word only ("des Grand Slam-Turniers",
    "das Rail Baltica-Projekt"): German couples every part (Duden, D 26: "Grand-Slam-Turnier"). Both words of the
    name are unknown to German (not "Champions League-Finale", not a surname "Hans Müller-Wohlfahrt"), and the
    name begins there (no capitalised word before it)."""
    from . import transliteration

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks)):
        first, second = toks[i - 1].text, toks[i].text
        parts = second.split("-")
        if len(parts) != 2 or not ctx.adjacent(i - 1, i) or ctx.claimed(i - 1) or ctx.claimed(i):
            continue
        name, noun = parts
        if not (first.isalpha() and first[:1].isupper() and first[1:].islower() and name.isalpha()
                and name[:1].isupper() and name[1:].islower() and noun.isalpha() and noun[:1].isupper()
                and noun[1:].islower()) \
                or lexicon.is_german_any_case(first) or lexicon.is_german_any_case(name) \
                or nouns.head_of(first) or lexicon.is_german(first.lower()) or _german_adjective(first) \
                or lexicon.zipf_de(first.lower()) > lexicon.zipf_en(first.lower()) \
                or lexicon.is_english(noun.lower()) or not (nouns.analyses(noun) or nouns.head_of(noun)) \
                or (lexicon.is_english(name.lower()) and not (lexicon.is_english(first.lower())
                                                              or lexicon.is_english(first))) \
                or (transliteration.germanize(first) != first and transliteration.document_context(ctx)):
            continue   # (an English word after a name is no part of it, "Tolyatti Bribe-Zahlungen", nor one the
            #            transliteration changes: Toljatti)
        prev = toks[i - 2].text if i >= 2 and ctx.adjacent(i - 2, i - 1) else ""
        if prev[:1].isupper() and i - 1 not in ctx.doc.sentence_starts and M.determiner(prev) is None:
            continue
        start, end = toks[i - 1].start, toks[i].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "OPEN_COMPOUND", "format", "error",
                           "a name of two words in a compound: German hyphenates every part", [f"{first}-{second}"]))
    return out


def _name_compounds(ctx: Context) -> list[Finding]:
    """A name and a noun written apart after the noun's article ("die Trump Regierung", "der Google Konzern"):
    German joins them with a hyphen. The name is no German word, noun or place adjective; the noun is no English
    word, so English names stay as they are ("die Washington Post")."""
    from . import transliteration
    from .english import is_name_word, listed_english
    from .garbled import conjunction_run_on   # (a word with "und" run on is garbled, no name)

    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    for i in range(len(toks) - 1):
        name, noun = toks[i].text, toks[i + 1].text
        # (a name of hyphenated pieces, see _hyphenated_name, may follow adjectives and a count: "zwei neue Ro-Pax
        # Fähren", "die Rolls-Royce Triebwerke")
        # (or a name and a noun joined, "Fergana-Tal", where the article fits the noun after it only: "der
        # Fergana-Tal Region")
        parts = name.split("-")
        joined_noun = not _hyphenated_name(name) and len(parts) == 2 and _name_word(parts[0]) \
            and parts[1][:1].isupper() and parts[1].isalpha() and bool(nouns.analyses(parts[1]))
        pieces = _hyphenated_name(name) or joined_noun
        if not ((pieces or (name[:1].isupper() and name[1:].islower() and name.isalpha() and len(name) >= 3))
                and noun[:1].isupper() and noun[1:].islower() and noun.isalpha() and len(noun) >= 4):
            continue
        if text[toks[i].end:toks[i + 1].start] != " " or listed_english(ctx, name, "adj"):
            continue   # (nor an English adjective of a people, "die Kazakh Regierung": kasachische)
        if noun in ("Region", "Oblast") and name.isalpha() and transliteration.document_context(ctx):
            continue   # (a region of Russia, Ukraine … before its kind is English order, the calque rules')
        # (a name of two words: "jede Sukhoi Superjet Flotte", "das New York Büro")
        first = i - 1 if i >= 2 and i not in ctx.doc.sentence_starts and ctx.adjacent(i - 1, i) \
            and _name_word(toks[i - 1].text) and _name_word(name) else i
        if first == i - 1 and text[toks[i - 1].end:toks[i].start] != " ":
            first = i
        # (a headline's or a sentence's first words, without an article: a singular noun there has one unless a
        # name stands before it, "Namangan Textilfabrik gewinnt Großauftrag")
        # (in a headline, the name a place the article names after a preposition, the noun a compound German text
        # hardly has: no first name and surname, "Helmut Kohl soll …", "Thomas Mann bei …")
        opening = first in ctx.doc.sentence_starts and i + 2 < len(toks) and toks[i + 2].text.isalpha() \
            and toks[i + 2].text.islower() and ctx.adjacent(i + 1, i + 2) and _name_word(name) and first == i \
            and "nom.sg" in {f[:6] for f in nouns.features(nouns.head_of(noun) or noun)} \
            and _compound(noun) and lexicon.zipf_de(noun.lower()) < OPENING_NOUN_MAX_ZIPF \
            and not is_name_word(name) and lexicon.is_german(noun) and ctx.in_headline(i) \
            and name in _places_named(ctx)
        if not opening and (first == 0 or not ctx.adjacent(first - 1, first) or first in ctx.doc.sentence_starts):
            continue
        k = first - 1
        # (adjectives between the article and the name: "die estnische Startup Szene"; not before a first name or a
        # German word, "die beiden John Bulle", "einem einzigen Lieferweg Rabatte")
        while (pieces or (first == i and not is_name_word(name) and not lexicon.is_german(name))) and k > 0 \
                and toks[k].text.islower() \
                and M.adjective_stem(toks[k].text) and M.determiner(toks[k].text) is None and ctx.adjacent(k - 1, k):
            k -= 1
        head_feats = nouns.features(nouns.head_of(noun) or noun)
        det = M.determiner(toks[k].text) if not opening else M.determiner(
            "der" if "nom.sg.m" in head_feats else "die" if "nom.sg.f" in head_feats else "das")
        if det is None and pieces and (toks[k].text in M.CARDINALS or toks[k].text.isdigit()):
            det = M.COUNT_DETERMINER
        if det is None and not opening and not lexicon.is_english(name):
            det = M.contraction_determiner(toks[k].text)   # ("im Cubesat Format"; not "vom Jesus Christus")
        if det is None or ctx.claimed(i) or ctx.claimed(i + 1) or ctx.claimed(first):
            continue
        # a German word: a noun or a compound of nouns ("die Befehlszeile Vorrang"), an adjective ("die Deutsche
        # Bank", "die Aläutischen Inseln"), an inhabitant or place adjective ("Berliner"); or an English name whose
        # last word English has too ("die Washington Post")
        # (a word with a German noun's suffix is a noun, however garbled: "die Staatsanwaltwaltschaft Anklage")
        if not pieces and (nouns.analyses(name) or nouns.head_of(name) is not None or lexicon.is_german(name.lower())
                           or name.endswith(("e", "en", "em", "es", "er", "rn", "sche", "schaft", "ung", "heit",
                                             "keit", "ität"))
                               or conjunction_run_on(name)) \
                or (lexicon.is_english(noun.lower()) and not joined_noun
                    and not _german_noun_after_foreign_name(ctx, first, i, noun)):
            continue
        # (a firm's or a place's own name ends in the kind it is: "die Slobidska Kreditbank", "das Rixos Hotel")
        if noun.lower().endswith(_name_head_endings()):
            continue
        # the article must fit the noun in a case other than the genitive: in "der Bash Klammern" it is the name's
        feats = nouns.features(noun) or (head_feats if opening else ())
        if not feats or not {f for f in set(det[2]) & set(feats) if not f.startswith("gen")}:
            continue
        if joined_noun and set(det[2]) & set(nouns.features(parts[1])):
            continue   # "des Fergana-Tals Wasser": the article is the joined noun's
        # a following capitalised word makes a longer name ("die Trump Tower Gruppe"): left alone
        if i + 2 < len(toks) and toks[i + 2].text[:1].isupper() and ctx.adjacent(i + 1, i + 2):
            continue
        start, end = toks[first].start, toks[i + 1].end
        if first < i:
            out.append(Finding(start, end, text[start:end], "OPEN_COMPOUND", "format", "warning",
                               "German joins a name and a noun with hyphens",
                               [f"{toks[first].text}-{name}-{noun}"]))
            continue
        # a noun with its linking s is no name ("den Verhandlungs Tisch"): one word, as hunspell writes it
        closed = name + noun.lower()
        if name.endswith("s") and nouns.analyses(name[:-1]) and lexicon.is_german(closed):
            out.append(Finding(start, end, text[start:end], "OPEN_COMPOUND", "format", "warning",
                               "a compound written apart: German writes it as one word", [closed]))
            continue
        # a verb's stem is no name ("die Lösch Arbeiten": löschen), nor a German noun with one ("Tunnel|bohr
        # Maschine"): one word, as hunspell builds it
        verb_stem = lexicon.is_german(name.lower() + "en") or any(
            nouns.analyses(name[:k]) and lexicon.is_german(name[:k])
            and (lexicon.is_german(name[k:].lower()) or lexicon.is_german(name[k:].lower() + "en"))
            for k in range(4, len(name) - 2))
        if lexicon.is_german(closed) and verb_stem:
            out.append(Finding(start, end, text[start:end], "GARBLED_WORD", "garbled", "warning",
                               "a compound written apart: German writes it as one word", [closed]))
            continue
        out.append(Finding(start, end, text[start:end], "OPEN_COMPOUND", "format", "warning",
                           "German joins a name and a noun with a hyphen", [f"{name}-{noun}"]))
    return out


OPENING_NOUN_MAX_ZIPF = 3.0   # "Textilfabrik" 2.6, "Ölschieferkraftwerk" 0

# the last words of names of places and firms that German has too ("Radisson Hotel", "Gorky Park", "Astana Arena")
_NAME_HEADS = frozenset("hotel park tower arena plaza mall express post holding terminal terminals airport "
                        "liga".split())


LETTER_COMPOUND_MIN_ZIPF = 1.5   # a letter's compound German text has ("EScooter" 1.8)
FOREIGN_NAME_NOUN_MAX_MARGIN = 0.55   # "Route": English 4.67, German 4.15; not "Opera" (4.27, 3.62)


@lru_cache(maxsize=1)
def _organisation_and_name_heads() -> frozenset[str]:
    from .english import ORGANISATION_HEADS   # (english imports this module's importers)
    return ORGANISATION_HEADS | _NAME_HEADS


@lru_cache(maxsize=1)
def _name_head_endings() -> tuple[str, ...]:
    """The heads of four letters or more, as the ends of compounds ("Kredit|bank")."""
    return tuple(sorted(h for h in _organisation_and_name_heads() if len(h) >= 4))


def _german_noun_after_foreign_name(ctx: Context, first: int, i: int, noun: str) -> bool:
    """NOUN, a word English has too, is German here: it follows name words (tokens FIRST..I) that English does not
    know even as names ("die Aktau Alat Route"), so the whole is no English name ("die Washington Post"); not the
    kinds of organisation and place names end in ("die Kaspi Bank", "das Rixos Hotel")."""
    low = noun.lower()
    # (nor a word far commoner in English, which names keep: "die Astana Opera"; nor one that is a German
    # adjective's form too, "das Perpetuum Mobile")
    if low in _organisation_and_name_heads() or not nouns.analyses(noun) \
            or lexicon.zipf_en(low) - lexicon.zipf_de(low) > FOREIGN_NAME_NOUN_MAX_MARGIN \
            or (lexicon.is_german(low) and M.adjective_stem(low)):
        return False
    words = [ctx.doc.tokens[k].text for k in range(first, i + 1)]
    return all(w.isalpha() and not lexicon.is_english(w) and not lexicon.is_english(w.lower()) for w in words)


def _compound(noun: str) -> bool:
    """NOUN ends in a German noun of its own after a first part of three letters or more ("Textil|fabrik")."""
    return len(noun) >= 8 and any(nouns.analyses(noun[k].upper() + noun[k + 1:])
                                  for k in range(3, len(noun) - 3))


def _places_named(ctx: Context) -> frozenset[str]:
    """Capitalised words the article has right after "in", "aus", "nach" or "bei": places."""
    def compute() -> frozenset[str]:
        toks = ctx.doc.tokens
        return frozenset(toks[k].text for k in range(1, len(toks))
                         if toks[k - 1].text in ("in", "aus", "nach", "bei") and toks[k].text[:1].isupper())
    return ctx.memo("formats.places_named", compute)


def _name_word(word: str) -> bool:
    """WORD may be part of a name: capitalised, of letters, no common German word nor an adjective's stem
    ("Namangan", "Sukhoi", "New", "York"; not "Bank", "Deutsche", "Russisch")."""
    # (nor a name's genitive, "Georgiens Notenbank", "Tokhtarovs Verteidiger", nor a German compound noun)
    # (an adjective's stem with its -e a word German text has: hunspell builds "Aktaue" as a compound)
    return word[:1].isupper() and word.isalpha() and len(word) >= 3 and not lexicon.is_german(word.lower()) \
        and not nouns.analyses(word) and not word.endswith("s") \
        and not (lexicon.is_german(word + "e") and (lexicon.zipf_de(word.lower() + "e") > 0
                                                     or lexicon.is_english(word.lower()))) \
        and nouns.head_of(word) is None


def _hyphenated_name(word: str) -> bool:
    """WORD is capitalised pieces joined by hyphens, not all German words, the last no German noun ("Ro-Pax",
    "Rolls-Royce"; not "Nord-Süd", nor a compound of its own, "Obolon-Anhänger")."""
    parts = word.split("-")
    return len(parts) >= 2 and all(p[:1].isupper() and p.isalpha() and len(p) >= 2 for p in parts) \
        and not all(lexicon.is_german_any_case(p) for p in parts) and not nouns.analyses(parts[-1])


_SUBORDINATORS = frozenset("dass weil ob wenn als nachdem da obwohl damit sodass bevor während falls sobald seit "
                           "seitdem bis indem ehe solange wie wo".split())
