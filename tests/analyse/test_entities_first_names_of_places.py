"""A place's name that opens a person's name is the person's first name (invented passages)."""


def _named(doc):
    return {(e.type, e.name) for e in doc._.entities}


def test_country_name_as_first_name_is_the_person(parse):
    doc = parse("« Nous attendons des réponses », a déclaré au micro de Radio Nord Maurice Lenoir, père de l'une des victimes.")
    named = _named(doc)
    assert ("PERSON", "Maurice Lenoir") in named, named
    assert not any(name == "Maurice" for _, name in named), named


def test_city_name_as_first_name_and_as_the_city(parse):
    doc = parse("Florence Dutertre a quitté Florence lundi pour rejoindre Lyon.")
    named = _named(doc)
    assert {("PERSON", "Florence Dutertre"), ("GPE", "Florence")} <= named, named
