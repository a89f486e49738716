"""Round 37: a wire's byline (one or several reporters) glued before its agency dateline goes with it."""
import pytest

from recoupe.clean import rules

LEAD = "Le conseil portuaire a voté mardi la fermeture du quai ouest pour deux ans."


@pytest.mark.parametrize("furniture", [
    "par Jeanne Roy et Paul Le Goff PORT-NEUF, 3 mars (Reuters) - ",
    "Par Anne Vidal BREST (AFP) - ",
    "par Yann Kerlo, Marie Tanguy et Luc Morvan LORIENT, 12 juin (Reuters) - ",
])
def test_a_byline_before_an_agency_dateline_goes(furniture):
    line = furniture + LEAD
    assert line[rules.leading_noise(line, "fr", first=True, top=True):] == LEAD


@pytest.mark.parametrize("line", [
    "Par ailleurs BREST (AFP) - a relayé la nouvelle.",            # no name after 'par'
    "par Jeanne Roy et Paul Le Goff, élus du port, a été voté mardi.",   # no dateline follows
])
def test_prose_opening_with_par_stays(line):
    assert rules.leading_noise(line, "fr", first=True, top=True) is None


@pytest.mark.parametrize("line", ["Source: AFP.", "Sources : Reuters, Belga."])
def test_a_source_line_closed_by_a_stop_is_a_credit(line):
    assert rules.noise_rule(line, "fr") == "credit"


def test_a_sentence_after_source_stays():
    assert rules.noise_rule("Source : le port a fermé. Il rouvrira lundi.", "fr") is None


@pytest.mark.parametrize("line", ["Le quai ouest de Port-Neuf sous la neige. (Image d'archives) ats",
                                  "Des dockers devant le hangar 4. (Photo d'illustration) Keystone-SDA"])
def test_an_archive_picture_caption_signed_by_a_wire_in_lower_case_goes(line):
    assert rules.noise_rule(line, "fr") == "caption"
