"""Round 28: a body's name with two coordinated complements ("de X et de Y") is one name, where
the model stops at "et"; an acronym or a known place after "et de" is another entity. Passages
written for the project."""
import pytest


@pytest.mark.parametrize("text, name", [
    ("Je tiens à saluer l'engagement de nos Forces de Défense et de Sécurité, a écrit le président.",
     "Forces de Défense et de Sécurité"),
    ("L'Office des Eaux et des Forêts a réagi mardi.", "Office des Eaux et des Forêts"),
])
def test_two_coordinated_complements_are_one_name(parse, text, name):
    names = {e.name: e.type for e in parse(text)._.entities}
    assert names.get(name) == "ORG", names


def test_an_acronym_or_a_known_place_after_et_de_is_another_name(parse):
    names = {e.name for e in parse("Le rapport de la Banque de France et de la BCE est attendu. "
                                   "La Banque de Tunisie et de la Libye n'existe pas.")._.entities}
    assert "Banque de France" in names, names
    assert not any(n.endswith(("BCE", "Libye")) and n.startswith("Banque") for n in names), names
