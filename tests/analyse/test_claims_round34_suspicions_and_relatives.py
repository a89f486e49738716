"""recoupe_claims, round 34: a passive 'soupçonné' closing its sentence leaves its subject unverified,
a qualified noun inside a longer conditional statement does not swallow it, '…, ce que confirme X'
confirms what came before, and a denied confirmation noun is read in its phrase."""
from __future__ import annotations

import pytest


def _claims(parse, passage):
    return [(c.status, c.marker.text, c.span.text) for c in parse(passage, published="2024-07-01")._.claims]


def test_a_suspected_act_closing_its_sentence(parse):
    found = _claims(parse, "Douze villageois ont été tués. Des pillages sont également soupçonnés.")
    assert found == [("unverified", "soupçonnés", "Des pillages")]


def test_a_suspect_accused_of_an_act_is_not_this_marker(parse):
    assert all(c[1] != "soupçonné" for c in _claims(parse, "Le gérant est soupçonné par les enquêteurs de fraude."))


def test_a_presumed_noun_inside_a_conditional_statement(parse):
    found = _claims(parse, "Le réseau, dont les chefs présumés sont deux frères, aurait acheminé 20 tonnes de résine.")
    assert ("unverified", "présumés", "chefs présumés") in found
    assert any(m == "aurait acheminé" and text.startswith("Le réseau") for _, m, text in found), found


@pytest.mark.parametrize("passage, statement", [
    ('La mairie évoque "une fermeture temporaire", ce que confirme la préfecture, sans préciser le motif.',
     "une fermeture temporaire"),
    ("Le site restera fermé tout l'été, ce que confirme la direction du parc.", "Le site restera fermé tout l'été"),
])
def test_what_a_relative_confirms(parse, passage, statement):
    found = _claims(parse, passage)
    assert [(s, t) for s, _, t in found] == [("confirmed", statement)], found


@pytest.mark.parametrize("passage, confirmed", [
    ("Le club a reçu la confirmation du transfert de son attaquant.", True),
    ("Sans confirmation officielle de la préfecture, le doute demeure.", False),
])
def test_a_confirmation_noun_denied_in_its_phrase(parse, passage, confirmed):
    assert any(s == "confirmed" for s, _, _ in _claims(parse, passage)) == confirmed
