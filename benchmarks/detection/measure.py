"""Run an engine over many segments and score what it found: synthetic defects and MQM-marked spans."""

from __future__ import annotations

import itertools
import re
import sys
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

WORD_RE = re.compile(r"\w+")
SEP = "\n\n"


def n_words(text: str) -> int:
    return len(WORD_RE.findall(text))


@dataclass(frozen=True)
class F:
    """What the benchmark keeps of a finding (offsets relative to its segment)."""
    start: int
    end: int
    text: str
    rule: str
    category: str
    severity: str
    message: str
    suggestions: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "rule": self.rule,
                "category": self.category, "severity": self.severity, "message": self.message,
                "suggestions": list(self.suggestions)}


class Runner:
    """One engine; checks every distinct text once. BATCH > 1 joins that many segments into one document (blank
    lines between them) and maps the findings back: LanguageTool answers each request with a fixed overhead."""

    def __init__(self, name: str, engines, batch: int = 1, workers: int = 1) -> None:
        self.name = name
        self.engines = engines
        self.batch = max(1, batch)
        self.workers = max(1, workers)
        self.cache: dict[str, list[F]] = {}
        self.seconds = 0.0
        self.words = 0
        self.requests = 0

    def _check_chunk(self, chunk: list[str], label: str) -> list[list[F]]:
        from lektorat.checker import check_text
        doc = SEP.join(chunk)
        starts, pos = [], 0
        for c in chunk:
            starts.append(pos)
            pos += len(c) + len(SEP)
        res = check_text(doc, self.engines, label)
        per: list[list[F]] = [[] for _ in chunk]
        for f in res.findings:
            i = bisect_right(starts, f.start) - 1
            if i < 0:
                continue
            s0 = starts[i]
            end = min(f.end, s0 + len(chunk[i]))
            if f.start >= s0 + len(chunk[i]) or end <= f.start:
                continue         # on the blank line between two segments
            per[i].append(F(f.start - s0, end - s0, doc[f.start:end], f.rule, f.category, f.severity,
                            f.message, tuple(f.suggestions[:5])))
        return per

    def check(self, texts: list[str], label: str = "", groups: list | None = None) -> list[list[F]]:
        """Findings per text. GROUPS (one key per text) keeps a batch inside one document: LanguageTool's
        document-wide rules (compound and word coherency, word repeats) must not compare one system's segment with
        another system's translation of the same sentence."""
        keys: dict = {}
        for t, g in zip(texts, groups or ()):
            keys.setdefault(t, g)   # a text two systems share is checked once, with the first
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        chunks: list[list[str]] = []
        for t in todo:
            if chunks and len(chunks[-1]) < self.batch and keys.get(t) == keys.get(chunks[-1][-1]):
                chunks[-1].append(t)
            else:
                chunks.append([t])
        t0 = time.perf_counter()
        last = t0
        done = 0

        def store(chunk, per):
            nonlocal done, last
            for c, fs in zip(chunk, per):
                self.cache[c] = fs
            self.words += sum(n_words(c) for c in chunk)
            self.requests += 1
            done += len(chunk)
            now = time.perf_counter()
            if now - last > 15:
                print(f"  {self.name} {label}: {done:,}/{len(todo):,} segments, {now - t0:.0f} s", file=sys.stderr)
                last = now

        if self.workers > 1 and len(chunks) > 1:
            from concurrent.futures import ThreadPoolExecutor
            with ThreadPoolExecutor(self.workers) as ex:
                for chunk, per in zip(chunks, ex.map(lambda c: self._check_chunk(c, label), chunks)):
                    store(chunk, per)
        else:
            for chunk in chunks:
                store(chunk, self._check_chunk(chunk, label))
        self.seconds += time.perf_counter() - t0
        return [self.cache[t] for t in texts]


class Combined:
    """`--engine all` built from the two single-engine runners, which have checked the same texts before it: per
    segment, the built-in findings and LanguageTool's are merged by the arbiter (ARBITER) or as the plain union.
    Its time is both engines' time plus the merge (`seconds`, valid once the same texts went through all three)."""

    def __init__(self, name: str, builtin: Runner, lt: Runner, arbiter: bool) -> None:
        self.name = name
        self.builtin, self.lt, self.arbiter = builtin, lt, arbiter
        self.glossary = builtin.engines[0].glossary
        self.cache: dict[str, list[F]] = {}
        self.merge_seconds = 0.0
        self.words = 0
        self.suppressed = 0

    @property
    def seconds(self) -> float:
        return self.builtin.seconds + self.lt.seconds + self.merge_seconds

    @property
    def requests(self) -> int:
        return self.lt.requests

    def check(self, texts: list[str], label: str = "", groups: list | None = None) -> list[list[F]]:
        from lektorat.arbiter import arbitrate
        from lektorat.document import Document
        from lektorat.findings import Finding, merge

        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        ours_all = self.builtin.check(todo, label)
        self.lt.check(texts, label, groups)   # (LanguageTool's batches follow the groups; the lookup below is cached)
        theirs_all = self.lt.check(todo, label)
        t0 = time.perf_counter()
        for t, ours, theirs in zip(todo, ours_all, theirs_all):
            a = [Finding(f.start, f.end, f.text, f.rule, f.category, f.severity, f.message, list(f.suggestions))
                 for f in ours]
            b = [Finding(f.start, f.end, f.text, f.rule, f.category, f.severity, f.message, list(f.suggestions),
                         engine="languagetool") for f in theirs]
            if self.arbiter:
                verdict = arbitrate(Document(t), a, b, self.glossary)
                merged = verdict.findings
                self.suppressed += len(verdict.suppressed)
            else:
                merged = merge(sorted(a, key=lambda f: (f.start, f.end)), b)
            self.cache[t] = [F(f.start, f.end, f.text, f.rule, f.category, f.severity, f.message,
                               tuple(f.suggestions[:5])) for f in merged]
            self.words += n_words(t)
        self.merge_seconds += time.perf_counter() - t0
        return [self.cache[t] for t in texts]


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


# ---------------------------------------------------------------------------------------------------------------
# synthetic

def _expected_texts(case, f: F, target) -> set[str]:
    """The modified text with every injection that F overlaps put right (any of its correct forms)."""
    touched = sorted((i for i in case.injections if _overlap(f.start, f.end, i.start, i.end)), key=lambda i: i.start)
    if target not in touched:
        touched.append(target)
        touched.sort(key=lambda i: i.start)
    out = set()
    for combo in itertools.product(*(i.fixes for i in touched)):
        t, pos = [], 0
        for inj, fix in zip(touched, combo):
            t.append(case.modified[pos:inj.start])
            t.append(fix)
            pos = inj.end
        t.append(case.modified[pos:])
        out.add("".join(t))
    return out


def _fixes(case, f: F, inj) -> bool:
    want = _expected_texts(case, f, inj)
    for s in f.suggestions[:3]:
        if case.modified[:f.start] + s + case.modified[f.end:] in want:
            return True
    return False


def score_synthetic(cases: list, found_mod: list[list[F]], found_orig: dict[int, list[F]], originals: list[str],
                    n_examples: int) -> dict:
    """Per family (and per kind): recall, precision, top-3 fix accuracy, false alarms on the untouched segments."""
    fam: dict[str, dict] = {}
    for case, fm in zip(cases, found_mod):
        st = fam.setdefault(case.family, {"segments": 0, "defects": 0, "found": 0, "fixed": 0, "tp": 0, "fp": 0,
                                          "kinds": defaultdict(Counter), "by_category": Counter(),
                                          "misses": [], "unfixed": [], "false_alarms": [], "originals": set()})
        st["segments"] += 1
        st["originals"].add(case.index)
        before = set()
        for g in found_orig[case.index]:
            m = case.map_span(g.start, g.end)
            if m is not None:
                before.add((m[0], m[1], g.rule))
        new = [f for f in fm if (f.start, f.end, f.rule) not in before]
        for f in new:
            if any(_overlap(f.start, f.end, i.start, i.end) for i in case.injections):
                st["tp"] += 1
                st["by_category"][f.category] += 1
            else:
                st["fp"] += 1
                if len(st["false_alarms"]) < n_examples:
                    st["false_alarms"].append(_example(case, f.start, f.end) | {"finding": f.to_dict()})
        for inj in case.injections:
            st["defects"] += 1
            k = st["kinds"][inj.kind]
            k["defects"] += 1
            hits = [f for f in fm if _overlap(f.start, f.end, inj.start, inj.end)]
            if hits:
                st["found"] += 1
                k["found"] += 1
                if any(_fixes(case, f, inj) for f in hits):
                    st["fixed"] += 1
                    k["fixed"] += 1
                elif len(st["unfixed"]) < n_examples:
                    st["unfixed"].append(_example(case, inj.start, inj.end) | {
                        "kind": inj.kind, "expected": inj.fix,
                        "findings": [{"text": f.text, "rule": f.rule, "suggestions": list(f.suggestions[:3])}
                                     for f in hits]})
            elif len(st["misses"]) < n_examples:
                st["misses"].append(_example(case, inj.start, inj.end) | {"kind": inj.kind, "expected": inj.fix})
    out = {}
    for name, st in fam.items():
        words = sum(n_words(originals[i]) for i in st["originals"])
        fa = [f for i in st["originals"] for f in found_orig[i]]
        fa_ew = [f for f in fa if f.severity in ("error", "warning")]
        out[name] = {
            "segments": st["segments"], "defects": st["defects"],
            "recall": _ratio(st["found"], st["defects"]), "fix_top3": _ratio(st["fixed"], st["defects"]),
            "fix_of_found": _ratio(st["fixed"], st["found"]),
            "precision": _ratio(st["tp"], st["tp"] + st["fp"]), "findings_on_defects": st["tp"],
            "new_findings_elsewhere": st["fp"],
            "untouched_words": words,
            "false_alarms_per_1k": _per_k(len(fa), words), "false_alarms_per_1k_error_warning": _per_k(len(fa_ew), words),
            "detected_as": dict(st["by_category"].most_common()),
            "kinds": {k: {"defects": c["defects"], "recall": _ratio(c["found"], c["defects"]),
                          "fix_top3": _ratio(c["fixed"], c["defects"])} for k, c in sorted(st["kinds"].items())},
            "examples": {"misses": st["misses"], "unfixed": st["unfixed"], "false_alarms": st["false_alarms"]},
        }
    return out


def score_untouched(indices: set[int], originals: list[str], found_orig: dict[int, list[F]], n_examples: int) -> dict:
    words = sum(n_words(originals[i]) for i in indices)
    fa = [(i, f) for i in sorted(indices) for f in found_orig[i]]
    ew = [x for x in fa if x[1].severity in ("error", "warning")]
    ex = [_example_text(originals[i], f.start, f.end) | {"finding": f.to_dict()} for i, f in
          (ew + [x for x in fa if x not in ew])[:n_examples]]
    return {"segments": len(indices), "words": words, "findings": len(fa), "error_warning": len(ew),
            "per_1k": _per_k(len(fa), words), "per_1k_error_warning": _per_k(len(ew), words),
            "by_category": dict(Counter(f.category for _, f in fa).most_common()),
            "by_rule": dict(Counter(f.rule for _, f in fa).most_common(15)), "examples": ex}


# ---------------------------------------------------------------------------------------------------------------
# MQM

def score_mqm(mt: list, found_mt: list[list[F]], refs: list[str], found_ref: list[list[F]], n_examples: int) -> dict:
    from .mqm import GROUP_ORDER
    spans = Counter()
    hit = Counter()
    misses: dict[str, list] = defaultdict(list)
    caught: dict[str, list] = defaultdict(list)
    on_span = total = 0
    on_span_marked = total_marked = 0
    on_span_ew = total_ew = 0  # hints (info) apart: what a gate would fail on
    unmarked_examples = []
    by_cat_hit = defaultdict(Counter)
    for seg, fs in zip(mt, found_mt):
        for sp in seg.spans:
            spans[sp.group] += 1
            hs = [f for f in fs if _overlap(f.start, f.end, sp.start, sp.end)]
            if hs:
                hit[sp.group] += 1
                for f in hs[:1]:
                    by_cat_hit[sp.group][f.category] += 1
                if len(caught[sp.group]) < n_examples:
                    caught[sp.group].append(_example_text(seg.text, sp.start, sp.end) | {
                        "category": sp.category, "system": seg.system,
                        "findings": [{"text": f.text, "rule": f.rule, "category": f.category} for f in hs]})
            elif len(misses[sp.group]) < n_examples:
                misses[sp.group].append(_example_text(seg.text, sp.start, sp.end) | {"category": sp.category,
                                                                                      "system": seg.system})
        for f in fs:
            ok = any(_overlap(f.start, f.end, sp.start, sp.end) for sp in seg.spans)
            total += 1
            on_span += ok
            if f.severity in ("error", "warning"):
                total_ew += 1
                on_span_ew += ok
            if seg.spans:
                total_marked += 1
                on_span_marked += ok
            if not ok and len(unmarked_examples) < n_examples:
                unmarked_examples.append(_example_text(seg.text, f.start, f.end) | {"finding": f.to_dict(),
                                                                                    "system": seg.system})
    words_ref = sum(n_words(t) for t in refs)
    fr = [f for fs in found_ref for f in fs]
    ew = [f for f in fr if f.severity in ("error", "warning")]
    ref_ex = []
    for t, fs in zip(refs, found_ref):
        for f in fs:
            if len(ref_ex) < n_examples:
                ref_ex.append(_example_text(t, f.start, f.end) | {"finding": f.to_dict()})
    return {
        "segments": len(mt), "segments_with_spans": sum(1 for s in mt if s.spans),
        "words": sum(n_words(s.text) for s in mt),
        "spans": {g: spans[g] for g in GROUP_ORDER},
        "recall": {g: _ratio(hit[g], spans[g]) for g in GROUP_ORDER},
        "recall_all": _ratio(sum(hit.values()), sum(spans.values())),
        "detected_as": {g: dict(by_cat_hit[g].most_common()) for g in GROUP_ORDER},
        "findings": total, "findings_on_spans": on_span,
        "precision": _ratio(on_span, total),
        "precision_marked_segments": _ratio(on_span_marked, total_marked),
        "findings_error_warning": total_ew, "precision_error_warning": _ratio(on_span_ew, total_ew),
        "findings_by_category": dict(Counter(f.category for fs in found_mt for f in fs).most_common()),
        "references": {"segments": len(refs), "words": words_ref, "findings": len(fr), "error_warning": len(ew),
                       "per_1k": _per_k(len(fr), words_ref), "per_1k_error_warning": _per_k(len(ew), words_ref),
                       "by_category": dict(Counter(f.category for f in fr).most_common()),
                       "by_rule": dict(Counter(f.rule for f in fr).most_common(15))},
        "examples": {"misses": dict(misses), "caught": dict(caught), "unmarked_findings": unmarked_examples,
                     "reference_flags": ref_ex},
    }


# ---------------------------------------------------------------------------------------------------------------

def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _per_k(n: int, words: int) -> float | None:
    return n * 1000 / words if words else None


def _example(case, s: int, e: int) -> dict:
    return _example_text(case.modified, s, e)


def _example_text(text: str, s: int, e: int, width: int = 60) -> dict:
    a, b = max(0, s - width), min(len(text), e + width)
    return {"context": ("…" if a else "") + text[a:s] + "⟦" + text[s:e] + "⟧" + text[e:b] + ("…" if b < len(text) else ""),
            "span": text[s:e]}
