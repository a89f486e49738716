"""Round 28: a number written in words opening a sentence is no place, a place whose name only
starts like a number stays one; a capitalised title and its complement is a role, not an
organisation. Passages written for the project."""


def test_a_number_word_opening_a_sentence_is_no_entity(parse):
    doc = parse("Vingt-quatre personnes ont péri dans les inondations à Kindu. Douze maisons sont détruites.")
    names = {e.name for e in doc._.entities}
    assert "Vingt-quatre" not in names and "Douze" not in names, names
    assert "Kindu" in names, names


def test_a_place_named_with_a_number_word_stays_a_name(parse):
    names = {e.name for e in parse("Le conseil municipal de Trois-Rivières a voté mardi.")._.entities}
    assert "Trois-Rivières" in names, names


def test_a_capitalised_title_and_its_portfolio_is_no_organisation(parse):
    doc = parse("Garde des Sceaux, Ministre de la Justice : Madame RAKOTOVAO Hanta Lalao.")
    names = {e.name for e in doc._.entities}
    assert not any(n.startswith(("Ministre", "Garde")) for n in names), names


def test_a_body_opening_with_a_capital_keeps_its_name(parse):
    names = {e.name for e in parse("La Commission des finances a voté le budget mardi.")._.entities}
    assert "Commission des finances" in names, names
