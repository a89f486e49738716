"""A byline that opens with the writer's name, then the day and a reading time, gives both."""
import pytest

from recoupe.ingest.header import parse_header

LEAD = "La médiathèque de Quimperlé rouvre ses portes après huit mois de travaux, a annoncé la mairie."


@pytest.mark.parametrize("byline, author, published", [
    ("Solène Kerhervé - 3 mai 2024 à 10:12 - Temps de lecture : 2 min", "Solène Kerhervé", "2024-05-03"),
    ("Yann Le Bihan | 14/11/2025 - Lecture : 4 minutes", "Yann Le Bihan", "2025-11-14"),
    ("Marie de Kerguen - le 2 février 2026", "Marie de Kerguen", "2026-02-02"),
])
def test_writer_then_day_then_reading_time(byline, author, published):
    header = parse_header(f"La médiathèque rouvre ses portes\n{byline}\n\n{LEAD}")
    assert (header.author, header.published) == (author, published)


def test_a_sentence_opening_with_a_name_and_a_date_is_no_byline():
    text = f"La médiathèque rouvre ses portes\n\nSolène Kerhervé a signé le 3 mai 2024 le nouveau bail.\n\n{LEAD}"
    assert parse_header(text).author is None
