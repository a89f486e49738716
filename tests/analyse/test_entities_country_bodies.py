"""recoupe_entities: a state body named by its country adjective ("l'état-major letton", "l'Etat-major
des armées tchadiennes", "l'administration présidentielle géorgienne") is an organisation; "l'État
letton" is the country, not a body."""
from __future__ import annotations

import pytest


def _orgs(doc):
    return {e.name: [m.span.text for m in e.mentions] for e in doc._.entities if e.type == "ORG"}


@pytest.mark.parametrize("text, name, mention", [
    ("Selon l'état-major letton, la colonne blindée a franchi la rivière lundi.",
     "État-major letton", "état-major letton"),
    ("Deux camions ont explosé devant le dépôt, a indiqué l’Etat-major des armées tchadiennes, sans autre détail.",
     "État-major des armées tchadiennes", "Etat-major des armées tchadiennes"),
    ("Un porte-parole de l'administration présidentielle géorgienne a démenti toute négociation.",
     "Administration présidentielle géorgienne", "administration présidentielle géorgienne"),
])
def test_country_adjective_names_a_body(parse, text, name, mention):
    assert mention in _orgs(parse(text)).get(name, [])


def test_the_state_itself_is_no_body(parse):
    orgs = _orgs(parse("L'État letton a promis de rembourser ses créanciers avant l'hiver."))
    assert not any(name.startswith("État") for name in orgs)
