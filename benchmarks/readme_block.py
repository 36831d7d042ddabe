"""Write a benchmark's figures into README.md between its two markers (the rest of the README stays as it is)."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def update_readme(block: str, start: str, end: str, readme: Path = README) -> None:
    if not readme.exists():
        print(f"bench: {readme.name} not found; README not updated")
        return
    text = readme.read_text(encoding="utf-8")
    i, j = text.find(start), text.find(end)
    if i < 0 or j < 0 or j < i:
        print(f"bench: the markers {start} and {end} are not in {readme.name}; README not updated")
        return
    new = text[:i] + block + text[j + len(end):]
    if new != text:
        tmp = readme.with_suffix(".md.bench-tmp")
        tmp.write_text(new, encoding="utf-8")
        tmp.replace(readme)
    print(f"bench: figures written to {readme.name}")
