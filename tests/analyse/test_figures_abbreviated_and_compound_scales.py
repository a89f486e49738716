"""Money written with a scale abbreviation against its currency symbol ('685M€', '44 M€'), and numbers
written with two scale words in a row ('4 millions 300 mille'); passages written for the project."""
import pytest

from recoupe.analyse import numbers
from recoupe.resources import load_json


@pytest.mark.parametrize("text, span, value, unit", [
    # money with an abbreviated scale
    ("Le conseil régional a voté une enveloppe de 215M€ pour les lycées.", "215M€", 2.15e8, "euro"),
    ("La ligne de tramway coûtera 38 M€ à la métropole.", "38 M€", 3.8e7, "euro"),
    ("Le club a déboursé 12M$ pour recruter l'attaquant.", "12M$", 1.2e7, "dollar"),
    ("Le plan de relance atteint 1,4Md€ sur cinq ans.", "1,4Md€", 1.4e9, "euro"),
    ("L'entreprise a levé 3 Mds€ auprès des investisseurs.", "3 Mds€", 3e9, "euro"),
    ("La commune a reçu 750k€ de subventions.", "750k€ de subventions", 7.5e5, "euro"),
    # a smaller scale after a larger one adds to it
    ("Quelque 3 millions 200 mille visiteurs ont franchi les portes du salon.",
     "Quelque 3 millions 200 mille visiteurs", 3.2e6, "personne"),
    ("La province compte 250 mille habitants.", "250 mille habitants", 2.5e5, "personne"),
    ("L'État a investi 2 milliards 500 millions d'euros dans le réseau.",
     "2 milliards 500 millions d'euros", 2.5e9, "euro"),
    ("Deux millions cinq cent mille électeurs étaient inscrits.",
     "Deux millions cinq cent mille électeurs", 2.5e6, "personne"),
])
def test_money_scales_are_read(parse, text, span, value, unit):
    figures = parse(text)._.figures
    assert [(f.span.text, f.value, f.unit) for f in figures] == [(span, value, unit)]


@pytest.mark.parametrize("word", ["50km", "4x4", "12m", "A320", "3G"])
def test_a_measure_or_a_model_is_no_abbreviated_amount(word):
    assert numbers.glued_amount(word, load_json("fr", "figures_currencies")) is None


def test_a_larger_scale_after_a_smaller_one_starts_another_figure(parse):
    doc = parse("Le fonds a versé 300 mille euros, puis 2 millions d'euros l'an dernier.")
    assert [f.value for f in doc._.figures] == [3e5, 2e6]
