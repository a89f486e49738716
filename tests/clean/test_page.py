"""What the page address tells: site name, sections, headline slug."""
import pytest

from recoupe.clean.page import page_of

URL = "https://www.lejournal-du-sud.fr/economie/ports/le-port-de-brest-double-son-trafic_1234.html"


def test_site_sections_and_slug():
    page = page_of(URL)
    assert page.site == "lejournaldusud"
    assert {"economie", "ports"} <= page.sections
    assert page.slug == ("le", "port", "de", "brest", "double", "son", "trafic")


@pytest.mark.parametrize("line, site", [
    ("LE JOURNAL DU SUD", True), ("Journal du Sud", True), ("Le Journal du Sud (édition Brest)", True),
    ("Le Monde", True), ("Le port de Brest", False), ("Sud", False),
])
def test_site_name_lines(line, site):
    assert page_of(URL).is_site_name(line) is site


def test_slug_twice_encoded_and_scored():
    page = page_of("https://info.example.ch/br%25C3%25A8ves/d%25C3%25A9bat-urgent-sur-le-franc/123")
    assert page.slug == ("debat", "urgent", "sur", "le", "franc")
    assert page.slug_score("Débat urgent sur le franc: le Conseil tient bon") == 1.0
    assert page.slug_score("Des nouvelles du monde en dix langues") == 0.0


@pytest.mark.parametrize("name", ["passage.txt", "<stdin>", None])
def test_no_address_no_page(name):
    page = page_of(name)
    assert (page.site, page.sections, page.slug) == ("", frozenset(), ())
    assert not page.is_site_name("Port")
