"""Flemish, Dutch and German surnames with a capitalised particle and lowercase ones ('Van der',
'Von den') are people, not the town the particle spells. Passages written for the project."""
import pytest


@pytest.mark.parametrize("text, person, parts", [
    # particles, capitalised or not, are no town
    ("Le gouvernement a chargé la ministre du Budget, Lieve Van der Meulen, de négocier.", "Lieve Van der Meulen",
     ("Van", "Von")),
    ("La députée Els Van den Broeck a dénoncé le projet de loi.", "Els Van den Broeck", ("Van", "Von")),
    ("Le chancelier Karl Von der Heide est arrivé lundi à Berlin.", "Karl Von der Heide", ("Van", "Von")),
    ("Selon Van den Bossche, le texte sera voté avant l'été.", "Van den Bossche", ("Van", "Von")),
    # given name, capital article and surname are one person
    ("Au conseil municipal de Kerbrat, Dominique Le Floch a présenté son budget.", "Dominique Le Floch",
     ("Dominique", "Floch")),
    ("Selon Jean-Marc Le Bihan, le port de Kerlouan est saturé.", "Jean-Marc Le Bihan", ("Dominique", "Floch")),
    ("Selon la maire, Maryvonne Le Gall, le budget sera tenu.", "Maryvonne Le Gall", ("Dominique", "Floch")),
])
def test_a_name_with_particles_is_one_person(parse, text, person, parts):
    entities = {e.name: e.type for e in parse(text)._.entities}
    assert entities.get(person) == "PERSON", entities
    assert not any(part in entities for part in parts), entities


def test_the_town_of_van_is_still_a_place(parse):
    entities = {e.name: e.type for e in parse("Un séisme a frappé la province de Van, dans l'est de la Turquie.")._.entities}
    assert entities.get("Van") == "GPE" and "PERSON" not in entities.values(), entities


def test_a_town_before_an_outlet_named_with_le_stays_two_names(parse):
    entities = {e.name: e.type for e in parse("À Lorient Le Courrier a publié un sondage.")._.entities}
    assert not any(t == "PERSON" for t in entities.values()), entities
