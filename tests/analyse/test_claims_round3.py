"""recoupe_claims, round 3: conditions of proof ('s'il est avéré'), open questions ('on
ignore si'), accusations and suspicions; a confirmation must name what it confirms."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage, content", [
    ("S'il est avéré, ce piratage du réseau hospitalier serait le plus grave jamais subi par la région.",
     "ce piratage du réseau hospitalier"),
    ("Si elle est confirmée, cette fuite de données toucherait un million de clients.", "cette fuite de données"),
    ("On ignore encore si les sanctions viseront aussi les banques.", "les sanctions viseront aussi les banques"),
    ("On ignore pour l'instant s'il y a des victimes.", "il y a des victimes"),
    ("La gérante est accusée d'avoir détourné les fonds du club.", "détourné les fonds du club"),
    ("Deux hommes sont soupçonnés d'avoir incendié la mairie.", "incendié la mairie"),
])
def test_unverified(parse, passage, content):
    claims = parse(passage)._.claims
    assert [c.status for c in claims] == ["unverified"]
    assert content in claims[0].span.text


def test_a_confirmation_of_nothing_named_is_no_claim(parse):
    assert parse("Un joueur a prolongé. La direction confirme un autre.")._.claims == []


def test_a_confirmed_fact_still_is(parse):
    claims = parse("Le parquet a confirmé que deux suspects avaient été arrêtés.")._.claims
    assert [(c.status, c.span.text) for c in claims] == [("confirmed", "deux suspects avaient été arrêtés")]
