#!/usr/bin/env python3
"""Benchmark the light install: the size of a fresh virtual environment with lektorat and its default dependencies.

Usage (from the repository root; needs pip's index, as any install does):

    .venv/bin/python benchmarks/bench_install.py [--update-readme] [--keep] [--python PYTHON]

Builds the wheel of this checkout (`pip wheel --no-deps`) into a temporary folder, creates a fresh venv there
(`PYTHON -m venv`, default: the Python running this script), pip-installs the wheel without extras and measures
`du -sm` of the venv, the empty venv before the install (pip and setuptools), and the size of every installed
distribution (the files in its RECORD, in disk blocks as `du` counts them). Then it runs the installed
`lektorat check` on one sentence twice with an empty cache: the first run builds the noun index, the second is
what every later run costs. Target: the venv ≤ 150 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
START, END = "<!-- benchmark-install:start -->", "<!-- benchmark-install:end -->"
TARGET_MB = 150
TOP = 10
SENTENCE = "Das Treffen war however ein Erfolg.\n"

# run by the new venv's Python: (name, version, bytes on disk) of every installed distribution
_SIZES = r"""
import json, os
from importlib import metadata
out = []
for d in metadata.distributions():
    total = 0
    for f in d.files or ():
        try:
            st = os.stat(d.locate_file(f))
        except OSError:
            continue
        total += st.st_blocks * 512
    out.append((d.metadata["Name"], d.version, total))
print(json.dumps(out))
"""


def du_mb(path: Path) -> int:
    """`du -sm` (MiB, rounded up as du does); a walk over st_blocks where du is missing."""
    try:
        return int(subprocess.run(["du", "-sm", str(path)], capture_output=True, text=True, check=True)
                   .stdout.split()[0])
    except (OSError, subprocess.CalledProcessError, ValueError, IndexError):
        total = sum(os.lstat(os.path.join(d, f)).st_blocks * 512 for d, _, fs in os.walk(path) for f in fs)
        return -(-total // 2**20)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stderr.strip()[-2000:]}")
    return proc


def measure(python: str = sys.executable, keep: bool = False) -> dict:
    work = Path(tempfile.mkdtemp(prefix="lektorat-bench-install-"))
    try:
        t = time.perf_counter()
        run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q", str(ROOT),
             "-w", str(work / "wheel")])
        t_wheel = time.perf_counter() - t
        wheel = next((work / "wheel").glob("lektorat-*.whl"))
        venv = work / "venv"
        run([python, "-m", "venv", str(venv)])
        vpy = venv / "bin" / "python"
        empty_mb = du_mb(venv)
        t = time.perf_counter()
        run([str(vpy), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)])
        t_install = time.perf_counter() - t
        venv_mb = du_mb(venv)
        dists = json.loads(run([str(vpy), "-c", _SIZES]).stdout)
        dists.sort(key=lambda d: (-d[2], d[0].lower()))

        # the installed tool, from an empty folder with an empty cache
        cwd = work / "empty"
        cwd.mkdir()
        env = {**os.environ, "LEKTORAT_CACHE": str(work / "cache")}
        runs = []
        for _ in range(2):
            t = time.perf_counter()
            proc = subprocess.run([str(venv / "bin" / "lektorat"), "check", "-"], input=SENTENCE,
                                  capture_output=True, text=True, cwd=cwd, env=env)
            runs.append({"seconds": round(time.perf_counter() - t, 2), "returncode": proc.returncode,
                         "ok": proc.returncode in (0, 1) and "Traceback" not in proc.stderr and "however" in proc.stdout,
                         "stderr": proc.stderr.strip()[-500:]})
        return {
            "venv_mb": venv_mb,
            "empty_venv_mb": empty_mb,
            "target_mb": TARGET_MB,
            "met": venv_mb <= TARGET_MB,
            "wheel_mb": round(wheel.stat().st_size / 2**20, 1),
            "wheel_s": round(t_wheel, 1),
            "install_s": round(t_install, 1),
            "python": run([str(vpy), "-c", "import platform; print(platform.python_version())"]).stdout.strip(),
            "distributions": len(dists),
            "top": [{"name": n, "version": v, "mb": round(b / 2**20, 1)} for n, v, b in dists[:TOP]],
            "check_runs": runs,
            "work": str(work) if keep else None,
        }
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def block(r: dict, m: dict) -> str:
    rows = [f"Measured with `benchmarks/run install --update-readme` on {m['date']} (commit {m['commit']}): "
            f"{m['nproc']} cores, {m['cpu']}; a fresh venv (Python {r['python']}) with the wheel of the checkout and "
            f"its default dependencies from PyPI, no extras. Method: [benchmarks/README.md](benchmarks/README.md).",
            "",
            "| measure | result | target |", "| --- | --- | --- |",
            f"| **venv with `pip install lektorat` (`du -sm`)** | **{r['venv_mb']} MB** | ≤ {r['target_mb']} MB "
            f"({'met' if r['met'] else 'not met'}) |",
            f"| of which the empty venv (pip, setuptools) | {r['empty_venv_mb']} MB | |",
            f"| the lektorat wheel | {r['wheel_mb']} MB | |"]
    if r.get("languagetool_mb"):
        rows.append(f"| for comparison: LanguageTool 6.3, German only (`{r['languagetool_name']}`), without the Java "
                    f"runtime it needs | {r['languagetool_mb']} MB | |")
    first, second = r["check_runs"]
    if first["ok"] and second["ok"]:
        rows.append(f"| `lektorat check` of one sentence, empty cache: first run (builds the noun index) / next run "
                    f"| {first['seconds']:.1f} s / {second['seconds']:.1f} s | |")
    else:
        rows.append("| `lektorat check` of one sentence | failed | |")
    rows += ["", "| distribution | version | size |", "| --- | --- | ---: |"]
    rows += [f"| `{d['name']}` | {d['version']} | {d['mb']:.1f} MB |" for d in r["top"]]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update-readme", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the temporary wheel and venv (prints where)")
    ap.add_argument("--python", default=sys.executable, help="the Python that creates the venv")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    ap.add_argument("--languagetool", metavar="DIR",
                    help="a LanguageTool installation to measure beside it (the alternative a user would install)")
    args = ap.parse_args(argv)

    import bench_check

    r = measure(args.python, args.keep)
    if args.languagetool:
        r["languagetool_mb"], r["languagetool_name"] = du_mb(Path(args.languagetool)), Path(args.languagetool).name
    if args.json:
        print(json.dumps(r, indent=2, ensure_ascii=False))
    else:
        print(block(r, bench_check.machine()))
        for i, run_ in enumerate(r["check_runs"], 1):
            if not run_["ok"]:
                print(f"bench: lektorat check run {i} failed (exit {run_['returncode']}): {run_['stderr']}",
                      file=sys.stderr)
        if r["work"]:
            print(f"(kept in {r['work']})")
    if args.update_readme:
        from readme_block import update_readme

        update_readme(f"{START}\n{block(r, bench_check.machine())}\n{END}", START, END)
    # an unmet target is a figure in the table (as in the other benchmarks); a broken install is an error
    return 0 if all(run_["ok"] for run_ in r["check_runs"]) else 1


if __name__ == "__main__":
    raise SystemExit(main())
