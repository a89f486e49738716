"""recoupe_entities on the error classes of French domestic news: portfolios, institutions, courts,
numbered units, parties and media, acronyms, glued adjectives, demonyms, title resolution."""
from __future__ import annotations

import pytest


def _entities(doc):
    return {e.name: e for e in doc._.entities}


def _forms(entity):
    return {m.span.text for m in entity.mentions}


@pytest.mark.parametrize("text, absent", [
    ("Le nouveau gouvernement confie les Transports et l'Aménagement du territoire à Paul Ndiaye.", "Transports"),
    ("Le nouveau gouvernement confie les Transports et l'Aménagement du territoire à Paul Ndiaye.", "Aménagement"),
    ("Clara Morel est nommée ministre de la Santé et des Solidarités.", "Solidarités"),
    ("Elle reçoit le portefeuille de l'Energie, de l'Artisanat et du Tourisme.", "Energie"),
    ("Les inscrits en catégorie A ont reculé de 2 % au deuxième trimestre.", "A"),
    ("Des renforts ont été envoyés au Nord de la ville, puis au Sud du fleuve.", "Nord"),
    ("Le Canadien a inscrit deux buts lors du troisième match.", "Canadien"),
    ("Les touristes se pressent sur la promenade des Anglais.", "Royaume-Uni"),
])
def test_capitalised_common_words_are_not_entities(parse, text, absent):
    names = {e.name for e in parse(text)._.entities} | {m.span.text for e in parse(text)._.entities
                                                        for m in e.mentions}
    assert not any(n == absent or n.startswith(absent + " ") for n in names)


@pytest.mark.parametrize("text, name, type_", [
    ("Le tribunal correctionnel de Rennes a condamné le gérant à six mois de prison.",
     "tribunal correctionnel de Rennes", "ORG"),
    ("L'affaire sera rejugée par la cour d'appel de Lyon en mars.", "cour d'appel de Lyon", "ORG"),
    ("Le dossier a été transmis au tribunal de grande instance de Lille.",
     "tribunal de grande instance de Lille", "ORG"),
    ("La commission des Affaires sociales auditionnera la ministre.", "commission des Affaires sociales", "ORG"),
    ("Le groupe LR a déposé un amendement.", "Les Républicains", "ORG"),
    ("L'association des maires des Hautes-Alpes dénonce la mesure.",
     "association des maires des Hautes-Alpes", "ORG"),
    ("Un caporal du 2e régiment de chasseurs parachutistes a été blessé.",
     "2e régiment de chasseurs parachutistes", "ORG"),
    ("L'incident s'est produit près de la centrale nucléaire de Flamanville.",
     "centrale nucléaire de Flamanville", "LOC"),
    ("Un camion s'est renversé sur l'autoroute A7 mardi soir.", "autoroute A7", "LOC"),
    ("La Cour suprême a validé la réforme électorale.", "Cour suprême", "ORG"),
])
def test_institutions_and_facilities(parse, text, name, type_):
    entity = _entities(parse(text)).get(name)
    assert entity is not None and entity.type == type_


@pytest.mark.parametrize("text, place", [
    ("L'affaire sera rejugée par la cour d'appel de Lyon en mars.", "Lyon"),
    ("Les vols ont repris à l'aéroport international de Marseille.", "Marseille"),
])
def test_a_place_inside_an_institution_stays_a_place(parse, text, place):
    assert place in _entities(parse(text))


def test_numbered_unit_with_or_without_its_town_is_one(parse):
    doc = parse("Le 3e Régiment de Chasseurs Parachutistes de Pamiers est en deuil. "
                "Le 3e régiment de chasseurs parachutistes prépare une cérémonie.")
    units = [e for e in doc._.entities if "égiment" in e.name]
    assert len(units) == 1 and len(units[0].mentions) == 2


@pytest.mark.parametrize("text", [
    "La commission a exhorté l'État à agir avant l'été.",
    "Le tribunal a renvoyé Paul Girard devant les assises.",
    "Sur la base de Marseille, les enquêteurs ont bâti leur dossier.",
])
def test_a_head_without_its_complement_is_no_institution(parse, text):
    assert not [e for e in parse(text)._.entities if e.name.lower().startswith(("commission", "tribunal", "base"))]


@pytest.mark.parametrize("text, name, type_", [
    ("La ministre a écrit à Darmanin pour réclamer des renforts.", "Darmanin", "PERSON"),
])
def test_names_that_look_like_furniture_are_kept(parse, text, name, type_):
    found = {e.name: e.type for e in parse(text)._.entities}
    assert found.get(name) == type_, found
