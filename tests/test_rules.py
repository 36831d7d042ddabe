"""Each mechanism of the built-in engine on sentences written for the test (not the seed's)."""

from __future__ import annotations

import pytest

from lektorat.checker import check_text
from lektorat.engines.builtin import BuiltinEngine
from lektorat.engines.builtin.transliteration import germanize
from lektorat.glossary import COLUMNS, load

HEADER = "\t".join(COLUMNS)


@pytest.fixture(scope="module")
def small_glossary(tmp_path_factory):
    d = tmp_path_factory.mktemp("glossary")
    rows = [
        "Kreml\tKremlin\tplace\tKremlin\tnoun\tru\t\thttps://www.duden.de/rechtschreibung/Kreml",
        "Dmitri Peskow\tDmitry Peskov\tperson\tDmitry Peskov\t\tru\tKremlin spokesman\thttps://de.wikipedia.org/wiki/Dmitri_Sergejewitsch_Peskow",
        "Friedensrat\tBoard of Peace\torganisation\tBoard of Peace|Friedensboard|~Board\tnoun\t\t\thttps://www.tagesschau.de/",
        "Verbündete|Verbündeten\tally\tenglish\tally|allies\tnoun\t\t\tDing de-en 1.9",
        "konstituierend|erst\tinaugural\tenglish\tinaugural\tadj\t\t\tDing de-en 1.9",
        "jedoch|allerdings\thowever\tenglish\thowever\tadv\t\t\tDing de-en 1.9",
        "eingefroren* Vermögenswert*\tfrozen assets\tcalque\tgefroren* Vermögenswert*\t\t\tfrozen = eingefroren\tDuden",
        "Sinn ergeb*\tmake sense\tcalque\tSinn mach*\t\t\t\tDuden, Richtiges und gutes Deutsch",
    ]
    (d / "g.tsv").write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return load(d, builtin=False)


@pytest.fixture(scope="module")
def check(small_glossary):
    engine = BuiltinEngine(small_glossary)

    def run(text):
        return check_text(text, [engine]).findings

    return run


def only(findings, text):
    hits = [f for f in findings if f.text == text]
    assert hits, f"{text!r} not flagged; got {[(f.text, f.rule) for f in findings]}"
    return hits[0]


# --- glossary names and terms -------------------------------------------------------------------------------

def test_glossary_name_inflected_and_in_compounds(check):
    fs = check("Ein Kremlin-Sprecher bestätigte die Pläne des Kremlins am Montag.")
    assert only(fs, "Kremlin-Sprecher").suggestions[0] == "Kreml-Sprecher"
    assert only(fs, "Kremlins").suggestions[0] == "Kremls"
    assert only(fs, "Kremlins").category == "transliteration"


def test_glossary_surname_alone_is_derived_from_full_name(check):
    fs = check("Peskov sagte am Abend, Dmitry Peskov habe nichts hinzuzufügen.")
    assert only(fs, "Peskov").suggestions == ["Peskow"]
    assert only(fs, "Dmitry Peskov").suggestions == ["Dmitri Peskow"]


def test_short_form_only_when_full_name_is_in_the_document(check):
    with_full = check("Der Board of Peace tagt. Die Mitglieder des Boards schweigen.")
    assert only(with_full, "Boards").suggestions == ["Friedensrats"]
    without = check("Die Mitglieder des Boards schweigen.")
    assert not [f for f in without if f.text == "Boards"]


def test_correct_german_forms_stay_quiet(check):
    assert check("Kremlsprecher Dmitri Peskow sagte im Kreml, der Friedensrat tage später.") == []


# --- English words ---------------------------------------------------------------------------------------------

def test_english_function_word_with_glossary_translation(check):
    f = only(check("Die Regierung hat however keine Stellungnahme abgegeben."), "however")
    assert f.category == "english" and f.severity == "error"
    assert f.suggestions[0] == "jedoch"


def test_english_adjective_is_inflected_to_fit_the_noun_phrase(check):
    f = only(check("Sie nahmen an der inaugural Sitzung des Rates teil."), "inaugural")
    assert f.suggestions[:2] == ["konstituierenden", "ersten"]
    f = only(check("Es war eine inaugural Rede."), "inaugural")
    assert f.suggestions[0] == "konstituierende"


def test_english_word_without_glossary_entry_gets_proposals_from_the_dictionary(check):
    f = only(check("Das Treffen fand nevertheless statt."), "nevertheless")
    assert f.category == "english" and "dennoch" in f.suggestions[:3]


@pytest.mark.parametrize("sentence", [
    "Das Team um den Manager traf sich zu einem Meeting über die neue Software.",
    "Das Budget für das Start-up ist online einsehbar.",
    "Die Nachrichtenagentur TASS meldete, Putin und Schoigu hätten Xi Jinping getroffen.",
    "Absolventen des MGIMO arbeiten im diplomatischen Dienst, sagte Minister Karsten Wildberger.",
])
def test_loanwords_names_and_acronyms_are_not_english(check, sentence):
    assert check(sentence) == []


# --- pseudo-English ---------------------------------------------------------------------------------------------

def test_pseudo_english_proposes_the_german_translation_not_a_lookalike(check):
    f = only(check("Die meisten Allien der USA zögern."), "Allien")
    assert f.category == "pseudo-english"
    assert "Verbündeten" in f.suggestions[:3]
    assert "Alien" not in f.suggestions


def test_pseudo_english_part_of_a_compound(check):
    fs = check("Die meisten US-Allien zögern.")
    f = only(fs, "Allien")
    assert fs[0].start == len("Die meisten US-")
    assert "Verbündeten" in f.suggestions


# --- garbled words -----------------------------------------------------------------------------------------------

def test_fused_words_are_split(check):
    f = only(check("Die Verhandlungen werden länger dauernwird berichtet."), "dauernwird")
    assert f.category == "garbled" and f.suggestions[0] == "dauern wird"


def test_word_plus_fragment(check):
    f = only(check("Der Termin ist im Kalendereingetrag."), "Kalendereingetrag")
    assert "Kalender eingetragen" in f.suggestions[:3]
    f = only(check("Eine Reise ist nicht auf seinem Zeitplanfolg vorgesehen."), "Zeitplanfolg")
    assert "Zeitplan" in f.suggestions[:3]


def test_valid_compounds_and_surnames_are_not_garbled(check):
    assert check("Die Friedensinitiative der Bundesregierung wurde von Sabine Müllerhausen vorgestellt.") == []


# --- transliteration ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("english,german", [
    ("Peskov", "Peskow"), ("Silayev", "Silajew"), ("Zakharova", "Sacharowa"), ("Dmitry", "Dmitri"),
    ("Nikolay", "Nikolai"), ("Sergey", "Sergej"), ("Yevgeny", "Jewgeni"), ("Prigozhin", "Prigoschin"),
    ("Lukashenko", "Lukaschenko"), ("Khodorkovsky", "Chodorkowski"), ("Vladimir", "Wladimir"),
    ("Shcherbakov", "Schtscherbakow"), ("Vyacheslav", "Wjatscheslaw"), ("Chernyshev", "Tschernyschew"),
    ("Tsvetkov", "Zwetkow"), ("Gritsenko", "Grizenko"), ("Tsygankov", "Zygankow"), ("Yulia", "Julia"),
    ("Pyotr", "Pjotr"), ("Zhukova", "Schukowa"), ("Kharkiv", "Charkiw"),
])
def test_germanize(english, german):
    assert germanize(english) == german


def test_transliteration_of_unknown_slavic_names(check):
    fs = check("Außenminister Sergey Lavrov traf in Moskau seinen Amtskollegen.")
    assert only(fs, "Lavrov").suggestions == ["Lawrow"]
    assert only(fs, "Sergey").suggestions == ["Sergej"]
    assert all(f.category == "transliteration" for f in fs)


def test_english_possessive_of_a_slavic_name_becomes_the_german_genitive(check):
    assert only(check("Im Kreml sagte Peskov's Stellvertreter nichts."), "Peskov's").suggestions == ["Peskows"]
    assert only(check("In Moskau lobte man Lavrov's Rede."), "Lavrov's").suggestions == ["Lawrows"]


def test_non_slavic_names_stay_quiet(check):
    assert check("In Washington und Venezuela sprach Donald Trump mit Nicolás Maduro über Caracas.") == []


def test_digraph_names_need_a_slavic_context(check):
    assert check("Der Fußballer Shakhar Zhonson spielt in London.") == []
    fs = check("Der russische Geschäftsmann Shakhar Zhonson lebt in Moskau.")
    assert {f.text for f in fs} >= {"Shakhar"}


# --- agreement --------------------------------------------------------------------------------------------------------

def test_determiner_noun_mismatch(check):
    f = only(check("Offen bleibt die Abzugs der Truppen."), "die Abzugs")
    assert f.category == "grammar"
    assert f.suggestions[:3] == ["der Abzug", "den Abzug", "die Abzüge"]


def test_preposition_case_and_adjective_ending(check):
    f = only(check("Sie reisten mit den amerikanische Delegation."), "den amerikanische Delegation")
    assert f.suggestions[0] == "der amerikanischen Delegation"
    f = only(check("Wegen die Sanktionen stockt der Handel."), "die Sanktionen")
    assert f.suggestions[0] == "der Sanktionen"


def test_adjective_ending_alone(check):
    f = only(check("Er sprach mit der neue Regierung."), "der neue Regierung")
    assert f.suggestions[0] == "der neuen Regierung"


@pytest.mark.parametrize("sentence", [
    "Die Länder, die Waffen liefern, stehen unter Druck.",
    "Den Frauen, die den Männern helfen, dankte der Bürgermeister.",
    "Die Vereinten Nationen forderten Zurückhaltung, während die Europäische Union Sanktionen vorbereitet.",
    "Das Verzichten auf Gewalt ist kein vorübergehendes Verzichten.",
    "Mit der amerikanischen Delegation reisten die Vertreter des Kremls und der Regierung.",
    "Trotz des Regens kamen die meisten Gäste zu dem Fest in der Stadt.",
])
def test_correct_noun_phrases_stay_quiet(check, sentence):
    assert [f for f in check(sentence) if f.category == "grammar"] == []


# --- formats -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,span,first", [
    ("Russland will $1 Milliarde bereitstellen.", "$1 Milliarde", "1 Milliarde US-Dollar"),
    ("Die Firma investiert €300 Millionen.", "€300 Millionen", "300 Millionen Euro"),
    ("Das kostet $2.5 billion.", "$2.5 billion", "2,5 Milliarden US-Dollar"),
    ("Die Inflation stieg auf 3.5 Prozent.", "3.5", "3,5"),
    ("Es kamen 1,250,000 Besucher.", "1,250,000", "1.250.000"),
])
def test_formats(check, text, span, first):
    f = only(check(text), span)
    assert f.category == "format" and f.suggestions[0] == first


def test_german_formats_stay_quiet(check):
    assert check("Russland will 1 Milliarde US-Dollar und 3,5 Prozent mehr; am 19. Februar kamen 1.200 Gäste.") == []


@pytest.mark.parametrize("text,span,first", [
    # dates in any English order, with English or German month names
    ("Das Treffen ist am March 3, 2024 in Berlin.", "March 3, 2024", "3. März 2024"),
    ("Er kam am 3 March 2024 an.", "3 March 2024", "3. März 2024"),
    ("Sie tagten am 3rd of May in Genf.", "3rd of May", "3. Mai"),
    ("Die Feier war am März 3.", "März 3", "3. März"),
    ("Am 5.Mai wurde gewählt.", "5.Mai", "5. Mai"),
    ("Am 03/15/2024 begann es.", "03/15/2024", "15.03.2024"),
    # times
    ("Die Sitzung beginnt um 9:15 a.m. im Rathaus.", "9:15 a.m.", "9.15 Uhr"),
    ("Der Zug kommt um 7 p.m.", "7 p.m", "19 Uhr"),
    ("Der Zug kommt um 7 p.m. Danach fährt er weiter.", "7 p.m", "19 Uhr"),   # the stop ends the sentence
    ("Die Feier beginnt um 8 p.m. Ortszeit.", "8 p.m.", "20 Uhr"),           # the stop is the abbreviation's
    ("Um 9am ging es los.", "9am", "9 Uhr"),
    # results, numbers, amounts with any currency and magnitude
    ("Bayern gewann das Spiel 3-1 gegen Dortmund.", "3-1", "3:1"),
    ("Ein 2-0 Sieg reichte.", "2-0 Sieg", "2:0-Sieg"),
    ("Er trägt die No. 7 im Team.", "No. 7", "Nr. 7"),
    ("Das Unternehmen investiert £3m in London.", "£3m", "3 Millionen Pfund"),
    ("Das kostet USD 5 million.", "USD 5 million", "5 Millionen US-Dollar"),
    ("Apple zahlte $2.5bn.", "$2.5bn", "2,5 Milliarden US-Dollar"),
    ("Rund 5 million Menschen flohen.", "5 million", "5 Millionen"),
    ("Die Strecke ist 2.5 Kilometer lang.", "2.5", "2,5"),
    ("Das reicht nicht für das 1.5-Grad-Ziel.", "1.5", "1,5"),             # inside a hyphenated compound
    ("Sie meldeten eine 2.5-prozentige Steigerung.", "2.5", "2,5"),
    # possessives and compounds
    ("Merkel's Regierung trat zurück.", "Merkel's", "Merkels"),
    ("NATO's Gipfel begann.", "NATO's", "NATOs"),
    ("Die Kritik an Hornig’s Plänen wächst.", "Hornig’s", "Hornigs"),   # a surname that is a German adjective too
    ("Linke's Rede wurde unterbrochen.", "Linke's", "Linkes"),           # or a German noun
    ("Die EU Kommission legte einen Plan vor.", "EU Kommission", "EU-Kommission"),
])
def test_english_formats_of_every_kind(check, text, span, first):
    f = only(check(text), span)
    assert f.category == "format" and f.suggestions[0] == first, f


@pytest.mark.parametrize("text, span, first, category", [
    # a noun before a name is the head that inflects; "Trump" is no noun of the lexicon
    ("Die USA könnten unter einem Präsident Trump austreten.", "einem Präsident", "einem Präsidenten", "grammar"),
    ("Das hielten Kritiker für völlig inadequat.", "inadequat", "inadäquat", "spelling"),  # the cognate's vowel
    ("Die Okonomie wächst.", "Okonomie", "Ökonomie", "spelling"),
    ("Die Buerger sind verärgert.", "Buerger", "Bürger", "spelling"),                     # an ASCII umlaut
])
def test_heads_before_names_and_missing_umlauts(check, text, span, first, category):
    f = only(check(text), span)
    assert f.category == category and f.suggestions[0] == first, f


@pytest.mark.parametrize("text", [
    "Wir sprachen mit dem Präsidenten Macron im Hotel Adlon.",
    "Die Maximum Transmission Unit und den Proton Studios.",   # English names after a German noun
    "Mit getent(1) lässt sich das prüfen.",                    # a manual page, no misspelling of "getönt"
])
def test_names_after_nouns_and_commands_stay_quiet(check, text):
    assert check(text) == []


@pytest.mark.parametrize("text", [
    "Die Zahl stieg um 5 am Montag.",            # German "am"
    "Geht's dir gut?",                           # the clitic 's of a German verb
    "Gibt's Neues? Wie geht's Ihnen? Mach's gut.",
    "Wir wollen in der EU Geld ausgeben.",       # the article belongs to the acronym
    "Er sagte, dass die USA Truppen schicken.",  # the noun is the verb's object
    "Im März 15 Prozent mehr als im Februar.",   # a month and a number, not a date
    "Am 19. Februar 2026 um 9.15 Uhr kamen 1.200 Menschen.",
    "Die Preise stiegen um 2 bis 3 Prozent, die Strecke misst 3,5 Kilometer.",
])
def test_german_formats_of_every_kind_stay_quiet(check, text):
    assert [f for f in check(text) if f.category == "format"] == []


# --- calques --------------------------------------------------------------------------------------------------------------

def test_calque_with_inflection_slots(check):
    f = only(check("Geld aus gefrorenen Vermögenswerten soll helfen."), "gefrorenen Vermögenswerten")
    assert f.category == "calque" and f.suggestions == ["eingefrorenen Vermögenswerten"]
    f = only(check("Das kann keinen Sinn machen, sagte sie."), "Sinn machen")
    assert f.suggestions == ["Sinn ergeben"]


def test_calque_pattern_needs_adjacent_words(check):
    assert [f for f in check("Eingefroren wurden Vermögenswerte in Milliardenhöhe.") if f.category == "calque"] == []


# --- typography ---------------------------------------------------------------------------------------------------------

def test_typography(check):
    fs = check("Russland und China, Belarus‘ wichtigste Partner, sagten \"ja\" und “nein”.")
    assert only(fs, "‘").suggestions == ["’"]
    quotes = [f for f in fs if f.rule == "GERMAN_QUOTES"]
    assert [f.suggestions[0] for f in quotes] == ["„", "“", "„", "“"]


def test_german_quotes_and_closing_single_quote_stay_quiet(check):
    assert check("Er sagte: „Wir nennen es ‚Frieden‘, nicht Krieg.“") == []


def test_english_words_inside_a_proper_name_are_left_alone(engines):
    # with the real glossary "Council" is a known English word with a German translation ...
    # (with its article, which each German noun takes in its own gender)
    alone = check_text("Der Council tagte am Montag.", engines).findings
    assert [f.text for f in alone] == ["Der Council"] and alone[0].suggestions[0] == "Der Rat"
    # ... but inside an organisation's English name it is left as it stands
    assert check_text("Experten des Russian International Affairs Council warnen.", engines).findings == []


# --- English passages ---------------------------------------------------------------------------------------------

def test_an_untranslated_english_sentence_is_one_finding(check):
    found = check("Man kann einen Teil austauschen. This is just one example. Um damit zurechtzukommen, hilft es.")
    assert [(f.text, f.rule, f.severity) for f in found] == [("This is just one example.", "EN_SENTENCE", "error")]


@pytest.mark.parametrize("text", [
    "Das Board of Peace tagt in Washington.",          # names and a loanword in a German sentence
    "Der Manager sagte, das Team sei online erreichbar.",
])
def test_german_sentences_with_english_names_are_not_english_sentences(check, text):
    assert not [f for f in check(text) if f.rule == "EN_SENTENCE"]


# --- case after every preposition -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,span,first", [
    ("Während den Verhandlungen schwieg er.", "den Verhandlungen", "der Verhandlungen"),
    ("Er kam mit den neuen Vertrag.", "den neuen Vertrag", "dem neuen Vertrag"),
    ("Die Kosten des neuen Vertrag steigen.", "des neuen Vertrag", "des neuen Vertrages"),  # -es: German's commoner
    ("Er sprach mit dem Präsident.", "dem Präsident", "dem Präsidenten"),                  # weak noun
    ("Er ging um dem Haus.", "dem Haus", "das Haus"),
    ("Ohne dem Vertrag geht es nicht.", "dem Vertrag", "den Vertrag"),
    ("Aufgrund dem Streik fiel alles aus.", "dem Streik", "des Streiks"),
    ("Angesichts die Lage blieb er.", "die Lage", "der Lage"),
    ("Er stand neben der Minister.", "der Minister", "dem Minister"),
    ("Er traf sich mit seinen Freund.", "seinen Freund", "seinem Freund"),
    ("Statt dem Minister kam der Sprecher.", "dem Minister", "des Ministers"),
])
def test_case_after_prepositions(check, text, span, first):
    f = only(check(text), span)
    assert f.category == "grammar" and f.suggestions[0] == first, f


@pytest.mark.parametrize("text", [
    "Während die Union verhandelte, schwieg er.",     # a conjunction: the subject of a clause
    "Seit die Grenze offen ist, kommen sie.",
    "Was für ein armseliger Haufen wir sind.",         # "was für": no preposition
    "Wie Sie sehen, sind das kleine gelbe Blumen.",    # "das" before a plural: a pronoun
    "Sie filmten in den Proton Studios.",              # a name written apart: its last word is the head
    "Die obersten 20 Prozent sind reicher.",           # a measure phrase
    "Er sprach für die Delegation der Berliner Firma.",
    "Er sprach über das Verzichten.",                  # an infinitive used as a noun
])
def test_correct_phrases_after_prepositions_stay_quiet(check, text):
    assert [f for f in check(text) if f.category == "grammar"] == []


def test_plain_text_conventions_are_flagged_only_against_the_documents_own_style(check):
    plain = 'Er sagte "ja" - und ging.'
    assert [f for f in check(plain) if f.category == "typography"] == []
    mixed = 'Er sagte „nein“ – dann sagte er "ja" und ging - endlich.'
    rules = sorted(f.rule for f in check(mixed) if f.category == "typography")
    assert rules == ["DASH", "GERMAN_QUOTES", "GERMAN_QUOTES"]


@pytest.mark.parametrize("text,span,first", [
    # the smallest repair first: the article, not the adjectives and the noun
    ("Die sind nicht in das reichen entwickelten Welt.", "das reichen entwickelten Welt", "der reichen entwickelten Welt"),
    ("Sie fallen in ein entsetzlichen Katastrophe zusammen.", "ein entsetzlichen Katastrophe", "einer entsetzlichen Katastrophe"),
    ("Es gibt eine Barriere hinter die Blütenständen.", "die Blütenständen", "den Blütenständen"),
    # the number the article and the noun agree on is kept
    ("Statt dem Minister kam der Sprecher.", "dem Minister", "des Ministers"),
    ("Die Abzugs begann.", "Die Abzugs", "Der Abzug"),
    # a capitalised adjective in a name, a comparative, a noun that is also an imperative
    ("Sie wird nicht zu einen Schwarzen Loch kollabieren.", "einen Schwarzen Loch", "einem Schwarzen Loch"),
    ("Auf den ungleicheren Seite glauben viele das.", "den ungleicheren Seite", "der ungleicheren Seite"),
    ("Es gibt Mobbing in dem Schule.", "dem Schule", "der Schule"),
])
def test_agreement_proposes_the_smallest_repair(check, text, span, first):
    f = only(check(text), span)
    assert f.suggestions[0] == first, f.suggestions


def test_lower_case_english_runs_are_one_finding(check):
    found = check("Wir werden at the same time sehen, dass es klappt.")
    assert [(f.text, f.rule) for f in found] == [("at the same time", "EN_PHRASE")]
    assert "gleichzeitig" in found[0].suggestions
    found = check("At the same time sahen wir es.")
    assert [(f.text, f.rule) for f in found] == [("At the same time", "EN_PHRASE")]


@pytest.mark.parametrize("text", [
    "Sie hörten Manchester United und lasen die New York Times.",   # capitalised runs are names
    "Das Team um den Manager traf sich online.",
])
def test_names_and_loanwords_are_no_english_runs(check, text):
    assert not [f for f in check(text) if f.rule == "EN_PHRASE"]
