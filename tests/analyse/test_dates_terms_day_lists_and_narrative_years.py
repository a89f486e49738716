"""recoupe_dates: a recurring event or school term with its year, 'la rentrée', lists of
days in one month, 'huit mois plus tard', and the year a narrative without a publication
date has reached."""
from __future__ import annotations

import pytest

from analyse_helpers import dates_by_text


@pytest.mark.parametrize("published, passage, text, value", [
    # a recurring event with its year is that year
    (None, "Le palmarès de l'édition 2019 du festival de Gérardmer a surpris.", "l'édition 2019", "2019"),
    ("2024-03-02", "La saison 2022 avait été marquée par la sécheresse.", "La saison 2022", "2022"),
    ("2020-06-01", "Les comptes de l'exercice 2019 ont été approuvés lundi.", "l'exercice 2019", "2019"),
    ("2021-03-10", "Le rectorat prépare la rentrée scolaire 2021 avec prudence.", "la rentrée scolaire 2021", "2021"),
    # the school term is the coming one unless begun
    # written in spring: the coming September
    ("2022-04", "Les parents d'élèves redoutent la prochaine rentrée scolaire à Dijon.",
     "la prochaine rentrée scolaire", "2022-09"),
    ("2022-04-12", "Trois classes fermeront à la rentrée, annonce l'inspection.", "à la rentrée", "2022-09"),
    # written in October: the one just begun
    ("2022-10-12", "Depuis la rentrée, les effectifs ont augmenté à Brest.", "Depuis la rentrée", "2022-09"),
    ("2022-02-12", "La rentrée dernière s'est faite sans masque.", "La rentrée dernière", "2021-09"),
    # a list of days is one expression dated to its month
    ("2023-11-06", "Le syndicat annonce trois journées de grève les 14, 15 et 16 novembre prochain.",
     "les 14, 15 et 16 novembre prochain", "2023-11"),
    (None, "Les assises se sont tenues les 3, 4 et 5 mars 2019 à Metz.", "les 3, 4 et 5 mars 2019", "2019-03"),
    ("2023-12-20", "Les coupures ont eu lieu les 2, 3, 4 et 5 décembre.", "les 2, 3, 4 et 5 décembre", "2023-12"),
])
def test_recurring_events_terms_and_day_lists_are_dated(parse, published, passage, text, value):
    assert dates_by_text(parse, passage, published).get(text) == value


def test_income_is_no_school_term(parse):
    found = dates_by_text(parse, "La commune espère une rentrée d'argent grâce au parking.", "2022-04-12")
    assert not any("rentrée" in text for text in found)


@pytest.mark.parametrize("passage, text, value", [
    ("En mars dernier, la ministre avait signé la circulaire. Six mois plus tard, rien n'a changé.",
     "Six mois plus tard", "2024-09"),
    ("Le 12 mai 2023, le chantier a commencé. Trois mois plus tôt, le permis avait été signé.",
     "Trois mois plus tôt", "2023-02"),
])
def test_months_later_count_from_the_last_month_written(parse, passage, text, value):
    assert dates_by_text(parse, passage, "2024-10-04").get(text) == value


@pytest.mark.parametrize("passage, expected", [
    # the year the account has reached wins over a full date written further away
    ("En 2016, les crues avaient fait 9 morts entre avril et mai à Lomé. Le 3 juin 2012, 12 personnes avaient péri.",
     {"entre avril": "2016-04", "mai": "2016-05"}),
    ("Les pluies ont fait 4 morts. En 2019, le fleuve était sorti de son lit en octobre.",
     {"en octobre": "2019-10"}),
    # a year inside a clause, or a stretch since a year, is a reference point: the full date after anchors
    ("Mais depuis 2016, les ventes chutent. Les dossiers seront reçus entre le 2 mars et le 9 avril 2024.",
     {"le 2 mars": "2024-03-02"}),
    ("La crise dure depuis 2014, a rappelé l'office, citant le naufrage du 9 février. Il publiera le 3 mars 2023 son rapport.",
     {"du 9 février": "2023-02-09"}),
])
def test_without_publication_months_take_the_year_the_narrative_reached(parse, passage, expected):
    found = dates_by_text(parse, passage, None)
    assert {text: found.get(text) for text in expected} == expected


def test_a_year_complementing_a_noun_sets_no_scene(parse):
    passage = "Le 4 mai 2021, le conseil a invoqué une loi de 2010. Le 12 juin, il a voté."
    assert dates_by_text(parse, passage, None).get("Le 12 juin") == "2021-06-12"
    passage = "Après la réforme de juillet 2018, les pompiers ont été mobilisés. 25 juillet : un champ brûle."
    assert dates_by_text(parse, passage, None).get("25 juillet") is None
