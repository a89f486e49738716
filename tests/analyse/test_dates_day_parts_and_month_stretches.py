"""recoupe_dates: a part of the day named alone ('en début de soirée', 'au cours de la nuit',
'cet après-midi') is the day of writing; the edge of the year ('vers la fin de l'année') is its
year unless a year is written; a stretch of days inside one month is dated by the month."""
from __future__ import annotations

import pytest

from analyse_helpers import dates_by_text


@pytest.mark.parametrize("published, passage, expected", [
    # a part of the day alone is the day of writing
    ("2021-03-04", "Le préfet prendra la parole cet après-midi à Rouen.", {"cet après-midi": "2021-03-04"}),
    ("2021-03-04", "Les pompiers sont intervenus en début de soirée près du port.", {"en début de soirée": "2021-03-04"}),
    ("2021-03-04", "Le cortège a atteint la place en milieu de journée.", {"en milieu de journée": "2021-03-04"}),
    ("2021-03-04", "Un second convoi est parti en fin d'après-midi vers Metz.", {"en fin d'après-midi": "2021-03-04"}),
    ("2021-03", "La neige est tombée au cours de la nuit sur le Jura.", {"au cours de la nuit": "2021-03"}),
    ("2021-03-04", "Deux commerces ont été cambriolés dans la nuit à Valence.", {"dans la nuit": "2021-03-04"}),
    # a night told as a habit, without a preposition, locates nothing
    ("2021-03-04", "La nuit, le quartier reste désert.", {}),
    # the edge of the year is its year
    ("2022-09-12", "Les travaux devraient s'achever vers la fin de l'année, selon la mairie.", {"vers la fin de l'année": "2022"}),
    ("2022-09-12", "La société prévoit de recruter en début d'année.", {"en début d'année": "2022"}),
    ("2022-09-12", "Le pont a rouvert dès la fin de l'année 2019.", {"dès la fin de l'année 2019": "2019"}),
    ("2022-09-12", "Le tarif a augmenté au début de cette année.", {"au début de cette année": "2022"}),
    # a stretch of days inside a month is the month
    ("2023-05-10", "Le salon se tiendra du 16 au 18 juin à Brest.", {"du 16 au 18 juin": "2023-06"}),
    ("2023-05-10", "Les épreuves se sont tenues le 3 et le 4 mai 2023 à Lyon.", {"le 3 et le 4 mai 2023": "2023-05"}),
    ("2023-05-10", "Les pourparlers ont eu lieu entre le 2 et le 6 mai à Genève.", {"entre le 2 et le 6 mai": "2023-05"}),
    ("2023-05-10", "Le vote aura lieu samedi 10 et dimanche 11 juin.", {"samedi 10 et dimanche 11 juin": "2023-06"}),
    # a night across two days keeps its first day; a stretch across months its start
    (None, "Dans la nuit du 21 au 22 février 2022, un entrepôt a brûlé.",
     {"Dans la nuit du 21 au 22 février 2022": "2022-02-21"}),
    ("2023-05-10", "L'exposition a ouvert du 2 mars au 18 avril.", {"du 2 mars au 18 avril": "2023-03-02"}),
])
def test_day_parts_year_edges_and_month_stretches_are_dated(parse, published, passage, expected):
    assert dates_by_text(parse, passage, published) == expected
