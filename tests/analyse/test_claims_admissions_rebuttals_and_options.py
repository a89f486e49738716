"""Admissions and evidence that confirm, rebuttals that dispute, and conditionals that weigh
an option or tell the future in the past (no reserve)."""
from __future__ import annotations

import pytest


def _claims(parse, text):
    return [(c.status, c.marker.text if c.marker else None, c.span.text) for c in parse(text)._.claims]


@pytest.mark.parametrize("text, part", [
    ("Un ancien trésorier de 61 ans a reconnu avoir détourné des fonds du club de rugby.", "détourné des fonds du club"),
    ("La gérante reconnaît s'être trompée dans le calcul des primes.", "trompée dans le calcul"),
    ("Un infirmier avoue des vols de médicaments dans une clinique de Nantes.", "des vols de médicaments"),
    ("Le chauffeur du car, Marc Lefèvre, a été confirmé mort dans la soirée.", "Le chauffeur du car"),
    ("La candidate sortante a été confirmée vainqueure du scrutin.", "La candidate sortante"),
    ("Mais les relevés sont formels : le coureur a bien coupé la route.", "le coureur a bien coupé la route"),
    ("La fermeture de l'usine a été confirmée mardi par la direction.", "La fermeture de l'usine"),
    ("Cette fois, les craintes des pêcheurs sont confirmées : la saison de la sardine a été mauvaise.", "la saison de la sardine"),
    ("L'autopsie est formelle : la victime est morte noyée.", "la victime est morte noyée"),
])
def test_admissions_and_evidence_confirm(parse, text, part):
    found = [c for c in _claims(parse, text) if c[0] == "confirmed"]
    assert any(part in t for _, _, t in found), found


@pytest.mark.parametrize("text", [
    "« Nous avons perdu pied en seconde période », avoue le capitaine des Bleus.",
    "« La saison a été difficile », a reconnu l'entraîneur.",
    "Le ministre a été confirmé à son poste.",
    "La directrice a été confirmée dans ses fonctions par le conseil.",
])
def test_an_incise_or_a_post_kept_confirms_no_statement(parse, text):
    assert not [c for c in _claims(parse, text) if c[0] == "confirmed"]


@pytest.mark.parametrize("text, part", [
    ("« Les loyers vont baisser », a promis le maire. Mais ce n'est pas forcément vrai pour les petits logements.",
     "Les loyers vont baisser"),
    ("« Toutes les classes auront un professeur », a assuré la rectrice. C'est faux, selon les syndicats.",
     "Toutes les classes auront un professeur"),
])
def test_a_rebuttal_disputes_the_latest_quotation(parse, text, part):
    found = [c for c in _claims(parse, text) if c[0] == "disputed"]
    assert any(part in t for _, _, t in found), found


def test_a_rebuttal_after_si_disputes_nothing(parse):
    assert not [c for c in _claims(parse, "Si c'est faux, la mairie devra corriger le bulletin.") if c[0] == "disputed"]


@pytest.mark.parametrize("text", [
    "L'idéal serait que la région puisse adopter son budget avant l'été.",
    "La meilleure solution serait de reporter le vote à l'automne.",
    "Fermer les écoles serait très coûteux pour la commune.",
    "Il serait utile de revoir le calendrier des travaux.",
    "Le maire a longtemps cru qu'il gagnerait à nouveau cette élection.",
    "La présidente espérait que le chantier finirait avant Noël.",
])
def test_weighing_an_option_or_a_future_in_the_past_is_no_reserve(parse, text):
    assert not [c for c in _claims(parse, text) if c[0] == "unverified"]


@pytest.mark.parametrize("text, marker", [
    ("Le suspect aurait fui vers la Belgique.", "aurait fui"),
    ("Selon la presse locale, le bilan serait de douze morts.", "serait"),
    ("Le directeur serait en congé depuis le mois dernier.", "serait"),
])
def test_the_reportative_conditional_keeps_its_reserve(parse, text, marker):
    assert any(s == "unverified" and marker in (m or "") for s, m, _ in _claims(parse, text))
