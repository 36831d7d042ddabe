#!/usr/bin/env python3
"""Benchmark the bilingual checks (lektorat.bilingual) on English→German MT annotated with MQM errors.

Usage (from the repository root, with the venv's Python):

    .venv/bin/python benchmarks/bench_bilingual.py --mqm FILE [--examples N] [--no-builtin] [--json]

FILE is `ted/ende/mqm_ted_ende.tsv` of google/wmt-mqm-human-evaluation (Apache-2.0): WMT 2021 English→German
systems on TED talks, each segment with its English source, annotated by professional translators. Every talk of
every system is checked as one bilingual file (its segments in order, one pair per segment), as a translator's
XLIFF would be.

1. False alarms on the human references (`system == ref`): every bilingual finding that no MQM accuracy annotation
   of the same segment confirms (a finding overlapping a marked target span, or a finding on the whole segment of
   one with an omission or untranslated annotation), per 1,000 words of the references. Target: <= 1.
2. Recall on the MT outputs: of the spans the raters marked `Accuracy/Untranslated text`, the rows marked
   `Accuracy/Omission`, and the accuracy errors whose marked text holds a number (digits or a number word), how many
   a bilingual finding catches; for untranslated text also the built-in monolingual engine alone and both together.
3. Synthetic defects in the references (every reference that allows it, no sampling): a number of the target that
   the source has changed by one; the longest sentence of a multi-sentence target dropped; the target replaced by
   its source. Recall per kind.

The calibration of lektorat.bilingual's bounds is this script's table: a bound is right when the false alarms stay
at or below the target and no bound is tuned to a word of the data.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from detection.mqm import strip_markers  # noqa: E402

TARGET_FA = 1.0
WORD_RE = re.compile(r"\w+")
NUMBER_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand|"
                       r"million|billion|percent|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
                       r"hundert|tausend|Million\w*|Milliard\w*|Prozent)\b", re.IGNORECASE)
UNTRANSLATED = "Accuracy/Untranslated text"
OMISSION = "Accuracy/Omission"
SEGMENT_RULES = ("BI_UNTRANSLATED", "BI_OMISSION", "BI_INCONSISTENT")


@dataclass
class Seg:
    system: str
    doc: str
    seg_id: int
    source: str
    target: str
    spans: list = field(default_factory=list)      # (start, end, category, marked text, side: "target"|"source")


def load(path: Path) -> list[Seg]:
    if not path.is_file():
        raise SystemExit(f"bench: {path}: no such file (the MQM TSV: ted/ende/mqm_ted_ende.tsv of "
                         "google/wmt-mqm-human-evaluation)")
    csv.field_size_limit(sys.maxsize)
    segs: dict[tuple, Seg] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        need = {"system", "doc", "seg_id", "source", "target", "category"}
        if not reader.fieldnames or not need <= set(reader.fieldnames):
            raise SystemExit(f"bench: {path}: not the MQM TSV (columns {', '.join(sorted(need))} expected)")
        for row in reader:
            target, tmarks = strip_markers(row["target"] or "")
            source, smarks = strip_markers(row["source"] or "")
            key = (row["system"], row["doc"], int(row["seg_id"]))
            seg = segs.get(key)
            if seg is None:
                seg = segs[key] = Seg(row["system"], row["doc"], int(row["seg_id"]), source, target)
            elif seg.target != target:
                continue
            cat = row["category"]
            if cat == "No-error":
                continue
            for a, b in tmarks:
                seg.spans.append((a, b, cat, target[a:b], "target"))
            for a, b in smarks:
                seg.spans.append((a, b, cat, source[a:b], "source"))
    return [s for s in segs.values() if s.target.strip() and s.source.strip()]


def files(segs: list[Seg]) -> dict[tuple, list[Seg]]:
    """(system, talk) -> its segments in order: one bilingual file."""
    out: dict[tuple, list[Seg]] = defaultdict(list)
    for s in segs:
        out[(s.system, s.doc)].append(s)
    for v in out.values():
        v.sort(key=lambda s: s.seg_id)
    return out


def check_file(segs: list[Seg], glossary, targets: list[str] | None = None) -> list[list]:
    """The bilingual findings of one file, per segment (offsets relative to the segment)."""
    from lektorat import bilingual
    from lektorat.document import Document

    targets = targets if targets is not None else [s.target for s in segs]
    text, pairs, starts = "", [], []
    for s, t in zip(segs, targets):
        starts.append(len(text))
        pairs.append(bilingual.Pair(f"{s.doc}:{s.seg_id}", s.source, len(text), len(text) + len(t)))
        text += t + "\n"
    found = bilingual.check(Document(text), pairs, glossary)
    per: list[list] = [[] for _ in segs]
    for f in found:
        k = max(i for i, a in enumerate(starts) if a <= f.start)
        per[k].append((f.start - starts[k], f.end - starts[k], f))
    return per


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def _whole(f, seg_len: int, a: int, b: int) -> bool:
    return f.rule in SEGMENT_RULES or (a == 0 and b >= seg_len - 1)


def confirmed(seg: Seg, a: int, b: int, f) -> bool:
    """Does an MQM accuracy annotation of the segment confirm the finding?"""
    for sa, sb, cat, _, side in seg.spans:
        if not cat.startswith("Accuracy"):
            continue
        if side == "target" and _overlaps(a, b, sa, sb):
            return True
        if _whole(f, len(seg.target), a, b) and cat in (OMISSION, UNTRANSLATED):
            return True
    return False


# --- synthetic defects ---------------------------------------------------------------------------------------

def change_number(seg: Seg) -> str | None:
    """The target with one number that the source also has changed by one (a digit-written number)."""
    from lektorat import quantities
    src = quantities.english(seg.source)
    for q in quantities.german(seg.target):
        if q.kind != "number" or q.word or not re.fullmatch(r"\d+", q.text):
            continue
        if not any(quantities.present(s, [q]) for s in src if not s.word):
            continue
        new = str(int(q.text) + 1)
        return seg.target[:q.start] + new + seg.target[q.end:]
    return None


def drop_sentence(seg: Seg) -> str | None:
    """The target without its longest sentence, when it has two or more of at least four words."""
    from lektorat.document import Document
    d = Document(seg.target)
    sents = [s for s in d.sentences if len(WORD_RE.findall(seg.target[s.start:s.end])) >= 4]
    if len(d.sentences) < 2 or len(sents) < 2:
        return None
    s = max(sents, key=lambda s: s.end - s.start)
    out = (seg.target[:s.start] + seg.target[s.end:]).strip()
    return " ".join(out.split())


def copy_source(seg: Seg) -> str | None:
    return seg.source


SYNTHETIC = {"number changed": (change_number, ("BI_NUMBER",)),
             "sentence dropped": (drop_sentence, ("BI_OMISSION",)),
             "not translated": (copy_source, ("BI_UNTRANSLATED",))}


# --- the measurements ----------------------------------------------------------------------------------------

def run(args) -> dict:
    try:
        from lektorat import glossary as glossary_mod
        from lektorat.checker import check_text, make_engines
    except Exception as e:   # others edit the package while this runs: say so plainly
        raise SystemExit(f"bench: cannot import lektorat ({type(e).__name__}: {e}); retry in a minute")
    segs = load(Path(args.mqm))
    g = glossary_mod.load()
    by_file = files(segs)
    t0 = time.perf_counter()
    results: dict[tuple, list] = {}
    for key, fsegs in by_file.items():
        for s, found in zip(fsegs, check_file(fsegs, g)):
            results[(s.system, s.doc, s.seg_id)] = found
    seconds = time.perf_counter() - t0
    words_all = sum(len(WORD_RE.findall(s.target)) for s in segs)

    # 1. false alarms on the references
    refs = [s for s in segs if s.system == "ref"]
    ref_words = sum(len(WORD_RE.findall(s.target)) for s in refs)
    ref_rules, ref_ok, alarms = Counter(), Counter(), []
    for s in refs:
        for a, b, f in results[(s.system, s.doc, s.seg_id)]:
            ref_rules[f.rule] += 1
            if confirmed(s, a, b, f):
                ref_ok[f.rule] += 1
            else:
                alarms.append((s, f))

    # 2. recall on the MT outputs
    mt = [s for s in segs if s.system != "ref"]
    builtin_english = {}
    if not args.no_builtin:
        engines = make_engines(["builtin"], glossary=g)
        for s in mt:
            if any(x[2] == UNTRANSLATED for x in s.spans):
                builtin_english[(s.system, s.doc, s.seg_id)] = [
                    (f.start, f.end) for f in check_text(s.target, engines).findings
                    if f.category in ("english", "pseudo-english")]
    # found, total (+ built-in alone, union); number: any number word or digit in the marked span; number_digits:
    # digits in it; number_value: and a digit string of the source is not among the target's (a naive check,
    # independent of lektorat.quantities: a value changed or dropped)
    gold = {"untranslated": [0, 0, 0, 0], "omission": [0, 0], "number": [0, 0], "number_digits": [0, 0],
            "number_value": [0, 0]}
    missed: dict[str, list] = defaultdict(list)
    mt_rules, mt_marked = Counter(), Counter()
    for s in mt:
        key = (s.system, s.doc, s.seg_id)
        found = results[key]
        for a, b, f in found:
            mt_rules[f.rule] += 1
            if any(_overlaps(a, b, sa, sb) for sa, sb, _, _, side in s.spans if side == "target") or \
                    (_whole(f, len(s.target), a, b) and s.spans):
                mt_marked[f.rule] += 1
        seen_rows = set()
        for sa, sb, cat, marked, side in s.spans:
            if cat == UNTRANSLATED and side == "target":
                gold["untranslated"][1] += 1
                hit = any(f.rule in ("BI_UNTRANSLATED", "BI_SOURCE_WORD") and _overlaps(a, b, sa, sb)
                          for a, b, f in found)
                gold["untranslated"][0] += hit
                if key in builtin_english:
                    mono = any(_overlaps(a, b, sa, sb) for a, b in builtin_english[key])
                    gold["untranslated"][2] += mono
                    gold["untranslated"][3] += mono or hit
                if not hit:
                    missed["untranslated"].append((s, marked))
            if cat == OMISSION and (sa, sb, cat) not in seen_rows:
                seen_rows.add((sa, sb, cat))
                gold["omission"][1] += 1
                hit = any(f.rule in ("BI_OMISSION", "BI_NUMBER") for _, _, f in found)
                gold["omission"][0] += hit
                if not hit:
                    missed["omission"].append((s, marked))
            if cat.startswith("Accuracy") and NUMBER_RE.search(marked):
                hit = any(f.rule == "BI_NUMBER" and (side == "source" or _whole(f, len(s.target), a, b)
                                                     or _overlaps(a, b, sa, sb)) for a, b, f in found)
                kinds = ["number"] + (["number_digits"] if re.search(r"\d", marked) else []) + \
                    (["number_value"] if _digits(s.source) - _digits(s.target) else [])
                for kind in kinds:
                    gold[kind][1] += 1
                    gold[kind][0] += hit
                if not hit:
                    missed["number"].append((s, marked))

    # 3. synthetic defects in the references
    syn = {}
    ref_files = {k: v for k, v in by_file.items() if k[0] == "ref"}
    for name, (make, rules) in SYNTHETIC.items():
        n = hit = 0
        for key, fsegs in ref_files.items():
            for s in fsegs:
                new = make(s)
                if new is None or new == s.target:
                    continue
                n += 1
                per = check_file([s], g, [new])[0]
                hit += any(f.rule in rules for _, _, f in per)
        syn[name] = {"cases": n, "found": hit}

    return {
        "data": {"file": str(args.mqm), "segments": len(segs), "references": len(refs), "reference_words": ref_words,
                 "mt_segments": len(mt), "systems": len({s.system for s in mt}), "files": len(by_file)},
        "speed": {"words": words_all, "seconds": seconds, "words_per_second": words_all / seconds if seconds else None},
        "references": {"findings": dict(ref_rules), "confirmed": dict(ref_ok), "false_alarms": len(alarms),
                       "per_1k": 1000 * len(alarms) / ref_words if ref_words else None,
                       "alarms": [_show(s, f) for s, f in alarms[:args.examples]]},
        "mt": {"findings": dict(mt_rules), "on_marked": dict(mt_marked),
               "recall": {k: {"found": v[0], "total": v[1]} for k, v in gold.items()},
               "builtin_untranslated": None if args.no_builtin else
               {"alone": gold["untranslated"][2], "with_bilingual": gold["untranslated"][3],
                "total": gold["untranslated"][1]},
               "missed": {k: [f"{s.system} {s.doc}:{s.seg_id} „{m}“" for s, m in v[:args.examples]]
                          for k, v in missed.items()}},
        "synthetic": syn,
    }


def _digits(text: str) -> set[str]:
    """The digit-written numbers of a text, separators removed ("1,500" and "1.500" are both "1500")."""
    return {re.sub(r"[,. \u202f]", "", m) for m in re.findall(r"\d+(?:[,. \u202f]\d{3})*", text)}


def _show(s: Seg, f) -> str:
    return f"{s.doc}:{s.seg_id} {f.rule} „{f.text[:60]}“: {f.message[:110]}"


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f} %)" if b else "0/0"


def table(out: dict) -> str:
    d, r, m = out["data"], out["references"], out["mt"]
    lines = [f"lektorat bilingual checks on {d['file']}: {d['files']} files (talk × system), {d['segments']} segments; "
             f"{out['speed']['words']:,} words checked in {out['speed']['seconds']:.1f} s",
             "",
             f"1. human references: {d['references']} segments, {d['reference_words']:,} words",
             f"   {'rule':<17} {'findings':>8} {'confirmed by MQM':>17}"]
    for rule in sorted(set(r["findings"]) | {"BI_NUMBER", "BI_OMISSION", "BI_UNTRANSLATED", "BI_SOURCE_WORD"}):
        lines.append(f"   {rule:<17} {r['findings'].get(rule, 0):>8} {r['confirmed'].get(rule, 0):>17}")
    mark = " " if r["per_1k"] is not None and r["per_1k"] <= TARGET_FA else "*"
    lines.append(f"   false alarms: {r['false_alarms']} = {r['per_1k']:.2f} per 1,000 words{mark} "
                 f"(target <= {TARGET_FA})")
    for a in r["alarms"]:
        lines.append(f"     - {a}")
    lines += ["", f"2. MT outputs: {d['mt_segments']} segments of {d['systems']} systems; recall of MQM-marked errors",
              f"   {'kind':<14} {'caught':>14}   (number: a number word or digit in the marked span; _digits: "
              "digits; _value: and a digit-written source number absent from the target)"]
    for k, v in m["recall"].items():
        lines.append(f"   {k:<14} {_pct(v['found'], v['total']):>14}")
    b = m["builtin_untranslated"]
    if b:
        lines.append(f"   untranslated spans caught by the built-in engine alone: {_pct(b['alone'], b['total'])}; "
                     f"with the bilingual checks: {_pct(b['with_bilingual'], b['total'])}")
    lines.append("   findings on MT (on a span or segment raters marked): " + ", ".join(
        f"{k} {v} ({m['on_marked'].get(k, 0)})" for k, v in sorted(m["findings"].items())))
    for k, v in m["missed"].items():
        for x in v:
            lines.append(f"     missed {k}: {x}")
    lines += ["", "3. synthetic defects in the references"]
    for k, v in out["synthetic"].items():
        lines.append(f"   {k:<17} {_pct(v['found'], v['cases']):>14}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mqm", metavar="FILE", required=True,
                    help="mqm_ted_ende.tsv of google/wmt-mqm-human-evaluation (ted/ende/)")
    ap.add_argument("--examples", type=int, default=12, metavar="N", help="false alarms and misses listed (12)")
    ap.add_argument("--no-builtin", action="store_true", help="skip the built-in engine's comparison run")
    ap.add_argument("--json", action="store_true", help="print everything as JSON instead of the table")
    args = ap.parse_args(argv)
    out = run(args)
    print(json.dumps(out, ensure_ascii=False, indent=2) if args.json else table(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
