"""recoupe_figures, round 32: counts written with a thousands separator are no years, half a
million is a scale, 'une majorité' counts only through its complement, a double-digit rate counts
nothing, and deaths, signatories and chief executives are persons."""
from __future__ import annotations

import pytest


def _figures(parse, passage):
    return {f.span.text: (f.value, f.unit) for f in parse(passage)._.figures}


def test_a_count_with_a_separator_is_no_year(parse):
    found = _figures(parse, "Un millier de grévistes ont défilé à Vire et 2 000 à Falaise.")
    assert found.get("2 000") == (2000.0, "personne") and "000" not in found, found


def test_a_year_alone_is_still_no_count(parse):
    assert _figures(parse, "Le chantier avait commencé en 2019, bien avant 2021.") == {}


@pytest.mark.parametrize("passage, span, value, unit", [
    ("La crue a privé d'eau près d'un demi-million de riverains.", "près d'un demi-million de riverains", 5e5, "personne"),
    ("La région a versé un demi-milliard d'euros aux communes.", "un demi-milliard d'euros", 5e8, "euro"),
])
def test_half_a_million_is_a_scale(parse, passage, span, value, unit):
    assert _figures(parse, passage).get(span) == (value, unit)


def test_une_majorite_counts_only_through_its_complement(parse):
    found = _figures(parse, "La coalition vise une majorité absolue. Une majorité des maires a signé.")
    assert list(found) == ["Une majorité des maires"], found


def test_a_double_digit_rate_counts_nothing(parse):
    assert list(_figures(parse, "Trois pays ont connu une inflation à deux chiffres.")) == ["Trois pays"]


@pytest.mark.parametrize("passage, span", [
    ("Deux décès sont survenus dans la salle d'attente.", "Deux décès"),
    ("La motion a recueilli 61 signataires.", "61 signataires"),
    ("L'enquête a interrogé 312 PDG.", "312 PDG"),
])
def test_deaths_signatories_and_chief_executives_are_persons(parse, passage, span):
    assert _figures(parse, passage).get(span, (None, None))[1] == "personne"
