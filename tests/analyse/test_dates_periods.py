"""recoupe_dates: quarters and named years resolve to their year; 'ce soir-là' is anaphoric."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage, text, value", [
    ("Au deuxième trimestre 2016, les ventes ont reculé.", "Au deuxième trimestre 2016", "2016"),
    ("Le chiffre d'affaires a bondi au premier semestre 2019.", "au premier semestre 2019", "2019"),
    ("Les travaux reprendront dans l'année 2025.", "dans l'année 2025", "2025"),
])
def test_periods_of_a_named_year(parse, passage, text, value):
    dates = {d.span.text: d.value for d in parse(passage, published="2021-03-10")._.dates}
    assert dates.get(text) == value, dates


@pytest.mark.parametrize("passage, text", [
    ("Ce soir-là, la salle était comble.", "Ce soir-là"),
    ("Cette nuit-là, personne n'a dormi au village.", "Cette nuit-là"),
])
def test_anaphoric_moment_is_not_the_publication_day(parse, passage, text):
    dates = {d.span.text: d.value for d in parse(passage, published="2021-03-10")._.dates}
    assert text in dates and dates[text] is None, dates


def test_tonight_still_is_the_publication_day(parse):
    dates = {d.span.text: d.value for d in parse("Ce soir, le conseil vote.", published="2021-03-10")._.dates}
    assert dates["Ce soir"] == "2021-03-10"
