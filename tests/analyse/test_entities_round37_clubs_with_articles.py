"""In a match report, a town written with an article, or playing without a score, is its club (invented passages)."""

from analyse_helpers import types_by_name

REPORT = ("Samedi, le Varnel accueille Orlan en championnat, un match sous l'œil d'un arbitre international.\n"
          "Orlan a perdu dimanche. « Il faudra ensuite gagner à l'Ostrand », prévient l'entraîneur Paul Mercier. "
          "Le club s'entraîne à Kessdorf.")


def test_a_town_with_an_article_is_its_club(parse):
    types = types_by_name(parse(REPORT))
    assert types.get("Varnel") == "ORG"
    assert types.get("Ostrand") == "ORG"


def test_the_town_where_they_train_stays_a_place(parse):
    assert types_by_name(parse(REPORT)).get("Kessdorf") == "GPE"


def test_outside_a_match_report_a_town_stays_a_place(parse):
    types = types_by_name(parse("Le conseil municipal de Varnel a voté le budget. Le maire de Kessdorf était présent."))
    assert types.get("Kessdorf") == "GPE"


def test_a_town_whose_name_holds_the_article_stays_a_place(parse):
    types = types_by_name(parse(REPORT + " La finale aura lieu au Puy-en-Velay en mai."))
    assert types.get("Puy-en-Velay", "GPE") == "GPE"


def test_regions_with_their_article_stay_places_beside_an_age_range(parse):
    types = types_by_name(parse("Les enfants de 0-14 ans sont touchés. La Bretagne, la Normandie et le Varnois "
                         "sont les seules régions épargnées."))
    assert types.get("Bretagne", "GPE") == "GPE"
    assert types.get("Normandie", "GPE") == "GPE"
