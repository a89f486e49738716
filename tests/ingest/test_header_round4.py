"""Header fields found where the page put them (fourth sample): bylines and dates below the
standfirst or after the article, signatures, the date line glued after the headline, titles."""
import pytest

TITLE = "Le port de Brest double son trafic"
PROSE = ("Le port de Brest a doublé son trafic en un an, a annoncé mardi sa directrice, "
         "Jeanne Kervella, devant les élus de la région.")
LAST = "« Nous manquons de bras », a reconnu un docker, Yann Le Goff."


@pytest.mark.parametrize("where, line, author, published", [
    ("below", "Par Maëlle KEROUAC, le 12 mars 2024 à 00h00", "Maëlle KEROUAC", "2024-03-12"),
    ("end", "publié le 7 octobre 2023 à 18h20 mis à jour le 7 octobre 2023 à 19h05", None, "2023-10-07"),
    ("below", "Le 23/09/2022 à 14h12, mis à jour le 23/09/2022 à 15h40", None, "2022-09-23"),
    ("end", "Maëlle Kerouac, avec AFP", "Maëlle Kerouac", None),
    ("end", "- P.-Y. LE DU pyledu@radiosud.fr", "P.-Y. LE DU", None),
    ("lead", "La Presse Canadienne", "La Presse Canadienne", None),
    ("end", "AFP", None, None),                 # an agency at the end is a source tag, no byline
])
def test_fields_from_lines_clean_removes(clean, where, line, author, published):
    text = {"below": f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{LAST}\n",
            "end": f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{line}\n",
            "lead": f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{LAST}\n"}[where]
    cleaned = clean(text)
    assert (cleaned.article.author, cleaned.article.published) == (author, published)
    assert line.strip() not in cleaned.body


def test_header_date_refined_and_never_replaced(clean):
    text = f"date 2024-03 {TITLE}\n\n{PROSE}\n\npublié le 9 mars 2024 à 10h00\n\n{LAST}\n\nPublié le 2 mai 2021\n"
    assert clean(text).article.published == "2024-03-09"
    other = f"date 2024-03 {TITLE}\n\n{PROSE}\n\nPublié le 2 mai 2021\n\n{LAST}\n"
    assert clean(other).article.published == "2024-03"


@pytest.mark.parametrize("suffix", ["Publié le jeudi 18 fevrier 2021 | AFP", "Mis à jour le 19/02/2021 à 08h37"])
def test_headline_repeated_with_its_date_line(clean, suffix):
    cleaned = clean(f"{TITLE} - radiosud.fr\n\n{TITLE} {suffix}\n\n{PROSE}\n")
    assert cleaned.title == TITLE and cleaned.body == PROSE
    assert cleaned.article.published.startswith("2021-02")


@pytest.mark.parametrize("first, is_title", [
    ('"Hors de question de vendre la criée de Douarnenez, ni aucune autre halle de la côte!"', False),
    ("« Nous ne lâcherons rien, ni les quais ni les grues, ni cet hiver ni jamais. »", False),
    ('Brest : « Nous ne lâcherons rien », promet la directrice du port', True),
    ('"Nous ne lâcherons rien !"', True),
])
def test_opening_quotation_is_no_title(clean, first, is_title):
    cleaned = clean(f"{first}\n{PROSE}\n")
    assert (cleaned.title == first) is is_title
    assert (first in cleaned.body) is not is_title
