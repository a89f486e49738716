"""recoupe_claims, round 2: conditionals and imperfects that mark no reserve."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage", [
    "Si le projet aboutit, ce serait une première en Europe.",
    "Selon lui, ce ne serait pas la fin du chantier.",
    "Le ministre a annoncé que la réforme serait présentée en juin.",
    "Il devrait pleuvoir demain. Le club pourrait recruter un attaquant.",
    "Les habitants se préparaient à partir. Le maire déclarait son inquiétude.",
    "La ville aurait pu gagner le prix, a estimé le jury.",
    "Elle les avait informés « que toute fraude serait sanctionnée ».",
    "Le ministre a admis que le bilan était décevant.",
    "Trois gardes ont été blessés lors d'une embuscade imputée à des rebelles.",   # who is blamed
])
def test_no_unverified_claim(parse, passage):
    assert [c for c in parse(passage)._.claims if c.status in ("unverified", "confirmed")] == []


def test_passive_confirmation_of_an_anaphor_qualifies_the_previous_sentence(parse):
    doc = parse("Un collectif a revendiqué l'incendie. L'information a été confirmée par deux gendarmes.")
    claim = next(c for c in doc._.claims if c.status == "confirmed")
    assert claim.span.end <= len("Un collectif a revendiqué l'incendie.")


@pytest.mark.parametrize("passage", [
    "L'entraîneur contesté a quitté le club après la défaite.",
    "Le maire, très contesté dans son propre camp, brigue un troisième mandat.",
])
def test_a_participle_describing_someone_disputes_nothing(parse, passage):
    assert [c for c in parse(passage)._.claims if c.status == "disputed"] == []


def test_a_finite_dispute_or_one_with_its_agent_is_still_one(parse):
    claims = parse("Le bilan, contesté par les syndicats, reste officiel.")._.claims
    assert [c.status for c in claims] == ["disputed"]
    claims = parse("La défense conteste les faits reprochés à son client.")._.claims
    assert [c.status for c in claims] == ["disputed"]
