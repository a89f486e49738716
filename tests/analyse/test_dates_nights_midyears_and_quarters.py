"""recoupe_dates, round 8: a night spanning two days is dated by the day it ends in,
'mi-2019' is that year, a season in a past-tense clause after 'durant/pendant' is the last
one begun, and an anaphoric 'le trimestre' is not a date."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("published, passage, text, value", [
    ("2024-03-11", "Des frappes ont visé Odessa dans la nuit de samedi à dimanche, selon l'armée.",
     "dans la nuit de samedi à dimanche", "2024-03-10"),
    ("2024-03-11", "Un incendie s'est déclaré pendant la nuit de dimanche à lundi dans un entrepôt.",
     "pendant la nuit de dimanche à lundi", "2024-03-11"),
    ("2024-03-14", "Le suspect a été interpellé dans la nuit de mardi à mercredi à Lyon.",
     "dans la nuit de mardi à mercredi", "2024-03-13"),
    ("2019-05", "Les prix restent sous leur sommet de mi-2014, note l'office.", "mi-2014", "2014"),
    ("2019-05", "Le projet devrait aboutir à la mi-2021, selon le ministre.", "à la mi-2021", "2021"),
    ("2021-09-20", "Plusieurs feux ont été signalés en Grèce durant l'été.", "durant l'été", "2021"),
    ("2021-02-03", "Les nappes ont beaucoup baissé pendant l'été.", "pendant l'été", "2020"),
    ("2021-11-02", "Les ventes ont chuté durant le printemps.", "durant le printemps", "2021"),
])
def test_resolved(parse, published, passage, text, value):
    dates = {d.span.text: d.value for d in parse(passage, published=published)._.dates}
    assert dates.get(text) == value, dates


@pytest.mark.parametrize("passage, text", [
    ("Les randonneurs viennent chaque année durant l'été.", "durant l'été"),     # generic present
    ("Les travaux se poursuivront pendant l'hiver.", "pendant l'hiver"),     # winter spans two years
])
def test_season_left_unresolved(parse, passage, text):
    dates = {d.span.text: d.value for d in parse(passage, published="2021-09-20")._.dates}
    assert text in dates and dates[text] is None, dates


@pytest.mark.parametrize("passage", [
    "Le chômage a reculé au deuxième trimestre 2019. Sur le trimestre, il baisse de 0,3 point.",
    "Les exportations ont progressé de 2 % sur le trimestre, après un repli en début d'année.",
])
def test_anaphoric_quarter_is_no_date(parse, passage):
    texts = [d.span.text.lower() for d in parse(passage, published="2019-11")._.dates]
    assert "sur le trimestre" not in texts, texts
