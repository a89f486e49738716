"""recoupe_dates, round 32: relative days and months without a year placed against the
publication date; a page dated to its year places its months in that year; no anchor, no value."""
from __future__ import annotations

import pytest

from analyse_helpers import dates_by_text


@pytest.mark.parametrize("passage, text, value", [     # published on Thursday 14 March 2024
    ("Le maire a présenté hier son budget aux élus.", "hier", "2024-03-13"),
    ("La directrice avait été reçue mardi dernier à la préfecture.", "mardi dernier", "2024-03-12"),
    ("Lundi, la grue s'est effondrée sur le chantier.", "Lundi", "2024-03-11"),
    ("Le tribunal rendra sa décision vendredi prochain.", "vendredi prochain", "2024-03-15"),
])
def test_a_relative_day_counts_from_publication(parse, passage, text, value):
    assert dates_by_text(parse, passage, "2024-03-14").get(text) == value


@pytest.mark.parametrize("passage, text, value", [     # published in March 2024
    ("Les fouilles ont commencé en janvier près de l'abbaye.", "en janvier", "2024-01"),
    ("L'usine avait fermé en novembre après trois mois de grève.", "en novembre", "2023-11"),
    ("Le festival se tiendra en octobre sur les quais.", "en octobre", "2024-10"),
])
def test_a_month_without_a_year_takes_the_nearest_year_its_tense_allows(parse, passage, text, value):
    assert dates_by_text(parse, passage, "2024-03-14").get(text) == value


def test_a_page_dated_to_its_year_places_its_months_in_it(parse):
    found = dates_by_text(parse, "En mars, la commune a lancé le chantier du stade.", "2024")
    assert found.get("En mars") == "2024-03"


def test_no_publication_date_no_value(parse):
    found = dates_by_text(parse, "Mardi, la commune a lancé le chantier du stade en mars.", None)
    assert found and set(found.values()) == {None}, found
