"""recoupe_figures: numbers linked into one figure — ratios, 'un seul', 'et' between two
figures — and participles counted as nouns, on invented passages."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, span, value, unit", [
    ("La compagnie annonçait un vol sur trois annulé.", "un vol sur trois", 1 / 3, "vol"),
    ("Deux élèves sur cinq ont échoué à l'examen.", "Deux élèves sur cinq", 0.4, "personne"),
    ("Un seul candidat s'est présenté.", "Un seul candidat", 1, "personne"),
    ("Une seule ambulance était disponible.", "Une seule ambulance", 1, "ambulance"),
    ("Quatre prévenus ont été relaxés.", "Quatre prévenus", 4, "personne"),
])
def test_linked_numbers_make_one_figure(parse, text, span, value, unit):
    figures = parse(text)._.figures
    assert [(f.span.text, pytest.approx(f.value), f.unit) for f in figures] == [(span, value, unit)]


def test_a_ratio_needs_a_larger_divisor_counting_the_same_thing(parse):
    figures = parse("Le club a gagné trois matchs sur deux terrains.")._.figures
    assert [(f.span.text, f.value) for f in figures] == [("trois matchs", 3), ("deux terrains", 2)]


def test_et_joins_compound_numbers_only(parse):
    figures = parse("La ville compte trente et un élus, trois écoles et deux gares.")._.figures
    assert [(f.span.text, f.value) for f in figures] == [
        ("trente et un élus", 31), ("trois écoles", 3), ("deux gares", 2)]


def test_digits_after_a_name_count_a_plural_noun_but_label_otherwise(parse):
    figures = parse("Le lac affichait 24 degrés et la rivière Orbe 16 degrés. Le Boeing 737 a atterri.")._.figures
    assert [(f.span.text, f.value) for f in figures] == [("24 degrés", 24), ("16 degrés", 16)]


def test_point_decimals_and_cubic_metres(parse):
    figures = parse("Le taux atteint 42.5 % et la retenue contient 7.200 m3.")._.figures
    assert [(f.span.text, pytest.approx(f.value), f.unit) for f in figures] == [
        ("42.5 %", 0.425, "fraction"), ("7.200 m3", 7200, "mètre cube")]
