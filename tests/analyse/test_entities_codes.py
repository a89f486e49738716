"""recoupe_entities: codes in capitals (a time zone after a time, a chemical formula, a fuel grade,
a fiscal quarter, a file format) are no entity."""
from __future__ import annotations

import pytest

from analyse_helpers import types_by_mention


@pytest.mark.parametrize("text, code", [
    ("Le séisme s'est produit vers 03H40 GMT au large de Valparaiso, selon l'institut chilien.", "GMT"),
    ("Le lancement est prévu jeudi à 18h15 UTC depuis Kourou, a indiqué l'agence.", "UTC"),
    ("La tempête touchera Halifax vers 22 h HNE, prévient Environnement Canada.", "HNE"),
    ("Les rejets de CO2 de l'usine de Lorient ont baissé de 8 % en un an, selon Elsa Morvan.", "CO2"),
    ("Le prix du SP98 dépasse deux euros à Rennes, tandis que le E85 reste stable.", "SP98"),
    ("Le prix du SP98 dépasse deux euros à Rennes, tandis que le E85 reste stable.", "E85"),
    ("Le chiffre d'affaires de Valmorel Industries a reculé au Q3, après un Q2 record.", "Q3"),
    ("Le rapport complet (PDF) a été publié mardi par l'université de Genève.", "PDF"),
])
def test_code_is_no_entity(parse, text, code):
    assert code not in types_by_mention(parse(text))


@pytest.mark.parametrize("text, kept, type_", [
    ("Le sommet du G20 s'ouvre à Rio, en présence de Lucas Ferrand.", "G20", "ORG"),
    ("Le lancement est prévu jeudi à 18h15 UTC depuis Kourou, a indiqué l'agence.", "Kourou", "GPE"),
])
def test_names_beside_codes_stay(parse, text, kept, type_):
    assert types_by_mention(parse(text)).get(kept) == type_
