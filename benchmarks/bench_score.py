#!/usr/bin/env python3
"""Benchmark scoring: 10,000 segments x 3 systems, BLEU + chrF++ + TER, segment scores, paired bootstrap (1,000).

Usage (from the repository root; benchmarks/run sets up and builds the corpus first):

    .venv/bin/python benchmarks/bench_score.py [--update-readme] [--segments N] [--with-ar]

References are corpus sentences of 8-40 words (shuffled, seed 42); the three systems are the references with
seeded word-level noise (dropped, swapped and replaced words at 10 %, 20 % and 30 %), so the metrics have real work
and the systems differ. The files are written to .work/score/ and scored through `lektorat score` as a user runs it
(one process, JSON output to a file), timed as a whole, and the parts are timed through the library.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / ".work" / "score"
sys.path.insert(0, str(HERE))
START, END = "<!-- benchmark-score:start -->", "<!-- benchmark-score:end -->"
NOISE = {"sys10": 0.10, "sys20": 0.20, "sys30": 0.30}


def make_files(n: int) -> tuple[Path, list[Path]]:
    import corpus as corpus_mod
    from lektorat.document import Document

    rng = random.Random(42)
    sents = []
    for f in corpus_mod.corpus_files(corpus_mod.ensure()):
        for para in f.read_text(encoding="utf-8").splitlines():
            for s in Document(para).sentences:
                text = para[s.start:s.end]
                if 8 <= len(text.split()) <= 40:
                    sents.append(text)
    rng.shuffle(sents)
    if len(sents) < n:
        raise SystemExit(f"bench: the corpus has only {len(sents)} sentences of 8-40 words")
    refs = sents[:n]
    vocab = [w for s in refs[:2000] for w in s.split()]
    WORK.mkdir(parents=True, exist_ok=True)
    ref_path = WORK / "bench.en.txt"
    ref_path.write_text("\n".join(refs) + "\n", encoding="utf-8")
    hyps = []
    for name, p in NOISE.items():
        r = random.Random(name)
        out = [_noisy(s, p, r, vocab) for s in refs]
        path = WORK / f"bench.{name}.en.txt"
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
        hyps.append(path)
    return ref_path, hyps


def _noisy(sentence: str, p: float, r: random.Random, vocab: list[str]) -> str:
    words = sentence.split()
    out = []
    for w in words:
        x = r.random()
        if x < p / 3:
            continue                      # dropped
        if x < 2 * p / 3:
            out.append(r.choice(vocab))   # replaced
        else:
            out.append(w)
    for _ in range(int(len(out) * p / 3)):  # swapped neighbours
        i = r.randrange(max(1, len(out) - 1))
        out[i:i + 2] = out[i:i + 2][::-1]
    return " ".join(out) or words[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update-readme", action="store_true")
    ap.add_argument("--segments", type=int, default=10_000)
    ap.add_argument("--with-ar", action="store_true", help="also time paired approximate randomization (10,000)")
    args = ap.parse_args(argv)

    ref, hyps = make_files(args.segments)
    import bench_check

    m = bench_check.machine()
    from lektorat.scoring.inputs import align
    from lektorat.scoring.metrics import paired_tests, system_scores

    data = align([str(ref)], [str(h) for h in hyps])
    timings = {}
    t = time.perf_counter()
    for h in data.hypotheses.values():
        system_scores(h, data.references)
    timings["corpus and segment BLEU, chrF++, TER, 3 systems"] = time.perf_counter() - t
    systems = list(data.hypotheses.items())
    t = time.perf_counter()
    paired_tests(systems, data.references, tests=("bs",), bs_samples=1000)
    timings["paired bootstrap, 1,000 resamples (3 metrics)"] = time.perf_counter() - t
    if args.with_ar:
        t = time.perf_counter()
        paired_tests(systems, data.references, tests=("ar",), ar_trials=10_000)
        timings["paired approximate randomization, 10,000 trials"] = time.perf_counter() - t
    lib_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    cmd = [str(ROOT / ".venv" / "bin" / "lektorat"), "score", "--ref", str(ref), *sum((["--hyp", str(h)] for h in hyps), []),
           "--paired", "bs", "--format", "json", "-o", str(WORK / "bench.scores.json")]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    whole = time.perf_counter() - t
    if proc.returncode != 0:
        print(f"bench: lektorat score failed: {proc.stderr.strip()}", file=sys.stderr)
        return 1
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    rows = [f"Measured with `benchmarks/run score --update-readme` on {m['date']} (commit {m['commit']}): "
            f"{m['nproc']} cores, {m['cpu']}, Python {m['python']}; {args.segments:,} segments × 3 systems, one "
            f"reference, sacrebleu {__import__('sacrebleu').__version__}. Method: "
            f"[benchmarks/README.md](benchmarks/README.md).", "",
            "| step | time |", "| --- | ---: |",
            f"| **`lektorat score` with `--paired bs` (1,000 resamples), JSON and chart, whole process** | "
            f"**{whole:.1f} s** (peak memory {child_peak:,.0f} MB) |"]
    rows += [f"| {k} | {v:.1f} s |" for k, v in timings.items()]
    block = "\n".join(rows)
    print(block)
    print(f"(library run peak memory {lib_peak:,.0f} MB)")
    if args.update_readme:
        from readme_block import update_readme

        update_readme(f"{START}\n{block}\n{END}", START, END)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
