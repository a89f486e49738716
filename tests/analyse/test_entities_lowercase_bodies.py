"""recoupe_entities: a lowercase head noun and the name straight after it are one named body or
place ("commissariat Vauban", "zone de secours Hesbaye", "baie Moreau", "canal Nantes-Brest")."""
from __future__ import annotations

import pytest

from analyse_helpers import types_by_name


@pytest.mark.parametrize("text, name, type_", [
    ("Le suspect a été conduit au commissariat Vauban pour y être entendu.", "commissariat Vauban", "ORG"),
    ("Le décès a été confirmé par la zone de secours Hesbaye en fin de matinée.", "zone de secours Hesbaye", "ORG"),
    ("Les accusés de la filière Lunel-Béziers sont jugés depuis lundi.", "filière Lunel-Béziers", "ORG"),
    ("Les incendies menacent désormais les chalets de la baie Moreau.", "baie Moreau", "LOC"),
    ("Le canal Nantes-Brest a débordé près de Pontivy dimanche.", "canal Nantes-Brest", "LOC"),
])
def test_head_and_name_are_one_entity(parse, text, name, type_):
    assert types_by_name(parse(text)).get(name) == type_


def test_places_a_canal_joins_stay_places(parse):
    names = types_by_name(parse("Le canal Nantes-Brest a débordé près de Pontivy dimanche."))
    assert names.get("Nantes") == "GPE" and names.get("Brest") == "GPE"
