"""Header of plain-text articles: title line, byline, date line and date prefix."""
import pytest

from recoupe.ingest import read_text

BODY = "Le port a rouvert jeudi après deux jours de fermeture, a annoncé la capitainerie."


@pytest.mark.parametrize("text, title", [
    (f"Le port de Constanța rouvert après une alerte\n\n{BODY}", "Le port de Constanța rouvert après une alerte"),
    (f"  Alerte levée à Constanța ?\n{BODY}", "Alerte levée à Constanța ?"),
    (f"{BODY}\n\nLa marine roumaine a indiqué que les patrouilles continuaient.", None),
    ("Un titre seul sans rien après", None),
])
def test_title_is_a_first_line_that_looks_like_one(text, title):
    article = read_text("a.txt", text)
    assert article.title == title
    if title:
        start, end = article.title_span
        assert text[start:end] == title
        assert text[article.body_start:].startswith(BODY)
    else:
        assert article.title_span is None


@pytest.mark.parametrize("byline, author, published", [
    ("Par: Marie Ledoux | 07.11.2023, 18:05", "Marie Ledoux", "2023-11-07"),
    ("Par Jonas Weber, le 3 mars 2023", "Jonas Weber", "2023-03-03"),
    ("Publié le 12/05/2021 à 10h", None, "2021-05-12"),
    ("Publié le 12/05/2021 à 10h, mis à jour à 14h30", None, "2021-05-12"),
    ("Publié le 3 avril 2024 | Par Léa Morin", "Léa Morin", "2024-04-03"),
    ("2024-02", None, "2024-02"),
])
def test_byline_gives_author_and_date_never_body_text(byline, author, published):
    text = f"Le port de Constanța rouvert après une alerte\n\n{byline}\n{BODY}"
    article = read_text("a.txt", text)
    assert (article.author, article.published) == (author, published)
    assert article.original[article.body_start:] == BODY


@pytest.mark.parametrize("text, published", [
    (f" date 2023-10 {BODY}", "2023-10"),
    (f"date 2023-10-04\n\n{BODY}", "2023-10-04"),
])
def test_date_prefix_is_header_not_body(text, published):
    article = read_text("a.txt", text)
    assert article.published == published
    assert article.title is None
    assert article.original[article.body_start:] == BODY


@pytest.mark.parametrize("text", [
    f"Un accord signé à Ankara\n\n{BODY} Le 12 mars 2022, un premier accord avait échoué.",
    f"Un accord signé à Ankara\n\nPar ailleurs, le 12 mars 2022, les discussions avaient échoué.\n{BODY}",
])
def test_a_date_in_the_body_is_not_the_publication_date(text):
    article = read_text("a.txt", text)
    assert article.published is None
    assert article.author is None


def test_given_title_spans_its_repetition_as_first_line():
    text = f"Alerte levée à Constanța\n\n{BODY}"
    article = read_text("a.txt", text, title="Alerte levée à  Constanța", published="2024-01-02")
    assert article.title_span == (0, len("Alerte levée à Constanța"))
    assert article.published == "2024-01-02"
    other = read_text("b.txt", BODY, title="Un autre titre")
    assert (other.title, other.title_span, other.body_start) == ("Un autre titre", None, 0)


@pytest.mark.parametrize("given, published", [
    ("2024-04-11T10:05:00Z", "2024-04-11"),
    ("2024-04", "2024-04"),
    ("2024", "2024"),
])
def test_given_publication_date_is_kept_at_its_precision(given, published):
    assert read_text("a.txt", BODY, published=given).published == published
