"""The score report as text (a table like sacrebleu's multi-system table, then signatures and misses) or CSV."""

from __future__ import annotations

import csv
import io

METRICS = ("BLEU", "chrF2++", "TER")


def _p(p: float | None) -> str:
    if p is None:
        return ""
    return f"(p = {p:.4f})" + ("*" if p <= 0.05 else "")


def text(result: dict, console, width: int = 1) -> None:
    from rich.table import Table

    paired = result.get("paired", {})
    bs, ar = paired.get("bs"), paired.get("ar")
    table = Table(title=f"{', '.join(result['references'])}: {len(result['lines'])} segments", title_justify="left")
    table.add_column("System")
    for m in METRICS:
        table.add_column(f"{m} (μ ± 95% CI)" if bs else m, justify="right")
    fid = any("terms" in s for s in result["systems"].values())
    if fid:
        table.add_column("terms", justify="right")
        table.add_column("numbers", justify="right")
    for name, s in result["systems"].items():
        cells = [name + (" (baseline)" if paired and name == result["baseline"] else "")]
        for m in METRICS:
            cell = f"{s['corpus'][m]['score']:.{width}f}"
            if bs:
                r = bs["results"][name][m]
                cell += f" ({r['mean']:.{width}f} ± {r['ci']:.{width}f})"
                if r["p_value"] is not None:
                    cell += f"\nbs {_p(r['p_value'])}"
            if ar and ar["results"][name][m]["p_value"] is not None:
                cell += f"\nar {_p(ar['results'][name][m]['p_value'])}"
            cells.append(cell)
        if fid:
            cells += [_ratio(s["terms"]), _ratio(s["numbers"])]
        table.add_row(*cells)
    console.print(table)
    first = next(iter(result["systems"].values()))
    for m in METRICS:
        console.print(f"{m}|{first['corpus'][m]['signature']}", soft_wrap=True, highlight=False)
    for test, label in (("bs", "paired bootstrap resampling"), ("ar", "paired approximate randomization")):
        if test in paired:
            console.print(f"{label}: {paired[test]['samples']} samples, seed {_seed(paired[test])}, "
                          f"baseline {result['baseline']}", highlight=False)
    for name, s in result["systems"].items():
        for kind in ("terms", "numbers"):
            for miss in s.get(kind, {}).get("misses", []):
                what = miss.get("message") or f"“{miss['expected']}” (for „{miss['source']}“) is missing"
                console.print(f"{name}: line {miss['line']}: {what}", soft_wrap=True, highlight=False)


def _seed(test: dict) -> str:
    sig = next(iter(test["signatures"].values()), "")
    for part in sig.split("|"):
        if part.startswith("seed:"):
            return part[5:]
    return "?"


def _ratio(d: dict) -> str:
    if not d["total"]:
        return "–"
    return f"{d['found']}/{d['total']} ({100 * d['accuracy']:.1f}%)"


def to_csv(result: dict) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["system", "line", *METRICS])
    for name, s in result["systems"].items():
        w.writerow([name, "corpus", *(f"{s['corpus'][m]['score']:.4f}" for m in METRICS)])
        for seg in s["segments"]:
            w.writerow([name, seg["line"], *(f"{seg[m]:.4f}" for m in METRICS)])
    return buf.getvalue()
