"""Claims, round 32: a toll that 'could be heavier' is a reserve on it; a conditional in a
relative clause on a supposed case ('un scénario dans lequel …') is a projection, no reserve."""
import pytest

from analyse_helpers import claims_of


@pytest.mark.parametrize("passage, statement", [
    ("Le bilan pourrait encore s'alourdir.", "Le bilan pourrait encore s'alourdir"),
    ("Le nombre de sinistrés pourrait dépasser le millier.", "Le nombre de sinistrés pourrait dépasser le millier"),
    ("Le bilan de l'éboulement pourrait être plus lourd.", "Le bilan de l'éboulement pourrait être plus lourd"),
])
def test_a_toll_that_could_grow_is_unverified(parse, passage, statement):
    assert claims_of(parse, passage) == [("unverified", statement)]


@pytest.mark.parametrize("passage", [
    "Le chantier pourrait être retardé par la pluie.",                          # a case weighed, no toll
    "L'étude retient un scénario dans lequel les rejets diminueraient de moitié.",
    "Les auteurs décrivent une simulation où la mer monterait d'un mètre.",
])
def test_possibilities_and_projections_are_no_claims(parse, passage):
    assert claims_of(parse, passage) == []
