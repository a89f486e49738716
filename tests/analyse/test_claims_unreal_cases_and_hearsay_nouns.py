"""recoupe_claims: a conditional stating an unreal or hypothetical case ('sans la digue, la
crue aurait été pire', 'Dans l'hypothèse où …, on risquerait …', 'Fermer l'usine serait …') is
no reserve; a rumour of X, 'souvent difficiles à vérifier' and 'aucun élément en faveur de X'
mark X."""
from __future__ import annotations

import pytest


def _claims(parse, passage):
    return [(c.status, c.span.text) for c in parse(passage, published="2024-03-05")._.claims]


@pytest.mark.parametrize("passage", [
    "Autrement dit, sans les fortes pluies d'avril, les récoltes auraient été bien plus maigres.",
    "Sans l'intervention rapide des pompiers, l'incendie aurait détruit tout le quartier.",
    "Faute de renforts, la caserne aurait été prise en quelques heures.",
    "Suspendre les vols serait par conséquent très coûteux pour la compagnie.",
    ("Le préfet alerte sur la situation : Dans l'hypothèse où le tribunal renverrait l'ensemble des "
     "quarante-deux prévenus devant la cour en même temps, avec leurs avocats, leurs familles et les "
     "journalistes, on finirait avec une salle bien trop petite pour les accueillir."),
])
def test_unreal_or_hypothetical_case_is_no_reserve(parse, passage):
    assert not [c for c in _claims(parse, passage) if c[0] == "unverified"]


def test_reportative_conditional_with_a_later_without_keeps_its_reserve(parse):
    found = _claims(parse, "Selon la police, le suspect aurait été arrêté sans résistance.")
    assert ("unverified", "le suspect aurait été arrêté sans résistance") in found, found


@pytest.mark.parametrize("passage, status, statement", [
    ("La rumeur d'un possible remaniement agitait la capitale dès mardi.", "unverified", "un possible remaniement"),
    ("Des rumeurs de fusion entre les deux banques circulent depuis l'automne.", "unverified",
     "fusion entre les deux banques"),
    ("Les deux milices sont accusées de graves violences contre les civils, souvent difficiles à vérifier.",
     "unverified", "Les deux milices sont accusées de graves violences contre les civils"),
    ("« Pour l'instant, aucune preuve en faveur d'une faute du chauffeur n'a été relevée », a indiqué le procureur.",
     "no_evidence", "une faute du chauffeur"),
])
def test_hearsay_and_evidence_nouns_mark_their_complement(parse, passage, status, statement):
    assert (status, statement) in _claims(parse, passage)


def test_a_denied_rumour_is_only_denied(parse):
    passage = "Le ministre a opposé un démenti formel aux rumeurs selon lesquelles le pays s'est engagé dans un essai clinique."
    statuses = [c[0] for c in _claims(parse, passage)]
    assert "denied" in statuses and "unverified" not in statuses, statuses
