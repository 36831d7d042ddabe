#!/usr/bin/env python3
"""Build src/lektorat/data/diacritics/diacritics.tsv.gz: words of Latin-script languages whose diacritics English
text drops (Väisänen, Bērziņš, Šarūnas, Chișinău), keyed by the bare ASCII form.

    .venv/bin/python scripts/build_diacritics_data.py

Source: wordfreq's frequency lists (wordfreq 3.1, data CC BY-SA 4.0) for the languages in LANGUAGES. For every
ASCII form (the word with its diacritics dropped) of a word with diacritics of Zipf frequency MIN_ZIPF or more: the
highest frequency of the bare ASCII form in any of those languages, and the MAX_FORMS commonest forms with
diacritics (language, form, frequency). Kept where the commonest form is at least MIN_MARGIN Zipf more frequent
than the bare form (people type "jarvinen" too, but far less than "järvinen"); the engine asks for more.

The output is deterministic (gzip without timestamp or file name, keys sorted). Format: first line HEADER; then
`ascii<TAB>zipf of the bare form<TAB>language form zipf<TAB>...` (commonest form first).
"""

from __future__ import annotations

import gzip
import io
import unicodedata
from pathlib import Path

from importlib.metadata import version

from wordfreq import get_frequency_list

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "lektorat" / "data" / "diacritics" / "diacritics.tsv.gz"
HEADER = "#lektorat-diacritics 2\tascii\tzipf_ascii\tlanguage form zipf..."
# languages whose names German press writes with their diacritics: Finnish, Latvian, Lithuanian, West and South
# Slavic, Hungarian, Romanian, Turkish, the mainland Nordic ones (wordfreq has no Estonian list)
LANGUAGES = ("fi", "lv", "lt", "pl", "cs", "sk", "sl", "sh", "hu", "ro", "tr", "sv", "nb", "da")
MIN_ZIPF = 3.0
MIN_MARGIN = 1.0
MIN_LEN = 4
MAX_FORMS = 3
# letters NFD does not decompose, with the ASCII letter English text writes for them
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ð": "d", "þ": "th", "æ": "ae", "ß": "ss"})


def fold(word: str) -> str:
    """WORD without its diacritics, as English text prints it: väisänen -> vaisanen, łódź -> lodz."""
    return "".join(c for c in unicodedata.normalize("NFD", word.translate(_FOLD)) if not unicodedata.combining(c))


def build() -> list[str]:
    forms: dict[str, list[tuple[float, str, str]]] = {}
    bare: dict[str, float] = {}
    for lang in LANGUAGES:
        # wordfreq's list: buckets of words, bucket i holding the words of Zipf 9 - i/100
        for i, bucket in enumerate(get_frequency_list(lang, "best")):
            zipf = 9 - i / 100
            if zipf < 1.0:
                break
            for word in bucket:
                if not word.isalpha():
                    continue
                key = fold(word)
                if key == word:
                    bare[word] = max(bare.get(word, 0.0), zipf)
                elif zipf >= MIN_ZIPF and key.isascii() and len(key) >= MIN_LEN:
                    forms.setdefault(key, []).append((zipf, word, lang))
    rows = []
    for key, found in forms.items():
        found.sort(key=lambda f: (-f[0], f[2], f[1]))
        za = bare.get(key, 0.0)
        if found[0][0] - za < MIN_MARGIN:
            continue
        rows.append("\t".join([key, f"{za:.2f}"] + [f"{lang} {word} {z:.2f}" for z, word, lang in found[:MAX_FORMS]]))
    return sorted(rows)


def main() -> None:
    rows = build()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(("\n".join([HEADER] + rows) + "\n").encode("utf-8"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(buf.getvalue())
    print(f"{OUT}: {len(rows)} words (wordfreq {version('wordfreq')})")


if __name__ == "__main__":
    main()
