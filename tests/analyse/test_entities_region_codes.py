"""recoupe_entities: a region's code in brackets after a town names the region, never the town."""
from __future__ import annotations

import pytest


def _by_form(doc):
    return {m.span.text: e for e in doc._.entities for m in e.mentions}


@pytest.mark.parametrize("text, town, code, region", [
    ("Le marché de Perroy (VD) accueille quarante exposants samedi.", "Perroy", "VD", "Vaud"),
    ("Un bus remplace le train de Tavannes (BE) à Les Breuleux (JU) jusqu'à jeudi.", "Les Breuleux", "JU", "Jura"),
    ("Un feu de forêt menace les chalets au nord de Maniwaki (QC) depuis lundi.", "Maniwaki", "QC", "Québec"),
])
def test_code_names_its_region(parse, text, town, code, region):
    forms = _by_form(parse(text))
    assert forms[code].name == region and forms[code].type == "GPE"
    assert forms[town].name == town and forms[town].type == "GPE"


def test_code_joins_the_region_named_in_full(parse):
    doc = parse("La neige est tombée en abondance sur le Valais mardi. Un éboulement bloque la route de Martigny (VS) "
                "à Riddes (VS).")
    valais = [e for e in doc._.entities if e.name == "Valais"]
    assert len(valais) == 1 and {"Valais", "VS"} <= {m.span.text for m in valais[0].mentions}
