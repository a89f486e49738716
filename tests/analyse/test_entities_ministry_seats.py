"""recoupe_entities: a ministry's seat names the ministry, an organisation ("le Quai d'Orsay",
"Beauvau"); a head of state's seat stays the country ("le Kremlin" = Russie, the guidelines)."""
from __future__ import annotations

import pytest


def _entity(doc, text):
    return next(((e.name, e.type) for e in doc._.entities for m in e.mentions if text in m.span.text), None)


@pytest.mark.parametrize("text, seat, expected", [
    ("Les deux ministres se reparleront bientôt, a indiqué le Quai d'Orsay dans la soirée.", "Quai d'Orsay",
     ("Ministère de l'Europe et des Affaires étrangères", "ORG")),
    ("Beauvau a promis des renforts de gendarmes avant l'été.", "Beauvau", ("Ministère de l'Intérieur", "ORG")),
    ("Le Foreign Office a convoqué l'ambassadeur lundi matin.", "Foreign Office", ("Foreign Office", "ORG")),
    ("Le Kremlin a démenti toute rencontre prévue.", "Kremlin", ("Russie", "GPE")),
])
def test_seat_names_who_acts(parse, text, seat, expected):
    assert _entity(parse(text), seat) == expected
