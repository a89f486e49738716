"""recoupe_figures, round 32: what a percentage with no noun after it is a share of: people who
'are N % to' do something, else a bare fraction; and each number of a list of labels labels."""
from __future__ import annotations

import pytest


def _units(parse, passage):
    return {f.span.text: f.unit for f in parse(passage)._.figures}


@pytest.mark.parametrize("passage, span", [
    ("Elles sont 64 % à juger la réforme injuste.", "64 %"),
    ("Les Belges sont 30 % à partir en train.", "30 %"),
])
def test_people_who_are_n_percent_to_do_something(parse, passage, span):
    assert _units(parse, passage).get(span) == "personne"


def test_a_bare_percentage_after_a_share_of_something_stays_a_fraction(parse):
    found = _units(parse, "La liste obtient 41 % des suffrages, devant les écologistes, crédités de 16 %.")
    assert found.get("16 %") == "fraction", found


@pytest.mark.parametrize("passage, span", [
    ("Le chômage atteindra 7 %, contre 7,4 % l'an dernier.", "7,4 %"),
    ("Les loyers sont 12 % plus chers qu'à Lille.", "12 %"),
])
def test_other_bare_percentages_stay_fractions(parse, passage, span):
    assert _units(parse, passage).get(span) == "fraction"


def test_each_number_of_a_list_of_labels_labels(parse):
    passage = "Le candidat propose l'automatisation des lignes 4, 9 et 11 du tramway, un plan de 90 millions d'euros."
    assert [f.span.text for f in parse(passage)._.figures] == ["90 millions d'euros"]
