"""Misspellings: a rare word one typing edit from a frequent German word; names and new compounds stay quiet."""

from __future__ import annotations

import pytest

from lektorat.checker import check_text


@pytest.mark.parametrize("text,word,first", [
    ("Was wir sehen, ist eine allgemeine soziale Disfunktion im Zusammenhang mit Ungleichheit.", "Disfunktion",
     "Dysfunktion"),
    ("Das ist eine wichtige Entscheidnug für alle.", "Entscheidnug", "Entscheidung"),
    ("Die Minister haben sich absulut nicht geeinigt.", "absulut", "absolut"),
])
def test_one_edit_from_a_frequent_word(engines, text, word, first):
    found = [f for f in check_text(text, engines).findings if f.text == word]
    assert found and found[0].category == "spelling" and found[0].suggestions[0] == first, found


@pytest.mark.parametrize("text", [
    "Der Journalist Orest Sachenko schrieb ein Buch.",       # a name in a run of capitals
    "Die Firma Zalando wächst, sagte Karsten Wildberger.",
    "Die Pollendusche und die Erdumlaufbahn sind Komposita.",  # compounds German hunspell does not list
    "Wir haben das Meeting online verschoben.",               # loanwords
])
def test_names_compounds_and_loanwords_stay_quiet(engines, text):
    assert [f for f in check_text(text, engines).findings if f.category == "spelling"] == []


def test_a_noun_written_small_after_its_article():
    from lektorat.checker import check_text, make_engines

    engines = make_engines(["builtin"])
    # "steuern" is a German verb too: written small it is no error a checker can prove
    found = check_text("Die regierung will die neuen steuern und eine gute idee.", engines).findings
    assert [(f.text, f.rule, f.suggestions) for f in found] == [
        ("regierung", "NOUN_LOWERCASE", ["Regierung"]), ("idee", "NOUN_LOWERCASE", ["Idee"])]
    for quiet in ("Das essen war gut, und er hatte recht.", "Er trotzt dem übergrößen Herrscher nicht.",
                  "Die Regierung will die Steuern senken."):
        assert [f for f in check_text(quiet, engines).findings if f.rule == "NOUN_LOWERCASE"] == [], quiet


@pytest.mark.parametrize("text, flagged", [
    ("Er sagte, das die Regierung zurücktreten werde.", True),
    ("Es ist klar, das er kommt.", True),
    ("Das Buch, das die Lehrerin empfahl, ist gut.", False),          # relative pronoun: a neuter antecedent
    ("Er sah etwas, das er mochte.", False),
    ("Sie bieten ein System von hoher Qualität an, das die Arbeit erleichtert.", False),
    ("Es regnet, das heißt, wir bleiben.", False),
])
def test_das_for_dass(text, flagged):
    from lektorat.checker import check_text, make_engines

    found = [f for f in check_text(text, make_engines(["builtin"])).findings if f.rule == "DAS_DASS"]
    assert [(f.text, f.suggestions) for f in found] == ([("das", ["dass"])] if flagged else [])


def _rule(engines, text, rule):
    return [(f.text, f.suggestions) for f in check_text(text, engines).findings if f.rule == rule]


@pytest.mark.parametrize("text, found", [
    ("Es gibt also etwas super interessantes an natürlichen Systemen.", [("interessantes", ["Interessantes"])]),
    ("Ich wünsche dir alles gute zum Geburtstag.", [("gute", ["Gute"])]),
    ("Er hat viel gutes getan, aber wenig schlechtes.", [("gutes", ["Gutes"]), ("schlechtes", ["Schlechtes"])]),
    ("Das Ministerium teilte nichts neues mit.", [("neues", ["Neues"])]),
    # an adjective before its noun, also across a coordinated one, is no noun
    ("Wir haben etwas neues Geld und etwas neues und teures Gerät gekauft.", []),
    # the official rules leave these small
    ("Das ist etwas anderes, alles übrige ist egal.", []),
    ("Sie sagte etwas, das niemand verstand.", []),
])
def test_an_adjective_used_as_a_noun_after_etwas_nichts_alles(engines, text, found):
    assert _rule(engines, text, "NOMINALISED_ADJECTIVE") == found


@pytest.mark.parametrize("text, found", [
    ("Es ist direkt eingebettet; Es gibt keine externen Anweisungen.", [("Es", ["es"])]),
    ("Der Minister kam spät; Also war die Sitzung vorbei.", [("Also", ["also"])]),
    ("Der Minister kam spät; Die Linke war schon gegangen.", []),              # an article may open a name
    ("Aber sie sind nicht eingefroren; Sie verschmelzen tatsächlich.", []),   # may be the polite form
    ("Er kam aus Kiew; Berlin war sein Ziel.", []),                            # a name
])
def test_a_capital_after_a_semicolon(engines, text, found):
    assert _rule(engines, text, "CAPITAL_AFTER_SEMICOLON") == found
