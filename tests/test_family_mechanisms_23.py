"""Family mechanisms added with the hundred-and-fiftieth and later batches of held-out articles: each finds its
defect on words the articles do not use, with the right fix where it gives one, and stays quiet on the German it
could be mistaken for."""

import pytest
from checking import finding as _finding
from checking import quiet as _quiet

# (the engines fixture is conftest's)


@pytest.mark.parametrize("text, span, category, fix", [
    # batches 150-153
    # the English -ed on a verb German has borrowed, whose German participle ends in -t or -et
    ("Das Model war perfekt gestyled.", "gestyled", "pseudo-english", "gestylt"),
    ("Die App wurde gestern upgedated.", "upgedated", "pseudo-english", "upgedatet"),
    # a verb that fixes the case of a two-way preposition, also a strong or separable one split in a main clause
    ("Sie arbeiten an einen neuen Entwurf.", "einen neuen Entwurf", "grammar", "einem neuen Entwurf"),
    ("Er nahm an die Konferenz teil.", "die Konferenz", "grammar", "der Konferenz"),
    ("Viele starben an die Folgen der Kälte.", "die Folgen", "grammar", "den Folgen"),
    # "one … at a time" word for word: German repeats the noun
    ("Wir gehen einen Schritt zur Zeit.", "einen Schritt zur Zeit", "calque", "Schritt für Schritt"),
    # an English noun German's dictionaries lack, with the dictionary's only German noun
    ("Die Saison war ein einziger Skyscraper.", "Skyscraper", "english", "Wolkenkratzer"),
    # an English verb German text has never had, with the present participle's ending
    ("Die plummetenden Preise schaden den Bauern.", "plummetenden", "pseudo-english", "absackenden"),
    # a noun doubled at the end of a compound hunspell does not build
    ("Die Saatgutpreisepreise steigen.", "Saatgutpreisepreise", "garbled", "Saatgutpreise"),
    # an English point of the compass before a place: German joins its own to the place's German form
    ("Die Ernte in Southern Kazakhstan fiel gut aus.", "Southern Kazakhstan", "english", "Südkasachstan"),
    ("Die Regierung von East Timor reagierte.", "East Timor", "english", "Osttimor"),
    # "in" + year where the plural noun after it cannot be the dative a count after "in" would need
    ("Sie verabschiedeten in 2018 Gesetze.", "in 2018", "calque", "2018"),
    # a count before "weitere"/"andere" and a singular noun; a count opening the sentence
    ("Es sollen drei weitere Brücke entstehen.", "Brücke", "grammar", "Brücken"),
    ("Vier neue Schule wurden gebaut.", "Schule", "grammar", "Schulen"),
    # "zwei der …": a genitive plural, whose adjectives end in -en
    ("Drei der befragte Händler klagten über Verluste.", "befragte", "grammar", "befragten"),
    # -ierung on an English verb whose gerund German has borrowed: the loan first, with its article
    ("Wegen der Monitorierung kam er.", "der Monitorierung", "pseudo-english", "des Monitorings"),
    # a rare -ierung as a compound's last part: the first part joined to the German noun
    ("Die Brückenkonstruierung ist teuer.", "Die Brückenkonstruierung", "pseudo-english", "Der Brückenbau"),
    # calques of idioms and set phrases (data rows, matched through their variants)
    ("Das Gesetz ist ein Schuss in den eigenen Fuß.", "Schuss in den eigenen Fuß", "calque",
     "Schuss ins eigene Knie"),
    ("Die Reeder sind zwischen einem Stein und einem harten Ort.", "zwischen einem Stein und einem harten Ort",
     "calque", "in der Zwickmühle"),
    ("Der Torwart konnte seine Nerven halten.", "seine Nerven halten", "calque", "die Nerven behalten"),
    ("Der Sieg fiel in der Extrazeit.", "in der Extrazeit", "calque", "in der Verlängerung"),
    ("Der Verdächtige ist auf Kaution frei.", "auf Kaution", "calque", "gegen Kaution"),
    ("Die Partei war in ihren frühen Tagen klein.", "in ihren frühen Tagen", "calque", "in ihrer Anfangszeit"),
    # batches 154-157
    # an English three-letter verb with its consonant doubled the English way before -ed
    ("Das Kabel wurde gecutted.", "gecutted", "pseudo-english", "geschnitten"),
    # a compound written apart after a preposition: the garbled rule's, not a dative plural's ("Kindern")
    ("Er sprach von Kinder ärzten.", "Kinder ärzten", "garbled", "Kinderärzten"),
    # "beiden" without an article is dative: the plural takes -n
    ("Er hielt es mit beiden Hände fest.", "Hände", "grammar", "Händen"),
    # a noun that fixes the dative after "an"; adjectives in -e and a plural: the dative plural first
    ("Der Bedarf an neue Lehrer steigt.", "neue Lehrer", "grammar", "neuen Lehrern"),
    ("Er traf sich mit alte Freunde.", "alte Freunde", "grammar", "alten Freunden"),
    # "go up by …" word for word
    ("Die Mieten gingen um 12 Prozent hoch.", "gingen um 12 Prozent hoch", "calque", "stiegen um 12 Prozent"),
    # an initial E of a Russian first name is "Je" in German where German text has that form
    ("Der Trainer Egor Ivanov sprach in Minsk.", "Egor", "transliteration", "Jegor"),
    # an amount of money German-grouped after a currency sign keeps its grouping
    ("Die Reparatur kostet $25.000.", "$25.000", "format", "25.000 US-Dollar"),
    # batches 158-165
    # a title-case English term whose German noun German text has now and then ("Sicherheitsnetz")
    ("Die Stadt baut ein Safety Net.", "Safety Net", "english", "Sicherheitsnetz"),
    # an English word German has in no case, small right after a determiner
    ("Das ist unsere workforce.", "unsere workforce", "english", "unsere Mitarbeiter"),
    # a contraction before a feminine noun with adjectives in -en between, a compound's head deciding
    ("Er kam vom Staatlichen Universität.", "vom", "grammar", "von der"),
    # a count noun's -en without an article is dative
    ("Das traf Hunderte von Hunderten Häuser.", "Häuser", "grammar", "Häusern"),
    # a German noun joined to a pseudo-English one, past a split that leaves nothing to propose
    ("Die Kostenassessierung dauert.", "Kostenassessierung", "pseudo-english", "Kostenabschätzung"),
    # a compound apart whose second part, written small, is a verb form but no infinitive
    ("Die Auto bahn ist gesperrt.", "Auto bahn", "garbled", "Autobahn"),
    # glossary places (sourced): English exonyms and romanisations of Russian regions
    ("Die Flut an der Tisza stieg.", "Tisza", "terminology", "Theiß"),
    ("Rauch aus Buryatia zog über den Baikal.", "Buryatia", "transliteration", "Burjatien"),
    # an English decade after the dative plural's article; an idiom word for word
    ("Das Werk wurde in den 1980s gebaut.", "1980s", "format", "1980er-Jahren"),
    ("Die Arbeiter leben von Hand zu Mund.", "von Hand zu Mund", "calque", "von der Hand in den Mund"),
    # "die" after a comma before a noun phrase and a finite verb that the clause goes on after: an article
    ("Die Saison beginnt im Juni, die neue Gäste sollen im Juli kommen.", "die neue Gäste", "grammar",
     "die neuen Gäste"),
])
def test_family_mechanisms_of_batches_150_165(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category and fix in f.suggestions[:3], (f.rule, f.suggestions)


def test_phrasal_participle_with_ein_found_with_the_verb_behind_the_adverb(engines):
    # "phase in": the dictionary has "stufenweise einführen"; the verb alone, in the participle
    f = _finding(engines, "Die Regierung hat die Steuer eingephast.", "eingephast")
    assert f.category == "pseudo-english" and f.suggestions[:1] == ["eingeführt"]


def test_action_noun_proposals_leave_out_persons(engines):
    # "Sponsorierung" names the act: no "Pate", no "Unterstützer"
    f = _finding(engines, "Er sprach von der Sponsorierung.", "der Sponsorierung")
    assert f.suggestions and not {"Pate", "Unterstützer", "dem Paten", "dem Unterstützer"} & set(f.suggestions)


def test_loan_noun_german_dictionaries_lack_is_found(engines):
    # "ein Retailer": found, whatever the dictionary's senses
    f = _finding(engines, "Ein Retailer aus Riga sagte das.", "Retailer")
    assert f.category == "english"


@pytest.mark.parametrize("text, span", [
    # a reflexive pronoun before the preposition makes a direction; "bis an" always does
    ("Er arbeitete sich an die Spitze.", "die Spitze"),
    ("Die Helfer arbeiten bis an die Grenze ihrer Kräfte.", "die Grenze"),
    # the native verb's participle, not a loan's ("gepasst" of "passen")
    ("Der Anzug hat gut gepasst.", "gepasst"),
    # "in" + number before a dative plural, a measure, or an adjective
    # (a recent year no one rounds before a noun alone is a year: "verhängte in 2021 Sanktionen" is flagged since
    # the batches from 288; before a measure phrase it stays a number)
    ("Die Hütte liegt in 2021 Metern Höhe.", "in 2021"),
    ("In 2000 Jahre alten Gräbern fand man Gold.", "In 2000"),
    ("Die Taucher erreichten in 2000 Meter Tiefe den Grund.", "in 2000"),
    # "zur Zeit" of a time
    ("Das war zur Zeit der Wende.", "zur Zeit"),
    # US states and names keep the English point of the compass
    ("Er lebt in West Virginia.", "West Virginia"),
    ("Die Firma North Face wirbt mit Bergsteigern.", "North Face"),
    # a Norwegian place, no English romanisation of a Cyrillic name
    ("Die russische Siedlung Barentsburg liegt nahe Longyearbyen auf Spitzbergen.", "Longyearbyen"),
    # a name the article set after its noun, mentioned again
    ("Die Trägerrakete Spectrum des Start-ups ist gestartet. Es war der zweite Flug der Spectrum, sagte er.",
     "der Spectrum"),
    # a currency after a number
    ("Ein Brot kostet in Taschkent 5000 Sum.", "Sum"),
    # a count of several before a genitive plural as it should be
    ("Drei der neuen Schulen sind fertig.", "neuen"),
    # a Chinese place in pinyin, no English romanisation of a Cyrillic name
    ("Der Weg führt über Shijiazhuang, sagte Sergei Ivanov in Almaty.", "Shijiazhuang"),
    # "beiden" after an article; "hoch" of a time, not of a change
    ("Die beiden Hände zitterten.", "Hände"),
    ("Er ging um 8 Uhr hoch.", "hoch"),
    # an infinitive or a possessive after a noun is no compound's second part
    ("Kann man ein guter Christ sein?", "Christ sein"),
    ("Er will Geld verdienen.", "Geld verdienen"),
    # "in" is no infinitive after the noun of a contraction
    ("Er wohnt im Haus in Berlin.", "im"),
    # "beiden" after an adjective that follows the article
    ("Die ersten beiden Formate sind gut.", "Formate"),
    # a relative clause's verb chain or its end before a conjunction: "die" is a relative pronoun there
    ("Länder, die neue Waffen haben wollen, zahlen.", "neue Waffen"),
    ("Er will die Bereiche erkennen, die Text sind und die Bilder enthalten.", "die Text"),
    # a Slavic glossary place in a firm's English name
    ("Die Baufirma Volga Stroy Group zahlt mehr.", "Volga"),
])
def test_quiet_on_the_german_the_new_mechanisms_could_be_mistaken_for(engines, text, span):
    _quiet(engines, text, span)
