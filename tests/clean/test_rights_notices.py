"""Rights notices ("Tous droits réservés", an agency's reproduction terms) are credits, however
long the legal text that follows them; prose that merely mentions rights stays."""
import pytest

from recoupe.clean import rules

_TERMS = ("Les contenus (textes, images, sons) de ce site relèvent du droit d'auteur et ne peuvent "
          "être copiés sans accord écrit de l'éditeur. " * 6)


@pytest.mark.parametrize("line", [
    "Tous droits réservés",
    "Tous droits réservés ",
    "Tous droits réservés.",
    "Tous droits de reproduction réservés.",
    "Tous droits de diffusion et de reproduction réservés. © 2025 - Agence Nordpresse.",
    "Tous droits de diffusion et de traduction réservés.© 2025 - Agence Nordpresse. " + _TERMS,
    "Tous droits de reproduction, de traduction et d'adaptation réservés pour tous pays",
    "Droits réservés.",
    "Copyright © 2025 Radio Sud. Tous droits réservés.",
    "© 2025 Le Courrier de Lorient. Tous droits réservés",
    "Reproduction interdite sans autorisation écrite de la rédaction.",
    "Toute reproduction, même partielle, est interdite.",
    "Toute reproduction totale ou partielle est strictement interdite sans accord préalable. " + _TERMS,
])
def test_rights_notice_is_a_credit(line):
    assert rules.noise_rule(line, "fr") == "credit"


@pytest.mark.parametrize("line", [
    "Tous droits acquis par les salariés seront maintenus, a assuré la direction lundi à Rennes.",
    "Droits réservés aux seuls adhérents : le syndicat conteste la décision du conseil municipal.",
    "Les droits de reproduction sont réservés à l'éditeur, rappelle l'avocate de l'autrice.",
    "La reproduction de ce tableau a été interdite par le musée de Lille en 2019, selon la famille.",
    "Reproduire ces images était interdit jusqu'en 2020, a rappelé le tribunal de Nantes.",
])
def test_prose_about_rights_is_kept(line):
    assert rules.noise_rule(line, "fr") is None
