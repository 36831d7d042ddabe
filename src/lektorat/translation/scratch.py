"""Build a MarianMT model from scratch: sentencepiece models trained on your own text, a small transformer.

Used by the tests (a model overfitted on a few sentence pairs, so its output is exact and checkable, with no
download) and by the benchmark (an opus-mt-shaped model with random weights: same layer sizes and vocabulary size as
Helsinki-NLP/opus-mt-de-en, so speed and memory are representative).

The folder it writes is a normal Marian checkpoint (`save_pretrained`): `source.spm`, `target.spm`, `vocab.json`
(`</s>` = 0, `<unk>` = 1, `<pad>` last, as in every opus-mt model), `config.json`, `model.safetensors`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

# opus-mt-de-en's shape (config.json of Helsinki-NLP/opus-mt-de-en)
OPUS_MT_SHAPE = dict(d_model=512, layers=6, heads=8, ffn=2048, vocab_size=58101, max_positions=512)


@dataclass(frozen=True)
class Shape:
    d_model: int = 64
    layers: int = 2
    heads: int = 4
    ffn: int = 128
    vocab_size: int | None = None   # pad the vocabulary to this size (None: just the sentencepiece pieces)
    max_positions: int = 128


def train_sentencepiece(sentences: list[str], prefix: Path, vocab_size: int) -> list[str]:
    """Train a unigram sentencepiece model at PREFIX.spm; returns its pieces (without the control symbols)."""
    import sentencepiece as spm

    # Repeat tiny inputs: the trainer wants a few hundred lines to estimate piece probabilities.
    lines = sentences * max(1, 200 // max(1, len(sentences)))
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_prefix=str(prefix), vocab_size=vocab_size, model_type="unigram",
        character_coverage=1.0, hard_vocab_limit=False, bos_id=-1, eos_id=-1, pad_id=-1, unk_id=0,
        minloglevel=2,
    )
    Path(f"{prefix}.model").replace(f"{prefix}.spm")
    vocab_file = Path(f"{prefix}.vocab")
    pieces = [ln.split("\t")[0] for ln in vocab_file.read_text(encoding="utf-8").splitlines()]
    vocab_file.unlink()
    return [p for p in pieces if p != "<unk>"]


def build_tokenizer_files(folder: Path, source: list[str], target: list[str], spm_vocab: int,
                          pad_to: int | None = None) -> dict[str, int]:
    """Write source.spm, target.spm and the shared vocab.json into FOLDER; returns the vocabulary."""
    folder.mkdir(parents=True, exist_ok=True)
    vocab = {"</s>": 0, "<unk>": 1}
    for side, sents in (("source", source), ("target", target)):
        for piece in train_sentencepiece(sents, folder / side, spm_vocab):
            vocab.setdefault(piece, len(vocab))
    if pad_to is not None:
        # unused filler entries, so the embedding and output layers have the real model's size
        for i in range(len(vocab), pad_to - 1):
            vocab[f"<filler_{i}>"] = i
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    return vocab


def build_model(folder: str | Path, pairs: list[tuple[str, str]], *, shape: Shape = Shape(), steps: int = 400,
                seed: int = 0, spm_vocab: int = 120, train: bool = True) -> Path:
    """Train (or, with train=False, only initialise) a MarianMT model on PAIRS and save it to FOLDER.

    Training stops once the loss is tiny, so greedy and beam search both reproduce the training targets, also after
    int8 quantisation."""
    import torch
    import transformers
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    transformers.utils.logging.disable_progress_bar()
    folder = Path(folder)
    src, tgt = [p[0] for p in pairs], [p[1] for p in pairs]
    vocab = build_tokenizer_files(folder, src, tgt, spm_vocab, shape.vocab_size)
    tok = _quiet_tokenizer(MarianTokenizer, folder)
    pad = vocab["<pad>"]
    torch.manual_seed(seed)
    config = MarianConfig(
        vocab_size=len(vocab), d_model=shape.d_model, encoder_layers=shape.layers, decoder_layers=shape.layers,
        encoder_attention_heads=shape.heads, decoder_attention_heads=shape.heads, encoder_ffn_dim=shape.ffn,
        decoder_ffn_dim=shape.ffn, max_position_embeddings=shape.max_positions, pad_token_id=pad,
        decoder_start_token_id=pad, eos_token_id=0, forced_eos_token_id=0, scale_embedding=True,
        activation_function="swish", dropout=0.0, attention_dropout=0.0, activation_dropout=0.0,
    )
    model = MarianMTModel(config)
    if train:
        _train(model, tok, src, tgt, pad, steps)
    model.eval()
    model.generation_config.num_beams = 4
    model.generation_config.bad_words_ids = [[pad]]
    model.save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder


def _train(model, tok, src: list[str], tgt: list[str], pad: int, steps: int) -> None:
    """Overfit on the pairs. Label smoothing (as opus-mt was trained) keeps the end-of-sentence token from being the
    runner-up everywhere, so beam search in both back ends finds the trained sentence instead of a cut-off prefix."""
    import torch

    batch = tok(src, text_target=tgt, return_tensors="pt", padding=True)
    labels = batch["labels"].clone()
    labels[labels == pad] = -100
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100, label_smoothing=0.1)
    optimiser = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    exact_since = None
    for step in range(steps):
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], labels=labels).logits
        loss = loss_fn(logits.reshape(-1, logits.size(-1)), labels.reshape(-1))
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        mask = labels != -100
        exact = bool((logits.argmax(-1)[mask] == labels[mask]).all())
        exact_since = (exact_since if exact_since is not None else step) if exact else None
        if exact_since is not None and step - exact_since >= 400:  # every token right, then a margin
            break


def _quiet_tokenizer(cls, folder: Path):
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")
        return cls(str(folder / "source.spm"), str(folder / "target.spm"), str(folder / "vocab.json"))


def build_random_opus_mt(folder: str | Path, corpus: list[str]) -> Path:
    """An opus-mt-de-en-shaped model with random weights; tokenizers trained on CORPUS (German text)."""
    s = OPUS_MT_SHAPE
    shape = Shape(d_model=s["d_model"], layers=s["layers"], heads=s["heads"], ffn=s["ffn"],
                  vocab_size=s["vocab_size"], max_positions=s["max_positions"])
    pairs = [(line, line) for line in corpus]
    return build_model(folder, pairs, shape=shape, train=False, spm_vocab=8000)
