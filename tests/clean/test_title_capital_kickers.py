"""A kicker of two to four words in capitals run into the headline with a space is cut from the
title; a headline opening with one acronym keeps it."""


BODY = "Le conseil municipal a voté jeudi la rénovation du marché couvert, pour 3,2 millions d'euros.\n"


def test_a_capital_kicker_run_into_the_headline_goes(clean):
    cleaned = clean(f"VIE LOCALE À VANNES Le marché couvert sera rénové dès l'automne\n\n{BODY}")
    assert cleaned.title == "Le marché couvert sera rénové dès l'automne"


def test_one_acronym_opening_the_headline_stays(clean):
    cleaned = clean(f"SNCF Les trains du dimanche reviennent sur la ligne de Quimper\n\n{BODY}")
    assert cleaned.title.startswith("SNCF Les trains")
