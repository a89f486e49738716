"""Bylines that name the outlet between the writer and the date, or the desks that helped: the line
is furniture, it gives the author and the publication date (and its writer is no speaker)."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL


@pytest.mark.parametrize("line, author, published", [
    ("Par Jeanne Kervella, Radio Sud mardi 3 mai 2022 à 10:19", "Jeanne Kervella", "2022-05-03"),
    ("Par Paul Le Du - Le Journal de l'Ouest - 03/05/2022", "Paul Le Du", "2022-05-03"),
    ("Par Léa Morvan, Ouest Matin, publié le 3 mai 2022", "Léa Morvan", "2022-05-03"),
    ("Par Yann Guivarc'h | La Gazette | le 3 mai 2022 à 8h30", "Yann Guivarc'h", "2022-05-03"),
    ("Par Anne Riou, Radio Sud 3 mai 2022 - mis à jour le 4 mai 2022", "Anne Riou", "2022-05-03"),
])
def test_a_byline_naming_its_outlet_dates_the_article(clean, line, author, published):
    cleaned = clean(f"{TITLE}\n\n{line}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert (cleaned.article.author, cleaned.article.published) == (author, published)
    assert line not in cleaned.text and cleaned.body.startswith("Le port de Brest")


def test_the_outlet_byline_further_down_is_removed_too(clean):
    line = "Par Jeanne Kervella, Radio Sud mardi 3 mai 2022 à 10:19"
    cleaned = clean(f"{TITLE}\n\nÉconomie\n\n{line}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert line not in cleaned.text and cleaned.article.published == "2022-05-03"


@pytest.mark.parametrize("line, author", [
    ("Par Jeanne KERVELLA avec les bureaux de Lyon, Lille, Nantes et Rennes", "Jeanne KERVELLA"),
    ("Par Paul Le Du, avec nos correspondants en région", "Paul Le Du"),
    ("Par Léa Morvan (avec l'équipe de Quimper)", "Léa Morvan"),
    ("Par Anne Riou et la rédaction de Brest", "Anne Riou"),
])
def test_a_byline_naming_the_desks_that_helped_is_furniture(clean, line, author):
    cleaned = clean(f"{TITLE}\n\n{line}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert line not in cleaned.text and cleaned.article.author == author


@pytest.mark.parametrize("line", [
    "Par Brest et Quimper, les élus ont voté avec les bureaux de la région.",
    "Par la suite, Jeanne Kervella a rencontré les services de l'État.",
])
def test_a_sentence_opening_with_par_stays(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{LAST}\n", url=URL)
    assert line in cleaned.body


@pytest.mark.parametrize("name", ["JEANNE KERVELLA", "Paul Le Du", "ANNE-MARIE RIOU"])
def test_a_name_right_under_an_empty_date_label_is_the_byline(clean, name):
    cleaned = clean(f"{TITLE}\n\nPublié le\n{name}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert name not in cleaned.text and cleaned.article.author == name
