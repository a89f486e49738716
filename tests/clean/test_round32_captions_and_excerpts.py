"""Round 32: wire photo captions closed by their credit chain (French or English copy), a stock
library's credit after a caption, a teaser of the lead cut short by an ellipsis above the lead."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules


@pytest.mark.parametrize("line", [
    "A docker walks past containers in Brest, France, March 3, 2025. AGENCE/Jeanne Kervella",
    "People queue at the ferry terminal in Roscoff, France, May 2, 2025. AGENCE/Paul Le Goff/File Photo",
    "Des dockers devant le quai ouest. /Photo d'archives/AGENCE/Yann Le Goff",
    "Cranes at the port of Brest, France, January 12, 2025. Port Authority of Brest/Handout via AGENCE",
    "Les quais du port de Brest en hiver.  -  Fotolia",
    "Les quais du port de Brest en hiver. - Getty Images / Paul Roy",
    "The mayor speaks in Brest, France, May 3, 2025. City of Brest/Handout via AGENCE ATTENTION EDITORS - THIS IMAGE "
    "HAS BEEN SUPPLIED BY A THIRD PARTY.",
])
def test_credited_wire_and_stock_captions_are_noise(line):
    assert rules.noise_rule(line, "fr") == "caption"


@pytest.mark.parametrize("line", [
    "Le port a signé une convention avec la SNCF/RFF lundi, a indiqué sa directrice.",
    "Le docker a rejoint le port en 2019. Il a été formé via Erasmus",
    "Les quais ont été rénovés. - Brest",
])
def test_sentences_with_slashes_via_and_dashes_stay(line):
    assert rules.noise_rule(line, "fr") is None


def test_teaser_of_the_lead_cut_short_goes_the_lead_stays(clean):
    teaser = "BREST - " + PROSE[:PROSE.index("directrice")] + "direc..."
    cleaned = clean(f"{TITLE}\n\n{teaser}\n\nBREST (Reuters) - {PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_a_line_ending_with_an_ellipsis_that_copies_nothing_stays(clean):
    hesitation = "Le maire a hésité longuement devant les élus du conseil municipal réunis mardi soir au port..."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{hesitation}\n\n{LAST}\n", url=URL)
    assert hesitation in cleaned.body
