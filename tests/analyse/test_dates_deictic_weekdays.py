"""recoupe_dates: a weekday after 'demain', 'hier', 'après-demain' or 'avant-hier' is the day
those words count from publication, not the last such weekday before it."""
from __future__ import annotations

import pytest

from analyse_helpers import dates_by_text


@pytest.mark.parametrize("passage, text, value", [
    ("Les chauffeurs de bus cesseront le travail demain lundi dans toute l'agglomération.",
     "demain lundi", "2024-03-11"),       # published on Sunday 10 March
    ("Le conseil municipal s'est réuni hier samedi pour voter le budget.", "hier samedi", "2024-03-09"),
    ("Le match aura lieu après-demain mardi au stade de la Meinau.", "après-demain mardi", "2024-03-12"),
    ("La cérémonie s'est tenue avant-hier vendredi devant la préfecture.", "avant-hier vendredi", "2024-03-08"),
])
def test_the_deictic_word_dates_the_weekday(parse, passage, text, value):
    assert dates_by_text(parse, passage, "2024-03-10").get(text) == value


def test_a_bare_weekday_still_looks_back(parse):
    found = dates_by_text(parse, "Les chauffeurs de bus ont cessé le travail lundi dans l'agglomération.", "2024-03-10")
    assert found.get("lundi") == "2024-03-04"
