"""The review gate: which findings has nobody decided on yet, and does every edition match its corrections?

An article NAME is `seeds/NAME.de.txt` with its set `corrections/NAME.yaml` and edition `corrections/NAME.de.txt`.
- A finding in the seed is *reviewed* when a correction of the set covers its span and is accepted, or rejected
  with a reason (a false alarm). Pending, or no correction at all: unreviewed.
- A finding in the edition is reviewed when a rejected correction has the same text (the editor kept it on
  purpose); one that is still pending in the seed is reported there once, not twice; anything else (a defect an
  accepted replacement brought in) is unreviewed.
- The edition must be exactly what the accepted corrections make of the seed; the set must belong to this version
  of the seed. Both are gate items of their own.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from . import corrections
from .checker import check_text
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
        end_line, end_col = self.document.line_col(self.end)
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


def find_articles(paths: list[str], seeds: Path, corr: Path) -> list[Article]:
    """Articles named by PATHS (files or folders under seeds/ or corrections/); all seeds when PATHS is empty."""
    names: list[str] = []
    if not paths:
        names = [p.name[: -len(".de.txt")] for p in sorted(seeds.glob("*.de.txt"))]
    for p in map(Path, paths):
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
        if p.is_dir():
            names += [f.name[: -len(".de.txt")] for f in sorted(p.glob("*.de.txt"))]
        elif p.name.endswith((".de.txt", ".yaml")):
            names.append(p.name.split(".")[0])
    out, seen = [], set()
    for n in names:
        if n in seen:
            continue
        seen.add(n)
        seed = seeds / f"{n}.de.txt"
        if not seed.is_file():
            raise InputError(f"{seed}: no seed article for {n!r}")
        out.append(Article(n, seed, corr / f"{n}.yaml", corr / f"{n}.de.txt"))
    return out


def changed_since(rev: str, seeds: Path, corr: Path) -> list[str]:
    """Files under seeds/ and corrections/ changed since REV (committed or not), as paths for find_articles."""
    try:
        proc = subprocess.run(["git", "diff", "--name-only", rev, "--", str(seeds), str(corr)],
                              capture_output=True, text=True)
        untracked = subprocess.run(["git", "ls-files", "--others", "--exclude-standard", "--", str(seeds), str(corr)],
                                   capture_output=True, text=True)
    except OSError:
        raise InputError("--changed-since needs git") from None
    if proc.returncode != 0:
        raise InputError(f"--changed-since {rev}: {(proc.stderr.strip().splitlines() or ['git diff failed'])[-1]}")
    top = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True).stdout.strip()
    files = [Path(top) / f for f in proc.stdout.split() + untracked.stdout.split()]
    # an article is named by its seed, also when only its set or edition changed (or was deleted)
    seeds_of = {seeds / (f.name.split(".")[0] + ".de.txt") for f in files if f.name.endswith((".de.txt", ".yaml"))}
    return sorted(str(s) for s in seeds_of if s.is_file())


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


def _review_article(a: Article, engines) -> list[Item]:
    seed_text = read_text(a.seed)
    seed = check_text(seed_text, engines, str(a.seed))
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
    out += _review_edition(a, cset, seed_text, spans, pending_texts, engines)
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


def _review_edition(a: Article, cset, seed_text: str, spans, pending_texts: set, engines) -> list[Item]:
    if not a.edition.is_file():
        if cset is None:
            return []
        doc = Document(seed_text)
        return [_file_item(a.seed, doc, "EDITION_MISSING",
                           f"{a.edition} is missing: run `lektorat edition {a.seed} --corrections {a.set_path} "
                           f"-o {a.edition}`")]
    edition_text = read_text(a.edition)
    edition = check_text(edition_text, engines, str(a.edition))
    out: list[Item] = []
    if cset is not None:
        try:
            expected = corrections.apply(cset, seed_text, check_source=False)
        except CorrectionError as e:
            out.append(_file_item(a.set_path, Document(a.set_path.read_text(encoding="utf-8")), "SET_BROKEN", str(e)))
            expected = None
        if expected is not None and expected != edition_text:
            at = next((i for i, (x, y) in enumerate(zip(expected, edition_text)) if x != y),
                      min(len(expected), len(edition_text)))
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
