"""recoupe_claims: a refutation is a denial, an adverb between a marker and the anaphor it
governs, a confirmation that has not come yet, and a belief held by an unnamed many."""
import pytest


@pytest.mark.parametrize("passage, status, text", [
    ("Un voisin affirme avoir vu le conducteur s'enfuir à pied. Le conducteur réfute totalement cette version.",
     "denied", "avoir vu le conducteur s'enfuir à pied"),
    ("Le club réfute les accusations de dopage portées par un ancien joueur.",
     "denied", "les accusations de dopage"),
    ("Selon la presse locale, l'usine fermerait en mars. La direction dément formellement cette information.",
     "denied", "l'usine fermerait en mars"),
    ("Longtemps, beaucoup pensaient que le lac était sans fond.",
     "unverified", "le lac était sans fond"),
])
def test_marker_qualifies_its_statement(parse, passage, status, text):
    claims = [c for c in parse(passage)._.claims if c.status == status]
    assert claims and text in claims[0].span.text, parse(passage)._.claims


@pytest.mark.parametrize("passage", [
    "Une fuite de gaz a été signalée rue Haute. La cause de la fuite n'est toujours pas confirmée.",
    "Le départ de l'entraîneur n'a toujours pas été confirmé par le club.",
])
def test_a_confirmation_still_awaited_confirms_nothing(parse, passage):
    assert not [c for c in parse(passage)._.claims if c.status == "confirmed"]

