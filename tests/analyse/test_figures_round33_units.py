"""recoupe_figures, round 33: North African currency abbreviations ('DA', 'DT', 'DH') name their
currency; cellmates, aid workers and public figures are counted as persons."""
from __future__ import annotations

import pytest


def _units(parse, passage):
    return {f.span.text: f.unit for f in parse(passage)._.figures}


@pytest.mark.parametrize("passage, span, unit", [
    ("Le litre de gazole passe à 31,50 DA dès janvier.", "31,50 DA", "dinar algérien"),
    ("Le ticket de bus coûte désormais 1,2 DT à Sfax.", "1,2 DT", "dinar tunisien"),
    ("La course en taxi revient à 40 DH à Fès.", "40 DH", "dirham"),
])
def test_currency_abbreviations(parse, passage, span, unit):
    assert _units(parse, passage).get(span) == unit


@pytest.mark.parametrize("passage, span", [
    ("Il partageait une cellule de neuf mètres carrés avec trois codétenus.", "trois codétenus"),
    ("Quatre humanitaires belges ont été libérés samedi.", "Quatre humanitaires belges"),
    ("Une dizaine de personnalités locales ont signé la lettre.", "Une dizaine de personnalités locales"),
])
def test_people_by_what_they_are(parse, passage, span):
    assert _units(parse, passage).get(span) == "personne"
