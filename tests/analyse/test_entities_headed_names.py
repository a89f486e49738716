"""Capitalised head nouns that bound and type a name (invented passages): competitions and
festivals are events, venues and natural places are places, bodies are organisations."""
import pytest

from analyse_helpers import types_by_mention


def _names(doc):
    return {e.name: sorted(m.span.text for m in e.mentions) for e in doc._.entities}


@pytest.mark.parametrize("passage, name, type_", [
    ("Elle avait gagné la Coupe Vandermeer de tennis en salle en 2019.", "Coupe Vandermeer", "EVENT"),
    ("Elle vise le Championnat d'Europe en juin.", "Championnat d'Europe", "EVENT"),
    ("Son court métrage sera projeté à la Semaine des jeunes auteurs en mai.", "Semaine des jeunes auteurs", "EVENT"),
    ("Ils préparent la Coupe du monde 2030 depuis deux ans.", "Coupe du monde 2030", "EVENT"),
    ("Le match se jouera au Stade Pierre-Mauroy samedi.", "Stade Pierre-Mauroy", "LOC"),
    ("Rendez-vous au Parc des Princes dimanche soir.", "Parc des Princes", "LOC"),
    ("La Fédération béninoise de football a suspendu le joueur.", "Fédération béninoise de football", "ORG"),
    ("Le texte passe devant la Commission des affaires sociales jeudi.", "Commission des affaires sociales", "ORG"),
])
def test_capitalised_head_types_the_name(parse, passage, name, type_):
    types = types_by_mention(parse(passage))
    assert types.get(name) == type_, types


def test_club_word_is_not_a_head(parse):
    assert "Racing forte" not in types_by_mention(parse("Cette saison, le Racing forte tête a tout gagné."))


@pytest.mark.parametrize("passage, street", [
    ("La course arrive sur l'Avenue Houba de Strooper vers 17 heures.", "Avenue Houba de Strooper"),
    ("Un rassemblement a eu lieu avenue Charles de Gaulle à Nantes.", "avenue Charles de Gaulle"),
])
def test_street_with_capital_or_particle(parse, passage, street):
    assert types_by_mention(parse(passage)).get(street) == "LOC"


def test_quai_capitalised_is_not_a_street(parse):
    assert types_by_mention(parse("La trêve reste fragile, a estimé le Quai d'Orsay jeudi soir.")).get("Quai d'Orsay") != "LOC"


def test_surname_particle_is_not_a_town(parse):
    types = types_by_mention(parse("Les Belges Jan De Smet et Pieter Van Dijk ont attaqué."))
    assert types.get("Pieter Van Dijk") == "PERSON" and "Van" not in types, types


@pytest.mark.parametrize("passage, name, variant", [
    ("Le Championnat d'Europe des nations (CEN) a débuté. Le CEN dure un mois.",
     "Championnat d'Europe des nations", "CEN"),
    ("Jan Peeters (Lotto-Soudal) devance Piet Claes (Lotto Soudal).", "Lotto-Soudal", "Lotto Soudal"),
])
def test_acronym_or_spelling_is_the_same_entity(parse, passage, name, variant):
    names = _names(parse(passage))
    assert variant in names.get(name, []), names


def test_media_and_person_read_as_one_name(parse):
    types = types_by_mention(parse("D'après 20 Minutes et Le Journal du Dimanche, les députés du groupe de Marine Le Pen s'abstiendront mardi."))
    assert types.get("20 Minutes") == "ORG" and types.get("Marine Le Pen") == "PERSON", types
    assert "groupe de Marine Le Pen" not in types, types


@pytest.mark.parametrize("passage, name, type_", [
    ("Les salariés de l'entreprise Tilly-Marchal manifestent devant l'usine.", "Tilly-Marchal", "ORG"),
    ("Les habitants du village Kambala ont été évacués mardi.", "Kambala", "GPE"),
])
def test_describing_noun_types_the_name(parse, passage, name, type_):
    assert types_by_mention(parse(passage)).get(name) == type_


def test_list_is_not_one_name(parse):
    types = types_by_mention(parse("Sont en grève : la Banque de France, Transports urbains, infirmiers et facteurs."))
    assert not any("," in text for text in types), types
