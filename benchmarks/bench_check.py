#!/usr/bin/env python3
"""Benchmark the built-in engine: words/s on one core, peak memory, and `lektorat check` of the seed as a process.

Usage (from the repository root, with the venv's Python; benchmarks/run does the setup first):

    .venv/bin/python benchmarks/bench_check.py [--update-readme] [--limit-words N] [--profile N] [--glossary PATH]

The corpus (benchmarks/corpus.py) is split into article-sized documents of 500-1,000 words on paragraph boundaries
and each document is checked with `check_text`, one after the other, in one process pinned to one CPU. The first
document is timed apart as the warm-up (it pays for loading dictionaries lazily); the words/s figure is over all
the other documents. Words are counted with the regex \\w+. Peak memory is the process's ru_maxrss.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import time
import traceback
from pathlib import Path

# one core, no helper threads: set before anything that could start a thread pool is imported
for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_v] = "1"

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import corpus as corpus_mod  # noqa: E402
from readme_block import update_readme  # noqa: E402

WORD_RE = re.compile(r"\w+")
DOC_MIN, DOC_MAX = 500, 1000
SEED = ROOT / "seeds" / "board-of-peace.de.txt"
START, END = "<!-- benchmark:start -->", "<!-- benchmark:end -->"
COLD_WORDS = 100_000                # the words/s before the engine's word caches are warm
TARGET_WPS, TARGET_MB, TARGET_SEED_S = 20_000, 500, 1.5


def words(text: str) -> int:
    return len(WORD_RE.findall(text))


def rss_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # KiB on Linux


def make_documents(manifest: dict, limit_words: int | None = None) -> list[tuple[str, str, int]]:
    """(source, text, words) for every document: paragraphs of one source, 500-1,000 words, shuffled (seed 42)."""
    rng = random.Random(42)
    docs: list[tuple[str, str, int]] = []
    for s in manifest["sources"]:
        paras = (corpus_mod.CORPUS_DIR / s["file"]).read_text(encoding="utf-8").splitlines()
        cur: list[str] = []
        n = 0
        target = rng.randint(DOC_MIN, DOC_MAX)
        for p in paras:
            w = words(p)
            if cur and n >= DOC_MIN and n + w > DOC_MAX:
                docs.append((s["package"], "\n\n".join(cur), n))
                cur, n, target = [], 0, rng.randint(DOC_MIN, DOC_MAX)
            cur.append(p)
            n += w
            if n >= target:
                docs.append((s["package"], "\n\n".join(cur), n))
                cur, n, target = [], 0, rng.randint(DOC_MIN, DOC_MAX)
        if cur:
            docs.append((s["package"], "\n\n".join(cur), n))
    rng.shuffle(docs)   # a mixed stream, as a newsroom's would be
    if limit_words:
        out, total = [], 0
        for d in docs:
            if total >= limit_words:
                break
            out.append(d)
            total += d[2]
        docs = out
    return docs


def pin_one_cpu() -> str:
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[0]})
        return f"pinned to CPU {cpus[0]}"
    except (AttributeError, OSError) as e:
        return f"not pinned ({e})"


def machine() -> dict:
    model = platform.processor() or "?"
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                model = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True).stdout.strip()
    except OSError:
        commit = ""
    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version(),
            "date": datetime.date.today().isoformat(), "commit": commit or "no commit"}


# ---------------------------------------------------------------------------------------------------------------

def bench_engine(docs, glossary: str | None) -> dict:
    t0 = time.perf_counter()
    try:
        from lektorat import __version__
        from lektorat.checker import check_text, make_engines
    except Exception as e:   # others edit the engine while this runs: say so plainly
        raise SystemExit(f"bench: cannot import lektorat ({type(e).__name__}: {e}); retry in a minute")
    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    engines = make_engines(["builtin"], glossary)
    t_engines = time.perf_counter() - t0
    rss_loaded = rss_peak_mb()

    by_cat: collections.Counter = collections.Counter()
    per_source: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0])
    errors: list[str] = []
    first_words, first_time = docs[0][2], 0.0
    total_words = check_time = 0.0
    n_findings = 0
    cpu0 = time.process_time()
    next_report = 0.1
    cold = None                       # (words, seconds) at the first 100,000 words after the warm-up
    all_words = sum(d[2] for d in docs)
    done_words = 0
    for i, (src, text, n) in enumerate(docs):
        t = time.perf_counter()
        try:
            res = check_text(text, engines, f"{src}#{i}")
        except Exception:
            dt = time.perf_counter() - t
            if len(errors) < 3:
                errors.append(f"document {src}#{i}:\n{traceback.format_exc()}")
            else:
                errors.append(f"document {src}#{i}")
            res = None
        else:
            dt = time.perf_counter() - t
        if i == 0:
            first_time = dt
        else:
            total_words += n
            check_time += dt
            per_source[src][0] += n
            per_source[src][1] += dt
            if cold is None and total_words >= COLD_WORDS:
                cold = (total_words, check_time)
        if res is not None:
            n_findings += len(res.findings)
            by_cat.update(f.category for f in res.findings)
        done_words += n
        if done_words / all_words >= next_report:
            print(f"  {done_words / all_words:4.0%}  {done_words:>9,} words  "
                  f"{total_words / check_time if check_time else 0:>8,.0f} words/s  "
                  f"peak {rss_peak_mb():,.0f} MB", file=sys.stderr)
            next_report += 0.1
    cpu = time.process_time() - cpu0
    return {
        "version": __version__, "documents": len(docs), "words": int(total_words + first_words),
        "t_import": t_import, "t_engines": t_engines, "first_words": first_words, "first_time": first_time,
        "steady_words": int(total_words), "check_time": check_time,
        "wps": total_words / check_time if check_time else 0.0,
        "wps_cold": (cold[0] / cold[1]) if cold else None,
        "wps_with_warmup": (total_words + first_words) / (check_time + first_time + t_engines + t_import),
        "cpu_per_wall": cpu / (check_time + first_time) if check_time else 0.0,
        "rss_loaded": rss_loaded, "rss_peak": rss_peak_mb(), "findings": n_findings,
        "by_category": dict(by_cat), "per_source": {k: tuple(v) for k, v in per_source.items()}, "errors": errors,
    }


SCALING_MB = (0.5, 1, 2, 5)
TARGET_SCALING = 2.0   # time per MB at 5 MB at most twice that at 0.5 MB: linear, not quadratic


def bench_scaling(docs) -> dict:
    """`lektorat check FILE` as a whole process on 0.5 to 5 MB of distinct corpus text (documents joined by blank
    lines, cut at a paragraph): seconds per MB at each size. Each size runs in a fresh process, caches cold."""
    exe = ROOT / ".venv" / "bin" / "lektorat"
    work = corpus_mod.WORK_DIR / "scaling"
    work.mkdir(parents=True, exist_ok=True)
    text = "\n\n".join(d[1] for d in docs)
    data = text.encode("utf-8")
    out = {}
    for mb in SCALING_MB:
        size = int(mb * 2**20)
        if len(data) < size:
            out[mb] = {"error": f"the corpus has only {len(data) / 2**20:.1f} MB"}
            continue
        cut = data.rfind(b"\n\n", 0, size)
        f = work / f"{mb}MB.de.txt"
        f.write_bytes(data[:cut if cut > 0 else size])
        t = time.perf_counter()
        r = subprocess.run([str(exe), "check", str(f), "--format", "jsonl", "--quiet"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
        dt = time.perf_counter() - t
        out[mb] = ({"seconds": dt, "per_mb": dt / (f.stat().st_size / 2**20)} if r.returncode == 0
                   else {"error": (r.stderr.strip().splitlines() or ["failed"])[-1]})
        print(f"  scaling: {mb} MB in {dt:.1f} s", file=sys.stderr)
    ok = [v["per_mb"] for v in out.values() if "per_mb" in v]
    return {"sizes": out, "ratio": (max(ok) / min(ok)) if len(ok) == len(SCALING_MB) else None}


def bench_seed(runs: int, glossary: str | None) -> dict:
    exe = ROOT / ".venv" / "bin" / "lektorat"
    if not exe.exists():
        return {"error": f"{exe.relative_to(ROOT)} not found (run scripts/setup)"}
    if not SEED.exists():
        return {"error": f"{SEED.relative_to(ROOT)} not found"}
    cmd = [str(exe), "check", str(SEED.relative_to(ROOT))] + (["--glossary", glossary] if glossary else [])
    times = []
    for i in range(runs + 1):          # the first run warms the page cache and .pyc files; not counted
        t = time.perf_counter()
        r = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        dt = time.perf_counter() - t
        if r.returncode != 0:
            return {"error": f"exit {r.returncode}: {r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ''}"}
        if i:
            times.append(dt)
    return {"median": statistics.median(times), "max": max(times), "min": min(times), "runs": runs,
            "cmd": "lektorat check " + " ".join(cmd[2:])}


def profile(docs, glossary: str | None, n_words: int) -> None:
    import cProfile
    import pstats

    from lektorat.checker import check_text, make_engines

    engines = make_engines(["builtin"], glossary)
    check_text(docs[0][1], engines)                         # warm-up outside the profile
    chosen, total = [], 0
    for d in docs[1:]:
        if total >= n_words:
            break
        chosen.append(d)
        total += d[2]
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    for _src, text, _n in chosen:
        check_text(text, engines)
    prof.disable()
    dt = time.perf_counter() - t
    out = corpus_mod.WORK_DIR / "profile.pstats"
    corpus_mod.WORK_DIR.mkdir(parents=True, exist_ok=True)
    prof.dump_stats(out)
    print(f"\nprofile: {total:,} words in {len(chosen)} documents, {dt:.1f} s under cProfile "
          f"({total / dt:,.0f} words/s with profiling overhead); stats in {out.relative_to(ROOT)}")
    st = pstats.Stats(prof)
    print("\n== top 25 by own time (tottime)")
    st.sort_stats("tottime").print_stats(25)
    print("== top 25 by cumulative time")
    st.sort_stats("cumulative").print_stats(25)


# ---------------------------------------------------------------------------------------------------------------

def _rate(n: int, total: int) -> str:
    r = n * 1000 / total
    return f"{r:.2f}" if r >= 0.1 or r == 0 else f"{r:.3f}"


def _mark(ok: bool) -> str:
    return "met" if ok else "**missed**"


def report_table(m: dict, manifest: dict, e: dict, s: dict, pin: str) -> str:
    srcs = {x["package"]: x for x in manifest["sources"]}
    lines = [
        f"lektorat {e['version']} built-in engine, {m['date']}, commit {m['commit']}",
        f"machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']}; benchmark process {pin}",
        f"corpus: {e['words']:,} words in {e['documents']:,} documents of {DOC_MIN}-{DOC_MAX} words "
        f"({', '.join(k + ' ' + v['version'] for k, v in srcs.items())})",
        "",
        f"  {'warm-up: import lektorat':<44} {e['t_import']:8.2f} s",
        f"  {'warm-up: make_engines([builtin])':<44} {e['t_engines']:8.2f} s",
        f"  {'warm-up: first document':<44} {e['first_time']:8.2f} s  ({e['first_words']:,} words)",
        f"  {'check, all other documents':<44} {e['check_time']:8.1f} s  ({e['steady_words']:,} words)",
        f"  {'words/s (one core)':<44} {e['wps']:8,.0f}    target >= {TARGET_WPS:,}: {_mark(e['wps'] >= TARGET_WPS)}",
        f"  {'words/s including warm-up':<44} {e['wps_with_warmup']:8,.0f}",
        f"  {'words/s over the first 100,000 words':<44} "
        + (f"{e['wps_cold']:8,.0f}    (word caches still cold)" if e["wps_cold"] else "       -"),
        f"  {'CPU time / wall time':<44} {e['cpu_per_wall']:8.2f}",
        f"  {'peak memory (ru_maxrss) after loading':<44} {e['rss_loaded']:8,.0f} MB",
        f"  {'peak memory (ru_maxrss) at the end':<44} {e['rss_peak']:8,.0f} MB  target <= {TARGET_MB}: "
        f"{_mark(e['rss_peak'] <= TARGET_MB)}",
    ]
    if "error" in s:
        lines.append(f"  {'lektorat check (seed), whole process':<44} failed: {s['error']}")
    else:
        lines.append(f"  {'lektorat check (seed), whole process':<44} {s['median']:8.2f} s median, {s['max']:.2f} s max "
                     f"of {s['runs']}  target <= {TARGET_SEED_S}: {_mark(s['max'] <= TARGET_SEED_S)}")
    sc = e.get("scaling")
    if sc:
        sizes = ", ".join(f"{mb} MB {v['seconds']:.1f} s ({v['per_mb']:.1f} s/MB)" if "per_mb" in v
                          else f"{mb} MB: {v['error']}" for mb, v in sc["sizes"].items())
        lines.append(f"  {'lektorat check of 0.5 to 5 MB (processes)':<44} {sizes}")
        if sc["ratio"] is not None:
            lines.append(f"  {'  time per MB, largest / smallest':<44} {sc['ratio']:8.2f}    target <= "
                         f"{TARGET_SCALING}: {_mark(sc['ratio'] <= TARGET_SCALING)}")
    lines += ["", "  words/s by source:"]
    for src, (w, t) in sorted(e["per_source"].items()):
        lines.append(f"    {src:<24} {w:>10,} words  {w / t if t else 0:>8,.0f} words/s")
    lines += ["", f"  findings: {e['findings']:,} ({e['findings'] * 1000 / e['words']:.1f} per 1,000 words)"]
    for cat, n in sorted(e["by_category"].items(), key=lambda kv: -kv[1]):
        lines.append(f"    {cat:<18} {_rate(n, e['words']):>7} per 1,000 words  ({n:,})")
    if e["errors"]:
        lines += ["", f"  ERRORS: {len(e['errors'])} documents raised an exception; the first:"]
        lines += ["    " + ln for ln in e["errors"][0].splitlines()]
    return "\n".join(lines)


def readme_block(m: dict, manifest: dict, e: dict, s: dict) -> str:
    srcs = "; ".join(f"`{x['package']}` {x['version']} ({x['licence']}, {x['words']:,} words)"
                     for x in manifest["sources"])
    seed = (f"median {s['median']:.2f} s, max {s['max']:.2f} s of {s['runs']} runs" if "error" not in s
            else f"failed: {s['error']}")
    cats = ", ".join(f"{cat} {_rate(n, e['words'])}" for cat, n in
                     sorted(e["by_category"].items(), key=lambda kv: -kv[1])) or "none"
    rows = [
        START,
        f"Measured with `benchmarks/run --update-readme` on {m['date']} (commit {m['commit']}, lektorat "
        f"{e['version']}): {m['nproc']} cores, {m['cpu']}, Python {m['python']}; the benchmark process is pinned to "
        f"one core. Method and corpus: [benchmarks/README.md](benchmarks/README.md).",
        "",
        "| measure | result | target |",
        "| --- | --- | --- |",
        f"| built-in engine, words/s on one core (after the first document) | {e['wps']:,.0f} | ≥ {TARGET_WPS:,} "
        f"({'met' if e['wps'] >= TARGET_WPS else 'missed'}) |",
        f"| peak memory of the benchmark process (ru_maxrss) | {e['rss_peak']:,.0f} MB | ≤ {TARGET_MB} MB "
        f"({'met' if e['rss_peak'] <= TARGET_MB else 'missed'}) |",
        f"| `lektorat check seeds/board-of-peace.de.txt`, whole process | {seed} | ≤ {TARGET_SEED_S} s "
        f"({'met' if 'error' not in s and s['max'] <= TARGET_SEED_S else 'missed'}) |",
        f"| words/s over the first {COLD_WORDS:,} words only (word caches still cold) | "
        + (f"{e['wps_cold']:,.0f} |  |" if e["wps_cold"] else "- |  |"),
        f"| warm-up: import, engine set-up, first document ({e['first_words']:,} words) | {e['t_import']:.2f} s + "
        f"{e['t_engines']:.2f} s + {e['first_time']:.2f} s | |",
        *_scaling_rows(e.get("scaling")),
        "",
        f"Corpus: {e['words']:,} words (`\\w+`) of real German text in {e['documents']:,} documents of "
        f"{DOC_MIN}–{DOC_MAX:,} words, from the Debian packages {srcs}.",
        f"Findings per 1,000 words: {e['findings'] * 1000 / e['words']:.1f} in all; {cats}.",
        END,
    ]
    if e["errors"]:
        rows.insert(-1, f"**{len(e['errors'])} documents raised an exception** during this run.")
    return "\n".join(rows)


def _scaling_rows(sc: dict | None) -> list[str]:
    if not sc:
        return []
    cells = "; ".join(f"{mb} MB: {v['seconds']:.1f} s ({v['per_mb']:.2f} s/MB)" if "per_mb" in v
                      else f"{mb} MB: {v['error']}" for mb, v in sc["sizes"].items())
    target = (f"≤ {TARGET_SCALING}× ({'met' if sc['ratio'] <= TARGET_SCALING else 'missed'})"
              if sc["ratio"] is not None else "")
    ratio = f"; largest/smallest time per MB {sc['ratio']:.2f}×" if sc["ratio"] is not None else ""
    return [f"| `lektorat check` of 0.5, 1, 2 and 5 MB of corpus text, whole process each | {cells}{ratio} | {target} |"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update-readme", action="store_true", help=f"write the figures between {START} and {END}")
    ap.add_argument("--limit-words", type=int, metavar="N", help="check only about N words (a quick run)")
    ap.add_argument("--profile", type=int, metavar="N", help="instead: cProfile the check of about N words")
    ap.add_argument("--glossary", metavar="PATH", help="glossary folder or file (default: the repository's)")
    ap.add_argument("--seed-runs", type=int, default=5, metavar="N", help="timed runs of the seed check (default 5)")
    ap.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU")
    args = ap.parse_args(argv)

    try:
        manifest = corpus_mod.ensure()
    except corpus_mod.CorpusError as e:
        print(f"corpus: {e}", file=sys.stderr)
        return 2
    pin = "not pinned (--no-pin)" if args.no_pin else pin_one_cpu()
    docs = make_documents(manifest, args.limit_words)
    if args.profile:
        profile(docs, args.glossary, args.profile)
        return 0

    print(f"bench: {sum(d[2] for d in docs):,} words in {len(docs):,} documents, {pin}", file=sys.stderr)
    e = bench_engine(docs, args.glossary)
    print(f"bench: lektorat check {SEED.relative_to(ROOT)}: 1 warm-up + {args.seed_runs} timed runs", file=sys.stderr)
    s = bench_seed(args.seed_runs, args.glossary)
    if not args.limit_words:
        print("bench: lektorat check of 0.5, 1, 2, 5 MB (one process each)", file=sys.stderr)
        e["scaling"] = bench_scaling(docs)
    m = machine()
    print()
    print(report_table(m, manifest, e, s, pin))
    print()
    if args.update_readme:
        if e["errors"]:
            print("bench: documents raised exceptions; README not updated")
        elif args.limit_words:
            print("bench: --limit-words is a partial run; README not updated")
        else:
            update_readme(readme_block(m, manifest, e, s), START, END)
    return 1 if e["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
