"""A kind of train ("TER", "TGV") is no organisation; its operator stays one (invented passages)."""


def test_train_services_are_no_entities(parse):
    doc = parse("La SNCF promet un TER sur trois et deux TGV sur cinq entre Vernelle et Rennes mardi.")
    names = {e.name for e in doc._.entities}
    assert "SNCF" in names and not names & {"TER", "TGV"}, names
