"""'admis à l'hôpital': admitted somewhere, not admitting a fact; 'a admis sa faute' still confirms."""
import pytest


@pytest.mark.parametrize("passage", [
    "Trois passagers, blessés, sont admis à l'hôpital de Rennes après la collision.",
    "Les deux ouvriers blessés ont été admis aux urgences dans la nuit.",
    "Le randonneur, retrouvé en hypothermie, a été admis au service de réanimation.",
    "Une vingtaine d'élèves ont été admis dans un centre d'accueil provisoire.",
    "La Moldavie a été admise comme membre observateur de l'organisation.",
])
def test_admission_to_a_place_confirms_nothing(parse, passage):
    assert not [c for c in parse(passage)._.claims if c.status == "confirmed"]


def test_admitting_an_act_still_confirms(parse):
    claims = parse("Devant le tribunal, Marc Delorme a admis les faits reprochés.")._.claims
    assert [c.status for c in claims] == ["confirmed"]
