"""The State written with its capital is a mention of a country: its adjective's, the one the article
names, else the press's own; "l'État de droit", "l'État islamique" are not. Invented passages."""


def _mentions(doc) -> dict:
    return {e.name: (e.type, {m.span.text for m in e.mentions}) for e in doc._.entities}


def test_the_state_alone_is_the_press_own_country(parse):
    found = _mentions(parse("L'État a débloqué 40 millions d'euros pour les digues, a annoncé la préfète."))
    assert found.get("France") == ("GPE", {"L'État"}), found


def test_the_state_with_an_adjective_is_that_country(parse):
    found = _mentions(parse("Le Gabon a voté une loi sur les mines. L'État gabonais prendra en charge les frais."))
    assert found.get("Gabon") == ("GPE", {"Gabon", "L'État gabonais"}), found


def test_a_state_of_law_or_an_armed_group_is_no_country(parse):
    found = _mentions(parse("L'État de droit est menacé, selon l'opposition. L'État islamique a revendiqué l'attaque."))
    assert not any(type_ == "GPE" for type_, _ in found.values()), found


def test_the_hebrew_state_is_israel(parse):
    found = _mentions(parse("Des roquettes ont visé le nord. L'État hébreu a riposté dans la nuit."))
    assert "L'État hébreu" in found.get("Israël", (None, set()))[1], found


def test_the_head_of_state_stays_a_title(parse):
    found = _mentions(parse("Marc Dupin a reçu les maires. Le chef de l'État leur promet une aide."))
    assert "France" not in found and "Le chef de l'État" in found.get("Marc Dupin", (None, set()))[1], found
