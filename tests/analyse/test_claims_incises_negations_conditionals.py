"""recoupe_claims, round 7: a confirmation in an incise qualifies what comes before it, a
negated confirmation confirms nothing, an adverb inside a reportative conditional, and
'il semble que'."""
import pytest


def _claims(parse, passage):
    return [(c.span.text, c.status, c.source) for c in parse(passage)._.claims]


@pytest.mark.parametrize("passage, text, source", [
    ("Dans le quartier nord, une dizaine de pompiers ont été déployés, confirme une source proche du dossier.",
     "Dans le quartier nord, une dizaine de pompiers ont été déployés", "source"),
    ("L'usine fermera ses portes en mars, a confirmé le ministère de l'Industrie.",
     "L'usine fermera ses portes en mars", "ministère"),
])
def test_a_confirmation_in_an_incise_qualifies_what_precedes(parse, passage, text, source):
    found = {c[0]: c for c in _claims(parse, passage)}
    assert text in found and found[text][1] == "confirmed", found
    assert source in (found[text][2] or "").lower()     # the inverted subject, not the sentence's


def test_a_negated_confirmation_confirms_nothing(parse):
    passage = "Tant qu'aucune hypothèse n'est à ce stade confirmée, la police enquête. Le maire ne confirme pas la fermeture."
    assert [c for c in _claims(parse, passage) if c[1] == "confirmed"] == []


@pytest.mark.parametrize("passage, text", [
    ("Le chauffard aurait d'abord percuté un cycliste rue Nationale.", "Le chauffard aurait d'abord percuté un cycliste rue Nationale"),
    ("Les voleurs auraient ensuite pris la fuite vers Lille.", "Les voleurs auraient ensuite pris la fuite vers Lille"),
    ("Une fuite de gaz ne serait pas écartée par les experts.", "Une fuite de gaz ne serait pas écartée par les experts"),
    ("Il semble que l'incendie ait pris dans la cuisine.", "l'incendie ait pris dans la cuisine"),
])
def test_reserve_markers(parse, passage, text):
    assert (text, "unverified") in [c[:2] for c in _claims(parse, passage)]


def test_il_semble_with_an_adjective_marks_nothing(parse):
    assert _claims(parse, "Il semble fatigué depuis son retour de Rome.") == []
