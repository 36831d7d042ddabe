"""Helpers the family-mechanism tests share: the built-in engine's findings on a text, and the one on a span."""

from lektorat.checker import check_text


def found(engines, text):
    """(span, rule, first three proposals) of every finding on TEXT."""
    return [(f.text, f.rule, f.suggestions[:3]) for f in check_text(text, engines).findings]


def hit(engines, text, span):
    """The finding on exactly SPAN (the test fails, listing every finding, when there is none)."""
    hits = [f for f in found(engines, text) if f[0] == span]
    assert hits, found(engines, text)
    return hits[0]


def finding(engines, text, span):
    """The Finding on exactly SPAN (the test fails, listing every finding, when there is none)."""
    hits = [f for f in check_text(text, engines).findings if f.text == span]
    assert hits, found(engines, text)
    return hits[0]


def quiet(engines, text, span):
    """No finding on TEXT overlaps SPAN (as a part of it or around it)."""
    hits = [f for f in check_text(text, engines).findings if span in f.text or f.text in span]
    assert not hits, [(f.rule, f.text, f.suggestions) for f in hits]
