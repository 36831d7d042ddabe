"""Proposals ranked by frequency keep one order whatever Python's string hashing: ties are broken by the word, not by
the order a set happens to iterate in (the same text gave "Erzeugung" or "Gewinnung" third from run to run)."""

import os
import subprocess
import sys

_PROBE = """
from lektorat.checker import check_text, make_engines
engines = make_engines(["builtin"])
for text in ("Die Produzierung kostete viel.", "Die Konstruierung dauerte zwei Jahre."):
    for f in check_text(text, engines, "probe").findings:
        print(f.text, f.suggestions)
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True).stdout


def test_proposals_do_not_depend_on_the_hash_seed():
    outputs = {_run(seed) for seed in ("1", "2", "6")}
    assert len(outputs) == 1, outputs
    assert "Produzierung" in next(iter(outputs))
