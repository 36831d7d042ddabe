"""Scoring machine translations against curated references: sacrebleu metrics, significance, term and number
fidelity, a chart.

    from lektorat.scoring import score
    result = score(["references/x.en.txt"], ["translations/x.sys1.en.txt", "translations/x.sys2.en.txt"],
                   src="corrections/x.de.txt", glossary=glossary.load())

`result` is the JSON the CLI writes (see README: "Scoring").
"""

from __future__ import annotations

from ..glossary import Glossary

# sacrebleu draws every resample at once: an index array of samples x segments (8 bytes each for the bootstrap, 1
# byte each for randomization). A budget keeps --paired-bs-n 10^9 from becoming a MemoryError traceback.
MEMORY_BUDGET = 2 * 2**30
from .inputs import align
from .metrics import paired_tests, system_scores


def score(refs: list[str], hyps: list[str], *, src: str | None = None, glossary: Glossary | None = None,
          baseline: str | None = None, paired: tuple[str, ...] = ("bs", "ar"), seed: int = 12345,
          bs_samples: int = 1000, ar_trials: int = 10000, width: int = 1, encoding: str = "utf-8",
          allow_empty: bool = False, progress=None) -> dict:
    """PROGRESS(done, total, description), when given, is called before each step (a system, a paired test)."""
    data = align(refs, hyps, src, encoding=encoding, allow_empty=allow_empty)
    names = list(data.hypotheses)
    _check_memory(len(data.lines), paired if len(names) > 1 else (), bs_samples, ar_trials)
    if baseline is not None:
        match = [n for n in names if n == baseline or data.paths[n] == baseline]
        if not match:
            raise ValueError(f"--baseline {baseline!r} is not one of the systems: {', '.join(names)}")
        names.remove(match[0])
        names.insert(0, match[0])
    fidelity = None
    if glossary is not None and data.source is not None:
        from .fidelity import Fidelity

        fidelity = Fidelity(glossary)
        expected = fidelity.expected_terms(data.source)
    result = {
        "references": [str(r) for r in refs], "source": src, "lines": data.lines, "baseline": names[0],
        "systems": {},
    }
    tests = paired if len(names) > 1 else ()
    steps = len(names) + 3 * len(tests)
    done = 0

    def step(description: str) -> None:
        nonlocal done
        if progress is not None:
            progress(done, steps, description)
        done += 1

    for name in names:
        step(f"scoring {name}")
        hyps_ = data.hypotheses[name]
        corpus, segments = system_scores(hyps_, data.references, width)
        system = {"file": data.paths[name], "corpus": corpus,
                  "segments": [{"line": line, **s} for line, s in zip(data.lines, segments)]}
        if fidelity is not None:
            system["terms"] = fidelity.terms(expected, hyps_, data.lines)
            system["numbers"] = fidelity.numbers(data.source, hyps_, data.lines)
        result["systems"][name] = system
    if tests:
        result["paired"] = paired_tests([(n, data.hypotheses[n]) for n in names], data.references, seed=seed,
                                        bs_samples=bs_samples, ar_trials=ar_trials, tests=tests, progress=step)
    if progress is not None:
        progress(steps, steps, "done")
    return result


def _check_memory(lines: int, tests, bs_samples: int, ar_trials: int) -> None:
    for test, n, per in (("bs", bs_samples, 8), ("ar", ar_trials, 1)):
        if test in tests and n * lines * per > MEMORY_BUDGET:
            option = "--paired-bs-n" if test == "bs" else "--paired-ar-n"
            most = MEMORY_BUDGET // (lines * per)
            raise ValueError(f"{option} {n} with {lines} lines would need {n * lines * per / 2**30:.1f} GiB for "
                             f"the resamples; use at most {most}")
