"""Cut an article into the units a sentence-level MT model translates, and put the translations back.

Every input line gives exactly one output line (paragraph structure and line alignment with the reference are
what scoring relies on). A line is cut into sentences with the checker's own segmenter; a line without letters
("-", "***", "2026") and a line that is not German pass through untranslated (opus-mt invents text for such input).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document
from .language import guess_language

TRANSLATE, BLANK, PASS_SYMBOLS, PASS_LANGUAGE = "translate", "blank", "symbols", "not-german"


@dataclass
class Segment:
    line: int          # 1-based line number in the input
    index: int         # 0-based sentence number within the line
    source: str        # the German sentence as it stands in the input
    action: str        # TRANSLATE, or why the segment passes through untranslated
    language: str = "de"
    prepared: str = ""     # what the model reads (after glossary substitution)
    output: str = ""       # the English sentence
    notes: list[str] = field(default_factory=list)        # truncation, repairs, pass-through reasons
    violations: list[dict] = field(default_factory=list)  # glossary or number checks that failed

    def to_dict(self) -> dict:
        return {"line": self.line, "index": self.index, "action": self.action, "language": self.language,
                "source": self.source, "prepared": self.prepared, "output": self.output, "notes": self.notes,
                "violations": self.violations}


def split_lines(text: str) -> tuple[list[str], bool]:
    """The lines of TEXT (BOM and CR removed) and whether it ended with a newline."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    trailing = text.endswith("\n")
    lines = text.split("\n")
    if trailing:
        lines.pop()
    return lines, trailing


def segment(text: str) -> tuple[list[Segment], bool]:
    """All segments of TEXT in reading order (blank lines included as BLANK segments)."""
    lines, trailing = split_lines(text)
    out: list[Segment] = []
    for no, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped:
            out.append(Segment(no, 0, "", BLANK))
            continue
        if not any(c.isalpha() for c in stripped):
            out.append(Segment(no, 0, stripped, PASS_SYMBOLS, output=stripped,
                               notes=["no letters: passed through untranslated"]))
            continue
        doc = Document(stripped)
        for k, s in enumerate(doc.sentences):
            sent = stripped[s.start:s.end]
            lang = guess_language(sent)
            if lang == "de":
                out.append(Segment(no, k, sent, TRANSLATE))
            else:
                what = "English" if lang == "en" else "not German"
                out.append(Segment(no, k, sent, PASS_LANGUAGE, language=lang, output=sent,
                                   notes=[f"{what}: passed through untranslated"]))
    return out, trailing


def assemble(segments: list[Segment], trailing_newline: bool) -> str:
    """One output line per input line: the line's sentences joined by a space."""
    lines: dict[int, list[str]] = {}
    for s in segments:
        lines.setdefault(s.line, [])
        if s.output:
            lines[s.line].append(s.output)
    n = max(lines) if lines else 0
    text = "\n".join(" ".join(lines.get(i, [])) for i in range(1, n + 1))
    return text + ("\n" if trailing_newline else "")
