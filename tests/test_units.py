"""Imperial measures (engines/builtin/units.py): English abbreviations always, German unit words when enabled."""

from __future__ import annotations

import pytest

from lektorat.checker import check_text, make_engines
from lektorat.engines.builtin.units import _german
from lektorat.tuning import Tuning


@pytest.fixture(scope="module")
def converting():
    return make_engines(["builtin"], tuning=Tuning.of(enable=["IMPERIAL_UNIT"]))


def _units(engines, text):
    return [(f.rule, f.text, f.suggestions) for f in check_text(text, engines).findings if "IMPERIAL" in f.rule]


def test_english_abbreviations_are_flagged_by_default(engines):
    found = _units(engines, "Es sind groß angelegte Roboter – 8 ft., 12 ft. lange Proteine.")
    assert [(r, t) for r, t, _ in found] == [("IMPERIAL_ABBREVIATION", "8 ft."), ("IMPERIAL_ABBREVIATION", "12 ft.")]
    assert found[0][2][0] == "etwa 2,4 Meter" and found[1][2][0] == "etwa 3,7 Meter"
    assert _units(engines, "Der Sturm erreichte 90 mph.")[0][2][0] == "etwa 145 Kilometer pro Stunde"


def test_german_unit_words_are_opt_in(engines, converting):
    text = "Die Eisberge ragten fast 200 Fuß aus dem Wasser."
    assert _units(engines, text) == []
    rule, span, fixes = _units(converting, text)[0]
    # after "fast" no second approximation word; the original stays available with the value in brackets
    assert (rule, span, fixes) == ("IMPERIAL_UNIT", "200 Fuß", ["61 Meter", "200 Fuß (etwa 61 Meter)"])


@pytest.mark.parametrize("text, span, first", [
    ("Das ist ein 15 Fuß langes Boot.", "15 Fuß", "etwa 4,6 Meter"),
    ("Das Tier hielt zwei Tage lang 115 Grad Fahrenheit aus.", "115 Grad Fahrenheit", "etwa 46 Grad Celsius"),
    ("Der Hurrikan zog mit 90 Meilen pro Stunde über die Küste.", "90 Meilen pro Stunde",
     "etwa 145 Kilometer pro Stunde"),
    ("Die Stadt liegt zwei Meilen entfernt.", "zwei Meilen", "etwa 3,2 Kilometer"),
    ("Die Farm ist 1.200 Acres groß.", "1.200 Acres", "etwa 486 Hektar"),
    ("Sie tranken 3,5 Gallonen Wasser.", "3,5 Gallonen", "etwa 13 Liter"),
])
def test_conversions(converting, text, span, first):
    found = _units(converting, text)
    assert [(t, fx[0]) for _, t, fx in found] == [(span, first)]


@pytest.mark.parametrize("text", [
    "Es ist ungefähr 120 Fuß über dem Wasser oder 40 Meter hoch.",     # the metric value is given
    "Die Temperatur stieg auf 100 Grad Fahrenheit (38 Grad Celsius).",
    "Er ging zu Fuß nach Hause.",                                        # no number
    "Das Schiff lag 12 Seemeilen vor der Küste und fuhr mit 20 Knoten.",  # German usage
    "Der Bildschirm misst 55 Zoll und kostet 5 Pfund.",                  # Zoll for screens; Pfund is also money
    "Das Gebiet ist zehnmal so groß wie 40 Quadratkilometer.",
])
def test_no_flag(converting, text):
    assert _units(converting, text) == []


@pytest.mark.parametrize("value, shown", [(36.576, "37"), (2.4384, "2,4"), (804.67, "805"), (0.3048, "0,3"),
                                          (46.11, "46"), (1609.3, "1.610"), (48280.3, "48.300"), (9.96, "10")])
def test_rounded_as_a_newsroom_rounds_and_written_the_german_way(value, shown):
    assert _german(value) == shown
