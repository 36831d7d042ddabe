"""Correction sets: anchoring, applying, proposing, and every way a set can be wrong."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lektorat import corrections as C
from lektorat.checker import check_text

TEXT = "Der Kremlin-Sprecher sagte, der Kremlin wolle neither verhandeln. Der Kremlin schweigt."


def corr(cid, original, replacement, before="", after="", status="accepted", occurrence=None):
    return C.Correction(cid, original, replacement, before, after, occurrence, "terminology", "test", status)


def test_apply_changes_exactly_the_anchored_spans():
    cs = C.CorrectionSet("x.txt", C.sha256(TEXT), [
        corr("a", "Kremlin", "Kreml", before="sagte, der ", after=" wolle"),
        corr("b", "neither", "nicht", before="wolle "),
        corr("c", "Kremlin", "Kreml", before="Der ", after=" schweigt"),
        corr("d", "sagte", "meinte", status="rejected"),
    ])
    assert C.apply(cs, TEXT) == "Der Kremlin-Sprecher sagte, der Kreml wolle nicht verhandeln. Der Kreml schweigt."


def test_ambiguous_stale_and_overlapping_anchors_are_errors_naming_the_correction():
    ambiguous = C.CorrectionSet("x", "", [corr("amb", "Kremlin", "Kreml")])
    with pytest.raises(C.CorrectionError, match="amb.*ambiguous"):
        C.apply(ambiguous, TEXT)
    stale = C.CorrectionSet("x", "", [corr("old", "Peskov", "Peskow")])
    with pytest.raises(C.CorrectionError, match="old.*stale"):
        C.apply(stale, TEXT)
    overlap = C.CorrectionSet("x", "", [corr("o1", "Kremlin-Sprecher", "Kreml-Sprecher"),
                                        corr("o2", "Sprecher sagte", "Sprecher meinte")])
    with pytest.raises(C.CorrectionError, match="o1 and o2 overlap"):
        C.apply(overlap, TEXT)
    occurrence = C.CorrectionSet("x", "", [corr("n", "Kremlin", "Kreml", before="der ", occurrence=1)])
    assert "der Kreml wolle" in C.apply(occurrence, TEXT)


def test_a_set_for_another_version_of_the_article_is_refused():
    cs = C.CorrectionSet("x", C.sha256("something else"), [corr("a", "neither", "nicht")])
    with pytest.raises(C.CorrectionError, match="another version"):
        C.apply(cs, TEXT)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8), st.text("xyzäß ", max_size=6)), max_size=6))
def test_property_non_overlapping_corrections_change_exactly_their_spans(edits):
    text = "".join(f"<{k:02d}>" for k in range(40))  # every 4-character cell is unique: anchors never repeat
    chosen, taken = [], []
    for start, length, repl in edits:
        end = min(start + length, len(text))
        if any(start < b and a < end for a, b in taken) or start >= end:
            continue
        taken.append((start, end))
        chosen.append((start, end, repl))
    cs = C.CorrectionSet("x", C.sha256(text), [
        corr(f"c{k}", text[a:b], r, *C.anchor_for(text, a, b)[:2]) for k, (a, b, r) in enumerate(chosen)])
    out = C.apply(cs, text)
    expected, pos = [], 0
    for a, b, r in sorted(chosen):
        expected += [text[pos:a], r]
        pos = b
    assert out == "".join(expected) + text[pos:]
    # applying the same set to its own output is refused (the checksum is the original's), never a double edit
    if chosen:
        with pytest.raises(C.CorrectionError):
            C.apply(cs, out)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 150), st.text("abcxyz", min_size=1, max_size=4))
def test_property_stale_anchors_are_always_detected(pos, junk):
    text = "".join(f"[{k:03d}]" for k in range(30))
    pos = min(pos, len(text) - 5)
    c = corr("s", text[pos:pos + 5], "REPL", *C.anchor_for(text, pos, pos + 5)[:2])
    changed = text[:pos] + junk + text[pos + 5:]  # the anchored text is gone
    with pytest.raises(C.CorrectionError, match="stale"):
        C.apply(C.CorrectionSet("x", "", [c]), changed)


def test_propose_keeps_reviewed_decisions_and_adds_only_new_findings(engines):
    first = check_text(TEXT, engines)
    draft = C.propose(TEXT, "x.txt", first.findings)
    assert draft.corrections and all(c.status == "pending" for c in draft.corrections)
    by_original = {c.original: c for c in draft.corrections}
    assert by_original["neither"].replacement == "weder"
    by_original["neither"].status = "rejected"
    by_original["neither"].rationale = "editor: rewrite the sentence instead"
    again = C.propose(TEXT, "x.txt", first.findings, draft)
    assert [c.id for c in again.corrections] == [c.id for c in draft.corrections]
    assert {c.original: c for c in again.corrections}["neither"].status == "rejected"
    text2 = TEXT + " Die meisten Allien zögern."
    more = C.propose(text2, "x.txt", check_text(text2, engines).findings, again)
    assert len(more.corrections) == len(again.corrections) + 1
    assert more.corrections[-1].original == "Allien"


@pytest.mark.parametrize("content,message", [
    ("article: x\ncorrections: [\n", "not valid YAML"),
    ("- just a list\n", "expected a mapping"),
    ("article: x\ncorrections:\n- {id: a, original: b, status: maybe}\n", "correction a: unknown status 'maybe'"),
    ("article: x\ncorrections:\n- {id: a, original: b, status: accepted}\n", "correction a: accepted, but it has no"),
    ("article: x\ncorrections:\n- {id: a, original: b, status: pending, colour: red}\n", "unknown field"),
    ("article: x\ncorrections:\n- {id: a, original: b, status: pending}\n- {id: a, original: c, status: pending}\n",
     "used twice"),
])
def test_malformed_sets_are_clear_errors(tmp_path, run_cli, seed_path, content, message):
    bad = tmp_path / "set.yaml"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "edition.txt"
    code, stdout, err = run_cli(["edition", str(seed_path), "--corrections", str(bad), "-o", str(out)])
    assert code == 2 and message in err and "Traceback" not in err
    assert not out.exists()


def test_edition_cli_and_set_for_another_file(tmp_path, run_cli, seed_path):
    cset = tmp_path / "set.yaml"
    code, out, err = run_cli(["propose", str(seed_path), "-o", str(cset)])
    assert code == 0, err
    data = C.load(cset)
    for c in data.corrections:
        if c.original in ("neither", "die Abzugs"):
            c.status = "accepted"
    cset.write_text(data.to_yaml(), encoding="utf-8")
    edition = tmp_path / "edition.txt"
    code, out, err = run_cli(["edition", str(seed_path), "--corrections", str(cset), "-o", str(edition), "--diff"])
    assert code == 0, err
    new = edition.read_text(encoding="utf-8")
    old = seed_path.read_text(encoding="utf-8")
    assert "wie der Abzug von" in new and "für weder derzeitige" in new
    assert new.replace("der Abzug", "die Abzugs").replace("weder", "neither") == old
    other = tmp_path / "other.de.txt"
    other.write_text(old, encoding="utf-8")
    code, out, err = run_cli(["edition", str(other), "--corrections", str(cset), "-o", str(tmp_path / "o.txt")])
    assert code == 2 and "is the set for" in err and not (tmp_path / "o.txt").exists()


def test_run_checks_drafts_and_writes_the_edition(tmp_path, run_cli, seed_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / seed_path.name).write_bytes(seed_path.read_bytes())
    corr_dir, build = tmp_path / "corrections", tmp_path / "build"
    args = ["run", "--seeds", str(seeds), "--corrections", str(corr_dir), "--out", str(build)]
    code, out, err = run_cli(args)
    assert code == 0, err
    name = seed_path.name[: -len(".de.txt")]
    draft = C.load(corr_dir / f"{name}.yaml")
    assert draft.corrections and all(c.status == "pending" for c in draft.corrections)
    # nothing accepted yet: the edition is the seed, byte for byte
    assert (corr_dir / f"{name}.de.txt").read_bytes() == seed_path.read_bytes()
    assert (build / f"{name}.findings.json").exists()
    # a reviewed set is used, not overwritten
    for c in draft.corrections:
        if c.original == "$1 Milliarde":
            c.status = "accepted"
    (corr_dir / f"{name}.yaml").write_text(draft.to_yaml(), encoding="utf-8")
    code, out, err = run_cli(args)
    assert code == 0, err
    assert "1 Milliarde US-Dollar aus" in (corr_dir / f"{name}.de.txt").read_text(encoding="utf-8")
    assert C.load(corr_dir / f"{name}.yaml").corrections[0].status in ("pending", "accepted")


def test_committed_edition_is_reproducible_and_clean(repo, engines):
    """The curated set for the seed gives exactly the committed edition, and the edition has no error left."""
    seed = (repo / "seeds" / "board-of-peace.de.txt").read_text(encoding="utf-8")
    cset = C.load(repo / "corrections" / "board-of-peace.yaml")
    edition = (repo / "corrections" / "board-of-peace.de.txt").read_text(encoding="utf-8")
    assert C.apply(cset, seed) == edition
    assert all(c.rationale for c in cset.corrections if c.status == "accepted")
    errors = [f for f in check_text(edition, engines).findings if f.severity == "error"]
    assert errors == [], [(f.text, f.rule) for f in errors]
