"""The terminology glossary: loading, validation and the indexes the engine matches against.

Format: data/glossary/README.md (shipped in the package). Loading checks every row; a bad row is a GlossaryError naming file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

COLUMNS = ("de", "en", "kind", "variants", "pos", "origin", "note", "source")
REQUIRED = ("de", "en", "kind", "variants", "source")
KINDS = ("person", "place", "organisation", "term", "english", "calque")
POS = ("", "noun", "adj", "adv", "verb", "conj", "prep", "pron", "det", "num", "phrase", "part")
NAME_KINDS = ("person", "place", "organisation", "term")

_SLOT = "*"
_SLOT_RE = r"([a-zäöüß]{0,3})"


class GlossaryError(Exception):
    """A malformed glossary; the message names file and line."""


@dataclass(frozen=True)
class Entry:
    de: tuple[str, ...]
    en: str
    kind: str
    variants: tuple[str, ...]
    pos: str
    origin: str
    note: str
    source: str
    file: str
    line: int

    @property
    def preferred(self) -> str:
        return self.de[0]


@dataclass(frozen=True)
class NameVariant:
    """A form to flag and what replaces it."""
    words: tuple[str, ...]        # the variant, split into tokens
    replacement: str              # what replaces exactly those words
    entry: Entry
    short: bool = False           # only flagged when the document names the entry in full


@dataclass(frozen=True)
class Calque:
    pattern: tuple[re.Pattern, ...]  # one compiled regex per word
    replacements: tuple[str, ...]    # with "*" slots
    entry: Entry


@dataclass
class Glossary:
    entries: list[Entry] = field(default_factory=list)
    # first word of a variant -> variants starting with it (longest first)
    name_index: dict[str, list[NameVariant]] = field(default_factory=dict)
    english: dict[str, Entry] = field(default_factory=dict)      # lower-cased English form -> entry
    calques: dict[str, list[Calque]] = field(default_factory=dict)  # lower-cased literal prefix of 1st word
    known_words: set[str] = field(default_factory=set)            # German forms the glossary vouches for

    def add(self, e: Entry) -> None:
        self.entries.append(e)
        if e.kind in NAME_KINDS:
            self._add_names(e)
        elif e.kind == "english":
            for v in e.variants:
                self.english.setdefault(v.lower(), e)
        elif e.kind == "calque":
            self._add_calque(e)

    def _add_names(self, e: Entry) -> None:
        for d in e.de:
            for w in re.findall(r"\w+", d):
                self.known_words.add(w)
        for v in e.variants:
            short = v.startswith("~")
            words = tuple(v.lstrip("~").split())
            self._index(NameVariant(words, e.preferred, e, short))
            # a person's surname alone: "Peskov" -> "Peskow" from "Dmitry Peskov" -> "Dmitri Peskow"
            de_words = e.preferred.split()
            if (e.kind == "person" and not short and len(words) >= 2 and len(de_words) == len(words)
                    and words[-1] != de_words[-1]):
                self._index(NameVariant((words[-1],), de_words[-1], e))

    def _index(self, nv: NameVariant) -> None:
        lst = self.name_index.setdefault(nv.words[0], [])
        if any(x.words == nv.words for x in lst):
            return
        lst.append(nv)
        lst.sort(key=lambda x: -len(x.words))

    def _add_calque(self, e: Entry) -> None:
        for v in e.variants:
            words = v.split()
            pats = tuple(
                re.compile(re.escape(w).replace(re.escape(_SLOT), _SLOT_RE) + r"\Z", re.IGNORECASE if i == 0 else 0)
                for i, w in enumerate(words)
            )
            key = words[0].split(_SLOT)[0].lower()[:4]
            self.calques.setdefault(key, []).append(Calque(pats, e.de, e))

    def translations(self, english_word: str) -> Entry | None:
        return self.english.get(english_word.lower())


def builtin_glossary_path() -> Path:
    """The glossary that ships inside the package (lektorat/data/glossary/*.tsv)."""
    from importlib.resources import files

    return Path(str(files("lektorat").joinpath("data", "glossary")))


def load(extra: str | Path | list | tuple | None = None, builtin: bool = True) -> Glossary:
    """The built-in glossary plus EXTRA (folders of *.tsv files or single files, in order of precedence).

    An entry of an extra glossary takes precedence over a built-in one for the same variant: extra files are
    read first, and the indexes keep the first entry for a form."""
    if extra is None:
        extra = []
    elif isinstance(extra, (str, Path)):
        extra = [extra]
    files: list[Path] = []
    for path in extra:
        files += _files_of(Path(path))
    if builtin:
        files += _files_of(builtin_glossary_path())
    if not files:
        raise GlossaryError("no glossary: the built-in one is switched off and no other was given")
    g = Glossary()
    seen: set[Path] = set()
    for f in files:
        key = f.resolve()
        if key in seen:  # the same file named twice (or the built-in folder passed as extra) counts once
            continue
        seen.add(key)
        for e in _read_file(f):
            g.add(e)
    return g


def _files_of(p: Path) -> list[Path]:
    if p.is_dir():
        files = sorted(p.glob("*.tsv"))
        if not files:
            raise GlossaryError(f"{p}: no *.tsv files in this glossary folder")
        return files
    if p.is_file():
        return [p]
    raise GlossaryError(f"{p}: no such glossary file or folder")


def _read_file(path: Path) -> list[Entry]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise GlossaryError(f"{path}: not valid UTF-8 (byte offset {e.start})") from None
    except OSError as e:
        raise GlossaryError(f"{path}: cannot read: {e.strerror}") from None
    lines = text.splitlines()
    header_at = next((i for i, ln in enumerate(lines) if ln.strip() and not ln.startswith("#")), None)
    if header_at is None:
        return []
    header = tuple(h.strip() for h in lines[header_at].split("\t"))
    if header != COLUMNS:
        raise GlossaryError(f"{path}:{header_at + 1}: header must be {' TAB '.join(COLUMNS)}, got {' TAB '.join(header)}")
    out = []
    for i in range(header_at + 1, len(lines)):
        ln = lines[i]
        if not ln.strip() or ln.startswith("#"):
            continue
        out.append(_parse_row(ln, path, i + 1))
    return out


def _parse_row(line: str, path: Path, lineno: int) -> Entry:
    where = f"{path}:{lineno}"
    cells = line.split("\t")
    if len(cells) != len(COLUMNS):
        raise GlossaryError(f"{where}: expected {len(COLUMNS)} tab-separated fields, found {len(cells)}")
    row = dict(zip(COLUMNS, (c.strip() for c in cells)))
    for col in REQUIRED:
        if not row[col]:
            raise GlossaryError(f"{where}: the column {col!r} is empty")
    if row["kind"] not in KINDS:
        raise GlossaryError(f"{where}: unknown kind {row['kind']!r} (one of {', '.join(KINDS)})")
    if row["pos"] not in POS:
        raise GlossaryError(f"{where}: unknown pos {row['pos']!r}")
    de = tuple(x.strip() for x in row["de"].split("|") if x.strip())
    variants = tuple(x.strip() for x in row["variants"].split("|") if x.strip())
    if not de or not variants:
        raise GlossaryError(f"{where}: 'de' and 'variants' need at least one form each")
    if row["kind"] == "calque":
        n_slots = max(v.count(_SLOT) for v in variants)
        for d in de:
            if d.count(_SLOT) > n_slots:
                raise GlossaryError(f"{where}: replacement {d!r} has more '*' slots than its pattern")
    return Entry(de, row["en"], row["kind"], variants, row["pos"], row["origin"], row["note"], row["source"],
                 str(path), lineno)
