"""recoupe_entities: in a match report, a town that plays is its club — named with "HC", the winner
after "défait 4-1 par", coordinated after a team — and a town where the match was played stays a place."""
from __future__ import annotations

from analyse_helpers import types_by_mention


def _entity_of(doc, text):
    return next(e.name for e in doc._.entities for m in e.mentions if m.span.text == text)


def test_town_alone_is_its_hockey_club(parse):
    doc = parse("Le Vernier HC a battu Morges 4-2 samedi soir. Vernier a dominé la deuxième période.")
    assert _entity_of(doc, "Vernier") == "Vernier HC"


def test_winner_after_the_score_plays(parse):
    doc = parse("Les Morges Bisons ont chuté jeudi, défaits 4-1 par Lutry sur leur propre patinoire.")
    assert types_by_mention(doc).get("Lutry") == "ORG"


def test_team_coordinated_after_a_team_plays(parse):
    doc = parse("Lutry a battu Morges (5-2). Lutry et Genève se sont qualifiés pour la finale.")
    assert types_by_mention(doc).get("Genève") == "ORG"


def test_town_where_the_match_was_played_stays_a_place(parse):
    doc = parse("Après sa défaite 3-0 à Morges mardi, le Vernier HC a réagi contre Lutry.")
    assert types_by_mention(doc).get("Morges") == "GPE"
