"""A town's or a country's people is no place, and a capitalised article after a list's comma belongs
to the name (invented passages)."""

from analyse_helpers import types_by_name


def test_demonym_after_copula_is_no_place(parse):
    doc = parse("« Je suis Lorientais d'adoption, mais marin de naissance », sourit Yann Kerleau à Pontivy.")
    types = types_by_name(doc)
    assert "Lorientais" not in types and types.get("Pontivy") == "GPE", types


def test_hyphenated_nationality_before_a_name_is_no_place(parse):
    doc = parse("La présidence revient au Sud-Coréen Min-jun Kang, puis au Nord-Coréen Ri Son-gwon. "
                "Des renforts sont arrivés au Nord-Varel.")
    types = types_by_name(doc)
    assert not {"Sud-Coréen", "Nord-Coréen"} & set(types), types
    assert types.get("Nord-Varel") == "GPE", types


def test_capitalised_article_after_a_comma_stays_in_the_name(parse):
    doc = parse("À eux seuls, Valdor, Brunetti, L'Orvane et Castelane pèsent 12 milliards d'euros.")
    names = set(types_by_name(doc))
    assert "L'Orvane" in names and "Orvane" not in names, names
