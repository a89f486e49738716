"""Round 32: a headline the page's excerpt cut short (its last word glued to an ellipsis) is still the
title; a date field labelled with a colon, with its update and its author, is the header's date line."""
import pytest

from recoupe.ingest.header import parse_header

BODY = "Le port de Brest a doublé son trafic en un an, a annoncé mardi sa directrice devant les élus."


@pytest.mark.parametrize("headline", [
    "Brest : le port double son trafic après l'accord signé par les dockers...",
    "Grève des dockers : la direction promet « des mesures » pour le port de commerce…",
])
def test_headline_cut_short_is_the_title(headline):
    header = parse_header(f"{headline}\n\n{BODY}\n")
    assert header.title == headline


@pytest.mark.parametrize("first", [
    "Le port a doublé son trafic. Les dockers attendent désormais...",   # two sentences: a lead
    "Le port a doublé son trafic...\nselon sa directrice, qui l'a dit mardi devant les élus.",   # runs on
    "Le port de Brest a doublé son trafic . . .",   # no word glued to the dots
])
def test_cut_lead_sentences_are_no_title(first):
    assert parse_header(f"{first}\n\n{BODY}\n").title is None


def test_colon_labelled_date_with_update_and_author():
    line = "Publié : 3 mai 2024 à 10h12 - Modifié : 3 mai 2024 à 18h05 par Jeanne ROY"
    header = parse_header(f"Le port de Brest double son trafic\n\n{line}\n\n{BODY}\n")
    assert (header.published, header.author) == ("2024-05-03", "Jeanne ROY")
