"""English passages: quotations left in English on purpose, and sentences left untranslated.

A quoted passage that is English as a whole (a song, film or book title, a quoted English sentence) is one `info`
finding. An unquoted sentence that is English as a whole ("This is just one example.") is machine translation that
left a sentence untranslated: one `error` for the sentence, not one per word.

A quotation whose words are English as a whole („Bohemian Rhapsody“, “We will not back down”) is one `info`
finding for the whole quotation, and its words are claimed, so no rule flags them one by one. A German quotation
with an English word in it stays German: that word is still flagged. A quoted name that the glossary has a German
form for („Board of Peace“ → Friedensrat) is left to the glossary.

A word votes English when the English dictionary knows it and it is clearly more frequent in English (or unknown
to German), German the other way round; words both languages use alike ("in", "Fast") do not vote.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...findings import Finding
from .context import Context
from .english import _RUN_LINKS, comparative, introduced_name, phrase_at, phrase_before_noun, ranked_translations
from .pseudo_english import composed_compound
from .unknown_words import after_contraction, with_article

# Opening mark -> closing marks. MT output mixes them („…” and “…”), so German and English closers both count.
_QUOTES = re.compile(
    r"„([^„“”\n]{3,400})[“”]"
    r"|“([^“”„\n]{3,400})”"
    r"|\"([^\"\n]{3,400})\""
    r"|»([^»«\n]{3,400})«"
    r"|«([^«»\n]{3,400})»"
    r"|‚([^‚‘’\n]{3,200})‘"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MARGIN = 0.5  # Zipf difference for a word to vote (about three times as frequent)


def check(ctx: Context) -> list[Finding]:
    out = []
    text = ctx.doc.text
    for m in _QUOTES.finditer(text):
        k = next(i for i in range(1, 7) if m.group(i) is not None)
        start, end = m.span(k)
        if is_english_passage(m.group(k)) and not _glossary_name(ctx, m.group(k)):
            # (a short phrase written small is no title: the dictionary's German for it, „side by side“)
            passage = m.group(k)
            german = ranked_translations(passage) if passage.islower() and len(passage.split()) <= 4 else []
            out.append(Finding(start, end, text[start:end], "EN_QUOTATION", "english", "info",
                               "English quotation (a title or a quote) left in English: keep it if that is "
                               "intended, or translate it or add a German gloss", german))
            ctx.claim(start, end)
    doc = ctx.doc
    for sent in doc.sentences:
        first = next((i for i in range(sent.first, sent.last) if doc.tokens[i].is_word), None)
        if first is None or ctx.claimed(first) or sent.end - sent.start > 2000:
            continue
        passage = text[sent.start:sent.end]
        if len(_WORD.findall(passage)) >= 3 and is_english_passage(passage) and not _glossary_name(ctx, passage):
            start, end = doc.tokens[first].start, sent.end
            out.append(Finding(start, end, text[start:end], "EN_SENTENCE", "english", "error",
                               "an English sentence left untranslated", []))
            ctx.claim(start, end)
    # (an English phrase of nouns after its article takes the article of its German noun: "einen price cap" ->
    # "eine Preisdeckelung")
    out += [after_contraction(ctx, with_article(ctx, f)) for f in _english_runs(ctx)]
    return out


def _name_links(ctx: Context, run: list[int]) -> bool:
    """RUN is only the link words of an English name between two capitalised words ("Tour of the Caucasus",
    "King of the Mountains-Wertung"): part of the name, not English to translate."""
    toks = ctx.doc.tokens
    a, b = run[0] - 1, run[-1] + 1
    return all(toks[k].text in _RUN_LINKS for k in run) and a >= 0 and b < len(toks) \
        and toks[a].text[:1].isupper() and toks[b].text[:1].isupper() and ctx.adjacent(a, run[0]) \
        and ctx.adjacent(run[-1], b)


def _english_runs(ctx: Context) -> list[Finding]:
    """Lower-case English words in a row inside a German sentence ("we will see that at the same time"): one
    finding for the run, not one per word. Runs of capitalised words are names and titles, and stay alone."""
    doc, text = ctx.doc, ctx.doc.text
    out = []
    run: list[int] = []   # token indices of the current run (English votes and neutral words between them)
    votes = 0

    def close() -> None:
        nonlocal run, votes
        while run and _vote(doc.tokens[run[-1]].text) != "en":
            run.pop()  # a run ends on an English word
        if votes >= 2 and len(run) >= 2 and not _name_links(ctx, run):
            first, last, proposals = run[0], run[-1], []
            # a phrase of the dictionary that covers the run (maybe from the word before: "in the long run",
            # "At the same time") gives the span and the German phrase
            # (the run is English as a whole, so a word before it need not be: "in a rush")
            for k in (run[0] - 1, run[0]):
                found = phrase_at(ctx, k, min_foreign=0) if k >= 0 else None
                if found and k + found[0] - 1 >= run[-1]:
                    first, last, proposals = k, k + found[0] - 1, found[1]
                    break
            if not proposals and last == first + 1:
                proposals = comparative(doc.tokens[first].text, doc.tokens[last].text) \
                    or composed_compound(doc.tokens[first].text, doc.tokens[last].text)
            # ("X of Y" is German's compound of Y and X: "end of season" -> "Saisonende")
            if not proposals and last == first + 2 and doc.tokens[first + 1].text == "of":
                proposals = composed_compound(doc.tokens[last].text, doc.tokens[first].text)
            compound = phrase_before_noun(ctx, first, last)
            if compound is not None:   # ("ein worst case Szenario" -> "Worst-Case-Szenario")
                last, proposals = compound[0], compound[1]
            start, end = doc.tokens[first].start, doc.tokens[last].end
            out.append(Finding(start, end, text[start:end], "EN_PHRASE", "english", "error",
                               "English words left untranslated", proposals))
            ctx.claim(start, end)
        run, votes = [], 0

    for i, t in enumerate(doc.tokens):
        w = t.text
        adjacent = not run or ctx.adjacent(run[-1], i)
        if ctx.claimed(i) or not _WORD.fullmatch(w) or not w[0].islower() or not adjacent \
                or len(w) > lexicon.MAX_WORD_LEN or introduced_name(doc, i):
            close()
            continue
        vote = _vote(w)
        if vote == "en":
            run.append(i)
            votes += 1
        elif vote is None and run:
            run.append(i)  # a word both languages use ("in", "so") may stand inside a run
        else:
            close()
    close()
    return out


def _glossary_name(ctx: Context, passage: str) -> bool:
    """„Board of Peace“: a name the glossary has a German form for, quoted as a label, not an English quotation."""
    words = tuple(passage.split())
    return bool(words) and any(nv.words == words for nv in ctx.glossary.name_index.get(words[0], ()))


def is_english_passage(passage: str) -> bool:
    """Several words that are English as a whole: at least two English votes, at least half the words, and
    English votes outnumbering German ones three to one."""
    words = _WORD.findall(passage)
    if len(words) < 2:
        return False
    # cheap bound first (the English dictionary and frequencies are fast, German compounding is not): most
    # German sentences have too few words English knows at all to be English as a whole
    possible = sum(_english(w) for w in words)
    if possible < 2 or 2 * possible < len(words):
        return False
    en = de = 0
    for w in words:
        vote = _vote(w)
        en += vote == "en"
        de += vote == "de"
    return en >= 2 and 2 * en >= len(words) and en >= 3 * de


def _english(word: str) -> bool:
    return lexicon.is_english(word.lower().replace("’", "'")) or lexicon.is_english(word.replace("’", "'"))


def _vote(word: str) -> str | None:
    low = word.lower().replace("’", "'")
    english = _english(word)
    if english:  # frequency decides first; the German dictionary only when it does not
        diff = lexicon.zipf_en(low) - lexicon.zipf_de(low)
        if diff >= _MARGIN:
            return "en"
        if diff <= -_MARGIN:
            return "de"
    german = lexicon.is_german_any_case(word)
    if english:  # as frequent in both languages: English only if German does not know it
        return None if german else "en"
    return "de" if german else None
