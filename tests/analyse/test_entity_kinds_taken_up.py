"""A body, a school or a country taken up by its kind noun further on: "le pays" after a country whose
capital is a small town, "l'établissement" after a school or a hospital, "l'Association" written with
a capital inside a sentence. All passages are invented."""


def _mentions(doc) -> dict:
    return {e.name: {m.span.text for m in e.mentions} for e in doc._.entities}


def test_the_country_is_taken_up_whatever_its_capital(parse):
    found = _mentions(parse("Les pompiers du Liechtenstein ont été appelés douze fois lundi. "
                            "Plusieurs routes ont été coupées à travers le pays."))
    assert "le pays" in found.get("Liechtenstein", set()), found


def test_a_school_is_taken_up_as_the_establishment(parse):
    found = _mentions(parse("Le collège Jean-Renoir a été évacué lundi après une fuite de gaz. "
                            "L'établissement rouvrira jeudi, selon la direction."))
    assert "L'établissement" in found.get("collège Jean-Renoir", set()), found


def test_an_establishment_takes_up_no_company(parse):
    found = _mentions(parse("Le groupe Valdis a racheté une usine à Tarvel. L'établissement emploie 40 personnes."))
    assert not any("L'établissement" in forms for forms in found.values()), found


def test_a_capitalised_kind_noun_inside_a_sentence_takes_up_the_body(parse):
    found = _mentions(parse("Mardi, l'Association valdorienne des pharmaciens a dénoncé la hausse des prix. "
                            "« C'est intenable », a déclaré Marc Dupin, président de l'Association."))
    assert "l'Association" in found.get("Association valdorienne des pharmaciens", set()), found
