"""Shared fixtures: the repository, the seed article, one set of engines per session, and a CLI runner."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

# No test may reach the network: the Hugging Face hub client fails at once instead of retrying.
os.environ["HF_HUB_OFFLINE"] = "1"
# A LanguageTool server configured in the developer's shell would change every command's engines: tests that want
# one start it (languagetool_server) and pass it explicitly.
os.environ.pop("LEKTORAT_LANGUAGETOOL_URL", None)

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


def _refused_everywhere(tmp_path: Path, name: str, message: str) -> None:
    """TMP_PATH holds a malformed article NAME (NAME.de.EXT) and nothing else: check, propose and edition each
    refuse it in one line matching MESSAGE with exit 2, and write nothing."""
    ext = name.split(".de.", 1)[1]
    (tmp_path / "s.yaml").write_text(f"article: {name}\nsource_sha256: ''\ncorrections: []\n", encoding="utf-8")
    for args in (["check", name], ["propose", name, "-o", "new.yaml"],
                 ["edition", name, "--corrections", "s.yaml", "-o", f"e.de.{ext}"]):
        rc, out, err = _run_cli([args[0], "--isolated", *args[1:]], cwd=tmp_path)
        assert rc == 2, (args, err)
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
        assert re.search(message, err), err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "s.yaml"])


@pytest.fixture(scope="session")
def refused_everywhere():
    """refused_everywhere(tmp_path, name, message): every command refuses the malformed file in one line."""
    return _refused_everywhere


# --- a real LanguageTool server ------------------------------------------------------------------------------------

def _languagetool_dir() -> Path:
    """$LEKTORAT_TEST_LANGUAGETOOL, or ../shared/languagetool beside the checkout (as in CI)."""
    return Path(os.environ.get("LEKTORAT_TEST_LANGUAGETOOL") or REPO.parent / "shared" / "languagetool")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def languagetool_server(tmp_path_factory):
    """The URL of a real LanguageTool 6.3 server (German), started from the shared folder's `start PORT` on a free
    loopback port and stopped at the end of the session. Skipped, with the reason, without the folder or Java.

    Session-scoped and lazy: only a session that runs a test using it pays the JVM's start (10-40 s, ~1 GB); with
    `-n auto --dist loadfile` the tests using it sit in one file, so one worker starts one server."""
    import shutil

    folder = _languagetool_dir()
    start, stop = folder / "start", folder / "stop"
    if not start.is_file() or not stop.is_file():
        pytest.skip(f"no LanguageTool server folder at {folder} (set LEKTORAT_TEST_LANGUAGETOOL to one with "
                    "start and stop scripts)")
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and (Path(java_home) / "bin" / "java").is_file()):
        pytest.skip("Java is not installed (LanguageTool needs Java 17: apt-get install default-jre-headless, "
                    "or scripts/setup --test)")
    state = tmp_path_factory.mktemp("languagetool-state")  # log, pid file and Java's temporary files
    # (COLUMNS: `stop` recognises the server by its command line, which ps cuts at the terminal's width; under
    # pytest-xdist the long temporary path pushed "--port N" past it and the server outlived the session)
    env = {**os.environ, "LT_STATE": str(state), "COLUMNS": "100000"}
    port = _free_port()
    try:
        proc = subprocess.run(["bash", str(start), str(port)], env=env, capture_output=True, timeout=420)
    except subprocess.TimeoutExpired:
        subprocess.run(["bash", str(stop), str(port)], env=env, capture_output=True, timeout=60)
        pytest.fail(f"LanguageTool did not start within 420 s (log: {state}/languagetool-{port}/server.log)")
    if proc.returncode != 0:
        why = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()
        pytest.fail(f"LanguageTool did not start on port {port}: {why[-2000:]}")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        done = subprocess.run(["bash", str(stop), str(port)], env=env, capture_output=True, timeout=60)
        if done.returncode != 0:   # say so rather than leave a 1 GB server running unnoticed
            warnings.warn(f"LanguageTool on port {port} may still run: "
                          f"{done.stderr.decode('utf-8', 'replace').strip()}", stacklevel=1)
