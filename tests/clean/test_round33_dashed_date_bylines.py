"""Round 33: a byline closing the article with its day written in figures joined by dashes
("15-05-2014 - Par Jeanne Roy") dates the article and names its writer."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.ingest.header import header_fields


@pytest.mark.parametrize("line, fields", [
    ("15-05-2014 - Par Claire Monnier", ("Claire Monnier", "2014-05-15")),
    ("3-4-2021 | Par Anne Lo", ("Anne Lo", "2021-04-03")),
    ("15-05 - Par Claire Monnier", None),      # no year: no date line
])
def test_a_dashed_date_before_the_writer(line, fields):
    assert header_fields(line, "fr") == fields


def test_the_closing_byline_dates_the_page(clean):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\nPaul Durand\n15-05-2014 - Par Claire Monnier\n", url=URL)
    assert cleaned.article.published == "2014-05-15" and cleaned.article.author == "Claire Monnier"
    assert "Claire Monnier" not in cleaned.body
