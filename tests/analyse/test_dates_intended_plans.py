"""recoupe_dates: a month or day under a verb of intent in the present ('prévoit d'ouvrir en
février', 'compte lancer en novembre', 'doit publier en février') is the coming one; under a past
('avait prévu de partir en mars') it stays in the past."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, value", [
    ("La municipalité prévoit d'inaugurer le pont en février.", "2020-02"),
    ("Le club compte recruter un attaquant en janvier.", "2020-01"),
    ("Le distributeur compte sortir au mois de novembre le dernier film du réalisateur.", "2019-11"),
    ("Le groupe doit publier ses résultats en février.", "2020-02"),
    ("Elle avait prévu de partir en mars.", "2019-03"),
    ("Il voulait partir en avril.", "2019-04"),
])
def test_intended_month_is_the_coming_one(parse, sentence, value):
    dates = parse(sentence, published="2019-05-20")._.dates
    assert [d.value for d in dates] == [value], [(d.span.text, d.value) for d in dates]


def test_historical_present_with_an_infinitive_keeps_the_recent_date(parse):
    sentence = "Le 12 mai, peu après midi, la conseillère Anne Morel fait remarquer au maire qu'il a tort."
    dates = parse(sentence, published="2023-06-10")._.dates
    assert [d.value for d in dates if d.span.text == "Le 12 mai"] == ["2023-05-12"]
