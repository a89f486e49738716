"""Header families of round 9: a byline naming the article with its publication and its later
update (the first date is the publication), a wire dateline alone on its line, a masthead with its
edition bar taken for the headline, a headline closed by a full stop below a 'date' prefix."""
import pytest

from brest_page import LAST, TITLE, URL

LEAD = "Le port de Brest a doublé son trafic en un an, a annoncé sa directrice devant les élus."


@pytest.mark.parametrize("line, author, published", [
    ("Un article rédigé par Jeanne Roy - le 12 octobre 2021 - Modifié le 3 février 2024", "Jeanne Roy", "2021-10-12"),
    ("Article écrit par Paul Le Du | 03/05/2021 à 10h12 | Mis à jour le 04/05/2021", "Paul Le Du", "2021-05-03"),
    ("Un texte rédigé par Léa Kerouac, le 12 mars 2024", "Léa Kerouac", "2024-03-12"),
])
def test_the_publication_is_the_first_date_of_the_byline(clean, line, author, published):
    cleaned = clean(f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{LAST}\n", url=URL)
    assert (cleaned.article.author, cleaned.article.published) == (author, published)
    assert line not in cleaned.text


@pytest.mark.parametrize("dateline, published", [
    ("Rabat, 7 mai, AGENCEMAR", "2022-05-07"),
    ("Dakar (Sénégal), 7 mai (APS)", "2022-05-07"),
    ("Tunis, le 7 mai 2022, TAP", "2022-05-07"),
    ("Rabat, 8 juin, AGENCEMAR", "2022-05"),    # another month than the one known: no refinement
])
def test_a_wire_dateline_alone_is_removed_and_dates_the_article(clean, dateline, published):
    cleaned = clean(f"date 2022-05 {dateline}\n\n{LEAD}\n\n{LAST}\n", url=URL)
    assert cleaned.title is None and cleaned.body == f"{LEAD}\n\n{LAST}"
    assert cleaned.article.published == published


@pytest.mark.parametrize("line", ["Paris, 3 mars, la maire a tranché", "Brest, 12 juin, Jeanne"])
def test_a_place_and_a_date_opening_a_sentence_is_no_wire_dateline(clean, line):
    cleaned = clean(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{LAST}\n", url=URL)
    assert line in cleaned.body


def test_a_masthead_with_its_edition_bar_is_no_headline(clean):
    url = "https://www.kiosque.example/france/ouest-france-rennes/20240312/123456"
    text = f"Finistère. {TITLE}\n\nOuest-France - Rennes - - Bretagne -\n\n{LEAD}\n\n{LAST}\n"
    cleaned = clean(text, url=url)
    assert cleaned.title == f"Finistère. {TITLE}" and cleaned.body == f"{LEAD}\n\n{LAST}"


def test_a_masthead_with_a_long_hostile_edition_bar_is_removed(clean):
    # thirty fields: a pattern that lets spaces float between fields would backtrack for hours here
    url = "https://www.kiosque.example/france/ouest-france-rennes/20240312/123456"
    bar = "Ouest-France - " + " | ".join(["Rennes"] * 30) + " !"
    cleaned = clean(f"Finistère. {TITLE}\n\n{bar}\n\n{LEAD}\n\n{LAST}\n", url=url)
    assert cleaned.body.endswith(f"{LEAD}\n\n{LAST}")


def test_a_headline_closed_by_a_full_stop_is_found_by_the_slug(clean):
    cleaned = clean(f"date 2021-03 {TITLE}.\n\nPORT - {LEAD}\n\n{LAST}\n", url=URL)
    assert cleaned.title == f"{TITLE}." and cleaned.body == f"{LEAD}\n\n{LAST}"


def test_a_lead_sentence_echoing_the_slug_is_not_taken_for_the_headline(clean):
    url = "https://www.radiosud.fr/societe/port-trafic_1234.html"   # too short a slug to tell
    cleaned = clean(f"date 2021-03 Le port double son trafic.\n\n{LEAD}\n\n{LAST}\n", url=url)
    assert cleaned.title is None


@pytest.mark.parametrize("suffix", [" |", " -", " •"])
def test_a_separator_left_alone_after_the_headline_is_cut(clean, suffix):
    cleaned = clean(f"{TITLE}{suffix}\n\n{LEAD}\n\n{LAST}\n", url=URL)
    assert cleaned.title == TITLE and cleaned.body == f"{LEAD}\n\n{LAST}"
