"""recoupe_dates, round 35: a written year that is the subject or object of its clause is
described or compared, it locates no event; the same year after a preposition or a noun does."""
from __future__ import annotations

import pytest


def _texts(parse, passage, published="2032-02"):
    return [d.span.text for d in parse(passage, published=published)._.dates]


@pytest.mark.parametrize("passage", [
    "Le service a confirmé que l’année 2031 avait été la plus humide jamais mesurée.",
    "La récolte de pommes dépasse l’année 2027, qui tenait le record.",
    "Le bureau annonçait que cette année 2031 battrait des records de pluie.",
])
def test_a_year_described_or_compared_is_no_date(parse, passage):
    assert _texts(parse, passage) == [], _texts(parse, passage)       # nor 'cette année' alone


@pytest.mark.parametrize("passage, expected", [
    ("Sur l’année 2029, seuls trois ports ont grandi.", "2029"),
    ("La baisse devrait durer le plus clair de l’année 2030.", "2030"),
    ("Le budget initial de l’année 2029 est voté.", "2029"),
])
def test_a_year_locating_an_event_stays(parse, passage, expected):
    assert any(expected in t for t in _texts(parse, passage)), _texts(parse, passage)
