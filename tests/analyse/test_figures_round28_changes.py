"""recoupe_figures, round 28: after a word of change, 'de X à Y' gives two levels (before and
after), each a figure with the scale and unit of the second; elsewhere 'de X à Y' stays a range.
A speed split by the tokenizer ('100 km/h') keeps its symbol."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage, expected", [
    ("La dotation est passée de 18 à 24 millions d'euros.",
     [("18", 18e6, "euro"), ("24 millions d'euros", 24e6, "euro")]),
    ("Le chômage a grimpé de 7 à 9 % dans la vallée.", [("7", 0.07, "fraction"), ("9 %", 0.09, "fraction")]),
    ("Les effectifs du service ont augmenté de 40 à 55 agents.", [("40", 40, "personne"), ("55 agents", 55, "personne")]),
])
def test_a_change_from_one_level_to_another_is_two_figures(parse, passage, expected):
    figures = [(f.span.text, pytest.approx(f.value), f.unit) for f in parse(passage)._.figures]
    assert figures == expected


@pytest.mark.parametrize("passage, span, value, unit", [
    ("Des rafales de 90 à 110 km/h balaieront la côte.", "90 à 110 km/h", 90, "km/h"),
    ("Le feu a mobilisé de 40 à 60 pompiers.", "40 à 60 pompiers", 40, "personne"),
])
def test_de_x_a_y_without_a_change_is_a_range(parse, passage, span, value, unit):
    figures = [(f.span.text, f.value, f.qualifier, f.unit) for f in parse(passage)._.figures]
    assert figures == [(span, value, "at_least", unit)]


def test_a_speed_at_the_end_of_a_sentence_keeps_its_symbol(parse):
    assert [f.unit for f in parse("Le chauffard roulait à 150 km/h.")._.figures] == ["km/h"]
