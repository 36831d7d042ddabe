"""Family mechanisms added with the hundred-and-tenth and hundred-and-eleventh batches of held-out articles: each
finds its defect on words the articles do not use, with the right fix where it gives one, and stays quiet on the
German it could be mistaken for."""

import pytest
from checking import finding as _finding
from checking import quiet as _quiet

from lektorat import nouns

# (the engines fixture is conftest's)


@pytest.mark.parametrize("text, span, fix", [
    # the plural of an -ierung noun on an English singular: the German nouns in the plural, the action first
    ("Die Sponsorierungen der Regatta sind unklar.", "Sponsorierungen", "Förderungen"),
    ("Die Kapturierungen der Stadt dauerten Wochen.", "Kapturierungen", "Einnahmen"),
])
def test_plural_ierung_nouns_of_english_singulars(engines, text, span, fix):
    f = _finding(engines, text, span)
    assert f.category == "pseudo-english" and f.suggestions[0] == fix, (f.rule, f.suggestions)
    assert all("nom.pl" in nouns.features(s) for s in f.suggestions), f.suggestions   # no singular among them


@pytest.mark.parametrize("text, span", [
    ("Die Evakuierungen laufen seit Montag.", "Evakuierungen"),     # German -ierung nouns of German verbs
    ("Die Implementierungen der Software sind fertig.", "Implementierungen"),
])
def test_quiet_on_german_ierung_plurals(engines, text, span):
    _quiet(engines, text, span)


def test_a_compound_takes_the_form_of_its_last_part():
    assert nouns.with_head("Friedensinitiative", "Initiative", "Initiativen") == "Friedensinitiativen"
    assert nouns.with_head("Gaza-Konfliktlösung", "Konfliktlösung", "Konfliktlösungen") == "Gaza-Konfliktlösungen"
    assert nouns.with_head("Vertrag", "Vertrag", "Vertrags") == "Vertrags"
    assert nouns.plural_of("Gaza-Konfliktlösung") == "Gaza-Konfliktlösungen"
