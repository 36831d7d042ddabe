"""Family mechanisms added with the batches of held-out articles from the six-hundred-and-seventy-second: each finds
its defect on words the articles do not use, with the right fix where it gives one, and stays quiet on the German it
could be mistaken for."""

import pytest
from checking import finding as _finding
from checking import quiet as _quiet

# (the engines fixture is conftest's)


@pytest.mark.parametrize("text, span, category, fix", [
    # a noun run into the participle its clause waits for, a date between commas before it
    ("Das Gericht hatte sie am Freitag, 4. Juni, zu drei Jahren Bewährungverurteilt.", "Bewährungverurteilt",
     "garbled", "Bewährung verurteilt"),
    # a time's position and its time in the genitive
    ("Die Brücke soll Anfang nächstes Jahr öffnen.", "nächstes Jahr", "grammar", "nächsten Jahres"),
    ("Die Wahl findet Mitte kommende Woche statt.", "kommende Woche", "grammar", "kommender Woche"),
    # a clause of "weil" … whose other phrases are plural too: no singular to be the verb's subject
    ("Sie klagen, weil die Händler die Waren nicht liefern darf.", "darf", "grammar", "dürfen"),
    # a count of times in words written apart from "mal"
    ("Der Zug hielt drei mal auf freier Strecke.", "drei mal", "garbled", "dreimal"),
    # an uninflected adjective before a compound whose first part is a superlative's stem
    ("Sie verlangen eine staatlich Mindestrente.", "eine staatlich Mindestrente", "grammar",
     "eine staatliche Mindestrente"),
    # a verb's or an adjective's stem capitalised and a noun written small after it
    ("Er saß am Wickel tisch.", "Wickel tisch", "garbled", "Wickeltisch"),
    ("Die Rechnung nennt die Gesamt summe.", "Gesamt summe", "garbled", "Gesamtsumme"),
    # a plural first part where the adjectives before it agree with the second only
    ("Der neue Senioren Beirat tagt.", "Senioren Beirat", "garbled", "Seniorenbeirat"),
    # a present plural in -en after a phrase that can only be a nominative singular
    ("Der Stadtrat beraten heute über den Haushalt.", "beraten", "grammar", "berät"),
    ("Der Vorstand verhandeln noch.", "verhandeln", "grammar", "verhandelt"),
    # "alle" before a strong adjective and a masculine noun the same in both numbers
    ("Das gilt für alle neue Mitarbeiter.", "neue Mitarbeiter", "grammar", "neuen Mitarbeiter"),
    # a plural quantifier's strong adjective before a compound the lexicon reads by its head
    ("Es klagen mehrere kleinen Bäckereibetriebe.", "kleinen", "grammar", "kleine"),
    # a preposition run into a plural quantifier before a hyphenated compound
    ("Er investierte inzahlreiche Biotech-Firmen.", "inzahlreiche", "garbled", "in zahlreiche"),
    # "hatte" before "die" and a plural the article reads as such
    ("Nach Angaben der Polizei hatte die Demonstranten zwei Stunden lang protestiert.", "hatte", "grammar",
     "hatten"),
    # an adverb of the participle between the article and its adjective
    ("Die hier geborenen Kinder ist stolz darauf.", "ist", "grammar", "sind"),
    # a weak masculine's plural opening the sentence
    ("Polizisten sucht den Täter.", "sucht", "grammar", "suchen"),
    # a count with its thousands grouped, and two counts joined by "und"
    ("Rund 1.200 Helfer ist unterwegs.", "ist", "grammar", "sind"),
    ("Etwa 40 Ärzte und 90 Pfleger streikt.", "streikt", "grammar", "streiken"),
    # the other dollars by their country's prefix
    ("Die Aktie schloss bei A$ 3.40.", "A$ 3.40", "format", "3,40 australische Dollar"),
    # a place on a river in English's "-on-", in an article about the region
    ("Russland: Die Fähre fährt nach Nikolayevsk-on-Amur.", "Nikolayevsk-on-Amur", "transliteration",
     "Nikolajewsk am Amur"),
    # a region's name before its kind, in English order
    ("Russland: Der Weizen kommt aus der Stavropol Region.", "Stavropol Region", "calque", "Region Stawropol"),
    # a place that takes its article, as a clause's subject after a conjunction
    ("Er glaubt, dass Slowakei zustimmt.", "Slowakei", "grammar", "die Slowakei"),
    # "der" and a masculine noun between the opening phrase and the verb: a genitive attribute
    ("Der Leiter der Bauhof bestätigte den Schaden.", "der Bauhof", "grammar", "des Bauhofs"),
    # an adverb before the adjective after a dative preposition without article
    ("Man startet von stark verschmutzte Flächen aus.", "verschmutzte Flächen", "grammar", "verschmutzten Flächen"),
    # a pseudo-English verb whose doubled consonant and German k both undo
    ("Die Firma will das Projekt kontrollieren und kommittiert sich dazu.", "kommittiert", "pseudo-english", None),
    # English "tested positive for"
    ("Die Stute wurde positiv für ein Schmerzmittel getestet.", "positiv für", "calque", "positiv auf"),
    # "alle" before an adjective without its ending
    ("Sie prüfen alle regional Anbieter.", "regional Anbieter", "grammar", "regionalen Anbieter"),
    # a comparison's phrase after the verb is no subject of its own
    ("Die Schäden wiegt schwerer als der Verlust.", "wiegt", "grammar", "wiegen"),
    # a count with English thousands and another joined by "und"
    ("Knapp 1,500 Soldaten und 40 Panzer steht bereit.", "steht", "grammar", "stehen"),
    # the neuter relative pronoun after a masculine or feminine noun, itself the clause's subject
    ("Sie bejubelten den Sieger, das im Ziel weinte.", "das", "grammar", "der"),
    ("Er verließ die Sitzung, das nach zwei Stunden endete.", "das", "grammar", "die"),
    # "vordem" before a name; a doubled relative pronoun before a preposition whose phrase no attribute continues
    ("Sie demonstrierten vordem Bundestag.", "vordem", "garbled", "vor dem"),
    ("Es klagen Mieter, die die seit Mai keine Heizung haben.", "die die", "typography", "die"),
    # a genitive without its -s after a measure before the adjective
    ("Der Bau des zwölf Meter hohen Turm stockt.", "Turm", "grammar", "Turms"),
    # a noun run into a strong verb's past
    ("Die Bergleuteverließen den Schacht.", "Bergleuteverließen", "garbled", "Bergleute verließen"),
    # a German loan with the English plural -s opening the sentence before its plural verb
    ("Designers entwerfen die Kollektion.", "Designers", "english", "Designer"),
    # the object of an infinitive after "ohne … zu" is no nominative
    ("Er kündigte, ohne der Chef zu fragen.", "der Chef", "grammar", "den Chef"),
    # a noun the same in both numbers after "die", before a singular verb: the verb's fix, then the article's
    ("Die Schlepper liegt im Hafen.", "Die Schlepper liegt", "grammar", "Die Schlepper liegen"),
    # a main clause joined by a comma, its verb second before a pronoun
    ("Die Stadt plante den Bau, die Investor zieht ihn nun zurück.", "die Investor", "grammar", "der Investor"),
    # "es gibt" and its accusative; a language after "ins" and "aus dem"
    ("Er sagte, dass es kein Ausweg gebe.", "kein Ausweg", "grammar", "keinen Ausweg"),
    ("Es gibt ein großer Andrang.", "ein großer Andrang", "grammar", "einen großen Andrang"),
    ("Das Buch wurde ins Polnisch übersetzt.", "Polnisch", "grammar", "Polnische"),
    # English "also" (too) before the subject and its verb
    ("Also die Gewerkschaft kritisierte den Plan.", "Also", "calque", "Auch"),
    # a strong verb in the form of "ihr" with a subject of the third person
    ("Der Konzern haltet an dem Plan fest.", "haltet", "grammar", "hält"),
    # (not a compound's head written apart, which the garbled rules join)
    ("Die Kosten der Schiff fahrt steigen.", "Schiff fahrt", "garbled", "Schifffahrt"),
    # an adverb of place between the subject and its verb; an adverb of frequency after a plural verb in -en
    ("Die Bauern dort wartet auf Regen.", "wartet", "grammar", "warten"),
    ("Die Fähre fahren oft verspätet.", "fahren", "grammar", "fährt"),
    # a relative clause's "ein-" article before its noun
    ("Firmen, die einen Praktikant einstellen, bekommen Geld.", "einen Praktikant", "grammar", "einen Praktikanten"),
    # forced labour
    ("Der Bericht spricht von forcierter Arbeit auf den Feldern.", "forcierter Arbeit", "calque", "Zwangsarbeit"),
])
def test_family_mechanisms_of_batches_672_on(engines, text, span, category, fix):
    f = _finding(engines, text, span)
    assert f.category == category, (f.rule, f.suggestions)
    assert fix is None or f.suggestions[0] == fix, (f.rule, f.suggestions)


@pytest.mark.parametrize("text, span", [
    # a product; the noun "Mal"
    ("Zwei mal drei ist sechs.", "mal"),
    ("Er kam zum dritten Mal.", "Mal"),
    # a clause with another phrase that can be the singular subject
    ("Sie klagen, weil die Händler die Ware nicht liefern darf.", "darf"),
    # an infinitive after a phrase that may be its object; an adverb in -en after the subject
    ("Die Sahne schlagen und kühlen.", "schlagen"),
    ("Der Verband hingegen schweigt.", "hingegen"),
    # a floating "alle"; a feminine singular after "alle"
    ("Sie gaben alle Hoffnung auf.", "Hoffnung"),
    # a German compound of a noun and a noun of the lexicon; a pinyin name in a sentence about China
    ("Der Zyanidgehalt im Flussschlamm steigt.", "Flussschlamm"),
    ("In der chinesischen Stadt Heyuan regnet es.", "Heyuan"),
    # a brand in camel case after a point of the compass
    ("Die Kette SüdMarkt senkt die Preise.", "SüdMarkt"),
    # a present participle before an infinitive: no compound
    ("Das Gerät, das das Backend verwenden wird, ist neu.", "Backend"),
    # a headline drops the article before a place
    ("Schweiz stimmt zu\n\nDer Text folgt.", "Schweiz"),
    # an English place on a river outside the region
    ("Die Reise führte über London nach Stratford-on-Avon.", "Stratford-on-Avon"),
    # a genitive already; a verb whose phrase takes the dative of a plural
    ("Ein Sprecher des Bauhofs bestätigte das.", "Bauhofs"),
    # "Ende" with the genitive already
    ("Die Brücke soll Ende nächsten Jahres öffnen.", "nächsten"),
    # the relative pronoun of a genitive's head; "dass" written short; a demonstrative's main clause; an article
    ("Das Ergebnis der Wahl, das alle überraschte, liegt vor.", "das"),
    ("Er sagte dem Minister, das er kommen werde.", "das"),
    ("Sie lobten den Plan, das war gut.", "das"),
    ("Er fuhr den Wagen, das neue Auto stand in der Garage.", "das"),
    # a floating "alle" before a noun without adjective
    ("Sie haben alle viel Geld.", "viel"),
    # two subjects after "nachdem"; "das" after a verb of meaning
    ("Er ging, nachdem Helfer und Ärzte eingetroffen waren.", "nachdem"),
    ("Für die Belegschaft heißt das Schichtarbeit.", "das"),
    # an adverb in -weise before a bare noun; Lithuanian and Latvian names in articles about the Baltic states
    ("Der Investor hatte teilweise Bedenken geäußert.", "teilweise"),
    ("Litauen: Der Russe Sergej Sokolow kaufte die Molkerei Žalioji Pieva.", "Pieva"),
    ("Lettland: Der Fluss Daugava tritt über die Ufer.", "Daugava"),
    # a count after "alle"
    ("Alle acht Schächte sind geschlossen.", "acht"),
    # a copula's predicate after "um … zu"; an imperative of "ihr"; "ihr" in the sentence
    ("Um ein guter Nachbar zu sein, hilft er.", "ein guter Nachbar"),
    ("Fahrt vorsichtig, Kinder!", "Fahrt"),
    ("Ihr fahrt morgen nach Riga.", "fahrt"),
    # spoken "Also" in a quotation; "also" before its verb
    ("Er sagte: „Also die Sache ist klar.“", "Also"),
    ("Also meldete sich die Organisation.", "Also"),
    # a language as a subject
    ("Englisch ist schwer.", "Englisch"),
    # a letter's name after "die"
    ("In solchen Fällen wird die X.25-Verbindung getrennt.", "wird"),
])
def test_quiet_on_german_of_batches_672_on(engines, text, span):
    _quiet(engines, text, span)


def test_the_article_is_offered_beside_the_verb_for_a_noun_of_both_numbers(engines):
    f = _finding(engines, "Die Abkommen gilt bis 2028.", "Die Abkommen gilt")
    assert f.suggestions[:2] == ["Die Abkommen gelten", "Das Abkommen gilt"], f.suggestions
