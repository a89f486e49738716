"""Regular endings read from resources/fr/inflections.json: one rule for the gazetteer's country
adjectives, the figures' nationalities and the singular of a counted noun."""
from __future__ import annotations

import pytest

from recoupe.analyse.inflection import adjective_forms, inflect


@pytest.mark.parametrize("word, form, expected", [
    ("rivaux", "singular", "rival"),
    ("bureaux", "singular", "bureau"),
    ("passagers", "singular", "passager"),
    ("stress", "singular", "stress"),
    ("ans", "singular", "ans"),      # too short to read as a plural
    ("belge", "feminine", "belge"),
    ("vénitien", "feminine", "vénitienne"),
])
def test_regular_endings(word, form, expected):
    assert inflect(word, "fr", form) == expected


def test_an_adjective_in_e_keeps_one_feminine_form():
    forms = adjective_forms("belge", "fr")
    assert (forms["fs"], forms["fp"], forms["mp"]) == ("belge", "belges", "belges")
