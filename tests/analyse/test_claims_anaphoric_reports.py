"""recoupe_claims: a marker whose object is a phrase recalling a report ('ces bilans', 'le
rapport de la police', 'les chiffres publiés par le ministère') qualifies the report it recalls:
the recent quotation of the source the phrase names, else the statement just before."""
from __future__ import annotations

import pytest


def _claims(parse, passage, status):
    return [c.span.text for c in parse(passage, published="2024-03-05")._.claims if c.status == status]


@pytest.mark.parametrize("passage, statement", [
    ("La police régionale a annoncé l'arrestation de douze suspects dans le port de Durrës. "
     "Les enquêteurs ont saisi deux tonnes de marchandises, a ajouté un douanier. "
     "Notre rédaction n'a jamais pu vérifier de façon indépendante le rapport de la police régionale.",
     "l'arrestation de douze suspects"),
    ("Le ministère de la Santé a fait état de 52 morts dans la province de Kunar. "
     "Un habitant a décrit des scènes de chaos, selon un journaliste local. "
     "L'agence n'a pas pu vérifier les bilans des victimes publiés par le ministère de la Santé.",
     "52 morts dans la province de Kunar"),
])
def test_a_phrase_naming_the_source_recalls_its_report(parse, passage, statement):
    found = _claims(parse, passage, "unverified")
    assert found and statement in found[0], found
    assert not any("publiés par" in f or "rapport de la police" in f for f in found), found


def test_a_bare_recalling_phrase_qualifies_the_statement_before(parse):
    passage = ("Selon les garde-côtes, deux chalutiers ont coulé au large de Lorient. "
               "Le quotidien n'a jamais été en mesure de confirmer ces informations de façon indépendante.")
    found = _claims(parse, passage, "unverified")
    assert found and "deux chalutiers ont coulé" in found[0], found
