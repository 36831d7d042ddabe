#!/usr/bin/env python3
"""Score the checker on the held-out articles of benchmarks/articles/ (hand-annotated machine-translated news).

Usage (from the repository root, with the venv's Python):

    .venv/bin/python benchmarks/bench_articles.py [--articles DIR] [--engine builtin|languagetool|all ...]
        [--languagetool-url URL] [--min-severity error|warning|info] [--examples] [--json]

Each article NAME.de.txt has NAME.defects.yaml (format: benchmarks/articles/README.md). For every engine set it
prints, per article and in total:
- must-fix recall and all-defect recall: a defect counts as found when a finding (of --min-severity or above,
  default info) overlaps its span;
- fix@3: a finding overlapping the defect whose first three suggestions include one that, applied to the
  finding's own span, turns the defect region into one of the annotated fixes. The region is the union of both
  spans, so a finding larger or smaller than the defect is fine; when several findings lie side by side on one
  defect (first name and surname, say), their suggestions are also tried together. Whitespace is normalised;
- precision: error and warning findings that overlap any annotated defect / all error and warning findings;
- correct items flagged: the annotated correct words and phrases an error or warning finding overlaps;
- recall per defect family.
--examples lists misses, wrong fixes, false alarms and flagged correct items; --json prints everything as JSON.
The annotations are validated first (every text found in its article at the given occurrence, the fields and
their types); a broken file stops the run with a one-line message naming file and entry (exit 2).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
FAMILIES = ("english", "pseudo-english", "garbled", "transliteration", "case", "calque", "formats", "typography")
SEVERITIES = ("error", "warning", "info")
DEFECT_KEYS = {"text", "occurrence", "family", "must_fix", "fixes"}
CORRECT_KEYS = {"text", "occurrence"}
TOP = 3                     # suggestions tried per finding
MAX_COMBINED = 4            # findings side by side on one defect whose suggestions are tried together


class AnnotationError(Exception):
    """An annotation file that does not fit its article."""


@dataclass
class Span:
    start: int
    end: int
    text: str
    line: int
    column: int


@dataclass
class Defect(Span):
    family: str = ""
    must_fix: bool = True
    fixes: list[str] = field(default_factory=list)


@dataclass
class Article:
    name: str
    path: Path
    text: str
    defects: list[Defect]
    correct: list[Span]


# ---------------------------------------------------------------------------------------------------------------
# annotations

def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of NEEDLE in TEXT as a whole word: a match may not start or end inside a word, so "Team"
    is not found in "Teamchef" (a needle starting or ending with a non-word character needs no such border)."""
    pre = r"(?<!\w)" if re.match(r"\w", needle[0]) else ""
    post = r"(?!\w)" if re.match(r"\w", needle[-1]) else ""
    return [m.start() for m in re.finditer(f"(?={pre}{re.escape(needle)}{post})", text)]


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _locate(text: str, item: dict, where: str) -> Span:
    needle = item.get("text")
    if not isinstance(needle, str) or not needle:
        raise AnnotationError(f"{where}: `text` must be a non-empty string")
    found = occurrences(text, needle)
    if not found:
        raise AnnotationError(f"{where}: text {needle!r} is not in the article (as a whole word)")
    occ = item.get("occurrence")
    if occ is None:
        if len(found) > 1:
            raise AnnotationError(f"{where}: text {needle!r} occurs {len(found)} times; give `occurrence`")
        occ = 1
    if isinstance(occ, bool) or not isinstance(occ, int) or not 1 <= occ <= len(found):
        raise AnnotationError(f"{where}: occurrence {occ!r} of {needle!r} is not in 1..{len(found)}")
    start = found[occ - 1]
    return Span(start, start + len(needle), needle, *line_col(text, start))


def _strict_yaml(text: str):
    """yaml.safe_load, but a key given twice in one mapping is an error (PyYAML keeps the last silently)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        for k in keys:
            if keys.count(k) > 1:
                raise yaml.constructor.ConstructorError(None, None, f"key {k!r} given twice", node.start_mark)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    return yaml.load(text, Loader=Loader)


def load_article(path: Path) -> Article:
    """The article and its annotations, validated."""
    import yaml

    name = path.name[:-len(".de.txt")]
    ann = path.with_name(f"{name}.defects.yaml")
    if not ann.is_file():
        raise AnnotationError(f"{ann}: missing (every article needs its annotation file)")
    text = path.read_text(encoding="utf-8")
    try:
        data = _strict_yaml(ann.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f" (line {mark.line + 1})" if mark else ""
        raise AnnotationError(f"{ann}: not valid YAML{at}: {getattr(e, 'problem', e)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("defects"), list) or not data["defects"]:
        raise AnnotationError(f"{ann}: expected a mapping with a non-empty list `defects`")
    unknown = set(data) - {"defects", "correct"}
    if unknown:
        raise AnnotationError(f"{ann}: unknown top-level key(s) {', '.join(sorted(unknown))}")
    defects: list[Defect] = []
    for k, item in enumerate(data["defects"], 1):
        where = f"{ann}: defect {k}"
        if not isinstance(item, dict):
            raise AnnotationError(f"{where}: expected a mapping")
        bad = set(item) - DEFECT_KEYS
        if bad:
            raise AnnotationError(f"{where}: unknown key(s) {', '.join(sorted(bad))}")
        span = _locate(text, item, where)
        where = f"{where} ({span.text!r})"
        if item.get("family") not in FAMILIES:
            raise AnnotationError(f"{where}: family {item.get('family')!r} is not one of {', '.join(FAMILIES)}")
        if not isinstance(item.get("must_fix"), bool):
            raise AnnotationError(f"{where}: `must_fix` must be true or false")
        fixes = item.get("fixes")
        if not isinstance(fixes, list) or not fixes or not all(isinstance(f, str) for f in fixes):
            raise AnnotationError(f"{where}: `fixes` must be a non-empty list of strings (quote numbers)")
        if span.text in fixes:
            raise AnnotationError(f"{where}: a fix equals the defective text")
        defects.append(Defect(**vars(span), family=item["family"], must_fix=item["must_fix"], fixes=fixes))
    correct: list[Span] = []
    for k, item in enumerate(data.get("correct") or [], 1):
        where = f"{ann}: correct item {k}"
        if not isinstance(item, dict) or set(item) - CORRECT_KEYS:
            raise AnnotationError(f"{where}: expected a mapping with `text` and optionally `occurrence`")
        correct.append(_locate(text, item, where))
    spans = sorted([(d.start, d.end, "defect", d.text) for d in defects]
                   + [(c.start, c.end, "correct item", c.text) for c in correct])
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            raise AnnotationError(f"{ann}: {a[2]} {a[3]!r} and {b[2]} {b[3]!r} overlap")
    return Article(name, path, text, defects, correct)


def load_articles(folder: Path) -> list[Article]:
    paths = sorted(folder.glob("*.de.txt"))
    if not paths:
        raise AnnotationError(f"{folder}: no *.de.txt articles")
    return [load_article(p) for p in paths]


# ---------------------------------------------------------------------------------------------------------------
# scoring

def overlaps(f, s) -> bool:
    if f.start == f.end:     # an insertion point: inside or at the edge of the span
        return s.start <= f.start <= s.end
    return f.start < s.end and s.start < f.end


def _norm(s: str) -> str:
    return " ".join(s.split())


def fix_found(text: str, d: Defect, cands: list) -> bool:
    """Whether one of the first TOP suggestions of a finding on D (or of findings side by side on it, applied
    together) turns the region into one of D's fixes."""
    def ok(chosen: list[tuple]) -> bool:       # [(finding, suggestion)], spans disjoint, in text order
        r0 = min([d.start] + [f.start for f, _ in chosen])
        r1 = max([d.end] + [f.end for f, _ in chosen])
        got, pos = [], r0
        for f, s in chosen:
            got += [text[pos:f.start], s]
            pos = f.end
        got.append(text[pos:r1])
        want = {_norm(text[r0:d.start] + fix + text[d.end:r1]) for fix in d.fixes}
        return _norm("".join(got)) in want

    cands = sorted(cands, key=lambda f: (f.start, f.end))
    if any(ok([(f, s)]) for f in cands for s in f.suggestions[:TOP]):
        return True
    side = [f for k, f in enumerate(cands) if all(not overlaps(f, g) for g in cands[:k])][:MAX_COMBINED]
    if len(side) < 2:
        return False
    for choice in itertools.product(*[[None] + f.suggestions[:TOP] for f in side]):
        chosen = [(f, s) for f, s in zip(side, choice) if s is not None]
        if len(chosen) >= 2 and ok(chosen):
            return True
    return False


def score_article(a: Article, findings: list, min_severity: str) -> dict:
    level = SEVERITIES.index(min_severity)
    seen = [f for f in findings if SEVERITIES.index(f.severity) <= level]
    flags = [f for f in findings if f.severity in ("error", "warning")]
    defects = []
    for d in a.defects:
        on = [f for f in seen if overlaps(f, d)]
        defects.append({"text": d.text, "line": d.line, "column": d.column, "family": d.family,
                        "must_fix": d.must_fix, "fixes": d.fixes, "found": bool(on),
                        "fixed": bool(on) and fix_found(a.text, d, on),
                        "findings": [_fdict(a.text, f) for f in on]})
    false_alarms = [_fdict(a.text, f) for f in flags if not any(overlaps(f, d) for d in a.defects)]
    flagged = [{"text": c.text, "line": c.line, "column": c.column,
                "findings": [_fdict(a.text, f) for f in flags if overlaps(f, c)]}
               for c in a.correct if any(overlaps(f, c) for f in flags)]
    return {"article": a.name, "words": len(re.findall(r"\w+", a.text)), "defects": defects,
            "flags": len(flags), "flags_on_defects": len(flags) - len(false_alarms),
            "findings": len(findings), "false_alarms": false_alarms,
            "correct": len(a.correct), "correct_flagged": flagged}


def _fdict(text: str, f) -> dict:
    line, col = line_col(text, f.start)
    return {"text": f.text, "line": line, "column": col, "rule": f.rule, "category": f.category,
            "severity": f.severity, "suggestions": list(f.suggestions[:TOP]), "engine": f.engine}


def summarize(rows: list[dict]) -> dict:
    ds = [d for r in rows for d in r["defects"]]
    must = [d for d in ds if d["must_fix"]]
    fam = {}
    for name in FAMILIES:
        mine = [d for d in ds if d["family"] == name]
        if mine:
            fam[name] = {"defects": len(mine), "found": sum(d["found"] for d in mine),
                         "fixed": sum(d["fixed"] for d in mine)}
    flags = sum(r["flags"] for r in rows)
    return {"defects": len(ds), "must_fix": len(must),
            "must_found": sum(d["found"] for d in must), "found": sum(d["found"] for d in ds),
            "fixed": sum(d["fixed"] for d in ds), "flags": flags,
            "flags_on_defects": sum(r["flags_on_defects"] for r in rows),
            "correct": sum(r["correct"] for r in rows),
            "correct_flagged": sum(len(r["correct_flagged"]) for r in rows),
            "words": sum(r["words"] for r in rows), "families": fam}


# ---------------------------------------------------------------------------------------------------------------
# engines and output

def make(label: str, args):
    """The engine list for LABEL; LanguageTool is tried on one sentence first so an unreachable server is one
    clear message, not a traceback halfway through."""
    from lektorat.checker import check_text, make_engines
    if label == "builtin":
        return make_engines(["builtin"])
    from lektorat.engines.languagetool import LanguageToolUnavailable
    opts = {"timeout": args.languagetool_timeout}
    if args.languagetool_url:
        opts["url"] = args.languagetool_url
    try:
        engines = make_engines([label], **opts)
        check_text("Das ist ein Test.", engines)
    except LanguageToolUnavailable as e:
        raise SystemExit(f"bench_articles: LanguageTool unavailable: {e}")
    return engines


def _share_replies(engines: list, articles: list[Article], replies: dict, workers: int) -> None:
    """LanguageTool's replies asked once per article text for every engine set, WORKERS requests at a time (the
    server answers several at once; `languagetool` and `all` ask the same question)."""
    from concurrent.futures import ThreadPoolExecutor

    from lektorat.engines.languagetool import LanguageToolUnavailable

    for e in engines:
        if not hasattr(e, "raw_check"):
            continue
        ask = e.raw_check
        todo = list(dict.fromkeys(a.text for a in articles if a.text not in replies))
        try:
            with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
                replies.update(zip(todo, pool.map(ask, todo)))
        except LanguageToolUnavailable as e:
            raise SystemExit(f"bench_articles: LanguageTool unavailable: {e}")
        e.raw_check = lambda text, ask=ask: replies[text] if text in replies else ask(text)


def run(articles: list[Article], labels: list[str], args) -> dict:
    from lektorat.checker import check_text
    out = {}
    replies: dict = {}
    for label in labels:
        engines = make(label, args)
        _share_replies(engines, articles, replies, args.languagetool_workers)
        rows = [score_article(a, check_text(a.text, engines, str(a.path)).findings, args.min_severity)
                for a in articles]
        out[label] = {"articles": rows, "total": summarize(rows)}
    return out


def _ratio(n: int, d: int) -> str:
    return f"{n / d:.2f} ({n}/{d})" if d else "–"


def table(results: dict, min_severity: str) -> str:
    lines = []
    for label, res in results.items():
        lines += [f"engine: {label}  (a defect is found by a finding of severity {min_severity} or above; "
                  "precision and correct items flagged count error+warning)", ""]
        head = (f"  {'article':<22} {'words':>5} {'must-fix recall':>16} {'all recall':>16} {'fix@3':>16} "
                f"{'precision':>16} {'correct flagged':>16}")
        lines += [head, "  " + "-" * (len(head) - 2)]
        rows = [(r["article"], summarize([r])) for r in res["articles"]] + [("total", res["total"])]
        for k, (name, s) in enumerate(rows):
            if k == len(rows) - 1:
                lines.append("  " + "-" * (len(head) - 2))
            lines.append(f"  {name:<22} {s['words']:>5} {_ratio(s['must_found'], s['must_fix']):>16} "
                         f"{_ratio(s['found'], s['defects']):>16} {_ratio(s['fixed'], s['defects']):>16} "
                         f"{_ratio(s['flags_on_defects'], s['flags']):>16} "
                         f"{_ratio(s['correct_flagged'], s['correct']):>16}")
        lines += ["", f"  {'family':<16} {'defects':>7} {'recall':>16} {'fix@3':>16}"]
        for fam, v in res["total"]["families"].items():
            lines.append(f"  {fam:<16} {v['defects']:>7} {_ratio(v['found'], v['defects']):>16} "
                         f"{_ratio(v['fixed'], v['defects']):>16}")
        lines.append("")
    return "\n".join(lines)


def examples(results: dict) -> str:
    def fnd(f: dict) -> str:
        sug = " | ".join(f["suggestions"]) or "no proposal"
        return f"[{f['text']}] {f['severity']} {f['rule']} → {sug}"

    lines = []
    for label, res in results.items():
        lines.append(f"examples, engine {label}:")
        for r in res["articles"]:
            lines.append(f"  {r['article']}:")
            for d in r["defects"]:
                where = f"{d['line']}:{d['column']}"
                if not d["found"]:
                    lines.append(f"    miss        {where:>6} {d['family']:<15} {d['text']!r} → {d['fixes'][0]!r}"
                                 + ("" if d["must_fix"] else " (optional)"))
                elif not d["fixed"]:
                    lines.append(f"    wrong fix   {where:>6} {d['family']:<15} {d['text']!r} → {d['fixes'][0]!r}; "
                                 + "; ".join(fnd(f) for f in d["findings"]))
            for f in r["false_alarms"]:
                lines.append(f"    false alarm {f['line']}:{f['column']:<4} {fnd(f)}")
            for c in r["correct_flagged"]:
                lines.append(f"    correct flagged {c['line']}:{c['column']} {c['text']!r}: "
                             + "; ".join(fnd(f) for f in c["findings"]))
        lines.append("")
    return "\n".join(lines)


def parse_args(argv):
    p = argparse.ArgumentParser(prog="bench_articles.py", description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=Path, default=ARTICLES, help="folder of NAME.de.txt + NAME.defects.yaml")
    p.add_argument("--engine", action="append", choices=("builtin", "languagetool", "all"),
                   help="engine set to score (repeatable; default builtin, and languagetool with "
                        "--languagetool-url)")
    p.add_argument("--languagetool-url", help="a running LanguageTool server")
    p.add_argument("--languagetool-timeout", type=float, default=30.0)
    p.add_argument("--languagetool-workers", type=int, default=4,
                   help="LanguageTool requests sent at once (default 4)")
    p.add_argument("--min-severity", choices=SEVERITIES, default="info",
                   help="lowest severity that counts as finding a defect (default info: every finding)")
    p.add_argument("--examples", action="store_true", help="list misses, wrong fixes and false alarms")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--update-readme", action="store_true",
                   help=f"write the totals between {START} and {END} in README.md")
    return p.parse_args(argv)


START, END = "<!-- benchmark-articles:start -->", "<!-- benchmark-articles:end -->"
_LABEL = {"builtin": "built-in", "languagetool": "LanguageTool", "all": "all (arbiter)"}


def readme_block(results: dict, args) -> str:
    """The totals per engine, side by side, with date, commit and machine."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_check import machine

    m = getattr(args, "machine", None) or machine()
    labels = list(results)
    tot = {k: v["total"] for k, v in results.items()}
    rows = [("must-fix defects found (target ≥ 0.85)", lambda t: _ratio(t["must_found"], t["must_fix"])),
            ("all defects found (≥ 0.75)", lambda t: _ratio(t["found"], t["defects"])),
            ("right fix in the first three (≥ 0.65)", lambda t: _ratio(t["fixed"], t["defects"])),
            ("precision, error+warning (≥ 0.90)", lambda t: _ratio(t["flags_on_defects"], t["flags"])),
            ("correct words flagged (≤ 2)", lambda t: f"{t['correct_flagged']} of {t['correct']}")]
    fams = sorted({f for t in tot.values() for f in t["families"]})
    out = [START, "",
           f"Held-out articles (`benchmarks/articles`: {len(results[labels[0]]['articles'])} articles, "
           f"{tot[labels[0]]['words']:,} words, {tot[labels[0]]['defects']} annotated defects; measured "
           f"{m['date']}, commit {m['commit']}, {m['nproc']} cores, {m['cpu']}; "
           f"`benchmarks/run articles{' --languagetool-url URL' if len(labels) > 1 else ''} --update-readme`):", "",
           "| | " + " | ".join(_LABEL.get(x, x) for x in labels) + " |",
           "| --- |" + " --- |" * len(labels)]
    for name, fn in rows:
        out.append(f"| {name} | " + " | ".join(fn(tot[x]) for x in labels) + " |")
    for fam in fams:
        cells = []
        for x in labels:
            v = tot[x]["families"].get(fam)
            cells.append(f"{v['found'] / v['defects']:.2f} / {v['fixed'] / v['defects']:.2f}" if v else "–")
        out.append(f"| {fam}: recall / fix@3 | " + " | ".join(cells) + " |")
    out += ["", END]
    return "\n".join(out)


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # (the commit and machine as the run starts: the code it measures, whatever is committed while it runs)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_check import machine
    args.machine = machine()
    labels = args.engine or (["builtin", "languagetool"] if args.languagetool_url else ["builtin"])
    labels = list(dict.fromkeys(labels))
    try:
        articles = load_articles(args.articles)
    except (AnnotationError, OSError, UnicodeDecodeError) as e:
        print(f"bench_articles: {e}", file=sys.stderr)
        return 2
    try:
        results = run(articles, labels, args)
    except SystemExit as e:
        print(e, file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"min_severity": args.min_severity, "engines": results}, ensure_ascii=False, indent=1))
        return 0
    print(table(results, args.min_severity))
    if args.examples:
        print(examples(results))
    if args.update_readme:
        from readme_block import update_readme

        update_readme(readme_block(results, args), START, END)
    return 0


if __name__ == "__main__":
    sys.exit(main())
