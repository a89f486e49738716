"""Round 33: a speaker linked to a body the article never names in full (a name the gazetteer's table
gives, 'États-Unis' for 'la Maison Blanche') is named as the article writes it. Invented passages."""


def speakers(parse, passage):
    return [q.speaker for q in parse(passage)._.quotes]


def test_a_metonym_is_named_as_written(parse):
    assert speakers(parse, "Les frappes ont fait neuf morts à Odessa, a dénoncé la Maison Blanche.") == ["Maison Blanche"]


def test_an_army_is_named_as_written(parse):
    said = speakers(parse, "Des avions ont mené des « frappes intenses » sur des dépôts, a dit l'armée israélienne.")
    assert said == ["armée israélienne"]


def test_a_name_the_article_spells_out_stays(parse):
    said = speakers(parse, "Le Parlement européen siège à Strasbourg. Le vote aura lieu mardi, a annoncé le Parlement.")
    assert said == ["Parlement européen"]
