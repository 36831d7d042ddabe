"""The two ways a Marian model runs: transformers (PyTorch) and CTranslate2 (int8, several times faster on CPU).

Both read sentencepiece pieces and return English strings, so the translator does segmentation, length limits,
glossary work and batching once for both. Only this module imports torch, transformers or ctranslate2, and only when a
back end is created: the checker installs and runs without them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import warnings
from pathlib import Path

from .models import DEFAULT_MODEL, MissingExtra, ModelUnavailable, is_ctranslate2_model, resolve

BACKENDS = ("transformers", "ctranslate2")
DEFAULT_MAX_INPUT = 512  # Marian's position limit (max_position_embeddings of every opus-mt model)
META = "lektorat-ct2.json"  # written next to a converted model: where it came from, its input limit


class TransformersBackend:
    name = "transformers"
    generated_tokens = 0  # target tokens generated so far (throughput figures)

    def __init__(self, path: Path, threads: int | None = None) -> None:
        try:
            import torch
            import transformers
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        except ImportError:
            raise MissingExtra("the transformers back end needs torch and transformers: "
                               "pip install torch==2.13.0 && pip install 'lektorat[translate]'") from None
        transformers.utils.logging.set_verbosity_error()
        transformers.utils.logging.disable_progress_bar()
        if threads:
            torch.set_num_threads(threads)
        self._torch = torch
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")  # not used for tokenising
            # torch's safe unpickler warns at length before it refuses a pickle: the refusal is reported in one line
            warnings.filterwarnings("ignore", module=r"torch\._weights_only_unpickler")
            try:
                self.tokenizer = AutoTokenizer.from_pretrained(str(path))
                self.model = AutoModelForSeq2SeqLM.from_pretrained(str(path))
            except Exception as e:  # OSError, ValueError, and a pickle a safe loader refuses (UnpicklingError)
                raise ModelUnavailable(f"{path}: cannot load the model: {type(e).__name__}: {_first_line(e)}") \
                    from None
        self.model.eval()
        limits = [getattr(self.model.config, "max_position_embeddings", None), self.tokenizer.model_max_length]
        self.max_input_tokens = min([x for x in limits if x and x < 100_000] or [DEFAULT_MAX_INPUT])

    def pieces(self, text: str) -> list[str]:
        return self.tokenizer.tokenize(text)

    def translate(self, batch: list[list[str]], beam: int, max_length: int) -> list[str]:
        tok = self.tokenizer
        ids = [tok.convert_tokens_to_ids(p) + [tok.eos_token_id] for p in batch]
        enc = tok.pad({"input_ids": ids}, return_tensors="pt")
        with self._torch.inference_mode():
            out = self.model.generate(**enc, num_beams=beam, do_sample=False, max_length=max_length)
        special = {tok.pad_token_id, tok.eos_token_id}
        self.generated_tokens += sum(t not in special for row in out.tolist() for t in row)
        return tok.batch_decode(out, skip_special_tokens=True)


class CTranslate2Backend:
    name = "ctranslate2"
    generated_tokens = 0

    def __init__(self, path: Path, threads: int | None = None) -> None:
        try:
            import ctranslate2
            import sentencepiece
        except ImportError:
            raise MissingExtra("the ctranslate2 back end needs ctranslate2 and sentencepiece: "
                               "pip install 'lektorat[ctranslate2]'") from None
        for f in ("source.spm", "target.spm"):
            if not (path / f).is_file():
                raise ModelUnavailable(f"{path}: {f} is missing (convert with `lektorat convert`, which copies it)")
        # Two translators working on halves of a batch use two cores better than one translator with two threads
        # (measured in benchmarks/); one core: one of each.
        threads = threads or os.cpu_count() or 1
        self.inter = 2 if threads >= 2 else 1
        try:
            self.translator = ctranslate2.Translator(str(path), device="cpu", inter_threads=self.inter,
                                                     intra_threads=max(1, threads // self.inter))
            self.source = sentencepiece.SentencePieceProcessor(model_file=str(path / "source.spm"))
            self.target = sentencepiece.SentencePieceProcessor(model_file=str(path / "target.spm"))
            meta = path / META
            info = json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}
            self.max_input_tokens = int(info.get("max_input_tokens", DEFAULT_MAX_INPUT))
        except Exception as e:  # a broken model.bin, .spm or metadata file
            raise ModelUnavailable(f"{path}: cannot load the model: {type(e).__name__}: {_first_line(e)}") from None

    def pieces(self, text: str) -> list[str]:
        return self.source.encode(text, out_type=str)

    def translate(self, batch: list[list[str]], beam: int, max_length: int) -> list[str]:
        results = self.translator.translate_batch(
            [p + ["</s>"] for p in batch], beam_size=beam, max_decoding_length=max_length, max_input_length=0,
            max_batch_size=-(-len(batch) // self.inter))
        self.generated_tokens += sum(len(r.hypotheses[0]) for r in results)
        return [self.target.decode(r.hypotheses[0]) for r in results]


def load(model: str = DEFAULT_MODEL, backend: str = "transformers", threads: int | None = None):
    """A ready back end. For ctranslate2, a transformers model is converted once (int8) into the cache."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown back end {backend!r} (one of {', '.join(BACKENDS)})")
    if threads is not None and threads < 1:
        raise ValueError("--threads must be at least 1")
    path = resolve(model)
    if backend == "transformers":
        if is_ctranslate2_model(path):
            raise ModelUnavailable(f"{model}: a CTranslate2 model; use --backend ctranslate2")
        return TransformersBackend(path, threads)
    if not is_ctranslate2_model(path):
        path = cached_conversion(path)
    return CTranslate2Backend(path, threads)


def cache_dir() -> Path:
    return Path(os.environ.get("LEKTORAT_CACHE") or Path.home() / ".cache" / "lektorat")


def cached_conversion(path: Path, quantization: str = "int8") -> Path:
    """The CTranslate2 conversion of the transformers model at PATH, made on first use."""
    stamp = f"{path.resolve()}:{(path / 'config.json').stat().st_mtime_ns}"  # a changed model is converted again
    key = hashlib.sha256(stamp.encode()).hexdigest()[:12]
    out = cache_dir() / "ctranslate2" / f"{path.resolve().name}-{key}-{quantization}"
    if not is_ctranslate2_model(out):
        convert(path, out, quantization)
    return out


def convert(model: str | Path, output: str | Path, quantization: str = "int8", force: bool = False) -> Path:
    """Convert a transformers Marian model to CTranslate2 (the tokenizer files are copied along)."""
    try:
        import ctranslate2  # noqa: F401
        from ctranslate2.converters import TransformersConverter
    except ImportError:
        raise MissingExtra("converting needs ctranslate2: pip install 'lektorat[ctranslate2]'") from None
    try:
        import torch  # noqa: F401  (the converter loads the model with transformers)
        import transformers  # noqa: F401
    except ImportError:
        raise MissingExtra("converting needs torch and transformers: pip install 'lektorat[translate]'") from None
    path = resolve(str(model))
    out = Path(output)
    if out.exists() and not force:
        raise ValueError(f"{out}: already exists (pass --force to replace it)")
    missing = [f for f in ("source.spm", "target.spm", "config.json") if not (path / f).is_file()]
    if missing:
        raise ModelUnavailable(f"{path}: not a Marian model ({', '.join(missing)} missing)")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}."))
    try:
        import transformers

        transformers.utils.logging.set_verbosity_error()
        transformers.utils.logging.disable_progress_bar()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            TransformersConverter(str(path), copy_files=["source.spm", "target.spm"]).convert(
                str(tmp), quantization=quantization, force=True)
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        meta = {"source_model": str(model), "quantization": quantization,
                "max_input_tokens": int(config.get("max_position_embeddings", DEFAULT_MAX_INPUT))}
        (tmp / META).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        tmp.rename(out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return out


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]
