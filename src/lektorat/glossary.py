"""The terminology glossary: loading, validation and the indexes the engine matches against.

Format: data/glossary/README.md (shipped in the package). Loading checks every row; a bad row is a GlossaryError naming file and line.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

COLUMNS = ("de", "en", "kind", "variants", "pos", "origin", "note", "source")
REQUIRED = ("de", "en", "kind", "variants", "source")
KINDS = ("person", "place", "organisation", "term", "currency", "english", "calque")
POS = ("", "noun", "adj", "adv", "verb", "conj", "prep", "pron", "det", "num", "phrase", "part")
NAME_KINDS = ("person", "place", "organisation", "term", "currency")

_SLOT = "*"
_SLOT_MAX = 3                 # letters an inflection slot takes at most
_SLOT_RE = r"([a-zäöüß]{0,3})"
_SLOT_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")
MAX_SLOTS_PER_WORD = 4        # real patterns have one ("gefroren*"); more is a mistake, not an inflection
MAX_FILE_BYTES = 20 * 1024 * 1024  # a glossary is a spreadsheet of terms, not a corpus


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


class SlotPattern:
    """One word of a calque pattern: literal text with `*` slots of up to three letters each ("gefroren*").

    `match` is the regex `lit0([a-zäöüß]{0,3})lit1...\\Z` with its greedy semantics (the first slot as long as the
    rest allows, then the next), but without a backtracking engine: a dynamic programme over (slot, position)
    whose size depends on the pattern only, so no word (however long) and no pattern can make it blow up."""

    __slots__ = ("text", "literals", "ignore_case", "min_len", "max_len", "_keys")

    def __init__(self, text: str, ignore_case: bool = False) -> None:
        self.text = text
        self.literals = tuple(text.split(_SLOT))
        self.ignore_case = ignore_case
        self.min_len = sum(map(len, self.literals))
        self.max_len = self.min_len + _SLOT_MAX * (len(self.literals) - 1)
        self._keys = tuple("".join(c.lower() if len(c.lower()) == 1 else c for c in lit) for lit in self.literals) \
            if ignore_case else self.literals

    def __repr__(self) -> str:
        return f"SlotPattern({self.text!r}{', ignore_case=True' if self.ignore_case else ''})"

    def _lit_at(self, word: str, i: int, p: int) -> bool:
        lit = self.literals[i]
        if not self.ignore_case:
            return word.startswith(lit, p)
        seg = word[p:p + len(lit)]
        return len(seg) == len(lit) and all(a == b or a.lower() == b for a, b in zip(seg, self._keys[i]))

    def _slot_run(self, word: str, p: int) -> int:
        """How many slot letters (at most three) start at p."""
        n = 0
        while n < _SLOT_MAX and p + n < len(word):
            c = word[p + n]
            if not (c in _SLOT_LETTERS or (self.ignore_case and c.lower() in _SLOT_LETTERS)):
                break
            n += 1
        return n

    def match(self, word: str) -> SlotMatch | None:
        """Like re.Pattern.match of the regex: its groups() are the slot fillers."""
        slots = self.fill(word)
        return None if slots is None else SlotMatch(slots)

    def fill(self, word: str) -> tuple[str, ...] | None:
        """The slot fillers if the whole word matches, else None."""
        n = len(word)
        if not self.min_len <= n <= self.max_len:
            return None
        if not self._lit_at(word, 0, 0):
            return None
        lits = self.literals
        k = len(lits) - 1  # slots
        if k == 0:
            return ()
        # base[i]: where state i (after literal i) would be if all earlier slots were empty; a state's offset d
        # (0..3i) is the letters the slots before it took.
        base = [len(lits[0])]
        for lit in lits[1:]:
            base.append(base[-1] + len(lit))
        # good[i][d]: from state (i, d) the rest of the pattern matches up to the end of the word
        good = [[False] * (_SLOT_MAX * i + 1) for i in range(k + 1)]
        good[k] = [base[k] + d == n for d in range(_SLOT_MAX * k + 1)]
        for i in range(k - 1, -1, -1):
            row, nxt = good[i], good[i + 1]
            for d in range(_SLOT_MAX * i + 1):
                p = base[i] + d
                run = self._slot_run(word, p)
                row[d] = any(nxt[d + ln] and self._lit_at(word, i + 1, p + ln) for ln in range(run + 1))
        if not good[0][0]:
            return None
        slots, d = [], 0
        for i in range(k):  # the longest slot that still leads to a match, as a greedy regex would take it
            p = base[i] + d
            ln = next(ln for ln in range(self._slot_run(word, p), -1, -1)
                      if good[i + 1][d + ln] and self._lit_at(word, i + 1, p + ln))
            slots.append(word[p:p + ln])
            d += ln
        return tuple(slots)


class SlotMatch(tuple):
    """What SlotPattern.match returns: groups() as from a regex match."""

    def groups(self) -> tuple[str, ...]:
        return tuple(self)


def compile_word(word: str, ignore_case: bool = False) -> re.Pattern | SlotPattern:
    """One word of a calque pattern as something with .match(token) -> match with .groups() | None.

    With at most one slot the regex `lit([a-zäöüß]{0,3})lit\\Z` backtracks at most four times, whatever the token,
    and runs in C; with more slots the nested quantifiers could backtrack exponentially, so SlotPattern."""
    if word.count(_SLOT) <= 1:
        return re.compile(re.escape(word).replace(re.escape(_SLOT), _SLOT_RE) + r"\Z",
                          re.IGNORECASE if ignore_case else 0)
    return SlotPattern(word, ignore_case)


@dataclass(frozen=True)
class Calque:
    pattern: tuple[re.Pattern | SlotPattern, ...]  # one per word (compile_word)
    replacements: tuple[str, ...]    # with "*" slots
    entry: Entry
    text: str = ""                   # the variant as written ("den Ball fallen lass*")


@dataclass
class Glossary:
    entries: list[Entry] = field(default_factory=list)
    # first word of a variant -> variants starting with it (longest first)
    name_index: dict[str, list[NameVariant]] = field(default_factory=dict)
    english: dict[str, Entry] = field(default_factory=dict)      # lower-cased English form -> entry
    calques: dict[str, list[Calque]] = field(default_factory=dict)  # lower-cased literal prefix of 1st word
    known_words: set[str] = field(default_factory=set)            # German forms the glossary vouches for
    currency_words: set[str] = field(default_factory=set)         # German currency names: known, but no names

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
        # (a currency's name is a known word but no evidence of a name: "40 Millionen Dollar")
        known = self.currency_words if e.kind == "currency" else self.known_words
        for d in e.de:
            # (not a truncated first part, "Nationaler Sicherheits- und Verteidigungsrat": "Sicherheits" alone is
            # no word, and vouching for it would hide "Sicherheits Vorschriften")
            for w in re.findall(r"\b\w+\b(?!-(?:\s|$))", d):
                known.add(w)
        for v in e.variants:
            short = v.startswith("~")
            words = tuple(v.lstrip("~").split())
            if not words:  # _parse_row refuses these; an Entry built in code gets the same check
                raise GlossaryError(f"{e.file}:{e.line}: the variant {_show(v)} has no word")
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
            problem = _calque_problem(v)
            if problem:
                raise GlossaryError(f"{e.file}:{e.line}: {problem}")
            pats = tuple(compile_word(w, ignore_case=(i == 0)) for i, w in enumerate(words))
            key = words[0].split(_SLOT)[0].lower()[:4]
            self.calques.setdefault(key, []).append(Calque(pats, e.de, e, v))

    def translations(self, english_word: str) -> Entry | None:
        return self.english.get(english_word.lower())


def derived(glossary, key: str, build):
    """BUILD(glossary), built once per glossary and kept on it under KEY: the engines' own indexes of its rows
    (a glossary that takes no attributes gets a fresh build each time)."""
    cache = getattr(glossary, "_lektorat_derived", None)
    if cache is None:
        cache = {}
        try:
            glossary._lektorat_derived = cache
        except AttributeError:
            return build(glossary)
    if key not in cache:
        cache[key] = build(glossary)
    return cache[key]


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
    if p.exists():
        raise GlossaryError(f"{p}: not a regular file or folder (a device, pipe or socket cannot be a glossary)")
    raise GlossaryError(f"{p}: no such glossary file or folder")


def _show(s: str, limit: int = 60) -> str:
    """A value from the file, quoted for a one-line message: control characters and line separators escaped,
    long values cut."""
    return repr(s[:limit] + "…" if len(s) > limit else s)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is no regular file (a FIFO would block, /dev/zero never ends) and what is
    larger than MAX_FILE_BYTES. Opened non-blocking, so a FIFO is refused at once instead of waiting for a writer."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as e:
        raise GlossaryError(f"{path}: cannot read: {e.strerror}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise GlossaryError(f"{path}: not a regular file (a device, pipe or socket cannot be a glossary)")
        limit = MAX_FILE_BYTES
        too_big = GlossaryError(f"{path}: larger than {limit // (1024 * 1024)} MiB: that is no glossary "
                                "(split it into several files if it really is one)")
        if st.st_size > limit:
            raise too_big
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)  # the size can change after fstat: never read more than the limit
        if len(data) > limit:
            raise too_big
        return data
    except OSError as e:
        raise GlossaryError(f"{path}: cannot read: {e.strerror}") from None
    finally:
        os.close(fd)


def _read_file(path: Path) -> list[Entry]:
    data = _read_bytes(path)
    bom = data.startswith(b"\xef\xbb\xbf")  # spreadsheets write a BOM before UTF-8 text
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise GlossaryError(f"{path}: not valid UTF-8 (byte offset {e.start + 3 * bom})") from None
    # Rows end in LF or CRLF, nothing else: str.splitlines() would also split inside a field at U+2028, U+2029,
    # U+0085, VT, FF or a bare CR, shifting every later line number. Such characters stay in their field.
    lines = [ln[:-1] if ln.endswith("\r") else ln for ln in text.split("\n")]
    header_at = next((i for i, ln in enumerate(lines) if ln.strip() and not ln.startswith("#")), None)
    if header_at is None:
        return []
    header = tuple(h.strip() for h in lines[header_at].split("\t"))
    if header != COLUMNS:
        hint = ""
        if "\r" in lines[header_at]:
            hint = " (the lines end in a bare CR: save the file with LF or CRLF line ends)"
        got = _show(" TAB ".join(header), 120)
        raise GlossaryError(f"{path}:{header_at + 1}: header must be {' TAB '.join(COLUMNS)}, got {got}{hint}")
    out = []
    for i in range(header_at + 1, len(lines)):
        ln = lines[i]
        if not ln.strip() or ln.startswith("#"):
            continue
        out.append(_parse_row(ln, path, i + 1))
    return out


def _forms(cell: str, col: str, where: str) -> tuple[str, ...]:
    """The `|`-separated forms of a cell; an empty one ("a||b", a trailing "|") is a mistake, not a form."""
    forms = tuple(x.strip() for x in cell.split("|"))
    if any(not f for f in forms):
        raise GlossaryError(f"{where}: the column {col!r} has an empty form between '|' separators: {_show(cell)}")
    return forms


def _calque_problem(pattern: str) -> str | None:
    """Why a calque pattern cannot be used, or None."""
    words = pattern.split()
    if not words[0][:1].isalpha():
        return (f"the calque pattern {_show(pattern)} must begin with a letter: it is looked up by its first "
                "letters, so a leading '*' slot never matches")
    for w in words:
        if _SLOT * 2 in w:
            return (f"the calque pattern {_show(pattern)} has adjacent '*' slots in {_show(w)}: one '*' is an "
                    "ending of up to three letters, write it once")
        if w.count(_SLOT) > MAX_SLOTS_PER_WORD:
            return (f"the calque pattern {_show(pattern)} has more than {MAX_SLOTS_PER_WORD} '*' slots in "
                    f"{_show(w)}")
    return None


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
        raise GlossaryError(f"{where}: unknown kind {_show(row['kind'])} (one of {', '.join(KINDS)})")
    if row["pos"] not in POS:
        raise GlossaryError(f"{where}: unknown pos {_show(row['pos'])}")
    de = _forms(row["de"], "de", where)
    variants = _forms(row["variants"], "variants", where)
    for v in variants:
        # "~" or "*" alone, "~ *": nothing a text could contain as a word
        if not any(c.isalnum() for c in v):
            raise GlossaryError(f"{where}: the variant {_show(v)} has no letters: a variant is a word or name "
                                "('~' marks a short form, '*' a calque's inflection slot)")
    if row["kind"] == "calque":
        for v in variants:
            problem = _calque_problem(v)
            if problem:
                raise GlossaryError(f"{where}: {problem}")
        n_slots = max(v.count(_SLOT) for v in variants)
        for d in de:
            if d.count(_SLOT) > n_slots:
                raise GlossaryError(f"{where}: replacement {_show(d)} has more '*' slots than its pattern")
    return Entry(de, row["en"], row["kind"], variants, row["pos"], row["origin"], row["note"], row["source"],
                 str(path), lineno)
