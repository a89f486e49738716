"""Bodies named by their kind after a definite article are organisations of the story (invented passages)."""


def _forms(doc):
    return {m.span.text: e for e in doc._.entities for m in e.mentions}


def test_body_named_by_its_kind_is_an_organisation(parse):
    doc = parse("Réuni jeudi, le conseil des ministres a adopté le budget. Trois élus ont été jugés par le tribunal correctionnel.")
    forms = _forms(doc)
    assert forms["le conseil des ministres"].type == "ORG"
    assert forms["le tribunal correctionnel"].name == "Tribunal correctionnel"


def test_indefinite_body_is_no_entity(parse):
    doc = parse("Lundi soir se tenait un conseil municipal houleux à la mairie.")
    assert not any("conseil" in f for f in _forms(doc))


def test_body_after_its_full_name_is_that_body(parse):
    doc = parse("Le tribunal correctionnel de Valence a jugé l'affaire. Le tribunal correctionnel a prononcé la relaxe.")
    names = {e.name for e in doc._.entities if e.type == "ORG"}
    assert names == {"tribunal correctionnel de Valence"}, names
