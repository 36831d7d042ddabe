"""sacrebleu's BLEU, chrF++ and TER: corpus scores with signatures, segment scores, paired significance tests.

Everything goes through sacrebleu's Python API (sacrebleu.metrics, sacrebleu.significance.PairedTest, the code
behind its --paired-bs / --paired-ar options), so the numbers are sacrebleu's own. Metric names are sacrebleu's
("BLEU", "chrF2++", "TER"); scores are rounded for display as sacrebleu does (--width, default 1).
"""

from __future__ import annotations

import os
from contextlib import contextmanager


def _require():
    try:
        import sacrebleu  # noqa: F401
    except ImportError:
        from ..translation.models import MissingExtra

        raise MissingExtra("scoring needs sacrebleu: pip install 'lektorat[score]'") from None


def system_scores(hyps: list[str], refs: list[list[str]], width: int = 1) -> tuple[dict, list[dict]]:
    """Corpus scores ({metric: {score, signature, formatted}}) and segment scores ([{metric: score}]) of a system.

    Each metric's sufficient statistics are extracted once and give both: sacrebleu's corpus_score aggregates all
    segments' statistics, its sentence_score those of one segment (the same private steps sacrebleu.significance
    uses; tests compare every number with the public API). Sentence-level BLEU uses effective order, as sacrebleu
    recommends for single sentences."""
    _require()
    from sacrebleu.metrics import BLEU, CHRF, TER

    corpus: dict = {}
    segments: list[dict] = [{} for _ in hyps]
    for metric, per_segment in ((BLEU(), BLEU(effective_order=True)), (CHRF(word_order=2), None), (TER(), None)):
        per_segment = per_segment or metric
        metric._check_corpus_score_args(hyps, refs)
        stats = metric._extract_corpus_statistics(hyps, refs)
        s = metric._aggregate_and_compute(stats)
        sig = str(metric.get_signature())
        corpus[s.name] = {"score": s.score, "signature": sig, "formatted": s.format(width=width, signature=sig)}
        for row, st in zip(segments, stats):
            row[s.name] = per_segment._aggregate_and_compute([st]).score
    return corpus, segments


@contextmanager
def _sacrebleu_seed(seed: int):
    """PairedTest reads its seed from SACREBLEU_SEED (as the CLI's --paired-* options do)."""
    old = os.environ.get("SACREBLEU_SEED")
    os.environ["SACREBLEU_SEED"] = str(seed)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("SACREBLEU_SEED", None)
        else:
            os.environ["SACREBLEU_SEED"] = old


def paired_tests(systems: list[tuple[str, list[str]]], refs: list[list[str]], *, seed: int = 12345,
                 bs_samples: int = 1000, ar_trials: int = 10000, tests: tuple[str, ...] = ("bs", "ar"),
                 progress=None) -> dict:
    """Baseline first in SYSTEMS. Returns {test: {"signatures": {metric: sig}, "results": {system: {metric: {...}}}}}
    with score, p_value (not for the baseline), and for bootstrap the mean and 95% CI half-width.

    Each metric gets a PairedTest of its own, so PROGRESS(description) can be called between them: sacrebleu
    draws the resamples from the seed before it loops over the metrics, so the numbers are the same as one
    PairedTest of all three (the tests compare them)."""
    _require()
    from sacrebleu.metrics import BLEU, CHRF, TER
    from sacrebleu.significance import PairedTest

    out = {}
    for test in tests:
        n = bs_samples if test == "bs" else ar_trials
        metrics = {"BLEU": BLEU(), "chrF2++": CHRF(word_order=2), "TER": TER()}
        signatures: dict = {}
        results: dict[str, dict] = {}
        for metric_name, metric in metrics.items():
            if progress is not None:
                kind = "paired bootstrap" if test == "bs" else "approximate randomization"
                progress(f"{kind}, {metric_name} ({n} samples)")
            with _sacrebleu_seed(seed):
                pt = PairedTest(systems, {metric_name: metric}, refs, test_type=test, n_samples=n)
                sigs, scores = pt()
            signatures.update(sigs)
            names = scores.pop("System")
            for metric_key, vals in scores.items():
                for name, r in zip(names, vals):
                    results.setdefault(name, {})[metric_key] = {k: _num(getattr(r, k))
                                                                for k in ("score", "p_value", "mean", "ci")}
        out[test] = {"samples": n, "signatures": {k: str(v) for k, v in signatures.items()}, "results": results}
    return out


def _num(x) -> float | None:
    """numpy scalars -> float (JSON)"""
    return None if x is None else float(x)
