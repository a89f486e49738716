"""recoupe_entities: two names glued by a hyphen ("le duel Vernier-Oskar", "le régime de
Dupré-Malval") are two names; a hyphenated place or a club's name the text repeats stays whole."""
from __future__ import annotations

import pytest

from recoupe.analyse.entity_bounds import hyphen_parts

from analyse_helpers import types_by_name


@pytest.mark.parametrize("text, parts", [
    ("Le duel Vernier-Oskar a tenu le public en haleine jusqu'au bout.", ("Vernier", "Oskar")),
    ("Un drone a visé un camion sur la route de Vernac-Sollies. Vernac et Sollies sont sous le feu.",
     ("Vernac", "Sollies")),
    ("Jean Dupré et Paul Malval gouvernent. Le régime de Dupré-Malval vacille.", ("Jean Dupré", "Paul Malval")),
])
def test_glued_names_are_two(parse, text, parts):
    names = types_by_name(parse(text))
    assert all(part in names for part in parts)
    assert "-".join(p.split()[-1] for p in parts) not in names


LINKS = frozenset(("duel", "route"))


@pytest.mark.parametrize("text, named, expected", [
    ("Vernac-Sollies a écrasé Tramelan. Vernac-Sollies mène le groupe.", {"Vernac", "Sollies"}, []),
    ("Le duel Vernac-Sollies a battu des records.", set(), ["Vernac", "Sollies"]),
    ("La route de Morlan-Vizet est coupée.", set(), []),
    ("La route de Morlan-Vizet est coupée.", {"Morlan"}, ["Morlan", "Vizet"]),
])
def test_which_compounds_split(parse, text, named, expected):
    doc = parse(text)
    start = next(t.i for t in doc if doc[t.i + 1].text == "-")
    span = doc[start:start + 3]
    parts = hyphen_parts(span, frozenset(named), LINKS)
    assert [p.text for p in parts] == expected
