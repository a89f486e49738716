"""Round 36: 'ordonner' reports an order whose object carries a quoted fragment (obj_quoted) or a que-clause;
a plain order is narration. Invented."""


def quotes(doc):
    return [(q.span.text, q.speaker, q.kind) for q in doc._.quotes]


def test_an_order_with_a_quoted_fragment_is_a_mixed_report(parse):
    doc = parse("L'armée ordonne le départ immédiat de « tous les habitants » du quartier de Korsk, a-t-on appris.")
    assert quotes(doc) == [("le départ immédiat de « tous les habitants » du quartier de Korsk", "L'armée", "mixed")]


def test_a_plain_order_is_narration(parse):
    assert quotes(parse("La juge a ordonné l'expulsion des occupants du hangar.")) == []
