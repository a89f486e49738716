"""Round 26 (second entity pass): a division named with its noun is a place of its own ("le canton
de Berne"), a region's police named with the region's adjective, mountain and road heads, and
rivers listed beside a canal. Passages written for the project."""
import pytest


def _entities(doc):
    return {e.name: e for e in doc._.entities}


def test_a_canton_is_a_place_apart_from_its_town_and_taken_up_by_le_canton(parse):
    found = _entities(parse("Le budget du canton de Berne est serré. Le canton a voté. Berne reste calme."))
    canton = found.get("Canton de Berne")
    assert canton is not None and canton.type == "GPE", found
    assert [m.span.text for m in canton.mentions] == ["canton de Berne", "Le canton"]
    assert found["Berne"].mentions[0].span.text == "Berne"


def test_a_commune_stays_a_mention_of_its_town(parse):
    found = _entities(parse("La commune de Vireval a voté. Vireval compte mille habitants."))
    assert not any(name.startswith("Commune") for name in found), found


def test_a_state_department_is_no_division(parse):
    assert not any(name.startswith("Département") and e.type == "GPE"
                   for name, e in _entities(parse("Le porte-parole du département d'État a parlé.")).items())


def test_a_cantonal_police_takes_its_region_s_adjective_and_is_taken_up(parse):
    found = _entities(parse("Selon la police cantonale jurassienne, le skieur est tombé. "
                            "La police cantonale a ouvert une enquête."))
    police = found.get("Police cantonale jurassienne")
    assert police is not None and police.type == "ORG", found
    assert [m.span.text for m in police.mentions] == ["police cantonale jurassienne", "police cantonale"]


@pytest.mark.parametrize("text, place", [
    ("Un choc a eu lieu sur la Chaussée de Mons, près de Jurbise.", "Chaussée de Mons"),
    ("Les skieurs ont été pris dans le couloir des Chamois.", "couloir des Chamois"),
    ("La cordée dormait à la cabane des Aiglons.", "cabane des Aiglons"),
    ("Une coulée a traversé le val Borel.", "val Borel"),
])
def test_roads_and_mountain_features_are_places(parse, text, place):
    assert _entities(parse(text)).get(place) is not None and _entities(parse(text))[place].type == "LOC"


def test_rivers_listed_beside_a_canal_are_places_not_towns(parse):
    found = _entities(parse("La Lys, la Trouille et le canal Nimy-Blaton débordent à Mons et à Tournai. "
                            "La Lys monte encore."))
    assert found["Lys"].type == found["Trouille"].type == "LOC", found
    assert len(found["Lys"].mentions) == 2
    assert found["Mons"].type == found["Tournai"].type == "GPE", found
