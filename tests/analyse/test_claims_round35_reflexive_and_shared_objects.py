"""recoupe_claims, round 35: 'se confirmer' (a fact turning out) is confirmed by no one, and
'confirmer et renforcer une alliance' upholds a partnership, not a statement."""
from __future__ import annotations

import pytest


def _claims(parse, passage):
    return [(c.status, c.span.text) for c in parse(passage, published="2031-03")._.claims]


@pytest.mark.parametrize("passage", [
    "Si les ventes de cidre se confirment, les vergers pourraient embaucher vingt saisonniers.",
    "La tendance se confirme dans les vergers du nord.",
    "« Par ces contrats, les deux coopératives confirment et renforcent leur alliance de long terme. »",
])
def test_no_confirmation_without_a_party_confirming_a_statement(parse, passage):
    assert not any(status == "confirmed" for status, _ in _claims(parse, passage)), _claims(parse, passage)


def test_a_party_confirming_a_statement_still_counts(parse):
    found = _claims(parse, "La préfecture a confirmé que deux digues avaient cédé.")
    assert ("confirmed", "deux digues avaient cédé") in found, found
