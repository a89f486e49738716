"""The headline below page furniture: site name, section, slogan, menu above it."""
import pytest

BODY = ("Le port de Brest a doublé son trafic en un an, a annoncé mardi sa directrice, "
        "Jeanne Kervella, devant les élus de la région.\n\nLes dockers saluent ces chiffres.\n")
URL = "https://www.lejournal-du-sud.fr/economie/le-port-de-brest-double-son-trafic_1234.html"
HEADLINE = "Le port de Brest double son trafic"


@pytest.mark.parametrize("above", [
    "LE JOURNAL DU SUD",                                # the site's name (domain)
    "Le Monde",                                         # a known outlet
    "Economie",                                         # a section of the address
    "Des nouvelles du Sud en cinq langues",             # a slogan: the slug decides
    "Retour\nBretagne Normandie Occitanie Provence Corse\n  • Toute la France\n  • Bretagne\nChanger de région",
])
def test_headline_found_below_furniture(clean, above):
    cleaned = clean(f"{above}\n\n{HEADLINE}\n\n{BODY}", url=URL)
    assert cleaned.title == HEADLINE
    assert cleaned.body.startswith("Le port de Brest a doublé")
    assert cleaned.text == HEADLINE + "\n\n" + cleaned.body
    assert all(piece not in cleaned.text for piece in ("JOURNAL", "Changer", "Economie\n", "langues"))


def test_site_name_then_section_labels_without_address(clean):
    cleaned = clean(f"Le Monde\nEn direct\n\n{HEADLINE}\n\n{BODY}")
    assert cleaned.title == HEADLINE
    assert cleaned.body.startswith("Le port de Brest a doublé")


@pytest.mark.parametrize("first", [
    HEADLINE,                                           # already the headline
    "Brest : les dockers à la fête",                    # a headline the slug does not spell
])
def test_a_real_headline_is_kept(clean, first):
    cleaned = clean(f"{first}\n\nLes chiffres du trimestre\n\n{BODY}", url=URL)
    assert cleaned.title == first
    assert cleaned.body.startswith("Les chiffres du trimestre")


def test_no_headline_below_prose(clean):
    """A line below the first sentence of prose is never taken for the headline."""
    cleaned = clean(f"Le Monde\n\n{BODY}\n{HEADLINE}\n", url=URL)
    assert cleaned.title is None
    assert cleaned.text == cleaned.body and cleaned.body.startswith("Le port de Brest a doublé")
    assert HEADLINE in cleaned.body


def test_no_headline_below_the_date_line(clean):
    """Short lines after the date line are tags: with a caption first, the page has no title."""
    caption = "Des grues sur le quai ouest de Brest. - © Paul Roy / Agence"
    cleaned = clean(f"{caption}\n{caption}\n3 mars 2024 à 10h12\nMer et littoral\n{BODY}", url=URL)
    assert cleaned.title is None
    assert cleaned.body.startswith("Le port de Brest a doublé")


def test_headline_in_capitals_is_kept(clean):
    cleaned = clean(f"LE PORT DE BREST DOUBLE SON TRAFIC\n\n{BODY}")
    assert cleaned.title == "LE PORT DE BREST DOUBLE SON TRAFIC"


@pytest.mark.parametrize("kicker", ["VIE LOCALE", "Ports et littoral", "MER - PÊCHE ET PORTS"])
def test_section_kicker_above_the_headline(clean, kicker):
    cleaned = clean(f"{kicker}\n{HEADLINE} en un an\n\n3 mars 2024 à 10h12\n\n{BODY}")
    assert cleaned.title == HEADLINE + " en un an"
    assert cleaned.body.startswith("Le port de Brest a doublé")


def test_short_title_above_a_wrapped_sentence_is_kept(clean):
    cleaned = clean("Trêve au port\n\nLe port de Brest a doublé son trafic en un an\nselon sa directrice.\n")
    assert cleaned.title == "Trêve au port"
