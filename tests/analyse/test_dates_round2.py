"""recoupe_dates, round 2: years after 'de', quarters and seasons without a year, day parts,
the recent weekend, planned dates, and articles without a publication date."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("published, passage, text, value", [
    ("2021-03-10", "Le maire invoque une loi de 2012 sur le littoral.", "de 2012", "2012"),
    ("2021-03-10", "Une photo datant de 1998 a refait surface.", "de 1998", "1998"),
    ("2018-04", "Le chômage a baissé au premier trimestre.", "au premier trimestre", "2018"),
    ("2018-04", "Sur ce trimestre, les embauches progressent.", "Sur ce trimestre", "2018"),
    ("2022-08", "Trois soldats ont été tués le week-end dans une embuscade.", "le week-end", "2022-08"),
    # a part of the day without a day named waits for a publication day (round 37)
    ("2022-08-09", "Plus tôt dans la journée, le ministère avait annoncé un bilan.", "Plus tôt dans la journée", "2022-08-09"),
    ("2022-05", "Une journée de mobilisation est annoncée pour le 2 juin par les enseignants.", "le 2 juin", "2022-06-02"),
    ("2022-05", "Le festival a eu lieu le 20 juin.", "le 20 juin", "2021-06-20"),
    ("2023-02", "Les capteurs ont relevé des taux record cet été.", "cet été", "2022"),
    ("2023-08", "Les capteurs ont relevé des taux record cet été.", "cet été", "2023"),
])
def test_resolved(parse, published, passage, text, value):
    dates = {d.span.text: d.value for d in parse(passage, published=published)._.dates}
    assert dates.get(text) == value, dates


@pytest.mark.parametrize("passage", [
    "Plus de 2000 manifestants ont défilé. Près de 1500 personnes étaient là.",
    "Le club a recruté 2019 abonnés de plus.",
])
def test_counts_after_de_are_no_years(parse, passage):
    assert parse(passage, published="2021-03-10")._.dates == []


def test_without_publication_date_the_text_dates_anchor(parse):
    doc = parse("Le 14 mai 2021, la digue a cédé. Le 3 juin, le préfet est venu. Fin juillet, les travaux ont commencé.")
    assert [d.value for d in doc._.dates] == ["2021-05-14", "2021-06-03", "2021-07"]


def test_weekday_reads_a_following_stamp_not_a_narrated_date(parse):
    stamped = parse("Mardi, le club a perdu. publié le 6 octobre 2021 à 10h00")
    assert stamped._.dates[0].value == "2021-10-05"
    narrated = parse("Le 14 mai 2021, la digue a cédé. Mardi, le maire a parlé.")
    assert narrated._.dates[1].value is None
