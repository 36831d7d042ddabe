"""Shared fixtures: the repository, the seed article, one set of engines per session, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# No test may reach the network: the Hugging Face hub client fails at once instead of retrying.
os.environ["HF_HUB_OFFLINE"] = "1"

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "board-of-peace.de.txt"


@pytest.fixture(scope="session")
def repo() -> Path:
    """The repository root (the folder holding pyproject.toml, seeds/ and glossary/)."""
    return REPO


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article exactly as the CLI decodes it (plain UTF-8, newlines kept)."""
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def engines():
    """The built-in engine with the repository's glossary; built once, it loads dictionaries."""
    from lektorat.checker import make_engines

    return make_engines(["builtin"])


def _run_cli(args, cwd=None, timeout: float = 300) -> tuple[int, str, str]:
    env = dict(os.environ)
    env["HF_HUB_OFFLINE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONWARNINGS", None)
    proc = subprocess.run(
        [sys.executable, "-m", "lektorat", *[str(a) for a in args]],
        cwd=str(cwd) if cwd is not None else str(REPO),
        env=env,
        capture_output=True,
        timeout=timeout,
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.fixture(scope="session")
def run_cli():
    """run_cli(args, cwd=None) -> (returncode, stdout, stderr) of `python -m lektorat *args`.

    cwd defaults to the repository root, so relative paths like seeds/x.de.txt work.
    """
    return _run_cli
