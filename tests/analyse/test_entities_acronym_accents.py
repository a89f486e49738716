"""recoupe_entities: an acronym spells a name's initials without their accents, in both places
that read initials (variants of one candidate list, acronyms the recogniser left out)."""
from __future__ import annotations

import pytest

from recoupe.analyse.coref import initials


@pytest.mark.parametrize("text, expected", [
    ("Établissement public des eaux de Vardanne", "EPEV"),
    ("Office équestre régional", "OER"),
])
def test_initials_drop_accents(parse, text, expected):
    assert initials(parse(text)[:]) == expected


@pytest.mark.parametrize("text, name, acronym", [
    ("L'Établissement public des eaux de Vardanne a coupé l'eau. Selon l'EPEV, la coupure durera deux jours.",
     "Établissement public des eaux de Vardanne", "EPEV"),
    ("L'Agence écologique du littoral (AEL) a publié un avis. L'AEL juge le projet risqué.",
     "Agence écologique du littoral", "AEL"),
])
def test_acronym_of_an_accented_name_is_its_mention(parse, text, name, acronym):
    entity = next(e for e in parse(text)._.entities if e.name == name)
    assert acronym in {m.span.text for m in entity.mentions}
