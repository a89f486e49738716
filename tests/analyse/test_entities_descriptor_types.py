"""recoupe_entities: a describing noun before a name types it (storms are events, spacecraft and
launchers are WEAPON, neighbourhoods LOC, districts GPE), through one adjective or a "de" for
place nouns, and the same name written alone later keeps that type."""
from __future__ import annotations

import pytest


def _typed(doc, surface):
    """The type of the entity with a mention (or name) equal to ``surface``."""
    for entity in doc._.entities:
        if entity.name == surface or any(m.span.text == surface for m in entity.mentions):
            return entity.type
    return None


@pytest.mark.parametrize("text, surface, type_", [
    # describing noun types the name
    ("Le cyclone Ilona a touché la côte est de Madagascar dans la nuit.", "Ilona", "EVENT"),
    ("L'ouragan Bertrand a ravagé plusieurs îles des Caraïbes lundi.", "Bertrand", "EVENT"),
    ("La tempête Ophélie a privé d'électricité 80 000 foyers bretons.", "Ophélie", "EVENT"),
    ("Le typhon Kalmaegi s'approche des côtes du Vietnam, selon les météorologues.", "Kalmaegi", "EVENT"),
    ("Le lancement de la sonde spatiale Hermione a été reporté d'une semaine.", "Hermione", "WEAPON"),
    ("Le télescope Argos observe depuis 2021 des planètes lointaines.", "Argos", "WEAPON"),
    ("Le satellite Vesta a été placé en orbite par une fusée européenne Vega.", "Vega", "WEAPON"),
    ("Les habitants du quartier de la Roseraie réclament un nouveau gymnase.", "Roseraie", "LOC"),
    ("Les pompiers sont intervenus lundi soir au quartier Beaulieu, à Angers.", "Beaulieu", "LOC"),
    ("Le séisme a frappé le district de Tolna, dans l'ouest du pays.", "Tolna", "GPE"),
    # descriptor does not retype owners or known places
    # after "de", a person is whose the thing is, and an organisation noun does not type a place
    ("Le quartier de Paul Ferrand a voté pour la réforme, selon le maire.", "Paul Ferrand", "PERSON"),
    ("L'équipe de Karim Benali a signé un nouveau contrat.", "Karim Benali", "PERSON"),
    ("Le satellite a été lancé depuis Kourou, en Guyane.", "Kourou", "GPE"),
    # planets and stars are places not states
    ("La comète passera à 40 millions de kilomètres de la Terre en juin.", "Terre", "LOC"),
    ("La sonde s'approchera du Soleil plus qu'aucun engin avant elle.", "Soleil", "LOC"),
    ("Les astronomes ont observé un nuage d'eau autour de Jupiter.", "Jupiter", "LOC"),
])
def test_descriptors_type_names_where_they_should(parse, text, surface, type_):
    assert _typed(parse(text), surface) == type_


@pytest.mark.parametrize("text, surface, type_", [
    ("Le typhon Kalmaegi a fait douze morts. Kalmaegi a ensuite faibli au-dessus des terres.",
     "Kalmaegi", "EVENT"),
    ("La sonde Hermione a quitté la Terre mardi. Hermione doit atteindre Mars en 2031.", "Hermione", "WEAPON"),
])
def test_the_name_alone_later_keeps_the_type(parse, text, surface, type_):
    doc = parse(text)
    assert {e.type for e in doc._.entities if surface in {m.span.text for m in e.mentions}} == {type_}


@pytest.mark.parametrize("text, full, short", [
    ("Le décollage de la fusée Vega-C a été reporté. Vega doit emporter un satellite italien.", "Vega-C", "Vega"),
    ("La fusée russe Soyouz ST-B a décollé. Soyouz emportait trois satellites.", "Soyouz ST-B", "Soyouz"),
])
def test_launcher_with_its_model_code_is_one_entity_with_its_short_name(parse, text, full, short):
    doc = parse(text)
    holders = [e for e in doc._.entities if {full, short} & {m.span.text for m in e.mentions}]
    assert len(holders) == 1 and holders[0].type == "WEAPON"


def test_place_name_with_inner_particle_is_kept_whole(parse):
    doc = parse("Le quartier des Hauts de Bellevue, à Nantes, a été évacué dans la nuit.")
    assert _typed(doc, "Hauts de Bellevue") == "LOC"
