"""Date lines right below the title give the publication date, whatever their separators."""
import pytest

from recoupe.ingest.header import iso_date, parse_header

TITLE = "Le port de Brest double son trafic"
BODY = "Le port de Brest a doublé son trafic en un an."


@pytest.mark.parametrize("line, published", [
    ("Publié le 18/03/2024 à 09h30 - Mis à jour le 18/03/2024 à 11h05", "2024-03-18"),
    ("21/09/2023 mis à jour: 11:05", "2023-09-21"),
    ("mardi 14.03.2006, 07:41", "2006-03-14"),
    ("04/05/2022", "2022-05-04"),
])
def test_date_line_below_the_title(line, published):
    text = f"{TITLE}\n\n{line}\n\n{BODY}"
    header = parse_header(text)
    assert (header.title, header.published) == (TITLE, published)
    assert text[header.body_start:] == BODY


@pytest.mark.parametrize("line", [
    "Le 18/03/2024, le port a rouvert ses quais.",
    "18/03/2024 : le port rouvre, selon la capitainerie",
])
def test_a_sentence_with_a_date_is_body(line):
    text = f"{TITLE}\n\n{line}\n\n{BODY}"
    header = parse_header(text)
    assert header.published is None
    assert text[header.body_start:].startswith(line)


@pytest.mark.parametrize("furniture", [
    "ÉCONOMIE\n\n{title}\n\nPar Jeanne Roy\nPublié le 12 juin 2025 à 07h15 · Mis à jour le 12 juin 2025 à 09h40\nLecture 2 min",
    "Vie locale\n{title}\nRéservé aux abonnés\nPar Jeanne Roy\n\nLe 12 juin 2025 à 8:45",
    "{title}\nPartager\nPar Jeanne Roy\n12 juin 2025 18:32 UTC · Mis à jour il y a 2 heures",
])
def test_byline_and_date_below_page_furniture(furniture):
    header = parse_header(furniture.format(title=TITLE) + f"\n\n{BODY}\n")
    assert (header.author, header.published) == ("Jeanne Roy", "2025-06-12")


def test_no_date_taken_from_the_prose():
    text = f"ÉCONOMIE\n\n{TITLE}\n\nLe port a rouvert le 12 juin 2025 après des travaux.\n\nLe 13 juin 2025\n"
    assert parse_header(text).published is None


@pytest.mark.parametrize("text, iso", [
    ("06 févr. 09", "2009-02-06"),      # a wire dateline's abbreviated month and two-digit year
    ("1er mars 99", "1999-03-01"),      # of the last century above 70
    ("3 mai 10 h 12", None),            # a time of day, no year
    ("3 mai 10:12", None),
])
def test_two_digit_year_after_a_month_name(text, iso):
    assert iso_date(text) == iso
