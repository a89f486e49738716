"""Round 32: a navigation menu left at the top of the page (its heading, a row of links set apart by
bars, its entries one a line) and a byline set beside the site's name ("Le Journal | Par Jeanne Roy")."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules

MENU = "Navigation\nAccueil | Actualité | Politique | Économie | Sport\nMenu principal\nInfo\nSports\nLoisirs"


def test_menu_below_the_headline_goes(clean):
    cleaned = clean(f"{TITLE}\n{MENU}\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.title == TITLE and cleaned.body == f"{PROSE}\n\n{LAST}"


def test_short_lines_below_the_prose_stay_under_a_heading(clean):
    own = "Sommaire\nLe port\nLes dockers\nLa grève"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{own}\n\n{LAST}\n", url=URL)
    assert "Le port\nLes dockers\nLa grève" in cleaned.body


@pytest.mark.parametrize("line, menu", [
    ("Info • Sports • Loisirs • Météo", True),
    ("Économie | Publié le 3 mai 2024 | Le Journal | Brest", False),   # a digit: a date line's fields
    ("Le port | Les dockers | La grève | Le maire a parlé.", False),
])
def test_rows_of_links_and_not(line, menu):
    assert (rules.menu_row(line, "fr") == "menu") is menu


@pytest.mark.parametrize("byline, author", [
    ("Le Courrier du Port | Par Jeanne Kervella", "Jeanne Kervella"),
    ("LE COURRIER DU PORT | Par Jeanne KERVELLA et Yann LE GOFF", "Jeanne KERVELLA et Yann LE GOFF"),
    ("Par Jeanne Kervella | Le Courrier du Port", "Jeanne Kervella"),
])
def test_byline_beside_the_site_name_goes_and_names_the_author(clean, byline, author):
    cleaned = clean(f"{TITLE}\n\n{byline}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}" and cleaned.article.author == author


@pytest.mark.parametrize("line", ["Le port | Par ici la sortie", "Le maire est venu par Brest et Lorient."])
def test_lines_with_par_that_are_no_byline_stay(line):
    assert rules.noise_rule(line, "fr") is None


def test_wire_closing_credit_names_the_reporter(clean):
    credit = "(Jeanne Kervella ; version française Yann Le Goff)"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{credit}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}" and cleaned.article.author == "Jeanne Kervella"


@pytest.mark.parametrize("byline", [
    "Le Courrier du Port - Par Jeanne Kervella - Publié le 3 mai 2024",
    "LE COURRIER DU PORT | Par Jeanne Kervella | 03/05/2024 à 10h12",
])
def test_dated_byline_beside_the_site_name_dates_the_page(clean, byline):
    cleaned = clean(f"{TITLE}\n\n{byline}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
    assert (cleaned.article.author, cleaned.article.published) == ("Jeanne Kervella", "2024-05-03")
