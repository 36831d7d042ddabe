"""Family mechanisms added with the two-hundred-and-tenth and later batches of held-out articles: each finds its
defect on words the articles do not use, with the right fix where it gives one, and stays quiet on the German it
could be mistaken for."""

import pytest
from checking import finding as _finding
from checking import quiet as _quiet

# (the engines fixture is conftest's)


@pytest.mark.parametrize("text, span, category, fix", [
    # a possessive before a count with thousands points: the preposition's case
    ("Der Kreis mit seine 1.250.000 Bewohnern wählt.", "seine 1.250.000 Bewohnern", "grammar",
     "seinen 1.250.000 Bewohnern"),
    # an adjective in -en before a plural in the nominative or accusative with nothing that declines before it
    ("Angeboten wurden Käsereien sowie kleinen Weingüter aus dem Süden.",
     "kleinen Weingüter", "grammar", "kleine Weingüter"),
    # a weak noun after an article that wants another case: its own oblique form, no lemma it resembles
    ("Er verlor gegen den erfahrenen Schwede im Halbfinale.", "den erfahrenen Schwede", "grammar",
     "den erfahrenen Schweden"),
    # three times the same word
    ("Es ist eine Lösung, die die die Anwohner entlastet.", "die die die", "typography", "die die"),
    # two different articles after a preposition, no comma before it
    ("Sie reisten an, um das die neue Brücke zu besichtigen.", "das die", "typography", "die"),
    # -ität on an adjective in -ent or -ant: German's noun in -enz, -anz
    ("Der Jury fehlte es an Kompetentität.", "Kompetentität", "pseudo-english", "Kompetenz"),
    # -ierung on an English verb, even where German has its verb in -ieren
    ("Die Eventmanagierung des Vereins wird neu vergeben.", "Eventmanagierung", "pseudo-english",
     "Eventmanagement"),
    # a brand in camel case and a noun apart after an agreeing determiner or adjective
    ("Das neue PlayStation Spiel kostet mehr.", "PlayStation Spiel", "format",
     "PlayStation-Spiel"),
    # a separable particle apart from its infinitive or participle
    ("Die Gelder wurden rechtzeitig bereit gestellt.", "bereit gestellt", "garbled", "bereitgestellt"),
    ("Der Verein will den Fans etwas zurück geben.", "zurück geben", "garbled", "zurückgeben"),
    # a word split before its last two letters, the first piece no word
    ("Die Stadt plant eine neue Schleu se am Kanal.", "Schleu se", "garbled", "Schleuse"),
    # a noun in -ist the lexicon lacks: weak, -en after a determiner that is no nominative singular
    ("Er stellte sich gegen den radikalen Extremist.", "den radikalen Extremist", "grammar",
     "den radikalen Extremisten"),
    # a dative preposition before "bis zu" and a count; "noch mehr"; adjectives in -en; "laut"
    ("Die Firma mit bis zu 40 Helfer wächst.", "Helfer", "grammar", "Helfern"),
    ("Sie rechnen mit noch mehr Anrufe.", "Anrufe", "grammar", "Anrufen"),
    ("Die Hilfe kam von kleinen Dörfer.", "kleinen Dörfer", "grammar", "kleinen Dörfern"),
    ("Die Preise steigen, laut Umfrageergebnisse.", "Umfrageergebnisse", "grammar", "Umfrageergebnissen"),
    # an English pair hyphenated whose head German has no word for
    ("Das Unternehmen will die Brand-Loyalty stärken.", "Brand-Loyalty", "english", "Markentreue"),
    # an English word only the dictionary knows before a hyphen and a German noun
    ("Das neue Railcar-Depot der Bahn ist fertig.", "Railcar-Depot", "pseudo-english", "Wagendepot"),
    # an English verb in -iere (the subjunctive of reported speech)
    ("Er sagte, die Firma utilisiere neue Maschinen.", "utilisiere", "pseudo-english", "nutze"),
])
def test_family_mechanisms_of_batches_210_217(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category and f.suggestions[0] == fix, (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    # a determiner shared with an earlier phrase: the weak ending is right
    ("Die Sorgen der großen Städte und kleinen Gemeinden wachsen.", "kleinen Gemeinden"),
    ("Es dürfen keine Kommas oder sonstigen Zeichen folgen.", "sonstigen Zeichen"),
    # a participle before it, which may be an adjective of the same phrase
    ("Alle installierten veralteten Pakete werden ersetzt.", "veralteten Pakete"),
    # a pronoun before the adjective, and the dative plural
    ("Wir kleinen Händler zahlen die Zeche.", "kleinen Händler"),
    ("Das Geld hilft kleinen Betrieben.", "kleinen Betrieben"),
    # an article of a relative clause after its comma and preposition
    ("Das ist die Halle, in der die Mannschaft trainiert.", "der die"),
    # a demonstrative pronoun and a genitive after it
    ("Die Syntax ist ähnlich zu der des alten Programms.", "der des"),
    # an extended attribute after the first article
    ("Sie sprachen über die die Bürger belastende Steuer.", "die die"),
    # -isierung, which German forms freely; the -ierung noun of a German verb; a German -ierung noun last
    ("Die Tokenisierung der Texte dauert.", "Tokenisierung"),
    ("Nach der Expandierung der Variablen startet das Skript.", "Expandierung"),
    ("Die Ausmaskierung der Signale dauert.", "Ausmaskierung"),
    # "laut" and one person; a noun in -ist in the nominative
    ("Laut Veranstalter kamen mehr Gäste.", "Veranstalter"),
    ("Er singt laut Lieder aus seiner Heimat.", "Lieder"),
    ("Der Extremist wurde verhaftet.", "Extremist"),
    # a brand alone after a preposition, its noun an object of its own
    ("Er hat auf YouTube Videos veröffentlicht.", "YouTube Videos"),
    # "bereit" and "erklären" stay apart, as does a particle before an auxiliary
    ("Die Stadt hat sich bereit erklärt, zu zahlen.", "bereit erklärt"),
    ("Die Helfer wollen bereit sein.", "bereit sein"),
    # a particle opening a clause is an adverb before its verb; "statt dessen" is no verb
    ("Das Budget steigt; hinzu kommen neue Gebühren.", "hinzu kommen"),
    ("Er ging statt dessen nach Hause.", "statt dessen"),
])
def test_quiet_on_the_german_the_new_mechanisms_could_be_mistaken_for(engines, text, span):
    _quiet(engines, text, span)
