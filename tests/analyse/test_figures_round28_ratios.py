"""recoupe_figures, round 28: 'X sur Y' is a proportion only out of a base of proportions
('un sur trois', 'sept sur dix'); out of another total ('onze élus sur 15') it counts a part
of a known set and the set's size, two figures of one unit. Codes naming lines ('L et S')
stay in the noun phrase."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage, span, value, unit", [
    ("Un autocar sur quatre restera au dépôt mardi.", "Un autocar sur quatre", 0.25, "autocar"),
    ("Sept électeurs sur dix ont boudé les urnes.", "Sept électeurs sur dix", 0.7, "personne"),
    ("Deux bus A et C sur cinq rouleront jeudi.", "Deux bus A et C sur cinq", 0.4, "bus"),
])
def test_a_ratio_out_of_a_base_of_proportions_is_a_share(parse, passage, span, value, unit):
    figures = [(f.span.text, pytest.approx(f.value), f.unit) for f in parse(passage)._.figures]
    assert figures == [(span, value, unit)]


@pytest.mark.parametrize("passage, expected", [
    ("Neuf conseillers sur 13 ont approuvé le plan.", [("Neuf conseillers", 9, "personne"), ("13", 13, "personne")]),
    ("Seules quatre pharmacies sur douze seront ouvertes.",
     [("quatre pharmacies", 4, "pharmacie"), ("douze", 12, "pharmacie")]),
    ("L'usine supprime 61 postes sur 430 à Vierzon.", [("61 postes", 61, "poste"), ("430", 430, "poste")]),
])
def test_a_part_of_a_known_set_and_its_size_are_two_counts(parse, passage, expected):
    figures = [(f.span.text, f.value, f.unit) for f in parse(passage)._.figures]
    assert figures == expected


def test_a_divisor_followed_by_its_own_noun_is_no_ratio(parse):
    figures = [(f.span.text, f.value) for f in parse("Le club a aligné quatre joueurs sur trois terrains.")._.figures]
    assert figures == [("quatre joueurs", 4), ("trois terrains", 3)]
