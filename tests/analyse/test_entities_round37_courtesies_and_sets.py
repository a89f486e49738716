"""A form of address is no organisation; a broadcaster's set is no place (invented passages)."""

from analyse_helpers import types_by_name


def test_a_form_of_address_is_no_organisation(parse):
    types = types_by_name(parse("Réuni jeudi, le conseil était présidé par Son Excellence le président Paul Kessler, "
                         "chef de l'État de Varnel."))
    assert "Son Excellence" not in types
    assert types.get("Paul Kessler") == "PERSON"


def test_the_set_of_a_broadcaster_named_by_acronym_is_no_place(parse):
    types = types_by_name(parse("Interrogé mardi soir sur le plateau de RTVX, Paul Kessler a tout nié."))
    assert "plateau de RTVX" not in types
    assert "RTVX" in types          # its type is the recogniser's


def test_a_square_named_by_words_stays_a_place(parse):
    types = types_by_name(parse("Le cortège a rejoint la place de la République puis la rue de Metz."))
    assert types.get("rue de Metz") == "LOC"
