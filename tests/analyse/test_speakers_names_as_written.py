"""Round 33: a speaker linked to a body under a name the article never writes (a name the gazetteer's
table gives) is named as the article writes it; a state named by its seat keeps the state's name.
Invented passages."""


def speakers(parse, passage):
    return [q.speaker for q in parse(passage)._.quotes]


def test_a_seat_of_government_names_its_state(parse):
    assert speakers(parse, "Les frappes ont fait neuf morts à Odessa, a dénoncé la Maison Blanche.") == ["États-Unis"]


def test_an_army_is_named_as_written(parse):
    said = speakers(parse, "Des avions ont mené des « frappes intenses » sur des dépôts, a dit l'armée israélienne.")
    assert said == ["armée israélienne"]


def test_a_name_the_article_spells_out_stays(parse):
    said = speakers(parse, "Le Parlement européen siège à Strasbourg. Le vote aura lieu mardi, a annoncé le Parlement.")
    assert said == ["Parlement européen"]
