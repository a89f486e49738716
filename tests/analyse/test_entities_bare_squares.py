"""Round 32: a square named bare after a verb or a comma is a place, even with "de" and no article;
"la place de X" and "la mise en place de X" stay a position. Passages written for the project."""
import pytest


def _names(doc):
    return {e.name: e.type for e in doc._.entities}


@pytest.mark.parametrize("text, square", [
    ("Des pétards ont été tirés place de Lorraine et place Saint-Just, à Valmoray.", "place de Lorraine"),
    ("Les manifestants se sont retrouvés, place de Metz, vers midi.", "place de Metz"),
])
def test_a_bare_square_after_a_verb_or_comma_is_a_place(parse, text, square):
    assert _names(parse(text)).get(square) == "LOC"


@pytest.mark.parametrize("text", [
    "Il a pris la place de Dupont au conseil municipal.",
    "La mise en place de Frontex a pris du temps.",
])
def test_a_position_is_no_square(parse, text):
    assert not any(name.startswith("place") for name in _names(parse(text))), _names(parse(text))
