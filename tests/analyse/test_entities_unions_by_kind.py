"""Unions taken up by "le syndicat" after their acronym, and the intersyndicale named by its kind (invented passages)."""


def _mentions(doc):
    return {e.name: [m.span.text for m in e.mentions] for e in doc._.entities}


def test_union_acronym_taken_up_by_its_kind(parse):
    doc = parse("Les délégués de la CGT-Métallos ont rencontré la direction des Forges de Vernelle. Le syndicat appelle à la grève.")
    assert "Le syndicat" in _mentions(doc)["CGT-Métallos"], _mentions(doc)


def test_no_union_taken_up_from_another_body(parse):
    doc = parse("La Fondation Morel a reçu les Forges de Vernelle. Le syndicat proteste.")
    assert not any("Le syndicat" in forms for forms in _mentions(doc).values()), _mentions(doc)


def test_intersyndicale_is_an_organisation(parse):
    doc = parse("La réunion à Matignon n'a pas fissuré l'intersyndicale, qui appelle à défiler jeudi.")
    assert _mentions(doc).get("Intersyndicale") == ["l'intersyndicale"], _mentions(doc)
