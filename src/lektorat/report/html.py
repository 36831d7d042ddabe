"""A self-contained HTML review report per article: findings highlighted in the text with their proposals and
decisions, the edition beside the original as a word diff, the translations beside the reference with segment
scores, the score table and the chrF++ chart.

One file, no network (a Content-Security-Policy forbids every request; styles, script and chart are inline),
works from file://, keyboard navigation (n/j next finding, p/k previous, Tab through the highlights), a print
stylesheet. Every piece of text is escaped.

The policy allows the report's own script and style sheet by their SHA-256 hashes, computed from the exact text
each time a report is rendered, and no other script: should a piece of text ever escape its escaping, a
`<script>` or `onclick=` it brings does not run. The chart's style sheet is moved into the report's; its `style`
attributes (matplotlib's SVG has many) are what `style-src-attr 'unsafe-inline'` is for. Browsers without the
`-elem`/`-attr` directives fall back to `style-src 'unsafe-inline'`, for styles only.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from dataclasses import dataclass, field

from ..review import Item
from .diff import diff_ops

# Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), each with its own underline style
# and a short label, so a category never depends on colour alone (and survives grey printing).
CATEGORIES = {
    "english": ("#E69F00", "solid", "EN", "English word left in German"),
    "pseudo-english": ("#D55E00", "double", "PE", "English made to look German"),
    "garbled": ("#CC79A7", "wavy", "GA", "garbled or fused compound"),
    "transliteration": ("#0072B2", "dashed", "TR", "English transliteration of a name"),
    "terminology": ("#56B4E9", "dotted", "TE", "name or term the German press writes differently"),
    "grammar": ("#009E73", "solid", "GR", "agreement (case, number, gender)"),
    "calque": ("#F0E442", "dashed", "CA", "word-for-word translation of an English phrase"),
    "format": ("#999999", "double", "FO", "English number, currency or date format"),
    "typography": ("#BBBBBB", "dotted", "TY", "English typography"),
    "spelling": ("#CC79A7", "dotted", "SP", "misspelt word"),
    "accuracy": ("#D55E00", "solid", "AC", "number or passage that differs from the English source"),
    "style": ("#666666", "wavy", "ST", "style"),
    "review": ("#000000", "solid", "RV", "correction set or edition out of step"),
}


@dataclass
class ArticleReport:
    name: str
    seed_file: str
    seed_text: str
    items: list[Item]                       # the seed's findings with their decisions (review.py)
    edition_file: str | None = None
    edition_text: str | None = None
    scores: dict | None = None              # lektorat.scoring.score(...) result
    reference_lines: list[str] = field(default_factory=list)
    hypothesis_lines: dict[str, list[str]] = field(default_factory=dict)
    chart_svg: str | None = None
    # bilingual documents (XLIFF, PO): (segment id, English source, German target, the edition's target or None)
    segments: list[tuple[str, str, str, str | None]] = field(default_factory=list)


def e(s: str) -> str:
    return html.escape(s, quote=True)


def render(r: ArticleReport) -> str:
    seed_items = sorted((i for i in r.items if i.file == r.seed_file and i.end > i.start),
                        key=lambda i: (i.start, i.end))
    other_items = [i for i in r.items if i not in seed_items]
    css = _css() + _svg_css(r.chart_svg)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_csp(_JS, css)}">',  # quotes, base64: safe
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>lektorat: {e(r.name)}</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
        _header(r, seed_items),
        "<main>",
        _findings_section(r, seed_items, other_items),
        _edition_section(r),
        _bilingual_section(r),
        _translation_section(r),
        "</main>",
        f"<script>{_JS}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _csp(script: str, style: str) -> str:
    """The Content-Security-Policy of a report whose only script is SCRIPT and only style sheet STYLE."""
    return (f"default-src 'none'; script-src {_hash(script)}; style-src 'unsafe-inline'; "
            f"style-src-elem {_hash(style)}; style-src-attr 'unsafe-inline'; img-src data:; base-uri 'none'; "
            "form-action 'none'")


def _hash(text: str) -> str:
    """A CSP source for the inline element with exactly TEXT as its content."""
    return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode('utf-8')).digest()).decode('ascii')}'"


def _header(r: ArticleReport, seed_items: list[Item]) -> str:
    n = len(seed_items)
    decided = sum(i.reviewed for i in seed_items)
    nav = ['<a href="#findings">Findings</a>']
    if r.edition_text is not None:
        nav.append('<a href="#edition">Edition</a>')
    if r.segments:
        nav.append('<a href="#bilingual">Source and target</a>')
    if r.scores:
        nav.append('<a href="#translation">English</a>')
    return (f'<header><h1>lektorat review: {e(r.name)}</h1>'
            f'<p class="summary">{e(r.seed_file)}: {n} finding(s), {decided} decided in the correction set, '
            f'{n - decided} open.</p><nav aria-label="sections">{" · ".join(nav)}</nav></header>')


def _legend(used: set[str]) -> str:
    rows = []
    for cat, (colour, style, label, desc) in CATEGORIES.items():
        if cat in used:
            rows.append(f'<li><mark class="finding cat-{cat}" data-label="{label}">{e(cat)}</mark> {e(desc)}</li>')
    return f'<ul class="legend" aria-label="legend">{"".join(rows)}</ul>'


def _findings_section(r: ArticleReport, items: list[Item], others: list[Item]) -> str:
    text = r.seed_text
    out, pos = [], 0
    for k, it in enumerate(items):
        if it.start < pos:  # overlapping spans: the later one is listed, not highlighted twice
            continue
        out.append(e(text[pos:it.start]))
        label = CATEGORIES.get(it.category, CATEGORIES["style"])[2]
        out.append(f'<mark class="finding cat-{e(it.category)}" id="f-{k + 1}" tabindex="0" data-label="{label}" '
                   f'data-rule="{e(it.rule)}" aria-describedby="item-{k + 1}" title="{e(it.message)}">'
                   f'{e(text[it.start:it.end])}</mark>')
        pos = it.end
    out.append(e(text[pos:]))
    rows = []
    for k, it in enumerate(items):
        line, col, _, _ = it.position()
        proposals = "".join(f"<li>{e(s)}</li>" for s in it.suggestions[:5]) or "<li><i>no proposal</i></li>"
        rows.append(
            f'<li id="item-{k + 1}" class="item"><a href="#f-{k + 1}" class="jump">{k + 1}</a> '
            f'<span class="badge cat-{e(it.category)}">{e(it.category)}</span> '
            f'<q lang="de">{e(it.text)}</q> <span class="where">line {line}, column {col}, {e(it.rule)}</span>'
            f'<p class="msg">{e(it.message)}</p><ol class="proposals">{proposals}</ol>'
            f'<p class="decision {_decision_class(it)}">{_decision(it)}</p></li>')
    extra = ""
    if others:
        lis = "".join(f"<li>{e(o.file)}: {e(o.rule)}: {e(o.message)}</li>" for o in others)
        extra = f'<h3>Edition and set</h3><ul class="others">{lis}</ul>'
    return (f'<section id="findings"><h2>Findings</h2>{_legend({i.category for i in items})}'
            '<p class="keys">Keys: <kbd>n</kbd>/<kbd>j</kbd> next finding, <kbd>p</kbd>/<kbd>k</kbd> previous, '
            '<kbd>Tab</kbd> through the highlights.</p>'
            f'<div class="cols"><div class="text" lang="de">{"".join(out)}</div>'
            f'<ol class="items">{"".join(rows)}</ol></div>{extra}</section>')


def _decision(it: Item) -> str:
    c = it.correction
    if c is None:
        return "No correction in the set: not reviewed."
    if c.status == "accepted":
        return f"Accepted ({e(c.id)}): „{e(c.original)}“ → „{e(c.replacement or '')}“. {e(c.rationale)}"
    if c.status == "rejected":
        return f"Rejected ({e(c.id)}): {e(c.rationale) or 'no reason given'}"
    return f"Pending review ({e(c.id)}): proposed „{e(c.replacement or '')}“."


def _decision_class(it: Item) -> str:
    return "open" if not it.reviewed else ("accepted" if it.correction and it.correction.status == "accepted"
                                          else "rejected")


def _edition_section(r: ArticleReport) -> str:
    if r.edition_text is None:
        return ""
    diff = []
    for op, old, new in diff_ops(r.seed_text, r.edition_text):
        if op == "equal":
            diff.append(e(old))
        else:
            if old:
                diff.append(f"<del>{e(old)}</del>")
            if new:
                diff.append(f"<ins>{e(new)}</ins>")
    return (f'<section id="edition"><h2>Corrected edition</h2><p>{e(r.seed_file)} beside {e(r.edition_file or "")}'
            f' (deleted words struck through, inserted words underlined).</p><div class="cols">'
            f'<div class="text" lang="de"><h3>Original</h3>{e(r.seed_text)}</div>'
            f'<div class="text" lang="de"><h3>Edition, word diff</h3>{"".join(diff)}</div></div></section>')


def _bilingual_section(r: ArticleReport) -> str:
    """Source and target side by side, a row per unit (XLIFF) or entry (PO), with the edition's target where it
    differs."""
    if not r.segments:
        return ""
    edition = any(ed is not None for *_, ed in r.segments)
    rows = []
    for sid, source, target, ed in r.segments:
        cell = e(target)
        if ed is not None and ed != target:
            cell = "".join(f"<del>{e(old)}</del>" * bool(old) + f"<ins>{e(new)}</ins>" * bool(new)
                           if op != "equal" else e(old) for op, old, new in diff_ops(target, ed))
        rows.append(f'<tr><th scope="row">{e(sid)}</th><td lang="en">{e(source)}</td><td lang="de">{cell}</td></tr>')
    what = "target, with the edition's changes" if edition else "target"
    return (f'<section id="bilingual"><h2>Source and target</h2><table class="bilingual"><thead><tr>'
            f'<th scope="col">unit</th><th scope="col">English source</th><th scope="col">German {what}</th>'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table></section>')


def _translation_section(r: ArticleReport) -> str:
    if not r.scores:
        return ""
    s = r.scores
    systems = list(s["systems"])
    head = "".join(f"<th scope=\"col\">{e(n)}</th>" for n in systems)
    score_rows = []
    for metric in ("BLEU", "chrF2++", "TER"):
        cells = "".join(f'<td>{s["systems"][n]["corpus"][metric]["score"]:.1f}</td>' for n in systems)
        score_rows.append(f'<tr><th scope="row" title="{e(s["systems"][systems[0]]["corpus"][metric]["signature"])}">'
                          f"{e(metric)}</th>{cells}</tr>")
    for kind in ("terms", "numbers"):
        if all(kind in s["systems"][n] for n in systems):
            cells = "".join(f'<td>{s["systems"][n][kind]["found"]}/{s["systems"][n][kind]["total"]}</td>'
                            for n in systems)
            score_rows.append(f'<tr><th scope="row">{kind}</th>{cells}</tr>')
    sigs = "".join(f"<li><code>{e(m)}|{e(s['systems'][systems[0]]['corpus'][m]['signature'])}</code></li>"
                   for m in ("BLEU", "chrF2++", "TER"))
    seg_rows = []
    by_line = {n: {seg["line"]: seg for seg in s["systems"][n]["segments"]} for n in systems}
    for line in s["lines"]:
        ref = r.reference_lines[line - 1] if line <= len(r.reference_lines) else ""
        cells = []
        for n in systems:
            hyp = r.hypothesis_lines.get(n, [])
            txt = hyp[line - 1] if line <= len(hyp) else ""
            cells.append(f'<td>{e(txt)}<span class="seg">chrF++ {by_line[n][line]["chrF2++"]:.1f}</span></td>')
        seg_rows.append(f'<tr><th scope="row">{line}</th><td>{e(ref)}</td>{"".join(cells)}</tr>')
    chart = f'<figure class="chart">{_inline_svg(r.chart_svg)}<figcaption>chrF++ per segment</figcaption></figure>' \
        if r.chart_svg else ""
    return (f'<section id="translation"><h2>English translations</h2>'
            f'<table class="scores"><caption>Corpus scores (sacrebleu) against {e(", ".join(s["references"]))}'
            f'</caption><thead><tr><th scope="col">metric</th>{head}</tr></thead><tbody>{"".join(score_rows)}'
            f'</tbody></table><ul class="sigs">{sigs}</ul>{chart}'
            f'<table class="segments"><caption>Segments</caption><thead><tr><th scope="col">line</th>'
            f'<th scope="col">reference</th>{head}</tr></thead><tbody>{"".join(seg_rows)}</tbody></table></section>')


_SVG_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>\s*", re.S)


def _svg_css(svg: str | None) -> str:
    """The style sheets of matplotlib's SVG, for the report's own (`_inline_svg` takes them out): one style
    element, allowed by its hash. (A style element inside inline SVG applies to the whole page anyway.)"""
    return "".join(html.unescape(m.group(1)) for m in _SVG_STYLE.finditer(svg)) if svg else ""


def _inline_svg(svg: str) -> str:
    """matplotlib's SVG file as an inline element: without the XML prolog, DOCTYPE and style sheet (in the
    report's, see `_svg_css`), with a label."""
    svg = _SVG_STYLE.sub("", svg)
    svg = re.sub(r"^\s*<\?xml[^>]*>\s*", "", svg)
    svg = re.sub(r"<!DOCTYPE[^>]*>\s*", "", svg)
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)  # RDF is not allowed in HTML's inline SVG
    return svg.replace("<svg ", '<svg role="img" aria-label="chrF++ per segment" ', 1)


def collect(article, engines, translations_dir, references_dir, glossary) -> ArticleReport:
    """Everything the report shows for one article (a review.Article): findings with decisions, edition, scores."""
    from pathlib import Path

    from ..review import read_article, review

    result = review([article], engines)
    _, seed_ex, seed_text = read_article(article.seed)  # a document that is not plain text: its prose
    r = ArticleReport(article.name, str(article.seed), seed_text, result.items)
    edition_ex = None
    if article.edition.is_file():
        _, edition_ex, r.edition_text = read_article(article.edition)
        r.edition_file = str(article.edition)
    if seed_ex is not None and seed_ex.segments:
        edited = {s.id: edition_ex.text[s.start:s.end] for s in edition_ex.segments} if edition_ex else {}
        r.segments = [(s.id, s.source, seed_ex.text[s.start:s.end], edited.get(s.id)) for s in seed_ex.segments]
    ref = Path(references_dir) / f"{article.name}.en.txt"
    hyps = sorted(Path(translations_dir).glob(f"{article.name}.*.en.txt"))
    if ref.is_file() and hyps:
        from ..scoring import score
        from ..scoring.chart import chrf_svg
        from ..scoring.inputs import read_lines

        src = str(article.edition) if article.edition.is_file() and seed_ex is None else None
        r.scores = score([str(ref)], [str(h) for h in hyps], src=src, glossary=glossary if src else None,
                         paired=())
        r.reference_lines = read_lines(ref)
        r.hypothesis_lines = {n: read_lines(s["file"]) for n, s in r.scores["systems"].items()}
        r.chart_svg = chrf_svg(r.scores, f"chrF++ per segment: {article.name}")
    return r


def _css() -> str:
    cats = []
    for cat, (colour, style, label, _) in CATEGORIES.items():
        line = (f"text-decoration-line:underline;text-decoration-style:wavy;text-decoration-color:{colour}"
                if style == "wavy" else f"border-bottom:3px {style} {colour}")
        cats.append(f"mark.cat-{cat}{{background:{colour}33;{line}}}span.badge.cat-{cat}{{background:{colour}55}}")
    return _CSS + "".join(cats)


_CSS = """
:root{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;color:#111;background:#fff}
body{margin:0 auto;max-width:1400px;padding:0 1rem 3rem}
header{border-bottom:1px solid #ccc;margin-bottom:1rem}
h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem;align-items:start}
.text{white-space:pre-wrap;font-family:Georgia,serif;font-size:1.05rem}
mark.finding{color:inherit;padding:0 1px;border-radius:2px}
mark.finding::after{content:attr(data-label);font:bold .6rem system-ui,sans-serif;vertical-align:super;margin-left:1px}
mark.finding:focus{outline:3px solid #000;outline-offset:2px}
.items{list-style:none;padding:0;margin:0;max-height:90vh;overflow:auto;position:sticky;top:0}
.item{border-left:4px solid #ccc;padding:.3rem .6rem;margin-bottom:.6rem}
.item.current{border-left-color:#000;background:#f4f4f4}
.item .msg{margin:.2rem 0}.item .where{color:#555;font-size:.85rem}
.proposals{margin:.2rem 0 .2rem 1.2rem;padding:0}
.badge{font-size:.75rem;padding:0 .3rem;border-radius:3px}
.decision{font-size:.9rem;margin:.2rem 0}.decision.open{font-weight:bold}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0}
.keys{color:#555;font-size:.9rem}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:underline}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
.seg{display:block;color:#555;font-size:.8rem}
.chart svg{max-width:100%;height:auto}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
@media print{nav,.keys{display:none}.items{max-height:none;overflow:visible}.cols{display:block}
section{break-before:page}#findings{break-before:auto}mark.finding{-webkit-print-color-adjust:exact}}
"""

_JS = """
(function(){
  var marks=Array.prototype.slice.call(document.querySelectorAll('mark.finding[id]'));
  var cur=-1;
  function show(i){
    var items=document.querySelectorAll('.item.current');
    for(var k=0;k<items.length;k++){items[k].classList.remove('current');}
    var li=document.getElementById(marks[i].getAttribute('aria-describedby'));
    if(li){li.classList.add('current');li.scrollIntoView({block:'nearest'});}
  }
  function go(i){
    if(!marks.length){return;}
    cur=(i+marks.length)%marks.length;
    marks[cur].focus();
    marks[cur].scrollIntoView({block:'center'});
  }
  marks.forEach(function(m,i){m.addEventListener('focus',function(){cur=i;show(i);});});
  document.addEventListener('keydown',function(ev){
    if(ev.altKey||ev.ctrlKey||ev.metaKey){return;}
    if(ev.key==='n'||ev.key==='j'){go(cur+1);ev.preventDefault();}
    else if(ev.key==='p'||ev.key==='k'){go(cur-1);ev.preventDefault();}
  });
})();
"""
