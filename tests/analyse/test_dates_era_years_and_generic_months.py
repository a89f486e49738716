"""'l'an 2000' names a year; a month named as a kind ('un mois de juin') locates nothing."""
from __future__ import annotations

import pytest


def _dates(parse, text, published="2024-05-02"):
    return [(d.span.text, d.value) for d in parse(text, published=published)._.dates]


@pytest.mark.parametrize("text, expected", [
    ("Depuis l'an 2000, la commune a perdu un tiers de ses habitants.", ("Depuis l'an 2000", "2000")),
    ("En l'an 1998, le village comptait encore trois boulangeries.", ("l'an 1998", "1998")),
    ("Le pont avait été bâti avant l'an 1900 par une entreprise de Metz.", ("avant l'an 1900", "1900")),
])
def test_a_year_after_l_an_is_that_year(parse, text, expected):
    assert expected in _dates(parse, text)


@pytest.mark.parametrize("text", [
    "Il a fait 41 degrés à Nîmes, un record pour un mois de juin en France.",
    "Chaque mois de mars, la foire attire des milliers de visiteurs.",
    "Tous les mois de décembre, les refuges manquent de bénévoles.",
])
def test_a_month_named_as_a_kind_is_no_date(parse, text):
    assert _dates(parse, text, published="2019-06-28") == []


@pytest.mark.parametrize("text, expected", [
    ("Au mois de juin, la foire a attiré des milliers de visiteurs.", "2019-06"),
    ("Le mois de mai 2018 avait été plus sec que la moyenne.", "2018-05"),
])
def test_a_particular_month_keeps_its_date(parse, text, expected):
    assert expected in [value for _, value in _dates(parse, text, published="2019-06-28")]
