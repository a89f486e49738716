"""recoupe_dates, round 3: a date without year or tense looks back unless it is close
ahead; year ranges; 'il y a exactement deux ans'."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("published, passage, text, value", [
    # months ahead are announced only when close: five months ahead is recalled, last year
    ("2023-10", "Le prix du pain reste élevé par rapport à mars.", "à mars", "2023-03"),
    ("2023-09-20", "Le litre est plus cher qu'en février dans la plupart des stations.", "en février", "2023-02"),
    ("2023-09-20", "La conférence se tient le 4 novembre à Lyon.", "le 4 novembre", "2023-11-04"),
    ("2023-12-10", "Le salon ouvre ses portes le 8 janvier.", "le 8 janvier", "2024-01-08"),
])
def test_untensed_dates_look_back_unless_close_ahead(parse, published, passage, text, value):
    dates = {d.span.text: d.value for d in parse(passage, published=published)._.dates}
    assert dates.get(text) == value, dates


@pytest.mark.parametrize("passage, expected", [
    ("Entre 1995 et 2008, la commune a perdu ses usines.", {"Entre 1995": "1995", "et 2008": "2008"}),
    ("De 2011 à 2015, le club a dominé le championnat.", {"De 2011": "2011", "à 2015": "2015"}),
    ("Vers 1980, le village comptait encore trois écoles.", {"Vers 1980": "1980"}),
    ("Voilà, il y a exactement deux ans, que la piscine a fermé.", {"il y a exactement deux ans": "2019"}),
])
def test_year_ranges_and_exact_offsets(parse, passage, expected):
    dates = {d.span.text: d.value for d in parse(passage, published="2021-06-03")._.dates}
    assert dates == expected


def test_counts_after_et_are_no_years(parse):
    assert parse("Le stade compte 300 places assises et 2000 places debout.", published="2021-06-03")._.dates == []


@pytest.mark.parametrize("passage, text, value", [
    ("Les loyers grimpent depuis le printemps.", "depuis le printemps", "2024"),
    ("Les ventes avaient chuté à l'automne.", "à l'automne", "2024"),
    ("La loi entrera en vigueur au printemps.", "au printemps", "2025"),
    ("Le pont sera rouvert d'ici l'été.", "d'ici l'été", "2025"),
    ("Il a neigé pendant tout l'hiver.", "tout l'hiver", None),     # a stretch, not a season located
])
def test_seasons_after_a_preposition(parse, passage, text, value):
    dates = {d.span.text: d.value for d in parse(passage, published="2024-11-14")._.dates}
    assert dates.get(text, "missing") == value, dates
