"""Round 26: a Flemish surname opened by 'Van' or 'Von' with a lowercase 'de' after it, the surname
written alone (a heading, a later mention) and as one person with its full name. Passages written
for the project."""
import pytest


def _people(doc):
    return {e.name: [m.span.text for m in e.mentions] for e in doc._.entities if e.type == "PERSON"}


@pytest.mark.parametrize("text, person", [
    ("L'économiste Wim Van de Kerckhove a présenté son rapport mardi à Gand.", "Wim Van de Kerckhove"),
    ("Selon l'ancien ministre Lode Van de Putte, la coalition tiendra.", "Lode Van de Putte"),
    ("Ancien conseiller des ministres Hugo Van Rossem et Lies Maes, il connaît le dossier.", "Hugo Van Rossem"),
])
def test_van_de_names_are_one_person_not_a_town(parse, text, person):
    doc = parse(text)
    types = {e.name: e.type for e in doc._.entities}
    assert types.get(person) == "PERSON", types
    assert "Van" not in types and person.split()[0] not in types, types


def test_a_surname_opened_by_van_alone_is_a_person(parse):
    types = {e.name: e.type for e in parse("Van Berkelaere de retour\n\nLe gardien a repris sa place samedi.")._.entities}
    assert types.get("Van Berkelaere") == "PERSON", types


def test_the_surname_with_its_particle_is_a_mention_of_the_full_name(parse):
    people = _people(parse("Le député Wim Van de Kerckhove a voté contre. Van de Kerckhove a ensuite quitté la salle."))
    assert "Van de Kerckhove" in people.get("Wim Van de Kerckhove", []), people
    assert "Van de Kerckhove" not in people, people


def test_de_after_a_french_capital_article_stays_out_of_a_name(parse):
    types = {e.name: e.type for e in parse("De la Suisse à l'Italie, les cols sont fermés.")._.entities}
    assert not any(t == "PERSON" for t in types.values()), types
