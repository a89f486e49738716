"""A unit of a police, gendarmerie or judicial body is named whole, its unit noun included ('la zone
de police de Namur'), while the same noun before a bare place stays out ('la zone de Gaza'); a
company or a parliamentary group after 'groupe' is named alone. Passages written for the project."""
import pytest

from analyse_helpers import types_by_name


@pytest.mark.parametrize("text, name", [
    ("La zone de police de Wavre a bouclé le quartier vers minuit.", "zone de police de Wavre"),
    ("La section de recherches de Poitiers a repris le dossier.", "section de recherches de Poitiers"),
    ("La compagnie de gendarmerie de Bressuire a lancé un appel à témoins.", "compagnie de gendarmerie de Bressuire"),
    ("Le groupement de gendarmerie de la Vendée a mobilisé quarante militaires.",
     "groupement de gendarmerie de la Vendée"),
])
def test_a_unit_noun_stays_in_the_name(parse, text, name):
    names = types_by_name(parse(text))
    assert names.get(name) == "ORG", names
    assert not any(n.startswith(("police de", "gendarmerie de")) for n in names), names


@pytest.mark.parametrize("text", [
    "Les frappes ont visé la zone de Rafah pendant la nuit.",
    "La section de Dijon du parti a voté contre la motion.",
])
def test_a_unit_noun_before_a_bare_place_is_no_unit(parse, text):
    assert not any(n.lower().startswith(("zone", "section")) for n in types_by_name(parse(text)))


@pytest.mark.parametrize("text, name", [
    ("Les caissières du groupe Dubreuil sont en grève depuis lundi.", "Dubreuil"),
    ("Le moteur est fourni par le groupe Valmont Industries, selon la direction.", "Valmont Industries"),
    ("La motion du groupe LR a été rejetée par les députés.", "Les Républicains"),
])
def test_the_name_after_groupe_is_the_entity(parse, text, name):
    names = types_by_name(parse(text))
    assert names.get(name) == "ORG", names
    assert not any(n.lower().startswith("groupe") for n in names), names


def test_a_second_body_after_et_and_an_article_is_apart(parse):
    names = types_by_name(parse("La zone de police de Wavre et l'Unité spéciale de la police fédérale sont intervenues."))
    assert "zone de police de Wavre" in names and "Unité spéciale de la police fédérale" in names, names
