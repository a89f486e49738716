"""Flemish, Dutch and German surnames with a capitalised particle and lowercase ones ('Van der',
'Von den') are people, not the town the particle spells. Passages written for the project."""
import pytest


@pytest.mark.parametrize("text, person", [
    ("Le gouvernement a chargé la ministre du Budget, Lieve Van der Meulen, de négocier.", "Lieve Van der Meulen"),
    ("La députée Els Van den Broeck a dénoncé le projet de loi.", "Els Van den Broeck"),
    ("Le chancelier Karl Von der Heide est arrivé lundi à Berlin.", "Karl Von der Heide"),
    ("Selon Van den Bossche, le texte sera voté avant l'été.", "Van den Bossche"),
])
def test_a_name_with_particles_is_a_person_not_a_town(parse, text, person):
    entities = {e.name: e.type for e in parse(text)._.entities}
    assert entities.get(person) == "PERSON", entities
    assert "Van" not in entities and "Von" not in entities, entities


def test_the_town_of_van_is_still_a_place(parse):
    entities = {e.name: e.type for e in parse("Un séisme a frappé la province de Van, dans l'est de la Turquie.")._.entities}
    assert entities.get("Van") == "GPE", entities
