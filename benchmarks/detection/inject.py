"""Defect generators: each takes a clean German segment and returns edits that put defects at known offsets.

Every generator draws on resources independent of lektorat's glossary and rules: the noun lexicon (Wiktionary, via
`lektorat.nouns`), the German hunspell dictionary (`lektorat.lexicon.is_german`, only to make sure a defect is not
a real German word), the Ding German–English dictionary (Debian `trans-de-en`), wordfreq's English word list,
faker's Russian and Ukrainian names, and the number, date and transliteration rules written here.

An edit replaces original[a:b] by `new`; inside `new` it puts one or more defects at [da, db) whose expected fix is
`fix` (then `alts`, other correct German forms). Edits of one segment never overlap or touch.
"""

from __future__ import annotations

import difflib
import random
import re
from dataclasses import dataclass, field

FAMILIES = ("case", "formats", "english", "pseudo-english", "garbled", "transliteration", "calque")


@dataclass(frozen=True)
class Defect:
    da: int                  # offsets inside Edit.new
    db: int
    fix: str                 # the expected replacement of new[da:db]
    kind: str
    alts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Edit:
    a: int
    b: int
    new: str
    defects: tuple[Defect, ...]


@dataclass
class Injection:
    family: str
    kind: str
    start: int               # in the modified text
    end: int
    bad: str
    fix: str
    alts: tuple[str, ...] = ()

    @property
    def fixes(self) -> tuple[str, ...]:
        return (self.fix,) + self.alts


@dataclass
class Case:
    family: str
    index: int               # position of the original in the list of clean segments
    original: str
    modified: str
    injections: list[Injection]
    edits: list[tuple[int, int, int, int]] = field(default_factory=list)   # (orig a, orig b, mod a, mod b)

    def map_span(self, s: int, e: int) -> tuple[int, int] | None:
        """A span of the original in the modified text; None when it touches a replaced part."""
        shift_s = shift_e = 0
        for a, b, ma, mb in self.edits:
            if a < b and s < b and a < e:
                return None
            delta = (mb - ma) - (b - a)
            if b <= s:
                shift_s += delta
            if b < e or (b == e and a < b):
                shift_e += delta
        return s + shift_s, e + shift_e


def apply_edits(family: str, index: int, text: str, edits: list[Edit]) -> Case | None:
    edits = sorted(edits, key=lambda e: e.a)
    for e1, e2 in zip(edits, edits[1:]):
        if e2.a <= e1.b:          # overlapping or touching: not allowed
            return None
    out, pos, n = [], 0, 0
    inj: list[Injection] = []
    spans = []
    for e in edits:
        out.append(text[pos:e.a])
        n += e.a - pos
        for d in e.defects:
            inj.append(Injection(family, d.kind, n + d.da, n + d.db, e.new[d.da:d.db], d.fix, d.alts))
        spans.append((e.a, e.b, n, n + len(e.new)))
        out.append(e.new)
        n += len(e.new)
        pos = e.b
    out.append(text[pos:])
    modified = "".join(out)
    if modified == text or not inj:
        return None
    return Case(family, index, text, modified, inj, spans)


# ---------------------------------------------------------------------------------------------------------------
# tokens and insertion points

_WORD_RE = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str
    initial: bool          # first word of a sentence


def words(text: str) -> list[Tok]:
    out = []
    for m in _WORD_RE.finditer(text):
        before = text[:m.start()].rstrip(" \"„“‚‘»«(–-")
        initial = not before or before[-1] in ".!?:;"
        # skip pieces of larger tokens (digits, apostrophes, URLs)
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’_/@."):
            continue
        if m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] in "'’_/@"):
            continue
        out.append(Tok(m.start(), m.end(), m.group(), initial))
    return out


def single_space(text: str, a: Tok, b: Tok) -> bool:
    return text[a.end:b.start] == " "


def insertion_points(text: str) -> list[str]:
    """Where a whole sentence can go: 'start' (before a capitalised opening) and 'end' (after a full stop)."""
    pts = []
    t = text.strip()
    if t and (t[0].isupper() or t[0] in "„\"(»"):
        pts.append("start")
    if t and t[-1] in ".!?…\"“»)":
        pts.append("end")
    return pts


def sentence_edit(text: str, where: str, parts: list) -> Edit:
    """An edit inserting a sentence made of PARTS: strings, and (bad, fix, kind, alts) tuples for the defects."""
    s, defects = [], []
    n = 0
    for p in parts:
        if isinstance(p, str):
            s.append(p)
            n += len(p)
        else:
            bad, fix, kind, alts = p
            defects.append((n, n + len(bad), fix, kind, alts))
            s.append(bad)
            n += len(bad)
    sent = "".join(s)
    if where == "start":
        lead = len(text) - len(text.lstrip())
        new, off, a = sent + " ", 0, lead
    else:
        end = len(text.rstrip())
        new, off, a = " " + sent, 1, end
    return Edit(a, a, new, tuple(Defect(da + off, db + off, fix, kind, tuple(alts)) for da, db, fix, kind, alts
                                 in defects))


def _not_german(word: str) -> bool:
    from lektorat.lexicon import is_german, is_german_any_case
    return not (is_german_any_case(word) or is_german(word.lower()) or is_german(word[:1].upper() + word[1:]))


# ---------------------------------------------------------------------------------------------------------------
# case: a determiner or noun form that cannot agree after the preposition

_PREP_CASES = {
    **{p: {"dat"} for p in ("mit", "nach", "aus", "zu", "von", "bei", "seit", "gegenüber", "außer", "ab")},
    **{p: {"akk"} for p in ("für", "durch", "gegen", "ohne", "um")},
    **{p: {"gen", "dat"} for p in ("wegen", "trotz")},
    **{p: {"gen"} for p in ("während", "statt", "anstatt", "innerhalb", "außerhalb", "aufgrund", "angesichts",
                            "mithilfe", "infolge", "anhand")},
    **{p: {"dat", "akk"} for p in ("in", "an", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen")},
}
DETERMINERS = {
    "der": {"nom.sg.m", "gen.sg.f", "dat.sg.f", "gen.pl"},
    "die": {"nom.sg.f", "akk.sg.f", "nom.pl", "akk.pl"},
    "das": {"nom.sg.n", "akk.sg.n"},
    "dem": {"dat.sg.m", "dat.sg.n"},
    "den": {"akk.sg.m", "dat.pl"},
    "des": {"gen.sg.m", "gen.sg.n"},
    "ein": {"nom.sg.m", "nom.sg.n", "akk.sg.n"},
    "eine": {"nom.sg.f", "akk.sg.f"},
    "einem": {"dat.sg.m", "dat.sg.n"},
    "einen": {"akk.sg.m"},
    "einer": {"gen.sg.f", "dat.sg.f"},
    "eines": {"gen.sg.m", "gen.sg.n"},
}
_DEF = ("der", "die", "das", "dem", "den", "des")
_INDEF = ("ein", "eine", "einem", "einen", "einer", "eines")
_ADJ_RE = re.compile(r"^[a-zäöüß]{2,}(?:e|en|er|es|em)$")
_NOT_ADJ = set(DETERMINERS) | {"diese", "dieser", "diesen", "diesem", "dieses", "jene", "jenen", "jener", "welche",
                               "welcher", "welchen", "keine", "keinen", "keiner", "keinem", "seine", "seinen",
                               "meine", "meinen", "unsere", "unseren", "ihre", "ihren", "oder", "aber", "sehr",
                               "immer", "wieder", "später", "früher", "unter", "über", "hinter", "nur", "schon",
                               "eben", "gerne", "gern", "etwa", "zwar", "daher", "wer", "sicher", "selber", "oben",
                               "unten", "innen", "außen", "ganze", "nie"}


def _compatible(det: str, feats: set[str], cases: set[str]) -> bool:
    return any(f in feats and f.split(".")[0] in cases for f in DETERMINERS[det])


def _noun_feats(word: str) -> tuple[set[str], str | None, str]:
    """(features, lemma, prefix) of a noun or of a compound's head; prefix is the part before the head."""
    from lektorat import nouns
    an = nouns.analyses(word)
    if an:
        return {f for _, f in an}, an[0][0], ""
    head = nouns.head_of(word)
    if head and head != word and len(head) >= 3:
        an = nouns.analyses(head)
        if an:
            return {f for _, f in an}, an[0][0], word[: len(word) - len(head)]
    return set(), None, ""


def gen_case(text: str, rng: random.Random, res) -> list[Edit]:
    from lektorat import nouns
    toks = words(text)
    cands: list[Edit] = []
    for i, p in enumerate(toks):
        cases = _PREP_CASES.get(p.text.lower() if p.initial else p.text)
        if not cases or i + 2 >= len(toks):
            continue
        det = toks[i + 1]
        if det.text not in DETERMINERS or not single_space(text, p, det):
            continue
        j = i + 2
        while j < len(toks) and j - i - 2 < 2 and _ADJ_RE.match(toks[j].text) and toks[j].text not in _NOT_ADJ \
                and single_space(text, toks[j - 1], toks[j]):
            j += 1
        if j >= len(toks) or not single_space(text, toks[j - 1], toks[j]):
            continue
        noun = toks[j]
        if not noun.text[:1].isupper() or "-" in noun.text:
            continue
        feats, lemma, prefix = _noun_feats(noun.text)
        if not feats or not _compatible(det.text, feats, cases):
            continue
        # the original is a well-formed PP; now a change that cannot be one
        options: list[tuple[int, int, str, str]] = []       # (a, b, new, kind)
        paradigm = _DEF if det.text in _DEF else _INDEF
        for d in paradigm:
            if d != det.text and not _compatible(d, feats, cases):
                options.append((det.start, det.end, d, "determiner"))
        if lemma:
            head_len = len(noun.text) - len(prefix)
            for feat, forms in nouns.forms_of(lemma).items():
                for f in forms:
                    new_word = prefix + (f[0].lower() + f[1:] if prefix else f)
                    if new_word == noun.text or not f.isalpha():
                        continue
                    nf, _, _ = _noun_feats(new_word)
                    if nf and not _compatible(det.text, nf, cases) and abs(len(f) - head_len) <= 3:
                        options.append((noun.start, noun.end, new_word, "noun form"))
        options = sorted(set(options))
        if not options:
            continue
        a, b, new, kind = rng.choice(options)
        if kind == "noun form" and rng.random() < 0.5:     # prefer determiners: they are the common MT slip
            dets = [o for o in options if o[3] == "determiner"]
            if dets:
                a, b, new, kind = rng.choice(dets)
        # the defect spans the whole phrase (determiner .. noun); the fix restores the original phrase
        ps, pe = det.start, noun.end
        phrase_new = text[ps:a] + new + text[b:pe]
        cands.append(Edit(ps, pe, phrase_new, (Defect(0, len(phrase_new), text[ps:pe], kind),)))
    return _pick(cands, rng)


def _pick(cands: list[Edit], rng: random.Random, max_n: int | None = None) -> list[Edit]:
    """One or two non-overlapping, non-touching candidates (two when there are, half of the time)."""
    if not cands:
        return []
    want = 1 if (max_n == 1 or rng.random() < 0.5) else 2
    rng.shuffle(cands)
    chosen: list[Edit] = []
    for c in cands:
        if all(c.b + 1 < o.a or o.b + 1 < c.a for o in chosen):
            chosen.append(c)
        if len(chosen) == want:
            break
    return chosen


# ---------------------------------------------------------------------------------------------------------------
# English formats: dates, times, decimals, thousands, currency, possessive 's

MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
_TEMPLATES = {
    "date": ("Das Abkommen wurde am {X} unterzeichnet.", "Am {X} trat das Gesetz in Kraft.",
             "Die Wahl ist für den {X} angesetzt."),
    "time": ("Um {X} begann die Sitzung.", "Die Pressekonferenz ist für {X} angekündigt.",
             "Gegen {X} erreichten die Helfer den Ort."),
    "decimal": ("Der Wert stieg im Jahresvergleich um {X} Prozent.", "Die Strecke ist insgesamt {X} Kilometer lang.",
                "Im Durchschnitt waren es {X} Stunden am Tag.", "Die Temperatur lag bei {X} Grad.",
                "Die Produktion sank auf {X} Millionen Tonnen."),
    "thousands": ("Rund {X} Menschen nahmen an der Kundgebung teil.", "Die Organisation zählt {X} Mitglieder.",
                  "Insgesamt wurden {X} Anträge gestellt."),
    "currency": ("Das Projekt kostet {X}.", "Die Regierung stellte dafür {X} bereit.",
                 "Der Schaden wird auf {X} geschätzt."),
    "possessive": ("{X} Vorschlag fand keine Mehrheit.", "{X} Rede wurde mehrfach unterbrochen.",
                   "Die Kritik an {X} Plänen wächst."),
}
_FORMAT_KINDS = tuple(_TEMPLATES)


def _de_number(x: float, decimals: int) -> str:
    s = f"{x:.{decimals}f}"
    return s.replace(".", ",")


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _format_pair(kind: str, rng: random.Random, res) -> tuple[str, str, tuple[str, ...]]:
    """(English form, German form, other correct German forms) for one kind."""
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randrange(12), rng.randint(1990, 2030)
        if rng.random() < 0.7:
            return f"{MONTHS_EN[m]} {d}, {y}", f"{d}. {MONTHS_DE[m]} {y}", ()
        return f"{MONTHS_EN[m]} {d}", f"{d}. {MONTHS_DE[m]}", ()
    if kind == "time":
        h = rng.randint(1, 23)
        mnt = rng.choice((0, 0, 15, 30, 45))
        h12, ampm = (h % 12 or 12), ("a.m." if h < 12 else "p.m.")
        if mnt:
            return f"{h12}:{mnt:02d} {ampm}", f"{h}.{mnt:02d} Uhr", (f"{h}:{mnt:02d} Uhr",)
        return f"{h12} {ampm}", f"{h} Uhr", ()
    if kind == "decimal":
        dec = rng.choice((1, 1, 2))
        x = rng.randint(1, 999) / 10 ** dec + (0.1 ** dec if dec == 1 else 0.01)
        de = _de_number(x, dec)
        if de.endswith("0"):
            de = de[:-1] + "5"
        return de.replace(",", "."), de, ()
    if kind == "thousands":
        n = rng.choice((rng.randint(1_001, 99_999), rng.randint(100_001, 999_999), rng.randint(1_000_001, 9_999_999)))
        if n % 1000 == 0:
            n += 250
        de = _group(n, ".")
        return _group(n, ","), de, (_group(n, "\u202f"), _group(n, "\u2009"), _group(n, "\u00a0")) + \
            ((str(n),) if n < 10_000 else ())
    if kind == "currency":
        sym, names = rng.choice((("€", ("Euro",)), ("$", ("Dollar", "US-Dollar")), ("£", ("Pfund",))))
        style = rng.choice(("scale", "scale", "plain"))
        if style == "scale":
            whole = rng.random() < 0.5
            x = rng.randint(1, 950) if whole else rng.randint(11, 99) / 10
            en_scale, de_sg, de_pl = rng.choice((("million", "Million", "Millionen"),
                                                 ("billion", "Milliarde", "Milliarden")))
            en_num = str(x) if whole else f"{x:.1f}"
            de_num = en_num.replace(".", ",")
            de_scale = de_sg if en_num == "1" else de_pl
            forms = tuple(f"{de_num} {de_scale} {n}" for n in names)
            return f"{sym}{en_num} {en_scale}", forms[0], forms[1:]
        n = rng.randint(20, 9_999)
        forms = tuple(f"{_group(n, '.')} {nm}" for nm in names)
        return f"{sym}{_group(n, ',')}", forms[0], forms[1:] + ((f"{n} {names[0]}",) if n < 10_000 else ())
    if kind == "possessive":
        names = res.german_surnames
        while True:
            name = rng.choice(names)
            if name[-1] not in "sßxzSXZ" and not name.endswith("ce") and " " not in name and "-" not in name:
                break
        apo = rng.choice(("'", "’"))
        return f"{name}{apo}s", f"{name}s", ()
    raise ValueError(kind)


_DE_DECIMAL_RE = re.compile(r"(?<![\d.,])(\d+),(\d+)(?![\d,.]*\d)")
_DE_THOUSANDS_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?![\d.,]*\d)")
_DE_TIME_RE = re.compile(r"(?<![\d.,:])(\d{1,2})(?:[.:](\d{2}))? Uhr\b")
_DE_DATE_RE = re.compile(r"(?<![\d.])(\d{1,2})\. (" + "|".join(MONTHS_DE) + r")(?: (\d{4}))?\b")


def _existing_formats(text: str) -> list[Edit]:
    """German-formatted numbers already in the text, rewritten the English way."""
    out = []
    for m in _DE_DATE_RE.finditer(text):
        d, mon, y = m.group(1), MONTHS_DE.index(m.group(2)), m.group(3)
        en = f"{MONTHS_EN[mon]} {int(d)}" + (f", {y}" if y else "")
        out.append(Edit(m.start(), m.end(), en, (Defect(0, len(en), m.group(), "date"),)))
    for m in _DE_TIME_RE.finditer(text):
        h = int(m.group(1))
        if h > 23:
            continue
        h12, ampm = (h % 12 or 12), ("a.m." if h < 12 else "p.m.")
        en = f"{h12}:{m.group(2)} {ampm}" if m.group(2) else f"{h12} {ampm}"
        out.append(Edit(m.start(), m.end(), en, (Defect(0, len(en), m.group(), "time"),)))
    for m in _DE_DECIMAL_RE.finditer(text):
        en = f"{m.group(1)}.{m.group(2)}"
        out.append(Edit(m.start(), m.end(), en, (Defect(0, len(en), m.group(), "decimal"),)))
    for m in _DE_THOUSANDS_RE.finditer(text):
        en = m.group().replace(".", ",")
        out.append(Edit(m.start(), m.end(), en, (Defect(0, len(en), m.group(), "thousands"),)))
    return out


def gen_formats(text: str, rng: random.Random, res) -> list[Edit]:
    existing = _existing_formats(text)
    chosen = _pick(existing, rng, max_n=1) if existing and rng.random() < 0.8 else []
    pts = insertion_points(text)
    if chosen:
        pts = [p for p in pts if (p == "start" and chosen[0].a > 0) or (p == "end" and chosen[0].b < len(text.rstrip()))]
    n = (1 if rng.random() < 0.5 else 2) - len(chosen)
    rng.shuffle(pts)
    for where in pts[:max(n, 0)]:
        kind = rng.choice(_FORMAT_KINDS)
        en, de, alts = _format_pair(kind, rng, res)
        tmpl = rng.choice(_TEMPLATES[kind])
        pre, post = tmpl.split("{X}")
        chosen.append(sentence_edit(text, where, [pre, (en, de, kind, alts), post]))
    return chosen


# ---------------------------------------------------------------------------------------------------------------
# English words and pseudo-English, through the Ding dictionary

_ADJ_ENDINGS = ("en", "em", "er", "es", "e")


def _english_candidates(tok: Tok, res) -> list[tuple[str, str, str, str, str]]:
    """(English word, part of speech, slot, English base form, German ending to carry over) for a German word of
    the text, in dictionary order."""
    from lektorat import nouns
    d = res.ding
    w = tok.text
    out: list[tuple[str, str, str, str, str]] = []
    # a capitalised word at a sentence start that is also a lower-case word ("Beachten Sie") is not taken as a noun
    ambiguous = tok.initial and w[:1].isupper() and (w.lower() in d.forms)
    for e, pos, slot, base in d.forms.get(w, ()):
        if pos == "noun" and (not w[:1].isupper() or ambiguous):
            continue
        if pos != "noun" and w[:1].isupper() and not tok.initial:
            continue
        out.append((e, pos, slot, base, ""))
    if w[:1].isupper() and not ambiguous:
        # a case form of a noun: the lemma's (or the nominative plural's) translations
        an = nouns.analyses(w)
        if an:
            lemma = an[0][0]
            if all(".sg." in f for _, f in an):
                out += [(e, "noun", "sg", b, "") for e, pos, slot, b in d.forms.get(lemma, ())
                        if pos == "noun" and slot == "sg"]
            elif all(f.endswith(".pl") for _, f in an):
                for pl in nouns.forms_of(lemma).get("nom.pl", ()):
                    out += [(e, "noun", "pl", b, "") for e, pos, slot, b in d.forms.get(pl, ())
                            if pos == "noun" and slot == "pl"]
    low = w.lower() if tok.initial else w
    if low.islower() and not any(c[1] == "adj" for c in out):
        for end in _ADJ_ENDINGS:
            if low.endswith(end) and len(low) - len(end) >= 3:
                stem = low[: -len(end)]
                out += [(e, "adj", "base", b, end) for e, pos, slot, b in d.forms.get(stem, ())
                        if pos == "adj" and slot == "base"]
                break
    seen, uniq = set(), []
    for c in out:
        if c not in seen:
            seen.add(c)
            uniq.append(c)
    return uniq


def _english_ok(e: str, german: str, res) -> bool:
    from lektorat.lexicon import is_english
    return (e.islower() and e.isalpha() and len(e) >= 3 and e in res.english_rank and e != german.lower()
            and is_english(e) and _not_german(e))


def _case_like(word: str, tok: Tok, pos: str, rng: random.Random) -> tuple[str, str]:
    """The English word as an MT system would leave it: lower case; a noun sometimes capitalised German-style."""
    if tok.initial:
        return word[:1].upper() + word[1:], f"{pos}, sentence start"
    if pos == "noun" and rng.random() < 0.5:
        return word[:1].upper() + word[1:], "noun, capitalised"
    return word, pos


_FUNCTION_WORDS = set(DETERMINERS) | _NOT_ADJ | {
    "kein", "keine", "keinen", "keinem", "keiner", "keines", "mein", "meine", "meinem", "meiner", "meines", "dein",
    "deine", "sein", "seine", "seinem", "seiner", "seines", "ihr", "ihre", "ihrem", "ihrer", "ihres", "unser",
    "unsere", "unserem", "unserer", "euer", "eure", "dieser", "diese", "dieses", "diesem", "diesen", "jener",
    "jede", "jeder", "jedes", "jedem", "jeden", "alle", "allen", "aller", "alles", "manche", "einige", "einigen",
    "viele", "vielen", "ich", "du", "er", "sie", "es", "wir", "man", "mich", "mir", "dich", "dir", "sich", "uns",
    "euch", "ihn", "ihm", "ihnen", "und", "oder", "aber", "denn", "sondern", "dass", "weil", "wenn", "als", "wie",
    "ob", "nicht", "auch", "noch", "schon", "nur", "doch", "ja", "nein", "so", "da", "hier", "dort", "was", "wer",
    "wo", "welche", "welcher", "welches", "zu", "von", "mit", "nach", "bei", "aus", "für", "durch", "gegen", "ohne",
    "um", "in", "an", "auf", "vor", "hinter", "neben", "zwischen", "unter", "über", "am", "im", "zum", "zur", "beim",
    "vom", "ins", "ans", "aufs"}


def gen_english(text: str, rng: random.Random, res) -> list[Edit]:
    cands = []
    for tok in words(text):
        if len(tok.text) < 3 or "-" in tok.text or tok.text.lower() in _FUNCTION_WORDS:
            continue
        # inflected German adjectives included: English has no ending, the bare English adjective stands in
        opts = [(e, pos) for e, pos, slot, base, end in _english_candidates(tok, res) if _english_ok(e, tok.text, res)]
        if not opts:
            continue
        e, pos = min(opts, key=lambda x: res.english_rank[x[0]])     # the most frequent English word
        bad, kind = _case_like(e, tok, pos, rng)
        cands.append(Edit(tok.start, tok.end, bad, (Defect(0, len(bad), tok.text, kind),)))
    return _pick(cands, rng)


# English suffix -> German-looking suffix, by part of speech
_PSEUDO_NOUN = (("ity", "ität", "itäten"), ("ency", "enz", "enzen"), ("ancy", "anz", "anzen"),
                ("ence", "enz", "enzen"), ("ance", "anz", "anzen"), ("ism", "ismus", "ismen"), ("ics", "ik", "iken"),
                ("ure", "ur", "uren"))
_PSEUDO_ADJ = (("ous", "ös"), ("ive", "iv"), ("ical", "isch"), ("ic", "isch"), ("able", "abel"), ("ible", "ibel"))
_PSEUDO_VERB = (("ize", "isieren"), ("ise", "isieren"), ("ify", "ifizieren"), ("ate", "ieren"))
_VERB_SLOT_END = {"inf": "ieren", "3sg": "iert", "ppast": "iert", "past": "ierte", "pastpl": "ierten",
                  "ppres": "ierend"}


def _pseudo(base: str, pos: str, slot: str, end: str) -> tuple[str, str] | None:
    """(pseudo-German word, kind) built from the English base form, inflected like the German word, or None."""
    if pos == "noun" and slot in ("sg", "pl"):
        for en_suf, de_sg, de_pl in _PSEUDO_NOUN:
            if base.endswith(en_suf) and len(base) > len(en_suf) + 2:
                w = base[: -len(en_suf)] + (de_sg if slot == "sg" else de_pl)
                return w[:1].upper() + w[1:], f"noun -{de_sg}"
    if pos == "adj" and slot == "base":
        for en_suf, de_suf in _PSEUDO_ADJ:
            if base.endswith(en_suf) and len(base) > len(en_suf) + 2:
                suf = de_suf[:-2] + "l" if end and de_suf.endswith("el") else de_suf    # flexibel, flexible
                return base[: -len(en_suf)] + suf + end, f"adjective -{de_suf}"
    if pos == "verb" and slot in _VERB_SLOT_END:
        for en_suf, de_suf in _PSEUDO_VERB:
            if base.endswith(en_suf) and len(base) > len(en_suf) + 2:
                stem = base[: -len(en_suf)] + de_suf[: -len("ieren")]
                return stem + _VERB_SLOT_END[slot], "verb -ieren"
    return None


def _respellings(word: str) -> set[str]:
    """The word with English spellings made German: c -> k or z, ph -> f, th -> t, y -> i."""
    out = set()
    for a, b in (("c", "k"), ("c", "z"), ("ph", "f"), ("th", "t"), ("y", "i")):
        if a in word.lower():
            v = word.replace(a, b).replace(a.upper(), b.upper())
            out.add(v)
    if "c" in word.lower():      # c before e/i/y as z, elsewhere k: "spezifisch" from "specifisch"
        v = re.sub(r"c(?=[eiy])", "z", re.sub(r"c(?![eiy])", "k", word))
        out.add(re.sub(r"C(?=[eiy])", "Z", re.sub(r"C(?![eiy])", "K", v)))
    return out


def gen_pseudo(text: str, rng: random.Random, res) -> list[Edit]:
    from lektorat.lexicon import is_english
    cands = []
    for tok in words(text):
        if len(tok.text) < 4 or "-" in tok.text or tok.text.lower() in _FUNCTION_WORDS:
            continue
        opts = []
        for e, pos, slot, base, end in _english_candidates(tok, res):
            p = _pseudo(base, pos, slot, end)
            if not p or base not in res.english_rank:
                continue
            word, kind = p
            w = word if not tok.initial else word[:1].upper() + word[1:]
            if w == tok.text or is_english(word.lower()) or not _not_german(word):
                continue
            if any(not _not_german(v) for v in _respellings(word)):
                continue          # "cultiviert" is "kultiviert" misspelt, not a pseudo-English word
            if difflib.SequenceMatcher(None, word.lower(), tok.text.lower()).ratio() >= 0.75:
                continue          # a cognate spelled differently ("Effizienz"), not a pseudo-English word
            opts.append((res.english_rank[base], w, kind))
        if not opts:
            continue
        _, w, kind = min(opts)
        cands.append(Edit(tok.start, tok.end, w, (Defect(0, len(w), tok.text, kind),)))
    return _pick(cands, rng)


# ---------------------------------------------------------------------------------------------------------------
# fused and garbled words

_VOWEL_RE = re.compile(r"[aeiouäöüy]+", re.IGNORECASE)
_ONSETS = ("schr", "schl", "schw", "sch", "spr", "str", "sp", "st", "pr", "tr", "gr", "kr", "br", "dr", "fr", "bl",
           "gl", "kl", "fl", "pl", "ch", "zw", "kn", "gn", "pf", "qu", "th")


def gen_garbled(text: str, rng: random.Random, res) -> list[Edit]:
    toks = words(text)
    cands = []
    for a, b in zip(toks, toks[1:]):
        if not single_space(text, a, b) or len(a.text) < 2 or len(b.text) < 2 or "-" in a.text + b.text:
            continue
        fused = a.text + b.text
        if not _not_german(fused) or not _not_german(a.text + b.text.lower()):
            continue                      # "in dem" -> "indem" is a real word
        kind = "fused" if b.text.islower() else "fused, capital inside"
        cands.append(Edit(a.start, b.end, fused, (Defect(0, len(fused), text[a.start:b.end], kind),)))
    for t in toks:
        w = t.text
        if len(w) < 6 or not w.isalpha():
            continue
        vs = list(_VOWEL_RE.finditer(w))
        opts = []
        for k, v in enumerate(vs):
            # a syllable: its onset (the consonant before the vowel group, or a cluster such as "sp", "sch",
            # "tr") and the vowel group ("gie" in "Regierung", "spe" in "Spektrum")
            prev_end = vs[k - 1].end() if k else 0
            cons = w[prev_end:v.start()]
            if not cons or v.end() >= len(w):
                continue
            onset = next((c for c in _ONSETS if cons.lower().endswith(c) and (len(cons) > len(c) or k == 0)
                          or cons.lower() == c), cons[-1])
            syl = w[v.start() - len(onset):v.end()]
            new = w[:v.end()] + syl.lower() + w[v.end():]
            if _not_german(new):
                opts.append(new)
        if opts:
            new = rng.choice(opts)
            cands.append(Edit(t.start, t.end, new, (Defect(0, len(new), w, "doubled syllable"),)))
    fused = [c for c in cands if c.defects[0].kind.startswith("fused")]
    doubled = [c for c in cands if c.defects[0].kind == "doubled syllable"]
    pool = fused if (fused and (not doubled or rng.random() < 0.5)) else doubled
    return _pick(pool, rng)


# ---------------------------------------------------------------------------------------------------------------
# transliteration of Russian and Ukrainian names

_TRANSLIT_TEMPLATES = {
    "m": (("Der Sprecher ", "{N}", " sagte, die Gespräche würden fortgesetzt."),
          ("Das bestätigte ", "{N}", " am Abend."),
          ("Nach Angaben von ", "{N}", " wurde niemand verletzt."),
          ("Der Journalist ", "{N}", " hat darüber ein Buch geschrieben."),
          ("Auch ", "{N}", " nahm an dem Treffen teil.")),
    "f": (("Die Sprecherin ", "{N}", " sagte, die Gespräche würden fortgesetzt."),
          ("Das bestätigte ", "{N}", " am Abend."),
          ("Nach Angaben von ", "{N}", " wurde niemand verletzt."),
          ("Die Journalistin ", "{N}", " hat darüber ein Buch geschrieben."),
          ("Auch ", "{N}", " nahm an dem Treffen teil.")),
}
_TRANSLIT_SURNAME = {"m": (("Außenminister ", "{N}", " lehnte das ab."), ("Der Abgeordnete ", "{N}", " widersprach.")),
                     "f": (("Außenministerin ", "{N}", " lehnte das ab."),
                           ("Die Abgeordnete ", "{N}", " widersprach."))}


def gen_transliteration(text: str, rng: random.Random, res) -> list[Edit]:
    from .cyrillic import english, german_variants
    pts = insertion_points(text)
    if not pts:
        return []
    where = rng.choice(pts)
    for _ in range(20):
        lang = "ru" if rng.random() < 0.6 else "uk"
        g = rng.choice("mf")
        names = res.faker[lang]
        first = rng.choice(names["male" if g == "m" else "female"])
        last = rng.choice(names["last_male" if g == "m" else "last_female"])
        surname_only = rng.random() < 0.3
        parts_cyr = [last] if surname_only else [first, last]
        en = [english(p, lang) for p in parts_cyr]
        de_all = [german_variants(p, lang) for p in parts_cyr]
        de = [v[0] for v in de_all]
        if all(x == y for x, y in zip(en, de)):
            continue
        tmpl = rng.choice((_TRANSLIT_SURNAME if surname_only else _TRANSLIT_TEMPLATES)[g])
        kind = f"{lang}, {'surname' if surname_only else 'full name'}"
        parts: list = []
        for piece in tmpl:
            if piece != "{N}":
                parts.append(piece)
                continue
            for k, (x, y, alts) in enumerate(zip(en, de, de_all)):
                if k:
                    parts.append(" ")
                parts.append((x, y, kind, tuple(a for a in alts[1:] if a != x)) if x != y else x)
        return [sentence_edit(text, where, parts)]
    return []


# ---------------------------------------------------------------------------------------------------------------
# calques: light-verb collocations of Ding rendered word for word ("eine Entscheidung treffen" / "to make a
# decision" -> "eine Entscheidung machen")

CALQUE_VERBS = ("make", "take", "give", "have", "pay")    # "do" -> "tun" and "hold" -> "halten" give nonsense
_CALQUE_TEMPLATES = (("Wir müssen jetzt ", "."), ("Niemand wollte damals ", "."), ("Sie konnten schließlich ", "."),
                     ("Es ist an der Zeit, ", "."))


def calque_pairs(ding) -> list[tuple[str, str, tuple[str, ...], str]]:
    """(article, noun, German verbs, literal verb) where the literal rendering of the English light verb is not
    a German collocation of that noun anywhere in Ding."""
    from .resources import LIGHT_VERBS
    by_noun: dict[str, set[str]] = {}
    for p in ding.phrases:
        for w in p.split():
            by_noun.setdefault(w, set()).add(p)
    out = set()
    from lektorat import nouns
    from lektorat.lexicon import zipf_de
    article_feat = {"ein": "akk.sg.n", "eine": "akk.sg.f", "einen": "akk.sg.m"}
    for art, noun, verb, en_verb, en_noun in ding.collocations:
        if en_verb not in CALQUE_VERBS or zipf_de(noun) < 3.5:
            continue
        if en_noun not in {x[0] for x in ding.forms.get(noun, ()) if x[1] == "noun"}:
            continue              # "einen Aspekt ansprechen" :: "to make a point": not word for word
        if article_feat[art] not in {f for _, f in nouns.analyses(noun)}:
            continue              # "eine Schwänze": the article does not fit an accusative singular
        lit = LIGHT_VERBS[en_verb]
        if verb == lit or verb.endswith(lit) or lit.endswith(verb):
            continue
        # any Ding phrase with this noun and the literal verb (any form of it): then it is real German
        stem = lit[:-2] if lit.endswith("en") else lit[:-1]
        if any(any(t.startswith(stem) for t in p.split()) for p in by_noun.get(noun.lower(), ())):
            continue
        out.add((art, noun, verb, lit))
    # one entry per calque; every German verb Ding gives for the collocation is a right fix ("eine Pause
    # einlegen" and "eine Pause machen" for "eine Pause nehmen")
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for art, noun, verb, lit in sorted(out):
        grouped.setdefault((art, noun, lit), []).append(verb)
    return [(art, noun, tuple(verbs), lit) for (art, noun, lit), verbs in sorted(grouped.items())]


def gen_calque(text: str, rng: random.Random, res) -> list[Edit]:
    pts = insertion_points(text)
    if not pts or not res.calques:
        return []
    art, noun, verbs, lit = rng.choice(res.calques)
    pre, post = rng.choice(_CALQUE_TEMPLATES)
    defect = (lit, verbs[0], "light verb", tuple(verbs[1:]))
    if pre.startswith("Es ist"):
        parts = [pre + f"{art} {noun} zu ", defect, post]
    else:
        parts = [pre + f"{art} {noun} ", defect, post]
    return [sentence_edit(text, rng.choice(pts), parts)]


GENERATORS = {"case": gen_case, "formats": gen_formats, "english": gen_english, "pseudo-english": gen_pseudo,
              "garbled": gen_garbled, "transliteration": gen_transliteration, "calque": gen_calque}


def make_cases(family: str, segments: list[str], order: list[int], n: int, seed: int, res) -> list[Case]:
    """Up to N modified segments of FAMILY, taking clean segments in ORDER and skipping those it cannot use."""
    out = []
    gen = GENERATORS[family]
    for idx in order:
        if len(out) >= n:
            break
        text = segments[idx]
        rng = random.Random(f"{seed}:{family}:{idx}")
        edits = gen(text, rng, res)
        if not edits:
            continue
        case = apply_edits(family, idx, text, edits)
        if case is not None:
            out.append(case)
    return out
