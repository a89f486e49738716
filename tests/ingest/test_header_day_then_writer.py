"""A day line naming its writer or agency after 'par', with no separator, gives both."""
import pytest

from recoupe.ingest.header import parse_header

LEAD = "Le club de Montvert a fait match nul (1-1) samedi face au Stade de Rivel, lors de la 5e journée."


@pytest.mark.parametrize("line, author, published", [
    ("dimanche 18 decembre 2016 par AIP", "AIP", "2016-12-18"),
    ("mardi 3 février 2026 par Jeanne Roy", "Jeanne Roy", "2026-02-03"),
    ("4 mars 2025 par Louis de Kerval", "Louis de Kerval", "2025-03-04"),
])
def test_day_then_par_writer(line, author, published):
    header = parse_header(f"Montvert arrache le nul\n{line}\n\n{LEAD}")
    assert (header.author, header.published) == (author, published)


def test_a_sentence_with_a_day_and_par_is_no_byline():
    text = f"Montvert arrache le nul\n\nLe 3 mars 2025 par un vote serré, le conseil a dit non.\n\n{LEAD}"
    assert parse_header(text).published is None
