"""Calques and wrong collocations from the glossary.

Three mechanisms, fed by `calques.tsv` and, for verb–noun collocations, also by the light-verb phrases of the
English–German dictionary (data/dictionary/light-verbs.tsv: "make a decision" :: "eine Entscheidung treffen", so
"eine Entscheidung machen" is a calque):

- *Word patterns* with inflection slots: "gefrorenen Vermögenswerten" matches `gefroren* Vermögenswert*` and
  becomes "eingefrorenen Vermögenswerten": the replacement `eingefroren* Vermögenswert*` copies each slot's ending.
- *Verb–noun collocations* (rows with pos `verb`): `variants` lists "NOUN wrong-verb" pairs (noun lemma and
  infinitive: `Entscheidung machen|Entscheidung nehmen`), `de` the verbs German uses with that noun (`treffen`).
  The noun is matched through its case and number (and as the last part of a compound: "Grundsatzentscheidung"),
  the verb in any finite or non-finite form, before the noun (verb second: "machte … eine Entscheidung") or after
  it (verb last: "eine Entscheidung machen", "zu machen", "gemacht"), within a few words of the same clause. The
  proposal is the same form of the right verb, with a separable prefix where German puts it ("nahm … vor").
- *`in` + year* (rows with pos `num`, the year written `JJJJ`): "in 2024" -> "2024" or "im Jahr 2024".
- *False friends in a telling context* (rows with pos `conj`): `variants` is "VERB CONJUNCTION" (`realisieren
  dass`): the verb in any form directly before the conjunction (a comma between) has the English sense ("realised
  that" = noticed), `de` the verbs with that sense (`erkennen|bemerken`). Only contexts that decide the sense are
  rows; the finding is `info`, as the German sense is never quite excluded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import dictionary, lexicon, nouns
from ...findings import Finding
from ...glossary import _SLOT_RE, Calque, Entry, SlotPattern, derived
from . import idioms
from . import morphology as M
from .context import Context
from .formats import _TIME_RE, MONTHS_DE, WEEKDAYS_DE, _time
from .word_order import finite_verb

# ---------------------------------------------------------------------------------------------------------------
# A small German verb inflector for the closed class of light verbs the collocation rows name.

# strong and irregular simple verbs: 2sg, 3sg present, preterite (1/3 sg), past participle, Konjunktiv II (1/3 sg)
_STRONG = {
    "nehmen": ("nimmst", "nimmt", "nahm", "genommen", "nähme"),
    "geben": ("gibst", "gibt", "gab", "gegeben", "gäbe"),
    "halten": ("hältst", "hält", "hielt", "gehalten", "hielte"),
    "treffen": ("triffst", "trifft", "traf", "getroffen", "träfe"),
    "greifen": ("greifst", "greift", "griff", "gegriffen", "griffe"),
    "ziehen": ("ziehst", "zieht", "zog", "gezogen", "zöge"),
    "heben": ("hebst", "hebt", "hob", "gehoben", "höbe"),
    "sprechen": ("sprichst", "spricht", "sprach", "gesprochen", "spräche"),
    "gehen": ("gehst", "geht", "ging", "gegangen", "ginge"),
    "schließen": ("schließt", "schließt", "schloss", "geschlossen", "schlösse"),
    "haben": ("hast", "hat", "hatte", "gehabt", "hätte"),
    "tun": ("tust", "tut", "tat", "getan", "täte"),
    "bringen": ("bringst", "bringt", "brachte", "gebracht", "brächte"),
    "kennen": ("kennst", "kennt", "kannte", "gekannt", "kennte"),
    "werfen": ("wirfst", "wirft", "warf", "geworfen", "würfe"),
    "weisen": ("weist", "weist", "wies", "gewiesen", "wiese"),
    "schlagen": ("schlägst", "schlägt", "schlug", "geschlagen", "schlüge"),
    "treiben": ("treibst", "treibt", "trieb", "getrieben", "triebe"),
    "bieten": ("bietest", "bietet", "bot", "geboten", "böte"),
    "tragen": ("trägst", "trägt", "trug", "getragen", "trüge"),
    "stehen": ("stehst", "steht", "stand", "gestanden", "stünde"),
    "finden": ("findest", "findet", "fand", "gefunden", "fände"),
    "fallen": ("fällst", "fällt", "fiel", "gefallen", "fiele"),
    "treten": ("trittst", "tritt", "trat", "getreten", "träte"),
    "leiden": ("leidest", "leidet", "litt", "gelitten", "litte"),
    "schießen": ("schießt", "schießt", "schoss", "geschossen", "schösse"),
    "lassen": ("lässt", "lässt", "ließ", "gelassen", "ließe"),
    "kommen": ("kommst", "kommt", "kam", "gekommen", "käme"),
    "stechen": ("stichst", "sticht", "stach", "gestochen", "stäche"),
    "schaffen": ("schaffst", "schafft", "schuf", "geschaffen", "schüfe"),   # create (weak: manage)
    "sehen": ("siehst", "sieht", "sah", "gesehen", "sähe"),
    "fangen": ("fängst", "fängt", "fing", "gefangen", "finge"),
    "laufen": ("läufst", "läuft", "lief", "gelaufen", "liefe"),
    "rufen": ("rufst", "ruft", "rief", "gerufen", "riefe"),
    "schreiben": ("schreibst", "schreibt", "schrieb", "geschrieben", "schriebe"),
    "bleiben": ("bleibst", "bleibt", "blieb", "geblieben", "bliebe"),
    "schneiden": ("schneidest", "schneidet", "schnitt", "geschnitten", "schnitte"),
    "streichen": ("streichst", "streicht", "strich", "gestrichen", "striche"),
    "brechen": ("brichst", "bricht", "brach", "gebrochen", "bräche"),
    "helfen": ("hilfst", "hilft", "half", "geholfen", "hülfe"),
    "gelten": ("giltst", "gilt", "galt", "gegolten", "gälte"),
    "gewinnen": ("gewinnst", "gewinnt", "gewann", "gewonnen", "gewänne"),
    "beginnen": ("beginnst", "beginnt", "begann", "begonnen", "begänne"),
    "liegen": ("liegst", "liegt", "lag", "gelegen", "läge"),
    "sitzen": ("sitzt", "sitzt", "saß", "gesessen", "säße"),
    "fahren": ("fährst", "fährt", "fuhr", "gefahren", "führe"),
    "laden": ("lädst", "lädt", "lud", "geladen", "lüde"),
    "raten": ("rätst", "rät", "riet", "geraten", "riete"),
    "schieben": ("schiebst", "schiebt", "schob", "geschoben", "schöbe"),
    "verlieren": ("verlierst", "verliert", "verlor", "verloren", "verlöre"),
    "nennen": ("nennst", "nennt", "nannte", "genannt", "nennte"),
    "denken": ("denkst", "denkt", "dachte", "gedacht", "dächte"),
    "senden": ("sendest", "sendet", "sandte", "gesandt", "sendete"),
    "wenden": ("wendest", "wendet", "wandte", "gewandt", "wendete"),
    "legen": None,  # weak, listed so "ablegen" splits as ab + legen
    # (news verbs of change and motion, so their preterites read as such: "eventuell wuchs der Schuldenberg")
    "wachsen": ("wächst", "wächst", "wuchs", "gewachsen", "wüchse"),
    "steigen": ("steigst", "steigt", "stieg", "gestiegen", "stiege"),
    "sinken": ("sinkst", "sinkt", "sank", "gesunken", "sänke"),
    "fliegen": ("fliegst", "fliegt", "flog", "geflogen", "flöge"),
    "fliehen": ("fliehst", "flieht", "floh", "geflohen", "flöhe"),
    "fließen": ("fließt", "fließt", "floss", "geflossen", "flösse"),
    "springen": ("springst", "springt", "sprang", "gesprungen", "spränge"),
    "sterben": ("stirbst", "stirbt", "starb", "gestorben", "stürbe"),
    "scheinen": ("scheinst", "scheint", "schien", "geschienen", "schiene"),
    "schweigen": ("schweigst", "schweigt", "schwieg", "geschwiegen", "schwiege"),
    "werben": ("wirbst", "wirbt", "warb", "geworben", "würbe"),
    "dringen": ("dringst", "dringt", "drang", "gedrungen", "dränge"),
    "zwingen": ("zwingst", "zwingt", "zwang", "gezwungen", "zwänge"),
    "schwinden": ("schwindest", "schwindet", "schwand", "geschwunden", "schwände"),
    # (the rest of the closed class of strong verbs in common use, for subject and verb: "Die Kosten frisst",
    # "Die Preise läge")
    "befehlen": ("befiehlst", "befiehlt", "befahl", "befohlen", "beföhle"),
    "beißen": ("beißt", "beißt", "biss", "gebissen", "bisse"),
    "bergen": ("birgst", "birgt", "barg", "geborgen", "bärge"),
    "bitten": ("bittest", "bittet", "bat", "gebeten", "bäte"),
    "blasen": ("bläst", "bläst", "blies", "geblasen", "bliese"),
    "braten": ("brätst", "brät", "briet", "gebraten", "briete"),
    "empfehlen": ("empfiehlst", "empfiehlt", "empfahl", "empfohlen", "empföhle"),
    "essen": ("isst", "isst", "aß", "gegessen", "äße"),
    "fressen": ("frisst", "frisst", "fraß", "gefressen", "fräße"),
    "frieren": ("frierst", "friert", "fror", "gefroren", "fröre"),
    "gelingen": ("gelingst", "gelingt", "gelang", "gelungen", "gelänge"),
    "genießen": ("genießt", "genießt", "genoss", "genossen", "genösse"),
    "geschehen": ("geschiehst", "geschieht", "geschah", "geschehen", "geschähe"),
    "gießen": ("gießt", "gießt", "goss", "gegossen", "gösse"),
    "gleichen": ("gleichst", "gleicht", "glich", "geglichen", "gliche"),
    "gleiten": ("gleitest", "gleitet", "glitt", "geglitten", "glitte"),
    "graben": ("gräbst", "gräbt", "grub", "gegraben", "grübe"),
    "heißen": ("heißt", "heißt", "hieß", "geheißen", "hieße"),
    "klingen": ("klingst", "klingt", "klang", "geklungen", "klänge"),
    "leihen": ("leihst", "leiht", "lieh", "geliehen", "liehe"),
    "lesen": ("liest", "liest", "las", "gelesen", "läse"),
    "lügen": ("lügst", "lügt", "log", "gelogen", "löge"),
    "meiden": ("meidest", "meidet", "mied", "gemieden", "miede"),
    "messen": ("misst", "misst", "maß", "gemessen", "mäße"),
    "pfeifen": ("pfeifst", "pfeift", "pfiff", "gepfiffen", "pfiffe"),
    "reißen": ("reißt", "reißt", "riss", "gerissen", "risse"),
    "riechen": ("riechst", "riecht", "roch", "gerochen", "röche"),
    "ringen": ("ringst", "ringt", "rang", "gerungen", "ränge"),
    "scheiden": ("scheidest", "scheidet", "schied", "geschieden", "schiede"),
    "schlafen": ("schläfst", "schläft", "schlief", "geschlafen", "schliefe"),
    "schleichen": ("schleichst", "schleicht", "schlich", "geschlichen", "schliche"),
    "schmelzen": ("schmilzt", "schmilzt", "schmolz", "geschmolzen", "schmölze"),
    "schwimmen": ("schwimmst", "schwimmt", "schwamm", "geschwommen", "schwömme"),
    "schwören": ("schwörst", "schwört", "schwor", "geschworen", "schwüre"),
    "singen": ("singst", "singt", "sang", "gesungen", "sänge"),
    "stehlen": ("stiehlst", "stiehlt", "stahl", "gestohlen", "stähle"),
    "stinken": ("stinkst", "stinkt", "stank", "gestunken", "stänke"),
    "stoßen": ("stößt", "stößt", "stieß", "gestoßen", "stieße"),
    "streiten": ("streitest", "streitet", "stritt", "gestritten", "stritte"),
    "trinken": ("trinkst", "trinkt", "trank", "getrunken", "tränke"),
    "verderben": ("verdirbst", "verdirbt", "verdarb", "verdorben", "verdürbe"),
    "vergessen": ("vergisst", "vergisst", "vergaß", "vergessen", "vergäße"),
    "waschen": ("wäschst", "wäscht", "wusch", "gewaschen", "wüsche"),
    "wiegen": ("wiegst", "wiegt", "wog", "gewogen", "wöge"),
}
SEPARABLE = ("auseinander", "zusammen", "entgegen", "zurecht", "herunter", "hinunter", "zurück", "herbei",
              "heraus", "hinaus", "herein", "hinein", "heran", "herauf", "hinauf", "vorbei", "voran", "weiter",
              "bereit", "nieder", "statt", "durch", "fertig", "fest", "fort", "frei", "hoch", "klar", "teil", "wahr",
              "dar", "her", "hin", "weg", "los", "tot", "ab", "an", "auf", "aus", "bei", "ein", "mit", "nach", "vor",
              "zu", "um")
# prefixes separable in some verbs only ("umleiten": umzuleiten; "umarmen": zu umarmen): separable where German
# writes the zu-infinitive with the zu inside
_DOUBTFUL = frozenset(("um",))
INSEPARABLE = ("wider", "miss", "über", "unter", "hinter", "emp", "ent", "ver", "zer", "be", "er", "ge")
PERSONS = ("1sg", "2sg", "3sg", "1pl", "2pl", "3pl")


def _known_base(v: str) -> bool:
    return v in _STRONG or any(v.endswith(b) and len(b) >= 3 for b in _STRONG)


def split_verb(verb: str) -> tuple[str, str, str]:
    """(separable prefix, inseparable prefix, simple verb): "vornehmen" -> ("vor", "", "nehmen"),
    "übernehmen" -> ("", "über", "nehmen"), "anerkennen" -> ("an", "er", "kennen")."""
    sep = ""
    for p in SEPARABLE:
        rest = verb[len(p):]
        if any(verb.startswith(q) and len(q) > len(p) and q.startswith(p) for q in INSEPARABLE):
            continue   # "hinterlassen": "hinter", not "hin"
        # "zahlen" is no zu+ahlen, "anstellen" is an+stellen: the rest must be a verb we know the shape of
        if verb.startswith(p) and len(rest) >= 4 and (_known_base(rest) or rest.endswith(("en", "ln", "rn"))) \
                and not _ieren_verb(rest) and (p not in _DOUBTFUL or lexicon.is_german(p + "zu" + rest)):
            sep, verb = p, rest
            break
    insep = ""
    if verb not in _STRONG:
        for p in INSEPARABLE:
            rest = verb[len(p):]
            if verb.startswith(p) and len(rest) >= 4 and (rest in _STRONG or rest.endswith(("en", "ln", "rn"))) \
                    and (rest in _STRONG or p in ("be", "er", "ent", "ver", "zer", "emp", "miss")):
                insep, verb = p, rest
                break
    return sep, insep, verb


def _weak_stem(base: str) -> tuple[str, str]:
    stem = base[:-1] if base.endswith(("ln", "rn")) else base[:-2]
    # "atmet", "öffnet", "rechnet", but "stimmt", "wohnt", "lernt"
    ins = "e" if stem.endswith(("d", "t", "chn")) or re.search(r"[^aeiouäöülrhmn][mn]$", stem) else ""
    return stem, ins


_UMLAUT = str.maketrans("aou", "äöü")
_CLAUSE_MARKS = frozenset(",.;:!?")
# vowel changes of the strong verbs (Ablautreihen): infinitive vowel -> (preterite, participle) vowels
_ABLAUT = (("ie", "a", "e"), ("ie", "o", "o"), ("ei", "ie", "ie"), ("ei", "i", "i"), ("i", "a", "u"), ("i", "a", "o"),
           ("e", "a", "o"), ("e", "a", "e"), ("a", "u", "a"), ("a", "ie", "a"), ("e", "o", "o"))


def _ieren_verb(base: str) -> bool:
    """A verb of the suffix -ieren, whose participle has no ge- ("studiert"): a vowel before the suffix, so not
    "frieren" (gefroren) or "schmieren" (geschmiert)."""
    return base.endswith("ieren") and any(c in "aeiouäöüy" for c in base[:-5])


@lru_cache(maxsize=4096)
def _guessed_strong(base: str) -> tuple[str, str, str, str, str] | None:
    """The forms _STRONG would list for a strong verb it does not ("schieben": schob, geschoben), guessed from the
    vowel changes of the strong verbs and kept only where hunspell knows both the preterite and the participle."""
    if not base.endswith("en") or _ieren_verb(base) or len(base) < 5:
        return None
    stem = base[:-2]
    m = re.search(r"(ie|ei|[aeiou])([^aeiouäöü]+)$", stem)
    if m is None:
        return None
    vowel, tail = m.group(1), m.group(2)
    head = stem[:m.start()]
    ins = "e" if stem.endswith(("d", "t")) else ""
    if lexicon.is_german(stem + ins + "te"):
        return None       # a weak preterite: "legte", not "lag"
    for v, pret_v, pp_v in _ABLAUT:
        if vowel != v:
            continue
        pret = head + pret_v + tail
        pp = "ge" + head + pp_v + tail + "en"
        if lexicon.is_german(pp) and lexicon.is_german(pret) and lexicon.zipf_de(pp) >= STRONG_GUESS_MIN_ZIPF:
            k2 = head + pret_v.translate(_UMLAUT) + tail + "e"
            return stem + ins + "st", stem + ins + "t", pret, pp, k2
    return None


STRONG_GUESS_MIN_ZIPF = 2.0


def _simple_forms(base: str, weak: bool = False) -> dict[str, str]:
    """Forms of a simple verb (no prefix): inf, pp, pres.P, pret.P, k2.P (WEAK: no strong forms guessed)."""
    f = {"inf": base}
    strong = _STRONG.get(base) or (None if weak else _guessed_strong(base))
    if strong is None:
        stem, ins = _weak_stem(base)
        s2 = stem + ("t" if stem.endswith(("s", "ß", "z", "x")) else ins + "st")
        pres = (stem + "e", s2, stem + ins + "t", base, stem + ins + "t", base)
        p = stem + ins + "te"
        pret = (p, p + "st", p, p + "n", p + "t", p + "n")
        k2 = pret
        pp = "ge" + stem + ins + "t" if not _ieren_verb(base) else stem + "t"
    else:
        s2, s3, p, pp, k = strong
        stem = base[:-1] if base == "tun" else base[:-2]
        ins = "e" if stem.endswith(("d", "t")) else ""
        pres = (stem + "e", s2, s3, base, stem + ins + "t", base)
        if p.endswith("e"):  # hatte, brachte, kannte
            pret = (p, p + "st", p, p + "n", p + "t", p + "n")
        else:
            pe = "e" if p.endswith(("t", "d", "s", "ß")) else ""
            pret = (p, p + pe + "st", p, p + "en", p + pe + "t", p + "en")
        k2 = (k, k + "st", k, k + "n", k + "t", k + "n")
    for tense, forms in (("pres", pres), ("pret", pret), ("k2", k2)):
        for person, form in zip(PERSONS, forms):
            f[f"{tense}.{person}"] = form
    f["pp"] = pp
    return f


def conjugate(verb: str) -> tuple[str, dict[str, str]]:
    """(separable prefix, feature -> form) of VERB. Finite forms are those of verb-second order, without the
    prefix ("nimmt"; the prefix stands at the clause end); "inf", "zu", "pp" and the "last.*" forms (verb last:
    "vornimmt") carry it. (A copy of the cached table: rules call it for the same verbs in every document.)"""
    sep, forms = _conjugate(verb)
    return sep, dict(forms)


@lru_cache(maxsize=4096)
def _conjugate(verb: str) -> tuple[str, dict[str, str]]:
    sep, insep, base = split_verb(verb)
    # a weak verb that only looks prefixed: "bereiten" (bereitete) is no be + "reiten" (ritt)
    whole = (insep + base)[:-2]
    weak = bool(insep) and base not in _STRONG and lexicon.is_german(whole + ("e" if whole.endswith(("t", "d")) else "")
                                                                      + "te")
    simple = _simple_forms(base, weak)
    f = {}
    for k, v in simple.items():
        if k == "pp":
            if insep:
                v = v.removeprefix("ge")   # "unternommen", "begangen", "ergeben"
            f["pp"] = sep + (insep + v if insep else v)
            continue
        f[k] = insep + v
    if not insep and base.startswith("ge") and not lexicon.is_german(f["pp"]) \
            and lexicon.is_german(f["pp"].removeprefix(sep + "ge")):
        f["pp"] = f["pp"].removeprefix(sep + "ge")   # an unstressed ge- of its own: "genehmigt", "gehorcht"
    if not sep and f["pp"].startswith(("geüber", "geunter", "gewider", "gehinter", "gemiss")) \
            and not lexicon.is_german(f["pp"]) and lexicon.is_german(f["pp"][2:]):
        f["pp"] = f["pp"][2:]   # über-, unter- inseparable before a weak verb too: "überprüft", "unterschätzt"
    f["inf"] = verb
    f["zu"] = sep + "zu" + insep + base if sep else "zu " + verb
    for k in list(f):
        if k.startswith(("pres.", "pret.", "k2.")):
            f["last." + k] = sep + f[k]
    return sep, f


@lru_cache(maxsize=1024)
def forms_index(verb: str) -> dict[str, set[str]]:
    """form -> features, for recognising a verb (cached: callers only read it). A separable verb is recognised in its one-word forms only (verb
    last: "ausgibt", "auszugeben", "ausgegeben"): its verb-second form "gibt" is another verb's as well."""
    sep, f = conjugate(verb)
    out: dict[str, set[str]] = {}
    for k, v in f.items():
        if sep:
            if k.startswith(("pres.", "pret.", "k2.")) or (k == "zu" and " " in v):
                continue
            k = k.removeprefix("last.")
        elif k.startswith("last.") or k == "zu":
            continue
        out.setdefault(v, set()).add(k)
    return out


# ---------------------------------------------------------------------------------------------------------------

_PREPOSITIONS = frozenset(
    "an am auf aus bei beim durch für gegen hinter im in ins mit nach neben ohne seit über um unter von vom vor "
    "während wegen zu zum zur zwischen per via".split())
# the subjunctive of reported speech ("bevor man eine Entscheidung nehmen könne")
_SUBJUNCTIVE_AUX = frozenset("könne könnte könnten müsse müsste müssten solle wolle werde habe sei seien dürfe möge "
                             "möchte möchten".split())
_BETWEEN_OK = frozenset("zu nicht auch schon noch nie wieder erst gern gerne jetzt nun aber jedoch allerdings bereits "
                        "bisher kaum bald dann damals wohl doch gestern heute sofort umgehend rechtzeitig spät "
                        "früh vorher zuvor inzwischen endlich mittlerweile letztlich einstimmig endgültig "
                        "gemeinsam offiziell allein rasch schnell zügig deshalb daher zunächst vorerst bislang "
                        "längst schließlich ebenfalls selbst persönlich bewusst kurzfristig".split())
_CLAUSE_END_WORDS = frozenset(
    "und oder aber sondern denn dass weil wenn ob als wird werden wurde wurden hat haben hatte hatten ist sind war "
    "waren kann können konnte konnten soll sollen sollte sollten muss müssen musste mussten will wollen wollte "
    "wollten darf dürfen durfte durften würde würden hätte hätten wäre wären worden sein".split()) | _SUBJUNCTIVE_AUX
_NP_WORDS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines sein seine "
    "seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem dieser diese diesen diesem dieses "
    "jede jeden jedem jeder jedes welche welchen alle allen mehrere einige viele wenige weitere".split())
_WINDOW = 6
_WINDOW_BACK = 10
_AUXILIARIES = frozenset(
    "hat habe hast haben habt hatte hattest hatten hattet hätte hätten ist bin bist sind seid war waren wäre wären "
    "wird werde wirst werden werdet wurde wurden würde würden kann können konnte konnten soll sollen sollte "
    "sollten muss müssen musste mussten will wollen wollte wollten darf dürfen durfte durften".split())


class _Collocation:
    __slots__ = ("entry", "noun", "right", "wrong")

    def __init__(self, noun: str, wrong: str, right: tuple[str, ...], entry: Entry) -> None:
        self.noun, self.wrong, self.right, self.entry = noun, wrong, right, entry


def _collocations(ctx: Context):
    """(noun lemma -> collocations, wrong verb form -> {(verb, features)}), built once per glossary."""
    return derived(ctx.glossary, "collocations", _build_collocations)


def _build_collocations(g):
    by_noun: dict[str, list[_Collocation]] = {}
    verb_forms: dict[str, dict[str, set[str]]] = {}
    years: list[Entry] = []
    friends: dict[str, list[tuple[str, str, set[str], Entry]]] = {}   # verb form -> (verb, conjunction, feats, row)
    adverbs: dict[str, Entry] = {}    # lower-cased sentence-opening false friend -> row (pos adv)
    seen: set[int] = set()
    for lst in g.calques.values():
        for cq in lst:
            e = cq.entry
            if id(e) in seen:
                continue
            seen.add(id(e))
            if e.pos == "num" and any("JJJJ" in v for v in e.variants):
                years.append(e)
            if e.pos == "adv":
                adverbs.update((v.lower(), e) for v in e.variants if " " not in v)
            if e.pos == "conj":
                for v in e.variants:
                    words = v.split()
                    if len(words) == 2 and "*" not in v:
                        for form, feats in forms_index(words[0]).items():
                            friends.setdefault(form, []).append((words[0], words[1].lower(), feats, e))
            if e.pos != "verb":
                continue
            for v in e.variants:
                words = v.split()
                if len(words) != 2 or "*" in v:
                    continue
                noun, wrong = words
                by_noun.setdefault(noun, []).append(_Collocation(noun, wrong, e.de, e))
                for form, feats in forms_index(wrong).items():
                    verb_forms.setdefault(form, {}).setdefault(wrong, set()).update(feats)
    # light-verb collocations from the English-German dictionary, for pairings the glossary does not already judge
    for noun, rows in dictionary.light_verb_collocations().items():
        judged = {c.wrong for c in by_noun.get(noun, ())}
        for literal, right, english, lineno in rows:
            if literal in judged:
                continue
            e = Entry(de=right, en=english, kind="calque", variants=(f"{noun} {literal}",), pos="verb", origin="",
                      note="", source=f"Ding 1.9 (Debian trans-de-en), line {lineno}", file="<dictionary>",
                      line=lineno)
            by_noun.setdefault(noun, []).append(_Collocation(noun, literal, right, e))
            for form, feats in forms_index(literal).items():
                verb_forms.setdefault(form, {}).setdefault(literal, set()).update(feats)
    return by_noun, verb_forms, years, friends, adverbs


def _is_pattern_row(cq: Calque) -> bool:
    return cq.entry.pos not in ("verb", "conj", "adv") \
        and not (cq.entry.pos == "num" and "JJJJ" in " ".join(cq.entry.variants))


def _check_sentence_adverbs(ctx: Context) -> list[Finding]:
    """False friends as a sentence's first word before a comma or the finite verb (rows with pos `adv`):
    "Konsequent rutschte der Index" for "Consequently, …" (German: folglich). Reported as info: the German sense
    ("consistently") is possible there too."""
    rows = _collocations(ctx)[4]
    if not rows:
        return []
    from .word_order import finite_verb

    toks = ctx.doc.tokens
    out = []
    # a sentence's first word, or a main clause's after a comma or semicolon, inverted: the finite verb, then its
    # subject ("…, konsequent wollen wir auch die Bahn modernisieren")
    starts = sorted(set(ctx.doc.sentence_starts) | {
        i for i in range(1, len(toks) - 2) if toks[i - 1].text in (",", ";") and finite_verb(toks[i + 1].text)
        and toks[i + 2].text in M.SUBJECT_PRONOUNS})   # (a pronoun: "konsequent werden die Regeln …" is the manner)
    for i in starts:
        if i + 2 >= len(toks) or ctx.claimed(i):
            continue
        e = rows.get(toks[i].text.lower())
        if e is None:
            continue
        nxt, after = toks[i + 1].text, toks[i + 2].text
        # before a comma, or before a verb (a small word not followed by a noun: "Konsequent durchgesetzte
        # Reformen" is the adjective)
        if not (nxt == "," or (nxt.islower() and nxt.isalpha() and not after[:1].isupper())):
            continue
        t = toks[i]
        msg = f"false friend: „{t.text}“ in the sense of English „{e.en}“"
        if e.note:
            msg += f": {e.note}"
        out.append(Finding(t.start, t.end, t.text, "FALSE_FRIEND", "calque", "info", msg,
                           [d if t.text[:1].isupper() else d[:1].lower() + d[1:] for d in e.de[:3]]))
        ctx.claim(t.start, t.end)
    return out


def check(ctx: Context) -> list[Finding]:
    index = ctx.glossary.calques
    if not index:
        return []
    out = _check_patterns(ctx)
    out += _check_collocations(ctx)
    out += _check_years(ctx)
    out += _check_months(ctx)
    out += _check_false_friends(ctx)
    out += _check_false_friend_heads(ctx)
    out += _check_sentence_adverbs(ctx)
    out += _check_it_is_about(ctx)
    out += _check_call_on(ctx)
    out += _check_expected_to(ctx)
    out += _check_resign(ctx)
    out += _check_took_time(ctx)
    out += _check_eventually(ctx)
    out += _check_out_of(ctx)
    out += _check_best_in_years(ctx)
    out += _check_for_span_not_since(ctx)
    out += _check_works_as_a(ctx)
    out += _check_same_page(ctx)
    out += _check_region_of(ctx)
    out += _check_region_after_name(ctx)
    out += _check_tested_positive_for(ctx)
    out += _check_also_for_too(ctx)
    out += _check_to_go(ctx)
    out += _check_actually(ctx)
    out += _check_part_of_period(ctx)
    out += _check_frequency_basis(ctx)
    out += _check_one_at_a_time(ctx)
    out += _check_nth_time(ctx)
    out += _check_kick_the_can(ctx)
    out += _check_appeal_against(ctx)
    out += _check_went_up(ctx)
    out += _check_address(ctx)
    out += _check_took_rank(ctx)
    out += _check_took_place(ctx)
    out += _check_found_guilty(ctx)
    out += _check_billions(ctx)
    out += _check_made_it(ctx)
    out += _check_construction(ctx)
    out += _check_company(ctx)
    out += _check_according_to(ctx)
    out += _check_based_in(ctx)
    out += _check_place_based(ctx)
    out += _check_look_forward(ctx)
    out += _check_not_a(ctx)
    out += _check_and_a_half(ctx)
    out += _check_adverb_before_verb_apart(ctx)
    out += idioms.check(ctx)
    return out


def _adverb_verb_rows(ctx: Context) -> dict[str, list[tuple[str, str, Entry]]]:
    """verb form -> (wrong adverb, right adverb, row) of the rows "adverb verb*" whose fix changes the adverb
    alone ("seriös nehm*" -> "ernst nehm*"), built once per glossary."""
    return derived(ctx.glossary, "adverb_verbs", _build_adverb_verb_rows)


def _build_adverb_verb_rows(g) -> dict[str, list[tuple[str, str, Entry]]]:
    rows: dict[str, list[tuple[str, str, Entry]]] = {}
    seen: set[int] = set()
    for lst in g.calques.values():
        for cq in lst:
            e = cq.entry
            right = e.de[0].split() if e.de else []
            if id(e) in seen or len(right) != 2 or not right[1].endswith("*") or not right[0].isalpha() \
                    or not right[0].islower():
                continue
            seen.add(id(e))
            for v in e.variants:
                words = v.split()
                if len(words) == 2 and words[1] == right[1] and words[0].isalpha() and words[0].islower() \
                        and not nouns.analyses(words[0].capitalize()):
                    for form in forms_index(words[1][:-1] + "en"):
                        rows.setdefault(form, []).append((words[0], right[0], e))
    return rows


def _check_adverb_before_verb_apart(ctx: Context) -> list[Finding]:
    """A row "adverb verb*" with the verb in second place and the adverb later in its clause ("man nehme die
    Vorwürfe „sehr seriös“" -> "ernst"): the adverb is found, the verb stays."""
    rows = _adverb_verb_rows(ctx)
    if not rows:
        return []
    toks = ctx.doc.tokens
    out = []
    for s in ctx.doc.sentences:
        for i in range(s.first, s.last):
            found = rows.get(toks[i].text.lower()) if toks[i].text.islower() else None
            if not found:
                continue
            for j in range(i + 2, min(s.last, i + 10)):
                w = toks[j].text
                if w in ",;:" or w.lower() in _CLAUSE_END_WORDS:
                    break
                hit = next(((wrong, right, e) for wrong, right, e in found if w == wrong), None)
                if hit is None or ctx.claimed(j):
                    continue
                wrong, right, e = hit
                msg = f"calque of English „{e.en}“" + (f": {e.note}" if e.note else "")
                out.append(Finding(toks[j].start, toks[j].end, w, "CALQUE", "calque", "warning", msg, [right]))
                ctx.claim(toks[j].start, toks[j].end)
                break
    return out


# a copula, "nicht ein" and a noun phrase: English "is not a" word for word ("Das ist nicht ein Einzelfall"); German
# negates the indefinite article with "kein" (Duden, Grammatik), "nicht ein" only stressed ("nicht ein einziger")
# or before "sondern"
_NOT_A_RE = re.compile(r"\b(?:ist|sind|war|waren|sei|seien|wäre|wären|bleibt|bleiben|wird|werden) "
                       r"(nicht (ein|eine|einen))(?= (?:[a-zäöüß]+(?:e|en|er|es) )?[A-ZÄÖÜ][a-zäöüß]+\b)")


def _check_not_a(ctx: Context) -> list[Finding]:
    """"Das ist nicht ein Einzelfall" -> "kein Einzelfall": the English negation of the indefinite article. Not
    before "sondern" in the sentence ("nicht ein Fehler, sondern Absicht"), nor "nicht ein einziger"."""
    text = ctx.doc.text
    out = []
    for m in _NOT_A_RE.finditer(text):
        rest = text[m.end():m.end() + 200]
        sentence = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
        if re.search(r"\bsondern\b", sentence) or re.match(r" einzig", rest):
            continue
        start, end = m.start(1), m.end(1)
        first, last = ctx.token_at(start), ctx.token_at(end - 1)
        if first is None or last is None or any(ctx.claimed(k) for k in range(first, last + 1)):
            continue
        fix = "k" + m.group(2)   # kein, keine, keinen
        out.append(Finding(start, end, m.group(1), "CALQUE", "calque", "warning",
                           f"English „not a“: German says „{fix}“", [fix]))
        ctx.claim(start, end)
    return out


_LOOK_VERBS = re.compile(r"(?:schau|blick|seh|sieh)(?:e|en|t|st)?")
# the dative after "zu" and the accusative after "auf" that replaces it: (gender or "pl", article)
_ZU_DATIVE = {"zum": ("m", "n"), "zur": ("f",), "dem": ("m", "n"), "der": ("f",), "den": ("pl",)}
_AUF_ARTICLE = {"m": "den", "n": "das", "f": "die", "pl": "die"}


def _check_look_forward(ctx: Context) -> list[Finding]:
    """"Wir schauen vorwärts zum nächsten Sommer" (look forward to) -> "Wir freuen uns auf den nächsten Sommer":
    German looks ahead ("nach vorne blicken") but to nothing; anticipation is "sich freuen auf" with the
    accusative. The span runs from the verb to the noun, whose article and adjectives take the accusative."""
    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    for s in ctx.doc.sentences:
        for k in range(s.first, s.last - 3):
            verb = toks[k].text
            if not _LOOK_VERBS.fullmatch(verb.lower()) or toks[k + 1].text != "vorwärts" or ctx.claimed(k):
                continue
            j = k + 2
            prep = toks[j].text.lower()
            if prep == "zu" and j + 1 < s.last and toks[j + 1].text.lower() in ("dem", "der", "den"):
                j += 1
                art = toks[j].text.lower()
            elif prep in ("zum", "zur"):
                art = prep
            else:
                continue
            n = j + 1
            while n < s.last and toks[n].text.islower() and toks[n].text.endswith("en") and n - j <= 3:
                n += 1
            if n >= s.last or not toks[n].text[:1].isupper():
                continue
            found = nouns.analyses(toks[n].text)
            genders = [g for g in _ZU_DATIVE[art] if any(f == (f"dat.{g}" if g == "pl" else f"dat.sg.{g}")
                                                          for _, f in found)]
            if not genders:
                continue
            g = genders[0]
            lemma = next(lem for lem, f in found if f.startswith("dat"))
            feat = "akk.pl" if g == "pl" else f"akk.sg.{g}"
            noun = nouns.forms_of(lemma).get(feat, (toks[n].text,))[0]
            adjs = [toks[a].text if g in ("m", "pl") else toks[a].text[:-1] for a in range(j + 1, n)]
            words = {toks[m].text.lower() for m in range(s.first, s.last)}
            reflexive = "uns" if "wir" in words else "mich" if verb.lower().endswith("e") else "sich"
            freuen = {"uns": "freuen", "mich": "freue"}.get(reflexive, "freut" if verb.endswith("t") else "freuen")
            fix = " ".join([_case_like(freuen, verb), reflexive, "auf", _AUF_ARTICLE[g], *adjs, noun])
            start, end = toks[k].start, toks[n].end
            out.append(Finding(start, end, text[start:end], "CALQUE", "calque", "warning",
                               "„look forward to“ word for word: German „sich freuen auf“ (with the accusative)",
                               [fix]))
            ctx.claim(start, end)
    return out


_BASED = re.compile(r"basiert(e|en|er|es|em)?")


def _check_based_in(ctx: Context) -> list[Finding]:
    """"die Firma, die in Riga basiert ist" (based in Riga) -> "ansässig": German "basieren" rests on something
    ("basiert auf"); a place with "in" and no "auf" in the clause is English "based in". The participle's ending
    carries over ("die in Riga basierte Firma" -> "ansässige")."""
    toks = ctx.doc.tokens
    out = []
    for s in ctx.doc.sentences:
        for k in range(s.first, s.last):
            m = _BASED.fullmatch(toks[k].text)
            if m is None or ctx.claimed(k):
                continue
            lo, hi = _clause_start(toks, k, s.first), _clause_end(toks, k, s.last)
            words = [toks[j].text.lower() for j in range(lo, hi + 1)]
            if {"auf", "darauf", "worauf", "hierauf"} & set(words):
                continue
            place = any(toks[j].text == "in" and toks[j + 1].text[:1].isupper() for j in range(max(lo, k - 5), k))
            if not place:
                continue
            out.append(Finding(toks[k].start, toks[k].end, toks[k].text, "CALQUE_COLLOCATION", "calque", "warning",
                               "„based in“ word for word: German „basiert auf“ something; a firm is „ansässig“ "
                               "in a place (or „hat seinen Sitz in“)", ["ansässig" + (m.group(1) or "")]))
            ctx.claim(toks[k].start, toks[k].end)
    return out


# a place and "-basiert" as one word ("die Vilnius-basierte Firma": "Vilnius-based")
_PLACE_BASED = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+)-basiert(e[mnrs]?)?")


def _glossary_places(ctx: Context) -> frozenset[str]:
    """The German forms of the glossary's places ("Vilnius", "Kiew")."""
    return ctx.memo("calques.glossary_places", lambda: frozenset(
        de for e in ctx.glossary.entries if e.kind == "place" for de in e.de))


def _name_before_body(ctx: Context, k: int, name: str) -> bool:
    """NAME, no word of German or English, is based-in's place because a person or a firm follows ("die
    Almaty-basierte Juristin", "eine Minsk-basierte Firma"; a product's base stands before things: "Debian-basierte
    Distributionen")."""
    from .terminology import _NAMING_NOUNS
    from .transliteration import role_word

    toks = ctx.doc.tokens
    if k + 1 >= len(toks) or not ctx.adjacent(k, k + 1) or lexicon.is_german(name.lower()) \
            or lexicon.is_english(name.lower()):
        return False
    noun = toks[k + 1].text
    # (a role's noun, or a woman's: a noun and -in, "Juristin", "Ärztin"; not any noun in -er, which may be a
    # machine's: "auf einem Debian-basierten Rechner")
    return noun in _NAMING_NOUNS or role_word(noun) or (
        noun.endswith("in") and len(noun) >= 6 and bool(nouns.analyses(noun[:-2])) and lexicon.is_german(noun))


def _check_place_based(ctx: Context) -> list[Finding]:
    """"die Vilnius-basierte Firma" ("Vilnius-based") -> "die in Vilnius ansässige Firma": German "basiert" rests
    on something ("KI-basierte Systeme", "Linux-basierte Server", "Debian-basierte Distributionen"); a place before
    it is English. A place: a place of the glossary, or a word named with "in", "aus", "nach" elsewhere in the
    article ("in Vilnius")."""
    toks = ctx.doc.tokens
    out = []
    for k, t in enumerate(toks):
        m = _PLACE_BASED.fullmatch(t.text)
        if m is None or ctx.claimed(k):
            continue
        place = m.group(1)
        named = any(toks[j].text == place and j > 0 and toks[j - 1].text in ("in", "aus", "nach")
                    for j in range(len(toks)))
        if nouns.analyses(place) or nouns.head_of(place) \
                or not (named or place in _glossary_places(ctx) or _name_before_body(ctx, k, place)):
            continue
        fix = f"in {place} ansässig{m.group(2) or ''}"
        out.append(Finding(t.start, t.end, t.text, "CALQUE_COLLOCATION", "calque", "warning",
                           "„based in“ word for word: German „basiert auf“ something; a firm is „ansässig“ in a "
                           "place", [fix]))
        ctx.claim(t.start, t.end)
    return out


# institutions that give information ("nach den Behörden" for "according to the authorities"); persons by the
# agent noun's form
_SOURCE_HEADS = re.compile(r"(?:behörde|behörden|polizei|regierung|ministerium|ministerien|verwaltung|gericht|"
                           r"staatsanwaltschaft|feuerwehr|armee|militär|stab|komitee|kommission|agentur|amt|ämter|"
                           r"dienst|dienste|quelle|quellen|medien|veranstalter|betreiber|unternehmen|konzern)$")
# verbs after which "Nach den Experten …" is the order of events ("Nach den Experten sprach der Minister")
_SEQUENCE_VERBS = frozenset("sprach sprachen kam kamen folgte folgten trat traten redete redeten ging gingen "
                            "spricht folgt kommt tritt redet geht".split())


def person_noun(lemma: str) -> bool:
    """A noun for a person by its form: an agent noun of a German verb ("Betreiber": betreiben, "Ermittler":
    ermitteln; not "Winter"), or a learned -ist, -ent, -ant, -eur, -loge, -experte."""
    low = lemma.lower()
    if low.endswith(("ist", "ent", "ant", "eur", "loge", "experte", "zeuge")) and len(low) >= 6:
        return True
    if not low.endswith("er") or len(low) < 6:
        return False
    stem = low[:-2]
    verbs = (stem + "en", stem + "n", stem[:-1] + "eln", stem[:-1] + "ern")
    return any(lexicon.is_german(v) for v in verbs)


def _check_according_to(ctx: Context) -> list[Finding]:
    """"Nach den Behörden ereignete sich …" (according to the authorities) -> "Nach Angaben der Behörden": "nach"
    with a source of information opening a sentence before its finite verb is English "according to"; German says
    "nach Angaben" with the genitive, or "laut". A person's agent noun or an institution counts as a source; not
    where the verb gives the order of events ("Nach den Experten sprach der Minister")."""
    toks = ctx.doc.tokens
    out = []
    for s in ctx.doc.sentences:
        i = s.first
        if i + 3 >= s.last or toks[i].text != "Nach" or ctx.claimed(i + 2):
            continue
        det, noun, verb = toks[i + 1].text, toks[i + 2].text, toks[i + 3].text
        if det not in ("den", "dem", "der") or not all(ctx.adjacent(k, k + 1) for k in range(i, i + 3)):
            continue
        if not noun[:1].isupper() or not verb.islower() or not finite_verb(verb) or verb in _SEQUENCE_VERBS:
            continue
        found = nouns.analyses(noun)
        if not (_SOURCE_HEADS.search(noun.lower()) or any(person_noun(lemma) for lemma, _ in found)):
            continue
        feats = {f for _, f in found if f.startswith("dat")}
        if not feats:
            continue
        plural = any(f == "dat.pl" for f in feats)
        lemma = found[0][0]
        gender = next((f.rsplit(".", 1)[1] for _, f in found if ".sg." in f), None)
        if plural:
            phrase = "der " + next(iter(nouns.forms_of(lemma).get("gen.pl", (noun,))))
        elif gender:
            phrase = ("der " if gender == "f" else "des ") + nouns.forms_of(lemma).get(f"gen.sg.{gender}", (noun,))[0]
        else:
            continue
        start, end = toks[i].start, toks[i + 2].end
        out.append(Finding(start, end, ctx.doc.text[start:end], "CALQUE_COLLOCATION", "calque", "warning",
                           "„according to“ word for word: German says „nach Angaben“ with the genitive, or „laut“",
                           [f"Nach Angaben {phrase}", f"Laut {det} {noun}"]))
        ctx.claim(start, end)
    return out


def _noun_swapped(det: str, gender: str, lemma: str, new_gender: str, subject: bool) -> list[tuple[str, str]]:
    """(determiner, noun) pairs that put another noun, of another gender, in the place of a singular noun after
    `det`, one per case `det` may stand in for the old noun: "der Konstruktion" -> "des Baus", "dem Bau". The
    nominative first for a subject, else the accusative; the genitive before the dative."""
    found = M.determiner(det)
    if found is None:
        return []
    kind, stem, feats = found
    order = ("nom", "akk", "gen", "dat") if subject else ("akk", "nom", "gen", "dat")
    cases = sorted({f.split(".")[0] for f in feats if f.endswith(f".sg.{gender}")}, key=order.index)
    out: list[tuple[str, str]] = []
    for case in cases:
        feat = f"{case}.sg.{new_gender}"
        article = M.determiner_form(kind, stem, feat, det)
        noun = nouns.forms_of(lemma).get(feat, (lemma,))[0]
        if article and (article, noun) not in out:
            out.append((article, noun))
    return out


# words of the army and the stage, where "Kompanie" is German (a company of soldiers, a ballet company)
# (at a word's start, capitalised: "Operation", "Distanz" and "generell" are none of them; the distinctive ones
# inside a compound too: "Staatsballett", "Fallschirmtruppe")
_COMPANY_OWN = re.compile(r"\b(?:Soldat|Armee|Militär|militär|Bataillon|Regiment|Truppe|Feldwebel|Oberst\b|"
                          r"General\b|Offizier|Ballett|Tanz|Tänzer|Theater|Oper\b|Opern|Bühne|Ensemble)"
                          r"|(?:ballett|theater|tänzer|soldat|truppe|armee|bataillon|regiment)")
_COMPANY_MESSAGE = "false friend: „Kompanie“ is a company of soldiers or dancers; a firm is an „Unternehmen“"


def _check_company(ctx: Context) -> list[Finding]:
    """"Kompanie(n)" for English "company" in an article that speaks neither of soldiers nor of the stage ("wie die
    Kompanie am Mittwoch mitteilte" -> "das Unternehmen", "IT-Kompanien" -> "IT-Unternehmen")."""
    text = ctx.doc.text
    if "ompanie" not in text or _COMPANY_OWN.search(text):
        return []
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        head, _, last = t.text.rpartition("-")
        if last not in ("Kompanie", "Kompanien") or ctx.claimed(i):
            continue
        fixed = (head + "-" if head else "") + "Unternehmen"
        det = toks[i - 1].text if i > 0 and ctx.adjacent(i - 1, i) else ""
        phrases = _noun_swapped(det, "f", "Unternehmen", "n", subject=False) if last == "Kompanie" else []
        if phrases:
            start = toks[i - 1].start
            props = [f"{a} {head}-{n}" if head else f"{a} {n}" for a, n in phrases]
            out.append(Finding(start, t.end, text[start:t.end], "FALSE_FRIEND", "calque", "warning",
                               _COMPANY_MESSAGE, props))
        else:
            out.append(Finding(t.start, t.end, t.text, "FALSE_FRIEND", "calque", "warning", _COMPANY_MESSAGE,
                               [fixed]))
    return out


# words of a building project's course in time: "Konstruktion" beside them is the English "construction" (the
# building of it), which German calls "Bau"; "Konstruktion" is the design or structure ("eine clevere Konstruktion")
_PROCESS_WORDS = frozenset(
    "beginnt beginnen begann begannen begonnen startet starten startete begonnen Start Startschuss Beginn dauert "
    "dauerte dauern gedauert abgeschlossen abschließen fertiggestellt Fertigstellung verzögert verzögerte "
    "Verzögerung Verzögerungen kostet kostete kosten gekostet finanziert finanzierte finanzieren Baubeginn".split())
_BAU_MESSAGE = "false friend: „Konstruktion“ is design or structure; the building work is „Bau“"


def _check_construction(ctx: Context) -> list[Finding]:
    """"Konstruktion" for English "construction" where the sentence speaks of the work's course in time ("Die
    Konstruktion soll bis zum Herbst abgeschlossen sein", "Die Konstruktion dauerte drei Jahre"): "Bau", with its
    article; "Konstruktionsarbeiten", "Konstruktionsfirmen" are "Bauarbeiten", "Baufirmen" there too."""
    toks = ctx.doc.tokens
    out = []
    for s in ctx.doc.sentences:
        words = {toks[k].text for k in range(s.first, s.last)}
        if not words & _PROCESS_WORDS:
            continue
        for i in range(s.first, s.last):
            t = toks[i]
            if ctx.claimed(i):
                continue
            if t.text.startswith("Konstruktions") and len(t.text) > 14 and t.text[13:].isalpha():
                head = t.text[13:]
                fixed = "Bau" + head
                if lexicon.is_german(fixed):
                    out.append(Finding(t.start, t.end, t.text, "FALSE_FRIEND", "calque", "warning",
                                       f"{_BAU_MESSAGE}: „{fixed}“", [fixed]))
                continue
            if t.text != "Konstruktion":
                continue
            det = toks[i - 1].text if i > s.first and ctx.adjacent(i - 1, i) else ""
            # a sentence's subject first ("Die Konstruktion dauerte …", "…, die Konstruktion beginnt im Juni" ->
            # "der Bau"), else the object's case first
            nxt = toks[i + 1].text if i + 1 < s.last else ""
            subject = i - 1 == s.first or nxt in _PROCESS_WORDS or nxt in _AUXILIARIES
            phrases = _noun_swapped(det, "f", "Bau", "m", subject)
            if not phrases:
                out.append(Finding(t.start, t.end, t.text, "FALSE_FRIEND", "calque", "warning",
                                   _BAU_MESSAGE,
                                   ["Bau"]))
                continue
            start = toks[i - 1].start
            props = [f"{a} {n}" for a, n in phrases]
            out.append(Finding(start, t.end, ctx.doc.text[start:t.end], "FALSE_FRIEND", "calque", "warning",
                               _BAU_MESSAGE,
                               props))
    return out


def _check_made_it(ctx: Context) -> list[Finding]:
    """"hat es ins Finale gemacht" (made it into the final) -> "geschafft": "es" and a goal in the accusative
    ("ins", "in die", "in das", "bis ins") in the clause of a form of "machen". German makes nothing "into" a
    place; "schaffen" is weak in this sense, and "machen" and "schaffen" inflect alike ("machte" -> "schaffte")."""
    toks = ctx.doc.tokens
    forms = forms_index("machen")
    out = []
    for s in ctx.doc.sentences:
        words = [toks[k].text.lower() for k in range(s.first, s.last)]
        if "es" not in words:
            continue
        for k in range(s.first, s.last):
            w = toks[k].text
            if not _verb_form_at(ctx, s, k, forms):
                continue
            lo, hi = max(s.first, k - 8), min(_clause_end(toks, k, s.last) + 1, k + 9)
            span = [toks[j].text.lower() for j in range(lo, hi)]
            goal = any(span[j] == "ins" or (span[j] == "in" and j + 1 < len(span) and span[j + 1] in ("die", "das"))
                       for j in range(len(span)))
            if "es" not in span or not goal:
                continue
            fix = w.replace("mach", "schaff").replace("Mach", "Schaff")
            out.append(Finding(toks[k].start, toks[k].end, w, "CALQUE_COLLOCATION", "calque", "warning",
                               "„make it into“ word for word: German „es ins Finale schaffen“", [fix]))
            ctx.claim(toks[k].start, toks[k].end)
    return out


# a rank in a ranking: "den ersten Platz", "den 3. Rang", "Platz zwei"
_ORDINAL_STEMS = ("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "letzt")
_RANK_NOUNS = frozenset(("Platz", "Rang"))
_NUMBER_WORDS = frozenset("eins zwei drei vier fünf sechs sieben acht neun zehn".split())


def _rank_at(toks, j: int) -> bool:
    """A rank phrase ends at token j: "den ersten Platz", "den 3. Platz" or starts there: "Platz zwei"."""
    if toks[j].text not in _RANK_NOUNS:
        return False
    before = [t.text for t in toks[max(0, j - 3):j]]
    after = toks[j + 1].text if j + 1 < len(toks) else ""
    ordinal = len(before) >= 2 and before[-2].lower() == "den" and (
        before[-1].lower().removesuffix("en") in _ORDINAL_STEMS and before[-1].lower().endswith("en"))
    numbered = len(before) >= 3 and before[-3].lower() == "den" and before[-2].isdigit() and before[-1] == "."
    return ordinal or numbered or after.lower() in _NUMBER_WORDS or after.isdigit()


def _check_took_rank(ctx: Context) -> list[Finding]:
    """"nahm den ersten Platz" (took first place) -> "belegte": a rank is belegt or erreicht, German "nehmen" takes
    a seat ("nahm Platz"). Not "nahm den ersten Platz ein" (einnehmen is German)."""
    toks = ctx.doc.tokens
    forms = forms_index("nehmen")
    out = []
    for s in ctx.doc.sentences:
        for k in range(s.first, s.last):
            w = toks[k].text
            if not _verb_form_at(ctx, s, k, forms):
                continue
            end = _clause_end(toks, k, s.last)
            if any(toks[j].text == "ein" for j in range(k + 1, end + 1)):
                continue
            near = range(max(s.first, k - 4), min(end + 1, k + 9))
            if not any(_rank_at(toks, j) for j in near if j != k):
                continue
            feats = forms[w.lower()]
            f = conjugate("belegen")[1]
            feat = _feature_to_replace(feats)
            if feat is None:
                continue
            out.append(Finding(toks[k].start, toks[k].end, w, "CALQUE_COLLOCATION", "calque", "warning",
                               "„take first place“ word for word: a rank is belegt (or erreicht), "
                               "„Platz nehmen“ is to sit down", [_case_like(f[feat], w)]))
            ctx.claim(toks[k].start, toks[k].end)
    return out


def _check_found_guilty(ctx: Context) -> list[Finding]:
    """"Das Gericht fand die Angeklagte schuldig" (found guilty) -> "sprach … schuldig": a court spricht schuldig or
    befindet für schuldig; "finden" with a bare "schuldig" is English word for word ("für schuldig befunden" stays)."""
    toks = ctx.doc.tokens
    forms = forms_index("finden")
    f = conjugate("sprechen")[1]
    out = []
    for s in ctx.doc.sentences:
        for k in range(s.first, s.last):
            w = toks[k].text
            if not _verb_form_at(ctx, s, k, forms):
                continue
            lo, end = _clause_start(toks, k, s.first), _clause_end(toks, k, s.last)
            guilty = next((j for j in range(lo, end + 1) if toks[j].text == "schuldig" and j != k), None)
            if guilty is None or toks[guilty - 1].text == "für":
                continue
            feats = forms[w.lower()]
            feat = _feature_to_replace(feats)
            if feat is None:
                continue
            out.append(Finding(toks[k].start, toks[k].end, w, "CALQUE_COLLOCATION", "calque", "warning",
                               "„found guilty“ word for word: a court spricht schuldig (or befindet für schuldig)",
                               [_case_like(f[feat], w)]))
            ctx.claim(toks[k].start, toks[k].end)
    return out


# English short-scale numbers and their German names: a billion is a Milliarde, a trillion a Billion
_SHORT_SCALE = {"Billion": "Milliarde", "Billionen": "Milliarden", "Trillion": "Billion", "Trillionen": "Billionen"}


def _check_billions(ctx: Context) -> list[Finding]:
    """"38 Billionen Euro" where English had "38 billion": German names the numbers on the long scale, so a Billion
    is a thousand Milliarden. A real figure may be that large (national debts), so this is a hint to check the
    figure (info), after a number only."""
    toks = ctx.doc.tokens
    out = []
    for k in range(1, len(toks)):
        w = toks[k].text
        prev = toks[k - 1].text
        if w not in _SHORT_SCALE or ctx.claimed(k) or not (prev[:1].isdigit() or prev.lower() in _NUMBER_WORDS):
            continue
        out.append(Finding(toks[k].start, toks[k].end, w, "FALSE_FRIEND", "calque", "info",
                           f"check the figure: English „{'billion' if w.startswith('Bil') else 'trillion'}“ is German "
                           f"„{_SHORT_SCALE[w]}“; German „{w}“ is a thousand times more", [_SHORT_SCALE[w]]))
    return out


# words that date a clause: an event "takes place" then, a person does not sit down at a date
_TIME_WORDS = frozenset("Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember "
                        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Wochenende Woche "
                        "Quartal Halbjahr Frühjahr Sommer Herbst Winter Jahr Jahres Uhr heute morgen gestern".split())
# (not a hall or a stadium, where people take their seats: "Die Gäste nahmen im Saal Platz")
_PLACE_NOUN_ENDINGS = ("stadt", "metropole", "region", "provinz", "bezirk", "gemeinde", "hafen")
_DAY_PARTS = frozenset(("abend", "morgen", "nachmittag", "vormittag"))


def _clause_start(toks, i: int, first: int) -> int:
    j = i
    # (numbers too: "vor 30.000 Zuschauern", whose point is a token of its own, and a date's ordinal point inside
    # the sentence, "am 30. März")
    while j - 1 >= first and (toks[j - 1].text not in _CLAUSE_MARKS
                              or (j - 2 >= first and toks[j - 2].text.isdigit()
                                  and (toks[j].text.isdigit() or toks[j - 1].text == "."))):
        j -= 1
    return j


def _dated(toks, lo: int, hi: int) -> bool:
    """A date or a time in tokens LO..HI ("am Sonntag", "im dritten Quartal", "Ende Mai", "am Samstagabend")."""
    for j in range(lo, hi + 1):
        w = toks[j].text
        if w in _TIME_WORDS or _YEAR.match(w) or any(
                w.startswith(d) and w[len(d):] in _DAY_PARTS for d in WEEKDAYS_DE):   # "am Samstagabend"
            return True
    return False


# nouns of events by their last part: what takes place, and never sits down
_EVENT_ENDINGS = ("spiel", "turnier", "wahl", "abstimmung", "konferenz", "treffen", "gipfel", "feier", "zeremonie",
                  "festival", "konzert", "rennen", "sitzung", "messe", "auktion", "eröffnung", "verhandlung",
                  "versammlung", "premiere", "finale", "wettbewerb", "meisterschaft", "parade", "kundgebung",
                  "verfahren", "prozess", "anhörung", "debatte", "tagung", "kongress", "veranstaltung", "aufführung",
                  "ausstellung", "demonstration", "protest", "streik", "manöver", "übung", "gottesdienst", "match",
                  "duell", "derby", "regatta", "gespräch", "gespräche", "runde", "kampf", "übergabe", "übernahme",
                  "unterzeichnung", "einweihung", "hochzeit", "beerdigung", "trauerfeier", "vereidigung", "prüfung",
                  "test", "examen", "seminar", "training", "lesung", "gala", "festnahme", "razzia", "durchsuchung",
                  "inspektion", "kontrolle")


def _event_subject(toks, lo: int, hi: int) -> bool:
    """The clause LO..HI is about an event: its first noun is one, or, for a relative clause, the noun it follows
    ("Das Freundschaftsspiel, das … Platz nahm"). People who sit down are no events."""
    if lo >= 2 and toks[lo - 1].text == "," and toks[lo].text in ("der", "die", "das"):
        return toks[lo - 2].text.lower().endswith(_EVENT_ENDINGS)
    first = next((toks[j].text for j in range(lo, hi + 1) if toks[j].text[:1].isupper() and toks[j].text.isalpha()
                  and M.determiner(toks[j].text) is None), "")
    # (by the noun's lemma too: "Die Wettkämpfe" are a "Wettkampf")
    lemmas = {first} | {lem for lem, _ in nouns.analyses(nouns.head_of(first) or first)} if first else set()
    return any(w.lower().endswith(_EVENT_ENDINGS) for w in lemmas)


def _english_clock_at(text: str, a: int, b: int) -> tuple[int, str]:
    """TEXT[A:B], an English clock time in it or running past B ("um 3:30 p.m.") taken in whole and written the
    German way ("um 15.30 Uhr"): the new end and the text."""
    for m in _TIME_RE.finditer(text, a, b + 8):
        found = _time(m, text) if m.start() < b else None
        if found is not None and found.start == m.start() and found.suggestions:
            return max(b, found.end), text[a:m.start()] + found.suggestions[0]
    return b, text[a:b]


def _check_took_place(ctx: Context) -> list[Finding]:
    """"Die Abstimmung, die am Sonntag Platz nahm" (took place) -> "stattfand": "Platz nehmen" is to sit down.
    Only where the clause dates it ("am Sonntag", "im Juli", "Ende Mai"), puts it in a place by name ("nahmen
    Platz in der Metropole Almaty"), is about an event (_event_subject) or names no one who might sit down
    (_no_person): people take their seats without these."""
    toks = ctx.doc.tokens
    forms = forms_index("nehmen")
    f = conjugate("stattfinden")[1]
    out = []
    for s in ctx.doc.sentences:
        for k in range(s.first, s.last):
            if toks[k].text != "Platz" or ctx.claimed(k) or _rank_at(toks, k):
                continue
            written = toks[k - 1].text if k > s.first else ""
            prev = written.lower()
            if M.determiner(prev) is not None or prev.endswith(("en", "er", "es", "em")) and written.islower() \
                    and prev not in forms:
                continue   # "den Platz", "einen freien Platz": a seat or a square, not the idiom ("im Oktober" is none)
            lo, hi = _clause_start(toks, k, s.first), _clause_end(toks, k, s.last)
            verb = next((j for j in range(lo, hi + 1) if toks[j].text.lower() in forms
                         and (toks[j].text.islower() or j == s.first)), None)
            if verb is None or any(toks[j].text == "ein" for j in range(k, hi + 1)):
                continue
            # (a name: capitalised and no noun, "in der Hauptstadt Samarkand")
            named = k + 1 < len(toks) and toks[k + 1].text in ("in", "im") and any(
                toks[j].text[:1].isupper() and toks[j].text.isalpha() and not nouns.analyses(toks[j].text)
                and M.determiner(toks[j].text) is None for j in range(k + 2, hi + 1))
            # (or a town, a capital, a region the clause puts it in: "im Kulturpalast der ostlettischen Stadt")
            named = named or any(toks[j].text.lower().endswith(_PLACE_NOUN_ENDINGS) and toks[j].text[:1].isupper()
                                 for j in range(lo, hi + 1))
            # (or no one is named who might sit down: "Die Reparaturen nahmen unter schwierigen Bedingungen Platz")
            if not (_dated(toks, lo, hi) or named or _event_subject(toks, lo, hi) or _no_person(toks, lo, hi, k, verb)):
                continue
            feats = forms[toks[verb].text.lower()]
            feat = _feature_to_replace(feats)
            if feat is None:
                continue
            if verb > k:   # "die am Sonntag Platz nahm": the verb last, one word
                start, end = toks[k].start, toks[verb].end
                between = ctx.doc.text[toks[k].end:toks[verb].start]
                if between.strip():
                    continue
                fix = f["last." + feat] if "last." + feat in f else f[feat]
            else:          # "nimmt Ende Mai in Baku Platz": the particle at the end
                # (English order, the place after "Platz": "nahm Platz im Rathaus" -> "fand im Rathaus statt")
                # (a verb second is finite, though "nehmen" is an infinitive's form too)
                feat = _finite(feats) or feat
                start, end = toks[verb].start, toks[max(k, hi)].end
                end, tail = _english_clock_at(ctx.doc.text, toks[k].end, end)
                body = ctx.doc.text[toks[verb].end:toks[k].start].rstrip() + tail
                fix = _case_like(f[feat], toks[verb].text) + body + " statt"
            out.append(Finding(start, end, ctx.doc.text[start:end], "CALQUE_COLLOCATION", "calque", "warning",
                               "„take place“ word for word: an event findet statt; „Platz nehmen“ is to sit down",
                               [fix]))
            ctx.claim(start, end)
    return out


# what German addresses: mail, and a request or a speech directed at someone ("an die Regierung adressiert")
_ADDRESSED = frozenset("Brief Briefe Briefen Paket Pakete Paketen Päckchen Schreiben Post Sendung Sendungen E-Mail "
                       "E-Mails Mail Mails Umschlag Umschläge Karte Karten Postkarte Rechnung Rechnungen Nachricht "
                       "Nachrichten Botschaft Appell Aufruf".split())
# what English "addresses" and German does not: an issue, a problem, a concern (the last part of the noun)
_ISSUE_HEADS = re.compile(r"(?:problem|problematik|frage|sorge|bedenken|herausforderung|krise|thema|themen|anliegen|"
                          r"kritik|"
                          r"risiko|risiken|mangel|mängel|defizit|lücke|konflikt|vorwurf|vorwürfe|beschwerde|"
                          r"ursache|schwäche|missstand|missstände|engpass|engpässe|situation|lage)(?:e|n|en|s|es)?$")


def _check_address(ctx: Context) -> list[Finding]:
    """"adressieren" for English "address" an issue ("die Sorgen der Anrainer adressiere", "um die Krise zu
    adressieren"): German addresses letters, and appeals at someone; an issue is angegangen or angesprochen. Not
    where the sentence has mail or an appeal, or "an" + addressee before or after the verb, and only where an
    issue stands with the verb in its clause (technical German addresses devices and memory). The proposal in the
    verb's form where it stands last in its clause (a separable verb cannot stand second: "adressiert die Krise"
    gets only "behandelt")."""
    toks = ctx.doc.tokens
    text = ctx.doc.text
    forms = forms_index("adressieren")
    out = []
    for s in ctx.doc.sentences:
        words = {toks[k].text for k in range(s.first, s.last)}
        for k in range(s.first, s.last):
            w = toks[k].text
            if not _verb_form_at(ctx, s, k, forms):
                continue
            if words & _ADDRESSED or any(toks[j].text == "an" for j in range(max(s.first, k - 5), min(s.last, k + 2))):
                continue   # "an die Regierung adressiert", "adressiert an"
            if not any(toks[j].text[:1].isupper() and _ISSUE_HEADS.search(toks[j].text.lower())
                       for j in range(max(s.first, k - 8), min(s.last, k + 6))):
                continue
            start, end = toks[k].start, toks[k].end
            zu = k > s.first and toks[k - 1].text == "zu" and ctx.adjacent(k - 1, k)
            last = k + 1 >= s.last or toks[k + 1].text in _CLAUSE_MARKS or toks[k + 1].text in ("und", "oder")
            after_aux = any(toks[j].text.lower() in _AUXILIARIES for j in range(s.first, k))
            feats = forms[w.lower()]
            sugg = []
            # (a verb that is not separable in second place too: "adressierte die Kritik" -> "behandelte")
            for right in ("angehen", "ansprechen", "behandeln"):
                separable, f = conjugate(right)
                if zu:
                    sugg.append(f["zu"])
                elif last and "pp" in feats and after_aux:
                    sugg.append(f["pp"])
                elif last and "inf" in feats and after_aux:
                    sugg.append(f["inf"])
                elif last:
                    finite = sorted(x for x in feats if x.startswith(("pres.", "pret.", "k2.")))
                    if finite:
                        sugg.append(f["last." + finite[0]])
                elif not separable and not after_aux:
                    finite = sorted(x for x in feats if x.startswith(("pres.", "pret.")))
                    if finite and finite[0] in f:
                        sugg.append(f[finite[0]])
            if zu:
                start = toks[k - 1].start
            out.append(Finding(start, end, text[start:end], "FALSE_FRIEND", "calque", "warning",
                               "„adressieren“ is to address a letter: an issue or a concern is angegangen, "
                               "angesprochen or behandelt", [_case_like(x, w) for x in sugg]))
            ctx.claim(start, end)
    return out


# "at the end of November" word for word: German names the part of a month or year without article or preposition
def _claimed_at(ctx: Context, start: int) -> bool:
    """A pattern's match starting at START lies on a token another rule has claimed already."""
    k = ctx.token_at(start)
    return k is not None and ctx.claimed(k)


def _pattern_findings(ctx: Context, regex: re.Pattern, rule: str, message: str, fix) -> list[Finding]:
    """A calque warning with RULE and MESSAGE on each match of REGEX whose start no other rule has claimed;
    FIX(match) gives its proposals (an empty list: found, nothing proposed), or None to leave the match alone."""
    out = []
    for m in regex.finditer(ctx.doc.text):
        if _claimed_at(ctx, m.start()):
            continue
        proposals = fix(m)
        if proposals is None:
            continue
        ctx.claim(m.start(), m.end())
        out.append(Finding(m.start(), m.end(), m.group(), rule, "calque", "warning", message, proposals))
    return out


_PART_OF_PERIOD_RE = re.compile(r"\b(?:([Aa]m|[Zz]um|[Gg]egen|[Bb]is zum|[Ii]n der) )?(Ende|Anfang|Beginn|Mitte) von "
                                r"(" + "|".join(MONTHS_DE) + r"|(?:19|20)\d\d)\b")
_PERIOD_LEAD = {"am": "", "zum": "", "in der": "", "gegen": "gegen ", "bis zum": "bis "}


def _check_part_of_period(ctx: Context) -> list[Finding]:
    """"am Ende von November" (at the end of November) -> "Ende November", "bis zum Beginn von 2025" -> "bis
    Anfang 2025"."""
    def fix(m: re.Match) -> list[str]:
        lead = _PERIOD_LEAD[m.group(1).lower()] if m.group(1) else ""
        part = "Anfang" if m.group(2) == "Beginn" else m.group(2)
        return [_case_like(lead + part + " " + m.group(3), m.group())]

    return _pattern_findings(ctx, _PART_OF_PERIOD_RE, "CALQUE_PART_OF_PERIOD",
                             "calque of English „at the end of …“: German says „Ende November“, „Anfang 2025“", fix) \
        + _pattern_findings(ctx, _SEASON_OF_YEAR_RE, "CALQUE_PART_OF_PERIOD",
                            "calque of English „in the spring of 2028“: German says „im Frühjahr 2028“",
                            lambda m: [f"{m.group(1)} {m.group(2)} {m.group(3)}"]
                            + ([f"{m.group(1)} Frühjahr {m.group(3)}"] if m.group(2) == "Frühling" else []))


# "in the spring of 2028" word for word: a season, "von" and a year ("im Frühling von 2028" -> "im Frühjahr 2028")
_SEASON_OF_YEAR_RE = re.compile(r"\b([Ii]m|[Bb]is zum|[Ss]eit dem|[Aa]b dem|[Vv]om) (Frühling|Frühjahr|Sommer|Herbst|"
                                r"Winter) von ((?:19|20)\d\d)\b")


# "on a daily/weekly/… basis" word for word with any adjective of frequency ("auf jährlicher Basis",
# "auf einer monatlichen Basis"): German says the adverb. (Not "auf freiwilliger Basis", which is German.)
_FREQUENCY_BASIS_RE = re.compile(r"\b[Aa]uf (?:einer )?([a-zäöü]*(?:täg|wöchent|monat|jähr|stünd)lich)(?:en|er) "
                                 r"Basis\b")


def _check_frequency_basis(ctx: Context) -> list[Finding]:
    """"auf jährlicher Basis" (on an annual basis) -> "jährlich"."""
    return _pattern_findings(ctx, _FREQUENCY_BASIS_RE, "CALQUE",
                             "calque of English „on a … basis“: German uses the adverb",
                             lambda m: [_case_like(m.group(1), m.group())])


# "one game/step/day at a time" word for word: "ein Spiel zur Zeit", "einen Schritt zurzeit"
_ONE_AT_A_TIME_RE = re.compile(r"\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner) ([A-ZÄÖÜ][a-zäöüß]{2,}) "
                               r"(?:zur Zeit|zurzeit)\b")


def _check_one_at_a_time(ctx: Context) -> list[Finding]:
    """"ein Spiel zur Zeit" (one game at a time) -> "Spiel für Spiel", "einen Schritt zur Zeit" -> "Schritt für
    Schritt": German repeats the noun (a noun the lexicon knows, in the singular)."""
    def fix(m: re.Match) -> list[str] | None:
        noun = m.group(1)
        return [f"{noun} für {noun}"] if any(f.split(".")[1] == "sg" for _, f in nouns.analyses(noun)) else None

    return _pattern_findings(ctx, _ONE_AT_A_TIME_RE, "CALQUE",
                             "calque of English „one … at a time“: German repeats the noun", fix)


# "for the second time" word for word: "für das zweite Mal" (German: "zum zweiten Mal")
_FOR_THE_NTH_TIME_RE = re.compile(r"\b([Ff])ür das (erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|"
                                  r"zehnte|elfte|zwölfte|letzte|nächste|\d{1,3}\.) Mal\b")


def _check_nth_time(ctx: Context) -> list[Finding]:
    """"für das zweite Mal" (for the second time) -> "zum zweiten Mal": German counts times with "zum"."""
    def fix(m: re.Match) -> list[str]:
        ordinal = m.group(2) if m.group(2)[0].isdigit() else m.group(2) + "n"
        return [("Z" if m.group(1) == "F" else "z") + f"um {ordinal} Mal"]

    return _pattern_findings(ctx, _FOR_THE_NTH_TIME_RE, "CALQUE",
                             "calque of English „for the … time“: German says „zum … Mal“", fix)


# "appeal (against) a verdict" word for word: "gegen" and what is appealed, then a form of "appellieren" (German
# appeals to someone, "an"; a court's decision takes "Berufung" or "Einspruch", which is "eingelegt")
_APPEAL_AGAINST_RE = re.compile(r"\b([Gg]egen (?:(?:die|das|den|dem|ein|eine|einen|diese|dieses|diesen|seine|ihre|"
                                r"seinen|ihren) )?(?:[a-zäöüß]+(?:e|en|es|er) )?[A-ZÄÖÜ][\w-]+) (zu )?"
                                r"(appellieren|appelliert|appellierte|appellierten)\b")
_APPEAL_FORMS = {"appellieren": "einlegen", "appelliert": "eingelegt", "appellierte": "einlegte",
                 "appellierten": "einlegten"}


def _check_appeal_against(ctx: Context) -> list[Finding]:
    """"gegen das Urteil (zu) appellieren" (appeal against the verdict) -> "Berufung gegen das Urteil
    (ein)(zu)legen": "appellieren" is to appeal to someone ("an"), a decision is appealed by "Berufung"."""
    def fix(m: re.Match) -> list[str]:
        verb = "einzulegen" if m.group(2) else _APPEAL_FORMS[m.group(3)]
        against = m.group(1)[0].lower() + m.group(1)[1:]
        # (a finite verb after the phrase opening a sentence stands second, "Gegen das Urteil appellierte
        # niemand": the rewrite moves words outside the span, so none is proposed)
        if m.group(1)[0].isupper() and not m.group(2) and m.group(3) != "appellieren":
            return []
        return [_case_like(f"Berufung {against} {verb}", m.group(1)),
                _case_like(f"Einspruch {against} {verb}", m.group(1))]

    return _pattern_findings(ctx, _APPEAL_AGAINST_RE, "CALQUE",
                             "calque of English „appeal against“: a decision is appealed with „Berufung“ "
                             "(„Einspruch“) that is „eingelegt“; „appellieren“ is to appeal to someone", fix)


# "kick the can down the road" word for word: a can kicked down the street (German: ein Problem vor sich
# herschieben)
_KICK_THE_CAN_RE = re.compile(r"\b(?:[Dd]ie|[Ee]ine) Dose\b(?:[^.!?;]{0,30}?) (?:die|der) Straße (?:hinunter|herunter|"
                              r"runter|entlang) ?(?:zu )?(?:treten|tritt|trat|traten|getreten|kicken|gekickt)\b")


def _check_kick_the_can(ctx: Context) -> list[Finding]:
    """"die Dose die Straße hinunter treten" (kick the can down the road) -> "das Problem vor sich herschieben":
    the English idiom word for word; what stands between the words changes, so it is found, not rewritten."""
    return _pattern_findings(ctx, _KICK_THE_CAN_RE, "CALQUE",
                             "calque of English „kick the can down the road“: German says „das Problem (weiter) "
                             "vor sich herschieben“", lambda m: [])


# "go up/down by 40 percent" word for word: a form of "gehen", a change "um" a number, the particle at the end
_GO_UP_RE = re.compile(r"\b(geht|gehen|ging|gingen|gegangen)\b([^.,;:!?]{0,40}?\bum "
                       r"(?:rund |etwa |fast |knapp |mehr als )?[\d.,]+ ?(?:Prozent|%|Prozentpunkte)[^.,;:!?]{0,30}?) "
                       r"(hoch|nach oben|runter|herunter|nach unten)\b")
_GO_UP_VERBS = {"hoch": "steigen", "nach oben": "steigen", "runter": "sinken", "herunter": "sinken",
                "nach unten": "sinken"}


def _check_went_up(ctx: Context) -> list[Finding]:
    """"Die Preise gingen um 40 Prozent hoch" (went up by 40 percent) -> "stiegen um 40 Prozent": German says
    "steigen", "sinken"; "hochgehen" is to explode."""
    def fix(m: re.Match) -> list[str] | None:
        feats = forms_index("gehen").get(m.group(1), set())
        feat = next((f for f in sorted(feats) if f.startswith(("pres.3", "pret.3")) or f == "pp"), None)
        return None if feat is None else [conjugate(_GO_UP_VERBS[m.group(3)])[1][feat] + m.group(2)]

    return _pattern_findings(ctx, _GO_UP_RE, "CALQUE",
                             "calque of English „go up/down by …“: German says „steigen“, „sinken“", fix)


# the signs that "eventuell" (possibly) stands for English "eventually" (in the end)
_PAST_FINITE = frozenset("konnte konnten wurde wurden musste mussten gelang gelangen kam kamen war waren".split())
_PERFECT_AUXILIARIES = frozenset("hat haben habe hatte hatten ist sind sei seien".split())
_SEQUENCE_OPENERS = frozenset(("Zunächst", "Zuerst", "Anfangs", "Vorerst"))


def _clause_around(toks, s, i: int) -> tuple[int, int]:
    """The first and last token of the stretch of sentence S around token I that no clause mark interrupts."""
    a, b = i, i
    while a > s.first and toks[a - 1].text not in _CLAUSE_MARKS:
        a -= 1
    while b + 1 < s.last and toks[b + 1].text not in _CLAUSE_MARKS:
        b += 1
    return a, b


# nouns for people, who take a seat ("Die Gäste nehmen Platz"), besides the agent nouns person_noun knows and the
# nouns with a feminine in -in ("Minister", "Passagier")
_PEOPLE = frozenset("Gast Mensch Kind Frau Mann Leute Familie Person Passagier Fahrgast Publikum Team Delegation "
                    "Mannschaft Kollege Freund Schüler Student Abgeordnete Delegierte Angeklagte Richter".split())


def _no_person(toks, lo: int, hi: int, k: int, verb: int) -> bool:
    """The clause from LO to HI around "Platz" (token K) and its verb names nouns and no person who might sit down:
    no pronoun, no name, no noun for people; a bare singular opening it is a name ("Anna nahm Platz")."""
    words = [toks[j].text for j in range(lo, hi + 1) if j not in (k, verb)]
    # (a relative clause's antecedent, before its comma: "Die Spieler, die auf der Bank Platz nahmen")
    relative = lo >= 2 and toks[lo - 1].text == "," and toks[lo].text.lower() in ("der", "die", "das", "welche")
    antecedent = [toks[lo - 2].text] if relative else []
    nouns_here = [w for w in words + antecedent if w[:1].isupper() and w.isalpha() and nouns.analyses(w)]
    if not nouns_here or any(w.lower() in M.SUBJECT_PRONOUNS or w.lower() in ("uns", "mich", "sich", "sie")
                             for w in words):
        return False
    if any(w[:1].isupper() and w.isalpha() and not nouns.analyses(w) and not nouns.head_of(w)
           and M.determiner(w) is None and w.lower() not in M.PREPOSITIONS and n != 0 for n, w in enumerate(words)):
        return False   # (a name)
    if any(lem in _PEOPLE or lem.endswith(("in", "gast", "mann", "frau")) or person_noun(lem)
           or nouns.analyses(lem + "in") for w in nouns_here for lem, _ in nouns.analyses(w)):
        return False
    first = words[0] if words else ""
    return not (first[:1].isupper() and M.determiner(first) is None and first.lower() not in M.PREPOSITIONS
                and nouns.analyses(first) and (toks[verb].text in ("nimmt", "nahm", "nähme")
                                               or not any(f.endswith(".pl") for _, f in nouns.analyses(first))))


def _check_eventually(ctx: Context) -> list[Finding]:
    """"eventuell" is "possibly"; machine translation writes it for "eventually" (in the end). Reported (as info)
    where the sentence says "in the end": after a sentence that opened with "Zunächst" ("Zunächst … Eventuell soll
    …"), with a comma of its own ("Eventuell, nach dem Krieg, …"), beside a past indicative or a perfect ("konnte …
    eventuell zurückgewinnen", "haben … eventuell einen Käufer gefunden": a possibility is no fact), beside "wohl",
    which hedges already, or in a third person's future or plan (see below)."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        if t.text.lower() != "eventuell" or ctx.claimed(i):
            continue
        s = ctx.doc.sentence_of(t.start)
        if s is None:
            continue
        a, b = _clause_around(toks, s, i)
        clause = [toks[k].text for k in range(a, b + 1)]
        prev = next((p for p in ctx.doc.sentences if p.last == s.first), None)
        sequence = t.text == "Eventuell" and prev is not None and any(
            toks[k].text in _SEQUENCE_OPENERS for k in range(prev.first, min(prev.first + 2, prev.last)))
        # (or earlier in its own sentence: "kann zunächst 12 Millionen Tonnen umschlagen, eventuell soll …")
        sequence = sequence or (i > 0 and toks[i - 1].text == "," and any(
            toks[k].text.capitalize() in _SEQUENCE_OPENERS for k in range(s.first, a)))
        comma = i + 1 < len(toks) and toks[i + 1].text == ","
        past = any(w in _PAST_FINITE or w in strong_preterites() or _weak_preterite(w) or _prefixed_preterite(w)
                   for w in clause)
        # (a verb in -ieren's preterite, whose participle inflects alike, where no noun follows it as its adjective:
        # "transferierte es eventuell", not "diese spezialisierten Programme")
        past = past or any(toks[k].text.endswith(("ierte", "ierten")) and toks[k].text.islower()
                           and lexicon.is_german(toks[k].text) and k < b and not toks[k + 1].text[:1].isupper()
                           for k in range(a, b + 1))
        # a perfect ("haben wir eventuell einen Käufer gefunden"): a completed fact is no possibility either
        # (a participle after it: ge-…, a separable particle's …ge…, or be-/ver-/er-… last in the clause, "hat …
        # eine feste Stelle bekommen"; not "ist … zu erwarten", not "hat eventuell recht"); the auxiliary may stand
        # in a clause before it, coordinated ("Sie habe alles geprüft, eventuell aber nur … angeordnet")
        after = clause[clause.index(t.text) + 1:]
        before = [toks[k].text for k in range(s.first, a)]
        # (a verb in -ieren's participle, which has no ge-, only with the auxiliary in its own clause: "sie habe
        # eventuell realisiert"; not "…, die Sie getroffen haben, eventuell … installiert")
        perfect = any(w in _PERFECT_AUXILIARIES for w in clause + before) and any(
            _participle_form(w, inseparable=w == after[-1],
                             ieren=any(x in _PERFECT_AUXILIARIES for x in clause)) and not (k and after[k - 1] == "zu")
            for k, w in enumerate(after))
        # a report's sentence that opens with it before a future's or a plan's verb, of a third person
        # ("Eventuell sollen damit 300 Betriebe …", "Eventuell werde die Kommission …"): in the end; "Eventuell
        # kommt er morgen", "Eventuell möchten Sie …" are German's "possibly"
        nxt = [toks[k].text for k in range(i + 1, min(i + 4, s.last))]
        opening = i == s.first and t.text == "Eventuell" and len(nxt) >= 2 and nxt[0] in _FUTURE_VERBS \
            and not {"Sie", "du", "ihr", "wir", "ich"} & set(nxt)
        # (the same inside a report's clause of a third person's future or plan: "das Geld werde eventuell auf den
        # Konten ankommen", "will die Kapazität eventuell verdoppeln"; not a speaker's own, "Wir prüfen eventuell")
        # (nor a passive, whose participle follows: "… wird dann eventuell zurückgesetzt")
        participle = any(_participle_form(w) for w in after)
        planned = not opening and not participle and any(w in _PLAN_VERBS for w in clause) \
            and not {"Sie", "du", "ihr", "wir", "ich", "man", "könnte", "könnten", "dürfte"} & set(clause)
        # (a preterite in -te right after it opening the sentence, where only the finite verb stands, though it
        # looks like a participle's adjective: "Eventuell erreichte die Crew die Höhle")
        past = past or (i == s.first and bool(nxt) and nxt[0].islower() and nxt[0].endswith(("te", "ten"))
                        and lexicon.is_german(nxt[0]) and not nxt[0].startswith(_MODAL_STEMS))
        if not (sequence or comma or "wohl" in clause or past or perfect or opening or planned):
            continue
        out.append(Finding(t.start, t.end, t.text, "FALSE_FRIEND", "calque", "info",
                           "false friend: „eventuell“ is „possibly“; for English „eventually“ (in the end) German "
                           "says „schließlich“, „letztlich“ or „irgendwann“",
                           [_case_like(w, t.text) for w in ("schließlich", "letztlich", "irgendwann")]))
    return out


# "74 aus 107 abgegebenen Stimmen" (74 out of 107 votes cast): a count of a whole before what is counted
_OUT_OF_RE = re.compile(r"(?<![\d.,])(\d+) aus (\d+)(?= (?:[a-zäöüß]+ ){0,2}[A-ZÄÖÜ][a-zäöüß]+)")


# "das beste Finale in Jahren" (the best … in years): a span of time at the clause's end after a superlative
_IN_SPAN_END_RE = re.compile(r"\b([Ii]n) (Jahren|Jahrzehnten|Monaten|Wochen)(?=\s*[.,;!?])")
_SUPERLATIVE_RE = re.compile(r"\b(?:[a-zäöüß]{2,}(?:st|est)(?:e|en|er|es|em)|am [a-zäöüß]+sten)\b")


def _check_best_in_years(ctx: Context) -> list[Finding]:
    """"das beste Finale des Turniers in Jahren" (the best … in years): English "in years" after a superlative;
    German counts back with "seit" ("seit Jahren"). Only at the clause's end, a superlative before it in the
    sentence."""
    text = ctx.doc.text
    out = []
    for m in _IN_SPAN_END_RE.finditer(text):
        s = ctx.doc.sentence_of(m.start())
        k = ctx.token_at(m.start())
        if s is None or k is None or ctx.claimed(k):
            continue
        before = text[ctx.doc.tokens[s.first].start:m.start()]
        if not any(lexicon.is_german(w.split()[-1]) for w in (x.group() for x in _SUPERLATIVE_RE.finditer(before))):
            continue
        out.append(Finding(m.start(), m.end(), m.group(), "CALQUE", "calque", "warning",
                           "English „in years“ after a superlative: German says „seit Jahren“",
                           [f"{_case_like('seit', m.group(1))} {m.group(2)}"]))
    return out


def _unclaimed_matches(ctx: Context, pattern: re.Pattern, group: int = 0):
    """(match, its first token, its sentence) for each match of PATTERN whose first token no finding took yet."""
    for m in pattern.finditer(ctx.doc.text):
        k = ctx.token_at(m.start(group))
        s = ctx.doc.sentence_of(m.start())
        if k is not None and s is not None and not ctx.claimed(k):
            yield m, k, s


# "hat für zehn Jahre kein … gebaut" (has not … for ten years): a span before a negated perfect counts back to now
_FOR_SPAN_RE = re.compile(r"\b([Ff])ür (\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig"
                          r"|viele) (Jahre|Jahrzehnte|Monate|Wochen|Tage)\b")
_NEGATIONS = frozenset("nicht nie niemals kein keine keinen keinem keiner keines".split())


def _check_for_span_not_since(ctx: Context) -> list[Finding]:
    """"Armenien habe für zehn Jahre kein Großgerät gebaut": English "for ten years" before a negated perfect is
    a span reaching to now, which German counts with "seit" and the dative ("seit zehn Jahren"). Only in a clause
    with a negation and the perfect's auxiliary and participle."""
    toks = ctx.doc.tokens
    out = []
    for m, k, s in _unclaimed_matches(ctx, _FOR_SPAN_RE):
        a, b = _clause_around(toks, s, k)
        clause = [toks[j].text for j in range(a, b + 1)]
        if not (_NEGATIONS & {w.lower() for w in clause}) or not any(w in _PERFECT_AUXILIARIES for w in clause) \
                or not any(_participle_form(w) for w in clause[clause.index(m.group(1) + "ür") + 1:]):
            continue
        out.append(Finding(m.start(), m.end(), m.group(), "CALQUE", "calque", "warning",
                           "English „for … years“ before a negated perfect: German counts back with „seit“",
                           [f"{_case_like('seit', m.group(1))} {m.group(2)} {m.group(3).removesuffix('n')}n"]))
    return out


# "arbeitet als ein Lieferfahrer" (works as a driver): German names the job without an article
_WORKS_AS_A_RE = re.compile(r"\bals (ein|eine|einen) ([A-ZÄÖÜ][a-zäöüß]{3,})\b")
_WORK_VERB_RE = re.compile(r"(?:arbeit|jobb)(?:e|est|et|en|ete|eten|etest)?|tätig|gearbeitet|gejobbt")


def _check_works_as_a(ctx: Context) -> list[Finding]:
    """"Er arbeitet als ein Lieferfahrer": English "works as a driver" keeps its article; German names the job bare
    ("arbeitet als Lieferfahrer"). Only before a person's noun, not "als eine Art …"."""
    from .transliteration import german_agent_noun, role_word   # (it imports this module's importers)

    toks = ctx.doc.tokens
    out = []
    for m, k, s in _unclaimed_matches(ctx, _WORKS_AS_A_RE, 1):
        noun = m.group(2)
        if not (role_word(noun) or german_agent_noun(noun)):
            continue
        a, b = _clause_around(toks, s, k)
        if not any(_WORK_VERB_RE.fullmatch(toks[j].text) for j in range(a, b + 1)):
            continue   # (the job one works in: "arbeitet … als", not "gilt als ein Experte")
        start, end = m.start(1), m.end(2)
        out.append(Finding(start, end, ctx.doc.text[start:end], "CALQUE", "calque", "warning",
                           "English „as a“ before a job: German names the job without an article", [noun]))
    return out


# "man sei bei allen Themen auf derselben Seite" (on the same page): at the clause's end after a form of "sein"
_SAME_PAGE_RE = re.compile(r"\bauf (?:derselben|der selben|der gleichen) Seite(?=\s*[.,;:!?“”\"»«)])")
_SEIN_FORMS = frozenset("bin bist ist sind seid war waren wäre wären sei seien sein gewesen".split())
_PEOPLE_SUBJECTS = frozenset("wir man sie beide alle ihr".split())


def _check_same_page(ctx: Context) -> list[Finding]:
    """"Wir sind mit der Firma auf derselben Seite": English "on the same page" (agreed) word for word, German
    "einer Meinung". Only at its clause's end, with a form of "sein" and people as the subject (wir, man, sie, beide)
    in the clause: a place on the same side of something has its noun after it ("auf derselben Seite des Flusses")."""
    toks = ctx.doc.tokens
    out = []
    for m, k, s in _unclaimed_matches(ctx, _SAME_PAGE_RE):
        a, _ = _clause_around(toks, s, k)
        words = {toks[j].text.lower() for j in range(a, k)}
        if not (words & _SEIN_FORMS and words & _PEOPLE_SUBJECTS):
            continue
        out.append(Finding(m.start(), m.end(), m.group(), "CALQUE", "calque", "warning",
                           "English „on the same page“ word for word: German „einer Meinung“",
                           ["einer Meinung", "sich einig"]))
    return out


# "in der Region von 200 Booten" (in the region of 200: about): German "rund", "etwa"
_REGION_OF_RE = re.compile(r"\b([Ii]n) der Region von (?=(?:\d|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf"
                           r"|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend)\w*\b)")


def _check_region_of(ctx: Context) -> list[Finding]:
    """"ein Korso mit in der Region von 200 Booten": English "in the region of" before a number is "about";
    German "rund", "etwa" (not before a place: "in der Region von Kiew")."""
    out = []
    for m in _REGION_OF_RE.finditer(ctx.doc.text):
        k = ctx.token_at(m.start())
        if k is None or ctx.claimed(k):
            continue
        span = m.group().rstrip()
        out.append(Finding(m.start(), m.start() + len(span), span, "CALQUE", "calque", "warning",
                           "English „in the region of“ before a number: German „rund“ or „etwa“",
                           [_case_like(w, m.group(1)) for w in ("rund", "etwa")]))
    return out


def _check_also_for_too(ctx: Context) -> list[Finding]:
    """"Also die Umweltorganisation meldete sich": English "also" (too) opening the sentence before its subject.
    German "also" is "so, therefore", an adverb that takes the first place itself, so its verb follows at once
    ("Also meldete sich …"); a noun phrase between it and the verb is English word order, and "auch" is meant."""
    from .agreement import np_at   # (agreement's importers import this module)
    from .subject_verb import _verb_number

    toks = ctx.doc.tokens
    out = []
    for i in ctx.doc.sentence_starts:
        if i + 2 >= len(toks) or toks[i].text != "Also" or not ctx.adjacent(i, i + 1) or ctx.claimed(i):
            continue
        # (not in a quotation, where spoken German opens so: „Also die Sache ist die …“)
        before = ctx.doc.text[ctx.doc.text.rfind("\n", 0, toks[i].start) + 1:toks[i].start]
        if before.count("„") > before.count("“") or before.count('"') % 2 \
                or (i > 0 and toks[i - 1].text in ("„", '"', "»")):
            continue
        # (a definite article's phrase: "Also ein Ministerium läuft so, …" is spoken German's opening too)
        np = np_at(ctx, i + 1) if toks[i + 1].text in ("der", "die", "das") else None
        if np is None:
            continue
        v = np[2] + 1
        # (the phrase may run on in a name or an attribute to the verb: "Also die Organisation Danube Rivers …
        # meldete"); the verb, a finite form written small, within a few words
        k = next((k for k in range(v, min(len(toks), v + 8)) if toks[k].text in (",", ".", ";", ":")
                  or (toks[k].text.islower() and (finite_verb(toks[k].text) or _verb_number(toks[k].text)))), None)
        if k is None or toks[k].text in (",", ".", ";", ":"):
            continue
        out.append(Finding(toks[i].start, toks[i].end, "Also", "FALSE_FRIEND", "calque", "warning",
                           "English „also“ (too) before the subject: German „also“ is „so, therefore“ and takes the "
                           "verb right after it; „auch“ is meant", ["Auch"]))
    return out


# "positiv für … getestet" (tested positive for): German tests "positiv auf" a substance or a virus (Duden, "positiv")
_POSITIVE_FOR_RE = re.compile(r"\b([Pp]ositiv) für\b(?=(?:\s+[\w-]+){1,6}?\s+(?:getestet|testete|testeten|"
                              r"getestete|getesteten)\b)")


def _check_tested_positive_for(ctx: Context) -> list[Finding]:
    """"soll positiv für das Herzmittel Meldonium getestet worden sein": English "tested positive for"; German
    "positiv auf" (a test is "auf" what it looks for)."""
    out = []
    for m in _POSITIVE_FOR_RE.finditer(ctx.doc.text):
        k = ctx.token_at(m.start())
        if k is None or ctx.claimed(k):
            continue
        out.append(Finding(m.start(), m.end(), m.group(), "CALQUE", "calque", "warning",
                           "English „tested positive for“: German tests „positiv auf“", [f"{m.group(1)} auf"]))
    return out


# the kinds of region English puts after the region's name ("the Krasnodar Region", "Kirov Oblast")
_REGION_KINDS = frozenset(("Region", "Oblast"))


def _check_region_after_name(ctx: Context) -> list[Finding]:
    """"aus der Krasnodar Region": English's order of a region and its name; German puts the kind first, "aus der
    Region Krasnodar" (Duden, Wikipedia: "Region Krasnodar", "Oblast Kirow"). Only after the feminine article or
    "zur", for a place of the region (the glossary's, or a name no dictionary knows in an article about the region),
    in German letters."""
    # (transliteration imports this module's importers)
    from .transliteration import _region_places, document_context, germanize

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 1):
        name, kind = toks[i].text, toks[i + 1].text
        if kind not in _REGION_KINDS or not ctx.adjacent(i - 1, i) or not ctx.adjacent(i, i + 1) \
                or toks[i - 1].text.lower() not in ("der", "die", "zur") or ctx.claimed(i) or ctx.claimed(i + 1) \
                or not (name in _region_places(ctx) or (document_context(ctx) and name.isalpha()
                                                         and name[1:].islower() and len(name) >= 4
                                                         and not nouns.analyses(name)
                                                         and not lexicon.is_german(name.lower())
                                                         and not lexicon.is_english(name.lower()))) \
                or (i + 2 < len(toks) and toks[i + 2].text[:1].isupper() and ctx.adjacent(i + 1, i + 2)):
            continue
        german = germanize(name)
        out.append(Finding(toks[i].start, toks[i + 1].end, f"{name} {kind}", "CALQUE", "calque", "warning",
                           f"English order: German puts the kind before the name, „{kind} {german}“",
                           [f"{kind} {german}"]))
    return out


# "mit zwei Spieltagen zu gehen" (with two games to go): what is left counted "vor Schluss"
_TO_GO_RE = re.compile(r"\b[Mm]it (\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf) ([A-ZÄÖÜ][a-zäöüß]+) "
                       r"zu gehen\b")
# what a season, a race or a span counts down ("Spieltag", "Runde", "Etappe", "Minute"): no companions one goes with
_COUNTDOWN_ENDINGS = _EVENT_ENDINGS + ("tag", "woche", "monat", "minute", "sekunde", "stunde", "etappe", "meter",
                                       "kilometer", "lauf", "loch", "durchgang")


def _check_to_go(ctx: Context) -> list[Finding]:
    """"mit zwei Spieltagen zu gehen" (with two games to go) word for word: German counts what is left before the
    end, "zwei Spieltage vor Schluss"."""
    out = []
    for m in _TO_GO_RE.finditer(ctx.doc.text):
        k = ctx.token_at(m.start())
        plural = next((nouns.forms_of(lemma).get("nom.pl", (None,))[0] for lemma, f in nouns.analyses(m.group(2))
                       if f == "dat.pl" and lemma.lower().endswith(_COUNTDOWN_ENDINGS)), None)
        if plural is None or (k is not None and ctx.claimed(k)):
            continue
        out.append(Finding(m.start(), m.end(), m.group(), "CALQUE", "calque", "warning",
                           "English „with … to go“ word for word: German counts what is left „vor Schluss“",
                           [f"{m.group(1)} {plural} vor Schluss"]))
    return out


_CHOOSING_RE = re.compile(r"wähl|gewählt|such|zieh|zog|gezogen|los(?:t|en|te)\b|ausgelost|selekt|filter", re.I)


def _check_out_of(ctx: Context) -> list[Finding]:
    """"74 aus 107 abgegebenen Stimmen": English "out of" word for word; German counts a part of a whole with
    "von" ("74 von 107"). Only before the plural noun that is counted, and never a smaller whole ("3 aus 49"
    before no noun is the lottery's name)."""
    text = ctx.doc.text
    out = []
    for m in _OUT_OF_RE.finditer(text):
        noun = re.match(r" (?:[a-zäöüß]+ ){0,2}([A-ZÄÖÜ][a-zäöüß]+)", text[m.end():]).group(1)
        k = ctx.token_at(m.start())
        s = ctx.doc.sentence_of(m.start())
        sentence = text[ctx.doc.tokens[s.first].start:ctx.doc.tokens[s.last - 1].end] if s is not None else ""
        # (not where the sentence chooses from the whole: "wählte 3 aus 12 Kandidaten" takes them out of it)
        if int(m.group(1)) > int(m.group(2)) or not any(f.endswith(".pl") for _, f in nouns.analyses(noun)) \
                or (k is not None and ctx.claimed(k)) or _CHOOSING_RE.search(sentence):
            continue
        out.append(Finding(m.start(), m.end(), m.group(), "CALQUE", "calque", "warning",
                           "English „out of“ word for word: German counts a part of a whole with „von“",
                           [f"{m.group(1)} von {m.group(2)}"]))
    return out


def _check_actually(ctx: Context) -> list[Finding]:
    """"Aktuell war der Sieg knapper …": "aktuell" is "at present"; beside a past indicative in its clause it stands
    for English "actually" (in fact), German "tatsächlich". A hint: news tickers write "aktuell war unklar" too."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        if t.text.lower() != "aktuell" or ctx.claimed(i) or (t.text == "Aktuell" and i not in ctx.doc.sentence_starts):
            continue
        prev = toks[i - 1].text.lower() if i > 0 else ""
        if M.determiner(prev) is not None or prev.startswith("all"):
            continue   # inside a noun phrase, before its participle: "des aktuell laufenden Kernels"
        s = ctx.doc.sentence_of(t.start)
        if s is None:
            continue
        a, b = _clause_around(toks, s, i)
        clause = [toks[k].text for k in range(a, b + 1)]
        if not any(w in _PAST_FINITE or w in strong_preterites() or _weak_preterite(w) for w in clause) \
                or any(w.lower() in ("noch", "unklar", "nicht") for w in clause):
            continue   # ("aktuell war noch unklar, ob …": a ticker's present moment)
        out.append(Finding(t.start, t.end, t.text, "FALSE_FRIEND", "calque", "info",
                           "false friend: „aktuell“ is „at present“; for English „actually“ (in fact) German says "
                           "„tatsächlich“", [_case_like(w, t.text) for w in ("tatsächlich", "eigentlich")]))
    return out


def _participle_form(w: str, inseparable: bool = False, ieren: bool = False) -> bool:
    """W reads as a past participle: ge-…-t/-en, a separable particle's …ge…, or, where INSEPARABLE (the clause's
    last word), be-/ver-/er-… ("bekommen") and, where IEREN too, a verb in -ieren's, which takes no ge-
    ("realisiert")."""
    return w.islower() and w.endswith(("t", "en")) and len(w) >= 6 and lexicon.is_german(w) and (
        w.startswith("ge") or any(w.startswith(p + "ge") for p in SEPARABLE)
        or (inseparable and (w.startswith(INSEPARABLE) or (ieren and w.endswith("iert")))))


# the future's and a plan's finite verbs: "Eventuell werde/soll …" opening a report is English "eventually"; inside a
# clause only the third person's future and plan ("werde … eventuell ankommen", "will … eventuell verdoppeln")
_PLAN_VERBS = frozenset("wird werde soll solle will wolle".split())
_FUTURE_VERBS = frozenset("wird werden werde würde würden soll sollen solle sollte sollten muss müssen müsse".split())


@lru_cache(maxsize=1)
def strong_preterites() -> frozenset[str]:
    """The preterite indicative of the strong and mixed verbs of _STRONG ("begann", "kamen"; not "hatte")."""
    out = set()
    for forms in _STRONG.values():
        if forms and not forms[2].endswith("te"):
            out.update((forms[2], forms[2] + ("en" if not forms[2].endswith("e") else "n")))
    return frozenset(out)


def _prefixed_preterite(word: str) -> bool:
    """A strong verb's preterite behind a prefix ("erhielt", "bekam", "verlor"), or a separable one's joined at a
    subordinate clause's end ("vorbeizog"): the prefix and a preterite of _STRONG make a German word."""
    if not word.islower() or len(word) < 6:
        return False
    for p in tuple(INSEPARABLE) + tuple(SEPARABLE):
        rest = word[len(p):]
        if word.startswith(p) and len(rest) >= 3 and rest in strong_preterites() and lexicon.is_german(word):
            return True
    return False


def _weak_preterite(word: str) -> bool:
    """A weak verb's preterite indicative ("drehte", "einigten", "arbeitete"): a lower-case German word in -te(n)
    whose stem with -en is a German verb; not an inflected adjective ("gute", "rechte": "rechter", "rechtes" are
    words) and no modal, whose -te is also the subjunctive ("könnte eventuell" is "could possibly")."""
    if not word.islower() or len(word) < 5 or not word.endswith(("te", "ten")) or word.startswith(_MODAL_STEMS):
        return False
    base = word[:-1] if word.endswith("te") else word[:-2]          # "drehte" -> "dreht", "einigten" -> "einigt"
    stem = base[:-1]                                                  # "dreh", "einig", "arbeite"
    stem = stem[:-1] if stem.endswith("e") and stem[-2:-1] in ("t", "d") else stem   # "arbeite" -> "arbeit"
    # an adjective: "rechte", "gute"; not a verb with an inseparable prefix, whose participle is the base and
    # inflects as an adjective too ("entdeckten": "entdeckter")
    if lexicon.is_german(base + "er") and lexicon.is_german(base + "es") and not (
            stem.startswith(INSEPARABLE) and lexicon.zipf_de(stem + "en") >= 2.5):
        return False
    return lexicon.is_german(word) and lexicon.zipf_de(stem + "en") >= 2.5 and lexicon.is_german(stem + "en")


_MODAL_STEMS = ("könnt", "sollt", "wollt", "müsst", "dürft", "möcht", "würd", "hätt", "wär")


# "anrufen" (to phone) for English "call on (someone to do something)": German "auffordern"
_CALL = {"rief": "forderte", "riefen": "forderten", "ruft": "fordert", "rufen": "fordern", "rufe": "fordere",
         "angerufen": "aufgefordert"}


def _check_call_on(ctx: Context) -> list[Finding]:
    """"rief beide Seiten an, an den Verhandlungstisch zurückzukehren": "anrufen" with a zu-infinitive after the
    comma is English "call on … to"; German "forderte … auf". A purpose clause ("rief sie an, um … zu") is a
    phone call."""
    from .agreement import _zu_infinitive_follows

    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        verb = t.text.lower()
        if verb not in _CALL or not t.text.islower() or ctx.claimed(i):
            continue
        k = i + 1
        while k < len(toks) and k - i <= 8 and toks[k].text not in _CLAUSE_MARKS:
            k += 1
        if k >= len(toks) or toks[k].text != "," or k + 1 >= len(toks):
            continue
        # (another clause joined before the comma: "rief … zur Zurückhaltung auf und bot an, …")
        if any(toks[j].text in ("und", "oder", "sowie", "aber") for j in range(i + 1, k)):
            continue
        if verb != "angerufen":
            if toks[k - 1].text != "an" or k - 1 == i:
                continue
            end = k - 1
        else:
            end = i
        if toks[k + 1].text.lower() in ("um", "ohne", "statt", "anstatt") or not _zu_infinitive_follows(ctx, k + 1):
            continue
        text = ctx.doc.text[t.start:toks[end].end]
        fixed = _CALL[verb] + text[len(t.text):]
        if verb != "angerufen":
            fixed = fixed[:-2] + "auf"
        out.append(Finding(t.start, toks[end].end, text, "FALSE_FRIEND", "calque", "warning",
                           "„anrufen“ is to phone; English „call on … to“ is „auffordern … zu“", [fixed]))
        ctx.claim(t.start, toks[end].end)
    return out


# "resign" (an office) is zurücktreten; "resignieren" is to give up hope: the false friend where an office holder
# is the sentence's subject matter
_RESIGN = {"resigniert": ("pp", "pres"), "resignierte": ("pret",), "resignierten": ("pret",),
           "resignieren": ("inf",)}
_OFFICES = re.compile(r"(?:gouverneur|minister|präsident|bürgermeister|premier|kanzler|vorsitzende|chef|direktor|"
                      r"senator|abgeordnete|bürgermeisterin|gouverneurin|ministerin|präsidentin|chefin)(?:in|s|en|n)?$",
                      re.IGNORECASE)


def _check_resign(ctx: Context) -> list[Finding]:
    """"Der Gouverneur hat resigniert" (resigned) -> "seinen Rücktritt erklärt", "eine Resignation" -> "einen
    Rücktritt": in a sentence about an office holder, "resignieren" and "Resignation" are English "resign",
    "resignation" (German: giving up hope, "Resignation" as despair)."""
    toks = ctx.doc.tokens
    out = []
    for s in ctx.doc.sentences:
        offices = [toks[k].text for k in range(s.first, s.last)
                   if _OFFICES.search(toks[k].text) and toks[k].text[:1].isupper()]
        if not offices:
            continue
        # (her resignation first where the office holder is a woman: "Die Ministerin resignierte")
        hers = offices[0].endswith("in")
        for k in range(s.first, s.last):
            w = toks[k].text
            if ctx.claimed(k):
                continue
            if w in _RESIGN:
                aux = any(toks[j].text.lower() in _AUXILIARIES for j in range(max(s.first, k - 8), k))
                if "pp" in _RESIGN[w] and aux:
                    props = ["seinen Rücktritt erklärt", "ihren Rücktritt erklärt"]
                elif w == "resignieren":
                    props = ["zurücktreten"]
                else:
                    verb = "erklärte" if "pret" in _RESIGN[w] and w.endswith("te") else \
                        "erklärten" if w.endswith("ten") else "erklärt"
                    props = [f"{verb} seinen Rücktritt", f"{verb} ihren Rücktritt"]
                if hers:
                    props.reverse()
                out.append(Finding(toks[k].start, toks[k].end, w, "FALSE_FRIEND", "calque", "warning",
                                   "false friend: „resignieren“ is to give up hope; an office holder resigns: "
                                   "„zurücktreten“, „den Rücktritt erklären“", props))
            elif w in ("Resignation", "Resignationen") and k > s.first:
                det = M.determiner(toks[k - 1].text)
                start = toks[k - 1].start if det is not None else toks[k].start
                noun = "Rücktritt" if w == "Resignation" else "Rücktritte"
                if det is not None and w == "Resignation":
                    kind, stem, _ = det
                    # (the subject's nominative first where the phrase opens the sentence)
                    cases = ("nom.sg.m", "akk.sg.m") if k - 1 == s.first else ("akk.sg.m", "nom.sg.m")
                    forms = [M.determiner_form(kind, stem, f, toks[k - 1].text) for f in cases]
                    props = list(dict.fromkeys(f"{d} {noun}" for d in forms if d))
                else:
                    props = [noun]
                out.append(Finding(start, toks[k].end, ctx.doc.text[start:toks[k].end], "FALSE_FRIEND", "calque",
                                   "warning", "false friend: „Resignation“ is despair; an office holder's resignation "
                                   "is the „Rücktritt“", props))
    return out


# "is expected to …": the passive of "erwarten" with a subject and a zu-infinitive -> the modal of likelihood
_EXPECTED = {"wird": "dürfte", "werden": "dürften", "wurde": "sollte", "wurden": "sollten"}


def _check_expected_to(ctx: Context) -> list[Finding]:
    """"Der Pegel wird erwartet, bis Dienstag zurückzugehen" (is expected to fall) -> "dürfte bis Dienstag
    zurückgehen": in German a thing is not "erwartet" to do something; a noun phrase as the subject before the
    passive, a comma and a zu-infinitive are English word for word. (Not "Es wird erwartet, …" nor "Von den
    Teilnehmern wird erwartet, … zu …", where people are expected to act.)"""
    from .agreement import _zu_infinitive_follows

    toks = ctx.doc.tokens
    out = []
    for i in range(1, len(toks) - 3):
        aux = toks[i].text
        if aux not in _EXPECTED or toks[i + 1].text != "erwartet" or toks[i + 2].text != "," \
                or ctx.claimed(i) or not _zu_infinitive_follows(ctx, i + 3) \
                or toks[i + 3].text.lower() in ("um", "ohne", "statt", "anstatt", "dass", "ob"):
            continue
        # the subject: a noun right before, its determiner and adjectives before it, no preposition governing them
        n = i - 1
        if not (toks[n].text[:1].isupper() and nouns.analyses(toks[n].text)) or n in ctx.doc.sentence_starts:
            continue
        d = n - 1
        while d >= 0 and toks[d].text.islower() and M.adjective_stem(toks[d].text) and M.determiner(
                toks[d].text) is None:
            d -= 1
        if d < 0 or M.determiner(toks[d].text) is None or (d > 0 and d not in ctx.doc.sentence_starts
                                                           and toks[d - 1].text.lower() in _PREPOSITIONS):
            continue
        # the zu-infinitive ends the span; its "zu" goes ("zurückzugehen" -> "zurückgehen", "zu dauern" -> "dauern")
        k = i + 3
        while k < len(toks) and toks[k].text not in _CLAUSE_MARKS:
            low = toks[k].text.lower()
            if low == "zu" and k + 1 < len(toks) and toks[k + 1].text.islower():
                end, inner = k + 1, None
                break
            z = low.find("zu", 2)
            if toks[k].text.islower() and 0 < z < len(low) - 3 and low.endswith("en") \
                    and lexicon.is_german(low) and lexicon.is_german(low[:z] + low[z + 2:]):
                end, inner = k, z
                break
            k += 1
        else:
            continue
        text = ctx.doc.text
        middle = text[toks[i + 2].end:toks[k].start].strip()
        verb = toks[end].text if inner is None else toks[end].text[:inner] + toks[end].text[inner + 2:]
        fixed = " ".join(x for x in (_EXPECTED[aux], middle, verb) if x)
        out.append(Finding(toks[i].start, toks[end].end, text[toks[i].start:toks[end].end], "CALQUE", "calque",
                           "warning", "„is expected to“ word for word: German says what is likely with „dürfte“ "
                           "(or „soll“, „wird voraussichtlich“)", [fixed]))
        ctx.claim(toks[i].start, toks[end].end)
    return out


# "took three years" -> "dauerte drei Jahre", not "nahm drei Jahre"
_TAKE_FORMS = {"nahm": "dauerte", "nahmen": "dauerten", "nimmt": "dauert", "genommen": "gedauert", "nehmen": "dauern"}
_TIME_UNITS = frozenset("Sekunden Minuten Stunden Tage Wochen Monate Jahre Jahrzehnte Sekunde Minute Stunde Tag Woche "
                        "Monat Jahr Jahrzehnt".split())
# with these nouns after the span "nehmen" is German ("sich drei Tage Zeit nehmen", "zwei Wochen Urlaub")
_TIME_TAKEN = frozenset("Zeit Urlaub Auszeit Pause frei Elternzeit Bedenkzeit Anspruch".split())


def _check_took_time(ctx: Context) -> list[Finding]:
    """"Der Bau hat drei Jahre genommen", "nahm zwei Wochen": "nehmen" with a span of time is English "take";
    German "dauern". Not where the time is taken for something ("drei Tage Urlaub nehmen", "sich Zeit nehmen") or
    "in Anspruch" ("nahm zwei Jahre in Anspruch")."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        verb = t.text.lower()
        if verb not in _TAKE_FORMS or not t.text.islower() or ctx.claimed(i):
            continue
        s = ctx.doc.sentence_of(t.start)
        first, last = (s.first, s.last) if s is not None else (0, len(toks))
        # (within its sentence: "… Wochen nehmen. Geologen zeigen sich …" takes no time for itself)
        clause = [toks[k].text for k in range(max(first, i - 6), min(last, i + 6))]
        if any(w in _TIME_TAKEN or w == "sich" for w in clause):
            continue
        # the unit right before the participle ("drei Jahre genommen") or right after a finite form plus number
        before = i >= 2 and toks[i - 1].text in _TIME_UNITS and (toks[i - 2].text.isdigit()
                                                                 or lexicon.is_german(toks[i - 2].text.lower()))
        after = i + 2 < len(toks) and toks[i + 2].text in _TIME_UNITS and (
            toks[i + 1].text.isdigit() or toks[i + 1].text.lower() in _NUMBER_WORDS)
        # ... or a few small words later, the span ending the clause ("nimmt derzeit bis zu drei Wochen.")
        after = after or any(
            toks[j].text in _TIME_UNITS and (toks[j - 1].text.isdigit() or toks[j - 1].text.lower() in _NUMBER_WORDS)
            and (j + 1 >= len(toks) or toks[j + 1].text in _CLAUSE_MARKS)
            and all(toks[k].text.islower() or toks[k].text.isdigit() for k in range(i + 1, j - 1))
            for j in range(i + 3, min(len(toks), i + 7)))
        # (the infinitive or participle last, "wird zwei weitere Wochen nehmen"; a finite form first)
        # ("nehmen" only last in its clause: "Monat und Jahr nehmen den Wert an" is no span of time)
        last = i + 1 >= len(toks) or toks[i + 1].text in _CLAUSE_MARKS or toks[i + 1].text in ("und", "oder")
        if not (before and (verb == "genommen" or (verb == "nehmen" and last))) and not (after and verb != "genommen"):
            continue
        # "Es nahm uns drei Tage" (took us): "dauern" takes no dative, the pronoun goes
        end = toks[i + 1].end if verb != "genommen" and i + 1 < len(toks) and toks[i + 1].text in _DATIVE_PRONOUNS \
            else t.end
        out.append(Finding(t.start, end, ctx.doc.text[t.start:end], "FALSE_FRIEND", "calque", "warning",
                           "„nehmen“ with a span of time is English „take“; German says „dauern“",
                           [_TAKE_FORMS[verb]]))
        ctx.claim(t.start, end)
    return out


_DATIVE_PRONOUNS = frozenset(("mir", "dir", "ihm", "ihr", "uns", "euch", "ihnen"))


_NUMBER_WORDS = frozenset("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig einige mehrere "
                          "viele wenige etliche".split())


# "it is about": "es geht um"; the forms of "sein" with "es" and those of "gehen" that replace them
_ABOUT_VERBS = {"ist": "geht", "war": "ging", "sei": "gehe", "wäre": "ginge"}
_ABOUT_BETWEEN = frozenset(("nicht", "nie", "nur", "auch", "immer", "vor", "allem", "doch", "aber", "hier", "dabei"))
_ACCUSATIVE_DETERMINERS = frozenset(("das", "den", "die", "einen", "eine", "ein", "mehr", "viel"))
# spans of time bare after "über" ("es war über Jahre …": for years)
_NO_ABOUT_NOUNS = frozenset("Jahre Jahren Monate Monaten Wochen Tage Tagen Stunden Jahrzehnte Jahrzehnten Nacht "
                            "Nächte Mittag".split())


def _accusative_after_about(word: str) -> bool:
    """WORD opens the phrase after "über" as an accusative does: an accusative determiner or possessive
    ("unsere Kinder"), or a bare noun that is no span of time ("über Geld")."""
    det = M.determiner(word) if word.islower() else None
    if word.lower() in _ACCUSATIVE_DETERMINERS:
        return True
    if det is not None:
        return any(f.startswith("akk") for f in det[2]) and not any(f.startswith("dat") for f in det[2])
    return word[:1].isupper() and word.isalpha() and bool(nouns.analyses(word)) and word not in _NO_ABOUT_NOUNS


def _verb_closes_clause(ctx: Context, j: int) -> bool:
    """A verb form ends the clause after token J: "sein" was an auxiliary ("ist es über den Preis gegangen") or
    part of an idiom with its own verb."""
    toks = ctx.doc.tokens
    k = j
    while k + 1 < len(toks) and toks[k + 1].text not in _CLAUSE_MARKS and toks[k + 1].is_word:
        k += 1
    last = toks[k].text
    return last.islower() and last.endswith(("en", "t")) and lexicon.is_german(last)


def _check_it_is_about(ctx: Context) -> list[Finding]:
    """"Es ist nicht über das Geld" ("it is not about money"): "es" with a form of "sein" and "über" + an
    accusative phrase (or a bare noun, "über Geld") is English word for word; German says "es geht um"."""
    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        verb = t.text.lower()
        if verb not in _ABOUT_VERBS or ctx.claimed(i):
            continue
        before = toks[i - 1].text.lower() if i > 0 else ""
        after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        if before == "es" and ctx.adjacent(i - 1, i):
            start, j = toks[i - 1].start, i + 1
        elif after == "es" and ctx.adjacent(i, i + 1):
            start, j = t.start, i + 2
        else:
            continue
        while j < len(toks) and toks[j].text.lower() in _ABOUT_BETWEEN and j - i <= 4:
            j += 1
        if j + 1 >= len(toks) or toks[j].text.lower() != "über" \
                or not _accusative_after_about(toks[j + 1].text) or _verb_closes_clause(ctx, j):
            continue
        span = ctx.doc.text[start:toks[j].end]
        words = span.split(" ")
        fixed = " ".join(_case_like(_ABOUT_VERBS[w.lower()], w) if w.lower() in _ABOUT_VERBS else
                         "um" if w.lower() == "über" else w for w in words)
        out.append(Finding(start, toks[j].end, span, "CALQUE", "calque", "warning",
                           "calque of English „it is about“: German says „es geht um“", [fixed]))
        ctx.claim(start, toks[j].end)
    return out


# heads of compounds machine translation builds from English ones word for word: English "authority" is an agency,
# German "Autorität" is standing ("port authority": Hafenbehörde); a "mill" that makes steel, paper or textiles is
# a Werk or a Fabrik ("steel mill": Stahlwerk), German "Mühle" grinds. (singular, plural) -> (German heads in
# order, a head German text must have with the first part too, or ""): a mill of an industry German text names
# ("Stahlindustrie"; not the "Riesenmühle des Weltalls"); an English "ban" is a Verbot, German "Bann" a spell or an
# excommunication ("import ban": Importverbot; Ding: ban :: Verbot); English "cutting" of costs or budgets is a
# Senkung or Kürzung, German "Schneidung" no word of its own ("cost cutting": Kostensenkung; Ding: cost-cutting ::
# Kostensenkung)
_FALSE_FRIEND_HEADS = {("autorität", "autoritäten"): ((("behörde", "behörden"),), ""),
                       ("bann", "banne"): ((("verbot", "verbote"),), ""),
                       ("schneidung", "schneidungen"): ((("senkung", "senkungen"), ("kürzung", "kürzungen")), ""),
                       ("mühle", "mühlen"): ((("werk", "werke"), ("fabrik", "fabriken"), ("hütte", "hütten")),
                                         "industrie")}


def _check_false_friend_heads(ctx: Context) -> list[Finding]:
    """"Hafenautorität" (port authority), "Stahlmühle" (steel mill): a compound German text has never used whose
    head is the English word's false friend, where German text uses the compound with the German head
    ("Hafenbehörde", "Stahlwerk"; not "Papiermühle", "Windmühle", which German has)."""
    from .spelling import names_an_institution   # (spelling imports this module)

    toks = ctx.doc.tokens
    out = []
    for i, t in enumerate(toks):
        w = t.text
        if not (w[:1].isupper() and w.isalpha()) or ctx.claimed(i) or lexicon.zipf_de(w.lower()) > 0:
            continue
        low = w.lower()
        for (sg, pl), (heads, sibling) in _FALSE_FRIEND_HEADS.items():
            head, plural = (pl, True) if low.endswith(pl) else (sg, False) if low.endswith(sg) else ("", False)
            # (a masculine head's genitive: "des Exportbanns" -> "des Exportverbots")
            genitive = next((e for e in ("s", "es") if not head and low.endswith(sg + e)), "")
            if genitive:
                head = sg + genitive
            first = w[: len(w) - len(head)]
            if not head or len(first) < 3 or (sibling and lexicon.zipf_de((first + sibling).lower()) == 0):
                continue
            holder = first.removesuffix("s")
            if head.startswith("autorität") and (names_an_institution(holder) or holder.endswith("ung")):
                continue   # the standing of who holds it: "Kirchenautorität", "Regierungsautorität"
            proposals = [first + (h_pl if plural else h_sg + genitive) for h_sg, h_pl in heads
                         if max(lexicon.zipf_de((first + h).lower()) for h in (h_sg, h_pl)) > 0]
            if not proposals:
                continue
            out.append(Finding(t.start, t.end, w, "FALSE_FRIEND", "calque", "warning",
                               f"„{head.capitalize()}“ as the head of „{w}“ is English word for word (a false "
                               "friend): German text uses the compound with another head", proposals))
            ctx.claim(t.start, t.end)
            break
    return out


_CONSEQUENCE = frozenset(("so", "derart", "dermaßen", "solcherart"))   # "so …, dass": a clause of consequence


def _check_false_friends(ctx: Context) -> list[Finding]:
    """"realisierte, dass" (realised that = noticed): the verb in any form directly before the conjunction."""
    friends = _collocations(ctx)[3]
    if not friends:
        return []
    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    for i, t in enumerate(toks):
        rows = friends.get(t.text.lower())
        if not rows or ctx.claimed(i) or (t.text[:1].isupper() and i not in ctx.doc.sentence_starts):
            continue
        # the conjunction opens the clause the verb governs: right after it, or after the first comma of the
        # sentence that follows ("realisierte erst Stunden später, dass …"), unless an article stands between:
        # then the verb has an object, "realisierte den Plan", the German sense
        comma = i + 1
        while comma < len(toks) and comma - i <= 10 and toks[comma].text not in _CLAUSE_MARKS:
            comma += 1
        # (a determiner after a preposition opens an adverbial, no object: "realisierte nach den Verlusten, dass")
        object_between = any(M.determiner(toks[k].text) is not None and not (
            toks[k - 1].text.lower() in M.PREPOSITIONS or toks[k - 1].text.lower() in M.CONTRACTIONS
            or M.determiner(toks[k - 1].text) is not None or toks[k - 1].text[:1].isupper())
            for k in range(i + 1, comma))
        # (nor a clause of consequence: "regierte so streng, dass …")
        if any(toks[k].text.lower() in _CONSEQUENCE for k in range(i + 1, comma)):
            continue
        j = comma + 1 if comma < len(toks) and toks[comma].text == "," and not object_between else i + 1
        if j >= len(toks):
            continue
        for verb, conj, feats, e in rows:
            if toks[j].text.lower() != conj:
                continue
            if conj == "wie" and not _degree_follows(toks, j):
                continue   # "realisieren, wie vereinbart": as agreed, the German sense
            finite = _finite(feats)
            # "realisiert": participle after an auxiliary ("hat nie realisiert"), else the finite verb
            aux = any(toks[k].text.lower() in _AUXILIARIES for k in range(max(0, i - 8), i))
            feat = "pp" if "pp" in feats and (aux or finite is None) else \
                "inf" if "inf" in feats and (aux or finite is None) else finite
            if feat is None:
                continue
            sugg = []
            for right in e.de[:3]:
                sep, f = conjugate(right)
                form = f[feat] if feat in ("pp", "inf") or not sep else f["last." + feat]
                sugg.append(_case_like(form, t.text))
            msg = f"false friend: „{verb}“ in the sense of English „{e.en}“"
            if e.note:
                msg += f": {e.note}"
            out.append(Finding(t.start, t.end, text[t.start:t.end], "FALSE_FRIEND", "calque", "info", msg, sugg))
            ctx.claim(t.start, t.end)
            break
    return out


def _degree_follows(toks, j: int) -> bool:
    """"wie" at J asks how much ("wie groß die Wut ist"): an adjective follows, not a participle ("wie vereinbart",
    "wie geplant") or a pronoun ("wie es hieß")."""
    if j + 1 >= len(toks):
        return False
    w = toks[j + 1].text
    if w in _DEGREE_WORDS:
        return True   # ("wie sehr", "wie viel")
    # (a participle: "ge-" with "-t" or "-en"; "gefährlich" is an adjective)
    if not w.islower() or (w.startswith("ge") and w.endswith(("t", "en"))) \
            or (w.endswith("t") and lexicon.is_german(w[:-1] + "en")):
        return False
    return lexicon.is_german(w + "e") and lexicon.is_german(w + "en")


_DEGREE_WORDS = frozenset(("sehr", "viel", "viele", "wenig", "wenige", "weit", "lange", "oft", "schnell"))


def _pattern_rows(ctx: Context) -> dict[str, dict[str | None, list[tuple[int, Calque]]]]:
    """The glossary's pattern rows by their first word's key (as the glossary indexes them), then by their second
    word's literal start (None for a one-word row), each with its place in the glossary's list; built once per
    glossary. Many rows begin with a common word ("die", "in", "mit"): each is tried only where the letters of its
    second word follow, not at every "die" of the text."""
    return derived(ctx.glossary, "pattern_rows", _build_pattern_rows)


def _build_pattern_rows(g) -> dict[str, dict[str | None, list[tuple[int, Calque]]]]:
    rows: dict[str, dict[str | None, list[tuple[int, Calque]]]] = {}
    for key, cqs in g.calques.items():
        by_second: dict[str | None, list[tuple[int, Calque]]] = {}
        for n, cq in enumerate(cqs):
            if _is_pattern_row(cq):
                words = cq.text.split()
                second = words[1].split("*")[0][:4] if len(words) > 1 else None
                by_second.setdefault(second, []).append((n, cq))
        if by_second:
            rows[key] = by_second
    return rows


def _candidates(by_second, following: str | None) -> list[Calque]:
    """The rows of one first-word key that can match before the token FOLLOWING, in the glossary's order."""
    found = list(by_second.get(None, ()))
    if following is not None:
        for k in range(min(4, len(following)), -1, -1):
            found += by_second.get(following[:k], ())
    found.sort(key=lambda row: row[0])
    return [cq for _, cq in found]


def _check_patterns(ctx: Context) -> list[Finding]:
    index = _pattern_rows(ctx)
    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        low = t.text.lower()
        following = toks[i + 1].text if i + 1 < len(toks) else None
        found = None
        for key in dict.fromkeys(low[:k] for k in (4, 3, 2, 1)):
            by_second = index.get(key)
            if not by_second:
                continue
            rows = _candidates(by_second, following)
            if following == "zu" and i + 2 < len(toks):
                # (a row of two words ending in a verb, as a zu-infinitive: "Ecken zu schneiden")
                rows += [cq for cq in _candidates(by_second, toks[i + 2].text) if len(cq.pattern) == 2]
            for cq in rows:
                m = _match(ctx, i, cq)
                if m is not None:
                    found = (cq, *m)
                    break
            if found:
                break
        if not found:
            gapped = _gapped_idiom(ctx, i, index)
            if gapped is not None:
                out.append(gapped)
            i += 1
            continue
        cq, last, slots, zu = found
        start, end = t.start, toks[last].end
        original = text[start:end]
        # (a pattern that opens with a noun is capitalised anyway: only at a sentence's start does the fix take it)
        pattern = "" if i in ctx.doc.sentence_starts else cq.text
        suggestions = [_with_zu(_fill(r, slots, original, pattern)) if zu else _fill(r, slots, original, pattern)
                       for r in cq.replacements]
        e = cq.entry
        msg = f"calque of English „{e.en}“"
        if e.note:
            msg += f": {e.note}"
        out.append(Finding(start, end, original, "CALQUE", "calque", "warning", msg, suggestions))
        ctx.claim(start, end)
        i = last + 1
    return out


def _gapped_idiom(ctx: Context, i: int, index) -> Finding | None:
    """A row that opens with a verb and goes on with a preposition's phrase, the verb at token I and one or two
    adverbs between ("fielen dagegen durch die Ritzen"): the phrase alone is found, with the rows' phrase for it
    ("durchs Raster"), where each replacement keeps the verb as the row writes it; the adverbs stay."""
    toks = ctx.doc.tokens
    low = toks[i].text.lower()
    if not toks[i].text.islower() or ctx.claimed(i):
        return None
    for gap in (1, 2):
        p = i + 1 + gap
        if p + 1 >= len(toks) or not all(
                ctx.adjacent(k - 1, k) and toks[k].text.isalpha() and toks[k].text.islower()
                and (toks[k].text in _GAP_ADVERBS or toks[k].text in _GAP_PRONOUNS) for k in range(i + 1, p)):
            continue
        # (an object pronoun between only before an idiom of three words or more: "kostet uns einen Arm und ein
        # Bein"; adverbs before a preposition's phrase)
        pronoun = any(toks[k].text in _GAP_PRONOUNS for k in range(i + 1, p))
        for key in dict.fromkeys(low[:k] for k in (4, 3, 2, 1)):
            by_second = index.get(key)
            if not by_second:
                continue
            for cq in _candidates(by_second, toks[p].text):
                if len(cq.pattern) < (5 if pronoun else 3) \
                        or (toks[p].text.lower() not in M.PREPOSITIONS and not pronoun):
                    continue
                m = cq.pattern[0].match(toks[i].text)
                rest = _match_from(ctx, p, cq.pattern[1:])
                if m is None or rest is None:
                    continue
                # (each replacement keeps the verb as written: "fiel* durchs Raster")
                verb_slots = list(m.groups())
                if not all(" " in r and _fill(r.split(" ", 1)[0], verb_slots, toks[i].text) == toks[i].text
                           for r in cq.replacements):
                    continue
                last, slots = rest
                start, end = toks[p].start, toks[last].end
                suggestions = [_fill(r.split(" ", 1)[1], slots, ctx.doc.text[start:end]) for r in cq.replacements]
                msg = f"calque of English „{cq.entry.en}“" + (f": {cq.entry.note}" if cq.entry.note else "")
                ctx.claim(start, end)
                return Finding(start, end, ctx.doc.text[start:end], "CALQUE", "calque", "warning", msg,
                               suggestions)
    return None


# adverbs that stand between a verb and the rest of its idiom ("fielen dagegen durch die Ritzen"): those between a
# light verb and its noun, and adverbs of manner and degree
_GAP_ADVERBS = (_BETWEEN_OK - {"zu"}) | frozenset("dagegen oft häufig immer damit somit also zudem völlig komplett "
                                                  "einfach regelrecht buchstäblich abrupt plötzlich vorübergehend "
                                                  "offenbar erneut".split())


# object pronouns between a verb and the rest of its idiom ("kostet uns einen Arm und ein Bein")
_GAP_PRONOUNS = frozenset("uns ihn ihm ihr ihnen mich mir dich dir euch es".split())


def _match_from(ctx: Context, j: int, pattern) -> tuple[int, list[str]] | None:
    """(last token, slots' letters) where PATTERN's words stand adjacent from token J on."""
    toks = ctx.doc.tokens
    slots: list[str] = []
    for k, pat in enumerate(pattern):
        if j + k >= len(toks) or (k and not ctx.adjacent(j + k - 1, j + k)) or ctx.claimed(j + k):
            return None
        m = pat.match(toks[j + k].text)
        if m is None:
            return None
        slots.extend(m.groups())
    return j + len(pattern) - 1, slots


# --- verb–noun collocations --------------------------------------------------------------------------------------

def _noun_lemmas(word: str, by_noun) -> list[str]:
    """Table nouns this token is a (non-genitive) form of: the noun itself or a compound ending in it."""
    if not word[:1].isupper() or not word.isalpha() and "-" not in word:
        return []
    an = nouns.analyses(word)
    out = []
    for lemma, feat in an:
        if feat.startswith("gen"):
            continue
        if lemma in by_noun:
            out.append(lemma)
            continue
        tail = lemma.rsplit("-", 1)[-1]
        for n in by_noun:
            first = tail[:-len(n)]
            # a short noun only after a linking element: "Präsidentenwahl", "Arbeitszeit", not "Hochzeit"
            # (the first part a noun, not a prefix: "Vorführung" is no "Führung")
            if len(n) >= 4 and len(first) > 2 and tail.endswith(n.lower()) and first[:1].isupper() \
                    and (len(n) >= 5 or first.endswith(("s", "n", "-"))) \
                    and (first.endswith("-") or any(len(x) >= 3 and nouns.analyses(x)
                                                    for x in (first, first[:-1], first[:-2]))):
                out.append(n)
    if not an:
        # a compound the lexicon does not list: its last part ("Sofortmaßnahmen" -> "Maßnahmen")
        head = nouns.head_of(word)
        if head and head != word:
            return _noun_lemmas(head, by_noun)
    return list(dict.fromkeys(out))


def _is_word(t) -> bool:
    return t.text[:1].isalnum()


def _clause_end(toks, i: int, stop: int) -> int:
    """Index of the last word token of the clause that contains token i (before punctuation or a subordinator)."""
    j = i
    # (across the full stop of an ordinal and the colon of a clock time: "vom 14. bis", "um 3:30")
    while j + 1 < stop and (_is_word(toks[j + 1]) or (toks[j + 1].text in (".", ":") and toks[j].text.isdigit()
                                                      and j + 2 < stop and _is_word(toks[j + 2]))) \
            and toks[j + 1].text.lower() not in (
            "dass", "weil", "wenn", "ob", "als", "und", "oder", "aber", "sondern", "denn", "damit", "obwohl"):
        j += 1
    return j


def _check_collocations(ctx: Context) -> list[Finding]:
    by_noun, verb_forms = _collocations(ctx)[:2]
    if not by_noun:
        return []
    toks = ctx.doc.tokens
    out = []
    for s in ctx.doc.sentences:
        for i in range(s.first, s.last):
            t = toks[i]
            cands = verb_forms.get(t.text.lower())
            if not cands or ctx.claimed(i) or (t.text[:1].isupper() and i != s.first):
                continue
            # a participle in ge- that is also the present of a verb in ge- ("gehört": hören, and gehören, "Der
            # Fall gehört zu …") is left alone
            low = t.text.lower()
            cands = {v: f for v, f in cands.items()
                     if not (f == {"pp"} and v.endswith("en") and low == "ge" + v[:-2] + "t"
                             and lexicon.is_german("ge" + v))}
            if not cands:
                continue
            f = _collocation_at(ctx, s, i, cands, by_noun)
            if f is not None:
                out.append(f)
                ctx.claim(f.start, f.end)
    return out


def _collocation_at(ctx: Context, s, i: int, cands: dict[str, set[str]], by_noun) -> Finding | None:
    toks = ctx.doc.tokens
    # "es gibt eine Debatte": existential geben, not a light verb
    # (also further off: "scheint es einen kleinen Vorteil zu geben")
    if "geben" in cands and any(toks[k].text.lower() == "es" for k in range(i - 8, i + 2) if s.first <= k < s.last):
        return None
    # "Platz nehmen" (to sit down, or "take place" word for word, _check_took_place's): no light verb of a noun
    if "nehmen" in cands and any(toks[k].text == "Platz" for k in range(max(s.first, i - 8), min(s.last, i + 9))):
        return None
    # the noun after the verb (verb second) or before it (verb last), nearest first, in the same clause
    # (further back for a verb last: "eine Entscheidung über weitere Hilfen bis Mitte August zu nehmen")
    order = []
    for d in range(1, _WINDOW_BACK + 1):
        order += ([i + d] if d <= _WINDOW else []) + [i - d]
    for j in order:
        if not s.first <= j < s.last or j == i:
            continue
        lo, hi = min(i, j), max(i, j)
        if any(not _is_word(toks[k]) for k in range(lo + 1, hi)):
            continue
        lemmas = _noun_lemmas(toks[j].text, by_noun)
        if not lemmas:
            continue
        if j < i and _after_preposition(toks, j, s.first):
            continue   # "aus dem Programm genommen": the noun of a prepositional phrase is no object of the verb
        if any(toks[k].text == "für" for k in range(min(i, j) + 1, min(s.last, max(i, j) + 5))) \
                and "halten" in cands:
            return None   # "halten … für": to consider, no light verb ("Wir halten die Wahl für einen Fehler")
        for lemma in lemmas:
            for col in by_noun[lemma]:
                if col.wrong not in cands:
                    continue
                f = _propose(ctx, s, i, j, col, cands[col.wrong])
                if f is not None:
                    return f
        if _in_prepositional_phrase(toks, j, s.first):
            continue   # "eine Entscheidung über Stellen genommen": no object of the verb
        nxt = toks[i + 1].text.lower() if i + 1 < s.last else ""
        if j < i and nxt and _is_word(toks[i + 1]) and nxt not in _CLAUSE_END_WORDS:
            continue   # a noun before a verb in second place is its subject ("der Wettbewerb mache … Sinn")
        return None   # the nearest noun of the table decides
    return None


def _predicative_adjective(word: str) -> bool:
    """WORD is an adjective's uninflected form ("möglich", "Klar" at a sentence's start): it takes the endings."""
    low = word.lower()
    return len(low) >= 3 and lexicon.is_german(low) and not nouns.analyses(word) \
        and sum(lexicon.is_german(low + e) for e in ("e", "en", "er", "es", "em")) >= 4


def _after_preposition(toks, j: int, first: int) -> bool:
    """Noun J follows a preposition with only a determiner and adjectives between ("aus dem Programm"; not "an dem
    wir unsere Versprechen", where a pronoun stands between)."""
    k = j - 1
    if k >= first and toks[k].text.lower() in _NP_WORDS:
        k -= 1
    while k >= first and toks[k].text.islower() and toks[k].text.endswith(("e", "en", "er", "es", "em")) \
            and toks[k].text not in _PREPOSITIONS and toks[k].text not in _NP_WORDS:
        k -= 1   # adjectives
    return k >= first and toks[k].text.lower() in _PREPOSITIONS


def _in_prepositional_phrase(toks, j: int, first: int) -> bool:
    """Noun J follows a preposition, across articles and lower-case words ("über die neuen Stellen")."""
    k = j - 1
    while k >= first and (toks[k].text.lower() in _NP_WORDS or toks[k].text.islower()) \
            and toks[k].text.lower() not in _PREPOSITIONS:
        k -= 1
    return k >= first and toks[k].text.lower() in _PREPOSITIONS


def _propose(ctx: Context, s, i: int, j: int, col: _Collocation, feats: set[str]) -> Finding | None:
    toks = ctx.doc.tokens
    text = ctx.doc.text
    if j < i:   # noun ... verb: verb last (or a fronted object)
        between = [toks[k].text.lower() for k in range(j + 1, i)]
        if not _attribute_between([toks[k].text for k in range(j + 1, i)], passive="pp" in feats):
            return None
        b = i - 2 if toks[i - 1].text == "zu" else i - 1
        if b - 1 > j and (toks[b - 1].text.lower(), toks[b].text, col.wrong) in _verb_idioms():
            return None   # "die Entscheidung zur Kenntnis genommen": the verb is the idiom's, not the noun's
        zu = between[-1:] == ["zu"] and "inf" in feats
        one_word_zu = "zu" in feats   # "auszugeben"
        nxt = toks[i + 1].text.lower() if i + 1 < s.last else ""
        last_position = (not nxt or not _is_word(toks[i + 1]) or nxt in _CLAUSE_END_WORDS)
        if not last_position and "pp" not in feats:
            # the verb in second place with more of the clause after it: the noun is its subject ("Die Gespräche
            # halten an", "Die Kosten schneiden schlecht ab"), a particle may change the verb
            return None
        start = toks[i - 1].start if zu else toks[i].start
        end = toks[i].end
        sugg = []
        for right in col.right[:3]:
            _, f = conjugate(right)
            if zu or one_word_zu:
                form = f["zu"]
            elif "pp" in feats and (len(feats) == 1 or not last_position or "inf" not in feats):
                form = f["pp"]
            elif "inf" in feats:
                form = f["inf"]
            else:
                feat = _finite(feats)
                if feat is None:
                    return None
                if not last_position:
                    return None   # "Eine Entscheidung machte er nie": too rare to rewrite safely
                form = f["last." + feat]
            sugg.append(_case_like(form, text[start:end]))
        return _finding(text, start, end, col, sugg)
    # verb ... noun: a finite verb in second (or first) position
    if split_verb(col.wrong)[0]:
        return None   # a separable verb there is split ("gibt … aus"): only its one-word forms are matched
    feat = _finite(feats)
    if feat is None:
        return None
    between = [toks[k].text.lower() for k in range(i + 1, j)]
    if any(w in _PREPOSITIONS for w in between):
        # "macht sich über die Debatte lustig": the noun is no object of the verb; but a whole prepositional
        # phrase may stand before the object's own article ("nahm nach der dritten Runde eine Pause")
        a = j - 1
        while a > i and toks[a].text.lower() in _NP_WORDS and toks[a].text.lower() not in _PREPOSITIONS:
            a -= 1
        # (or before a bare object, right after the phrase's noun: "machen seit Jahren Warnungen")
        bare_after_phrase = a == j - 1 and toks[a].text[:1].isupper() and toks[i + 1].text.lower() in _PREPOSITIONS
        if (a == j - 1 and not bare_after_phrase) or _in_prepositional_phrase(toks, j, i + 1) \
                or not _attribute_between([toks[k].text for k in range(i + 1, a + 1)]):
            return None
    if i - 1 >= s.first and _predicative_adjective(toks[i - 1].text):
        return None   # "Möglich macht das auch das Abkommen": the adjective, fronted, is what the verb makes
    if "sich" in between:
        return None   # "erhebt sich die Frage": a reflexive verb, the noun its subject
    end_i = _clause_end(toks, j, s.last)
    after = [toks[k].text for k in range(j + 1, end_i + 1)]
    if after:
        first = after[0]
        if first[:1].islower() and first.lower() not in _PREPOSITIONS and first.lower() not in _NP_WORDS \
                and first.lower() not in _BETWEEN_OK:
            return None   # "macht die Debatte schwierig", "nimmt die Herausforderung an": another verb
        if first[:1].isupper() and nouns.analyses(first):
            return None   # "nehmen 30 Schritte Abstand": the object is another noun
        last = after[-1]
        if last.lower() in SEPARABLE or last.lower() in ("wahr", "teil", "zurück", "kaputt", "bekannt", "frei"):
            return None
        if len(after) > 1 and last.islower() and _predicative_adjective(last) and last not in ("lang", "weit"):
            return None   # "macht die Auszahlung von einem Zeitplan abhängig": the verb makes the noun something
            # (not a span's "lang": "kämpften das Feuer über sieben Stunden lang")
    start, plain_end = toks[i].start, toks[i].end
    rights = [(r, *conjugate(r)) for r in col.right[:3]]
    # a separable verb puts its prefix at the clause end: the finding then spans the clause from the verb on
    end = toks[end_i].end if any(sep for _, sep, _ in rights) else plain_end
    rest = text[plain_end:end]
    sugg = [_case_like(f[feat], toks[i].text) + rest + (" " + sep if sep else "") for _, sep, f in rights]
    return _finding(text, start, end, col, sugg)


@lru_cache(maxsize=1)
def _verb_idioms() -> frozenset[tuple[str, str, str]]:
    """(preposition, noun, verb) of the German idioms in the English-German dictionary's translations ("zur
    Kenntnis nehmen", "in Kauf nehmen", "unter Vertrag nehmen")."""
    rx = re.compile(r"\b(zur|zum|in|ins|unter|an|auf|aufs|von|vom|im|am|außer|zu)\s+([A-ZÄÖÜ]\w+)\s+([a-zäöüß]+en)\b")
    return frozenset(m.groups() for rest in dictionary.german_texts() for m in rx.finditer(rest))


def _attribute_between(words: list[str], passive: bool = False) -> bool:
    """WORDS between a noun and its verb at the clause's end are adverbs of _BETWEEN_OK and prepositional phrases
    ("eine Entscheidung über die Haft nehmen", "eine Entscheidung über weitere Hilfen bis Mitte August zu nehmen"):
    each a preposition, articles or adjectives, then a noun or a name; an adverbial genitive ("schweren Herzens");
    and where the verb is a participle (PASSIVE) the auxiliary of the passive ("Die Entscheidung sei … genommen")."""
    k = 0
    fronted = 0
    while k < len(words):
        w = words[k].lower()
        if w in _BETWEEN_OK or (passive and w in _PASSIVE_AUXILIARIES) or _PRONOMINAL_ADVERB.fullmatch(w):
            k += 1   # (a pronominal adverb is a prepositional phrase: "ein Auge darauf halten")
            continue
        # a fronted object: the finite auxiliary and the subject's pronoun right after it ("Eine Entscheidung
        # wolle er bis Ende des Monats nehmen"), once; also after the noun's attribute ("Eine Entscheidung über die
        # Finanzierung habe man noch nicht genommen")
        if not fronted and (w in _AUXILIARIES or w in _SUBJUNCTIVE_AUX) and words[k] == w:
            k += 1
            fronted = 1
            if k < len(words) and words[k] in M.SUBJECT_PRONOUNS:
                k += 1
            elif k < len(words) and words[k].islower() and M.determiner(words[k]) is not None \
                    and any(f.startswith("nom") for f in M.determiner(words[k])[2]):
                # (or a subject of its own phrase, its article a nominative's: "Eine Entscheidung wolle die
                # Regierung bis März nehmen"; not an object, "Jeder Beitrag kann einen Unterschied machen")
                a = k + 1
                while a < len(words) and words[a].islower() and words[a].endswith(("e", "en", "er", "es", "em")):
                    a += 1
                if a < len(words) and words[a][:1].isupper():
                    k = a + 1
            continue
        if k == 0 and w in ("des", "der", "eines", "einer") and words[k] == w:
            # the noun's genitive attribute right after it ("das Ausmaß der Krise zu spät realisiert")
            k += 1
            while k < len(words) and words[k].islower() and words[k].endswith(("en", "er")):
                k += 1
            if k >= len(words) or not words[k][:1].isupper():
                return False
            k += 1
            continue
        if w in _PREPOSITIONS or w == "bis":
            k += 1
            while k < len(words) and (words[k].lower() in _NP_WORDS or words[k].islower()) \
                    and words[k].lower() not in _BETWEEN_OK and words[k].lower() not in _PREPOSITIONS:
                k += 1
            if k >= len(words) or not words[k][:1].isupper():
                return False
            while k < len(words) and words[k][:1].isupper():   # "bis Mitte August"
                k += 1
            # (and its genitive attribute: "bis Ende des Monats")
            if k + 1 < len(words) and words[k].lower() in ("des", "der", "eines", "einer") \
                    and words[k + 1][:1].isupper():
                k += 2
            if k < len(words) and words[k].isdigit():   # "bei Kilometer 30"
                k += 1
            continue
        # an adjective and a genitive noun as an adverb ("schweren Herzens", "guten Gewissens")
        if k + 1 < len(words) and w.endswith("en") and words[k + 1][:1].isupper() and words[k + 1].endswith("s"):
            k += 2
            continue
        return False
    return True


_PRONOMINAL_ADVERB = re.compile(r"(?:da|dar|hier|wo|wor)(?:auf|an|über|für|um|mit|von|zu|bei|in|aus|nach|unter|vor|"
                                r"gegen|durch)")
_PASSIVE_AUXILIARIES = frozenset("sei seien wurde wurden ist sind war waren wird werden worden werde würde würden"
                                 .split())


def _verb_form_at(ctx: Context, s, k: int, forms: dict[str, set[str]]) -> bool:
    """Token k of sentence S is one of a verb's FORMS (forms_index), not claimed, and written small unless it opens
    the sentence ("Nahm" there, not the noun "Nehmen" elsewhere)."""
    w = ctx.doc.tokens[k].text
    return w.lower() in forms and not ctx.claimed(k) and (not w[:1].isupper() or k == s.first)


def _feature_to_replace(feats: set[str]) -> str | None:
    """The form a replacement verb takes for a form with FEATS: its participle, its infinitive, or its finite form."""
    return "pp" if "pp" in feats else "inf" if "inf" in feats else _finite(feats)


def _finite(feats: set[str]) -> str | None:
    for pref in ("pres.3sg", "pret.3sg", "pres.3pl", "pret.3pl", "k2.3sg", "k2.3pl", "pres.1sg", "pres.2sg",
                 "pret.2sg", "pres.2pl", "pret.2pl", "pres.1pl", "pret.1pl"):
        if pref in feats:
            return pref
    return next((f for f in sorted(feats) if f.startswith(("pres.", "pret.", "k2."))), None)


_case_like = M.case_like


def _finding(text: str, start: int, end: int, col: _Collocation, sugg: list[str]) -> Finding:
    e = col.entry
    right = " / ".join(f"„{col.noun} {r}“" for r in col.right[:3])
    msg = f"calque of English „{e.en}“: German says {right}, not „{col.noun} {col.wrong}“"
    if e.note:
        msg += f" ({e.note})"
    return Finding(start, end, text[start:end], "CALQUE_COLLOCATION", "calque", "warning", msg,
                   list(dict.fromkeys(sugg)))


# --- in + month ---------------------------------------------------------------------------------------------

_DIRECTION_RE = re.compile(r"Norden|Süden|(?:Nord|Süd)?(?:osten|westen)|Osten|Westen")

_SEASONS = frozenset(("Frühling", "Frühjahr", "Sommer", "Herbst", "Winter"))


def _check_months(ctx: Context) -> list[Finding]:
    """"in September" (English "in September"): German names a month with its article, "im September"; "am" goes
    with a day only ("am 5. Juni", never "am Juni"). Not a first name ("in August Mackes Bildern": a capitalised
    word follows)."""
    from .formats import MONTHS_DE

    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    for i in range(len(toks) - 1):
        t = toks[i]
        if t.text in ("in", "In") and _DIRECTION_RE.fullmatch(toks[i + 1].text) and ctx.adjacent(i, i + 1) \
                and not ctx.claimed(i) and text[toks[i + 1].end:toks[i + 1].end + 1] != "-":
            # a point of the compass takes its article too: "in Westen der Ukraine" -> "im Westen"
            start, end = t.start, toks[i + 1].end
            out.append(Finding(start, end, text[start:end], "CALQUE_IN_DIRECTION", "calque", "warning",
                               f"English „in the {toks[i + 1].text}“: German names a point of the compass with its "
                               "article", [f"{_case_like('im', t.text)} {toks[i + 1].text}"]))
            ctx.claim(start, end)
            continue
        if t.text in ("an", "An") and toks[i + 1].text in WEEKDAYS_DE and ctx.adjacent(i, i + 1) \
                and not ctx.claimed(i):
            # English "on Wednesday": German names the day with its article, "am Mittwoch" ("an Montagen", the
            # plural, stays)
            start, end = t.start, toks[i + 1].end
            out.append(Finding(start, end, text[start:end], "CALQUE_ON_DAY", "calque", "warning",
                               f"English „on {toks[i + 1].text}“: German names a day with its article",
                               [f"{_case_like('am', t.text)} {toks[i + 1].text}"]))
            ctx.claim(start, end)
            continue
        # (a season likewise: "in Herbst 2028" -> "im Herbst 2028")
        if t.text not in ("in", "In", "am", "Am") or ctx.claimed(i) \
                or (toks[i + 1].text not in MONTHS_DE and toks[i + 1].text not in _SEASONS) \
                or (toks[i + 1].text in _SEASONS and t.text.lower() == "am") or not ctx.adjacent(i, i + 1):
            continue
        nxt = toks[i + 2].text if i + 2 < len(toks) and ctx.adjacent(i + 1, i + 2) else ""
        if nxt[:1].isupper() or nxt == "-" or (t.text.lower() == "am" and nxt[:1].isdigit()):
            continue   # (an English date after "am" is the formats rule's: "am April 14" -> "am 14. April")
        start, end = t.start, toks[i + 1].end
        month = toks[i + 1].text
        msg = (f"English „in {month}“: German names a month or a season with its article"
               if t.text.lower() == "in" else f"„am“ goes with a day („am 5. {month}“); a month alone takes „im“")
        out.append(Finding(start, end, text[start:end], "CALQUE_IN_MONTH", "calque", "warning", msg,
                           [f"{_case_like('im', t.text)} {month}"]))
        ctx.claim(start, end)
    return out + _early_late_month(ctx) + _in_before_part_of(ctx) + _every_few(ctx)


# "every two weeks" word for word: "jede zwei Wochen"; German counts a span of several with "alle"
_EVERY_FEW = re.compile(r"\b([Jj]ede[ns]?) ((?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|"
                        r"[2-9]|[1-9]\d) (?:Sekunden|Minuten|Stunden|Tage|Wochen|Monate|Jahre|Jahrzehnte|Kilometer|"
                        r"Meter))\b")


def _every_few(ctx: Context) -> list[Finding]:
    """"jede zwei Wochen" ("every two weeks") -> "alle zwei Wochen": "jede" counts one at a time, German counts a
    span of several with "alle" ("jede Woche", "alle zwei Wochen")."""
    out = []
    for m in _EVERY_FEW.finditer(ctx.doc.text):
        first = ctx.token_at(m.start())
        if first is None or ctx.claimed(first):
            continue
        alle = "Alle" if m.group(1)[0].isupper() else "alle"
        out.append(Finding(m.start(), m.end(), m.group(0), "CALQUE_EVERY", "calque", "error",
                           "English „every two …“: German counts a span of several with „alle“",
                           [f"{alle} {m.group(2)}"]))
        ctx.claim(m.start(), m.end())
    return out


# "in early March" word for word: "in Anfang März"; German's "Anfang", "Mitte", "Ende" take no preposition
_IN_PART_OF = re.compile(r"\b([Ii]n) ((?:Anfang|Mitte|Ende) (?:Januar|Februar|März|April|Mai|Juni|Juli|August|"
                         r"September|Oktober|November|Dezember|(?:19|20)\d\d))\b")


def _in_before_part_of(ctx: Context) -> list[Finding]:
    """"in Anfang März", "in Ende 2024" -> "Anfang März", "Ende 2024": the part of a month or a year stands
    without "in"."""
    out = []
    for m in _IN_PART_OF.finditer(ctx.doc.text):
        first = ctx.token_at(m.start())
        if first is None or ctx.claimed(first):
            continue
        phrase = m.group(2)   # (its noun capitalised, at a sentence's start too)
        out.append(Finding(m.start(), m.end(), m.group(0), "CALQUE_IN_MONTH", "calque", "warning",
                           f"English „in early/mid/late …“: German „{phrase.split()[0]}“ takes no preposition",
                           [phrase]))
        ctx.claim(m.start(), m.end())
    return out


# "early May", "late June" word for word: "(im) frühen Mai", "seit frühem Mai", "im späten Juni"
_EARLY_LATE = re.compile(r"\b(?:(im|Im|seit|Seit|ab|Ab|bis|Bis) )?(früh|spät)(?:e|en|em|er)? ("
                         r"Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
                         r"(?![\w-])(?! [A-ZÄÖÜ])")


def _early_late_month(ctx: Context) -> list[Finding]:
    """"im frühen Mai", "seit frühem Mai" ("early May") -> "Anfang Mai", "seit Anfang Mai": German names the part of
    the month with "Anfang", "Mitte", "Ende" and no article. Not before a name ("im frühen August Macke")."""
    text = ctx.doc.text
    out = []
    for m in _EARLY_LATE.finditer(text):
        first, last = ctx.token_at(m.start()), ctx.token_at(m.end() - 1)
        if first is None or last is None or any(ctx.claimed(k) for k in range(first, last + 1)):
            continue
        part = "Anfang" if m.group(2) == "früh" else "Ende"
        prep = m.group(1)
        lead = "" if prep in (None, "im", "Im") else prep + " "
        fix = f"{lead}{part} {m.group(3)}"
        if m.start() == 0 or text[m.start() - 2:m.start()].strip() in (".", "!", "?", ""):
            fix = fix[0].upper() + fix[1:]
        out.append(Finding(m.start(), m.end(), m.group(), "CALQUE_IN_MONTH", "calque", "warning",
                           f"English „{'early' if part == 'Anfang' else 'late'} {m.group(3)}“ word for word: German "
                           f"says „{part} {m.group(3)}“", [fix]))
        ctx.claim(m.start(), m.end())
    return out


# --- in + year ---------------------------------------------------------------------------------------------------

_YEAR = re.compile(r"(?:1[6-9]|20)\d\d\Z")


def _no_dative(noun: str) -> bool:
    """A plural noun form the lexicon knows that is no dative plural ("Verträge", "Gesetze"; not "Sanktionen",
    "Metern"): after a number above one only the plural counts."""
    found = nouns.analyses(noun)
    return any(f.endswith(".pl") for _, f in found) and not any(f == "dat.pl" for _, f in found)


def _unrounded_year(number: str) -> bool:
    """NUMBER is a year of this century or the last decades of the one before that ends in neither 0 nor 5."""
    return number.isdigit() and 1950 <= int(number) <= 2049 and number[-1] not in "05"


def _measure_phrase(toks, j: int) -> bool:
    """The noun at J measures what follows it ("2000 Jahre alten Gräbern", "2000 Meter Höhe"): an adjective or a
    noun after it."""
    from .agreement import _is_adjective   # (agreement imports from modules that import this one)

    after = toks[j + 1].text if j + 1 < len(toks) else ""
    # (an adjective inflected or not: "alten", "alt")
    return after[:1].isupper() or (after.islower() and (_is_adjective(after) or _is_adjective(after + "e")))


def _check_years(ctx: Context) -> list[Finding]:
    from .agreement import _is_adjective   # (agreement imports from modules that import this one)

    years = _collocations(ctx)[2]
    if not years:
        return []
    e = years[0]
    toks = ctx.doc.tokens
    text = ctx.doc.text
    out = []
    for i in range(len(toks) - 1):
        t = toks[i]
        # (and "im", the article of "im Jahr" without its noun: "im 2015"; not before a participle, "im 2015
        # gegründeten Verein")
        if t.text not in ("in", "In", "im", "Im") or ctx.claimed(i) or not _YEAR.match(toks[i + 1].text):
            continue
        if not ctx.adjacent(i, i + 1):
            continue
        nxt = toks[i + 2] if i + 2 < len(toks) else None
        if t.text.lower() == "im" and (nxt is None or not re.fullmatch(r"(?:19|20)\d\d", toks[i + 1].text)
                                       or (nxt.text.islower() and _is_adjective(nxt.text))
                                       or nxt.text[:1].isupper()):
            continue
        # "in 2000 Metern Höhe", "in 1990er Jahren", "in 2024/25": a number or more than a year; but a plural
        # noun that cannot be dative after "in" makes the number a year ("unterzeichnete in 2020 Verträge"), and so
        # does a recent year's number that no one rounds ("in 2023 Medaillen gewonnen": a count that exact is
        # rare, a year common)
        if nxt is not None and ctx.adjacent(i + 1, i + 2) and (nxt.text[:1].isupper() or nxt.text[:1].isdigit()) \
                and not (_no_dative(nxt.text) and not _measure_phrase(toks, i + 2)) \
                and not (_unrounded_year(toks[i + 1].text) and nxt.text[:1].isupper()
                         and not (i + 3 < len(toks) and toks[i + 3].text[:1].isupper())):
            continue
        if nxt is not None and nxt.start == toks[i + 1].end and nxt.text in ("/", "-", "–"):
            continue
        # (an extended attribute after its article takes a year: "die in 2024 gebildeten Kommissionen")
        attribute = i > 0 and ctx.adjacent(i - 1, i) and M.determiner(toks[i - 1].text) is not None \
            and re.fullmatch(r"(?:19|20)\d\d", toks[i + 1].text) is not None
        if nxt is not None and nxt.text.islower() and _is_adjective(nxt.text) and M.determiner(nxt.text) is None \
                and nxt.text not in M.PREPOSITIONS and i + 3 < len(toks) and toks[i + 3].text[:1].isupper() \
                and not attribute \
                and not (nxt.text.endswith("e")
                         and (_no_dative(toks[i + 3].text) or _unrounded_year(toks[i + 1].text))) \
                and not (_unrounded_year(toks[i + 1].text) and nxt.text.startswith(("sämtlich", "all", "viel"))):
            continue   # a count before an adjective and its noun: "in 1700 weiteren Fällen" (not a phrase in no
            #            dative, which "in" cannot govern: "werde in 2026 neue Bäume pflanzen")
        start, end = t.start, toks[i + 1].end
        year = toks[i + 1].text
        sugg = [_case_like(d.replace("JJJJ", year), t.text) for d in e.de]
        msg = f"calque of English „{e.en}“"
        if e.note:
            msg += f": {e.note}"
        out.append(Finding(start, end, text[start:end], "CALQUE_IN_YEAR", "calque", "warning", msg, sugg))
        ctx.claim(start, end)
    return out


def _match(ctx: Context, i: int, cq: Calque) -> tuple[int, list[str], bool] | None:
    """(last token, the slots' letters, whether a "zu" stood before the last word) where CQ's words stand from
    token I on. An idiom ending in a verb's infinitive matches as a zu-infinitive too ("die Kugel zu beißen")."""
    toks = ctx.doc.tokens
    slots: list[str] = []
    zu = False
    last = len(cq.pattern) - 1
    for k, pat in enumerate(cq.pattern):
        j = i + k + zu
        if j >= len(toks) or (k and not ctx.adjacent(j - 1, j)) or ctx.claimed(j):
            return None
        m = pat.match(toks[j].text)
        if m is None and k == last and k >= 1 and toks[j].text == "zu" and _verb_slot(cq) \
                and j + 1 < len(toks) and ctx.adjacent(j, j + 1) and not ctx.claimed(j + 1) \
                and toks[j + 1].text.endswith("en"):
            zu, j = True, j + 1
            m = pat.match(toks[j].text)
        if m is None:
            return None
        slots.extend(m.groups())
    return i + last + zu, slots, zu


def _verb_slot(cq: Calque) -> bool:
    """CQ's last word and each replacement's last word are a verb with its ending in a slot ("beiß*"), where a
    zu-infinitive can stand ("in den sauren Apfel zu beißen")."""
    last = cq.pattern[-1]
    text = last.text if isinstance(last, SlotPattern) else last.pattern
    return text.endswith(("*", _SLOT_END)) and text[:1].islower() \
        and all(r.rsplit(" ", 1)[-1].endswith("*") and " " in r for r in cq.replacements)


_SLOT_END = _SLOT_RE + r"\Z"   # how the glossary compiles a word ending in one slot


def _with_zu(filled: str) -> str:
    """A filled replacement with "zu" before its last word, the verb ("in den sauren Apfel zu beißen")."""
    head, verb = filled.rsplit(" ", 1)
    return f"{head} zu {verb}"


def _fill(replacement: str, slots: list[str], original: str, pattern: str = "") -> str:
    parts = replacement.split("*")
    out = parts[0]
    for k, p in enumerate(parts[1:]):
        out += (slots[k] if k < len(slots) else "") + p
    # keep a sentence-initial capital (not a noun's, which the pattern writes so: "unsere Nummer-eins-Priorität"
    # -> "oberste Priorität")
    if original[:1].isupper() and out[:1].islower() and not pattern[:1].isupper():
        out = out[0].upper() + out[1:]
    # … and a small one mid-sentence, where a row written for a sentence's start matched ("im langen Lauf" ->
    # "langfristig", not "Langfristig"; a noun keeps its capital)
    first = out.split(" ", 1)[0]
    if original[:1].islower() and first[:1].isupper() and lexicon.is_german(first.lower()) \
            and not nouns.analyses(first):
        out = out[0].lower() + out[1:]
    return out


# English "an hour and a half" word for word: "eine Stunde und eine Hälfte" -> "eineinhalb Stunden" (Duden:
# eineinhalb, anderthalb)
_AND_A_HALF_RE = re.compile(r"\b([Ee]ine[mnr]?|[Ee]in) ([A-ZÄÖÜ][a-zäöüß]+) und eine(?:r|m)? Hälfte\b")


def _check_and_a_half(ctx: Context) -> list[Finding]:
    out = []
    for m in _AND_A_HALF_RE.finditer(ctx.doc.text):
        noun = m.group(2)
        case = {"einem": "dat", "einer": "dat"}.get(m.group(1).lower(), "nom")
        plural = next((fs[0] for lem, _ in nouns.analyses(noun) for feat, fs in nouns.forms_of(lem).items()
                       if feat == f"{case}.pl"), None)
        if plural is None:
            continue
        first, last = ctx.token_at(m.start()), ctx.token_at(m.end() - 1)
        if first is None or last is None or any(ctx.claimed(k) for k in range(first, last + 1)):
            continue
        out.append(Finding(m.start(), m.end(), m.group(), "CALQUE", "calque", "warning",
                           "English „… and a half“ word for word: German says „eineinhalb“ or „anderthalb“",
                           [f"{_case_like('eineinhalb', m.group(1))} {plural}",
                            f"{_case_like('anderthalb', m.group(1))} {plural}"]))
        ctx.claim(m.start(), m.end())
    return out
