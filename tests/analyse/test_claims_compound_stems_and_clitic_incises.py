"""Claims: the reportative conditional of a compound verb ('provenir', 'maintenir', 'apercevoir')
is read like its base verb's; a confirmation set as an incise with a clitic ('confirme-t-on à la
mairie') qualifies the clause before it; an admission set as an incise ('admet-il') introduces words."""
import pytest

from analyse_helpers import claims_of


@pytest.mark.parametrize("passage, statement", [
    ("L'incendie proviendrait d'un radiateur resté allumé dans l'atelier.",
     "L'incendie proviendrait d'un radiateur resté allumé dans l'atelier"),
    ("Le club maintiendrait son entraîneur jusqu'à la fin de la saison.",
     "Le club maintiendrait son entraîneur jusqu'à la fin de la saison"),
    ("Le comité parviendrait à un accord avant l'été.",
     "Le comité parviendrait à un accord avant l'été"),
])
def test_a_compound_verb_in_the_conditional_is_a_reserve(parse, passage, statement):
    assert ("unverified", statement) in claims_of(parse, passage)


@pytest.mark.parametrize("passage", [
    "Le garagiste préparait la voiture pour la course.",      # an imperfect in -rer
    "Le fourgon transportait des colis vers Rouen.",
])
def test_an_imperfect_is_no_conditional(parse, passage):
    assert claims_of(parse, passage) == []


def test_a_confirmation_with_a_clitic_qualifies_the_clause_before(parse):
    text = "Deux randonneurs ont été secourus dans la nuit, confirme-t-on à la gendarmerie de Gap."
    assert claims_of(parse, text) == [("confirmed", "Deux randonneurs ont été secourus dans la nuit")]


@pytest.mark.parametrize("passage", [
    "Le maire a reçu les riverains. « Nous avons pris du retard », admet-il.",
    "« Nous avons pris du retard », admet le directeur du chantier.",
])
def test_an_admission_set_as_an_incise_admits_nothing(parse, passage):
    assert not any("-il" in text or text.startswith("le directeur") for _, text in claims_of(parse, passage))
    assert all(status != "confirmed" for status, _ in claims_of(parse, passage))
