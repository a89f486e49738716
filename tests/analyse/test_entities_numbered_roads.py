"""recoupe_entities: roads named by their number are places (LOC), after the article or with a
road word, and their code does not become the party or body it spells."""
from __future__ import annotations

import pytest

from analyse_helpers import types_by_mention


@pytest.mark.parametrize("text, road", [
    ("Un poids lourd s'est couché sur la N12 près de Metz, bloquant la circulation.", "N12"),
    ("La circulation est coupée sur l'A7 entre Lyon et Valence depuis ce matin.", "A7"),
    ("Les travaux de la RN 88 reprendront en septembre, annonce la préfecture.", "RN 88"),
    ("Un cycliste a été fauché sur la D117, à la sortie de Foix.", "D117"),
    ("Un bouchon de dix kilomètres s'est formé sur la Nationale 137 vers Nantes.", "Nationale 137"),
])
def test_numbered_road_is_a_place(parse, text, road):
    assert types_by_mention(parse(text)).get(road) == "LOC"


@pytest.mark.parametrize("text, absent", [
    ("La compagnie a commandé dix Airbus A320 pour ses lignes régionales.", "A320"),
    ("Relégué, le club disputera la D2 la saison prochaine.", "D2"),
])
def test_codes_that_are_no_roads(parse, text, absent):
    assert types_by_mention(parse(text)).get(absent) != "LOC"


def test_party_acronym_alone_stays_the_party(parse):
    doc = parse("La RN 88 sera élargie d'ici 2027. Le RN a voté contre le budget régional.")
    types = types_by_mention(doc)
    assert types.get("RN 88") == "LOC" and types.get("RN") == "ORG"
