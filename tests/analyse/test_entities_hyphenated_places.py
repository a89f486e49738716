"""A known place glued by a hyphen to a capitalised word naming nothing alone is another place
('Colombie-Britannique' is not the country); two known names joined by a hyphen stay two
(invented passages)."""
import pytest


def _names(doc):
    return [(e.name, e.type) for e in doc._.entities]


@pytest.mark.parametrize("text, place", [
    ("La Colombie-Britannique a envoyé 200 pompiers vers le nord de la province.", "Colombie-Britannique"),
    ("Le gouvernement de la Région Bruxelles-Capitale a adopté son budget mardi.", "Bruxelles-Capitale"),
    ("Des orages ont frappé la Saxe-Anhalt dans la nuit de lundi.", "Saxe-Anhalt"),
])
def test_a_hyphenated_place_is_one_place(parse, text, place):
    names = _names(parse(text))
    assert (place, "GPE") in names, names
    assert not any(name == place.split("-")[0] for name, _ in names), names


@pytest.mark.parametrize("text, first, second", [
    ("Le match France-Italie se jouera à guichets fermés.", "France", "Italie"),
    ("La ligne Paris-Lyon restera fermée jusqu'à jeudi.", "Paris", "Lyon"),
])
def test_two_known_names_joined_by_a_hyphen_stay_two(parse, text, first, second):
    names = [name for name, _ in _names(parse(text))]
    assert first in names and second in names, names
