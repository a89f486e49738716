"""A party's name between a title and a person ('la députée d'Unis à Gauche Margot Ferrand'): the
model often glues the end of the party to the person; the person stands alone and the party keeps
its whole name. Passages written for the project."""
import pytest


@pytest.mark.parametrize("text, party, person", [
    ("Lundi, la députée d’Unis à Gauche Margot Ferrand a interpellé le Conseil d'État.", "Unis à Gauche", "Margot Ferrand"),
    ("Selon la porte-parole d'Ensemble à Gauche Julie Berset, le budget est insuffisant.",
     "Ensemble à Gauche", "Julie Berset"),
])
def test_the_person_after_a_party_stands_alone(parse, text, party, person):
    entities = {e.name: e.type for e in parse(text)._.entities}
    assert entities.get(person) == "PERSON", entities
    assert entities.get(party) == "ORG", entities
    assert not any(name.endswith(person) and name != person for name in entities), entities


def test_a_title_complement_before_a_person_is_unchanged(parse):
    entities = {e.name: e.type for e in parse("Le président de la Confédération Hugo Lanz a parlé.")._.entities}
    assert entities.get("Hugo Lanz") == "PERSON", entities
