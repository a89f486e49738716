"""Round 32: a picture printed in the standfirst's paragraph — the author's name, the picture's keywords
(its alt text), its caption with a credit — goes; the standfirst and the text stay."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL

STANDFIRST = "Selon la chambre de commerce, les dockers de Brest restent optimistes pour l'année à venir."
KEYWORDS = "Port, conteneurs, grues trafic hausse croissance dockers quai"
CAPTION = "Les quais du port de Brest en hiver.  -  Fotolia"


def test_name_keywords_and_caption_in_the_standfirsts_paragraph_go(clean):
    cleaned = clean(f"{TITLE}\n\n{STANDFIRST}\nJeanne Kervella\n{KEYWORDS}\n{CAPTION}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{STANDFIRST}\n\n{PROSE}\n\n{LAST}"
    assert cleaned.article.author == "Jeanne Kervella"


@pytest.mark.parametrize("line", [
    "Le port et les grues sous la neige, lundi",   # function words: a sentence or a headline of the text
    "Brest Lorient Quimper",                # too few words for keywords
])
def test_lines_above_a_caption_that_are_no_keywords_stay(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{line}\n{CAPTION}\n\n{LAST}\n", url=URL)
    assert line in cleaned.body


def test_a_name_under_the_standfirst_above_a_kept_line_stays(clean):
    cleaned = clean(f"{TITLE}\n\n{STANDFIRST}\nJeanne Kervella\n{PROSE}\n\n{LAST}\n", url=URL)
    assert "Jeanne Kervella" in cleaned.body
