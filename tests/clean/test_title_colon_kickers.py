"""A section kicker closed by a colon before the headline the address spells is cut; a place lead
or a speaker's name before the colon belongs to the headline, as does a place named with the
adjective of its people ("Agglomération nantaise :"); a common noun opening the lead is a section."""
import pytest

BODY = "Le conseil municipal a voté mardi soir la fermeture du quai nord pour six mois de travaux.\n"
URL = "https://www.journal-sud.fr/story/le-port-ferme-ses-quais-pour-six-mois-1234"
HEADLINE = "Le port ferme ses quais pour six mois"


@pytest.mark.parametrize("kicker", ["Emploi en Bretagne :", "Vie locale :", "Travaux à Brest :", "Coupe du monde :",
                                    "Vie nantaise :"])
def test_a_section_kicker_before_a_colon_is_cut(clean, kicker):
    assert clean(f"{kicker} {HEADLINE}\n\n{BODY}", url=URL).title == HEADLINE


@pytest.mark.parametrize("lead", ["À Lyon :", "Au Luxembourg :", "En Corse du Sud :", "Jeanne Kervella :",
                                  "Ligue des Champions :", "Agglomération nantaise :", "Métropole rouennaise :",
                                  "Côte vendéenne :"])
def test_a_place_or_name_lead_before_a_colon_stays(clean, lead):
    title = f"{lead} {HEADLINE}"
    assert clean(f"{title}\n\n{BODY}", url=URL).title == title


def test_a_colon_lead_the_slug_spells_stays(clean):
    title = f"Emploi en Bretagne : {HEADLINE}"
    url = "https://www.journal-sud.fr/story/emploi-en-bretagne-le-port-ferme-ses-quais-1234"
    assert clean(f"{title}\n\n{BODY}", url=url).title == title
