"""recoupe_figures: partitives and compound number words on invented passages."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, span, value, unit", [
    ("L'équipe a perdu trois de ses défenseurs avant la finale.", "trois de ses défenseurs", 3, "personne"),
    ("La marine a retiré deux de ces frégates du service.", "deux de ces frégates", 2, "frégate"),
    ("Sept des 12 ambulances sont en panne.", "Sept des 12 ambulances", 7, "ambulance"),
    ("Le réseau ferme 1 200 de ses agences.", "1 200 de ses agences", 1200, "agence"),
    ("Trente-deux pompiers sont intervenus.", "Trente-deux pompiers", 32, "personne"),
    ("Quarante-deux avions-cargos ont atterri.", "Quarante-deux avions-cargos", 42, "avion-cargo"),
])
def test_counts_the_noun_after_the_partitive_or_compound(parse, text, span, value, unit):
    figures = parse(text)._.figures
    assert [(f.span.text, f.value, f.unit) for f in figures] == [(span, value, unit)]


def test_de_before_no_determiner_is_no_partitive(parse):
    # 'deux de plus' compares; only 'de' + a possessive or demonstrative opens a partitive
    spans = [f.span.text for f in parse("Le maire a reçu deux lettres de plus que prévu.")._.figures]
    assert spans == ["deux lettres"]
