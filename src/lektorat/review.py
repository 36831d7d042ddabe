"""The review gate: which findings has nobody decided on yet, and does every edition match its corrections?

An article NAME is `seeds/NAME.de.txt` with its set `corrections/NAME.yaml` and edition `corrections/NAME.de.txt`
(or NAME.de.md, .html, .docx, .xlf, .xliff or .po: the edition keeps the seed's format; the set anchors in the
document's prose).
- A finding in the seed is *reviewed* when a correction of the set covers its span and is accepted, or rejected
  with a reason (a false alarm). Pending, or no correction at all: unreviewed.
- A finding in the edition is reviewed when a rejected correction has the same text (the editor kept it on
  purpose); one that is still pending in the seed is reported there once, not twice; anything else (a defect an
  accepted replacement brought in) is unreviewed.
- The edition must be exactly what the accepted corrections make of the seed; the set must belong to this version
  of the seed. Both are gate items of their own.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from . import corrections, fileformats
from .checker import check_extracted
from .corrections import CorrectionError
from .document import Document
from .textio import InputError, read_text

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass
class Item:
    """One thing the gate reports: an unreviewed finding or a broken edition/set."""
    file: str
    document: Document
    start: int
    end: int
    rule: str
    category: str
    severity: str
    message: str
    suggestions: list[str] = field(default_factory=list)
    reviewed: bool = False
    how: str = ""            # for reviewed items: "accepted c004", "rejected c010: reason"
    correction: corrections.Correction | None = None  # the correction that decides on it, if any

    @property
    def text(self) -> str:
        return self.document.text[self.start:self.end]

    def position(self) -> tuple[int, int, int, int]:
        """1-based (line, column, end line, end column) in code points; the end column is exclusive."""
        line, col = self.document.line_col(self.start)
        end_line, end_col = getattr(self.document, "end_line_col", self.document.line_col)(self.end)
        return line, col, end_line, end_col


@dataclass
class Article:
    name: str
    seed: Path
    set_path: Path
    edition: Path


@dataclass
class ReviewResult:
    items: list[Item]
    articles: list[Article]

    def failing(self, fail_on: str) -> list[Item]:
        limit = SEVERITY_RANK[fail_on]
        return [i for i in self.items if not i.reviewed and SEVERITY_RANK[i.severity] <= limit]


def article_name(path: Path) -> str | None:
    """The one naming rule: NAME.de.txt (a seed or an edition; or NAME.de.md, .html, .htm, .docx, .xlf, .xliff,
    .po) and NAME.yaml (its set) belong to article NAME, whatever NAME holds (dots, spaces, umlauts:
    `board.of.peace.2026.de.txt` is `board.of.peace.2026`)."""
    for suffix in (*fileformats.SUFFIXES, ".yaml"):
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            return path.name[: -len(suffix)]
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")  # a tab is allowed


def find_articles(paths: list[str], seeds: Path, corr: Path) -> list[Article]:
    """Articles named by PATHS (files or folders under seeds/ or corrections/); all seeds when PATHS is empty.

    An explicitly named path is an article, a set or an edition, or a folder of them; anything else is refused
    with the reason. A name with control characters (a line break would forge CI output) is refused, and so is an
    article, set or edition that is a link to a place outside its folder."""
    names: list[str] = []
    if not paths:
        if not seeds.is_dir():
            raise InputError(f"{seeds}: no such folder of seed articles (--seeds)")
        names = [n for p in seed_files(seeds) if (n := article_name(p))]
    for p in map(Path, paths):
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
        if p.is_dir():
            names += [n for f in seed_files(p) if (n := article_name(f))]
        elif article_name(p):
            names.append(article_name(p))
        else:
            raise InputError(f"{p}: not an article (NAME.de.txt, .md, .html, .docx, .xlf, .xliff or .po), a "
                             "correction set (NAME.yaml) or a folder of them")
    out, seen = [], set()
    for n in names:
        if n in seen:
            continue
        seen.add(n)
        if _CONTROL.search(n):
            raise InputError(f"{n!r}: an article name with a line break or another control character is refused: "
                             "rename the file")
        seed = seed_of(seeds, n)
        if not seed.is_file():
            raise InputError(f"{seed}: no seed article for {n!r}")
        article = Article(n, seed, corr / f"{n}.yaml", corr / f"{n}{_suffix(seed)}")
        for path, folder in ((article.seed, seeds), (article.set_path, corr), (article.edition, corr)):
            _inside(path, folder)
        out.append(article)
    return out


def seed_files(folder: Path) -> list[Path]:
    """The articles in FOLDER: NAME.de.txt and the other formats' NAME.de.EXT, sorted."""
    return sorted({f for suffix in fileformats.SUFFIXES for f in folder.glob(f"*{suffix}")})


def _suffix(path: Path) -> str:
    return next(s for s in fileformats.SUFFIXES if path.name.endswith(s))


def seed_of(seeds: Path, name: str) -> Path:
    """The seed of article NAME in any format (NAME.de.txt when there is none); two seeds of one name would
    share one correction set, so they are refused."""
    found = [seeds / f"{name}{s}" for s in fileformats.SUFFIXES if (seeds / f"{name}{s}").is_file()]
    if len(found) > 1:
        raise InputError(f"{found[0]} and {found[1]}: two seeds of article {name!r} would share "
                         f"{name}.yaml: rename one")
    return found[0] if found else seeds / f"{name}.de.txt"


def _inside(path: Path, folder: Path) -> None:
    """A file of the project must stay in its folder: a link out of it (to /etc, to a secret) is refused."""
    if not (path.exists() or path.is_symlink()):
        return
    real, home = path.resolve(), folder.resolve()
    if home not in real.parents:
        raise InputError(f"{path}: is a link to {real}, outside {folder}; refusing to read it")


def changed_since(rev: str, seeds: Path, corr: Path) -> list[str] | None:
    """Seeds of the articles whose files under seeds/ and corrections/ changed since REV (committed or not).

    None means "review everything": the configuration or a glossary changed, which can change every article's
    findings. REV is verified as a commit first, so it can never be read as an option of git."""
    def git(*cmd: str) -> subprocess.CompletedProcess:
        try:
            return subprocess.run(["git", *cmd], capture_output=True)
        except OSError:
            raise InputError("--changed-since needs git") from None

    if git("rev-parse", "--is-inside-work-tree").returncode != 0:
        raise InputError("--changed-since: not inside a git repository")
    verified = git("rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    if rev.startswith("-") or verified.returncode != 0:
        raise InputError(f"--changed-since {rev!r}: not a commit of this repository")
    commit = verified.stdout.decode().strip()
    top = Path(git("rev-parse", "--show-toplevel").stdout.decode().strip())
    diff = git("diff", "-z", "--name-only", "--no-renames", commit, "--", ".")
    untracked = git("ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", ".")
    if diff.returncode != 0:
        raise InputError(f"--changed-since {rev}: git diff failed: "
                         f"{(diff.stderr.decode(errors='replace').strip().splitlines() or ['?'])[-1]}")
    # -z: names exactly as they are, with spaces, tabs, umlauts and line breaks; paths relative to the top
    files = [top / os.fsdecode(f) for f in (diff.stdout + untracked.stdout).split(b"\0") if f]
    seeds_r, corr_r = seeds.resolve(), corr.resolve()
    config_names = ("lektorat.toml", ".lektorat.toml", "pyproject.toml")
    if any(f.name in config_names or "glossary" in f.relative_to(top).parts[:-1] for f in files):
        return None
    changed = set()
    for f in files:
        name = article_name(f)
        if name and f.parent.resolve() in (seeds_r, corr_r):
            changed.add(seed_of(seeds, name))
    # an article is named by its seed, also when only its set or edition changed (or was deleted)
    return sorted(str(s) for s in changed if s.is_file())


def review(articles: list[Article], engines, progress=None) -> ReviewResult:
    """PROGRESS(done, total, name), when given, is called before each article and at the end."""
    items: list[Item] = []
    for k, a in enumerate(articles):
        if progress is not None:
            progress(k, len(articles), a.name)
        items += _review_article(a, engines)
    if progress is not None:
        progress(len(articles), len(articles), "done")
    return ReviewResult(items, articles)


def read_article(path: Path):
    """(bytes, Extracted, text) of an article or edition; a plain text exactly as before: (None, None, text)."""
    if fileformats.sniff(path) == "text":
        return None, None, read_text(path)
    data, ex = fileformats.read(str(path))
    return data, ex, ex.text


def _review_article(a: Article, engines) -> list[Item]:
    seed_data, seed_ex, seed_text = read_article(a.seed)
    seed = check_extracted(seed_ex, engines, str(a.seed), text=seed_text)
    out: list[Item] = []
    cset = None
    if a.set_path.is_file():
        cset = corrections.load(a.set_path)  # a malformed set is an input error (exit 2)
    spans = _located(cset, seed_text) if cset else []
    if cset and cset.source_sha256 and cset.source_sha256 != corrections.sha256(seed_text):
        out.append(_file_item(a.seed, seed.document, "SET_STALE", (
            f"the article changed since {a.set_path} was made: run `lektorat propose {a.seed} -o {a.set_path}`, "
            f"review the new pending corrections, then `lektorat edition {a.seed} --corrections {a.set_path} "
            f"-o {a.edition}`")))
    pending_texts = set()
    for f in seed.findings:
        item = Item(str(a.seed), seed.document, f.start, f.end, f.rule, f.category, f.severity, f.message,
                    list(f.suggestions))
        decision = next((c for (s, e, c) in spans if s < f.end and f.start < e), None)
        item.correction = decision
        if decision is None:
            item.message += " (no correction in the set covers it)"
            pending_texts.add(f.text)
        elif decision.status == "accepted":
            item.reviewed, item.how = True, f"accepted {decision.id}"
        elif decision.status == "rejected" and decision.rationale.strip():
            item.reviewed, item.how = True, f"rejected {decision.id}: {decision.rationale.strip()}"
        else:
            why = "rejected without a reason" if decision.status == "rejected" else "pending review"
            item.message += f" (correction {decision.id} in {a.set_path} is {why})"
            pending_texts.add(f.text)
        out.append(item)
    out += _review_edition(a, cset, (seed_data, seed_ex, seed_text), spans, pending_texts, engines)
    return out


def _located(cset, text: str) -> list[tuple[int, int, corrections.Correction]]:
    spans = []
    for c in cset.corrections:
        try:
            start = corrections.locate(c, text, cset.path)
        except CorrectionError:
            continue  # stale anchors: the edition check below reports them
        spans.append((start, start + len(c.original), c))
    return spans


def _review_edition(a: Article, cset, seed_read: tuple, spans, pending_texts: set, engines) -> list[Item]:
    seed_data, seed_ex, seed_text = seed_read
    if not a.edition.is_file():
        if cset is None:
            return []
        doc = Document(seed_text)
        return [_file_item(a.seed, doc, "EDITION_MISSING",
                           f"{a.edition} is missing: run `lektorat edition {a.seed} --corrections {a.set_path} "
                           f"-o {a.edition}`")]
    edition_data, edition_ex, edition_text = read_article(a.edition)
    edition = check_extracted(edition_ex, engines, str(a.edition), text=edition_text)
    out: list[Item] = []
    if cset is not None:
        try:
            expected = corrections.apply(cset, seed_text, check_source=False)
            outdated = expected != edition_text
            if seed_ex is not None and not outdated:  # the same prose: the document's markup must match too
                edits = corrections.edits(cset, seed_text, check_source=False)
                outdated = fileformats.rebuild(seed_data, seed_ex, edits) != edition_data
        except CorrectionError as e:
            out.append(_file_item(a.set_path, Document(a.set_path.read_text(encoding="utf-8")), "SET_BROKEN", str(e)))
            expected, outdated = None, False
        if outdated:
            at = next((i for i, (x, y) in enumerate(zip(expected, edition_text)) if x != y),
                      min(len(expected), len(edition_text)) if expected != edition_text else 0)
            item = _file_item(a.edition, edition.document, "EDITION_OUTDATED", (
                f"the edition differs from what the accepted corrections of {a.set_path} make of {a.seed}: "
                f"run `lektorat edition {a.seed} --corrections {a.set_path} -o {a.edition}` (or edit the set)"))
            item.start = item.end = min(at, len(edition_text))
            out.append(item)
    rejected = {c.original: c for (_, _, c) in spans if c.status == "rejected" and c.rationale.strip()}
    for f in edition.findings:
        if f.text in pending_texts:
            continue  # reported on the seed
        item = Item(str(a.edition), edition.document, f.start, f.end, f.rule, f.category, f.severity, f.message,
                    list(f.suggestions))
        if f.text in rejected:
            c = rejected[f.text]
            item.reviewed, item.how = True, f"rejected {c.id}: {c.rationale.strip()}"
        else:
            item.message += " (in the edition; no correction decides on it)"
        out.append(item)
    return out


def _file_item(path: Path, doc: Document, rule: str, message: str) -> Item:
    return Item(str(path), doc, 0, 0, rule, "review", "error", message)
