"""recoupe_dates, round 37: a day padded with a zero ('le 04 mai') or written with the typographic
superscript ('le 1ᵉʳ juin') is a full date; a part of the day without 'ce' or a day named
('en fin d'après-midi', 'dans la soirée') takes a publication day, never a month."""
import pytest


def _dates(parse, text, published):
    return [(d.span.text, d.value) for d in parse(text, published=published)._.dates]


@pytest.mark.parametrize("text, phrase, value", [
    ("La foire ouvrira le 04 mai 2031 sur le port.", "le 04 mai 2031", "2031-05-04"),
    ("Le tarif change le 1ᵉʳ juin 2031 pour tous.", "le 1ᵉʳ juin 2031", "2031-06-01"),
    ("Le chantier a duré du 1ᵉʳ au 09 mars 2031.", "du 1ᵉʳ au 09 mars 2031", "2031-03"),
])
def test_padded_and_superscript_days(parse, text, phrase, value):
    assert (phrase, value) in _dates(parse, text, "2031-07-02")


def test_a_padded_number_before_hours_is_no_day(parse):
    assert _dates(parse, "Le bureau ouvre à 08 heures.", "2031-07-02") == []


@pytest.mark.parametrize("text, phrase", [
    ("Le cortège s'est dispersé en fin d'après-midi.", "en fin d'après-midi"),
    ("Une panne a touché le réseau dans la soirée.", "dans la soirée"),
])
def test_a_part_of_the_day_alone_waits_for_a_day(parse, text, phrase):
    assert _dates(parse, text, "2031-07") == [(phrase, None)]
    assert _dates(parse, text, "2031-07-02") == [(phrase, "2031-07-02")]


def test_a_part_of_the_day_with_ce_keeps_the_month(parse):
    assert _dates(parse, "Le conseil siège cet après-midi.", "2031-07") == [("cet après-midi", "2031-07")]


@pytest.mark.parametrize("text, phrase, value", [
    ("Sur l'ensemble de l'année, la coopérative attend des ventes stables.", "Sur l'ensemble de l'année", "2031"),
    ("La coopérative a moins vendu sur l'année écoulée.", "l'année écoulée", "2030"),
])
def test_the_whole_year_and_the_year_gone_by(parse, text, phrase, value):
    assert (phrase, value) in _dates(parse, text, "2031-07")


def test_the_whole_year_written_out_keeps_its_year(parse):
    found = _dates(parse, "Sur l'ensemble de l'année 2027, la récolte a baissé.", "2031-07")
    assert [value for _, value in found] == ["2027"], found
