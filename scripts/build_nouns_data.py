#!/usr/bin/env python3
"""Build src/lektorat/data/nouns/nouns.tsv.gz, the German noun lexicon shipped inside the package.

    .venv/bin/pip install -e '.[data]'          # german-nouns, the source (a development-only dependency)
    .venv/bin/python scripts/build_nouns_data.py [--csv PATH] [--out PATH]

Source: `german_nouns/nouns.csv` of the `german-nouns` package on PyPI (German Wiktionary, CC BY-SA 4.0). Only what
`lektorat.nouns` needs is kept: for every row whose part of speech contains "Substantiv", its lemma, its genders
and its case/number forms. The output is deterministic: the same CSV gives a byte-identical file (gzip without
timestamp or file name, rows in CSV order).

Format (UTF-8 text, gzip level 9): the first line is the header `lektorat.nouns.HEADER`; then one line per CSV
row, tab-separated:

    lemma  genders  nom.sg  nom.pl  gen.sg  gen.pl  dat.sg  dat.pl  akk.sg  akk.pl

`genders` is the sorted set of the row's genders out of m/f/n run together ("m", "fn"; empty: none given). Each
case/number cell holds the row's distinct forms for that slot (every variant column of the CSV: "*", "1".."4",
"stark", "schwach", "gemischt"), separated by single spaces, in the CSV's column order; forms that are empty or
contain a space are left out, as `nouns._iter_rows` always did. Rows that give no form at all are left out.

After the CSV's rows come those of scripts/nouns_supplement.tsv (same columns; `#` lines are comments): common nouns
the extract lacks (`Wagen`), written by hand. A lemma the CSV has wins over its supplement row.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from lektorat.nouns import _CASE_OF, HEADER, SLOTS  # noqa: E402  (one definition of the format)

OUT = ROOT / "src" / "lektorat" / "data" / "nouns" / "nouns.tsv.gz"
SUPPLEMENT = ROOT / "scripts" / "nouns_supplement.tsv"


def default_csv() -> Path:
    spec = importlib.util.find_spec("german_nouns")  # a namespace package: no __file__
    if spec is None or not spec.submodule_search_locations:
        sys.exit("build_nouns_data: german-nouns is not installed (pip install -e '.[data]')")
    return Path(list(spec.submodule_search_locations)[0]) / "nouns.csv"


def lines(csv_path: Path):
    with open(csv_path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        slot_cols: dict[str, list[int]] = {s: [] for s in SLOTS}
        for i, h in enumerate(header):
            parts = h.split(" ")
            if len(parts) >= 2 and parts[0] in _CASE_OF:
                number = "pl" if parts[1].startswith("plural") else "sg"
                slot_cols[f"{_CASE_OF[parts[0]]}.{number}"].append(i)
        genus_cols = [i for i, h in enumerate(header) if h.startswith("genus")]
        for row in reader:
            if "Substantiv" not in row[1]:
                continue
            genders = "".join(sorted({row[i] for i in genus_cols if row[i] in ("m", "f", "n")}))
            cells = []
            for slot in SLOTS:
                forms = dict.fromkeys(row[i] for i in slot_cols[slot] if row[i] and " " not in row[i])
                cells.append(" ".join(forms))
            if not any(cells):
                continue
            for field in (row[0], *cells):
                if "\t" in field or "\n" in field or "\r" in field:
                    raise ValueError(f"build_nouns_data: a tab or line break in row {row[0]!r}")
            yield "\t".join((row[0], genders, *cells))


def supplement_lines(path: Path, known: set[str]):
    """The supplement's rows whose lemma the CSV lacks, checked for the column count."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2 + len(SLOTS) or not cells[0] or set(cells[1]) - set("mfn"):
            raise ValueError(f"build_nouns_data: {path.name} line {n}: expected lemma, genders and {len(SLOTS)} forms")
        if cells[0] not in known:
            yield line


def build(csv_path: Path, supplement: Path = SUPPLEMENT) -> bytes:
    rows = list(lines(csv_path))
    known = {row.split("\t", 1)[0] for row in rows}
    text = "\n".join((HEADER, *rows, *supplement_lines(supplement, known))) + "\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)  # no timestamp, no file name


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--csv", type=Path, default=None, help="nouns.csv (default: the installed german-nouns)")
    ap.add_argument("--supplement", type=Path, default=SUPPLEMENT, help="hand-written rows (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    data = build(args.csv or default_csv(), args.supplement)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_name(args.out.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(args.out)
    print(f"{args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
          f"{len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
