"""Round 33: the name set after a title is who speaks when the title is two coordinated nouns sharing
one holder ('le fondateur et directeur du site, Marc Delvaux') or a bare title whose closing comma
is missing ('le capitaine Joseph Mbuyi, porte-parole de la police a accusé'); the outlet of an opening
'Interrogé par X,' is no antecedent. Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


def test_a_name_after_two_coordinated_titles(parse):
    quotes = found(parse, "« Le site sera mis à jour chaque semaine », a expliqué le fondateur et gestionnaire du "
                          "site, Marc Delvaux, dans un entretien.")
    assert quotes["Le site sera mis à jour chaque semaine"] == "Marc Delvaux"


def test_a_bare_title_after_a_name_without_its_closing_comma(parse):
    quotes = found(parse, "Interrogé par l'AFP, le lieutenant Joseph Mbuyi, porte-parole de la police a accusé les "
                          "rebelles d'avoir \"pillé les maisons\".")
    assert quotes['les rebelles d\'avoir "pillé les maisons"'] == "Joseph Mbuyi"


def test_a_name_after_a_preposition_is_no_apposition(parse):
    quotes = found(parse, "Selon Joseph Mbuyi, porte-parole de la police, les rebelles ont pillé les maisons.")
    assert set(quotes.values()) == {"Joseph Mbuyi"}


def test_the_same_when_the_parse_hangs_the_comma_on_the_title(parse):
    quotes = found(parse, "Interrogé par l'AFP, le lieutenant Paul Mabiala, porte-parole de l'armée a lui aussi "
                          "accusé les rebelles d'avoir \"attaqué les civils\".")
    assert quotes['les rebelles d\'avoir "attaqué les civils"'] == "Paul Mabiala"


def test_the_clitic_after_takes_up_the_name_not_the_interviewer(parse):
    quotes = found(parse, "Interrogé par l'AFP, le lieutenant Paul Mabiala, porte-parole de l'armée a lui aussi "
                          "accusé les rebelles d'avoir \"attaqué les civils\". \"Nos soldats ont riposté\", a-t-il ajouté.")
    assert quotes["Nos soldats ont riposté"] == "Paul Mabiala"
