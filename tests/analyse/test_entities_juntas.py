"""A junta is the government of the country it rules: "la junte" is a mention of that government.
The passages are invented."""


def test_the_junta_is_the_countrys_government(parse):
    doc = parse("Au Gabon, un convoi minier a été pillé dimanche près de la frontière. La junte promet des "
                "sanctions. Le gouvernement gabonais convoque les préfets.")
    found = {e.name: {m.span.text for m in e.mentions} for e in doc._.entities if e.type == "ORG"}
    assert found.get("Gouvernement gabonais") == {"La junte", "Le gouvernement gabonais"}, found


def test_a_junta_needs_its_country(parse):
    doc = parse("La junte promet des sanctions après le pillage du convoi.")
    assert not any(e.type == "ORG" for e in doc._.entities), [(e.name, e.type) for e in doc._.entities]
