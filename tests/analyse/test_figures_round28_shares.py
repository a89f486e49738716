"""recoupe_figures, round 28: a share after 'du' or 'des' with its qualifier ('plus du tiers de',
'près des deux tiers de'); a qualifier ending in 'des' before a count says where, not how many."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage, span, value, qualifier, unit", [
    ("La prime couvre plus du tiers de leur loyer.", "plus du tiers de leur loyer", 1 / 3, "more_than", "loyer"),
    ("Le groupe réalise près des trois quarts de ses ventes en Asie.", "près des trois quarts de ses ventes",
     0.75, "nearly", "vente"),
    ("Les intempéries ont détruit près du quart des récoltes.", "près du quart des récoltes", 0.25, "nearly", "récolte"),
])
def test_a_share_after_du_or_des_keeps_its_qualifier(parse, passage, span, value, qualifier, unit):
    figures = [(f.span.text, pytest.approx(f.value, abs=1e-3), f.qualifier, f.unit) for f in parse(passage)._.figures]
    assert figures == [(span, value, qualifier, unit)]


def test_a_place_near_a_counted_set_is_no_qualifier(parse):
    figures = [(f.span.text, f.qualifier) for f in parse("Le campement s'est installé près des 12 éoliennes.")._.figures]
    assert figures == [("12 éoliennes", "exact")]


@pytest.mark.parametrize("passage", [
    "Les pays tiers ont protesté auprès du comité.",
    "Le remboursement du tiers payant est gelé.",
    "La mi-temps du quart de finale a commencé.",
])
def test_tiers_or_quart_as_a_noun_of_its_own_is_no_share(parse, passage):
    assert parse(passage)._.figures == []
