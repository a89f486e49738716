"""A date line that ends with its author, below the headline; a name-shaped tag below it."""
import pytest

from recoupe.ingest.header import is_prose

PROSE = ("Suite et fin de la 9e journée de National 3 ce samedi. Tour d'horizon des "
         "enseignements d'une soirée difficile pour les leaders.")


@pytest.mark.parametrize("line, author, published", [
    ("samedi 4 mai 2024 - 06:55 - Paul ROY", "Paul ROY", "2024-05-04"),
    ("12/03/2023 - Jeanne de Kervella", "Jeanne de Kervella", "2023-03-12"),
])
def test_date_line_ending_with_author(clean, line, author, published):
    text = f"Le résumé de la 9e journée\n\n{line}\nStade Brestois 29 National 3\n\n{PROSE}\n"
    cleaned = clean(text)
    assert (cleaned.article.author, cleaned.article.published) == (author, published)
    assert cleaned.body == PROSE


def test_date_then_a_phrase_gives_no_author(clean):
    cleaned = clean(f"Le résumé de la 9e journée\n\n12 mars 2023 - Le port rouvre enfin ses portes\n\n{PROSE}\n")
    assert cleaned.article.author is None


@pytest.mark.parametrize("line, prose", [
    ('Brest : le maire défend son projet malgré la "colère des habitants"', False),
    ("Le maire a dit qu'il défendrait son projet « jusqu'au bout ».", True),
    ("Le maire a parlé aux habitants. Il défendra son projet « jusqu'au bout »", True),
])
def test_a_quotation_closing_a_short_line_is_a_headline(line, prose):
    assert is_prose(line) is prose
