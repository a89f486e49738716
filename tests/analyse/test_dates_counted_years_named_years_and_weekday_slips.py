"""recoupe_dates (round 26): a count back with no year told ('l'année précédente', 'un an
auparavant') counts from publication; a year after a name is a date; a year followed by 'et'
and a figure is no counted range; a weekday never moves a date months past publication."""
from __future__ import annotations

import pytest

from analyse_helpers import dates_by_text


@pytest.mark.parametrize("passage, published, text, value", [
    ("Le conseil ne revivra pas la crise budgétaire de l'année précédente.", "2019-10", "l'année précédente", "2018"),
    ("Une année auparavant, la fonderie tournait encore à plein régime.", "2023-05-12", "Une année auparavant", "2022-05"),
    ("Le trafic atteignait 12 000 véhicules fin 2024, contre 9 000 deux ans plus tôt.", "2025-06",
     "deux ans plus tôt", "2022"),
])
def test_counts_back_from_the_last_year_told_else_from_publication(parse, passage, published, text, value):
    assert dates_by_text(parse, passage, published).get(text) == value


def test_a_year_after_a_name_is_a_date(parse):
    found = dates_by_text(parse, "Le retour du vainqueur de la Coupe Gambardella 2019 Léo Martin réjouit le club.", "2024-02")
    assert found.get("2019") == "2019"


def test_a_year_before_and_another_figure_is_no_counted_range(parse):
    found = dates_by_text(parse, "Le oui recule : 41 % contre 48 % en 1972 et 52 % en 1958.", "2020-03")
    assert found.get("en 1972") == "1972"


def test_a_weekday_slip_keeps_the_nearest_past_date(parse):
    found = dates_by_text(parse, "Le samedi 4 mai, des pêcheurs ont été arrêtés. Le lendemain, ils ont été relâchés.",
                   "2023-05-08")
    # 4 May 2023 was a Thursday: the date stays days before publication, not a year ahead
    assert found == {"Le samedi 4 mai": "2023-05-04", "Le lendemain": "2023-05-05"}
