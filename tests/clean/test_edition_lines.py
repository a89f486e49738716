"""A newspaper's edition line under its masthead dates the page and is furniture; a sentence that
speaks of an edition is prose."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL


@pytest.mark.parametrize("line, published", [
    ("Édition du mardi 14 janvier 2025", "2025-01-14"),
    ("Edition du 2 mars 2021", "2021-03-02"),
    ("édition du lundi 1er juillet 2024", "2024-07-01"),
])
def test_an_edition_line_dates_the_page_and_goes(clean, line, published):
    text = f"La Gazette des communes\nLe quotidien des élus\n\n{line}\nTerritoires\n\n{TITLE}\n\n{PROSE}\n\n{LAST}\n"
    cleaned = clean(text, url=URL)
    assert cleaned.article.published == published
    assert line not in cleaned.text and PROSE in cleaned.text and LAST in cleaned.text
    assert cleaned.title == TITLE    # the headline below the masthead, not its slogan


def test_a_sentence_about_an_edition_stays(clean):
    sentence = "L'édition du 9 novembre 2023 du festival a attiré 40 000 visiteurs."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{sentence}\n\n{LAST}\n", url=URL)
    assert sentence in cleaned.text and cleaned.article.published is None
