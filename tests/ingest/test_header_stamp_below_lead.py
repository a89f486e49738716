"""A page that prints its lead paragraph (and a photo caption) above its 'Publié le …' stamp is
still dated by the stamp; a reading time on the stamp's line is cut off; a date in the prose
never dates the page."""
import pytest

from recoupe.ingest.header import parse_header

LEAD = "Le port de Brest a doublé son trafic en un an, selon la chambre de commerce."
CAPTION = "Des grues sur le quai ouest, à Brest, le 2 mars 2024. © Paul Roy/Agence Ouest"


@pytest.mark.parametrize("stamp, published", [
    ("Publié le 14 octobre 2025 Lecture : 3 minutes.", "2025-10-14"),
    ("Mis à jour le 03/05/2024 à 10h00", "2024-05-03"),
    ("Publié le 12 février 2024 Temps de lecture : 3 min", "2024-02-12"),
])
def test_a_stamp_below_the_lead_dates_the_page(stamp, published):
    header = parse_header(f"{LEAD}\n\n{CAPTION}\n{stamp}\nLe trafic a surtout crû sur les conteneurs.")
    assert header.published == published


def test_a_reading_time_after_a_stamp_below_the_title():
    header = parse_header(f"Le port double son trafic\n\nPublié le 14 octobre 2025 Lecture : 3 minutes.\n\n{LEAD}")
    assert header.published == "2025-10-14"


def test_prose_opening_like_a_stamp_does_not_date_the_page():
    text = f"{LEAD}\n\n{CAPTION}\nPublié le 14 octobre 2025, le rapport de la chambre a surpris les dockers."
    assert parse_header(text).published is None


def test_a_stamp_far_into_the_article_does_not_date_it():
    lines = "\n".join(f"Le quai numéro {i} a reçu {i} navires de plus cette année." for i in range(14))
    assert parse_header(f"{lines}\nPublié le 14 octobre 2025").published is None
