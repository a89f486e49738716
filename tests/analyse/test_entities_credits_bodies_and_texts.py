"""Round 32: a credit line with slashes names no one of the story; a founding text is no
organisation; a body's acronym the model glued to a person goes. Passages written for the project."""
import pytest

from analyse_helpers import types_by_name


def test_a_slashed_photo_credit_line_gives_no_entities(parse):
    names = types_by_name(parse("Deux frères disent avoir été frappés. /Photo d'archives/AGENCE/Paul Vasseur\n"
                         "Une enquête a été ouverte à Bobigny."))
    assert "Paul Vasseur" not in names and "Bobigny" in names, names


def test_a_slash_inside_a_sentence_is_no_credit(parse):
    names = types_by_name(parse("La photo/vidéo de Paul Vasseur circule depuis mardi sur les réseaux."))
    assert names.get("Paul Vasseur") == "PERSON", names


def test_the_constitution_is_no_organisation(parse):
    names = types_by_name(parse("La réforme a été votée au titre de l'article 11 de la Constitution."))
    assert "Constitution" not in names, names


@pytest.mark.parametrize("text, person", [
    ("Le 14 mars, le commandant Abou Karam des FLD, Nabil Saadi de son vrai nom, a pris la parole.", "Abou Karam"),
])
def test_an_acronym_glued_after_a_person_is_cut(parse, text, person):
    names = types_by_name(parse(text))
    assert names.get(person) == "PERSON" and not any(n.endswith("FLD") for n in names), names
