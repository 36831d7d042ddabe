"""Subject–verb agreement in number where the sentence leaves no doubt, quiet where German allows either reading."""

import pytest

from lektorat.checker import check_text, make_engines


@pytest.fixture(scope="module")
def engines():
    return make_engines(["builtin"])


def _sv(engines, text):
    return [(f.text, f.suggestions) for f in check_text(text, engines).findings if f.rule == "SUBJECT_VERB"]


@pytest.mark.parametrize("text, verb, fix", [
    ("Die Regierung haben neue Steuern beschlossen.", "haben", "hat"),
    ("Die Länder hat zugestimmt.", "hat", "haben"),
    ("Der Ausschuss wollen den Bericht prüfen.", "wollen", "will"),
    ("Die Daten zeigt, dass die Preise steigen.", "zeigt", "zeigen"),
    ("Die neuen Zahlen kann man nicht bestreiten, sagte er. Die Behörde müssen handeln.", "müssen", "muss"),
])
def test_disagreement_is_found_with_the_verb_in_the_nouns_number(engines, text, verb, fix):
    assert _sv(engines, text) == [(verb, [fix])]


@pytest.mark.parametrize("text", [
    "Die Kosten trägt nur der Staat.",                    # object first, subject after the verb
    "Diese Simulation verdanken wir einer Arbeitsgruppe.",
    "Die Vorgabe sind 64 wartende Anfragen.",             # plural predicate
    "Die Mehrheit haben zugestimmt.",                     # noun of quantity
    "Die Sahne schlagen und unterrühren.",                # infinitive in an instruction
    "Die Hoffnung aufgeben bedeutet, nichts zu tun.",
    "Die Polizei suchen Zeugen.",                         # could be "witnesses seek the police"
    "Die Regierung hat neue Steuern beschlossen.",
])
def test_quiet_where_german_allows_it(engines, text):
    assert _sv(engines, text) == []
