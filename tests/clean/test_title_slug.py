"""Titles that only the page address reveals: a brand on a sub-domain, a headline printed
below the opening paragraph."""
import pytest

LEAD = ("Jeanne Kervella, directrice du port de Brest, mardi devant les élus : « Le trafic a doublé. "
        "Nous manquons de bras sur les quais, et les grues tournent jour et nuit. Les armateurs "
        "nous demandent déjà d'ouvrir un troisième poste à quai avant l'été prochain. »")
HEADLINE = "Jeanne Kervella (port de Brest) : « Le trafic a doublé »"
NEXT = "La directrice du port a salué le travail des dockers, ce mardi, devant le conseil régional."
URL = "https://www.radiosud.fr/Economie/Actualites/Jeanne-kervella-port-de-brest-le-trafic-a-double/12345"


def test_headline_below_the_opening_paragraph(clean):
    cleaned = clean(f"{LEAD}\n{HEADLINE}\n{NEXT}\n", url=URL)
    assert cleaned.title == HEADLINE
    assert cleaned.text.startswith(HEADLINE + "\n\n")
    assert cleaned.body.count("Le trafic a doublé") == 1          # the headline left the body
    assert cleaned.body.startswith(LEAD) and cleaned.body.endswith(NEXT)


@pytest.mark.parametrize("url", [None, "https://www.radiosud.fr/economie/article-12345.html"])
def test_no_slug_no_title(clean, url):
    cleaned = clean(f"{LEAD}\n{HEADLINE}\n{NEXT}\n", url=url)
    assert cleaned.title is None
    assert HEADLINE in cleaned.body


def test_brand_on_a_sub_domain_is_furniture(clean):
    url = "https://sportsud.radiosud.fr/rugby/xv-du-port/en-direct-les-dockers-battent-les-grutiers_LN-2023.html"
    headline = "EN DIRECT - Les dockers battent les grutiers au terme d'un match fou"
    text = (f"Sport Sud\nXV du port\nen direct\n\n{headline}\n\nplaceholder video\n"
            "Le match de rugby des dockers a tenu ses promesses samedi sur le terrain du quai ouest.\n")
    cleaned = clean(text, url=url)
    assert cleaned.title == headline
    assert cleaned.body.startswith("Le match de rugby")
