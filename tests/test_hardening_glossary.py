"""Hostile glossaries and hostile words: calque patterns that would backtrack exponentially, malformed or
non-regular glossary files, and "words" of a megabyte that would cost memory quadratic in their length.

Each case was reproduced before the fix (16 s for a 14-slot pattern, a traceback for a `~` variant, a glossary
FIFO that blocked forever, /dev/zero read until MemoryError, 5.1 GB for a 100,000-letter word); these keep it fixed.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from lektorat import lexicon, nouns
from lektorat.checker import check_text
from lektorat.engines.builtin import BuiltinEngine
from lektorat.engines.builtin import garbled
from lektorat.glossary import COLUMNS, MAX_FILE_BYTES, GlossaryError, SlotPattern, compile_word, load

from test_input_errors import assert_one_line_error

HEADER = "\t".join(COLUMNS) + "\n"
SRC = "https://www.duden.de/"
REPO = Path(__file__).resolve().parents[1]


def row(de: str, en: str, kind: str, variants: str, note: str = "") -> str:
    return f"{de}\t{en}\t{kind}\t{variants}\t\t\t{note}\t{SRC}\n"


def write(tmp_path: Path, body: str, name: str = "g.tsv", prefix: bytes = b"") -> Path:
    g = tmp_path / name
    g.write_bytes(prefix + (HEADER + body).encode("utf-8"))
    return g


def refused(g: Path, line: int) -> str:
    """The glossary is refused with a one-line GlossaryError naming file and line."""
    with pytest.raises(GlossaryError) as ei:
        load(g, builtin=False)
    msg = str(ei.value)
    assert f"{g}:{line}:" in msg, msg
    assert "\n" not in msg and len(msg.splitlines()) == 1, msg
    return msg


# --- 1. calque patterns: no catastrophic backtracking --------------------------------------------------------------

@pytest.mark.parametrize("pattern", ["a**********b", "*" * 14, "Wort " + "*" * 30, "gefroren** Vermögen*"],
                         ids=["a10b", "14-stars", "30-stars-second-word", "two-adjacent"])
def test_adjacent_slots_are_refused_with_file_and_line(tmp_path, pattern):
    g = write(tmp_path, row("eingefroren", "frozen", "calque", "gefroren*") + row("x", "y", "calque", pattern))
    t = time.process_time()
    msg = refused(g, 3)
    assert time.process_time() - t < 1
    assert "*" in msg


def test_adjacent_slots_through_the_cli(run_cli, tmp_path, seed_path):
    g = write(tmp_path, row("x", "y", "calque", "a**********b"))
    rc, out, err = run_cli(["check", "--glossary", g, seed_path], timeout=60)
    assert_one_line_error(rc, out, err, f"{g}:2")


def test_too_many_slots_in_one_word_are_refused(tmp_path):
    g = write(tmp_path, row("x", "y", "calque", "a*b*c*d*e*f"))
    assert "slots" in refused(g, 2)


def test_pattern_starting_with_a_slot_is_refused(tmp_path):
    # looked up by its first letters, a pattern that starts with "*" could never match
    g = write(tmp_path, row("Minister*", "secretary", "calque", "*sekretär"))
    refused(g, 2)


def test_many_slot_pattern_loads_and_a_long_word_is_matched_in_milliseconds(tmp_path):
    g = write(tmp_path, row("a*b*c*d*", "x", "calque", "a*b*c*d*") + row("x", "y", "calque", "ab*ab*ab*ab*ab"))
    gl = load(g, builtin=False)
    pats = [cq.pattern[0] for lst in gl.calques.values() for cq in lst]
    assert len(pats) == 2
    words = ["a" * 1000, "ab" * 500, "abcd" * 250, "ab" * 499 + "abab", "".join(random.Random(1).choices("ab", k=1000))]
    t = time.process_time()
    for p in pats:
        for w in words:
            assert p.match(w) is None
    assert time.process_time() - t < 0.05
    # ... and still matches what it should
    assert pats[0].match("axbyczdw").groups() == ("x", "y", "z", "w")


def test_slot_pattern_is_linear_whatever_the_pattern():
    """SlotPattern itself (not only what the loader lets through) never backtracks: 30 slots, adjacent or not,
    against words of the right length and of 1,000 letters."""
    t = time.process_time()
    for pat in ("*" * 30, "a*" * 30, "a" + "*" * 30 + "b", "*a" * 30):
        sp = SlotPattern(pat, ignore_case=True)
        for w in ("a" * 1000, "a" * 60, "a" * 90, "a" * 89 + "b", "ab" * 40):
            sp.fill(w)
    assert time.process_time() - t < 1
    assert SlotPattern("*" * 30).fill("a" * 90) == ("aaa",) * 30
    assert SlotPattern("a" + "*" * 14 + "b").fill("a" + "x" * 40 + "b") == ("xxx",) * 13 + ("x",)


def _regex_groups(pattern: str, word: str, ignore_case: bool):
    rx = re.compile(re.escape(pattern).replace(re.escape("*"), r"([a-zäöüß]{0,3})") + r"\Z",
                    re.IGNORECASE if ignore_case else 0)
    m = rx.match(word)
    return None if m is None else m.groups()


def test_slot_pattern_means_what_the_regex_meant():
    """The same matches and the same slot fillers (greedy, leftmost first) as the old regular expression."""
    rnd = random.Random(7)
    for _ in range(20_000):
        pat = "".join(rnd.choice("abAäß*") for _ in range(rnd.randint(1, 7)))
        word = "".join(rnd.choice("abABäÄßẞxX") for _ in range(rnd.randint(0, 12)))
        ic = rnd.random() < 0.5
        assert SlotPattern(pat, ic).fill(word) == _regex_groups(pat, word, ic), (pat, word, ic)
        m = compile_word(pat, ic).match(word)  # a regex for one slot, a SlotPattern for more
        assert (None if m is None else m.groups()) == _regex_groups(pat, word, ic), (pat, word, ic)


def test_multi_slot_calque_end_to_end(tmp_path):
    g = write(tmp_path, row("Verteidigung*minister*", "secretary of defense", "calque", "Verteidigung*sekretär*"))
    engine = BuiltinEngine(load(g, builtin=False))
    fs = [f for f in check_text("Der Verteidigungssekretärs Rede war kurz.", [engine]).findings
          if f.category == "calque"]
    assert [(f.text, f.suggestions) for f in fs] == [("Verteidigungssekretärs", ["Verteidigungsministers"])]
    # a 1,000-letter token starting like the pattern costs nothing
    t = time.process_time()
    check_text("Der Verteidigung" + "s" * 1000 + " kam.", [engine])
    assert time.process_time() - t < 2


# --- 2. malformed glossary files ---------------------------------------------------------------------------------

def test_utf8_bom_is_accepted(tmp_path, run_cli):
    g = write(tmp_path, row("Kreml", "Kremlin", "place", "Kremlin"), prefix=b"\xef\xbb\xbf")
    gl = load(g, builtin=False)
    assert [e.variants for e in gl.entries] == [("Kremlin",)]
    doc = tmp_path / "t.de.txt"
    doc.write_text("Der Kremlin schweigt.\n", encoding="utf-8")
    rc, out, err = run_cli(["check", "--no-builtin-glossary", "--glossary", g, "--format", "json", doc])
    assert rc in (0, 1), err
    assert [f["suggestions"] for f in json.loads(out)["findings"] if f["text"] == "Kremlin"] == [["Kreml"]]


def test_bom_does_not_shift_the_utf8_error_offset(tmp_path):
    g = tmp_path / "g.tsv"
    g.write_bytes(b"\xef\xbb\xbf" + HEADER.encode() + b"Stra\xdfe\tstreet\tterm\tStreet\t\t\t\tx\n")
    with pytest.raises(GlossaryError, match=f"byte offset {3 + len(HEADER) + 4}"):
        load(g, builtin=False)


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\r", "\x1c"],
                         ids=["LS", "PS", "NEL", "VT", "FF", "CR", "FS"])
def test_line_separators_inside_a_field_stay_in_the_field(tmp_path, sep):
    body = (row("Kreml", "Kremlin", "place", "Kremlin", note=f"erste Zeile{sep}zweite Zeile")
            + row("Peskow", "Peskov", "person", "Peskov")
            + "kaputt\n")
    g = write(tmp_path, body)
    msg = refused(g, 4)  # the bad row keeps its physical line number
    assert "found 1" in msg
    gl = load(write(tmp_path, body.replace("kaputt\n", ""), name="ok.tsv"), builtin=False)
    assert [e.line for e in gl.entries] == [2, 3]
    assert gl.entries[0].note == f"erste Zeile{sep}zweite Zeile"


def test_crlf_rows_still_load(tmp_path):
    g = tmp_path / "g.tsv"
    g.write_bytes((HEADER + row("Kreml", "Kremlin", "place", "Kremlin")).replace("\n", "\r\n").encode())
    assert [(e.preferred, e.source, e.line) for e in load(g, builtin=False).entries] == [("Kreml", SRC, 2)]


def test_bare_cr_file_gets_a_one_line_hint(tmp_path):
    g = tmp_path / "mac.tsv"
    g.write_bytes((HEADER + row("Kreml", "Kremlin", "place", "Kremlin")).replace("\n", "\r").encode())
    assert "CR" in refused(g, 1)


def test_header_error_is_one_short_line_whatever_the_header(tmp_path):
    g = tmp_path / "g.tsv"
    g.write_text("de\u2028en\t" + "x" * 100_000 + "\n", encoding="utf-8")
    msg = refused(g, 1)
    assert len(msg) < 600 and "\u2028" not in msg


@pytest.mark.parametrize("variants", ["~", "*", "~ ", "~*", "Kremlin|~", "Kremlin||Kreml", "Kremlin|", "|", "- *"],
                         ids=["tilde", "star", "tilde-space", "tilde-star", "tilde-among", "empty-among",
                              "trailing-bar", "bar", "no-letters"])
def test_variants_without_a_word_are_refused(tmp_path, variants):
    g = write(tmp_path, row("Kreml", "Kremlin", "place", "Kreml") + row("Kreml", "Kremlin", "place", variants))
    refused(g, 3)


def test_star_alone_as_calque_is_refused(tmp_path):
    refused(write(tmp_path, row("x*", "y", "calque", "*")), 2)


def test_empty_alternative_in_de_is_refused(tmp_path):
    refused(write(tmp_path, row("Kreml||Moskau", "Kremlin", "place", "Kremlin")), 2)


def test_tilde_variant_through_the_cli_is_one_line(run_cli, tmp_path, seed_path):
    g = write(tmp_path, row("Friedensrat", "Board of Peace", "organisation", "Board of Peace|~"))
    rc, out, err = run_cli(["check", "--glossary", g, seed_path])
    assert_one_line_error(rc, out, err, f"{g}:2")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_in_a_glossary_folder_is_refused_at_once(run_cli, tmp_path, seed_path):
    folder = tmp_path / "glossar"
    folder.mkdir()
    write(folder, row("Kreml", "Kremlin", "place", "Kremlin"), name="a.tsv")
    os.mkfifo(folder / "b.tsv")
    rc, out, err = run_cli(["check", "--glossary", folder, seed_path], timeout=60)
    assert_one_line_error(rc, out, err, str(folder / "b.tsv"), "not a regular file")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_device_as_glossary_is_refused(run_cli, tmp_path, seed_path):
    rc, out, err = run_cli(["check", "--glossary", "/dev/zero", seed_path], timeout=60)
    assert_one_line_error(rc, out, err, "/dev/zero", "not a regular file")
    folder = tmp_path / "glossar"
    folder.mkdir()
    (folder / "z.tsv").symlink_to("/dev/zero")  # a symlink inside a folder gets through the glob
    rc, out, err = run_cli(["check", "--glossary", folder, seed_path], timeout=60)
    assert_one_line_error(rc, out, err, str(folder / "z.tsv"), "not a regular file")


def test_huge_glossary_is_refused(run_cli, tmp_path, seed_path):
    g = write(tmp_path, row("Kreml", "Kremlin", "place", "Kremlin"))
    with open(g, "r+b") as fh:  # sparse: no disk space used
        fh.truncate(MAX_FILE_BYTES + 1)
    t = time.perf_counter()
    rc, out, err = run_cli(["check", "--glossary", g, seed_path], timeout=60)
    assert_one_line_error(rc, out, err, str(g), "MiB")
    assert time.perf_counter() - t < 30


def test_file_growing_past_the_limit_after_stat_is_refused(tmp_path, monkeypatch):
    """The size from fstat is not trusted: never more than the limit is read."""
    from lektorat import glossary

    g = write(tmp_path, row("Kreml", "Kremlin", "place", "Kremlin"))
    monkeypatch.setattr(glossary, "MAX_FILE_BYTES", 10)
    real_fstat = os.fstat
    monkeypatch.setattr(glossary.os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 0, *real_fstat(fd)[7:])))
    with pytest.raises(GlossaryError, match="larger than"):
        load(g, builtin=False)


def test_builtin_glossary_still_loads():
    gl = load()
    assert gl.entries and gl.calques and gl.name_index


# --- 3. very long words --------------------------------------------------------------------------------------------

_MEASURE = textwrap.dedent("""
    import resource, subprocess, sys, time
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "lektorat", "check", "--format", "json", sys.argv[1]],
                       capture_output=True)
    took = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    sys.stderr.buffer.write(p.stderr)
    sys.stdout.write(f"{p.returncode} {took} {rss}\\n")
    sys.stdout.buffer.write(p.stdout)
""")


def run_measured(path: Path) -> tuple[int, float, int, dict]:
    """`lektorat check --format json PATH` in a subprocess of a subprocess, so that RUSAGE_CHILDREN is this run's
    peak RSS alone (not the largest of every CLI this test session started)."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], cwd=str(REPO), env=env,
                          capture_output=True, timeout=300)
    head, _, body = proc.stdout.decode("utf-8").partition("\n")
    rc, took, rss = head.split()
    assert "Traceback" not in proc.stderr.decode("utf-8", "replace"), proc.stderr
    return int(rc), float(took), int(rss) // 1024, json.loads(body) if body.strip() else {}


def _letters(n: int, seed: int, alphabet: str = "abcdefghijklmnopqrstuvwxyzäöüß") -> str:
    return "".join(random.Random(seed).choices(alphabet, k=n))


def _sensible(findings: list[dict]) -> None:
    for f in findings:
        assert len(f["text"]) <= 200, (f["rule"], f["text"][:80])
        for s in f["suggestions"]:
            assert len(s) <= 200, (f["rule"], s[:80])


@pytest.mark.parametrize("kind", ["same-letter", "mixed-letters", "in-a-sentence"])
def test_megabyte_word_is_fast_and_small(tmp_path, kind):
    text = {"same-letter": "a" * 1_000_000,
            "mixed-letters": _letters(1_000_000, 1),
            "in-a-sentence": "Die Regierung hat " + _letters(1_000_000, 2) + " abgesagt.\n"}[kind]
    f = tmp_path / "lang.de.txt"
    f.write_text(text, encoding="utf-8")
    rc, took, rss_mb, payload = run_measured(f)
    assert rc in (0, 1)
    assert took < 15, f"{took:.1f} s"
    assert rss_mb < 300, f"{rss_mb} MB"
    _sensible(payload["findings"])


def test_many_long_tokens_are_fast_and_small(tmp_path):
    words = [_letters(n, k) for k, n in enumerate([1000] * 500 + [100] * 2000 + [70] * 2000)]
    f = tmp_path / "viele.de.txt"
    f.write_text(" ".join(words) + "\n", encoding="utf-8")
    rc, took, rss_mb, payload = run_measured(f)
    assert rc in (0, 1)
    assert took < 30, f"{took:.1f} s"
    assert rss_mb < 300, f"{rss_mb} MB"
    _sensible(payload["findings"])


def test_capitalised_megabyte_word_gets_no_absurd_proposal(tmp_path):
    f = tmp_path / "lang.de.txt"
    f.write_text("Der Ab" + _letters(1_000_000, 3) + " ist da.\n", encoding="utf-8")
    rc, took, rss_mb, payload = run_measured(f)
    # (a loop that slices the word at every position took 80 s and 290 MB: a guard against its return)
    assert rc in (0, 1) and rss_mb < 300 and took < 40, (rss_mb, took)
    _sensible(payload["findings"])


def test_lexicon_answers_overlong_words_at_once_without_caching_them():
    # (the dictionaries and frequency tables load first: their loading time depends on the machine, not on the
    # word, and is not what is measured)
    lexicon.is_german("Haus"), lexicon.is_english("house"), lexicon.zipf_de("Haus"), lexicon.zipf_en("house")
    caches = (lexicon._is_german, lexicon._is_english, lexicon._zipf_de, lexicon._zipf_en)
    before = [c.cache_info().currsize for c in caches]
    word = "a" * 1_000_000
    # (the process's own CPU time, not the wall clock, which other work on a loaded machine stretches; the bound is
    # far below what a scan quadratic in the word's length would take, minutes)
    t = time.process_time()
    assert not lexicon.is_german(word) and not lexicon.is_english(word) and not lexicon.is_german_any_case(word)
    assert lexicon.zipf_de(word) == 0 and lexicon.zipf_en(word) == 0
    assert time.process_time() - t < 5
    assert [c.cache_info().currsize for c in caches] == before


def test_spell_limit_matches_hunspell():
    """hunspell itself rejects 100 characters or more: the short cut changes no answer."""
    ok99 = "Haus" + "haus" * 23 + "tür"
    assert len(ok99) == 99 and lexicon.is_german(ok99) and lexicon._german().spell(ok99)
    assert not lexicon._german().spell("Haus" + "haus" * 23 + "türe")
    assert not lexicon._german().spell("1" * lexicon.SPELL_MAX_LEN)
    assert not lexicon._english().spell("1" * lexicon.SPELL_MAX_LEN)


def test_head_of_is_bounded_and_unchanged_for_real_compounds():
    assert nouns.head_of("Friedensinitiative") == "Initiative"
    assert nouns.head_of("Gaza-Konfliktlösung") == "Konfliktlösung"
    t = time.process_time()
    assert nouns.head_of("A" + "a" * 1_000_000) is None
    assert nouns.head_of("Friedens" + "x" * 1_000_000 + "initiative") is None
    assert nouns.analyses("A" * 1_000_000) == () and nouns.features("A" * 1_000_000) == frozenset()
    assert time.process_time() - t < 1
    # the longest form the lexicon knows is within the bound analyses() looks up
    con = nouns._connection()
    assert con.execute("SELECT MAX(LENGTH(form)) FROM forms").fetchone()[0] <= nouns.MAX_FORM_LEN


def test_frequent_word_prefilter_is_a_necessary_condition():
    """_maybe_frequent(w) must hold for every w that zipf_de says is frequent, or a fused word would be missed."""
    from wordfreq import top_n_list

    words = top_n_list("de", 5000)
    words += [w.capitalize() for w in words] + [w.upper() for w in words[:500]]
    words += ["weiß", "Straße", "groß", "GROẞ"]
    for w in words:
        if lexicon.zipf_de(w) >= garbled.FUSED_MIN_ZIPF:
            assert garbled._maybe_frequent(w), w


def test_garbled_words_still_found(engines):
    fs = check_text("Das Treffen soll dauernwird gesagt.", engines).findings
    assert any(f.rule == "GARBLED_WORD" and "dauern wird" in f.suggestions for f in fs), fs
    long_word = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"  # 63 letters, a real word
    assert not [f for f in check_text(f"Das {long_word} gilt.", engines).findings if f.text == long_word]
