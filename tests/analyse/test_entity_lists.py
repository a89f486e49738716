"""Names listed together are typed alike: the list's sure members settle the others (invented passages)."""
import pytest

from analyse_helpers import types_by_mention


@pytest.mark.parametrize("passage, expected", [
    pytest.param("Des alertes ont retenti à Lyon, Kessaroun, Dar Mehlat, Grenoble et dans plusieurs villages.",
                 {"Kessaroun": "GPE", "Dar Mehlat": "GPE"}, id="unknown-towns-in-a-list-of-towns-are-places"),
    pytest.param("Le club déplore des blessés : Marc Tessier, Paul Roux ou encore Marquito et Hugo Lanz.",
                 {"Marquito": "PERSON"}, id="single-name-in-a-list-of-people-is-a-person"),
    pytest.param("À Grenoble, Jeanne Martin, Paul Roux et Marc Tessier ont signé la pétition.",
                 {"Jeanne Martin": "PERSON", "Paul Roux": "PERSON"}, id="one-place-before-people-types-nobody"),
    pytest.param("L'aviation a frappé les abords du village syrien de Tell Kessab mardi.",
                 {"Tell Kessab": "GPE"}, id="town-after-a-peoples-adjective-and-de"),
])
def test_listed_names_are_typed_alike(parse, passage, expected):
    types = types_by_mention(parse(passage))
    assert {name: types.get(name) for name in expected} == expected, types
