"""Where a translation model comes from: a local folder, the Hugging Face cache, or the hub (online only).

Without network a hub id must fail at once with a message that says what to do; the hub client would otherwise
retry for most of a minute. So: a folder is used as it is; a hub id is looked up in the local cache first; only when
it is missing there, and the hub is reachable (and HF_HUB_OFFLINE is not set), is it downloaded.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from urllib.parse import urlparse

DEFAULT_MODEL = "Helsinki-NLP/opus-mt-de-en"
# what a Marian checkpoint needs; weights are fetched separately (safetensors if the repo has them, else the .bin)
_FILES = ["config.json", "generation_config.json", "tokenizer_config.json", "vocab.json", "*.spm", "special_tokens_map.json"]


class ModelUnavailable(Exception):
    """The model cannot be loaded here; the message says how to get it."""


class MissingExtra(Exception):
    """A back end's Python packages are not installed; the message names the extra."""


def how_to_get(model: str) -> str:
    return (f"model {model!r} is not available offline: run `lektorat translate` once with internet to download it "
            f"into the Hugging Face cache, or pass a local model folder with --model DIR")


def offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def resolve(model: str, *, timeout: float = 3.0) -> Path:
    """A local folder holding MODEL (a folder path or a hub id), downloading it only when online."""
    path = Path(model).expanduser()
    if path.exists():
        if not path.is_dir() or not (path / "config.json").is_file():
            raise ModelUnavailable(f"{model}: not a model folder (no config.json in it)")
        return path
    if model.count("/") != 1 or model.startswith((".", "/", "~")):
        raise ModelUnavailable(f"{model}: no such model folder (a hub model id looks like owner/name)")
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import LocalEntryNotFoundError
    except ImportError:
        raise MissingExtra("downloading models needs huggingface_hub: pip install 'lektorat[translate]'") from None
    try:
        return Path(snapshot_download(model, local_files_only=True, allow_patterns=_FILES + ["*.safetensors",
                                                                                             "pytorch_model.bin"]))
    except LocalEntryNotFoundError:
        pass
    if offline() or not hub_reachable(timeout):
        raise ModelUnavailable(how_to_get(model))
    return _download(model)


def _download(model: str) -> Path:
    from huggingface_hub import list_repo_files, snapshot_download

    try:
        files = list_repo_files(model)
        weights = ["*.safetensors"] if any(f.endswith(".safetensors") for f in files) else ["pytorch_model.bin"]
        return Path(snapshot_download(model, allow_patterns=_FILES + weights))
    except Exception as e:  # network errors, unknown repo, gated repo: all mean "not available"
        raise ModelUnavailable(f"model {model!r} could not be downloaded: {type(e).__name__}: {e}") from None


def hub_reachable(timeout: float) -> bool:
    """Can a TCP connection to the hub be opened? Fails fast without network (no DNS, no route)."""
    endpoint = os.environ.get("HF_ENDPOINT", "https://huggingface.co")
    u = urlparse(endpoint)
    host, port = u.hostname or "huggingface.co", u.port or (443 if u.scheme == "https" else 80)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def is_ctranslate2_model(path: Path) -> bool:
    vocab = any(path.glob("shared_vocabulary.*")) or any(path.glob("source_vocabulary.*"))
    return (path / "model.bin").is_file() and vocab
