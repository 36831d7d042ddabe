"""Resources the defect generators draw on, all independent of lektorat's glossary and rules.

- Ding, the German–English dictionary of TU Chemnitz (Frank Richter), as Debian's `trans-de-en` (GPL-2+): fetched
  with `apt-get download` and unpacked with `dpkg-deb -x` into benchmarks/.work/ by benchmarks/corpus.py's helpers;
  parsed once into benchmarks/.work/detection/ding-<version>.pickle.
- `faker` (MIT) for Russian and Ukrainian person names in Cyrillic, pip-installed into benchmarks/.work/pydeps
  (not into the project's venv) when it is not importable.
- `wordfreq` (already a dependency of lektorat) for the frequent English words.
"""

from __future__ import annotations

import glob
import importlib
import pickle
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
sys.path.insert(0, str(BENCH))
import corpus as corpus_mod  # noqa: E402  (fetch/unpack of Debian packages)

WORK = corpus_mod.WORK_DIR
CACHE = WORK / "detection"
PYDEPS = WORK / "pydeps"
DING_PACKAGE = "trans-de-en"
DING_FILE = "usr/share/trans/de-en"
FAKER_REQ = "faker==40.63.0"          # pinned: its name lists are the transliteration family's input
_PICKLE_VERSION = 7


class ResourceError(Exception):
    """One line for the user."""


# ---------------------------------------------------------------------------------------------------------------
# Ding

@dataclass
class Ding:
    version: str
    path: str
    lines: int
    size_bytes: int
    deb_bytes: int
    # German word form -> [(English word, part of speech, slot, English base form)], in dictionary order
    forms: dict[str, list[tuple[str, str, str, str]]] = field(default_factory=dict)
    # light-verb collocations: (article, noun, German verb, English verb, English noun)
    # e.g. ("eine", "Entscheidung", "treffen", "make", "decision")
    collocations: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    # every German multi-word phrase of the dictionary (lower case), to reject a "calque" that is real German
    phrases: set[str] = field(default_factory=set)
    entries: int = 0


_BRACKETS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>")
_WORD = re.compile(r"^[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)?$")
_EN_WORD = re.compile(r"^[a-zA-Z]+(?:-[a-zA-Z]+)?$")
# usage labels that make a synonym a poor pick (regional, colloquial, old, rare, vulgar)
_BAD_LABELS = re.compile(r"\[(?:ugs\.|coll\.|slang|vulg\.|pej\.|veraltet|obs\.|archaic|selten|rare|dated|humor\.|"
                         r"poet\.|dialect|Dialekt|Ös\.|Schw\.|Süddt\.|Norddt\.|Mittelw\.|BW|Bayr\.|Sc\.|Austr\.|"
                         r"Ir\.|NZ|South Africa|Can\.|Ind\.|geh\.|formal|fig\.|übtr\.|Jugendsprache|Kindersprache|"
                         r"childish|Br\.|Am\.)[^\]]*\]")
_PRONOUN_DE = re.compile(r"^((?:ich|du|er|sie|es|wir|ihr)(?:/(?:ich|du|er|sie|es|wir|ihr))*)\s+(\S+)$")
_PRONOUN_EN = re.compile(r"^((?:I|you|he|she|it|we|they)(?:/(?:I|you|he|she|it|we|they))*)\s+(\S+)$")
_DE_SLOTS = {"er/sie": "3sg", "er/sie/es": "3sg", "ich/er/sie": "past", "wir/sie": "pastpl"}
LIGHT_VERBS = {"make": "machen", "take": "nehmen", "give": "geben", "have": "haben", "do": "tun",
               "pay": "zahlen", "hold": "halten"}


_ABBR = re.compile(r"\s/[^/]+/")
_SPLIT = re.compile(r";\s(?![^{]*\})(?![^\[]*\])(?![^(]*\))")


def _syns(part: str) -> list[str]:
    """The synonyms of one part: split on "; " outside braces, brackets and parentheses; /abbreviations/ dropped."""
    return [s for s in _SPLIT.split(_ABBR.sub(" ", part)) if s.strip()]


def _tags(s: str) -> set[str]:
    return set(re.findall(r"\{([^}]*)\}", s))


def _clean(s: str) -> str:
    return " ".join(_BRACKETS.sub(" ", s).split())


def _parse(path: Path, version: str, deb_bytes: int) -> Ding:
    forms: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    colloc: list[tuple[str, str, str, str, str]] = []
    phrases: set[str] = set()
    entries = 0
    raw = path.read_text(encoding="utf-8", errors="replace")
    lines = raw.splitlines()
    for line in lines:
        if not line or line.startswith("#") or " :: " not in line:
            continue
        entries += 1
        de, en = line.split(" :: ", 1)
        de_parts, en_parts = de.split(" | "), en.split(" | ")
        for p in de_parts:
            for syn in _syns(p):
                c = _clean(syn)
                if " " in c:
                    phrases.add(c.lower())
        # the inflected forms come first (sg | pl; inf | ppres | ppast | 3sg | past ...); examples may follow
        # without a counterpart, so a line whose part counts differ is used for its first parts only
        n_parts = len(de_parts) if len(de_parts) == len(en_parts) else min(len(de_parts), len(en_parts), 6)
        tags0 = _tags(de_parts[0])
        pos = ("verb" if tags0 & {"vi", "vt", "vr"} else "noun" if tags0 & {"m", "f", "n", "pl"} else
               "adj" if "adj" in tags0 else "adv" if "adv" in tags0 else None)
        en0 = []
        for s0 in _syns(en_parts[0]):
            c0 = _clean(s0)
            en0.append(c0[3:] if c0.startswith("to ") else c0)
        for k, (dp, ep) in enumerate(zip(de_parts[:n_parts], en_parts[:n_parts])):
            de_syns = [s for s in _syns(dp) if not _BAD_LABELS.search(s)]
            all_en = _syns(ep)
            en_words = []          # (word, pronoun, English base form: the synonym at the same place in part 0)
            for j, s in enumerate(all_en):
                if _BAD_LABELS.search(s):
                    continue
                c = _clean(s)
                if c.startswith("to "):
                    c = c[3:]
                m = _PRONOUN_EN.match(c)
                base = en0[j] if len(en0) == len(all_en) else (en0[0] if en0 else "")
                en_words.append((m.group(2), m.group(1), base) if m else (c, "", base))
            en_syns = [s for s in all_en if not _BAD_LABELS.search(s)]
            for s in de_syns:
                c = _clean(s)
                # light-verb collocations: "eine Entscheidung treffen" :: "to make a decision"
                m = re.fullmatch(r"(ein|eine|einen) ([A-ZÄÖÜ][a-zäöüß]+) ([a-zäöüß]+en)", c)
                if m:
                    for es in en_syns:
                        e = _clean(es)
                        em = re.fullmatch(r"to (make|take|give|have|do|pay|hold) (?:a|an) ([a-z]+)", e)
                        if em:
                            colloc.append((m.group(1), m.group(2), m.group(3), em.group(1), em.group(2)))
                if pos is None:
                    continue
                slot = ""
                pm = _PRONOUN_DE.match(c)
                if pm:
                    slot = _DE_SLOTS.get(pm.group(1), "")
                    if not slot:
                        continue
                    c = pm.group(2)
                if not _WORD.match(c):
                    continue
                t = _tags(s)
                if pos == "verb":
                    if k == 0:
                        slot = "inf"
                    elif not slot:
                        slot = "ppres" if c.endswith("end") else "ppast" if k == 2 else ""
                    if not slot:
                        continue
                elif pos == "noun":
                    slot = "pl" if "pl" in t else "sg" if t & {"m", "f", "n"} else ("sg" if k == 0 else "")
                    if not slot or not c[:1].isupper():
                        continue
                elif pos == "adj":
                    slot = "base" if k == 0 else "comp" if k == 1 else ""
                    if not slot or not c.islower():
                        continue
                else:
                    if k != 0 or not c.islower():
                        continue
                    slot = "base"
                for e, epron, base in en_words:
                    if not _EN_WORD.match(e):
                        continue
                    if pos == "verb" and slot in ("3sg", "past", "pastpl") and not epron:
                        continue
                    if pos in ("adj", "adv") or k == 0 or not _EN_WORD.match(base):
                        base = e
                    item = (e, pos, slot, base)
                    if item not in forms[c]:
                        forms[c].append(item)
    return Ding(version, str(path), len(lines), len(raw.encode("utf-8")), deb_bytes, dict(forms),
                sorted(set(colloc)), phrases, entries)


def ding() -> Ding:
    """The parsed Ding dictionary (fetched and unpacked on first use)."""
    have = sorted(glob.glob(str(WORK / f"{DING_PACKAGE}_*.deb")))
    try:
        deb = Path(have[-1]) if have else corpus_mod.fetch(DING_PACKAGE)
    except corpus_mod.CorpusError as e:
        raise ResourceError(f"the Ding dictionary ({DING_PACKAGE}): {e}") from None
    version = deb.name.split("_")[1]
    CACHE.mkdir(parents=True, exist_ok=True)
    pkl = CACHE / f"ding-{version}-v{_PICKLE_VERSION}.pickle"
    if pkl.exists():
        try:
            with pkl.open("rb") as fh:
                return pickle.load(fh)
        except Exception:
            pass
    dest = WORK / DING_PACKAGE
    src = dest / DING_FILE
    if not src.is_file():
        if shutil.which("dpkg-deb") is None:
            raise ResourceError("dpkg-deb not found: it is needed to unpack trans-de-en")
        dest.mkdir(parents=True, exist_ok=True)
        r = subprocess.run(["dpkg-deb", "-x", str(deb), str(dest)], capture_output=True, text=True)
        if r.returncode != 0 or not src.is_file():
            raise ResourceError(f"dpkg-deb -x {deb.name} failed: {r.stderr.strip()[-200:]}")
    d = _parse(src, version, deb.stat().st_size)
    tmp = pkl.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(d, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(pkl)
    return d


# ---------------------------------------------------------------------------------------------------------------
# faker's Russian and Ukrainian names

def faker_names() -> dict:
    """{"ru": {"male": (first names), "female": ..., "last_male": ..., "last_female": ...}, "uk": {...}, "version"}."""
    try:
        faker = importlib.import_module("faker")
    except ImportError:
        PYDEPS.mkdir(parents=True, exist_ok=True)
        if str(PYDEPS) not in sys.path:
            sys.path.insert(0, str(PYDEPS))
        try:
            faker = importlib.import_module("faker")
        except ImportError:
            print(f"detection: installing {FAKER_REQ} into {PYDEPS.relative_to(BENCH.parent)} ...", file=sys.stderr)
            r = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                                "--target", str(PYDEPS), FAKER_REQ], capture_output=True, text=True)
            if r.returncode != 0:
                raise ResourceError(f"pip install {FAKER_REQ} failed: "
                                    f"{(r.stderr.strip().splitlines() or ['?'])[-1]}") from None
            importlib.invalidate_caches()
            faker = importlib.import_module("faker")
    ru = importlib.import_module("faker.providers.person.ru_RU").Provider
    uk = importlib.import_module("faker.providers.person.uk_UA").Provider

    def names(p) -> dict:
        return {"male": tuple(p.first_names_male), "female": tuple(p.first_names_female),
                "last_male": tuple(p.last_names_male), "last_female": tuple(p.last_names_female)}
    return {"ru": names(ru), "uk": names(uk), "version": faker.VERSION}


# ---------------------------------------------------------------------------------------------------------------
# wordfreq

def frequent_english(n: int = 25_000) -> dict[str, int]:
    """The n most frequent English words -> rank (wordfreq)."""
    from wordfreq import top_n_list
    return {w: i for i, w in enumerate(top_n_list("en", n))}


# ---------------------------------------------------------------------------------------------------------------

class Resources:
    """Everything the generators draw on, loaded on first use."""

    def __init__(self) -> None:
        self._ding = self._faker = self._rank = self._calques = None

    @property
    def ding(self) -> Ding:
        if self._ding is None:
            self._ding = ding()
        return self._ding

    @property
    def faker(self) -> dict:
        if self._faker is None:
            self._faker = faker_names()
            de = importlib.import_module("faker.providers.person.de_DE").Provider
            self._faker["de_last"] = tuple(de.last_names)
        return self._faker

    @property
    def german_surnames(self) -> tuple[str, ...]:
        return self.faker["de_last"]

    @property
    def english_rank(self) -> dict[str, int]:
        if self._rank is None:
            self._rank = frequent_english()
        return self._rank

    @property
    def calques(self) -> list[tuple[str, str, tuple[str, ...], str]]:
        if self._calques is None:
            from .inject import calque_pairs
            self._calques = calque_pairs(self.ding)
        return self._calques

    def describe(self) -> dict:
        d = self.ding
        return {"ding": {"package": DING_PACKAGE, "version": d.version, "licence": "GPL-2+",
                         "upstream": "Ding, TU Chemnitz (Frank Richter), https://dict.tu-chemnitz.de/",
                         "entries": d.entries, "file_bytes": d.size_bytes, "deb_bytes": d.deb_bytes,
                         "single_word_forms": len(d.forms), "light_verb_collocations": len(d.collocations),
                         "calque_pairs": len(self.calques)},
                "faker": {"version": self.faker["version"], "licence": "MIT",
                          "names": {k: sum(len(v) for v in self.faker[k].values()) for k in ("ru", "uk")}},
                "wordfreq": {"version": _version("wordfreq"), "english_words": len(self.english_rank)}}


def _version(dist: str) -> str:
    try:
        from importlib.metadata import version
        return version(dist)
    except Exception:
        return "?"
