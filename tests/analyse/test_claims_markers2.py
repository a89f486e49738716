"""recoupe_claims, round 2: the simple and relative conditional, statements named back by a
clitic or a definite anaphor, admission, rejected results, unverifiable reports, suspicion."""
from __future__ import annotations

import pytest

CLAIMS = [
    # (passage, status, a part of the claim text)
    ("Le ministère a annoncé 40 arrestations. Il s'agirait surtout de jeunes du quartier.",
     "unverified", "Il s'agirait surtout de jeunes"),
    ("L'entreprise emploie douze salariés à Lyon où elle disposerait d'un entrepôt.",
     "unverified", "elle disposerait d'un entrepôt"),
    ("Au moins un des trois randonneurs serait mort de froid, selon nos informations.",
     "unverified", "serait mort de froid"),
    ("Le maire a dénoncé l'incendie d'une grange qui aurait fait trois blessés, a indiqué son adjoint.",
     "unverified", "qui aurait fait trois blessés"),
    ("« Nous condamnons l'attaque qui aurait été menée par des rôdeurs », a déclaré la préfète.",
     "unverified", "aurait été menée par des rôdeurs"),
    ("« On estime que plus de 2 000 postes vont disparaître », a déclaré la syndicaliste.",
     "unverified", "plus de 2 000 postes vont disparaître"),
    ("Un collectif a revendiqué l'incendie de trois pylônes. La nouvelle a été confirmée à "
     "Reuters par trois gendarmes.", "confirmed", "l'incendie de trois pylônes"),
    ("Le club a recruté un nouvel entraîneur. Un dirigeant a confirmé l'information.",
     "confirmed", "Le club a recruté un nouvel entraîneur"),
    ("La commission a proclamé Jean Morel vainqueur avec 54% des voix. Mais l'opposition les "
     "conteste en raison d'irrégularités.", "disputed", "Jean Morel vainqueur"),
    ("Plusieurs candidats rejettent les résultats annoncés par la commission.",
     "disputed", "les résultats annoncés par la commission"),
    ("Le pays avait admis en mars une présence de conseillers étrangers sur son sol.",
     "confirmed", "une présence de conseillers étrangers"),
    ("Le groupe a revendiqué la destruction d'un pont. Le journal n'a pas été en mesure de "
     "vérifier ces affirmations de façon indépendante.", "unverified", "la destruction d'un pont"),
    ("La voiture roulait, selon les soupçons des enquêteurs, à plus de 150 km/h.",
     "unverified", "à plus de 150 km/h"),
]


@pytest.mark.parametrize("passage, status, text", CLAIMS)
def test_marker_qualifies_its_statement(parse, passage, status, text):
    claims = [c for c in parse(passage)._.claims if c.status == status]
    assert claims and text in claims[0].span.text, parse(passage)._.claims
