"""recoupe_claims: the agency's 'not able to verify independently' formula and objectless
confirmations qualify the statement before them; participle adjuncts and headline
participles confirm; suspicions of a specific act; what is no evidential marker."""
from __future__ import annotations

import pytest


def _claims(parse, passage):
    return [(c.status, c.marker.text, c.span.text) for c in parse(passage, published="2024-03-05")._.claims]


@pytest.mark.parametrize("passage, statement", [
    ("Selon la marine, trois vedettes ont été coulées près de Sébastopol. "
     "L'AFP n'était pas en mesure de vérifier de façon indépendante ces affirmations.",
     "trois vedettes ont été coulées"),
    ("Le groupe armé affirme avoir abattu deux hélicoptères. "
     "Le Monde n'a pas pu vérifier de façon indépendante le rapport des rebelles.",
     "abattu deux hélicoptères"),
])
def test_agency_formula_qualifies_the_previous_statement(parse, passage, statement):
    found = [c for c in _claims(parse, passage) if c[0] == "unverified"]
    assert found and statement in found[0][2], found
    assert not any("indépendante" in c[2] for c in found)


def test_objectless_confirmation_qualifies_what_came_before(parse):
    passage = ("« Deux gendarmes ont été blessés », a déclaré une source policière. "
               "Un autre responsable a confirmé, évoquant un bilan encore provisoire.")
    found = [c for c in _claims(parse, passage) if c[0] == "confirmed"]
    assert found and not any("bilan encore provisoire" in c[2] for c in found), found


@pytest.mark.parametrize("passage, statement", [
    ("Le chômage a reculé à 7,2 % au troisième trimestre, a annoncé l'institut, confirmant ainsi sa prévision de juillet.",
     "Le chômage a reculé à 7,2 %"),
    ("Le déficit commercial a atteint 3 milliards d'euros, a indiqué le ministère, confirmant les chiffres des douanes.",
     "Le déficit commercial a atteint 3 milliards"),
])
def test_participle_adjunct_confirms_the_clause_before(parse, passage, statement):
    found = [c for c in _claims(parse, passage) if c[0] == "confirmed"]
    assert found and statement in found[0][2], found


def test_headline_participle_with_a_figure_is_a_confirmation(parse):
    found = _claims(parse, "Le taux de chômage confirmé à 7,4 % en zone euro")
    assert any(c[0] == "confirmed" and "7,4 %" in c[2] for c in found), found


@pytest.mark.parametrize("passage, statement", [
    ("Les enquêteurs visent deux sociétés que la justice soupçonne d'avoir livré des pièces détachées.",
     "livré des pièces détachées"),
    ("Le maire est accusé d'avoir favorisé un proche dans l'attribution du marché.", "favorisé un proche"),
    ("Ce choix semblerait indiquer que le gouvernement a renoncé à sa réforme.", "le gouvernement a renoncé"),
])
def test_suspicions_and_appearances_are_unverified(parse, passage, statement):
    found = [c for c in _claims(parse, passage) if c[0] == "unverified"]
    assert found and statement in found[0][2], found


@pytest.mark.parametrize("passage", [
    # background: a reputation, not a specific alleged act
    "Apparus en 2010, les miliciens sont accusés de pillages dans toute la province.",
    "L'Union a sanctionné des entreprises accusées de financer le régime.",
    # a computed projection
    "L'institut a estimé la part des voix que chaque liste recueillerait au conseil dans ce scénario.",
    # a confirmation still due
    "Selon la ministre, la commande des trains doit encore être confirmée par la région.",
])
def test_background_projections_and_due_confirmations_are_no_claims(parse, passage):
    assert _claims(parse, passage) == []
