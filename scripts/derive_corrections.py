#!/usr/bin/env python3
"""Turn an editor's corrected text into a reviewable correction set.

    scripts/derive_corrections.py SEED EDITED SET.yaml [--rationales FILE.yaml]

Every word-level difference between SEED and EDITED becomes one accepted correction anchored by context. Where a
finding of the built-in engine lies in the changed span, its rule, category and message are used; the editor's
own changes (origin "editor") take their rationale from --rationales (original text -> rationale). Applying the
set to SEED gives EDITED exactly (checked before anything is written).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys

import yaml

from lektorat import corrections as C
from lektorat.checker import check_text, make_engines
from lektorat.writing import write_atomic

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


def hunks(old: str, new: str, max_gap_words: int = 1):
    """(start, end, replacement) in `old` for each changed run of words. Pure insertions take the word before;
    changes at most `max_gap_words` words apart become one correction, so each reads as one edit."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    pa, pb = [0], [0]
    for t in a:
        pa.append(pa[-1] + len(t))
    for t in b:
        pb.append(pb[-1] + len(t))
    spans = []  # (i1, i2, j1, j2) token ranges
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        while i1 > 0 and (i1 == i2 or a[i1].isspace()):  # never start on white space or with nothing
            i1, j1 = i1 - 1, j1 - 1
        while i2 < len(a) and a[i2 - 1].isspace():
            i2, j2 = i2 + 1, j2 + 1
        gap = a[spans[-1][1]:i1] if spans else []
        if spans and i1 - spans[-1][1] <= 2 * max_gap_words + 1 and "\n" not in "".join(gap) and \
                sum(1 for t in gap if t.strip()) <= max_gap_words:
            spans[-1] = (spans[-1][0], max(i2, spans[-1][1]), spans[-1][2], max(j2, spans[-1][3]))
        else:
            spans.append((i1, i2, j1, j2))
    return [(pa[i1], pa[i2], new[pb[j1]:pb[j2]]) for i1, i2, j1, j2 in spans]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("seed")
    ap.add_argument("edited")
    ap.add_argument("output")
    ap.add_argument("--rationales")
    args = ap.parse_args()
    old = open(args.seed, encoding="utf-8").read()
    new = open(args.edited, encoding="utf-8").read()
    rationales = yaml.safe_load(open(args.rationales, encoding="utf-8")) if args.rationales else {}
    findings = check_text(old, make_engines(["builtin"])).findings
    cset = C.CorrectionSet(args.seed, C.sha256(old), [])
    for k, (start, end, repl) in enumerate(hunks(old, new), 1):
        original = old[start:end]
        inside = [f for f in findings if f.start < end and start < f.end]
        before, after, occ = C.anchor_for(old, start, end)
        if inside:
            # one correction may fix several findings: every one is named in the rationale
            f = inside[0]
            category, origin = f.category, ",".join(dict.fromkeys(g.rule for g in inside))
            notes = list(dict.fromkeys(f"{g.text}: {g.message}" for g in inside))
            if rationales.get(original):
                notes.append(rationales[original])
            rationale = "; ".join(notes)
        else:
            category, origin = "style", "editor"
            rationale = rationales.get(original, "")
            if not rationale:
                print(f"no rationale for editor change {original!r} -> {repl!r}", file=sys.stderr)
        cset.corrections.append(C.Correction(f"c{k:03d}", original, repl, before, after, occ, category,
                                             rationale, "accepted", origin))
    if C.apply(cset, old) != new:
        print("derive_corrections: the set does not reproduce the edited text", file=sys.stderr)
        return 1
    write_atomic(args.output, cset.to_yaml())
    print(f"{args.output}: {len(cset.corrections)} corrections")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
