"""A square named after a country or a town is one place, reached by a preposition (invented passages)."""
import pytest

from analyse_helpers import types_by_name


@pytest.mark.parametrize("passage, square", [
    ("Mardi, les grévistes sont repartis de la place d'Orvanie à midi.", "place d'Orvanie"),
    ("Les élus se sont réunis mardi sur la place de Varnel.", "place de Varnel"),
    ("Le cortège est reparti depuis la place d'Orvanie à midi.", "place d'Orvanie"),
])
def test_a_square_reached_by_a_preposition_is_one_place(parse, passage, square):
    names = types_by_name(parse(passage))
    assert names.get(square) == "LOC"
    assert "Orvanie" not in names


def test_a_position_taken_is_no_square(parse):
    names = types_by_name(parse("Jeanne Morel prendra à la place de Kessdorf la présidence du club."))
    assert "place de Kessdorf" not in names
