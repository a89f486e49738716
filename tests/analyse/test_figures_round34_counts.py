"""recoupe_figures, round 34: 'quelques' before a number qualifies it, 'nombreux' alone describes, a
qualified 'un' counts, 'perdre la vie' is a death, a quoted noun is still counted, 'N fois' counts
repetitions unless it multiplies, a possessive of the speaker does not hide a count of people."""
from __future__ import annotations

import pytest


def _figures(parse, passage):
    return {f.span.text: (f.value, f.qualifier, f.unit) for f in parse(passage, published="2024-07-01")._.figures}


@pytest.mark.parametrize("passage, expected", [
    # quelques before a number and nombreux alone
    ("La coopérative emploie quelques 12 000 salariés dans la vallée.",
     {"quelques 12 000 salariés": (12000, "about", "personne")}),
    ("Les riverains ont répondu nombreux à l'appel du maire.", {}),
    ("La fanfare a fait danser le nombreux public venu de loin.", {}),
    ("De nombreux commerçants ont baissé le rideau.", {"De nombreux commerçants": (None, "vague", "personne")}),
    # quoted nouns repetitions and possessives
    ("La gendarmerie dit avoir interpellé 14 « casseurs » dans la nuit.", {"14 « casseurs »": (14, "exact", "personne")}),
    ("Le pylône a été touché au moins 12 fois depuis mai.", {"au moins 12 fois": (12, "at_least", "fois")}),
    ("Le loyer est quatre fois plus élevé qu'avant.", {}),
    ("Il a misé trois fois la somme annoncée.", {}),
    ("Elle prend ce sirop deux fois par jour.", {}),
    ("« Je cuisinais pour mes trois enfants », dit-elle.", {"trois enfants": (3, "exact", "personne")}),
    ("« Nos deux communes ont signé », a dit le maire.", {}),
])
def test_counts_are_read(parse, passage, expected):
    assert _figures(parse, passage) == expected


@pytest.mark.parametrize("passage, span, qualifier, event", [
    ("Au moins un randonneur manque encore à l'appel.", "Au moins un randonneur", "at_least", None),
    ("Un gendarme a perdu la vie dans l'embuscade.", "Un gendarme", "exact", "killed"),
    ("La cave a pris environ un mètre d'eau boueuse.", "environ un mètre d'eau boueuse", "about", None),
])
def test_one_counted(parse, passage, span, qualifier, event):
    found = {f.span.text: f for f in parse(passage)._.figures}
    assert span in found and found[span].value == 1 and found[span].qualifier == qualifier, found
    assert event is None or found[span].event == event


@pytest.mark.parametrize("passage", [
    "Un gendarme a dit que la route restait fermée.",
    "L'eau est montée jusqu'à un mètre dans les caves.",
])
def test_one_as_an_article_or_a_level(parse, passage):
    assert _figures(parse, passage) == {}


@pytest.mark.parametrize("passage, span, unit", [
    ("Le collège emploie 300 enseignants, dont 40 % sont des remplaçants.", "40 %", "personne"),
    ("Sur les 500 agents recrutés, la moitié avaient un master et 12 % avaient seulement une licence.", "12 %", "personne"),
    ("Les ventes ont reculé de 4 % cette année.", "4 %", "fraction"),
    ("Plusieurs très fortes détonations ont été entendues.", "Plusieurs très fortes détonations", "détonation"),
])
def test_units_of_bare_percentages_and_nouns_after_epithets(parse, passage, span, unit):
    found = _figures(parse, passage)
    assert found[span][2] == unit, found


def test_a_percentage_after_a_share_of_people_told_before(parse):
    found = _figures(parse, "Au total, 420 infirmières manquaient. Si les trois quarts d'entre elles avaient un diplôme, "
                            "15 % avaient seulement un certificat.")
    assert found["15 %"][2] == "personne", found
