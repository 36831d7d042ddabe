"""Family mechanisms added with the hundred-and-twenty-second and later batches of held-out articles: each finds
its defect on words the articles do not use, with the right fix where it gives one, and stays quiet on the German
it could be mistaken for."""

import pytest
from lektorat.checker import check_text
from checking import finding as _finding
from checking import quiet as _quiet

# (the engines fixture is conftest's)


@pytest.mark.parametrize("text, span, category, fix", [
    # no space after a comma after an acronym or a word of two letters, before a frequent German word
    ("Der Hafen meldete 40.000 TEU,aber die Rinne ist flach.", ",", "typography", ", "),
    ("Die Kommission der EU,die neue Regeln plant, tagt.", ",", "typography", ", "),
    ("Die Preise zogen an,doch die Nachfrage blieb.", ",", "typography", ", "),
    # a span of time before its noun declines after a dative preposition
    ("Sie wurde zu drei Jahre Haft verurteilt.", "Jahre", "grammar", "Jahren"),
    ("Nach zwei Woche ging es weiter.", "Woche", "grammar", "Wochen"),
    ("Das Gericht verurteilte ihn zu zehn Monate Bewährung.", "Monate", "grammar", "Monaten"),
    # a count with adjectives in the plural's strong -e before a singular noun; a feminine noun after a count
    ("Die Werft hat drei neue Bagger bestellt und vier neue Schlepper.", "Schlepper", None, None),
    ("Der Betreiber kaufte vier neue Tisch.", "Tisch", "grammar", "Tische"),
    ("Sie blieben fünf Nacht in der Stadt.", "Nacht", "grammar", "Nächte"),
    # an English noun head after a German noun and a hyphen: the compound of its German word (with the article
    # of its gender)
    ("Die Region leidet unter einer Wasser-Shortage.", "einer Wasser-Shortage", "english", "einem Wassermangel"),
    ("Die Region kämpft mit Wasser-Shortage.", "Wasser-Shortage", "english", "Wassermangel"),
    # an English noun German has as a loan, hyphenated to a German noun German has its own compound for (a hint)
    ("Die Railway-Brücke wird erneuert.", "Railway-Brücke", "pseudo-english", "Bahnbrücke"),
    ("Die Pflegekräfte fordern bezahlte Overtime-Stunden.", "Overtime-Stunden", "pseudo-english", "Überstunden"),
    # a word English writes capitalised as a name and small as a noun, after an article and a German adjective
    ("Die Zahlung hängt an der britischen Treasury.", "Treasury", "english", "Staatskasse"),
    # a name of hyphenated pieces and a noun after adjectives and a count
    ("Die Reederei bestellt zwei neue Ro-Ro Schiffe.", "Ro-Ro Schiffe", "format", "Ro-Ro-Schiffe"),
    # two nouns written apart with nothing before them to agree with
    ("Wahl Beobachter kritisieren die Abstimmung.", "Wahl Beobachter", "garbled", "Wahlbeobachter"),
    ("Stahl Arbeiter in Temirtau streiken", "Stahl Arbeiter", "garbled", "Stahlarbeiter"),
    ("Lettlands Holz Industrie wächst.", "Holz Industrie", "garbled", "Holzindustrie"),
    ("Neues Konzert Haus in Tiflis eröffnet", "Konzert Haus", "garbled", "Konzerthaus"),
    ("In Kiew verlieren rund 150 Software Entwickler ihre Stelle.", "Software Entwickler", "garbled",
     "Softwareentwickler"),
    # an article that fits the second noun only, before a compound hunspell does not build
    ("Sie besichtigte die Kakao Fabrik.", "Kakao Fabrik", "garbled", "Kakaofabrik"),
    # the genitive of a noun the lexicon declines as a noun, though its form is an adjective's too
    ("Er protestierte während des Finale.", "des Finale", "grammar", "des Finales"),
    # no space after a colon before the quotation it announces
    ("Er kritisierte die Wertung:„Da wurden uns Punkte gestohlen.“", ":", "typography", ": "),
    # "in" and a month without its article
    ("Die Reform wurde in September vorgestellt.", "in September", "calque", "im September"),
    # the genitive apostrophe after a sibilant in the text's own style: straight where it sets no other
    ("Kairys's Anwalt widersprach.", "Kairys's", "format", "Kairys'"),
    # an English plural after an article, whose capitalised form German has only as a genitive
    ("Die sponsors zogen sich zurück.", "sponsors", "english", "Sponsoren"),
])
def test_family_mechanisms_of_batches_122_123(engines, text, span, category, fix):
    if category is None:       # "Bagger", "Schlepper": plural as singular, nothing to find
        _quiet(engines, text, span)
        return
    f = _finding(engines, text, span)
    assert f.category == category and fix in f.suggestions[:3], (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Die Werte ab,cd gelten.", ","),                            # two letters before no frequent word
    ("Mit 300 Kilo Mehl backt er.", "Kilo"),                     # a measure before its noun
    ("Sie wurde zu drei Jahren Haft verurteilt.", "Jahren"),
    ("Es ist zwölf Uhr.", "Uhr"),                                # measures that stay singular after a count
    ("Sie kaufte drei Paar Schuhe.", "Paar"),
    ("Das kostet 22.000 Hrywnja.", "Hrywnja"),                   # a currency
    ("Das kostet zwei Mark.", "Mark"),
    ("Kapitel drei neue Regel gilt.", "Regel"),                  # a section's number
    ("Drücken Sie die Escape-Taste.", "Escape-Taste"),           # a loan in a key's name
    ("Das Kunden-Feedback ist gut.", "Kunden-Feedback"),         # a loan German uses as its head
    ("Der Corona-Lockdown endet.", "Corona-Lockdown"),
    ("Kyle Walker spielte. Der erfahrene Walker traf.", "Walker"),   # a surname the article uses
    ("Das Nord-Süd-Gefälle wächst.", "Nord-Süd"),                # German pieces: not a name's hyphens
    ("Präsident Macron sagte das.", "Präsident"),                # a title before a name
    ("Anfang Mai kam er.", "Anfang"),
    ("Trotz Regen fand es statt.", "Trotz"),                     # a preposition opening the sentence
    ("40 Stunden Woche gefordert.", "Stunden"),                  # the count counts the first noun
    ("Sie ist seiner Tage Kost.", "Tage"),                        # a genitive before its noun
    ("Beim Vergleich dieser Namen Vorsicht walten lassen.", "Namen"),
    ("Er ist einer, der Leuten Vergnügen liefert.", "Leuten"),   # a relative pronoun, no article
    ("Wie erschießt man einen Lila Elefanten?", "Lila"),          # an adjective German writes small too
    ("Ein Schweizer Unternehmen kaufte es.", "Schweizer"),         # a place's -er
    ("Er legte gegen der Bescheid Einspruch ein.", "Bescheid Einspruch"),
    ("Er stellte in August Mackes Bildern aus.", "in August"),   # a first name
    ("Der Abgeordnete sprach mit dem Großen.", "Großen"),       # adjectives used as nouns
])
def test_quiet_on_what_the_batch_122_123_mechanisms_could_mistake(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, span, category, fix", [
    # "ein" before "dass" is a verb's particle, no article
    ("Der Sprecher räumte ein dass die Mieten steigen.", "ein dass", "typography", "ein, dass"),
    # a count noun before a capitalised word makes no name of the two
    ("An der Haltestelle warteten Tausende Kommuter.", "Kommuter", "pseudo-english", "Pendler"),
    # places in -dsk and with English y between consonants after a place noun, in an article about the region
    ("Die russische Exklave boomt. Viele fahren nach Zelenodolsk an die Wolga.", "Zelenodolsk", "transliteration",
     "Selenodolsk"),
    ("Die Ukraine leidet. In Odessa leidet der Stadtteil Peresyp unter Stromausfällen.", "Peresyp",
     "transliteration", "Peressyp"),
    # a word of four letters or more doubled in a compound, in the genitive; a noun suffix doubled at the end
    ("Der Bau des Gaskraftkraftwerks beginnt.", "Gaskraftkraftwerks", "garbled", "Gaskraftwerks"),
    ("Die Imkergenossenschaftschaft ist zufrieden.", "Imkergenossenschaftschaft", "garbled",
     "Imkergenossenschaft"),
    # the genitive attribute of a point in time
    ("Die Firma kämpft seit Beginn der Krieg mit Ausfällen.", "der Krieg", "grammar", "des Krieges"),
    ("Seit Anfang der Streik wurden keine Züge beladen.", "der Streik", "grammar", "des Streiks"),
    # "jed-" has no plural
    ("Sie nimmt Proben aus jeden Becken.", "jeden Becken", "grammar", "jedem Becken"),
    # an article after a comma opening an infinitive clause
    ("Man arbeite daran, die Papierkram zu erledigen.", "die Papierkram", "grammar", "den Papierkram"),
    # an English noun German hunspell builds as a compound ("Land" + "Lords")
    ("Die Landlords wollten drei Monatsmieten Kaution.", "Landlords", "english", "Vermieter"),
    # the glossary's German for a walkout of workers
    ("Auch in Poti schlossen sich die Hafenarbeiter dem Walkout an.", "dem Walkout", "english", "dem Streik"),
    # an English ban is a Verbot
    ("Polen hält an seinem Exportbann fest.", "Exportbann", "calque", "Exportverbot"),
    # no space after a closing parenthesis before a German word
    ("Beobachter der Organisation (OSZE)hatten keine Einwände.", ")", "typography", ") "),
    # English "am" after a time before an article, which German "am" never precedes
    ("Wer um 7:30 am die Halle betritt, staunt.", "7:30 am", "format", "7.30 Uhr"),
])
def test_family_mechanisms_of_batches_124_127(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category and fix in f.suggestions[:3], (f.rule, f.suggestions)


def test_an_english_noun_before_a_noun_is_found_without_a_proposal(engines):
    f = _finding(engines, "Aserbaidschan unterzeichnet landmark Abkommen über ein Gaskraftwerk", "landmark")
    assert f.category == "english" and f.suggestions == []


@pytest.mark.parametrize("text, span", [
    ("Er sagte, dass seit Beginn der Krieg tobt.", "der Krieg"),        # the clause's subject after the adverbial
    ("Weil am Ende die Kraft fehlte, verlor er.", "die Kraft"),
    ("Ende jeden Monats zahlt er die Miete.", "jeden Monats"),           # "jeden" is also a genitive
    ("Dieser Abschnitt hat Informationen, die Benutzern helfen sollen zu entscheiden.", "Benutzern"),
    ("Der Bauer sucht das Weite.", "das Weite"),                        # an adjective as a noun beside "die Weite"
    ("Der Kirchenbann traf ihn.", "Kirchenbann"),                       # a compound German has
    ("Die Bürger(innen) kamen.", ")"),                                  # a word's part in parentheses
    ("Er kam um 9:45 am Bahnhof an.", "am"),                            # German "am" before a noun
    ("Die Daten gehen von Cryptsetup an den Kernel. Russland liegt fern.", "Cryptsetup"),
])
def test_quiet_on_what_the_batch_124_127_mechanisms_could_mistake(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, flagged", [
    # "eventuell" in a report of a third person's future or plan: English "eventually"
    ("Das Ministerium sagte, das Geld werde eventuell auf den Konten ankommen.", True),
    ("Der Betreiber will die Kapazität eventuell auf 40 Züge verdoppeln.", True),
    # … not a passive, a speaker's own plan or a possibility
    ("Der Wert wird dann eventuell zurückgesetzt.", False),
    ("Wir wollen eventuell verkaufen.", False),
    ("Er könnte eventuell verhandeln, sagte er, und wird es prüfen.", False),
])
def test_eventuell_in_a_third_persons_plan(engines, text, flagged):
    hits = [f for f in check_text(text, engines).findings if f.text == "eventuell"]
    assert bool(hits) == flagged, [(f.rule, f.suggestions) for f in hits]


@pytest.mark.parametrize("text, span, category, fix", [
    # a word's ending split off after a fragment: one span
    ("Die Imker betreuen rund 900 Bienenvölk er im Tal.", "Bienenvölk er", "garbled", "Bienenvölker"),
    # a count before a rare capitalised English noun
    ("Die Genossenschaft vereint 64 Beekeeper aus der Region.", "Beekeeper", "english", "Imker"),
    # the glossary's other German forms after its first
    ("Der Zug fährt nach Kishinev.", "Kishinev", "terminology", "Kischinau"),
    # a Ding noun given with its article is a noun ("der Einzelhandel", "die Schifffahrt")
    ("Die Retailketten wachsen.", "Retailketten", "pseudo-english", "Einzelhandelsketten"),
    ("Neue Shippingrouten entstehen.", "Shippingrouten", "pseudo-english", "Schifffahrtsrouten"),
    # the English compound whole in the dictionary
    ("Die Ballotboxen wurden versiegelt.", "Ballotboxen", "pseudo-english", "Wahlurnen"),
])
def test_family_mechanisms_of_batches_128_129(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category and fix in f.suggestions[:3], (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span, category, fix", [
    ("Viele Familie verloren ihre Häuser.", "Familie", "grammar", "Familien"),     # "viele" takes a plural
    ("Der Brand ist kaum containbar.", "containbar", "pseudo-english", "beherrschbar"),   # -bar on an English verb
])
def test_family_mechanisms_of_batches_130_131(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category and fix in f.suggestions[:3], (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Er hat einige Zeit gewartet.", "Zeit"),                            # "einige" before a mass noun
    ("Vielen Dank für die Hilfe.", "Dank"),
    ("Die Daten könnten für das Kreditscoring missbraucht werden.", "Kreditscoring"),   # a loan's compound
    ("Die Hackergruppe Sandworm ist aktiv.", "Sandworm"),                 # a name after the noun it names
])
def test_quiet_on_what_the_batch_130_131_mechanisms_could_mistake(engines, text, span):
    _quiet(engines, text, span)
