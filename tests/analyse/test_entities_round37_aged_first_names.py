"""A lone given name before an age between commas is a person, wherever the sentence puts it (invented passages)."""
import pytest

from analyse_helpers import types_by_name


@pytest.mark.parametrize("passage", [
    "Ils étaient 300 à défiler à Varnel. Dont Léonie, 52 ans, vendeuse, qui juge la réforme injuste.",
    "Sur le quai de Varnel, il y avait aussi Léonie, 52 ans, venue avec ses enfants.",
])
def test_given_name_before_an_age_is_a_person(parse, passage):
    assert types_by_name(parse(passage)).get("Léonie") == "PERSON"


def test_a_town_before_a_span_of_years_stays_a_place(parse):
    types = types_by_name(parse("Ils ont défilé de nouveau à Varnel, 45 ans plus tard, pour la même cause."))
    assert types.get("Varnel") == "GPE"
