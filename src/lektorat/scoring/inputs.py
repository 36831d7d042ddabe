"""Reading aligned files: one segment per line, the same line in every file.

A scored segment is a line where some reference has text. Nothing is re-aligned silently: a different line count,
an empty hypothesis where the reference has text, or text where every reference is blank is an error naming file
and line (`allow_empty` scores an empty hypothesis as empty instead: an MT system that dropped a sentence).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..textio import InputError, read_text


@dataclass
class Aligned:
    lines: list[int]                # 1-based line numbers of the scored segments
    references: list[list[str]]     # one stream per reference file, each a list of segments (sacrebleu's layout)
    hypotheses: dict[str, list[str]]
    paths: dict[str, str]           # system name -> hypothesis file
    source: list[str] | None        # German segments, when --src is given


def read_lines(path: str | Path, encoding: str = "utf-8") -> list[str]:
    text = read_text(path, encoding=encoding, options=("--encoding",)).lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n") if text else []


def system_name(path: str | Path) -> str:
    """translations/NAME.SYSTEM.en.txt -> SYSTEM; anything else -> the file name without .txt/.en.txt."""
    name = Path(path).name
    for suffix in (".en.txt", ".txt"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name.split(".", 1)[1] if "." in name else name


def align(refs: list[str], hyps: list[str], src: str | None = None, *, encoding: str = "utf-8",
          allow_empty: bool = False) -> Aligned:
    if not refs:
        raise InputError("at least one --ref is needed")
    if not hyps:
        raise InputError("at least one --hyp is needed")
    ref_lines = [read_lines(r, encoding) for r in refs]
    n = len(ref_lines[0])
    if n == 0:
        raise InputError(f"{refs[0]}: the reference is empty")
    files = list(zip(refs, ref_lines))
    hyp_lines: dict[str, list[str]] = {}
    paths: dict[str, str] = {}
    for h in hyps:
        name = system_name(h)
        if name in hyp_lines:
            raise InputError(f"{h}: two hypotheses are named {name!r} (system names come from NAME.SYSTEM.en.txt)")
        hyp_lines[name], paths[name] = read_lines(h, encoding), str(h)
        files.append((h, hyp_lines[name]))
    src_lines = read_lines(src, encoding) if src else None
    if src:
        files.append((src, src_lines))
    for f, lines in files:
        if len(lines) != n:
            raise InputError(f"{f}: {len(lines)} lines, but {refs[0]} has {n}: the files are not aligned "
                             f"(one segment per line; a translation keeps every line of its source)")
    scored = [i for i in range(n) if any(r[i].strip() for r in ref_lines)]
    is_scored = set(scored)
    for name, lines in hyp_lines.items():
        if not any(x.strip() for x in lines):
            raise InputError(f"{paths[name]}: the hypothesis is empty")
        for i in range(n):
            has_ref = i in is_scored
            if has_ref and not lines[i].strip() and not allow_empty:
                raise InputError(f"{paths[name]}:{i + 1}: empty hypothesis where the reference has text "
                                 f"(pass --allow-empty to score it as empty)")
            if not has_ref and lines[i].strip():
                raise InputError(f"{paths[name]}:{i + 1}: text where every reference line is blank: "
                                 f"the files are probably shifted against each other")
    if src_lines is not None:
        for i in scored:
            if not src_lines[i].strip():
                raise InputError(f"{src}:{i + 1}: blank source line where the reference has text")
    return Aligned(
        lines=[i + 1 for i in scored],
        references=[[r[i].strip() for i in scored] for r in ref_lines],
        hypotheses={k: [v[i].strip() for i in scored] for k, v in hyp_lines.items()},
        paths=paths,
        source=[src_lines[i].strip() for i in scored] if src_lines is not None else None,
    )

