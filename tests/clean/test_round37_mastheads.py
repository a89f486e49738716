"""Round 37: a site's name with its slogan, and a masthead's daily quotation box, are no headline."""
import pytest

from recoupe.clean import rules
from recoupe.clean.page import page_of

URL = "https://www.portneuf-infos.net/spip.php?article4455"
HEADLINE = "Compte rendu du conseil portuaire du mardi 3 mars 2031"
LEAD = "Le conseil portuaire de Port-Neuf a voté mardi la fermeture du quai ouest pour deux ans."


@pytest.mark.parametrize("line, masthead", [
    ("PortNeuf-Infos.net, l'actualité du port sur le net", True),
    ("Portneuf Infos | toute l'actualité de la côte", True),
    ("Port-Neuf, la ville ferme son quai ouest", False),   # a place, not the site
])
def test_a_site_name_with_its_slogan(line, masthead):
    assert page_of(URL).opens_with_site_name(line) is masthead


def test_the_headline_below_a_masthead_and_a_daily_quotation_is_the_title(clean):
    top = ("PortNeuf-Infos.net, l'actualité du port sur le net\n"
           "Citation du jour : « La mer ne rend que ce qu'on lui confie. » Un marin\n\n")
    cleaned = clean(f"{top}{HEADLINE}\n\n{LEAD}\n", url=URL)
    assert cleaned.title == HEADLINE
    assert "Citation du jour" not in cleaned.body


def test_a_sentence_about_the_day_stays():
    assert rules.noise_rule("La citation du jour revient au maire, qui a parlé du port.", "fr") is None
