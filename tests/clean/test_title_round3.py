"""Headlines: a kicker glued without a space, a headline ending with a quotation."""
import pytest

from recoupe.clean.title import glued_kicker_end

BODY = ("Le port de Brest a doublé son trafic en un an, a annoncé mardi sa directrice, "
        "Jeanne Kervella, devant les élus de la région.\n\nLes dockers saluent ces chiffres.\n")
URL = "https://www.radiosud.fr/economie/le-port-de-brest-double-son-trafic_1234.html"


@pytest.mark.parametrize("glued, headline", [
    ("Vie portuaireLe port de Brest double son trafic", "Le port de Brest double son trafic"),
    ("ÉCONOMIEDes dockers plus nombreux à Brest", "Des dockers plus nombreux à Brest"),
])
def test_glued_kicker_is_cut_from_the_title(clean, glued, headline):
    cleaned = clean(f"{glued}\n\n{BODY}", url=URL)
    assert cleaned.title == headline
    assert cleaned.text.startswith(headline + "\n\n")
    assert "kicker" in {rule for _, _, rule in cleaned.removed}


@pytest.mark.parametrize("title", [
    "PlayStation 5 : les ventes reculent en Bretagne",
    "YouTube supprime des vidéos du port de Brest",
    "iPhone : la boutique de Brest ferme ses portes",
    "Le WhatsApp des dockers de Brest fuite",
    "SNCF : les trains reprennent vers Brest",
])
def test_brands_in_camel_case_are_no_kicker(title):
    assert glued_kicker_end(title) == 0


def test_headline_ending_with_a_quotation_below_site_name(clean):
    headline = 'Brest : la directrice du port défend son plan malgré la "colère des dockers"'
    cleaned = clean(f"RADIOSUD\nEconomie\n\n{headline}\n\n{BODY}", url=URL)
    assert cleaned.title == headline
    assert cleaned.body.startswith("Le port de Brest a doublé")


def test_flattened_header_line_gives_the_headline(clean):
    line = ("Connectez-vous pour garder cet article. Connexion membre Connexion client "
            "Le port de Brest double son trafic AFP • 03/05/2024 à 10:12")
    cleaned = clean(f"{line}\n\n{BODY}", url=URL)
    assert cleaned.title == "Le port de Brest double son trafic"
    assert "Connexion" not in cleaned.text and "10:12" not in cleaned.text


def test_account_words_opening_a_headline_stay(clean):
    cleaned = clean(f"Mon compte épargne a doublé en un an\n\n{BODY}")
    assert cleaned.title == "Mon compte épargne a doublé en un an"
