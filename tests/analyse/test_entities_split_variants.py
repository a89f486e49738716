"""recoupe_entities: one name written two ways is one entity — a title with its article, an
acronym cut by a hyphen or spelling a name the finder cut short, a road with and without its noun."""
from __future__ import annotations

import pytest


def _holding(doc, form):
    """The entities that have a mention written ``form``."""
    return [e for e in doc._.entities if form in {m.span.text for m in e.mentions}]


@pytest.mark.parametrize("text, forms", [
    # a capitalised article before a known or repeated title
    ("Le ministre a répondu aux questions des lecteurs dans Le JDD dimanche.", ("Le JDD",)),
    ("Selon la chaîne Radio Lumière, le quotidien The Harbour Tribune a enquêté. Les articles du "
     "Harbour Tribune ont été repris partout.", ("The Harbour Tribune", "Harbour Tribune")),
    # an acronym cut by a hyphen, in brackets after the name
    ("Le directeur général de l'Assistance publique-Hôpitaux de Marseille (AP-HM) quitte son poste. "
     "L'AP-HM cherche un successeur.", ("Assistance publique-Hôpitaux de Marseille", "AP-HM")),
    # the acronym in brackets spells the whole name the finder cut before its complement
    ("Le Comité de suivi sur le logement (CSL) publie un avis. Le CSL réclame des fonds.",
     ("Comité de suivi sur le logement", "CSL")),
    # a road named with and without its noun
    ("Un camion s'est renversé sur l'autoroute E19 vers minuit. L'E19 reste fermée vers Mons.",
     ("autoroute E19", "E19")),
    # the statistics office by its acronym and its long name
    ("L'Insee a publié jeudi ses chiffres du chômage. Pour l'Institut national de la statistique, "
     "la baisse se poursuit.", ("Insee", "Institut national de la statistique")),
])
def test_one_entity_for_both_forms(parse, text, forms):
    doc = parse(text)
    holders = [_holding(doc, form) for form in forms]
    assert all(len(h) == 1 for h in holders), [(e.name, [m.span.text for m in e.mentions]) for e in doc._.entities]
    assert len({h[0].id for h in holders}) == 1


@pytest.mark.parametrize("text, code, place", [
    # a road number in brackets is no acronym of the street before it
    ("L'accident a eu lieu sur la chaussée de Liège (N63), à hauteur de Tinlot.", "N63", "chaussée de Liège"),
])
def test_a_road_number_is_not_the_street_acronym(parse, text, code, place):
    doc = parse(text)
    assert not any(m.span.text == code for e in doc._.entities for m in e.mentions if e.name == place)
