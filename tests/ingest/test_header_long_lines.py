"""Header lines of thousands of spaces: the patterns that cut a date line into parts and drop its
clock time take each run of spaces whole, so such a line is answered at once instead of hanging
the ingest; the date lines they are for are still read."""
import pytest

from recoupe.ingest.header import iso_date, parse_header


@pytest.mark.parametrize("hostile", ["x" + " " * 50_000 + "y", "10h" + " " * 50_000 + "y",
                                     "Publié le" + " " * 50_000 + "z", "a ·" + " " * 50_000])
def test_a_line_of_spaces_below_the_title_dates_nothing(hostile):
    header = parse_header(f"Le port double son trafic\n\n{hostile}\n\nLe port de Brest a doublé son trafic.")
    assert header.title == "Le port double son trafic" and header.published is None


@pytest.mark.parametrize("line, published", [
    ("Publié le 3 mai 2024 · Mis à jour le 4 mai 2024", "2024-05-03"),
    ("Publié le 3 mai 2024    Lecture : 2 min", "2024-05-03"),
])
def test_date_lines_with_parts_are_still_read(line, published):
    header = parse_header(f"Le port double son trafic\n\n{line}\n\nLe port de Brest a doublé son trafic.")
    assert header.published == published


@pytest.mark.parametrize("text", ["3 mai 2024 à 10h00", "3 mai 2024, 10:12 HAE", "3 mai 2024    10 h 05   "])
def test_a_clock_time_is_still_dropped_before_the_date_is_read(text):
    assert iso_date(text) == "2024-05-03"
