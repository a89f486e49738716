"""recoupe_figures, round 28: a number in words repeated in figures between brackets
('Quinze (15) blessés', common in African wire copy) is one figure."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage, span, value, unit", [
    ("Quinze (15) blessés ont été évacués vers Bouaké.", "Quinze (15) blessés", 15, "personne"),
    ("Le conseil a recruté trente-deux (32) enseignants.", "trente-deux (32) enseignants", 32, "personne"),
    ("L'État débloque cinq (5) milliards de francs CFA.", "cinq (5) milliards de francs CFA", 5e9, "franc CFA"),
])
def test_a_number_echoed_in_figures_is_one_figure(parse, passage, span, value, unit):
    figures = [(f.span.text, f.value, f.unit) for f in parse(passage)._.figures]
    assert figures == [(span, value, unit)]


def test_a_different_number_in_brackets_is_not_an_echo(parse):
    spans = [f.span.text for f in parse("Trois (4 selon la police) manifestants ont été interpellés.")._.figures]
    assert not any(span.startswith("Trois (4") for span in spans)
