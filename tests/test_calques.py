"""Calques: verb–noun collocations through inflection, `in` + year, and correct German that stays quiet."""

from __future__ import annotations

import pytest

from lektorat.document import Document
from lektorat.engines.builtin import BuiltinEngine
from lektorat.engines.builtin.calques import conjugate, split_verb
from lektorat.glossary import COLUMNS, load

HEADER = "\t".join(COLUMNS)


@pytest.fixture(scope="module")
def engine():
    return BuiltinEngine(load())


@pytest.fixture(scope="module")
def check(engine):
    def run(text: str):
        return [f for f in engine.check(Document(text)) if f.category == "calque"]
    return run


def one(findings):
    assert len(findings) == 1, findings
    return findings[0]


# --- the verb inflector ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("verb, parts", [
    ("vornehmen", ("vor", "", "nehmen")), ("übernehmen", ("", "über", "nehmen")),
    ("unternehmen", ("", "unter", "nehmen")), ("ausschütten", ("aus", "", "schütten")),
    ("ergreifen", ("", "er", "greifen")), ("zahlen", ("", "", "zahlen")), ("ausüben", ("aus", "", "üben")),
    ("adressieren", ("", "", "adressieren")), ("anerkennen", ("an", "er", "kennen")),
])
def test_split_verb(verb, parts):
    assert split_verb(verb) == parts


@pytest.mark.parametrize("verb, feat, form", [
    ("halten", "pres.3sg", "hält"), ("halten", "pret.3pl", "hielten"), ("halten", "pp", "gehalten"),
    ("treffen", "pret.3sg", "traf"), ("treffen", "pres.2sg", "triffst"),
    ("vornehmen", "pres.3sg", "nimmt"), ("vornehmen", "last.pres.3sg", "vornimmt"), ("vornehmen", "pp", "vorgenommen"),
    ("vornehmen", "zu", "vorzunehmen"), ("unternehmen", "pp", "unternommen"), ("unternehmen", "zu", "zu unternehmen"),
    ("ausschütten", "pret.3sg", "schüttete"), ("ausschütten", "pp", "ausgeschüttet"),
    ("leisten", "pres.3sg", "leistet"), ("fassen", "pres.2sg", "fasst"), ("ziehen", "k2.3sg", "zöge"),
    ("erheben", "pp", "erhoben"), ("begehen", "pp", "begangen"), ("adressieren", "pp", "adressiert"),
    ("äußern", "pres.1pl", "äußern"), ("äußern", "pret.3sg", "äußerte"), ("widmen", "pres.3sg", "widmet"),
])
def test_conjugate(verb, feat, form):
    assert conjugate(verb)[1][feat] == form


# --- collocations ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, fix", [
    # verb last: infinitive, zu-infinitive, participle
    ("Die Regierung will eine Maßnahme nehmen.", "nehmen", "ergreifen"),
    ("Es ist an der Zeit, einen Vortrag zu geben.", "zu geben", "zu halten"),
    ("Der Minister hat einen Beitrag gemacht.", "gemacht", "geleistet"),
    # verb second, any person and tense, the noun inflected and inside a compound
    ("Er nahm die Verantwortung für den Fehler.", "nahm", "übernahm"),
    ("Die Rebellen nehmen die Kontrolle über die Stadt.", "nehmen", "übernehmen"),
    ("Die Regierung nahm gestern drastische Sofortmaßnahmen.", "nahm", "ergriff"),
    ("Sie zahlten den Opfern Respekt.", "zahlten", "zollten"),
    # a separable wrong verb in its one-word forms
    ("Er hat zu viel Zeit ausgegeben.", "ausgegeben", "verbracht"),
    ("Sie wollten keine Zeit auszugeben.", "auszugeben", "zu verbringen"),
    # a separable right verb puts its prefix at the clause end
    ("Der Minister adressierte die Frage nicht.", "adressierte die Frage nicht", "sprach die Frage nicht an"),
    ("Die Polizei machte eine Untersuchung des Vorfalls.", "machte eine Untersuchung des Vorfalls",
     "führte eine Untersuchung des Vorfalls durch"),
])
def test_collocation_through_inflection(check, text, span, fix):
    f = one(check(text))
    assert f.text == span and f.rule == "CALQUE_COLLOCATION" and f.severity == "warning"
    assert fix in f.suggestions


@pytest.mark.parametrize("text", [
    "Er spielte eine wichtige Rolle.",
    "Sie hielt eine Rede vor dem Parlament.",
    "Die Journalisten stellten viele Fragen.",
    "Das ergibt Sinn.",
    "Sie traf eine Entscheidung.",
    "Es gibt eine Debatte über die Reform.",             # existential geben
    "Er nimmt die Herausforderung an.",                  # annehmen: a different verb
    "Er nimmt an der Debatte teil.",                     # teilnehmen
    "Sie nimmt eine wichtige Rolle ein.",                # einnehmen
    "Die Reform macht die Debatte schwierig.",           # machen + predicative adjective
    "Sie machte sich über die Entscheidung lustig.",     # the noun is no object of the verb
    "Er hat eine Debatte geführt.",
    "Die Frage, die er machte, war gut.",                # another clause
    "Die Regierung machte einen Vorschlag.",             # not in the data: never guessed
    "Du hast die Wahl.",                                 # die Wahl haben: have the choice
    "Man muss ihm Zeit geben.",                          # "geben" is no form of "ausgeben" here
])
def test_correct_german_stays_quiet(check, text):
    assert check(text) == []


def test_collocation_rows_come_from_the_data(tmp_path):
    """A newsroom row is matched the same way: noun lemma + wrong verb, the right verb proposed in the same form."""
    row = "ablegen\ttake an oath\tcalque\tGelöbnis nehmen\tverb\t\t\thttps://www.dwds.de/wb/Gelöbnis"
    (tmp_path / "g.tsv").write_text(HEADER + "\n" + row + "\n", encoding="utf-8")
    eng = BuiltinEngine(load(tmp_path, builtin=False))
    fs = [f for f in eng.check(Document("Die Soldaten nahmen gestern ihr Gelöbnis.")) if f.category == "calque"]
    assert [(f.text, f.suggestions) for f in fs] == [("nahmen gestern ihr Gelöbnis", ["legten gestern ihr Gelöbnis ab"])]


def test_pattern_rows_are_tried_by_their_first_two_words(tmp_path):
    """Rows are looked up by their first word and the start of their second, a slot where the second word begins
    included, and the first of two rows that both match (in the glossary's order) wins."""
    rows = ["gemeinsam\tin tandem\tcalque\tin Tandem\t\t\t\thttps://www.dict.cc/?s=in+tandem",
            "diesmal\tthis time around\tcalque\tdie* Zeit herum\t\t\t\thttps://www.dict.cc/?s=this+time",
            "auf Augenhöhe\ton eye level\tcalque\tauf *em Augenlevel\t\t\t\thttps://www.duden.de/",
            "auf gleicher Höhe\ton the eye level\tcalque\tauf de* Augenlevel\t\t\t\thttps://www.duden.de/"]
    (tmp_path / "g.tsv").write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    eng = BuiltinEngine(load(tmp_path, builtin=False))
    text = "Sie arbeiten in Tandem, diese Zeit herum auf einem Augenlevel, nicht auf dem Augenlevel."
    fs = [f for f in eng.check(Document(text)) if f.category == "calque"]
    assert [(f.text, f.suggestions) for f in fs] == [
        ("in Tandem", ["gemeinsam"]), ("diese Zeit herum", ["diesmal"]),
        ("auf einem Augenlevel", ["auf Augenhöhe"]), ("auf dem Augenlevel", ["auf Augenhöhe"])]


# --- in + year ---------------------------------------------------------------------------------------------------

def test_in_year(check):
    f = one(check("Die Zahl stieg in 2024 deutlich."))
    assert f.text == "in 2024" and f.suggestions == ["2024", "im Jahr 2024"]
    assert one(check("In 2023 begann der Krieg.")).suggestions[0] == "2023"


@pytest.mark.parametrize("text", ["Die Hütte liegt in 2000 Metern Höhe.", "Im Jahr 2024 stieg die Zahl.",
                                  "Das war 2024.", "Die Saison in 2024/25 beginnt bald."])
def test_in_year_stays_quiet(check, text):
    assert check(text) == []


def test_pattern_calques_still_work(check):
    f = one(check("Die gefrorenen Vermögenswerte bleiben gesperrt."))
    assert f.suggestions == ["eingefrorenen Vermögenswerte"]


# --- false friends in a context that decides the sense ------------------------------------------------------------

@pytest.mark.parametrize("text, span, fix", [
    ("Er realisierte, dass er zu spät war.", "realisierte", "erkannte"),
    ("Er realisiert, dass er zu spät ist.", "realisiert", "erkennt"),
    ("Er hat nie realisiert, dass sie recht hatte.", "realisiert", "erkannt"),
    ("Er wird bald realisieren, dass es falsch ist.", "realisieren", "erkennen"),
])
def test_realisieren_dass(check, text, span, fix):
    f = one(check(text))
    assert f.text == span and f.rule == "FALSE_FRIEND" and f.severity == "info" and fix in f.suggestions


@pytest.mark.parametrize("text", ["Die Firma will das Projekt bis 2026 realisieren.",
                                  "Eventuell kommt er morgen.", "Die aktuelle Lage ist ernst."])
def test_false_friends_in_their_german_sense_stay_quiet(check, text):
    assert check(text) == []


@pytest.mark.parametrize("text, span, fix", [
    ("Am Ende des Tages entscheidet der Markt.", "Am Ende des Tages", "Letzten Endes"),
    ("Es bleibt zu sehen, ob die Regierung nachgibt.", "bleibt zu sehen", "bleibt abzuwarten"),
    ("Die Arbeiter hatten eine harte Zeit im Winter.", "eine harte Zeit", "es schwer"),
    ("Die Daten werden auf einer täglichen Basis veröffentlicht.", "auf einer täglichen Basis", "täglich"),
    ("Die beiden Konzerne versiegelten den Deal am Montag.", "versiegelten", "besiegelten"),
    ("Russland nahm die Führung.", "nahm", "übernahm"),
])
def test_english_idioms_word_for_word(check, text, span, fix):
    f = one(check(text))
    assert f.text == span and f.suggestions[0] == fix, f


@pytest.mark.parametrize("text", [
    "Es war eine harte Zeit für alle.",
    "Die Polizei hat den Raum versiegelt.",
    "Am Ende des Weges wartet ein Dorf.",
    "Die Partei übernahm die Führung des Landes.",
])
def test_idioms_in_their_german_sense_stay_quiet(check, text):
    assert check(text) == []


def test_a_thing_of_the_past(check):
    f = one(check("Die Engpässe seien ein Ding der Vergangenheit."))
    assert f.text == "ein Ding der Vergangenheit" and f.suggestions[0] == "Geschichte"


@pytest.mark.parametrize("text, fix", [
    ("Konsequent rutschte auch der Leitindex ab.", "Folglich"),
    ("Konsequent, die Preise stiegen weiter.", "Folglich"),
])
def test_a_false_friend_opening_a_sentence(check, text, fix):
    f = one(check(text))
    assert f.rule == "FALSE_FRIEND" and f.severity == "info" and f.suggestions[0] == fix


@pytest.mark.parametrize("text", [
    "Konsequent durchgesetzte Reformen helfen.",     # the adjective before its noun
    "Die Regierung handelte konsequent.",
])
def test_the_german_sense_of_a_sentence_adverb_stays_quiet(check, text):
    assert check(text) == []


@pytest.mark.parametrize("verb, pp, pret", [
    ("verschieben", "verschoben", "verschob"), ("liegen", "gelegen", "lag"), ("fahren", "gefahren", "fuhr"),
    ("legen", "gelegt", "legte"), ("feiern", "gefeiert", "feierte"),
])
def test_strong_verbs_outside_the_table_are_guessed_from_their_vowel_change(verb, pp, pret):
    f = conjugate(verb)[1]
    assert (f["pp"], f["pret.3sg"]) == (pp, pret)


def test_through_the_roof(check):
    f = one(check("Die Preise sind durch das Dach gegangen."))
    assert f.suggestions[0] == "durch die Decke gegangen"
    assert check("Der Regen kam durch das Dach.") == []


def test_not_my_cup_of_tea(check):
    f = one(check("Abfahrt ist nicht meine Tasse Tee, sagte sie."))
    assert f.suggestions == ["nicht mein Ding"]
    assert check("Er trank seine Tasse Tee.") == []


def test_realisieren_with_its_dass_clause_after_adverbials(check):
    f = one(check("Die Reederei realisierte erst Stunden später, dass das Schiff beschädigt war."))
    assert f.suggestions[0] == "erkannte"
    assert check("Sie realisierten den Plan so schnell, dass alle staunten.") == []


def test_jobs_are_created_with_schaffen(check):
    f = one(check("Das neue Werk werde rund 1.800 Jobs kreieren, hieß es."))
    assert f.text == "kreieren" and f.suggestions == ["schaffen"]
    assert check("Der Koch kreierte ein neues Gericht.") == []
