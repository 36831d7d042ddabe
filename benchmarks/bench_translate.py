#!/usr/bin/env python3
"""Benchmark the translation back ends: transformers vs CTranslate2 int8 on the same model and input.

Usage (from the repository root; benchmarks/run does the setup and builds the corpus first):

    .venv/bin/python benchmarks/bench_translate.py [--update-readme] [--sentences N] [--beam N] [--threads N]

The model is opus-mt-de-en-shaped (6+6 layers, d_model 512, 8 heads, FFN 2048, vocabulary 58,101) with random
weights, built by lektorat.translation.scratch in .work/ (no download is possible here; speed and memory depend on
the shape, not on the weights). Its CTranslate2 twin is made with `lektorat.translation.convert` (int8). Input: German
sentences of 10-40 words from the benchmark corpus (shuffled, seed 42). Each back end runs in its own process (so
peak memory is its own), translates one untimed warm-up batch, then all sentences in batches with beam search; the
output length is capped as in `translate_text` (2 x input + 16 tokens). tokens/s = generated target tokens / wall
time of the timed part. A random model rarely ends a sentence, so both back ends generate close to the cap: the
figure is decoder throughput at realistic sentence lengths.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / ".work"
MODEL = WORK / "opus-mt-shaped"
CT2 = WORK / "opus-mt-shaped-ct2-int8"
sys.path.insert(0, str(HERE))
START, END = "<!-- benchmark-translate:start -->", "<!-- benchmark-translate:end -->"
TARGET_SPEEDUP = 3.0


def corpus_sentences(n: int) -> list[str]:
    import corpus as corpus_mod
    from lektorat.document import Document

    manifest = corpus_mod.ensure()
    rng = random.Random(42)
    sents = []
    for f in corpus_mod.corpus_files(manifest):
        for para in f.read_text(encoding="utf-8").splitlines()[:3000]:
            doc = Document(para)
            for s in doc.sentences:
                text = para[s.start:s.end]
                if 10 <= len(text.split()) <= 40:
                    sents.append(text)
    rng.shuffle(sents)
    return sents[: max(n, 20_000)]


def ensure_models(sentences: list[str]) -> None:
    from lektorat.translation import convert
    from lektorat.translation.scratch import build_random_opus_mt

    if not (MODEL / "config.json").is_file():
        print(f"bench: building the opus-mt-shaped model in {MODEL.relative_to(ROOT)} (once)", flush=True)
        build_random_opus_mt(MODEL, sentences[:20_000])
    if not (CT2 / "model.bin").is_file():
        print(f"bench: converting it to CTranslate2 int8 in {CT2.relative_to(ROOT)} (once)", flush=True)
        convert(MODEL, CT2, "int8", force=True)


def child(backend_name: str, sentences: list[str], beam: int, batch_size: int, threads: int) -> dict:
    """Runs in its own process: load, warm up, translate as `translate_text` does (longest first), report."""
    from lektorat.translation import load

    t0 = time.perf_counter()
    backend = load(str(MODEL if backend_name == "transformers" else CT2), backend_name, threads)
    load_s = time.perf_counter() - t0
    pieces = sorted((backend.pieces(s) for s in sentences), key=len, reverse=True)
    batches = [pieces[i:i + batch_size] for i in range(0, len(pieces), batch_size)]

    def run(batch):
        backend.translate(batch, beam, 2 * max(len(p) for p in batch) + 16)

    run(batches[-1])  # warm-up
    backend.generated_tokens = 0
    t0 = time.perf_counter()
    for b in batches:
        run(b)
    seconds = time.perf_counter() - t0
    return {"backend": backend_name, "load_s": load_s, "seconds": seconds, "tokens": backend.generated_tokens,
            "input_tokens": sum(len(p) for p in pieces), "sentences": len(sentences),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def machine() -> dict:
    import bench_check

    return bench_check.machine()


def table(results: list[dict], args, m: dict) -> str:
    tr, ct = results
    speedup = (ct["tokens"] / ct["seconds"]) / (tr["tokens"] / tr["seconds"])
    rows = [
        f"Measured with `benchmarks/run --update-readme` on {m['date']} (commit {m['commit']}): {m['nproc']} cores, "
        f"{m['cpu']}, Python {m['python']}; {args.threads} thread(s) per back end, beam {args.beam}, batch "
        f"{args.batch_size}, {tr['sentences']} German sentences ({tr['input_tokens']:,} subword tokens) from the "
        f"benchmark corpus, an opus-mt-de-en-shaped model with random weights. Method: "
        f"[benchmarks/README.md](benchmarks/README.md).",
        "",
        "| back end | generated tokens | time | tokens/s | peak memory (process) | model load |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        name = "transformers (PyTorch, float32)" if r["backend"] == "transformers" else "CTranslate2 int8"
        rows.append(f"| {name} | {r['tokens']:,} | {r['seconds']:.1f} s | {r['tokens'] / r['seconds']:,.0f} | "
                    f"{r['rss_mb']:,.0f} MB | {r['load_s']:.1f} s |")
    verdict = "met" if speedup >= TARGET_SPEEDUP else "NOT met"
    rows += ["", f"CTranslate2 int8 is **{speedup:.1f}×** the transformers throughput at beam {args.beam} "
                 f"(target ≥ {TARGET_SPEEDUP:.0f}×: {verdict})."]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update-readme", action="store_true", help=f"write the figures between {START} and {END}")
    ap.add_argument("--sentences", type=int, default=64, metavar="N", help="sentences to translate (default 64)")
    ap.add_argument("--beam", type=int, default=4)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="threads per back end (default: all)")
    ap.add_argument("--child", choices=("transformers", "ctranslate2"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        sentences = json.loads(sys.stdin.read())
        print(json.dumps(child(args.child, sentences, args.beam, args.batch_size, args.threads)))
        return 0

    pool = corpus_sentences(args.sentences)
    ensure_models(pool)
    sentences = pool[: args.sentences]
    results = []
    for name in ("transformers", "ctranslate2"):
        print(f"bench: {name} ...", flush=True)
        proc = subprocess.run(
            [sys.executable, __file__, "--child", name, "--beam", str(args.beam), "--batch-size",
             str(args.batch_size), "--threads", str(args.threads)],
            input=json.dumps(sentences), capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"bench: the {name} run failed:\n{proc.stderr}", file=sys.stderr)
            return 1
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    block = table(results, args, machine())
    print(block)
    if args.update_readme:
        from readme_block import update_readme

        update_readme(f"{START}\n{block}\n{END}", START, END)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
