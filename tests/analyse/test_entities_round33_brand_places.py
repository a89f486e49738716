"""A place that is a word of an organisation's own name is no place of the story; a place after a
link word inside an institution's name stays nested (invented passages)."""
import pytest


def _places(doc):
    return {m.span.text for e in doc._.entities if e.type in ("GPE", "LOC") for m in e.mentions}


@pytest.mark.parametrize("passage, place", [
    ("Le Lyon Olympique Rugby a annoncé la blessure de son ailier Marc Tessier.", "Lyon"),
    ("Selon Météo France, les orages gagneront la côte dans la soirée.", "France"),
    ("La Fédération Wallonie-Bruxelles a voté une rallonge pour ses écoles.", "Bruxelles"),
])
def test_place_inside_a_brand_name_is_not_a_place(parse, passage, place):
    assert place not in _places(parse(passage))


def test_place_after_a_link_word_stays_nested(parse):
    doc = parse("Le tribunal correctionnel de Valence a condamné le prévenu à six mois ferme.")
    assert "Valence" in _places(doc)
