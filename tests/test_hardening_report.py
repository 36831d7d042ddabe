"""Hardening of the HTML report and the chart.

- The report's Content-Security-Policy allows its own script by hash and nothing else: no 'unsafe-inline' for
  scripts, so a `<script>` or an `onload=` that got past the escaping would not run (checked in headless
  Chromium where it is installed: the report's own navigation works, injected scripts do not run).
- System names are shown as written in the chart: `$x^2$` is no mathtext formula, `$\\frac{1$` no error, and a
  name starting with "_" keeps its legend entry.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import xml.etree.ElementTree as ET

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
NAMES = ["$x^2$", "$\\frac{1$", "_hidden", "a & <b>", "50$ und $5"]

REF = ["Putin and Lukashenko refuse to attend the meeting.", "The Board of Peace met in Washington.",
       "The sanctions cost $1.5 billion."]
HYP = ["Putin and Lukaschenko refuse to take part in the meeting.", "The Peace Council met in Washington.",
       "The sanctions cost 1.5 billion dollars."]
SEED = 'Putin und <script>alert("x")</script> however & <b>fett</b> trafen sich.\n'


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _policy(page_html: str) -> dict[str, list[str]]:
    metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page_html)
    assert len(metas) == 1
    out = {}
    for directive in metas[0].split(";"):
        name, *sources = directive.split()
        assert name not in out
        out[name] = sources
    return out


# --- the chart ---------------------------------------------------------------------------------------------------

def _texts(svg: str) -> list[str]:
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", svg))
    return ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]


def _result(names):
    def system(v):
        return {"corpus": {"chrF2++": {"score": v}}, "segments": [{"chrF2++": v + k} for k in range(3)]}
    return {"lines": [1, 2, 3], "systems": {n: system(40.0 + 5 * k) for k, n in enumerate(names)}}


@pytest.mark.parametrize("name", NAMES)
def test_chart_shows_system_names_as_written(name):
    pytest.importorskip("matplotlib", reason="the [score] extra (matplotlib) is not installed")
    from lektorat.scoring.chart import chrf_svg

    svg = chrf_svg(_result([name, "base"]), f"chrF++ per segment: {name}")
    texts = _texts(svg)
    assert f"{name} (corpus 40.0)" in texts and "base (corpus 45.0)" in texts  # both legend entries
    assert f"chrF++ per segment: {name}" in texts


def test_score_cli_with_a_dollar_in_a_file_name(tmp_path, run_cli):
    pytest.importorskip("sacrebleu", reason="the [score] extra (sacrebleu) is not installed")
    pytest.importorskip("matplotlib", reason="the [score] extra (matplotlib) is not installed")
    (tmp_path / "a.en.txt").write_text("\n".join(REF) + "\n", encoding="utf-8")
    (tmp_path / "a.$x^2$.en.txt").write_text("\n".join(HYP) + "\n", encoding="utf-8")
    (tmp_path / "a.base.en.txt").write_text("\n".join(REF[:2] + HYP[2:]) + "\n", encoding="utf-8")
    out = tmp_path / "out" / "a.scores.json"
    code, stdout, stderr = run_cli(["score", "--ref", tmp_path / "a.en.txt", "--hyp", tmp_path / "a.$x^2$.en.txt",
                                    "--hyp", tmp_path / "a.base.en.txt", "--format", "json", "-o", out])
    assert code == 0, stderr
    texts = _texts((out.parent / "a.chrf.svg").read_text(encoding="utf-8"))
    assert any(t.startswith("$x^2$ (corpus ") for t in texts), texts
    assert any(t.startswith("base (corpus ") for t in texts)


# --- the report's Content-Security-Policy ----------------------------------------------------------------------------

@pytest.fixture
def report_html(tmp_path):
    """A report rendered in-process: the seed with text that must stay text, findings, and a translation section
    with the chart for a system named `$x^2$`."""
    pytest.importorskip("sacrebleu", reason="the [score] extra (sacrebleu) is not installed")
    pytest.importorskip("matplotlib", reason="the [score] extra (matplotlib) is not installed")
    from lektorat.document import Document
    from lektorat.report.html import ArticleReport, render
    from lektorat.review import Item
    from lektorat.scoring import score
    from lektorat.scoring.chart import chrf_svg

    ref, hyp = tmp_path / "evil.en.txt", tmp_path / "evil.$x^2$.en.txt"
    ref.write_text("\n".join(REF) + "\n", encoding="utf-8")
    hyp.write_text("\n".join(HYP) + "\n", encoding="utf-8")
    doc = Document(SEED, "seeds/evil.de.txt")
    items = [Item("seeds/evil.de.txt", doc, m.start(), m.end(), "EN_WORD", "english", "warning",
                  'an English word <img src=x onerror="alert(1)">', ["jedoch"])
             for m in re.finditer(r"however|fett|alert", SEED)]
    scores = score([str(ref)], [str(hyp)], paired=())
    r = ArticleReport("evil", "seeds/evil.de.txt", SEED, items, scores=scores, reference_lines=REF,
                      hypothesis_lines={"$x^2$": HYP}, chart_svg=chrf_svg(scores, "chrF++ per segment: evil"))
    return render(r)


def test_policy_allows_only_the_reports_own_script_and_style(report_html):
    policy = _policy(report_html)
    assert policy["default-src"] == ["'none'"]
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", report_html, re.S)
    assert len(scripts) == 1  # the report's own; the seed's <script> is text
    assert policy["script-src"] == [_sha256(scripts[0])]
    everything = " ".join(s for v in policy.values() for s in v)
    assert "'unsafe-eval'" not in everything and "'unsafe-hashes'" not in everything and "nonce-" not in everything
    assert not {"script-src-elem", "script-src-attr"} & set(policy)  # nothing that widens script-src again
    assert "'unsafe-inline'" not in policy["script-src"]
    # one style sheet (the chart's moved into it), allowed by its hash; style attributes for the chart's SVG
    styles = re.findall(r"<style\b[^>]*>(.*?)</style>", report_html, re.S)
    assert len(styles) == 1 and "stroke-linejoin" in styles[0]
    assert policy["style-src-elem"] == [_sha256(styles[0])]
    assert policy["style-src-attr"] == ["'unsafe-inline'"]
    assert policy["base-uri"] == ["'none'"] and policy["form-action"] == ["'none'"]
    assert "$x^2$" in report_html  # the system name, in the tables and the chart's legend


def test_policy_hashes_follow_the_script(monkeypatch, report_html):
    """The hash is computed from the script at render time: a changed script gets its own."""
    from lektorat.report import html as report

    monkeypatch.setattr(report, "_JS", report._JS + "\n// changed\n")
    from lektorat.report.html import ArticleReport, render

    again = render(ArticleReport("x", "x.de.txt", "Text.\n", []))
    script = re.findall(r"<script\b[^>]*>(.*?)</script>", again, re.S)[0]
    assert script.endswith("// changed\n") and _policy(again)["script-src"] == [_sha256(script)]
    assert _policy(again)["script-src"] != _policy(report_html)["script-src"]


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("no chromium on this machine (scripts/setup --test installs Debian's chromium when it can)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (test extra) is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def _open(browser, path):
    page = browser.new_page()
    errors, dialogs = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    return page, errors, dialogs


def test_the_reports_own_script_and_styles_work_under_the_policy(browser, report_html, tmp_path):
    path = tmp_path / "evil.report.html"
    path.write_text(report_html, encoding="utf-8")
    page, errors, dialogs = _open(browser, path)
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.id") == "f-1"  # the script runs: navigation works
    assert page.get_attribute("#item-1", "class") == "item current"
    # the style sheet applies (allowed by its hash), the chart's rules and style attributes too
    assert page.evaluate("getComputedStyle(document.querySelector('mark.finding')).borderBottomStyle") == "solid"
    assert page.evaluate("getComputedStyle(document.querySelector('#translation svg path')).strokeLinejoin") \
        == "round"
    assert "$x^2$ (corpus" in page.text_content("#translation svg")
    assert errors == [] and dialogs == []  # no script error, no policy violation
    page.close()


def test_injected_scripts_do_not_run(browser, report_html, tmp_path):
    """What if escaping ever failed: a script element, an event handler, a script added at run time."""
    injected = ('<script>window.injected = "inline";</script>'
                '<img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" '
                'onload="window.injected = \'handler\'">'
                '<button id="b" onclick="window.injected = \'click\'">b</button>')
    assert report_html.count("</main>") == 1
    path = tmp_path / "injected.report.html"
    path.write_text(report_html.replace("</main>", "</main>" + injected), encoding="utf-8")
    page, errors, dialogs = _open(browser, path)
    page.click("#b")
    page.evaluate("""() => {
        const s = document.createElement('script');
        s.textContent = 'window.injected = "added"';
        document.body.appendChild(s);
    }""")
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.injected") == "undefined"
    assert page.evaluate("document.querySelector('img[onload]').complete")  # the image loaded, its handler did not run
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.id") == "f-1"  # the report's own script still works
    # each refusal is reported as a policy violation (so the test above would see one from the report itself)
    assert len(errors) >= 4 and all("Content Security Policy" in e for e in errors), errors
    assert dialogs == []
    page.close()
