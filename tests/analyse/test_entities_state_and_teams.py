"""Entity classes from held-out articles: a town or country playing a match is its team, and a
state's institution named by a definite description is an organisation (invented passages)."""
import pytest

from analyse_helpers import types_by_mention


def _names(doc):
    return {e.name: [m.span.text for m in e.mentions] for e in doc._.entities}


@pytest.mark.parametrize("passage, team", [
    ("Toulon 2-1 Brest\nLe match a été serré jusqu'au bout.", "Brest"),
    ("Battu à domicile par Lorient (0-2), l'entraîneur a reconnu la défaite.", "Lorient"),
    ("Après une victoire face à l'Écosse (25-13), le XV de France affronte l'Australie samedi.", "Australie"),
])
def test_place_playing_a_match_is_its_team(parse, passage, team):
    assert types_by_mention(parse(passage)).get(team) == "ORG"


@pytest.mark.parametrize("passage, place", [
    ("Après une cruelle défaite à Grenoble (31-17), le club a limogé son entraîneur.", "Grenoble"),
    ("Le maire de Lyon a inauguré le stade mardi.", "Lyon"),
])
def test_venue_or_town_without_match_stays_a_place(parse, passage, place):
    assert types_by_mention(parse(passage)).get(place) == "GPE"


@pytest.mark.parametrize("passage, name, mention", [
    ("Le gouvernement libanais a salué l'accord conclu mardi.", "Gouvernement libanais", "Le gouvernement libanais"),
    ("La grève se poursuit, et la balle est dans le camp du gouvernement, estime Paul Morin.",
     "Gouvernement français", "gouvernement"),
    ("Au Mali, l'armée a repris la ville de Ménaka, selon un habitant du Mali.", "Forces armées maliennes", "l'armée"),
    ("Un accident a eu lieu près de Vitré, a indiqué la gendarmerie.", "Gendarmerie nationale", "la gendarmerie"),
])
def test_state_institution_named_by_a_description(parse, passage, name, mention):
    names = _names(parse(passage))
    assert mention in names.get(name, []), names


@pytest.mark.parametrize("passage", [
    "Selon le porte-parole du gouvernement, la réunion est reportée.",
    "Le président veut former un gouvernement d'union nationale.",
    "Les gouvernements britannique et allemand ont signé.",
])
def test_title_or_described_government_is_no_entity(parse, passage):
    assert not any(n.startswith("Gouvernement") for n in _names(parse(passage)))
