"""recoupe_claims, round 36: a conditional that reads out a poll's projection passes nothing on
in reserve; new markers of suspicion, of a contradicted party and of an offered explanation."""
from __future__ import annotations

import pytest

from analyse_helpers import claims_of

PUBLISHED = "2031-03"


@pytest.mark.parametrize("passage", [
    "La simulation publiée lundi redistribue les sièges. Les écologistes seraient en tête avec 41 sièges.",
    "Selon un sondage de l'institut Odalis, la liste du maire perd du terrain. "
    "Le parti rural deviendrait le deuxième groupe, fort de 18 élus (+4).",
    "La projection publiée samedi redistribue les sièges.\n\nPar tendance, les centristes seraient en tête avec 27 sièges.",
])
def test_a_conditional_counting_seats_after_a_projection_is_no_reserve(parse, passage):
    assert claims_of(parse, published=PUBLISHED, text=passage) == [], claims_of(parse, published=PUBLISHED, text=passage)


@pytest.mark.parametrize("passage", [
    "Le conseil a voté lundi. Les écologistes seraient en tête avec 41 sièges.",
    "Selon notre enquête, le taux de vote serait en baisse (entre 58 et 61 %).",
])
def test_a_conditional_without_a_projection_or_a_seat_keeps_its_reserve(parse, passage):
    found = claims_of(parse, published=PUBLISHED, text=passage)
    assert any(status == "unverified" for status, _ in found), found


@pytest.mark.parametrize("passage, status, statement", [
    ("Le maire a assuré que les digues avaient tenu, contrairement aux dires de l'opposition.",
     "disputed", "les digues avaient tenu"),
    ("Le quotidien révèle que le parquet a des soupçons sur des fraudes au sein du club de voile.",
     "unverified", "des fraudes au sein du club de voile"),
    ("Le fichier assemble des listes anciennes. Cela expliquerait que deux mille noms y figurent en double.",
     "unverified", "deux mille noms y figurent en double"),
])
def test_markers_of_a_contradiction_a_suspicion_and_an_explanation(parse, passage, status, statement):
    found = claims_of(parse, published=PUBLISHED, text=passage)
    assert any(s == status and statement in text for s, text in found), found
