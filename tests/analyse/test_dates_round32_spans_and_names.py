"""recoupe_dates, round 32: the hours and the week around publication, the month of writing,
the month of 'la rentrée', the past of verbs conjugated with 'être', and words of time that
locate nothing (a generic series of days, a weekday inside a title)."""
from __future__ import annotations

import pytest

from analyse_helpers import dates_by_text


@pytest.mark.parametrize("published, passage, text, value", [
    ("2024-01", "La préfecture publiera l'arrêté dans les prochaines heures.", "dans les prochaines heures", "2024-01"),
    ("2024-01-18", "Le décret paraîtra dans les heures qui viennent.", "dans les heures qui viennent", "2024-01-18"),
    ("2025-10-06", "Le jury rendra son choix dans le courant de cette semaine.", "dans le courant de cette semaine", "2025-10"),
    ("2023-09", "Le marché aux puces se tiendra le premier week-end du mois.", "le premier week-end du mois", "2023-09"),
    ("2023-09-12", "Les tarifs baisseront à la fin du mois.", "à la fin du mois", "2023-09"),
    ("2018-03", "La fermeture de la classe est prévue à la rentrée prochaine.", "à la rentrée prochaine", "2018-09"),
])
def test_spans_around_publication(parse, published, passage, text, value):
    assert dates_by_text(parse, passage, published).get(text) == value


@pytest.mark.parametrize("passage, text, value", [
    ("Les loyers sont remontés cet été dans la métropole.", "cet été", "2023"),
    ("Deux orages sont survenus en août sur le littoral.", "en août", "2023-08"),
])
def test_the_past_of_a_verb_taking_etre(parse, passage, text, value):
    assert dates_by_text(parse, passage, "2023-09-12").get(text) == value


@pytest.mark.parametrize("passage", [
    "Elle a dessiné les villes de demain, d'hier et d'aujourd'hui.",
    "Selon un sondage pour « Le Courrier Dimanche », la liste progresse.",
    "D'après le Journal du Dimanche, le ministre a renoncé.",
])
def test_words_of_time_that_locate_nothing(parse, passage):
    assert dates_by_text(parse, passage, "2024-07-10") == {}


def test_a_day_of_a_complement_still_dates(parse):
    assert dates_by_text(parse, "La séance d'hier a duré six heures.", "2024-07-10") == {"hier": "2024-07-09"}


def test_a_live_page_heading_dates_the_weekdays_after_it(parse):
    passage = ("Grève : les dépôts bloqués\n\nDIRECT Suivez les informations sur la grève du jeudi 7 mars 2024\n\n"
               "Des grévistes bloquent le dépôt de Rennes le 7 mars 2024.\n\nLes syndicats annoncent ce jeudi une reprise.")
    assert dates_by_text(parse, passage, None).get("ce jeudi") == "2024-03-07"


def test_a_date_told_in_a_sentence_does_not_date_weekdays(parse):
    passage = "Le record datait du 20 juillet 1997. Mardi, il a été battu."
    assert dates_by_text(parse, passage, None).get("Mardi") is None


def test_the_heading_dates_weekdays_past_a_date_told_in_the_text(parse):
    passage = ("DIRECT Suivez les dernières nouvelles de la grève du mardi 5 mars 2024\n\n"
               "Les piquets ont repris depuis le blocage du 12 février. Le ministre a annoncé mardi un accord.")
    assert dates_by_text(parse, passage, None).get("mardi") == "2024-03-05"
