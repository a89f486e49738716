"""Initials apposed to a noun of people name an anonymised person (invented passages)."""


import pytest


@pytest.mark.parametrize("passage, initials", [
    ("Le premier prévenu, T.G., âgé de 37 ans, a reconnu les faits.", "T.G."),
    ("Le second détenu, R.L., a été libéré jeudi.", "R.L."),
])
def test_initials_after_a_noun_of_people_are_a_person(parse, passage, initials):
    types = {e.name: e.type for e in parse(passage)._.entities}
    assert types.get(initials) == "PERSON", types


def test_initials_elsewhere_are_left_alone(parse):
    doc = parse("Le texte, adopté en 2019, a été révisé.")
    assert not any(e.type == "PERSON" for e in doc._.entities)
