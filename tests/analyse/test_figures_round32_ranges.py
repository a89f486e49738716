"""recoupe_figures, round 32: a range opened by 'entre' needs no noun after it, two amounts each
with its own scale are two bounds, and a number quoted on its own still counts the noun after it."""
from __future__ import annotations

import pytest


def _figures(parse, passage):
    return {f.span.text: (f.value, f.qualifier, f.unit) for f in parse(passage)._.figures}


@pytest.mark.parametrize("passage, span, unit", [
    ("12 000 personnes ont défilé à Caen. A Rouen, elles étaient entre 8 000 à 15 000 selon les sources.",
     "entre 8 000 à 15 000", "personne"),
    ("Le nombre de sièges de la coalition tomberait entre 140 et 160, selon l'institut.", "entre 140 et 160", "siège"),
])
def test_a_range_after_entre_needs_no_noun(parse, passage, span, unit):
    assert _figures(parse, passage).get(span, (None,))[1:] == ("at_least", unit)


def test_two_amounts_with_their_own_scales_are_two_bounds(parse):
    found = _figures(parse, "Les PME visées réalisent de 15 millions à 1 milliard d'euros de ventes.")
    assert found.get("15 millions") == (15e6, "at_least", "euro"), found
    assert (1e9, "up_to", "euro") in found.values(), found


@pytest.mark.parametrize("passage", [
    "Le budget est passé de 4 millions à 1 milliard d'euros.",         # two levels of a change
    "Les prix vont de 2 à 3 millions d'euros.",                         # one shared scale: one range
])
def test_other_ranges_are_unchanged(parse, passage):
    assert "up_to" not in {q for _, q, _ in _figures(parse, passage).values()}


def test_a_number_quoted_on_its_own_counts_the_noun_after_it(parse):
    found = _figures(parse, "Le Qatar s'attend à « plus de 40 » otages libérés d'ici vendredi.")
    assert found.get("« plus de 40 » otages") == (40.0, "more_than", "personne"), found


@pytest.mark.parametrize("passage, span, value", [
    ("Au moins un des deux randonneurs serait mort de froid.", "Au moins un des deux randonneurs", 1.0),
    ("Un des trois otages a été tué.", "Un des trois otages", 1.0),
])
def test_one_of_a_set_killed_counts_one(parse, passage, span, value):
    found = _figures(parse, passage)
    assert found.get(span, (None,))[0] == value and not any(text.startswith(("deux", "trois")) for text in found), found
