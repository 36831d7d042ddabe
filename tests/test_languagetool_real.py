"""Against a real LanguageTool 6.3 server (../shared/languagetool, started by the languagetool_server fixture):
the engine on the seed article, offsets in text with emoji and umlauts, the arbiter's merge, and the commands
that use LanguageTool when it is configured. Skipped, with the reason, without Java or the server folder.

Every test of the real server sits in this one file: with `-n auto --dist loadfile` one worker starts one server.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytest.importorskip("language_tool_python", reason="the languagetool extra is not installed")

from lektorat.checker import check_text, make_engines  # noqa: E402
from lektorat.document import Document  # noqa: E402
from lektorat.engines.languagetool import LanguageToolEngine  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def url(languagetool_server):
    return languagetool_server


@pytest.fixture(scope="module")
def both(url):
    return make_engines(["all"], url=url, timeout=120)


def test_the_engine_on_the_seed_article(url, seed_text):
    found = LanguageToolEngine(url=url, timeout=120).check(Document(seed_text))
    for f in found:
        assert seed_text[f.start:f.end] == f.text and f.engine == "languagetool" and f.rule.startswith("LT_")
    by_text = {f.text: f for f in found}
    assert by_text["die Abzugs"].rule == "LT_DE_AGREEMENT" and by_text["die Abzugs"].category == "grammar"
    assert by_text["inaugural"].category == "english"          # the speller's "typo" is an English word
    assert by_text["Lukashenko"].rule == "LT_GERMAN_SPELLER_RULE"


def test_offsets_after_emoji_and_umlauts(url):
    # the emoji are astral (two UTF-16 units each, some with a modifier or variation selector)
    text = ("Grüße 👋🏽 aus Köln! Der Bürgermeister 🕊️ hat gesagt, dass er morgn kommt. Ärger 😀 über die "
            "Entscheidnug ist gross.")
    found = LanguageToolEngine(url=url, timeout=120).check(Document(text))
    assert [(f.text, text[f.start:f.end]) for f in found] == [(w, w) for w in ("morgn", "Entscheidnug", "gross")]
    assert [f.suggestions[0] for f in found] == ["morgen", "Entscheidung", "groß"]


def test_all_on_the_seed_merges_and_holds_back_what_we_explain(both, seed_text):
    result = check_text(seed_text, both)
    spans = [(f.start, f.end) for f in result.findings]
    assert len(spans) == len(set(spans))
    by_text = {f.text: f for f in result.findings}
    assert by_text["inaugural"].suggestions[0] == "konstituierenden" and by_text["inaugural"].engine == \
        "builtin+languagetool"
    assert not any("inakkurat" in f.suggestions or "Peso" in f.suggestions for f in result.findings)
    assert "languagetool" in by_text["die Abzugs"].engine
    held = {s.finding.text: s.reason for s in result.suppressed}
    assert "acronym" in held["MGIMO-Institut"] and "acronym" in held["US-"]
    union = check_text(seed_text, both, arbiter=False)
    assert union.suppressed is None and any(f.text == "MGIMO-Institut" for f in union.findings)


def test_the_corrected_edition_gets_no_languagetool_flag(both, repo):
    """The edition is correct German full of names (Peskow, Natalja Eismont, Silajew, MGIMO, the Moskauer
    Staatliche Institut): LanguageTool flags six of them, the arbiter holds back all six."""
    text = (repo / "corrections" / "board-of-peace.de.txt").read_text(encoding="utf-8")
    result = check_text(text, both)
    assert not [f for f in result.findings if "languagetool" in f.engine]
    assert len(result.suppressed) >= 5
    assert "Natalja" in {s.finding.text for s in result.suppressed}


NEWS = """Tottenham verpflichtet Verteidiger aus Wolverhampton

Tottenham Hotspur hat den Innenverteidiger Maxence Lacroix von den Wolverhampton Wanderers verpflichtet. Wie der
Londoner Klub am Montag mitteilte, unterschrieb der 24-Jährige einen Vertrag bis 2029. Trainer Ange Postecoglou
sprach von einem wichtigen Baustein für die neue Saison. Die Ablöse soll bei rund 40 Milionen Pfund liegen.

Bei Tottenham trifft Lacroix auf Cristian Romero. Wolverhamptons Sportdirektor Matt Hobbs bedauerte den Abgang, die
Verhandlungen seien however fair gewesen. Hobbs sagte, man habe ein gutes Angebot erhalten.
"""


def test_names_of_a_sports_story_are_held_back_and_its_defects_kept(both):
    """News of another kind than the seed (written for this test): clubs, places and people LanguageTool's speller
    does not know, one misspelling and one English word."""
    result = check_text(NEWS, both)
    assert any(f.text == "Milionen" for f in result.findings)
    assert any("however" in f.text for f in result.findings)
    lt_only = [f for f in result.findings if f.engine == "languagetool"]
    assert [f.text for f in lt_only] == ["Milionen"], lt_only
    held = {s.finding.text for s in result.suppressed}
    assert {"Lacroix", "Maxence", "Romero", "Hobbs", "Wolverhampton", "Wolverhamptons"} <= held
    lt_alone = check_text(NEWS, make_engines(["languagetool"], url=both[1].url))
    assert len(lt_alone.findings) >= len(held) + 1  # LanguageTool alone flags the names


def _cli(args, env_extra, cwd=REPO, timeout=600):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONIOENCODING": "utf-8", **env_extra}
    env.pop("PYTHONWARNINGS", None)
    proc = subprocess.run([sys.executable, "-m", "lektorat", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, timeout=timeout)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_check_uses_the_server_of_the_environment_and_lists_what_it_held_back(url, repo):
    jsonschema = pytest.importorskip("jsonschema", reason="the test extra (jsonschema) is not installed")
    schema = json.loads((repo / "docs" / "findings.schema.json").read_text(encoding="utf-8"))
    code, out, err = _cli(["check", "seeds/board-of-peace.de.txt", "--format", "json"],
                          {"LEKTORAT_LANGUAGETOOL_URL": url})
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, schema)
    assert data["engines"] == ["builtin", "languagetool"]
    assert {s["text"] for s in data["suppressed"]} >= {"MGIMO-Institut"}
    assert all(s["reason"] and s["engine"] == "languagetool" for s in data["suppressed"])
    code, out, err = _cli(["check", "seeds/board-of-peace.de.txt", "--format", "json", "--no-arbiter"],
                          {"LEKTORAT_LANGUAGETOOL_URL": url})
    assert code == 0, err
    plain = json.loads(out)
    jsonschema.validate(plain, schema)
    assert "suppressed" not in plain and any(f["text"] == "MGIMO-Institut" for f in plain["findings"])
    code, out, err = _cli(["check", "seeds/board-of-peace.de.txt", "--format", "json", "--engine", "builtin"],
                          {"LEKTORAT_LANGUAGETOOL_URL": url})
    assert json.loads(out)["engines"] == ["builtin"]  # an engine chosen on the command line wins


def test_review_and_report_use_languagetool_when_it_is_configured(url, tmp_path):
    code, out, err = _cli(["review"], {"LEKTORAT_LANGUAGETOOL_URL": url})
    assert code in (0, 1) and "Traceback" not in err
    assert "engines: builtin + languagetool" in err
    code_builtin, _, _ = _cli(["review"], {})
    assert code == code_builtin  # the seed's LanguageTool matches are all merged or held back: same verdict
    code, out, err = _cli(["report", "--out", tmp_path], {"LEKTORAT_LANGUAGETOOL_URL": url})
    assert code == 0 and "engines: builtin + languagetool" in err
    assert (tmp_path / "board-of-peace.report.html").is_file()


def test_an_unreachable_configured_server_costs_one_warning(tmp_path):
    code, out, err = _cli(["report", "--out", tmp_path], {"LEKTORAT_LANGUAGETOOL_URL": "http://127.0.0.1:9"})
    assert code == 0, err
    lines = [ln for ln in err.splitlines() if ln.startswith("lektorat:")]
    assert len(lines) == 1 and "going on with the built-in engine only" in lines[0]


def test_the_arbiter_on_text_languagetool_misreads(both):
    """Matches of the real server the arbiter holds back by what it knows: a sound word repeated and the comma
    before the "wie" of its comparison, a comma rule across dashes, an imperial measure whose metric value the
    sentence gives, "das" as a pronoun, a run of the same match (one finding)."""
    text = ("Es ist ein bisschen wie ding, ding, ding. "
            "Nun wird unsere Sonne nicht zu einem Schwarzen Loch kollabieren -- sie ist nicht massereich genug -- "
            "aber es gibt viele. Er ragt etwa 120 Fuß aus dem Wasser, oder 40 Meter. "
            "Wie Sie sehen, sind das kleine gelbe Blumen. Es gab vile, vile Fragen.")
    result = check_text(text, both)
    held = {(s.finding.rule, s.finding.text): s.reason for s in result.suppressed}
    lt_found = [(f.rule, f.text) for f in result.findings if "languagetool" in f.engine]
    assert not [t for r, t in lt_found if "ding" in t], lt_found
    assert sum(1 for s in result.suppressed if s.finding.text == "ding" and "sound word" in s.reason) == 3
    assert any("wie" in t and "compares" in why for (r, t), why in held.items()), held
    # a misspelling repeated: the run is reported once
    assert [t for r, t in lt_found if t == "vile"] == ["vile"]
    assert sum(1 for s in result.suppressed if s.finding.text == "vile" and "repeated" in s.reason) == 1
    assert ("LT_EINHEITEN_METRISCH", "120 Fuß") in held
    assert not any("KOMMA" in r and "--" in t for r, t in lt_found), lt_found
    assert any("KOMMA" in r and "--" in t and "dash" in why for (r, t), why in held.items()), held
    assert not any("AGREEMENT" in r for r, _ in lt_found), lt_found
