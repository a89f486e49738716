"""Round 32: a square named bare after a verb or a comma is a place, even with "de" and no article;
"la place de X" and "la mise en place de X" stay a position. Passages written for the project."""
import pytest

from analyse_helpers import types_by_name


@pytest.mark.parametrize("text, square", [
    ("Des pétards ont été tirés place de Lorraine et place Saint-Just, à Valmoray.", "place de Lorraine"),
    ("Les manifestants se sont retrouvés, place de Metz, vers midi.", "place de Metz"),
])
def test_a_bare_square_after_a_verb_or_comma_is_a_place(parse, text, square):
    assert types_by_name(parse(text)).get(square) == "LOC"


@pytest.mark.parametrize("text", [
    "Il a pris la place de Dupont au conseil municipal.",
    "La mise en place de Frontex a pris du temps.",
])
def test_a_position_is_no_square(parse, text):
    assert not any(name.startswith("place") for name in types_by_name(parse(text))), types_by_name(parse(text))
