"""recoupe_figures, round 28: 'un kilo de riz', 'une tonne de déchets' are quantities (a noun of
weight or volume after 'un'), whose unit is the measure, not what it weighs."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage, span, value, unit", [
    ("Au marché de Gitega, un kilo de sucre se vend 3 000 francs.", "un kilo de sucre", 1, "kilo"),
    ("Une tonne de déchets a été ramassée sur la plage.", "Une tonne de déchets", 1, "tonne"),
    ("La coopérative a livré 40 tonnes de blé.", "40 tonnes de blé", 40, "tonne"),
])
def test_a_noun_of_weight_or_volume_makes_a_quantity(parse, passage, span, value, unit):
    figures = {f.span.text: (f.value, f.unit) for f in parse(passage)._.figures}
    assert figures.get(span) == (value, unit), figures


@pytest.mark.parametrize("passage", [
    "Un ministre a visité le marché couvert.",
    "Une ville du nord a accueilli le sommet.",
])
def test_un_before_another_noun_is_an_article(parse, passage):
    assert parse(passage)._.figures == []
