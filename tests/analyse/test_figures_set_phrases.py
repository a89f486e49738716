"""A number inside a set phrase ('aux quatre coins du pays') counts nothing."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Les pompiers interviennent aux quatre coins du département depuis lundi.",
    "Le nouveau stade se trouve à deux pas de la gare de Tours.",
    "La coalition a été à deux doigts de l'emporter, selon Paul Marnier.",
    "Devant le tribunal, la mère de l'accusé faisait les cent pas.",
])
def test_set_phrase_is_no_quantity(parse, text):
    assert parse(text)._.figures == []


@pytest.mark.parametrize("text, value", [
    ("Les pompiers ont maîtrisé quatre incendies depuis lundi.", 4.0),
])
def test_plain_counts_still_found(parse, text, value):
    assert [f.value for f in parse(text)._.figures] == [value]
