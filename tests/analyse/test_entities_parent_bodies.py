"""recoupe_entities: a body named with its parent ("Conseil exécutif de l'Union X") and later
without it, or with another form of the same parent, is one entity; distinct parents stay apart."""
from __future__ import annotations

import pytest


def _by_form(doc):
    return {m.span.text: e for e in doc._.entities for m in e.mentions}


@pytest.mark.parametrize("text, full, short", [
    ("Le Conseil de sécurité de l'ONU s'est réuni jeudi. Le Conseil de sécurité doit voter un texte sur le Yémen.",
     "Conseil de sécurité de l'ONU", "Conseil de sécurité"),
    ("Le Conseil exécutif de l'Organisation mondiale de la santé s'est réuni à Genève. Le Conseil exécutif a élu "
     "son président mardi.", "Conseil exécutif de l'Organisation mondiale de la santé", "Conseil exécutif"),
    ("La Commission électorale du Ghana a publié les résultats. Selon la Commission électorale, la participation "
     "a atteint 61 %.", "Commission électorale du Ghana", "Commission électorale"),
    ("Le Conseil de sécurité de l'ONU a été saisi. Un vote du Conseil de sécurité des Nations unies est attendu.",
     "Conseil de sécurité de l'ONU", "Conseil de sécurité des Nations unies"),
])
def test_body_with_and_without_its_parent_is_one_entity(parse, text, full, short):
    forms = _by_form(parse(text))
    assert full in forms and short in forms
    assert forms[full] is forms[short]


def test_one_entity_per_organisation_name(parse):
    doc = parse("Le Conseil de sécurité de l'ONU a condamné l'attaque. Le Conseil de sécurité se réunira "
                "de nouveau vendredi, a indiqué un diplomate à New York.")
    names = [(e.type, e.name) for e in doc._.entities if e.type != "PERSON"]
    assert len(names) == len(set(names))


def test_bodies_of_different_parents_stay_apart(parse):
    doc = parse("La Cour suprême du Kenya a validé le scrutin. La Cour suprême du Ghana a rejeté le recours "
                "de l'opposition.")
    forms = _by_form(doc)
    assert "Cour suprême du Kenya" in forms and "Cour suprême du Ghana" in forms
    assert forms["Cour suprême du Kenya"] is not forms["Cour suprême du Ghana"]
