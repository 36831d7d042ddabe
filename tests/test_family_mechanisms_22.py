"""Family mechanisms added with the hundred-and-thirty-fourth and later batches of held-out articles: each finds
its defect on words the articles do not use, with the right fix where it gives one, and stays quiet on the German
it could be mistaken for."""

import pytest
from checking import finding as _finding
from checking import quiet as _quiet

# (the engines fixture is conftest's)


@pytest.mark.parametrize("text, span, category, fix", [
    # an English verb with a German present ending, in a form German text has now and then but less than a loan
    ("Die Prüfer reviewen den Bericht.", "reviewen", "pseudo-english", "prüfen"),
    # a word split before a rest of three letters, where the joined word is a common one
    ("Die Polizei nahm den Mann in Gewahr sam.", "Gewahr sam", "garbled", "Gewahrsam"),
    # a noun declined like an adjective keeps the article's gender ("des Angeklagte": not "der Angeklagten")
    ("Die Aussage des Verletzte wurde verlesen.", "des Verletzte", "grammar", "des Verletzten"),
    ("Das Gericht sprach mit der Abgeordnete.", "der Abgeordnete", "grammar", "der Abgeordneten"),
    # … in the plural: weak -en after "alle" or an article and a count, strong -e after bare adjectives
    ("Die Polizei befragte alle vier Beteiligte.", "Beteiligte", "grammar", "Beteiligten"),
    ("Die zwei Verletzte wurden entlassen.", "Verletzte", "grammar", "Verletzten"),
    ("Die Regierung entlässt hohe Beamten.", "Beamten", "grammar", "Beamte"),
    # an adjective opening a sentence or headline, before a masculine or neuter singular: the strong ending
    ("Neue Klärwerk in Tartu soll Abwasser reinigen", "Neue Klärwerk", "grammar", "Neues Klärwerk"),
    ("Erste Zug fährt im Mai", "Erste Zug", "grammar", "Erster Zug"),
    # "is expected to …" word for word
    ("Die Sanierung wird erwartet, zwei Jahre zu dauern.", "wird erwartet, zwei Jahre zu dauern", "calque",
     "dürfte zwei Jahre dauern"),
    ("Die Preise werden erwartet, im Herbst anzusteigen.", "werden erwartet, im Herbst anzusteigen", "calque",
     "dürften im Herbst ansteigen"),
    # a German -ierung noun for an English gerund: the gerund's German noun, not its participles
    ("Für die Bewerber gilt eine strenge Vettingierung.", "Vettingierung", "pseudo-english", "Überprüfung"),
    # an English plural hyphenated to a German noun: its singular's German noun before the head
    ("Die Armee baute Sandbags-Wälle am Ufer.", "Sandbags-Wälle", "pseudo-english", "Sandsackwälle"),
    # a German word for the English part that holds the head already
    ("Die Hochschule erhöht die Tuitiongebühren.", "Tuitiongebühren", "pseudo-english", "Studiengebühren"),
    # the German word that keeps an English compound's first part German also has, before a commoner one
    ("Seine Teammates gratulierten ihm.", "Teammates", "english", "Teamkollegen"),
    # the sports court by its German name
    ("Der Verband zog vor den Court of Arbitration for Sport.", "Court of Arbitration for Sport", "terminology",
     "Internationalen Sportgerichtshof"),
])
def test_family_mechanisms_of_batches_134_135(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category and fix in f.suggestions[:3], (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    # English -ed on a verb German has too: found, and no proposal from the German homograph ("passen")
    ("Er hat alle Prüfungen gepassed.", "gepassed"),
    # a rarer English word before a hyphen, no compound German text has to propose (found since the rarer
    # English compound parts count: "Laichgebiete" is the editor's word, no rule's)
    ("Die Spawning-Gebiete sind geschützt.", "Spawning-Gebiete"),
])
def test_english_ed_participle_of_a_german_homograph_has_no_proposal(engines, text, span):
    f = _finding(engines, text, span)
    assert f.category == "pseudo-english" and f.suggestions == []


@pytest.mark.parametrize("text, span, fix", [
    # a name opening with Ts, Zh or Kh beside another name, in an article about the region
    ("Bei der Meisterschaft in Minsk siegte Darja Zhuk vor der Titelverteidigerin.", "Zhuk", "Schuk"),
    ("In Belarus wurde Jahor Tsvirko Landesmeister.", "Tsvirko", "Zwirko"),
    # a place in consonant + y after a place noun, also after its compound
    ("Die Rakete startet vom Kosmodrom Plesetsky in Russland.", "Plesetsky", None),
    # an English sh in a place before a German noun, in an article about the region
    ("Usbekistan saniert die Pumpen an der Karshi-Kaskade.", "Karshi", "Karschi"),
])
def test_transliteration_of_batches_134_137(engines, text, span, fix):
    f = _finding(engines, text, span)
    assert f.category == "transliteration" and (fix is None or fix in f.suggestions[:3]), (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Es gab bessere Alternativen.", "Alternativen"),            # a noun of its own beside the adjectival one
    ("Das sei auf alle Weise zu prüfen.", "Weise"),
    ("Wir sind alle Deutsche.", "Deutsche"),                     # "alle" floating after a verb of being
    ("Für alle Beteiligten ist das gut.", "Beteiligten"),
    ("Drei Verdächtige wurden festgenommen.", "Verdächtige"),     # a count alone leaves the strong ending
    ("Das Große kommt nicht allein.", "Das Große"),              # an adjective used as a noun is neuter too
    ("Er lernt aus dem Bekannten das Unbekannte.", "das Unbekannte"),
    ("Neue Studie zeigt Risiken.", "Neue Studie"),               # a feminine noun
    ("Neue Gesetze treten in Kraft.", "Neue Gesetze"),           # a plural
    ("Von den Teilnehmern wird erwartet, pünktlich zu erscheinen.", "erwartet"),   # people are expected to act
    ("Ich habe nicht erwartet, so schnell zu sein.", "erwartet"),
    ("Sie stammt aus der Staniza Woronesch in Russland.", "Staniza"),   # German z for ц
])
def test_quiet_on_what_the_batch_134_137_mechanisms_could_mistake(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, span, category, fix", [
    # a Slavic place's adjective in -er, English-spelt: the German form's
    ("Das Odesaer Hafenamt meldete Verspätungen.", "Odesaer", "transliteration", "Odessaer"),
    # a ruler's epithet takes the case of the preposition before the name
    ("Die Chronik beginnt mit Iwan der Schreckliche.", "der Schreckliche", "grammar", "dem Schrecklichen"),
    ("Der Hof von Katharina die Große war prächtig.", "die Große", "grammar", "der Großen"),
    # a noun doubled at a compound's end with its linking element
    ("Im Werk fiel eine Getriebewellenwelle aus.", "Getriebewellenwelle", "garbled", "Getriebewelle"),
    # an English verb in -e before -ierbar
    ("Die Angebote seien kaum comparierbar.", "comparierbar", "pseudo-english", None),
    # two English words hyphenated as one noun, the phrase in the dictionary
    ("Der Regisseur dreht seinen ersten Feature-Film.", "Feature-Film", "english", "Spielfilm"),
    # "in Betracht nehmen" for take into consideration
    ("Das Gericht hat die Einwände nicht in Betracht genommen.", "in Betracht genommen", "calque",
     "in Betracht gezogen"),
])
def test_family_mechanisms_of_batches_138_139(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category and (fix is None or fix in f.suggestions[:3]), (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Die Kutaisier Zeitung berichtete.", "Kutaisier"),         # not a Slavic name: the rule stays out
    ("Das Denkmal von Peter dem Großen steht in Riga.", "dem Großen"),
    ("Ein Denkmal für Katharina die Große.", "die Große"),        # accusative: right as it is
    ("Das Know-how fehlt.", "Know-how"),                          # a pair German writes as a loan
    ("Er liest gern Science-Fiction.", "Science-Fiction"),
    ("Die ukrainische Naftogaz zahlt.", "Naftogaz"),              # the company's own spelling, German press's
    ("Das Risiko ist kalkulierbar.", "kalkulierbar"),
])
def test_quiet_on_what_the_batch_138_139_mechanisms_could_mistake(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, span, category, fix", [
    # a noun in -ierung German text hardly has beside its common noun in -ion: the English noun's German words
    ("Die Konstruierung der Brücke beginnt im Mai.", "Die Konstruierung", "pseudo-english", "Der Bau"),
    # (the German -ion noun of the stem among them)
    ("Die Opfer fordern eine Kompensierung.", "eine Kompensierung", "pseudo-english", "eine Kompensation"),
    # -ierung on an English noun: the gerund's German noun before the noun's own senses
    ("Die Ticketierung läuft künftig online.", "Die Ticketierung", "pseudo-english", "Die Buchung"),
    ("Die Firma wartet auf die Permittierung.", "Permittierung", "pseudo-english", "Genehmigung"),
    # a clock time with a colon after "um", "ab", "gegen" and no "Uhr"
    ("Die Praxis öffnet ab 7:30 für Notfälle.", "7:30", "format", "7.30 Uhr"),
    # no space after a comma after a closing quotation mark, or between two names
    ("„Wir bleiben“,sagte die Ärztin.", ",", "typography", ", "),
    ("Betroffen sind Orhei,Soroca und Ungheni.", ",", "typography", ", "),
    # "deliver on a promise" word for word
    ("Die Regierung will ihre Versprechen liefern.", "liefern", "calque", "einlösen"),
])
def test_family_mechanisms_of_batches_140_141(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category and fix in f.suggestions[:3], (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Beim Stand von 13:13 kam die Wende.", "13:13"),            # a score after "von"
    ("Die Praxis öffnet um 8:00 Uhr.", "8:00"),
    ("Er lief die Strecke in 2:15 Stunden.", "2:15"),
    ("Die Isolierung des Hauses kostet viel.", "Isolierung"),     # an -ierung noun German text has
    ("Die Verteidigung kündigte eine Appellierung an.", "Appellierung"),   # "Appellation" is no sibling
    ("Die Firma liefert Waren nach Polen.", "liefert"),
])
def test_quiet_on_what_the_batch_140_141_mechanisms_could_mistake(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, span, category, fix", [
    # a rarer English noun as a compound's first part where German text hardly has it
    ("Die Sanktionen treffen den Fertilizerexport.", "Fertilizerexport", "pseudo-english", "Düngemittelexport"),
    # an English preposition German has only as a capitalised noun
    ("Die Ministerin trat amid heftiger Kritik zurück.", "amid", "english", "inmitten"),
    # English curly single quotes round words
    ("Er nannte das Gesetz ‘völlig verfehlt’.", "‘völlig verfehlt’", "typography", "„völlig verfehlt“"),
    # adjectives with -e after a dative preposition before a dative plural the lexicon lists twice
    ("Die Bank half mit günstige Krediten.", "günstige Krediten", "grammar", "günstigen Krediten"),
    # a weekday and a part of the day written apart
    ("Die Sitzung endete am Mittwoch Nachmittag.", "Mittwoch Nachmittag", "garbled", "Mittwochnachmittag"),
    # a place in -rsk after a preposition, in an article about Siberia
    ("Die Messe in Zheleznogorsk lockt Händler aus ganz Sibirien.", "Zheleznogorsk", "transliteration",
     "Schelesnogorsk"),
    # calques: "in Protest", "außer Hand", "Aktion nehmen"
    ("Die Abgeordneten verließen in Protest den Saal.", "in Protest", "calque", "aus Protest"),
    ("Die Proteste gerieten außer Hand.", "außer Hand", "calque", "außer Kontrolle"),
])
def test_family_mechanisms_of_batches_142_145(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category and fix in f.suggestions[:3], (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Der Ingenieur Han Seung-woo lobte die Anlage.", "woo"),     # a Korean given name
    ("Das Amid reagiert mit Wasser.", "Amid"),                     # the chemical, capitalised
    ("Das ist ‚nicht gut‘, sagte er.", "nicht gut"),               # German single quotes
    ("Am Dienstagabend tagte der Rat.", "Dienstagabend"),
    ("Er half mit günstigen Krediten.", "Krediten"),
])
def test_quiet_on_what_the_batch_142_145_mechanisms_could_mistake(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, span, category, fix", [
    # "resign" an office: zurücktreten, not "resignieren" (to give up hope), in a sentence about an office holder
    ("Der Bürgermeister hat am Montag resigniert.", "resigniert", "calque", "seinen Rücktritt erklärt"),
    ("Die Ministerin resignierte nach dem Skandal.", "resignierte", "calque", "erklärte ihren Rücktritt"),
    ("Der Gouverneur schloss eine Resignation aus.", "eine Resignation", "calque", "einen Rücktritt"),
    # an adjective without its ending between a determiner and its noun
    ("Sie rechnen mit die durchschnittlich Lohnerhöhung.", "die durchschnittlich Lohnerhöhung", "grammar",
     "der durchschnittlichen Lohnerhöhung"),
    ("Das ist ein gut Zeichen.", "ein gut Zeichen", "grammar", "ein gutes Zeichen"),
])
def test_family_mechanisms_of_batches_143_145_later(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category and fix in f.suggestions[:3], (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Nach der dritten Niederlage resignierten die Fans.", "resignierten"),   # giving up hope: no office holder
    ("Er hat die ungewöhnlich trockenen Sommer erlebt.", "ungewöhnlich"),       # an adverb before an adjective
    ("Er las das Buch ganz.", "ganz"),
    ("Ein Salzstreuer, der tatsächlich Salz streut.", "tatsächlich"),        # a pronoun, an adverb, an object
    ("Er hat die acht Patienten wieder eingefangen.", "acht"),
])
def test_quiet_on_what_the_later_batch_143_145_mechanisms_could_mistake(engines, text, span):
    _quiet(engines, text, span)


@pytest.mark.parametrize("text, span, category, fix", [
    # an English decade
    ("In den 1970s wuchs die Stadt schnell.", "1970s", "format", "1970er-Jahren"),
    # no space before an acronym in parentheses
    ("Die Organisation für Sicherheit(OSZE) beobachtet die Wahl.", "Sicherheit(OSZE)", "typography",
     "Sicherheit (OSZE)"),
    # a noun doubled at a compound's start
    ("Die Hafenhafengebühren steigen.", "Hafenhafengebühren", "garbled", "Hafengebühren"),
])
def test_family_mechanisms_of_batches_146_149(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category and fix in f.suggestions[:3], (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    ("Ein Vierviertelschwein tanzte im Takt.", "Vierviertelschwein"),   # "Viertel" holds the second "vier"
    ("Insbesondere News(NNTP)- und Mail(SMTP)-Server.", "Mail(SMTP)"),   # a compound's first part
    ("In den 1990er-Jahren wuchs die Stadt.", "1990er-Jahren"),
])
def test_quiet_on_what_the_batch_146_149_mechanisms_could_mistake(engines, text, span):
    _quiet(engines, text, span)
