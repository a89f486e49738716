"""The date an article states outside its header: the agency dateline opening its lead, an
agency credit carrying the date, 'Article paru le …', 'Publié le … |'."""
import pytest

from brest_page import LAST, TITLE, URL

LEAD = "Le port de Brest a doublé son trafic en un an, a annoncé sa directrice devant les élus."


@pytest.mark.parametrize("dateline, given, published", [
    ("Brest, 3 mars 2021 (AFP) - ", None, "2021-03-03"),
    ("BREST, 14 févr. 2019 (Reuters) - ", None, "2019-02-14"),
    ("3 mars (Reuters) - ", "2021-03", "2021-03-03"),       # the day refines the month read so far
    ("3 mars (Reuters) - ", None, None),                     # no year, nothing to refine
    ("3 mars (Reuters) - ", "2021-04", "2021-04"),           # another month: no refinement
])
def test_the_dateline_opening_the_lead_dates_the_article(clean, dateline, given, published):
    text = f"{TITLE}\n\n{dateline}{LEAD}\n\n{LAST}\n"
    cleaned = clean(text, url=URL, **({"published": given} if given else {}))
    assert cleaned.article.published == published


@pytest.mark.parametrize("line, published", [
    ("(©AFP / 12 mars 2018 09h41)", "2018-03-12"),
    ("Article paru le 9 juin 2016", "2016-06-09"),
    ("Publié le mardi 7 novembre 2017 |", "2017-11-07"),
])
def test_a_dated_line_under_the_title_dates_the_article(clean, line, published):
    cleaned = clean(f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{LAST}\n", url=URL)
    assert cleaned.article.published == published and line not in cleaned.text
