"""recoupe_figures: 'un' counts one thing when it stands in a list of counted things."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage, expected", [
    ("L'armée a abattu 9 drones, un hélicoptère et un avion de chasse dans la nuit.",
     {"9 drones", "un hélicoptère", "un avion de chasse"}),
    ("Les douanes ont saisi 14 fusils et une mitrailleuse.", {"14 fusils", "une mitrailleuse"}),
])
def test_one_in_a_counted_list(parse, passage, expected):
    assert {f.span.text for f in parse(passage)._.figures} == expected


@pytest.mark.parametrize("passage", [
    "La Première ministre forme une équipe de 18 ministres et de quatre secrétaires d'Etat.",
    "L'information a été confirmée par deux élus et une source hospitalière.",
    "L'armée a abattu un hélicoptère.",
])
def test_one_outside_a_list_is_an_article(parse, passage):
    assert all(f.value != 1.0 for f in parse(passage)._.figures), parse(passage)._.figures


@pytest.mark.parametrize("passage, text, value", [
    ("La soixantaine de viticulteurs a bloqué la route.", "La soixantaine de viticulteurs", 60),
    ("La centaine de manifestants s'est dispersée.", "La centaine de manifestants", 100),
])
def test_definite_approximate_count(parse, passage, text, value):
    figure = next(f for f in parse(passage)._.figures if f.span.text == text)
    assert (figure.value, figure.qualifier) == (value, "about")
