"""A body named by its kind keeps the adjectives of its name ("spéciale", "national financier"), invented passages."""


def _forms(doc):
    return {m.span.text: e for e in doc._.entities for m in e.mentions}


def test_special_court_keeps_its_adjective(parse):
    doc = parse("Après six mois d'audience, la cour d'assises spéciale rendra son verdict vendredi dans l'affaire des faux billets.")
    assert _forms(doc)["la cour d'assises spéciale"].name == "Cour d'assises spéciale"


def test_national_prosecutors_named_by_their_kind(parse):
    doc = parse("Le parquet national financier a ouvert une enquête sur la vente des terrains du port de Vernelle.")
    body = _forms(doc)["Le parquet national financier"]
    assert (body.type, body.name) == ("ORG", "Parquet national financier")


def test_descriptive_adjective_stays_outside(parse):
    doc = parse("Les jurés de la cour d'assises présente à l'audience ont entendu trois témoins.")
    assert "la cour d'assises" in _forms(doc)
