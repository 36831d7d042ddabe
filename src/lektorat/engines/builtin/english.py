"""English words in German text: which are English, and their German translations as proposals.

A word German hunspell rejects is English when the English dictionary knows it and wordfreq says it is far more
common in English than in German ("neither": de 2.33 / en 4.77). Accepted loanwords (Team, Online) are in the
German dictionary and never get here.

Proposals: the glossary's `english` entries first (curated), then the English-German dictionary (lektorat.dictionary,
Ding), ranked by the part of speech the context asks for (a capitalised word mid-sentence or one after an article is
a noun; a word between an article and a noun is an adjective and is inflected to fit; after "ist", "zu", "sehr" an
adjective or adverb), then by German frequency; at most three, each accepted by German hunspell.

Capitalised English words mid-sentence ("der Iceberg") are flagged only when they are clearly English and not part
of a name: not in a run of capitalised words ("Manchester United"), not right after an opening quote (a title), and
not a word the English dictionary also lists capitalised (Smith, Apple, Turkey: surnames, companies, places).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from ... import dictionary, lexicon, nouns
from ...findings import Finding
from . import morphology as M
from .agreement import noun_features
from .context import Context

EN_MIN_ZIPF = 3.0        # common enough in English to be a real word, not a typo
EN_MARGIN = 0.8          # how much more common in English than in German
CAP_MARGIN = 1.2         # the same for a capitalised word mid-sentence, which may be a name or jargon
MAX_PROPOSALS = 3
COGNATE_BONUS = 0.5

# words after which an English word stands as a predicate or an adverb, uninflected ("viel zu low", "ist even")
_PREDICATIVE = frozenset(("ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "bin", "bist",
                          "seid", "sei", "zu", "sehr", "so", "ganz", "ziemlich", "recht", "besonders", "nicht",
                          "wie", "als", "noch", "auch", "bleibt", "bleiben", "blieb", "scheint", "wirkt", "eher"))
_SUBJECTS = frozenset(("ich", "du", "er", "wir", "ihr", "man"))
# an infinitive or participle stands before these ("sehen können", "gesehen würden", "angekommen ist")
_VERB_AFTER = frozenset(("können", "kann", "konnte", "könnten", "könnte", "würde", "würden", "möchte", "möchten",
                         "müssen", "muss", "musste", "wollen", "will", "wollte", "sollen", "soll", "sollte", "darf",
                         "dürfen", "lassen", "worden"))
_FINITE_AUX = frozenset(("wird", "werden", "würde", "würden", "kann", "muss", "soll", "will", "darf", "mag",
                         "möchte", "könnte", "sollte", "müsste", "hat", "haben", "hatte", "ist", "war"))
_DEGREE = frozenset(("viel", "allzu", "etwas", "nicht", "so", "ganz", "recht", "weit", "zu", "noch", "eher"))
_OPEN_QUOTES = frozenset("„“\"«»‚'‘›‹")


RARE_EN_MIN_ZIPF = 2.0   # a rarer English word ("headwinds") counts when German text never has it …
RARE_EN_MAX_DE_ZIPF = 1.2   # … or hardly ever, far less than English ("seasick" 2.3 in English, 1.1 in German)
RARE_EN_DE_GAP = 1.0


def english_by_frequency(low: str) -> bool:
    en, de = lexicon.zipf_en(low), lexicon.zipf_de(low)
    return en >= EN_MIN_ZIPF and en - de >= EN_MARGIN


def rare_english(low: str, small: bool = False) -> bool:
    """An English word too rare for english_by_frequency that German text never has ("headwinds"): written small
    in a German sentence it is English left untranslated. Written SMALL in the text, also one German text hardly
    has ("seasick"; not a heading's "Bounding" nor an acronym's plural, "URNs")."""
    en, de = lexicon.zipf_en(low), lexicon.zipf_de(low)
    return en >= RARE_EN_MIN_ZIPF and (de == 0 or (small and de <= RARE_EN_MAX_DE_ZIPF and en - de >= RARE_EN_DE_GAP))


@lru_cache(maxsize=1)
def _english_dictionary_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of the English hunspell dictionary: those listed capitalised, lower-cased (names: Smith, Apple,
    Manchester), and those listed small (common words: "treasury", "walker")."""
    try:
        import hunspell
        path = os.path.join(os.path.dirname(hunspell.__file__), "dictionaries", "en_US.dic")
        with open(path, encoding="utf-8", errors="replace") as fh:
            next(fh, None)
            words = [line.split("/", 1)[0].strip() for line in fh]
    except (OSError, ImportError):
        return frozenset(), frozenset()
    return (frozenset(w.lower() for w in words if w[:1].isupper() and w[1:].islower()),
            frozenset(w for w in words if w.islower()))


def is_name_word(word: str) -> bool:
    """A word English writes capitalised as a name (a surname, a first name, a company, a place)."""
    return word.lower() in _english_dictionary_words()[0]


def capitalised_english_noun(ctx: Context, i: int, part: str) -> bool:
    """A capitalised word mid-sentence that is an English noun, not part of a name or a title: clearly English
    (CAP_MARGIN: "Channel", "Community", "Award" are German IT and press jargon too), not in a hyphenated compound
    ("Escape-Taste"), and with a German noun to propose."""
    low = part.lower()
    if "-" in ctx.doc.tokens[i].text or not lexicon.is_english(low):
        return False
    en = lexicon.zipf_en(low)
    if en < EN_MIN_ZIPF or en - lexicon.zipf_de(low) < CAP_MARGIN:
        return False
    # an English title before a first name and a surname is English left untranslated, even where the English
    # dictionary also lists the word as a name ("Mayor", "Governor")
    title = _title_before_name(ctx, i)
    name_word = is_name_word(part) and not _common_noun_after_adjective(ctx, i, part)
    if (_in_english_name(ctx, i) or name_word) and not title or after_quote(ctx, i):
        return False
    if not capitalised_english_noun_context(ctx, i):
        return False
    if low in latin_loans_in_article(ctx):
        return False
    return any(pos in dictionary.NOUN_POS and _acceptable(de) for de, pos in dictionary.translations(low))


def determiner_before_adjectives(ctx: Context, i: int) -> int | None:
    """The index of the determiner before token i when the words between are inflected German adjectives, at
    least one ("ihren harten"), else None."""
    toks = ctx.doc.tokens
    k = i - 1
    while k >= 0 and M.determiner(toks[k].text) is None:
        w = toks[k].text
        if not (w.islower() and w.endswith(("e", "en", "er", "es", "em")) and lexicon.is_german(w)):
            return None
        k -= 1
    return k if 0 <= k < i - 1 else None


def _common_noun_after_adjective(ctx: Context, i: int, part: str) -> bool:
    """A word English writes capitalised as a name and small as a noun ("Treasury", "treasury"), after an article
    and a German adjective ("bei der regionalen Treasury"): the noun, left untranslated, unless a capitalised word
    follows it or stands before it elsewhere in the article (a surname: "Kyle Walker … der erfahrene Walker")."""
    toks = ctx.doc.tokens
    if part.lower() not in _english_dictionary_words()[1] or determiner_before_adjectives(ctx, i) is None:
        return False
    if i + 1 < len(toks) and ctx.adjacent(i, i + 1) and toks[i + 1].text[:1].isupper():
        return False
    return not any(t.text == part and k > 0 and toks[k - 1].text[:1].isupper() and ctx.adjacent(k - 1, k)
                   and M.determiner(toks[k - 1].text) is None and k - 1 not in ctx.doc.sentence_starts
                   for k, t in enumerate(toks))


def latin_loans_in_article(ctx: Context) -> frozenset[str]:
    """Nouns in -or (lower-case) the article also inflects the German way, with a plural in -oren German text
    has ("Elevatoren", "Investoren"; not "Exhibitoren", an English noun with a German ending): the writer uses the
    German loan ("Elevator" for a grain elevator), no English left in."""
    def compute() -> frozenset[str]:
        return frozenset(t.text[:-2].lower() for t in ctx.doc.tokens
                         if t.text.endswith("oren") and t.text[:1].isupper() and t.is_alpha_word and len(t.text) > 6
                         and lexicon.zipf_de(t.text.lower()) > 0)
    return ctx.memo("english.latin_loans_in_article", compute)


def _title_before_name(ctx: Context, i: int) -> bool:
    """Token i is an English title before a person's first name and surname ("von Governor Andrew Cuomo", "Judge
    Amy Barrett"): the next word is a first name the English dictionary lists only as a name (not "Bill",
    "Friday"), then one to three surname words (or particles: "de Blasio") that are neither English nor German
    words, and no acronym in brackets after them ("Common Unix Printing System (CUPS)" names a thing). A title
    before a single name is not enough: "Hunter Biden", "Baker Mayfield" are first names that are English words."""
    toks = ctx.doc.tokens
    if i + 2 >= len(toks) or not ctx.adjacent(i, i + 1):
        return False
    first = toks[i + 1].text
    # a first name the English dictionary lists only as a name, or one a name rule already took ("Grandmaster
    # Andriy Shevchuk": the transliteration of a Ukrainian first name)
    if not (first[:1].isupper() and first[1:].islower() and (is_name_word(first) or ctx.claimed(i + 1))
            and not lexicon.is_english(first.lower()) and not lexicon.is_german(first.lower())):
        return False
    k = i + 2
    while k < len(toks) and k - (i + 2) < 4 and ctx.adjacent(k - 1, k) and (
            toks[k].text in _NAME_PARTICLES or (toks[k].text[:1].isupper() and toks[k].text.isalpha())):
        w = toks[k].text
        if w not in _NAME_PARTICLES and (lexicon.is_english(w.lower()) or lexicon.is_german(w.lower())
                                         or nouns.analyses(w)):
            return False   # "Black Friday Angebote", "Common Internet File System": no surname
        k += 1
    surnames = k - (i + 2)
    bracket = k < len(toks) and toks[k].text == "("
    return 1 <= surnames <= 3 and not bracket and toks[k - 1].text not in _NAME_PARTICLES


_NAME_PARTICLES = frozenset(("de", "da", "van", "von", "del", "di", "le", "la", "bin", "al"))
_EN_LINKS = frozenset(("of", "and", "for", "the", "on", "in", "at", "to", "by"))   # ("Step by Step")


def _titled_phrase(ctx: Context, i: int, n: int) -> bool:
    """Tokens i..i+n-1 written in title case form an English phrase, not a name: a lower-case English link word
    inside ("State of Emergency"), every other word capitalised, and no capitalised word right after it (a name goes
    on: "Bank of America Tower")."""
    toks = ctx.doc.tokens
    ws = [toks[k].text for k in range(i, i + n)]
    after = i + n
    if after < len(toks) and toks[after].text[:1].isupper() and ctx.adjacent(after - 1, after):
        return False
    if _titled_term(ctx, i, ws):
        return True
    return any(w in _EN_LINKS for w in ws[1:-1]) and all(w[:1].isupper() or w in _EN_LINKS for w in ws)


TERM_MIN_ZIPF_DE = 1.5   # the German term for a title-case English pair is established ("Lieferkette" 2.9,
#                          "Studentenrat" 1.6)
LOAN_JOINED_MIN_ZIPF = 2.0   # … unless German text writes the English pair as one word this often ("Highschool")


def _titled_term(ctx: Context, i: int, ws: list[str]) -> bool:
    """Title-case English words inside a German sentence (after a determiner, a preposition or a lower-case
    word) that the dictionary gives as one term with an established German noun ("der Supply Chain" ->
    Lieferkette, "einen Debt Relief" -> Schuldenerlass): English left untranslated. Names are left alone: a word
    English writes only as a name, a run that goes on, a term whose German is rare ("Grand Slam": Großschlemm)."""
    toks = ctx.doc.tokens
    if i == 0 or not ctx.adjacent(i - 1, i):
        return False
    prev = toks[i - 1].text
    if not (prev.islower() or M.determiner(prev) is not None or prev.lower() in M.CONTRACTIONS) \
            or not prev.isalpha():
        return False
    if _listed_variant(ctx, ws):
        return True   # (the glossary's word decides: "den World Cup", though German has "Worldcup" now and then)
    # (a word English writes only as a name; one it also writes small is a common word too: "Witch Hunt", whose
    # "Hunt" is a surname as well)
    if any(is_name_word(w) and w.lower() not in _english_dictionary_words()[1] for w in ws):
        return False
    joined = ws[0] + "".join(w.lower() for w in ws[1:])
    if lexicon.zipf_de(joined.lower()) >= LOAN_JOINED_MIN_ZIPF \
            or (lexicon.is_german(joined) and lexicon.zipf_de(joined.lower()) > 0):
        return False   # German has the term as a loan, written as one word ("die High School": Highschool;
        #                "das Joint Venture": Jointventure, which the German dictionary lists; not a compound
        #                hunspell merely builds and German text never has, "Pressrelease")
    return any(
        pos in dictionary.NOUN_POS and " " not in de and lexicon.zipf_de(de.lower()) >= TERM_MIN_ZIPF_DE
        for de, pos in dictionary.translations(" ".join(w.lower() for w in ws)))


def _listed_variant(ctx: Context, ws: list[str]) -> bool:
    """The words WS, as written, are a variant of an English entry of the glossary ("Game Changer")."""
    return listed_english(ctx, " ".join(ws))


def listed_english(ctx: Context, text: str, pos: str | None = None) -> bool:
    """TEXT, as written, is a variant of an English entry of the glossary ("Game Changer", "No-Brainer"), of part
    of speech POS where given ("Kazakh": adj)."""
    entry = ctx.glossary.translations(text)
    return entry is not None and entry.kind == "english" and text in entry.variants \
        and (pos is None or entry.pos == pos)


# words that introduce a name: what follows them is what something is called ("eine Übung namens Northern
# Shield", "die sogenannte Coalition of the Willing", "das Projekt heißt Biased Chains", "unter dem Titel …")
_NAMING_WORDS = frozenset(("namens", "genannt", "heißt", "heißen", "hieß", "hießen", "benannt", "getauft"))
_NAMING_PARTICLES = frozenset(("also", "nun", "jetzt", "einfach", "schlicht", "offiziell", "künftig", "fortan"))
_NAMING_AFTER_SICH = frozenset(("nennt", "nennen", "nannte", "nannten"))
_NAMING_NOUNS = frozenset(("Namen", "Titel", "Motto", "Codenamen", "Arbeitstitel", "Spitznamen", "Markennamen"))
_NAMING_RE = re.compile(r"(?:so)?genannt(?:e|en|er|es|em)?")


def introduced_name(doc, i: int) -> bool:
    """Token i belongs to a run of capitalised words (English link words allowed inside: "Coalition of the
    Willing") right after a word that introduces a name: the run is what something is called, not English left
    untranslated."""
    toks = doc.tokens
    adjacent = doc.adjacent
    if not toks[i].text[:1].isupper():
        j = i   # a link word counts only between capitals
        while j < len(toks) and toks[j].text in _EN_LINKS and j - i < 3:
            j += 1
        if j == i or j >= len(toks) or not toks[j].text[:1].isupper() or not adjacent(j - 1, j):
            return False
    s = i
    while s > 0 and adjacent(s - 1, s) and s not in doc.sentence_starts and (
            (toks[s - 1].text[:1].isupper() and M.determiner(toks[s - 1].text) is None
             and toks[s - 1].text not in _NAMING_NOUNS) or toks[s - 1].text in _EN_LINKS):
        s -= 1
    if s == 0 or not adjacent(s - 1, s) or not toks[s].text[:1].isupper():
        return False
    p = toks[s - 1].text
    if p.lower() in _NAMING_WORDS or _NAMING_RE.fullmatch(p.lower()):
        return True
    # (a particle between: "das Projekt heißt also Biased Chains", "heißt nun …")
    if p in _NAMING_PARTICLES and s > 1 and adjacent(s - 2, s - 1) and toks[s - 2].text.lower() in _NAMING_WORDS:
        return True
    if p == "sich" or p == "als":
        before = toks[s - 2].text.lower() if s > 1 and adjacent(s - 2, s - 1) else ""
        return before in _NAMING_AFTER_SICH if p == "sich" else before == "bekannt"
    return p in _NAMING_NOUNS and s > 1 and M.determiner(toks[s - 2].text) is not None


def capitalised_english_noun_context(ctx: Context, i: int) -> bool:
    """Token i stands inside a German sentence: after a lower-case word, a determiner or a sentence-opening
    function word ("Und", "Aber"), not as a label ("Tip:") or in a signature."""
    toks = ctx.doc.tokens
    if i + 1 < len(toks) and toks[i + 1].text == ":":
        return False
    prev = toks[i - 1] if i > 0 else None
    if prev is None or not ctx.adjacent(i - 1, i):
        return False
    if prev.text.isdigit() and i - 1 not in ctx.doc.sentence_starts:
        return True   # a count before it: "ca. 15 Percentage der Bevölkerung"
    if not prev.is_alpha_word:
        return False
    if prev.text.islower() or M.determiner(prev.text) is not None or _function_word_opening(ctx, i - 1):
        return True
    # a capitalised German adjective of a term before it ("Beide Schwarzen Holes"), itself in the sentence, or
    # opening it ("Ukrainischer Striker wechselt nach Vilnius")
    if not _inflected_adjective(prev.text):
        return False
    if i - 1 in ctx.doc.sentence_starts:
        return lexicon.is_german(prev.text.lower()) and not lexicon.is_english(prev.text.lower())
    return i > 1 and capitalised_english_noun_context(ctx, i - 1)


def _function_word_opening(ctx: Context, k: int) -> bool:
    """Token k opens the sentence and is a German word that is no noun ("Und", "Aber", "Viele"): the word after it
    stands inside the sentence, where German capitalises nouns only."""
    w = ctx.doc.tokens[k].text
    low = w.lower()
    return k in ctx.doc.sentence_starts and lexicon.is_german(low) and lexicon.zipf_de(low) >= 4.5 \
        and not lexicon.is_english(low)


def after_quote(ctx: Context, i: int) -> bool:
    t = ctx.doc.tokens[i]
    return t.start > 0 and ctx.doc.text[t.start - 1] in _OPEN_QUOTES


def _wanted_pos(ctx: Context, i: int, original: str, low: str) -> tuple[set[str], bool]:
    """(parts of speech the context asks for, whether an adjective here is attributive and needs an ending)."""
    toks = ctx.doc.tokens
    mid = i not in ctx.doc.sentence_starts
    prev = toks[i - 1].text if i > 0 and mid else ""
    nxt = toks[i + 1].text if i + 1 < len(toks) and ctx.adjacent(i, i + 1) else ""
    nouns = set(dictionary.NOUN_POS)
    if original[:1].isupper() and mid:
        return _number(low, nouns), False
    next_is_noun = nxt[:1].isupper() and toks[i + 1].is_alpha_word and lexicon.is_german(nxt)
    if next_is_noun:
        return {"adj"}, True
    # (a word small at the clause's end after a copula is its predicate, also after a pronoun that looks like an
    # article: "war trotz allem upbeat")
    if prev and (M.determiner(prev) is not None or prev.lower() in M.CONTRACTIONS or _after_adjectives(ctx, i)) \
            and not (prev.lower() in ("alles", "allem") and original.islower() and _predicative_at_clause_end(ctx, i)):
        return _number(low, nouns), False
    if low.endswith("ly"):
        return {"adv", "adj"}, False
    pl, nl = prev.lower(), nxt.lower()
    if pl in _SUBJECTS or nl in _SUBJECTS or nl in _VERB_AFTER:
        return {"v"}, False
    if pl == "zu":
        before = toks[i - 2].text.lower() if i > 1 else ""
        return ({"adj", "adv"} if before in _DEGREE else {"v"}), False
    if pl in _PREDICATIVE or (original.islower() and _predicative_at_clause_end(ctx, i)):
        return {"adj", "adv"}, False
    if nxt.lower() in ("werden", "wird", "wurde", "wurden", "worden", "hat", "haben", "hatte", "ist", "sind"):
        return {"v", "adj"}, False
    return set(), False


_COPULA_FORMS = frozenset("ist sind war waren bleibt bleiben blieb blieben scheint schien wirkt wirkte wirkten "
                          "wird werden wurde wurden sei seien wäre wären".split())


def _predicative_at_clause_end(ctx: Context, i: int) -> bool:
    """Token I, small, ends its clause after a copula in it ("Die Stimmung war trotz allem upbeat."): a predicate,
    an adjective."""
    toks = ctx.doc.tokens
    if i + 1 < len(toks) and toks[i + 1].text not in (".", ",", ";", "!", "?", "–"):
        return False
    k = i - 1
    while k >= 0 and k >= i - 8 and toks[k].text not in (".", ",", ";", ":", "!", "?", "–"):
        if toks[k].text.lower() in _COPULA_FORMS:
            return True
        k -= 1
    return False


_IRREGULAR_3SG = {
    "sein": "ist", "haben": "hat", "werden": "wird", "können": "kann", "müssen": "muss", "wollen": "will",
    "sollen": "soll", "dürfen": "darf", "mögen": "mag", "wissen": "weiß", "sehen": "sieht", "geben": "gibt",
    "nehmen": "nimmt", "sprechen": "spricht", "helfen": "hilft", "treffen": "trifft", "lesen": "liest",
    "essen": "isst", "vergessen": "vergisst", "halten": "hält", "fahren": "fährt", "tragen": "trägt",
    "schlagen": "schlägt", "fallen": "fällt", "laufen": "läuft", "lassen": "lässt", "schlafen": "schläft",
    "wachsen": "wächst", "werfen": "wirft", "sterben": "stirbt", "brechen": "bricht", "gelten": "gilt",
    "empfehlen": "empfiehlt", "treten": "tritt", "raten": "rät", "waschen": "wäscht", "fangen": "fängt",
    "stoßen": "stößt", "geschehen": "geschieht", "messen": "misst", "schmelzen": "schmilzt", "backen": "bäckt",
    "laden": "lädt", "verlassen": "verlässt", "erhalten": "erhält", "enthalten": "enthält", "entsprechen": "entspricht",
    "unterbrechen": "unterbricht", "vertreten": "vertritt", "betreten": "betritt", "gefallen": "gefällt",
}
_3SG_SUBJECTS = frozenset(("er", "es", "man", "das", "dies", "was", "wer", "jeder", "jede", "jedes", "niemand",
                           "jemand", "nichts", "alles"))


def _subject_3sg(ctx: Context, i: int) -> bool:
    """The word before token i is a third-person singular subject ("das All can", "es speaks", "man view")."""
    if i == 0 or i in ctx.doc.sentence_starts or not ctx.adjacent(i - 1, i):
        return False
    prev = ctx.doc.tokens[i - 1].text
    toks = ctx.doc.tokens
    for k in range(i - 1, max(-1, i - 7), -1):      # "will die Wirtschaft stabilize": an infinitive after a modal
        if toks[k].text.lower() in _VERB_AFTER or toks[k].text.lower() in _FINITE_AUX:
            return False
        if k in ctx.doc.sentence_starts or toks[k].text in ",;:":
            break
    if prev.lower() in _3SG_SUBJECTS:
        return True
    if prev[:1].isupper() and i - 2 >= 0 and M.determiner(ctx.doc.tokens[i - 2].text) is not None:
        _, feats = noun_features(prev)
        return any(f in feats for f in ("nom.sg.m", "nom.sg.f", "nom.sg.n")) and "nom.pl" not in feats
    return False


def _third_singular(inf: str) -> str | None:
    """The third person singular present of a German infinitive ("schwingen" -> "schwingt"), or None."""
    if " " in inf or not inf.islower():
        return None
    if inf in _IRREGULAR_3SG:
        return _IRREGULAR_3SG[inf]
    for prefix in ("be", "ver", "er", "ent", "zer", "ge", "über", "unter", "miss"):      # inseparable prefixes
        if inf.startswith(prefix) and inf[len(prefix):] in _IRREGULAR_3SG:
            return prefix + _IRREGULAR_3SG[inf[len(prefix):]]
    if inf.endswith(("eln", "ern")):
        stem = inf[:-1]
    elif inf.endswith("en"):
        stem = inf[:-2]
    else:
        return None
    form = stem + ("et" if stem.endswith(("t", "d", "chn", "ffn", "tm", "gn")) else "t")
    return form if lexicon.is_german(form) else None


def _number(low: str, nouns: set[str]) -> set[str]:
    """An English plural ("companies") asks for a German plural when the dictionary has one."""
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and (
            any(p == "pl" for _, p in dictionary.translations(low)) or _english_singular(low)):
        return {"pl"}
    return nouns


def _english_singular(low: str) -> str | None:
    """The singular of a regular English plural ("wildfires" -> "wildfire", "bodies" -> "body"), if it is a word."""
    for cand in ((low[:-3] + "y") if low.endswith("ies") else None, low[:-1], low[:-2] if low.endswith("es") else None):
        if cand and len(cand) >= 3 and lexicon.is_english(cand):
            return cand
    return None


def _after_adjectives(ctx: Context, i: int) -> bool:
    """Token i follows inflected German adjectives that follow a determiner or stand capitalised in a name of a
    thing ("einer glänzenden metallischen face", "dem Schwarzen well"): a noun's place."""
    toks = ctx.doc.tokens
    k = i - 1
    seen = 0
    while k >= 0 and i - k <= 4 and ctx.adjacent(k, k + 1):
        w = toks[k].text
        if M.determiner(w) is not None or w.lower() in M.CONTRACTIONS or w.lower() in M.PREPOSITIONS:
            return seen > 0
        if not (w.lower().endswith(M.ADJ_ENDINGS) and lexicon.is_german(w.lower())):
            return False
        seen += 1
        k -= 1
    return False


def _inflect(adj: str, ending: str) -> str:
    """The adjective with an attributive ending: "enorm" + "e", "leise" + "en" -> "leisen", "teuer" -> "teure"."""
    if not ending:
        return adj
    if adj.endswith("e"):
        return adj + ending[1:]
    forms = [adj + ending]
    if adj.endswith(("el", "er")) and len(adj) > 3:
        contracted = adj[:-2] + adj[-1] + ending          # dunkel -> dunkle, teuer -> teure
        forms = [contracted, adj + ending] if adj.endswith(("el", "euer", "auer")) else forms + [contracted]
    return next((f for f in forms if lexicon.is_german(f)), forms[0])


_UMLAUT = str.maketrans("aou", "äöü")


def comparative(more: str, adjective: str) -> list[str]:
    """German comparatives for "more ADJECTIVE" ("more profitable" -> "profitabler"): the comparative of each German
    adjective the dictionary gives, as hunspell knows it (-er, -el/-er losing their e, an umlaut)."""
    if more.lower() != "more":
        return []
    out = []
    for de, pos in dictionary.translations(adjective.lower()):
        if pos not in ("adj", "adv") or " " in de or not de.islower():
            continue
        stems = [de, de[:-2] + de[-1] if de.endswith(("el", "er")) else "", de[:-1] if de.endswith("e") else ""]
        forms = [s + "er" for s in stems if s] + [s.translate(_UMLAUT) + "er" for s in stems[:1] if len(s) <= 5]
        found = next((f for f in forms if f != de and lexicon.is_german(f)), None)
        if found and found not in out:
            out.append(found)
    return out[:MAX_PROPOSALS]


def _acceptable(de: str) -> bool:
    """Every word accepted by German hunspell, and no abbreviation or single letter ("B" for "flat")."""
    return len(de) >= 3 and not de.isupper() and all(lexicon.is_german(w) for w in de.split(" "))


def _cognate(english: str, german: str) -> float:
    """A bonus for a German translation spelled like the English word ("character" / "Charakter"), or one that
    keeps the English compound's first part where German has that word too ("teammates" / "Teamkollegen", not
    "Kumpel")."""
    from difflib import SequenceMatcher
    if SequenceMatcher(None, english, german.lower()).ratio() >= 0.75:
        return COGNATE_BONUS
    low = german.lower()
    # (worth more: the shared part shows the sense, which frequency alone does not)
    return 2 * COGNATE_BONUS if " " not in english and any(
        low.startswith(english[:k]) and len(low) > k + 2 and lexicon.is_english(english[:k])
        and lexicon.is_german_any_case(english[:k]) and lexicon.is_english(english[k:])
        for k in range(4, len(english) - 3)) else 0.0


def _freq(de: str) -> float:
    ws = de.split(" ")
    return min(lexicon.zipf_de(w) for w in ws) - 0.3 * (len(ws) - 1)


_HINT_POS = {"adj": {"adj"}, "verb": {"v", "adj"}, "noun": set(dictionary.NOUN_POS)}


RESPELLED_NOUN_MIN_ZIPF = 3.0   # "Stopp" 3.9, "Tipp" 4.5


def _german_spelling(word: str) -> str | None:
    """The German spelling of a short English noun German has borrowed, its final consonant doubled after a short
    vowel ("Stop" -> "Stopp", "Tip" -> "Tipp"), where German text has that noun often."""
    if not (3 <= len(word) <= 5 and word[:1].isupper() and word[1:].islower() and word[-1] in "bdfgklmnpt"
            and word[-2] in "aeiou"):
        return None
    cand = word + word[-1]
    ok = nouns.analyses(cand) and lexicon.is_german(cand) and lexicon.zipf_de(cand.lower()) >= RESPELLED_NOUN_MIN_ZIPF
    return cand if ok else None


# English "early", "mid", "late" before a month or a year: "Anfang", "Mitte", "Ende" (Duden: "Anfang Mai", "Mitte 2027")
_PART_OF_PERIOD = {"early": "Anfang", "mid": "Mitte", "late": "Ende"}
_PERIOD_RE = re.compile(r"Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
                        r"January|February|March|May|June|July|October|December|(?:1[89]|20)\d\d")


def translations(ctx: Context, i: int, entry, original: str, english: str | None = None, pos_hint: str = "",
                 ending: str | None = None) -> list[str]:
    """Up to three German proposals for the English word ORIGINAL (or its source ENGLISH) at token i.

    A pseudo-English word tells its part of speech (POS_HINT: "adj" for "-ös") and its adjective ENDING
    ("tremendös-e"), which the proposals take over."""
    low = (english or original).lower()
    part = _PART_OF_PERIOD.get(low)
    if part and i + 1 < len(ctx.doc.tokens) and _PERIOD_RE.fullmatch(ctx.doc.tokens[i + 1].text):
        return [part]   # "ab early November", "mid 2027": German names the part of the month or year
    want, attributive = _wanted_pos(ctx, i, original, low)
    if pos_hint in _HINT_POS:
        want = _HINT_POS[pos_hint]
    english = low
    third_sg = _subject_3sg(ctx, i)
    if third_sg and not want:
        want = {"v"}
    cands: list[tuple[str, str, int]] = []      # (German, pos, tier)
    if entry is not None:
        epos = {"noun": "n", "verb": "v", "adj": "adj", "adv": "adv"}.get(entry.pos, "x")
        for de in entry.de:
            cands.append((de, epos, 0))
    respelled = _german_spelling(original)
    if respelled:
        cands.insert(0, (respelled, "n", 0))
    direct = dictionary.translations(low)
    for k, (de, pos) in enumerate(direct or _closed_compound(low)):
        cands.append((de, pos, 1))
    singular = _english_singular(low) if want == {"pl"} else None
    if singular and not any(pos in dictionary.NOUN_POS for _, pos, _ in cands):
        # the dictionary reads the plural as a verb form ("skies" -> "läuft Ski"): the singular's nouns
        cands += [(de, pos, 1) for de, pos in dictionary.translations(singular)]
    scored = []
    seen = set()
    offered = {de for de, _, _ in cands}
    for n, (de, pos, tier) in enumerate(cands):
        if de.endswith("-"):
            continue
        if pos == "n" and tier == 0:
            pos = "m"   # the glossary does not say the gender; any noun
        form = de
        if want == {"pl"} and pos in dictionary.NOUN_POS and pos != "pl" and " " not in de:
            # an English plural ("weapons"), a German singular from the glossary or dictionary ("Waffe"): its plural
            plural = nouns.forms_of(de).get("nom.pl")
            if plural:
                # a plural unlike the singular that the entry itself offers ("Zoll|Zölle": "Zölle", not the
                # unit's plural "Zoll"; "Leiter" keeps its own plural, not the ladders' "Leitern")
                # (not a noun from an adjective's weak plural: "Abgeordnete", not "Abgeordneten")
                form, pos = next((p for p in plural if p not in (de, de + "n") and p in offered), plural[0]), "pl"
        if want == {"pl"} and pos == "pl" and " " not in form and not form.endswith(("n", "s")) \
                and _dative_plural_slot(ctx, i) and lexicon.is_german(form + "n"):
            form += "n"   # (after a preposition of the dative or "den": "auf Sidings" -> "auf Abstellgleisen")
        if pos == "adj" and " " not in de and ending and pos_hint == "adj":
            form = _inflect(de, ending)
        elif pos == "adj" and attributive and " " not in de:
            form = _inflect(de, adjective_ending_here(ctx, i))
        elif pos == "adv" and attributive and " " not in de:
            # the dictionary tags some adjectives as adverbs ("unfriendly" :: "unfreundlich"): an adjective when
            # the inflected form is a German word
            inflected = _inflect(de, adjective_ending_here(ctx, i))
            if inflected != de and sum(lexicon.is_german(de + e) for e in ("e", "en", "er", "es", "em")) >= 3:
                form, pos = inflected, "adj"
        elif pos == "v" and third_sg and not pos_hint and "v" in want and not english.endswith(("ed", "ing")):
            form = _third_singular(de) or de
        elif pos == "v" and tier == 0 and english.endswith("ed"):
            form = _participle_here(ctx, i, de, attributive)
        if pos not in dictionary.NOUN_POS and original[:1].isupper() and i in ctx.doc.sentence_starts:
            form = form[0].upper() + form[1:]
        if form in seen or form.lower() == low or not _acceptable(form):
            continue
        seen.add(form)
        pos_ok = not want or pos in want or (tier == 0 and entry.pos == "")
        if attributive and pos == "adj" and " " in de:
            pos_ok = False  # "nicht besetzt" cannot take the ending the noun phrase needs ("unbemannte Drohne")
        # the part of speech the context asks for, then German frequency; the dictionary's first senses count a little
        score = (2.0 if pos_ok else 0.0) + _freq(form) - 0.05 * n + _cognate(low, form)
        # the glossary's order is curated and kept as it is
        scored.append((tier, n if tier == 0 else -score, n, form, pos_ok))
    scored.sort()
    # a capitalised word mid-sentence is a noun, a word between article and noun an adjective: only those are
    # proposed when there are any
    if (want == set(dictionary.NOUN_POS) or attributive) and any(x[4] for x in scored):
        scored = [x for x in scored if x[4]]
    elif want and not direct and entry is None:
        # an English compound read open ("standstill" -> "stand still"): only in the part of speech asked for, or
        # a phrase where a predicate stands ("seien bereits underway" -> "im Gange")
        scored = [x for x in scored if x[4] or ("adj" in want and " " in x[3])]
    elif want == {"pl"}:
        # a noun's place: a verb or an adjective would be a wrong proposal, none is better
        scored = [x for x in scored if x[4]] or [x for x in scored if x[3][:1].isupper()]
    forms = [x[3] for x in scored]
    if original[:1].islower() and want != set(dictionary.NOUN_POS):
        # "something" -> "etwas", not the noun "Etwas", where both are there and the word is written small
        forms = [f for f in forms if not (f[:1].isupper() and f[0].lower() + f[1:] in forms)]
    return forms[:MAX_PROPOSALS]


def _dative_plural_slot(ctx: Context, i: int) -> bool:
    """Token i, a plural noun, stands right after a preposition that takes the dative (also one of two cases, where
    the dative is the commoner) or after the dative plural's "den"."""
    if i == 0 or not ctx.adjacent(i - 1, i) or i - 1 in ctx.doc.sentence_starts:
        return False
    prev = ctx.doc.tokens[i - 1].text
    return prev == "den" or "dat" in M.PREPOSITIONS.get(prev, ())


def _participle_here(ctx: Context, i: int, verb: str, attributive: bool) -> str:
    """A glossary verb (a German infinitive) for an English -ed form in a participle's place: the participle,
    with an adjective's ending before a noun ("hat den Plan approved" -> "genehmigt", "die approved Pläne" ->
    "genehmigten"); elsewhere the infinitive as the glossary has it."""
    from .calques import conjugate
    from .unknown_words import _perfect_clause

    if " " in verb or not verb.endswith(("en", "ern", "eln")):
        return verb
    participle = conjugate(verb)[1]["pp"]
    if not lexicon.is_german(participle):
        return verb
    if attributive:
        return _inflect(participle, adjective_ending_here(ctx, i))
    # (also in a passive: before "worden", or before "werden" after a modal, "muss noch approved werden" ->
    # "genehmigt werden"; not a future's "signed wird", whose subject signs)
    toks = ctx.doc.tokens
    nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    passive = nxt == "worden" or (nxt == "werden" and any(
        toks[k].text.lower() in _MODALS for k in range(max(0, i - 8), i)))
    return participle if passive or _perfect_clause(ctx, i) else verb


_MODALS = frozenset("muss müssen musste mussten soll sollen sollte sollten kann können konnte konnten darf dürfen "
                    "durfte durften will wollen wollte wollten".split())


def _closed_compound(low: str) -> list[tuple[str, str]]:
    """The dictionary's translations of an English compound written closed that it lists open or hyphenated
    ("heatwave" -> "heat wave" -> Hitzewelle, "gamechanger" -> "game changer")."""
    for k in range(3, len(low) - 2):
        a, b = low[:k], low[k:]
        if lexicon.is_english(a) and lexicon.is_english(b):
            for joined in (f"{a} {b}", f"{a}-{b}"):
                found = dictionary.translations(joined)
                if found:
                    return found
    return []


def adjective_ending_here(ctx: Context, i: int, first: int | None = None) -> str:
    """The ending an attributive adjective at token i needs, from the determiner before and the noun after it
    (before token FIRST where the adjective stands for several words: "einen well deserved Sieg")."""
    toks = ctx.doc.tokens
    # the noun: the next capitalised token (skipping further lower-case adjectives)
    n = i + 1
    while n < len(toks) and n - i <= 3 and toks[n].text[:1].islower() and toks[n].is_alpha_word:
        n += 1
    if n >= len(toks) or not toks[n].text[:1].isupper():
        return "e"
    _, nfeats = noun_features(toks[n].text)
    d = (i if first is None else first) - 1
    while d > 0 and i - d <= 3 and (toks[d].text in _OPEN_QUOTES or toks[d].text.lower() in _DEGREE
                                    or toks[d].text.lower() in ("sehr", "besonders", "äußerst", "extrem")):
        d -= 1    # von einem „challenging Umfeld“, von einem „sehr challenging Jahr“
    while d >= 0 and i - d <= 3 and toks[d].text[:1].islower() and M.determiner(toks[d].text) is None \
            and M.adjective_stem(toks[d].text) and toks[d].text.lower() not in _WEAK_QUANTIFIERS:
        d -= 1
    det = M.determiner(toks[d].text) if d >= 0 else None
    feats = set(nfeats) or set(M.ALL)
    kind = None
    word = toks[d].text.lower() if d >= 0 else ""
    if det is None and word in M.CONTRACTIONS:    # "ins kommunale Leben": "in das"
        prep, article = M.CONTRACTIONS[word]
        det = M.determiner(article)
        feats = {f for f in feats if f.split(".")[0] in M.PREPOSITIONS.get(prep, ())} or feats
    elif det is None and word in _WEAK_QUANTIFIERS:   # "alle möglichen Tricks": weak, like der-words
        return "en"
    if det is None and d >= 0 and toks[d].text.lower() in M.PREPOSITIONS:     # "mit großer Wahrscheinlichkeit"
        cases = M.PREPOSITIONS[toks[d].text.lower()]
        feats = {f for f in feats if f.split(".")[0] in cases} or feats
    if det is not None:
        kind = det[0]
        feats &= set(det[2])
        if d > 0 and toks[d - 1].text.lower() in M.PREPOSITIONS:
            cases = M.PREPOSITIONS[toks[d - 1].text.lower()]
            feats = {f for f in feats if f.split(".")[0] in cases} or feats
    if not feats:
        return "en"
    # (a phrase that opens its sentence is its subject, not a genitive plural: "Der award-winning Filmemacher" ->
    # "preisgekrönte")
    if d in ctx.doc.sentence_starts and any(f.startswith("nom") for f in feats):
        feats = {f for f in feats if f.startswith("nom")}
    endings = {M.adjective_ending(kind, f) for f in feats}
    if len(endings) == 1:
        return endings.pop()
    if kind is None:          # no determiner: the nominative/accusative reading ("pristine Krümmungen")
        return M.adjective_ending(None, M.feature_order(feats)[0])
    return "en" if "en" in endings else min(endings)


_WEAK_QUANTIFIERS = ("alle", "allen", "beide", "beiden", "sämtliche", "sämtlichen", "keine", "keinen")


def in_name(ctx: Context, i: int) -> bool:
    """Part of a run of capitalised words ("Karsten Wildberger"): a name, not a garbled noun."""
    toks = ctx.doc.tokens
    prev_cap = i > 0 and i not in ctx.doc.sentence_starts and toks[i - 1].text[:1].isupper() \
        and ctx.adjacent(i - 1, i) and M.determiner(toks[i - 1].text) is None \
        and not _function_word_opening(ctx, i - 1) \
        and toks[i - 1].text.lower() not in _COUNT_NOUNS  # "Aber Lawmakers", "Tausende Kommuter": no name
    next_cap = i + 1 < len(toks) and toks[i + 1].text[:1].isupper() and ctx.adjacent(i, i + 1)
    # "Department of Justice", "Bank of England": an English link word between capitalised words
    linked = i + 2 < len(toks) and toks[i + 1].text in _NAME_LINKS and toks[i + 2].text[:1].isupper() \
        and ctx.adjacent(i, i + 1) and ctx.adjacent(i + 1, i + 2)
    # … and the word after it ("Office for Statistics")
    linked_after = i >= 2 and toks[i - 1].text in _NAME_LINKS and toks[i - 2].text[:1].isupper() \
        and ctx.adjacent(i - 2, i - 1) and ctx.adjacent(i - 1, i) and M.determiner(toks[i - 2].text) is None
    return prev_cap or next_cap or linked or linked_after or _institution_name(ctx, i)


_NAME_LINKS = frozenset(("of", "for", "the"))   # ("Save the Children")
# nouns that count what follows them, never a name's first word
_COUNT_NOUNS = frozenset(p + e for p in ("dutzend", "hundert", "tausend", "zehntausend", "hunderttausend")
                         for e in ("e", "en")) | {"millionen", "milliarden"}
# the kinds of organisation an English name ends in ("Competition and Markets Authority", "Bill and Melinda Gates
# Foundation"): a run of capitalised words joined by "and" that ends in one is a name, not English to translate
ORGANISATION_HEADS = frozenset((
    "authority", "agency", "commission", "council", "committee", "board", "office", "department", "ministry",
    "institute", "institution", "bank", "fund", "foundation", "trust", "association", "federation", "union",
    "organization", "organisation", "corporation", "company", "group", "society", "alliance", "service",
    "administration", "bureau", "court", "tribunal", "university", "college", "school", "centre", "center",
    "party", "forum", "network", "club", "league", "conference", "partnership", "exchange"))
_RUN_LINKS = frozenset(("of", "for", "and", "the", "&"))
# companies' legal forms, written after the name (English, German, Russian and others in Latin letters)
LEGAL_FORMS = frozenset("plc PLC Ltd Limited Inc LLC LLP Corp GmbH AG SE KG JSC PJSC OJSC CJSC NV BV SA Oy ASA AB "
                        "AS".split())


def _institution_name(ctx: Context, i: int) -> bool:
    """Token i lies in a run of capitalised words and link words (of, for, and, the, &) that ends in the kind of
    organisation ("Competition and Markets Authority")."""
    toks = ctx.doc.tokens

    def part(k: int) -> bool:
        w = toks[k].text
        return (w[:1].isupper() and w.isalpha()) or w in _RUN_LINKS

    if not part(i):
        return False
    a = i
    while a > 0 and a not in ctx.doc.sentence_starts and ctx.adjacent(a - 1, a) and part(a - 1) \
            and M.determiner(toks[a - 1].text) is None:
        a -= 1
    b = i
    while b + 1 < len(toks) and ctx.adjacent(b, b + 1) and part(b + 1):
        b += 1
    caps = sum(1 for k in range(a, b + 1) if toks[k].text[:1].isupper())
    head = toks[b].text
    # (or that opens with one before "of": "Bureau of Industry and Security", "Department of Energy")
    opening = a + 1 < b and toks[a].text[:1].isupper() and toks[a].text.lower() in ORGANISATION_HEADS \
        and toks[a + 1].text == "of"
    return firm_name(ctx, i) or (caps >= 2 and (opening or head[:1].isupper() and head.lower() in ORGANISATION_HEADS))


def firm_name(ctx: Context, i: int) -> bool:
    """Token i lies in a run of capitalised words that a company's legal form ends or follows ("Steppe Resources
    plc", "Volta Energy AG"): a firm's name."""
    toks = ctx.doc.tokens
    b = i
    while b + 1 < len(toks) and ctx.adjacent(b, b + 1) and toks[b + 1].text[:1].isupper() \
            and toks[b + 1].text.isalpha() and toks[b].text not in LEGAL_FORMS:
        b += 1
    return (toks[b].text in LEGAL_FORMS and b > i) or (
        b + 1 < len(toks) and ctx.adjacent(b, b + 1) and toks[b + 1].text in LEGAL_FORMS)


def link_in_name(ctx: Context, i: int) -> bool:
    """Token i is a lower-case English link word between two capitalised words: part of a name ("Office for
    National Statistics", "Bank of England"), not English to translate on its own."""
    toks = ctx.doc.tokens
    if toks[i].text in _RUN_LINKS and 0 < i < len(toks) - 1 and _institution_name(ctx, i):
        return True
    if toks[i].text == "the" and 1 < i < len(toks) - 1 and toks[i - 1].text in _NAME_LINKS \
            and ctx.adjacent(i - 1, i) and link_in_name_before(ctx, i - 1):
        return True   # "Tour of the Caucasus"
    # "and" joins two capitalised words inside a longer run of them ("Belt and Road Initiative")
    three = toks[i].text == "and" and i + 2 < len(toks) and toks[i + 2].text[:1].isupper() \
        and toks[i + 2].text.isalpha() and ctx.adjacent(i + 1, i + 2)
    return (toks[i].text in _NAME_LINKS or three) and 0 < i < len(toks) - 1 and toks[i - 1].text[:1].isupper() \
        and toks[i + 1].text[:1].isupper() and ctx.adjacent(i - 1, i) and ctx.adjacent(i, i + 1)


def link_in_name_before(ctx: Context, i: int) -> bool:
    """Token i ("of", "for") follows a capitalised word and "the" and a capitalised word follow it."""
    toks = ctx.doc.tokens
    return i + 2 < len(toks) and toks[i - 1].text[:1].isupper() and toks[i + 1].text == "the" \
        and toks[i + 2].text[:1].isupper() and ctx.adjacent(i - 1, i) and ctx.adjacent(i + 1, i + 2)


def _in_english_name(ctx: Context, i: int) -> bool:
    """in_name, except that a capitalised German adjective before the word does not make a name ("Beide
    Schwarzen Holes"); one that is an English word too does ("Golden Orchard")."""
    if not in_name(ctx, i):
        return False
    toks = ctx.doc.tokens
    next_cap = i + 1 < len(toks) and toks[i + 1].text[:1].isupper() and ctx.adjacent(i, i + 1)
    prev = toks[i - 1].text
    return next_cap or not _inflected_adjective(prev) or lexicon.is_english(prev.lower()) or _after_link(ctx, i)


def _after_link(ctx: Context, i: int) -> bool:
    """Capitalised words before token i go back to an English link word after a capitalised word ("Institute of
    Marine Research"): one English name."""
    toks = ctx.doc.tokens
    k = i - 1
    while k > 0 and toks[k].text[:1].isupper() and ctx.adjacent(k, k + 1):
        k -= 1
    return k > 0 and k < i - 1 and toks[k].text in _NAME_LINKS and toks[k - 1].text[:1].isupper() \
        and ctx.adjacent(k - 1, k) and ctx.adjacent(k, k + 1)


def _inflected_adjective(word: str) -> bool:
    """A capitalised German adjective with an ending ("Beide Schwarzen Holes"): it does not make a name. (Also
    when the capitalised form is a noun too: "Schwarzen", "Grünen".)"""
    low = word.lower()
    return low != word and low.endswith(M.ADJ_ENDINGS) and lexicon.is_german(low)


# ---------------------------------------------------------------------------------------------------------------
# English multi-word phrases ("at the same time", "in the long run")

TITLED_HEAD_MARGIN = 0.5   # the pair's head may be a loan German has a little more often ("level" 4.3)
TITLED_LOAN_MIN_DE = 4.0   # "big" 4.6, "public" 4.1: German text writes "Big Bang", "Public Viewing" (Duden)


def _foreign_to_german(ws: list[str]) -> bool:
    """The words of a title-case pair are rare in German text ("riot" 3.3, "debt" 2.6); a first word German text has
    this often makes the pair a loan ("Big Bang", "Public Viewing"); a head German has borrowed alone is no loan of
    the pair ("Water Level": "level" 4.3, but "water" 3.7)."""
    return lexicon.zipf_de(ws[0]) < TITLED_LOAN_MIN_DE and all(
        lexicon.zipf_de(w) < TITLED_LOAN_MIN_DE + TITLED_HEAD_MARGIN for w in ws[1:])


def _in_noun_slot(ctx: Context, i: int) -> bool:
    """Token i follows a determiner or a preposition: a noun's place ("die Riot Police"; not "ist Public Domain")."""
    from .agreement import _is_adjective   # (agreement imports this module's importers)

    prev = ctx.doc.tokens[i - 1].text if i > 0 and ctx.adjacent(i - 1, i) else ""
    # (or an adjective with a strong ending: "reines Window Dressing")
    return M.determiner(prev) is not None or prev.lower() in M.PREPOSITIONS or prev.lower() in M.CONTRACTIONS \
        or (prev.islower() and prev.endswith(("es", "er", "em")) and _is_adjective(prev))


def phrase_before_noun(ctx: Context, first: int, last: int) -> tuple[int, list[str]] | None:
    """(the noun's token, proposals) for an English phrase written small, tokens FIRST..LAST, right before a
    German noun: the first part of a compound, hyphenated throughout (Duden): "ein worst case Szenario" ->
    "Worst-Case-Szenario". Where the dictionary has German adjectives for the phrase (as English hyphenates it
    before a noun: "long-term" -> "langfristig"), those come first, inflected for the noun: "ein long term
    Projekt" -> "ein langfristiges Projekt", as a copy desk translates such a phrase rather than keeping it. None
    otherwise (a capitalised phrase before a noun is a name's)."""
    toks = ctx.doc.tokens
    k = last + 1
    if k >= len(toks) or not ctx.adjacent(last, k) or not toks[last].text.islower() or k in ctx.doc.sentence_starts:
        return None
    noun = toks[k].text
    if not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()) or lexicon.is_english(noun.lower()) \
            or not (nouns.analyses(noun) or nouns.head_of(noun)):
        return None
    # (an article before the phrase that fits the noun makes them one phrase: not a command and its object, "die
    # Befehle git pull Daten empfangen")
    det = M.determiner(toks[first - 1].text) if first > 0 and ctx.adjacent(first - 1, first) else None
    if det is None or not set(det[2]) & set(nouns.features(nouns.head_of(noun) or noun)):
        return None
    words = ctx.doc.text[toks[first].start:toks[last].end].split()
    lows = [w.lower() for w in words]
    tr = dictionary.translations("-".join(lows)) or dictionary.translations(" ".join(lows))
    ending = adjective_ending_here(ctx, last, first)
    adjectives = [_inflect(de, ending) + " " + noun for de in _ranked([(de, pos) for de, pos in tr if pos == "adj"])
                  if " " not in de]
    return k, adjectives[:MAX_PROPOSALS - 1] + ["-".join(w[:1].upper() + w[1:] for w in words) + "-" + noun]


def _german_as_written(word: str) -> bool:
    """WORD is German in the case it is written in (a capitalised word in any case: it may open a sentence)."""
    return lexicon.is_german(word) if word.islower() else lexicon.is_german_any_case(word.lower())


def _ranked(tr: list[tuple[str, str]], capitalise: bool = False) -> list[str]:
    """The dictionary's German TR, each once, the commoner German first with a small bonus for the dictionary's
    order; with CAPITALISE, all but nouns capitalised (a phrase opening a sentence)."""
    props, seen = [], set()
    for k, (de, pos) in enumerate(tr):
        if capitalise and pos not in dictionary.NOUN_POS:
            de = de[0].upper() + de[1:]
        if de not in seen and _acceptable(de):
            seen.add(de)
            props.append((-(_freq(de) - 0.3 * k), k, de))
    props.sort()
    return [d for _, _, d in props]


def ranked_translations(english: str) -> list[str]:
    """The dictionary's German for an English phrase, the commoner German first (as phrase_at ranks them)."""
    return _ranked(dictionary.translations(english))[:MAX_PROPOSALS]


def phrase_at(ctx: Context, i: int, min_foreign: int = 2) -> tuple[int, list[str]] | None:
    """(number of tokens, German proposals) of an English phrase of the dictionary starting at token i, or None.
    MIN_FOREIGN words of it must be unknown to German (1 where the caller already knows the words are English:
    "show trial", whose "show" German has too; 0 for a run the caller found English as a whole: "spare parts",
    both German word forms too)."""
    toks = ctx.doc.tokens
    first = toks[i].text
    if not toks[i].is_alpha_word or after_quote(ctx, i) or ctx.claimed(i) or introduced_name(ctx.doc, i):
        return None
    titled = first[:1].isupper() and i not in ctx.doc.sentence_starts
    if titled and i > 0 and toks[i - 1].text[:1].isupper() and ctx.adjacent(i - 1, i) \
            and M.determiner(toks[i - 1].text) is None and not _function_word_opening(ctx, i - 1):
        return None  # inside a run of capitalised words: a name ("New York State of Mind")
    longest = dictionary.max_phrase_words()
    words = [first.lower()]
    j = i
    while len(words) < longest and j + 1 < len(toks) and ctx.adjacent(j, j + 1) and toks[j + 1].is_alpha_word \
            and not ctx.claimed(j + 1):
        nxt = toks[j + 1].text
        if not (nxt.islower() or (titled and nxt[:1].isupper())):
            break
        j += 1
        words.append(nxt.lower())
    for n in range(len(words), 1, -1):
        ws = words[:n]
        if titled and not _titled_phrase(ctx, i, n):
            continue
        if not all(lexicon.is_english(w) for w in ws):
            continue
        # (a word counts as German as written: "in person" has "Person" only capitalised)
        foreign = sum(1 for k in range(i, i + n) if not _german_as_written(toks[k].text))
        # (a title-case pair the dictionary gives as one established German noun is English by its form: one word
        # unknown to German is enough, "die Riot Police"; not none, "das Public Viewing" is a German loan)
        if min_foreign and (foreign < min_foreign or 2 * foreign < n) and not _listed_variant(
                ctx, [toks[k].text for k in range(i, i + n)]) and not (
                titled and n == 2 and foreign and _in_noun_slot(ctx, i) and _foreign_to_german(ws)):
            continue
        # (or as English hyphenates it before a noun: "state of the art" -> "state-of-the-art")
        tr = dictionary.translations(" ".join(ws)) or dictionary.translations("-".join(ws))
        # the glossary's German first, in its order ("at least": "mindestens" before the dictionary's "zumindest")
        entry = ctx.glossary.translations(" ".join(ws))
        curated = list(entry.de) if entry is not None and entry.kind == "english" else []
        # short words alone are no evidence ("in the"), unless there are many ("at the end of the day") or the
        # caller knows them English ("so far")
        if not (tr or curated) or (max(len(w) for w in ws) < 4 and n < 4 and min_foreign != 1):
            continue
        # (capitalised at a sentence's start only: a title-case phrase inside one keeps "nach und nach")
        opening = first[:1].isupper() and i in ctx.doc.sentence_starts
        props = _ranked(tr, capitalise=opening)
        if not (props or curated):
            continue
        if opening:   # (the glossary's German too: "To be honest, …" -> "Ehrlich gesagt, …")
            curated = [c[:1].upper() + c[1:] for c in curated]
        return n, list(dict.fromkeys(curated + props))[:MAX_PROPOSALS]
    return None


# prepositions that take only the dative or the accusative: a bare adjective in -en after them is no genitive
# singular's ("trotz heftigen Regens")
_DATIVE_ONLY = frozenset("von mit bei aus nach seit".split())   # (not "zu": "des zu startenden Programms")
_ACCUSATIVE_ONLY = frozenset("für durch gegen ohne um".split())


def _small_head(word: str) -> bool:
    """WORD, written small, may be a compound's head written apart ("entwurf", "stellen"): a noun capitalised, and
    no preposition or article."""
    cap = word[:1].upper() + word[1:]
    return word.isalpha() and word.islower() and word not in M.PREPOSITIONS and M.determiner(word) is None \
        and bool(nouns.analyses(cap) or nouns.head_of(cap) or (lexicon.is_german(cap) and not lexicon.is_german(word)))


def english_plurals(ctx: Context) -> list[Finding]:
    """A German noun with the English plural -s where the phrase is plural ("von privaten Sponsors", "mehrere
    Managers", opening the sentence before a plural verb: "Hackers legen …"): its -s form is only the genitive
    singular, which the words before it rule out. The German plural in the phrase's case is proposed ("Sponsoren",
    "Managern")."""
    toks = ctx.doc.tokens
    out = []
    for i in range(len(toks)):
        w = toks[i].text
        opening = i in ctx.doc.sentence_starts
        if not (w[:1].isupper() and w.endswith("s") and w.isalpha() and len(w) >= 5) or ctx.claimed(i) \
                or not (opening or ctx.adjacent(i - 1, i)):
            continue
        an = nouns.analyses(w)
        # (not a word of its own written small, "Falls", nor in an English title, "Elements of Criticism")
        # (nor a compound's first part written apart, its head after it small: "des Gesetzes entwurf"; nor in a
        # name whose next word is English: "Trans Adriatic Pipeline")
        nxt = toks[i + 1].text if i + 1 < len(toks) and ctx.adjacent(i, i + 1) else ""
        if not an or any(f != "gen.sg.m" and f != "gen.sg.n" for _, f in an) or len({lem for lem, _ in an}) != 1 \
                or lexicon.is_german(w.lower()) or nxt in ("of", "and", "for") or _small_head(nxt) \
                or (nxt[:1].isupper() and not lexicon.is_german_any_case(nxt) and not nouns.analyses(nxt)):
            continue
        before = toks[i - 1].text if not opening else ""
        low = before.lower()
        case = None
        # (or opening the sentence before a verb's plural in -en, whose subject it is: "Hackers legen …")
        if opening and nxt.islower() and nxt.endswith("en") and lexicon.is_german(nxt) and not nouns.analyses(
                nxt.capitalize()):
            case = "nom"
        # (a quantifier in -en may be a genitive singular's: "die Wurzel allen Übels")
        # (a count in digits, not a year: "des Shanyrak 2030 Programms")
        if (low in M.PLURAL_QUANTIFIERS and not low.endswith("en")) or low in M.CARDINALS \
                or (before.isdigit() and before != "1" and len(before) <= 3):
            case = "nom"
        elif low in ("die", "den", "keine", "meine", "seine", "ihre", "unsere"):
            case = "dat" if low == "den" else "nom"
        elif before.islower() and before.endswith("en") and M.adjective_stem(before) and M.determiner(before) is None \
                and i >= 2 \
                and ctx.adjacent(i - 2, i - 1) and (toks[i - 2].text.lower() in _DATIVE_ONLY
                                                   or toks[i - 2].text.lower() in _ACCUSATIVE_ONLY):
            case = "dat" if toks[i - 2].text.lower() in _DATIVE_ONLY else "akk"
        if case is None:
            continue
        lemma = an[0][0]
        plural = nouns.forms_of(lemma).get(f"{case}.pl", ())
        if not plural or plural[0].endswith("s"):
            continue
        t = toks[i]
        out.append(Finding(t.start, t.end, w, "EN_PLURAL", "english", "error",
                           f"„{w}“: the English plural -s on a German noun; German writes „{plural[0]}“",
                           [plural[0]]))
    return out
