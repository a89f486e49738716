"""Entity classes of round 4 (invented passages): a person glued to a title's complement, and
the team or party in parentheses after a person."""
import pytest

from analyse_helpers import types_by_mention


def _names(doc):
    return {e.name: sorted(m.span.text for m in e.mentions) for e in doc._.entities}


@pytest.mark.parametrize("passage, person, other", [
    ("Le chef du Hezbollah Karim Haddad a pris la parole mardi.", "Karim Haddad", "Hezbollah"),
    ("Le président de la Confédération Hugo Lanz a condamné l'attaque.", "Hugo Lanz", None),
    ("Le président du Conseil d'État Hugo Lanz a condamné l'attaque.", "Hugo Lanz", "Conseil d'État"),
    ("Le porte-parole de La France insoumise Marc Dorval a quitté la réunion.", "Marc Dorval",
     "La France insoumise"),
])
def test_person_after_a_title_complement_is_apart(parse, passage, person, other):
    types = types_by_mention(parse(passage))
    assert types.get(person) == "PERSON", types
    assert other is None or types.get(other) == "ORG", types
    assert not any(person in text and text != person for text in types), types


@pytest.mark.parametrize("passage, kept", [
    ("Le préfet était l'invité de France Bleu Provence mercredi.", "France Bleu Provence"),
    ("Un soldat du 7e Bataillon de Chasseurs Alpins de Varces a été blessé.", None),
    ("Le président Jean Paul Martin a signé le décret.", "Jean Paul Martin"),
])
def test_name_without_a_person_glued_is_not_split(parse, passage, kept):
    types = types_by_mention(parse(passage))
    assert kept is None or kept in types, types
    assert "Bleu Provence" not in types and "Hussards Parachutistes" not in types, types


@pytest.mark.parametrize("passage, affiliation", [
    ("Le sprinteur a devancé l'Allemand Paul Kessler (Lotto-Soudal) au sprint.", "Lotto-Soudal"),
    ("Erik Holm (Veranda's Bakker-Crelan) a attaqué dans le final.", "Veranda's Bakker-Crelan"),
    ("Marc Durand (Wanty-Groupe Dubois) a terminé quatrième.", "Wanty-Groupe Dubois"),
    ("La cheffe du gouvernement Clara Venturi (Forza Italia) a répondu.", "Forza Italia"),
])
def test_parenthesis_after_a_person_is_an_organisation(parse, passage, affiliation):
    types = types_by_mention(parse(passage))
    assert types.get(affiliation) == "ORG", types


def test_place_in_parenthesis_after_a_person_stays_a_place(parse):
    types = types_by_mention(parse("Le prix est allé à Nadia Keita (Mali) et à Omar Sy (Sénégal / France)."))
    assert types.get("Mali") == "GPE" and types.get("Sénégal") == "GPE", types
