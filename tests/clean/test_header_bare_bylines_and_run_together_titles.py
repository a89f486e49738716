"""Header of a seventh sample: a name alone as the byline, a role after it, a headline run
together with its kicker and standfirst, a date line signed by the newsroom, a lower-case alt text."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.ingest.header import parse_header


@pytest.mark.parametrize("header", [
    "Jeanne Le Du\n\nRadio Sud",          # the name, then the site's name
    "Paul-Marie Kervella\n\n—",           # the name, then a rule
    "Anne Roy-Berger\n\nRadio Sud\n\n",
])
def test_name_alone_next_to_header_furniture_is_the_byline(clean, header):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{header}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
    assert cleaned.article.author == header.split("\n")[0]


def test_name_alone_far_from_header_furniture_stays(clean):
    text = f"{TITLE}\n\n{PROSE}\n\nYann Le Goff\n\n{LAST}\n"
    assert "Yann Le Goff" in clean(text, url=URL).body


@pytest.mark.parametrize("role", ["Correspondante à Bruxelles", "Journaliste", "Envoyé spécial à Kiev"])
def test_byline_with_role_after_the_standfirst(clean, role):
    standfirst = "Le port double son trafic. Voici comment il y est parvenu."
    cleaned = clean(f"{TITLE}\n\n{standfirst} Jeanne Roy {role}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{standfirst}\n\n{PROSE}\n\n{LAST}"
    assert cleaned.article.author == "Jeanne Roy"


# round 37: a topic of several words before a spaced dash is the headline's own ("Record à l'export – ")
@pytest.mark.parametrize("kicker, kept", [("", ""), ("Record à l'export – ", "Record à l'export – "),
                                          ("Économie : ", ""), ("Économie – ", "")])
def test_headline_run_together_with_kicker_and_standfirst(clean, kicker, kept):
    standfirst = "Le trafic a doublé en un an. Voici pourquoi. Jeanne Roy Correspondante à Brest"
    cleaned = clean(f"{kicker}{TITLE} {standfirst}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.title == kept + TITLE
    assert cleaned.body == f"Le trafic a doublé en un an. Voici pourquoi.\n\n{PROSE}\n\n{LAST}"


def test_date_line_signed_by_the_newsroom(clean):
    cleaned = clean(f"Actualité\n\n{TITLE}\n\n12.03.2024 07h40 Rédaction\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.article.published == "2024-03-12" and cleaned.article.author is None
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_date_line_after_the_date_marker_states_the_day():
    header = parse_header(f" date 2019-03 publié le 28/02/2019 à 08:21\n\n{PROSE}\n")
    assert header.published == "2019-02-28" and header.title is None


@pytest.mark.parametrize("alt", ["vue du port de brest", "grue au quai ouest"])
def test_lower_case_alt_text_is_no_title(clean, alt):
    cleaned = clean(f"{alt}\n\n© Jeanne Roy – Agence\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.title is None
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_camel_case_brand_opens_a_headline():
    header = parse_header(f"iPhone : le port de Brest teste le paiement mobile\n\n{PROSE}\n")
    assert header.title == "iPhone : le port de Brest teste le paiement mobile"
