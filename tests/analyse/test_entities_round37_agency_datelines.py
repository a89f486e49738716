"""An agency's dateline and photo credits name the newsroom, not the story (invented passages)."""
import pytest


def _names(doc):
    return {e.name for e in doc._.entities}


@pytest.mark.parametrize("passage", [
    "Orage sur la côte\n\nVarnel (AFP)\n\nLa tempête a couché des arbres à Kessdorf mardi, a indiqué la mairie.",
    "Orage sur la côte\n\nVarnel (AFP). Puissant orage sur la côte\n\nLa tempête a couché des arbres à Kessdorf mardi.",
])
def test_a_dateline_names_neither_its_town_nor_its_agency(parse, passage):
    names = _names(parse(passage))
    assert "Kessdorf" in names
    assert not {"Varnel", "Agence France-Presse"} & names


@pytest.mark.parametrize("caption", [
    "Des pompiers devant une maison de Kessdorf, le 3 mai 2030 - AFP",
    "JEANNE ROY via AFP Des pompiers devant une maison de Kessdorf.",
    "Des pompiers devant une maison de Kessdorf ( AFP / JEANNE ROY )",
])
def test_a_photo_credit_names_no_agency(parse, caption):
    names = _names(parse(f"Orage sur la côte\n\n{caption}\n\nLa tempête a couché des arbres mardi."))
    assert "Agence France-Presse" not in names


def test_an_agency_the_story_cites_stays(parse):
    doc = parse("Orage sur la côte\n\nVarnel (AFP)\n\nLa tempête a couché des arbres, a indiqué à l'AFP le maire de Kessdorf.")
    assert "Agence France-Presse" in _names(doc)
