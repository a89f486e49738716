"""A government named after its head ("le gouvernement Vardel") is an organisation and its head a
person, where the recogniser typed the surname as anything (invented passage)."""


def test_government_named_after_its_head(parse):
    doc = parse("Devant la flambée des loyers, le gouvernement Vardel promet un plan d'urgence.")
    by_name = {e.name: e for e in doc._.entities}
    assert by_name.get("Vardel") is not None and by_name["Vardel"].type == "PERSON", by_name
    governments = [e for e in doc._.entities if any(m.span.text == "gouvernement Vardel" for m in e.mentions)]
    assert governments and governments[0].type == "ORG", by_name
