"""A government named by its head ("le gouvernement Dorvan") is the country's government, its head a
person of the text; a capitalised word that names no one leaves the phrase alone. Invented passages."""


def _mentions(doc) -> dict:
    return {e.name: (e.type, {m.span.text for m in e.mentions}) for e in doc._.entities}


def test_a_government_named_by_its_head(parse):
    found = _mentions(parse("Le Premier ministre Paul Dorvan a présenté son plan. Les éleveurs contestent les mesures "
                            "du gouvernement Dorvan."))
    assert "gouvernement Dorvan" in found.get("Gouvernement français", (None, set()))[1], found
    assert found.get("Paul Dorvan", (None,))[0] == "PERSON", found


def test_a_government_before_a_word_that_names_no_one(parse):
    found = _mentions(parse("Les éleveurs contestent les mesures du gouvernement Horizon, un plan de relance."))
    assert not any("gouvernement Horizon" in forms for _, forms in found.values()), found
