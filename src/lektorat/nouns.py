"""German noun morphology: which case, number and gender a noun form can have.

Source: about 100,000 nouns from the German Wiktionary with gender and every case form (CC BY-SA 4.0), taken from
the `german-nouns` package and shipped inside lektorat as `data/nouns/nouns.tsv.gz` (scripts/build_nouns_data.py
writes it; data/nouns/README.md has the attribution). Expanding it into its 730,000 (form, lemma, feature) rows
takes half a second, too slow for every run, so the first use builds an SQLite index of form -> features in the
user's cache directory (keyed by a hash of the shipped file, so a new data file gets a new index); later runs look
up only the forms they meet.

Features are strings "CASE.NUMBER.GENDER" for the singular ("gen.sg.m") and "CASE.pl" for the plural, where
gender does not matter in German agreement.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import sqlite3
import tempfile
import threading
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

CASES = ("nom", "gen", "dat", "akk")
_CASE_OF = {"nominativ": "nom", "genitiv": "gen", "dativ": "dat", "akkusativ": "akk"}
# the columns of data/nouns/nouns.tsv.gz after lemma and genders (scripts/build_nouns_data.py writes them)
SLOTS = tuple(f"{c}.{n}" for c in CASES for n in ("sg", "pl"))
HEADER = "#lektorat-nouns 1\tlemma\tgenders\t" + "\t".join(SLOTS)
_SCHEMA_VERSION = "1"
_lock = threading.Lock()


def _cache_dir() -> Path:
    base = os.environ.get("LEKTORAT_CACHE") or os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return Path(base) / "lektorat"


def _data_file():
    """The shipped lexicon (an importlib.resources Traversable: a plain file, or inside a zip)."""
    f = files("lektorat").joinpath("data", "nouns", "nouns.tsv.gz")
    if not f.is_file():
        raise RuntimeError("the German noun lexicon is missing from the package (data/nouns/nouns.tsv.gz): "
                           "reinstall lektorat")
    return f


def _iter_rows():
    """Yield (form, lemma, feature) for every noun form in the Wiktionary data."""
    with _data_file().open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8", newline="\n") as fh:
        if fh.readline().rstrip("\n") != HEADER:
            raise RuntimeError("data/nouns/nouns.tsv.gz has an unknown format: reinstall lektorat")
        slots = [tuple(s.split(".")) for s in SLOTS]
        for line in fh:
            lemma, genders, *cells = line.rstrip("\n").split("\t")
            for (case, number), cell in zip(slots, cells):
                if not cell:
                    continue
                for form in cell.split(" "):
                    if number == "pl":
                        yield form, lemma, f"{case}.pl"
                    else:
                        for g in genders or "mfn":
                            yield form, lemma, f"{case}.sg.{g}"


def _build(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.execute("CREATE TABLE forms (form TEXT, lemma TEXT, feat TEXT)")
        con.executemany("INSERT INTO forms VALUES (?, ?, ?)", set(_iter_rows()))
        con.execute("CREATE INDEX forms_form ON forms(form)")
        con.execute("CREATE INDEX forms_lemma ON forms(lemma)")
        con.commit()
        con.close()
        os.replace(tmp, path)  # atomic: a concurrent reader never sees half an index
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@lru_cache(maxsize=1)
def _connection() -> sqlite3.Connection:
    digest = hashlib.sha256(_data_file().read_bytes()).hexdigest()[:16]
    path = _cache_dir() / f"nouns-{digest}-v{_SCHEMA_VERSION}.sqlite"
    with _lock:
        if not path.exists():
            try:
                _build(path)
            except OSError:
                # read-only home: build into a private temp dir instead
                path = Path(tempfile.mkdtemp(prefix="lektorat-")) / path.name
                _build(path)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


# No noun form is longer (the longest in the shipped lexicon has 86 characters): a longer "form" is answered at
# once, without a query, and kept out of the caches, whose keys stay short.
MAX_FORM_LEN = 120


def analyses(form: str) -> tuple[tuple[str, str], ...]:
    """All (lemma, feature) pairs of a noun form; empty if the form is not a known noun."""
    return _analyses(form) if len(form) <= MAX_FORM_LEN else ()


@lru_cache(maxsize=100_000)
def _analyses(form: str) -> tuple[tuple[str, str], ...]:
    return _listed(form) or _derived(form)


@lru_cache(maxsize=100_000)
def _listed(form: str) -> tuple[tuple[str, str], ...]:
    """The lexicon's own analyses of FORM, none derived."""
    rows = _connection().execute("SELECT lemma, feat FROM forms WHERE form = ?", (form,)).fetchall()
    return tuple(sorted(set(rows)))


# Suffixes that make feminine nouns with the plural -en ("Auslastung", "Kellerei", "Eigentümerschaft"), each with
# what must stand before it: a verb's stem (-ung), an adjective (-heit, -keit), a noun or a verb's stem (-schaft,
# -erei), or any stem (-tion, -sion, -ität: "Synchronisation", "Progression"). A German word so formed that the
# lexicon lacks is inflected as they all are.
FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft", "erei", "tion", "sion", "ität")
DERIVED_LATINATE_MIN_ZIPF = 2.0   # "Synchronisation" 3.2, "Koproduktion" 2.6; not "Forschungsuniversität" 1.4
_CASES = ("akk", "dat", "gen", "nom")


def _derived_stem(stem: str, suffix: str) -> bool:
    """STEM is of the kind SUFFIX takes: a verb's stem before -ung ("Auslast|ung"), an adjective before -heit and
    -keit, a noun or a verb's stem before -schaft and -erei."""
    from .lexicon import is_german, is_german_any_case

    low = stem.lower()
    if suffix == "ung":
        return is_german(low + "en") or is_german(low + "n")
    if suffix in ("heit", "keit"):
        return is_german(low) or is_german(low + "e")
    if suffix in ("tion", "sion", "ität"):
        # (all feminine, the plural -en; a word German text uses, not a compound hunspell's compounding builds,
        # whose last part the lexicon answers for: "Rückspülfunktion", "Forschungsuniversität" are read by theirs)
        from .lexicon import zipf_de

        return zipf_de(stem.lower() + suffix) >= DERIVED_LATINATE_MIN_ZIPF
    return is_german_any_case(stem) or is_german(low + "en")


def _derived(form: str) -> tuple[tuple[str, str], ...]:
    """The analyses of a noun the lexicon lacks, formed with a suffix of FEMININE_SUFFIXES on a stem of its kind,
    where hunspell knows the word: every case of the singular, or of the plural in -en; empty otherwise."""
    if not form[:1].isupper() or not form[1:].islower() or len(form) < 7:
        return ()
    from .lexicon import is_german

    for suffix in FEMININE_SUFFIXES:
        lemma = form[:-2] if form.endswith(suffix + "en") else form
        if not lemma.endswith(suffix):
            continue   # (the cheap test first: head_of asks about every tail of a compound)
        stem = lemma[: len(lemma) - len(suffix)]
        if suffix == "erei" and _derived_stem(lemma[:-2], suffix):
            stem = lemma[:-2]   # (-ei after a noun or an agent in -er: "Keller|ei", "Bäcker|ei"; "Druck|erei")
        if len(stem) >= 3 and is_german(lemma) and _derived_stem(stem, suffix) \
                and (lemma == form or is_german(form)):
            return tuple((lemma, f"{case}.{'sg.f' if lemma == form else 'pl'}") for case in _CASES)
    return _agent_noun(form)


def _agent_noun(form: str) -> tuple[tuple[str, str], ...]:
    """The analyses of an agent noun in -er on a verb's stem that the lexicon lacks ("Versicherer": versichern,
    versichert), where hunspell knows it: masculine, its plural the same but for the dative's -n."""
    from .lexicon import is_german

    lemma = form[:-1] if form.endswith(("ers", "ern")) else form
    stem = lemma[:-2].lower()
    if not lemma.endswith("er") or len(stem) < 4 or not is_german(lemma) or (lemma != form and not is_german(form)):
        return ()
    infinitive = stem + "n" if stem.endswith(("er", "el")) else stem + "en"
    # (the verb's third person too, in -et after -t, -d: "bewertet"; "neuen" is no verb, "neut" no form)
    if not (is_german(infinitive) and is_german(stem + ("et" if stem.endswith(("t", "d")) else "t"))):
        return ()
    if form.endswith("s") and lemma != form:
        return ((lemma, "gen.sg.m"),)
    if form.endswith("n") and lemma != form:
        return ((lemma, "dat.pl"),)
    return tuple((lemma, f) for f in ("akk.pl", "akk.sg.m", "dat.sg.m", "gen.pl", "nom.pl", "nom.sg.m"))


def features(form: str) -> frozenset[str]:
    return _features(form) if len(form) <= MAX_FORM_LEN else frozenset()


@lru_cache(maxsize=100_000)
def _features(form: str) -> frozenset[str]:
    return frozenset(f for _, f in analyses(form))


@lru_cache(maxsize=50_000)
def forms_of(lemma: str) -> dict[str, tuple[str, ...]]:
    """feature -> forms of a lemma, for proposing the form that agrees."""
    out: dict[str, list[str]] = {}
    for form, feat in _connection().execute("SELECT form, feat FROM forms WHERE lemma = ?", (lemma,)):
        out.setdefault(feat, []).append(form)
    if not out and any(f.endswith(".sg.f") for _, f in _derived(lemma)):   # ("Kellerei", "Kellereien")
        plural = lemma + "en"
        out = {**{f"{case}.sg.f": [lemma] for case in _CASES}, **{f"{case}.pl": [plural] for case in _CASES}}
    elif not out and any(f.endswith(".sg.m") for _, f in _derived(lemma)):   # ("Versicherer", "Versicherern")
        out = {**{f: [lemma] for f in ("nom.sg.m", "akk.sg.m", "dat.sg.m", "nom.pl", "akk.pl", "gen.pl")},
               "gen.sg.m": [lemma + "s"], "dat.pl": [lemma + "n"]}
    # the shortest form first: "Abzug" before the older "Abzuge"; of the genitive's -s and -es the one German text
    # uses more ("des Landes" before "des Lands", "des Staats" … as it comes)
    from .lexicon import zipf_de

    def order(feat: str, forms: list[str]) -> tuple[str, ...]:
        if feat.startswith("gen.sg"):
            return tuple(sorted(set(forms), key=lambda s: (-round(zipf_de(s.lower()), 1), len(s), s)))
        return tuple(sorted(set(forms), key=lambda s: (len(s), s)))

    return {k: order(k, v) for k, v in out.items()}


def with_head(noun: str, head: str, form: str) -> str:
    """NOUN with its last part HEAD (as head_of gives it) replaced by FORM, written small inside a compound
    ("Friedens|initiative" -> "Friedensinitiativen"), as written after a hyphen ("Gaza-Konfliktlösungen")."""
    rest = noun[: len(noun) - len(head)]
    return rest + (form if noun.endswith(head) else form[0].lower() + form[1:])


def plural_of(noun: str) -> str | None:
    """The nominative plural of a noun, also of a compound through its last part ("Regulierungsbehörde" ->
    "Regulierungsbehörden"); None when the lexicon does not know it."""
    plural = forms_of(noun).get("nom.pl")
    if plural:
        return plural[0]
    head = head_of(noun)   # (the noun itself, or a shorter last part of it)
    if head and head != noun and noun.endswith(head[1:]):
        plural = forms_of(head).get("nom.pl")
        if plural:
            return with_head(noun, head, plural[0])
    return None


_NOUN_PREFIXES = frozenset(("Sub", "Vize", "Ex", "Ko", "Co", "Erz", "Ur", "Super", "Mega", "Ultra", "Pseudo", "Quasi",
                            "Anti", "Pro", "Inter", "Multi", "Mini", "Maxi", "Semi", "Post", "Prä", "Neo",
                            # first parts that are no words of their own ("Elektrozügen", "Ökostrom")
                            "Elektro", "Öko", "Bio", "Geo", "Hydro", "Thermo", "Tele", "Mikro", "Makro", "Agrar",
                            # (a superlative stem as a first part: "Mindestquote")
                            "Mindest"))


def head_of(word: str) -> str | None:
    """The form to look up for a noun: the word itself, or for a compound its longest known last part.

    "Gaza-Konfliktlösung" -> "Konfliktlösung"; "Friedensinitiative" -> "Initiative" (capitalised). The first
    part must be a word itself (with or without a linking element), so "Andernach" does not end in "Ach".
    """
    if analyses(word):
        return word
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        if not last or not last[0].isupper():
            return None
        return head_of(last)
    from .lexicon import SPELL_MAX_LEN, is_german, is_german_any_case

    # Only splits that can succeed: the tail must be a noun form (at most MAX_FORM_LEN characters) and the first
    # part, less a linking element of up to two letters, a word hunspell can know (under SPELL_MAX_LEN). So a
    # word of any length costs at most about a hundred lookups, not one per letter (a megabyte "word" none).
    for i in range(max(3, len(word) - MAX_FORM_LEN), min(len(word) - 3, SPELL_MAX_LEN + 2)):
        prefix, tail = word[:i], word[i:]
        if tail.startswith("schaft"):
            continue   # the suffix -schaft (feminine: "Sponsorschaft"), not the masculine noun "Schaft"
        if tail == "loge" and prefix.endswith("o"):
            continue   # the agent noun in -ologe (masculine: "Technologe"), not "Techno" + the feminine "Loge"
        cand = tail[0].upper() + tail[1:]
        # (an agent noun the lexicon lacks heads no compound: "Huber|bauern" is no "Hub|erbauern"; but after a
        # listed noun of four letters or more, in a compound hunspell knows: "Wasser|versorger")
        if analyses(cand) and (_listed(cand) or not _agent_noun(cand) or _noun_before_agent(prefix, word)) and (any(
            is_german_any_case(prefix[: len(prefix) - len(link)])
            for link in ("", "s", "es", "n", "en", "e") if prefix.endswith(link) and len(prefix) - len(link) >= 3
            # (a linking n follows -e, -er, -el: "Sonne|n", "Bauer|n"; not "Fundi|n|grunde" for "Funding|runde")
            and (link != "n" or prefix[:-1].endswith(("e", "er", "el")))
        # or a verb's stem before a long last part ("Rechtschreib|unterschieden"; not "Angeb|orne"), or a prefix
        # German puts before nouns ("Sub|unternehmer", "Vize|präsidentin")
        ) or (len(prefix) >= 4 and len(tail) >= 7 and is_german(prefix.lower() + "en"))
                # or a common noun in -e without it before a consonant ("Fähr|linie", "Erd|herrschaft"; not
                # "Stund|enten")
                or (len(prefix) >= 3 and len(tail) >= 5 and prefix[0].isupper() and tail[0] not in "aeiouäöü"
                    and e_dropped_stem(prefix))
                or (prefix in _NOUN_PREFIXES and len(tail) >= 5)
                # or a first part that is itself a noun and a verb's stem, where hunspell builds the whole
                # ("Gas|lösch|technik")
                or (len(tail) >= 5 and _noun_and_stem(prefix) and is_german(word))):
            # after -ung, -heit, -keit, -schaft, -ion, -tät, -ling German joins with a linking s: an s-word there
            # is that s and the rest ("Veranstaltungs|tag", not "Veranstaltung|stag")
            rest = tail[1].upper() + tail[2:] if len(tail) > 3 else ""
            if prefix.endswith(S_LINKED) and tail[0] == "s" and rest and analyses(rest):
                return rest
            # a first part of three letters that is no noun (a verb's "hol") yields to a noun one letter on
            # ("Holz|ofen", not "Hol|zofen")
            if len(prefix) == 3 and not analyses(prefix) and analyses(prefix + tail[0]) \
                    and analyses(tail[1].upper() + tail[2:]):
                return tail[1].upper() + tail[2:]
            return cand
    return None


def _noun_before_agent(prefix: str, word: str) -> bool:
    """PREFIX, less a linking element, is a listed noun of four letters or more, and hunspell knows the whole WORD:
    an agent noun the lexicon lacks may head it ("Wasserversorger", "Gesundheitsversorger")."""
    from .lexicon import is_german

    return any(len(prefix) - len(link) >= 4 and _listed(prefix[: len(prefix) - len(link)])
               for link in ("", "s", "es", "n", "en") if prefix.endswith(link)) and is_german(word)


def _noun_and_stem(prefix: str) -> bool:
    """PREFIX is a noun (of three letters or more) and a verb's stem: "Gaslösch", "Wasserkühl"."""
    from .lexicon import is_german

    # (a noun of the lexicon, not any word: "Neu|ein|schalten" is no compound of a noun)
    return prefix[:1].isupper() and any(
        len(prefix) - k >= 4 and analyses(prefix[:k]) and is_german(prefix[:k])
        and is_german(prefix[k:].lower() + "en") for k in range(3, len(prefix) - 3))


# nouns German joins to the next with a linking s ("Veranstaltungs|tag", "Sicherheits|lage")
S_LINKED = ("ung", "heit", "keit", "schaft", "ion", "tät", "ling")
E_DROPPED_MIN_ZIPF = 3.0   # a first part that drops the -e of a noun German writes often ("Erde", "Fähre")


def e_dropped_stem(prefix: str) -> bool:
    """PREFIX is a common noun in -e without it, as German compounds take it ("Schul", "Fähr", "Grenz")."""
    from .lexicon import zipf_de

    return bool(analyses(prefix + "e")) and zipf_de(prefix.lower() + "e") >= E_DROPPED_MIN_ZIPF
