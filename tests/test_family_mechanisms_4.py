"""Family mechanisms added after the fourteenth and fifteenth batches of held-out articles: each finds its defect
on words the articles do not use, with the right fix, and stays quiet on the German it could be mistaken for."""

import pytest
from checking import found as _found
from checking import hit as _hit

# (the engines fixture is conftest's)


@pytest.mark.parametrize("text, span, fix", [
    # a preposition run into an article whose whole is a noun written small ("Inder", "Anden", "Gegenden")
    ("Die Delegation traf sich inder Botschaft.", "inder", "in der"),
    ("Er schrieb einen Brief andie Aktionäre.", "andie", "an die"),
    ("Die Bauern stimmten gegenden Vertrag.", "gegenden", "gegen den"),
    ("Es fehlt inden Schulen an Lehrern.", "inden", "in den"),
    # two nouns written apart where the determiner fits both: a singular second noun cannot stand bare
    ("Den Vereins Rekord hielt bis dahin ein Schwede.", "Vereins Rekord", "Vereinsrekord"),
    ("Sie lag deutlich über dem Bundes Durchschnitt.", "Bundes Durchschnitt", "Bundesdurchschnitt"),
    # … and a plural one only where German writes the compound often
    ("Die Kinder Gärten öffnen später.", "Kinder Gärten", "Kindergärten"),
    # two nouns written apart right after a preposition; a capitalised adjective stem before its noun
    ("Die Firma baut Anlagen für Wasser Kraftwerke.", "Wasser Kraftwerke", "Wasserkraftwerke"),
    ("Sie bauten das Hoch Haus am Fluss.", "Hoch Haus", "Hochhaus"),
    # a letter lost where three meet in a compound
    ("Der Stoffetzen lag am Boden.", "Stoffetzen", "Stofffetzen"),
    # an English decimal point before any plural noun; a German day before an English month
    ("Der Läufer drehte 12.5 Runden.", "12.5", "12,5"),
    ("Das Rennen endet am 4. October 2026.", "4. October 2026", "4. Oktober 2026"),
    # "das das" before an adverb: no relative pronoun and article
    ("Es gibt ein Gesetz, das das bereits regelt.", "das das", "das"),
    # a place German writes with its article, after a preposition without it
    ("Die Firma expandiert in Slowakei.", "in Slowakei", "in der Slowakei"),
    ("Die Waren kommen aus Niederlande.", "aus Niederlande", "aus den Niederlanden"),
    ("Die Gruppe reiste nach Mongolei.", "nach Mongolei", "in die Mongolei"),
    # a plural quantifier before a singular noun
    ("Mehrere Woche vergingen.", "Woche", "Wochen"),
    # the article agrees with a compound's noun, also where its last part is a participle too ("-betrieben")
    ("Er verhandelte mit der Stadtwerkebetrieben.", "der Stadtwerkebetrieben", "den Stadtwerkebetrieben"),
    # an adjective in -isch hunspell lacks still agrees
    ("Er wartete auf die tadschikischen Grenze.", "die tadschikischen Grenze", "der tadschikischen Grenze"),
    # -ation where German text says -ierung; an English -er noun with the German dative plural
    ("Die Evakuation der Insel begann.", "Evakuation", "Evakuierung"),
    ("Mit den Developern sprach sie lange.", "Developern", "Entwicklern"),
    # English acronyms of organisations German abbreviates in German
    ("Die OSCE schickte Beobachter.", "OSCE", "OSZE"),
    # a light-verb or false-friend collocation from the dictionary, a phrase of the noun between
    ("Die Richterin soll eine Entscheidung über die Zukunft nehmen.", "nehmen", "treffen"),
    ("Der Kapitän vermisste den Elfmeter.", "vermisste", "verschoss"),
    ("Die Ministerin lieferte eine Rede.", "lieferte", "hielt"),
])
def test_finds_with_the_right_fix(engines, text, span, fix):
    f = _hit(engines, text, span)
    assert f[2] and f[2][0] == fix, f


@pytest.mark.parametrize("text", [
    "Die Inder und die Anden sind weit weg.",
    "Sie bereisten ferne Gegenden.",
    "Nachdem die Polizei Fotos gefunden hatte, wurde er verhaftet.",
    "Er brachte sechs Flaschen Milch nach Hause.",
    "Ich sehe in der Bundesliga Spieler, denen das Herz fehlt.",
    "Die Stadt Berlin und die Firma Siemens unterzeichneten.",
    "Das war vordem anders.",
    "Die Version 2.3 Pakete sind alt.",
    "Am 23. März 2025 kamen sie.",
    "Das Paket, das das Ministerium vorlegte, kam.",
    "Die Firma expandiert in Frankreich und in der Schweiz.",
    "Er vermisst seine Familie.",
    "Den Influencern gefällt das.",
    "Er kam nach Ende Januar mit Frau Müller.",
    "Beide Minister kamen.",
    "Ein Downgrade ist möglich.",
])

def test_quiet_on_german(engines, text):
    assert _found(engines, text) == []


@pytest.mark.parametrize("text, flagged", [
    ("Nach langen Verhandlungen einigten sich die Parteien eventuell auf einen Vertrag.", True),
    ("Wir prüfen eventuell eine Klage.", False),
    ("Man könnte eventuell verhandeln.", False),
])
def test_eventuell_beside_a_weak_preterite(engines, text, flagged):
    assert any(f[0] == "eventuell" for f in _found(engines, text)) == flagged


def test_strong_verbs_are_conjugated_from_the_table():
    from lektorat.engines.builtin.calques import conjugate
    assert conjugate("verschießen")[1]["pret.3sg"] == "verschoss"
    assert conjugate("hinterlassen")[1]["pp"] == "hinterlassen"
    assert conjugate("totschlagen")[1]["zu"] == "totzuschlagen"
    assert conjugate("stechen")[1]["pres.3sg"] == "sticht"
