"""Family mechanisms added with the batches of held-out articles from the seven-hundred-and-sixtieth: each finds
its defect on words the articles do not use, with the right fix where it gives one, and stays quiet on the German
it could be mistaken for."""

import pytest
from checking import finding as _finding
from checking import quiet as _quiet

# (the engines fixture is conftest's)


@pytest.mark.parametrize("text, span, category, fix", [
    # the case of a preposition after a noun that is itself in a preposition's phrase ("auf der Suche nach"): the
    # "nach" is the noun's, no postposition
    ("Viele sind auf der Suche nach einen neuen Vertrag.", "einen neuen Vertrag", "grammar", "einem neuen Vertrag"),
    # one of several after a preposition of one case, the form by the case and the plural's gender
    ("Es geht um einer der größten Werften des Landes.", "einer", "grammar", "eine"),
    ("Sie verhandelte mit einen der Lieferanten.", "einen", "grammar", "einem"),
    ("Er stimmte für einer der Entwürfe.", "einer", "grammar", "einen"),
    # "der" and a masculine or neuter noun between the opening phrase's noun and the verb: a genitive
    ("Der Kaufpreis der Hafen liegt bei zwei Millionen.", "der Hafen", "grammar", "des Hafens"),
    ("Die Leitung der neue Betrieb übernimmt eine Managerin.", "der neue Betrieb", "grammar",
     "des neuen Betriebs"),
    # a noun declined as an adjective after a quantifier in -e, a round number between: strong -e
    ("Am Morgen protestierten mehrere tausend Angestellten vor dem Werk.", "Angestellten", "grammar",
     "Angestellte"),
    ("Viele Reisenden warteten stundenlang.", "Reisenden", "grammar", "Reisende"),
    # a mark typed with its space on the wrong side
    ("Die Sitzung endete ohne Ergebnis ,Beschlüsse gab es keine.", " ,", "typography", ", "),
    ("Die Firma teilte das am Abend mit .Über Details schwieg sie.", " .", "typography", ". "),
    # an idiom after its verb with an object pronoun between, an adverb of a row later in the verb's clause
    ("Der Umbau kostet ihn einen Arm und ein Bein, sagte der Wirt.", "einen Arm und ein Bein", "calque",
     "ein Vermögen"),
    ("Die Behörde nahm die Beschwerden der Anwohner zunächst nicht seriös.", "seriös", "calque", "ernst"),
    ("Die Gewerkschaft nannte das „einen Schritt in der richtigen Richtung“.", "Schritt in der richtigen Richtung",
     "calque", "Schritt in die richtige Richtung"),
    # the subject after "Zu den …" and the verb of belonging; a number in a phrase between subject and verb
    ("Zu den Klägern gehört auch Familien aus dem Nachbardorf.", "gehört", "grammar", "gehören"),
    ("Die Mieten in 1.200 Metern Höhe steigt stark.", "steigt", "grammar", "steigen"),
    # a contrastive adverb between subject and verb; a focus particle before a bare plural subject
    ("Die kleinen Reedereien dagegen meldet Verluste.", "meldet", "grammar", "melden"),
    ("Auch andere Reedereien meldet Verluste.", "meldet", "grammar", "melden"),
    # two nouns apart after a quantifier and an adjective, no determiner: the compound German writes
    ("Für zahlreiche kleine Familien Betriebe kommt die Hilfe zu spät.", "Familien Betriebe", "garbled",
     "Familienbetriebe"),
    # a bare plural right after "zu", without the dative's -n
    ("Die Kisten wurden zu Lagerhäuser am Hafen gebracht.", "Lagerhäuser", "grammar", "Lagerhäusern"),
    # a place of the glossary in a compound with a hyphen
    ("Die Behörden setzten Aufträge beim Ferghana-Cluster aus.", "Ferghana-Cluster", "terminology",
     "Fergana-Cluster"),
])
def test_family_mechanisms_of_batches_760_on(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category, (f.rule, f.suggestions)
    assert fix is None or f.suggestions[0] == fix, (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    # a real postposition after a dative phrase: "nach" closes it, the accusative is the verb's
    ("Er sucht meiner Meinung nach einen neuen Job.", "einen neuen Job"),
    # "um" opening an infinitive: the dative is the verb's
    ("Sie kam, um einer der Firmen zu helfen.", "einer"),
    ("Er sprach mit einer der Kundinnen.", "einer"),
    # "der" and a feminine or plural noun: the genitive is right; a nominative after a prepositional phrase
    ("Die Höhe der Strafe beträgt fünf Millionen.", "der Strafe"),
    ("Die Zahl der Opfer stieg weiter.", "der Opfer"),
    ("Ihm gefiel am Ende der Vertrag nicht.", "der Vertrag"),
    # a dative after its quantifier; a noun that is no adjective's
    ("Mit vielen Verletzten ist zu rechnen.", "Verletzten"),
    ("Viele Studenten kamen.", "Studenten"),
    # a file's extension and a domain after a space
    ("Speichern Sie die Datei als .txt im Ordner.", " ."),
    # "seriös" of a bank, not of taking
    ("Sie nehmen seriöse Banken als Partner.", "seriöse"),
    # a list after the verb of belonging; a measure's adjective in the phrase between subject and verb
    ("Zu den Kunden gehört Kaspi und zwei Banken.", "gehört"),
    ("Zu den Klägern gehört auch Anwohner aus dem Nachbardorf.", "gehört"),   # (singular or plural)
    ("Der Betrieb auf der 7,4 Kilometer langen Strecke soll im Juni starten.", "langen"),
    # a singular subject before the contrastive adverb; a singular after the focus particle
    ("Der Konzern dagegen meldet Gewinne.", "meldet"),
    ("Auch gute Arbeit braucht Zeit.", "braucht"),
    # a measure and what it measures
    ("Er kaufte mehrere Tonnen Weizen.", "Tonnen Weizen"),
    # "zu" before an old dative singular, a gerundive, after "bis"
    ("Er arbeitete sich zu Tode.", "Tode"),
    ("Die zu prüfenden Anträge liegen vor.", "Anträge"),
    ("Es können bis zu 10 Paare angegeben werden.", "Paare"),
])
def test_quiet_on_german_of_batches_760_on(engines, text, span):
    _quiet(engines, text, span)
