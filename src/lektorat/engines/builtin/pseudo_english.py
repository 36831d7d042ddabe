"""English dressed as German: an English stem with a German-looking ending ("Allien" <- "allies", "tremendöse" <-
"tremendous", "Personalität" <- "personality"), and half-English compounds ("Steuerrefund").

Neither language knows the word, but undoing the regular correspondences between the languages gives a common
English word: German endings for English ones (-ös/-ous, -abel/-able, -ibel/-ible, -iv/-ive, -ur/-ure, -enz/-ence,
-anz/-ance, -ität/-ity, -isch/-ic/-ical, -ieren/-ize/-ise/-ate, -iert/-ized/-ated, -ation/-ation), with German
inflection endings on top (tremendös-e), and German spellings of English consonants undone or kept (k/c, z/c,
f/ph, t/th, i/y). The proposal is the German translation of that English word (glossary, then the English-German
dictionary), not the nearest German spelling.
"""

from __future__ import annotations

import re

from ... import dictionary, lexicon, nouns
from .context import Context
from .english import EN_MARGIN, EN_MIN_ZIPF, _acceptable, is_name_word

DISTINCTIVE_MIN_ZIPF = 2.3
# a word with no German ending, only German letters for English ones, is English when it is common there
# ("Kommitment": commitment 4.4); a brand respelled on purpose is rarer ("Konqueror": conqueror 3.2)
RESPELLED_MIN_ZIPF = 3.5
# German ending -> English endings, distinctive (evidence on its own) or plain (only when the glossary knows the
# English word, since German plurals of loanwords look the same: "Aliasen").
_PSEUDO_ENDINGS = [
    ("isieren", ("ize", "ise"), True), ("isiert", ("ized", "ised"), True), ("isierte", ("ized", "ised"), True),
    ("isierten", ("ized", "ised"), True),
    ("ifizieren", ("ify",), True), ("ifiziert", ("ified", "ifies"), True), ("ifizierte", ("ified",), True),
    ("ifizierten", ("ified",), True),
    ("ieren", ("ize", "ise", "ate", "e", ""), True), ("iert", ("ized", "ised", "ated", "ed"), True),
    # (the first person and the subjunctive of reported speech: "die Bahn prioritisiere" <- prioritise)
    ("isiere", ("ize", "ise"), True), ("iere", ("ize", "ise", "ate", "e", ""), True),
    ("ierte", ("ized", "ised", "ated", "ed"), True), ("ierten", ("ized", "ised", "ated", "ed"), True),
    # (and the bare English verb: "Permittierung" <- permit, with the consonant German doubled)
    ("ierung", ("ation", "ization", "isation", "ition", "ement", "ment", ""), True),
    # (only where none of those is English: the noun's verb or noun in -e, -y, "Prozedurierung" <- procedure, not
    # "Preparierung" <- prepare)
    ("ierung", ("e", "y"), True),
    # (a plural also from the English singular, as -ierung: "Sponsorierungen" <- sponsor)
    ("ierungen", ("ations", "izations", "ements", "ments", "ation", "ization", "isation", "ement", "ment", ""), True),
    ("ierungen", ("e", "y"), True),
    # "-ität" also for English "-iveness" ("Kompetitivität" <- "competitiveness")
    ("itäten", ("ities",), True), ("ität", ("ity", "eness"), True),
    ("ation", ("ation",), True), ("ationen", ("ations",), True),
    ("isch", ("ic", "ical"), True), ("orisch", ("ory",), True), ("ös", ("ous",), True), ("iös", ("ious",), True),
    ("är", ("ary",), True),   # ("unnezessär" <- unnecessary, as German "primär" <- primary)
    # (either vowel for either: "responsabel" <- responsible)
    ("abel", ("able", "ible"), True), ("ibel", ("ible", "able"), True), ("abl", ("able",), True),
    ("ibl", ("ible",), True),
    ("iv", ("ive",), True), ("enz", ("ence", "ency"), True), ("enzen", ("ences", "encies"), True),
    ("anz", ("ance", "ancy"), True), ("anzen", ("ances", "ancies"), True),
    ("ur", ("ure",), True), ("uren", ("ures",), True), ("ien", ("ies",), True),
    # German -or nouns are common ("Investor"): only an English spelling counts ("Kompetitoren" <- competitors)
    # (plural only: a capitalised singular may be a name, "Konqueror")
    ("oren", ("ors",), True),
    # an English agent noun in -ist where German has another form ("Strategisten" <- strategists: "Strategen");
    # German -ist nouns the dictionary knows never get here
    ("isten", ("ists",), True),
    # no ending at all: an English word in German letters ("Kommitment", "Kongestion"; only a respelling counts)
    ("", ("",), True),
    ("al", ("al",), True),    # "technikal" <- "technical" (German spells the consonant k, keeps -al)
    ("ell", ("al",), True),   # German -ell is English -al ("formell"): "additionelle" <- "additional"
    ("en", ("s", "es", ""), False), ("n", ("s",), False), ("e", ("", "s"), False), ("s", ("s",), False),
]
# German endings of adjectives that may follow an adjective suffix ("tremendös-e", "availabl-e")
_ADJ_SUFFIXES = ("isch", "orisch", "ös", "iös", "är", "abel", "ibel", "abl", "ibl", "iv", "iert", "isiert", "al",
                 "ell")
_INFLECTIONS = ("", "e", "en", "er", "es", "em")
# German spellings of English consonants, undone: the English word may be spelled either way in the pseudo word
_RESPELL = (("ä", "e"), ("sch", "sh"), ("k", "c"), ("z", "c"), ("f", "ph"), ("t", "th"), ("i", "y"), ("kt", "ct"),
            ("ss", "s"), ("is", "iz"))
# an English verb German has never seen with a German verb ending ("weaponisieren", "incentiviert"): the English
# word may be too new for the English dictionary, so wordfreq's English list is evidence enough
WORDFREQ_MIN_ZIPF = 2.0
ITY_WORDFREQ_MIN_ZIPF = 3.0   # an English -ity noun hunspell lacks ("affordability" 3.2; not "nullity", "sagacity")
_VERB_ENDINGS = ("isieren", "isiert", "isierte", "isierten", "ieren", "iert", "ierte", "ierten", "isiere", "iere")


def _variants(stem: str) -> list[str]:
    """STEM and its spellings with German letters undone, one or several at once ("akzeler" -> "acceler")."""
    out = [stem]
    for a, b in _RESPELL:
        if a in stem:
            out += [v.replace(a, b) for v in out if a in v]
            if stem.count(a) > 1:   # only the letter before the ending respelled ("skeptik-al" <- "skeptical")
                out += [v[:v.rfind(a)] + b + v[v.rfind(a) + len(a):] for v in out if a in v]
    if len(stem) > 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        # a final consonant German doubled before its ending ("permitt-ierung"), in every spelling ("kommitt-ieren")
        out += [v[:-1] for v in out if v[-1] == v[-2]]
    return list(dict.fromkeys(out))


def c_respelled(word: str) -> str | None:
    """The German word WORD is with its English c written as German writes it, z before a front vowel, else k
    ("Licenz" -> "Lizenz", "Certifikate" -> "Zertifikate"), where German text has it: the cognate the writer meant."""
    low = word.lower()
    if "c" not in low or "sch" in low:
        return None
    letters = list(word)
    for k, c in enumerate(low):
        if c == "c" and low[k + 1:k + 2] not in ("h", "k"):
            german = "z" if low[k + 1:k + 2] in ("e", "i", "y", "ä", "ö") else "k"
            letters[k] = german.upper() if word[k].isupper() else german
    out = "".join(letters)
    return out if out != word and lexicon.is_german(out) and lexicon.zipf_de(out.lower()) >= RESPELLED_MIN_DE \
        else None


RESPELLED_MIN_DE = 2.0   # a cognate German text uses ("Lizenz" 4.1, "Zertifikate" 3.0)


def _pos_of(de_end: str) -> str:
    if de_end.endswith(("ieren", "iert", "ierte", "ierten", "iere")):
        return "verb"
    if de_end in _ADJ_SUFFIXES:
        return "adj"
    if de_end in ("en", "n", "e", "s", ""):
        return ""
    return "noun"


def _misspelt_german(low: str) -> bool:
    """A frequent German word is one typing edit from LOW."""
    from .spelling import corrections   # (spelling imports this module's importers)

    return bool(corrections(low[0].upper() + low[1:]) or corrections(low))


def english_source(ctx: Context, low: str) -> str | None:
    p = pseudo_source(ctx, low)
    return p[0] if p else None


def pseudo_source(ctx: Context, low: str) -> tuple[str, str, str] | None:
    """(English word, part of speech of the pseudo word: adj/noun/verb or "", its German inflection ending)."""
    # German letters rule out English, except in a German ending or an ä German writes for an English e
    # ("Präservierung" <- preservation)
    if any(c in low.replace("ä", "") for c in "öüß") and not low.endswith(
            ("ös", "öse", "ösen", "öser", "öses", "ösem", "ität", "itäten")):
        return None
    for de_end, en_ends, distinctive in sorted(_PSEUDO_ENDINGS, key=lambda x: -len(x[0])):
        for infl in (_INFLECTIONS if de_end in _ADJ_SUFFIXES else ("",)):
            full = de_end + infl
            if not low.endswith(full) or len(low) - len(full) < 3 or (de_end == "ell" and not infl):
                continue   # (-ell only with an adjective's ending: a bare one is as often a name, "Corell")
            stem = low[: len(low) - len(full)]
            # (an ä only before a verb's ending: "Präokkupation" is the Latin word both languages have)
            if any(c in stem for c in "öüß") or ("ä" in stem and "ier" not in de_end):
                continue
            if de_end.startswith("ierung") and (lexicon.is_german(stem + "ieren") or _misspelt_german(low)):
                continue   # the noun of a German verb ("Expandierung" of "expandieren"), however rare, or of one
                # misspelt ("Lizensierung" for "Lizenzierung")
            if lexicon.is_german_any_case(low[: len(low) - len(infl)] if infl else stem + de_end) and infl:
                continue          # a German word with an ending ("Detektiv-es")
            best = None
            variants = _variants(stem) if distinctive else [stem]
            if de_end in ("al", "oren", ""):
                variants = variants[1:]   # German has -al adjectives too ("positional"): only an English spelling
            if not de_end:
                # (no consonant undoubled: "buildd"); the cheap test first: a common English word among the spellings
                variants = [v for v in variants if v != stem[:-1] and lexicon.is_english(v)
                            and lexicon.zipf_en(v) >= RESPELLED_MIN_ZIPF]
                if not variants or len(low) < 7 or any(
                        low.endswith(x) and lexicon.is_german_any_case(low[: -len(x)])
                        for x in ("s", "es", "e", "en", "n", "er")):
                    continue   # a German word with an inflection or a linking s ("Detektiv-es", "Konfiguration-s")
            for s in variants:
                for en_end in en_ends:
                    cand = s + en_end
                    # a distinctive ending is evidence enough for a rarer English word ("scalability")
                    min_zipf = (DISTINCTIVE_MIN_ZIPF if de_end else RESPELLED_MIN_ZIPF) if distinctive else EN_MIN_ZIPF
                    if cand == low:
                        continue
                    if not lexicon.is_english(cand) or lexicon.zipf_en(cand) < min_zipf:
                        # (an English word hunspell lacks but English text has, behind a verb's ending, or behind
                        # -ität where the dictionary has it: "affordability" -> "Affordabilität")
                        if not (de_end in _VERB_ENDINGS and lexicon.zipf_de(low) == 0
                                and lexicon.zipf_en(cand) >= WORDFREQ_MIN_ZIPF) \
                                and not (de_end in ("ität", "itäten") and lexicon.zipf_de(low) == 0
                                         and lexicon.zipf_en(cand) >= ITY_WORDFREQ_MIN_ZIPF
                                         and dictionary.translations(cand)):
                            continue
                    if not distinctive and ctx.glossary.translations(cand) is None:
                        continue
                    if best is None or lexicon.zipf_en(cand) > lexicon.zipf_en(best):
                        best = cand
            if best is None and de_end in ("ität", "itäten"):
                best = _ity_on_english_word(variants)
            if best:
                # the longest matching ending decides ("-ien" before "-en")
                return best, _pos_of(de_end), infl
    return None


def _ity_on_english_word(stems: list[str]) -> str | None:
    """The English word under -ität where it is no -ity noun: a noun in -y ("Privacität" <- privacy) or an adjective
    in -ive or -able ("Deceptivität" <- deceptive, "Reputabilität" <- reputable), common in English. (Not a stem in
    -it, a syllable doubled: "Gravitität" is "Gravität" garbled.)"""
    for s in stems:
        if s.endswith("it"):
            continue
        adjective = s + "e" if s.endswith("iv") else s[:-2] + "le" if s.endswith(("abil", "ibil")) else ""
        for cand in (s + "y", adjective):
            # (an adjective English does not use as a noun too: "cooperative" is a "Genossenschaft", which
            # "Kooperativität" is not)
            if cand and lexicon.is_english(cand) and lexicon.zipf_en(cand) >= RESPELLED_MIN_ZIPF - 0.5 and (
                    cand != adjective or not any(pos in dictionary.NOUN_POS for _, pos in dictionary.translations(cand))):
                return cand
    return None


# German prefixes that stand for English ones in a verb carried over part by part ("unterestimiert")
_PREFIX_PAIRS = (("unter", "under"), ("über", "over"))


def prefixed_pseudo_source(ctx: Context, low: str) -> tuple[str, str, str] | None:
    """A German prefix before an English verb in a German verb's frame ("unterestimiert" <- underestimate,
    "überestimiert" <- overestimate): pseudo_source's answer for the English verb with the English prefix, where
    the dictionary has German verbs for that verb."""
    for de_prefix, en_prefix in _PREFIX_PAIRS:
        if not low.startswith(de_prefix) or lexicon.is_german(low) or lexicon.zipf_de(low) > 0:
            continue
        src = pseudo_source(ctx, low[len(de_prefix):])
        if src is None or src[1] != "verb":
            continue
        english = en_prefix + src[0]
        # (or its participle as an adjective: "unterstaffiert" <- understaffed, "unterbesetzt")
        if lexicon.is_english(english) and any(pos in ("v", "adj") for _, pos in dictionary.translations(english)):
            return english, src[1], src[2]
    return None


def german_ity_noun(word: str) -> str | None:
    """A German adjective with the English noun ending -ity ("Versicherbarität"): the German noun in -keit or
    -heit that the dictionary has ("Versicherbarkeit")."""
    low = word.lower()
    for end in ("itäten", "ität"):
        if low.endswith(end):
            adj = low[: -len(end)]
            # (an English -ive stacked on the German adjective: "Transparentivität" -> "transparent")
            if adj.endswith("iv") and not lexicon.is_german(adj) and len(adj) >= 9 and lexicon.is_german(adj[:-2]):
                adj = adj[:-2]
            if len(adj) >= 4 and lexicon.is_german(adj):
                for suffix in ("keit", "heit", "igkeit"):
                    noun = adj[0].upper() + adj[1:] + suffix + ("en" if end == "itäten" else "")
                    if lexicon.is_german(noun):
                        return noun
            # (or the adjective's -iv before -ität, as English "intensivity" would have it: "Intensivität" ->
            # "Intensität", the noun German has)
            if adj.endswith("iv") and len(adj) >= 6 and lexicon.is_german(adj):
                noun = adj[0].upper() + adj[1:-2] + end
                if lexicon.is_german(noun):
                    return noun
            # (or an adjective in -ent, -ant, whose noun German forms in -enz, -anz: "Transparentität" ->
            # "Transparenz", "Relevantität" -> "Relevanz")
            if adj.endswith(("ent", "ant")) and len(adj) >= 7 and lexicon.is_german(adj):
                noun = adj[0].upper() + adj[1:-1] + "z" + ("en" if end == "itäten" else "")
                if lexicon.is_german(noun) and nouns.analyses(noun):
                    return noun
            # (or an adjective in -om whose noun German forms in -ie, English's -y: "Autonomität" ->
            # "Autonomie")
            if adj.endswith("om") and len(adj) >= 6 and lexicon.is_german(adj):
                noun = adj[0].upper() + adj[1:] + "ie" + ("n" if end == "itäten" else "")
                if lexicon.is_german(noun) and nouns.analyses(noun):
                    return noun
    return None


def german_ierung_noun(word: str) -> str | None:
    """An English noun in -ation where German forms the noun of its -ieren verb in -ierung ("Evakuation" for
    "evacuation"): the -ierung noun, when German text uses it (a word hunspell knows, not one it could build)."""
    for end, new_end in (("ationen", "ierungen"), ("ation", "ierung")):
        if word.endswith(end) and len(word) - len(end) >= 4 and word[:1].isupper():
            noun = word[: -len(end)] + new_end
            if lexicon.is_german(noun) and lexicon.zipf_de(noun.lower()) >= IERUNG_MIN_ZIPF:
                return noun
    # … also as a compound's first part, with its linking s ("Digitalisationsstrategie" -> "Digitalisierungs-
    # strategie"; not "Organisationsstrategie": "Organisation" is German)
    p = word.find("ations", 4)
    if p > 0 and word[:1].isupper() and len(word) - p - 6 >= 4:
        first, head = word[:p], word[p + 6:]
        noun = first + "ierung"
        # (or a rare German word beside a far commoner -ierung noun: "Automatisationslösungen", Automatisation 1.2,
        # Automatisierung 3.5)
        if (not lexicon.is_german(first + "ation") or lexicon.zipf_de(first.lower() + "ation") + RARER_ATION_GAP
                <= lexicon.zipf_de(noun.lower())) and nouns.head_of(head[0].upper() + head[1:]) is not None:
            if lexicon.is_german(noun) and lexicon.zipf_de(noun.lower()) >= IERUNG_MIN_ZIPF:
                return noun + "s" + head
    return None


def rare_ierung(word: str) -> tuple[str, list[str]] | None:
    """(English noun, proposals) for a noun in -ierung German text hardly has beside the common German noun in
    -ion of the same stem ("Konstruierung" beside "Konstruktion", "Kompensierung" beside "Kompensation"): the
    English noun in -ion rendered with the German verb's ending; the German nouns the dictionary gives for the
    English one, commonest first ("construction": "Bau")."""
    for end, plural in (("ierungen", True), ("ierung", False)):
        stem = word[: len(word) - len(end)]
        if not word.endswith(end) or len(stem) < 4 or not word[:1].isupper() or not word[1:].islower() \
                or lexicon.zipf_de(word.lower()) >= RARE_IERUNG_MAX_ZIPF:
            continue
        # (also with the z of the German verb a k before -tion: "Produzierung" beside "Produktion")
        # (and the r of a Latin -quirere an s before -ition: "Akquirierung" beside "Akquisition")
        stems = [stem] + ([stem[:-1] + "k"] if stem.endswith("z") else []) \
            + ([stem[:-1] + "s"] if stem.endswith("quir") else [])
        never = lexicon.zipf_de(word.lower()) == 0
        # (where German text never has the -ierung noun, a rarer sibling too: "Konsultierung", "Konsultation" 2.9;
        # not with the z made k, where German has both: "Replizierung" beside "Replikation")
        for sibling in (st + ion for st in stems for ion in ("ation", "ition", "ktion", "tion", "sion", "ion")):
            least = UNUSED_SIBLING_MIN_ZIPF if never and sibling.startswith(stem) else ION_SIBLING_MIN_ZIPF
            if lexicon.zipf_de(sibling.lower()) < least or not lexicon.is_german(sibling):
                continue
            # (German's k is English's c, its ä from Latin ae English's e: "Präsentation" <- "presentation")
            spelt = sibling.lower().replace("k", "c")
            english = next((e for e in (spelt, spelt.replace("ä", "e")) if lexicon.is_english(e)), spelt)
            if not lexicon.is_english(english):
                # no English word of that spelling ("Investierung" beside "Investition" <- investment): the
                # German noun itself, where German text never has the -ierung one
                if lexicon.zipf_de(word.lower()) == 0:
                    return sibling, [nouns.plural_of(sibling) or sibling] if plural else [sibling]
                continue
            found = sorted({de for de, pos in dictionary.translations(english) if pos in dictionary.NOUN_POS
                            and pos != "pl" and " " not in de and lexicon.zipf_de(de.lower()) >= 2.0
                            and lexicon.is_german(de)}, key=lambda de: (-lexicon.zipf_de(de.lower()), de))
            # the -ion noun second, after the commonest German noun: the word the writer meant, though German often
            # says it otherwise ("Konsultierung" -> "Absprache", "Konsultation"; "Kompensierung" ->
            # "Entschädigung", "Kompensation")
            found = [de for de in found if de != sibling]
            found = found[:1] + [sibling] + found[1:]
            if plural:
                found = [p for p in (nouns.plural_of(de) for de in found) if p]
            return english, found[:3]
        # the noun in -e of the German verb, where German text never has the -ierung one ("Kontrollierung" beside
        # "Kontrolle" of "kontrollieren")
        sibling = stem + "e"
        # (a feminine singular, the verb's noun, not a plural: "Paketierung" is no "Pakete")
        if never and lexicon.is_german(stem.lower() + "ieren") and lexicon.is_german(sibling) \
                and lexicon.zipf_de(sibling.lower()) >= E_SIBLING_MIN_ZIPF \
                and any(f == "nom.sg.f" for _, f in nouns.analyses(sibling)):
            return sibling, [nouns.plural_of(sibling) or sibling] if plural else [sibling]
    return None


RARE_IERUNG_MAX_ZIPF = 1.5   # "Kompensierung" 1.4 (German text: "Kompensation" 3.2); not "Isolierung" 3.0
ION_SIBLING_MIN_ZIPF = 2.9   # a noun in -ion German text has often ("Supervision" 3.0; not "Appellation" 2.6)
UNUSED_SIBLING_MIN_ZIPF = 2.7   # … beside an -ierung noun German text never has ("Konsultation" 2.9; not "Appellation")
E_SIBLING_MIN_ZIPF = 3.0   # the verb's noun in -e German text has often ("Kontrolle" 4.8)


IERUNG_MIN_ZIPF = 2.0   # "Evakuierung" 3.4, "Isolierung" 3.0
RARER_ATION_GAP = 2.0   # an -ation word this much rarer than its -ierung sibling is the English one carried over


def ung_of_german_verb(word: str) -> str | None:
    """-ierung on the stem of a German verb, which makes its noun in plain -ung ("Umspurierung" -> "Umspurung" of
    "umspuren", "Lieferierung" -> "Lieferung"), where hunspell knows that noun and German text not the word
    written."""
    for end, plural in (("ierungen", True), ("ierung", False)):
        stem = word[: len(word) - len(end)]
        if not word.endswith(end) or len(stem) < 4 or not word[:1].isupper() or lexicon.is_german(word) \
                or lexicon.zipf_de(word.lower()) > 0:
            continue
        noun = stem + "ung"
        # (a noun of the lexicon or of German text, not one hunspell merely builds)
        if lexicon.is_german(noun) and (nouns.analyses(noun) or lexicon.zipf_de(noun.lower()) > 0):
            return noun + "en" if plural else noun
    return None


def _unknown_ierung(word: str) -> tuple[str, str] | None:
    """(ending, stem written small) of WORD, a noun in -ierung or -ierungen German text never has and hunspell
    does not know; none for -isierung, -ifizierung, which German forms freely ("Tokenisierung"), for a German word
    with an English c ("Compilierung" is "Kompilierung" misspelt), for a compound whose last part is a German noun
    in -ierung ("Ausmaskierung", "Variablenmarkierung") and for a run of letters longer than any word."""
    if len(word) > lexicon.MAX_WORD_LEN or not word[:1].isupper() or lexicon.is_german(word) \
            or lexicon.zipf_de(word.lower()) > 0:
        return None
    end = next((e for e in ("ierungen", "ierung") if word.endswith(e)), None)
    stem = word[: len(word) - len(end)].lower() if end else ""
    if end is None or stem.endswith(("is", "ifiz")) or c_respelled(word) or any(
            lexicon.zipf_de(word[k:].lower()) > 0 and lexicon.is_german(word[k].upper() + word[k + 1:])
            for k in range(1, len(stem) - 2)):
        return None
    return end, stem


IERUNG_VERB_MIN_ZIPF = 3.0   # an English verb this common behind -ierung ("train" 5.0, "expand" 4.2, "manage" 4.6)
IERUNG_NOUN_MIN_DE = 3.0     # an English noun of that verb German text uses as it stands ("Training", "Management")


def ierung_on_english_verb(word: str) -> list[str] | None:
    """-ierung on an English verb (or a compound's last part: "Crowdmanagierung"), a noun German text never has
    ("Trainierung", "Livestreamierung"), even where German has the verb in -ieren if German names the action with
    the English gerund ("Training"): the English noun German borrowed ("Training", "Management") is proposed where
    German text uses it, with the compound's first part; else nothing is proposed. Not -isierung, -ifizierung,
    which German forms freely ("Tokenisierung")."""
    unknown = _unknown_ierung(word)
    if unknown is None:
        return _isierung_on_english_verb(word)
    end, stem = unknown
    for k in range(len(stem) - 3):   # the longest English verb at the end of the stem ("export", not "port")
        verb = next((v for v in (stem[k:], stem[k:] + "e") if lexicon.is_english(v)
                     and lexicon.zipf_en(v) >= IERUNG_VERB_MIN_ZIPF
                     and any(pos == "v" for _, pos in dictionary.translations(v))), None)
        if verb is None:
            continue
        first = word[:k]
        gerund = verb.removesuffix("e") + "ing"
        # the noun German text uses: the English gerund ("Training"), or -ment, -ion ("Management")
        found = [n for n in (gerund, verb + "ment", verb + "ion")
                 if lexicon.zipf_de(n) >= IERUNG_NOUN_MIN_DE and lexicon.is_german(n[0].upper() + n[1:])]
        # a German verb in -ieren: unused_ierung's hint, unless German names the action with the English
        # gerund ("trainieren": Training, no "Trainierung")
        if lexicon.is_german(stem[k:] + "ieren") and gerund not in found:
            return None
        proposals = [(first + n) if first else n[0].upper() + n[1:] for n in found[:1]]
        if end == "ierungen":   # (the loan's plural, where the lexicon has it: "Trainings")
            proposals = [p for p in (nouns.plural_of(p) for p in proposals) if p]
        return proposals
    return None


UNG_NOUN_MIN_ZIPF = 2.0   # a German noun of the verb that German text has ("Absicherung" 3.3, "Verflüssigung" 2.1)
UNG_VERB_MIN_ZIPF = 2.0   # the English verb, rarer too where a common German noun answers it ("liquefy" 2.2)


def ung_of_english_verb(word: str) -> list[str]:
    """A noun German text never has and hunspell does not know, an English verb with German -ierung, -isierung or
    -fizierung ("Securisierung" <- secure, "Liquefizierung" <- liquefy), where German has no verb in -ieren of the
    stem: the nouns in -ung of the German verbs the dictionary gives for the English one ("absichern":
    "Absicherung", "verflüssigen": "Verflüssigung"), commonest first, with a compound's first part; else none."""
    if not word[:1].isupper() or not word[1:].islower() or lexicon.is_german(word) or len(word) > lexicon.MAX_WORD_LEN \
            or lexicon.zipf_de(word.lower()) > 0:
        return []
    # (or plain -ung on the English verb, where no German verb has the stem: "Cancelung" <- cancel)
    end = next((e for e in ("fizierungen", "fizierung", "isierungen", "isierung", "ierungen", "ierung", "ungen", "ung")
                if word.endswith(e)), None)
    if end is None:
        return []
    stem = word[: len(word) - len(end)].lower()
    tails = {"fizierung": ("fy",), "isierung": ("e", "ize", ""), "ierung": ("", "e"), "ung": ("",)}[
        end.removesuffix("en")]
    if end.startswith("ung") and (lexicon.is_german(stem + "en") or lexicon.is_german(stem + "n") or len(stem) < 4):
        return []
    for k in range(len(stem) - 3):   # the longest English verb at the end of the stem, after a first part
        part = stem[k:]
        if lexicon.is_german(part + end.removesuffix("ungen").removesuffix("ung") + "en"):
            return []   # a German verb in -ieren ("detektieren"): unused_ierung's hint, if any
        spelled = {part, part.replace("k", "c")}   # (German k for an English c: "Detekt-")
        # (after a first part, a German word, "Gehalts|", and a common English verb: "System|s|upend" is no
        # compound of "upend")
        first = word[:k]
        if k and not (lexicon.is_german(first) or (first.endswith("s") and lexicon.is_german(first[:-1]))):
            continue
        least = IERUNG_VERB_MIN_ZIPF if k else UNG_VERB_MIN_ZIPF
        verb = next((v for p in spelled for t in tails for v in (p + t,) if lexicon.is_english(v)
                     and lexicon.zipf_en(v) >= least
                     and any(pos == "v" for _, pos in dictionary.translations(v))), None)
        if verb is None:
            continue
        found = {}
        for de, pos in dictionary.translations(verb):
            if pos != "v" or " " in de or not de.endswith(("en", "ern", "eln")):
                continue
            noun = (de[:-1] if de.endswith(("ern", "eln")) else de[:-2]) + "ung"
            noun = noun[0].upper() + noun[1:]
            if lexicon.zipf_de(noun.lower()) >= UNG_NOUN_MIN_ZIPF and lexicon.is_german(noun):
                found[noun] = lexicon.zipf_de(noun.lower())
        nouns_ = sorted(found, key=lambda n: -found[n])[:3]
        if not nouns_:
            return []
        made = [first + n.lower() if first else n for n in nouns_]
        if end.endswith("en"):
            made = [m + "en" for m in made]
        return made
    return []


def _isierung_on_english_verb(word: str) -> list[str] | None:
    """-isierung on an English verb whose gerund German uses for the action ("Monitorisierung" -> "Monitoring"):
    only there, German forms -isierung freely on nouns and adjectives ("Tokenisierung", "Priorisierung")."""
    end = next((e for e in ("isierungen", "isierung") if word.endswith(e)), None)
    if end is None or not word[:1].isupper() or not word[1:].islower() or lexicon.is_german(word) \
            or lexicon.zipf_de(word.lower()) > 0 or len(word) > lexicon.MAX_WORD_LEN:
        return None
    stem = word[: len(word) - len(end)].lower()
    for k in range(len(stem) - 3):
        verb = stem[k:]
        if not (lexicon.is_english(verb) and lexicon.zipf_en(verb) >= IERUNG_VERB_MIN_ZIPF
                and any(pos == "v" for _, pos in dictionary.translations(verb))):
            continue
        gerund = verb.removesuffix("e") + "ing"
        if lexicon.zipf_de(gerund) < IERUNG_NOUN_MIN_DE or not lexicon.is_german(gerund.capitalize()):
            return None
        noun = word[:k] + gerund if k else gerund.capitalize()
        return [nouns.plural_of(noun) or noun] if end == "isierungen" else [noun]
    return None


def unused_ierung(word: str) -> list[str] | None:
    """A noun in -ierung German text never has and hunspell does not know, of a German verb in -ieren
    ("Retirierung", "Kapazitätsexpandierung"), where German names the action otherwise ("Ausmusterung",
    "Expansion"): the English noun made German with the verb's ending. Proposed is only the noun in -sion of a stem
    in -d that German has ("Expansion"), with the compound's first part."""
    unknown = _unknown_ierung(word)
    if unknown is None:
        return None
    end, stem = unknown
    k = next((k for k in range(len(stem) - 3) if lexicon.is_german(stem[k:] + "ieren")), None)
    if k is None:
        return None
    verb_stem = stem[k:]
    if nouns.analyses(verb_stem.capitalize()):
        return None   # a verb made of a noun forms its -ierung noun freely ("Paketierung" of Paket, "Appell")
    # (not the -ation noun, whose sense may have drifted: "Appellation" is no appeal; but -atur, which names the
    # act itself: "Reparierung" -> "Reparatur", "Kandidierung" -> "Kandidatur")
    siblings = ([verb_stem[:-1] + "sion"] if verb_stem.endswith("d") else []) + [verb_stem + "atur"]
    found = [n.capitalize() for n in siblings if lexicon.is_german(n.capitalize())
             and lexicon.zipf_de(n) >= UNUSED_IERUNG_SIBLING_MIN_ZIPF]
    plural = end == "ierungen"
    return [(word[:k] + n.lower() if k else n) + ("en" if plural else "") for n in found[:1]]


UNUSED_IERUNG_SIBLING_MIN_ZIPF = 2.5   # the noun German uses instead ("Expansion" 3.7)


IERBAR_SIBLING_MIN_ZIPF = 2.5   # the adjective in -abel German writes instead ("akzeptabel" 3.6, "rentabel" 3.1)


def ierbar_sibling(word: str) -> str | None:
    """The German adjective in -abel, -ibel for one in -ierbar German spelling lacks and German text never has
    ("rentierbar" <- "rentable": "rentabel"; "profitierbare" -> "profitable"), inflected as written; German's own
    -ierbar words ("variierbar", "realisierbar") hunspell knows and never get here."""
    low = word.lower()
    k = low.find("ierbar")
    ending = low[k + 6:] if k >= 3 else None
    # (one German text has now and then is technical German, "akzeptierbare Formate": only a coinage it never has)
    if ending not in ("", "e", "en", "er", "es", "em") or lexicon.is_german_any_case(word) \
            or lexicon.zipf_de(low) > 0 or lexicon.zipf_de(low[:k + 6]) > 0:
        return None
    for suffix in ("abel", "ibel"):
        sibling = low[:k] + suffix
        if lexicon.is_german(sibling) and lexicon.zipf_de(sibling) >= IERBAR_SIBLING_MIN_ZIPF:
            form = sibling[:-2] + "l" + ending if ending else sibling   # ("akzeptabl|e")
            return form if word[:1].islower() else form.capitalize()
    return None


def unused_ierung_compound(word: str) -> list[str] | None:
    """unused_ierung (or rare_ierung) on the first part of a compound, before its linking s and a German noun
    ("Reparierungsarbeiten" -> "Reparaturarbeiten"): the proposals joined as German joins that noun."""
    k = word.find("ierungs")
    if k < 3 or lexicon.is_german(word) or lexicon.zipf_de(word.lower()) > 0:
        return None
    first, rest = word[:k + 6], word[k + 7:]
    if len(rest) < 4 or not nouns.analyses(rest.capitalize()) or not lexicon.is_german(rest.capitalize()):
        return None
    # (or one German text hardly has beside its noun in -ion: "Kompensierungsfonds" -> "Entschädigungsfonds")
    rare = rare_ierung(first)
    found = unused_ierung(first) or (rare[1] if rare else None)
    if not found:
        return found
    # (nouns of their own only, not a verb's infinitive the dictionary gives: "Erforschen|bohrungen")
    found = [f for f in found if not lexicon.is_german(f.lower())]
    return [_joined(f, rest) for f in found]


def _joined(first: str, rest: str) -> str:
    """FIRST and REST as one compound, with the linking s German text writes there more often ("Ausgleichsfonds"),
    or, where it has neither, the one the first part's suffix takes ("Entschädigung|s|fonds")."""
    with_s, without = first + "s" + rest, first + rest
    zs, zw = lexicon.zipf_de(with_s.lower()), lexicon.zipf_de(without.lower())
    if zs or zw:
        return with_s if zs >= zw else without
    return with_s if first.endswith(nouns.S_LINKED) else without


def _english_noun_part(low: str, names: bool = False) -> bool:
    """LOW can be a compound's English part: an English word of four letters or more, no name (unless NAMES), no
    German word with a linking s ("Portion-s-stücken"), whose main sense is a noun ("window"; not "high"): its first
    translation that is a word, not a phrase ("shift": "Ausflüchte machen", then "Lagenwechsel")."""
    if len(low) < 4 or (is_name_word(low) and not names) or not lexicon.is_english(low) \
            or (low.endswith("s") and lexicon.is_german_any_case(low[:-1])):
        return False
    first = next((pos for de, pos in dictionary.translations(low) if " " not in de), None)
    return first in dictionary.NOUN_POS


def _english_part(w: str) -> bool:
    low = w.lower()
    if lexicon.is_german_any_case(w) or not _english_noun_part(low):
        return False
    en = lexicon.zipf_en(low)
    # (a word German text uses this often, not much more common in English, is a loan hunspell lacks:
    # "Resortdirektor"; "Healthversicherung" stays English)
    de = lexicon.zipf_de(low)
    # (a rarer English word of eight letters or more too where German text hardly has it: "fertilizer" 3.4, de
    # 1.2; not "cancels")
    return (en >= 3.5 or (en >= RARE_PART_MIN_EN and en - de >= RARE_PART_MARGIN and len(low) >= 8)) \
        and en - de >= (LOAN_PART_MARGIN if de >= LOAN_PART_MIN_DE else EN_MARGIN)


RARE_PART_MIN_EN, RARE_PART_MARGIN = 3.0, 2.0


LOAN_PART_MIN_DE, LOAN_PART_MARGIN = 3.0, 1.2
UNKNOWN_WHOLE_PART_MARGIN = 0.8   # an English part of a whole nobody writes ("security" 5.2 to 4.1 in German) …
UNKNOWN_WHOLE_PART_MIN_EN = 4.0   # … and a common English noun (not "tort" 3.2 in a name, "Zuckertort")
LOAN_TAIL_MIN_DE = 2.0


HALF_ENGLISH_FOUND_MIN_EN = 4.0   # an English last part found with no German compound to propose ("confidence" 4.6)
SHORT_PART_MIN_EN = 4.5   # a three-letter English first part this common ("oil" 5.1), far commoner than in German
LOAN_COMPOUND_MIN_ZIPF = 2.5   # the German compound proposed for one with a loan hunspell knows


def _loan_part(w: str) -> bool:
    """A loan hunspell knows, as a compound's English first part: much more common in English than in German
    ("power"; not "team", "job", "service"), with a noun as its main sense."""
    low = w.lower()
    return _english_noun_part(low) and lexicon.zipf_en(low) - lexicon.zipf_de(low) >= LOAN_PART_MARGIN


# noun suffixes that always take a linking s in a compound (Duden, Fugenelemente): "Regierung|s|chef",
# "Freiheit|s|kampf", "Förderung|s|lücke"
LINKED_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät", "ling", "tum", "kunft")


def half_english_compound(part: str) -> tuple[str, list[str]] | None:
    """(English part, proposals) for a compound of a German and an English noun unknown to German hunspell:
    "Steuerrefund" -> ("refund", ["Steuerrückerstattung", "Steuererstattung", ...])."""
    if not part[:1].isupper() or len(part) < 8:
        return None
    low = part.lower()
    found = None
    for k in range(len(part) - 4, 3, -1):
        head, tail = part[:k], low[k:]
        # German first part (with or without a linking s), English last part
        # (or a loan German has in another sense, where German text has the compound of its German noun and not
        # the one written: "Generikaproducer" -> "Generikahersteller")
        loan = not _english_part(tail) and _loan_part(tail) and lexicon.zipf_de(low) == 0
        # (or an English noun German text has less often, as names do, "security" 4.1 to English 5.2, in a whole no
        # German dictionary or text has: "Energiesecurity" -> "Energiesicherheit", a compound German text has)
        loan = loan or (not _english_part(tail) and _english_noun_part(tail) and not lexicon.is_german_any_case(tail)
                        and lexicon.zipf_en(tail) >= UNKNOWN_WHOLE_PART_MIN_EN
                        and lexicon.zipf_en(tail) - lexicon.zipf_de(tail) >= UNKNOWN_WHOLE_PART_MARGIN
                        and lexicon.zipf_de(low) == 0 and not lexicon.is_german_any_case(part))
        # (an English -ing noun German text has now and then, "scoring" 2.7, a loan as German borrows them: only a
        # compound German text has, for the dictionary's first senses are seldom the loan's: "Kreditscoring" is no
        # "Kreditspielergebnis")
        loan = loan or (tail.endswith("ing") and _english_part(tail) and lexicon.zipf_de(tail) >= LOAN_TAIL_MIN_DE)
        # (or a common noun's stem without its -e, as German compounds take it: "Grenz|security" of "Grenze")
        e_dropped = head[:1].isupper() and nouns.e_dropped_stem(head)
        if (_english_part(tail) or loan) and (lexicon.is_german(head) or e_dropped
                                              or (head.endswith("s") and lexicon.is_german(head[:-1]))):
            props = []
            for de, pos in dictionary.translations(tail):
                if pos in dictionary.NOUN_POS and " " not in de and "-" not in de:
                    cand = head + de.lower()
                    # (hunspell's compound, or one German text has that hunspell does not build, "Logistikplanung",
                    # where English text has no such word whole: "Babelfish" is a name)
                    attested = lexicon.zipf_de(cand.lower()) > 0 and lexicon.zipf_en(low) == 0
                    if (_acceptable(cand) or attested) and cand not in props \
                            and (not loan or lexicon.zipf_de(cand.lower()) > 0):
                        props.append(cand)
            if not props and tail.endswith("s"):
                # an English plural: the German plurals of its singular's nouns, where German text has the compound
                # ("Rotor|blades" <- blade: Blatt, "Rotorblätter")
                plurals = [nouns.plural_of(de) for de in main_nouns(tail[:-1])]
                props = [c for c in (head + p.lower() for p in plurals if p) if lexicon.zipf_de(c.lower()) > 0]
            # the German cognate one letter away first, where the compound of it is German: the writer meant it
            # ("Ausschreibungsplatform" -> "Ausschreibungsplattform", not "…bahnsteig")
            cognates = _cognate_compounds(head, tail)
            if props or cognates:
                return tail, (cognates + _attested_first(props))[:3]
            # (a common English noun after a German one, with no German compound to propose: found all the same,
            # "Investoren|confidence"; not a loan, which German may use in a compound of its own)
            # (nor a whole English text has, a name: "Babelfish")
            if not loan and _english_part(tail) and lexicon.zipf_en(tail) >= HALF_ENGLISH_FOUND_MIN_EN \
                    and lexicon.zipf_en(low) == 0:
                found = found or (tail, [])
    # a common three-letter English noun first ("Oil|preisen"): only for a compound German text has ("Ölpreisen")
    short = low[:3]
    if lexicon.zipf_en(short) >= SHORT_PART_MIN_EN and lexicon.zipf_en(short) - lexicon.zipf_de(short) >= 1.5 \
            and not lexicon.is_german_any_case(short) and lexicon.is_german(part[3].upper() + part[4:]):
        found3 = [c for c in (de + part[3:].lower() for de in main_nouns(short)) if lexicon.zipf_de(c.lower()) > 0]
        if found3:
            return short, _attested_first(found3)[:3]
    # … or last ("Export|ban"): likewise only for a compound German text has ("Exportverbot"); German text's
    # figure for the word alone counts names there ("Ban"), none of which ends a compound written small
    short = low[-3:]
    # (the German part with its linking s: "Finanzierungs|gap")
    if lexicon.zipf_en(short) >= SHORT_PART_MIN_EN and not lexicon.is_german_any_case(short) \
            and (lexicon.is_german(part[:-3]) or (part[:-3].endswith("s") and lexicon.is_german(part[:-4]))):
        found3 = [c for c in (part[:-3] + de.lower() for de in main_nouns(short)) if lexicon.zipf_de(c.lower()) > 0]
        if found3:
            return short, _attested_first(found3)[:3]
    for k in range(4, len(part) - 3):
        head, tail = low[:k], part[k:]
        # English first part, German last part ("Healthversicherung"); a loan hunspell knows only where German
        # text has the compound of its German noun ("Powerpreise": "Strompreise")
        # (also an English gerund with a German linking s, which only German nouns take: "Fundings|lücke")
        english = _english_part(head) or (head.endswith("ings") and _english_part(head[:-1]))
        loan = not english and _loan_part(head)
        # (an English noun German text has now and then, mostly as a name, "Snow", "Grid", that hunspell does not
        # know: English where German text has the compound of its German noun, "Schneekanonen", "Netzbetreiber")
        named = not english and not loan and not lexicon.is_german_any_case(head) \
            and _english_noun_part(head, names=True) \
            and lexicon.zipf_en(head) - lexicon.zipf_de(head) >= EN_MARGIN
        if (english or loan or named) and lexicon.is_german(tail[0].upper() + tail[1:]) and len(tail) >= 4:
            phrase = _english_compound_phrase(head, tail)
            if phrase:   # the English compound whole in the dictionary: "Ballot|boxen" <- ballot boxes, "Wahlurnen"
                return head, phrase[:3]
            holding = _translation_holding(head, tail)
            if holding:   # a German word for the English part that holds the head already: "Tuition|gebühren" ->
                return head, holding[:3]   # "Studiengebühren" (tuition :: Studiengebühr)
            props = []
            # an English plural or linking s ("Savingsprogramm"): the singular's nouns, with a German linking s
            sources = [head] + ([head[:-1]] if head.endswith("s") and lexicon.is_english(head[:-1]) else [])
            for src in sources:
                for de, pos in dictionary.translations(src):
                    if pos in dictionary.NOUN_POS and pos != "pl" and " " not in de and "-" not in de:
                        # (-n and -en links where German text has the compound: "Puppetspieler" -> "Puppenspieler";
                        # the s a German noun's suffix always takes: "Förderungslücke", not "Förderunglücke")
                        for link in ("s",) if de.endswith(LINKED_SUFFIXES) else ("", "s", "n", "en"):
                            cand = de + link + tail.lower()
                            if _acceptable(cand) and cand not in props \
                                    and (link in ("", "s") or lexicon.zipf_de(cand.lower()) > 0):
                                props.append(cand)
                                break

            if head.endswith("ing"):
                props += [c for c in _verb_stem_compounds(head[:-3], tail) if c not in props]
            if named:
                props = [c for c in props if lexicon.zipf_de(c.lower()) > 0]
            if not props:
                props = _shortened_compounds(sources, tail)
            if named:
                if props:
                    return head, _attested_first(props)[:3]
                continue
            if loan:   # (the German compound an everyday word: "Strompreise"; not "Auftragsliste" for "Taskliste")
                props = [c for c in props if lexicon.zipf_de(c.lower()) >= LOAN_COMPOUND_MIN_ZIPF]
                if props:
                    return head, _attested_first(props)[:3]
                continue
            if props:
                return head, _attested_first(props)[:3]
            found = found or (head, [])
    # an English part and a German one, but no German compound to propose: found all the same
    return found


def _shortened_compounds(sources: list[str], tail: str) -> list[str]:
    """Compounds German text has of the dictionary's nouns for the English SOURCES before TAIL, a noun in -e
    without it, as German compounds take it ("Baumwolle" -> "Baumwoll|feldern"). (Not a compound noun's head:
    "Cloud|rechnen" has no sense of its own.)"""
    out = []
    for src in sources:
        for de, pos in dictionary.translations(src):
            if pos not in dictionary.NOUN_POS or pos == "pl" or " " in de or "-" in de or not de.endswith("e"):
                continue
            cand = de[:-1] + tail.lower()
            if len(de) >= 5 and cand not in out and lexicon.zipf_de(cand.lower()) > 0:
                out.append(cand)
    return out


def half_english_adjective(part: str) -> tuple[str, list[str]] | None:
    """(English adjective, proposals) for a German noun joined to an English adjective, as German forms compound
    adjectives ("innovationsfriendly" -> "innovationsfreundlich", "klimaready"): the German noun's first part, with
    or without its linking s, and the dictionary's German adjectives for the English one, where German text has
    the compound."""
    if not part.islower() or len(part) < 10 or lexicon.zipf_de(part) > 0:
        return None
    for k in range(len(part) - 4, 3, -1):
        head, tail = part[:k], part[k:]
        noun = head[0].upper() + head[1:]
        if not (nouns.analyses(noun) or (head.endswith("s") and nouns.analyses(noun[:-1]))):
            continue
        if lexicon.is_german_any_case(tail) or not lexicon.is_english(tail) or lexicon.zipf_en(tail) < 4.0:
            continue
        senses = dictionary.translations(tail)
        if next((pos for de, pos in senses if " " not in de), None) != "adj":
            continue
        props = [head + de for de, pos in senses if pos == "adj" and " " not in de and de.islower()
                 and (lexicon.zipf_de(head + de) > 0 or _acceptable(head + de))]
        # (nothing to propose: left to the other rules, "kostenefficient" is the English c in "kosteneffizient")
        return (tail, _attested_first(list(dict.fromkeys(props)))[:3]) if props else None
    return None


def _translation_holding(english: str, tail: str) -> list[str]:
    """The dictionary's German nouns for ENGLISH that end in the noun TAIL is a form of, with TAIL's form
    ("tuition" :: Studiengebühr, tail "gebühren" -> "Studiengebühren")."""
    cap = tail[0].upper() + tail[1:]
    lemmas = {lem for lem, _ in nouns.analyses(cap)}
    out = []
    for de, pos in dictionary.translations(english):
        if pos not in dictionary.NOUN_POS or " " in de or "-" in de:
            continue
        for lem in lemmas:
            if de.lower().endswith(lem.lower()) and len(de) > len(lem) + 2:
                cand = de[: len(de) - len(lem)] + tail.lower()
                if cand not in out and lexicon.is_german(cand):
                    out.append(cand)
    return out


def _english_compound_phrase(head: str, tail: str) -> list[str]:
    """The dictionary's German nouns for the English compound an English HEAD and a German TAIL that is an English
    noun with a German ending stand for ("Ballot|boxen": "ballot boxes" -> "Wahlurnen"), in the tail's number."""
    low = tail.lower()
    plural = any(f.endswith(".pl") for _, f in nouns.analyses(tail[0].upper() + tail[1:]))
    stems = [low] + [low[: -len(e)] for e in ("en", "n", "e", "s") if low.endswith(e) and len(low) - len(e) >= 3]
    for stem in dict.fromkeys(stems):
        if not lexicon.is_english(stem):
            continue
        for english in ([stem + "es", stem + "s"] if plural else []) + [stem]:
            found = [de for de, pos in dictionary.translations(f"{head} {english}")
                     if pos in dictionary.NOUN_POS and " " not in de]
            if found:
                return found
    return []


def _verb_stem_compounds(verb: str, tail: str) -> list[str]:
    """The compound German text has of an English verb before "-ing" that is a German verb's stem too and the
    German TAIL ("Parking|plätze" <- park, parken: "Parkplätze"). (Not the dictionary's verbs for it: their senses
    stray, "gambling" is no "Spiele-".)"""
    if not lexicon.is_german(verb + "en"):
        return []
    cand = verb[0].upper() + verb[1:] + tail.lower()
    return [cand] if lexicon.zipf_de(cand.lower()) > 0 else []


COGNATE_MIN_ZIPF = 3.0   # a German noun this common one letter from the English one is its cognate ("Plattform")


def _cognate_compounds(head: str, tail: str) -> list[str]:
    """HEAD joined with the German spelling of the English TAIL, a letter doubled, a c written k or z, or an e at
    the end ("platform" -> "Plattform", "adress" -> "Adresse"), where German has that noun and the compound."""
    spellings = {tail[:k] + tail[k - 1] + tail[k:] for k in range(1, len(tail) + 1)} | {tail + "e"} | {
        tail[:k] + g + tail[k + 1:] for k, c in enumerate(tail) if c == "c" for g in "kz"}
    nouns_near = {v for v in spellings if lexicon.zipf_de(v) >= COGNATE_MIN_ZIPF and nouns.analyses(v.capitalize())}
    return sorted((head + v for v in nouns_near if lexicon.is_german(head + v)),
                  key=lambda c: -lexicon.zipf_de(c.lower()))


def _attested_first(compounds: list[str]) -> list[str]:
    """Composed compounds that German text has, commonest first ("Speicherkapazität" before the dictionary's first
    sense, "Aufbewahrungskapazität"); only where there is none, the rest in the dictionary's order (a compound of
    another sense nobody writes is no proposal beside one in use: "Schichtarbeiter", not "Lagenwechselarbeiter")."""
    seen = [c for c in compounds if lexicon.zipf_de(c.lower()) > 0]
    return sorted(seen, key=lambda c: -lexicon.zipf_de(c.lower())) if seen else compounds


COMPOSED_MIN_ZIPF = 1.2   # a compound German text has ("Hitzewarnung" 1.4) so that its sense is likely the one
COMPOSED_SENSE_MARGIN = 1.0   # a part's translations this much rarer than its commonest are other senses


def main_nouns(word: str) -> list[str]:
    """The dictionary's nouns for an English word, its main senses only, by how often German writes them: "time"
    is "Zeit", not "Geschwindigkeit"."""
    found = [de for de, pos in dictionary.translations(word.lower())
             if pos in dictionary.NOUN_POS and pos != "pl" and " " not in de and "-" not in de]
    top = max((lexicon.zipf_de(de.lower()) for de in found), default=0.0)
    return [de for de in found if lexicon.zipf_de(de.lower()) >= top - COMPOSED_SENSE_MARGIN]


def _first_part_forms(noun: str) -> list[str]:
    """A noun as a compound's first part: itself, and a noun made of an infinitive without its ending, the stem
    German compounds take ("Rennen" -> "Renn-direktor"). (Not a noun in -e without it: "Schleife" is no
    "Schleif-gerät".)"""
    return [noun, noun[:-2]] if noun.endswith("en") and len(noun) > 5 and lexicon.is_german(noun.lower()) else [noun]


def attested_compounds(firsts: list[str], heads: list[str], least: float = 0.0) -> list[str]:
    """The three commonest compounds of a first part and a head, with a linking element or none, that hunspell
    knows and German text has (at least LEAST)."""
    found: dict[str, float] = {}
    for a in firsts:
        for b in heads:
            for link in ("", "s", "es", "n", "en"):   # ("Jahr|es|ende")
                cand = a + link + b.lower()
                z = lexicon.zipf_de(cand.lower())
                if z > 0 and z >= least and lexicon.is_german(cand):
                    found[cand] = z
    return sorted(found, key=lambda c: -found[c])[:3]


def composed_compound(first: str, second: str) -> list[str]:
    """German compounds of the noun translations of two English words the dictionary has no phrase for
    ("feasibility study" -> "Machbarkeitsstudie", "heat warnings" -> "Hitzewarnungen"): only those German text
    has (COMPOSED_MIN_ZIPF), for the parts' other senses compose words nobody writes; commonest first."""
    heads, plural = main_nouns(second), False
    if not heads and second.lower().endswith("s"):
        # an English plural: the compound of its singular, in the plural
        singular = next((s for s in (second[:-1], second[:-2]) if dictionary.translations(s.lower())), "")
        heads, plural = (main_nouns(singular), True) if singular else ([], False)
    firsts = [form for noun in main_nouns(first) for form in _first_part_forms(noun)]
    best = attested_compounds(firsts, heads, COMPOSED_MIN_ZIPF)
    if plural:
        best = [p for p in (nouns.plural_of(c) for c in best) if p]
    return best


def pseudo_compound(ctx: Context, part: str) -> tuple[str, list[str]] | None:
    """(English word, proposals) for a German noun joined to a pseudo-English noun ("Kapazitätsutilisierung" ->
    "utilization" -> "Kapazitätsauslastung"): the German first part, with or without a linking s, and the German
    translations of the English word as the compound's head."""
    if not part[:1].isupper() or not part[1:].islower() or len(part) < 10:
        return None
    first_found = None   # (a split with nothing to propose gives way to a shorter first part with proposals:
    #                      "Schadensass|essierung" <- "es" before "Schadens|assessierung" <- assessment)
    for k in range(len(part) - 6, 3, -1):
        head, tail = part[:k], part[k:]
        if not (lexicon.is_german(head) or (head.endswith("s") and lexicon.is_german(head[:-1]))):
            continue
        if lexicon.is_german_any_case(tail) or lexicon.is_german(tail[0].upper() + tail[1:]):
            continue   # a German compound hunspell does not list
        src = pseudo_source(ctx, tail)
        genitive = ""
        if (src is None or src[1] != "noun") and tail.endswith("s"):
            # a genitive's s on a respelled English noun ("Hauptkontraktor|s" <- contractor)
            src, genitive = pseudo_source(ctx, tail[:-1]), "s"
            if src is not None and src[1] == "":
                src = (src[0], "noun", "") if dictionary.translations(src[0]) else None
        if src is None or src[1] != "noun":
            continue
        props = []
        # (-ierung names the action: the English gerund's -ung nouns first, "Zoll|clearierung" <- clearing,
        # "Zollabfertigung")
        gerund = [(de, pos) for de, pos in dictionary.translations(src[0] + "ing") if de.endswith("ung")] \
            if tail.endswith("ierung") else []
        for de, pos in gerund + dictionary.translations(src[0]):
            if pos in dictionary.NOUN_POS and " " not in de and "-" not in de:
                if genitive and (any(f.endswith(".f") for _, f in nouns.analyses(de))
                                 or not lexicon.is_german(de + "s")):
                    continue   # (the head's genitive in -s: "Auftragnehmers", not a feminine "Firmas")
                cand = head + de.lower() + genitive
                if _acceptable(cand) and cand not in props:
                    props.append(cand)
        if props:
            return src[0], _attested_first(props)[:3]
        first_found = first_found or (src[0], [])
    return first_found


def english_cognate_before_hyphen(part: str) -> str | None:
    """The German noun for an English noun before a hyphen whose German translation is its cognate ("Battery-Zellen"
    -> "Batterie"): German would not keep the English spelling of a word it has in its own, unlike an accepted
    loanword with no cognate ("Cloud-Dienste")."""
    low = part.lower()
    if not part[:1].isupper() or len(low) < 5 or is_name_word(low) or lexicon.is_german_any_case(part) \
            or not lexicon.is_english(low):
        return None
    # an -ing noun is how German borrows English ("Testing-Archiv", "Marketing-Chef"); a final s may be a German
    # linking s or an English plural ("Installations-CD")
    if low.endswith(("ing", "s")):
        return None
    en = lexicon.zipf_en(low)
    if en < EN_MIN_ZIPF or en - lexicon.zipf_de(low) < EN_MARGIN:
        return None
    from difflib import SequenceMatcher

    for de, pos in dictionary.translations(low)[:4]:
        if pos in dictionary.NOUN_POS and pos != "pl" and " " not in de and _acceptable(de) \
                and SequenceMatcher(None, low, de.lower()).ratio() >= 0.75:
            return de
    return None


# English prefixes whose German counterpart is the same kind of prefix ("Overreaktion" -> "Überreaktion")
_PREFIXES = (("over", "über"), ("under", "unter"))


def english_prefix(part: str) -> str | None:
    """A German word behind an English prefix that German has its own prefix for: the German word ("Overreaktion" ->
    "Überreaktion", "underbewertet" -> "unterbewertet"), if hunspell knows it."""
    low = part.lower()
    for en, de in _PREFIXES:
        rest = part[len(en):]
        if low.startswith(en) and len(rest) >= 4 and not lexicon.is_english(low):
            cand = (de.capitalize() if part[0].isupper() else de) + rest.lower()
            if lexicon.is_german(cand):
                return cand
    return None


_ABILITY = (("abilität", "ierbarkeit"), ("ibilität", "ierbarkeit"), ("abilitäten", "ierbarkeiten"))
# German spellings of English letters at the start of a stem: "Scal-" -> "Skal-"
_GERMAN_LETTERS = (("sc", "sk"), ("c", "k"), ("ph", "f"), ("th", "t"), ("y", "i"))


def german_ability_noun(part: str) -> str | None:
    """A pseudo-English -ability noun ("Scalabilität") whose German is the verb stem with -ierbarkeit
    ("Skalierbarkeit"), if hunspell knows it."""
    low = part.lower()
    for end, de_end in _ABILITY:
        if not low.endswith(end) or len(low) - len(end) < 3:
            continue
        stem = low[: -len(end)]
        stems = [stem] + [stem.replace(a, b, 1) for a, b in _GERMAN_LETTERS if a in stem]
        for s in dict.fromkeys(stems):
            cand = s[0].upper() + s[1:] + de_end
            if lexicon.is_german(cand):
                return cand
    return None


# a German noun suffix on a noun that has one already ("Konsistenzität" <- consistency: Konsistenz + -ität)
_NOUN_SUFFIXES = ("enz", "anz", "ung", "heit", "keit", "ität", "ion", "ismus", "schaft")
_STACKED = (("itäten", True), ("ität", False), ("ierungen", True), ("ierung", False), ("heit", False),
            ("keit", False), ("ismus", False))


def stacked_suffix(part: str) -> str | None:
    """The German noun under a second noun suffix ("Konsistenzität" -> "Konsistenz"), if hunspell knows it."""
    if not part[:1].isupper():
        return None
    low = part.lower()
    # (an English adjective's -al between: "Reputationalität" <- reputational, on "Reputation")
    for end, plural in (("alitäten", True), ("alität", False)):
        base = part[: len(part) - len(end)]
        if low.endswith(end) and len(base) >= 6 and base.lower().endswith("ion") and lexicon.is_german(base) \
                and not lexicon.is_german(part):
            return (base + "en" if lexicon.is_german(base + "en") else None) if plural else base
    for end, plural in _STACKED:
        base = part[: len(part) - len(end)]
        if low.endswith(end) and len(base) >= 5 and base.lower().endswith(_NOUN_SUFFIXES) and lexicon.is_german(base):
            if plural:
                return base + "en" if lexicon.is_german(base + "en") else None
            return base
    return None


ENZ_NOUN_MIN_ZIPF = 3.0   # the noun German has of the adjective ("Transparenz" 4.1, "Relevanz" 4.0)


def enz_of_adjective(part: str) -> str | None:
    """An adjective in -ent, -ant with -heit or -keit ("Transparentheit", "Relevantheit"), where German text has
    its noun in -enz, -anz ("Transparenz", English "transparency"): that noun."""
    low = part.lower()
    for end in ("heit", "keit"):
        base = low[: len(low) - len(end)]
        if not low.endswith(end) or not base.endswith(("ent", "ant")) or len(base) < 6 or lexicon.zipf_de(low) > 0 \
                or not lexicon.is_german(base):
            continue
        noun = part[: len(base) - 1] + "z"
        if lexicon.zipf_de(noun.lower()) >= ENZ_NOUN_MIN_ZIPF and lexicon.is_german(noun):
            return noun
    return None


def ung_on_loan_noun(part: str) -> str | None:
    """The English loan noun under a German -ung, which German puts on verbs' stems only ("Livestreamung" ->
    "Livestream"): a noun German text has often, an English word, no German verb of it; the -ung word unused."""
    if not part[:1].isupper() or lexicon.zipf_de(part.lower()) >= 1.0:
        return None
    for end, plural in (("ungen", True), ("ung", False)):
        base = part[: len(part) - len(end)]
        low = base.lower()
        if not part.endswith(end) or len(base) < 5:
            continue
        if lexicon.zipf_de(low) < 3.0 or lexicon.zipf_en(low) < 2.5 or lexicon.is_german(low + "en") \
                or lexicon.is_german(low + "n") or lexicon.zipf_de(low + "en") >= 2.0:
            return None
        if plural:
            return base + "s" if lexicon.zipf_de(low + "s") > 0 else None
        return base
    return None


# "-ierbar(keit)" on an English verb ("Trackierbarkeit" <- trackability): German says verb stem + -bar(keit)
_ABLE_ENDINGS = ("ierbarkeiten", "ierbarkeit", "ierbarem", "ierbaren", "ierbarer", "ierbares", "ierbare", "ierbar")
_PLAIN_ABLE_ENDINGS = tuple(e[len("ier"):] for e in _ABLE_ENDINGS)


def english_verb_ability(part: str) -> tuple[str, list[str]] | None:
    """(English verb, proposals) for an English verb under the German ending -ierbar or -ierbarkeit, or -bar and
    -barkeit on the verb itself where the dictionary gives it first as a verb ("containbar"): the German verbs of
    the English one with -bar/-barkeit ("track" -> …), as many as hunspell knows (maybe none)."""
    low = part.lower()
    for end in _ABLE_ENDINGS + _PLAIN_ABLE_ENDINGS:
        stem = low[: len(low) - len(end)]
        if not low.endswith(end) or len(stem) < 4:
            continue
        if lexicon.is_german(stem + "ieren"):
            return None
        # (an English verb in -e loses it before -ierbar: "relatierbar" <- relate)
        stem = next((v for v in (stem, stem + "e") if lexicon.is_english(v) and not lexicon.is_german(v)
                     and lexicon.zipf_en(v) >= EN_MIN_ZIPF and (v == stem or end.startswith("ier"))), None)
        if stem is None:
            return None
        # (-bar on the English verb itself, "containbar": only a verb first, as the dictionary gives it)
        senses = dictionary.translations(stem)
        if end in _PLAIN_ABLE_ENDINGS and (not senses or senses[0][1] != "v"):
            return None
        tail = end[len("ier"):] if end.startswith("ier") else end
        props = []
        for de, pos in dictionary.translations(stem):
            if pos != "v" or " " in de or not de.endswith("n"):
                continue
            base = de[:-2] if de.endswith("en") else de[:-1]
            cand = base + tail
            cand = cand[0].upper() + cand[1:] if part[0].isupper() else cand
            if lexicon.is_german(cand) and cand not in props:
                props.append(cand)
        return stem, props[:3]
    return None


def past_stems(form: str) -> tuple[str, str, str, str, str, str]:
    """The English infinitives a past form may come from: "celebrated" -> "celebrate", "checked" -> "check",
    "cancelled" -> "cancel" (a doubled consonant), "schedult" -> "schedule", "throttelt" -> "throttle" (English
    -le spelled the German way) ("" where there is none)."""
    doubled = form[:-3] if form.endswith("ed") and len(form) > 3 and form[-3] == form[-4] else ""
    # a German -t on an English verb in -e ("geschedult" <- schedule)
    silent_e = form[:-1] + "e" if form.endswith("t") and not form.endswith("et") else ""
    german_el = form[:-3] + "le" if form.endswith("elt") else ""
    # a consonant doubled before the German -et ("gecuttet" <- cut)
    doubled_et = form[:-3] if form.endswith("et") and len(form) > 4 and form[-3] == form[-4] else ""
    return form[:-1], form[:-2], doubled, silent_e, german_el, doubled_et


# German endings an English noun takes in German text: plurals ("Exhibitor|en", "Engineer|e") and the agent -er
# ("Paramedik|er"), or none with German letters ("Kommuter", "Supplyer")
_NOUN_ENDINGS = (("", False), ("en", True), ("n", True), ("e", True), ("er", False))
NOUN_EN_MIN_ZIPF = 2.5    # an English noun this common ("exhibitor" 2.7) …
NOUN_EN_MARGIN = 1.0      # … and this much commoner in English than in German ("engineer" 4.5, German text 3.1)


def english_noun_with_ending(part: str) -> tuple[str, bool] | None:
    """(English noun, plural) for an English noun in German text with a German ending or German letters: k for c,
    y for i ("Exhibitoren" <- exhibitor, "Kommuter" <- commuter, "Supplyer" <- supplier), if the dictionary has
    German nouns for it. The word as it stands is the English checks'."""
    low = part.lower()
    for end, plural in _NOUN_ENDINGS:
        stem = low[: len(low) - len(end)]
        if not low.endswith(end) or len(stem) < 5:
            continue
        for cand in dict.fromkeys((stem, stem.replace("k", "c"), stem.replace("y", "i"))):
            if cand == low or not lexicon.is_english(cand) or lexicon.zipf_en(cand) < NOUN_EN_MIN_ZIPF \
                    or lexicon.zipf_en(cand) - lexicon.zipf_de(cand) < NOUN_EN_MARGIN:
                continue
            if any(pos in dictionary.NOUN_POS for _, pos in dictionary.translations(cand)):
                return cand, plural
    return None


def english_agent_feminine(part: str) -> tuple[str, list[str]] | None:
    """(English noun, German proposals) for an English agent noun with the German feminine -in/-innen
    ("Stitcherin" <- stitcher, "Welderinnen" <- welder), which German text has never had: the feminine of the
    dictionary's German agent nouns in -er ("Schweißer": "Schweißerin"); none where the dictionary has only things
    ("stitcher": Tacker)."""
    low = part.lower()
    for end, plural in (("innen", True), ("in", False)):
        stem = low[: len(low) - len(end)]
        if not low.endswith(end) or not stem.endswith(("er", "or")) or len(stem) < 5 \
                or lexicon.zipf_de(low) > 0 or lexicon.is_german(part) or lexicon.is_german(stem.capitalize()) \
                or not lexicon.is_english(stem) or lexicon.zipf_en(stem) < AGENT_EN_MIN_ZIPF:
            continue
        # (a German verb of the stem makes a German agent noun: "Boulderin" <- bouldern)
        if lexicon.zipf_de(stem + "n") > 0 or lexicon.is_german(stem + "n") or lexicon.is_german(stem[:-2] + "en"):
            return None
        german = [de for de, pos in dictionary.translations(stem) if pos in dictionary.NOUN_POS and " " not in de]
        # (the feminine of a masculine agent noun in -er the dictionary gives, not any noun that ends in -in)
        women = list(dict.fromkeys(de + "in" for de in german if de.endswith("er") and lexicon.is_german(de + "in")))
        return stem, [w + "nen" if plural else w for w in women]
    return None


AGENT_EN_MIN_ZIPF = 2.0   # an English agent noun this common ("stitcher" 2.2) with German -in is English


def english_spellings(stem: str) -> list[str]:
    """A verb stem and its English spelling where German wrote the English c as k ("skal" -> "scal",
    "kollaps" -> "collaps")."""
    return [stem, stem.replace("k", "c")] if "k" in stem and "ck" not in stem else [stem]


def english_preterite(part: str) -> tuple[str, bool] | None:
    """(English verb, plural) for an English verb with the German past ending -te/-ten ("reviewte" <- review,
    "pushten" <- push, "scorte" <- score), if the dictionary has German verbs for it and German has no such verb."""
    low = part.lower()
    for end, plural in (("eten", True), ("ete", False), ("ten", True), ("te", False)):
        stem = low[: len(low) - len(end)]
        if not low.endswith(end) or len(stem) < 4 or stem.endswith("ier"):
            continue
        if lexicon.is_german(stem + "en") or lexicon.is_german(stem + "n") or lexicon.is_german(low):
            return None
        # an English verb in -e loses it before the German ending as before the English one ("scorte" <- score);
        # one that doubles its last consonant in English doubles it here too ("committete" <- commit, committed)
        # (not where German text has the infinitive so: "shoppte" is German "shoppen")
        doubled = [stem[:-1]] if stem[-1] == stem[-2] and stem[-1] not in "aeiouy" \
            and lexicon.zipf_de(stem + "en") < PRESENT_LOAN_MIN_ZIPF else []
        # (a rarer English verb of six letters or more where German text has never had the form, in the singular,
        # which no adjective's ending is: "downsizte"; not "diese multiplexten Verbindungen")
        least = UNSEEN_VERB_MIN_ZIPF if len(stem) >= 6 and lexicon.zipf_de(low) == 0 and not plural else 3.5
        for verb in [v for sp in english_spellings(stem) for v in (sp, sp + "e")] + doubled:
            if lexicon.is_english(verb) and lexicon.zipf_en(verb) >= least and not lexicon.is_german(verb) \
                    and any(pos == "v" for _, pos in dictionary.translations(verb)):
                return verb, plural
    return None


# German present endings on an English verb: -eln/-elt for English -le ("struggeln" <- struggle, as German
# "handeln"), -en/-n and -t for the rest ("settlen", "approvt"); plural (and infinitive) or third person singular
_PRESENT_ENDINGS = (("eln", "le", "pres.3pl"), ("elt", "le", "pres.3sg"), ("en", "", "pres.3pl"),
                    ("n", "", "pres.3pl"), ("t", "", "pres.3sg"))
PRESENT_LOAN_MIN_ZIPF = 1.5   # an infinitive German text has this often is a loan ("upgraden" 2.5, "swipen" 1.8)


def _present_stems(low: str, endings=_PRESENT_ENDINGS):
    """(stem, English ending, German form) for each German present ending of ENDINGS that LOW carries on a stem
    an English verb may have ("-n" alone only after an English verb's -e: "managen", "nichn" is no verb; "-et"
    only after t or d, as German "arbeitet": "supportet")."""
    for end, english_end, form in endings:
        stem = low[: len(low) - len(end)]
        if low.endswith(end) and len(stem) >= 4 and not stem.endswith("ier") and (end != "n" or stem.endswith("e")) \
                and (end != "et" or stem.endswith(("t", "d"))):
            yield stem, english_end, form


def _infinitive_zipf(stem: str) -> float:
    return max(lexicon.zipf_de(stem + "en"), lexicon.zipf_de(stem + "n"))


def english_present(part: str) -> tuple[str, str] | None:
    """(English verb, German form) for an English verb with a German present ending ("struggeln" <- struggle,
    "struggelt", "settlen" <- settle), where German text has never had the word nor its infinitive (no loan) and
    the dictionary has German verbs for it."""
    low = part.lower()
    # (a form German text has now and then but no more than a loan's infinitive: "reviewen" 1.3)
    if lexicon.zipf_de(low) >= PRESENT_LOAN_MIN_ZIPF or lexicon.is_german_any_case(part):
        return None
    for stem, english_end, form in _present_stems(low):
        if _german_verb(stem) or _infinitive_zipf(stem) >= PRESENT_LOAN_MIN_ZIPF:
            return None   # (a loan German text has in its infinitive: "upgraden", "swipen")
        for verb in [v for sp in english_spellings(stem) for v in ((sp + english_end,) if english_end
                                                                   else (sp, sp + "e"))]:
            if lexicon.is_english(verb) and lexicon.zipf_en(verb) >= 3.5 and not lexicon.is_german(verb) \
                    and any(pos == "v" for _, pos in dictionary.translations(verb)):
                return verb, form
    return None


def english_present_loan(part: str) -> tuple[str, str] | None:
    """(English verb, German form) for a present form of an English verb German has borrowed ("supportet",
    "performt", "switchen": German text has the infinitive now and then), where German's own dictionary lacks the
    word: the glossary's German verbs read better in news."""
    low = part.lower()
    if lexicon.is_german_any_case(part):
        return None
    for stem, english_end, form in _present_stems(low, (("et", "", "pres.3sg"),) + _PRESENT_ENDINGS):
        if _german_verb(stem) or _infinitive_zipf(stem) < PRESENT_LOAN_MIN_ZIPF:
            continue
        verb = stem + english_end
        if lexicon.is_english(verb) and lexicon.zipf_en(verb) >= 3.5 and not lexicon.is_german(verb):
            return verb, form
    return None


# English particles of phrasal verbs that a German-style participle may carry in front ("upgescaled")
_PARTICLE_PREFIXES = ("up", "down", "out", "off", "back")


def english_participle(part: str) -> str | None:
    """An English verb in a German participle's frame ("gestruggled", "gecancelled"): the English infinitive, if
    the dictionary has German verbs for it."""
    low = part.lower()
    particle = next((p for p in _PARTICLE_PREFIXES if low.startswith(p + "ge") and len(low) >= len(p) + 6), "")
    rest = low[len(particle):]
    if not rest.startswith("ge") or not rest.endswith(("ed", "t")) or len(rest) < 6:
        return None
    least = verb_min_zipf(low, EN_MIN_ZIPF)
    # English's own -ed, which no German participle has, shows the English verb even where German has the word
    # too ("gepassed" <- pass)
    english_ed = rest.endswith("ed") and lexicon.zipf_de(low) == 0 and not lexicon.is_german(low)
    # (a spelling that keeps every letter written first: "gefreezt" is "freeze", not "free")
    written = rest[2:-2] if rest.endswith("ed") else rest[2:-1]
    cands = sorted([sp for c in past_stems(rest[2:]) for sp in english_spellings(c)],
                   key=lambda c: not (c.startswith(written) and len(c) > len(written)))
    for cand in cands:
        # "scale up" written apart in English, or one word with its particle in front ("upgrade")
        for verb, word in (((f"{cand} {particle}", cand), (particle + cand,) * 2) if particle else ((cand, cand),)):
            # (a three-letter verb only with its consonant doubled the German or English way, "gecuttet",
            # "gecappt", "gecapped", or in -y, which no German verb stem ends in: "geflyt")
            if (len(cand) >= 4 or (len(cand) == 3 and rest.endswith((cand[-1] * 2 + "et", cand[-1] * 2 + "t",
                                                                        cand[-1] * 2 + "ed")))
                or cand.endswith("y")) \
                    and lexicon.is_english(word) \
                    and lexicon.zipf_en(word) >= least \
                    and (english_ed or not lexicon.is_german(word) or _unknown_participle(low, word)) \
                    and _verb_senses(verb, low) \
                    and not (lexicon.zipf_en(word) < EN_MIN_ZIPF and _german_verb(word)):
                return verb
        joined = _hyphenated_verb(cand) if not particle and lexicon.zipf_de(low) == 0 else None
        if joined:
            return joined
    # an English particle before an English verb German text has never had, whatever the dictionary lacks
    # ("upgeskillt" <- upskill): found, with nothing to propose
    if particle and lexicon.zipf_de(low) == 0:
        for cand in cands:
            if len(cand) >= 4 and lexicon.is_english(cand) and lexicon.zipf_en(cand) >= EN_MIN_ZIPF \
                    and not lexicon.is_german(cand) and not _german_verb(cand):
                return particle + cand
    return None


def loan_participle_spelling(part: str) -> str | None:
    """German's own spelling of a borrowed verb's participle written with the English -ed ("gemanaged" ->
    "gemanagt", "upgedated" -> "upgedatet"), where German has that form and not this one."""
    low = part.lower()
    if not low.endswith("ed") or not 0 <= low.find("ge") <= 6 or len(low) < 7 or lexicon.is_german_any_case(part):
        return None
    stem = low[:-2]
    # (German's -et after t and d: "upgedatet"; "gestylt" after any other consonant, "geliket" never)
    # (or one hunspell lacks that German text writes more often than the English spelling: "getimt" for "getimed")
    for form in ((stem + "et",) if stem.endswith(("t", "d")) else (stem + "t",)):
        if lexicon.is_german(form) or (lexicon.zipf_de(form) >= LOAN_SPELLING_MIN_ZIPF
                                       and lexicon.zipf_de(form) > lexicon.zipf_de(low)):
            return form
    return None


LOAN_SPELLING_MIN_ZIPF = 1.0   # "getimt" 1.6 against "getimed" 1.5


_PRESENT_PARTICIPLE_ENDINGS = ("enden", "endem", "ender", "endes", "ende", "end")


def english_present_participle(part: str) -> tuple[str, str] | None:
    """(English verb, German adjective ending) for an English verb with the German present participle's -end and
    an adjective ending ("die commutenden Studenten" <- commute), where German text has never had the word."""
    low = part.lower()
    if lexicon.zipf_de(low) > 0 or lexicon.is_german_any_case(part):
        return None
    for end in _PRESENT_PARTICIPLE_ENDINGS:
        stem = low[: len(low) - len(end)]
        if not low.endswith(end) or len(stem) < 4:
            continue
        for verb in (stem, stem + "e"):
            if lexicon.is_english(verb) and lexicon.zipf_en(verb) >= UNSEEN_VERB_MIN_ZIPF \
                    and not lexicon.is_german(verb) \
                    and not _german_verb(verb) and any(pos == "v" for _, pos in dictionary.translations(verb)):
                return verb, end[3:]
    return None


UNSEEN_VERB_MIN_ZIPF = 2.5   # "downplay" 2.9, "airlift" 2.9, "overwork" 2.6

# English prefixes of verbs and the German inseparable prefix of the same sense, where German has one
_ENGLISH_VERB_PREFIXES = {"over": "über", "under": "unter", "out": "", "up": "", "down": "", "re": "um"}


def prefixed_english_verb(word: str) -> tuple[str, str] | None:
    """(prefix, verb) of an English verb made of a prefix and a verb the dictionary has ("overbook": over, book),
    whose own frequency tells little: English text has "overbook" seldom, "book" often."""
    for prefix in _ENGLISH_VERB_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 4 and lexicon.is_english(word) and lexicon.is_english(rest) \
                and not lexicon.is_german(rest) and any(pos == "v" for _, pos in dictionary.translations(rest)):
            return prefix, rest
    return None


def english_verb_zipf(word: str) -> float:
    """How common the English verb WORD is as a verb's stem: its own frequency, or its verb's behind an English
    prefix ("overbook" as "book")."""
    parts = prefixed_english_verb(word)
    return max(lexicon.zipf_en(word), lexicon.zipf_en(parts[1]) if parts else 0.0)


def prefixed_german_verbs(english: str) -> list[str]:
    """German's über-, unter-, um- verbs for an English over-, under-, re- verb the dictionary lacks, where German
    has the prefix before one of the bare verb's German verbs ("overbook": "überbuchen"; "relabel":
    "umetikettieren")."""
    parts = prefixed_english_verb(english)
    if parts is None or not _ENGLISH_VERB_PREFIXES[parts[0]]:
        return []
    german = _ENGLISH_VERB_PREFIXES[parts[0]]
    return [german + de for de, pos in dictionary.translations(parts[1])
            if pos == "v" and " " not in de and de.isalpha() and lexicon.is_german(german + de)]


def verb_min_zipf(word: str, usual: float) -> float:
    """The least English frequency of a verb found in a German verb's frame (ge-…-t, zu …-en, …-te): lower when
    German text has never had the whole word ("geairliftet", "downplayen"), which then is no German word that
    happens to end like an English verb."""
    if lexicon.zipf_de(word.lower()) == 0 and not lexicon.is_german_any_case(word):
        return min(usual, UNSEEN_VERB_MIN_ZIPF)
    return usual


def _unknown_participle(low: str, stem: str) -> bool:
    """The participle LOW of a STEM German has as another word only ("gecoolt": "cool" is an adjective): German
    text and hunspell know neither the participle nor a verb form of the stem in -t."""
    return lexicon.zipf_de(low) == 0 and not lexicon.is_german(low) and not lexicon.is_german(stem + "t")


def _german_verb(stem: str) -> bool:
    """German has a verb of this stem ("blubber" -> "blubbern"): a rare English look-alike proves nothing."""
    return any(lexicon.is_german(stem + e) for e in ("n", "en"))


def _verb_senses(verb: str, word: str) -> bool:
    """The dictionary has German verbs for VERB; or, for a WORD German text has never had, any sense at all
    ("airlift": only nouns, Luftbrücke; the finding then comes without a proposal rather than not at all)."""
    tr = dictionary.translations(verb)
    return any(pos == "v" for _, pos in tr) or (bool(tr) and lexicon.zipf_de(word.lower()) == 0)


def _hyphenated_verb(stem: str) -> str | None:
    """An English verb written with a hyphen that the participle runs together ("gefasttrackt" <- fast-track)."""
    for k in range(3, len(stem) - 2):
        verb = f"{stem[:k]}-{stem[k:]}"
        if lexicon.is_english(stem[:k]) and lexicon.is_english(stem[k:]) \
                and any(pos == "v" for _, pos in dictionary.translations(verb)):
            return verb
    return None


def english_zu_infinitive(part: str) -> str | None:
    """An English particle verb as a German zu-infinitive, "zu" after the particle ("upzugraden" <- upgrade,
    "downzuloaden" <- download): the English verb, if the dictionary has German verbs for it."""
    low = part.lower()
    particle = next((p for p in _PARTICLE_PREFIXES if low.startswith(p + "zu")), "")
    rest = low[len(particle) + 2:]
    if not particle or not rest.endswith("n") or len(rest) < 5:
        return None
    stem = rest[:-2] if rest.endswith("en") else rest[:-1]
    for cand in (stem, stem + "e"):
        for verb, word in ((f"{cand} {particle}", cand), (particle + cand,) * 2):
            if len(cand) >= 3 and lexicon.is_english(word) \
                    and lexicon.zipf_en(word) >= verb_min_zipf(low, EN_MIN_ZIPF) and not lexicon.is_german(word) \
                    and any(pos == "v" for _, pos in dictionary.translations(verb)):
                return verb
    return None


# German separable particles before "zu" and an English verb ("zurückzutracken" <- track back)
_GERMAN_PARTICLES = ("zurück", "heraus", "herunter", "hoch", "nach", "weg", "auf", "aus", "ein", "mit", "vor",
                     "ab", "an")


def german_particle_english_zu(part: str) -> tuple[str, str] | None:
    """(German particle, English verb) of a zu-infinitive whose verb is English behind a German separable particle
    ("zurückzutracken": zurück, track), where German text has never had the word and the dictionary has German verbs
    for the English one."""
    low = part.lower()
    if lexicon.zipf_de(low) > 0 or lexicon.is_german_any_case(part):
        return None
    particle = next((p for p in _GERMAN_PARTICLES if low.startswith(p + "zu")), "")
    rest = low[len(particle) + 2:]
    # (not a German particle verb, whose zu-infinitive hunspell lacks: "auszukramen" of "kramen"; nor a loan German
    # has taken in, "abzuchecken")
    if not particle or not rest.endswith("en") or len(rest) < 6 or lexicon.is_german(particle + rest) \
            or lexicon.is_german(rest):
        return None
    stem = rest[:-2]
    for verb in [v for sp in english_spellings(stem) for v in (sp, sp + "e")]:
        if len(verb) >= 4 and lexicon.is_english(verb) and lexicon.zipf_en(verb) >= EN_MIN_ZIPF \
                and not lexicon.is_german(verb) and not _german_verb(verb) \
                and any(pos == "v" for _, pos in dictionary.translations(verb)):
            return particle, verb
    return None


# Latinate endings German and English share ("Legislation", "zelebrieren"), for words German has too: (German
# ending, English endings, part of speech). A noun's plural in -en is found through its singular (_NOUN_PLURAL);
# a verb's inflected forms are stripped first. (No -ität: latinate_base takes no word with German letters, and
# _rare_latinate_noun in unknown_words.py judges those.)
_LATINATE = (
    ("ation", ("ation",), "noun"), ("ion", ("ion",), "noun"), ("enz", ("ence", "ency"), "noun"),
    ("anz", ("ance", "ancy"), "noun"), ("or", ("or", "er"), "noun"), ("ismus", ("ism",), "noun"),
    ("ent", ("ent",), "noun"),
    # a verb only with a Latinate English ending: "detaillieren" is no carried-over "detail", "expandieren" a
    # German verb of its own. (No adjectives: technical German has its own, "native", "persistent", "initial".)
    ("ieren", ("ate", "ize"), "verb"),
    # … or the bare English verb, which German verbs share far more often ("informieren", "fixieren"): its callers
    # ask more of it ("konfirmieren" <- confirm, "prozessieren" <- process)
    ("ieren", ("",), "bare verb"),
)
_VERB_INFLECTIONS = ("ierten", "iertet", "iertest", "ierte", "ierst", "ieren", "iere", "iert")
_NOUN_PLURAL = {"ation": "ationen", "ion": "ionen", "enz": "enzen", "anz": "anzen", "or": "oren", "ent": "enten"}
# every ending latinate_base reads: the cheap test its callers make first
LATINATE_ENDINGS = tuple(d for d, _, pos in _LATINATE if pos == "noun") + tuple(_NOUN_PLURAL.values()) \
    + _VERB_INFLECTIONS


def latinate_base(word: str) -> tuple[str, str, str] | None:
    """(German base form, English cognate in its base form, part of speech) of a Latinate German word:
    "Regulationen" -> ("Regulation", "regulation", "noun"), "zelebrierten" -> ("zelebrieren", "celebrate",
    "verb"), "konfirmierte" -> ("konfirmieren", "confirm", "bare verb"); None when English has no such word."""
    low = word.lower()
    if any(c in low for c in "äüß"):
        return None
    noun = word[:1].isupper()
    for de_end, en_ends, pos in _LATINATE:
        if (pos == "noun") != noun:
            continue
        if pos in ("verb", "bare verb"):
            infl = next((v for v in _VERB_INFLECTIONS if low.endswith(v)), None)
            if infl is None:
                continue
            stem = low[: -len(infl)]
            base = stem + "ieren"
        else:
            # (a plural's English word is the singular's too: the dictionary's translations are the singular's)
            end = next((e for e in (_NOUN_PLURAL.get(de_end), de_end) if e and low.endswith(e)), None)
            if end is None:
                continue
            stem = low[: -len(end)]
            base = word[0] + (stem + de_end)[1:]
        if len(stem) < 3:
            continue
        best = None
        for s in _variants(stem):
            for en_end in en_ends:
                cand = s + en_end
                if len(cand) >= 5 and lexicon.is_english(cand) and \
                        (best is None or lexicon.zipf_en(cand) > lexicon.zipf_en(best)):
                    best = cand
        if best is not None:
            return base, best, pos
    return None


def english_pre(word: str) -> str | None:
    """English "pre-" on a German word German makes with "vor-" ("prefinanziert" -> "vorfinanziert",
    "Preselektion" -> "Vorselektion"): the German word, where German has it and not the one written."""
    low = word.lower()
    rest = low[3:]
    if not low.startswith("pre") or not 5 <= len(rest) <= lexicon.MAX_WORD_LEN or lexicon.zipf_de(low) > 0 \
            or lexicon.is_german_any_case(word) \
            or not lexicon.is_german_any_case(rest) or lexicon.zipf_de(rest) < PRE_REST_MIN_ZIPF:
        return None
    german = "vor" + rest
    if not (lexicon.is_german(german) or lexicon.is_german(german.capitalize())):
        return None
    return german.capitalize() if word[:1].isupper() else german


PRE_REST_MIN_ZIPF = 2.0   # a German word after "pre" ("finanziert" 3.4, "Selektion" 2.6)


# Latinate endings of German verbs, their nouns and agents, which machine translation puts on English and Latin stems
_LATINATE_RE = re.compile(r"([a-zäöü]{4,}?)(ieren|iert|ierte|ierten|iertes|ierter|iertem|ierst|ierend|ierende"
                          r"|ierenden|ierung|ierungen)")


def unknown_latinate(part: str) -> bool:
    """PART is a Latinate verb German has never had, in -ieren, or its noun in -ierung ("supervidiert",
    "attrahieren", "Relokierung"): neither hunspell nor German text knows it, nor English, and no typing slip
    makes it a German word ("aktviert" is the speller's). Not a coinage in -isieren or -ifizieren, which German
    forms freely ("tokenisiert"), nor a word on a German one, a prefix's or a compound's ("durchfinanziert")."""
    from .spelling import corrections, slip_corrections   # (spelling imports modules that import this one)

    low = part.lower()
    m = _LATINATE_RE.fullmatch(low)
    if m is None or len(part) > lexicon.MAX_WORD_LEN or lexicon.zipf_de(low) > 0 or lexicon.is_german_any_case(part) \
            or lexicon.is_english(low) or m.group(1).endswith(("is", "ifiz")) or corrections(part) \
            or slip_corrections(part):
        return False
    # (the noun of a German verb in -ieren is German's to form: "Paketierung", "Appellierung")
    if m.group(2).startswith("ierung") and lexicon.is_german(m.group(1) + "ieren"):
        return False
    return not any(lexicon.is_german_any_case(low[k:]) or lexicon.is_german(part[k].upper() + low[k + 1:])
                   for k in range(1, len(low) - 5))

