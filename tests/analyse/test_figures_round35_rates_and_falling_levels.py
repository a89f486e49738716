"""recoupe_figures, round 35: a rate per a round base ('198 pour 100 000 habitants') is one figure,
the base counting nothing; 'passant de X à Y' after a word of change gives both levels even when
the second is lower."""
from __future__ import annotations

import pytest


def _figures(parse, passage):
    return [(f.span.text, f.value) for f in parse(passage, published="2031-03")._.figures]


def test_a_rate_per_inhabitants_is_one_figure(parse):
    found = _figures(parse, "La mortalité infantile atteint 4 pour 1 000 naissances dans la province.")
    assert found == [("4 pour 1 000 naissances", 4.0)], found


def test_a_falling_rate_gives_both_levels_counting_what_the_rate_names(parse):
    figures = parse("Le taux de visites a reculé, passant de 214 à 198 pour 100 000 habitants.", published="2031-03")._.figures
    assert [(f.value, f.unit) for f in figures] == [(214.0, "visite"), (198.0, "visite")], figures


def test_a_falling_amount_gives_both_levels(parse):
    found = _figures(parse, "Le budget du port a reculé, passant de 214 à 198 millions d'euros.")
    assert [v for _, v in found] == [214e6, 198e6], found


@pytest.mark.parametrize("passage", [
    "Les enfants de 14 à 12 ans sont partis.",          # no word of change: no range read downwards
    "Le maire a promis 5 pour 100 des recettes.",       # no noun after the base: not a rate
])
def test_no_rate_or_level_without_the_construction(parse, passage):
    assert all(v not in (14.0, 5.0) for _, v in _figures(parse, passage)), _figures(parse, passage)


@pytest.mark.parametrize("passage, expected", [
    ("Le titre Varnex (–4,12% à 18,40 euros) recule.", -0.0412),
    ("Les ventes de cidre, −2,5 %, déçoivent.", -0.025),
])
def test_a_dash_glued_to_a_number_is_a_minus_sign(parse, passage, expected):
    assert any(abs(v - expected) < 1e-9 for _, v in _figures(parse, passage)), _figures(parse, passage)


def test_a_dash_standing_apart_is_no_sign(parse):
    found = _figures(parse, "Les ventes reculent de 4 % – 3 % pour le seul cidre.")
    assert found and all(v > 0 for _, v in found), found
