"""A section path ("Marchés | Actions") between a ticker or notice and the headline is no headline."""
TICKER = "La Bourse est ouverte\n• Indice Nord 40\n4 512,30\n+31,20 (+0,70 %)\n"
HEADLINE = "Les Chantiers du Ponant gagnent 6 % après une commande de trois navires"
BODY = ("L'action des Chantiers du Ponant a terminé la journée de jeudi en hausse de 6,1 %, "
        "portée par une commande de trois navires de croisière.\n\nLe carnet est plein jusqu'en 2029.\n")


def test_headline_below_a_section_path(clean):
    cleaned = clean(f"{TICKER}Bourse | Actions européennes\n{HEADLINE}\nLe 4 mars 2026 à 18:10\n\n{BODY}")
    assert cleaned.title == HEADLINE
    assert "Actions européennes" not in cleaned.text
    assert cleaned.body.startswith("L'action des Chantiers")


def test_headline_with_a_bar_is_still_a_headline(clean):
    """A headline whose fields are not all short labels stays the title."""
    title = "Les Chantiers du Ponant gagnent 6 % | Bourse"
    cleaned = clean(f"{title}\n\n{BODY}")
    assert cleaned.title.startswith("Les Chantiers du Ponant gagnent 6 %")


def test_kicker_in_capitals_run_into_the_headline(clean):
    """Two words or more in capitals, then the headline in title case: a kicker."""
    cleaned = clean(f"SUR LE PORT Les Chantiers du Ponant embauchent quarante soudeurs\n\n{BODY}")
    assert cleaned.title == "Les Chantiers du Ponant embauchent quarante soudeurs"
