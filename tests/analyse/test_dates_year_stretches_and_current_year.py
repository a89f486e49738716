"""recoupe_dates: the current year named without its figure ('l'année en cours', 'les neuf premiers mois de l'année',
'dès le début de cette année') is the publication's; a kind of year with its figure
('l'année budgétaire 2025') is that year; a day part naming an observance is no date."""
from __future__ import annotations

import pytest


def _dates(parse, passage, published):
    return [(d.span.text, d.value) for d in parse(passage, published=published)._.dates]


@pytest.mark.parametrize("published, passage, text, value", [
    ("2021-06", "Le port vise 3 millions de passagers sur l'année en cours.", "l'année en cours", "2021"),
    ("2021-06-14", "Les loyers ont encore grimpé le mois en cours, note l'agence.", "le mois en cours", "2021-06"),
    ("2022-07", "Durant les quatre premiers mois de l'année, 40 usines ont fermé.",
     "Durant les quatre premiers mois de l'année", "2022"),
    ("2022-07", "Les trois premiers mois de l’année ont été secs.", "trois premiers mois de l", "2022"),
    ("2020-10", "Depuis le début de cette année, les douaniers ont saisi 2 tonnes de résine.",
     "Depuis le début de cette année", "2020"),
    ("2020-10", "Les neuf premiers mois de l'année 2018 avaient été meilleurs.", "l'année 2018", "2018"),
    ("2024-11", "Le ministre a présenté le budget de l'année budgétaire 2025 jeudi.", "l'année budgétaire 2025", "2025"),
    ("2023-09", "Les inscriptions pour l'année scolaire 2024 ouvrent lundi.", "l'année scolaire 2024", "2024"),
])
def test_current_or_qualified_year(parse, published, passage, text, value):
    dates = dict(_dates(parse, passage, published))
    match = [v for t, v in dates.items() if text in t]
    assert match == [value], dates


@pytest.mark.parametrize("passage", [
    "Elle a parlé pendant la journée nationale des aidants.",
    "Une soirée caritative a réuni les anciens élèves du lycée.",
])
def test_observance_is_no_date(parse, passage):
    assert not any(t.lower().endswith(("journée", "soirée")) for t, _ in _dates(parse, passage, "2023-05-10"))
