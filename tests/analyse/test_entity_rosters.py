"""Round 28: people named in rosters (a team's line-up), whatever type the model guesses for a
surname read out of a sentence. Passages written for the project."""

LINEUPS = ("Peu avant la mi-temps, Ossé servait Kessler, mais le portier Lindqvist veillait. Coppens égalisait.\n\n"
           "LES COMPOS\n\n"
           "Standard : Bodin, Kessler, Marchal, Dufour, Lamy, Perrin, Ossé (78e Vallet), Tano, Mbaye, Grosjean.\n\n"
           "Anderlecht : Lindqvist, Baert, Moens, Verhulst, Deprez, Ngadi, Ruiz, Coppens, Maes, Dubrulle.")


def _types(doc):
    return {e.name: e.type for e in doc._.entities}


def test_every_name_of_a_line_up_is_a_person(parse):
    types = _types(parse(LINEUPS))
    players = ["Bodin", "Marchal", "Dufour", "Lamy", "Perrin", "Tano", "Grosjean",
               "Baert", "Moens", "Verhulst", "Ngadi", "Ruiz", "Maes", "Dubrulle"]
    assert {p: types.get(p) for p in players} == {p: "PERSON" for p in players}, types


def test_a_player_is_a_person_in_the_running_text_and_the_team_an_organisation(parse):
    doc = parse(LINEUPS)
    people = {e.name: len(e.mentions) for e in doc._.entities if e.type == "PERSON"}
    assert people.get("Ossé") == 2 and people.get("Coppens") == 2, people
    assert _types(doc).get("Standard") == "ORG" and _types(doc).get("Anderlecht") == "ORG", _types(doc)


def test_a_list_of_places_after_a_country_is_no_line_up(parse):
    types = _types(parse("Les cantons les plus touchés sont les suivants.\n"
                         "Suisse : Vaud, Valais, Berne, Fribourg, Genève, Neuchâtel."))
    assert not any(t == "PERSON" for t in types.values()), types


def test_a_list_of_firms_is_no_line_up(parse):
    types = _types(parse("Entreprises concernées : Renault, Peugeot, Michelin, Danone, Airbus."))
    assert not any(t == "PERSON" for t in types.values()), types


def test_a_short_list_after_a_name_is_no_line_up(parse):
    types = _types(parse("Le programme du week-end.\nLausanne : Bâle, Zurich, Lugano."))
    assert types.get("Zurich") != "PERSON" and types.get("Lugano") != "PERSON", types


def test_a_first_name_before_a_trade_in_apposition_is_a_person(parse):
    doc = parse("La pénurie frappe les quartiers nord. Odile, vendeuse de légumes, raconte sa journée.")
    assert _types(doc).get("Odile") == "PERSON", _types(doc)
    doc = parse("Les prix ont doublé. Kabura, un marchand de bois, résume la situation.")
    assert _types(doc).get("Kabura") == "PERSON", _types(doc)


def test_a_town_before_an_apposition_that_is_no_trade_stays_a_place(parse):
    types = _types(parse("Lyon, capitale des Gaules, a accueilli le sommet. Vernier, ville voisine, suivra."))
    assert types.get("Lyon") == "GPE" and types.get("Vernier") != "PERSON", types


DECREE = ("DECRET N° 2024-100 portant nomination des membres du Gouvernement\n\n"
          "Ministre de la Justice : Monsieur RANDRIA Paul Olivier\n\n"
          "Ministre des Finances : Madame RAKOTOVAO Hanta Lalao\n\n"
          "Ministre de la Santé : Général de Brigade ANDRIAMANGA-RAVELO Tojo")


def test_a_surname_in_capitals_before_given_names_is_one_person(parse):
    people = {e.name: [m.span.text for m in e.mentions] for e in parse(DECREE)._.entities if e.type == "PERSON"}
    for name in ("RANDRIA Paul Olivier", "RAKOTOVAO Hanta Lalao", "ANDRIAMANGA-RAVELO Tojo"):
        assert name in people.get(name, []), people
    assert not any(n.startswith(("DECRET", "RAVELO")) or n == "Paul Olivier" for n in people), people


def test_a_hyphenated_surname_in_capitals_in_running_text(parse):
    types = _types(parse("D'autres changent de portefeuille, comme RAZAKA-BE Solofo qui reprend les Mines."))
    assert types.get("RAZAKA-BE Solofo") == "PERSON", types


def test_an_acronym_after_its_article_or_a_line_in_capitals_is_no_surname(parse):
    doc = parse("La FIFA Gianni a parlé. MADAGASCAR Les ministres ont prêté serment.")
    people = [e.name for e in doc._.entities if e.type == "PERSON"]
    assert not any("FIFA" in n or "MADAGASCAR" in n for n in people), people
