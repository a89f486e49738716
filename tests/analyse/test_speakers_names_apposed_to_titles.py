"""Round 33: the name set after a title is who speaks when the title is two coordinated nouns sharing
one holder ('le créateur et animateur de la plateforme, Marc Delvaux') or a bare title whose closing comma
is missing ('le capitaine Joseph Mbuyi, porte-parole de la police a accusé'); the outlet of an opening
'Joint par X,' is no antecedent. Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


def test_a_name_after_two_coordinated_titles(parse):
    quotes = found(parse, "« Le site sera mis à jour chaque semaine », a précisé le créateur et animateur de la "
                          "plateforme, Marc Delvaux, dans un entretien.")
    assert quotes["Le site sera mis à jour chaque semaine"] == "Marc Delvaux"


def test_a_bare_title_after_a_name_without_its_closing_comma(parse):
    quotes = found(parse, "Joint par Radio Kivu, le capitaine Joseph Mbuyi, porte-parole de la police a accusé les "
                          "rebelles d'avoir \"pillé les maisons\".")
    assert quotes['les rebelles d\'avoir "pillé les maisons"'] == "Joseph Mbuyi"


def test_a_name_after_a_preposition_is_no_apposition(parse):
    quotes = found(parse, "Selon Joseph Mbuyi, porte-parole de la police, les rebelles ont pillé les maisons.")
    assert set(quotes.values()) == {"Joseph Mbuyi"}


def test_the_same_when_the_parse_hangs_the_comma_on_the_title(parse):
    quotes = found(parse, "Joint par Radio Kivu, le commandant Paul Mabiala, porte-parole de la garnison a "
                          "également accusé les rebelles d'avoir \"incendié les cases\".")
    assert quotes['les rebelles d\'avoir "incendié les cases"'] == "Paul Mabiala"


def test_the_clitic_after_takes_up_the_name_not_the_interviewer(parse):
    quotes = found(parse, "Joint par Radio Kivu, le commandant Paul Mabiala, porte-parole de la garnison a "
                          "également accusé les rebelles d'avoir \"incendié les cases\". \"Nos soldats ont riposté\", a-t-il ajouté.")
    assert quotes["Nos soldats ont riposté"] == "Paul Mabiala"
