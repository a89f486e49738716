"""recoupe_events: each figure tied to who acted, where, when and according to whom."""
from __future__ import annotations

import pytest

CASES = [
    # passage, published, expected (action, actor, count, unit, place, date, source)
    ("La Russie a lancé 35 drones sur Kharkiv lundi, a déclaré le ministre ukrainien de la Défense, "
     "Ivan Petrenko.", "2024-03-14",
     ("launched", "Russie", 35, "drone", "Kharkiv", "2024-03-11", "Ivan Petrenko")),
    ("La Russie a lancé 35 drones sur Kharkiv lundi, a déclaré le ministre ukrainien de la Défense, "
     "Ivan Petrenko.", None,
     ("launched", "Russie", 35, "drone", "Kharkiv", None, "Ivan Petrenko")),
    ("Selon le gouverneur Oleg Sinegoubov, au moins quatre personnes ont été tuées mardi dans la région "
     "de Belgorod.", "2024-05-02",
     ("killed", None, 4, "personne", "Belgorod", "2024-04-30", "Oleg Sinegoubov")),
    ("La Pologne a livré 14 chars à l'Ukraine en février 2023.", None,
     ("delivered", "Pologne", 14, "char", None, "2023-02", None)),
]


@pytest.mark.parametrize("passage,published,expected", CASES)
def test_a_figure_becomes_an_event(parse, passage, published, expected):
    doc = parse("Dépêche\n\n" + passage, published=published)
    events = [(e.action, e.actor, e.count, e.unit, e.place, e.date, e.source) for e in doc._.events]
    assert expected in events


def test_an_event_points_at_its_figure_and_sentence(parse):
    doc = parse("Dépêche\n\nL'Allemagne a fourni 12 obusiers. Le Canada a envoyé 3 navires en mer Baltique.")
    by_figure = {f.id: f for f in doc._.figures}
    assert len(doc._.events) == 2
    for event in doc._.events:
        figure = by_figure[event.figure]
        assert event.count == figure.value
        assert event.sentence.start <= figure.span.start < event.sentence.end
    places = {by_figure[e.figure].unit: e.place for e in doc._.events}
    assert places == {"obusier": None, "navire": "mer Baltique"}


def test_an_infinitive_takes_the_subject_of_its_governing_verb(parse):
    doc = parse("Dépêche\n\nL'armée polonaise a affirmé jeudi avoir intercepté une vingtaine de roquettes.",
                published="2024-01-12")
    (event,) = doc._.events
    assert (event.action, event.count, event.date) == ("shot_down", 20, "2024-01-11")
    assert event.actor and "polonaise" in event.actor.lower()
