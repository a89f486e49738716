"""Names cut at a link word, and a town's people read as places (passages written for the project)."""
import pytest


def _names(parse, text):
    return {(e.name, e.type) for e in parse(text)._.entities}


@pytest.mark.parametrize("text", [
    "Les États se sont engagés, au titre de la Charte des Nations Unies, à régler leurs différends.",
    "Le traité rappelle les principes de la Charte des Nations Unies sur le droit des peuples.",
    "La ministre s'est exprimée devant le Conseil de sécurité des Nations Unies à New York.",
    "Le rapport du Haut Conseil des Finances Publiques sera publié lundi.",
])
def test_a_name_is_not_cut_after_its_link_word(parse, text):
    found = _names(parse, text)
    assert not any(name.endswith((" des", " du", " de")) or kind == "PERSON" for name, kind in found)


@pytest.mark.parametrize("text", [
    "Les Nations Unies ont condamné l'attaque.",
    "Un rapport des Nations Unies dénonce la famine.",
])
def test_the_united_nations_written_with_capitals_are_the_organisation(parse, text):
    assert ("Organisation des Nations unies", "ORG") in _names(parse, text)


@pytest.mark.parametrize("text, demonym", [
    ("Un Pontivyen de 58 ans a été mis en examen pour homicide.", "Pontivyen"),
    ("La riposte du Pontivyen était-elle disproportionnée ?", "Pontivyen"),
    ("Un Vannetéen de 40 ans a été interpellé près de la gare.", "Vannetéen"),
])
def test_a_towns_inhabitant_is_not_a_place(parse, text, demonym):
    assert not any(name == demonym for name, _ in _names(parse, text))


def test_given_names_with_a_demonym_ending_stay_people(parse):
    found = _names(parse, "Julien Moreau a rencontré Adrien Costa à Amiens, puis à Gien.")
    assert {("Julien Moreau", "PERSON"), ("Adrien Costa", "PERSON"), ("Amiens", "GPE"), ("Gien", "GPE")} <= found


@pytest.mark.parametrize("text, full, short", [
    ("La Commission des marchés publics a rendu son avis. Selon la Commission, le contrat est valide.",
     "Commission des marchés publics", "Commission"),
    ("La Cour d'appel de Rennes a confirmé la peine. La Cour a aussi ordonné une expertise.",
     "Cour d'appel de Rennes", "Cour"),
])
def test_an_institutions_head_word_alone_is_its_short_name(parse, text, full, short):
    entities = parse(text)._.entities
    owner = [e for e in entities if short in {m.span.text for m in e.mentions}]
    assert [e.name for e in owner] == [full]


def test_a_place_is_not_the_short_name_of_a_club(parse):
    entities = parse("Le Paris Saint-Germain a gagné. Paris fête son club.")._.entities
    # the word inside the club's name is no place (round 33); the town named alone is one
    assert {e.type for e in entities if "Paris" in {m.span.text for m in e.mentions}} == {"GPE"}
