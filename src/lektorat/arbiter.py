"""The arbiter of `--engine all`: LanguageTool's reach with the built-in engine's precision.

LanguageTool finds what the built-in engine cannot (misspellings, agreement, commas), and flags much that is
right: its speller knows no names and few compounds, and some of its rules flag correct or house-style text. The
arbiter looks at each LanguageTool match that no built-in finding overlaps and asks whether our knowledge explains
the flagged text:
- a proper name (names.py: acronyms, a capital inside the word, glossary names, names the English dictionary
  knows, Slavic surnames in German spelling; after a first name, a title or the noun it names, before another
  name, repeated in the article), or a capitalised word inside such a name ("Moskauer Staatlichen Institut");
- German word formation the dictionary does not list (wordformation.py: compounds, particle verbs, compared
  adjectives, productive prefixes such as super-, hoch-, nicht-, adverbs in -erweise), an English loanword German
  uses, a word of the user's allow list in an inflected form;
- the Latin name of a species ("Arum maculatum", "Aedes aegypti"), its genus also where it stands alone;
- a sound word repeated ("ding, ding, ding"), letters of a model designation ("A320neo", "Be-200"), a compound of
  a word German text uses and a German noun ("Kortisollevel");
- English quoted on purpose (a quotation that is English as a whole: a title or a quote);
- house style: straight quotes or hyphens as dashes in an article that never sets typographic ones (the built-in
  engine's own policy: it flags them only where an article mixes both);
- a rule on text it misreads: a comma before the "wie" of a comparison without a clause, before a word after a
  subject pronoun that follows its verb ("haben wir das alles …"), a capital after a unit's abbreviation
  ("12 ft. lange"), a lower-case letter in a fixed phrase ("im Allgemeinen Nektar"), and others (_grammar);
- a rule measured to be noisy on news (NOISY_RULES, with the measurement).
Explained matches are suppressed, never dropped silently: each is returned with its reason (the JSON output's
`suppressed` list). An English word in a run of capitalised words is not suppressed but downgraded to `info`: it
may be a title to keep or English left untranslated ("Supreme Court"). A speller match on an English word gets
our category and our German translations as proposals ("inaugural" -> "konstituierenden", never LanguageTool's
"inakkurat"); on a name the built-in engine corrects, LanguageTool's spelling neighbours ("Peso" for "Peskov")
are dropped. Grammar matches are kept unless their rule is in NOISY_RULES. What is left is merged with the
built-in findings as before (findings.merge): one finding per span, our proposals first for words and names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import dictionary, lexicon, nouns, wordformation
from .document import Document
from .engines.builtin.english import english_by_frequency
from .findings import Finding, merge
from .names import INTRODUCED, Names, common_english, hyphenated_name, name_before_noun, near_noun, stem

# LanguageTool rules that --engine all suppresses by default, with the reason shown for each suppressed match.
# Measured on the MQM dev set (benchmarks/README.md, detection): 2,000 MT segments of WMT 2021 English->German and
# 523 human translations; "MT n, m on marked spans" = matches in the MT, of which on an error a rater marked.
NOISY_RULES = {
    # MT 73, 14 on marked spans (3 of them punctuation); 8 in the human translations. A comma before "und"/"oder"
    # joining main clauses is optional (Amtliche Regelung § 73), and that is nearly every case it flags.
    "KOMMA_VOR_UND_ODER": "a comma before und/oder between main clauses is optional in German (§ 73 of the "
                          "official rules); this rule flags correct text",
    # MT 25, 2 on marked spans. Style advice (sentences starting alike), not a defect; it also counts sentences of
    # different paragraphs.
    "GERMAN_WORD_REPEAT_BEGINNING_RULE": "style advice (consecutive sentences starting with the same word), not a "
                                         "defect",
    # MT 12, 1 on a marked span; 3 in the human translations. "so dass", "in Frage", "mit Hilfe": both spellings
    # are correct, Duden recommends one.
    "EMPFOHLENE_ZUSAMMENSCHREIBUNG": "both spellings are correct (Duden recommends the other one)",
    # MT 1, 0 on marked spans; 4 in the human translations ("Potential", "photographiert"). The official rules allow
    # both forms; LanguageTool only prefers one.
    "Z_ANSTATT_T": "both spellings are correct (the official rules allow Potential and Potenzial)",
    "F_ANSTATT_PH": "both spellings are correct (the official rules allow ph and f in these words)",
    "TEST_F_ANSTATT_PH": "both spellings are correct (the official rules allow ph and f in these words)",
    # MT 4, 0 on marked spans; in the 307 benchmark articles 6 matches on correct text, none on a defect. It ties
    # the relative pronoun to the nearest noun, where news often refers further back ("eine Mission für den
    # Weltraum, die …").
    "FALSCHES_RELATIVPRONOMEN": "it ties the relative pronoun to the nearest noun; the antecedent is often an "
                                "earlier one (eine Mission für den Weltraum, die …)",
    # MT 5, 1 on a marked span. Style advice (the same word in nearby sentences); one rule per word, hence the *.
    "DE_REPEATEDWORDS_*": "style advice (the same word repeated in nearby sentences), not a defect",
}

# a dash between clauses: spaced hyphens, double hyphens, en and em dashes
_DASH = re.compile(r"(?:^|\s)(?:--?|–|—)(?:\s|$)")
_WORD = re.compile(r"\w+")
_QUOTE_CHARS = "„“”\"»«‚‘’'"
_TYPOGRAPHIC_QUOTES = "„“”»«"
_QUOTED = re.compile(r"„([^„“”\n]{2,400})[“”]|“([^“”„\n]{2,400})”|\"([^\"\n]{2,400})\"|»([^»«\n]{2,400})«"
                     r"|«([^«»\n]{2,400})»")
_SCORE = re.compile(r"\d{1,3}:\d{1,3}")
# a dateline at the start of a paragraph: places (with / or a comma; "Frankfurt am Main"), maybe an agency in
# brackets, then a dash
_DATELINE = re.compile(r"[ \t]*(?!(?:Der|Die|Das|Ein|Eine|Er|Sie|Es|Wir)\b)[A-ZÄÖÜ][\w.\-]*"
                       r"(?:(?:[ /,]+|\s(?:am|an der|im|bei)\s)[A-ZÄÖÜ][\w.\-]*){0,3}(?: ?\([^()\n]{1,20}\))? ?[–—-] ?\Z")
# what a speller match's span may be split into: words, hyphens
_PARTS = re.compile(r"-")
# categories where the built-in engine knows the right word: a speller's neighbours of it are no proposal
_OURS_KNOWS = frozenset(("english", "pseudo-english", "transliteration", "terminology"))


@dataclass(frozen=True)
class Suppressed:
    """A LanguageTool match the arbiter held back, and why."""
    finding: Finding
    reason: str

    def to_dict(self) -> dict:
        return {**self.finding.to_dict(), "reason": self.reason}


@dataclass
class Verdict:
    findings: list[Finding]          # the merged findings of both engines
    suppressed: list[Suppressed]     # LanguageTool matches held back, in text order


def arbitrate(doc: Document, ours: list[Finding], theirs: list[Finding], glossary=None,
              allow: tuple[str, ...] | list[str] = (), enable: frozenset[str] | set[str] = frozenset()) -> Verdict:
    """Merge the built-in findings OURS with LanguageTool's THEIRS, holding back the matches our knowledge explains.
    ENABLE: NOISY_RULES ids (lower case, without LT_) the user brought back."""
    judge = _Judge(doc, ours, glossary, allow, enable)
    kept: list[Finding] = []
    suppressed: list[Suppressed] = []
    for g in theirs:
        outcome = judge.judge(g)
        if isinstance(outcome, str):
            suppressed.append(Suppressed(g, outcome))
        else:
            kept.append(outcome)
    kept, repeats = _collapse_runs(doc.text, sorted(kept, key=lambda f: (f.start, f.end)))
    suppressed += repeats
    ordered = sorted(ours, key=lambda f: (f.start, f.end))
    suppressed.sort(key=lambda s: (s.finding.start, s.finding.end))
    return Verdict(merge(ordered, kept), suppressed)


_BETWEEN_REPEATS = re.compile(r"[\s,.;:…–—-]*")


def _collapse_runs(text: str, kept: list[Finding]) -> tuple[list[Finding], list[Suppressed]]:
    """One finding for a run of the same match repeated ("ding, ding, ding", ". . . ." of a degenerate
    translation): LanguageTool reports each; it is one defect to review. KEPT is in text order."""
    out: list[Finding] = []
    repeats: list[Suppressed] = []
    last: Finding | None = None   # the previous occurrence in the run, kept or not
    for g in kept:
        if (last is not None and last.rule == g.rule and last.text.casefold() == g.text.casefold()
                and last.end <= g.start and _BETWEEN_REPEATS.fullmatch(text, last.end, g.start)):
            repeats.append(Suppressed(g, f"the same match repeated in a run: reported once, at its first "
                                         f"occurrence (offset {out[-1].start})"))
        else:
            out.append(g)
        last = g
    return out, repeats


def noisy_rule(rule: str, enable: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The reason a LanguageTool rule (LT_ id) is off by default, or None (also when ENABLE brings it back)."""
    rule = rule.removeprefix("LT_")
    if rule.casefold() in enable:
        return None
    for key, why in NOISY_RULES.items():
        if rule == key or (key.endswith("*") and rule.startswith(key[:-1])):
            return f"rule {rule} is off by default: {why}"
    return None


# a capitalised word this frequent in German text is established German whatever the speller's dictionary says
# ("Darknet" 3.1, "Homeoffice" 3.1); a misspelling that common is one letter from a noun ("Standart" 3.0); an
# English word that frequent is English quoted in German text ("Court"), judged as English
ESTABLISHED_MIN_ZIPF = 3.0
IN_USE_MIN_ZIPF = 1.5   # a word the speller cannot correct and German text uses this often is a word (Multiversum)


def is_speller(f: Finding) -> bool:
    return "SPELLER" in f.rule


class _Judge:
    def __init__(self, doc: Document, ours: list[Finding], glossary, allow, enable=frozenset()) -> None:
        self.doc = doc
        self.enable = enable
        self.glossary = glossary
        self.names = Names(doc, glossary)
        self.ours = sorted(ours, key=lambda f: (f.start, f.end))
        self._our_starts = [f.start for f in self.ours]
        self._longest = max((f.end - f.start for f in self.ours), default=0)
        self.allow = {a.casefold() for a in allow if a.strip() and " " not in a.strip()}
        text = doc.text
        self.typographic_quotes = any(c in text for c in _TYPOGRAPHIC_QUOTES)
        self.typographic_dashes = "–" in text or "—" in text
        self._english_quotes: list[tuple[int, int]] | None = None
        self._binomials: frozenset[str] | None = None
        self._ctx = None

    # --- the decision ---------------------------------------------------------------------------------------

    def judge(self, g: Finding) -> Finding | str:
        """The finding to keep (maybe adapted), or the reason to hold it back."""
        style = self._house_style(g)
        if style:   # (before the overlap: house style stays house style whatever else flags the same character)
            return style
        # (before the overlap too: the built-in engine's finding on the dash is about the dash, not a comma)
        across = self._comma_across_dash(g)
        if across:
            return across
        same = list(self._overlapping(g))
        if same:  # the built-in engine flags this text too: merge decides, with our proposals for words and names
            if g.severity != "info" and any(f.start == g.start and f.end == g.end and f.severity == "info"
                                            and (f.category == "typography" or f.category in _OURS_KNOWS)
                                            for f in same):
                # a typographic nicety we judge a hint (a hyphen for a dash), or a name's spelling German press
                # varies in ("Liepaja", "Chisinau"): the merge keeps our weight, not an error (the highest of the
                # two) for what copy editors leave to house style
                return replace(g, severity="info", suggestions=[] if is_speller(g) else g.suggestions)
            if is_speller(g) and any(f.start == g.start and f.end == g.end and f.category in _OURS_KNOWS
                                     for f in same):
                return replace(g, suggestions=[])
            return g
        noisy = noisy_rule(g.rule, self.enable)
        if noisy:
            return noisy
        if is_speller(g):
            return self._speller(g)
        grammar = self._grammar(g)
        if grammar:
            return grammar
        fixed = self._fixed_phrase(g)
        if fixed is not None:
            return fixed
        casing = self._casing(g)
        return casing or g

    def _overlapping(self, g: Finding):
        """Our findings that overlap G: those starting before its end, back to the longest span's reach."""
        from bisect import bisect_left

        k = bisect_left(self._our_starts, g.end) - 1
        while k >= 0 and self._our_starts[k] > g.start - self._longest - 1:
            if self.ours[k].end > g.start:
                yield self.ours[k]
            k -= 1

    # --- house style ----------------------------------------------------------------------------------------

    def _house_style(self, g: Finding) -> str | None:
        span = g.text.strip()
        if span == '"' and not self.typographic_quotes and any(s and s in _TYPOGRAPHIC_QUOTES for s in g.suggestions):
            return ("house style: the article sets straight quotes throughout (the built-in engine flags them only "
                    "where an article mixes them with typographic ones)")
        if span == "'" and "’" not in self.doc.text and "’" in g.suggestions:
            return "house style: the article sets straight apostrophes throughout (Aarhus' Trainer)"
        if "UNPAIRED" in g.rule and span and span in '„“”"»«' and self._quote_flagged_near(g):
            return ("the quotation's other mark is a straight quote the built-in engine flags: fixing that one "
                    "pairs this")
        # (two hyphens are house style only where the built-in engine lets them stand: a text of command-line
        # options, a quotation's source; elsewhere it flags them, and the two findings merge)
        if (span == "-" or (span == "--" and not any(self._overlapping(g)))) and not self.typographic_dashes \
                and any("–" in s or "—" in s for s in g.suggestions):
            return ("house style: the article sets hyphens as dashes throughout (the built-in engine flags them only "
                    "where an article mixes them with real dashes)")
        return None

    def _quote_flagged_near(self, g: Finding) -> bool:
        """A built-in quotation-mark finding in G's paragraph."""
        for a, b in self.doc.paragraph_bounds:
            if a <= g.start < b:
                return any(f.rule == "GERMAN_QUOTES" and a <= f.start < b for f in self.ours)
        return False

    # --- grammar rules on text they misread ------------------------------------------------------------------

    def _comma_across_dash(self, g: Finding) -> str | None:
        rule = g.rule.removeprefix("LT_")
        if ("KOMMA" in rule or "RELATIVE_CLAUSE" in rule) and (
                _DASH.search(g.text) or self.doc.text[g.end:g.end + 1] in ("–", "—")):
            return "a dash already separates these clauses (it stands in for the comma)"
        return None

    def _grammar(self, g: Finding) -> str | None:
        rule = g.rule.removeprefix("LT_")
        grammar_rule = g.category == "grammar" or (("KOMMA" in rule or "COMMA" in rule) and "WHITESPACE" not in rule)
        if grammar_rule and self._next_to_english(g):
            return ("an English word the built-in engine flags stands right next to it: LanguageTool read it as "
                    "German")
        if rule == "LEERZEICHEN_RECHENZEICHEN" and _SCORE.fullmatch(g.text.strip()):
            return "a score or a ratio (6:4, 1:0), which German writes without spaces, not an arithmetic sign"
        k = self._token_at(g.start) if "ZUSAMMENSCHREIBUNG" in rule else None
        if k is not None and (k in self.doc.sentence_starts or (k > 0 and self.doc.tokens[k - 1].text in ",;:")):
            return "a separable particle in first position (Hinzu kommt, dass …) stands apart from its verb"
        if rule == "SCHNELLE_RUND" and g.text.rstrip().endswith("rund") \
                and re.match(r"\s+\d", self.doc.text[g.end:g.end + 3]):
            return "„rund“ before a number means about (rund 3.500), not a misspelt „und“"
        if rule == "DE_COMPOUND_COHERENCY" and g.suggestions and "-" in g.suggestions[0] \
                and g.suggestions[0].replace("-", "").lower() == g.text.lower() and lexicon.is_german(g.text):
            # (the article writes a compound both ways: the closed form German writes is right, the hyphen is
            # the other occurrence's to lose)
            return ("the closed compound German writes (Vizeminister); the article's hyphenated form elsewhere is "
                    "the one to change")
        if rule == "ALLES_GUTE" and g.text.lower() in _INDEFINITE_NUMERALS:
            return "an indefinite numeral after „alles“, which German writes small (alles andere; Duden, K 76)"
        if rule == "DE_AGREEMENT" and self._agrees_by_our_lexicon(g):
            return "the article agrees with the noun in a gender our lexicon lists for it (der/das Tetraeder)"
        if rule == "EINHEITEN_METRISCH":
            from .engines.builtin.units import metric_given

            if metric_given(self.doc, g.start, g.end):
                return "the sentence gives the metric measure already"
        if "VERB_FEM_SUBST" in rule:
            k = self._token_at(g.start)
            from .engines.builtin.morphology import SUBJECT_PRONOUNS

            if k is not None and k > 0 and self.doc.tokens[k - 1].text.lower() in SUBJECT_PRONOUNS:
                return "a verb after its subject pronoun (man wolle …), not a noun"
        if "AGREEMENT" in rule:
            words = _WORD.findall(g.text)
            if len(words) == 3 and words[1].endswith("er") and words[1][:1].isupper() and words[2][:1].isupper() \
                    and lexicon.is_german(words[1]) and not lexicon.is_german(words[1].lower()):
                return ("a place adjective in -er before its noun (das Römer Publikum): it never inflects and is "
                        "written apart")
            if len(words) >= 2 and words[-1][:1].isupper() and words[-2][:1].isupper() \
                    and dictionary.has(f"{words[-2]} {words[-1]}"):
                return ("an English compound written apart (der Business Angel): its English head has no German "
                        "gender")
            i = self._token_at(g.start)
            if len(words) >= 2 and i is not None and i > 0 and i not in self.doc.sentence_starts:
                from .engines.builtin.agreement import das_is_pronoun, noun_features

                before = self.doc.tokens[i - 1].text
                if das_is_pronoun(words[0], before, noun_features(words[-1])[1]):
                    return (f"„{words[0]}“ is a pronoun here, not an article (after „{before}“ or before a plural "
                            "noun: „sind das kleine Blumen“)")
        if rule == "UPPERCASE_SENTENCE_START" \
                and _UNIT_ABBREVIATION.search(self.doc.text, max(0, g.start - 12), g.start):
            return "after a unit's abbreviation with its dot (12 ft. lange): the sentence goes on"
        if rule == "KOMMA_ZWISCHEN_HAUPT_UND_NEBENSATZ" and self._comparison_without_clause(g):
            return ("„wie“ compares with a phrase, not a clause (ein bisschen wie ding, ding, ding): no comma "
                    "(Amtliche Regelung § 74)")
        if rule == "COMMA_IN_FRONT_RELATIVE_CLAUSE" and self._pronoun_after_verb(g):
            return ("a personal pronoun after its verb is the subject (haben wir das alles studiert): the word "
                    "after it opens no relative clause")
        if rule in ("DE_AGREEMENT", "DEN_DEM") and self._name_before_agreeing_noun(g):
            return ("a name before the noun the article agrees with (in den Proton Studios): the article is the "
                    "noun's, not the name's")
        return None

    def _comparison_without_clause(self, g: Finding) -> bool:
        """G asks for a comma before "wie", and what follows "wie" up to the next punctuation ends in a capitalised
        word or one no German dictionary knows: a phrase ("wie die Erde", "wie ding, ding"), where a clause would end
        in its verb ("…, wie es Blütenpflanzen gibt")."""
        words = g.text.split()
        if not words or words[-1] != "wie" or not any(", wie" in s for s in g.suggestions):
            return False
        m = re.match(r"[^.,;:!?()\n„“\"»«]*", self.doc.text[g.end:g.end + 200])
        rest = _WORD.findall(m.group()) if m else []
        return bool(rest) and (rest[-1][:1].isupper() or not lexicon.is_german(rest[-1]))

    def _pronoun_after_verb(self, g: Finding) -> bool:
        """G asks for a comma between a personal pronoun and "das"/"die"/… where the pronoun follows a word written
        small ("haben wir das alles studieren können"): the subject after its verb, no antecedent."""
        from .engines.builtin.morphology import SUBJECT_PRONOUNS

        words = g.text.split()
        i = self._token_at(g.start)
        return len(words) == 2 and words[0] in SUBJECT_PRONOUNS and i is not None and i > 0 \
            and i not in self.doc.sentence_starts and self.doc.adjacent(i - 1, i) \
            and self.doc.tokens[i - 1].text.isalpha() and self.doc.tokens[i - 1].text.islower()

    def _agrees_by_our_lexicon(self, g: Finding) -> bool:
        """G spans a determiner and a noun, nothing between, and the noun lexicon lists the noun in a gender, number
        and case the determiner shows ("einen Tetraeder": der Tetraeder as well as das Tetraeder)."""
        from .engines.builtin import morphology as M
        from .engines.builtin.agreement import noun_features

        words = g.text.split()
        if len(words) != 2 or not words[1][:1].isupper():
            return False
        det = M.determiner(words[0])
        feats = noun_features(words[1])[1]
        return det is not None and bool(set(det[2]) & feats)

    def _name_before_agreeing_noun(self, g: Finding) -> bool:
        """G begins with a determiner followed by a capitalised word that is no adjective and then a noun whose
        lexicon features the determiner shows ("den Proton Studios": den … Studios, dative plural)."""
        from .engines.builtin import morphology as M
        from .engines.builtin.agreement import noun_features

        i = self._token_at(g.start)
        toks = self.doc.tokens
        if i is None or i + 2 >= len(toks) or not (self.doc.adjacent(i, i + 1) and self.doc.adjacent(i + 1, i + 2)):
            return False
        det, name, noun = M.determiner(toks[i].text), toks[i + 1].text, toks[i + 2].text
        if det is None or not (name[:1].isupper() and noun[:1].isupper()) or lexicon.is_german(name.lower()) \
                or (i + 3 < len(toks) and self.doc.adjacent(i + 2, i + 3) and toks[i + 3].text[:1].isupper()):
            return False
        return bool(set(det[2]) & noun_features(noun)[1])

    def _next_to_english(self, g: Finding) -> bool:
        """A built-in English finding begins right after G's span or ends right before it ("… Energieinfrastruktur
        als ⟨challenging⟩ gilt": a comma rule that took "challenging" for a verb)."""
        from bisect import bisect_left

        text = self.doc.text
        starts = self._our_starts
        near = []
        k = bisect_left(starts, g.end)          # after the span, across whitespace only
        while k < len(starts) and not text[g.end:starts[k]].strip():
            near.append(self.ours[k])
            k += 1
        k = bisect_left(starts, g.start) - 1    # before it: back to the longest finding's reach
        while k >= 0 and starts[k] > g.start - self._longest - 2:
            f = self.ours[k]
            if f.end <= g.start and not text[f.end:g.start].strip():
                near.append(f)
            k -= 1
        return any(f.category in ("english", "pseudo-english") for f in near)

    # --- the speller ----------------------------------------------------------------------------------------

    def _speller(self, g: Finding) -> Finding | str:
        if self._in_english_quotation(g):
            return "inside a quotation that is English as a whole (a title or a quote)"
        if self._in_dateline(g):
            return "a place in the dateline (Schymkent – …), where the report comes from"
        if g.text in self._scientific_names():
            return "part of the Latin name of a species (Arum maculatum, Aedes aegypti)"
        if self._sound_word(g):
            return "a sound word repeated (ding, ding, ding): no word to correct"
        if self._in_model_code(g):
            return "part of a model designation with its number (A320neo, Be-200)"
        from .engines.builtin.unknown_words import reduplicated_loan

        if reduplicated_loan(g.text):
            return "a reduplicated English word before a German head, borrowed whole (Win-win-Situation)"
        i = self._token_at(g.start)
        foreign = self._foreign_name(i) if i is not None else None
        if foreign:
            return foreign
        parts = _joined_words(_PARTS.split(g.text))
        suspended = g.text.endswith("-") and len(parts) >= 2
        if suspended:
            parts = parts[:-1]
        reasons: list[str] = []
        contextual_english = False
        modifier = ""
        for k, part in enumerate(parts):
            if not part:
                return g
            if k == 0 and romanised_slavic(part):
                return self._transliteration(g, part)
            word_reason = self._word(part)
            if word_reason is None and k == 0 and i is not None and part.islower() and len(parts) == 1:
                from .engines.builtin.english import link_in_name

                if link_in_name(self._context(), i):
                    word_reason = "an English link word inside an English name (Competition and Markets Authority)"
            if word_reason is None and suspended and k == len(parts) - 1:
                word_reason = wordformation.suspended(part)
            if word_reason is None and k < len(parts) - 1 and not suspended:
                # a German first part with its linking element before a hyphen ("Relativitäts-Arbeitsgruppe")
                word_reason = wordformation.suspended(part) and "a German first part with its linking element"
            if word_reason is None and k == 0 and i is not None:
                word_reason, english_neighbour = self.names.context(i, part)
                if word_reason not in (None, INTRODUCED) and (english_neighbour or common_english(stem(part))):
                    contextual_english = True
            if word_reason is None and k == 0 and len(parts) > 1 and self._name_elsewhere(part):
                word_reason = "a name the article uses on its own (die Raumfahrtorganisation Esa … Esa-Sprecher)"
            if word_reason is None and k < len(parts) - 1 and name_before_noun(parts):
                word_reason = "a name before a German noun in a hyphenated compound (Rustaweli-Allee)"
            if word_reason is None and hyphenated_name(parts):
                word_reason = "a name of hyphenated parts no dictionary knows (Ust-Luga, Nowo-Ogarjowo)"
            if word_reason is None and k > 0 and i is not None and all(p[:1].isupper() for p in parts) \
                    and self.names.context(i, parts[0])[0] not in (None, INTRODUCED):
                word_reason = "part of a hyphenated name where a name stands (im Kreis Ida-Viru)"
            if word_reason is None and self._english_modifier(parts, k):
                modifier = modifier or part   # "Grand-Slam-Titel": German may use the English term, or not
                continue
            if word_reason is None and "-" in part:
                word_reason = "an English compound German writes often (Start-up)"   # joined by _joined_words
            if word_reason is None and len(parts) == 1 and not g.suggestions and _german_in_use(part):
                word_reason = ("a word German text uses (wordfreq) that the speller's dictionary lacks and cannot "
                               "correct (Multiversum, Nahtoderfahrung)")
            if word_reason is None and len(parts) == 1 and not g.suggestions and _compound_in_use(part):
                word_reason = ("a word German text uses (wordfreq) before a German noun, as one compound the "
                               "speller's dictionary lacks (Kortisollevel)")
            if word_reason is None and len(parts) == 1 and _noun_form(part):
                word_reason = ("a form of a noun of the lexicon (Wiktionary) the speller's dictionary lacks "
                               "(des Pollens)")
            if word_reason is None and len(parts) == 1 and not g.suggestions and _unknown_name(part) \
                    and i is not None and self._name_position(i):
                word_reason = ("a capitalised word no dictionary knows and no speller can correct: a name "
                               "(die staatliche Ukrgasbank, nach Jaremtsche)")
            if word_reason is None:
                return self._english(g, i)
            if not (len(parts) > 1 and word_reason == "a German word"):
                reasons.append(f"„{part}“: {word_reason}" if len(parts) > 1 else word_reason)
        if contextual_english:
            return self._downgrade(g, i)
        if modifier:
            return replace(g, category="english", severity="info", suggestions=[],
                           message=f"English word „{modifier}“ in a compound with a German head: keep it if German "
                                   "uses the term (Grand-Slam-Titel), translate it if it is English left untranslated")
        return "; ".join(reasons) or "every part is a German word"

    def _sound_word(self, g: Finding) -> bool:
        """G's word stands three times in a row, between commas or spaces ("ding, ding, ding"): a sound or an
        interjection, which no dictionary lists and no speller corrects."""
        w = g.text
        if not (w.isalpha() and len(w) <= 8):
            return False
        run = re.compile(rf"(?:\b{w}\b[\s,.…!-]*){{3,}}", re.IGNORECASE)
        text = self.doc.text
        return any(m.start() <= g.start < m.end() for m in run.finditer(text, max(0, g.start - 40), g.end + 40))

    def _in_model_code(self, g: Finding) -> bool:
        """G's word is glued to a number: letters after digits ("A320neo") or a short type letter before a hyphen
        and digits ("Be-200", "Tu-154")."""
        text = self.doc.text
        before, after = text[g.start - 1:g.start], text[g.end:g.end + 2]
        return g.text.isalpha() and ((before.isdigit() and g.text.islower() and len(g.text) <= 4)
                                     or (len(g.text) <= 3 and after[:1] == "-" and after[1:].isdigit()))

    def _name_position(self, i: int) -> bool:
        """Token I stands where news puts a name: right after a preposition ("nach Jaremtsche") or after an
        article and an inflected adjective ("der staatlichen Ukrgasbank"). (Elsewhere, in machine translation, a
        word no speller can correct is as often the translation's own garble.)"""
        from .engines.builtin import morphology as M

        toks = self.doc.tokens
        if i == 0 or not self.doc.adjacent(i - 1, i):
            return False
        prev = toks[i - 1].text
        if prev in M.PREPOSITIONS:
            return True
        return i >= 2 and self.doc.adjacent(i - 2, i - 1) and prev.islower() and prev.endswith(("en", "er", "em")) \
            and M.determiner(toks[i - 2].text) is not None

    def _foreign_name(self, i: int) -> str | None:
        """Why token I is part of a foreign name no German speller knows, or None: it is written with letters
        German does not use, or (no English word) stands beside such a word in the same line ("Sūduvos pieninė",
        "Aukštaitijos pienas")."""
        from .names import FOREIGN_LETTERS

        toks = self.doc.tokens
        word = toks[i].text
        if FOREIGN_LETTERS.search(word) and not lexicon.is_german_any_case(word):
            return "a word in another language's spelling (letters German does not use: Belém, Jović, pieninė)"
        from .engines.builtin.spelling import corrections

        for j in (i - 1, i + 1):
            if 0 <= j < len(toks):
                a, b = sorted((i, j))
                gap = self.doc.text[toks[a].end:toks[b].start]
                # (not an English word, nor a German one misspelt: "Petrauskienė sagtte")
                if gap in (" ", "\u00a0") and FOREIGN_LETTERS.search(toks[j].text) \
                        and not lexicon.is_german_any_case(toks[j].text) and not lexicon.is_english(word.lower()) \
                        and not corrections(word):
                    return "beside a word in another language's spelling: part of a foreign name (Aukštaitijos pienas)"
        return None

    def _transliteration(self, g: Finding, part: str) -> Finding:
        """A name in English romanisation of Russian, Ukrainian or Belarusian ("Mukhina", "Ivangorod"): the built-in
        engine's transliteration rules give the German spelling."""
        from .engines.builtin.transliteration import germanize, looks_ukrainian

        forms = [germanize(part, "uk"), germanize(part)] if looks_ukrainian(part) else [germanize(part),
                                                                                         germanize(part, "uk")]
        tail = g.text[len(part):]
        return replace(g, category="transliteration", severity="warning",
                       suggestions=[f + tail for f in dict.fromkeys(forms) if f != part],
                       message=f"„{part}“ looks like a Russian, Ukrainian or Belarusian name in English romanisation; "
                               f"German spelling: {forms[0]}")

    @staticmethod
    def _english_modifier(parts: list[str], k: int) -> bool:
        """Part K of a hyphenated compound is an English word before a German head ("Grand-Slam-Titel",
        "Supply-Chain-Probleme"): a term German may have borrowed or English left untranslated."""
        head = parts[-1]
        return len(parts) > 1 and k < len(parts) - 1 and head[:1].isupper() and lexicon.is_german_any_case(head) \
            and lexicon.is_english(parts[k].lower()) and parts[k][:1].isupper()

    def _word(self, part: str) -> str | None:
        """Why PART needs no correction by what the word is (not where it stands), or None."""
        reason = self.names.by_form(part)
        if reason:
            return reason
        if part.casefold() in self.allow or stem(part).casefold() in self.allow:
            return "in the allow list"
        if self.glossary is not None and (part in self.glossary.currency_words
                                          or stem(part) in self.glossary.currency_words):
            return "a currency of the glossary"
        reason = wordformation.explain(part)
        if reason:
            return reason
        low = part.lower()

        if part[:1].isupper() and part[1:].islower() and lexicon.zipf_de(low) >= ESTABLISHED_MIN_ZIPF \
                and not lexicon.is_english(low) and not near_noun(part):
            return "frequent in German text (wordfreq), a word the speller's dictionary lacks (Darknet, Homeoffice)"
        # (German in another case, "ding" for "Ding", is a misspelling: wordfreq's counts ignore case)
        if (lexicon.is_english(low) and not lexicon.is_german_any_case(part)
                and lexicon.zipf_de(low) >= max(LOANWORD_MIN_ZIPF, lexicon.zipf_en(low))):
            return "an English loanword German uses (as frequent in German text as in English)"
        return None

    def _context(self):
        """The built-in engine's view of the document, for its name tests."""
        if self._ctx is None:
            from .engines.builtin.context import Context
            from .glossary import Glossary

            self._ctx = Context(self.doc, self.glossary if self.glossary is not None else Glossary())
        return self._ctx

    def _english(self, g: Finding, i: int | None) -> Finding:
        """A speller match we cannot explain: kept; an English word gets our category and our translations."""
        low = g.text.lower()
        if i is None or not g.text.isalpha() or not (lexicon.is_english(low) and english_by_frequency(low)):
            return g
        return replace(g, category="english", suggestions=self._translations(i, g.text),
                       message=f"English word „{g.text}“ in German text (LanguageTool's speller)")

    def _downgrade(self, g: Finding, i: int | None) -> Finding:
        return replace(g, category="english", severity="info",
                       suggestions=self._translations(i, g.text) if i is not None and g.text.isalpha() else [],
                       message=f"English word „{g.text}“ in a run of capitalised words: keep it if the run is a name "
                               "or a title, translate it if it is English left untranslated")

    def _translations(self, i: int, word: str) -> list[str]:
        from .engines.builtin.english import translations

        ctx = self._context()
        entry = ctx.glossary.translations(word.lower())
        return translations(ctx, i, entry, word)

    def _in_english_quotation(self, g: Finding) -> bool:
        if self._english_quotes is None:
            from .engines.builtin.quotations import is_english_passage

            spans = []
            for m in _QUOTED.finditer(self.doc.text):
                k = next(k for k in range(1, 6) if m.group(k) is not None)
                if is_english_passage(m.group(k)):
                    spans.append(m.span(k))
            self._english_quotes = spans
        return any(a <= g.start and g.end <= b for a, b in self._english_quotes)

    # --- capitalisation in names ----------------------------------------------------------------------------

    def _lowered_token(self, g: Finding) -> int | None:
        """The token G spans where G only lower-cases that capitalised word, or None."""
        word = g.text
        if not (word[:1].isupper() and g.suggestions and all(s.lower() == word.lower() for s in g.suggestions)):
            return None
        i = self._token_at(g.start)
        return i if i is not None and self.doc.tokens[i].text == word else None

    def _casing(self, g: Finding) -> str | None:
        """A match that only lower-cases a capitalised word: right inside a proper name ("Moskauer Staatlichen
        Institut") and for an adjective used as a noun ("auf das Dreifache")."""
        word = g.text
        i = self._lowered_token(g)
        if i is None:
            return None
        toks = self.doc.tokens
        prev = toks[i - 1].text if i > 0 and i not in self.doc.sentence_starts else ""
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        from .engines.builtin import morphology as M

        if _DATELINE.match(self.doc.text, self._line_start(g.start), g.start):
            return "the first word after a dateline (Helsinki/Tallinn – Nach …): the sentence begins there"
        if prev[:1].isupper() and M.determiner(prev) is None and self.doc.adjacent(i - 1, i):
            return "part of a proper name (a run of capitalised words)"
        if prev and (M.determiner(prev) is not None or prev.lower() in M.CONTRACTIONS) and not nxt[:1].isupper():
            return "an adjective used as a noun (after an article, no noun follows): capitalised"
        from .engines.builtin.spelling import names_an_institution

        if _NAME_ADJECTIVE.search(word) and nxt[:1].isupper() and self.doc.adjacent(i, i + 1) \
                and names_an_institution(nxt):
            return ("the adjective of a place or a faith before an institution or a sea: the name of one "
                    "(der Europäischen Union, der Asiatischen Infrastruktur-Investmentbank)")
        stem = M.adjective_stem(word.lower())
        if stem and stem.endswith(_RELATIONAL_SUFFIXES) and nxt[:1].isupper() and self.doc.adjacent(i, i + 1) \
                and prev and (M.determiner(prev) is not None or prev.lower() in M.CONTRACTIONS) \
                and (names_an_institution(nxt) or _named_office(nxt)):
            # (a describing adjective capitalised is a slip: "die Neue Generation von Robotern")
            return ("a relational adjective capitalised between an article and an institution: part of its name "
                    "(die Staatliche Universität, der Nationalen Bank)")
        return None

    def _fixed_phrase(self, g: Finding) -> Finding | str | None:
        """A lower-case demand on the adjective of a fixed phrase the official rules capitalise (Duden, K 72):
        held back where no adjective can stand there ("im Voraus", "im Allgemeinen" before a feminine or plural
        noun or none); a hint where the noun after it may be the adjective's ("im Allgemeinen Nektar" and "im
        allgemeinen Sprachgebrauch" read alike)."""
        word = g.text
        i = self._lowered_token(g)
        if not i or not all(s == word.lower() for s in g.suggestions):
            return None
        toks = self.doc.tokens
        prev = toks[i - 1].text.lower()
        if f"{prev} {word}" not in _FIXED_PHRASES:
            return None
        from .engines.builtin.agreement import noun_features

        nxt = toks[i + 1].text if i + 1 < len(toks) and self.doc.adjacent(i, i + 1) else ""
        case = {"im": "dat", "des": "gen", "ohne": "akk"}[prev]
        fits = nxt[:1].isupper() and any(f.startswith(case) and f[-1] in "mn" and ".sg." in f
                                         for f in noun_features(nxt)[1])
        if word in _FIXED_ONLY or not fits:
            return f"a fixed phrase German writes capitalised („{prev} {word}“; Duden, K 72), no adjective here"
        return replace(g, severity="info", message=f"{g.message} (or the fixed phrase „{prev} {word}“, which German "
                                                   "writes capitalised: Duden, K 72)")

    def _scientific_names(self) -> frozenset[str]:
        """The words of Latin binomials in the document: a capitalised genus (English and German may know it as a
        plant's name: "arum", "Philodendron"), then a small epithet with a Latin ending that is no German or English
        word ("Arum maculatum", "Aedes aegypti"); the genus also where it stands alone."""
        if self._binomials is None:
            toks, words = self.doc.tokens, set()
            for k in range(len(toks) - 1):
                genus, epithet = toks[k].text, toks[k + 1].text
                if len(genus) >= 4 and genus.isalpha() and genus[0].isupper() and genus[1:].islower() \
                        and len(epithet) >= 5 and epithet.isalpha() and epithet.islower() \
                        and epithet.endswith(_LATIN_EPITHET) and self.doc.adjacent(k, k + 1) \
                        and not lexicon.is_german(genus.lower()) and not lexicon.is_german_any_case(epithet) \
                        and not lexicon.is_english(epithet):
                    words.update((genus, epithet))
            self._binomials = frozenset(words)
        return self._binomials

    def _name_elsewhere(self, part: str) -> bool:
        """PART stands on its own elsewhere in the article where a name stands ("Raumfahrtorganisation Esa")."""
        return any(self.doc.tokens[k].text == part and self.names.context(k, part)[0] is not None
                   for k in self.names.at.get(part, ()))

    def _in_dateline(self, g: Finding) -> bool:
        """G's span is a word of the dateline that opens its paragraph ("Schymkent – Im Süden …")."""
        text = self.doc.text
        m = re.search(r" ?[–—-] ", text[g.end:g.end + 40])
        return bool(m) and bool(_DATELINE.match(text, self._line_start(g.start), g.end + m.end() - 1))

    def _line_start(self, offset: int) -> int:
        return self.doc.text.rfind("\n", 0, offset) + 1

    def _token_at(self, offset: int) -> int | None:
        from bisect import bisect_right

        starts = self._starts()
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.doc.tokens[i].end:
            return i
        return None

    def _starts(self) -> list[int]:
        if not hasattr(self, "_token_starts"):
            self._token_starts = [t.start for t in self.doc.tokens]
        return self._token_starts


LOANWORD_MIN_ZIPF = 2.5   # a loanword is a word German text uses, not a rarity
# a number and a unit's abbreviation written small with its dot, English style, right before the match ("12 ft.
# lange"): no sentence ends there
_UNIT_ABBREVIATION = re.compile(r"\d\s?[a-z]{1,3}\.\s+\Z")
# endings of Latin species epithets (maculatum, aegypti, fastidiosa, vulgaris, sinensis)
# indefinite numerals German writes small after "alles" as elsewhere (Duden, K 76): "alles andere"
_INDEFINITE_NUMERALS = frozenset(("andere", "anderes", "anderen", "viele", "vieles", "wenige", "weniges"))
_LATIN_EPITHET = ("um", "us", "a", "is", "ae", "i", "ensis", "oides", "ens", "es")
# English romanisation that German spelling never has: kh, zh, shch, -iy, -yy, -yi (Mukhina, Korzh, Dmitriy);
# not -ya, which Indian and other names share (Priya, Surya)
_ROMANISED = re.compile(r"kh|zh|shch|iy$|yy$|yi$")
_WEAK_ENDING = re.compile(r"(?:in|ina|yn|yna)s?$")   # Putin and Martin alike: no evidence on its own


# adverbial phrases of a preposition and an adjective used as a noun, capitalised by the official rules (Duden,
# K 72): before a noun LanguageTool takes the adjective for the noun's ("im Allgemeinen Nektar")
_FIXED_PHRASES = frozenset(("im Allgemeinen", "im Wesentlichen", "im Einzelnen", "im Übrigen", "im Folgenden",
                            "im Besonderen", "im Voraus", "im Nachhinein", "im Vorhinein", "des Weiteren",
                            "ohne Weiteres"))
_FIXED_ONLY = frozenset(("Voraus", "Nachhinein", "Vorhinein"))   # (no adjective of these forms)
# the adjectives of places, peoples and faiths ("Europäischen", "Islamischen", "Asiatische"), capitalised before
# the kinds of thing named with them (spelling.names_an_institution)
_NAME_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ]\w+isch(?:e|en|er|es|em)$")
# adjectives that relate a noun to something (national, staatlich, föderal): capitalised before an institution,
# part of its name ("die Zentrale Frage", "eine Furchtbare Tragödie" are slips)
_RELATIONAL_SUFFIXES = ("al", "lich", "ell", "är", "ar")
# offices a relational adjective names in the singular ("der Nationalen Kulturerbebehörde", "des Staatlichen
# Zolldienstes"; the plural "die staatlichen Behörden" is no name)
_SINGLE_OFFICE_FORMS = tuple(h + e for h in ("behörde", "verwaltung", "amt", "dienst", "komitee", "fonds", "kammer",
                                             "bibliothek", "galerie", "zentrum", "archiv", "garde", "polizei")
                             for e in ("", "s", "es"))


def _joined_words(parts: list[str]) -> list[str]:
    """Parts of a hyphenated word with the words German writes with a hyphen kept whole ("KI-Start-up" ->
    "KI", "Start-up"): known to hunspell without the hyphen, or an English compound German text writes often."""
    out: list[str] = []
    for p in parts:
        joined = (out[-1] + "-" + p) if out and out[-1] and p else ""
        # (hunspell's own verdict on a hyphenated pair means little: it accepts any "X-Noun"; an English
        # compound counts when German text writes it as one word often: "startup")
        if joined and (lexicon.is_german_any_case(joined.replace("-", "")) or (
                lexicon.is_english(joined.lower())
                and lexicon.zipf_de(joined.lower().replace("-", "")) >= ESTABLISHED_MIN_ZIPF)):
            out[-1] += "-" + p
        else:
            out.append(p)
    return out


def _named_office(noun: str) -> bool:
    """NOUN is a compound whose head is a single office ("Kulturerbebehörde", "Tourismusverwaltung"): a relational
    adjective capitalised before it names one; before the bare office it is a slip ("im Öffentlichen Dienst",
    "der Örtlichen Polizei")."""
    low = noun.lower()
    return any(low.endswith(h) and len(low) >= len(h) + 4 for h in _SINGLE_OFFICE_FORMS)


def _noun_form(word: str) -> bool:
    """WORD is a form of a German noun the lexicon lists whole ("Pollens"), no word English text has more (left to
    the English tests)."""
    return word[:1].isupper() and word[1:].islower() and len(word) >= 4 and bool(nouns.analyses(word)) \
        and not english_by_frequency(word.lower())


def _german_in_use(word: str) -> bool:
    """German text uses WORD now and then, more than English text does: with no correction to offer, a word of
    German the speller's dictionary lacks ("Multiversum"), not a slip; a slip is rarely in use ("Insidium")."""
    low = word.lower()
    z = lexicon.zipf_de(low)
    return word.isalpha() and z >= IN_USE_MIN_ZIPF and z >= lexicon.zipf_en(low) and not lexicon.is_english(low)


def _compound_in_use(word: str) -> bool:
    """WORD is a first part German text uses now and then (wordfreq, more than English text), no English word,
    joined to a noun of the German dictionary of four letters or more ("Kortisol" + "Level"): a compound."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    for k in range(4, len(word) - 3):
        first, head = word[:k].lower(), word[k].upper() + word[k + 1:]
        if lexicon.is_german(head) and nouns.analyses(head) and _german_in_use(first) \
                and not lexicon.is_german_any_case(first):
            return True
    return False


def _unknown_name(word: str) -> bool:
    """A capitalised word of letters that is neither English nor one typing slip from a German word, nor begins
    with one: what LanguageTool's speller finds without a correction to offer is then a name, not a misspelling."""
    from .engines.builtin.spelling import corrections

    # (a German word misspelt begins with one: "Superwichtigges")
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) >= 5 \
        and not lexicon.is_english(word.lower()) and not corrections(word) \
        and not any(lexicon.is_german_any_case(word[:k]) for k in range(4, len(word) - 1))


def romanised_slavic(word: str) -> bool:
    """A capitalised word that reads as a Slavic name in English romanisation, which German spells otherwise: a
    form only English romanisation has, or a Slavic surname ending (-ov, -enko, ...) the German rules rewrite."""
    from .engines.builtin.transliteration import CH_SUFFIX_RE, germanize, looks_slavic_surname

    if not (word[:1].isupper() and word.isalpha() and len(word) >= 4) or lexicon.is_german(word):
        return False
    low = word.lower()
    # ("ch" alone is no evidence, German writes Х so, "Chomenko"; English Ч, "Chornomorsk"; unless in a suffix
    # where Ч is the rule: "Sachenko")
    if germanize(word, ch=False) == word and germanize(word, "uk", ch=False) == word \
            and not (germanize(word) != word and CH_SUFFIX_RE.search(low)):
        return False
    return bool(_ROMANISED.search(low)) or (looks_slavic_surname(word) and not _WEAK_ENDING.search(low))
