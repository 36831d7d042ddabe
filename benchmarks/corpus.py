#!/usr/bin/env python3
"""Set up the benchmark corpus: real German text from Debian packages, as UTF-8 plain-text paragraphs.

Usage: python3 benchmarks/corpus.py [--force]

The packages are fetched with `apt-get download` and unpacked with `dpkg-deb -x` into benchmarks/.work/
(nothing is installed system-wide). The corpus goes to benchmarks/corpus/ (both folders are git-ignored):

    corpus/<package>.txt   one paragraph per line, every paragraph unique across the whole corpus
    corpus/manifest.json   package versions, licences, paragraph and word counts

A corpus that is already there (same BUILDER_VERSION, all files present) is reused; --force rebuilds it.
Only the standard library is used. Exit 2 with one line on stderr when apt, dpkg-deb or groff is missing.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import hashlib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_DIR = HERE / "corpus"
WORK_DIR = HERE / ".work"
MANIFEST = CORPUS_DIR / "manifest.json"
BUILDER_VERSION = 1          # bump when the extraction below changes, so old corpora are rebuilt
MIN_WORDS = 1_000_000
WORD_RE = re.compile(r"\w+")


class CorpusError(Exception):
    """One line for the user."""


@dataclass(frozen=True)
class Source:
    package: str
    licence: str
    kind: str          # fortune | man | html
    what: str


SOURCES = (
    Source("fortunes-de", "GPL-2+", "fortune", "German fortune cookies: quotations, jokes, anecdotes, aphorisms"),
    Source("manpages-de", "GPL-3+", "man", "German translations of the Linux manual pages (prose paragraphs only)"),
    Source("debian-reference-de", "GPL-2+", "html", "Debian Reference (system administration guide), German"),
    Source("debian-faq-de", "SPI permission notice", "html",
           "The Debian GNU/Linux FAQ, German"),
)


# ---------------------------------------------------------------------------------------------------------------
# fetching

def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def _last_line(s: str) -> str:
    lines = [ln.strip() for ln in s.strip().splitlines() if ln.strip() and not ln.startswith("W: Download is performed unsandboxed")]
    return lines[-1] if lines else "(no message)"


def fetch(package: str) -> Path:
    """The package's .deb in WORK_DIR, downloaded once."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    have = sorted(glob.glob(str(WORK_DIR / f"{package}_*.deb")))
    if have:
        return Path(have[-1])
    if shutil.which("apt-get") is None:
        raise CorpusError("apt-get not found: the corpus comes from Debian packages (needs a Debian-based machine)")
    r = _run(["apt-get", "download", package], cwd=WORK_DIR)
    if r.returncode != 0:
        # no package lists yet (fresh machine) or stale ones: update once, then try again
        if os.geteuid() != 0:
            raise CorpusError(f"apt-get download {package} failed ({_last_line(r.stderr)}); "
                              f"run 'apt-get update' as root and try again")
        print(f"corpus: apt-get download {package} failed, running apt-get update ...", file=sys.stderr)
        u = _run(["apt-get", "update", "-qq"])
        if u.returncode != 0:
            raise CorpusError(f"apt-get update failed, is Debian's package archive reachable? ({_last_line(u.stderr)})")
        r = _run(["apt-get", "download", package], cwd=WORK_DIR)
        if r.returncode != 0:
            raise CorpusError(f"apt-get download {package} failed, is Debian's package archive reachable? "
                              f"({_last_line(r.stderr)})")
    have = sorted(glob.glob(str(WORK_DIR / f"{package}_*.deb")))
    if not have:
        raise CorpusError(f"apt-get download {package} reported success but left no .deb in {WORK_DIR}")
    return Path(have[-1])


def unpack(deb: Path, package: str) -> tuple[Path, str]:
    """Extract the .deb into WORK_DIR/<package>/ (fresh each time); return the folder and the package version."""
    if shutil.which("dpkg-deb") is None:
        raise CorpusError("dpkg-deb not found: it is needed to unpack the Debian packages")
    dest = WORK_DIR / package
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    r = _run(["dpkg-deb", "-x", str(deb), str(dest)])
    if r.returncode != 0:
        raise CorpusError(f"dpkg-deb -x {deb.name} failed: {_last_line(r.stderr)}")
    v = _run(["dpkg-deb", "-f", str(deb), "Version"])
    return dest, v.stdout.strip() or "?"


# ---------------------------------------------------------------------------------------------------------------
# text extraction: every extractor yields paragraphs (one string each, whitespace collapsed)

def _collapse(s: str) -> str:
    return " ".join(s.split())


_PROSE_START = re.compile(r"[A-ZÄÖÜ„»\"(0-9]")
_PROSE_END = ("." , "!", "?", ":", "«", "\"", ")", "“", "…")
_WORDLIKE = re.compile(r"^[(\"„»'‚]*[A-Za-zÄÖÜäöüß][a-zäöüß]*(-[A-Za-zÄÖÜäöüß][a-zäöüß]*)*[)\"“«'‘.,;:!?]*$")


def is_prose(p: str) -> bool:
    """A paragraph of running text, not a command line, option list, table row or code."""
    if len(WORD_RE.findall(p)) < 8:
        return False
    if not _PROSE_START.match(p) or not p.endswith(_PROSE_END):
        return False
    if "T{" in p or "T}" in p:   # tbl remnants
        return False
    toks = p.split()
    return sum(1 for t in toks if _WORDLIKE.match(t)) / len(toks) >= 0.75


def fortune_paragraphs(root: Path):
    """Every fortune (between '%' lines) as one paragraph; the ASCII-art file is no text."""
    files = sorted(p for p in (root / "usr/share/games/fortunes/de").iterdir()
                   if p.is_file() and not p.is_symlink() and p.suffix not in (".dat", ".u8") and p.name != "asciiart")
    if not files:
        raise CorpusError(f"{root}: no fortune files found (package layout changed?)")
    for f in files:
        text = f.read_bytes().decode("utf-8", errors="replace")
        for cookie in re.split(r"^%[ \t]*$", text, flags=re.M):
            p = _collapse(cookie)
            if p:
                yield p


_GROFF = ["groff", "-k", "-K", "utf8", "-t", "-T", "utf8", "-mandoc", "-rLL=2000n", "-rHY=0", "-P", "-cbou"]


def man_paragraphs(root: Path):
    """Each German man page rendered by groff with a very long line, so that a filled paragraph is one line."""
    if shutil.which("groff") is None:
        raise CorpusError("groff not found: it renders the German man pages (apt-get install groff-base)")
    pages = sorted(p for p in (root / "usr/share/man/de").rglob("*.gz") if p.is_file() and not p.is_symlink())
    if not pages:
        raise CorpusError(f"{root}: no German man pages found (package layout changed?)")
    for page in pages:
        src = gzip.decompress(page.read_bytes())
        if src.lstrip().startswith(b".so "):
            continue                                    # a redirect to another page
        r = subprocess.run(_GROFF, input=src, capture_output=True)
        out = r.stdout.decode("utf-8", errors="replace")
        for line in out.splitlines():
            if re.search(r" {10}", line.strip()):
                continue                                # page header or footer, table layout
            p = _collapse(line)
            if is_prose(p):
                yield p


class _HTMLText(html.parser.HTMLParser):
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "dt", "dd", "title",
             "table", "ul", "ol", "dl", "blockquote", "section", "header", "footer", "hr", "caption"}
    SKIP = {"script", "style", "pre", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_paragraphs(root: Path):
    files = sorted(p for p in root.rglob("*.html") if p.is_file() and not p.is_symlink())
    if not files:
        raise CorpusError(f"{root}: no HTML files found (package layout changed?)")
    for f in files:
        h = _HTMLText()
        h.feed(f.read_text(encoding="utf-8", errors="replace"))
        h.close()
        for block in re.split(r"\n\s*\n", "".join(h.parts)):
            p = _collapse(block)
            if is_prose(p):
                yield p


EXTRACT = {"fortune": fortune_paragraphs, "man": man_paragraphs, "html": html_paragraphs}


# ---------------------------------------------------------------------------------------------------------------

def corpus_files(manifest: dict) -> list[Path]:
    return [CORPUS_DIR / s["file"] for s in manifest["sources"]]


def load_manifest() -> dict | None:
    try:
        m = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if m.get("builder_version") != BUILDER_VERSION or not all(p.is_file() for p in corpus_files(m)):
        return None
    if [s["package"] for s in m["sources"]] != [s.package for s in SOURCES]:
        return None
    return m


def build() -> dict:
    t0 = time.perf_counter()
    CORPUS_DIR.mkdir(parents=True, exist_ok=True)
    seen: set[bytes] = set()
    sources = []
    dropped = 0
    for src in SOURCES:
        deb = fetch(src.package)
        root, version = unpack(deb, src.package)
        n_par = n_words = 0
        out = CORPUS_DIR / f"{src.package}.txt"
        tmp = out.with_suffix(".txt.tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for p in EXTRACT[src.kind](root):
                key = hashlib.blake2b(p.encode("utf-8"), digest_size=16).digest()
                if key in seen:            # the same paragraph twice would flatter any cache
                    dropped += 1
                    continue
                seen.add(key)
                fh.write(p + "\n")
                n_par += 1
                n_words += len(WORD_RE.findall(p))
        tmp.replace(out)
        print(f"corpus: {src.package} {version}: {n_par:,} paragraphs, {n_words:,} words", file=sys.stderr)
        sources.append({"package": src.package, "version": version, "licence": src.licence, "what": src.what,
                        "file": out.name, "paragraphs": n_par, "words": n_words})
    total = sum(s["words"] for s in sources)
    if total < MIN_WORDS:
        raise CorpusError(f"the corpus has only {total:,} words, fewer than the {MIN_WORDS:,} the benchmark needs")
    manifest = {"builder_version": BUILDER_VERSION, "built": time.strftime("%Y-%m-%d"), "words": total,
                "paragraphs": sum(s["paragraphs"] for s in sources), "duplicates_dropped": dropped,
                "word_regex": WORD_RE.pattern, "sources": sources}
    MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"corpus: {total:,} words in {manifest['paragraphs']:,} paragraphs ({dropped:,} duplicate paragraphs "
          f"dropped), built in {time.perf_counter() - t0:.1f} s -> {CORPUS_DIR}", file=sys.stderr)
    return manifest


def ensure(force: bool = False) -> dict:
    """The corpus manifest, building the corpus first when it is missing or stale."""
    if not force:
        m = load_manifest()
        if m is not None:
            return m
    return build()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="rebuild even if a corpus is there")
    args = ap.parse_args(argv)
    try:
        m = ensure(args.force)
    except CorpusError as e:
        print(f"corpus: {e}", file=sys.stderr)
        return 2
    srcs = ", ".join(f"{s['package']} {s['version']}" for s in m["sources"])
    print(f"corpus: {m['words']:,} words, {m['paragraphs']:,} paragraphs from {srcs} ({CORPUS_DIR})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
