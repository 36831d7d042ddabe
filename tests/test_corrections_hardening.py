"""Correction sets, hardened: what is written reads back exactly (NEL and other line breaks, control characters),
what is read is plain YAML of the expected types (no alias bombs), and re-running propose keeps editors' comments."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import textwrap
import time

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lektorat import corrections as C
from lektorat import set_yaml
from lektorat.findings import CATEGORIES, Finding

# --- 1. everything written reads back exactly ----------------------------------------------------------------------

ODD = [
    "\x85", "\u2028", "\u2029", "\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\ufeff", "\t", "\x00",
    "\x07", "\x1b", "\x7f", "\x9f", "\u00a0", "\u200b", "\u202e", "\ufffe", "'", '"', "''", "\\", "\\N", "😀",
    "👨‍👩‍👧", "🇩🇪", " ", "  ", "# ", " #", ": ", "- ", "? ", "{", "}", "[", "]", ",", "&a", "*a", "!x", "%", "@", "`",
    "|", ">", "yes", "No", "on", "null", "~", "true", "0o17", "1e3", "12:30", "010", "<<", "=", "---", "...",
]
WORDS = ["Kremlin", "Kreml", "der", "sagte", "„Friedensrat“", "Lukaschenko", "über", "Straße", "neither", "1.000"]
piece = st.one_of(st.sampled_from(ODD), st.sampled_from(WORDS), st.text(max_size=4))
# up to ~40 pieces: long enough for the writer to fold lines at 120 columns
odd_text = st.lists(piece, max_size=40).map("".join)
some_text = st.lists(piece, min_size=1, max_size=40).map("".join).filter(bool)


@st.composite
def corrections(draw, cid):
    status = draw(st.sampled_from(C.STATUSES))
    replacement = draw(some_text if status == "accepted" else st.none() | odd_text)
    return C.Correction(cid, draw(some_text), replacement, draw(odd_text), draw(odd_text),
                        draw(st.none() | st.integers(1, 10**6)), draw(st.sampled_from(CATEGORIES)), draw(odd_text),
                        status, draw(odd_text))


@st.composite
def correction_sets(draw):
    ids = draw(st.lists(st.one_of(odd_text, st.from_regex(r"c[0-9]{3}", fullmatch=True)), max_size=6, unique=True))
    return C.CorrectionSet(draw(some_text), draw(st.one_of(st.just(C.sha256("x")), odd_text)),
                           [draw(corrections(cid)) for cid in ids])


def same(a: C.CorrectionSet, b: C.CorrectionSet) -> bool:
    return (a.article, a.source_sha256, a.corrections) == (b.article, b.source_sha256, b.corrections)


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(correction_sets())
def test_property_every_set_written_reads_back_exactly(cset):
    text = cset.to_yaml()
    back = C.loads(text)
    assert same(back, cset)
    # written again unchanged, a loaded set is the same text (its own document, byte for byte)
    assert back.to_yaml() == text
    # and a YAML 1.1 reader (PyYAML) reads the same data: `yes`, `on`, `12:30` are quoted, NEL is escaped
    data = yaml.safe_load(text)
    assert data["article"] == cset.article and data["source_sha256"] == cset.source_sha256
    assert [C.Correction(**d) for d in data["corrections"]] == cset.corrections


@SETTINGS
@given(correction_sets(), correction_sets(), st.data())
def test_property_a_loaded_set_changed_and_extended_reads_back_exactly(first, more, data):
    loaded = C.loads(first.to_yaml(), "set.yaml")
    for c in loaded.corrections:  # editors decide; some drafts go
        c.status = data.draw(st.sampled_from(["rejected", "pending"] + (["accepted"] if c.replacement else [])))
        c.rationale = data.draw(odd_text)
    loaded.corrections = [c for c in loaded.corrections if data.draw(st.booleans())]
    ids = {c.id for c in loaded.corrections}
    loaded.corrections += [c for c in more.corrections if c.id not in ids]
    loaded.source_sha256 = more.source_sha256
    assert same(C.loads(loaded.to_yaml()), loaded)


NEL_ARTICLE = "Der\x85Kremlin sagte, der Kreml schweige.\nDer Kremlin sagte, der Kreml schweige.\n"


def nel_set() -> C.CorrectionSet:
    """Two lines alike but for a NEL: the first line's correction is accepted, the second's rejected."""
    first = NEL_ARTICLE.index("Kremlin")
    second = NEL_ARTICLE.index("Kremlin", first + 1)
    cs = C.CorrectionSet("nel.de.txt", C.sha256(NEL_ARTICLE))
    for cid, start, status in (("c001", first, "accepted"), ("c002", second, "rejected")):
        before, after, occ = C.anchor_for(NEL_ARTICLE, start, start + len("Kremlin"))
        cs.corrections.append(C.Correction(cid, "Kremlin", "Kreml", before, after, occ, "transliteration",
                                           "English spelling", status, "GLOSSARY"))
    assert "\x85" in cs.corrections[0].before
    return cs


def test_nel_in_an_anchor_corrects_the_accepted_line_not_the_rejected_one(tmp_path):
    path = tmp_path / "nel.yaml"
    path.write_text(nel_set().to_yaml(), encoding="utf-8")
    loaded = C.load(path)
    assert C.apply(loaded, NEL_ARTICLE) == NEL_ARTICLE.replace("Kremlin", "Kreml", 1)
    assert same(loaded, nel_set())
    assert "\x85" not in path.read_text(encoding="utf-8")  # escaped (\N), never raw


def test_nel_edition_through_the_cli(tmp_path, run_cli):
    article = tmp_path / "nel.de.txt"
    article.write_bytes(NEL_ARTICLE.encode("utf-8"))
    cset = tmp_path / "nel.yaml"
    cset.write_text(nel_set().to_yaml(), encoding="utf-8")
    out = tmp_path / "edition.txt"
    code, _, err = run_cli(["edition", article, "--corrections", cset, "-o", out])
    assert code == 0, err
    lines = out.read_bytes().decode("utf-8").split("\n")
    assert lines[0] == "Der\x85Kreml sagte, der Kreml schweige."  # the accepted correction
    assert lines[1] == "Der Kremlin sagte, der Kreml schweige."  # the rejected one: unchanged


def test_a_set_that_would_read_back_differently_is_never_written(monkeypatch):
    # a writer that forgets to escape: the check after writing catches it, whatever it is
    monkeypatch.setattr(set_yaml, "_styled", lambda v, style: v)
    with pytest.raises(C.CorrectionError, match="refusing to write the set.*c001.*'before'"):
        nel_set().to_yaml()


@pytest.mark.parametrize("change,message", [
    (dict(occurrence=True), "'occurrence' must be a whole number from 1, not true"),
    (dict(occurrence=0), "'occurrence' must be a whole number from 1, not 0"),
    (dict(status="maybe"), "unknown status 'maybe'"),
    (dict(original=""), "'original' must be non-empty text"),
    (dict(category="poetry"), "unknown category 'poetry'"),
    (dict(status="accepted", replacement=None), "accepted, but it has no replacement"),
])
def test_to_yaml_refuses_a_set_it_could_not_read(change, message):
    c = dataclasses.replace(C.Correction("c1", "a", "b"), **change)
    with pytest.raises(C.CorrectionError, match="refusing to write the set") as e:
        C.CorrectionSet("x.txt", "", [c]).to_yaml()
    assert message in str(e.value) and "\n" not in str(e.value)


def test_the_committed_set_is_written_back_byte_for_byte(repo):
    """The writer keeps the layout of the sets written so far: re-writing one changes nothing."""
    text = (repo / "corrections" / "board-of-peace.yaml").read_text(encoding="utf-8")
    cset = C.loads(text)
    assert cset.to_yaml() == text
    cset.yaml_text = None  # a set made in code is written the same way
    assert cset.to_yaml() == text


# --- 2. alias bombs and wrong types ----------------------------------------------------------------------------

BOMB = textwrap.dedent("""\
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    article: *i
    corrections:
    - {id: c1, original: *i, status: pending}
    """)


def test_alias_bomb_is_refused_at_once(tmp_path):
    """Nine levels of nine: 9**9 strings if expanded. Refused before anything expands (in a child process with a
    time limit, so a loader that expands it fails the test instead of eating the machine)."""
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(BOMB, encoding="utf-8")
    assert len(BOMB) < 1024
    probe = textwrap.dedent(f"""\
        import json, time
        from lektorat import corrections as C
        import ruamel.yaml  # imported before the clock starts, as in a running program
        t = time.perf_counter()
        try:
            C.load({str(bomb)!r})
            message = None
        except C.CorrectionError as e:
            message = str(e)
        print(json.dumps([time.perf_counter() - t, message]))
        """)
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    seconds, message = json.loads(proc.stdout)
    assert seconds < 0.5, seconds
    assert message == f"{bomb}:1: anchor &a: a correction set may not use anchors or aliases"


def test_alias_bomb_through_the_cli(tmp_path, run_cli, seed_path):
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(BOMB, encoding="utf-8")
    out = tmp_path / "edition.txt"
    start = time.perf_counter()
    code, _, err = run_cli(["edition", seed_path, "--corrections", bomb, "-o", out], timeout=60)
    assert time.perf_counter() - start < 30
    assert code == 2 and "anchors or aliases" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


HEAD = "article: x.de.txt\ncorrections:\n"


@pytest.mark.parametrize("content,message", [
    # aliases, anchors, tags, merge keys, nesting: plain YAML only
    (HEAD + "- {id: a, original: &o b, status: pending, before: *o}\n",
     "set.yaml:3: anchor &o: a correction set may not use anchors or aliases"),
    ("article: &x x.de.txt\ncorrections: []\n", "set.yaml:1: anchor &x: a correction set may not use anchors"),
    (HEAD + "- id: a\n  original: !!python/object:os.system b\n  status: pending\n",
     "set.yaml:4: tag tag:yaml.org,2002:python/object:os.system: a correction set may not use tags"),
    (HEAD + "- id: a\n  original: b\n  status: pending\n  <<: {before: c}\n",
     "set.yaml:6: merge key '<<': a correction set may not use merge keys"),
    ("[" * 10000, "set.yaml:1: nested more than 8 levels deep"),
    # wrong types
    (HEAD + "- {id: a, original: b, status: pending, occurrence: true}\n",
     "set.yaml:3: correction a: 'occurrence' must be a whole number from 1, not true"),
    (HEAD + "- id: a\n  original: b\n  status: pending\n  occurrence: 2.0\n",
     "set.yaml:6: correction a: 'occurrence' must be a whole number from 1, not 2.0"),
    (HEAD + "- id: a\n  original: b\n  status: pending\n  occurrence: '2'\n",
     "set.yaml:6: correction a: 'occurrence' must be a whole number from 1, not '2'"),
    (HEAD + "- {id: [1, 2], original: b, status: pending}\n",
     "set.yaml:3: correction #1: 'id' must be text, not a list"),
    (HEAD + "- id: 7\n  original: b\n  status: pending\n", "set.yaml:3: correction #1: 'id' must be text, not 7"),
    (HEAD + "- id: a\n  original: 2026-01-19\n  status: pending\n",
     "set.yaml:4: correction a: 'original' must be non-empty text, not a date"),
    (HEAD + "- id: a\n  original: b\n  replacement: 5\n  status: pending\n",
     "set.yaml:5: correction a: 'replacement' must be text, not 5"),
    (HEAD + "- id: a\n  original: b\n  status: [accepted]\n",
     "set.yaml:5: correction a: 'status' must be one of pending, accepted, rejected, not a list"),
    (HEAD + "- id: a\n  original: b\n  status: pending\n  category: {x: 1}\n",
     "set.yaml:6: correction a: 'category' must be text, not a mapping"),
    (HEAD + "- id: a\n  original: b\n  status: pending\n  rationale: [why]\n",
     "set.yaml:6: correction a: 'rationale' must be text, not a list"),
    (HEAD + "- id: a\n  original: b\n  status: pending\n  before: 12\n",
     "set.yaml:6: correction a: 'before' must be text, not 12"),
    (HEAD + "- id: a\n  original: b\n  status: pending\n- just text\n", "set.yaml:6: correction #2 is not a mapping"),
    (HEAD + "- ? [a]\n  : b\n", "set.yaml:3: correction #1: a list is not a field name"),
    ("article: 12\ncorrections: []\n", "set.yaml:1: 'article' must be the article's file name, not 12"),
    ("article: x\nsource_sha256: [a]\ncorrections: []\n", "set.yaml:2: 'source_sha256' must be text, not a list"),
    ("article: x\ncorrections: {a: 1}\n", "set.yaml:2: 'corrections' must be a list, not a mapping"),
    ("article: x\nsource_sha265: abc\ncorrections: []\n", "set.yaml:2: unknown key 'source_sha265'"),
    (HEAD + "- id: a\n  original: b\n  status: pending\n  status: accepted\n",
     "set.yaml: not valid YAML (line 6): found duplicate key"),
])
def test_anything_but_plain_yaml_of_the_right_types_is_refused(tmp_path, content, message):
    path = tmp_path / "set.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(C.CorrectionError) as e:
        C.load(path)
    text = str(e.value)
    assert text.startswith(str(tmp_path) + "/") and message in text, text
    assert "\n" not in text


def test_wrong_type_through_the_cli_is_a_one_line_error(tmp_path, run_cli, seed_path):
    bad = tmp_path / "set.yaml"
    bad.write_text("article: x\ncorrections:\n- {id: [1, 2], original: b, status: pending}\n", encoding="utf-8")
    out = tmp_path / "edition.txt"
    code, _, err = run_cli(["edition", seed_path, "--corrections", bad, "-o", out])
    assert code == 2 and f"{bad}:3: correction #1: 'id' must be text, not a list" in err
    assert len(err.strip().splitlines()) == 1 and not out.exists()


def test_an_oversized_set_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(set_yaml, "MAX_SET_BYTES", 1000)
    big = tmp_path / "big.yaml"
    big.write_text(HEAD + "- {id: a, original: b, status: pending}\n" + "#" * 1000 + "\n", encoding="utf-8")
    with pytest.raises(C.CorrectionError, match="big.yaml: larger than 1000 bytes: not a correction set"):
        C.load(big)


# --- 3. re-running propose keeps editors' comments -------------------------------------------------------------

ARTICLE = "Der Kremlin-Sprecher sagte, der Kremlin wolle neither verhandeln. Die meisten Allien zögern.\n"
COMMENTED = textwrap.dedent(f"""\
    # Reviewed by M. K., 2026-02-03: the names follow the Duden, see the style guide §4.
    #   second line of the note, indented
    article: x.de.txt
    source_sha256: {C.sha256(ARTICLE)}
    corrections:
    - id: c001
      original: Kremlin
      replacement: Kreml
      before: 'Der '
      after: -Sprecher sagte, der Kreml
      category: transliteration
      rationale: English spelling
      status: accepted   # checked against the dpa list
      origin: GLOSSARY_ORGANISATION
    # keep "neither" for now: the author rewrites this sentence
    - id: c002
      original: neither
      replacement: weder
      before: 'Kremlin wolle '
      after: ' verhandeln. Die meisten'
      category: english
      rationale: English word in German text
      status: rejected  #  rewrite instead
      origin: EN_WORD
    """)
COMMENT_LINES = [
    "# Reviewed by M. K., 2026-02-03: the names follow the Duden, see the style guide §4.\n",
    "#   second line of the note, indented\n",
    "  status: accepted   # checked against the dpa list\n",
    '# keep "neither" for now: the author rewrites this sentence\n',
    "  status: rejected  #  rewrite instead\n",
]


def finding(text: str, word: str, suggestion: str, category: str = "pseudo-english") -> Finding:
    start = text.index(word)
    return Finding(start, start + len(word), word, "PSEUDO_EN", category, "error", f"{word}: not German",
                   [suggestion])


def test_propose_on_a_commented_set_keeps_the_comments_and_appends(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    existing = C.load(path)
    findings = [finding(ARTICLE, "neither", "weder", "english"), finding(ARTICLE, "Allien", "Verbündeten")]
    cset = C.propose(ARTICLE, "x.de.txt", findings, existing)
    out = cset.to_yaml()
    # the file as the editors left it, byte for byte, then the new correction
    assert out.startswith(COMMENTED), out
    for line in COMMENT_LINES:
        assert out.count(line) == 1
    back = C.loads(out)
    assert [c.id for c in back.corrections] == ["c001", "c002", "c003"]
    assert [c.status for c in back.corrections] == ["accepted", "rejected", "pending"]
    assert back.corrections[2].original == "Allien" and back.corrections[2].replacement == "Verbündeten"
    # and again: nothing new, nothing changes
    again = C.propose(ARTICLE, "x.de.txt", findings, back)
    assert again.to_yaml() == out


def test_dropped_and_inserted_corrections_leave_the_comments_above_the_others_in_place():
    """A pending draft whose text is gone is dropped, a correction is inserted in the middle: the comments above
    the corrections nobody touched stay above them; no comment is lost."""
    text = COMMENTED.replace("status: rejected  #  rewrite instead", "status: pending") + textwrap.dedent("""\
        # about Allien: the desk prefers „Verbündeten“
        - id: c003
          original: Allien
          replacement: Verbündeten
          before: 'Die meisten '
          after: ' zögern.'
          category: pseudo-english
          rationale: pseudo-English
          status: accepted
          origin: PSEUDO_EN
        """)
    changed = ARTICLE.replace("neither", "nicht")  # c002's text is gone
    existing = C.loads(text, "x.yaml")
    existing.corrections.insert(1, C.Correction("c009", "Sprecher", "Sprecherin", "Kremlin-", " sagte"))
    inserted = existing.to_yaml()
    assert '# keep "neither" for now: the author rewrites this sentence\n- id: c002\n' in inserted
    assert "  origin: editor\n# keep" in inserted  # c009 went in above the comment, not below it
    cset = C.propose(changed, "x.de.txt", [], C.loads(inserted, "x.yaml"))
    out = cset.to_yaml()
    assert [c.id for c in C.loads(out).corrections] == ["c001", "c009", "c003"]
    assert all(line in out for line in COMMENT_LINES[:3])
    assert "corrections:\n" + COMMENTED.split("corrections:\n")[1].split("# keep")[0] + "- id: c009\n" in out
    assert "# about Allien: the desk prefers „Verbündeten“\n- id: c003\n" in out
    assert '# keep "neither" for now' in out  # the dropped draft's note is kept, not silently lost


def test_propose_cli_keeps_comments_and_decisions(tmp_path, run_cli, seed_path):
    article = tmp_path / seed_path.name
    article.write_bytes(seed_path.read_bytes())
    path = tmp_path / "set.yaml"
    code, _, err = run_cli(["propose", article, "-o", path])
    assert code == 0, err
    draft = C.load(path)
    assert len(draft.corrections) >= 3
    # an editor: a note at the top, one decision with a remark, a note above a correction, one draft deleted
    first, second, gone = draft.corrections[0], draft.corrections[1], draft.corrections[-1]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out_lines = ["# Lektorat 2026-02-03 (M. K.): first pass, names checked\n"]
    skip = False
    for line in lines:
        if line == f"- id: {gone.id}\n":
            skip = True
        elif line.startswith("- id: "):
            skip = False
        if skip:
            continue
        if line == f"- id: {second.id}\n":
            out_lines.append("# ask the author about this one\n")
        out_lines.append(line)
    edited = "".join(out_lines)
    status_line = "  status: pending\n"
    k = edited.index(f"- id: {first.id}\n")
    k = edited.index(status_line, k)
    edited = edited[:k] + "  status: rejected   # the author insists\n" + edited[k + len(status_line):]
    path.write_text(edited, encoding="utf-8")
    code, _, err = run_cli(["propose", article, "-o", path])
    assert code == 0, err
    out = path.read_text(encoding="utf-8")
    assert out.startswith(edited)  # everything the editor wrote, byte for byte
    back = C.load(path)
    assert back.corrections[0].status == "rejected"
    assert len(back.corrections) == len(draft.corrections)
    readded = back.corrections[-1]
    assert readded.original == gone.original and readded.status == "pending" and readded.id != first.id
