"""recoupe_claims: epistemic adverbs, 'selon ses dires', bare denials and
confirmations of an anaphor, and markers that are no evidential stance."""
from __future__ import annotations

import pytest

CLAIMS = [
    # (passage, status, a part of the claim text)
    ("Un camion a quitté la chaussée, vraisemblablement en raison du verglas.",
     "unverified", "vraisemblablement en raison du verglas"),
    ("Le feu a pris dans la cuisine, apparemment à cause d'une friteuse.",
     "unverified", "apparemment à cause d'une friteuse"),
    ("Le maire a évoqué la fermeture de trois classes, décidée en juin, selon ses dires.",
     "unverified", "la fermeture de trois classes"),
    ("La Serbie accuse un voisin d'avoir voulu saboter le scrutin. Le voisin dément.",
     "denied", "d'avoir voulu saboter le scrutin"),
    ("Le village a été bombardé dans la nuit. Le maire a confirmé cette information.",
     "confirmed", "Le village a été bombardé dans la nuit"),
    ("Selon un journal local, la mairie vendrait le stade. Le maire n'a ni confirmé ni démenti cette information.",
     "unverified", "la mairie vendrait le stade"),
    ("Le parti accuse le préfet de fraude. La commission a rejeté ces accusations.",
     "denied", "ces accusations"),
]


@pytest.mark.parametrize("passage, status, text", CLAIMS)
def test_marker_qualifies_its_statement(parse, passage, status, text):
    claims = [c for c in parse(passage)._.claims if c.status == status]
    assert claims and text in claims[0].span.text, parse(passage)._.claims


def test_selon_ses_dires_names_the_subject_as_source(parse):
    doc = parse("Le maire a évoqué la fermeture de trois classes, selon ses dires.")
    assert doc._.claims[0].source == "Le maire"


@pytest.mark.parametrize("passage", [
    "Le syndicat a dix jours pour contester cette décision devant le tribunal.",
    "Après avoir confirmé Paul Lemaire au poste de directeur, le conseil a levé la séance.",
    "Pour un peu, le navire aurait pu sombrer pendant la tempête.",
    "Sans la digue, le quartier aurait dû être évacué.",
])
def test_possibilities_appointments_and_counterfactuals_are_no_claims(parse, passage):
    assert parse(passage)._.claims == []


def test_a_forecast_with_probablement_is_no_claim(parse):
    doc = parse("Les combats se poursuivront probablement tout l'hiver, a estimé le général Paul Morin.")
    assert doc._.claims == []
