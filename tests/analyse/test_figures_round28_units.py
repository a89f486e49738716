"""recoupe_figures, round 28: the unit of a measure symbol is the noun it stands for, and the
people of a trial or a riot ('coaccusés', 'fauteurs de troubles') are counted as persons."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage, span, unit", [
    ("Il est tombé jusqu'à 40 cm de neige sur le col du Vernet.", "jusqu'à 40 cm", "centimètre"),
    ("La station a relevé 25 mm de pluie en une heure.", "25 mm", "millimètre"),
    ("Les douaniers ont saisi 12 kg de cocaïne à Sète.", "12 kg", "kilogramme"),
    ("Le feu a parcouru 300 ha de garrigue près de Lodève.", "300 ha", "hectare"),
    ("Le nouveau parc produira 40 MWh par an.", "40 MWh", "MWh"),       # no everyday noun: kept
])
def test_a_measure_symbol_takes_the_name_of_its_unit(parse, passage, span, unit):
    figures = {f.span.text: f.unit for f in parse(passage)._.figures}
    assert figures.get(span) == unit, figures


@pytest.mark.parametrize("passage, span", [
    ("La cour d'assises juge depuis lundi 14 coaccusés.", "14 coaccusés"),
    ("La police a interpellé une trentaine de fauteurs de troubles.", "une trentaine de fauteurs de troubles"),
])
def test_people_of_a_trial_or_a_riot_count_as_persons(parse, passage, span):
    figures = {f.span.text: f.unit for f in parse(passage)._.figures}
    assert figures.get(span) == "personne", figures


def test_a_symbol_glued_to_a_model_name_is_still_no_figure(parse):
    assert [f.span.text for f in parse("Le pilote du Su-25 a été éjecté.")._.figures] == []
