"""Transliteration of Russian, Ukrainian and Belarusian names: the Slavic test, the Ukrainian forms, and the names
that must stay quiet."""

from __future__ import annotations

import pytest

from lektorat.document import Document
from lektorat.engines.builtin import BuiltinEngine
from lektorat.engines.builtin.transliteration import germanize, looks_ukrainian
from lektorat.glossary import load


@pytest.fixture(scope="module")
def engine():
    return BuiltinEngine(load())


@pytest.fixture(scope="module")
def fixes(engine):
    """{flagged text: first suggestion} of the transliteration findings."""
    def run(text: str) -> dict[str, str]:
        return {f.text: f.suggestions[0] for f in engine.check(Document(text)) if f.category == "transliteration"}
    return run


@pytest.mark.parametrize("en, lang, de", [
    ("Zaytsev", "ru", "Saizew"), ("Mikhaylova", "ru", "Michailowa"), ("Isayev", "ru", "Issajew"),
    ("Gerasimov", "ru", "Gerassimow"), ("Tsvetkov", "ru", "Zwetkow"), ("Dmitriy", "ru", "Dmitri"),
    ("Shchukin", "ru", "Schtschukin"), ("Yermakova", "ru", "Jermakowa"),
    ("Andriy", "uk", "Andrij"), ("Zynoviy", "uk", "Synowij"), ("Syrskyi", "uk", "Syrskyj"),
    ("Zelensky", "uk", "Selenskyj"), ("Mykhaylo", "uk", "Mychajlo"), ("Samoylenko", "uk", "Samojlenko"),
    ("Isayevych", "uk", "Issajewytsch"), ("Verkhovynets", "uk", "Werchowynez"), ("Hrechko", "uk", "Hretschko"),
    ("Valentyna", "uk", "Walentyna"),
    # names of Greek origin keep German x: Alexander, Alexei, Olexij
    ("Aleksandr", "ru", "Alexander"), ("Aleksandra", "ru", "Alexandra"), ("Oleksiy", "uk", "Olexij"),
])
def test_germanize(en, lang, de):
    assert germanize(en, lang) == de


def test_ukrainian_forms_are_recognised():
    assert looks_ukrainian("Sachenko") and looks_ukrainian("Isayevych") and looks_ukrainian("Mykola")
    assert looks_ukrainian("Hrechko") and not looks_ukrainian("Peskov") and not looks_ukrainian("Washington")


@pytest.mark.parametrize("text, want", [
    # a role noun before a lone surname
    ("Der Abgeordnete Panov widersprach.", {"Panov": "Panow"}),
    ("Außenministerin Samoylenko lehnte das ab.", {"Samoylenko": "Samojlenko"}),
    ("Außenminister Nikolayev lehnte das ab.", {"Nikolayev": "Nikolajew"}),     # a surname, not the city
    ("Der Abgeordnete Aksenov widersprach.", {"Aksenov": "Aksenow"}),          # not the Crimean Aksjonow
    # endings that are Slavic on their own
    ("Der Journalist Orest Sachenko hat ein Buch geschrieben.", {"Sachenko": "Satschenko"}),
    # first names, also ones German spells otherwise ("Vera"), before a Slavic surname
    ("Die Sprecherin Vera Yermakova sagte, die Gespräche würden fortgesetzt.",
     {"Vera": "Wera", "Yermakova": "Jermakowa"}),
    ("Nach Angaben von Svitlana Isayevych wurde niemand verletzt.",
     {"Svitlana": "Switlana", "Isayevych": "Issajewytsch"}),
    ("Auch Valentyna Hrechko nahm an dem Treffen teil.", {"Valentyna": "Walentyna", "Hrechko": "Hretschko"}),
    ("Nach Angaben von Nikodim Kabanov wurde niemand verletzt.", {"Kabanov": "Kabanow"}),
    # the whole name decides the language: Ukrainian -ij, Russian -i
    ("Das bestätigte Zynoviy Fastenko am Abend.", {"Zynoviy": "Synowij"}),
    ("Dmitriy Sokolov sagte das in Moskau.", {"Dmitriy": "Dmitri", "Sokolov": "Sokolow"}),
])
def test_slavic_names(fixes, text, want):
    assert fixes(text) == want


@pytest.mark.parametrize("text", [
    "Peter Ustinov spielte in dem Film.",
    "Der Schriftsteller Isaac Asimov schrieb viele Bücher.",
    "In Washington und Venezuela sprach Donald Trump mit Nicolás Maduro.",
    "Der Abgeordnete Smith widersprach.",
    "Der Fußballer Shakhar Zhonson spielt in London.",
    "Der Koch Zhang Wei eröffnete ein Restaurant.",
    "Kevin Costner und Sean Connery spielten Golf.",
    "Der Tennisspieler Novak Djokovic gewann, Ivan Rakitic traf.",
    "Präsident Chirac und Senator Schumer trafen sich.",
    "Die Sängerin Lana Del Rey sang.",
])
def test_non_slavic_names_stay_quiet(fixes, text):
    assert fixes(text) == {}


def test_glossary_surnames_are_not_too_greedy(fixes):
    # the city Mykolajiw is Mykolaiv in English; "Nikolayev" is a surname as well
    assert fixes("Die Stadt Mykolaiv wurde beschossen.") == {"Mykolaiv": "Mykolajiw"}
    # Aksjonow (Аксёнов) is "Aksyonov"; an "Aksenov" may be Аксенов
    assert fixes("Sergei Aksyonov sprach auf der Krim.") == {"Sergei Aksyonov": "Sergej Aksjonow"}


def test_a_first_name_in_ei_gets_both_german_spellings(engine):
    """-ей is -ei in German Wikipedia and -ej in much of the press: both are proposed."""
    (f,) = [f for f in engine.check(Document("Der Minister Aleksei Zhdanov sprach.")) if f.text == "Aleksei"]
    assert f.suggestions == ["Alexei", "Alexej"]


def test_a_russian_surname_that_begins_like_a_ukrainian_first_name_is_russian(fixes):
    """Petrov, Pavlov: Russian surnames, not the Ukrainian first names Petro and Pavlo."""
    assert fixes("Aleksandr Petrov kam.") == {"Aleksandr": "Alexander", "Petrov": "Petrow"}


def test_doubled_vowels_are_finnish_or_estonian_not_english_romanisation(fixes):
    assert fixes("Die Sprecherin Liisa Tamm aus Tallinn bestätigte das, sagte Kremlsprecher Dmitri Peskow.") == {}
