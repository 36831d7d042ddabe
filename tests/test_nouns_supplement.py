"""scripts/build_nouns_data.py appends the hand-written rows of scripts/nouns_supplement.tsv after the Wiktionary
CSV's, the CSV winning a lemma both have, and refuses a malformed row."""

import gzip
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("build_nouns_data", ROOT / "scripts" / "build_nouns_data.py")
build_nouns_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_nouns_data)

_HEADER = ("lemma,pos,genus,nominativ singular,nominativ plural,genitiv singular,genitiv plural,dativ singular,"
           "dativ plural,akkusativ singular,akkusativ plural\n")


def _rows(csv_text: str, supplement_text: str, tmp_path: Path) -> list[list[str]]:
    csv_path, supplement = tmp_path / "nouns.csv", tmp_path / "supplement.tsv"
    csv_path.write_text(csv_text, encoding="utf-8")
    supplement.write_text(supplement_text, encoding="utf-8")
    text = gzip.decompress(build_nouns_data.build(csv_path, supplement)).decode("utf-8")
    return [line.split("\t") for line in text.splitlines()[1:]]


def test_supplement_rows_follow_the_csv_and_the_csv_wins(tmp_path):
    rows = _rows(_HEADER + "Haus,Substantiv,n,Haus,Häuser,Hauses,Häuser,Haus,Häusern,Haus,Häuser\n",
                 "# a comment\n"
                 "Haus\tm\tHaus\tHause\tHauses\tHause\tHaus\tHausen\tHaus\tHause\n"
                 "Wagen\tm\tWagen\tWagen\tWagens\tWagen\tWagen\tWagen\tWagen\tWagen\n", tmp_path)
    assert [r[0] for r in rows] == ["Haus", "Wagen"]
    assert rows[0][1:4] == ["n", "Haus", "Häuser"]   # (the CSV's row, not the supplement's)
    assert rows[1][1] == "m" and rows[1][4] == "Wagens"


def test_a_malformed_supplement_row_is_refused(tmp_path):
    with pytest.raises(ValueError, match="line 1"):
        _rows(_HEADER, "Wagen\tm\tWagen\n", tmp_path)


def test_the_shipped_supplement_is_well_formed():
    rows = list(build_nouns_data.supplement_lines(build_nouns_data.SUPPLEMENT, set()))
    assert len(rows) >= 20 and all(len(r.split("\t")) == 10 for r in rows)
