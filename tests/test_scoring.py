"""Scoring: every metric is recomputed here with sacrebleu's own API and must match to the last digit; term accuracy
and number fidelity on a case small enough to check by hand; alignment errors; the chart; `lektorat run`."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

sacrebleu = pytest.importorskip("sacrebleu", reason="the [score] extra (sacrebleu) is not installed")
from sacrebleu.metrics import BLEU, CHRF, TER  # noqa: E402
from sacrebleu.significance import PairedTest  # noqa: E402

from lektorat import glossary  # noqa: E402
from lektorat.scoring import score  # noqa: E402

# Written for this test: a German source, two references, three systems. Line 2 is blank everywhere.
SRC = [
    "Putin und Lukaschenko weigern sich, am Treffen des Friedensrats teilzunehmen.",
    "",
    "Der Friedensrat tagte am 19. Februar in Washington.",
    "Die Sanktionen kosten 1,5 Milliarden Dollar.",
    "Kremlsprecher Dmitri Peskow sagte, die Reise stehe nicht auf dem Terminplan.",
    "Die Beziehungen haben sich in den vergangenen Monaten verbessert.",
]
REFS = [
    ["Putin and Lukashenko refuse to attend the meeting of the Board of Peace.",
     "",
     "The Board of Peace met in Washington on Feb. 19.",
     "The sanctions cost $1.5 billion.",
     "Kremlin spokesman Dmitry Peskov said the trip was not on the schedule.",
     "Relations have improved in recent months."],
    ["Putin and Lukashenko will not attend the Board of Peace meeting.",
     "",
     "The Board of Peace met on February 19 in Washington.",
     "The sanctions are costing 1.5 billion dollars.",
     "Dmitry Peskov, the Kremlin's spokesman, said the journey was not scheduled.",
     "Relations have got better over the past months."],
]
SYSTEMS = {
    "base": ["Putin and Lukashenko refuse to take part in the meeting of the Peace Council.",
             "",
             "The Peace Council met on 19 February in Washington.",
             "The sanctions cost 1.5 billion.",
             "Kremlin spokesman Dmitry Peskov said the trip was not on the schedule.",
             "Relations have improved in the past months."],
    "glossary": ["Putin and Lukashenko refuse to attend the meeting of the Board of Peace.",
                 "",
                 "The Board of Peace met on 19 February in Washington.",
                 "The sanctions cost $1.5 billion.",
                 "Kremlin spokesman Dmitry Peskov said the trip was not on the schedule.",
                 "Relations have improved in recent months."],
    "raw": ["Putin and Lukaschenko refuse to participate in the meeting of the Friedensrat.",
            "",
            "The Friedensrat met on 19. February in Washington.",
            "The sanctions cost 1,5 billions dollar.",
            "Kremlin speaker Dmitri Peskow said the trip is not on the appointment plan.",
            "The relations have improved in the past months."],
}
SCORED = [0, 2, 3, 4, 5]  # 0-based lines with reference text


def _write(tmp_path, name, lines, newline="\n"):
    p = tmp_path / name
    p.write_text(newline.join(lines) + newline, encoding="utf-8")
    return p


@pytest.fixture
def files(tmp_path):
    refs = [_write(tmp_path, "art.en.txt", REFS[0]), _write(tmp_path, "art.ref2.txt", REFS[1])]
    hyps = [_write(tmp_path, f"art.{name}.en.txt", lines) for name, lines in SYSTEMS.items()]
    src = _write(tmp_path, "art.de.txt", SRC)
    return refs, hyps, src


def _streams():
    refs = [[r[i] for i in SCORED] for r in REFS]
    hyps = {name: [lines[i] for i in SCORED] for name, lines in SYSTEMS.items()}
    return refs, hyps


def test_corpus_and_segment_scores_are_sacrebleus(files):
    refs, hyps, src = files
    result = score([str(r) for r in refs], [str(h) for h in hyps], paired=())
    ref_streams, hyp_streams = _streams()
    assert result["lines"] == [1, 3, 4, 5, 6]
    for name, h in hyp_streams.items():
        got = result["systems"][name]
        for metric in (BLEU(), CHRF(word_order=2), TER()):
            expected = metric.corpus_score(h, ref_streams)
            assert got["corpus"][expected.name]["score"] == expected.score
            assert got["corpus"][expected.name]["signature"] == str(metric.get_signature())
            assert got["corpus"][expected.name]["formatted"] == expected.format(
                width=1, signature=str(metric.get_signature()))
        bleu, chrf, ter = BLEU(effective_order=True), CHRF(word_order=2), TER()
        for k, seg in enumerate(got["segments"]):
            seg_refs = [r[k] for r in ref_streams]
            assert seg["BLEU"] == bleu.sentence_score(h[k], seg_refs).score
            assert seg["chrF2++"] == chrf.sentence_score(h[k], seg_refs).score
            assert seg["TER"] == ter.sentence_score(h[k], seg_refs).score
    assert result["systems"]["glossary"]["corpus"]["BLEU"]["score"] > result["systems"]["raw"]["corpus"]["BLEU"]["score"]


@pytest.mark.parametrize("test_type, n", [("bs", 1000), ("ar", 2000)])
def test_paired_tests_are_sacrebleus_and_reproducible(files, test_type, n, monkeypatch):
    refs, hyps, _ = files
    kwargs = dict(baseline="base", paired=(test_type,), bs_samples=n, ar_trials=n, seed=777)
    result = score([str(r) for r in refs], [str(h) for h in hyps], **kwargs)
    ref_streams, hyp_streams = _streams()
    monkeypatch.setenv("SACREBLEU_SEED", "777")
    pt = PairedTest([(k, hyp_streams[k]) for k in ("base", "glossary", "raw")],
                    {"BLEU": BLEU(), "chrF2++": CHRF(word_order=2), "TER": TER()}, ref_streams,
                    test_type=test_type, n_samples=n)
    signatures, expected = pt()
    got = result["paired"][test_type]
    assert got["signatures"] == {k: str(v) for k, v in signatures.items()}
    assert "seed:777" in got["signatures"]["BLEU"]
    for metric in ("BLEU", "chrF2++", "TER"):
        for name, r in zip(expected["System"], expected[metric]):
            g = got["results"][name][metric]
            assert g["score"] == r.score and g["p_value"] == r.p_value
            assert g["mean"] == (None if r.mean is None else float(r.mean))
            assert g["ci"] == (None if r.ci is None else float(r.ci))
    assert got["results"]["base"]["BLEU"]["p_value"] is None  # the baseline is not tested against itself
    again = score([str(r) for r in refs], [str(h) for h in hyps], **kwargs)
    assert again["paired"] == result["paired"]


def test_term_accuracy_and_numbers_by_hand(files):
    refs, hyps, src = files
    result = score([str(refs[0])], [str(h) for h in hyps], src=str(src), glossary=glossary.load(), paired=())
    # Expected from the glossary, counted by hand:
    #   line 1: Putin, Lukashenko, Board of Peace     line 3: Board of Peace
    #   line 5: Kremlin (from Kremlsprecher), Dmitry Peskov                      -> 6 terms
    # "base" writes "Peace Council" twice: 4/6. "raw" keeps the German forms; only Putin and Kremlin: 2/6.
    terms = {name: result["systems"][name]["terms"] for name in SYSTEMS}
    assert {k: (t["found"], t["total"]) for k, t in terms.items()} == {"base": (4, 6), "glossary": (6, 6),
                                                                       "raw": (2, 6)}
    assert [(m["line"], m["source"], m["expected"]) for m in terms["base"]["misses"]] == [
        (1, "Friedensrats", "Board of Peace"), (3, "Friedensrat", "Board of Peace")]
    # numbers: "19" and February (line 3), "1,5 Milliarden" and dollars (line 4) -> 4 checks
    nums = {name: result["systems"][name]["numbers"] for name in SYSTEMS}
    assert {k: (n["found"], n["total"]) for k, n in nums.items()} == {"base": (3, 4), "glossary": (4, 4),
                                                                      "raw": (3, 4)}
    assert nums["base"]["misses"][0]["message"] == "the German sentence names dollars, the translation does not"
    assert nums["raw"]["misses"][0]["message"] == "„1,5 Milliarden“ (1.5 billion) is missing from the translation"


def test_cli_formats_and_saved_json_with_chart(files, tmp_path, run_cli):
    refs, hyps, src = files
    args = ["score", "--ref", refs[0], "--ref", refs[1], *sum((["--hyp", h] for h in hyps), []), "--src", src,
            "--paired", "bs", "--paired-bs-n", "200"]
    out = tmp_path / "out" / "art.scores.json"
    code, stdout, stderr = run_cli(args + ["--format", "json", "-o", out])
    assert code == 0, stderr
    data = json.loads(stdout)
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["chart"] == str(out.parent / "art.chrf.svg") and saved["systems"] == data["systems"]
    svg = ET.parse(out.parent / "art.chrf.svg").getroot()
    assert svg.tag.endswith("svg")
    first = (out.parent / "art.chrf.svg").read_bytes()
    code, stdout, _ = run_cli(args + ["--format", "csv", "-o", out])
    assert code == 0 and (out.parent / "art.chrf.svg").read_bytes() == first  # the chart is reproducible
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert len(rows) == 3 * (1 + len(SCORED))
    corpus = {r["system"]: r for r in rows if r["line"] == "corpus"}
    assert float(corpus["glossary"]["BLEU"]) == pytest.approx(data["systems"]["glossary"]["corpus"]["BLEU"]["score"],
                                                              abs=5e-5)
    code, stdout, _ = run_cli(args + ["--width", "2"])
    assert code == 0
    assert "BLEU|nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:" in stdout
    assert "chrF2++|nrefs:2|" in stdout and "TER|nrefs:2|" in stdout
    assert f"{data['systems']['glossary']['corpus']['BLEU']['score']:.2f}" in stdout
    assert "base: line 1: “Board of Peace” (for „Friedensrats“) is missing" in stdout


@pytest.mark.parametrize("mutate, message", [
    (lambda ls: ls[:-1], "5 lines, but"),                                   # a line lost
    (lambda ls: ls[:2] + [""] + ls[3:], ":3: empty hypothesis where the reference has text"),
    (lambda ls: ls[:1] + ls[2:] + [""], ":2: text where every reference line is blank"),  # shifted up by one
    (lambda ls: [""] * len(ls), "the hypothesis is empty"),
])
def test_misaligned_input_is_an_error(files, tmp_path, run_cli, mutate, message):
    refs, _, _ = files
    bad = _write(tmp_path, "art.bad.en.txt", mutate(list(SYSTEMS["base"])))
    code, stdout, stderr = run_cli(["score", "--ref", refs[0], "--hyp", bad])
    assert code == 2 and stdout == ""
    assert message in stderr and len(stderr.strip().splitlines()) == 1


def test_allow_empty_scores_an_empty_line_as_empty(files, tmp_path):
    refs, _, _ = files
    lines = list(SYSTEMS["base"])
    lines[3] = ""
    hyp = _write(tmp_path, "art.dropped.en.txt", lines)
    result = score([str(refs[0])], [str(hyp)], allow_empty=True, paired=())
    streams = [[REFS[0][i] for i in SCORED]]
    h = [lines[i] for i in SCORED]
    assert result["systems"]["dropped"]["corpus"]["chrF2++"]["score"] == CHRF(word_order=2).corpus_score(
        h, streams).score


def test_encodings_crlf_and_bom(files, tmp_path, run_cli):
    refs, _, _ = files
    latin = tmp_path / "art.latin.en.txt"
    latin.write_bytes("\n".join(SYSTEMS["base"]).replace("Peace", "Peäce").encode("latin-1"))
    code, _, stderr = run_cli(["score", "--ref", refs[0], "--hyp", latin])
    assert code == 2 and "not valid utf-8" in stderr and "--encoding" in stderr
    crlf = tmp_path / "art.crlf.en.txt"
    crlf.write_bytes(("\ufeff" + "\r\n".join(SYSTEMS["base"]) + "\r\n").encode("utf-8"))
    plain = score([str(refs[0])], [str(_write(tmp_path, "art.plain.en.txt", SYSTEMS["base"]))], paired=())
    other = score([str(refs[0])], [str(crlf)], paired=())
    assert other["systems"]["crlf"]["corpus"] == plain["systems"]["plain"]["corpus"]


def test_unknown_baseline_and_duplicate_names(files, run_cli):
    refs, hyps, _ = files
    code, _, stderr = run_cli(["score", "--ref", refs[0], "--hyp", hyps[0], "--hyp", hyps[1], "--baseline", "nope"])
    assert code == 2 and "--baseline 'nope' is not one of the systems: base, glossary" in stderr
    code, _, stderr = run_cli(["score", "--ref", refs[0], "--hyp", hyps[0], "--hyp", hyps[0]])
    assert code == 2 and "two hypotheses are named 'base'" in stderr


def test_run_scores_every_translation_with_a_reference(tmp_path, run_cli):
    seeds, refs, trans = tmp_path / "seeds", tmp_path / "references", tmp_path / "translations"
    for d in (seeds, refs, trans):
        d.mkdir()
    _write(seeds, "art.de.txt", SRC)
    _write(refs, "art.en.txt", REFS[0])
    for name, lines in SYSTEMS.items():
        _write(trans, f"art.{name}.en.txt", lines)
    code, stdout, stderr = run_cli(["run", "--seeds", seeds, "--out", tmp_path / "build", "--corrections",
                                    tmp_path / "corr", "--translations", trans, "--references", refs,
                                    "--no-translate"])
    assert code == 0, stderr
    data = json.loads((tmp_path / "build" / "art.scores.json").read_text(encoding="utf-8"))
    assert set(data["systems"]) == set(SYSTEMS) and (tmp_path / "build" / "art.chrf.svg").is_file()
    assert data["systems"]["glossary"]["terms"]["found"] == 6
    assert "scores:      " in stdout
