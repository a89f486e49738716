"""recoupe_figures, round 33: a number with spaces between its groups and a decimal comma is one
number, 'un million et demi' adds half its scale word, the first bound of an age or a duration range
counts nothing, and 'une sixième' before a comma is a rank, not a share."""
from __future__ import annotations

import pytest


def _figures(parse, passage):
    return {f.span.text: (f.value, f.unit) for f in parse(passage)._.figures}


@pytest.mark.parametrize("passage, span, value", [
    ("Le budget de la région atteint 12 345,6 milliards de francs CFA.", "12 345,6 milliards de francs CFA", 12345.6e9),
    ("La facture s'élève à 1 250,50 euros.", "1 250,50 euros", 1250.5),
])
def test_groups_then_decimals_are_one_number(parse, passage, span, value):
    found = _figures(parse, passage)
    assert span in found and found[span][0] == pytest.approx(value), found
    assert len(found) == 1, found


@pytest.mark.parametrize("passage, span, value, unit", [
    ("Les combats ont chassé près de deux millions et demi d'habitants.", "près de deux millions et demi d'habitants",
     2.5e6, "personne"),
    ("La ville a emprunté deux milliards et demi d'euros.", "deux milliards et demi d'euros", 2.5e9, "euro"),
])
def test_and_a_half_after_a_scale_word(parse, passage, span, value, unit):
    assert _figures(parse, passage).get(span) == (value, unit)


@pytest.mark.parametrize("passage, kept", [
    ("Ce sont deux sœurs de 12 à 14 ans et leur oncle.", {"deux sœurs"}),
    ("Les guetteurs ont écopé de peines allant de trois à cinq ans de prison.", set()),
    ("De 10 à 12 blindés ont franchi la frontière.", {"10 à 12 blindés"}),
])
def test_an_age_or_a_duration_range_counts_nothing(parse, passage, kept):
    assert set(_figures(parse, passage)) == kept


def test_a_rank_before_a_comma_is_no_share(parse):
    found = _figures(parse, "Trois dossiers ont été jugés. On n'attend qu'une septième, plus lourde.")
    assert found == {"Trois dossiers": (3.0, "dossier")}
    assert _figures(parse, "Un cinquième des votants a boudé le scrutin.") == {"Un cinquième des votants": (0.2, "personne")}
