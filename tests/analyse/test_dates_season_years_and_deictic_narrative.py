"""A season or year written with its article and a year, and deictic dates in articles without a publication date."""
from __future__ import annotations

import pytest


def _dates(doc):
    return [(d.span.text, d.value) for d in doc._.dates]


@pytest.mark.parametrize("text, expected", [
    ("Le chantier était bloqué depuis le printemps 2021, selon la mairie.", ("depuis le printemps 2021", "2021")),
    ("La décision, prise à l'automne 2016, a été contestée.", ("à l'automne 2016", "2016")),
    ("Les travaux avaient commencé dès l'été 2019 à Rennes.", ("dès l'été 2019", "2019")),
    ("On a compté 412 incendies sur toute l'année 2021 dans le département.", ("toute l'année 2021", "2021")),
    ("Le prix est resté stable pendant l'année 2018, a noté l'institut.", ("pendant l'année 2018", "2018")),
])
def test_season_or_year_with_article_keeps_its_year(parse, text, expected):
    assert expected in _dates(parse(text, published="2023-03"))


@pytest.mark.parametrize("text, phrase", [
    ("Ce mardi 9 avril 2024, les parents ont bloqué l'entrée. Une classe pourrait fermer à la rentrée.", "à la rentrée"),
    ("Le 2 juin 2022, la mairie a voté le budget. Les travaux auront lieu cet été, selon l'adjoint.", "cet été"),
])
def test_deictic_date_not_read_from_a_date_in_the_text(parse, text, phrase):
    values = [value for span, value in _dates(parse(text)) if phrase in span]
    assert values == [None]


def test_calendar_date_still_read_from_a_full_date_in_the_text(parse):
    doc = parse("Le 3 mai 2021, le conseil a voté le projet. Le 12 juin, le préfet l'a suspendu.")
    assert ("Le 12 juin", "2021-06-12") in _dates(doc) or ("12 juin", "2021-06-12") in _dates(doc)


@pytest.mark.parametrize("text, expected", [
    ("L'équipe sera prête en mars, promet l'entraîneur.", "2025-03"),
    ("Ce stage nous permettra d'être prêts en mars.", "2025-03"),
    ("L'équipe était prête en mars, selon le club.", "2024-03"),
])
def test_future_copula_points_to_the_coming_month(parse, text, expected):
    assert [d.value for d in parse(text, published="2024-10")._.dates] == [expected]
