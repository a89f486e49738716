"""recoupe_figures, round 32: a distance that places somewhere ('à 400 km de la capitale') and a
number labelling a text ('l'article 38 instaurant …') count nothing; a distance covered does."""
from __future__ import annotations

import pytest


def _spans(parse, passage):
    return [f.span.text for f in parse(passage)._.figures]


@pytest.mark.parametrize("passage", [
    # a distance placing somewhere is no figure
    "Les gendarmes patrouillent à Kayes, à 500 kilomètres de la capitale.",
    "Le hameau est situé à une quinzaine de kilomètres de Gap.",
    "Il fait aussi doux qu'à Bordeaux, à 600 km au sud.",
    "Le camp se trouve à près de 30 km de la frontière.",
    # a label before a present participle counts nothing
    "L'article 38 instaurant un fichier des empreintes est censuré.",
    "Le décret 12 portant sur les loyers a été abrogé.",
])
def test_distances_and_labels_count_nothing(parse, passage):
    assert _spans(parse, passage) == []


@pytest.mark.parametrize("passage, span", [
    ("Le bouchon s'étend sur 12 km.", "12 km"),
    ("Elle a parcouru 42 kilomètres à pied jusqu'à Lourdes.", "42 kilomètres"),
])
def test_a_distance_covered_is_a_figure(parse, passage, span):
    assert span in _spans(parse, passage)


def test_a_count_before_a_noun_in_ant_still_counts(parse):
    assert _spans(parse, "La marche a réuni 300 participants.") == ["300 participants"]
