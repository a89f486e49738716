"""Civil-protection bodies named alone, capitalised or not, are organisations (invented passages)."""


def _mentions(doc):
    return {(e.type, e.name): [m.span.text for m in e.mentions] for e in doc._.entities}


def test_capitalised_civil_defence_alone(parse):
    doc = parse("Selon la Défense civile, douze personnes sont mortes dans les crues de Vernelle.")
    assert ("ORG", "Défense civile") in _mentions(doc), _mentions(doc)


def test_lowercase_civil_security_after_its_article(parse):
    doc = parse("Une colonne de la sécurité civile a rejoint Vernelle dans la nuit de lundi.")
    assert _mentions(doc).get(("ORG", "Sécurité civile")) == ["la sécurité civile"], _mentions(doc)
