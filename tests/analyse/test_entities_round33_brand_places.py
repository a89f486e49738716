"""A place that is a word of an organisation's own name is no place of the story; a place after a
link word inside an institution's name stays nested (invented passages)."""
import pytest


def _places(doc):
    return {m.span.text for e in doc._.entities if e.type in ("GPE", "LOC") for m in e.mentions}


@pytest.mark.parametrize("passage, place", [
    ("Le Lyon Olympique Rugby a perdu son ailier Marc Tessier sur blessure.", "Lyon"),
    ("Selon Radio Monaco, les orages gagneront la côte dans la soirée.", "Monaco"),
    ("Le Real Madrid a signé un défenseur pour trois saisons.", "Madrid"),
])
def test_place_inside_a_brand_name_is_not_a_place(parse, passage, place):
    assert place not in _places(parse(passage))


def test_place_after_a_link_word_stays_nested(parse):
    doc = parse("Le tribunal correctionnel de Valence a condamné le prévenu à six mois ferme.")
    assert "Valence" in _places(doc)


def test_acronym_of_hyphenated_words_joins_the_full_name(parse):
    doc = parse("Le Racing Saint-Brévin a gagné dimanche. Le RSB reste invaincu cette saison.")
    forms = {m.span.text: e.name for e in doc._.entities for m in e.mentions}
    assert forms.get("RSB") == forms.get("Racing Saint-Brévin") is not None, forms


def test_known_organisation_stops_before_its_adjective(parse):
    doc = parse("Les violences depuis l'attaque des Houthis yéménites en Érythrée le 7 octobre sont graves.")
    names = {e.name for e in doc._.entities}
    assert "Houthis" in names and not any(n.startswith("Houthis ") for n in names), names
