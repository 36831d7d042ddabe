"""Family mechanisms added with the seventy-sixth to eighty-third batches of held-out articles: each finds its
defect on words the articles do not use, with the right fix where it gives one, and stays quiet on the German it
could be mistaken for."""

import pytest
from checking import finding as _finding
from checking import quiet as _quiet

# (the engines fixture is conftest's)


@pytest.mark.parametrize("text, span, fix", [
    # "excited to/about": "aufgeregt" with a zu-infinitive, "über" or "auf" -> "sich freuen" in its person
    ("„Wir sind sehr aufgeregt, im Frühjahr in Leipzig aufzutreten“, sagte die Sängerin.", "sind sehr aufgeregt",
     "freuen uns sehr"),
    ("Der Trainer sagte, er sei aufgeregt über die neue Halle.", "sei aufgeregt", "freue sich"),
    ("„Ich bin wirklich aufgeregt auf die kommende Saison“, sagte der Torwart.", "bin wirklich aufgeregt",
     "freue mich wirklich"),
    ("„Natürlich waren wir alle aufgeregt, dass der Vertrag unterschrieben ist.“", "waren wir alle aufgeregt",
     "freuten wir uns alle"),
    # "can't wait to": before a zu-infinitive or an exclamation
    ("„Wir können nicht warten, das neue Stadion zu eröffnen“, sagte der Präsident.", "können nicht warten",
     "können es kaum erwarten"),
    ("„Die Saison beginnt bald. Ich kann nicht warten!“", "kann nicht warten", "kann es kaum erwarten"),
    # "have a hard/good time": with a form of "haben", before or after
    ("Die Bauern hatten in diesem Sommer eine harte Zeit.", "eine harte Zeit", "es schwer"),
    ("Viele Händler haben seit dem Frühjahr eine harte Zeit gehabt.", "eine harte Zeit gehabt",
     "es schwer gehabt"),
    ("Die Besucher sollen beim Stadtfest eine tolle Zeit haben.", "eine tolle Zeit", "Spaß"),
])
def test_idioms_of_feeling_word_for_word(engines, text, span, fix):
    f = _finding(engines, text, span)
    assert f.category == "calque" and f.suggestions[0] == fix, (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Die Kinder waren aufgeregt, als der Zug endlich einfuhr.", "aufgeregt"),   # nervous, and a temporal clause
    ("Vor der Prüfung war sie sehr aufgeregt.", "aufgeregt"),
    ("Man kann nicht warten, bis die Regierung handelt.", "warten"),             # "cannot wait until": German
    ("Wir können nicht warten, weil der Zug gleich fährt.", "warten"),
    ("Es war eine harte Zeit für die Familie.", "harte Zeit"),                   # "sein", not "haben"
    ("Wir hatten eine schöne Zeit in Rostock.", "schöne Zeit"),
    ("Sie hatten eine gute Zeit gelaufen und die Norm geschafft.", "gute Zeit"),
])
def test_idioms_of_feeling_stay_quiet_in_their_german_sense(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, span, fix", [
    # a syllable doubled at the end, or a longer run that ends the word
    ("Die Gewerkschaftschaft des Hafens rief zum Streik auf.", "Gewerkschaftschaft", "Gewerkschaft"),
    ("Die Anlagenbaubauer aus Sachsen melden Gewinne.", "Anlagenbaubauer", "Anlagenbauer"),
    ("Die Veranstalterstalter planen eine zweite Bühne.", "Veranstalterstalter", "Veranstalter"),
])
def test_a_doubled_syllable_before_an_ending(engines, text, span, fix):
    f = _finding(engines, text, span)
    assert f.rule == "GARBLED_WORD" and f.suggestions[0] == fix, (f.rule, f.suggestions)


def test_a_doubled_ending_of_a_word_that_is_no_noun_stays():
    from lektorat.engines.builtin.garbled import doubled_in_known

    # "Gescheit|heit" is a rare word's own suffix: "Gescheit" is no noun
    assert doubled_in_known("Gescheitheit") is None


@pytest.mark.parametrize("text, span, fix", [
    # a genitive article after a noun: the compound's genitive, not a nominative of the first noun
    ("Nach dem Rückgang der Export Erlöse sparte die Firma.", "Export Erlöse", "Exporterlöse"),
    # before a name: a compound in use, then the place ("den Bade Ort Jūrmala")
    ("Wir fuhren in den kleinen Kur Ort Warnemünde.", "Kur Ort", "Kurort"),
    # after a dative preposition, a dative plural that no verb takes bare
    ("Der Bedarf an Stahl Trägern wächst.", "Stahl Trägern", "Stahlträgern"),
    # a head the lexicon lacks, read by its last part after a noun in -e ("Fähr|linie": "Fähre")
    ("Eine neue Sommer Fährverbindung startet im Juni.", "Sommer Fährverbindung", "Sommerfährverbindung"),
])
def test_compounds_apart_in_more_places(engines, text, span, fix):
    f = _finding(engines, text, span)
    assert f.rule == "GARBLED_WORD" and f.suggestions[0] == fix, (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Die Bauern erleben in diesem Sommer die größte Apfel Ernte.", "Sommer die"),   # a new phrase after a noun
    ("Seit Jahresbeginn haben Schiffe den Getreide Korridor genutzt.", "Schiffe den"),
    ("Er fuhr mit Blick Richtung Hafen Ost.", "Blick Richtung"),
])
def test_a_phrase_after_a_noun_is_no_compound(engines, text, span):
    _quiet(engines, text, span)


def test_half_english_compound_whose_english_part_is_first_a_verb_phrase(engines):
    # "shift": the dictionary's first sense is a phrase ("Ausflüchte machen"), its first word a noun ("Schicht")
    f = _finding(engines, "Viele Shiftarbeiter im Hafen bekommen mehr Geld.", "Shiftarbeiter")
    assert f.category == "pseudo-english", f.rule
    assert f.suggestions == ["Schichtarbeiter"], f.suggestions   # (no compound of another sense nobody writes)


def test_a_spaced_hyphen_is_a_dash_in_a_text_with_german_quotes(engines):
    text = "„Der Markt ist offen“, sagte er. Die Preise steigen - und die Löhne nicht."
    f = _finding(engines, text, " - ")
    assert f.rule == "DASH" and f.suggestions == [" – "]
    _quiet(engines, "Die Preise steigen - und die Löhne nicht.", " - ")   # no German quotes: house style


@pytest.mark.parametrize("word, fix", [
    ("Personalkostungen", "Personalkosten"),
    ("Energiepreiserei", "Energiepreise"),
    ("Wasserversorgigung", "Wasserversorgung"),
])
def test_a_suffix_stacked_on_a_compound_noun(engines, word, fix):
    f = _finding(engines, f"Die {word} sorgt für Streit.", word)
    assert f.rule == "GARBLED_WORD" and f.suggestions == [fix], (f.rule, f.suggestions)


@pytest.mark.parametrize("word", ["Pedanterei", "Durchschauung", "Halbiererei", "Schleimigkeit", "Aushängungen"])
def test_a_rare_derivation_of_a_verb_or_simple_noun_is_no_stacked_suffix(word):
    from lektorat.engines.builtin.garbled import suffix_on_noun

    assert suffix_on_noun(word) is None


@pytest.mark.parametrize("text, span, fix", [
    ("Der Bürgermeister sagte, die Helfer hätten einen tollen Job gemacht.", "einen tollen Job gemacht",
     "tolle Arbeit geleistet"),
    ("Die Feuerwehr machte einen starken Job beim Hochwasser.", "machte einen starken Job",
     "leistete starke Arbeit"),
    ("Der lange Winter nahm seinen Zoll bei den Bauern.", "nahm seinen Zoll", "forderte seinen Tribut"),
    ("Die Ringerin nahm zum dritten Mal Bronze mit nach Hause.", "nahm zum dritten Mal Bronze mit nach Hause",
     "gewann zum dritten Mal Bronze"),
    ("„Nun liegt der Ball im Feld der Kommission“, sagte er.", "liegt der Ball im Feld der Kommission",
     "ist die Kommission am Zug"),
    ("Nach dem Streik kündigte die Union neue Gespräche über die Löhne an.", "Union", "Gewerkschaft"),
    ("Der Unionssprecher rief die Beschäftigten zum Streik auf.", "Unionssprecher", "Gewerkschaftssprecher"),
])
def test_more_idioms_by_their_grammar(engines, text, span, fix):
    f = _finding(engines, text, span)
    assert f.category == "calque" and f.suggestions[0] == fix, (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Sie hat nur ihren Job gemacht.", "Job"),                                 # no adjective: German
    ("Er nahm den letzten Zug nach Hause.", "nach Hause"),                     # no medal
    ("Der Zoll nahm die Ladung in Augenschein.", "Zoll"),                      # customs, not a toll
    ("Der Ball lag im Feld, das Spiel ging weiter.", "Ball"),                  # a real ball
    ("Die Europäische Union verhandelt mit den Gewerkschaften über Löhne.", "Union"),
    ("Der Streik traf auch Union Berlin, den Fußballverein.", "Union"),
])
def test_more_idioms_stay_quiet_in_their_german_sense(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, span, fix", [
    # a date after a preposition takes its article
    ("Die Abstimmung ist für November 12 geplant.", "November 12", "den 12. November"),
    ("Seit April 2 gilt die Regel.", "April 2", "dem 2. April"),
    # "Mal" after an article and an adjective is a noun
    ("Zum zweiten mal gewann sie den Titel.", "mal", "Mal"),
    # an acronym and a noun after an adjective or a contraction
    ("Der neue NATO Stützpunkt wird gebaut.", "NATO Stützpunkt", "NATO-Stützpunkt"),
    ("Die Stadt gehört zum UNESCO Weltnaturerbe.", "UNESCO Weltnaturerbe", "UNESCO-Weltnaturerbe"),
    # a comma without its space before a capitalised word German text uses
    ("Es gab Kaffee,Muffins und Obst.", ",", ", "),
    # "sensible" for reasonable before a noun of choice
    ("Die Stadt wählte die sensiblere Variante.", "sensiblere", "vernünftigere"),
    # "took us": the dative goes with "nehmen"
    ("Die Reparatur nahm ihnen zwei Wochen.", "nahm ihnen", "dauerte"),
    # a noun's stem without its -e, or a noun with a verb's stem, before a noun written apart
    ("Der Fähr hafen wird ausgebaut.", "Fähr hafen", "Fährhafen"),
    ("Die Betonmisch Maschine steht still.", "Betonmisch Maschine", "Betonmischmaschine"),
    # a loan hunspell knows as a compound's first part, where German text has the German compound
    ("Hohe Powerkosten belasten die Industrie.", "Powerkosten", "Stromkosten"),
])
def test_mechanisms_from_batches_78_and_79(engines, text, span, fix):
    f = _finding(engines, text, span)
    assert f.suggestions[0] == fix, (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Komm mal her, sagte er.", "mal"),
    ("Kannst du das mal prüfen?", "mal"),
    ("Sensible Daten bleiben geschützt.", "Sensible"),
    ("Sie gehört zur URW Nimbus-Familie.", "URW Nimbus"),
    ("Der Partitionsname ist frei wählbar.", "Partitionsname"),
    ("Die Taskliste ist lang.", "Taskliste"),
])
def test_mechanisms_from_batches_78_and_79_stay_quiet(engines, text, span):
    _quiet(engines, text, span)


def test_a_name_before_a_noun_gets_the_hyphen_not_one_word(engines):
    f = _finding(engines, "Die Trump Regierung plant Zölle.", "Trump Regierung")
    assert f.suggestions == ["Trump-Regierung"]


@pytest.mark.parametrize("text, span, fix", [
    # an accusative preposition, an adjective with the dative's -en, a plural noun: the strong -e
    ("Die Regierung stimmte gegen schärferen Kontrollen.", "schärferen Kontrollen", "schärfere Kontrollen"),
    ("Das Angebot gilt für jüngeren Menschen.", "jüngeren Menschen", "jüngere Menschen"),
    # "mehr", "weniger" between a dative preposition and a plural
    ("Die Werft rechnet mit weniger Aufträge.", "Aufträge", "Aufträgen"),
    # adverbs that are nouns after an article and an adjective (or a contraction)
    ("Am folgenden morgen wurde weitergesucht.", "morgen", "Morgen"),
    ("Im äußersten osten des Landes regnet es.", "osten", "Osten"),
    # a language after "auf" or "in" at its clause's end
    ("Die Verhandlungen liefen auf russisch.", "russisch", "Russisch"),
])
def test_case_and_capitals_from_older_batches(engines, text, span, fix):
    f = _finding(engines, text, span)
    assert f.suggestions[0] == fix, (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Er testet es ohne laufenden Agenten.", "Agenten"),     # a weak noun's singular after "ohne"
    ("Das passt gut zu frischem Brot und für guten Wein.", "guten Wein"),
    ("Mit weniger Geld geht es auch.", "Geld"),
    ("Der morgen beginnende Gipfel ist wichtig.", "morgen"),
    ("Bis morgen, sagte sie.", "morgen"),
    ("Das ist auf typisch russische Weise gelöst.", "typisch"),
])
def test_case_and_capitals_stay_quiet(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, span, fix", [
    # a leading J before another English digraph is дж ("Dsch")
    ("Der tadschikische Minister Jamshed Saidov reiste nach Duschanbe.", "Jamshed", "Dschamsched"),
    # "May" before a year is the month
    ("Die Lieferung ist für May 2028 geplant.", "May", "Mai"),
    # an acronym with digits before a noun
    ("Die Stadt erhebt eine CO2 Abgabe.", "CO2 Abgabe", "CO2-Abgabe"),
    # a decimal point before a compound the lexicon lacks
    ("Der Speicher fasst 2.5 Gigawattstunden.", "2.5", "2,5"),
    # a verb's stem before a noun: a compound apart
    ("Die Stadt gilt als Vorzeige Beispiel für Europa.", "Vorzeige Beispiel", "Vorzeigebeispiel"),
    # Estonian towns without their diacritics (glossary)
    ("Die Fähre fährt von Parnu nach Kuressaare.", "Parnu", "Pärnu"),
    # idioms
    ("Die Polizei hat es sicher gespielt und die Straße gesperrt.", "hat es sicher gespielt",
     "ist auf Nummer sicher gegangen"),
    ("Die neue Brücke soll einen großen Unterschied machen.", "einen großen Unterschied machen", "viel bewirken"),
    ("Am Ende machte die Abwehr den Unterschied.", "machte die Abwehr den Unterschied",
     "gab die Abwehr den Ausschlag"),
    ("Die Teile sollen in Zeit geliefert werden.", "in Zeit", "rechtzeitig"),
    ("Die Stadtverwaltung will keinen Stein unumgedreht lassen.", "keinen Stein unumgedreht lassen",
     "nichts unversucht lassen"),
    ("Die neue Linie wurde im Mai in Operation genommen.", "in Operation genommen", "in Betrieb genommen"),
])
def test_mechanisms_from_batches_80_and_81(engines, text, span, fix):
    f = _finding(engines, text, span)
    assert f.suggestions[0] == fix, (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Die Belt and Road Initiative wächst weiter.", "and"),          # a link word inside an English name
    ("Am Gipfel nahm auch ein Sondergesandter Chinas teil.", "Sondergesandter"),
    ("Theresa May 2019 trat sie zurück.", "May"),                     # a name before a year
    ("Wir machen keinen Unterschied zwischen Alt und Neu.", "Unterschied"),
    ("Sie lebten in Zeit und Raum.", "in Zeit"),
])
def test_mechanisms_from_batches_80_and_81_stay_quiet(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, span, fix", [
    # an abbreviation and a noun right after a preposition; "Lkw" written small after its capital
    ("Das Geld stammt aus EU Strukturmitteln.", "EU Strukturmitteln", "EU-Strukturmitteln"),
    ("Die Zahl der Pkw Zulassungen sinkt.", "Pkw Zulassungen", "Pkw-Zulassungen"),
    # Georgian names: J before -dze or -shvili, ts before kh
    ("In Georgien sprach Landwirt Levan Jorjadze mit Journalisten.", "Jorjadze", "Dschordschadse"),
    ("Die Straße nach Tskhaltubo in Georgien ist gesperrt.", "Tskhaltubo", "Zchaltubo"),
    # a three-letter English noun first, where German text has the compound of its German noun
    ("Die Firma verkauft Oilfilter für Lastwagen.", "Oilfilter", "Ölfilter"),
    # a decimal point before a currency's name
    ("Ein Liter Milch kostet dort 0.85 Lari.", "0.85", "0,85"),
    ("Die Gäste spendeten zwei Wochen an der Küste.", "spendeten", "verbrachten"),   # spend time
    ("Die Besucher tasteten junge Weine aus Kachetien.", "tasteten", "verkosteten"),  # taste wine
    ("Die Sänger wurden aus Wien eingeflyt.", "eingeflyt", "eingeflogen"),           # an English verb in -y
    ("Die Produktionionen laufen an.", "Produktionionen", "Produktionen"),            # a doubled syllable first
])
def test_mechanisms_from_batches_82_and_83(engines, text, span, fix):
    f = _finding(engines, text, span)
    assert f.suggestions[0] == fix, (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Kodierte Zeilen nach ANZAHL Zeichen umbrechen.", "ANZAHL Zeichen"),   # a manual's placeholder
    ("Das läuft auf älteren Versionen von MS Windows.", "MS Windows"),
])
def test_mechanisms_from_batches_82_and_83_stay_quiet(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, span", [
    ("Die Firma spendet Geld für Schulen.", "spendet"),
    ("Er tastete nach dem Lichtschalter.", "tastete"),
    ("Am Montag nahm der Zoll drei Schmuggler fest.", "Zoll"),     # customs as the subject
    ("Er spendet seit Jahren Geld für das Tierheim.", "spendet"),   # a span of time after a preposition
    ("Er tastete nach dem Wein im Regal.", "tastete"),
])
def test_idioms_need_their_object(engines, text, span):
    _quiet(engines, text, span)


def test_the_ball_in_your_court_takes_the_owner_s_person(engines):
    f = _finding(engines, "„Jetzt liegt der Ball in deinem Feld“, sagte er.", "liegt der Ball in deinem Feld")
    assert f.suggestions[0] == "bist du am Zug", f.suggestions
