"""Institutions and facilities named by a lowercase head noun and a proper name (invented
passages): schools, bars, prisons, police units, museums and stadiums, with their town or the
person they are named after."""
import pytest

from analyse_helpers import types_by_mention


@pytest.mark.parametrize("passage, name, type_", [
    ("Les parents d'élèves du collège Marie Curie à Vierzon ont manifesté.", "collège Marie Curie", "ORG"),
    ("Les cours reprendront au lycée Louise Michel lundi.", "lycée Louise Michel", "ORG"),
    ("Les élèves seront accueillis au collège Yves le Goff en attendant.", "collège Yves le Goff", "ORG"),
    ("Le match aura lieu au stade Jean Bouin de Toulouse samedi.", "stade Jean Bouin", "LOC"),
    ("Le barrage Hassan II est rempli à 40 %.", "barrage Hassan II", "LOC"),
    ("Le bâtonnier du barreau de Nantes, Paul Ferrand, a protesté.", "barreau de Nantes", "ORG"),
    ("L'enquête a été confiée à la police judiciaire de Lille.", "police judiciaire de Lille", "ORG"),
    ("Il a été transféré à la prison de Fresnes mardi.", "prison de Fresnes", "ORG"),
    ("Le président de la chambre d'agriculture du Finistère a réagi.", "chambre d'agriculture du Finistère", "ORG"),
    ("Les étudiants de la fac de médecine de Brest manquent de stages.", "fac de médecine de Brest", "ORG"),
    ("Selon la gendarmerie de Vannes, le conducteur a pris la fuite.", "gendarmerie de Vannes", "ORG"),
    ("Les collections du musée des Beaux-arts sont prêtées à Nancy.", "musée des Beaux-arts", "ORG"),
])
def test_lowercase_head_and_name_are_one_institution(parse, passage, name, type_):
    types = types_by_mention(parse(passage))
    assert types.get(name) == type_, types


@pytest.mark.parametrize("passage, absent", [
    ("Elle est allée à l'école de Marie Dupont, sa voisine.", "école de Marie Dupont"),
    ("Il est rentré à la prison hier soir.", "prison"),
    ("La police est intervenue rapidement.", "police"),
])
def test_head_without_its_own_name_is_no_institution(parse, passage, absent):
    assert absent not in types_by_mention(parse(passage))


@pytest.mark.parametrize("passage, inner, outer", [
    ("Il a comparu devant la chambre correctionnelle du tribunal judiciaire de Rennes.",
     "tribunal judiciaire de Rennes", "chambre correctionnelle du tribunal judiciaire de Rennes"),
    ("Le chef du groupe LR Paul Marin a voté contre.", "Paul Marin", "groupe LR Paul Marin"),
])
def test_inner_institution_or_person_is_not_swallowed(parse, passage, inner, outer):
    types = types_by_mention(parse(passage))
    assert inner in types and outer not in types, types


def test_number_after_police_is_no_name(parse):
    assert "police 13" not in types_by_mention(parse("Le syndicat de la police 13 a protesté lundi."))


def test_facility_name_alone_is_the_facility(parse):
    doc = parse("Le directeur du musée du Prado a été reçu. Le Prado accueille deux millions de visiteurs.")
    museum = [e for e in doc._.entities if any(m.span.text == "musée du Prado" for m in e.mentions)]
    assert museum and "Prado" in [m.span.text for m in museum[0].mentions], [(e.name, e.type) for e in doc._.entities]


def test_head_inside_a_capitalised_name_opens_nothing(parse):
    types = types_by_mention(parse("Un agent du Service de police de Lac-Vert a dressé le procès-verbal."))
    assert "police de Lac-Vert" not in types, types
