"""recoupe_entities: one entity for its acronym, its party or media name, its honorific, its
region; no adjective glued to a name; titles resolved only to a plausible holder."""
from __future__ import annotations

import pytest


def _entities(doc):
    return {e.name: e for e in doc._.entities}


def _forms(entity):
    return {m.span.text for m in entity.mentions}


@pytest.mark.parametrize("text, name, forms", [
    ("Le Conseil national de la transition a voté. Selon le CNT, le texte sera publié.",
     "Conseil national de la transition", {"CNT"}),
    ("Deux soldats des Forces armées nigériennes ont été tués, a indiqué l'état-major des FAN.",
     "Forces armées nigériennes", {"FAN"}),
    ("Le RN a obtenu 40 sièges. Le Rassemblement national devient le premier groupe.",
     "Rassemblement national", {"RN", "Rassemblement national"}),
    ("Me Claire Vasseur, avocate du prévenu, a plaidé la relaxe. Me Vasseur a quitté la salle.",
     "Claire Vasseur", {"Claire Vasseur", "Me Vasseur"}),
    ("Des tracts ont été largués au Liban-Sud dans la nuit.", "Liban-Sud", {"Liban-Sud"}),
])
def test_one_entity_for_its_forms(parse, text, name, forms):
    entity = _entities(parse(text)).get(name)
    assert entity is not None and forms <= _forms(entity)


@pytest.mark.parametrize("text, name, type_", [
    ("Le ministre a accordé un entretien à Europe 1 dimanche.", "Europe 1", "ORG"),
    ("Selon des documents publiés par Mediapart, le contrat a été signé en 2019.", "Mediapart", "ORG"),
    ("La députée a quitté Renaissance pour rejoindre Horizons.", "Renaissance", "ORG"),
    ("Le nombre d'inscrits à Pôle emploi a baissé de 2 %.", "Pôle emploi", "ORG"),
    ("Toulon affrontera le Racing en demi-finale du Top 14.", "Top 14", "EVENT"),
])
def test_parties_media_and_competitions(parse, text, name, type_):
    entity = _entities(parse(text)).get(name)
    assert entity is not None and entity.type == type_


def test_no_adjective_glued_to_a_known_name(parse):
    names = set(_entities(parse("Le bureau politique du Hamas palestinien a rejeté l'offre.")))
    assert "Hamas" in names and "Hamas palestinien" not in names


def test_sanctions_on_a_capital_target_its_country(parse):
    doc = parse("La Russie a tiré cinquante missiles. Le président demande de nouvelles sanctions à Moscou.")
    assert {"Russie", "Moscou"} <= _forms(_entities(doc)["Russie"])


def test_a_weapon_in_the_plural_is_the_same_system(parse):
    doc = parse("Des Shaheds ont visé le port. Un Shahed a été abattu au-dessus de la ville.")
    weapons = [e for e in doc._.entities if e.type == "WEAPON"]
    assert [e.name for e in weapons] == ["Shahed"] and _forms(weapons[0]) == {"Shaheds", "Shahed"}
