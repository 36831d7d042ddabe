"""Russian, Ukrainian and Belarusian names in English romanisation, where German press uses the German one.

English writes Peskov, Silayev, Zakharova, Dmitry; German writes Peskow, Silajew, Sacharowa, Dmitri (the
Duden transliteration: v->w, sh->sch, zh->sch, kh->ch, ch->tsch, z->s, s between vowels->ss, ts->z,
y->j/i, ya/yu/ye->ja/ju/je). Ukrainian names keep their Ukrainian letters as German press writes them
(Wolodymyr, Mykola, Andrij, Selenskyj: y for и, i for і, -ij/-yj at the end, j for й before a consonant).
Only names that look Slavic are touched:

- a surname ending that is Slavic on its own (-enko, -chuk, -yuk, -ych, -ovych), or
- a weaker ending (-ov, -ev, -ova, -sky, -ovich, -uk, -iv, ...) with evidence: a Slavic first name before it, a
  role noun before a single surname ("Der Abgeordnete Panov", "Außenministerin Samoylenko"), or an article about
  Russia, Ukraine or Belarus;
- an English Cyrillic digraph (kh, zh, shch) in a Slavic sentence;
- a first name standing before such a surname ("Vera Yermakova", "Svitlana Isayevych").

Washington and Venezuela have none of these and stay quiet; "Peter Ustinov" and "Isaac Asimov" have an
established Western spelling and no evidence. Established forms (Kreml, Selenskyj) come from the glossary, which
runs first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon, nouns, wordformation
from ...findings import Finding
from ...glossary import derived
from .context import Context
from . import morphology as M

# English-romanisation surname endings (with optional genitive s)
_SURNAME_RE = re.compile(
    r"(?:[a-z](?:ov|ev|yov|yev|ova|eva|yova|yeva|enko|enka|chuk|yuk|sky|skiy|skyi|skyy|skaya|skaia|ovich|evich|ovna"
    r"|evna|ovych|evych|ych|uk|iv|insky|itsky|atsky|ovsky|evsky|nikov|shvili|dze|uri|eli|in|ina|yn|yna|ykh|ikh)"
    r"|[a-z]{3}yan)s?$"
)
# endings that are Slavic on their own: no English, German or Romance name ends like this
# (Ukrainian -shko: "Liashko"; its German form has "schko")
_STRONG_SURNAME_RE = re.compile(r"(?:[a-z](?:enko|chuk|yuk|shvili|shko)|[a-z]{3}ych)s?$")
# Ukrainian (not Russian) romanisation: Ukrainian endings, i/y patterns of и and і, h for г
_UKRAINIAN_RE = re.compile(
    r"(?:enko|chuk|yuk|[a-z]{3}ych|[^aeiou]uk|[^aeiou]iv|skyi|skyy|yy|yi)$|^(?:mykh|myk|volodym|dmyt|serh|ih|oleh|oleks|andri|"
    r"hr|halyn|bohd|kyr|vasyl|yevh|tetia|tetya|petro$|pavlo$|svitl|valenty|kateryn|iryn|halyn|liudm|olh)"
    r"|[bcdfgklmnprstvz]y[bcdfgklmnprstvz](?:a|o)$|ii",
    re.IGNORECASE)
# -in, -ina: Russian (Putin, Sobyanin), but Western too (Martin, Mazarin, Eiselstein): never evidence on their own
_WEAK_ENDING_RE = re.compile(r"(?:in|ina|yn|yna)s?$")
_DIGRAPH_RE = re.compile(r"kh|zh|shch|ya|yu|ye|yo|iy$|yy$", re.IGNORECASE)
_CONTEXT_RE = re.compile(
    r"russ|kreml|moskau|ukrain|kiew|kyjiw|belarus|weißruss|minsk|sowjet|tschetschen|donbass|krim|kasach|usbek|kirgis|sibiri|"
    r"tadschik|turkmen|georgi|aserbaidsch|armeni|moldau|moldawi|"
    r"\b(?:chisinau|kischinau|tiflis|tbilissi|jerewan|eriwan|baku|taschkent|almaty|astana|bischkek|duschanbe|"
    r"aschgabat)\b", re.IGNORECASE
)
# place names from the region: Slavic endings of towns and a word that introduces a place before them
_PLACE_ENDING_RE = re.compile(r"(?:gorod|grad|horod|hrad|ovsk|evsk|insk|gorsk|morsk|tsk|opol|ovo|evo|kent|abad|ichi"
                              r"|[dlnr]sk)$", re.IGNORECASE)   # (also "Zelenogradsk", "Zelenodolsk")
_PLACE_BEFORE = frozenset("Stadt Dorf Ort Region Gebiet Oblast Bezirk Hafen Grenzstadt Hafenstadt Kleinstadt Großstadt "
                          "Städte Städten Dörfer Dörfern Orte Orten Gemeinde Gemeinden "
                          "Metropole Provinz Republik Insel Halbinsel Kap Übergang Grenzübergang Siedlung Fluss "
                          "Stadtteil Stadtviertel Vorort Rayon Kreis Kosmodrom Staniza "
                          "in bei nahe aus nach von um über zwischen".split())
_PLACE_NOUNS = tuple(w for w in _PLACE_BEFORE if w[:1].isupper() and len(w) >= 3)
# ("Berg|region", "Grenz|stadt"; not "Orte", which ends "Rebsorten")
_PLACE_ENDS = tuple(w.lower() for w in _PLACE_NOUNS if len(w) >= 4 and not w.startswith("Ort"))
# Nouns for an office or role that stand before a bare surname in German news ("Außenministerin Samoylenko",
# "der Abgeordnete Panov"); matched as the end of the word, so compounds count ("Vizeaußenminister").
ROLE_RE = re.compile(
    r"(?:abgeordnete[rn]?|minister(?:in)?|ministerpräsident(?:in)?|präsident(?:in|en)?|sprecher(?:in)?|"
    r"gouverneur(?:in)?|bürgermeister(?:in)?|botschafter(?:in)?|general|oberst|kommandeur(?:in)?|kommandant(?:in)?|"
    r"chef(?:in)?|leiter(?:in)?|vorsitzende[rn]?|berater(?:in)?|journalist(?:in|en)?|politiker(?:in)?|"
    r"aktivist(?:in|en)?|oligarch(?:en)?|unternehmer(?:in)?|senator(?:in)?|regisseur(?:in)?|schriftsteller(?:in)?|"
    r"autor(?:in)?|anwalt|anwältin|richter(?:in)?|staatsanwalt|staatsanwältin|kandidat(?:in|en)?|"
    r"abgeordneten|funktionär(?:in)?|diplomat(?:in|en)?|beamte[rn]?|beamtin|gesandte[rn]?|bischof|patriarch|"
    r"metropolit|kommissar(?:in)?|gegner(?:in)?|kritiker(?:in)?|dissident(?:in|en)?|oppositionelle[rn]?|"
    r"direktor(?:in)?|rektor(?:in)?|intendant(?:in)?|organisator(?:in)?|"
    # (a region's head in Kazakhstan and Uzbekistan, German "Akim", "Hokim")
    r"[äa]kim|hokim)",
    re.IGNORECASE)
_ROLE_TITLES = frozenset(("Herr", "Herrn", "Frau"))

# Ordered rewrite rules (English romanisation -> German); applied left to right on the lower-cased name.
# \x00 to \x05 are placeholders, so a later rule leaves what an earlier one wrote alone.
_COMMON_HEAD = [
    (r"^([ao])leks", r"\1lex"),                        # Aleksei -> Alexei, Oleksiy -> Olexij: Greek-origin names
    (r"^maksim", "maxim"),                            # … and the Russian Maksim -> Maxim (Ukrainian Maksym stays)
    (r"y[iy]$", "\x03"),                              # Syrskyi, Zaluzhnyy: the ending, before y -> j below
    (r"^ts|ts(?=[aeiouyv])|ts$|ts(?=k(?:y|iy|yi|\x03|oy|aya|aia|oye|ikh)$)", "\x01"),   # Tsvetkov -> Zwetkow, Gritsenko ->
    # Grizenko, -ets -> -ez, -tsky/-tskaya (-цкий/-цкая) -> -zki/-zkaja
    # (not where the s begins the second part of a name after Novo-, Krasno-, …: Novosibirsk -> Nowosibirsk,
    # Krasnoselsky -> Krasnoselski, as German press writes them)
    (r"^(novo|krasno|belo|staro|velyko|veliko|malo|verkhne|nizhne|sredne|yuzhno|severo|zapadno|chorno|cherno)"
     r"s(?=[aeiou])", "\\1\x04"),
    # (a y before a vowel is a consonant: "Avetisyan" -> "Awetisjan")
    (r"(?<=[aeiouy])s(?=[aeiou]|y(?![aeiou]))", "\x02"),   # Isayev -> Issajew, Gerasimov -> Gerassimow
    (r"shch", "schtsch"),
    # English "j" and "dj" render дж (Central Asia, the Caucasus): German "dsch" (Japarov -> Dschaparow,
    # Khodjaev -> Chodschajew); a leading J only in a surname with an English ending or a name with another
    # English digraph (Jamshid -> Dschamschid), not a German-spelled "Juri"
    # (a Georgian surname in -dze or -shvili too: Japaridze -> Dschaparidse)
    (r"dj|^j(?=[aeiou].*(?:ov|ev|ova|eva)$)|j(?=.*(?:dze|shvili)$)|^j(?=[aeiou].*(?:sh|kh|zh))", "dsch"),
    (r"ts(?=kh)", "\x01"),                          # Georgian ц before х: Mtskheta -> Mzcheta, Tskhinvali -> Zchinwali
    (r"zh", "sch"),
    (r"kh", "\x00"),                                  # so the ch -> tsch rule below leaves it alone
    (r"tch", "tsch"),                                 # Tchaikovsky -> Tschaikowski (the French-style "tch")
    (r"(?<!s)ch", "tsch"),
    (r"sh", "sch"),
    (r"(?:^|(?<=[aeiou]))y(?=[aeiou])", "j"),          # Yuri -> Juri, Silayev -> Silajev
    (r"(?<=[bcdfghklmnprstvwxz])y(?=[aeiou])", "j"),   # Vyacheslav -> Wjatscheslaw
    # е after a vowel is "je" in German; English often leaves the y out ("Zhumabaev" -> "Schumabajew")
    (r"(?<=[aeiou])e(?=v(?:a|ich|na)?$)", "je"),
]
_RU_ENDINGS = [
    (r"^alexandr$", "alexander"),                     # Aleksandr -> Alexander
    (r"(?<=[oe]v)y$", "\x05"),                        # the adjective's -овый keeps its y: Sosnovy -> Sosnowy
    (r"(?<=tschn)y$", "\x05"),                        # … and its -чный: Vostochny -> Wostotschny
    (r"(?<=[aeiou])y(?=[bcdfghklmnprstvwxz\x00\x01\x02])", "i"),   # Mikhaylov -> Michailow, Zaytsev -> Saizew
    (r"ey$", "ej"), (r"ay$", "ai"), (r"oy$", "oi"),    # Sergey, Nikolay, Tolstoy
    (r"iy$", "i"), (r"\x03$", "i"),                   # Dmitriy
    (r"(?<=[bcdfghklmnprstvwxz])y$", "i"),            # Dmitry, Yevgeny
]
_UK_ENDINGS = [
    (r"^alexandr$", "alexander"),                     # the Russian form beside a Ukrainian surname too
    (r"(?<=[aeiou])y(?=[bcdfghklmnprstvwxz\x00\x01\x02])", "j"),   # Mykhaylo -> Mychajlo, Samoylenko -> Samojlenko
    # й written i before l or ch: Mykhailo -> Mychajlo, Mykhailenko -> Mychajlenko, Mykolaichuk -> Mykolajtschuk
    (r"(?<=[ao])i(?=l|ts)", "j"),
    (r"ey$", "ej"), (r"ay$", "aj"), (r"oy$", "oj"),
    (r"iy$|ii$", "ij"), (r"\x03$", "yj"),            # Andriy -> Andrij, Syrskyi -> Syrskyj
    (r"(?<=sk)y$", "yj"),                              # Zelensky -> Selenskyj
    (r"(?<=[bcdfghklmnprstvwxz])y$", "yj"),
]
_COMMON_TAIL = [
    (r"(?<=[aou])iv$", "jiv"),                        # Ukrainian -їв after a vowel: Chuhuiv -> Tschuhujiw, Mykolaiv
    (r"(?<=\x01)ia$", "ja"),                          # -ця, -ция: Vinnytsia -> Winnyzja
    # a Georgian region in -eti, which German names -etien: Kakheti -> Kachetien, Imereti -> Imeretien
    (r"(?<=[bcdfghklmnprstvz\x00])eti$", "etien"),
    (r"ev$", "ew"), (r"ov$", "ow"), (r"eva$", "ewa"), (r"ova$", "owa"),
    (r"v", "w"),
    (r"(?<![st])z", "s"),
    (r"\x00", "ch"),
    (r"\x01", "z"),
    (r"\x02", "ss"),
    (r"\x04", "s"),
    (r"\x05", "y"),
]
# я, ё, ю after a consonant, which Belarusian and Ukrainian romanisation write "ia", "io", "iu": German "ja", "jo",
# "ju" before a consonant (Aliaksei -> Aljaksej, Artsiom -> Arzjom, Liudmyla -> Ljudmyla). Only in those names:
# Russian names in English write и + a vowel so too ("Veniamin", "Tsiolkovsky": Weniamin, Ziolkowski), and
# Georgian ones keep it ("Giorgi", "Matchavariani"); never at the end ("Maria", "Julia").
# (and before a Belarusian surname's -au, -ou: -яў, -ёў, "Kavaliou" -> "Kawaljou")
_IA = [(r"(?<=[bcdfhklmnprstvwxz\x00\x01])i(?=[aou][bcdfghklmnprstvwxz\x00\x01]|[ao]u$)(?![aou]ni$)", "j")]
_RU = [(re.compile(a), b) for a, b in _COMMON_HEAD + _RU_ENDINGS + _COMMON_TAIL]
_UK = [(re.compile(a), b) for a, b in _COMMON_HEAD + _IA + _UK_ENDINGS + _COMMON_TAIL]
_BE = [(re.compile(a), b) for a, b in _COMMON_HEAD + _IA + _RU_ENDINGS + _COMMON_TAIL]
# endings of Slavic places and names ("Chizhovka", "Khatlon", "Khibiny", "Sikhote"; not "Sankhyam")
_SLAVIC_PLACE_END_RE = re.compile(r"(?:[oe]vka|[oe]vo|ino|sk|ny|[oe]v|in|an|on|ka|ya|ia|[aeiouy][bdgklmnprstvz]e)$")
# Belarusian names in the official romanisation: a surname in -au, -ou (-аў, -оў: Kharytonau) or -enka, a first
# name with Belarusian "ia", "h" or "ts" (Siarhei, Aliaksandr, Artsiom, Yauhen, Uladzimir)
_BELARUSIAN_RE = re.compile(r"[bcdfghklmnprstvz][ao]u$|enka$|^(?:siarh|aliaks|artsiom|yauh|ulad|viach|zmits)",
                            re.IGNORECASE)


IN_GERMAN_USE_MIN_ZIPF = 2.0   # "Ryanair" 3.3 (English 2.7), "Yandex" 2.3; not "Tbilisi" 2.0 (English 2.8)


@lru_cache(maxsize=50_000)
def germanize(name: str, lang: str = "ru", ss: bool = True, ch: bool = True) -> str:
    """The German (Duden) transliteration of an English-romanised Slavic name; LANG "uk" keeps the Ukrainian
    forms German press uses (Andrij, Selenskyj, Mychajlo), "be" the Belarusian ones (Sjarhej, Aljaksandr).
    SS=False leaves a single s between vowels alone; CH=False leaves "ch" alone."""
    low = name.lower()
    for pat, rep in {"uk": _UK, "be": _BE}.get(lang, _RU):
        if (rep == "\x02" and not ss) or (rep == "tsch" and not ch):
            continue
        low = pat.sub(rep, low)
    if lang == "be" and low.endswith("ei"):
        low = low[:-2] + "ej"   # Belarusian й: Siarhei -> Sjarhej (the Russian Alexei stays)
    # an initial E before a consonant is Е, "Je" in German, where German text has that form more than the one
    # with E ("Evgeniy" -> "Jewgeni", "Egor" -> "Jegor"; not "Eduard", "Elena": Э, or German's own)
    if re.match(r"e[^aeiouy]", low) and lexicon.zipf_de("j" + low) > lexicon.zipf_de(low):
        low = "j" + low
    return low[0].upper() + low[1:] if name[:1].isupper() else low


def looks_slavic_surname(word: str) -> bool:
    low = word.lower()
    m = _SURNAME_RE.search(low)
    # Georgian -uri, -eli only with letters of English romanisation: "Tsiklauri", "Rustaveli", not "Ziklauri"
    return bool(m) and (not low.rstrip("s").endswith(("uri", "eli")) or bool(re.search(r"[vy]|kh|zh|sh|ts", low)))


def looks_ukrainian(*names: str) -> bool:
    return any(_UKRAINIAN_RE.search(n) for n in names if n)


def name_language(ctx: Context, names: list[str]) -> str:
    """"uk", "be" or "ru": the romanisation NAMES (a first name and a surname, or one of them) are written in."""
    if looks_ukrainian(*names) or _ukrainian_document(ctx):
        return "uk"
    return "be" if any(_BELARUSIAN_RE.search(n) for n in names if n) else "ru"


def _candidate(ctx: Context, i: int, ss: bool = True) -> bool:
    w = ctx.doc.tokens[i].text
    # (nor a brand in camel case: "CapitalNova")
    if not (w[:1].isupper() and w.isalpha() and 4 <= len(w) <= lexicon.MAX_WORD_LEN) or w.isupper() \
            or ctx.claimed(i) or not w[1:].islower():
        return False
    # cheap tests first: most capitalised words are nouns with nothing Slavic-English about them
    # (an "rz" the only such letters, in a name ending in -ov or -ev, which Polish writes -ow: "Omurzakov")
    if _NOT_ENGLISH_RE.search(w) and not _ENGLISH_ROMAN_RE.search(w.lower()) \
            and not (_NOT_ENGLISH_RE.findall(w.lower()) == ["rz"] and re.search(r"[oe]va?$", w)):
        return False
    # a name in its own Latin alphabet (Latvian, Lithuanian, Turkish, Azerbaijani …: "Vasiļjeva") is written as
    # its language writes it, no English romanisation of Cyrillic; so is one with a c of its own, which English
    # romanisation writes only in "ch" ("Cricova", a Moldovan winery; not "Kovalchuk")
    if _OWN_ALPHABET_RE.search(w) or re.search(r"c(?![hkz])", w.lower()):
        return False
    # (in an article whose names are Czech, Slovak or Polish, a name whose German form would only write w for v and
    # has no East Slavic ending is one of theirs: "Pavel" beside "Novotný" is no Russian "Pawel")
    if _west_slavic_document(ctx) and germanize(w, ss=ss) == w.replace("v", "w").replace("V", "W") \
            and not re.search(r"(?:enko|[uy]k|[oe]va?|[^aeiou]y|sky)$", w.lower()):
        return False
    # a first name before a Romanian surname, in -u after a consonant ("Valentina Rusu", "Ion Munteanu",
    # "Dorin Popescu"): a Moldovan or Romanian name, written in its own Latin letters
    toks = ctx.doc.tokens
    if i + 1 < len(toks) and ctx.adjacent(i, i + 1) and re.search(r"[A-Z][a-zăâîșț]*[bcdfghlmnprstvzș]u\Z",
                                                                    toks[i + 1].text):
        return False
    # a German noun's derivation or plural is no name, whatever its letters ("Refurbishierung", "Evidenzen")
    low = w.lower()
    if low.endswith(("ierung", "ierungen", "ungen", "heit", "keit", "schaft")) \
            or any(len(w) - len(end) >= 5 and low.endswith(end) and nouns.analyses(w[:-len(end)])
                   and lexicon.is_german(w[:-len(end)]) for end in ("n", "en")):
        return False
    # a German word with its last syllable doubled is garbled, no name ("Provinzinz")
    if any(w[-k:] == w[-2 * k:-k] and len(w) - k >= 4 and lexicon.is_german(w[:-k]) for k in (2, 3, 4)):
        return False
    # a doubled vowel inside the name is Finnish, Estonian or Dutch ("Liisa", "Tiit", "Maarten"), not an English
    # spelling of a Cyrillic name (Saakashvili keeps its Georgian ending, which is evidence of its own)
    if _DOUBLE_VOWEL_RE.search(w[1:-1].lower()) and not _STRONG_SURNAME_RE.search(w.lower()):
        return False
    # y before "ea" is English or Scandinavian spelling ("Longyearbyen"): Cyrillic е after й is "ye", я "ya"
    if "yea" in w.lower():
        return False
    # "ch" alone says little: English writes Ч so ("Chornomorsk"), German writes Х so ("Chomenko", "Charkiw",
    # "Michail"); such names are the glossary's, unless the ch is in a suffix where Ч is the rule ("Sachenko",
    # "-chuk") or the person's first name is English romanisation ("Andriy Tkachenko")
    if germanize(w, ss=ss, ch=False) != w or germanize(w, "uk", ss=ss, ch=False) != w:
        return not _misspelt_noun(w)
    # (or ch in a place with a Russian ending and no letter of German spelling: English writes Х "kh", so its ch
    # is Ч, "Monchegorsk" -> Montschegorsk; German forms write w, j, sch there, "Tschechowsk")
    # (not a name German text has more than English text: its ch is German Х, "Turuchansk")
    if "ch" in low and _PLACE_ENDING_RE.search(low) and not re.search(r"w|j|sch", low) \
            and lexicon.zipf_de(low) <= lexicon.zipf_en(low):
        return not _misspelt_noun(w)
    if _CAUCASUS_J_RE.search(w) and _caucasus_document(ctx):
        return not _misspelt_noun(w)   # "Dilijan": English j for ջ, ჯ, c: German "dsch"
    return (germanize(w, ss=ss) != w) and (bool(CH_SUFFIX_RE.search(w.lower())) or _after_english_first_name(ctx, w)) \
        and not _misspelt_noun(w)


def _misspelt_noun(w: str) -> bool:
    """A long word one typing edit from a frequent German noun is a misspelt noun, no name ("Governeur":
    "Gouverneur"; first names are short and often one edit from a noun: "Pavel", "Panel"). (Asked last: costly.)"""
    from ...names import near_noun
    return len(w) >= 8 and not looks_slavic_surname(w) and near_noun(w)


_ENGLISH_LETTERS_RE = re.compile(r"[yvYV]|kh|zh|sh|ts|ks", re.IGNORECASE)
# letters of English romanisation no Polish or Czech name has: they outweigh an "rz" or a "w" ("Mirziyoyev")
_ENGLISH_ROMAN_RE = re.compile(r"kh|zh|y[aeouy]|iy$|yev$|yov$")
CH_SUFFIX_RE = re.compile(r"(?<=[a-z])ch(?:enko|uk|yk)s?$")


def _after_english_first_name(ctx: Context, word: str) -> bool:
    """WORD stands somewhere in the article right after a first name in English romanisation ("Andriy
    Tkachenko"): the surname is spelled the same way."""
    def compute() -> frozenset[str]:
        toks = ctx.doc.tokens
        out = set()
        for k in range(1, len(toks)):
            prev = toks[k - 1].text
            # (the cheap test first: letters only English romanisation writes)
            if _ENGLISH_LETTERS_RE.search(prev) and prev[:1].isupper() and prev.isalpha() and ctx.adjacent(k - 1, k) \
                    and toks[k].text[:1].isupper() and not nouns.analyses(prev) and (germanize(prev, ch=False) != prev
                                                      or germanize(prev, "uk", ch=False) != prev):
                out.add(toks[k].text)
        return frozenset(out)
    return word in ctx.memo("transliteration.after_english_first_name", compute)


def check(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    text = ctx.doc.text
    # words that may be English transliterations (not German words, not glossary forms)
    candidates: dict[int, str] = {}
    changed: dict[int, str] = {}   # may be a first name even if German knows it ("Vera")
    for i, t in enumerate(toks):
        if not _candidate(ctx, i):
            continue
        w = t.text
        # a word in -iza German text has and English text not, where only its z would change, is German: z for ц
        # ("Staniza", which English writes "Stanitsa"; English z for з is "Termez", Termes)
        if re.search(r"iz[aeyu]n?$", w) and lexicon.zipf_de(w.lower()) > 0 and lexicon.zipf_en(w.lower()) == 0 \
                and germanize(w) == w.replace("z", "s").replace("Z", "S"):
            continue
        # "ss" between vowels alone is no sign of an English spelling of a first name ("Isaac", "Lisa")
        if _candidate(ctx, i, ss=False):
            changed[i] = w
        # (nor an English name the glossary has a German one for: it decides, and keeps quiet in a name, "der
        # Moldova IT Park", where the rule would make a "Moldowa" nobody writes)
        # (nor a compound of German words with a noun of the lexicon as its head, which hunspell may not build:
        # "Finanzvorstand", "Zyanidschlamm")
        if w in ctx.glossary.known_words or lexicon.is_german(w) or w in club_names(ctx) or _japanese(ctx, w) \
                or w in _own_alphabet_names(ctx) \
                or _german_compound(w) \
                or _english_name_follows(ctx, i) or _chinese(ctx, i) or _south_asian(ctx, i) or role_word(w) \
                or any(len(v.words) == 1 for v in ctx.glossary.name_index.get(w, ())):
            continue
        # a name German text writes so at least as often as English text does is the German press form too
        # ("Ryanair", "Gazprom", "Yandex")
        # (not a Slavic name by its form, nor one beside another name: "Pavel Sokolov" is Pawel Sokolow)
        if lexicon.zipf_de(w.lower()) >= max(IN_GERMAN_USE_MIN_ZIPF, lexicon.zipf_en(w.lower())) \
                and not looks_slavic_surname(w) and not any(
                    0 <= k < len(toks) and ctx.adjacent(min(i, k), max(i, k)) and _name_like(ctx, k)
                    for k in (i - 1, i + 1)):
            continue
        # an English word ("Biased Chains") is no name in English transliteration, unless its ending says Slavic
        if lexicon.is_english(w.lower()) and not _STRONG_SURNAME_RE.search(w.lower()):
            continue
        # the adjective of a place in -y the article writes as it stands ("Almaty", "die Almatyer Kette"): its y
        # before the -er is the place's, no English y + vowel
        if w.endswith("yer") and w[:-2] in _article_words(ctx):
            continue
        candidates[i] = w
    names: dict[int, tuple[str, str]] = {}   # token -> (base, genitive s) of names to rewrite
    # places by their form and position, in an article not (yet) shown to be about the region
    pending_places: list[tuple[int, str, str]] = []
    for i, w in candidates.items():
        # (or a Latvian place in -gava in an article about the Baltic states: "Jelgava", "Daugava")
        if _latvian_pair(ctx, i) or _LATVIAN_PLACE_RE.search(w) \
                or (w.endswith("gava") and _mentions(ctx, _BALTIC_RE)):
            continue
        # a Lithuanian name written without its letters (Panevezys for Panevėžys) is no English romanisation:
        # German keeps the Lithuanian spelling, which the rules would not restore
        if _LITHUANIAN_ENDING_RE.search(w.lower()) and _mentions(ctx, _BALTIC_RE):
            continue
        # (nor a word of a name whose other word is written in a Latin alphabet of its own: "Žalioji Pieva")
        if any(0 <= k < len(toks) and ctx.adjacent(min(i, k), max(i, k)) and toks[k].text[:1].isupper()
               and (_OWN_ALPHABET_RE.search(toks[k].text) or _BALTIC_SLAVIC_LETTERS_RE.search(toks[k].text))
               for k in (i - 1, i + 1)):
            continue

        # nor a Latvian name with a lone h, Latvian's letter for х, and a Latvian ending ("der Grenzübergang
        # Terehova"), which English romanisation writes kh; not with English romanisation's y or iu, nor a
        # Belarusian -ich, whose h is г ("Hutarovich", "Hnatiuk", Armenian "Hakobyan")
        low = w.lower()
        if re.search(r"(?<![kzsc])h", low) and re.search(r"[aes]$", low) and not re.search(r"y|iu|ich$", low) \
                and _mentions(ctx, _BALTIC_RE) and not looks_ukrainian(w):
            continue
        base, s = (w[:-1], "s") if w.endswith("s") and looks_slavic_surname(w[:-1]) else (w, "")
        nxt, prev = i + 1, i - 1
        first_name_before_surname = (nxt in candidates and looks_slavic_surname(candidates[nxt])
                                     and not _WEAK_ENDING_RE.search(candidates[nxt]) and ctx.adjacent(i, nxt))
        slavic = False
        if looks_slavic_surname(base) and len(base) >= 5:
            # A Slavic first name before it, a role noun before a lone surname, an ending that is Slavic by
            # itself, or an article about Russia, Ukraine or Belarus. Without any ("Peter Ustinov", "Isaac
            # Asimov", "Netdevs") it is an established Western spelling or no name.
            # -in/-ina: Western ("Martin", "Zanin") and Turkish ("Aytekin") as well as Russian
            weak = bool(_WEAK_ENDING_RE.search(base))
            # an English digraph of a Cyrillic letter ("ch" is no evidence: German writes it for х too, "Michajlov")
            # (or Ц, Ж, Х at the start, which English writes "Ts", "Zh", "Kh": "Tsvetkov", "Zhuravlev")
            digraph = bool(re.search(r"kh|zh|sh|ts|y[aeiou]", base[1:])) or base.startswith(("Ts", "Zh", "Kh"))
            slavic_first_name = ctx.adjacent(prev, i) and prev >= 0 and (
                (prev in candidates and prev in changed) or _is_first_name(ctx, prev, changed))
            if slavic_first_name and weak:
                # -in/-ina after any first name the rules would change is Turkish as often ("Deniz Aytekin"):
                # the first name must be Slavic by its form or the glossary ("Kseniya Lapina", "Juri Gagarin")
                first = toks[prev].text
                # (not y + vowel or sh: Turkish has them too, "Ayla", "Yasin", "Sahin")
                slavic_first_name = first in _slavic_glossary_words(ctx) or _strong_slavic_form(first) or bool(
                    re.search(r"kh|zh|ts", first[1:].lower()))
            # an unknown first name ("Nikodim Kabanov"; not "Peter" or "Isaac", which German knows) before an
            # ending that is no common Western one (-in, -ina are: "Martin", "Zanin")
            unknown_first_name = (_name_like(ctx, prev) and ctx.adjacent(prev, i) and not lexicon.is_german(toks[prev].text)
                                  and not weak)
            # a Slavic ending and an English digraph together ("Petukhov", "Prigozhina")
            double = digraph and not weak
            # kh and zh, which German spelling never has inside a word, after a first name: also with -in/-ina
            # ("Alina Mukhina", "Ilya Pozharin")
            double = double or (bool(re.search(r"kh|zh", base[1:])) and ctx.adjacent(prev, i) and _name_like(ctx, prev))
            # a role noun before it is evidence for a Slavic ending, not for -in/-ina alone, which Turkish names share
            # ("Schiedsrichter Deniz Aytekin", "Trainer Tekin"), unless an English digraph says Slavic
            # (also before a first name no German or English dictionary knows: "Klimaforscher Taras Hnatyshyn",
            # not "Schriftsteller Isaac Asimov")
            foreign_first = _name_like(ctx, prev) and not lexicon.is_german(toks[prev].text) \
                and not lexicon.is_english(toks[prev].text.lower())
            role = (_role_before(ctx, i) or (ctx.adjacent(prev, i) and (prev in changed or foreign_first)
                                             and _role_before(ctx, prev))) and (not weak or digraph)
            slavic = (slavic_first_name or unknown_first_name or double or bool(_STRONG_SURNAME_RE.search(base.lower()))
                      or role
                      or (document_context(ctx) and not weak))
        if not slavic:
            # two unknown names in a row, one of them Slavic in form ("Valentyna Hrechko", "Liliya Korzh"); digraphs
            # alone are weaker evidence (Chinese "Zhang", Arabic "Khan"): a Russian sentence and a name of more
            # than one syllable
            pair = [k for k in (prev, nxt) if k in candidates and ctx.adjacent(min(i, k), max(i, k))]
            # or beside a Slavic first name of the glossary ("Valentyna Hrechko"), or a name that is Slavic in form
            # beside any unknown name ("Kseniya Lapina", "Artem Svystun")
            beside = [k for k in (prev, nxt) if 0 <= k < len(toks) and ctx.adjacent(min(i, k), max(i, k))]
            slavic = (first_name_before_surname
                      or any(_strong_slavic_form(base) or _strong_slavic_form(candidates[k]) for k in pair)
                      # a Belarusian surname's -au, -ou after a consonant (-аў, -оў) with an English digraph
                      # ("Shautsou", "Kharytonau"): no Western name has both
                      or (bool(re.search(r"[bcdfghklmnprstvz][ao]u$", base)) and len(base) >= 6
                          and bool(re.search(r"kh|zh|sh|ts", base.lower())) and not lexicon.is_english(base.lower()))
                      or (prev in beside and toks[prev].text in _slavic_glossary_words(ctx))
                      or any(_name_like(ctx, k) and not lexicon.is_german(toks[k].text)
                             and (_strong_slavic_form(base) or _strong_slavic_form(toks[k].text)) for k in beside)
                      or (bool(re.search(r"(?:yi|yy|iy)$", base)) and any(_name_like(ctx, k) for k in beside))
                      # (or English "shch" for Щ beside any name: "Viktor Shchukin")
                      or ("shch" in base.lower() and any(_name_like(ctx, k) for k in beside))
                      or (bool(_DIGRAPH_RE.search(base)) and _slavic_context(ctx, i) and len(base) >= 6
                          and not _german_h_part(base))
                      # a word no dictionary knows where a noun stands, after an article, with an English digraph,
                      # in an article about the region: a river or place in English romanisation ("entlang der
                      # Velikaya"; people's names take no article)
                      or (bool(re.search(r"kh|zh|sh|y[aeiou]", base[1:])) and len(base) >= 6
                          and document_context(ctx)
                          and prev >= 0 and ctx.adjacent(prev, i) and M.determiner(toks[prev].text) is not None
                          and not nouns.analyses(base) and not _german_h_part(base) and not _english_start(base)
                          and not any(lexicon.is_german(base[:k]) for k in range(5, len(base) - 1))
                          and not (nxt < len(toks) and toks[nxt].text[:1].isupper() and ctx.adjacent(i, nxt)))
                      # Russian adjective endings as English writes them (-ый, -ое, -ые: "Kamennyy Log",
                      # "Kholodnoye More") or the noun suffix -ство ("Rosrybolovstvo"), in an article about the
                      # region: no German or English word ends so
                      or (bool(re.search(r"[bcdfghklmnprstvz](?:yy|oye|yye)$|[^s]stv[oa]$", base)) and len(base) >= 6
                          and document_context(ctx) and not lexicon.is_english(base.lower()))
                      # a name opening with Zh or Kh, which no German or English word does, in an article about
                      # the region ("Taras Zhytnyk")
                      or (bool(re.match(r"(?:Zh|Kh)[aeiouy]", base)) and len(base) >= 6 and document_context(ctx))
                      # English sh (no German word has it) in a name no dictionary knows in a sentence about the
                      # region: a Turkic or Caucasian name in English romanisation ("Kashagan", "Shamkir",
                      # "Beshbarmak", "Galkynysh")
                      or (_english_sh(base) and (_slavic_context(ctx, i) or (
                          document_context(ctx) and i not in ctx.doc.sentence_starts
                          and not _western_first_name(ctx, prev, i))))
                      # Вы- and the adjective's -овый, -евый as English writes them ("Vyborg", "Sosnovy Bor"): no
                      # German or English word opens with Vy or ends in -ovy
                      or (bool(re.search(r"^Vy[bcdfgklmnprstvz]|[oe]vy$", base)) and len(base) >= 5
                          and document_context(ctx) and not lexicon.is_english(base.lower())
                          and not _english_name(base))
                      # an English j between vowels in a place of the Caucasus (Armenian ջ, Georgian ჯ,
                      # Azerbaijani c: "in Dilijan" -> "Dilidschan", "Ganja" -> "Gandscha")
                      or (bool(_CAUCASUS_J_RE.search(base)) and len(base) >= 5 and _caucasus_document(ctx)
                          and _place_position(ctx, i) and not lexicon.is_english(base.lower()))
                      # an Armenian surname in -ian after a first name, in an article about Armenia
                      # ("Viktor Ambartsumian")
                      or (base.endswith("ian") and len(base) >= 8 and _mentions(ctx, _ARMENIA_RE)
                          and prev >= 0 and ctx.adjacent(prev, i) and _name_like(ctx, prev)
                          and not lexicon.is_english(base.lower()))
                      # a Georgian surname (-ani, -ia, -ua, -ava, -uli) with letters of English romanisation after a
                      # first name, in an article about Georgia ("Luka Matchavariani" -> Matschawariani)
                      or (_georgian_surname(ctx, base)
                          and bool(re.search(r"kh|zh|sh|ch|ts|v", base.lower())) and prev >= 0
                          and ctx.adjacent(prev, i) and _name_like(ctx, prev) and not lexicon.is_english(base.lower()))
                      # or inside a name beside another name there ("Jamshed Rakhimzoda")
                      or (bool(re.search(r"kh|zh", base[1:].lower())) and len(base) >= 6 and document_context(ctx)
                          and any(_name_like(ctx, k) and k not in ctx.doc.sentence_starts
                                  and not lexicon.is_german(toks[k].text) for k in beside))
                      # a name opening with Ts, Zh or Kh (Ц, Ж, Х: no German or English word opens so) beside
                      # another name the rules change, in an article about the region ("Yahor Tsvirko", "Anastasia
                      # Zhuk")
                      or (base.startswith(("Ts", "Zh", "Kh")) and document_context(ctx)
                          and (bool(pair) or any(_name_like(ctx, k) for k in beside)))
                      # or after the German noun it names ("die Agraraufsicht Rosselkhoznadzor")
                      or (bool(re.search(r"kh|zh", base[1:].lower())) and len(base) >= 8 and document_context(ctx)
                          and prev in beside and bool(nouns.analyses(toks[prev].text)) and not _german_h_part(base)))
        # a first name in -iya after "Frau" or a role in an article about the region ("Seine Frau Yevgeniya, …" ->
        # Jewgenija); kh inside a word no dictionary knows, mid-sentence there ("gegen Shakhtar"):
        # German writes kh only where a compound's part opens with h ("Blockhaus"), which hunspell knows
        if not slavic and document_context(ctx) and len(base) >= 6 and not lexicon.is_english(base.lower()) \
                and i not in ctx.doc.sentence_starts and (
                    (base.endswith("iya") and prev >= 0 and ctx.adjacent(prev, i)
                     and (toks[prev].text in _ROLE_TITLES or role_word(toks[prev].text)))
                    or (re.search(r"(?<=[aeiou])kh(?=[aeiou])", base[1:].lower()) and not _german_h_part(base)
                        and not _english_h_part(base) and not nouns.analyses(base)
                        and not (nxt < len(toks) and ctx.adjacent(i, nxt) and toks[nxt].text[:1].isupper()))):
            slavic = True
        if not slavic and _german_form_elsewhere(ctx, base):
            slavic = True  # the article itself writes the German form ("Petrozavodsk" beside "Petrosawodsker")
        if not slavic and _region_place(ctx, i, base):
            if document_context(ctx):
                slavic = True
            else:
                pending_places.append((i, base, s))
        if slavic:
            names[i] = (base, s)
    # names of people the rules found Slavic by their own evidence make the article one about the region, for its
    # places too ("Svetlana Kuznetsova" beside "zwischen Imatra und Zelenogorsk" in a story from Finland)
    if names:
        names.update((i, (base, s)) for i, base, s in pending_places)
    # the same name elsewhere in the article, where nothing around it says Slavic ("…, sagte Chornovol."): the
    # evidence of its first mention holds for the article
    # (a short one only with a digraph no German word opens with: "Zhuk")
    found_bases = {base for base, _ in names.values()
                   if len(base) >= 5 or (len(base) == 4 and base.startswith(("Zh", "Kh", "Ts")))}
    for i, w in candidates.items():
        if i not in names:
            base, s = (w[:-1], "s") if w.endswith("s") and w[:-1] in found_bases else (w, "")
            if base in found_bases:
                names[i] = (base, s)
    # a first name before a Slavic surname, even one German knows in another spelling ("Vera" -> "Wera"), but no
    # German compound ("nahe der Verdichterstation Strandzha"); the surname may be one the glossary already put
    # right ("Arkhip Gerasimov": "Gerasimov" is Waleri Gerassimow's)
    surnames = list(names) + [i for i, t in enumerate(toks) if ctx.claimed(i) and i - 1 in changed
                              and t.text in _slavic_glossary_surnames(ctx)]
    for i in surnames:
        prev = i - 1
        if prev in changed and prev not in names and ctx.adjacent(prev, i) and prev not in ctx.doc.sentence_starts \
                and not nouns.analyses(changed[prev]) and changed[prev] not in ctx.glossary.known_words \
                and not (lexicon.is_german(changed[prev]) and nouns.head_of(changed[prev])) \
                and not role_word(changed[prev]) and not german_agent_noun(changed[prev]) \
                and not (_DIGRAPH_RE.search(changed[prev]) is None
                         and wordformation.explain(changed[prev]) == "a compound of German words"):
            names[prev] = (changed[prev], "")
    out = _hyphenated(ctx, names)
    for i in sorted(names):
        base, s = names[i]
        # the whole name decides the language: "Zynoviy Fastenko" is Ukrainian by its surname
        full = [base] + [toks[k].text for k in (i - 1, i + 1)
                         if 0 <= k < len(toks) and ctx.adjacent(min(k, i), max(k, i)) and _name_like(ctx, k)]
        lang = name_language(ctx, full)
        # (English j for ջ, ჯ, c in a place of the Caucasus; a first name keeps its j, German "Gajane")
        caucasian_j = _caucasus_document(ctx) and _place_position(ctx, i)
        german = germanize(_CAUCASUS_J_RE.sub("dsch", base) if caucasian_j else base, lang)
        if german.endswith("ian") and _mentions(ctx, _ARMENIA_RE):
            german = german[:-3] + "jan"   # Armenian -յան, which English also writes -ian: Ambarzumjan
        if german == base:
            continue
        context = _slavic_context(ctx, i)
        known = lexicon.is_german(german) or german in ctx.glossary.known_words
        msg = f"English transliteration of a name from the region; German press writes „{german}{s}“"
        start, end = toks[i].start, toks[i].end
        proposals = [german + s]
        if re.search(r"[bcdfgklmnprstvwxz]ei$", german) and lang == "ru":
            proposals.append(german[:-1] + "j" + s)    # Alexei or Alexej: both German spellings of -ей
        ev = re.search(r"(?:lew|schew)(a?)$", german)
        if lang == "ru" and ev:
            # -лёв, -чёв, -шёв: English writes ё as e ("Zhuravlev", "Gorbachev"), German as jo/o after l and the
            # sibilants ("Schurawljow", "Gorbatschow"), in the feminine too ("Schurawljowa"); -лев, -чев are rarer
            # and stay second
            stem = german[: ev.start()] + ("l" if ev.group().startswith("l") else "sch")
            proposals.insert(0, stem + ("jow" if stem.endswith("l") else "ow") + ev.group(1) + s)
        if re.search(r"[bcdfgklmnprstvwxz]ia$", german) and _name_like(ctx, i + 1) and ctx.adjacent(i, i + 1):
            # a first name in -ия, -ія: English writes ia, German press ija ("Yevgenia" -> "Jewgenija", "Yulia" ->
            # "Julija"); not a surname, which may be Georgian (-ia: "Schwania")
            proposals.insert(0, german[:-2] + "ija" + s)
        if base.lower().endswith("sky") and german.endswith("ski") and lang == "ru":
            proposals.append(german[:-1] + "y" + s)    # Tschaikowski or the older Tschaikowsky, both in use
        elif (kept := _place_final_y(base, german)) and _place_position(ctx, i):
            proposals.insert(0, kept + s)   # ("Balykchy" -> "Balyktschy")
        out.append(Finding(start, end, text[start:end], "TRANSLITERATION", "transliteration",
                           "error" if known or context else "warning", msg, proposals))
    for f in out:
        ctx.claim(f.start, f.end)
    return out


# Hepburn romanisation: every syllable (consonant, optional y) vowel, or n; doubled consonants ("Hokkaido")
_HEPBURN_RE = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|j|ts|f|w|y|kk|tt|ss|pp|tch|ssh)?[aeiou]|n)+")
_JAPAN_RE = re.compile(r"\bJapan|\bjapanisch|\bTokio\b|\bTokyo\b")


_BALTIC_RE = re.compile(r"lettland|lettisch|litauen|litauisch|estland|estnisch|\briga\b|vilnius|tallinn", re.I)


def _v_before_consonant(ctx: Context, base: str) -> bool:
    """A v before a consonant or at the end of a place's name ("um Roslavl"), which German spelling has not: an
    English v for в, except in an article about the Baltic states, whose own spelling has it ("Daugavpils")."""
    return len(base) >= 6 and base.isascii() and bool(re.search(r"v(?![aeiouy])", base.lower())) \
        and not _mentions(ctx, _BALTIC_RE)


def _japanese(ctx: Context, word: str) -> bool:
    """A Japanese name in an article that mentions Japan ("aus Toyama und Fushiki"): its y and sh are Hepburn's,
    not English letters for Cyrillic ones."""
    return (bool(_HEPBURN_RE.fullmatch(word.lower())) and not looks_slavic_surname(word)
            and _mentions(ctx, _JAPAN_RE))


# Hanyu Pinyin: a first syllable of zh, ch, sh, x or q before -ong/-ang/-eng ("Zhongya", "Xiang", "Zhuang"), or a
# neighbour opening with ji, xi, xu or qi before a vowel ("Jiancai", "Xiamen", "Qiao"): Chinese, which Russian
# names in English letters never show
_PINYIN_HEAD_RE = re.compile(r"^(?:zh|ch|sh|x|q)[iu]?(?:ong|ang|eng)")
_PINYIN_RE = re.compile(r"^(?:ji|xi|xu|qi)[aeiou]")
# a word made of pinyin syllables only, with a final Russian names never have ("Alashankou": a-la-shan-kou)
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei"
                    r"|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|a|o|e|i|u)")
_PINYIN_WORD_RE = re.compile(f"^(?:{_PINYIN_SYLLABLE})+$")
_PINYIN_FINAL_RE = re.compile(r"ou|ang|eng|ong|iao|uo")
# words by which a sentence places a name in China ("am chinesischen Ufer, in der Stadt Fuyuan")
_CHINA_RE = re.compile(r"^(?:[Cc]hines|China|Peking)")


GERMAN_HEAD_MIN_ZIPF = 3.0   # a common noun as a compound's head ("Schlamm" 3.7; not "Nets" of "Kamenets")


def _german_compound(word: str) -> bool:
    """WORD is a compound of German words whose head is a noun of the lexicon, listed whole ("Finanzvorstand") or a
    common noun after a first part of four letters or more ("Zyanid|schlamm"), which hunspell may not build."""
    if wordformation.explain(word) != "a compound of German words":
        return False
    if nouns.analyses(word):
        return True
    head = nouns.head_of(word)
    return head is not None and len(word) - len(head) >= 4 and lexicon.zipf_de(head.lower()) >= GERMAN_HEAD_MIN_ZIPF


# an article that mentions China, anywhere
_CHINA_MENTION_RE = re.compile(r"\b(?:[Cc]hines|China|Peking|Shanghai)")


def _pinyin_in_chinese_story(ctx: Context, word: str) -> bool:
    """WORD is made of pinyin syllables only, in an article that mentions China ("Huanyu-Chefin" of a Chinese
    importer): its y is pinyin's, no English letter for Cyrillic й or ю."""
    return bool(_PINYIN_WORD_RE.match(word.lower())) and _mentions(ctx, _CHINA_MENTION_RE)


def _chinese(ctx: Context, i: int) -> bool:
    """Token i is a Chinese name in pinyin ("Zhongya Jiancai"): its zh is no Cyrillic ж. Judged by the word itself
    or by a capitalised neighbour in the same name."""
    toks = ctx.doc.tokens
    low = toks[i].text.lower()
    if _georgian_surname(ctx, low):
        return False   # (a Georgian surname's sh: "Shengelia" is no pinyin "sheng")
    if _PINYIN_HEAD_RE.match(low) or (_PINYIN_WORD_RE.match(low) and _PINYIN_FINAL_RE.search(low)):
        return True
    # (a word of pinyin syllables in a sentence about China, its neighbouring names pinyin too: "in der chinesischen
    # Stadt Fuyuan"; not "Narek Teryan")
    if _PINYIN_WORD_RE.match(low) and _sentence_mentions(ctx, i, _CHINA_RE) \
            and all(_PINYIN_WORD_RE.match(toks[k].text.lower()) for k in (i - 1, i + 1)
                    if 0 <= k < len(toks) and ctx.adjacent(min(i, k), max(i, k)) and toks[k].text[:1].isupper()
                    and k not in ctx.doc.sentence_starts):
        return True
    return any(0 <= k < len(toks) and ctx.adjacent(min(i, k), max(i, k)) and toks[k].text[:1].isupper()
               and _PINYIN_RE.search(toks[k].text.lower()) for k in (i - 1, i + 1))


# South Asia, whose names English writes in its own romanisation ("Vashi bei Mumbai"): countries, their adjectives
# and the big cities
_SOUTH_ASIA_RE = re.compile(r"(?:Indien|indisch|Pakistan|pakistanisch|Bangladesch|bangladeschisch|Sri Lanka|Nepal|"
                            r"Mumbai|Bombay|Delhi|Chennai|Kolkata|Kalkutta|Bengaluru|Bangalore|Hyderabad|Karatschi|"
                            r"Lahore|Dhaka|Colombo|Kathmandu)")


def _south_asian(ctx: Context, i: int) -> bool:
    """Token i is a name in a sentence about South Asia that has no Slavic ending ("Vashi bei Mumbai"): its sh and
    v are that region's English romanisation, not Cyrillic's."""
    word = ctx.doc.tokens[i].text
    return not looks_slavic_surname(word) and not _PLACE_ENDING_RE.search(word) \
        and _sentence_mentions(ctx, i, _SOUTH_ASIA_RE)


def _sentence_mentions(ctx: Context, i: int, regex: re.Pattern) -> bool:
    """A token of token i's sentence opens with a match of REGEX (a country or its cities); once per sentence."""
    toks = ctx.doc.tokens
    s = ctx.doc.sentence_of(toks[i].start)
    if s is None:
        return False
    return ctx.memo(f"mentions:{regex.pattern}:{s.start}",
                    lambda: any(regex.match(t.text) for t in toks[s.first:s.last]))


def _german_form_elsewhere(ctx: Context, base: str) -> bool:
    """The article writes the name's German transliteration too, as it stands or as the start of a word
    ("Wologda" beside "Vologda", "Petrosawodsker Werft" beside "Petrozavodsk")."""
    # (a common German word or name is no evidence: "Alexander" beside "Aleksander", "Dateien" beside "DATEIen")
    # (and only a name with a letter English writes for a Cyrillic one: "Dentry" beside "Dentries" is none; a
    # final -ay, -ey, -oy is -ай, -ей, -ой: "Kostanay" beside "Kostanai")
    if not base[1:].islower() or not re.search(r"v|kh|zh|sh|ch|ts|y[aeiou]|[aeo]y$", base.lower()):
        return False
    forms = {germanize(base, lang) for lang in ("ru", "uk")} - {base}
    forms = {f for f in forms if len(f) >= 5 and lexicon.zipf_de(f.lower()) < 2.5}
    words = ctx.memo("transliteration.capitalised", lambda: frozenset(
        t.text for t in ctx.doc.tokens if t.text[:1].isupper() and t.text.isalpha()
        and lexicon.zipf_de(t.text.lower()) < 2.5))
    return any(w.startswith(f) and len(w) <= len(f) + 3 for f in forms for w in words)


def opens_english_name(ctx: Context, word: str) -> bool:
    """WORD opens an English name somewhere in the article ("Zernova Trade" … "Zernova's Geschäftsführerin")."""
    return word in ctx.memo("transliteration.english_name_openers", lambda: frozenset(
        t.text for k, t in enumerate(ctx.doc.tokens) if _english_name_follows(ctx, k)))


def _english_name_follows(ctx: Context, i: int) -> bool:
    """Token I opens an English name, spelt as the company or club spells itself ("Bukhara Cotton Textile"):
    capitalised English words follow it, which German does not know. (Only here: elsewhere the same word may be
    the place the firm is named after, "Kakheti Wine Company" … "in Kakheti".)"""
    toks = ctx.doc.tokens
    if i + 1 >= len(toks) or not toks[i].text[:1].isupper():
        return False
    k = i + 1
    while k < len(toks) and ctx.adjacent(k - 1, k) and toks[k].text[:1].isupper() and toks[k].text.isalpha() \
            and ((lexicon.is_english(toks[k].text.lower()) and not lexicon.is_german(toks[k].text))
                 # (a firm's or a medium's head both languages have, in English order: "Iveria Bank", not
                 # "Iveria-Bank"; "Tsayg News")
                 or (k == i + 1 and toks[k].text in FIRM_HEADS)):
        k += 1
    return k > i + 1


# the heads of firms' and media's names German has as words too, which follow the name in English order
FIRM_HEADS = frozenset("Bank Holding Media Airlines Service Services Union News TV FM Radio Times Today".split())


# endings of Lithuanian names ("Panevėžys", "Žukauskienė", "Vaitkus" is not among them: too Western)
_LITHUANIAN_ENDING_RE = re.compile(r"(?:[^aeiou]ys|ius|ien[eė]|ait[eė]|yt[eė]|ut[eė]|aitis|[uū]nas|[eė]nas)s?$")
# the parts Latvian place names end in, "castle", "village", "manor": no Slavic name's ("Daugavpils", "Ventspils")
_LATVIAN_PLACE_RE = re.compile(r"(?<=[a-z])(?:pils|ciems|muiža|muiza)$")


def _latvian_pair(ctx: Context, i: int) -> bool:
    """Token I and a capitalised neighbour both end in -s where neither is a German word: a Latvian first name and
    surname in the nominative ("Aleksandrs Petrovs", "Jānis Ivanovs"), not two genitives of Russian names."""
    toks = ctx.doc.tokens
    w = toks[i].text
    if not w.endswith("s") or w.endswith("ss"):
        return False
    for k in (i - 1, i + 1):
        if 0 <= k < len(toks) and ctx.adjacent(min(i, k), max(i, k)):
            n = toks[k].text
            if n[:1].isupper() and n.isalpha() and len(n) >= 4 and n.endswith("s") and not n.endswith("ss") \
                    and not lexicon.is_german(n) and not nouns.analyses(n):
                return True
    return False


def _linking_s_apart(word: str) -> str:
    """WORD written small, an s before h that ends a German first part set apart from the h ("Karls|hamn", a
    Swedish town), so that it reads as no English sh."""
    low = word.lower()
    m = re.search(r"(?<!s)sh", low)
    if m is not None and m.start() >= 4 and lexicon.is_german_any_case(word[:m.start()]):
        return low[:m.start() + 1] + "|" + low[m.start() + 1:]
    return low


SH_NOUN_MIN_ZIPF = 3.0   # a common German noun in s before the h ("Preis" 5.1; not "Bolas" in "Bolashak")


def _english_sh(word: str) -> bool:
    """WORD, of seven letters or more, has an English sh no dictionary explains: not a German compound's linking s
    before an h ("Produktion|s|hale", "Kron|sh|tadt" read as "Kronstadt"), not an English word or name, not the
    -esh or -ash of South Asian names ("Gukesh")."""
    m = re.search(r"(?<!s)sh", word)
    if m is None or len(word) < 7 or re.search(r"[ae]sh$", word):
        return False
    # (nor a German noun ending in s before an English h-word: "Preis|hikes")
    return not (lexicon.is_german_any_case(word[:m.start()]) or lexicon.is_german_any_case(word.replace("sh", "s"))
                or (m.start() >= 3 and bool(nouns.analyses(word[:m.start() + 1]))
                    and lexicon.zipf_de(word[:m.start() + 1].lower()) >= SH_NOUN_MIN_ZIPF)
                or lexicon.is_english(word.lower()) or _english_name(word) or _german_h_part(word)
                or _english_start(word))


def _western_first_name(ctx: Context, prev: int, i: int) -> bool:
    """Token PREV, right before token I, is a first name the German or English dictionary knows ("Hans
    Krailsheimer", "John Toshack"): the surname after it is no transliteration."""
    if prev < 0 or not ctx.adjacent(prev, i):
        return False
    w = ctx.doc.tokens[prev].text
    return w[:1].isupper() and w[1:].islower() and (_english_name(w) or lexicon.is_german(w))


def _english_name(word: str) -> bool:
    from .english import is_name_word   # (english's imports reach this module)

    return is_name_word(word)


def _english_start(word: str) -> bool:
    """WORD opens with a common English word of four letters or more ("Supplyengpass", "Supplyer"): English in a
    German word, no name."""
    return any(lexicon.is_english(word[:k].lower()) and lexicon.zipf_en(word[:k].lower()) >= 3.5
               for k in range(4, len(word) - 1))


def club_names(ctx: Context) -> frozenset[str]:
    """Words the article writes after the abbreviation of a club or a company ("BC Kalev", "FK Dinamo", "HC
    Neftekhimik"): names of organisations, in their own spelling, wherever they stand in the article."""
    def compute() -> frozenset[str]:
        toks = ctx.doc.tokens
        return frozenset(toks[k].text for k in range(1, len(toks))
                         if 2 <= len(toks[k - 1].text) <= 4 and toks[k - 1].text.isupper()
                         and toks[k - 1].text.isalpha() and ctx.adjacent(k - 1, k) and toks[k].text[:1].isupper())
    return ctx.memo("transliteration.club_names", compute)


def _own_alphabet_names(ctx: Context) -> frozenset[str]:
    """Words the article writes in a name beside a word in a Latin alphabet of its own ("Medikaya Sağlık Grubu",
    Turkish): the name is in that language's spelling, wherever a word of it stands in the article, no English
    romanisation of Cyrillic. (Not a doubled vowel, which Ukrainian's English romanisation writes too: "Yuliia".)"""
    def compute() -> frozenset[str]:
        toks = ctx.doc.tokens
        return frozenset(toks[k].text for j in range(len(toks)) if _OWN_ALPHABET_RE.search(toks[j].text)
                         and toks[j].text[:1].isupper()
                         for k in (j - 1, j + 1) if 0 <= k < len(toks) and ctx.adjacent(min(j, k), max(j, k))
                         and toks[k].text[:1].isupper() and toks[k].text.isalpha())
    return ctx.memo("transliteration.own_alphabet_names", compute)


def _german_h_part(word: str) -> bool:
    """A k, z or s ends a German part and the h begins the next ("Volk|heit", "Holz|haus", "Montage|s|halle"): no
    digraph."""
    low = word.lower()
    return any(low[m.start() + 1:].startswith(("heit", "haft"))
               # (after s only a longer word: "Gri|sh|in", "Ali|sh|er" are Slavic and Uzbek digraphs, not "hin", "her")
               or (len(word) - m.start() > (4 if m.group() == "sh" else 2)
                   and lexicon.is_german_any_case(word[m.start() + 1:]))
               for m in re.finditer(r"[kzs]h", low)) or _english_h_part(word)


def _english_h_part(word: str) -> bool:
    """An s or k ends a part and a common English word of five letters or more opens the next with its h, a firm's
    name's ("Uraltrans|holding"): no digraph."""
    low = word.lower()
    return any(len(word) - m.start() > 5 and lexicon.is_english(low[m.start() + 1:])
               and lexicon.zipf_en(low[m.start() + 1:]) >= ENGLISH_HEAD_MIN_ZIPF for m in re.finditer(r"[kzs]h", low))


ENGLISH_HEAD_MIN_ZIPF = 3.5   # "holding" 4.1


def after_place_noun(ctx: Context, i: int) -> bool:
    """Token i comes right after a noun for a place ("der Stadtteil Peresyp") or a compound of one ("die
    Nachbarrepublik Adygea"), not merely after a preposition."""
    toks = ctx.doc.tokens
    if i == 0 or not ctx.adjacent(i - 1, i) or not toks[i - 1].text[:1].isupper():
        return False
    prev = toks[i - 1].text
    return prev in _PLACE_BEFORE or _place_compound(prev)


def named_after_place_noun(ctx: Context, i: int) -> bool:
    """Token i names a place after a noun for one, or stands in a list of names after it ("aus dem Dorf Tamga",
    "der Dörfer Barskoon und Tamga")."""
    return after_place_noun(ctx, _list_start(ctx, i))


def _place_compound(word: str) -> bool:
    """WORD is a compound of a place word ("Ferienort", "Bergarbeiterstadt", "Nachbarrepublik")."""
    # (the part before the place word a word itself, with or without a linking s: not "Rebs|orten")
    return len(word) > 6 and any(word.endswith(p.lower()) and len(word) > len(p) + 2
                                 and (lexicon.is_german_any_case(word[:-len(p)])
                                      or lexicon.is_german_any_case(word[:-len(p) - 1]))
                                 for p in _PLACE_NOUNS) \
        and nouns.head_of(word) is not None


_LOCATING = frozenset(f"{stem}{end}" for stem in ("entfernt", "gelegen", "benachbart", "nahegelegen")
                      for end in ("e", "en", "es"))


def _region_place(ctx: Context, i: int, base: str) -> bool:
    """Token i, a name BASE no dictionary knows, stands where a place does and has the letters or ending of an
    English romanisation of a place from the region ("die russische Stadt Ivangorod", "in Almaty und Shymkent");
    the caller asks that the article is about the region."""
    return base[1:].islower() and _place_position(ctx, i) and bool(
        _PLACE_ENDING_RE.search(base)
        # (not where an h opens a word of its own: "Uraltrans|holding")
        # (and Russian -ец as English writes it: "nach Cherepovets" -> Tscherepowez)
        or (re.search(r"[bcdfghklmnprstvz][oe]ts$", base) and lexicon.zipf_en(base.lower()) == 0
            and not lexicon.is_english(base.lower()))
        or (re.search(r"kh|zh|sh|y[aeiou]|yz|zy|ts(?:a|ia|ya|y|i)$|[bdfgklmnprstvz]ych$",
                      _linking_s_apart(base)) and not _english_h_part(base))
        # (and й at the end, English -ay, -ey, -oy, in a name English text does not have: "in Kostanay" ->
        # Kostanai; not "bei Cray", "in Sydney")
        or (re.search(r"[aeo]y$", base.lower()) and len(base) >= 5 and lexicon.zipf_en(base.lower()) == 0)
        # (й before a consonant, English ay, ey, oy there: "in der Siedlung Seymchan" -> Seimtschan; and
        # ы after an English digraph at the end: "am Kurort Tamchy", "in Balykchy")
        # (not after an English word opening it: "Volleyballpokal", "Moneyval", "Paylane")
        or (re.search(r"[aeo]y[bcdfgklmnprstvz]|(?:ch|sh|kh|zh)y$", base.lower()) and len(base) >= 5
            and lexicon.zipf_en(base.lower()) == 0 and not lexicon.is_english(base.lower())
            and not any(lexicon.is_english(base[:k].lower()) for k in range(3, len(base) - 1)))
        # (English y for ы between consonants right after a place noun: "der Stadtteil Peresyp"; not after
        # a preposition only, "von Cryptsetup")
        # (also after a compound of a place noun, "die Nachbarrepublik Adygea"; or ending the word, the
        # adjective's -ый, where an English digraph is there too: "vom Kosmodrom Vostochny", not "Almaty")
        or ((re.search(r"[bdfgklmnprstvz]y[bdfgklmnprtvz]", base[1:].lower())
             or re.search(r"(?:ch|sh|kh|zh).*[bdfgklmnprstvz]y$", base.lower()))
            and after_place_noun(ctx, i))
        # (the adjective's -ный as English writes it right after an English digraph, a place word or not: "in
        # Vostochny" -> Wostotschny)
        # (English news names such places now and then: "Vostochny" has a frequency there, no English word ends so)
        or (re.search(r"(?:ch|sh|kh|zh)n[yi]y?$", base.lower()) and len(base) >= 6
            and not lexicon.is_english(base.lower()))
        or (len(base) >= 6 and base.endswith(("az", "iz", "oz", "uz")))
        # (English z for з before a voiced consonant after a short vowel, where German writes s and its own z
        # only after a diphthong or a consonant: "aus dem russischen Kuzbass" -> Kusbass; not "Kreuzberg", nor a
        # name German text writes so, "bei Gizmodo", "Gazprom")
        or (re.search(r"(?<![aeiouäöü])[aeiou]z[bdgmnv]", base.lower()) and lexicon.zipf_de(base.lower()) == 0
            and not lexicon.is_english(base.lower()) and not nouns.analyses(base))
        or (len(base) >= 6 and base.endswith("ez") and _mentions(ctx, _CENTRAL_ASIA_RE))
        or _v_before_consonant(ctx, base) or (base.endswith("eti") and _mentions(ctx, _GEORGIA_RE))
        # (English ch for Georgian ჩ, ჭ, which German writes tsch: "in Chiatura" -> Tschiatura)
        or (base.startswith("Ch") and len(base) >= 6 and _mentions(ctx, _GEORGIA_RE)
            and lexicon.zipf_en(base.lower()) == 0)
        # (English v for ვ, վ between vowels in a Georgian or Armenian place: "in Telavi" -> Telawi, "aus
        # Armavir" -> Armawir; no English plural, "von Uevents")
        # (not in an article about Azerbaijan, whose Latin alphabet has its own v: "Tovuz")
        or (re.search(r"[aeiou]v[aeiou]", base.lower())
            and (_mentions(ctx, _GEORGIA_RE) or _mentions(ctx, _ARMENIA_RE)
                 or _mentions(ctx, _CENTRAL_ASIA_RE))
            and not _mentions(ctx, _AZERBAIJAN_RE)
            and not base.endswith("s") and lexicon.zipf_en(base.lower()) == 0))


OPENING_PLACE_MAX_EN = 3.0   # a name after "In" opening the sentence ("Kashgar" 2.4; not "Nashville" 4.0)


def _place_position(ctx: Context, i: int) -> bool:
    """Token i stands where a place does: after a place word ("Stadt", "in", "bei"), or coordinated with a
    capitalised word that does ("in Almaty und Shymkent")."""
    toks = ctx.doc.tokens
    # (also a compound of one: "nahe dem Ferienort Lazarevskoye", "die Bergarbeiterstadt …")
    if i > 0 and ctx.adjacent(i - 1, i) and _place_word(toks[i - 1].text):
        return True
    # (a preposition opening the sentence, before a name English text has seldom, or a list of names: "In
    # Torfyanovka", "In Mirny, Neryungri und Tiksi"; not "In Nashville")
    first = _list_start(ctx, i)
    if first > 0 and ctx.adjacent(first - 1, first) and first - 1 in ctx.doc.sentence_starts \
            and toks[first - 1].text.lower() in _PLACE_BEFORE \
            and lexicon.zipf_en(toks[i].text.lower()) < OPENING_PLACE_MAX_EN:
        return True
    # a country's adjective after an article or a contraction, and no noun between ("mit dem russischen
    # Ivangorod", "ins russische Ivangorod")
    if i > 1 and ctx.adjacent(i - 1, i) and re.fullmatch(r"[a-zäöü]+isch(?:e|en|es|em|er)", toks[i - 1].text) \
            and (M.determiner(toks[i - 2].text) is not None or toks[i - 2].text.lower() in M.CONTRACTIONS):
        return True
    # an adjective after a contraction or after a place's preposition and its article ("im benachbarten Ivangorod",
    # "aus dem nahen Shebekino")
    if i >= 2 and ctx.adjacent(i - 1, i) and ctx.adjacent(i - 2, i - 1) and toks[i - 1].text.islower() \
            and toks[i - 1].text.endswith(("en", "em")) and lexicon.is_german(toks[i - 1].text) \
            and M.adjective_stem(toks[i - 1].text) \
            and (toks[i - 2].text.lower() in ("im", "vom", "beim") or (
                i >= 3 and M.determiner(toks[i - 2].text) is not None
                and toks[i - 3].text.lower() in ("in", "aus", "nach", "bei"))):
        return True
    # after a participle that places it ("ins 40 Kilometer entfernte Voznesensk", "das nahe gelegene Ust-Luga")
    if i > 0 and ctx.adjacent(i - 1, i) and toks[i - 1].text in _LOCATING:
        return True
    # after "wie" after a plural place word ("in Bergregionen wie Svaneti")
    if i > 1 and toks[i - 1].text == "wie" and _place_word(toks[i - 2].text):
        return True
    # coordinated with places after a place word, in a list ("nach Vilnius, Warschau oder Yerevan")
    k = first - 1
    # (the list after "wie" too: "in Regionen wie Kakheti und Racha")
    if first < i and k >= 1 and toks[k].text == "wie" and _place_word(toks[k - 1].text):
        return True
    return first < i and _place_word(toks[k].text) and ctx.adjacent(k, k + 1)


def _list_start(ctx: Context, i: int) -> int:
    """The first of the capitalised words joined by commas, "und" and "oder" whose last is token i (i itself where
    none stands before it)."""
    toks = ctx.doc.tokens
    k = i
    # (an en dash between two names without spaces joins them as a route or crossing: "Imatra–Svetogorsk")
    while k >= 3 and (toks[k - 1].text in ("und", "oder", ",")
                      or (toks[k - 1].text == "–" and ctx.adjacent(k - 2, k - 1) and ctx.adjacent(k - 1, k))) \
            and toks[k - 2].text[:1].isupper() \
            and toks[k - 2].text.isalpha() and M.determiner(toks[k - 2].text) is None:
        k -= 2
    return k


def _place_word(word: str) -> bool:
    """WORD is a place word of _PLACE_BEFORE, a compound of one (_place_compound), or a place noun's form
    ("Provinzen", "Gebieten"), also as a compound's head ("Bergregionen")."""
    if word in _PLACE_BEFORE or _place_compound(word):
        return True
    if not word[:1].isupper():
        return False
    head = nouns.head_of(word) or word
    lemmas = {lem for lem, _ in nouns.analyses(head)}
    return any(lem in _PLACE_BEFORE or lem.lower().endswith(_PLACE_ENDS) for lem in lemmas)


def _whole_token(t, german: str, what: str = "a name") -> list[Finding]:
    """The finding on hyphenated token T, an English transliteration of WHAT whose German form is GERMAN (none
    where the two are the same)."""
    if german == t.text:
        return []
    return [Finding(t.start, t.end, t.text, "TRANSLITERATION", "transliteration", "error",
                    f"English transliteration of {what}; German press writes „{german}“", [german])]


def _place_final_y(name: str, german: str) -> str | None:
    """GERMAN with a place's final ы after a consonant kept as y, where the rules made it i: German writes a place's
    so (Duden's and the press's "Tscheboksary", "Nabereschnyje Tschelny"), a first name's as i ("Dmitry" ->
    "Dmitri")."""
    return german[:-1] + "y" if re.search(r"[bcdfghklmnprstvz]y$", name) and german.endswith("i") else None


def _place_part(part: str, german: str) -> str:
    """GERMAN, the rules' form of a part of a place's double name, with the letters a place keeps: its final ы
    after a consonant stays y ("At-Bashy" -> At-Baschy), and -eti is no Georgian region's -etien ("Dzheti-Oguz" ->
    Dscheti-Ogus)."""
    kept = _place_final_y(part, german)
    if kept:
        return kept
    if part.endswith("eti") and german.endswith("etien"):
        return german[:-2]
    return german


def _hyphenated(ctx: Context, names: dict[int, tuple[str, str]]) -> list[Finding]:
    """Names inside hyphenated tokens: a Slavic surname before a German noun ("Razumkov-Zentrum") or in a double
    surname after a first name ("Alexander Botsan-Kharchenko") in an article about the region, and double first
    names before a surname being rewritten ("Kassym-Zhomart Tokayev")."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        if "-" not in t.text or not t.text[:1].isupper() or ctx.claimed(i):
            continue
        parts = t.text.split("-")
        before_surname = i + 1 in names and ctx.adjacent(i, i + 1)
        # a double surname after a first name ("Alexander Botsan-Kharchenko") in an article about the region
        after_name = i > 0 and ctx.adjacent(i - 1, i) and _name_like(ctx, i - 1) and len(parts) == 2 \
            and all(p[:1].isupper() for p in parts)
        if after_name and document_context(ctx) and any(looks_slavic_surname(p) for p in parts) \
                and not any(_NOT_ENGLISH_RE.search(p) or lexicon.is_german(p) or p in ctx.glossary.known_words
                            for p in parts):
            lang = name_language(ctx, parts)
            out += _whole_token(t, "-".join(germanize(p, lang) for p in parts))
            continue
        # a place's double name whose last part has a Slavic adjective's ending, -skyi, -sky, -skiy
        # ("Bilhorod-Dnistrovskyi", "Kamianets-Podilskyi"): each part in German letters
        if len(parts) == 2 and _SLAVIC_ADJECTIVE_END_RE.search(parts[-1]) \
                and all(p[:1].isupper() and p[1:].islower() and p.isalpha() and len(p) >= 4 for p in parts) \
                and not any(_NOT_ENGLISH_RE.search(p) or lexicon.is_german(p) or lexicon.is_english(p.lower())
                            or p in ctx.glossary.known_words for p in parts):
            lang = "uk" if parts[-1].endswith("yi") else name_language(ctx, parts)
            out += _whole_token(t, "-".join(germanize(p, lang) for p in parts))
            continue
        # a place on a river in English's "-on-" ("Komsomolsk-on-Amur"): German's "am", in an article about the region
        if len(parts) == 3 and parts[1] == "on" and document_context(ctx) \
                and all(p[:1].isupper() and p[1:].islower() and p.isalpha() and len(p) >= 3 for p in parts[::2]) \
                and not any(lexicon.is_english(p.lower()) or p in ctx.glossary.known_words for p in parts[::2]):
            lang = name_language(ctx, parts[::2])
            out += _whole_token(t, f"{_place_part(parts[0], germanize(parts[0], lang))} am {germanize(parts[2], lang)}",
                                "a place")
            continue
        # a place's double name where a place stands, in an article about the region, with English romanisation's
        # kh, zh or sh in one part ("der Dörfer Chong-Tash" -> Tschong-Tasch, "vom Stützpunkt Primorsko-Akhtarsk");
        # no part a German or English word ("in Baden-Baden", "Stoke-on-Trent" have them)
        # (or ch, y before a vowel, -oye: "Sikachi-Alyan", "Knyaz-Volkonskoye", "Vinprom-Yug")
        if len(parts) >= 2 and document_context(ctx) and _place_position(ctx, i) \
                and all(p[:1].isupper() and p[1:].islower() and p.isalpha() and len(p) >= 2 for p in parts) \
                and any(re.search(r"kh|zh|(?<!s)sh|(?<![st])ch|(?:^|[aeiou])y[aeiou]|oye$", p.lower()) and len(p) >= 3
                        for p in parts) \
                and not any(_NOT_ENGLISH_RE.search(p) or lexicon.is_german_any_case(p) or lexicon.is_english(p.lower())
                            or p in ctx.glossary.known_words or _english_h_part(p) for p in parts if len(p) >= 3):
            lang = name_language(ctx, parts)
            out += _whole_token(t, "-".join(_place_part(p, germanize(p, lang)) for p in parts), "a place")
            continue
        # a part opening with Kh or Zh and a vowel, as no German or English word does, in a firm's or a place's
        # double name in an article about the region: that part in German letters ("Ilmen-Khimprom" ->
        # "Ilmen-Chimprom"), the others as written
        # (names only: no part a German noun, "Khibiny-Bergen", nor one with a doubled vowel, a Kyrgyz or Tuvan
        # name whose German form is its own, "Khoomei")
        opening = [k for k, p in enumerate(parts) if re.match(r"(?:Kh|Zh)[aeiouy][a-z]{2,}$", p)
                   and not _DOUBLE_VOWEL_RE.search(p.lower())]
        # (not a double first name before its surname, which the parts' own rules below handle: "Kassym-Zhomart")
        if opening and len(parts) >= 2 and document_context(ctx) and all(p[:1].isupper() for p in parts) \
                and not before_surname and not any(nouns.analyses(p) for p in parts) \
                and not any(parts[k] in ctx.glossary.known_words for k in opening):
            lang = name_language(ctx, [parts[k] for k in opening])
            out += _whole_token(t, "-".join(germanize(p, lang) if k in opening else p for k, p in enumerate(parts)))
            continue
        pos = t.start
        for k, part in enumerate(parts):
            start = pos
            pos += len(part) + 1
            # (an acronym is no name in English letters: "AZAL-Vizepräsident")
            if not (part[:1].isupper() and part.isalpha() and len(part) >= 4) or part.isupper() \
                    or part in ctx.glossary.known_words or _NOT_ENGLISH_RE.search(part):
                continue
            # the cheap tests first: most hyphenated words are German compounds with nothing Slavic about them
            surname_first = k == 0 and len(parts) > 1 and looks_slavic_surname(part) and len(part) >= 5 \
                and not _WEAK_ENDING_RE.search(part) and document_context(ctx) and lexicon.is_german(parts[-1])
            # (or a place with an English y after a consonant or kh, zh before a German noun, in a sentence about
            # the region: "Byurakan-Observatorium in Armenien")
            surname_first = surname_first or (
                k == 0 and len(parts) > 1 and len(part) >= 6 and lexicon.is_german(parts[-1])
                and bool(re.search(r"kh|zh|[bcdfgklmnprstvz]y[aeiou]", part.lower()))
                and (_slavic_context(ctx, i) or (document_context(ctx) and re.search(r"kh|zh", part.lower())
                                                 and _SLAVIC_PLACE_END_RE.search(part.lower())))
                and not _japanese(ctx, part) and not _pinyin_in_chinese_story(ctx, part) and not nouns.analyses(part))
            # (an English sh in such a place, in an article about the region: "an der Karshi-Kaskade")
            surname_first = surname_first or (
                k == 0 and len(parts) > 1 and len(part) >= 5 and part[1:].islower() and lexicon.is_german(parts[-1])
                and re.search(r"(?<!s)sh(?!$)", part[1:].lower()) is not None and not nouns.analyses(part)
                and not _german_h_part(part) and not _english_start(part) and not _english_name(part)
                and (_slavic_context(ctx, i) or document_context(ctx)))
            # (or English y for й before a consonant or at the end, or a place's -ovo, -evo, in a sentence about
            # the region: "Taymyr-Halbinsel", "Baykal-See", "Lefortovo-Gefängnis")
            surname_first = surname_first or (
                k == 0 and len(parts) > 1 and len(part) >= 5 and part[1:].islower()
                and lexicon.is_german_any_case(parts[-1])
                and re.search(r"[aeo]y(?:[bcdfgklmnprstvz]|$)|[bdklmnprstv][oe]vo$", part.lower()) is not None
                and not nouns.analyses(part) and not _english_start(part) and not _english_name(part)
                and _slavic_context(ctx, i) and not _japanese(ctx, part))
            if not (surname_first or before_surname) or lexicon.is_german(part) or lexicon.is_english(part.lower()):
                continue
            lang = name_language(ctx, [part])
            german = germanize(part, lang)
            if german != part:
                out.append(Finding(start, start + len(part), part, "TRANSLITERATION", "transliteration", "error",
                                   f"English transliteration of a name; German press writes „{german}“", [german]))
    return out


# (and the feminine adjective's -ая after a consonant: "Krasnaya Polyana", "Novaya Zemlya")
_SLAVIC_ADJECTIVE_END_RE = re.compile(r"[bcdfghklmnprstvz](?:sk|ts)(?:yi|iy|y)$")
_STRONG_FORM_RE = re.compile(r"iya$|[^aeiouy]ya$|shch|iy$|^[a-z]{3,}[bdknrstvz]aya$", re.IGNORECASE)
# German transliteration (sch, tsch, w, -ow) or Polish, Czech, Lithuanian spelling (sz, cz, rz): no English romanisation
_DOUBLE_VOWEL_RE = re.compile(r"aa|ee|oo|uu|ii(?![aeiou])")   # (Ukrainian "Yuliia": ii before a vowel)
# letters and digraphs of German, Polish, Czech and Serbo-Croatian spelling ("Valjevo", "Njegoš") that no English
# romanisation of Russian or Ukrainian writes; "rzh" is r + zh (Korzh)
# letters no English romanisation of Cyrillic writes: German, Polish, Serbo-Croatian, Czech; a Romanian Ghe-/Ghi-
# ("Gherasimov", a Moldovan name in Romanian letters)
# (no IGNORECASE: the dotless ı folds to i and I there)
# (Latvian, Lithuanian, Hungarian, Turkish, Azerbaijani, Estonian, Romanian letters; a q without u is Kazakh or
# Uzbek Latin, "Qazyna", which English romanisation of Cyrillic writes k)
# letters of the Baltic and West Slavic alphabets that English romanisation of Cyrillic never writes
_BALTIC_SLAVIC_LETTERS_RE = re.compile(r"[ąčęėįšųūžłĄČĘĖĮŠŲŪŽŁ]")
_OWN_ALPHABET_RE = re.compile(r"[āēīūļņķģėįųőűşğıəõãñâăîșțţýůě"
                              r"ĀĒĪŪĻŅĶĢĖĮŲŐŰŞĞƏÕÃÑÂĂÎȘȚŢ]|[Qq](?![Uu])")
_NOT_ENGLISH_RE = re.compile(r"sch|w|sz|cz|rz(?!h)|lj|nj|ł|ą|ę|š|č|ć|đ|ž|ř|ä|ö|ü|ß|^gh[ei]", re.IGNORECASE)


def german_agent_noun(word: str) -> bool:
    """A German noun for a person's role, which stands before names ("die Zuspielerin Yulia …"): no first name."""
    return len(word) >= 7 and word.endswith(("erin", "er", "ent", "entin", "eur", "eurin")) and lexicon.is_german(word)


def _strong_slavic_form(name: str) -> bool:
    """Slavic in form even without digraphs: -iya, consonant + ya, -iy, or Ukrainian."""
    return looks_ukrainian(name) or bool(_STRONG_FORM_RE.search(name))


def _name_like(ctx: Context, k: int) -> bool:
    """Token k looks like a name: capitalised, inside a sentence, no German noun, no role noun."""
    toks = ctx.doc.tokens
    if not 0 <= k < len(toks):
        return False
    w = toks[k].text
    return (w[:1].isupper() and w.isalpha() and not w.isupper() and len(w) >= 3 and k not in ctx.doc.sentence_starts
            and not nouns.analyses(w) and not role_word(w))


def _is_first_name(ctx: Context, i: int, changed: dict[int, str]) -> bool:
    """Token i is a first name: a Slavic one from the glossary (in German or English form), or a name word that the
    transliteration changes and that is no German noun ("Veronika", "Valentina")."""
    w = ctx.doc.tokens[i].text
    if w in _slavic_glossary_words(ctx):
        return True
    return i in changed and not nouns.analyses(w) and not role_word(w) and i not in ctx.doc.sentence_starts


_ROLE_END_RE = re.compile(rf"(?:{ROLE_RE.pattern})$", re.IGNORECASE)


def role_word(w: str) -> bool:
    """A role noun, also as the last part of a German compound ("Vizechefin", "Regionalminister")."""
    # (also behind German's prefix of a deputy or a former holder: "Vizeakim", "Exminister")
    return bool(ROLE_RE.fullmatch(w)) or bool(ROLE_RE.fullmatch(_DEPUTY_RE.sub("", w))) \
        or (bool(_ROLE_END_RE.search(w)) and wordformation.explain(w) is not None)


_DEPUTY_RE = re.compile(r"^(?:vize|ex-?|ko-)(?=\w{4})", re.IGNORECASE)


def _slavic_glossary_words(ctx: Context) -> frozenset[str]:
    """The words of the glossary's Russian, Ukrainian and Belarusian persons, German and English forms."""
    return derived(ctx.glossary, "slavic_words", _build_slavic_words)


def _build_slavic_words(g) -> frozenset[str]:
    words = set()
    for e in g.entries:
        if e.kind == "person" and e.origin in ("ru", "uk", "be"):
            for form in (*e.de, *e.variants):
                words.update(w for w in form.lstrip("~").split() if w[:1].isupper())
    # only names that are Slavic by their look: not "Anna", "David", "Alexander" or "Herman", which are
    # everybody's (German ones, or ones the transliteration leaves alone)
    return frozenset(w for w in words if looks_ukrainian(w)
                     or (not lexicon.is_german(w) and (germanize(w) != w or germanize(w, "uk") != w)))


def _slavic_glossary_surnames(ctx: Context) -> frozenset[str]:
    """The English surnames of the glossary's Russian, Ukrainian and Belarusian persons ("Gerasimov")."""
    return derived(ctx.glossary, "slavic_surnames", lambda g: frozenset(
        v.split()[-1] for e in g.entries if e.kind == "person" and e.origin in ("ru", "uk", "be")
        for v in e.variants if len(v.split()) >= 2))


def _role_before(ctx: Context, i: int) -> bool:
    """A role noun or title right before the surname at token i ("Der Abgeordnete Panov", "Frau Ivanova")."""
    if i == 0 or not ctx.adjacent(i - 1, i):
        return False
    w = ctx.doc.tokens[i - 1].text
    if w in _ROLE_TITLES or german_agent_noun(w):   # (any agent noun: "Klimaforscher", "Zuspielerin")
        return True
    return bool(w[:1].isupper() and ROLE_RE.search(w) and ROLE_RE.search(w).end() == len(w))


def _article_words(ctx: Context) -> frozenset[str]:
    return ctx.memo("transliteration.article_words", lambda: frozenset(t.text for t in ctx.doc.tokens))


def document_context(ctx: Context) -> bool:
    """An article about the region: it names one of its countries or capitals, or a place of Russia, Ukraine or
    Belarus the glossary knows, in either spelling ("Bashkortostan", "Kasan")."""
    def compute() -> bool:
        if _CONTEXT_RE.search(ctx.doc.text):
            return True
        places = _region_places(ctx)
        return any(t.text in places for t in ctx.doc.tokens if t.text[:1].isupper())
    return ctx.memo("slavic_context", compute)


def _region_places(ctx: Context) -> frozenset[str]:
    """The words of the glossary's places in Russia, Ukraine and Belarus, German and English forms."""
    return derived(ctx.glossary, "region_places", lambda g: frozenset(
        w for e in g.entries if e.kind == "place" and e.origin in ("ru", "uk", "be")
        for form in (*e.de, *e.variants) for w in form.lstrip("~").split()
        if w[:1].isupper() and not lexicon.is_german(w)))


def _mentions(ctx: Context, pattern: re.Pattern) -> bool:
    """The article mentions what PATTERN finds (a country, its people or its capital); once per document."""
    return ctx.memo(f"transliteration.mentions:{pattern.pattern}", lambda: bool(pattern.search(ctx.doc.text)))


# an article about Central Asia: a final -ez is Turkic з (Termez -> Termes), not the German spelling of the Slavic
# -ец (Koselez)
_CENTRAL_ASIA_RE = re.compile(r"usbek|kasach|kirgis|tadschik|turkmen|taschkent|almaty|astana|bischkek|duschanbe|"
                              r"aschgabat", re.I)
# … about Georgia: its regions in -eti are German -etien; about Armenia: its -ian surnames are Armenian (-յան),
# German -jan; with Azerbaijan, the Caucasus, whose English j in a place is German dsch
_GEORGIA_RE = re.compile(r"georgi|tiflis|tbilis", re.I)
_GEORGIAN_SURNAME_RE = re.compile(r"(?:ani|ava|[^aeiou](?:ia|ua|uli))$")


def _georgian_surname(ctx: Context, word: str) -> bool:
    """WORD ends as Georgian surnames do (-ani, -ia, -ua, -ava, -uli), in an article about Georgia."""
    return len(word) >= 7 and bool(_GEORGIAN_SURNAME_RE.search(word)) and _mentions(ctx, _GEORGIA_RE)
_ARMENIA_RE = re.compile(r"armeni|jerewan|eriwan", re.I)
_AZERBAIJAN_RE = re.compile(r"aserbaidsch|\bbaku\b", re.I)
_CAUCASUS_J_RE = re.compile(r"(?<=[aeiouAEIOU])j(?=[aeiou])")   # (a capital vowel before it: "Ijevan")


def _caucasus_document(ctx: Context) -> bool:
    return _mentions(ctx, _ARMENIA_RE) or _mentions(ctx, _GEORGIA_RE) or _mentions(ctx, _AZERBAIJAN_RE)


def _west_slavic_document(ctx: Context) -> bool:
    """The text writes names in Czech, Slovak or Polish letters ("Novotný", "Dvořák", "Wałęsa")."""
    return ctx.memo("west_slavic", lambda: bool(_WEST_SLAVIC_RE.search(ctx.doc.text)))


# (letters only Czech, Slovak or Polish write; not č, š, ž, which Baltic and South Slavic names have too)
_WEST_SLAVIC_RE = re.compile(r"[A-ZŁŚŹŻŘ][a-záéíóú]*[řěůýňťďłąęśćźżń]")


def _ukrainian_document(ctx: Context) -> bool:
    """An article about Ukraine that does not mention Russia: its names are Ukrainian."""
    def compute() -> bool:
        t = ctx.doc.text
        return bool(re.search(r"ukrain|kiew|kyjiw", t, re.IGNORECASE)) and not re.search(
            r"russ|kreml|moskau", t, re.IGNORECASE)
    return ctx.memo("ukrainian_context", compute)


def _slavic_context(ctx: Context, i: int) -> bool:
    s = ctx.doc.sentence_of(ctx.doc.tokens[i].start)
    if s is None:
        return False
    # once per sentence, however many candidates it has
    return ctx.memo(f"slavic_sentence:{s.start}", lambda: bool(_CONTEXT_RE.search(ctx.doc.text[s.start:s.end])))
