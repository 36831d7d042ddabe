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
