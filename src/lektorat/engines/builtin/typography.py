"""German typography: quotation marks, apostrophes, dashes, spaces.

German news sets „…“ (or »…«); English “…” quotes are machine-translation leftovers. Straight "…" quotes and a
hyphen for a dash are what plain-text feeds and typewriter habits produce everywhere: they are flagged only in a
document that sets typographic quotes (or dashes) elsewhere, where they break its own style; in a text of ASCII
marks throughout only where a configuration enables STRAIGHT_QUOTES and ASCII_DASH (OPT_IN). The apostrophe is ’
(U+2019); ‘ (U+2018) is the German single closing quote and is wrong after "Belarus".
"""

from __future__ import annotations

import re

from ... import lexicon, nouns
from ...findings import Finding
from . import morphology as M
from .context import Context
from .formats import UNIT_WORDS, _currency_follows

# Off unless a configuration's `enable` names them: a text of ASCII marks throughout keeps them as its house style.
# Measured: the writers of the 505 benchmark articles marked none of the straight quotes in the 55 articles that set
# no typographic ones; on the MQM TED dev set the hints were 47 of the built-in engine's 57 findings off a marked
# error on the 2,000 MT segments (raters marked none), and most of its flags on the human translations.
OPT_IN = {"STRAIGHT_QUOTES": "straight quotes throughout are a house style (plain-text feeds, ASCII)",
          "ASCII_DASH": "two hyphens as a dash in a text of ASCII marks throughout are a house style"}

_DQUOTE_RE = re.compile(r'"')
# a quotation in straight quotes that reads as prose: a letter after the opening quote, a word or sentence mark
# before the closing one, no code around ("name=\"…\"", "\"/usr\"")
_PROSE_QUOTE_RE = re.compile(r'(?<![\w=])"([^\W\d_][^"\n/=_<>{}]{0,300}?[\w.!?…,])"(?![\w"])')
_EN_OPEN_RE = re.compile(r"“(?=\w)")     # “ opening a quote (German uses it only to close)
_EN_CLOSE_RE = re.compile(r"”")           # English closing quote: never German
_COMMAS_AS_QUOTE_RE = re.compile(r"(?:(?<=[\s(:])|^),,(?=[^\W\d_])", re.MULTILINE)   # „ typed as two commas: ,,Wir
# English puts the comma before the closing quotation mark ("Tag,” sagte er"); German after it („Tag“, sagte er)
_COMMA_INSIDE_RE = re.compile(r"(?<=\w),([”“\"])(?=[ \t]|$)", re.MULTILINE)
# a whole sentence quoted after a colon ends with its own full stop inside the marks (Duden, D 26), not after them
_STOP_OUTSIDE_RE = re.compile(r"(?<=[^\W\d_])([”“\"])\.(?=\s|$)")
_APOS_RE = re.compile(r"(?<=\w)‘(?=[\s.,;:!?)]|$)")
# (also after a closing quotation mark or parenthesis: "Familie“ , sagte sie")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"(?<=[\w“”»«)])[ \t]+(?=[,.;:!?](?:\s|$))")
# (a word of prose's length, its start a word's: no scan of a megabyte's letters from every position)
_SPACE_BEFORE_STOP_IN_QUOTE_RE = re.compile(r"(?<!\w)(\w{1,40})([ \t]+[.!?])(?=[“”])")
_YEAR_RANGE_RE = re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d)( ?)-( ?)(1[89]\d\d|20\d\d)(?!\w|[.,]\d)"
                            r"(?![ \u00a0]+(?:" + UNIT_WORDS + r")\b)")   # (not an amount: "1900 - 2000 Euro")
_DOUBLE_SPACE_RE = re.compile(r"(?<=\S)[ ]{2,}(?=\S)")
_HYPHEN_DASH_RE = re.compile(r"(?<=[\w\"“”»)]) - (?=[\w\"„»(])")
# two hyphens are the typewriter's dash ("nicht getötet -- dann"): never German typography (a warning where the text
# sets typographic marks elsewhere, a hint in plain ASCII). Not in a text that writes command-line options ("--help":
# there "--" is mentioned as itself), nor before a quotation's source at the end of a line ("… ist. -- Dirk Moebius")
_DOUBLE_HYPHEN_DASH_RE = re.compile(r"(?<=[\w\"“”»).!?]) --(?=[ ,;:.]|$)|(?<=[^\W\d_])--(?=[^\W\d_])")
_LONG_OPTION_RE = re.compile(r"(?<![\w-])--[a-z]")
_SOURCE_LINE_RE = re.compile(r" [^\s.!?,;:][^\n]*$", re.MULTILINE)
_SOURCE_NOTE_RE = re.compile(r"\s*\([^()\n]*\)?\s*$")   # "(Faust I)", "(aus: Maximen und …" cut off
_ELLIPSIS_RE = re.compile(r"(?<!\.)\.\.\.(?!\.)")
# English sets the em dash; German the en dash, spaced (also beside a quotation mark: "nicht aus — „aber …")
_EM_DASH_RE = re.compile(r"(?<=[\w“”\"»«)]) ?— ?(?=[\w„“\"»«(])")
_SINGLE_QUOTED_RE = re.compile(r"(?<![\w'’])'(?=\w)([^'\n]{1,120}?)(?<=[\w.!?])'(?![\w'])")
# English curly single quotes ‘…’ round words, where German sets „…“ (or ‚…‘ inside a quotation)
_ENGLISH_SINGLE_QUOTED_RE = re.compile(r"(?<![\w‚])‘(?=\w)([^‘’\n]{1,120}?)(?<=[\w.!?])’(?!\w)")
# a hyphen for the left-out part of a compound needs its space before the conjunction ("Gold-und Silbermedaillen")
_SUSPENDED_HYPHEN_RE = re.compile(r"(?<=[^\W\d_]{2})-(?=(?:und|oder|sowie|bzw\.) [^\W\d_])")
# a colon between two German words written small inside a sentence ("Die Bilanz ist bitter:zwölf Menschen …")
_COLON_SMALL_RE = re.compile(r"(?<= )([a-zäöüß]{3,}):([a-zäöüß]{3,})(?= [A-Za-zÄÖÜäöüß])")
# a sentence mark with no space before the next sentence ("Freiwürfe.Nach dem Spiel"), a colon with none before
# the next word ("von den Bäumen:Plov"), a comma with none before the next word ("Punkten,obwohl")
_NO_SPACE_AFTER_RE = re.compile(r"(?<![\w.@/:])([^\W\d_]{2,})([.!?:])([A-ZÄÖÜ][^\W\d_]+)(?![\w.@/:])")
# … or after a year that ends a sentence ("bis Sommer 2028.Die Ablöse"): the word after it opens a sentence
_NO_SPACE_AFTER_YEAR_RE = re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d)(\.)([A-ZÄÖÜ][a-zäöüß]{1,9})(?![\w.@/])")
# … or before the German opening quote of the next sentence ("abschrecken.„Für viele"), which is never code
# (also a colon before the quotation it announces: "sagte er:„Da …")
# a space between a quotation's last word or mark and the closing „…“ ("zu spät “, sagte er")
_SPACE_BEFORE_CLOSING_QUOTE_RE = re.compile(r"(?<=[\w.!?])[ \t]+(?=“(?:[,.;:!?)]|\s|$))")
_NO_SPACE_BEFORE_QUOTE_RE = re.compile(r"(?<=[^\W\d_]{2})([.!?:])(?=„[A-ZÄÖÜ])")
# a full stop doubled after a word of three letters or more ("übergeben werden.."), not an ellipsis or a path
# a word run into a year ("im Jahr2022", "seit2019")
_WORD_YEAR_RE = re.compile(r"(?<![\w/.@-])([A-ZÄÖÜa-zäöüß]{3,})((?:19|20)\d\d)(?![\w.@/-])")
_DOUBLED_STOP_RE = re.compile(r"(?<=[a-zäöüß]{3})\.\.(?![.\w/])")
# a space after a German opening quotation mark before a word ("„ Ich schicke")
_SPACE_AFTER_OPENING_QUOTE_RE = re.compile(r"(?<![^\s(])(„) (?=[A-ZÄÖÜa-zäöüß])")
NAME_COMMA_MIN_ZIPF = 5.0   # "die" 7.2, "und" 7.3, "aber" 5.9
COLON_WORD_MIN_ZIPF = 3.0        # words of prose around a colon without its space ("bitter:zwölf")
SENTENCE_OPENER_MIN_ZIPF = 6.0   # "Die" 7.2, "Er" 6.6, "Am" 6.2 after a full stop with no space
STOP_NOUN_MIN_ZIPF = 3.0   # a noun German text has often before a full stop with no space ("Zuschauer" 3.9)
_NO_SPACE_AFTER_COMMA_RE = re.compile(r"(?<![\w.@/,;])([^\W\d_]{2,})([,;])([A-ZÄÖÜ]?[a-zäöüß]{2,})"
                                      r"(?![\w@/,;(]|\.\w)")
# a closing quotation mark, a comma and a word written small with no space ("nicht auf“,sagte sie")
_NO_SPACE_AFTER_QUOTE_COMMA_RE = re.compile(r"(?<=[\w.!?][“”\"»’])(,)([a-zäöüß]{2,})\b")
# a comma with the space before it instead of after ("Reisebusse ,die")
# (a full stop, semicolon or colon too, and before a capital: "friedlich ,Festnahmen", "mit .Über")
_SPACE_BEFORE_COMMA_RE = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_]“))[ \t]+([,.;:])(?=[^\W\d_]{2,})")
# an acronym and a noun joined by a spaced hyphen ("EU - Delegation"): one compound, German joins it (Duden, D 28)
_SPACED_ACRONYM_HYPHEN_RE = re.compile(r"(?<![\w-])([A-ZÄÖÜ]{2,5}) - ([A-ZÄÖÜ][a-zäöüß]{3,})\b")
# a word run into the parenthesis after it ("Tonnen(vorher 6.000 Tonnen)"): only a parenthesis of several words,
# for one glued to a word is a gender form or an optional ending ("Lehrer(innen)", "Kunde(n)")
_NO_SPACE_AFTER_PAREN_RE = re.compile(r"(?<=\s\()[^()\s]{2,40}(\))(?=([a-zäöüß]{3,})\b)")
_NO_SPACE_BEFORE_PAREN_RE = re.compile(r"(?<![\w.@/])([^\W\d_]{3,})\(([^\W\d_]{2,})(?=[^()\n]*\s[^()\n]*\))")
# … or before an acronym in parentheses ("Reporter ohne Grenzen(RSF)")
_NO_SPACE_BEFORE_ACRONYM_RE = re.compile(r"(?<![\w.@/])([A-ZÄÖÜ][a-zäöüß]{2,})\(([A-Z]{2,6})\)(?![-\w])")
# abbreviations of two or three words closed up ("z.B.", "d.h.", "u.a."): Duden sets a space after each point
_ABBREVIATION_RE = re.compile(r"(?<![\w.])(?:z\.B|d\.h|u\.a|u\.U|v\.a|o\.Ä|u\.Ä|z\.T|s\.o|s\.u|m\.E|i\.d\.R"
                              r"|z\.Zt)\.(?!\w)")
_SPACED_ABBREVIATION_RE = re.compile(r"(?<![\w.])(?:z\.|d\.|u\.|v\.|o\.|s\.|m\.|i\.)[ \u00a0\u202f]\w{1,2}\.")
ABBREVIATION_STYLE_MIN = 3
# "Nr.1", "Abs.2": the abbreviation and its number apart (not a version or a path: no further point or slash)
# an abbreviation before a name run into it ("St.Petersburg", "Dr.Müller": Duden sets the space)
_NAME_ABBREVIATION_RE = re.compile(r"(?<![\w.@/])(St|Dr|Prof|Hl)\.([A-ZÄÖÜ][a-zäöüß]{2,})\b(?![.@/]\w)")
_NUMBER_SIGN_RE = re.compile(r"(?<![\w.])(Nr|Abs|Art|Bd|Kap|Tel)\.(\d+)(?!\d)(?![.,/]?\w)")
# spaces inside a parenthesis of prose ("( 40 Plätze )"): a parenthesis hugs its words (Duden, D 83); its content
# starts and ends with a letter or digit and has no code or formula in it ("$( date )", "( a | b )", "( 1 - 3/2 )"),
# and it follows a space ("oO( … )" is a drawing)
_PAREN_INNER_SPACE_RE = re.compile(r"(?<![^\s„\"])\(( +)?([\w„][^()\n$|=<>{}\\/*+]{0,200}?[\w.“!?%])( +)?\)")
# two-letter words frequent enough to tell prose after a missing space ("Abpfiff.Am", "Dienstag,in")
SHORT_WORD_MIN_ZIPF = 5.0
# a number run into the word or unit after it ("40Prozent", "74kg", "34°C"; not "34°" for an angle, nor "1990er",
# "3D", "5G", "3fach", nor a compound, "100m-Lauf", which German writes "100-m-Lauf")
_GLUED_UNIT_RE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)((?:" + UNIT_WORDS.replace("|%", "")
                            + r"|kg|km|cm|mm|m|t|g|l|MW|GW|kW|kWh|MWh|GWh|TWh|ha|°C|KB|MB|GB|TB|MHz|GHz)\b)(?!-)")
# a number run into the noun it counts ("40Fischer"): a German noun of three letters or more, no compound with a
# hyphen after it ("3D-Drucker") and no name made so ("3Com")
_GLUED_NOUN_RE = re.compile(r"(?<![\w.,])(\d+)([A-ZÄÖÜ][a-zäöüß]{2,})\b(?!-)")
_DOUBLED_PHRASE_RE = re.compile(r"\b([a-zäöüß]{2,} [a-zäöüß]{2,}) \1\b")
# the same word twice ("der der Regierung"); after a comma or a preposition "der der", "die die" are a relative
# pronoun and an article ("die Frau, die die Rede hielt"), and "das das" follows "dass" as often as not
_DOUBLED_WORD_RE = re.compile(r"\b(\w{2,}) \1\b", re.IGNORECASE)
_DOUBLED_PAIR_RE = re.compile(r"\b(\w+) (\w+) \1 \2\b")
_HEAD_AGAIN_RE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{6,}) ([A-ZÄÖÜ][a-zäöüß]{3,})\b")
_PAIR_ATTRIBUTE_RE = re.compile(r" +\S+ +(?:\w+ +)?[a-zäöüß]+(?:en|em|er|es|e) +[A-ZÄÖÜ]")
_NAMING_RE = re.compile(r"\b(?:heißt|heißen|hieß|hießen|nennt|nennen|nannte|nannten|genannt)\b[^.!?]*$",
                        re.IGNORECASE)
# (or a naming verb right after the pair: "daß Teigwaren Teigwaren heißen")
_NAMED_AFTER_RE = re.compile(r"\s+(?:heißt|heißen|hieß|hießen|genannt)\b", re.IGNORECASE)
DOUBLED_NOUN_MIN_ZIPF = 3.5   # a noun German text has often ("Betrieb" 4.6), no name's doubled word ("Bora Bora")
_NO_SPACE_COMMA_QUOTE_RE = re.compile(r"(?<=[^\W\d_])([,;])„(?=[^\W\d_])")
_DOUBLE_OK = frozenset(("das", "sie", "es", "ha", "na", "so", "ja", "nein", "nun", "bla"))
_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer".split())
_DEFINITE = frozenset("der die das den dem".split())   # (not "des": "die die des Betrugs Verdächtigten")
_RELATIVE_PRONOUNS = frozenset("der die das den dem denen deren dessen".split())
# a noun, a participle with an adjective's ending and a capitalised noun: an extended attribute after an article
_EXTENDED_ATTRIBUTE_RE = re.compile(r" [A-ZÄÖÜ][\w-]* (?!(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|"
                                    r"keine[nmrs]?|meine[nmrs]?|seine[nmrs]?|ihre[nmrs]?|unsere[nmrs]?)\b)"
                                    r"([a-zäöüß]{3,}(?:end|t|en)(?:e|en|er|es|em)) [A-ZÄÖÜ]")


def _is_source_line(text: str, i: int) -> bool:
    """Whether the rest of the line from I names a quotation's source: a few words with no sentence mark at the end
    (past a closing quote), after a sentence mark or made of names ("… zwecklos ist. -- Dirk Moebius",
    "-- #Debian.DE"; not a headline's "zurück -- Aktie fällt")."""
    m = _SOURCE_LINE_RE.match(text, i)
    # (the work in parentheses after the name does not count: "-- Johann Wolfgang von Goethe (Faust I)")
    source = _SOURCE_NOTE_RE.sub("", m.group()) if m else ""
    rest = source.rstrip().rstrip("“”\"»«'")
    if m is None or len(source.split()) > 6 or len(source) > 60 or rest.endswith((".", "!", "?", "…")):
        return False
    before = text[:i - 2].rstrip()
    return before.endswith((".", "!", "?", "…", ")", "“", "\"", "»")) \
        or not any(w[:1].islower() and w.isalpha() for w in source.split())


def _opens(para: str, i: int, k: int) -> bool:
    """The straight quote at I opens a quotation: a space or the line's start before it and a word after it; a
    word or punctuation before it and a space, punctuation or the end after it closes one; else the K-th opens
    when K is even."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    if before.isspace() or before in "([–—-/":
        if not after.isspace():
            return True
    elif after.isspace() or after in ".,;:!?)–—-":
        return False
    return k % 2 == 0


# verbs of saying that introduce speech before a colon ("sagte:", "hieß es:", "betonte der Minister:")
_SAYING_RE = re.compile(r"\b(?:sagt|sagte|sagten|erklärt|erklärte|erklärten|betont|betonte|meint|meinte|warnt|warnte|"
                        r"fragt|fragte|antwortet|antwortete|rief|ruft|schrieb|schreibt|sprach|spricht|fügte|fügt|"
                        r"versicherte|versichert|forderte|fordert|unterstrich|unterstreicht|hieß es|heißt es)\b")
def _a_sentence(inner: str) -> bool:
    """A quotation with a personal pronoun or a finite verb is a sentence ("Sie sind Schäfer"), not a title or a
    sign ("Der runde Kreis", "Warenhaus für Kleines Glück"), whose full stop stays outside."""
    from .word_order import finite_verb

    words = re.findall(r"[^\W\d_]+", inner)
    return any(w.lower() in M.SUBJECT_PRONOUNS or finite_verb(w) for w in words)


def _moved_marks(para: str, typographic: bool) -> dict[int, tuple[int, list[str], str]]:
    """Closing quotation marks with English punctuation around them, by the position where the finding starts:
    (its end, proposals, message). A comma before the closing mark goes after it ("Tag,” sagte" -> "Tag“, sagte");
    a full stop after the closing mark of a whole sentence quoted after a colon goes inside it ("hieß es: „Wir …
    Kosten“." -> "Kosten.“"). The closing mark becomes German “ where the text sets typographic quotes; in plain
    text its straight mark comes first (house style), the German one second."""
    out = {}
    for m in _COMMA_INSIDE_RE.finditer(para):
        mark = m.group(1)
        if mark == "“" and para[: m.start()].count("„") <= para[: m.start()].count("“"):
            continue   # a “ that opens no German quotation: the English opening mark, reported as such
        if mark == '"' and para[: m.start()].count('"') % 2 == 0:
            continue   # an opening straight quote after a comma
        props = ["“,"] if typographic or mark != '"' else ['",', "“,"]
        out[m.start()] = (m.end(), props, "the comma goes after the closing quotation mark („…“, sagte sie)")
    for m in _STOP_OUTSIDE_RE.finditer(para):
        mark = m.group(1)
        opening = max(para.rfind(o, 0, m.start()) for o in ("„", "“", '"', "»"))
        inner = para[opening + 1:m.start()]
        if opening < 2 or para[opening - 2:opening] != ": " or not inner[:1].isupper() or len(inner.split()) < 3 \
                or any(c in inner for c in "„“”\"") or inner.rstrip()[-1:] in ".!?…" or not _a_sentence(inner) \
                or not _SAYING_RE.search(para[max(0, *(para.rfind(c, 0, opening - 2) + 1 for c in ".!?")):opening - 2]):
            continue   # (speech a verb of saying introduces: a banner's or a sign's words keep the stop outside)
        props = ["." + ("“" if typographic or mark != '"' else '"')]
        if not typographic and mark == '"':
            props.append(".“")
        elif mark != "“":
            props.append("“.")   # the English mark alone made German
        out[m.start()] = (m.end(), props, "a whole sentence quoted after a colon ends inside the quotation marks")
    return out


def _moved_here(moved: dict, pos: int) -> bool:
    """The quotation mark at POS is part of a finding of _moved_marks (which starts at the mark or at the comma
    before it), so it gets no finding of its own."""
    return pos in moved or pos - 1 in moved


def check(ctx: Context) -> list[Finding]:
    text = ctx.doc.text
    out: list[Finding] = []
    typographic_quotes = any(c in text for c in "„“”»«")
    # (a text that sets German quotation marks sets its dashes too: a spaced hyphen there is a slip)
    typographic_dashes = "–" in text or "—" in text or "„" in text

    def add(s, e, rule, sev, msg, sugg):
        out.append(Finding(s, e, text[s:e], rule, "typography", sev, msg, sugg))

    for a, b in ctx.doc.paragraph_bounds:
        para = text[a:b]
        moved = _moved_marks(para, typographic_quotes)
        for pos, (end, props, msg) in moved.items():
            add(a + pos, a + end, "GERMAN_QUOTES", "warning", msg, props)
        # straight double quotes: where they stand says whether they open or close („Programm": a German quote
        # closed by a straight one); where it does not, paired within the paragraph: the odd ones open
        # (a text with straight quotes only keeps them as its house style, plain text or ASCII: measured on the
        # MQM set, a hint on each of them there was 126 findings on correct text and none on a marked error)
        for k, m in enumerate(_DQUOTE_RE.finditer(para) if typographic_quotes else ()):
            if _moved_here(moved, m.start()):
                continue
            s = a + m.start()
            add(s, s + 1, "GERMAN_QUOTES", "warning", "German quotation marks are „…“",
                ["„" if _opens(para, m.start(), k) else "“"])
        # a text with straight quotes only: its quotations of prose, for a house style that sets „…“ (Duden, DIN
        # 5008); opt-in (OPT_IN), as straight quotes throughout are a house style too
        for m in (_PROSE_QUOTE_RE.finditer(para) if not typographic_quotes else ()):
            if " " not in m.group(1) and not m.group(1)[:1].isupper():
                continue   # a single small word in quotes is a value or a key ("yes", "none")
            for pos, mark in ((m.start(), "„"), (m.end() - 1, "“")):
                if _moved_here(moved, pos):
                    continue
                add(a + pos, a + pos + 1, "STRAIGHT_QUOTES", "warning",
                    "German quotation marks are „…“ (the text sets straight quotes throughout)", [mark])
        for m in _EN_OPEN_RE.finditer(para):
            before = para[: m.start()]
            # a “ that closes an open „ is right; one that opens a quote is English
            if before.count("„") > before.count("“"):
                continue
            s = a + m.start()
            add(s, s + 1, "GERMAN_QUOTES", "warning", "German opening quotation mark is „", ["„"])
        for m in _EN_CLOSE_RE.finditer(para):
            if _moved_here(moved, m.start()):
                continue
            s = a + m.start()
            add(s, s + 1, "GERMAN_QUOTES", "warning", "German closing quotation mark is “", ["“"])
        for m in _COMMAS_AS_QUOTE_RE.finditer(para):
            add(a + m.start(), a + m.end(), "GERMAN_QUOTES", "warning", "two commas for the German opening "
                "quotation mark „", ["„"])
        for m in _APOS_RE.finditer(para):
            before = para[: m.start()]
            if before.count("‚") > before.count("‘"):
                continue  # closes a German single quote ‚…‘
            s = a + m.start()
            add(s, s + 1, "APOSTROPHE", "warning", "the apostrophe is ’, not the quotation mark ‘", ["’"])
    for m in _SPACE_BEFORE_PUNCT_RE.finditer(text):
        add(m.start(), m.end() + 1, "SPACE_BEFORE_PUNCT", "warning", "no space before punctuation",
            [text[m.end()]])
    for m in _SPACE_BEFORE_STOP_IN_QUOTE_RE.finditer(text):
        # (a sentence's mark before the closing quotation mark, after a German word of prose: "kommt .“"; not a
        # command's argument, „cd .“)
        word = m.group(1)
        if len(word) >= 4 and lexicon.is_german(word) and not lexicon.is_english(word.lower()):
            add(m.end(1), m.end(2), "SPACE_BEFORE_PUNCT", "warning", "no space before punctuation", [m.group(2)[-1]])
    for m in _SUSPENDED_HYPHEN_RE.finditer(text):
        add(m.start(), m.end(), "SUSPENDED_HYPHEN", "warning",
            "a space after the hyphen of a left-out word part („Gold- und Silbermedaillen“)", ["- "])
    for m in _NO_SPACE_AFTER_RE.finditer(text):
        # (two German words, the second one German writes small, so it opens a sentence: not a file, a domain,
        # an identifier or a placeholder, "Rechnername.Subdomain", "Zahl.Zahl")
        # (or a noun after a word that is no noun, so no placeholder pair: "warten.Außenminister")
        # (or a name after a common German word written small, which ends no identifier: "zwei.Kowal")
        # (a two-letter word on either side only if it is a frequent one written small: "sagt er.Viele"; not an
        # abbreviation, "Dr.Müller", "St.Gallen")
        if (len(m.group(3)) == 2 and lexicon.zipf_de(m.group(3).lower()) < SHORT_WORD_MIN_ZIPF) or (
                len(m.group(1)) == 2 and (not m.group(1).islower()
                                          or lexicon.zipf_de(m.group(1)) < SHORT_WORD_MIN_ZIPF)):
            continue
        # (or, after any word of three letters or more, one of German's commonest words, which opens a sentence:
        # "dem schwachen Lei.Die Opposition")
        opener = len(m.group(1)) >= 3 and m.group(1)[1:].islower() and m.group(3)[1:].islower() \
            and lexicon.zipf_de(m.group(3).lower()) >= SENTENCE_OPENER_MIN_ZIPF
        # (a colon between two words of prose, a German one before it: "von den Bäumen:Plov gibt es", "in der
        # 12. Minute:Stürmer"; not a namespace before a page's name, "Kategorie:Politik", which no word follows)
        # (the word before the colon ends a phrase, after its article or an ordinal, or is written small: a key and
        # its value are pairs of nouns, "Rechner:Rechnerport", "Option file:Pfad", "»Haupt:Neben«")
        before = text[max(0, m.start() - 20):m.start()].split()
        small = m.group(1).islower() and lexicon.zipf_de(m.group(1)) >= lexicon.zipf_en(m.group(1))
        # (or after an article and an adjective: "ein klares Signal:Wer")
        phrase_end = small or (m.group(1)[1:].islower() and bool(before) and (M.determiner(before[-1]) is not None
                                                                 or re.fullmatch(r"\d+\.", before[-1])
                                                                 or (len(before) > 1 and before[-1].islower()
                                                                     and M.determiner(before[-2]) is not None
                                                                     and M.adjective_stem(before[-1]))))
        opener = opener or (m.group(2) == ":" and len(m.group(1)) >= 3 and m.group(1)[1:].islower() and phrase_end
                            and m.group(3)[1:].islower() and lexicon.is_german_any_case(m.group(1))
                            and text[m.end():m.end() + 1] == " " and text[m.end() + 1:m.end() + 2].isalpha())
        if m.group(2) == ":" and not opener:
            continue   # (a colon only between words of prose, above)
        # (or two nouns of prose around the full stop, a common one before it, each with a space on its outer
        # side: "kamen 800 Zuschauer.Ligachef Viktor"; not a key and its value, which stand alone)
        opener = opener or (m.group(2) == "." and len(m.group(1)) >= 4 and len(m.group(3)) >= 4
                            and m.group(1)[1:].islower() and m.group(3)[1:].islower()
                            and text[m.start() - 1:m.start()] == " " and text[m.end():m.end() + 1] == " "
                            and text[m.end() + 1:m.end() + 2].isalpha()
                            and lexicon.zipf_de(m.group(1).lower()) >= STOP_NOUN_MIN_ZIPF
                            and lexicon.is_german(m.group(1)) and bool(nouns.analyses(m.group(1)))
                            and nouns.head_of(m.group(3)) is not None)
        if opener or m.group(1)[-1].islower() and m.group(3)[1:].islower() and lexicon.is_german_any_case(m.group(1)) \
                and (lexicon.is_german(m.group(3).lower()) or (
                    m.group(1).islower() and lexicon.is_german(m.group(1)) and (
                        lexicon.is_german(m.group(3))
                        or (lexicon.zipf_de(m.group(1)) >= 4.5 and len(m.group(3)) >= 4
                            and not lexicon.is_english(m.group(3).lower()))))):
            s = m.start(2)
            add(s, s + 1, "SPACE_AFTER_PUNCT", "warning",
                "a space after the colon" if m.group(2) == ":" else "a space after the sentence mark",
                [m.group(2) + " "])
    for m in _COLON_SMALL_RE.finditer(text):
        # (words of prose on both sides, German ones, not both English: not a key and its value, "user:group")
        if all(lexicon.is_german(w) and lexicon.zipf_de(w) >= COLON_WORD_MIN_ZIPF for w in m.groups()) \
                and not all(lexicon.is_english(w) for w in m.groups()):
            s = m.start(2) - 1
            add(s, s + 1, "SPACE_AFTER_PUNCT", "warning", "a space after the colon", [": "])
    for m in _NO_SPACE_AFTER_YEAR_RE.finditer(text):
        # (a word German writes small inside a sentence, an article or a pronoun: no noun, no ordinal's unit
        # "1990.Jahrestag")
        word = m.group(3)
        if lexicon.is_german(word.lower()) and (M.determiner(word) is not None or not nouns.analyses(word)):
            s = m.start(2)
            add(s, s + 1, "SPACE_AFTER_PUNCT", "warning", "a space after the sentence mark", [". "])
    for m in _WORD_YEAR_RE.finditer(text):
        # (a German word of prose, not a product's name: "Windows2000", "Office2019" are no German words)
        low = m.group(1).lower()
        if lexicon.is_german(m.group(1)) and (nouns.analyses(m.group(1)) or m.group(1).islower()) \
                and lexicon.zipf_de(low) > lexicon.zipf_en(low):
            add(m.start(), m.end(), "SPACE_MISSING", "warning", "a word and a year run together",
                [f"{m.group(1)} {m.group(2)}"])
    for m in _DOUBLED_STOP_RE.finditer(text):
        add(m.start(), m.end(), "DOUBLED_PUNCT", "warning", "a full stop doubled", ["."])
    for m in _SPACE_AFTER_OPENING_QUOTE_RE.finditer(text):
        add(m.start(), m.end(), "SPACE_AFTER_QUOTE", "warning", "no space after an opening quotation mark",
            [m.group(1)])
    for m in _SPACE_BEFORE_CLOSING_QUOTE_RE.finditer(text):
        # (only where a German quotation is open: the „ before it in the paragraph has no closing mark yet; an
        # English opening “ takes a space before it, "sagte “Wir")
        para = text.rfind("\n", 0, m.start()) + 1
        if text.count("„", para, m.start()) > text.count("“", para, m.start()):
            add(m.start(), m.end() + 1, "SPACE_BEFORE_QUOTE", "warning", "no space before a closing quotation mark",
                ["“"])
    for m in _NO_SPACE_BEFORE_QUOTE_RE.finditer(text):
        add(m.start(), m.end(), "SPACE_AFTER_PUNCT", "warning",
            "a space after the colon" if m.group(1) == ":" else "a space after the sentence mark", [m.group(1) + " "])
    for m in _NO_SPACE_AFTER_COMMA_RE.finditer(text):
        # (a capitalised word German text uses is enough: "Wasser,Sandwiches")
        third = m.group(3)
        # (or a name before a frequent word written small: "in Almaty,die Zentrale")
        # (or an acronym before one: "12.000 TEU,doch")
        first = m.group(1)
        name_before = (first[1:].islower() or (first.isupper() and len(first) <= 6)) and first[:1].isupper() \
            and third.islower() and lexicon.zipf_de(third) >= NAME_COMMA_MIN_ZIPF
        # (or two names, neither a noun nor an English word: "die Bezirke Cahul,Cantemir")
        names = first[:1].isupper() and first[1:].islower() and third[:1].isupper() and third[1:].islower() \
            and len(first) >= 3 and len(third) >= 3 and not nouns.analyses(first) and not nouns.analyses(third) \
            and not lexicon.is_english(first.lower()) and not lexicon.is_english(third.lower())
        name_before = name_before or names
        # (a word or an acronym of two letters only before a frequent word: "um,doch", "EU,die"; not "ab,cd")
        # (or a frequent German word of two letters before any German word: "ab,teilte", "er,Belarus")
        if len(first) == 2 and not (lexicon.zipf_de(third.lower()) >= NAME_COMMA_MIN_ZIPF
                                    and (first.isupper() or lexicon.is_german(first.lower()))) \
                and not (first.islower() and lexicon.is_german(first) and lexicon.zipf_de(first) >= NAME_COMMA_MIN_ZIPF
                         and len(third) >= 4 and lexicon.is_german_any_case(third)):
            continue
        if name_before or (lexicon.is_german_any_case(first) and (lexicon.is_german(third) or (
                third[0].isupper() and len(third) >= 4 and lexicon.zipf_de(third.lower()) >= 2.0)) and (
                len(m.group(3)) >= 3 or lexicon.zipf_de(m.group(3)) >= SHORT_WORD_MIN_ZIPF)):
            s = m.end(1)
            what = "comma" if m.group(2) == "," else "semicolon"
            add(s, s + 1, "SPACE_AFTER_PUNCT", "warning", f"a space after the {what}", [m.group(2) + " "])
    for m in _NO_SPACE_COMMA_QUOTE_RE.finditer(text):
        # a comma or semicolon and a German opening quotation mark with no space between ("sagte er,„und")
        s = m.start(1)
        add(s, s + 1, "SPACE_AFTER_PUNCT", "warning", "a space after the punctuation, before the quotation mark",
            [m.group(1) + " "])
    for m in _NO_SPACE_AFTER_QUOTE_COMMA_RE.finditer(text):
        # a comma after a closing quotation mark, and the word after it with no space ("auf“,sagte er")
        if lexicon.is_german(m.group(2)):
            s = m.start(1)
            add(s, s + 1, "SPACE_AFTER_PUNCT", "warning", "a space after the comma", [", "])
    for m in _SPACE_BEFORE_COMMA_RE.finditer(text):
        # (a German word after it, a noun after a full stop: not a file's extension or a domain, ".txt", ".de")
        nxt, mark = re.match(r"[^\W\d_]+", text[m.end():]).group(), m.group(1)
        if (lexicon.is_german(nxt) if mark == "," and nxt.islower() else (
                nxt[:1].isupper() and len(nxt) >= 3 and lexicon.is_german_any_case(nxt)
                and not lexicon.is_english(nxt.lower()))):
            what = {",": "comma", ".": "full stop", ";": "semicolon", ":": "colon"}[mark]
            add(m.start(), m.end(), "SPACE_AFTER_PUNCT", "warning", f"the space belongs after the {what}",
                [mark + " "])
    for m in _SPACED_ACRONYM_HYPHEN_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start:m.start()].strip() and nouns.head_of(m.group(2)):   # (not a dateline: "KIEW - Die")
            add(m.start(), m.end(), "HYPHEN_SPACES", "warning", "an acronym and a noun make one compound: no spaces",
                [f"{m.group(1)}-{m.group(2)}"])
    for m in _NO_SPACE_AFTER_PAREN_RE.finditer(text):
        # (a parenthesis of its own, a space before it, closed before a German word: "(OSZE)hatten"; not a word's
        # part in parentheses, "Bürger(innen)", "(Ex)Partner")
        # (not a prefix or a first part in parentheses, which makes a word with what follows: "(de)kodieren",
        # "(Gzip-)komprimierten")
        inside = text[m.start():m.start(1)]
        if lexicon.is_german(m.group(2)) and inside[:1].isupper() and not inside.endswith("-") \
                and not lexicon.is_german_any_case(inside + m.group(2)):
            add(m.start(1), m.end(1), "SPACE_AFTER_PUNCT", "warning", "a space after the parenthesis", [") "])
    for m in _NO_SPACE_BEFORE_PAREN_RE.finditer(text):
        if lexicon.is_german_any_case(m.group(1)) and lexicon.is_german_any_case(m.group(2)):
            add(m.start(), m.end(), "SPACE_BEFORE_PAREN", "warning", "a space before the parenthesis",
                [f"{m.group(1)} ({m.group(2)}"])
    for m in _NO_SPACE_BEFORE_ACRONYM_RE.finditer(text):
        if lexicon.is_german(m.group(1)):
            add(m.start(), m.end(), "SPACE_BEFORE_PAREN", "warning", "a space before the parenthesis",
                [f"{m.group(1)} ({m.group(2)})"])
    closed = list(_ABBREVIATION_RE.finditer(text)) if typographic_quotes or typographic_dashes else []
    # (a text that closes them up throughout, three times or more and never spaced, does so as its house style)
    if len(closed) >= ABBREVIATION_STYLE_MIN and not _SPACED_ABBREVIATION_RE.search(text):
        closed = []
    for m in closed:
        # (a hint, and only in a text set with typographic marks: plain text writes them closed up as its house
        # style; Duden and DIN 5008 set a space, narrow where the font has one)
        add(m.start(), m.end(), "ABBREVIATION_SPACE", "info", "a space inside the abbreviation („z. B.“)",
            [". ".join(m.group().rstrip(".").split(".")) + "."])
    for m in _NUMBER_SIGN_RE.finditer(text):
        add(m.start(), m.end(), "ABBREVIATION_SPACE", "warning", "a space between the abbreviation and the number",
            [f"{m.group(1)}. {m.group(2)}"])
    for m in _NAME_ABBREVIATION_RE.finditer(text):
        add(m.start(), m.end(), "ABBREVIATION_SPACE", "warning", "a space between the abbreviation and the name",
            [f"{m.group(1)}. {m.group(2)}"])
    for m in _PAREN_INNER_SPACE_RE.finditer(text):
        # (one word inside too where the space is on one side only, an abbreviation's: "( CAAC)"; "( x )" on both
        # sides is a manual's style)
        if (m.group(1) or m.group(3)) and (" " in m.group(2).strip() or (
                not (m.group(1) and m.group(3)) and len(m.group(2)) >= 2 and m.group(2).isalnum())):
            add(m.start(), m.end(), "PAREN_SPACE", "warning", "no space inside the parenthesis", [f"({m.group(2)})"])
    for m in _GLUED_UNIT_RE.finditer(text):
        if m.group(2) == "m" and _currency_follows(text, m.end()):
            continue   # "96m Lari": English "million", the formats rules'
        # (°C glued on is common outside news, like "38%": a hint, DIN 5008 sets the space)
        add(m.start(), m.end(), "SPACE_BEFORE_UNIT", "info" if m.group(2) == "°C" else "warning",
            "a space between the number and its unit", [f"{m.group(1)} {m.group(2)}"])
    for m in _GLUED_NOUN_RE.finditer(text):
        if nouns.analyses(m.group(2)) and lexicon.is_german(m.group(2)):
            add(m.start(), m.end(), "SPACE_BEFORE_UNIT", "warning", "a space between the number and the noun",
                [f"{m.group(1)} {m.group(2)}"])
    for m in _DOUBLE_SPACE_RE.finditer(text):
        add(m.start(), m.end(), "DOUBLE_SPACE", "info", "more than one space", [" "])
    years = set()
    for m in _YEAR_RANGE_RE.finditer(text):
        # a span of years: "von 1987 bis 1991" after "von", else "1987–1991", the en dash unspaced (Duden, D 26)
        # (the plain hyphen, "1987-1991", only where the text sets its dashes: elsewhere it is the ASCII house style)
        a, b, spaced = m.group(1), m.group(4), bool(m.group(2) or m.group(3))
        if not (spaced or typographic_dashes):
            continue
        before = text[max(0, m.start() - 10):m.start()]
        if re.search(r"\b[Zz]wischen $", before):     # "zwischen 2023 und 2024"
            props = [f"{a} und {b}"]
        elif re.search(r"\b[Vv]on $", before):     # (not "von 2001–2009": Duden wants "bis" after "von")
            props = [f"{a} bis {b}"]
        else:
            props = [f"{a}–{b}", f"{a} bis {b}"]
        add(m.start(), m.end(), "DASH", "warning" if typographic_dashes and spaced else "info",
            "a span of years: the en dash without spaces, or „bis“", props)
        years.add(m.end(1))
    for m in _HYPHEN_DASH_RE.finditer(text) if typographic_dashes else ():
        if m.start() not in years:
            add(m.start(), m.end(), "DASH", "info", "a dash between words is the en dash –", [" – "])
    for m in _DOUBLE_HYPHEN_DASH_RE.finditer(text) if not _LONG_OPTION_RE.search(text) else ():
        if _is_source_line(text, m.end()):
            continue
        # (in a text of ASCII marks only, its house style: opt-in there, as straight quotes are)
        add(m.start(), m.end(), "DASH" if typographic_dashes or typographic_quotes else "ASCII_DASH", "warning",
            "two hyphens for a dash: German sets the en dash –", [" –" if m.group().startswith(" ") else " – "])
    for m in _ELLIPSIS_RE.finditer(text):
        add(m.start(), m.end(), "ELLIPSIS", "info", "use the ellipsis character", ["…"])
    for m in _EM_DASH_RE.finditer(text):
        add(m.start(), m.end(), "DASH", "info", "German sets the en dash with spaces, not the em dash", [" – "])
    for m in _SINGLE_QUOTED_RE.finditer(text) if typographic_quotes else ():
        add(m.start(), m.end(), "GERMAN_QUOTES", "warning", "German quotation marks are „…“ (‚…‘ inside a quote)",
            [f"„{m.group(1)}“"])
    for m in _ENGLISH_SINGLE_QUOTED_RE.finditer(text):
        # (a hint where the text sets no German quotation marks: technical text quotes keywords so, ‘papersize’)
        add(m.start(), m.end(), "GERMAN_QUOTES", "warning" if "„" in text else "info",
            "English single quotation marks: German sets „…“ (‚…‘ inside a quote)",
            [f"„{m.group(1)}“", f"‚{m.group(1)}‘"])
    for m in _DOUBLED_WORD_RE.finditer(text):
        w = m.group(1)
        # (capitalised: a name of doubled words, "Ylang Ylang", "Bora Bora", unless an article opens a sentence)
        # ("das das" is mostly a relative pronoun and its article, but not before an adverb)
        adverb = w.lower() in _ARTICLES and _adverb_follows(text, m.end())
        second = m.group()[len(w) + 1:]
        # a noun repeated small ("die Saison saison"): no German word is written small that way, so a slip
        noun_again = w[0].isupper() and second == w.lower() and not lexicon.is_german(second) \
            and lexicon.is_german(w) and len(w) >= 4
        third = re.compile(r" " + re.escape(second) + r"\b").match(text, m.end())
        # (three times is never a relative pronoun and its article: "die die die"; "daß das das das ersetzt" is)
        if third and w in _TRIPLE_SLIP:
            add(m.start(), third.end(), "DOUBLED_WORD", "warning", f"„{w}“ three times", [m.group()])
            continue
        # a common German noun twice ("in Betrieb Betrieb gehen"): no name doubles a word German writes so often
        # (not a compound's last part before the word alone, "zum Shell-Muster Muster", nor a word named by
        # itself: "Warum heißt das Pferd Pferd?")
        # (or a rarer one the noun lexicon knows, long enough to be no name's syllables: "Abfüller Abfüller")
        common_noun = w[0].isupper() and second == w and w[1:].islower() and len(w) >= 4 and nouns.analyses(w) \
            and lexicon.is_german(w) and (lexicon.zipf_de(w.lower()) >= DOUBLED_NOUN_MIN_ZIPF
                                          or len(w) >= 7) \
            and text[m.start() - 1:m.start()] != "-" \
            and not _NAMING_RE.search(text[max(0, m.start() - 40):m.start()]) \
            and not _NAMED_AFTER_RE.match(text, m.end())
        # a sentence's first word again written small ("Auch auch sein Bruder"): a word written small twice, the
        # first capitalised as the sentence opens
        opens = text[:m.start()].rstrip()[-1:] in ("", ".", "!", "?", "\n", "„", "\"")
        # (more of the sentence after it, no exclamation: "Cool cool!")
        opener_again = w[0].isupper() and second == w.lower() and w[1:].islower() and opens and len(w) >= 3 \
            and re.match(r" \w", text[m.end():m.end() + 2]) is not None \
            and second not in _ARTICLES and second not in _DOUBLE_OK and lexicon.is_german(second) \
            and not nouns.analyses(w)
        if noun_again or common_noun or opener_again:
            add(m.start(), m.end(), "DOUBLED_WORD", "warning", f"„{w}“ twice", [w])
            continue
        before = text[:m.start()].rstrip()
        prev = before.rsplit(None, 1)[-1].lower() if before else ""
        rest = before[: len(before) - len(prev)].rstrip()   # (the text before the word before)
        # (a relative clause opens after its comma: "die Hütte, von der der Ort abhängt"; with no comma before the
        # preposition the article is doubled, "hängt von der der Hütte ab")
        comma_before = rest.endswith((",", "(", "–", "—"))
        # (after the relative pronoun that opens its clause, a doubled article before a noun is doubled: "die
        # Direktorin, die das das Festival leitet"; the clause has its pronoun)
        after_pronoun = w.islower() and w in _ARTICLES and prev in _RELATIVE_PRONOUNS \
            and rest.endswith(",") and re.match(r" [A-ZÄÖÜ]", text[m.end():])
        # (nor before another article, which the second cannot be a pronoun or article to: "aus dem dem das
        # Kraftwerk …")
        before_article = w.islower() and w in _ARTICLES and (
            nxt := re.match(r" (\w+)", text[m.end():])) is not None and nxt.group(1) in _DEFINITE \
            and nxt.group(1) != w
        if after_pronoun or before_article:
            add(m.start(), m.end(), "DOUBLED_WORD", "warning", f"„{w}“ twice", [w])
            continue
        # ("das das" after a preposition with no comma before it: "flogen durch das das Abteil", "Eine Berufung
        # gegen das das Urteil ist …"; "…, für das das Land kämpft" is a relative clause, and so may be one that
        # opens the sentence before its verb, "Für das das Land kämpft, …")
        preposition_das = w == "das" and prev in _PREPOSITIONS and not comma_before \
            and (rest[-1:] not in ("", ".", "!", "?", "\n", ":", "„", "\"") or _no_verb_ends_clause(text, m.end()))
        if (w.lower() in _DOUBLE_OK and not adverb and not preposition_das) or w.isdigit() or w != second \
                or (w[0].isupper() and w.lower() not in _ARTICLES):
            continue
        # (only an article or a pronoun can stand twice after a comma: "die Frau, die die Rede hielt"; after a
        # preposition the first is a relative pronoun when a verb ends the clause: "für die die Regierung kämpft")
        # (a preposition opening the sentence has no noun before it for a relative pronoun: "Für die die Landwirte
        # der Region ist das …")
        opening = prev in _PREPOSITIONS and rest[-1:] in ("", ".", "!", "?", "\n", ":", "„", "\"")
        if (before.endswith((",", "(")) and w.lower() in _ARTICLES and not _infinitive_ends_clause(text, m.end())
                and not adverb) or (
                prev in _PREPOSITIONS and not opening and not _no_verb_ends_clause(text, m.end()) and comma_before):
            continue
        # (the second opens a phrase inside the first's, before an adjective and the first's noun: "in der der Unit
        # entsprechenden Cgroup")
        # (an adjective's form, its stem a word: "entsprechenden"; not a verb's past, "der der Firma hatten")
        ext = _EXTENDED_ATTRIBUTE_RE.match(text, m.end()) if w.lower() in _ARTICLES else None
        if ext and lexicon.is_german(M.adjective_stem(ext.group(1)) or ext.group(1)):
            continue
        add(m.start(), m.end(), "DOUBLED_WORD", "warning", f"„{w}“ twice", [w])
    for m in _DOUBLED_PHRASE_RE.finditer(text):
        # two words again, written small ("vor allem vor allem"): a phrase of an adverb's kind repeats itself by a
        # slip; not a verb or a conjunction said again for effect ("läuft und läuft und läuft", "nach und nach"),
        # nor a preposition and its article before a phrase inside a phrase ("in der in der .muttrc angegebenen");
        # not inside a run the single-word rule has seen
        first, last = m.group(1).split()
        if first in ("und", "oder") or last in ("und", "oder") or M.determiner(last) is not None \
                or last in M.PREPOSITIONS or M.determiner(first) is not None \
                or any(m.start() < f.end and f.start < m.end() for f in out if f.rule == "DOUBLED_WORD"):
            continue
        add(m.start(), m.end(), "DOUBLED_WORD", "warning", f"„{m.group(1)}“ twice", [m.group(1)])
    for m in _HEAD_AGAIN_RE.finditer(text):
        # a compound and its last part again as a word ("in der Schlussrunde Runde"): the head written twice; not a
        # name's run of capitals after it, nor a hyphen going on
        whole, head = m.group(1), m.group(2)
        if len(whole) - len(head) >= 3 and whole.lower().endswith(head.lower()) and len(head) >= 4 \
                and lexicon.is_german(whole) and nouns.analyses(head) and text[m.end():m.end() + 1] not in ("-", "‑") \
                and not re.match(r" [A-ZÄÖÜ]", text[m.end():]):
            add(m.start(), m.end(), "DOUBLED_WORD", "warning", f"„{head}“ twice: the compound „{whole}“ ends in it",
                [whole])
    for m in _DOUBLED_PAIR_RE.finditer(text):
        # a preposition and its article twice ("für die für die kommenden Monate"): no clause repeats them so
        # (not the first pair's phrase holding the second's: "in der in der Datei angegebenen Reihenfolge")
        if m.group(1).lower() in _PREPOSITIONS and m.group(2).lower() in _ARTICLES \
                and not _PAIR_ATTRIBUTE_RE.match(text, m.end()):
            add(m.start(), m.end(), "DOUBLED_WORD", "warning", f"„{m.group(1)} {m.group(2)}“ twice",
                [f"{m.group(1)} {m.group(2)}"])
    for m in _TWO_ARTICLES_RE.finditer(text):
        # (the words just before it: a window, not the whole text before each match)
        before = text[max(0, m.start() - TWO_ARTICLES_WINDOW):m.start()].rstrip()
        prev = before.rsplit(None, 1)[-1] if before else ""
        rest = before[: len(before) - len(prev)].rstrip()
        # (a relative clause opens after its comma, "die Hütte, von der die Leute leben"; an article inside an
        # extended attribute, "mit der die Bürger belastenden Steuer")
        # ("…, um den die Sorte zu probieren": the comma of an infinitive clause, whose "zu" _no_verb_ends_clause
        # reads)
        if prev not in _STRAY_ARTICLE_PREPOSITIONS or (rest.endswith((",", "(", "–", "—")) and prev != "um") \
                or not _no_verb_ends_clause(text, m.end()) or _EXTENDED_ATTRIBUTE_RE.match(text, m.end()):
            continue
        add(m.start(), m.end(), "DOUBLED_WORD", "warning",
            f"two articles after „{prev}“: one is left over", [m.group(2)])
    for m in _POSSESSIVE_ARTICLE_RE.finditer(text):
        # (not an article opening a phrase inside the possessive's: "ihrer der Partei nahestehenden Mitglieder")
        if _EXTENDED_ATTRIBUTE_RE.match(text, m.end()):
            continue
        add(m.start(), m.end(), "DOUBLED_WORD", "warning",
            f"a possessive and an article: „{m.group(2)}“ is left over", [m.group(1)])
    out += _serial_commas(ctx)
    out += _comma_before_clause(ctx)
    out += _comma_after_adverb(ctx)
    return out


# adverbs that link a sentence to the one before and stand in its first place, the verb right after them
# (Konjunktionaladverbien): English sets a comma after "Moreover", "However", "Meanwhile"; German none
_LINKING_ADVERBS = frozenset("zudem außerdem dennoch trotzdem deshalb deswegen daher darum folglich somit jedoch "
                             "inzwischen mittlerweile gleichzeitig stattdessen ferner überdies zusätzlich "
                             "anschließend ebenso ebenfalls".split())
# … except before a clause they announce ("Deshalb, weil …")
_ANNOUNCED = frozenset("weil dass wenn da ob damit als".split())


def _comma_after_adverb(ctx: Context) -> list[Finding]:
    """A comma after a linking adverb that opens a sentence ("Zudem, habe man …", "Jedoch, die Firma …"): the
    English comma after a sentence adverb."""
    toks = ctx.doc.tokens
    out = []
    for i in sorted(ctx.doc.sentence_starts):
        if i + 2 >= len(toks) or toks[i].text.lower() not in _LINKING_ADVERBS or toks[i + 1].text != "," \
                or toks[i + 1].start != toks[i].end or toks[i + 2].text.lower() in _ANNOUNCED:
            continue
        # (not before an insertion the next comma closes: "Darum, Mensch, sei …", "Trotzdem, oder vielleicht
        # gerade deswegen, sollte …")
        if toks[i + 2].text.lower() in ("oder", "und") or any(
                toks[k].text in (",", "!", "?") for k in range(i + 2, min(i + 7, len(toks)))):
            continue
        t = toks[i]
        out.append(Finding(t.start, toks[i + 1].end, ctx.doc.text[t.start:toks[i + 1].end], "COMMA_AFTER_ADVERB",
                           "typography", "warning",
                           f"no comma after „{t.text}“ at the start of a sentence (the verb follows it)", [t.text]))
    return out


# conjunctions that open a subordinate clause only ("dass", "weil", "obwohl": never an adverb, unlike "damit")
_SUBORDINATORS = frozenset(("dass", "daß", "weil", "obwohl"))
# words that stand before such a conjunction without a comma: they join it ("so dass", "ohne dass", "als dass",
# "und dass"), or an adverb or particle that belongs to the clause it opens, whose comma goes before them ("…, auch
# weil", "…, nur dass", "…, vor allem weil")
_BEFORE_SUBORDINATOR = frozenset((
    "so", "als", "ohne", "statt", "anstatt", "außer", "auf", "bis", "kaum", "und", "oder", "aber", "sondern", "doch",
    "denn", "sowie", "entweder", "weder", "noch", "bzw", "beziehungsweise", "nur", "bloß", "nicht", "auch", "gerade",
    "eben", "schon", "allem", "besonders", "insbesondere", "zumal", "teils", "vielleicht", "wohl", "ja", "nun",
    "etwa", "beispielsweise", "vorausgesetzt", "angenommen", "gesetzt", "ausgenommen", "geschweige", "erst",
    "selbst", "sogar", "allein", "einfach", "wahrscheinlich", "höchstwahrscheinlich", "vermutlich", "offenbar",
    "möglicherweise", "beispiel", "deshalb", "deswegen", "darum", "daher", "na"))


def _comma_before_clause(ctx: Context) -> list[Finding]:
    """No comma before a conjunction that opens a subordinate clause ("Händler erwarten dass der Preis steigt" ->
    "erwarten, dass"): German sets one there (official rules, § 74), English none before "that". Not after a word that
    joins the conjunction or an adverb of the clause (see _BEFORE_SUBORDINATOR), nor after a mark."""
    toks = ctx.doc.tokens
    out = []
    for j in range(1, len(toks)):
        # (written small: "Wetten daß" is a title, "das Weil" a noun, "DASS" a shout)
        if toks[j].text not in _SUBORDINATORS or j in ctx.doc.sentence_starts or not ctx.adjacent(j - 1, j):
            continue
        prev = toks[j - 1]
        if not prev.text.isalpha() or prev.text.lower() in _BEFORE_SUBORDINATOR or j - 1 in ctx.doc.sentence_starts:
            continue
        # (after an article, a preposition or "was" the word is no conjunction but "das" mistyped or named: "mit
        # dem daß", "was daß den solle")
        # ("ein" is also a verb's particle at the clause's end: "räumte ein dass" -> "ein, dass")
        if (M.determiner(prev.text) is not None and prev.text != "ein") or prev.text.lower() in M.PREPOSITIONS \
                or prev.text.lower() == "was":
            continue
        out.append(Finding(prev.start, toks[j].end, ctx.doc.text[prev.start:toks[j].end], "COMMA_BEFORE_CLAUSE",
                           "typography", "warning", f"a comma before „{toks[j].text}“: it opens a subordinate clause",
                           [f"{prev.text}, {toks[j].text}"]))
    return out


def _serial_commas(ctx: Context) -> list[Finding]:
    """The English serial comma before the last item of a list: "Kabeljau, Schellfisch, und Seelachs" -> German
    writes no comma before "und"/"oder" there. Only a list of three single capitalised words whose middle one stands
    between the two commas, none a sentence's first (before "und" a comma may close a clause: "…, sagte er, und"),
    or of noun phrases whose middle one is counted."""
    toks = ctx.doc.tokens
    out = []
    for j in range(2, len(toks) - 3):
        if toks[j].text != "," or toks[j + 1].text not in ("und", "oder"):
            continue
        if not (_word_list(ctx, j) or _counted_list(ctx, j)):
            continue
        y = toks[j - 1]
        out.append(Finding(y.start, toks[j].end, ctx.doc.text[y.start:toks[j].end], "SERIAL_COMMA", "typography",
                           "warning", "no comma before „und“/„oder“ in a list (the English serial comma)",
                           [y.text]))
    return out


def _word_list(ctx: Context, j: int) -> bool:
    """The comma J before "und"/"oder" ends the middle one of three single capitalised words of one kind, all
    nouns or all names (an apposition mixes them: "Ihr Bruder, Michael, und Anna"; "Baerbock, Grüne, und Robert
    Habeck"), the last no first name of a longer name; or of two such words and a last item with its article
    and capitalised words, which no finite verb follows ("Zypern, Moldau, und den Vereinigten Arabischen
    Emiraten")."""
    toks = ctx.doc.tokens
    items = (j - 3, j - 1, j + 2)
    if j < 3 or toks[j - 2].text != "," or not all(_list_word(ctx, k) for k in items[:2]):
        return False
    if j + 2 < len(toks) and M.determiner(toks[j + 2].text) is not None:
        # the last item a phrase with its article, the list's end ("Zypern, Moldau, und den Vereinigten Arabischen
        # Emiraten gewaschen"; not a clause of its own: "…, und die Stadt war begeistert")
        from .word_order import finite_verb

        k = j + 3
        while k < len(toks) and k < j + 7 and toks[k].text[:1].isupper() and toks[k].text.isalpha() \
                and ctx.adjacent(k - 1, k):
            k += 1
        return k > j + 3 and not (k < len(toks) and finite_verb(toks[k].text))
    if not _list_word(ctx, j + 2):
        return False
    kinds = {bool(nouns.analyses(toks[k].text)) for k in items}
    return len(kinds) == 1 and not (j + 3 < len(toks) and toks[j + 3].text[:1].isupper() and ctx.adjacent(j + 2, j + 3))


def _counted_list(ctx: Context, j: int) -> bool:
    """The comma J before "und"/"oder" ends the middle item of a list of noun phrases, the middle one counted (a
    number and maybe adjectives before a noun: "60 Betten, zwölf Behandlungsräume, und ein Bewegungsbad"), the
    first ending in a noun, the last a noun phrase that ends the sentence. (A middle item with an article may be an
    apposition, which the comma closes: "Sein Bruder, ein Arzt, und seine Schwester".)"""
    toks = ctx.doc.tokens
    c = j - 1
    while c > j - 5 and toks[c].text != ",":
        c -= 1
    if toks[c].text != "," or c < 1 or c == j - 1:
        return False
    middle = [toks[k].text for k in range(c + 1, j)]
    count = middle[0]
    if not (count.isdigit() or count in M.CARDINALS) or not _plain_noun(middle[-1]) \
            or not all(w.islower() and w.isalpha() for w in middle[1:-1]) or not _plain_noun(toks[c - 1].text):
        return False
    k = j + 2
    while k < len(toks) and k < j + 6 and (toks[k].text.islower() or toks[k].text.isdigit()) and toks[k].text.isalnum():
        k += 1
    # (the last noun may be a compound the lexicon lacks: "Bewegungsbad")
    last = toks[k].text if k < len(toks) else ""
    return k + 1 < len(toks) and last[:1].isupper() and last[1:].islower() and last.isalpha() \
        and M.determiner(last) is None and toks[k + 1].text in (".", "!", "?", ";")


def _plain_noun(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and nouns.head_of(word) is not None


_POLITE = frozenset("sie ihnen ihr ihre ihren ihrem ihrer ihres".split())


def _list_word(ctx: Context, k: int) -> bool:
    w = ctx.doc.tokens[k].text
    return w[:1].isupper() and w[1:].islower() and w.isalpha() and len(w) >= 3 and k not in ctx.doc.sentence_starts \
        and M.determiner(w) is None and w.lower() not in _POLITE   # (not "Ihnen", "Ihren Kollegen")


_PREPOSITIONS = frozenset("an auf in über unter vor hinter neben zwischen mit von zu aus bei nach seit für gegen ohne "
                          "durch um wegen trotz während".split())


# two different definite articles in a row ("um den die berühmte Sorte zu probieren"): one is a slip
# (the second not one of the genitive, after a pronoun: "zu dem des Programms", "aus dem der Menschheit")
# a possessive with its ending and a definite article before the noun ("ihre die Existenz"): two determiners,
# one too many (not "ihr", "sein", which are a pronoun and a verb too: "gab ihr die Hand")
_POSSESSIVE_ARTICLE_RE = re.compile(r"\b((?:[Ss]ein|[Ii]hr|[Uu]nser|[Ee]ur|[Dd]ein)(?:e|en|em|er|es)) "
                                    r"(der|die|das|den|dem|des)\b(?= [A-ZÄÖÜ]| [a-zäöüß]+e[nmrs]? [A-ZÄÖÜ])")
_TWO_ARTICLES_RE = re.compile(r"\b(der|die|das|den|dem|des) (?!\1\b)(die|das|den|dem)\b")
_TRIPLE_SLIP = frozenset(("der", "die", "den", "dem", "des"))
TWO_ARTICLES_WINDOW = 200   # characters before the two articles: the preposition and the mark before it
# prepositions before it that are no conjunction too ("seit", "während", "nach dem": "nachdem" written apart)
_STRAY_ARTICLE_PREPOSITIONS = _PREPOSITIONS - frozenset(("seit", "während", "nach"))


_CLAUSE_END_RE = re.compile(r"[;:!?()\n–—„“\"]|[.,](?!\d)")   # (not the point of "4.800")


def _clause_words(text: str, start: int) -> list[str]:
    """The words from START to the end of the clause, if it ends within 15 words (else none)."""
    m = _CLAUSE_END_RE.search(text, start, start + 200)
    words = text[start:m.start()].split() if m else []
    return words if len(words) <= 15 else []


def _infinitive_ends_clause(text: str, start: int) -> bool:
    """The clause from START ends in a zu-infinitive ("…, den den Ausstand auszuweiten."): an infinitive clause, no
    relative one, so a doubled article after the comma is a doubled word."""
    words = _clause_words(text, start)
    if not words:
        return False
    last = words[-1]
    return last.islower() and last.endswith("en") and ("zu" in last[2:-2] or (len(words) > 1 and words[-2] == "zu"))


# adverbs that open the middle of a clause: no noun phrase begins with one
_CLAUSE_ADVERBS = frozenset("auch nicht bereits schon nun noch jetzt ebenfalls zudem außerdem inzwischen bislang "
                            "derzeit künftig damals vermutlich offenbar rund etwa ungefähr knapp nahezu".split())


def _adverb_follows(text: str, start: int) -> bool:
    """An adverb follows a doubled article after a comma ("…, das das auch Versicherer trifft"): the second
    "das" begins no noun phrase, so it is the first again, not a relative pronoun and its article. So does a
    prepositional phrase that no attribute's participle and noun follow ("…, die die auf bezahlbare Zimmer
    angewiesen sind"; not "…, die die auf Eis gelegten Pläne aufnimmt")."""
    words = _clause_words(text, start)
    if not words:
        return False
    if words[0] in _CLAUSE_ADVERBS:
        return True
    if words[0] not in _PREPOSITIONS or words[0] in ("zu", "um"):
        return False
    k = 1
    # the phrase's article and adjectives, up to its noun, number ("in 2024") or pronoun ("mit ihr")
    while k < len(words) and not (words[k][:1].isupper() or words[k][:1].isdigit() or words[k] in _PP_PRONOUNS):
        k += 1
    m = k + 1
    while m < len(words) and (words[m][:1].isupper() or words[m][:1].isdigit()):
        m += 1   # (and a name after the noun: "in der Eigenschaft RESOURCE_MANAGER gespeicherten")
    # (a participle and adjectives before the phrase's own noun: "gespeicherten globalen Ressourcen")
    a = m
    # (no determiner, which opens a phrase of its own: "…, die die seit Oktober keinen Lohn bekommen")
    while a < len(words) and words[a].islower() and words[a].endswith(("e", "en", "er", "es", "em")) \
            and M.determiner(words[a]) is None:
        a += 1
    attribute = a > m and a < len(words) and words[a][:1].isupper()
    return k < len(words) and not attribute


_PP_PRONOUNS = frozenset("mir dir ihm ihr uns euch ihnen sich es mich dich ihn sie".split())


def _no_verb_ends_clause(text: str, start: int) -> bool:
    """The clause from START ends in a capitalised word or a number, not a verb ("für die die rund 4.800
    Beschäftigten in Hessen."): no relative clause, so a doubled article after a preposition is a doubled word."""
    words = _clause_words(text, start)
    # (nor a clause that "zu" and an infinitive end, after "um": "…, um die die neue Ausstellung zu sehen")
    return bool(words) and (words[-1][:1].isupper() or words[-1][:1].isdigit()
                            or (len(words) >= 2 and words[-2] == "zu" and _before_um(text, start)))


def _before_um(text: str, start: int) -> bool:
    """The doubled word at START follows "um": the opening of an infinitive clause ("um … zu sehen")."""
    before = text[:start].split()
    return len(before) >= 3 and before[-3].lower() == "um"   # (START is after both copies)
