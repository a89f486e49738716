"""Names listed together are typed alike: the list's sure members settle the others (invented passages)."""


def _types(doc):
    return {m.span.text: e.type for e in doc._.entities for m in e.mentions}


def test_unknown_towns_in_a_list_of_towns_are_places(parse):
    doc = parse("Des alertes ont retenti à Lyon, Kessaroun, Dar Mehlat, Grenoble et dans plusieurs villages.")
    types = _types(doc)
    assert types.get("Kessaroun") == "GPE" and types.get("Dar Mehlat") == "GPE", types


def test_single_name_in_a_list_of_people_is_a_person(parse):
    doc = parse("Le club déplore des blessés : Marc Tessier, Paul Roux ou encore Marquito et Hugo Lanz.")
    assert _types(doc).get("Marquito") == "PERSON"


def test_one_place_before_people_types_nobody(parse):
    doc = parse("À Grenoble, Jeanne Martin, Paul Roux et Marc Tessier ont signé la pétition.")
    types = _types(doc)
    assert types.get("Jeanne Martin") == "PERSON" and types.get("Paul Roux") == "PERSON", types


def test_town_after_a_peoples_adjective_and_de(parse):
    doc = parse("L'aviation a frappé les abords du village syrien de Tell Kessab mardi.")
    assert _types(doc).get("Tell Kessab") == "GPE"
