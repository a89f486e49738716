"""Headlines: a breadcrumb trail above them is no title; a genre or section word glued to them is a kicker."""
import pytest

from recoupe.clean.title import glued_kicker_end

BODY = ("Le port de Brest a doublé son trafic en un an, a annoncé mardi sa directrice, "
        "Jeanne Kervella, devant les élus de la région.\n\nLes dockers saluent ces chiffres.\n")
HEADLINE = "PORT DE BREST : le trafic double en un an selon la directrice"


@pytest.mark.parametrize("top", [
    "Recherche\n> Bretagne - Finistère > Bretagne - Finistère\n12/03/2024 10:09\n\n",
    "Menu\nAccueil > Régions > Finistère\n\n",
])
def test_breadcrumb_above_the_headline_is_no_title(clean, top):
    cleaned = clean(f"{top}{HEADLINE}\n\n{BODY}")
    assert cleaned.title == HEADLINE


@pytest.mark.parametrize("glued, start", [
    ("BilanBrest a rarement vu autant de navires cette année", 5),
    ("AnalyseLe port de Brest change de cap", 7),
    ("PortraitJeanne Kervella, la directrice qui relance le port", 8),
    ("YouTube supprime des vidéos du port de Brest", 0),
    ("TikTok interdit sur les téléphones du port", 0),
])
def test_genre_word_glued_to_the_headline_is_a_kicker(glued, start):
    assert glued_kicker_end(glued) == start
