"""The name of a measurement scale or unit ('échelle de Richter', 'degrés Celsius') is no place and no
body; a person of that surname still is one. Passages written for the project."""
import pytest


@pytest.mark.parametrize("text", [
    "Mesurée à 6,1 selon l'échelle de Richter, la secousse a réveillé le sud du Pérou.",
    "Le thermomètre a grimpé à 41 degrés Celsius dans la nuit.",
    "Les prévisionnistes annoncent 95 degrés Fahrenheit pour jeudi.",
])
def test_a_scale_is_no_entity(parse, text):
    names = {e.name for e in parse(text)._.entities}
    assert not names & {"Richter", "Celsius", "Fahrenheit"}, names


def test_a_person_with_a_scale_surname_is_a_person(parse):
    entities = {e.name: e.type for e in parse("Le sismologue Hans Richter a été consulté.")._.entities}
    assert entities.get("Hans Richter") == "PERSON", entities
