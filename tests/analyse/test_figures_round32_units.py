"""recoupe_figures, round 32: the CFA franc is one unit however it is written, nouns of people in
more than one word count persons, and Belgian copy's 'pc' makes a percentage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("passage, span, value", [
    ("La région a débloqué 12 milliards de FCFA pour ses pistes rurales.", "12 milliards de FCFA", 12e9),
    ("Le sac d'engrais se vend 18 000 francs CFA à Bouaké.", "18 000 francs CFA", 18e3),
    ("La commune a reçu 250 millions de F CFA de l'État.", "250 millions de F CFA", 250e6),
    ("Le forfait coûte 3500 FCFA par mois.", "3500 FCFA", 3500.0),
])
def test_the_cfa_franc_is_one_unit(parse, passage, span, value):
    figures = {f.span.text: (f.value, f.unit) for f in parse(passage)._.figures}
    assert figures.get(span) == (value, "franc CFA"), figures


def test_other_francs_keep_their_own_unit(parse):
    figures = {f.span.text: f.unit for f in parse("Le billet coûte 40 francs suisses, contre 300 francs avant.")._.figures}
    assert figures == {"40 francs suisses": "franc suisse", "300 francs": "franc"}, figures


@pytest.mark.parametrize("passage, span", [
    ("Trente casques bleus ont été déployés à la frontière.", "Trente casques bleus"),
    ("Les 14 naufragés ont été recueillis par un chalutier.", "14 naufragés"),
    ("Les 120 admis au concours commenceront en septembre.", "120 admis"),
    ("Douze occupants de l'immeuble ont été relogés.", "Douze occupants"),
])
def test_more_nouns_of_people_count_persons(parse, passage, span):
    figures = {f.span.text: f.unit for f in parse(passage)._.figures}
    assert any(text.startswith(span) and unit == "personne" for text, unit in figures.items()), figures


@pytest.mark.parametrize("passage, span, value, unit", [
    ("Les loyers augmenteront de 2 pc l'an prochain.", "2 pc", 0.02, "fraction"),
    ("Le taux atteint 15 p. 100 des revenus du ménage.", "15 p. 100 des revenus", 0.15, "revenu"),
    ("L'école a reçu 12 PC portables.", "12 PC portables", 12.0, "pc portable"),     # computers, as written
])
def test_percent_abbreviations(parse, passage, span, value, unit):
    figures = {f.span.text: (f.value, f.unit) for f in parse(passage)._.figures}
    assert figures.get(span) == (value, unit), figures
