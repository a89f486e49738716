"""recoupe_dates, round 34: 'le même jour' goes back to the last day the text gave, past a month named
since as another event's background; a yearly account named with its year ('le budget 2024') is that year."""
from __future__ import annotations

import pytest


def _dates(parse, passage, published="2025-08-20"):
    return [(d.span.text, d.value) for d in parse(passage, published=published)._.dates]


def test_the_same_day_as_the_last_day_given(parse):
    found = _dates(parse, "Le 22 septembre s'ouvrira le procès du réseau. En mars 2024, le tribunal avait condamné "
                          "ses chefs. Le même jour, les prévenus du second volet comparaîtront à Namur.")
    assert ("Le même jour", "2025-09-22") in found, found


def test_the_same_day_of_a_month_when_no_day_was_given(parse):
    found = _dates(parse, "En mars 2024, le tribunal avait condamné ses chefs. Le même jour, un autre procès s'ouvrait.")
    assert ("Le même jour", "2024-03") in found, found


@pytest.mark.parametrize("passage, expected", [
    ("Le conseil a adopté le budget 2024 de la commune.", ("le budget 2024", "2024")),
    ("Le bilan 2023 du port reste fragile.", ("Le bilan 2023", "2023")),
])
def test_a_yearly_account_with_its_year(parse, passage, expected):
    assert expected in _dates(parse, passage), _dates(parse, passage)
