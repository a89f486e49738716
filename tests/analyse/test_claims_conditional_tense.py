"""The conditional as a reserve: under a present-tense report it keeps it, under a past one it is
the concordance of tenses; a possibility about the past is a reserve wherever it stands."""
from __future__ import annotations

import pytest


def _claims(parse, text):
    return [(c.status, c.marker.text if c.marker else None, c.span.text) for c in parse(text)._.claims]


@pytest.mark.parametrize("text, marker, part", [
    ("Une enquête de l'observatoire révèle que 3000 logements seraient menacés de démolition.",
     "seraient menacés", "3000 logements seraient menacés"),
    ("Le rapport indique que deux usines auraient fermé au printemps.",
     "auraient fermé", "deux usines auraient fermé"),
    ("L'agence a estimé que 40 personnes pourraient avoir été blessées dans l'explosion.",
     "pourraient avoir été blessées", "40 personnes pourraient avoir été blessées"),
    ("La tempête pourrait avoir privé 2000 foyers d'électricité, selon le distributeur.",
     "pourrait avoir privé", "La tempête pourrait avoir privé 2000 foyers"),
])
def test_a_reserve_the_tense_of_the_report_does_not_explain(parse, text, marker, part):
    found = [c for c in _claims(parse, text) if c[0] == "unverified"]
    assert any(marker in (m or "") and part in t for _, m, t in found), found


@pytest.mark.parametrize("text", [
    "Le maire a annoncé que la piscine serait fermée tout l'été.",
    "La direction expliquait que les trains seraient remplacés par des cars.",
    "La ministre pourrait annoncer son plan la semaine prochaine.",
    "Les organisateurs disent qu'ils auraient bien aimé une salle plus grande.",
])
def test_concordance_and_plain_forecasts_are_no_reserve(parse, text):
    assert not [c for c in _claims(parse, text) if c[0] == "unverified"]


def test_a_check_left_undone_marks_what_follows(parse):
    doc = parse("Joint par téléphone, l'hôtel a signalé des chambres libres sans pouvoir confirmer la rencontre.")
    found = [(c.status, c.span.text) for c in doc._.claims]
    assert ("unverified", "la rencontre") in found, found
