"""recoupe_dates: day ranges are one expression dated by their start (by their month inside one month); a weekday must agree
with the date it names; listed months share one year; horizons; 'l'année suivante'."""
from __future__ import annotations

import pytest

from analyse_helpers import dates_by_text


@pytest.mark.parametrize("published, passage, expected", [
    # day ranges are one expression dated by their start
    ("2018-06-15", "Le procès se tiendra du lundi 11 juin au mardi 3 juillet à Rennes.",
     {"du lundi 11 juin au mardi 3 juillet": "2018-06-11"}),
    (None, "Dans la nuit du mardi 8 au mercredi 9 novembre 2016, un incendie a détruit la grange.",
     {"Dans la nuit du mardi 8 au mercredi 9 novembre 2016": "2016-11-08"}),
    ("2024-01-02", "Le salon se tiendra du 2 septembre au 18 octobre 2024 à Nantes.",
     {"du 2 septembre au 18 octobre 2024": "2024-09-02"}),
    # the start month after the end month: the start is in the year before
    (None, "La saison de chasse a couru du 20 septembre au 28 février 2021.",
     {"du 20 septembre au 28 février 2021": "2020-09-20"}),
    # days inside one month locate the month (a night across two days keeps its first day)
    ("2018-06-10", "Les audiences se tiendront les lundi 25 et mardi 26 juin.",
     {"les lundi 25 et mardi 26 juin": "2018-06"}),
    # two full dates coordinated by 'entre … et' stay two dates
    ("2025-01-02", "Les vols ont eu lieu entre le 2 septembre et le 18 octobre 2024 à Brest.",
     {"le 2 septembre": "2024-09-02", "le 18 octobre 2024": "2024-10-18"}),
    # listed months share one year
    ("2008-11-29", "En août, septembre et octobre, les mises en chantier ont reculé.",
     {"En août, septembre et octobre": "2008"}),
    ("2020-05-02", "En janvier, février ou mars 2019, le site a été piraté.",
     {"En janvier, février ou mars 2019": "2019"}),
    ("2022-11-10", "Les ventes ont baissé en juin et juillet.", {"en juin et juillet": "2022"}),
    # a change between two months is no list
    ("2022-04", "Les loyers progressent de 1,2 % entre février et mars.", {"entre février": "2022-02", "mars": "2022-03"}),
])
def test_day_ranges_and_listed_months_are_dated(parse, published, passage, expected):
    assert dates_by_text(parse, passage, published) == expected


@pytest.mark.parametrize("published, passage, text, value", [
    ("2018-03-19", "L'audience s'ouvrira jeudi 21 juin à Lyon.", "jeudi 21 juin", "2018-06-21"),
    # 21 June 2015 was a Sunday, 2018 is too far from the anchor: no value rather than a wrong one
    ("2015-03-19", "L'audience s'ouvrira jeudi 21 juin à Lyon.", "jeudi 21 juin", None),
    ("2025-03-20", "La grève a eu lieu mardi 7 juin devant la mairie.", "mardi 7 juin", None),
    # the anchor's year disagrees, the next year agrees (a date announced across New Year)
    ("2023-12-20", "Le conseil se réunira le mardi 9 janvier.", "le mardi 9 janvier", "2024-01-09"),
    # an explicit year is the writer's, even with a slip in the weekday
    ("2023-12-20", "Le conseil s'est réuni le lundi 9 janvier 2024.", "le lundi 9 janvier 2024", "2024-01-09"),
])
def test_a_weekday_must_agree_with_the_date(parse, published, passage, text, value):
    assert dates_by_text(parse, passage, published).get(text, "absent") == value


@pytest.mark.parametrize("passage, text, value", [
    ("Le pays vise l'autosuffisance à l'horizon 2030.", "à l'horizon 2030", "2030"),
    ("Le réseau sera achevé vers l'horizon 2035, selon le ministre.", "vers l'horizon 2035", "2035"),
    ("Le plan doit aboutir d'ici les années 2040.", "d'ici les années 2040", "2040"),
    ("Le port sera agrandi d'ici à 2032.", "d'ici à 2032", "2032"),
])
def test_horizons_are_their_year(parse, passage, text, value):
    assert dates_by_text(parse, passage, "2021-03").get(text) == value


@pytest.mark.parametrize("passage, expected", [
    ("En 2013, Paul Durand a perdu son emploi. L'année suivante, il a quitté Lille.",
     {"En 2013": "2013", "L'année suivante": "2014"}),
    ("Le club est né en 1998. L'année précédente, ses fondateurs jouaient au parc.",
     {"en 1998": "1998", "L'année précédente": "1997"}),
    ("La mine a fermé en 1985. Trois ans plus tard, l'usine a suivi.",
     {"en 1985": "1985", "Trois ans plus tard": "1988"}),
    # no year written before: nothing to count from
    ("L'année suivante, l'association a doublé ses effectifs.", {"L'année suivante": None}),
])
def test_anaphoric_years_count_from_the_last_written_year(parse, passage, expected):
    assert dates_by_text(parse, passage, "2017-03") == expected


def test_a_year_before_in_a_statistic_is_not_anaphoric(parse):
    dates = dates_by_text(parse, "Le chômage grimpe en 2015 puis retrouve le niveau qu'il avait un an auparavant.", "2023-11")
    assert "2014" not in dates.values()


@pytest.mark.parametrize("passage, text, value", [
    ("Deux sondages parus en début de semaine ont agacé la ministre.", "en début de semaine", "2008-11"),
    ("Le texte sera voté en fin de semaine prochaine.", "en fin de semaine prochaine", "2008-12"),
    ("Le préfet avait réuni les maires en fin de semaine dernière.", "en fin de semaine dernière", "2008-11"),
])
def test_start_and_end_of_week(parse, passage, text, value):
    assert dates_by_text(parse, passage, "2008-11-29").get(text) == value


def test_edge_of_a_neighbouring_week_needs_the_publication_day(parse):
    dates = dates_by_text(parse, "La motion sera examinée début de semaine prochaine.", "2023-03")
    assert dates == {"début de semaine prochaine": None}
