#!/usr/bin/env python3
"""Build src/lektorat/data/dictionary/en-de.tsv.gz, the English -> German dictionary shipped inside the package.

    cd /tmp && apt-get download trans-de-en && dpkg-deb -x trans-de-en_*_all.deb trans-de-en
    .venv/bin/python scripts/build_dictionary_data.py --ding /tmp/trans-de-en/usr/share/trans/de-en

Source: Ding, the German-English dictionary of TU Chemnitz (Frank Richter), as Debian's `trans-de-en` (GPL-2.0 or
later). Lines are `German :: English`; both sides are `|`-separated parts (headword, then its inflected forms,
then compounds and examples), each part `;`-separated synonyms with grammar tags in braces ({m} {f} {n} {pl} {vt}
{vi} {vr} {adj} {adv}) and labels in brackets.

Kept: English keys that are a frequent English word (wordfreq `top_n_list("en", 100000)`), a hyphenated compound of
words among the TOP_PHRASE_WORDS commonest ("state-of-the-art"), or a phrase of 2-6
words that are all among the 7,000 commonest (not starting with an article; from a later part of an entry only
with German of at most MAX_SUBPART_DE_WORDS words; "to be X" :: "Y sein" also as X :: Y), lower case only (capitalised English
entries are names); for each the German translations of the same part of the entry with their part of speech.
Translations marked colloquial, regional, old, rare or vulgar are left out, as are the placeholders (etw., jdn.,
sth., sb.) and the pronouns before verb forms (er/sie spricht :: he/she speaks). Order: entries in which the key is
the first English synonym (the entry's main sense) first, then the German synonyms in Ding's order (commonest
first), then file order; at most MAX_PER_KEY per word and MAX_PER_PHRASE per phrase in each word class.

The output is deterministic (same input and wordfreq version give a byte-identical file: gzip without timestamp
or file name, keys sorted). Format: first line HEADER; then `english<TAB>german:pos<TAB>german:pos...`, where pos
is m/f/n/pl (noun and gender), v, adj, adv or x.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "lektorat" / "data" / "dictionary" / "en-de.tsv.gz"
HEADER = "#lektorat-dictionary 1\tenglish\tgerman:pos..."
TOP_WORDS = 100000
MAX_PER_KEY = 10
MAX_PER_PHRASE = 4
TOP_PHRASE_WORDS = 7000         # every word of a kept phrase is among the 7,000 commonest English words
MAX_PHRASE_WORDS = 6           # "at the end of the day"
MAX_SUBPART_DE_WORDS = 4       # a phrase of a later part of an entry: its German a phrase too, not a sentence

_BRACKETS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>")
_SPLIT = re.compile(r";\s(?![^{]*\})(?![^\[]*\])(?![^(]*\))")
_ABBR = re.compile(r"\s/[^/]+/")
_BAD_DE = re.compile(r"\[(?:ugs\.|slang|vulg\.|pej\.|veraltet|selten|humor\.|poet\.|Dialekt|Ös\.|Schw\.|Süddt\.|"
                     r"Norddt\.|Mittelw\.|BW|Bayr\.|geh\.|Jugendsprache|Kindersprache|übtr\.|obs\.|rare|archaic|"
                     r"dated|coll\.)[^\]]*\]")
_BAD_EN = re.compile(r"\[(?:obs\.|archaic|rare|dated|slang|vulg\.|dialect|humor\.|poet\.|childish)[^\]]*\]")
_EN_KEY = re.compile(r"^[a-z]+(?:['-][a-z]+)*(?: [a-z]+(?:['-][a-z]+)*){0,5}$")
_DE_OK = re.compile(r"^[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*(?: [A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*){0,5}$")
_EN_PLACEHOLDER = re.compile(r"\b(?:sth\.|sb\.'s|sb\.|sth|sb|one's|oneself)\s*")
_DE_PLACEHOLDER = re.compile(r"\b(?:etw\.|jdn\.|jdm\.|jds\.|jd\.)\s*")
# the pronouns before the inflected forms of a verb: "er/sie spricht" :: "he/she speaks"
_EN_PRONOUN = re.compile(r"^(?:I|you|he|she|it|we|they)(?:/(?:I|you|he|she|it|we|they))*\s+")
_DE_PRONOUN = re.compile(r"^(?:ich|du|er|sie|es|wir|ihr)(?:/(?:ich|du|er|sie|es|wir|ihr))*\s+")


def _syns(part: str) -> list[str]:
    return [s for s in _SPLIT.split(_ABBR.sub(" ", part)) if s.strip()]


def _pos_of(tags: set[str]) -> str | None:
    for t in ("m", "f", "n", "pl"):
        if t in tags:
            return t
    if tags & {"vt", "vi", "vr"}:
        return "v"
    if "adj" in tags:
        return "adj"
    if "adv" in tags:
        return "adv"
    return None


def _tags(s: str) -> set[str]:
    out = set()
    for t in re.findall(r"\{([^}]*)\}", s):
        out.update(x.strip() for x in t.split(";"))
        out.update(x.strip() for x in t.split(","))
    return out


def _clean(s: str) -> str:
    return " ".join(_BRACKETS.sub(" ", s).split())


def _en_key(s: str) -> str | None:
    c = _EN_PRONOUN.sub("", _clean(s)).removeprefix("to ")
    c = " ".join(_EN_PLACEHOLDER.sub(" ", c).split())
    return c if c and _EN_KEY.match(c) else None


def _de_text(s: str) -> str | None:
    c = " ".join(_DE_PLACEHOLDER.sub(" ", _DE_PRONOUN.sub("", _clean(s))).split())
    return c if c and _DE_OK.match(c) else None


def build(ding: Path) -> bytes:
    from wordfreq import top_n_list
    top = set(top_n_list("en", TOP_WORDS))
    top_phrase = set(top_n_list("en", TOP_PHRASE_WORDS))
    # key -> [(sort key, german, pos)]
    found: dict[str, list[tuple[tuple[int, int, int], str, str]]] = defaultdict(list)
    lineno = 0
    for line in ding.read_text(encoding="utf-8", errors="replace").splitlines():
        lineno += 1
        if not line or line.startswith("#") or " :: " not in line:
            continue
        de, en = line.split(" :: ", 1)
        de_parts, en_parts = de.split(" | "), en.split(" | ")
        n_parts = len(de_parts) if len(de_parts) == len(en_parts) else 1
        pos0 = None
        for k in range(n_parts):
            dp, ep = de_parts[k], en_parts[k]
            part_tags = _tags(dp)
            part_pos = _pos_of(part_tags)
            if k == 0:
                pos0 = part_pos
            germans = []
            for i, s in enumerate(_syns(dp)):
                if _BAD_DE.search(s):
                    continue
                g = _de_text(s)
                if g is None:
                    continue
                pos = _pos_of(_tags(s)) or part_pos or (pos0 if k > 0 and pos0 == "v" else None)
                if k > 0 and pos0 in ("m", "f", "n") and pos is None:
                    pos = pos0
                germans.append((i, g, pos or "x"))
            if not germans:
                continue
            for j, s in enumerate(_syns(ep)):
                if _BAD_EN.search(s):
                    continue
                key = _en_key(s)
                if key is None:
                    continue
                words = key.split(" ")
                if len(words) == 1:
                    # a hyphenated compound ("state-of-the-art", "long-term") of frequent words counts as frequent
                    if key not in top and not ("-" in key and all(p in top_phrase for p in key.split("-"))):
                        continue
                elif (len(words) > MAX_PHRASE_WORDS or not all(w in top_phrase for w in words)
                      or words[0] in ("a", "an", "the")):
                    continue
                # a phrase in a later part of an entry ("Zwischenzeit | in der Zwischenzeit :: meantime | in the
                # meantime") when its German is a short phrase too: examples are sentences and stay out
                kept = germans if k == 0 or len(words) == 1 else [
                    x for x in germans if len(x[1].split(" ")) <= MAX_SUBPART_DE_WORDS]
                for i, g, pos in kept:
                    found[key].append(((min(j, 1), min(i, 3), lineno), g, pos))
                # "to be on track" :: "auf Kurs sein": the phrase after "be" is the German before "sein"
                if len(words) >= 3 and words[0] == "be" and words[1] not in ("a", "an", "the"):
                    for i, g, pos in kept:
                        if g.endswith(" sein") and len(g.split(" ")) >= 3:
                            found[" ".join(words[1:])].append(((min(j, 1), min(i, 3), lineno), g[:-5], "x"))
    out = io.StringIO()
    out.write(HEADER + "\n")
    for key in sorted(found):
        seen: set[str] = set()
        cells = []
        per_class: dict[str, int] = defaultdict(int)
        limit = MAX_PER_KEY if " " not in key else MAX_PER_PHRASE
        for _, g, pos in sorted(found[key]):
            if g in seen or g.lower() == key:
                continue
            # the cap is per word class, so a word with many noun senses keeps its verbs ("support":
            # Unterstützung … and unterstützen)
            cls = "noun" if pos in ("m", "f", "n", "pl") else pos
            if per_class[cls] >= limit:
                continue
            per_class[cls] += 1
            seen.add(g)
            cells.append(f"{g}:{pos}")
        if cells:
            out.write(key + "\t" + "\t".join(cells) + "\n")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(out.getvalue().encode("utf-8"))
    return buf.getvalue()


# --- light-verb collocations --------------------------------------------------------------------------------------
# English light verbs and the German verbs a word-for-word translation gives them ("have" and "pay" are left out:
# "eine Chance haben", "eine Gebühr zahlen" are German, and Ding does not list every such pairing); and English
# verbs whose word-for-word German is a false friend or a cognate German uses in another sense ("miss the train"
# -> "den Zug vermissen", "create a need" -> "kreieren", "deliver a speech" -> "liefern"), never a verb German
# uses as widely as English ("run", "hold", "reach" are left out: "das Geschäft läuft", "einen Rekord halten")
LIGHT_VERBS = {"make": ("machen",), "take": ("nehmen",), "give": ("geben",),
               "miss": ("vermissen",), "create": ("kreieren",), "deliver": ("liefern",), "spend": ("ausgeben",),
               "pass": ("passieren",), "cut": ("schneiden",), "kill": ("töten",), "ask": ("fragen",),
               "serve": ("servieren",), "leave": ("verlassen",), "catch": ("fangen",), "keep": ("halten", "behalten"),
               "score": ("scoren",), "offer": ("offerieren",), "perform": ("performen",), "apply": ("applizieren",),
               "claim": ("claimen",), "beat": ("schlagen",), "address": ("adressieren",)}
LIGHT_OUT = ROOT / "src" / "lektorat" / "data" / "dictionary" / "light-verbs.tsv"
LIGHT_HEADER = "#lektorat-light-verbs 1\tnoun\tliteral\tverbs\tenglish\tding_line"
# (a preposition of a placeholder after the noun: "to cut costs of sth.")
_LIGHT_EN = re.compile(r"^(" + "|".join(LIGHT_VERBS) + r") (?:(?:a|an|the) )?([a-z]+)(?: (?:of|on|for))?$")
LIGHT_MIN_ZIPF = 3.0
# Rows an editor struck: the literal verb is idiomatic German with that noun too (Ding does not list every pairing),
# or the Ding sense is jargon. Reason after each.
LIGHT_EXCLUDE = {
    ("Anruf", "machen"): "einen Anruf machen is everyday German",
    ("Kompromiss", "machen"): "Kompromisse machen is idiomatic",
    ("Bericht", "machen"): "einen Bericht machen is common",
    ("Meldung", "machen"): "eine Meldung machen is common",
    ("Pause", "nehmen"): "sich eine Pause nehmen is idiomatic",
    ("Vorteil", "geben"): "das gibt ihm einen Vorteil is idiomatic",
    ("Wette", "machen"): "eine Wette machen is common",
    ("Übersetzung", "machen"): "eine Übersetzung machen is common",
    ("Nachbildung", "machen"): "eine Nachbildung machen is common",
    ("Prognose", "machen"): "eine Prognose machen is common",
    ("Diagnose", "machen"): "eine Diagnose machen is common",
    ("Einlauf", "geben"): "einen Einlauf geben is common",
    ("Köder", "nehmen"): "den Köder nehmen is said of fish",
    ("Klatsche", "nehmen"): "colloquial either way",
    ("Spaß", "nehmen"): "the pairing is no calque anyone writes",
    ("Aspekt", "machen"): "make a point is no word-for-word pairing of Aspekt",
    ("Schwänze", "machen"): "stock-exchange jargon (make a corner)",
    ("Segel", "machen"): "sailing jargon",
    ("Beratung", "geben"): "Beratung geben is used",
    ("Familie", "behalten"): "die Familie behalten is said of custody",
    ("Nachkommen", "verlassen"): "legal jargon (leave issue); die Nachkommen verlassen is German",
    ("Familie", "halten"): "the family is the subject of halten as often (die Familie hält zusammen)",
}
_DE_ARTICLES = frozenset("ein eine einen einem einer der die das den dem des".split())


# prefixes that make a verb of their own, never split off ("übernahm die Führung", not "nahm die Führung über"):
# "nehmen" for "übernehmen" is a calque ("took the lead"), "nehmen" for "vornehmen" the same verb ("nahm … vor")
_INSEPARABLE = ("be", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "hinter", "wider")


def _contains(verb: str, literal: str) -> bool:
    """VERB is LITERAL or LITERAL with a separable particle ("vornehmen"), not one with an inseparable prefix."""
    return verb.endswith(literal) and verb[: len(verb) - len(literal)] not in _INSEPARABLE


def build_light_verbs(ding: Path) -> str:
    """Rows (German noun, literal verb, German verbs, English phrase, Ding line) for English light-verb phrases whose
    German in Ding has another verb with the same noun: "to make a decision" :: "eine Entscheidung treffen". Left
    out: a German noun that is not the English noun's translation in the same entry (not word for word), a verb that
    contains the literal one with a separable particle ("vornehmen"; "übernehmen" is another verb: "take the lead"
    :: "die Führung übernehmen"), and a noun Ding also gives with the literal verb anywhere ("einen Unterschied
    machen", "eine Pause machen")."""
    from wordfreq import zipf_frequency
    lines = ding.read_text(encoding="utf-8", errors="replace").splitlines()
    attested: dict[str, set[str]] = defaultdict(set)   # German noun -> lower-case words beside it in Ding phrases
    entries = []
    for lineno, line in enumerate(lines, 1):
        if not line or line.startswith("#") or " :: " not in line:
            continue
        de, en = line.split(" :: ", 1)
        de_parts, en_parts = de.split(" | "), en.split(" | ")
        for dp in de_parts:
            for syn in _syns(dp):
                g = _de_text(syn)
                words = g.split() if g else []
                if 2 <= len(words) <= 5:
                    for w in words:
                        if w[:1].isupper():
                            attested[w].update(x.lower() for x in words if x != w)
        if len(de_parts) != len(en_parts):
            continue
        head_nouns = {(_de_text(x) or "") for x in _syns(de_parts[0])}
        head_en = {(_en_key(x) or "") for x in _syns(en_parts[0])}
        entries.append((lineno, de_parts, en_parts, head_nouns, head_en))
    found: dict[tuple[str, str], tuple[set[str], str, int]] = {}
    for lineno, de_parts, en_parts, head_nouns, head_en in entries:
        for dp, ep in zip(de_parts, en_parts):
            keys = [m for m in (_LIGHT_EN.match(_en_key(x) or "") for x in _syns(ep)) if m]
            if not keys:
                continue
            for syn in _syns(dp):
                if _BAD_DE.search(syn):
                    continue
                g = _de_text(syn)
                words = g.split() if g else []
                if words and words[0] in _DE_ARTICLES:
                    words = words[1:]
                if len(words) != 2 or not words[0][:1].isupper() or not words[1].islower() \
                        or not words[1].endswith(("en", "ern", "eln")):
                    continue
                noun, verb = words
                if zipf_frequency(noun, "de") < LIGHT_MIN_ZIPF:
                    continue  # rare nouns ("Spleißverbindung") give more noise than finds
                for m in keys:
                    light, en_noun = m.group(1), m.group(2)
                    # word for word: the entry is about this noun and its English headword is the English noun
                    if noun not in head_nouns or en_noun not in head_en:
                        continue
                    for literal in LIGHT_VERBS[light]:
                        if (noun, literal) in LIGHT_EXCLUDE or _contains(verb, literal) or literal.endswith(verb) or any(
                                w.startswith(literal[:-2]) or _contains(w, literal) for w in attested.get(noun, ())):
                            continue
                        verbs, _, _ = found.setdefault((noun, literal), (set(), m.group(0), lineno))
                        verbs.add(verb)
    out = [LIGHT_HEADER]
    for (noun, literal), (verbs, english, lineno) in sorted(found.items()):
        out.append(f"{noun}\t{literal}\t{'|'.join(sorted(verbs))}\t{english}\t{lineno}")
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ding", type=Path, default=Path("/tmp/trans-de-en/usr/share/trans/de-en"),
                    help="the unpacked Ding file (usr/share/trans/de-en of Debian's trans-de-en)")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    if not a.ding.is_file():
        print(f"no Ding file at {a.ding}: apt-get download trans-de-en && dpkg-deb -x ... (see --help)",
              file=sys.stderr)
        return 1
    data = build(a.ding)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_bytes(data)
    print(f"wrote {a.out} ({len(data):,} bytes)")
    light = build_light_verbs(a.ding)
    LIGHT_OUT.write_text(light, encoding="utf-8")
    print(f"wrote {LIGHT_OUT} ({light.count(chr(10)) - 1:,} collocations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
