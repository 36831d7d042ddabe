"""Words in the wrong case that no dictionary lookup of the word alone can tell: an adjective capitalised inside a
sentence ("geben sich Zuversichtlich"), a place's name written small ("der Hauptstadt armeniens"), a name with its
second letter a capital ("RIga") unless a run of capitals spells an acronym ("Secure SHell (SSH)")."""

from __future__ import annotations

from ... import lexicon, nouns
from . import morphology as M
from .context import Context


# words after which German capitalises an adjective used as a noun ("etwas Neues", "alles Gute", "im Allgemeinen")
_NOMINALISING = frozenset("etwas nichts viel viele vieles wenig weniges alles allem allen manches einiges genug "
                          "mehr am im vom zum beim ins ans aufs fürs ums dessen deren wessen".split())


CAPITALISED_PREDICATE_MIN_ZIPF = 3.0   # a common adjective ("zuversichtlich" 3.6); not a literary "töricht"


def capitalised_predicate(ctx: Context, i: int) -> str | None:
    """A word German writes small only (an adjective, an adverb: no noun) capitalised inside a sentence, after a
    small word that does not make it a noun and before a clause's end or a small word ("geben sich dennoch
    Zuversichtlich.") -> "zuversichtlich". Not after a preposition ("von Neuem") nor a word that nominalises it
    ("etwas Neues"), nor a surname the article writes after a first name ("Peter Lange … sagte Lange")."""
    toks = ctx.doc.tokens
    word = toks[i].text
    low = word.lower()
    if i in ctx.doc.sentence_starts or i == 0 or i + 1 >= len(toks) or not 5 <= len(word) <= lexicon.MAX_WORD_LEN \
            or not word.isalpha() \
            or not word[1:].islower() or not word[:1].isupper() or not ctx.adjacent(i - 1, i):
        return None
    # (an adjective's uninflected form, which takes German's endings: no pronoun "Ihnen", no nominalised verb
    # "Funktionieren", no "Allgemeines"; not a language's name, "auf Englisch")
    # nor a participle in -en or -end ("Empfangen", "Backend"), which German also uses as a noun
    if not (lexicon.is_german(low + "e") and lexicon.is_german(low + "es")) \
            or low.endswith(("isch", "deutsch", "en", "end")):
        return None
    prev, nxt = toks[i - 1].text, toks[i + 1].text
    # (nor after "und", "oder", "bis", "als": a pair of nouns made of adjectives, "über Falsch und Richtig"; nor
    # after an inflected adjective, whose noun it is, cut short: "technischer Direkt des Betreibers")
    stem = M.adjective_stem(prev)
    if not (prev.isalpha() and prev.islower()) or prev in _NOMINALISING or prev in M.PREPOSITIONS \
            or M.determiner(prev) is not None or prev in ("und", "oder", "bis", "als") \
            or (stem is not None and lexicon.is_german(stem)):
        return None
    # before a clause's end or a German word written small that makes no word with it (not a compound's head
    # written apart: "Schnell ladestationen", "Zentral bank")
    if not (nxt in (".", ",", ";", "!", "?") or (
            nxt.isalpha() and nxt.islower() and lexicon.is_german(nxt) and M.determiner(nxt) is None
            and not lexicon.is_german(word + nxt) and nouns.head_of(word + nxt) is None)):
        return None
    if not lexicon.is_german(low) or nouns.analyses(word) or nouns.head_of(word) \
            or word in ctx.glossary.known_words or lexicon.zipf_de(low) < CAPITALISED_PREDICATE_MIN_ZIPF:
        return None
    if word in ctx.memo("unknown_words.after_capital", lambda: frozenset(
            toks[k].text for k in range(1, len(toks)) if toks[k - 1].text[:1].isupper()
            and toks[k - 1].text.isalpha() and ctx.adjacent(k - 1, k))):
        return None
    return low


def in_capitalised_run(ctx: Context, i: int) -> bool:
    """Token i follows a capitalised word mid-sentence: a name's or a title's, whose capitals may spell its
    acronym ("Secure SHell (SSH)")."""
    toks = ctx.doc.tokens
    return i > 0 and i - 1 not in ctx.doc.sentence_starts and ctx.adjacent(i - 1, i) \
        and toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha()


SMALL_NAME_MAX_EN = 1.0   # a name English text hardly has written small ("armeniens" 0; not "linux", "london")
# … or German text has a thousand times as often: the German name ("moskau" de 4.5, en 1.2; "london" 4.6 / 5.2)
SMALL_NAME_DE_MARGIN = 3.0


def small_name(ctx: Context, i: int) -> str | None:
    """A place's name hunspell knows only capitalised, written small in prose ("der Hauptstadt armeniens") ->
    "Armeniens"; not a word English text has ("linux"). (The caller leaves technical contexts out.)"""
    t = ctx.doc.tokens[i]
    word = t.text
    if not word.isalpha() or not word.islower() or not 5 <= len(word) <= lexicon.MAX_WORD_LEN \
            or lexicon.is_german(word):
        return None
    cap = word[0].upper() + word[1:]
    # (a German name of the glossary's places, or its genitive: hunspell builds capitalised compounds of any
    # word, "Schreibbar", so its word alone is no evidence of a name)
    # (or a name German text has that hunspell knows only capitalised, where a place's name stands: after a
    # preposition of place, "aus armenien", or as a genitive before a noun, "georgiens Bank"; not two words run
    # together, which hunspell builds capitalised: "nichtmal", "zuviel")
    known = ctx.glossary.known_words
    toks = ctx.doc.tokens
    prev = toks[i - 1].text if i > 0 and ctx.adjacent(i - 1, i) else ""
    nxt = toks[i + 1].text if i + 1 < len(toks) and ctx.adjacent(i, i + 1) else ""
    # (a name English text has written small now and then only where German text has it far more, after a
    # preposition of place: "in moskau")
    english = lexicon.zipf_en(word) >= SMALL_NAME_MAX_EN
    if english and not (prev in M.PLACE_PREPOSITIONS
                        and lexicon.zipf_de(word) - lexicon.zipf_en(word) >= SMALL_NAME_DE_MARGIN):
        return None
    named = ((prev in M.PLACE_PREPOSITIONS and known_name(cap) and not nxt[:1].isupper())
             or (cap.endswith("s") and nxt[:1].isupper() and bool(nouns.analyses(nxt) or nouns.head_of(nxt))
                 and known_name(cap[:-1]))) \
        and not any(lexicon.is_german_any_case(word[:k]) and lexicon.is_german_any_case(word[k:])
                    for k in range(2, len(word) - 2))   # (asked last: a hunspell lookup per split)
    return cap if lexicon.is_german(cap) and (cap in known or (cap.endswith("s") and cap[:-1] in known) or named) \
        else None


def known_name(word: str) -> bool:
    """WORD is a name German hunspell knows only capitalised ("Riga", "Tallinn"), of the length of a word, that
    German text has and that is no compound hunspell builds of a word ("Schreibbar")."""
    return len(word) >= 4 and lexicon.is_german(word) and not lexicon.is_german(word.lower()) \
        and not nouns.analyses(word) and nouns.head_of(word) is None \
        and lexicon.zipf_de(word.lower()) >= KNOWN_NAME_MIN_ZIPF


KNOWN_NAME_MIN_ZIPF = 2.0   # a name German text has ("riga" 3.4)


# the indefinite articles that are no pronoun before a word ("einer", "eines" are: "einer der Gründer")
_ARTICLES_NO_PRONOUN = frozenset(("ein", "eine", "einen", "einem"))
# small words a noun closes before: punctuation, a conjunction, a preposition (checked apart)
_AFTER_NOUN = frozenset(".,;:!?)“\"") | frozenset(("und", "oder", "aber", "sowie"))
# small words German writes after "ein" that are nouns' letters too ("ein paar", "ein bisschen")
_SMALL_AFTER_ARTICLE = frozenset(("paar", "bisschen", "wenig", "mal"))
SMALL_NOUN_MAX_ZIPF = 5.0   # "wein" 4.6, "schock" 4.2; not "bitte" 5.5, "mehr" 6.1


def small_noun_after_article(ctx: Context, i: int) -> str | None:
    """A noun written small after an indefinite article and before the phrase's end ("ist der Vorfall ein schock.")
    -> "Schock": nothing else stands there, as an adjective would take an ending ("ein großes") and a verb cannot
    follow an article. The noun's gender must fit the article."""
    toks = ctx.doc.tokens
    word = toks[i].text
    if i < 1 or i + 1 >= len(toks) or not word.isalpha() or not word.islower() or len(word) < 4 \
            or len(word) > lexicon.MAX_WORD_LEN or word in _SMALL_AFTER_ARTICLE:
        return None
    article, nxt = toks[i - 1].text.lower(), toks[i + 1].text
    if article not in _ARTICLES_NO_PRONOUN or not ctx.adjacent(i - 1, i) or not (
            nxt in _AFTER_NOUN or nxt.lower() in M.PREPOSITIONS):
        return None
    # (a word German writes small only as a verb's stem, which cannot follow an article: "schock", "wein"; words
    # hunspell rejects written small are NOUN_LOWERCASE's, and common small words stand after "einem" as a pronoun:
    # "die einem niemand verrät", "bei einem mehr")
    if not lexicon.is_german(word) or lexicon.zipf_de(word) >= SMALL_NOUN_MAX_ZIPF \
            or not (lexicon.is_german(word + "en") or lexicon.is_german(word + "n")):
        return None
    det = M.determiner(article)
    noun = word[0].upper() + word[1:]
    stem = M.adjective_stem(word)
    # (no adjective or participle, whose letters may make a noun too: "ein weiteres", "ein anderer")
    if det is None or (stem is not None and lexicon.is_german(stem)):
        return None
    readings = {f for _, f in nouns.analyses(noun)}
    return noun if readings & set(det[2]) else None


SMALL_FUNCTION_WORD_MIN_ZIPF = 5.5   # a function word ("oder" 6.6), no noun written small ("nähe" 5.0)


def small_noun_after_preposition(ctx: Context, i: int) -> str | None:
    """A noun written small after a preposition and its article ("in der nähe von", "bei dem treffen mit"), where
    German writes the word small only as a verb's form, which cannot stand there, before the phrase's end: the
    noun, whose case and gender fit the article and the preposition. Not an adjective or a number, which stand
    there small ("in der ersten"), nor in a clause after a comma, where the article may be a relative pronoun."""
    toks = ctx.doc.tokens
    word = toks[i].text
    if i < 2 or i + 1 >= len(toks) or not word.isalpha() or not word.islower() or len(word) < 4 \
            or len(word) > lexicon.MAX_WORD_LEN or not ctx.adjacent(i - 1, i) or not ctx.adjacent(i - 2, i - 1):
        return None
    prep, article, nxt = toks[i - 2].text.lower(), toks[i - 1].text.lower(), toks[i + 1].text
    cases = M.PREPOSITIONS.get(prep)
    if not cases or article not in ("der", "die", "das", "dem", "den", "des") \
            or (i > 2 and toks[i - 3].text == ",") \
            or not (nxt in _AFTER_NOUN or nxt.lower() in M.PREPOSITIONS or M.determiner(nxt) is not None):
        return None
    # (nor a function word, "aus dem oder in das"; nor a demonstrative's clause, "von dem sprechen, was …")
    if not lexicon.is_german(word) or word in M.CARDINALS or M.determiner(word) is not None \
            or lexicon.zipf_de(word) >= SMALL_FUNCTION_WORD_MIN_ZIPF \
            or (nxt == "," and i + 2 < len(toks) and toks[i + 2].text in ("was", "wer")):
        return None
    # (an adjective takes its endings: "nach der letzten in der Datei"; "nähe" is no "nähes", "nähem")
    stem = M.adjective_stem(word)
    if stem is not None and (lexicon.is_german(stem)
                             or sum(lexicon.is_german(stem + e) for e in ("e", "er", "es", "em", "en")) >= 4):
        return None
    noun = word[0].upper() + word[1:]
    det = M.determiner(article)
    readings = {f for _, f in nouns.analyses(noun)}
    fits = {f for f in readings & set(det[2]) if f.split(".")[0] in cases}
    return noun if fits and lexicon.zipf_de(word) > 0 else None
