"""Words the German dictionary does not know: English words, English dressed as German, garbled words.

For each token (each part of a hyphenated compound) that German hunspell rejects and the glossary does not vouch
for, in this order:
- English: the English dictionary knows it and wordfreq says it is far more common in English than in German
  ("neither": de 2.33 / en 4.77). Accepted loanwords (Team, Online) are in the German dictionary and never get here.
- Pseudo-English: neither language knows it, but undoing a German-looking ending gives a common English word
  ("Allien" <- "allies"). The proposal is the German translation of that English word, not the nearest German
  spelling ("Alien").
- Garbled: it splits into a German word and a frequent German word ("dauernwird" -> "dauern wird"), or into a
  German word and a fragment ("Terminplansteig" -> "Terminplan", "Kalendereingetrag" -> "Kalender eingetragen").
The mechanisms are in english.py, pseudo_english.py and garbled.py; this module decides which applies.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ... import dictionary, lexicon, nouns
from ...findings import Finding
from . import morphology as M
from .agreement import _dative_plural, _is_adjective, noun_features
from .context import Context
from .english import (
    CAP_MARGIN,
    EN_MARGIN,
    EN_MIN_ZIPF,
    LOAN_JOINED_MIN_ZIPF,
    MAX_PROPOSALS,
    RARE_EN_MIN_ZIPF,
    _english_singular,
    _predicative_at_clause_end,
    adjective_ending_here,
    after_quote,
    capitalised_english_noun,
    determiner_before_adjectives,
    english_by_frequency,
    english_plurals,
    firm_name,
    in_name,
    introduced_name,
    is_name_word,
    latin_loans_in_article,
    link_in_name,
    listed_english,
    phrase_at,
    phrase_before_noun,
    rare_english,
    translations,
)
from .garbled import (CAPS_LOCK_RE, adjective_apart, adverb_apart, after_determiner, auxiliary_fused,
                      bare_genitive_apart, camel_fused, case_slip, conjunction_for_preposition, doubled_in_known,
                      doubled_last_letter, function_word, garbled_word, inner_case_slip, last_letter_lost,
                      linked_apart, lost_third_letter, misplaced_zu, particle_apart, participle_typed_twice,
                      particle_before_nonfinite, prefix_apart, preposition_article, split_after_word, split_compound,
                      split_inside, stem_apart, stump_after_determiner, superfluous_linking_s, verb_frame_fused,
                      negation_fused, zu_fused)
from .pseudo_english import (
    LATINATE_ENDINGS,
    LINKED_SUFFIXES,
    attested_compounds,
    c_respelled,
    english_agent_feminine,
    english_cognate_before_hyphen,
    english_noun_with_ending,
    english_participle,
    half_english_adjective,
    loan_participle_spelling,
    english_present_participle,
    english_prefix,
    english_present,
    english_present_loan,
    english_preterite,
    english_verb_ability,
    english_zu_infinitive,
    german_particle_english_zu,
    german_ability_noun,
    german_ierung_noun,
    german_ity_noun,
    half_english_compound,
    latinate_base,
    main_nouns,
    past_stems,
    pseudo_compound,
    prefixed_pseudo_source,
    pseudo_source,
    ierung_on_english_verb,
    ierbar_sibling,
    unused_ierung,
    unused_ierung_compound,
    rare_ierung,
    stacked_suffix,
    enz_of_adjective,
    ung_of_english_verb,
    ung_of_german_verb,
    ung_on_loan_noun,
    verb_min_zipf,
    english_pre,
    english_verb_zipf,
    prefixed_english_verb,
    prefixed_german_verbs,
    unknown_latinate,
)
from .capitals import (capitalised_predicate, in_capitalised_run, known_name, small_name, small_noun_after_article,
                       small_noun_after_preposition)
from .transliteration import document_context

_PART_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
def check(ctx: Context) -> list[Finding]:
    toks = ctx.doc.tokens
    out = []
    text = ctx.doc.text
    out.extend(_rare_ierung_nouns(ctx))
    out.extend(after_contraction(ctx, f) for f in _phrases(ctx))
    out.extend(_titled_pairs(ctx))
    out.extend(english_plurals(ctx))
    for i, t in enumerate(toks):
        if ctx.claimed(i) or not t.is_alpha_word:
            continue
        f = _english_demonym(ctx, i)
        if f is not None:
            out.append(f)
            continue
        # (not a path's or an identifier's part: "Funktionalitäten/PaketVoreinstellungen")
        slip = (case_slip(t.text) or inner_case_slip(t.text)) \
            if t.text not in ctx.glossary.known_words and not _technical(text, t.start, t.end, t.text.lower()) else None
        # a name the article writes right elsewhere ("GUdauri"), or a place's or name's German hunspell knows
        # ("RIga"; not an acronym and its word, "IGmetall" is no word of its)
        # (or every letter's case turned in a name the article writes right elsewhere, which looks like an
        # identifier's camel case: "nUKUS")
        caps_lock = CAPS_LOCK_RE.fullmatch(t.text) and t.text[0].upper() + t.text[1:].lower() in _article_words(ctx)
        if slip is None and (caps_lock or not _technical(text, t.start, t.end, t.text) and (
                (_TWO_CAPITALS_RE.fullmatch(t.text) and t.text[0] + t.text[1:].lower() in _article_words(ctx))
                or (_TWO_CAPITALS_SHORT_RE.fullmatch(t.text) and known_name(t.text[0] + t.text[1:].lower())
                    and not in_capitalised_run(ctx, i)))):
            slip = t.text[0].upper() + t.text[1:].lower()
        if slip is None:
            slip = _small_noun_after_hyphen(t.text) or capitalised_predicate(ctx, i) or (
                None if _technical(text, t.start, t.end, t.text) else small_name(ctx, i)
                or small_noun_after_article(ctx, i) or small_noun_after_preposition(ctx, i))
        if slip is not None and i in ctx.doc.sentence_starts:
            slip = slip[0].upper() + slip[1:]   # ("PLötzlich" opening a sentence: "Plötzlich")
        if slip is not None:
            out.append(Finding(t.start, t.end, t.text, "GARBLED_WORD", "garbled", "error",
                               f"„{t.text}“: a letter in the wrong case", [slip]))
            continue
        f = _acronym_fused(ctx, i) if not _technical_context(text, t) else None
        if f is not None:
            out.append(f)
            continue
        if _technical(text, t.start, t.end, t.text):
            # a camel-case token is an identifier ("getElementById") unless it is two words of prose run together
            # ("derKlang"): garbled.camel_fused tells them apart
            f = _camel_prose(ctx, i) if _CAMEL_RE.search(t.text) and not _technical_context(text, t) else None
            if f is not None:
                out.append(f)
            continue
        f = _english_re_prefix(ctx, i)
        if f is not None:
            out.append(f)
            continue
        if "-" in t.text and lexicon.is_german(t.text.replace("-", "")):
            continue    # a loan German writes with or without its hyphen ("Know-how", "Knowhow")
        if reduplicated_loan(t.text) or _east_asian_given_name(t.text):
            continue
        f = _hyphenated_english(ctx, i) or _english_before_hyphen(ctx, i) or _english_after_hyphen(ctx, i) \
            or _english_pair_before_hyphen(ctx, i)
        if f is not None:
            out.append(f)
            continue
        if _english_phrase_modifier(t.text) or _hyphenated_phrase_noun(t.text):
            continue
        loans = _hyphenated_loan_parts(t.text)
        found_before = len(out)
        for m in _PART_RE.finditer(t.text):
            part = m.group()
            if m.start() in loans:
                continue
            if len(part) == 2 and part == t.text:
                # (a two-letter particle apart from its verb at the clause's end: "die mehrmals ab brach,"; English
                # "as" between German words: "galt as riskant")
                f = _particle_apart(ctx, i, part) or _english_as(ctx, i)
                if f is not None:
                    out.append(f)
                continue
            # a run of letters longer than any German word is garbage or an identifier: splitting it at every
            # position would cost time and memory quadratic in its length, and nothing sensible could be proposed
            if len(part) < 3 or len(part) > lexicon.MAX_WORD_LEN or part.isupper():
                continue
            framed = verb_frame_fused(ctx, i, part) if part == t.text else None
            if framed:
                out.append(Finding(t.start, t.end, part, "GARBLED_WORD", "garbled", "error",
                                   f"„{part}“ looks like a noun run into the verb its clause ends with", [framed]))
                continue
            to = zu_fused(ctx, i, part) or (negation_fused(part) if part == t.text else None)
            if to:
                out.append(Finding(t.start, t.end, part, "GARBLED_WORD", "garbled", "error",
                                   f"„{part}“ looks like two words run together", [to]))
                continue
            stump = stump_after_determiner(ctx, i, part) if part == t.text else None
            if stump:
                out.append(Finding(t.start, t.end, part, "GARBLED_WORD", "garbled", "warning",
                                   f"„{part}“ is not a word: the end of „{stump}“ is missing", [stump]))
                continue
            whole = _infinitive_cut_short(ctx, i, part) if part == t.text else None
            if whole:   # (hunspell may know the stem as an imperative: "verschiff")
                out.append(Finding(t.start, t.end, part, "GARBLED_WORD", "garbled", "warning",
                                   f"the infinitive „{whole}“ lost its ending", [whole]))
                continue
            finite = _finite_verb_cut_short(ctx, i, part) if part == t.text else []
            if finite:
                out.append(Finding(t.start, t.end, part, "GARBLED_WORD", "garbled", "warning",
                                   f"the verb „{finite[0]}“ lost its ending", finite))
                continue
            if _known(ctx, part):
                f = _english_attributive(ctx, i) if part == t.text else None
                fused = auxiliary_fused(ctx, i, part) if f is None else None
                if fused:   # ("Verbraucherwerden gebeten": hunspell's "Werden")
                    f = Finding(t.start, t.end, part, "GARBLED_WORD", "garbled", "error",
                                f"„{part}“ looks like two words run together", [fused])
                if f is None and part == t.text and part.islower():
                    if not lexicon.is_german(part):
                        # German only as a capitalised noun ("Monitoren") and small in an infinitive's place
                        f = _english_infinitive(ctx, i, part, t.end) \
                            or _english_verb_after_pronoun(ctx, i, part, t.end) or _small_english_noun(ctx, i, part) \
                            or _split_compound(ctx, i, part, t.end) or _preposition_article(ctx, i, part) \
                            or _small_english_word(ctx, i, part) or _split_after_word(ctx, i, part, t.end) \
                            or _last_letter_lost(ctx, i, part)   # (hunspell's "Vorgestell": "vorgestell")
                    else:
                        apart = conjunction_for_preposition(ctx, i, part)   # ("sehen indem Auftrag")
                        if apart:
                            f = Finding(t.start, t.end, part, "GARBLED_WORD", "garbled", "error",
                                        f"„{part}“ before a noun without article: the preposition and its article, "
                                        f"„{apart}“", [apart])
                        f = f or _split_compound(ctx, i, part, t.end)   # "im Trocken dock": "dock" is a verb form
                        # (and "mit lebensgroßen Mario netten": a noun split after a piece that reads as a name)
                        f = f or _particle_apart(ctx, i, part) or _adverb_apart(ctx, i, part) \
                            or _adjective_apart(ctx, i, part) or (
                            _split_after_word(ctx, i, part, t.end) if _after_name_piece(ctx, i) else None)
                if f is None and part == t.text and part[:1].isupper() and i + 1 < len(toks) and ctx.adjacent(i, i + 1):
                    apart = bare_genitive_apart(ctx, i, part)   # ("trotz Gerichts Verfügung")
                    if apart is not None:
                        f = Finding(t.start, apart[0], ctx.doc.text[t.start:apart[0]], "GARBLED_WORD", "garbled",
                                    "error", "a word written apart (a linking s): German writes it as one word",
                                    [apart[1]])
                if f is None and part == t.text and i in ctx.doc.sentence_starts:
                    f = _english_sentence_adverb(ctx, i, part)
                if f is None and part == t.text:
                    f = _english_noun_hunspell_builds(ctx, i, part)
                if f is None and part == t.text:
                    f = _rare_cognate(ctx, i, part, t.start) or _rare_latinate_noun(ctx, i, part, t.start) \
                        or _rare_ation_noun(ctx, i, part, t.start) or _latinate_cognate(ctx, i, part, t.start) \
                        or _lost_third_letter(ctx, i, part, t.start)
                if f is None and part == t.text and _fond_for_fonds(part):
                    f = Finding(t.start, t.end, part, "SPELLING", "spelling", "error",
                                f"„{part}“: a fund is a „Fonds“ („Fond“ is a stock or a back seat)",
                                [_fond_for_fonds(part)])
                if f is None and part == t.text and part.islower() and part.endswith("etet"):
                    sentence = ctx.doc.sentence_of(t.start)
                    ihr = sentence is not None and any(toks[k].text.lower() in ("ihr", "euch", "euer")
                                                       for k in range(sentence.first, sentence.last))
                    single = None if ihr else participle_typed_twice(part)
                    if single:   # ("wurde verkündetet": "ihr verkündetet" is the only use of the form)
                        f = Finding(t.start, t.end, part, "GARBLED_WORD", "garbled", "error",
                                    f"the last letters typed twice: „{single}“", [single])
                if f is None:   # (also a part of a hyphenated word: "Judo-Europameisterschafschaften")
                    f = doubled_syllable(part, t.start + m.start())
                if f is not None:
                    out.append(f)
                continue
            zu = misplaced_zu(part) if part == t.text else None
            if zu:
                out.append(Finding(t.start, t.end, part, "GARBLED_WORD", "garbled", "error",
                                   f"„zu“ in the wrong place: after all the verb's particles, „{zu}“", [zu]))
                continue
            single = doubled_last_letter(part) if part == t.text else None
            if single:
                out.append(Finding(t.start, t.end, part, "GARBLED_WORD", "garbled", "error",
                                   f"the last letter typed twice: „{single}“", [single]))
                continue
            # a part before a hyphen may end in a linking element ("Speichererschöpfungs-Killer")
            before_hyphen = t.text[m.end():m.end() + 1] == "-"
            f = _classify(ctx, i, part, t.start + m.start(), before_hyphen)
            if f is None and before_hyphen and m.start() == 0:
                f = _linked_pseudo_english(ctx, i, part)
            if f is None and part == t.text:
                f = _pseudo_english_part(ctx, i, part, t.start) or _last_letter_lost(ctx, i, part) \
                    or _english_finite_verb(ctx, i, part, t.end)
            if f is not None and f.rule == "EN_WORD" and part != t.text and _phrase_piece(t.text, part):
                # (a piece of an English phrase the dictionary lacks whole: the word alone means something else,
                # "wake-up" is no "Kielwasser", "Lettisch-only" no "einzigen")
                f = replace(f, suggestions=[])
            if f is not None:
                out.append(f)
        if len(out) == found_before:   # (nothing else explains it: two English words written as one)
            f = _english_pair_joined(ctx, i)
            if f is not None:
                out.append(f)
    # (and a pseudo-English -ierung, whose proposals may be a loan of another gender: "der Sponsorierung" ->
    # "des Sponsorings")
    return [(_english_modifier(ctx, f) or after_contraction(ctx, with_article(ctx, f))) if f.rule == "EN_WORD"
            else after_contraction(ctx, with_article(ctx, f)) if f.rule == "EN_PHRASE"
            else with_article(ctx, f, collective=False) if f.rule == "PSEUDO_EN_WORD" and f.text.endswith("ierung")
            else f for f in out]


# English particles and adverbs that make a phrase of the word they are hyphenated to ("wake-up", "one-off")
_PHRASE_PARTICLES = frozenset("up down off out in on over only back away".split())


_LINKING_S_PARTS = nouns.S_LINKED + ("tum",)   # German's first parts in -s (and "Eigentums|recht")


def _joined(first: str, head: str) -> str:
    """FIRST and HEAD as one compound, with the linking s where German text has the compound so, or where FIRST
    ends in a suffix that always takes it ("Wartungsarbeiten")."""
    linked, plain = first + "s" + head.lower(), first + head.lower()
    if lexicon.zipf_de(linked.lower()) > lexicon.zipf_de(plain.lower()):
        return linked
    if lexicon.zipf_de(plain.lower()) > 0:
        return plain
    if first.endswith(_LINKING_S_PARTS):
        return linked
    # (a feminine noun in -e takes -n, "Fahrkarte|n|system"; hunspell's compound decides the linking s, "Umzug|s|paket")
    if first.endswith("e") and lexicon.is_german(first + "n" + head.lower()):
        return first + "n" + head.lower()
    return linked if lexicon.is_german(linked) and not lexicon.is_german(plain) else plain


PSEUDO_FIRST_HEAD_MIN_ZIPF = 2.5   # a German head common enough after a pseudo-English first part ("Kanäle" 2.9)


def _pseudo_english_part(ctx: Context, i: int, part: str, start: int) -> Finding | None:
    """A compound no one writes of a German noun and a pseudo-English one, either way round ("Ernährungssekurität",
    "Sekuritätsmaßnahmen"): the German words for the English one in its place ("Ernährungssicherheit",
    "Sicherheitsmaßnahmen"), with the linking s German's compound takes."""
    if not part[:1].isupper() or not part[1:].islower() or len(part) < 12 or lexicon.zipf_de(part.lower()) > 0 \
            or lexicon.is_german(part) or pseudo_source(ctx, part.lower()):
        return None   # (a pseudo-English word as a whole is _classify's: "Fundraisierung")

    def german_for(pseudo: str) -> list[str]:
        low = pseudo.lower()
        # (German text hardly has it, though a dictionary may: "Sekurität"; no English word as it stands, which
        # is the half-English rules', nor a piece cut at a doubled letter, "s|sekurität")
        if lexicon.zipf_de(low) >= 1.0 or len(low) < 7 or low[0] == low[1] or lexicon.is_english(low):
            return []
        src = pseudo_source(ctx, low)
        if src is None or src[1] not in ("noun", "") or len(src[0]) < 6:
            return []   # (a short source is chance: "Fund|raisierung" is no "ray")
        # (singular nouns as a compound's parts, none far rarer than the first: "Sicherheit", not "Pfand")
        des = [de for de in translations(ctx, i, ctx.glossary.translations(src[0]), pseudo, src[0], "noun")
               if de[:1].isupper() and de.isalpha() and any(".sg." in f for _, f in nouns.analyses(de))]
        return [de for de in des if lexicon.zipf_de(de.lower()) >= lexicon.zipf_de(des[0].lower()) - 1.5]

    for k in range(len(part) - 6, 3, -1):   # (the shortest head first: "Ernährungs|sekurität", "Irrigierungs|kanäle")
        left, right = part[:k], part[k:]
        stem = left[:-1] if left.endswith("s") else left
        # a German first part (with its linking s) and a pseudo-English head
        if nouns.analyses(left) or (left.endswith("s") and nouns.analyses(stem)):
            des = german_for(right[0].upper() + right[1:])
            if des:
                return Finding(start, start + len(part), part, "PSEUDO_EN_WORD", "pseudo-english", "warning",
                               f"„{right}“: English dressed as a German word", [left + de.lower() for de in des])
        # a pseudo-English first part and a common German head
        head = right[0].upper() + right[1:]
        if nouns.analyses(head) and lexicon.zipf_de(right.lower()) >= PSEUDO_FIRST_HEAD_MIN_ZIPF:
            des = german_for(stem)
            if des:
                return Finding(start, start + len(part), part, "PSEUDO_EN_WORD", "pseudo-english", "warning",
                               f"„{stem}“: English dressed as a German word", [_joined(de, right) for de in des])
    return None


def _last_letter_lost(ctx: Context, i: int, part: str) -> Finding | None:
    """A word that lost its last letter, where no other rule explains it (garbled.last_letter_lost); not a word cut
    on purpose ("in der Melkmaschin'", "die Kontinu..., äh"), nor a name the text has again ("Meridia")."""
    t = ctx.doc.tokens[i]
    after = ctx.doc.text[t.end:t.end + 2]
    if after[:1] in ("'", "’", "…") or after == ".." or (part[0].isupper() and (
            in_capitalised_run(ctx, i) or _uses(ctx, part.lower()) > 1)):
        return None
    lost = last_letter_lost(part)
    return Finding(t.start, t.end, part, "GARBLED_WORD", "garbled", "warning",
                   f"„{part}“ is not a word: the last letter of „{lost}“ is missing", [lost]) if lost else None


def _phrase_piece(word: str, part: str) -> bool:
    """PART is a piece of a hyphenated WORD that holds an English particle ("wake-up", "Lettisch-only") or is
    English words written small throughout, English's own compound ("must-see", "long-term")."""
    pieces = word.split("-")
    return any(p.lower() in _PHRASE_PARTICLES for p in pieces) \
        or (word.islower() and all(p.isalpha() and lexicon.is_english(p) for p in pieces))


# an English word twice, then a German head: "Win-win-Situation", "Lose-lose-Szenario"
_REDUPLICATED_RE = re.compile(r"([A-Za-z]{2,})-([A-Za-z]{2,})-[A-ZÄÖÜ][a-zäöüß]{3,}\Z")


def reduplicated_loan(word: str) -> bool:
    """A reduplicated English word before a German head, borrowed whole ("Win-win-Situation"; not "Gas-Gas-…")."""
    m = _REDUPLICATED_RE.match(word)
    return m is not None and m.group(1).lower() == m.group(2).lower() and lexicon.is_english(m.group(1).lower()) \
        and not lexicon.is_german_any_case(m.group(1))


def _east_asian_given_name(word: str) -> bool:
    """A Korean or Chinese given name of two syllables joined by a hyphen, the second small ("Seung-woo",
    "Jae-in"): the first syllable neither a German nor an English word."""
    m = re.fullmatch(r"([A-Z][a-z]{1,4})-([a-z]{1,4})", word)
    return m is not None and not lexicon.is_german_any_case(m.group(1)) and not lexicon.is_english(m.group(1).lower())


def _english_word_follows(ctx: Context, i: int) -> bool:
    """A capitalised English word that is no German one follows token I ("Nordlight Power"): the two are a firm's
    name, not a compound to translate."""
    toks = ctx.doc.tokens
    if i + 1 >= len(toks) or not ctx.adjacent(i, i + 1):
        return False
    nxt = toks[i + 1].text
    low = nxt.lower()
    return nxt[:1].isupper() and nxt.isalpha() and lexicon.is_english(low) \
        and (not lexicon.is_german_any_case(nxt) or lexicon.zipf_en(low) - lexicon.zipf_de(low) >= EN_MARGIN)


def _english_modifier(ctx: Context, f: Finding) -> Finding | None:
    """An English noun written apart before a German one ("storage Kapazität", "war risk Prämie"): English sets
    its nouns side by side where German joins them, so the proposal is the German compound of the English word's
    main sense and the German noun, where German text has it ("Speicherkapazität", "Risikoprämie"). The finding
    takes the German noun in."""
    toks = ctx.doc.tokens
    text = ctx.doc.text
    i = ctx.token_at(f.start)
    if i is None or toks[i].start != f.start or not f.text.isalpha():
        return None
    # (apart only: with a hyphen, "Poll-Modus", German may have taken the English term over, Grand-Slam-Titel)
    if not (toks[i].end == f.end and i + 1 < len(toks) and ctx.adjacent(i, i + 1)):
        return None
    head, end = toks[i + 1].text, toks[i + 1].end
    if not (head[:1].isupper() and head[1:].islower() and head.isalpha() and len(head) >= 4) \
            or not nouns.analyses(head) or not lexicon.is_german(head):
        return None
    # (only a compound German text has: one hunspell merely builds may join another sense, "Stamm|passwort" for
    # "root"; and no English word that is an adjective too, "underground Gebäude": "unterirdisch")
    low = f.text.lower()
    senses = dictionary.translations(low)
    if not senses or senses[0][1] not in dictionary.NOUN_POS or any(pos in ("adj", "adv", "x") for _, pos in senses):
        return None   # (a noun first, no other word: "two Wochen" is a number's)
    # (the compound German text has of the English word itself first, where it took the word over: "service
    # Qualität" -> "Servicequalität")
    loan = f.text.capitalize() + head.lower()
    compounds = ([loan] if lexicon.zipf_de(loan.lower()) >= MODIFIER_COMPOUND_MIN_ZIPF else []) + [
        c for c in attested_compounds(main_nouns(low), [head], MODIFIER_COMPOUND_MIN_ZIPF) if c != loan]
    if not compounds:
        return None
    return Finding(f.start, end, text[f.start:end], f.rule, f.category, f.severity,
                   f"English noun „{f.text}“ before a German one: German joins them in one compound", compounds)


MODIFIER_COMPOUND_MIN_ZIPF = 1.0   # the compound German text has ("Milchbranche" 1.1)


def _after_its_noun(ctx: Context, i: int) -> bool:
    """Token I follows a capitalised German noun inside the sentence, as a name follows the noun it names ("die
    Hackergruppe Sandworm", "die Stadt Dorset")."""
    toks = ctx.doc.tokens
    if i == 0 or i in ctx.doc.sentence_starts or not ctx.adjacent(i - 1, i):
        return False
    prev = toks[i - 1].text
    return prev[:1].isupper() and prev[1:].islower() and M.determiner(prev) is None \
        and nouns.head_of(prev) is not None and not lexicon.is_german(prev.lower())


def _named_after_their_noun(ctx: Context) -> frozenset[str]:
    """The capitalised words the article sets right after the noun they name, before a determiner or a
    punctuation mark ("die Trägerrakete Spectrum des …")."""
    def compute() -> frozenset[str]:
        toks = ctx.doc.tokens
        return frozenset(t.text for k, t in enumerate(toks[:-1]) if t.text[:1].isupper() and t.text.isalpha()
                         and _after_its_noun(ctx, k) and (M.determiner(toks[k + 1].text) is not None
                                                          or not toks[k + 1].text[:1].isalnum()))
    return ctx.memo("unknown_words.named_after_their_noun", compute)


def _german_noun_rest(word: str, english: str) -> bool:
    """What is left of WORD around its ENGLISH part is a German noun ("Healthversicherung": "Versicherung")."""
    low = word.lower()
    rest = word[len(english):] if low.startswith(english) else word[:len(word) - len(english)] \
        if low.endswith(english) else ""
    return len(rest) >= 3 and nouns.head_of(rest[0].upper() + rest[1:]) is not None


def _after_name_piece(ctx: Context, i: int) -> bool:
    """The cheap test before splitting a German word written small from the word before: that word is capitalised
    mid-sentence and no noun (a piece that reads as a name, "Mario netten")."""
    toks = ctx.doc.tokens
    if i == 0 or i - 1 in ctx.doc.sentence_starts or not ctx.adjacent(i - 1, i):
        return False
    prev = toks[i - 1].text
    return prev[:1].isupper() and prev[1:].islower() and nouns.head_of(prev) is None


def _adjective_apart(ctx: Context, i: int, part: str) -> Finding | None:
    split = adjective_apart(ctx, i, part)
    if split is None:
        return None
    start, joined = split
    end = ctx.doc.tokens[i].end
    return Finding(start, end, ctx.doc.text[start:end], "GARBLED_WORD", "garbled", "error",
                   "a compound adjective written apart", [joined])


def _split_after_word(ctx: Context, i: int, part: str, end: int) -> Finding | None:
    """The finding on a word split after a piece that is a word itself ("Gewerk schaftschef", "Zu schauer")."""
    split = split_after_word(ctx, i, part)
    if split is None:
        return None
    return Finding(split[0], end, ctx.doc.text[split[0]:end], "GARBLED_WORD", "garbled", "error",
                   "a word split in two: German writes it as one word", [split[1]])


def with_article(ctx: Context, f: Finding, collective: bool = True) -> Finding:
    """An English noun right after its determiner, whose German nouns take another article ("einem statement" ->
    "einer Erklärung", "Das closing" -> "Der Abschluss"): the finding takes the determiner in and each proposal
    the article of its own gender, in the cases the determiner (and a preposition before it) allow. Proposing the
    bare noun would leave "einem Erklärung". COLLECTIVE: an English singular may stand for a German plural that
    fits the determiner as written ("die workforce" -> "die Mitarbeiter"); not so a German -ierung ("Die
    Prozedurierung" -> "Das Verfahren", not "Die Verfahren")."""
    toks = ctx.doc.tokens
    i = ctx.token_at(f.start)
    # (also an English phrase of nouns, "einen price cap" -> "einen Preisdeckel": its last word's number)
    if i is None or i < 1 or toks[i].start != f.start or not ctx.adjacent(i - 1, i) or ctx.claimed(i - 1) \
            or not f.suggestions or (toks[i].end != f.end and f.rule != "EN_PHRASE"):
        return f
    det_tok = toks[i - 1]
    det = M.determiner(det_tok.text)
    if det is None:
        return f
    kind, stem, feats = det
    low = f.text.split()[-1].lower()
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    prep = toks[i - 2].text.lower() if i > 1 and ctx.adjacent(i - 2, i - 1) else ""
    if prep in M.PREPOSITIONS:   # "mit einem statement": the preposition's cases
        feats = tuple(x for x in feats if x.split(".")[0] in M.PREPOSITIONS[prep])
    else:   # a sentence's first noun phrase is its subject; elsewhere an object as often as not
        # (also one opening a clause after a comma, before a finite verb: "…, die Infestierung wandert")
        from .word_order import finite_verb   # (word_order imports this module's importers)

        clause_subject = i >= 2 and toks[i - 2].text == "," and i + 1 < len(toks) and finite_verb(toks[i + 1].text)
        first = "nom" if i - 1 in ctx.doc.sentence_starts or clause_subject else "akk"
        feats = sorted(feats, key=lambda x: not x.startswith(first))
    # (the determiner as written stays for a noun it fits in any case, but opening the sentence only in the
    # nominative: "Der" there is no feminine genitive, "Der Watchdog" -> "Die Überwachungsorganisation")
    opening = i - 1 in ctx.doc.sentence_starts and prep not in M.PREPOSITIONS
    fitting = feats
    feats = [x for x in feats if x.endswith(".pl") == plural]
    opening_feats = [x for x in feats if x.startswith("nom")]
    cases = list(dict.fromkeys(x.split(".")[0] for x in feats))
    pairs: list[tuple[str, str]] = []
    later: list[tuple[str, str]] = []
    for rank in range(len(cases)):      # every proposal in the likeliest case first, then in the others
        for noun in f.suggestions:
            gender = _noun_gender(noun, plural)
            if gender is None:
                if noun == f.suggestions[0]:
                    return f   # the best proposal is no noun German inflects plainly: leave the finding as it is
                continue
            # the determiner as written where it fits ("die permit" -> "die Genehmigung"); a plural that fits it
            # for an English singular ("die workforce" -> "die Mitarbeiter", an English collective) after the
            # singulars ("Die Unit": "Die Einheit" before "Die Einer"); but "mit den officials" is a plural and no
            # "den Vertreter"
            found = {x for _, x in nouns.analyses(noun)}
            if found & set(opening_feats if opening else feats):
                if rank == 0 and (det_tok.text, noun) not in pairs:
                    pairs.append((det_tok.text, noun))
                continue
            if not plural and {x for x in found if x.endswith(".pl")} & set(fitting) and collective:
                if rank == 0 and (det_tok.text, noun) not in later:
                    later.append((det_tok.text, noun))
                continue
            feat = f"{cases[rank]}.pl" if plural else f"{cases[rank]}.sg.{gender}"
            article = M.determiner_form(kind, stem, feat, det_tok.text)
            form = nouns.forms_of(_lemma(noun) if plural else noun).get(feat, (None,))[0]
            if form is None:   # (a compound the lexicon lacks takes its last part's form: "des Steuerprogramms")
                head = nouns.head_of(noun)
                head_forms = nouns.forms_of(_lemma(head) if plural else head).get(feat) if head else None
                form = nouns.with_head(noun, head, head_forms[0]) if head_forms else noun
            if article and (article, form) not in pairs:
                pairs.append((article, form))
    pairs = (pairs + [p for p in later if p not in pairs])[:MAX_PROPOSALS]
    if not pairs:
        return f
    if all(article == det_tok.text for article, _ in pairs):
        forms = list(dict.fromkeys(form for _, form in pairs))
        # ("den officials" -> "Vertretern"; the proposals as they were when none changes)
        return f if set(forms) <= set(f.suggestions) else replace(f, suggestions=forms)
    start = det_tok.start
    return Finding(start, f.end, ctx.doc.text[start:f.end], f.rule, f.category, f.severity, f.message,
                   [f"{article} {form}" for article, form in pairs])


_CONTRACTED = {f"{prep} {article}": c for c, (prep, article) in M.CONTRACTIONS.items()}   # "zu der" -> "zur"


def after_contraction(ctx: Context, f: Finding) -> Finding:
    """English after a contraction, which holds its article ("im worst case"), or after a determiner ("auf den
    worst case"): each proposal of an adjective and a noun (after a contraction also of a noun alone) in the case
    the article and a preposition before it allow, the adjective with the ending the article asks for ("im
    schlimmsten Fall", "auf den schlimmsten Fall"). A noun of a gender the article cannot have is dropped ("im
    Katastrophe"); where none fits a contraction, it is undone before the noun's own article ("im real life" ->
    "in der Wirklichkeit"). Other proposals go last."""
    toks = ctx.doc.tokens
    i, last = ctx.token_at(f.start), ctx.token_at(f.end - 1)
    # (not a piece of a hyphenated or technical token: "vom make-Prozess", "vom urn:-Schema")
    if i is None or last is None or i < 1 or toks[i].start != f.start or not ctx.adjacent(i - 1, i) \
            or not f.suggestions or ctx.doc.text[f.end:f.end + 1] in ("-", ":", "/") or f.end != toks[last].end:
        return f
    low = toks[i - 1].text.lower()
    det = M.contraction_determiner(low)
    contraction = det is not None
    if det is None:
        det = M.determiner(low)
        prep = toks[i - 2].text.lower() if i > 1 and ctx.adjacent(i - 2, i - 1) else ""
        if det is None or prep not in M.PREPOSITIONS:
            return f   # (without a preposition the case is open: subject or object)
        det = (det[0], det[1], tuple(x for x in det[2] if x.split(".")[0] in M.PREPOSITIONS[prep]))
    fitting, other, undone = [], [], []
    case = det[2][0].split(".")[0] if det[2] else ""
    for proposal in f.suggestions:
        words = proposal.split(" ")
        adjective = words[0] if len(words) == 2 and words[0].islower() else None
        stem = M.adjective_stem(adjective) if adjective else None
        noun = words[-1]
        # (the genders the lexicon gives the noun as written, several where the word is several nouns: "Fall")
        genders = {x.rsplit(".", 1)[1] for lemma, x in nouns.analyses(noun) if x.startswith("nom.sg.")
                   and lemma == noun} if (stem or (len(words) == 1 and contraction)) and noun[:1].isupper() else set()
        if not genders:
            other.append(proposal)
            continue
        # (the gender the proposal's own adjective shows, where the noun has several: "sicherer Ort", no "das Ort")
        shown = {"er": "m", "es": "n", "e": "f"}.get(adjective[len(stem):] if stem else "")
        genders = {shown} if shown in genders else genders
        feat = next((x for x in det[2] for g in sorted(genders) if x.endswith(f".sg.{g}")), None)
        if feat is None:
            # (the contraction undone: its preposition and the noun's own article, "in der Wirklichkeit")
            own = f"{case}.sg.{sorted(genders)[0]}"
            article = M.determiner_form("def", "", own, "der") if contraction and case else None
            if article:
                form = nouns.forms_of(noun).get(own, (noun,))[0]
                adj = f"{stem}{M.adjective_ending('def', own)} " if stem else ""
                phrase = _CONTRACTED.get(f"{M.CONTRACTIONS[low][0]} {article}", f"{M.CONTRACTIONS[low][0]} {article}")
                undone.append(f"{M.case_like(phrase, toks[i - 1].text)} {adj}{form}")
            continue
        noun = nouns.forms_of(noun).get(feat, (noun,))[0]
        fitting.append(f"{stem}{M.adjective_ending(det[0], feat)} {noun}" if stem else noun)
    if fitting:
        return replace(f, suggestions=list(dict.fromkeys(fitting + other))[:MAX_PROPOSALS])
    # (an English phrase only: a single word may be a program's or a field's term, "im Scheduling")
    if undone and f.rule == "EN_PHRASE":   # (a phrase of another shape cannot follow it: "im das wirkliche Leben")
        start = toks[i - 1].start
        return replace(f, start=start, text=ctx.doc.text[start:f.end], suggestions=undone[:MAX_PROPOSALS])
    return f


_FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "ität")


def _noun_gender(noun: str, plural: bool) -> str | None:
    """The gender of a German noun proposal in its nominative ("m", "f", "n"; "pl" for a plural), or None when it
    is no plain noun: a phrase, an adjectival noun ("Beamte", whose article changes its ending)."""
    if " " in noun or not noun[:1].isupper():
        return None
    found = nouns.analyses(noun)
    head = nouns.head_of(noun)
    if not found and head and head != noun:
        # (a compound the lexicon lacks, by its last part: "Preis|deckelung")
        found = tuple((noun if lemma == head else lemma, feat) for lemma, feat in nouns.analyses(head))
    if not found and not plural and noun.endswith(_FEMININE_SUFFIXES) and head in (None, noun):
        # a compound the lexicon lacks whose suffix decides ("Preisdeckelung": -ung, -heit, -keit, -schaft, -ion,
        # -ität are feminine)
        return "f"
    if any(lemma != noun and not feat.endswith("pl") for lemma, feat in found):
        return None
    if plural:
        return "pl" if any(feat == "nom.pl" for _, feat in found) else None
    genders = {feat.rsplit(".", 1)[1] for lemma, feat in found if feat.startswith("nom.sg.")}
    return genders.pop() if len(genders) == 1 else None


def _lemma(noun: str) -> str:
    return next((lemma for lemma, feat in nouns.analyses(noun) if feat == "nom.pl"), noun)


def _small_english_word(ctx: Context, i: int, part: str) -> Finding | None:
    """An English adjective or adverb German has only as a capitalised noun, written small as English writes it,
    where English text has it far more often ("belegte overall den dritten Platz"): English left in. (Not an
    English noun or verb, which technical German writes small as a command: "mit type herausfinden"; a noun after
    its determiner is _small_english_noun's.)"""
    low = part.lower()
    t = ctx.doc.tokens[i]
    text = ctx.doc.text
    # (in running prose only: a quoted, coloned or hyphenated word is a command or a key, "»new«", "major:minor")
    senses = dictionary.translations(low)
    # (or an English preposition of four letters or more, every sense a phrase word, before a German noun phrase:
    # "reagierte amid anhaltender Kritik"; not a keyword of technical text, "auf none gesetzt", "ist none.")
    function_word = len(low) >= 4 and bool(senses) and all(pos == "x" for _, pos in senses) \
        and _noun_phrase_follows(ctx, i)
    if (len(low) < 5 and not function_word) or text[t.start - 1:t.start] not in (" ", "") \
            or text[t.end:t.end + 1] not in (" ", ".", ",", ""):
        return None
    modifiers = sum(pos in ("adj", "adv", "x") if function_word else pos in ("adj", "adv") for _, pos in senses)
    # (a German noun before it makes no name: "Ergebnisse almost in Echtzeit")
    if 2 * modifiers <= len(senses) or not english_by_frequency(low) or link_in_name(ctx, i) \
            or (in_name(ctx, i) and _beside_a_name(ctx, i)):
        return None   # (most of the dictionary's senses an adjective's or an adverb's)
    return Finding(t.start, t.end, t.text, "EN_WORD", "english", "error", f"English word „{part}“ in German text",
                   translations(ctx, i, ctx.glossary.translations(low), part))


def _noun_phrase_follows(ctx: Context, i: int) -> bool:
    """A German noun phrase opens right after token I: a noun, or a determiner or an inflected German adjective
    before one ("amid anhaltender Kritik"; not "none angegeben", "none sein.")."""
    toks = ctx.doc.tokens
    k = i + 1
    while k < len(toks) and ctx.adjacent(k - 1, k) and k - i <= 3 and (
            M.determiner(toks[k].text) is not None
            or (toks[k].text.islower() and toks[k].text.endswith(("e", "en", "er", "em", "es"))
                and lexicon.is_german(toks[k].text) and M.adjective_stem(toks[k].text) is not None)):
        k += 1
    return k < len(toks) and ctx.adjacent(k - 1, k) and toks[k].text[:1].isupper() \
        and k not in ctx.doc.sentence_starts and bool(nouns.analyses(toks[k].text))


def _split_compound(ctx: Context, i: int, part: str, end: int) -> Finding | None:
    split = split_compound(ctx, i, part)
    if split is None:
        return None
    return Finding(split[0], end, ctx.doc.text[split[0]:end], "GARBLED_WORD", "garbled", "error",
                   "a compound written apart: German writes it as one word", [split[1]])


def _preposition_article(ctx: Context, i: int, part: str) -> Finding | None:
    fixed = preposition_article(ctx, i, part)
    if fixed is None:
        return None
    t = ctx.doc.tokens[i]
    return Finding(t.start, t.end, t.text, "GARBLED_WORD", "garbled", "error",
                   f"„{part}“ looks like two words run together", [fixed])


def _pseudo_english(ctx: Context, i: int, part: str, start: int, src: tuple[str, str, str],
                    severity: str | None = None) -> Finding:
    """The finding for PART, English SRC (word, part of speech, German inflection) dressed as German, with the
    German words for the English one in the pseudo word's form."""
    low, end = part.lower(), start + len(part)
    eng = src[0]
    entry = ctx.glossary.translations(eng)
    known = entry is not None or bool(dictionary.translations(eng))
    proposals = translations(ctx, i, entry, part, eng, src[1], src[2])
    if src[1] == "noun" and part[:1].isupper():
        # (a noun or a noun's phrase for a noun: "Reputabilität" <- reputable, whose German is adjectives only, gets
        # none)
        proposals = [p for p in proposals if p.split(" ")[-1][:1].isupper()]
    if src[1] == "verb":
        # the German verbs of the English infinitive ("celebrated" -> "celebrate" -> "feiern"), put into the
        # pseudo word's form
        # (an -ieren word's English source is the infinitive itself: "demandieren" <- "demand")
        base = _english_infinitive_of(eng) or (eng if not eng.endswith("ed") else None)
        infinitives = _commonest_first([de for de, pos in dictionary.translations(base) if pos == "v"]) \
            if base else []
        infinitives.sort(key=lambda de: " " in de)   # one verb for one word first ("fordern", not "wissen wollen")
        if eng.endswith("ed") and not infinitives:
            # no German verb for the English infinitive ("encrypt", "reschedule"), but the dictionary's German
            # participles of the English one ("encrypted" -> "verschlüsselt", "rescheduled" -> "verschoben"):
            # the pseudo word's form when it is a participle; no infinitive to conjugate otherwise
            # (or adjectives of that form: "understaffed" -> "unterbesetzt")
            participles = [de for de, pos in dictionary.translations(eng) if pos in ("v", "adj") and " " not in de
                           and de.endswith(("t", "en")) and lexicon.is_german(de)]
            proposals = participles[:MAX_PROPOSALS] if low.endswith("iert") else []
        else:
            proposals = infinitives + [p for p in proposals if p not in infinitives]
            start, proposals = _verb_forms(ctx, i, low, start, proposals)
    elif low.endswith(("ierung", "ierungen")):
        # -ierung names the action, not the English noun's person or thing ("Sponsorierung" is no "Pate"): where
        # the English noun's translations have no -ung noun ("permit": "Genehmigung"), the -ung nouns of the German
        # verbs for it first ("fördern": "Förderung")
        plural = low.endswith("en")
        if plural and not eng.endswith("s"):   # the plural of an English singular ("Sponsorierungen" <- sponsor)
            proposals = [q for q in (nouns.plural_of(p) if " " not in p else None for p in proposals) if q]
        # the English gerund's own nouns first ("Ticketierung": ticketing, "Buchung", not the "Fahrkarte"); where
        # the English noun's translations have no -ung noun ("permit": "Genehmigung"), the -ung nouns of the German
        # verbs for it next ("fördern": "Förderung"); a noun for a noun, not the gerund's participles
        # ("untersuchend")
        gerund_nouns = [de for de, pos in dictionary.translations(eng + "ing")
                        if pos in dictionary.NOUN_POS and pos != "pl" and " " not in de]
        gerund = [de + "en" if plural else de for de in gerund_nouns if de.endswith("ung")]
        actions = [] if any(p.endswith(("ung", "ungen")) and " " not in p for p in proposals) \
            else _action_nouns(eng, plural=plural)
        from .calques import person_noun   # (calques imports this module's importers)
        # (no noun for a person: "Sponsorierung" is no "Pate", no "Unterstützer")
        things = [p for p in proposals if (p[:1].isupper() and not person_noun(p) and not _weak_masculine(p)
                                           and not _agent_in_er(p)) or " " in p]
        bare = not plural and eng == low[: -len("ierung")]
        if bare:
            # -ierung on the bare English word: the gerund's nouns where the dictionary has them ("Ticketierung" is
            # ticketing, "Kartenverkauf", no "Fahrkarte"), else the English noun's that name an action
            # ("Permittierung": "Genehmigung", "Erlaubnis"; "Coachierung" is no "Kutsche")
            things = [de for de in gerund_nouns if de not in gerund] if gerund_nouns else \
                [p for p in things if " " not in p and p.endswith(_ACTION_ENDINGS)]
        proposals = list(dict.fromkeys(gerund + actions + things))
        # (the English gerund German has borrowed second: house style may prefer either, "Überwachung",
        # "Monitoring")
        loan = _loan_gerund(eng, plural) or [p for p in proposals if p.lower() == eng + "ing"]
        if bare and not gerund_nouns:   # (the loan, not the English noun's senses: "Streamierung" is "Streaming")
            proposals = list(dict.fromkeys(loan + proposals))
        else:
            proposals = list(dict.fromkeys(proposals[:1] + loan + proposals[1:]))
        proposals = proposals[:MAX_PROPOSALS]
    cognate = c_respelled(part) if src[1] != "verb" else None
    if cognate:   # ("Licenz" is "Lizenz" with the English c, not "Freiheit")
        proposals = list(dict.fromkeys([cognate] + proposals))[:MAX_PROPOSALS]
    return Finding(start, end, ctx.doc.text[start:end], "PSEUDO_EN_WORD", "pseudo-english",
                   severity or ("error" if known else "warning"), f"English „{eng}“ dressed as a German word",
                   proposals)


_ACTION_ENDINGS = ("ung", "ion", "ing", "nis", "age", "ment")   # nouns of an action ("Genehmigung", "Erlaubnis")


def _agent_in_er(noun: str) -> bool:
    """NOUN in -er names the one who does what a German verb in -ieren says ("Trainer": trainieren) or ends in
    such an agent noun ("Pfadfinder": Finder, finden)."""
    from .calques import person_noun   # (calques imports this module's importers)

    low = noun.lower()
    return low.endswith("er") and (lexicon.is_german(low[:-2] + "ieren")
                                   or any(person_noun(low[k:]) for k in range(1, len(low) - 5)))


def _weak_masculine(noun: str) -> bool:
    """A masculine noun of the weak declension in -e ("Pate", "Kollege"): nearly always a person."""
    forms = nouns.forms_of(noun)
    return noun.endswith("e") and forms.get("gen.sg.m", ("",))[0] == noun + "n"


ACTION_NOUN_MIN_ZIPF = 2.0   # an -ung noun German text uses ("Förderung" 4.3), not one merely formable
LOAN_GERUND_MIN_ZIPF = 3.0   # an English gerund German has borrowed as a noun ("Sponsoring" 3.5, "Monitoring" 3.4)


def _loan_gerund(english: str, plural: bool) -> list[str]:
    """The English gerund German has borrowed as a neuter noun, for an -ierung on its verb ("Monitorierung" ->
    "Monitoring"); none for a plural, which such nouns hardly have."""
    gerund = (english[:-1] if english.endswith("e") and not english.endswith("ee") else english) + "ing"
    noun = gerund[0].upper() + gerund[1:]
    # (only one the noun lexicon has: its gender sets the article, "die Monitorierung" -> "das Monitoring")
    if plural or lexicon.zipf_de(gerund) < LOAN_GERUND_MIN_ZIPF or not nouns.analyses(noun):
        return []
    return [noun]


def _action_nouns(english: str, plural: bool) -> list[str]:
    """The -ung nouns of the German verbs the dictionary gives for ENGLISH ("sponsor": fördern, unterstützen ->
    "Förderung", "Unterstützung"), in the plural when PLURAL, commonest first."""
    # (the gerund's present participles too, where the dictionary has the verb only in a phrase: "sponsoring":
    # "fördernd" -> "fördern")
    # (a reflexive verb's too: "pair": "sich paaren" -> "Paarung")
    # (and where ENGLISH is a gerund itself, its participles: "vetting": "überprüfend" -> "Überprüfung")
    verbs = [de.removeprefix("sich ")[:-1] if de.endswith("nd") and english.endswith("ing")
             else de.removeprefix("sich ") for de, pos in dictionary.translations(english) if pos == "v"] + [
        de[:-1] for de, pos in dictionary.translations(english + "ing") if pos == "v" and de.endswith("nd")]
    # the gerund's own -ung nouns first ("pairing": "Paarung")
    out = [de + "en" if plural else de for de, pos in dictionary.translations(english + "ing")
           if pos in dictionary.NOUN_POS and " " not in de and de.endswith("ung")
           and lexicon.zipf_de(de.lower()) >= ACTION_NOUN_MIN_ZIPF]
    for de in verbs:
        if " " in de or not de.endswith("n"):
            continue
        stem = de[:-1] if de.endswith(("ern", "eln")) else de[:-2]
        noun = stem[0].upper() + stem[1:] + "ung"
        if lexicon.is_german(noun) and lexicon.zipf_de(noun.lower()) >= ACTION_NOUN_MIN_ZIPF:
            out.append(noun + "en" if plural else noun)
    return _commonest_first(list(dict.fromkeys(out)))[:MAX_PROPOSALS]


_COGNATE_ENDINGS = ("ieren", "iert", "ierte", "ierten", "ierung", "ierungen", "ität", "itäten", "isch", "ös", "abel",
                    "ibel", "iv", "enz", "anz", "ur", "ation", "ationen")
RARE_COGNATE_MIN_ZIPF = 3.5   # an English word this common (exploited 3.7) behind a German word nobody writes


def _rare_cognate(ctx: Context, i: int, part: str, start: int) -> Finding | None:
    """A foreign word German dictionaries list but German text never uses (wordfreq has not seen it:
    "exploitiert"), whose English cognate is common: a translation that kept the English word. A warning: the
    editor decides whether the German word was meant."""
    low = part.lower()
    # (the cheap test first: only a word with an ending of the correspondences or German letters can be one)
    if len(low) < 8 or not (low.endswith(_COGNATE_ENDINGS) or "k" in low or "z" in low) \
            or lexicon.zipf_de(low) > 0 or lexicon.is_english(low):
        return None   # (k and z: German letters for an English c, "Kongestion")
    # a rare form of a verb German does use ("dividierte" of "dividieren") is German
    m = re.search(r"ier(?:en|e|st|t|te|ten|test|tet|tes|ter|tem|end)$", low)
    if m and lexicon.zipf_de(low[: m.start()] + "ieren") > 0:
        return None
    src = pseudo_source(ctx, low)
    if src is None or lexicon.zipf_en(src[0]) < RARE_COGNATE_MIN_ZIPF or not dictionary.translations(src[0]):
        return None
    return _pseudo_english(ctx, i, part, start, src, "warning")


ATION_MARGIN = 1.5   # the -ierung noun this much more common than the -ation one ("Evakuierung" 3.4, "Evakuation" 1.6)


def _rare_ation_noun(ctx: Context, i: int, part: str, start: int) -> Finding | None:
    """A rare -ation noun German dictionaries list beside the -ierung noun German text uses ("Evakuation" beside
    "Evakuierung"): the English -ation carried over. A warning: the -ation word is German, if seldom written."""
    noun = german_ierung_noun(part)
    if noun is None or lexicon.zipf_de(noun.lower()) - lexicon.zipf_de(part.lower()) < ATION_MARGIN:
        return None
    return Finding(start, start + len(part), part, "PSEUDO_EN_WORD", "pseudo-english", "warning",
                   f"„{part}“: English -ation; German text says „{noun}“", [noun])


def _lost_third_letter(ctx: Context, i: int, part: str, start: int) -> Finding | None:
    fixed = lost_third_letter(part) if len(part) >= 8 else None
    if fixed is None:
        return None
    return Finding(start, start + len(part), part, "GARBLED_WORD", "garbled", "error",
                   f"„{part}“: in a compound three equal letters stay", [fixed])


_SUBJECT_STARTS = frozenset("der die das ein eine einer es er sie wir ich man viele alle".split())


def _english_sentence_adverb(ctx: Context, i: int, part: str) -> Finding | None:
    """An English sentence adverb opening a sentence that German knows only as a noun ("Overall stieg das
    Volumen": German's "Overall" is a boiler suit): a finite verb and then the subject follow, which a bare
    noun as the subject would not allow. The dictionary's German adverbs, one word first."""
    toks = ctx.doc.tokens
    low = part.lower()
    # (a singular noun only: a plural may stand bare as a subject, "Negative durchlaufen eine Farbumkehrung")
    if i + 2 >= len(toks) or not nouns.analyses(part) or any(".pl" in f for f in nouns.features(part)) \
            or lexicon.zipf_en(low) < 4.5 \
            or lexicon.zipf_en(low) <= lexicon.zipf_de(low):
        return None
    verb, subject = toks[i + 1].text, toks[i + 2].text
    if not (verb.islower() and verb.isalpha() and lexicon.is_german(verb) and subject.lower() in _SUBJECT_STARTS):
        return None
    adverbs = [de for de, pos in dictionary.translations(low) if pos == "adv"]
    if not adverbs:
        return None
    adverbs.sort(key=lambda de: " " in de)
    start = toks[i].start
    return Finding(start, start + len(part), part, "EN_WORD", "english", "error",
                   f"English „{part}“ opening the sentence; German „{part}“ is a noun",
                   [de[0].upper() + de[1:] for de in adverbs[:MAX_PROPOSALS]])


def _dictionary_english(low: str) -> bool:
    """LOW (six letters or more) is a key of the English–German dictionary, or its singular is, and German text
    has never used it nor hunspell known it."""
    if len(low) < 6 or lexicon.zipf_de(low) > 0 or lexicon.is_german_any_case(low):
        return False
    return bool(dictionary.translations(low)) or (low.endswith("s") and bool(dictionary.translations(low[:-1]))
                                                  and lexicon.zipf_de(low[:-1]) == 0)


def _english_as(ctx: Context, i: int) -> Finding | None:
    """English "as" alone between German words ("galt das Gelände as extrem riskant"): "als" (or "wie"). Not in
    an English phrase, whose other words are English ("as soon as possible", the phrase rules')."""
    toks = ctx.doc.tokens
    if toks[i].text != "as" or i == 0 or i + 1 >= len(toks) \
            or not (ctx.adjacent(i - 1, i) and ctx.adjacent(i, i + 1)):
        return None
    prev, nxt = toks[i - 1].text, toks[i + 1].text
    if not all(w.isalpha() and lexicon.is_german_any_case(w) and not lexicon.is_english(w.lower())
               for w in (prev, nxt)):
        return None
    t = toks[i]
    return Finding(t.start, t.end, t.text, "EN_WORD", "english", "error", "English word „as“ in German text",
                   ["als", "wie"])


def _particle_apart(ctx: Context, i: int, part: str) -> Finding | None:
    p = particle_apart(ctx, i, part) or particle_before_nonfinite(ctx, i, part)
    if p is None:
        return None
    start = ctx.doc.tokens[i].start
    return Finding(start, p[0], ctx.doc.text[start:p[0]], "GARBLED_WORD", "garbled", "error",
                   "a separable prefix apart from its verb at the clause's end: German writes them as one word", [p[1]])


def _adverb_apart(ctx: Context, i: int, part: str) -> Finding | None:
    p = adverb_apart(ctx, i, part)
    if p is None:
        return None
    start = ctx.doc.tokens[i].start
    return Finding(start, p[0], ctx.doc.text[start:p[0]], "GARBLED_WORD", "garbled", "error",
                   f"„{p[1]}“ is one word", [p[1]])


def doubled_syllable(part: str, start: int) -> Finding | None:
    """PART (at START) with a doubled syllable, as garbled.doubled_in_known finds one."""
    fixed = doubled_in_known(part)
    if fixed is None:
        return None
    return Finding(start, start + len(part), part, "GARBLED_WORD", "garbled", "error",
                   f"„{part}“: a syllable doubled", [fixed])


def _english_dative_plural(ctx: Context, i: int, part: str, start: int) -> Finding | None:
    """An English noun in -er with the German dative plural -n ("den Shareholdern", "mit den Developern"): the
    dictionary's German nouns in the dative plural."""
    low = part.lower()
    if not (part[:1].isupper() and low.endswith("ern") and len(low) >= 7) or lexicon.is_german_any_case(part):
        return None
    english = low[:-1]
    # (a loan German has taken in, "Influencer", is German text's as much as English text's)
    if not lexicon.is_english(english) or lexicon.zipf_en(english) - lexicon.zipf_de(english) < EN_MARGIN:
        return None
    out = []
    for de, pos in dictionary.translations(english):
        if pos in dictionary.NOUN_POS and " " not in de:
            out += [f for f in nouns.forms_of(de).get("dat.pl", ()) if f not in out]
    if not out:
        return None
    return Finding(start, start + len(part), part, "EN_WORD", "english", "error",
                   f"English „{part[:-1]}“ with a German plural ending", out[:MAX_PROPOSALS])


LATINATE_MAX_ZIPF = 2.3     # a German -ität noun this rare ("Reliabilität" 2.1) …
LATINATE_MARGIN = 1.2       # … beside a German word for its English cognate this much more common (Zuverlässigkeit)


def _needless_suffix(ctx: Context, i: int, part: str, start: int) -> Finding | None:
    """A noun suffix on a word that is a noun already ("die Wiederaufbauung" -> "den Wiederaufbau",
    "Arbeitsniederlegungsheit" -> "Arbeitsniederlegung"): German derives these
    nouns from verbs and adjectives, and one on a noun is English "-ing" or a garbled ending. The determiner before
    it takes the noun's gender ("die" -> "den")."""
    if part != ctx.doc.tokens[i].text or not part[:1].isupper() or len(part) < 8 \
            or not part.endswith(_NOUN_SUFFIXES_ON_NOUNS):
        return None
    # (the cheap tests before the search for a noun under the suffix: a word German text or hunspell has is none)
    if lexicon.zipf_de(part.lower()) > 0 or lexicon.is_german(part) or lexicon.is_german(part + "en"):
        return None
    found = None
    for suffix in _NOUN_SUFFIXES_ON_NOUNS:
        if not part.endswith(suffix):
            continue
        stem = part[: -len(suffix)]
        # (a linking s before the suffix; a noun's final e lost before -ung: "Belastungsgrenz|ung")
        for base in (stem, stem[:-1] if stem.endswith("s") else None, stem + "e" if suffix == "ung" else None):
            # (-heit and -keit only on an -ung noun, which never takes them: "Feilerei", "Rechtheit" are German;
            # -igkeit, an adjective's suffix, on no noun at all)
            if base and len(base) >= 5 and (suffix in ("ung", "igkeit") or base.endswith("ung")) \
                    and not (suffix == "igkeit" and lexicon.is_german(base.lower() + "ig")) \
                    and not (base == stem + "e" and lexicon.is_german(stem.lower() + "en")):
                # (not an adjective's -igkeit, "Schleim|igkeit" of "schleimig"; not a verb's -ung where the
                # noun lost its e, "Voraussag|ung" of "voraussagen")
                head = base if nouns.analyses(base) else nouns.head_of(base)
                genders = {f.rsplit(".", 1)[1] for _, f in nouns.analyses(head or "") if f.startswith("nom.sg.")}
                if len(genders) == 1 and lexicon.is_german(base):
                    found = (suffix, base, genders.pop())
                    break
        if found:
            break
    if found is None:
        return None
    from .spelling import corrections
    if corrections(part):
        return None   # one typing edit from a frequent word is a misspelling ("Nischung": "Mischung")
    suffix, base, gender = found
    text = ctx.doc.text
    msg = f"„{part}“: „{base}“ is a noun already and takes no „-{suffix}“"
    det = M.determiner(ctx.doc.tokens[i - 1].text) if i > 0 and ctx.adjacent(i - 1, i) else None
    if det is None:
        return Finding(start, start + len(part), part, "PSEUDO_EN_WORD", "pseudo-english", "error", msg, [base])
    feats = [f for f in det[2] if f.endswith(".sg.f")]       # (every suffix here makes a feminine noun)
    prep = ctx.doc.tokens[i - 2].text.lower() if i > 1 and ctx.adjacent(i - 2, i - 1) else ""
    if prep in M.PREPOSITIONS:   # "in die Wiederaufbauung": the accusative
        feats = [f for f in feats if f.split(".")[0] in M.PREPOSITIONS[prep]] or feats
    before = ctx.doc.tokens[i - 2].text if i > 1 and ctx.adjacent(i - 2, i - 1) else ""
    if before[:1].isupper() and nouns.analyses(before) and i - 1 not in ctx.doc.sentence_starts:
        feats = [f for f in feats if f.startswith("gen")] or feats   # after a noun: its genitive attribute
    elif prep not in M.PREPOSITIONS:
        feats = [f for f in feats if not f.startswith("gen")] or feats
    proposals = []
    for f in M.feature_order(feats):
        article = M.determiner_form(det[0], det[1], f[:-1] + gender, ctx.doc.tokens[i - 1].text)
        noun = base + "s" if f.startswith("gen") and gender != "f" else base
        if article and lexicon.is_german(noun) and f"{article} {noun}" not in proposals:
            proposals.append(f"{article} {noun}")
    if not proposals:
        return None
    d = ctx.doc.tokens[i - 1]
    return Finding(d.start, start + len(part), text[d.start:start + len(part)], "PSEUDO_EN_WORD", "pseudo-english",
                   "error", msg, proposals)


# suffixes that make nouns of verbs and adjectives, seen glued to a noun
_NOUN_SUFFIXES_ON_NOUNS = ("igkeit", "ung", "heit", "keit")


def _rare_latinate_noun(ctx: Context, i: int, part: str, start: int) -> Finding | None:
    """A rare German noun in -ität whose English cognate is common and whose German translation is the word German
    text uses ("Reliabilität": reliability -> Zuverlässigkeit): the English word carried over. Info: the noun is
    German, only not what a newsroom writes."""
    low = part.lower()
    if not part[:1].isupper() or not low.endswith(("ität", "itäten")) or lexicon.zipf_de(low) >= LATINATE_MAX_ZIPF:
        return None
    src = pseudo_source(ctx, low)
    if src is None or lexicon.zipf_en(src[0]) < 3.8:
        return None
    better = [de for de, pos in dictionary.translations(src[0]) if pos in dictionary.NOUN_POS and " " not in de
              and de.lower() != low and lexicon.zipf_de(de.lower()) >= lexicon.zipf_de(low) + LATINATE_MARGIN]
    if not better:
        return None
    better = _commonest_first(better)[:MAX_PROPOSALS]
    return Finding(start, start + len(part), part, "PSEUDO_EN_WORD", "pseudo-english", "info",
                   f"„{part}“ is rare in German; for English „{src[0]}“ German writes „{better[0]}“", better)


COGNATE_MIN_EN_ZIPF = 3.5    # an English word this common ("legislation" 4.6) …
COGNATE_MAX_DE_ZIPF = 3.3    # … behind a German cognate no commoner than this ("Legislation" 2.1) …
COGNATE_EN_MARGIN = 1.2      # … and this much rarer in German than in English …
COGNATE_BETTER_MARGIN = 0.5  # … where the dictionary has a German word for it this much commoner ("Gesetzgebung" 3.8)
BARE_VERB_MAX_DE_ZIPF = 2.5  # a verb in -ieren of the bare English verb: "prozessieren" 2.3, not "adressieren" 2.7 …
BARE_VERB_EN_MARGIN = 2.0    # … and far behind the English ("konfirmieren" 1.7, "confirm" 4.4)


def _latinate_cognate(ctx: Context, i: int, part: str, start: int, compound_only: bool = False) -> Finding | None:
    """A Latinate German word whose English cognate is far more common than it is ("Legislation", "Regulationen",
    "zelebrierten"), where the English–German dictionary does not give it as a translation of that
    English word but gives a clearly commoner German one: the English word carried over instead of translated.
    Also as a part of a compound ("Sicherheitsregulationen", "Transportationskosten"). Info: the word is German,
    only not what German text writes for the English sense."""
    # (the cheap test first: most words have none of the Latinate endings)
    low = part.lower()
    if not (low.endswith(_COGNATE_ENDINGS_ALL) or any(x in low for x in _LATINATE_INSIDE)) \
            or part in ctx.glossary.known_words:
        return None
    judged = None if compound_only else _carried_cognate(part)
    if judged is not None and not judged[3]:
        judged = _glossary_cognate(ctx, judged, low != judged[0].lower())
    if judged is not None:
        base, english, pos, better = judged
        if pos == "verb":
            start, proposals = _verb_forms(ctx, i, low, start, _commonest_first(
                [d for d, p in dictionary.translations(english) if p == "v"]))
        else:
            # the glossary's words first where it has the English word ("residents": "Einwohner")
            entry = ctx.glossary.translations(english + "s" if low != base.lower() else english) \
                if pos == "noun" else None
            proposals = translations(ctx, i, entry, part, english, pos)
            if low != base.lower():   # a plural ("Regulationen" -> "Regelungen"); no singular for a plural
                proposals = [q for q in (nouns.plural_of(p) if " " not in p else p for p in proposals) if q]
    elif part[:1].isupper() and part[1:].islower() and len(part) >= 10:
        found = _carried_cognate_in_compound(part)
        if found is None:
            return None
        english, better, proposals = found
    else:
        return None
    if part[:1].isupper() and in_name(ctx, i):
        return None
    end = ctx.doc.tokens[i].end if start < ctx.doc.tokens[i].start else start + len(part)
    lead = proposals[0] if proposals else better[0]
    return Finding(start, end, ctx.doc.text[start:end], "PSEUDO_EN_WORD", "pseudo-english", "info",
                   f"„{part}“: rare in German, common in English („{english}“); German usually writes „{lead}“",
                   proposals)


# the endings latinate_base reads, and -ität, a compound's common last part after one ("Regulatorqualität") …
_COGNATE_ENDINGS_ALL = LATINATE_ENDINGS + ("ität", "itäten")
# … and a first part of a compound ("Transportations-")
_LATINATE_INSIDE = ("ions", "itäts", "enz", "anz", "ismus", "oren")


@lru_cache(maxsize=20_000)
def _carried_cognate(word: str) -> tuple[str, str, str, list[str]] | None:
    """(German base form, English cognate, part of speech, commoner German words) for a Latinate WORD German
    writes far less than English and the dictionary does not give for the English word."""
    found = latinate_base(word)
    if found is None:
        return None
    base, english, pos = found
    # (the form itself may be commoner than the base: "dedizierte", a word of its own, beside rare "dedizieren")
    de_base, de_word = lexicon.zipf_de(base.lower()), lexicon.zipf_de(word.lower())
    de = max(de_base, de_word)
    # (a noun English writes mostly in the plural counts by its plural: "protesters")
    en_base, en_plural = lexicon.zipf_en(english), lexicon.zipf_en(english + "s") if pos == "noun" else 0.0
    en = max(en_base, en_plural)
    # a plural is weighed against the English plural too: "Operatoren" 2.8 beside "operators" 4.2, where the
    # singulars ("Operator" 3.1, a word of mathematics and computing) lie closer
    plural = pos == "noun" and word.lower() != base.lower()
    margin = max(en - de, en_plural - de_word if plural else 0.0)
    if en < COGNATE_MIN_EN_ZIPF or de > COGNATE_MAX_DE_ZIPF or margin < COGNATE_EN_MARGIN:
        return None
    if pos == "bare verb":
        # German shares many verbs with the bare English one ("expandieren" 3.1 beside "expand" 4.4): only a verb
        # German text hardly has, far behind the English ("konfirmieren" 1.7 beside "confirm" 4.4)
        if de > BARE_VERB_MAX_DE_ZIPF or margin < BARE_VERB_EN_MARGIN:
            return None
        pos = "verb"
    tr = dictionary.translations(english)
    if any(d.lower() == base.lower() for d, _ in tr) or \
            (plural and any(d.lower() == word.lower() for d, _ in dictionary.translations(english + "s"))):
        return None   # the dictionary gives the cognate itself: a translation, not a carry-over
    want = dictionary.NOUN_POS if pos == "noun" else {"v"}
    better = [d for d, p in tr if p in want and " " not in d and lexicon.zipf_de(d.lower()) >= de + COGNATE_BETTER_MARGIN]
    # (no commoner word in the dictionary: the caller may still find one in the glossary, "Residenten")
    return base, english, pos, _commonest_first(better)


def _glossary_cognate(ctx: Context, judged: tuple[str, str, str, list[str]],
                      plural: bool) -> tuple[str, str, str, list[str]] | None:
    """JUDGED with the glossary's German words for its English word in the same number, where they are commoner
    than the cognate (Ding gives "residents" no "Einwohner"; the glossary does)."""
    base, english, pos, _ = judged
    de = lexicon.zipf_de(base.lower())
    entry = ctx.glossary.translations(english + "s" if plural else english)
    if entry is None or base in entry.de:
        return None
    better = [d for d in entry.de if " " not in d and lexicon.zipf_de(d.lower()) >= de + COGNATE_BETTER_MARGIN]
    return (base, english, pos, better) if better else None


def _carried_cognate_in_compound(word: str) -> tuple[str, list[str], list[str]] | None:
    """(English cognate, commoner German words, proposals) for a compound whose last part ("Hafen|operatoren") or
    first part, with its linking s ("Transportation|s|kosten"), is a carried-over cognate: the compound with the
    German word in its place, where hunspell accepts it."""
    low = word.lower()
    for k in range(4, len(word) - 5):
        head, tail = word[:k], word[k].upper() + low[k + 1:]
        if lexicon.is_german(head) or (head.endswith("s") and lexicon.is_german(head[:-1])):
            judged = _carried_cognate(tail)
            # (a part German text writes: not "Anwendung|ssituationen" read as "situation")
            if judged is not None and judged[2] == "noun" and lexicon.zipf_de(judged[0].lower()) > 0:
                plural = tail.lower() != judged[0].lower()
                props = [head + (nouns.forms_of(b).get("nom.pl", [b])[0] if plural else b).lower() for b in judged[3]]
                props = [p for p in props if lexicon.is_german(p)][:MAX_PROPOSALS]
                if props:
                    return judged[1], judged[3], props
    for k in range(len(word) - 4, 6, -1):
        head, tail = word[:k], word[k].upper() + low[k + 1:]
        if not lexicon.is_german(tail):
            continue
        for h in ((head[:-1], "s"), (head, "")) if head.endswith("s") else ((head, ""),):
            judged = _carried_cognate(h[0])
            if judged is not None and judged[2] == "noun" and lexicon.zipf_de(judged[0].lower()) > 0:
                props = []
                for b in judged[3]:
                    cand = next((b + link + low[k:] for link in ("", "s") if lexicon.is_german(b + link + low[k:])),
                                None)
                    if cand and cand not in props:
                        props.append(cand)
                if props:
                    return judged[1], judged[3], props[:MAX_PROPOSALS]
    return None


def _english_demonym(ctx: Context, i: int) -> Finding | None:
    """An English adjective of a country or its people, the glossary's ("Kazakh"), before a German noun: the German
    adjective with the ending the phrase needs ("Kazakh Uranproduzent" -> "Kasachischer Uranproduzent"). Before an
    English word it is a name's ("Kazakh Railways")."""
    toks = ctx.doc.tokens
    w = toks[i].text
    if not w[:1].isupper() or i + 1 >= len(toks) or not ctx.adjacent(i, i + 1):
        return None
    if not listed_english(ctx, w, "adj"):
        return None
    entry = ctx.glossary.translations(w)
    noun = toks[i + 1].text
    if not (noun[:1].isupper() and noun[1:].islower() and noun.isalpha()) or lexicon.is_english(noun.lower()) \
            or not (nouns.analyses(noun) or nouns.head_of(noun)):
        return None
    proposals = translations(ctx, i, entry, w, pos_hint="adj", ending=adjective_ending_here(ctx, i))
    if i in ctx.doc.sentence_starts:
        proposals = [p[0].upper() + p[1:] for p in proposals]
    return Finding(toks[i].start, toks[i].end, w, "EN_WORD", "english", "error", f"English „{w}“ in German text",
                   proposals)


def _hyphenated_loan_parts(word: str) -> set[int]:
    """Offsets of the parts of WORD that are two English words German text has as one loan, written joined now
    and then ("Open-Source-Plattform": "Opensource"); hyphenated, they are the loan, not English left in."""
    out: set[int] = set()
    parts = list(_PART_RE.finditer(word)) if "-" in word else []
    for a, b in zip(parts, parts[1:]):
        if word[a.end():b.start()] == "-" and lexicon.zipf_de((a.group() + b.group()).lower()) >= LOAN_JOINED_MIN_ZIPF \
                and lexicon.is_english(a.group().lower()) and lexicon.is_english(b.group().lower()):
            out |= {a.start(), b.start()}
    return out


def _hyphenated_phrase_noun(word: str) -> bool:
    """An English phrase of three words or more, hyphenated and capitalised as German writes one made a noun
    ("Nice-to-have", "Man-in-the-Middle", "Dial-on-Demand"): a loan, no English word in it to translate alone
    ("have" -> "habe")."""
    parts = word.split("-")
    return len(parts) >= 3 and word[:1].isupper() and all(p.isalpha() and lexicon.is_english(p.lower()) for p in parts)


def _english_phrase_modifier(word: str) -> bool:
    """An English phrase of three words or more coupled by hyphens to a German head ("Best-of-five-Serie",
    "Winner-takes-all-Prinzip"): German writes a quoted phrase so (Duden, D 26); no English left untranslated."""
    parts = word.split("-")
    return len(parts) >= 4 and lexicon.is_german(parts[-1]) \
        and all(p.isalpha() and lexicon.is_english(p.lower()) for p in parts[:-1])


def _hyphenated_english(ctx: Context, i: int) -> Finding | None:
    """An English compound of the dictionary written with hyphens ("state-of-the-art", "long-term"): one finding
    for the whole token, with its German translation, not one per part."""
    t = ctx.doc.tokens[i]
    w = t.text
    if "-" not in w or not all(p[1:].islower() for p in w.split("-")):
        return None
    # (one of the glossary's, capitalised too: "ein No-Brainer")
    if listed_english(ctx, w):
        return Finding(t.start, t.end, w, "EN_WORD", "english", "error", f"English „{w}“ in German text",
                       translations(ctx, i, ctx.glossary.translations(w), w))
    parts = w.lower().split("-")
    if not all(lexicon.is_english(p) for p in parts) or all(lexicon.is_german(p) for p in parts):
        return None
    if dictionary.has(w.lower()) and w.islower():
        return Finding(t.start, t.end, w, "EN_WORD", "english", "error", f"English „{w}“ in German text",
                       translations(ctx, i, None, w))
    if w.islower():
        return None   # (written small, an option or a command's name: "--read-delay-duration", "start-stop-daemon")
    # a phrase of three English words or more made one noun ("ein Nice-to-have"): one finding for the whole, with
    # the glossary's or the dictionary's German where they have the phrase, else none (not "have" -> "habe")
    if len(parts) < 3:
        return None
    phrase = " ".join(parts)
    entry = next((e for e in (ctx.glossary.translations(x) for x in (
        w, w.lower(), phrase, "-".join(parts[:-1]) + " " + parts[-1])) if e is not None), None)
    proposals = list(entry.de) if entry is not None else [
        de for de, pos in dictionary.translations(phrase) if pos in dictionary.NOUN_POS][:MAX_PROPOSALS]
    last = w.split("-")[-1]
    if (entry is None and lexicon.is_german(last) and nouns.analyses(last)) or not proposals:
        # an English phrase before a German head ("Best-of-Album"): German writes a quoted phrase so; or one German
        # has taken over whole, hyphenated as German writes English phrases made nouns ("Duty-free-Shop",
        # "Man-in-the-Middle", "Nice-to-have"): only the glossary's own entries ("Wake-up-Call"), or the
        # dictionary's German for the phrase
        return None
    return Finding(t.start, t.end, w, "EN_WORD", "english", "error", f"English „{phrase}“ in German text",
                   proposals)


HYPHEN_LOAN_MIN_DE = 2.0   # an English word German text has this often before a hyphen is a loan ("Escape" 3.2)
HYPHEN_UNKNOWN_MIN_EN = 4.0   # … unless German's dictionaries lack it and it is this common in English ("usage" 4.2)
HYPHEN_UNATTESTED_MAX_DE = 3.0   # a far commoner English word with no compound German text has ("fuel" 2.9; not
#                                  the loan "lead" 3.3 of "Lead-Investor")
HYPHEN_EN_MARGIN = 1.5     # … and one rarer must be this much commoner in English ("feasibility" 3.4, 1.6)
HYPHEN_EN_MIN_ZIPF = 2.5   # … and common in English ("retraining" 2.8)
HYPHEN_FAR_MARGIN = 1.8    # a word this much commoner in English ("insurance" 1.9, "success" 2.1; "money" 1.7) …
HYPHEN_FAR_MAX_DE = 3.5    # … and no commoner than this in German is English before the hyphen, not a loan


def _english_before_hyphen(ctx: Context, i: int) -> Finding | None:
    """An English noun German text never has, hyphenated to a German noun ("Subsidy-Plan" -> "Subventionsplan"):
    the compound of its German translation, as for one written closed. (A word German text has, "Escape-Taste",
    is a name or a key there.)"""
    t = ctx.doc.tokens[i]
    parts = t.text.split("-")
    if len(parts) != 2 or not parts[1][:1].isupper() or not parts[0].isalpha() or not parts[1].isalpha():
        return None
    first = parts[0]
    phrase = _english_phrase_hyphenated(ctx, i, first, parts[1])
    if phrase is not None:
        return phrase
    de, en = lexicon.zipf_de(first.lower()), lexicon.zipf_en(first.lower())
    # (German text may have it now and then: "Feasibility-Studie", de 1.6, en 3.4; not a loan it uses, "Escape",
    # unless English text has it far more often still: "Insurance-Summe", de 3.1, en 4.9)
    loan = de >= HYPHEN_LOAN_MIN_DE and not (en - de >= HYPHEN_FAR_MARGIN and de < HYPHEN_FAR_MAX_DE)
    # (an English word hunspell lacks counts where the dictionary has it and German text never: "Hydropower")
    if (de > 0 and (loan or en - de < HYPHEN_EN_MARGIN)) \
            or not (lexicon.is_english(first.lower()) or _dictionary_english(first.lower())) \
            or lexicon.is_german_any_case(first) or not nouns.analyses(parts[1]):
        return _loan_before_hyphen(ctx, i, first, parts[1], de, en) if loan else None
    if de > 0:
        # one German text has now and then: only capitalised, in no name or command ("Router Advertisement-…",
        # "LOCATE-Befehl") and with a compound of its main noun senses German text has; technical text writes
        # English terms so ("Sparse-Datei", "Unstable-Suite")
        prev = ctx.doc.tokens[i - 1].text if i > 0 and ctx.adjacent(i - 1, i) else ""
        name = prev[:1].isupper() and M.determiner(prev) is None and (i - 1) not in ctx.doc.sentence_starts
        if not first[0].isupper() or first.isupper() or name \
                or lexicon.zipf_en(first.lower()) < HYPHEN_EN_MIN_ZIPF:
            return None
        proposals = attested_compounds(main_nouns(first), [parts[1]])
        if not proposals and en - de >= HYPHEN_FAR_MARGIN and de < HYPHEN_UNATTESTED_MAX_DE \
                and _uses(ctx, first.lower()) < LOAN_JARGON_USES:   # (not a text's jargon: "Capability-Menge")
            # (English text has it far more often: English, with its main nouns hyphenated to the head where German
            # text has no compound of them, "Fuel-Zuschlag" -> "Brennstoff-Zuschlag")
            # (with the linking s its suffix takes: "Sponsorship-Vertrag" -> "Förderungs-Vertrag")
            proposals = [f"{noun}{'s' if noun.endswith(LINKED_SUFFIXES) else ''}-{parts[1]}"
                         for noun in main_nouns(first.lower())[:2]]
        c = (first.lower(), proposals) if proposals else None
    else:
        c = half_english_compound(first[0].upper() + first[1:].lower() + parts[1].lower())
        if c is None and not is_name_word(first):
            # (an English word whose first sense is a verb, "bribe": the compound of its noun senses German text
            # has, "Bribe-Zahlungen" -> "Schmiergeldzahlungen")
            found = attested_compounds(main_nouns(first.lower()), [parts[1]], MODIFIER_COMPOUND_MIN_ZIPF)
            c = (first.lower(), found) if found else None
        if c is None and first[:1].isupper() and first[1:].islower() and not is_name_word(first) \
                and not _beside_a_name(ctx, i):
            # an English plural as the first part ("Sandbags-Barrieren"): its singular's main noun before the head,
            # closed as German writes compounds, or hyphenated ("Sandsackbarrieren", "Sandsack-Barrieren")
            # (not a singular German text has, which makes the s a German linking s: "Registrations-Nummer")
            singular = _english_singular(first.lower()) if first.lower().endswith("s") else None
            noun = next(iter(main_nouns(singular)), None) if singular and lexicon.zipf_de(singular) == 0 else None
            link = "s" if noun and noun.endswith(LINKED_SUFFIXES) else ""
            c = (first.lower(), [noun + link + parts[1].lower(), f"{noun}{link}-{parts[1]}"]) if noun else None
        if c is None and not lexicon.is_english(first.lower()) and _dictionary_english(first.lower()):
            # an English word only the dictionary knows ("Hydropower-Projekt"): its main noun before the head,
            # closed where hunspell builds the compound ("Wasserkraftprojekt"), else hyphenated
            noun = next(iter(main_nouns(first.lower())), None)
            link = "s" if noun and noun.endswith(LINKED_SUFFIXES) else ""
            closed = f"{noun}{link}{parts[1].lower()}" if noun else ""
            c = (first.lower(), ([closed] if lexicon.is_german(closed) else []) + [f"{noun}{link}-{parts[1]}"]) \
                if noun else None
    if c is None:
        return None
    return Finding(t.start, t.end, t.text, "PSEUDO_EN_WORD", "pseudo-english", "warning",
                   f"half-English compound: „{c[0]}“ is English", c[1])


def _rare_ierung_nouns(ctx: Context) -> list[Finding]:
    """Nouns in -ierung German text hardly has beside its common noun in -ion ("die Konstruierung der Brücke"):
    the English noun dressed as German, whatever hunspell's word formation accepts."""
    out = []
    for i, t in enumerate(ctx.doc.tokens):
        if ctx.claimed(i) or not t.text.endswith(("ierung", "ierungen")) or not t.is_alpha_word:
            continue
        found = rare_ierung(t.text) or _rare_ierung_head(t.text)
        if found is not None:
            # (the German noun of the stem where English has none of that spelling: "Investition")
            msg = f"a noun in -ierung German text never has beside „{found[0]}“" if found[0][:1].isupper() \
                else f"English „{found[0]}“ as a German noun in -ierung, which German text hardly has"
            out.append(Finding(t.start, t.end, t.text, "PSEUDO_EN_WORD", "pseudo-english", "warning", msg, found[1]))
            ctx.claim(t.start, t.end)
    return out


def _rare_ierung_head(word: str) -> tuple[str, list[str]] | None:
    """rare_ierung on the last part of a compound whose first part is a German noun ("Datenkollektierung"): the
    first part joined to each proposal where hunspell knows the compound ("Datensammlung", "Datenerhebung")."""
    for k in range(3, len(word) - 9):
        first, head = word[:k], word[k].upper() + word[k + 1:]
        # (the first part also with its linking s: "Regierungs|…")
        if not (nouns.analyses(first) or (first.endswith("s") and nouns.analyses(first[:-1]))):
            continue
        found = rare_ierung(head)
        if found is not None:
            joined = [first + p.lower() for p in found[1] if lexicon.is_german(first + p.lower())]
            return found[0], joined
    return None


# both words this common in German text: a loan pair ("venture" 3.45, "capital" 3.8; "layer" 3.15, "low" 4.0;
# not "buying" 2.3)
LOAN_PAIR_MIN_DE = 3.0
JOINED_PAIR_MIN_EN = 3.5   # each English word of a pair written as one this common in English ("truck" 4.6)
JOINED_PAIR_GERMAN_MIN_ZIPF = 2.0   # … and its German word this common in German text ("LKW-Fahrer" 4.3)


def _english_pair_joined(ctx: Context, i: int) -> Finding | None:
    """Two English words written as one capitalised word that neither language has, which the dictionary has as a
    phrase with a German noun ("Truckdriver" <- truck driver: "LKW-Fahrer")."""
    t = ctx.doc.tokens[i]
    w = t.text
    if not (w[:1].isupper() and w[1:].islower() and w.isalpha() and 8 <= len(w) <= 24) \
            or lexicon.zipf_de(w.lower()) > 0 or lexicon.is_german_any_case(w) or in_name(ctx, i):
        return None
    low = w.lower()
    for k in range(3, len(low) - 2):
        a, b = low[:k], low[k:]
        if not (lexicon.is_english(a) and lexicon.is_english(b) and lexicon.zipf_en(a) >= JOINED_PAIR_MIN_EN
                and lexicon.zipf_en(b) >= JOINED_PAIR_MIN_EN) \
                or lexicon.is_german_any_case(a.capitalize()) or lexicon.is_german_any_case(b):
            continue   # (a German part makes a half-English compound, the pseudo-English rules': "Exportban")
        # (a German word German text has: "LKW-Fahrer", not "Bildschirmabzug" for a technical "Screendump")
        germans = [de for de, pos in dictionary.translations(f"{a} {b}") if pos in dictionary.NOUN_POS
                   and " " not in de and lexicon.zipf_de(de.lower()) >= JOINED_PAIR_GERMAN_MIN_ZIPF]
        if germans:
            return Finding(t.start, t.end, w, "EN_WORD", "english", "error",
                           f"the English „{a} {b}“ written as one word", germans[:MAX_PROPOSALS])
    return None


def _english_pair_before_hyphen(ctx: Context, i: int) -> Finding | None:
    """Two English words that the dictionary has as a phrase with a German noun, hyphenated to a German noun
    ("Vote-Buying-Netzwerk" <- vote buying: "Stimmenkauf-Netzwerk"): the German noun before the head, closed
    where hunspell knows the compound."""
    t = ctx.doc.tokens[i]
    parts = t.text.split("-")
    if len(parts) != 3 or not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts) \
            or not all(lexicon.is_english(p.lower()) for p in parts[:2]) \
            or all(lexicon.is_german_any_case(p) for p in parts[:2]) \
            or not nouns.analyses(parts[2]) or _beside_a_name(ctx, i):
        return None
    # (not a pair German has taken over: written joined in German text, "Cashflow", "Openair", or both words common
    # there, "Venture-Capital-Fonds", "Low-Level-Zugriffe", "Second-Hand-Shop")
    if lexicon.zipf_de((parts[0] + parts[1]).lower()) > 0 \
            or all(lexicon.zipf_de(p.lower()) >= LOAN_PAIR_MIN_DE for p in parts[:2]):
        return None
    germans = [de for de, pos in dictionary.translations(f"{parts[0]} {parts[1]}".lower())
               if pos in dictionary.NOUN_POS and " " not in de and "-" not in de and lexicon.is_german(de)]
    proposals = []
    for de in germans:
        # (closed where hunspell builds it, and hyphenated too, as German writes a long compound)
        closed = de + ("s" if de.endswith(LINKED_SUFFIXES) else "") + parts[2].lower()
        proposals += ([closed] if lexicon.is_german(closed) else []) + [f"{de}-{parts[2]}"]
    proposals = proposals[:MAX_PROPOSALS]
    if not proposals:
        return None
    return Finding(t.start, t.end, t.text, "EN_WORD", "english", "error",
                   f"the English „{parts[0]} {parts[1]}“ hyphenated to a German noun", proposals)


def _english_phrase_hyphenated(ctx: Context, i: int, first: str, head: str) -> Finding | None:
    """Two English words hyphenated as one noun that the dictionary has as an English phrase with German nouns
    ("Feature-Film" <- feature film: "Spielfilm"), where German text does not write the pair as a loan ("Know-how",
    "Science-Fiction": joined, German text has them) and no name stands beside it."""
    low = f"{first} {head}".lower()
    if not (first[:1].isupper() and first[1:].islower() and head[:1].isupper() and head[1:].islower()) \
            or len(head) < 3 \
            or not lexicon.is_english(first.lower()) or not lexicon.is_english(head.lower()) \
            or lexicon.zipf_de((first + head).lower()) > 0 or _beside_a_name(ctx, i):
        return None
    germans = sorted({de for de, pos in dictionary.translations(low) if pos in dictionary.NOUN_POS and " " not in de
                      and "-" not in de and de.lower() not in (first.lower(), head.lower()) and lexicon.is_german(de)},
                     key=lambda de: (-lexicon.zipf_de(de.lower()), de))
    # (only where German has a common word of its own: technical text keeps English terms, "Exit-Signal",
    # "Audio-Tracks", whose German words are rare; a rarer one where the head is no word of German's and far
    # commoner in English: "Brand-Awareness" -> "Markenbekanntheit")
    english_head = not lexicon.is_german_any_case(head) \
        and lexicon.zipf_en(head.lower()) - lexicon.zipf_de(head.lower()) >= HYPHEN_EN_MARGIN
    least = PHRASE_GERMAN_RARE_MIN_ZIPF if english_head else PHRASE_GERMAN_MIN_ZIPF
    if not germans or lexicon.zipf_de(germans[0].lower()) < least:
        return None
    t = ctx.doc.tokens[i]
    return Finding(t.start, t.end, t.text, "EN_WORD", "english", "warning",
                   f"the English „{low}“ hyphenated as a German noun", germans[:MAX_PROPOSALS])


PHRASE_GERMAN_MIN_ZIPF = 3.0   # "Spielfilm" 3.5; not "Tonspuren" 2.4, "Systemabsturz" 1.6
PHRASE_GERMAN_RARE_MIN_ZIPF = 1.5   # … after an English head German has no word for ("Markenbekanntheit" 1.8)


HYPHEN_HINT_MARGIN = 1.0   # a loan German text has, this much commoner in English ("railway" 4.5 / 2.9) …
HYPHEN_HINT_MIN_EN = 3.5   # … and this common there, gets a hint with German's own compound


def _loan_before_hyphen(ctx: Context, i: int, first: str, head: str, de: float, en: float) -> Finding | None:
    """An English noun German text has now and then, hyphenated to a German noun where German has a compound of
    its own ("Railway-Verbindung" -> "Bahnverbindung"; "Overtime-Stunden" -> "Überstunden", whose German word holds
    the head already): a hint, for house style may keep the loan. Only with a compound German text has, and not
    in a name (a capitalised word before it). DE, EN: the word's frequencies in German and English text."""
    low = first.lower()
    if de >= HYPHEN_FAR_MAX_DE or en < HYPHEN_HINT_MIN_EN or en - de < HYPHEN_HINT_MARGIN \
            or not first[:1].isupper() or not first[1:].islower() or not lexicon.is_english(low) \
            or lexicon.is_german_any_case(first) \
            or not nouns.analyses(head) or _beside_a_name(ctx, i) or introduced_name(ctx.doc, i):
        return None
    senses = main_nouns(low)
    whole = [german for german, pos in dictionary.translations(low) if pos in dictionary.NOUN_POS
             and " " not in german and german.lower().endswith(head.lower()) and german.lower() != head.lower()]
    whole = whole[:MAX_PROPOSALS]
    # (a German word that holds the head already is evidence enough; a compound of its senses only for a word
    # far commoner in English, for technical German keeps English terms so: "Scheduling-Klasse", "Root-Prozess")
    proposals = whole or (attested_compounds(senses, [head], MODIFIER_COMPOUND_MIN_ZIPF)
                          if en - de >= HYPHEN_EN_MARGIN else [])
    if not proposals:
        return None
    t = ctx.doc.tokens[i]
    return Finding(t.start, t.end, t.text, "PSEUDO_EN_WORD", "pseudo-english", "info",
                   f"English „{first}“ before a German noun: German has its own compound (keep the loan if that is "
                   "the house style)", proposals)


def _english_after_hyphen(ctx: Context, i: int) -> Finding | None:
    """A German noun hyphenated to an English noun German text hardly has ("Insulin-Shortage"): the English head
    left untranslated; the compounds of its German senses German text has, else the hyphenated German."""
    t = ctx.doc.tokens[i]
    parts = t.text.split("-")
    if len(parts) != 2 or not all(p.isalpha() and p[:1].isupper() and p[1:].islower() for p in parts):
        return None
    first, head = parts
    low = head.lower()
    if low.endswith("s") and lexicon.is_english(low[:-1]):
        return None   # an English plural as a German head ("Router-Advertisements"): a term, not a slip
    de, en = lexicon.zipf_de(low), lexicon.zipf_en(low)
    # (a common English word German's dictionaries lack is English however often German text quotes it:
    # "Smartphone-Usage")
    # (… after a German first part: "Safety-Car", "Dual-Listing" are English pairs German has taken over)
    # (nor a text's jargon, which it uses again and again: "Bereichs-Unit" in systemd's manuals)
    loan = de >= HYPHEN_LOAN_MIN_DE and not (en >= HYPHEN_UNKNOWN_MIN_EN and not lexicon.is_german_any_case(head)
                                             and not lexicon.is_english(first.lower())
                                             and _uses(ctx, low) < LOAN_JARGON_USES)
    if loan or en < EN_MIN_ZIPF or en - de < HYPHEN_EN_MARGIN or not lexicon.is_english(low) \
            or lexicon.is_german_any_case(head) or not nouns.analyses(first) or _beside_a_name(ctx, i) \
            or in_name(ctx, i) or introduced_name(ctx.doc, i):
        return None
    senses = main_nouns(low)
    if not senses:
        return None
    proposals = attested_compounds([first], senses) or [f"{first}-{german}" for german in senses[:2]]
    return Finding(t.start, t.end, t.text, "EN_WORD", "english", "error",
                   f"English „{head}“ after a German noun: German writes the compound of its own word", proposals)


def _cognate_before_hyphen(ctx: Context, i: int, part: str) -> Finding | None:
    """An English noun with a German cognate before a hyphen and a German word ("Battery-Zellen"): the compound
    in German ("Batteriezellen", "Batterie-Zellen")."""
    t = ctx.doc.tokens[i]
    rest = t.text[len(part) + 1:]
    if not rest or not rest[:1].isupper() or "-" in rest or not rest.isalpha() or lexicon.is_english(rest.lower()) \
            or not _known(ctx, rest) or _beside_a_name(ctx, i) or introduced_name(ctx.doc, i):
        return None
    de = english_cognate_before_hyphen(part)
    if de is None:
        return None
    joined = de + rest.lower()
    props = ([joined] if lexicon.is_german(joined) or nouns.analyses(joined) else []) + [f"{de}-{rest}"]
    return Finding(t.start, t.end, t.text, "PSEUDO_EN_WORD", "pseudo-english", "warning",
                   f"„{part}“ is English; German has „{de}“", props)


def _article_place(prev: str) -> bool:
    """PREV (lower case) stands where an article does before a noun: a determiner, a contraction ("zum") or a
    quantifier of plurals ("viele")."""
    return M.determiner(prev) is not None or prev in M.CONTRACTIONS or prev in M.PLURAL_QUANTIFIERS


def _echoed(toks, i: int) -> bool:
    """Token I repeated after a comma ("wie ding, ding, ding"): a sound, no noun."""
    return i + 2 < len(toks) and toks[i + 1].text == "," and toks[i + 2].text == toks[i].text


def _small_english_noun(ctx: Context, i: int, part: str) -> Finding | None:
    """An English noun German borrowed and writes capitalised, written small after an article or a preposition
    ("in einem statement"): the English word left in, not the German loanword."""
    toks = ctx.doc.tokens
    prev = toks[i - 1].text.lower() if i > 0 and ctx.adjacent(i - 1, i) else ""
    if i in ctx.doc.sentence_starts or _echoed(toks, i):
        return None
    # (a number word counts a noun: "die drei operators"; not digits, which units written small follow: "64 bit")
    if _article_place(prev) or prev in M.CARDINALS:
        least = CAPITALISED_LOAN_MIN_EN
    elif after_determiner(ctx, i) and determiner_before_adjectives(ctx, i) is not None:
        least = 0.0   # "mit ihren harten spikes": a noun's place, and German writes no noun small
    elif (prev.endswith(("e", "en", "es", "em")) or re.search(r"[sßz]ter$", prev)) and toks[i - 1].text.islower() \
            and prev.isalpha() \
            and lexicon.is_german(prev) and _is_adjective(prev) and not lexicon.is_english(prev) and i + 1 < len(toks) \
            and not toks[i + 1].text[:1].isupper() \
            and not (toks[i + 1].text.islower() and lexicon.is_english(toks[i + 1].text)
                     and not lexicon.is_german(toks[i + 1].text)):
        # (an adjective's strong ending without article, no noun after: "brauche echtes relief", a superlative's
        # "größter shareholder der Airline" too, not a comparative's "später start"; not an English
        # phrase's first word, "einzelnen bad apples", the phrase rules')
        least = 0.0
    else:
        return None
    en = lexicon.zipf_en(part)
    # (right after an article, a word as much commoner in English as a capitalised English word must be:
    # "die sponsors", "viele landlords")
    margin = CAP_MARGIN if least == CAPITALISED_LOAN_MIN_EN else CLEARLY_ENGLISH_MARGIN
    if en < least and en >= CLEARLY_ENGLISH_MIN_EN and en - lexicon.zipf_de(part) >= margin:
        least = CLEARLY_ENGLISH_MIN_EN
    if not (lexicon.is_english(part) and en >= least and lexicon.is_german(part[0].upper() + part[1:])):
        return None
    t = toks[i]
    cap = part[0].upper() + part[1:]
    # (an English plural in -s whose capitalised form German has only as a genitive singular: "die sponsors" is
    # no "die Sponsors", German's plural is "Sponsoren")
    genitive_only = part.endswith("s") and all(f.startswith("gen.sg") for _, f in nouns.analyses(cap))
    if lexicon.zipf_en(part) - lexicon.zipf_de(part) < EN_MARGIN and not genitive_only:
        # as common in German text as in English ("Sport", "Team", "Job"): the German loanword written small
        return Finding(t.start, t.end, t.text, "NOUN_LOWERCASE", "spelling", "error",
                       f"a noun is written with a capital: „{cap}“", [cap])
    proposals = translations(ctx, i, ctx.glossary.translations(part), part)
    if genitive_only:
        return Finding(t.start, t.end, t.text, "EN_WORD", "english", "warning",
                       f"English plural „{part}“ in German text", proposals)
    return Finding(t.start, t.end, t.text, "EN_WORD", "english", "warning",
                   f"English word „{part}“ in German text (German also has the loanword „{cap}“)",
                   (proposals[:MAX_PROPOSALS - 1] + [cap]) if cap not in proposals else proposals)


CAPITALISED_LOAN_MIN_EN = 4.0   # a common English word, not a rare noun German and English share
CLEARLY_ENGLISH_MIN_EN = 3.0    # … or a less common one English text has a hundred times as often ("shareholders")
CLEARLY_ENGLISH_MARGIN = 2.0


def _beside_a_name(ctx: Context, i: int) -> bool:
    """A capitalised word next to token i that German does not know: the token may belong to a name ("Tesla
    Battery-Zellen"); a German noun beside it does not make one ("seit dem Frühjahr Battery-Zellen")."""
    toks = ctx.doc.tokens
    for k in (i - 1, i + 1):
        if 0 <= k < len(toks) and ctx.adjacent(min(i, k), max(i, k)) and toks[k].text[:1].isupper() \
                and toks[k].is_alpha_word and not (nouns.analyses(toks[k].text) or _known(ctx, toks[k].text)):
            return True
    return False


_TWO_CAPITALS_RE = re.compile(r"[A-ZÄÖÜ]{2}[a-zäöüß]{3,}")
_TWO_CAPITALS_SHORT_RE = re.compile(r"[A-ZÄÖÜ]{2}[a-zäöüß]{2,}")
_SMALL_AFTER_HYPHEN_RE = re.compile(r"([A-ZÄÖÜ][A-Za-zÄÖÜäöüß]*)-([a-zäöüß]{4,})")


def _small_noun_after_hyphen(word: str) -> str | None:
    """A noun written small after a hyphen that joins it to a capitalised first part ("EU-kommission" ->
    "EU-Kommission"): the part is no word written small, and capitalised a noun."""
    m = _SMALL_AFTER_HYPHEN_RE.fullmatch(word)
    if m is None:
        return None
    head = m.group(2)[0].upper() + m.group(2)[1:]
    # (the first part an abbreviation or a German noun: not a program's name, "Util-linux")
    first = m.group(1)
    if lexicon.is_german(m.group(2)) or lexicon.is_english(m.group(2)) or not nouns.analyses(head) \
            or not lexicon.is_german(head) \
            or not (first.isupper() or (nouns.analyses(first) and not lexicon.is_english(first.lower()))):
        return None
    return f"{m.group(1)}-{head}"


def _article_words(ctx: Context) -> frozenset[str]:
    """Every word the article writes."""
    return ctx.memo("unknown_words.article_words", lambda: frozenset(t.text for t in ctx.doc.tokens))


def _rare_english_word(ctx: Context, i: int, low: str) -> bool:
    """A rare English word German text never has ("mit headwinds"), as a word of the sentence."""
    return _word_of_the_sentence(ctx, i) and (rare_english(low, ctx.doc.tokens[i].text.islower())
                                              or _small_noun_after_article(ctx, i, low))


def _word_of_the_sentence(ctx: Context, i: int) -> bool:
    """Token i is a word of the sentence: not part of a hyphenated token ("dpkg-reconfigure"), an option
    ("--verbose") or a quoted term ("»unmask«")."""
    t = ctx.doc.tokens[i]
    text = ctx.doc.text
    before = text[t.start - 1] if t.start else " "
    after = text[t.end] if t.end < len(text) else " "
    # (nor a function's argument: "P(inheritable)")
    call = before == "(" and t.start >= 2 and text[t.start - 2].isalnum()
    # (a word written small as a quotation opens, before a German noun in it or right after it, is an attribute
    # of that noun: "eine „precautionary Maßnahme“", "mehrere „fake“ Berichte"; a term alone is no such word)
    if before in "„“\"" and t.text.islower() and not call and "-" not in t.text \
            and _german_noun_follows(text, t.end + (1 if after in "“”\"" else 0)):
        return True
    return not ("-" in t.text or before in "-»«„“\"'‚‘" or after in "»«“”\"'‘’" or call)


def _german_noun_follows(text: str, k: int) -> bool:
    """After offset K comes a space and a capitalised noun German's dictionaries know (no English word)."""
    m = re.match(r" ([A-ZÄÖÜ][a-zäöüß]{2,})\b", text[k:k + 40])
    return m is not None and lexicon.is_german(m.group(1)) and bool(nouns.analyses(m.group(1))) \
        and not lexicon.is_english(m.group(1).lower())


def _agent_of_ieren(part: str) -> list[str]:
    """An agent noun in -ierer made of an -ieren verb German names its doer otherwise ("Importierer" -> "Importeur",
    English "importer"): the noun German text has of the stem with -eur, -ant, -ent, -or or -ist (singular and
    plural where -ierer is either)."""
    low = part.lower()
    if lexicon.zipf_de(low) >= 1.0:
        return []   # (German text has it: "Markierer", "Kopierer")
    for end, plural in (("ierern", True), ("ierer", None), ("ierers", False)):
        stem = low[: len(low) - len(end)]
        if not low.endswith(end) or len(stem) < 3 or not lexicon.is_german(stem + "ieren"):
            continue
        for suffix, pl in (("eur", "eure"), ("ant", "anten"), ("ent", "enten"), ("or", "oren"), ("ist", "isten")):
            noun = stem[0].upper() + stem[1:] + suffix
            # (a noun for a person: not the adjective "markant")
            if lexicon.is_german(noun) and lexicon.zipf_de(noun.lower()) >= AGENT_MIN_ZIPF and nouns.analyses(noun):
                many = noun[: -len(suffix)] + pl
                if plural:   # (a dative plural: "Importierern" -> "Importeuren")
                    return [many + "n" if many.endswith("e") else many]
                if plural is False:   # (a genitive: "Exporteurs", a weak noun's "Demonstranten")
                    return [noun + "s" if suffix in ("eur", "or") else many]
                return [noun, many]
        # (or the English agent noun's German, where the stem is an English verb: "Attackierer" -> "attacker" ->
        # "Angreifer"; only a German noun in -er, which is singular and plural alike but in the dative plural)
        english = stem + "er"
        if plural is not False and lexicon.is_english(english) and lexicon.zipf_en(english) >= AGENT_EN_MIN_ZIPF:
            found = [de for de, pos in dictionary.translations(english) if pos in dictionary.NOUN_POS
                     and de.endswith("er") and " " not in de and lexicon.is_german(de)]
            return [f + "n" if plural else f for f in found[:2]]
        return []
    return []


AGENT_MIN_ZIPF = 2.0   # "Importeur" 2.8, "Demonstrant" 2.9
AGENT_EN_MIN_ZIPF = 3.0   # a common English agent noun ("attacker" 3.6; not "signer" 2.7, a technical "Signierer")


def _in_prose(ctx: Context, i: int) -> bool:
    """Token i is a word of the sentence, or the last of several words in quotation marks („fest commited“)."""
    t = ctx.doc.tokens[i]
    text = ctx.doc.text
    return _word_of_the_sentence(ctx, i) or (
        text[t.start - 1:t.start] == " " and text[t.end:t.end + 1] in ("“", "\"") and i > 0
        and ctx.doc.tokens[i - 1].is_alpha_word)


# a misspelling English text has ("commited" 2.6, "recieved" 2.8), one edit from a common English word
MISSPELT_EN_MIN_ZIPF = 2.0
MISSPELT_TARGET_MIN_ZIPF = 3.5
MISSPELT_MARGIN = 1.5


def english_misspelling(low: str) -> str | None:
    """The common English word LOW is one typing edit (deletion, insertion, replacement, swap) from, far more
    frequent than LOW in English text; the most frequent of them."""
    from .spelling import _edits   # (spelling imports this module's importers)

    if len(low) < 6:
        return None   # (short: a command or an abbreviation, "mcat", "emerg")
    least = max(MISSPELT_TARGET_MIN_ZIPF, lexicon.zipf_en(low) + MISSPELT_MARGIN)
    # (not a word LOW cuts short: "emerg" is an abbreviation of "emergency", no misspelt "emerge")
    cands = [w for w in set(_edits(low)) - {low} if lexicon.zipf_en(w) >= least and lexicon.is_english(w)
             and not w.startswith(low)]
    return max(cands, key=lexicon.zipf_en) if cands else None


def _small_noun_after_article(ctx: Context, i: int, low: str) -> bool:
    """An English noun German does not know, written small right after an article ("ein bottleneck", "einem
    bottleneck"), a contraction or a preposition ("zum bottleneck", "in retraining"), where German has a capitalised
    noun: less common in English than english_by_frequency asks, but more common there than in German text."""
    toks = ctx.doc.tokens
    if i == 0 or not ctx.adjacent(i - 1, i) or not toks[i].text.islower():
        return False
    prev = toks[i - 1].text.lower()
    # (after a bare preposition only one German text hardly has: "auf bookworm" names a release)
    if not _article_place(prev) and not (prev in M.PREPOSITIONS and lexicon.zipf_de(low) < BARE_SMALL_NOUN_MAX_DE):
        return False
    en = lexicon.zipf_en(low)
    return en >= SMALL_NOUN_MIN_EN and en - lexicon.zipf_de(low) >= EN_MARGIN and any(
        pos in dictionary.NOUN_POS for _, pos in dictionary.translations(low))


SMALL_NOUN_MIN_EN = 2.5   # "bottleneck" 3.0 (German text 1.9)
BARE_SMALL_NOUN_MAX_DE = 1.3   # "in retraining" 1.1; not "auf bookworm" 1.4, a Debian release


def _rare_english_plural(ctx: Context, i: int, part: str) -> bool:
    """A capitalised English plural of an English noun that German text never uses ("Und Blowflies können …"):
    names are rarely plurals of common nouns, and wordfreq has never seen it in German. Inside a German sentence
    only (after a lower-case word, a determiner or a sentence-opening function word), never inside a run of
    capitalised words."""
    from .english import capitalised_english_noun_context

    low = part.lower()
    if "-" in ctx.doc.tokens[i].text or lexicon.zipf_de(low) > 0 or not low.endswith("s") or in_name(ctx, i):
        return False
    # "des Resolvers", "eines Newsreaders": a German genitive of an English loanword, no plural
    prev = ctx.doc.tokens[i - 1].text if i > 0 else ""
    det = M.determiner(prev)
    if det is not None and any(f.startswith("gen.sg") for f in det[2]):
        return False
    singular = _english_singular(low)
    return singular is not None and lexicon.is_english(low) and capitalised_english_noun_context(ctx, i)


def _used_as_name(ctx: Context, word: str) -> bool:
    """WORD stands twice or more in the text, never after a determiner or an adjective: a name, which German writes
    without an article ("Nordrail bestellt …", "von Nordrail"), as no common noun stands."""
    toks = ctx.doc.tokens
    seen = [k for k, t in enumerate(toks) if t.text == word]
    return len(seen) >= 2 and not any(
        k > 0 and (M.determiner(toks[k - 1].text) is not None or toks[k - 1].text.lower() in M.CONTRACTIONS
                   or (toks[k - 1].text.islower() and toks[k - 1].text.endswith(("e", "en", "er", "es", "em"))
                       and toks[k - 1].text.isalpha() and len(toks[k - 1].text) > 3))
        for k in seen)


def _uses(ctx: Context, low: str) -> int:
    """How often the text has the capitalised word LOW (lower-cased), with its singular or plural in -s."""
    def compute() -> dict[str, int]:
        out: dict[str, int] = {}
        for t in ctx.doc.tokens:
            if t.text[:1].isupper() and t.text.isalpha():
                out[t.text.lower()] = out.get(t.text.lower(), 0) + 1
        return out
    counts = ctx.memo("unknown_words.uses", compute)
    return counts.get(low, 0) + counts.get(low + "s", 0) + (counts.get(low[:-1], 0) if low.endswith("s") else 0)


RARE_CAPITALISED_MAX_DE = 1.1   # wordfreq's German count of an English noun German text hardly has ("walkout")
LOAN_CAPITALISED_MAX_DE = 4.0   # a noun German's dictionaries lack, however common in German text ("cash" 3.9) …
LOAN_CAPITALISED_MARGIN = 0.6   # … that English text has this much more ("grit" 3.4 / 2.8) …
LOAN_JARGON_USES = 3            # … unless the text has it this often (with its plural in -s): its jargon


def _rare_english_noun(ctx: Context, i: int, part: str) -> str | None:
    """A capitalised English noun German text hardly ever has ("rare"), or one German's dictionary lacks ("loan"),
    right after a determiner ("Der Walkout trifft …", "auf dem Homestretch", "ein Trader"): no name (the English
    dictionary lists it as a common word; no capitalised word follows), so English left untranslated."""
    low = part.lower()
    toks = ctx.doc.tokens
    de, en = lexicon.zipf_de(low), lexicon.zipf_en(low)
    if en < RARE_EN_MIN_ZIPF or "-" in toks[i].text:
        return None   # (the cheap tests first)
    # a noun German's dictionaries lack, however often German text has it (English passages and names count
    # there): English where English text has it far more ("ein Trader", "einem Cap", "enormes Grit")
    unknown = not lexicon.is_german_any_case(part) and not nouns.analyses(part) and not noun_features(part)[1]
    most = LOAN_CAPITALISED_MAX_DE if unknown and en - de >= LOAN_CAPITALISED_MARGIN else RARE_CAPITALISED_MAX_DE
    # (an English compound the English speller lacks but the English–German dictionary has: "Rollercoaster")
    english = lexicon.is_english(low) or (unknown and any(pos in dictionary.NOUN_POS
                                                          for _, pos in dictionary.translations(low)))
    if "-" in toks[i].text or de > most or not english \
            or en < RARE_EN_MIN_ZIPF or is_name_word(part) or in_name(ctx, i):
        return None
    det = M.determiner(toks[i - 1].text) if i > 0 and ctx.adjacent(i - 1, i) else None
    k = determiner_before_adjectives(ctx, i) if det is None else None
    if k is not None:   # "mit einer linken Hook"
        det = M.determiner(toks[k].text)
    if det is None and i > 0 and ctx.adjacent(i - 1, i) and i - 1 not in ctx.doc.sentence_starts \
            and (toks[i - 1].text.isdigit() or toks[i - 1].text in M.CARDINALS):
        det = M.COUNT_DETERMINER   # a count before it: "vereint 64 Beekeeper"
        if de > RARE_CAPITALISED_MAX_DE:
            return None   # (a currency or a unit German text has: "5000 Sum")
    if det is None and unknown and i > 0 and ctx.adjacent(i - 1, i) and i - 1 not in ctx.doc.sentence_starts \
            and toks[i - 1].text.islower() and toks[i - 1].text.endswith(("es", "er", "e")) \
            and _is_adjective(toks[i - 1].text):
        det = M.COUNT_DETERMINER   # a strong adjective alone before it: "zeigte enormes Grit"
    if det is None or (low.endswith("s") and any(f.startswith("gen.sg") for f in det[2])):
        return None   # "eines Newsreaders": the German genitive of an English loanword
    if i + 1 < len(toks) and toks[i + 1].text[:1].isupper() and ctx.adjacent(i, i + 1):
        return None
    if de <= RARE_CAPITALISED_MAX_DE:
        return "rare"
    # a loan the text uses again and again is its jargon ("Locale", "Hash" in a manual), not a slip
    return "loan" if _uses(ctx, low) < LOAN_JARGON_USES else None


def _small_noun_after_determiner(ctx: Context, i: int, part: str) -> bool:
    """An English word German has in no case, written small right after a determiner where a German noun would be
    capitalised, no noun after it ("unsere lifeline"): English, however common in German text."""
    toks = ctx.doc.tokens
    # (the whole token, no name of a program or package, no abbreviation: "das doc-debian-Paket", "ein
    # batman-adv", "der chin. Küche"; and English by frequency too, not colloquial German: "nix"; after "als", a
    # role's noun, a loan German text has as often, capitalised: "als freelancer arbeiten")
    role = i > 0 and toks[i - 1].text == "als" and part.endswith(_ROLE_ENDINGS)
    return part.islower() and part == toks[i].text and len(part) >= 5 and i > 0 and ctx.adjacent(i - 1, i) \
        and (M.determiner(toks[i - 1].text) is not None or role) \
        and lexicon.zipf_en(part) >= (EN_MIN_ZIPF if role else SMALL_NOUN_EN_MIN_ZIPF) \
        and lexicon.zipf_en(part) - lexicon.zipf_de(part) >= (-ROLE_LOAN_MARGIN if role else 0.5) \
        and not lexicon.is_german_any_case(part) \
        and not (i + 1 < len(toks) and ctx.adjacent(i, i + 1) and (toks[i + 1].text[:1].isupper()
                                                                   or toks[i + 1].text == "-"))


SMALL_NOUN_EN_MIN_ZIPF = 2.5   # an English word German lacks in any case, small after its article ("tastings" 2.6)
_ROLE_ENDINGS = ("er", "or", "ant", "ent", "ist", "ian")   # English nouns of persons (not "als overlay angegeben")
ROLE_LOAN_MARGIN = 0.5   # "freelancer": German text has "Freelancer" about as often as English (3.06, 3.0)


def _noun_follows(ctx: Context, i: int) -> bool:
    """A noun stands right after token I (also a compound the noun lexicon lacks, judged by its head:
    "Umweltverträglichkeitsprüfung")."""
    toks = ctx.doc.tokens
    if i + 1 >= len(toks) or not ctx.adjacent(i, i + 1):
        return False
    nxt = toks[i + 1].text
    return nxt[:1].isupper() and nxt.isalpha() and bool(nouns.analyses(nxt) or noun_features(nxt)[1])


def _english_adjective_inflected(ctx: Context, i: int, part: str) -> Finding | None:
    """An English adjective with a German ending before a noun ("einen hawkishen Kurs", "die severen Folgen",
    "einem smoothen Start"): the German adjectives of the dictionary with the same ending. A word German has in
    its own right stays ("toughen": Duden lists "tough")."""
    toks = ctx.doc.tokens
    low = part.lower()
    # (the Swiss spelling of a German word is German: "grosse Mühe")
    if not part.islower() or part != toks[i].text or lexicon.is_german(low) \
            or ("ss" in low and lexicon.is_german(low.replace("ss", "ß"))) or not _noun_follows(ctx, i):
        return None
    for end in ("en", "em", "er", "es", "e", "n"):
        stem = low[: len(low) - len(end)]
        if not low.endswith(end) or len(stem) < 4 or lexicon.is_german(stem) or not lexicon.is_english(stem) \
                or lexicon.zipf_en(stem) < EN_MIN_ZIPF_ADJ:
            continue
        adjectives = [de for de, pos in dictionary.translations(stem) if pos == "adj" and " " not in de]
        ending = end if end != "n" else "en"   # "severe" + "n": the German ending is -en
        forms = [a + ending for a in _commonest_first(adjectives) if lexicon.is_german(a + ending)]
        if not adjectives and lexicon.zipf_de(low) > 0:
            continue
        return Finding(toks[i].start, toks[i].end, part, "EN_WORD", "english", "error",
                       f"English adjective „{stem}“ with a German ending", forms[:MAX_PROPOSALS])
    return None


EN_MIN_ZIPF_ADJ = 2.3   # an English adjective this common ("hawkish" 2.4) with a German ending before a noun


def _english_noun_hunspell_builds(ctx: Context, i: int, part: str) -> Finding | None:
    """A capitalised English noun mid-sentence that German hunspell accepts only by compounding ("Landlords":
    "Land" + "Lords") and the noun lexicon lacks, far commoner in English: English left in ("die Landlords
    wollten …" -> "Vermieter")."""
    low = part.lower()
    de = lexicon.zipf_de(low)
    if not part[:1].isupper() or i in ctx.doc.sentence_starts or nouns.analyses(part) \
            or de >= HYPHEN_LOAN_MIN_DE or lexicon.zipf_en(low) - de < HYPHEN_EN_MARGIN:
        return None
    # (after its article, in a noun's place, not a brand in a list, "Piotech und Trust"; nor the German genitive of a
    # loan, "des Interpreters")
    toks = ctx.doc.tokens
    at = i - 1 if i > 0 and M.determiner(toks[i - 1].text) is not None else determiner_before_adjectives(ctx, i)
    det = M.determiner(toks[at].text) if at is not None and ctx.adjacent(at, at + 1) else None
    if det is None or (low.endswith("s") and all(f.startswith("gen") for f in det[2])) \
            or not capitalised_english_noun(ctx, i, part):
        return None
    t = toks[i]
    return Finding(t.start, t.end, part, "EN_WORD", "english", "error", f"English word „{part}“ in German text",
                   translations(ctx, i, ctx.glossary.translations(low), part))


def _english_attributive(ctx: Context, i: int) -> Finding | None:
    """An English adjective German also lists as a loanword, used before a noun without a German ending ("nach
    monatelangen tough Verhandlungen"): German adjectives before a noun take an ending, so here it is English."""
    toks = ctx.doc.tokens
    w = toks[i].text
    low = w.lower()
    if not w.islower() or i + 1 >= len(toks) or i == 0 or w in ctx.glossary.known_words:
        return None
    prev = toks[i - 1]
    if not _noun_follows(ctx, i):
        return None
    if not ctx.adjacent(i - 1, i) or not (prev.text.isalpha() or prev.text.isdigit()):   # "800 additional Kräfte"
        return None
    # (an ending on a German stem is a German inflection: "harter"; "proper" is no "prop" + -er)
    if lexicon.zipf_en(low) - lexicon.zipf_de(low) < ATTRIBUTIVE_MARGIN or any(
            low.endswith(e) and (e == "e" or lexicon.is_german(low[: -len(e)])) for e in ("e", "en", "er", "es", "em")):
        return None
    t = toks[i]
    if not any(pos == "adj" for _, pos in dictionary.translations(low)[:3]):
        # an English noun as English puts one before another ("unterzeichnet landmark Abkommen"): English left in,
        # with nothing to propose (the German is an adjective or a compound the dictionary does not give)
        if not any(pos in dictionary.NOUN_POS for _, pos in dictionary.translations(low)[:3]) \
                or not lexicon.is_english(low) or lexicon.zipf_en(low) < EN_MIN_ZIPF:
            return None
        return Finding(t.start, t.end, w, "EN_WORD", "english", "warning",
                       f"English noun „{w}“ before a noun, as English uses one", [])
    proposals = translations(ctx, i, ctx.glossary.translations(low), w)
    if not proposals:
        return None
    return Finding(t.start, t.end, w, "EN_WORD", "english", "warning",
                   f"English adjective „{w}“ before a noun, without a German ending", proposals)


ATTRIBUTIVE_MARGIN = 1.5


_RE_PREFIX_RE = re.compile(r"re-([a-zäöüß]{4,})")


def _english_re_prefix(ctx: Context, i: int) -> Finding | None:
    """English "re-" with a hyphen before a verb's German form ("re-evaluiert", "zu re-routen"): German has no such
    prefix. Before a German verb form, that form after "neu"; before an English verb with a German ending, German's
    um- verb of it ("umzuleiten"), or nothing to propose."""
    t = ctx.doc.tokens[i]
    m = _RE_PREFIX_RE.fullmatch(t.text)
    if m is None:
        return None
    rest = m.group(1)
    toks = ctx.doc.tokens
    zu = i > 0 and toks[i - 1].text == "zu" and ctx.adjacent(i - 1, i)
    start = toks[i - 1].start if zu else t.start
    span = ctx.doc.text[start:t.end]
    msg = "English prefix „re-“: German says „neu“, „erneut“ or uses a verb of its own"
    if lexicon.is_german(rest) and rest.endswith(("t", "en", "te", "ten")):
        return Finding(start, t.end, span, "PSEUDO_EN_WORD", "pseudo-english", "warning", msg,
                       [("neu zu " if zu else "neu ") + rest] if lexicon.is_german_any_case(rest) else [])
    stems = [rest[:-2], rest[:-1]] if rest.endswith("en") else []
    for stem in stems:
        if len(stem) >= 4 and lexicon.is_english(stem) and lexicon.is_english("re" + stem) \
                and any(pos == "v" for _, pos in dictionary.translations(stem)):
            from .calques import conjugate

            verbs = prefixed_german_verbs("re" + stem)
            return Finding(start, t.end, span, "PSEUDO_EN_WORD", "pseudo-english", "error", msg,
                           [conjugate(v)[1]["zu" if zu else "inf"] for v in verbs][:MAX_PROPOSALS])
    return None


# subjects right before an English verb with a German ending: (the ending, the German form it stands for)
# (reported speech's "man habe", "man monitore"; the plural's "wir monitoren", a word German has only as a noun)
_VERB_FORM_SUBJECTS = {"man": ("e", "pres.1sg"), "ich": ("e", "pres.1sg"), "wir": ("en", "pres.1pl")}


def _english_verb_after_pronoun(ctx: Context, i: int, part: str, end: int) -> Finding | None:
    """An English verb with the German -e right after "man" or "ich", or with -en after "wir" ("man monitore die
    Lage", "Wir monitoren die Lage"), a word German has only as a noun capitalised ("Monitore", "Monitoren"): the
    German verbs in that form ("beobachte", "beobachten")."""
    toks = ctx.doc.tokens
    subject = toks[i - 1].text.lower() if i > 0 and ctx.adjacent(i - 1, i) else ""
    ending, form = _VERB_FORM_SUBJECTS.get(subject, ("", ""))
    if not ending or not part.islower() or not part.endswith(ending) or len(part) < 5 + len(ending) \
            or lexicon.is_german(part):
        return None
    for base in (part[:-len(ending)], part[:-len(ending) + 1] if len(ending) > 1 else part):
        f = _english_stem_finite(ctx, i, base, form, end)
        if f is not None:
            return f
    return None


def _english_stem_finite(ctx: Context, i: int, base: str, form: str, end: int,
                         unlisted: bool = False) -> Finding | None:
    """The finding on token I, English verb BASE with the German ending of FORM: the German verbs in that form;
    where the dictionary has no German verb for it, found with nothing to propose if UNLISTED ("upload"), as also
    where a verb is not its first sense ("ground" is "Boden" first, and its verbs "gründen", "mahlen" are other
    senses than "groundet die Flotte")."""
    if not (lexicon.is_english(base) and english_verb_zipf(base) >= 3.5 and not lexicon.is_german(base)):
        return None
    senses = dictionary.translations(base)
    listed = any(pos == "v" for _, pos in senses) and (not unlisted or senses[0][1] == "v")
    # (one the dictionary lacks as a verb must show it is one in English text by its forms: "uploaded",
    # "targeted"; not "tasks" in "taskset")
    if not listed and not (unlisted and max(lexicon.zipf_en(base + "ed"), lexicon.zipf_en(base + "ing")) >= 3.0):
        return None
    forms = _german_verb_forms(base, form, finite=True, curated=_curated_verbs(ctx, base)) if listed else []
    toks = ctx.doc.tokens
    return Finding(toks[i].start, end, ctx.doc.text[toks[i].start:end], "PSEUDO_EN_WORD", "pseudo-english",
                   "error", f"English „{base}“ with a German verb ending", forms[:MAX_PROPOSALS])


def _linked_pseudo_english(ctx: Context, i: int, part: str) -> Finding | None:
    """A pseudo-English noun with a German linking s before a hyphen and a German noun ("Sustainabilitäts-Strategie"):
    the German compound whole, as German writes it ("Nachhaltigkeitsstrategie")."""
    t = ctx.doc.tokens[i]
    rest = t.text[len(part) + 1:]
    if not part.endswith("s") or len(part) < 8 or "-" in rest or not rest[:1].isupper() \
            or not lexicon.is_german(rest):
        return None
    # (judged as the word alone: "Kalibrations-Code" is German as "Kalibration" is)
    if _known(ctx, part[:-1]):
        return None
    f = _classify(ctx, i, part[:-1], t.start)
    if f is None or f.rule != "PSEUDO_EN_WORD" or not f.suggestions:
        return None
    # (only German nouns German text has: a guess of the rules is no ground for a compound)
    proposals = [de + "s" + rest.lower() for de in f.suggestions if " " not in de and lexicon.zipf_de(de.lower()) > 0]
    if not proposals:
        return None
    return replace(f, end=t.end, text=t.text, suggestions=proposals[:MAX_PROPOSALS])


# German finite endings on an English stem, longest first, and the German form they stand for
_FINITE_ENDINGS = (("eten", "pret.3pl"), ("ete", "pret.3sg"), ("ten", "pret.3pl"), ("te", "pret.3sg"),
                   ("et", "pres.3sg"), ("t", "pres.3sg"))


def _english_finite_verb(ctx: Context, i: int, part: str, end: int) -> Finding | None:
    """An English verb with a German finite ending in a finite verb's place, second in its clause: before a
    subject pronoun or article after what opens the sentence ("In der Nacht uploadete sie …"), or after a
    pronoun or noun and before no noun ("Das Regime targetet ihr Publikum"): the German verbs in that form
    ("lud … hoch" is two words and left out)."""
    toks = ctx.doc.tokens
    if not part.islower() or part != toks[i].text or lexicon.is_german(part) or lexicon.zipf_de(part) > 0 \
            or i == 0 or i + 1 >= len(toks) or not ctx.adjacent(i - 1, i) or not ctx.adjacent(i, i + 1):
        return None
    prev, nxt = toks[i - 1].text, toks[i + 1].text
    # (no determiner before it, whose adjective it would be: "die uploadete Datei")
    if M.determiner(prev) is not None or prev.lower() in M.PREPOSITIONS:
        return None
    subject_after = nxt.lower() in M.SUBJECT_PRONOUNS or M.determiner(nxt) is not None
    # (a noun, not an acronym, which technical text has before its commands: "HTML quotet")
    subject_before = prev.lower() in M.SUBJECT_PRONOUNS or (prev[1:].islower() and bool(nouns.analyses(prev))
                                                             and i - 1 not in ctx.doc.sentence_starts)
    if not (subject_after or subject_before) or nouns.analyses(nxt):
        return None
    for ending, form in _FINITE_ENDINGS:
        base = part[:-len(ending)]
        if part.endswith(ending) and len(base) >= 4:
            f = _english_stem_finite(ctx, i, base, form, end, unlisted=True)
            if f is not None:
                return f
    return None


def _english_infinitive(ctx: Context, i: int, part: str, end: int, loan: bool = False) -> Finding | None:
    """An English verb with the German infinitive ending after "zu" ("zu releasen"): the German verbs of the
    glossary and the dictionary as zu-infinitives ("freizulassen"), the span taking the "zu" in. For a LOAN German
    text has now and then, the glossary's verbs only."""
    toks = ctx.doc.tokens
    low = part.lower()
    if i == 0 or not part.islower():
        return None
    zu = toks[i - 1].text.lower() == "zu" and ctx.adjacent(i - 1, i)
    if not zu and not _infinitive_place(ctx, i):
        return None
    bases = [low[:-1], low[:-2]] if low.endswith("en") else [low[:-1]] if low.endswith("n") else []
    undoubled = low[:-3] if low.endswith("en") and len(low) > 5 and low[-3] == low[-4] and low[-3] not in "aeiou" \
        else ""
    if undoubled:
        bases.append(undoubled)   # a consonant German doubled after a short vowel ("cappen" <- cap)
    # (or the bare English verb after "zu" at the clause's end: "die Rückreise zu cover")
    # (its object before "zu", a noun or a pronoun; not "ähnlich zu monitor", a preposition's name)
    if zu and not bases and i + 1 < len(toks) and toks[i + 1].text in (".", ",", ";", "!", "?", "“", "”", '"') \
            and not lexicon.is_german(low) and i >= 2 and (nouns.analyses(toks[i - 2].text)
                                                            or toks[i - 2].text in ("sie", "es", "ihn", "ihm", "ihr")):
        bases.append(low)
    for base in bases:
        if len(base) < (3 if base == undoubled else 4) or not lexicon.is_english(base) \
                or english_verb_zipf(base) < verb_min_zipf(low, 3.5):
            continue
        tr = dictionary.translations(base) or [(de, "v") for de in prefixed_german_verbs(base)]
        if not any(pos == "v" for _, pos in tr):
            # (a common English word the dictionary has no verb for, in a verb's place German text never has:
            # found, nothing to propose: "den Markt shielden")
            # (one German text has never had may be rarer in English: "upscalen")
            if english_verb_zipf(base) >= verb_min_zipf(low, 3.5) and lexicon.zipf_de(low) == 0 \
                    and not lexicon.is_german_any_case(part) and not lexicon.is_german_any_case(base):
                span_start = toks[i - 1].start if zu else toks[i].start
                return Finding(span_start, end, ctx.doc.text[span_start:end], "EN_WORD", "english", "error",
                               f"English verb „{base}“ with a German ending", [])
            continue
        from .calques import conjugate

        # only the verb senses among the dictionary's main ones: "release" is "Freigabe", "Entlassung" … and
        # "auslösen" as its tenth sense, which would be a wrong proposal for "die Gefangenen zu releasen"
        verbs = [de for de, pos in tr[:8] if pos == "v" and " " not in de and lexicon.is_german(de)]
        verbs = _commonest_first(verbs)     # "liefern" before "abliefern"
        curated = [v for v in _curated_verbs(ctx, base) if lexicon.is_german(v)]
        verbs = curated if loan else list(dict.fromkeys(curated + verbs))
        proposals = list(dict.fromkeys(conjugate(v)[1]["zu" if zu else "inf"] for v in verbs))[:3]
        span_start = toks[i - 1].start if zu else toks[i].start
        return Finding(span_start, end, ctx.doc.text[span_start:end], "EN_WORD", "english", "error",
                       f"English verb „{base}“ with a German ending", proposals)
    return None


_INFINITIVE_GOVERNORS = frozenset((
    "werden", "werde", "wird", "würde", "würden", "kann", "können", "konnte", "konnten", "könnte", "könnten", "muss",
    "müssen", "musste", "mussten", "müsste", "müssten", "soll", "sollen", "sollte", "sollten", "will", "wollen",
    "wollte", "wollten", "darf", "dürfen", "durfte", "durften", "dürfte", "dürften", "möchte", "möchten",
    "könne", "müsse", "solle", "wolle", "dürfe", "möge",
    # ("lassen" takes a bare infinitive too: "mit dem sich die Metalle recovern lassen")
    "lassen", "lässt", "ließ", "ließen", "lasse", "ließe"))
_CLAUSE_ENDS = frozenset((",", ".", ";", ":", "!", "?", "–", "—", "und", "oder", "aber", "sowie"))
_CLOSING_MARKS = frozenset(("“", "”", "\"", "«", "»", "’", ")"))


def _infinitive_cut_short(ctx: Context, i: int, part: str) -> str | None:
    """A verb's stem German text never has right before a modal or "werden" at a clause's end ("die ihre Ware
    verschiff wollen"): the infinitive with its -en, where German has it."""
    toks = ctx.doc.tokens
    low = part.lower()
    if not part.islower() or len(part) < 5 or lexicon.zipf_de(low) > 0 or i + 1 >= len(toks) \
            or not ctx.adjacent(i, i + 1) or toks[i + 1].text.lower() not in _INFINITIVE_GOVERNORS:
        return None
    if lexicon.is_german(low + "e") and lexicon.is_german(low + "er"):
        return None   # an adjective before "werden" ("exoterisch werden"), no verb's stem
    return next((low + e for e in ("en", "n") if lexicon.is_german(low + e) and lexicon.zipf_de(low + e) > 0), None)


_SUBORDINATE_OPENERS = frozenset("der die das dessen deren denen den dem welche welcher welches wer was dass weil "
                                 "wenn ob als während nachdem bevor obwohl da damit sodass".split())
CUT_VERB_MIN_ZIPF = 3.0   # a common verb ("verbinden" 4.3)
CUT_VERB_GAP = 2.0        # … far commoner than its bare stem


def _finite_verb_cut_short(ctx: Context, i: int, part: str) -> list[str]:
    """A verb's stem German text never has at the end of a clause ("…, dessen Mitglieder Jazz und Gesang
    verbind."): the verb lost its ending; its plural and its third person singular, where German has them."""
    toks = ctx.doc.tokens
    low = part.lower()
    if not part.islower() or len(part) < 5 or i + 1 >= len(toks) or toks[i + 1].text not in (".", ",", ";") \
            or not ctx.adjacent(i, i + 1) or lexicon.is_english(low) or i in ctx.doc.sentence_starts:
        return []
    if lexicon.is_german(low + "e") and lexicon.is_german(low + "er"):
        return []   # an adjective's stem, no verb's
    # (at the end of a subordinate clause, whose verb it is: not an imperative, "…, dann explodier.")
    k = i - 1
    while k > 0 and toks[k - 1].text not in (",", ".", ";", ":", "!", "?") and k not in ctx.doc.sentence_starts:
        k -= 1
    if toks[k].text.lower() not in _SUBORDINATE_OPENERS:
        return []
    # (German text has the stem alone as a rare imperative at most: "verbind" 1.8 beside "verbinden" 4.3)
    plural = low + "en"
    if not (lexicon.is_german(plural) and lexicon.zipf_de(plural) >= CUT_VERB_MIN_ZIPF
            and lexicon.zipf_de(plural) - lexicon.zipf_de(low) >= CUT_VERB_GAP):
        return []
    third = low + ("et" if low.endswith(("d", "t")) else "t")
    forms = [plural] + ([third] if lexicon.is_german(third) else [])
    # ("wer", "was" and the singular relative pronouns take the third person singular: "Wer … einsetzt")
    return forms[::-1] if toks[k].text.lower() in ("wer", "was", "der", "das", "dessen") else forms


def _infinitive_place(ctx: Context, i: int) -> bool:
    """Token i ends a clause whose finite verb is a modal or "werden" ("man werde die Lage genau monitoren und"),
    or stands right before that verb at a subordinate clause's end: the place of an infinitive."""
    toks = ctx.doc.tokens
    # verb last in a subordinate clause: the infinitive before its modal ("…, dass das Museum Lehrer hiren wolle")
    if i + 2 < len(toks) and toks[i + 1].text.lower() in _INFINITIVE_GOVERNORS and toks[i + 2].text in _CLAUSE_ENDS \
            and ctx.adjacent(i, i + 1):
        return True
    # the finite verb of a plural subject right before it, whose present has the infinitive's form ("Die Behörden
    # monitoren die Wasserqualität"), before its object or an adverb: for a word German has as a noun only
    # ("Monitoren"; one German does not have at all is the pseudo-English rules', "settlen")
    if i >= 1 and i + 1 < len(toks) and ctx.adjacent(i - 1, i) and ctx.adjacent(i, i + 1) \
            and lexicon.is_german_any_case(toks[i].text) \
            and (toks[i - 1].text in ("wir", "sie") or (
                toks[i - 1].text[:1].isupper() and (i - 1) not in ctx.doc.sentence_starts
                and bool(nouns.features(toks[i - 1].text))
                and all(f.endswith(".pl") for f in nouns.features(toks[i - 1].text)))) \
            and (M.determiner(toks[i + 1].text) is not None or toks[i + 1].text.islower()):
        return True
    # (a quotation or a bracket may close right after it: „die Lage genau monitoren“)
    if i + 1 < len(toks) and toks[i + 1].text not in _CLAUSE_ENDS and toks[i + 1].text not in _CLOSING_MARKS:
        return False
    if _subordinate_clause_end(ctx, i):
        return True
    k = i - 1
    # (across "und" and "oder" inside the clause: "müssen Generatoren und Speicher regelmäßig maintainen")
    # (a long middle field too: "soll das Werk in der Nähe von Andijan seine Produktion um 25 Prozent upscalen")
    while k >= 0 and i - k <= 20 and (toks[k].text not in _CLAUSE_ENDS or toks[k].text in ("und", "oder")):
        if toks[k].text.lower() in _INFINITIVE_GOVERNORS:
            return True
        k -= 1
    return False


_SUBORDINATORS = frozenset("die dass weil wenn ob da als welche sobald solange bevor nachdem obwohl damit".split())


def _subordinate_clause_end(ctx: Context, i: int) -> bool:
    """Token i, a word German text has never had, ends a clause opened by a comma and a subordinating word
    ("Hotels, die systematisch overbooken, …"): the place of the finite verb, which in the plural has the
    infinitive's form."""
    toks = ctx.doc.tokens
    if len(toks[i].text) > lexicon.MAX_WORD_LEN or lexicon.zipf_de(toks[i].text.lower()) > 0 \
            or lexicon.is_german_any_case(toks[i].text):
        return False
    k = i - 1
    while k > 0 and i - k <= 8 and toks[k].text not in _CLAUSE_ENDS:
        k -= 1
    return k > 0 and toks[k].text == "," and toks[k + 1].text in _SUBORDINATORS and k + 1 < i


def _verb_forms(ctx: Context, i: int, low: str, start: int, verbs: list[str]) -> tuple[int, list[str]]:
    """German verbs (infinitives) put into the form the pseudo-English verb has: "attendierten" -> "besuchten",
    "zu enforcieren" -> "durchzusetzen" (the span then takes the "zu" in). A separable verb cannot stand as one word
    in a finite main-clause form ("nahmen … teil"): it is left out there."""
    from .calques import conjugate

    toks = ctx.doc.tokens
    zu = i > 0 and toks[i - 1].text.lower() == "zu" and ctx.adjacent(i - 1, i) and low.endswith("ieren")
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    attributive = nxt[:1].isupper() and nxt.isalpha()
    out = []
    # the dictionary's participles among the verbs ("verschoben" beside "verschieben") are no infinitives
    participles = {conjugate(v)[1]["pp"] for v in verbs if " " not in v and v.endswith(("en", "ern", "eln"))}
    for v in verbs:
        if " " in v or not v.endswith(("en", "ern", "eln")) or not lexicon.is_german(v) or v in participles:
            if low.endswith("ieren") and not zu and v.split(" ")[-1].islower() \
                    and v.split(" ")[-1].endswith(("en", "ern", "eln")):
                out.append(v)  # an infinitive phrase fits an infinitive; an inflected pseudo verb needs a form
                #                (a noun or adjective of the English word's other senses fits neither: "Anreiz")
            continue
        sep, f = conjugate(v)
        if zu:
            out.append(f["zu"])
        elif low.endswith("ieren"):
            out.append(f["inf"])
        elif low.endswith(("ierten", "ierte")) and not attributive:
            plural = low.endswith("ierten")
            if not sep:
                out.append(f["pret.3pl" if plural else "pret.3sg"])
        elif attributive and re.search(r"iert(?:e|en|er|es|em)$", low):
            # an attributive participle: the German participle with the pseudo word's ending ("die
            # announcierte Fusion" -> "angekündigte")
            out.append(f["pp"] + low[low.rindex("iert") + 4:])
        elif low.endswith("iert") and not attributive:
            out.append(f["pp"])
        elif low.endswith("iere") and not sep:
            out.append(f["pres.1sg"])   # (also the subjunctive of reported speech: "die Bahn priorisiere")
    if zu:
        start = toks[i - 1].start
    # a form the small inflector got wrong ("verschobt" for a strong verb) is no proposal
    out = [f for f in dict.fromkeys(out) if all(lexicon.is_german(w) for w in f.split(" "))]
    return start, out[:3]


def _english_with_ending(low: str) -> bool:
    """LOW is an English word with a German ending or a participle's frame ("canceln", "gecappt")."""
    bare = low[2:] if low.startswith("ge") else low
    return any(w.endswith(e) and len(w) - len(e) >= 3 and lexicon.is_english(w[: len(w) - len(e)])
               for w in {low, bare} for e in ("", "n", "en", "e", "t", "te", "ten", "er", "es", "em", "pt"))


# German endings an English adjective takes in machine translation ("convenienter" <- convenient, "kompliant" <-
# compliant)
_ADJECTIVE_ENDINGS = ("en", "er", "es", "em", "e", "")
ENGLISH_STEM_MIN_ZIPF = 3.0   # a common English word under the German ending ("compliant" 3.4)


def _english_under_german_ending(ctx: Context, i: int, part: str, start: int) -> Finding | None:
    """A word written small that neither hunspell nor German text knows, which is a common English adjective (in
    German letters or not) with a German ending or none ("kompliant", "convenienter"): the dictionary's German
    adjectives with its ending."""
    from .spelling import corrections, umlaut_corrections   # (spelling imports modules that import this one)

    low = part.lower()
    if not part.islower() or len(low) < 7 or lexicon.zipf_de(low) > 0 or lexicon.is_german_any_case(part) \
            or lexicon.is_english(low) or corrections(part) or umlaut_corrections(part):
        return None   # (a German word misspelt is the speller's: "kompletes", "inadequat" for "inadäquat")
    for end in _ADJECTIVE_ENDINGS:
        if not low.endswith(end):
            continue
        stem = low[: len(low) - len(end)]
        if len(stem) < 5:
            continue
        for cand in dict.fromkeys((stem, stem.replace("k", "c"), stem.replace("z", "c"), stem + "e")):
            if not lexicon.is_english(cand) or lexicon.zipf_en(cand) < ENGLISH_STEM_MIN_ZIPF \
                    or lexicon.zipf_en(cand) - lexicon.zipf_de(cand) < 1.0 or lexicon.is_german_any_case(cand):
                continue
            # (an adjective only: English verbs with German endings are the verb rules', "gefreezt", "changen")
            if not any(pos == "adj" for _, pos in dictionary.translations(cand)[:3]):
                continue
            proposals = translations(ctx, i, None, part, english=cand, pos_hint="adj", ending=end or None)
            return Finding(start, start + len(part), part, "PSEUDO_EN_WORD", "pseudo-english", "warning",
                           f"English „{cand}“ with a German ending", proposals[:MAX_PROPOSALS])
    return None


NOUN_SMALL_MAX_ZIPF = 1.5   # German text's figure for a word it writes small only, a verb ("shiften" 1.1)


def _english_noun_with_ending(ctx: Context, i: int, part: str, start: int) -> Finding | None:
    """An English noun with a German ending or in German letters ("die Exhibitoren", "Kommuter"), where German
    text has never had the word and it reads as no compound of German words; not in a name."""
    from .garbled import plausible_compound

    # (German text may have the word small, another word: "shiften" 1.1, a verb, is no noun "Shiften" <- shifts)
    low = part.lower()
    if not (part[:1].isupper() and part[1:].islower()) or len(part) < 6 \
            or lexicon.zipf_de(low) > (NOUN_SMALL_MAX_ZIPF if i not in ctx.doc.sentence_starts and low.endswith("en")
                                       and not lexicon.is_german_any_case(part) else 0) \
            or in_name(ctx, i) or plausible_compound(part) \
            or any(part.endswith(e) and lexicon.is_german(part[: -len(e)]) for e in ("s", "es")):
        return None   # (a German genitive of a loan: "des Deskriptors")
    feminine = english_agent_feminine(part)
    if feminine is not None:
        return Finding(start, start + len(part), part, "PSEUDO_EN_WORD", "pseudo-english", "warning",
                       f"English „{feminine[0]}“ with the German feminine ending", feminine[1][:MAX_PROPOSALS])
    src = english_noun_with_ending(part)
    if src is None or src[0] in latin_loans_in_article(ctx):
        return None
    english, plural = src
    # (the English plural's translations are plurals: "exhibitors" -> "Aussteller")
    source = english + "s" if plural and dictionary.translations(english + "s") else english
    proposals = translations(ctx, i, None, part, english=source)
    if plural and _dative_before(ctx, i):   # ("aus alten Bricken" -> "Steinen")
        proposals = list(dict.fromkeys(
            _dative_plural(p, {lem for lem, f in nouns.analyses(p) if f.endswith(".pl")}) or p for p in proposals))
    return Finding(start, start + len(part), part, "PSEUDO_EN_WORD", "pseudo-english", "warning",
                   f"English „{english}“ with a German ending", proposals)


def _dative_before(ctx: Context, i: int) -> bool:
    """A preposition of the dative only opens the phrase that ends at token I (adjectives between)."""
    toks = ctx.doc.tokens
    k = i - 1
    while k >= 0 and toks[k].text.islower() and toks[k].text.isalpha() and M.PREPOSITIONS.get(toks[k].text) is None:
        k -= 1
    return k >= 0 and M.PREPOSITIONS.get(toks[k].text.lower()) == ("dat",) and i - k <= 3


def _ieren_cognate(participle: str) -> str | None:
    """The participle of the German -ieren verb of a stem German wrote in its own letters ("geskalet" ->
    "skaliert"), which German uses for the English verb's technical sense."""
    stem = participle[2:] if participle.startswith("ge") else participle
    stem = stem[:-2] if stem.endswith("et") else stem[:-1] if stem.endswith("t") else stem
    stem = stem[:-1] if stem.endswith("e") else stem
    return stem + "iert" if len(stem) >= 3 and lexicon.is_german(stem + "ieren") else None


def _bare_english_participle(low: str) -> str | None:
    """An English verb with the German participle's -t but without its ge- ("deployt", "gepusht" without ge):
    the English verb, if the dictionary has German verbs for it and German has no such word."""
    # (an English verb in -e takes the -t straight on: "relocatet"; one in a consonant German's -et: "forecastet")
    stems = [low[:-1]] if low.endswith("t") and (not low.endswith("et") or lexicon.is_english(low[:-1])) else []
    if low.endswith("et") and not stems:
        stems = [low[:-2], low[:-1]]
        if len(low) > 6 and low[-3] == low[-4] and low[-3] not in "aeiou":
            stems.append(low[:-3])   # its last consonant doubled the English way ("committet" <- commit)
    elif stems and not low.endswith("et"):
        stems.append(low[:-1] + "e")   # an English verb in -e that lost it before the -t ("approvt" <- approve)
    for stem in stems:
        if len(stem) < 4 or lexicon.is_german(stem + "en") or lexicon.is_german(stem) or not lexicon.is_english(stem) \
                or english_verb_zipf(stem) < verb_min_zipf(low, 3.5):
            continue
        if any(pos == "v" for _, pos in dictionary.translations(stem)) or prefixed_english_verb(stem):
            return stem
    return None


def _prefixed_english_participle(ctx: Context, low: str) -> tuple[str, list[str]] | None:
    """A German separable prefix before an English verb in a participle's frame ("ausgebookt", "abgecancelt"): the
    English verb, and the participles of its German verbs (the glossary's first) that have the prefix already
    ("abgesagt") or take it to make a German word ("ausgebucht"); where the prefix stands for an English particle
    and the dictionary has the phrasal verb, that verb's participles ("hochgescaled" <- scale up: "erhöht")."""
    from .calques import SEPARABLE

    for p in SEPARABLE:
        if not low.startswith(p + "ge") or len(low) < len(p) + 6:
            continue
        english = english_participle(low[len(p):])
        if english is None or " " in english:
            return None
        # the English phrasal verb the prefix stands for, where the dictionary has it ("hochgescaled" <- scale up:
        # "erhöht", "vergrößert")
        phrasal = f"{english} {_PARTICLES[p]}" if p in _PARTICLES else ""
        forms = (_german_verb_forms(phrasal, "pp") or _verbs_in_form(_adverb_verbs(phrasal), "pp")) if phrasal else []
        if forms:
            return phrasal, forms
        forms = [pp if pp.startswith(p + "ge") else p + pp
                 for pp in _german_verb_forms(english, "pp", curated=_curated_verbs(ctx, english))]
        forms = [f for f in dict.fromkeys(forms) if lexicon.is_german(f)]
        # (found without a proposal where the dictionary has the verb only in phrases: "eingephast" <- phase in)
        return (english, forms) if forms or p in _PARTICLES else None
    return None


def _adverb_verbs(english: str) -> list[str]:
    """The German verbs the dictionary gives for an English verb only behind an adverb ("phase in": "stufenweise
    einführen"): the verb alone, which the sentence's own words then qualify."""
    pairs = [de.split(" ") for de, pos in dictionary.translations(english) if pos == "v" and de.count(" ") == 1]
    return list(dict.fromkeys(verb for adverb, verb in pairs if adverb.islower() and adverb != "sich"
                              and not adverb.endswith("en") and lexicon.is_german(verb)))


# German separable prefixes and the English particle of the same sense
_PARTICLES = {"hoch": "up", "herunter": "down", "runter": "down", "aus": "out", "weg": "away", "zurück": "back",
              "auf": "up", "ab": "off", "ein": "in"}


_OVER_UNDER = (("über", "over"), ("unter", "under"))


def _over_english_verb(low: str) -> tuple[str, str] | None:
    """German über-/unter- on an English verb with the participle's -t or the English -ed ("überworkt",
    "überchecked"): the English verb to translate (the over-/under- verb where English has one, "overwork", else
    the bare one, "check") and the German prefix."""
    for de, en in _OVER_UNDER:
        rest = low[len(de):]
        if not low.startswith(de) or len(rest) < 5 or not rest.endswith(("ed", "t")):
            continue
        for stem in past_stems(rest):
            if len(stem) < 4 or not lexicon.is_english(stem) or lexicon.is_german(stem) or lexicon.zipf_en(stem) < 3.5:
                continue
            for english in (en + stem, stem):
                if any(pos == "v" and " " not in d for d, pos in dictionary.translations(english)):
                    return english, de
    return None


PERFECT_WINDOW = 20   # how far back the auxiliary may stand ("haben am Wochenende das Festival … attendet")
_PERFECT_AUXILIARIES = frozenset("hat haben habe hatte hatten hätte hätten ist sind war waren wurde wurden wird "
                                 "werden worden sei seien werde würde würden wäre wären bin bist seid wirst".split())


# the auxiliaries a participle stands right before ("werden" of the passive's infinitive: "soll … relabelt werden";
# "wird" also follows an infinitive, the future)
_PARTICIPLE_BEFORE = frozenset("hat haben hatte hatten ist sind war waren wurde wurden worden werden".split())


def _in_number(toks, k: int) -> bool:
    """Token k is the comma or point inside a number ("1,4 Millionen"), no end of a clause."""
    return 0 < k < len(toks) - 1 and toks[k - 1].text.isdigit() and toks[k + 1].text.isdigit() \
        and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start


def _noun_follows(ctx: Context, i: int) -> bool:
    """A capitalised word follows token I in the same clause (its noun, where I is an attribute)."""
    toks = ctx.doc.tokens
    return i + 1 < len(toks) and ctx.adjacent(i, i + 1) and toks[i + 1].text[:1].isupper() \
        and toks[i + 1].text.isalpha()


def _perfect_clause(ctx: Context, i: int) -> bool:
    """Token i ends a clause that has an auxiliary of the perfect or the passive before it ("hat 40 Teams
    deployt"), or stands before that auxiliary at a clause's end ("die … refurbisht wurden"): the place of a
    participle."""
    toks = ctx.doc.tokens
    nxt = toks[i + 1].text if i + 1 < len(toks) else "."
    if nxt in _PARTICIPLE_BEFORE:
        return True   # a clause with the verb last: "…, die komplett refurbisht wurden"
    # (a quotation or a bracket may close right after it: "hat als Einheit performt“, sagte er")
    # (or a comparison: "hätten so sauber performt wie nie zuvor")
    if nxt not in (".", ",", ";", ":", "!", "?", "und", "oder", "–", "“", "”", "\"", "«", "»", ")", "wie"):
        return False
    k = i - 1
    while k >= 0 and (toks[k].text not in (".", ",", ";", ":", "!", "?") or _in_number(toks, k)) \
            and i - k <= PERFECT_WINDOW:
        if toks[k].text.lower() in _PERFECT_AUXILIARIES:
            return True
        k -= 1
    return False


def _german_verb_forms(english: str, form: str, finite: bool = False, curated: list[str] | None = None) -> list[str]:
    """The German verbs of an English verb (one word each, commonest first) in FORM ("pp", "pret.3sg", …); a
    separable verb has no one-word finite form in a main clause ("nahm … teil"): left out when FINITE. CURATED
    verbs (the glossary's, in their order) come first; given alone (the dictionary's left out) for a loan."""
    verbs = _commonest_first([de for de, pos in dictionary.translations(english) if pos == "v" and " " not in de]
                             or prefixed_german_verbs(english))
    return _verbs_in_form(list(dict.fromkeys((curated or []) + verbs)), form, finite)


def _curated_verbs(ctx: Context, english: str) -> list[str]:
    """The glossary's German verbs for an English verb, best first ("launch": starten, beginnen, einleiten)."""
    # (by an inflected form too: a verb German writes as a command, "cancel", is left out of the variants)
    # (or doubled before -ed: "capped")
    forms = (english, english + "s", english + "ed", english + "d", english + english[-1:] + "ed")
    entry = next((e for e in map(ctx.glossary.translations, forms)
                  if e is not None and e.pos == "verb" and e.en.lower() == english), None)
    if entry is None:
        return []
    return [de for de in entry.de if " " not in de]


def _verbs_in_form(verbs: list[str], form: str, finite: bool = False) -> list[str]:
    """German VERBS (infinitives) in FORM; a separable verb left out of a one-word finite form when FINITE."""
    from .calques import conjugate

    out = []
    for v in verbs:
        sep, f = conjugate(v)
        # (every word: a zu-infinitive is two, "zu modernisieren")
        if not (finite and sep) and all(lexicon.is_german(w) for w in f[form].split(" ")):
            out.append(f[form])
    return list(dict.fromkeys(out))


_GENERAL_VERBS = frozenset("kommen gehen machen tun haben sein werden geben lassen stehen liegen nehmen".split())


def _commonest_first(words: list[str]) -> list[str]:
    """German words (or phrases, by their rarest word) sorted by their frequency in German text, the commonest first;
    equal ones keep the dictionary's order. The most general verbs translate an English verb only in some phrase
    ("attend" -> "kommen"): they come last."""
    return sorted(words, key=lambda w: (w in _GENERAL_VERBS, -min(lexicon.zipf_de(x) for x in w.split(" "))))


def _english_infinitive_of(english: str) -> str | None:
    """The English infinitive of a past form ("celebrated" -> "celebrate", "postponed" -> "postpone")."""
    for base in (past_stems(english) if english.endswith("ed") else ()):
        if len(base) >= 3 and lexicon.is_english(base) and dictionary.translations(base):
            return base
    return None


def _phrases(ctx: Context) -> list[Finding]:
    """English multi-word phrases of the dictionary ("at the same time"): one finding, a German phrase."""
    toks = ctx.doc.tokens
    out = []
    i = 0
    starts = dictionary.phrase_starts()
    while i < len(toks):
        t = toks[i]
        low = t.text.lower()
        if low in starts and not ctx.claimed(i) and t.is_alpha_word and lexicon.is_english(low):
            p = phrase_at(ctx, i)
            # (one English word after a small word both languages have is English enough: "so far", "in
            # person"; not after a German verb, "stand on standby")
            if p is None and len(low) <= 3 and i + 1 < len(toks) and _english_as_written(toks[i + 1].text) \
                    and not _technical_context(ctx.doc.text, toks[i + 1]):
                p = phrase_at(ctx, i, min_foreign=1)
            if p is not None:
                n, props = p
                start, end = t.start, toks[i + n - 1].end
                compound = phrase_before_noun(ctx, i, i + n - 1)
                if compound is not None:
                    end, props = toks[compound[0]].end, compound[1]
                phrase = ctx.doc.text[start:end]
                out.append(Finding(start, end, phrase, "EN_PHRASE", "english", "error",
                                   f"English phrase „{phrase}“ in German text", props))
                ctx.claim(start, end)
                i += n
                continue
        i += 1
    return out


def _english_as_written(word: str) -> bool:
    """WORD, as written, is English and no German word ("far", "person" written small)."""
    return word.islower() and word.isalpha() and lexicon.is_english(word) and not lexicon.is_german(word)


_INDEFINITE = frozenset("ein eine einem einen einer eines".split())
TITLED_PAIR_MIN_EN = 3.5   # common English words ("visitor" 4.0, "briefing" 3.7, "outages" 3.1 is too rare)


def _titled_pairs(ctx: Context) -> list[Finding]:
    """Two English words in title case after an indefinite article and its adjectives ("bei einem Press Briefing",
    "ein Visitor Center", "ein heikler Balancing Act"): an English term left untranslated, as a name seldom takes
    "ein". Both are common English words, one at
    least no word of German, and no capitalised word goes on (a name's: "ein Nordic Care Staffing Büro"). Proposed:
    the dictionary's German for the pair, where it has one."""
    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        # (the article, or its inflected German adjectives after it: "ein heikler Balancing Act")
        a = i - 1
        while a > 0 and i - a <= 2 and toks[a].text.lower() not in _INDEFINITE and toks[a].text.islower() \
                and toks[a].text.endswith(("e", "en", "er", "es", "em")) and lexicon.is_german(toks[a].text) \
                and M.adjective_stem(toks[a].text) and ctx.adjacent(a - 1, a):
            a -= 1
        if toks[a].text.lower() not in _INDEFINITE or not ctx.adjacent(a, a + 1) or not ctx.adjacent(i, i + 1) \
                or not ctx.adjacent(i - 1, i) or ctx.claimed(i) or ctx.claimed(i + 1):
            continue
        pair = (toks[i].text, toks[i + 1].text)
        if not all(w.isalpha() and w[:1].isupper() and w[1:].islower() and len(w) <= lexicon.MAX_WORD_LEN
                   for w in pair):
            continue
        if i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) and toks[i + 2].text[:1].isupper():
            continue
        lows = [w.lower() for w in pair]
        if not all(lexicon.is_english(w) and lexicon.zipf_en(w) >= TITLED_PAIR_MIN_EN for w in lows) \
                or all(lexicon.is_german_any_case(w) for w in pair) or after_quote(ctx, i):
            continue
        start, end = toks[i].start, toks[i + 1].end
        phrase = ctx.doc.text[start:end]
        german = [de for de, pos in dictionary.translations(" ".join(lows)) if pos in dictionary.NOUN_POS]
        if any(de.replace(" ", "").replace("-", "").lower() == "".join(lows) for de in german) \
                or lexicon.is_german("".join(pair).capitalize()):
            continue   # a loan German has, written as one word too ("ein Joint Venture": "Jointventure")
        out.append(Finding(start, end, phrase, "EN_PHRASE", "english", "error",
                           f"English term „{phrase}“ in German text", german[:MAX_PROPOSALS]))
        ctx.claim(start, end)
    return out


_TECH_NEIGHBOURS = frozenset("/\\_=@$#<>{}[]|~`")
_CAMEL_RE = re.compile(r"[a-zäöü][A-ZÄÖÜ]")


def _technical(text: str, start: int, end: int, word: str) -> bool:
    """File names, options, identifiers, URLs: "local-fs.target", "$PATH", "RebootWatchdog", "sort_re"."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _TECH_NEIGHBOURS or after in _TECH_NEIGHBOURS or before == ".":
        return True
    if after == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return True
    if after == "(" and end + 1 < len(text) and text[end + 1].isdigit():
        return True   # a manual page: "getent(1)"
    return "_" in word or any(c.isdigit() for c in word) or bool(_CAMEL_RE.search(word))


def _technical_context(text: str, t) -> bool:
    """The token stands where code does (next to "/", "_", "$", "." ...) or holds digits or "_"."""
    return _technical(text, t.start, t.end, t.text.lower())


_ACRONYM_FUSED_RE = re.compile(r"([A-ZÄÖÜ]{2,5})([A-ZÄÖÜ][a-zäöüß]{3,})")


def _acronym_fused(ctx: Context, i: int) -> Finding | None:
    """An acronym run into a German noun with no hyphen ("Hunderte SIMKarten" -> "SIM-Karten"): German joins the two
    with a hyphen (Duden, Bindestrich); not an English identifier ("HTMLParser") nor a word of the glossary."""
    t = ctx.doc.tokens[i]
    m = _ACRONYM_FUSED_RE.fullmatch(t.text)
    if m is None or t.text in ctx.glossary.known_words:
        return None
    noun = m.group(2)
    # (nor a name English text has whole, "SELinux", whose second part is no German noun's)
    if not nouns.analyses(noun) or not lexicon.is_german(noun) or lexicon.is_english(noun.lower()) \
            or lexicon.zipf_en(t.text.lower()) > 0 or lexicon.zipf_en(noun.lower()) > lexicon.zipf_de(noun.lower()):
        return None
    return Finding(t.start, t.end, t.text, "GARBLED_WORD", "garbled", "error",
                   f"„{t.text}“: an acronym and a noun run together; German joins them with a hyphen",
                   [f"{m.group(1)}-{noun}"])


def _camel_prose(ctx: Context, i: int) -> Finding | None:
    t = ctx.doc.tokens[i]
    if t.text in ctx.glossary.known_words:
        return None
    split = camel_fused(t.text)
    if split is None:
        return None
    first = split.split(" ")[0]
    # mid-sentence, a capitalised first part that is no noun is a brand's ("die Fachmesse ProWein"): prose would
    # write it small ("derKlang"), as only a noun or the first word of a sentence is capitalised
    # (nor a function word written capitalised there, whatever noun the lexicon has of its letters: "ObTrans")
    if first[:1].isupper() and i not in ctx.doc.sentence_starts \
            and (not nouns.analyses(first) or function_word(first)):
        return None
    return Finding(t.start, t.end, t.text, "GARBLED_WORD", "garbled", "error",
                   f"„{t.text}“ looks like two words run together", [split])


def _opens_a_name(ctx: Context, i: int, part: str) -> bool:
    """A capitalised first word of a sentence before a capitalised word German does not know: a name's first word
    ("Rail Baltica: Lettland kämpft …")."""
    toks = ctx.doc.tokens
    nxt = toks[i + 1].text if i + 1 < len(toks) and ctx.adjacent(i, i + 1) else ""
    if not (part[:1].isupper() and i in ctx.doc.sentence_starts and nxt[:1].isupper()):
        return False
    if nxt.isalpha() and not lexicon.is_german_any_case(nxt) and not lexicon.is_english(nxt.lower()):
        return True
    # three capitalised words or more, none a German noun: an English name ("Transparency International Georgia
    # warnte …")
    k = i + 1
    while k < len(toks) and toks[k].text[:1].isupper() and toks[k].text.isalpha() and ctx.adjacent(k - 1, k) \
            and not nouns.analyses(toks[k].text):
        k += 1
    if k - i >= 3 and (k >= len(toks) or not toks[k].text[:1].isupper()):
        return True
    # the pair stands mid-sentence elsewhere in the article, where a run of capitalised words is a name ("die
    # Fluggesellschaft Silk Valley Airways … Silk Valleys Flotte")
    from ...names import stem   # (the name without its genitive ending: "Valleys", "Valley's" -> "Valley")

    return (part, stem(nxt)) in ctx.memo("unknown_words.capitalised_pairs", lambda: frozenset(
        (toks[k].text, stem(toks[k + 1].text)) for k in range(len(toks) - 1)
        if k not in ctx.doc.sentence_starts and toks[k].text[:1].isupper() and toks[k + 1].text[:1].isupper()
        and ctx.adjacent(k, k + 1)))


LOAN_VERB_MIN_ZIPF = 1.5   # below: an English verb in a German form is an error ("gecancelled")
LOAN_VERB_MAX_ZIPF = 3.0   # up to: one German text has now and then gets a hint ("performte" 1.8, "supporten" 2.8)
LOAN_NOTE = "; German text has it now and then, a German verb reads better"


def _as_loan_hint(f: Finding) -> Finding:
    return replace(f, severity="info", message=f.message + LOAN_NOTE)


def _sich_before(ctx: Context, i: int) -> bool:
    """"sich" stands in the clause before token I ("der sich für drei Jahre gecommittet hat")."""
    toks = ctx.doc.tokens
    k = i - 1
    while k >= 0 and k >= i - 8 and toks[k].text not in (",", ".", ";", ":", "!", "?"):
        if toks[k].text == "sich":
            return True
        k -= 1
    return False


def _reflexive_participles(english: str) -> list[str]:
    """The German participles the dictionary gives as reflexive ("sich verpflichtet") for the English verb's past
    form ("committed", "hoped", "stopped")."""
    past = [english + "ed", english + "d", english + english[-1:] + "ed"]
    return list(dict.fromkeys(de.split(" ", 1)[1] for e in past for de, pos in dictionary.translations(e)
                              if pos == "v" and de.startswith("sich ") and de.count(" ") == 1
                              and lexicon.is_german(de.split(" ", 1)[1])))


def _place_after_preposition(ctx: Context, i: int, part: str) -> bool:
    """A capitalised word German lacks right after "in" without an article, in an article about the region ("in
    Chop an der Grenze zu Ungarn"): a German noun there takes its article, so the word is a place's name (not an
    English plural, "in Bargains", nor after "nach", "aus", which are "after" and "out of" too: "nach Overtime")."""
    toks = ctx.doc.tokens
    return part == toks[i].text and i > 0 and toks[i - 1].text == "in" and ctx.adjacent(i - 1, i) \
        and not part.endswith("s") and not lexicon.is_german_any_case(part) and document_context(ctx)


_ABSTRACT_LINKED = ("ions", "ungs", "täts", "heits", "keits", "schafts")


def _fond_for_fonds(word: str) -> str | None:
    """A compound in "-fond" where a fund is meant ("Kompensationsfond" -> "Kompensationsfonds"): German text has
    the "-fonds" compound more often, or neither and an abstract noun before it makes the sense money's (not a
    kitchen's stock, "Kalbsfond")."""
    low = word.lower()
    if not word[:1].isupper() or not low.endswith("fond") or not 8 <= len(low) <= lexicon.MAX_WORD_LEN:
        return None
    with_s, without = lexicon.zipf_de(low + "s"), lexicon.zipf_de(low)
    if with_s > without or (with_s == without == 0 and low[:-4].endswith(_ABSTRACT_LINKED)):
        return word + "s"
    return None


def _known(ctx: Context, word: str) -> bool:
    return word in ctx.glossary.known_words or lexicon.is_german_any_case(word) or lexicon.is_regular_form(word)


PREDICATE_EN_MARGIN = 0.3   # an English predicate German spelling lacks ("slim" 4.1 in English, 3.5 in German names)


def _english_predicate(ctx: Context, i: int, part: str) -> bool:
    """PART, small, ends its clause after a copula, and German spelling lacks it though German text has it in names
    ("Die Chancen seien slim."): an English adjective as the predicate, where a margin of frequency alone would not
    tell."""
    low = part.lower()
    en = lexicon.zipf_en(low)
    return part.islower() and part == ctx.doc.tokens[i].text and en >= EN_MIN_ZIPF \
        and en - lexicon.zipf_de(low) >= PREDICATE_EN_MARGIN and not lexicon.is_german_any_case(part) \
        and _predicative_at_clause_end(ctx, i) and any(pos == "adj" for _, pos in dictionary.translations(low))


def _classify(ctx: Context, i: int, part: str, start: int, before_hyphen: bool = False) -> Finding | None:
    low = part.lower()
    end = start + len(part)
    text = ctx.doc.text[start:end]
    capital_mid_sentence = part[0].isupper() and i not in ctx.doc.sentence_starts
    entry = ctx.glossary.translations(low)
    # English word: lower-case words by frequency; capitalised ones (names are capitalised too) only when the
    # glossary knows them as English words and they are not part of a run of capitalised words, which is a
    # proper name ("Russian International Affairs Council") and is left as it stands.
    # "eine Übung namens Northern Shield"; or a name the article gave after its noun before ("die Trägerrakete
    # Spectrum … der zweite Flug der Spectrum")
    named = introduced_name(ctx.doc, i) or (capital_mid_sentence and part in _named_after_their_noun(ctx)
                                            and not _after_its_noun(ctx, i)) \
        or (capital_mid_sentence and _place_after_preposition(ctx, i, part)) \
        or (capital_mid_sentence and firm_name(ctx, i))
    if lexicon.is_english(low) and not named and (
        (not capital_mid_sentence and (english_by_frequency(low) or _rare_english_word(ctx, i, low)
                                       or _small_noun_after_determiner(ctx, i, part)
                                       or _english_predicate(ctx, i, part))
         and not link_in_name(ctx, i) and not _opens_a_name(ctx, i, part))
        or (capital_mid_sentence and entry is not None and not in_name(ctx, i))
        or (capital_mid_sentence and capitalised_english_noun(ctx, i, part))
    ):
        return Finding(start, end, text, "EN_WORD", "english", "error", f"English word „{part}“ in German text",
                       translations(ctx, i, entry, part))
    if part.islower() and not named and part == ctx.doc.tokens[i].text and lexicon.zipf_de(low) == 0 \
            and not lexicon.is_english(low) and lexicon.zipf_en(low) >= MISSPELT_EN_MIN_ZIPF \
            and _in_prose(ctx, i):
        right = english_misspelling(low)
        if right is not None:
            return Finding(start, end, text, "EN_WORD", "english", "error",
                           f"English word „{right}“ (misspelt) in German text",
                           translations(ctx, i, ctx.glossary.translations(right), part, english=right))
    if part.islower() and _dictionary_english(low) and not named and part == ctx.doc.tokens[i].text \
            and _word_of_the_sentence(ctx, i):
        # a word the English speller lacks ("winemakers") or German text never has, but the English–German
        # dictionary translates, as it stands or as its singular ("gunsmiths"): English
        return Finding(start, end, text, "EN_WORD", "english", "error", f"English word „{part}“ in German text",
                       translations(ctx, i, entry, part) or translations(ctx, i, entry, part[:-1]))
    rare = _rare_english_noun(ctx, i, part) if capital_mid_sentence and not named else None
    if rare:
        # (a loan German text has in some sense gets the glossary's words, or the dictionary's only one: of
        # several senses the first is seldom the one meant, "Grit" is no "Kies"; "Rollercoaster": "Achterbahn")
        single = len({de for de, pos in dictionary.translations(low) if pos in dictionary.NOUN_POS}) == 1
        return Finding(start, end, text, "EN_WORD", "english", "warning", f"English noun „{part}“ in German text",
                       translations(ctx, i, entry, part) if rare == "rare" or entry is not None or single else [])
    if capital_mid_sentence and not named and _rare_english_plural(ctx, i, part):
        return Finding(start, end, text, "EN_WORD", "english", "warning",
                       f"English plural „{part}“ in German text", translations(ctx, i, entry, part))
    if not lexicon.is_english(low) or not lexicon.is_german(low):
        f = _english_adjective_inflected(ctx, i, part)
        if f is not None:
            return f
    if not lexicon.is_english(low) and lexicon.zipf_de(low) < LOAN_VERB_MAX_ZIPF:
        loan = lexicon.zipf_de(low) >= LOAN_VERB_MIN_ZIPF
        f = _english_infinitive(ctx, i, part, end, loan)   # ("die Aufsicht supporten": a loan's hint)
        if f is not None:
            return _as_loan_hint(f) if loan else f
    if not lexicon.is_english(low) and lexicon.zipf_de(low) < 2.5:
        agents = _agent_of_ieren(part)
        if agents:
            return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                           f"„{part}“: an agent noun German forms otherwise from this verb", agents)
        for german_noun, why in ((german_ity_noun, "a German adjective with the English ending -ity"),
                                 (german_ierung_noun, "English -ation; German says -ierung"),
                                 (ung_of_german_verb, "-ierung on a German verb, whose noun ends in plain -ung"),
                                 (german_ability_noun, "English -ability; German says -ierbarkeit"),
                                 (stacked_suffix, "a second noun ending on a German noun"),
                                 (enz_of_adjective, "German's noun of this adjective ends in -enz, -anz"),
                                 (ung_on_loan_noun, "German -ung on a loan noun, not on a verb")):
            noun = german_noun(part)
            if noun is not None:
                return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error", f"„{part}“: {why}",
                               [noun])
        f = _english_dative_plural(ctx, i, part, start) or _needless_suffix(ctx, i, part, start)
        if f is not None:
            return f
        pre = english_pre(part)
        if pre is not None:
            return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                           f"„{part}“: English pre-; German says vor-", [pre])
        able = english_verb_ability(part)
        if able is not None:
            return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error" if able[1] else "warning",
                           f"English „{able[0]}“ with a German ending -bar or -ierbar", able[1])
        src = pseudo_source(ctx, low) or prefixed_pseudo_source(ctx, low)
        eng = src[0] if src else None
        # a word German writers use now and then ("Personalität", de 1.9) counts when its English source is far
        # more common than it; an English plural inside a name is the name's ("Sunstone Renewables")
        english_plural_in_name = low == (eng or "") + "s" and part[:1].isupper() and in_name(ctx, i)
        if eng is not None and not english_plural_in_name \
                and (lexicon.zipf_de(low) < 1.0 or lexicon.zipf_en(eng) - lexicon.zipf_de(low) >= 1.5):
            return _pseudo_english(ctx, i, part, start, src)
        f = _english_under_german_ending(ctx, i, part, start)
        if f is not None:
            return f
        half = half_english_adjective(part)
        if half is not None:
            return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                           f"English „{half[0]}“ in a German compound adjective", half[1])
        # a German word written small with the English c in it, in no English word ending ("kostenefficient" ->
        # "kosteneffizient"); not a capitalised one, which old German spelling has ("Cultus", "Copie") as names do
        # (nor an English word with a German ending, "canceln", or a participle's, "gecappt": the English rules')
        cognate = c_respelled(part) if part.islower() and not _english_with_ending(low) else None
        if cognate is not None:
            return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                           f"„{part}“: English c in a German word", [cognate])
    # an English verb in a German verb form that German text has now and then ("performte", "gelauncht") gets a
    # hint (Duden lists many of them) without the dictionary's verbs, whose senses are seldom the one German
    # borrowed ("geleakt" is no "getropft"); rarer ones are errors
    loan = LOAN_VERB_MIN_ZIPF <= lexicon.zipf_de(low) < LOAN_VERB_MAX_ZIPF
    severity, note = ("info", LOAN_NOTE) if loan else ("error", "")
    verb_band = lexicon.zipf_de(low) < LOAN_VERB_MAX_ZIPF
    # (capitalised at a sentence's start: "Geleadet wird die Runde von …")
    participle_case = part.islower() or (i in ctx.doc.sentence_starts and part[1:].islower())
    english_verb = english_participle(low) if participle_case and verb_band else None
    ending = ""
    if english_verb is None and participle_case and (lexicon.zipf_de(low) == 0 or loan):
        # the participle as an adjective, with its ending ("die downgescalte Version", "Overbookte Hotels"; a
        # loan's gets the hint: "die gefakten Pässe")
        ending = next((e for e in ("en", "er", "es", "em", "e") if low.endswith("t" + e)), "")
        # (a loan's only where German text has its bare participle too: "gestallten" is a slip of "gestalten")
        english_verb = english_participle(low[: -len(ending)]) if ending and (
            not loan or lexicon.zipf_de(low[: -len(ending)]) >= LOAN_VERB_MIN_ZIPF) else None
        if english_verb is None and ending and _noun_follows(ctx, i) \
                and lexicon.zipf_de(low[: -len(ending) - 1] + "en") == 0:
            # "aus fünf refurbishten Wagen"; not a verb German text has ("multiplexen": "multiplexten Verbindungen")
            english_verb = _bare_english_participle(low[: -len(ending)])
        ending = ending if english_verb else ""
    if english_verb is None and part.islower() and (lexicon.zipf_de(low) < 1.0 or loan) and _perfect_clause(ctx, i):
        english_verb = _bare_english_participle(low)
    prefixed = _prefixed_english_participle(ctx, low) if english_verb is None and part.islower() \
        and lexicon.zipf_de(low) == 0 else None
    if prefixed:
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                       f"English „{prefixed[0]}“ as a German participle", prefixed[1][:MAX_PROPOSALS])
    over = _over_english_verb(low) if english_verb is None and part.islower() and lexicon.zipf_de(low) == 0 else None
    if over:
        english, prefix = over
        # the dictionary's participles of the English one ("overworked": "überlastet"), then its verbs'; German's
        # own über-/unter- verb first where English has none ("überchecked": "überprüft")
        past = [de for e in (english + "ed", english + "d") for de, pos in dictionary.translations(e)
                if pos in ("v", "adj") and " " not in de and de.endswith("t") and lexicon.is_german(de)
                and english.startswith(("over", "under"))]
        forms = sorted(dict.fromkeys(_commonest_first(past) + _german_verb_forms(english, "pp")),
                       key=lambda f: not f.startswith(prefix))
        if not english.startswith(("over", "under")):
            # the bare verb's German participles with the prefix where German has that word ("unterfundet" <-
            # fund: "unterfinanziert"; "überchecked": "überprüft"); "unter-" loses its sense without it
            # ("bezahlt"), and "über-" for English out- (to surpass: "überperformt" <- outperform) has no German
            # verb of the bare one ("gespielt", "überspielt"): nothing is proposed
            outdo = prefix == "über" and lexicon.is_english("out" + english)
            prefixed = [f for f in (prefix + (p[2:] if p.startswith("ge") else p) for p in forms)
                        if lexicon.is_german(f) and not outdo]   # ("überspielt" is no "outperformed")
            forms = list(dict.fromkeys(prefixed + (forms if prefix == "über" and not outdo else [])))
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                       f"English „{english}“ as a German participle", forms[:MAX_PROPOSALS])
    if english_verb and not loan and low.endswith("t") and any(
            lexicon.zipf_de(english_verb + e) >= LOAN_VERB_MIN_ZIPF and not nouns.analyses(english_verb.capitalize() + e)
            for e in ("en", "n")):
        # a participle formed the German way of a verb German has borrowed, its infinitive in German text and no
        # noun's form ("gescoutet": "scouten" 1.8; not "Monitoren"): a hint, with the same proposals
        severity, note = "info", LOAN_NOTE
    if english_verb:
        cognate = _ieren_cognate(low[: len(low) - len(ending)])
        curated = _curated_verbs(ctx, english_verb)
        pp = _verbs_in_form(curated, "pp") if loan else _german_verb_forms(english_verb, "pp", curated=curated)
        forms = [f + ending for f in pp if " " not in f or not ending]
        reflexive = _reflexive_participles(english_verb) if not ending and _sich_before(ctx, i) else []
        if reflexive:   # "hat sich … gecommittet": the dictionary's "sich verpflichtet", not "begangen"
            forms = list(dict.fromkeys(reflexive + forms))
        if cognate:
            # first where German letters stand for the English ones ("geskalet" <- scale: "skaliert"), which
            # shows the writer meant the German word; else after the dictionary's senses ("gesignt": "signiert"
            # is to autograph, the sense is "unterschrieben"), unless the dictionary gives the -ieren verb for the
            # English one ("exportet" <- export: "exportieren", "ausführen")
            respelt = "c" in english_verb and "c" not in low
            listed = cognate[:-4] + "ieren" in (de for de, pos in dictionary.translations(english_verb) if pos == "v")
            rest = [f for f in forms if f != cognate + ending]
            forms = [cognate + ending] + rest if respelt or listed else (
                forms if cognate + ending in forms else forms + [cognate + ending])
        if low.endswith("ed") and lexicon.is_german(english_verb):
            # German has the verb in other senses ("gepassed": "pass" is no "passen", "passieren"), but for a loan
            # that keeps the English e, whose own participle German has ("gestyled": "stylen", "gestylt")
            forms = [f for f in [loan_participle_spelling(part)] if f and english_verb.endswith("e")]
        if part[0].isupper():
            forms = [f[0].upper() + f[1:] for f in forms]
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", severity,
                       f"English „{english_verb}“ as a German participle{note}", forms[:MAX_PROPOSALS])
    respelt = loan_participle_spelling(part) if part.islower() else None
    if respelt:
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                       f"„{part}“: the English -ed on a verb German has borrowed; German writes „{respelt}“", [respelt])
    zu_verb = english_zu_infinitive(part) if part.islower() and verb_band else None
    if zu_verb:
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", severity,
                       f"English „{zu_verb}“ as a German zu-infinitive{note}",
                       (_verbs_in_form(_curated_verbs(ctx, zu_verb), "zu") if loan else
                        _german_verb_forms(zu_verb, "zu", curated=_curated_verbs(ctx, zu_verb)))[:MAX_PROPOSALS])
    particled = german_particle_english_zu(part) if part.islower() else None
    if particled:   # ("zurückzutracken" -> "zurückzuverfolgen": the particle before a German verb it makes one with)
        particle, verb = particled
        forms = [particle + "zu" + de for de, pos in dictionary.translations(verb)
                 if pos == "v" and de.isalpha() and de.islower() and de.endswith("n")
                 and lexicon.is_german(particle + de)]
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                       f"English „{verb}“ behind the German particle „{particle}“ as a zu-infinitive",
                       list(dict.fromkeys(forms))[:MAX_PROPOSALS])
    participle = english_present_participle(part) if part.islower() else None
    if participle:
        forms = [v + "d" + participle[1] for v in _german_verb_forms(participle[0], "inf") if v.endswith("n")]
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                       f"English „{participle[0]}“ as a German present participle", forms[:MAX_PROPOSALS])
    preterite = english_preterite(part) if part.islower() and verb_band else None
    if preterite:
        form = "pret.3pl" if preterite[1] else "pret.3sg"
        curated = _curated_verbs(ctx, preterite[0])
        # (before a noun it is a participle with an adjective's ending: "einem reviewten Bericht" ->
        # "überprüften", the participle's -t and -en)
        toks = ctx.doc.tokens
        nxt = toks[i + 1].text if i + 1 < len(toks) and ctx.adjacent(i, i + 1) else ""
        attributive = nxt[:1].isupper() and nxt.isalpha() and bool(nouns.analyses(nxt)) and i > 0 \
            and M.determiner(toks[i - 1].text) is not None   # (not "Dort performten Ensembles": verb second)
        if attributive:
            ending = "en" if part.endswith("ten") else "e"
            forms = [pp + ending for pp in (_verbs_in_form(curated, "pp") if loan else
                                            _german_verb_forms(preterite[0], "pp", curated=curated))]
        else:
            forms = _verbs_in_form(curated, form, finite=True) if loan else \
                _german_verb_forms(preterite[0], form, finite=True, curated=curated)
        if nxt == "sich" and not curated and not any(de.startswith("sich ") and pos == "v"
                                                     for de, pos in dictionary.translations(preterite[0])):
            # a reflexive use of a verb the dictionary knows no reflexive sense of: its verbs would not fit
            # ("committete sich" is no "beging sich")
            forms = []
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", severity,
                       f"English „{preterite[0]}“ with a German past ending{note}", forms[:MAX_PROPOSALS])
    after_pronoun = _english_verb_after_pronoun(ctx, i, part, end) if part == ctx.doc.tokens[i].text else None
    if after_pronoun is not None:   # ("man tracke die Lieferungen")
        return after_pronoun
    present = english_present(part) if part.islower() else None   # (never a loan: German text lacks it)
    if present:
        forms = _german_verb_forms(present[0], present[1], finite=True, curated=_curated_verbs(ctx, present[0]))
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                       f"English „{present[0]}“ with a German present ending", forms[:MAX_PROPOSALS])
    present = english_present_loan(part) if part.islower() and verb_band else None
    forms = _verbs_in_form(_curated_verbs(ctx, present[0]), present[1], finite=True) if present else []
    if forms:   # (only with the glossary's German verb: a loan's hint without one is noise, "crasht", "forkt")
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "info",
                       f"English „{present[0]}“ with a German present ending{LOAN_NOTE}", forms[:MAX_PROPOSALS])
    prefixed = english_prefix(part) if lexicon.zipf_de(low) < 1.0 else None
    if prefixed:
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                       f"„{part}“: an English prefix on a German word", [prefixed])
    if not before_hyphen and lexicon.zipf_de(low) < 1.0:
        # (a linking s too many makes "Metro|s|station" look like an English plural before a German noun)
        unlinked = superfluous_linking_s(part)
        if unlinked:
            return Finding(start, end, text, "GARBLED_WORD", "garbled", "error",
                           f"„{part}“: a compound with this first part takes no linking s", [unlinked])
        c = half_english_compound(part) or pseudo_compound(ctx, part)
        # (with nothing to propose, not where a name stands: "im Ausstellungszentrum Moldexpo", nor where the rest
        # is no German noun: "Palemonas" is no "pale" + "Monas")
        # (nor a name after the noun it names: "die Hackergruppe Sandworm")
        if c is not None and c[0].lower() not in latin_loans_in_article(ctx) and not _english_word_follows(ctx, i) \
                and (c[1] or (not in_name(ctx, i) and _german_noun_rest(part, c[0]))) and not _after_its_noun(ctx, i) \
                and not (part == ctx.doc.tokens[i].text and _used_as_name(ctx, part)):
            return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "warning",
                           f"half-English compound: „{c[0]}“ is English", c[1])
    if not before_hyphen and part == ctx.doc.tokens[i].text:
        f = _english_noun_with_ending(ctx, i, part, start)
        if f is not None:
            return f
    if before_hyphen and start == ctx.doc.tokens[i].start:
        f = _cognate_before_hyphen(ctx, i, part)
        if f is not None:
            return f
    f = None if before_hyphen else _split_compound(ctx, i, part, end)
    if f is not None:
        return f
    linked = None if before_hyphen or part != ctx.doc.tokens[i].text else (linked_apart(ctx, i, part)
                                                                          or stem_apart(ctx, i)
                                                                          or prefix_apart(ctx, i, part)
                                                                          or split_inside(ctx, i, part))
    split = None if before_hyphen or linked is not None else _split_after_word(ctx, i, part, end)
    if split is not None:
        return split
    if linked is not None:
        return Finding(start, linked[0], ctx.doc.text[start:linked[0]], "GARBLED_WORD", "garbled", "error",
                       "a word written apart (a linking s, a stem or a prefix alone): German writes it as one word", [linked[1]])
    g = None if before_hyphen else garbled_word(ctx, i, part)
    if g is not None:
        # (the word's ending split off and standing after it: "Bienenvölk er" -> "Bienenvölker", one span)
        toks = ctx.doc.tokens
        if part == toks[i].text and i + 1 < len(toks) and ctx.adjacent(i, i + 1) and toks[i + 1].text.islower() \
                and len(toks[i + 1].text) <= 3 and part + toks[i + 1].text in g[1]:
            whole = part + toks[i + 1].text
            ctx.claim(toks[i + 1].start, toks[i + 1].end)
            end = toks[i + 1].end
            return Finding(start, end, ctx.doc.text[start:end], "GARBLED_WORD", "garbled", "error",
                           f"„{whole}“ written apart before its ending", [whole])
        return Finding(start, end, text, "GARBLED_WORD", "garbled", g[2], g[0], g[1])
    if not before_hyphen and part == ctx.doc.tokens[i].text:
        # a compound hunspell does not build ("Transportationskosten"); a whole word it does not know is the
        # speller's where one typing edit gives a frequent word ("Disfunktion"), else a carried cognate too
        # ("Protestoren": English "protesters" with the German plural)
        # (an English word as it stands, "Minor", "Description", is English, not carried over)
        from .spelling import corrections
        f = _latinate_cognate(ctx, i, part, start,
                              compound_only=lexicon.is_english(part.lower()) or bool(corrections(part)))
        if f is not None:
            return f
    # (last: the rules above know a German word for more of these, "Zollclearierung" -> "Zollabfertigung")
    made = ierung_on_english_verb(part)
    # (where German text borrowed no English noun of the verb: the nouns of its German verbs, "Securisierung" ->
    # "Absicherung")
    ung = ung_of_english_verb(part) if not made else []
    if ung:
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                       f"„{part}“: an English verb with a German noun ending; German's noun of the verb", ung)
    if made is not None:
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "error",
                       f"„{part}“: German forms no noun in -ierung of an English verb", made)
    # (a German verb's noun German text never has: a hint, technical text forms some, "Paketierung", "Expandierung"
    # in manuals)
    unused = unused_ierung(part) if part == ctx.doc.tokens[i].text else None
    if unused is None and part == ctx.doc.tokens[i].text:
        unused = unused_ierung_compound(part)   # ("Reparierungsarbeiten")
    if unused is not None:
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "info",
                       f"„{part}“: German text does not form this noun of the verb", unused)
    ierbar = ierbar_sibling(part) if part == ctx.doc.tokens[i].text else None
    if ierbar is not None:   # ("rentierbar" <- rentable)
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "warning",
                       f"„{part}“: German forms this adjective in -abel, -ibel", [ierbar])
    # (and any other Latinate coinage no one writes: found, with nothing to propose)
    if not before_hyphen and not named and unknown_latinate(part):
        return Finding(start, end, text, "PSEUDO_EN_WORD", "pseudo-english", "warning",
                       f"„{part}“: a Latinate word German does not have; German says it otherwise", [])
    return None
