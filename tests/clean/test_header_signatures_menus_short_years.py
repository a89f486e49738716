"""Header of a sixth sample: the author in a glued or closing credit, a menu or a notice above the
headline, a wrapped first paragraph that is no headline, dates with two-digit years."""
import pytest

from recoupe.ingest.header import iso_date, parse_header

from brest_page import LAST, PROSE

URL = "https://www.radiosud.fr/h/1234.html"


def test_byline_glued_before_a_top_paragraph_is_cut_and_read(clean):
    text = f"Le port double son trafic\n\n{PROSE}\n\nMarion KERBRAT Les dockers ont voté la grève lundi soir.\n\n{LAST}\n"
    cleaned = clean(text, url=URL)
    assert "Les dockers ont voté la grève lundi soir." in cleaned.body and "KERBRAT" not in cleaned.body
    assert cleaned.article.author == "Marion KERBRAT"


def test_wire_credit_closing_the_article_names_its_reporter(clean):
    text = f"Le port double son trafic\n\n{PROSE}\n\nLe port rouvre lundi. (Reportage Paul Roy à Oslo; version française Léa Roy)\n"
    cleaned = clean(text, url=URL)
    assert cleaned.article.author == "Paul Roy" and "Reportage" not in cleaned.body


@pytest.mark.parametrize("above", [
    "Accueil    Sports    Économie    Météo    Annonces",                      # a menu row
    "Cet article fait partie de nos archives et n'est plus mis à jour depuis 2021.",
])
def test_headline_below_a_menu_or_notice_is_the_title(clean, above):
    text = f"{above}\n\nLe port double son trafic\n\nPublié le jeudi 3 mai 2024  |  AFP\n\n{PROSE}\n\n{LAST}\n"
    cleaned = clean(text, url=URL)
    assert cleaned.title == "Le port double son trafic"
    assert cleaned.body.startswith(PROSE)


def test_date_line_names_its_source_after_a_bar():
    header = parse_header(f"Le port double son trafic\nPublié le jeudi 3 mai 2024  |  AFP\n\n{PROSE}\n")
    assert (header.author, header.published) == ("AFP", "2024-05-03")


@pytest.mark.parametrize("text, title", [
    ("Le port de Brest a doublé\nson trafic en un an, a dit\nsa directrice mardi soir.\n\nSuite.", None),
    ("Le port double son trafic\npar Jeanne Roy\n\n" + PROSE, "Le port double son trafic"),
])
def test_a_wrapped_first_sentence_is_no_headline(text, title):
    assert parse_header(text).title == title


@pytest.mark.parametrize("text, iso", [
    ("14/09/21", "2021-09-14"), ("3.5.99", "1999-05-03"), ("12/11/2023", "2023-11-12"), ("1.2.3", None),
])
def test_two_digit_years_are_read(text, iso):
    assert iso_date(text) == iso


def test_date_line_with_two_digit_year_sets_published(clean):
    text = f"Le port double son trafic\n\nLe 12/05/19 à 09:41\nmodifié 12/05/19 à 10:02\n{PROSE}\n\n{LAST}\n"
    assert clean(text, url=URL).article.published == "2019-05-12"
