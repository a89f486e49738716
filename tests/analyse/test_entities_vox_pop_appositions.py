"""A one-word name with an apposition giving an age, or after the verb of an incise, is a person (invented passages)."""


def _named(doc):
    return {(e.type, e.name) for e in doc._.entities}


def test_name_after_incise_verb_with_age_is_a_person(parse):
    doc = parse("« On attendait ce concert depuis des mois », lance Hugo, étudiant de 22 ans, au micro de Radio Nord.")
    assert ("PERSON", "Hugo") in _named(doc), _named(doc)


def test_age_alone_makes_the_apposition_a_persons(parse):
    doc = parse("« Il fallait venir », confie Anaïs, croyante de 40 ans, devant la basilique de Vernelle.")
    assert ("PERSON", "Anaïs") in _named(doc), _named(doc)


def test_a_town_with_its_population_stays_a_place(parse):
    doc = parse("« Nous gagnerons », a promis Vernelle, ville de 20 000 habitants, lors du tirage.")
    assert not any(t == "PERSON" for t, _ in _named(doc)), _named(doc)
