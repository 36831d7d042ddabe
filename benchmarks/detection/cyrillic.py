"""Two romanisations of Russian and Ukrainian names, written here from the published tables (not from lektorat):

- `english`: the English-language press style, close to BGN/PCGN: ж zh, х kh, ч ch, ш sh, щ shch, ц ts, й y,
  ы y, е ye / ё yo / ю yu / я ya at the start of a word and after a vowel or a soft or hard sign, -ий -y (Dmitry),
  -ский -sky; Ukrainian г h, и y, і i, ї yi, є ye, -ий -yi.
- `german`: the Duden transliteration used by the German press: ж sch, х ch, ч tsch, ш sch, щ schtsch, ц z, в w,
  з s, с ss between vowels (variant: s), кс ks (variant: x, as in Alexej), й j (-ей -ej, -ий -i, -ой -oi, -ай -ai), ы y, е je / ё jo / ю ju / я ja in
  the same places (ё o after ж ч ш щ), -ский -ski; Ukrainian г h, и y, і i, ї ji, є je, -ий -yj, -ський -skyj.
"""

from __future__ import annotations

VOWELS = set("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")
SIGNS = set("ьъЬЪ'’")

_EN_RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
          "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
          "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
          "э": "e", "ю": "yu", "я": "ya"}
_EN_UK = {**_EN_RU, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "е": "e", "'": "", "’": ""}
_DE_RU = {"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch", "з": "s", "и": "i",
          "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
          "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y",
          "ь": "", "э": "e", "ю": "ju", "я": "ja"}
_DE_UK = {**_DE_RU, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "ji", "є": "je", "е": "e", "'": "", "’": ""}
# iotated vowels: their y-/j- form at the start, after a vowel or a sign; after a consonant the plain one
_IOT_EN = {"е": ("ye", "e"), "ё": ("yo", "yo"), "ю": ("yu", "yu"), "я": ("ya", "ya"), "є": ("ye", "ie")}
_IOT_DE = {"е": ("je", "e"), "ё": ("jo", "jo"), "ю": ("ju", "ju"), "я": ("ja", "ja"), "є": ("je", "je")}


def _romanise(name: str, lang: str, german: bool, x: bool = False, ss: bool = True) -> str:
    low = name.lower()
    table = (_DE_UK if lang == "uk" else _DE_RU) if german else (_EN_UK if lang == "uk" else _EN_RU)
    iot = _IOT_DE if german else _IOT_EN
    # endings first (on the Cyrillic)
    suffix = ""
    if lang == "ru":
        for cyr, en, de in (("ский", "sky", "ski"), ("цкий", "tsky", "zki"), ("ская", "skaya", "skaja"),
                            ("ий", "y", "i"), ("ый", "y", "y"), ("ей", "ey", "ej"), ("ой", "oy", "oi"),
                            ("ай", "ay", "ai")):
            if low.endswith(cyr) and len(low) > len(cyr) + 1:
                low, suffix = low[: -len(cyr)], (de if german else en)
                break
    else:
        for cyr, en, de in (("ський", "sky", "skyj"), ("цький", "tsky", "zkyj"), ("ська", "ska", "ska"),
                            ("ий", "yi", "yj"), ("ій", "iy", "ij"), ("ей", "ey", "ej"), ("ой", "oy", "oj"),
                            ("ай", "ay", "aj")):
            if low.endswith(cyr) and len(low) > len(cyr) + 1:
                low, suffix = low[: -len(cyr)], (de if german else en)
                break
    out = []
    i = 0
    while i < len(low):
        c = low[i]
        prev = low[i - 1] if i else ""
        if german and x and lang == "ru" and c == "к" and low[i + 1:i + 2] == "с":
            out.append("x")
            i += 2
            continue
        if c in iot:
            after = (not prev) or prev in VOWELS or prev in SIGNS
            if c == "ё" and prev and prev in "жчшщ":
                out.append("o" if german else "e")      # Gorbatschow / Gorbachev
            else:
                out.append(iot[c][0] if after else iot[c][1])
        elif german and ss and c == "с" and prev in VOWELS and low[i + 1:i + 2] and low[i + 1] in VOWELS:
            out.append("ss")
        elif german and c == "й" and lang == "ru" and not (low[i + 1:i + 2] and low[i + 1] in VOWELS):
            out.append("i")
        elif german and c == "ь" and low[i + 1:i + 2] == "о":
            out.append("j")
        else:
            out.append(table.get(c, c))
        i += 1
    s = "".join(out) + suffix
    return s[:1].upper() + s[1:]


def english(name: str, lang: str = "ru") -> str:
    return _romanise(name, lang, german=False)


def german(name: str, lang: str = "ru") -> str:
    return _romanise(name, lang, german=True)


def german_variants(name: str, lang: str = "ru") -> tuple[str, ...]:
    """The Duden form first, then the variants German papers print as well: кс as x (Alexej, Maxim) and с between
    vowels as a single s (Nosowa beside Nossowa)."""
    out = [german(name, lang)]
    for x, ss in ((True, True), (False, False), (True, False)):
        v = _romanise(name, lang, german=True, x=x, ss=ss)
        if v not in out:
            out.append(v)
    return tuple(out)
