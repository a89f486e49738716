"""A machine timestamp under the byline dates the article; the newsroom signing as a whole, an
agency with the editor's initials, a credit set as a list item, a portrait label, and the
headings that open a block of other articles' headlines are furniture."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL


@pytest.mark.parametrize("stamp, published", [
    ("2024-03-05T06:00:00Z", "2024-03-05"),
    ("2023-11-30T18:45:12.000+01:00", "2023-11-30"),
    ("2022-07-01T09:30", "2022-07-01"),
])
def test_a_timestamp_under_the_byline_dates_the_article(clean, stamp, published):
    text = f"{TITLE}\n\nPartager\nPhoto portrait de Lucie Marchal\n\nLucie Marchal\n\n{stamp}\n\n{PROSE}\n\n{LAST}\n"
    cleaned = clean(text, url=URL)
    assert cleaned.article.published == published
    assert stamp not in cleaned.text and "Photo portrait" not in cleaned.text and PROSE in cleaned.text


@pytest.mark.parametrize("line", [
    "Par La rédaction", "Par la rédaction de Radio Sud", "Par notre rédaction web",
    "  • Reportage de Lucie Marchal et Hervé Kerdraon", "ats/jd", "afp / pr",
])
def test_newsroom_and_listed_credits_are_removed(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{line}\n", url=URL)
    assert line.strip() not in cleaned.text and LAST in cleaned.text


@pytest.mark.parametrize("heading", ["AUTRES INFOS", "Lisez encore", "Autres actualités", "Lisez aussi :"])
def test_a_heading_of_other_headlines_closes_the_article(clean, heading):
    teasers = ("Football : les Lions battent le Bénin en match amical\n\n"
               "Musique : le nouvel album d'une chanteuse de Thiès fait sensation\n\n"
               "La chronique économique du mardi 4 mars 2024")
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{heading}\n\n{teasers}\n", url=URL)
    assert LAST in cleaned.text and "Lions" not in cleaned.text and "chronique" not in cleaned.text


def test_prose_naming_the_newsroom_stays(clean):
    sentence = "Par la rédaction de ce journal, la nouvelle a été accueillie avec prudence mardi soir."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{sentence}\n\n{LAST}\n", url=URL)
    assert sentence in cleaned.text
