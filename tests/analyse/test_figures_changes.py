"""recoupe_figures on signed changes, Swiss thousands, millions in words, measures, one casualty."""
from __future__ import annotations

import pytest

from recoupe.analyse import numbers


@pytest.mark.parametrize("text, expected", [
    ("+1,2", 1.2), ("-3,6", -3.6), ("\u22122", -2.0), ("12'500", 12500.0), ("33\u2019700", 33700.0),
])
def test_digit_value_keeps_signs_and_swiss_thousands(text, expected):
    assert numbers.digit_value(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["+", "-", "+-3", "12'50"])
def test_digit_value_refuses_a_lone_sign_or_a_short_group(text):
    assert numbers.digit_value(text) is None


FIGURES = [
    # (passage, span, value, unit)
    ("Le nombre d'inscrits a reculé dans l'Aude (-2,8%) et progresse chez les seniors (+0,5%).",
     "-2,8%", -0.028, "fraction"),
    ("Le nombre d'inscrits a reculé dans l'Aude (-2,8%) et progresse chez les seniors (+0,5%).",
     "+0,5%", 0.005, "fraction"),
    ("La coopérative emploie 12'500 saisonniers dans le canton.", "12'500 saisonniers", 12500, "personne"),
    ("L'hôpital a reçu près d'un million de masques en avril.", "près d'un million de masques", 1e6, "masque"),
    ("Le budget prévoit deux millions d'euros pour les écoles.", "deux millions d'euros", 2e6, "euro"),
    ("Le chauffard roulait à plus de 90km/h en ville.", "plus de 90km/h", 90, "km/h"),
    ("Le domaine s'étend sur 12 000 m² au bord du lac.", "12 000 m²", 12000, "mètre carré"),
    ("La défense a abattu six des 11 drones lancés dans la nuit.", "six des 11 drones", 6, "drone"),
    ("Les insurgés ont perdu 14 des leurs dans l'assaut.", "14 des leurs", 14, "personne"),
]


@pytest.mark.parametrize("passage, span, value, unit", FIGURES)
def test_changes_thousands_millions_and_measures(parse, passage, span, value, unit):
    figures = {f.span.text: f for f in parse(passage)._.figures}
    assert span in figures, list(figures)
    assert figures[span].value == pytest.approx(value)
    assert figures[span].unit == unit


@pytest.mark.parametrize("passage, span", [
    ("Un gendarme a été tué et trois autres blessés lors du contrôle.", "Un gendarme"),
    ("L'accident a fait au moins un mort sur la départementale.", "au moins un mort"),
])
def test_one_casualty_is_a_count(parse, passage, span):
    figure = next(f for f in parse(passage)._.figures if f.span.text == span)
    assert figure.value == 1


@pytest.mark.parametrize("passage", [
    "Un gendarme a expliqué la situation aux habitants.",
    "Deux gardes ont été tués lors de l'attaque d'un poste frontière.",
    "Plusieurs médias locaux ont relayé l'appel du maire.",
    "Temps de lecture : 3 min.",
    "Il a neigé trois week-ends de suite dans la vallée.",
])
def test_articles_and_durations_are_not_figures(parse, passage):
    assert [f.span.text for f in parse(passage)._.figures if f.value in (None, 1)] == []


@pytest.mark.parametrize("passage, span, unit", [
    ("La tempête a fait plusieurs morts dans la région.", "plusieurs morts", "personne"),
    ("Plusieurs blessés ont été évacués vers Lyon.", "Plusieurs blessés", "personne"),
    ("La police a annoncé l'arrestation de centaines de supporters.", "centaines de supporters", "personne"),
    ("Une grande partie des vols ont été annulés.", "Une grande partie des vols", "vol"),
    ("Le préfet a annoncé un certain nombre de mesures.", "un certain nombre de mesures", "mesure"),
])
def test_vague_determiners_and_bare_collectives(parse, passage, span, unit):
    figure = next(f for f in parse(passage)._.figures if f.span.text == span)
    assert (figure.value, figure.qualifier, figure.unit) == (None, "vague", unit)
