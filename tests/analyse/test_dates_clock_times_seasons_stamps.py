"""recoupe_dates, round 7: clock times are no years, last/next seasons, stretches and
weekdays counted from another event, and weekdays read only from a stamp."""
import pytest


def _dates(parse, passage, published=None):
    return {d.span.text: d.value for d in parse(passage, published=published)._.dates}


@pytest.mark.parametrize("passage", [
    "Le poste a été attaqué vers 0430 GMT par des hommes armés.",
    "Les combats ont repris à 0700, selon l'armée.",
    "Le cessez-le-feu est entré en vigueur en 1800 UTC.",
])
def test_clock_times_are_no_years(parse, passage):
    assert all(value is None or not value.startswith(("0", "18")) for value in _dates(parse, passage, "2021-03").values())


@pytest.mark.parametrize("published, passage, text, value", [
    ("2020-03", "Le projet avait été présenté l'automne dernier.", "l'automne dernier", "2019"),
    ("2020-10", "Le chantier a commencé l'été dernier.", "l'été dernier", "2020"),
    ("2020-07", "Les fouilles ont débuté au printemps dernier.", "au printemps dernier", "2020"),
    ("2020-03", "Le festival reviendra l'été prochain.", "l'été prochain", "2020"),
    ("2020-10", "La ligne ouvrira l'automne prochain.", "l'automne prochain", "2021"),
])
def test_last_and_next_seasons(parse, published, passage, text, value):
    assert _dates(parse, passage, published).get(text) == value


@pytest.mark.parametrize("passage, text", [
    ("Les syndicats ont négocié toute la semaine dernière.", "toute la semaine dernière"),
    ("Les résultats seront connus le vendredi suivant le scrutin.", "le vendredi suivant"),
    ("Le mardi d'après, le maire a démissionné.", "Le mardi d'après"),
])
def test_stretches_and_days_counted_from_another_event_stay_unresolved(parse, passage, text):
    dates = _dates(parse, passage, "2022-02-16")
    assert text in dates and dates[text] is None, dates


def test_a_weekday_is_not_read_from_a_date_told_in_a_sentence(parse):
    passage = "La rivière est sortie de son lit entre samedi et dimanche, indique lundi la préfecture. " \
              "La tempête précédente remontait au 9 mars 2011."
    dates = parse(passage)._.dates
    assert [d.value for d in dates if d.span.text == "lundi"] == [None]
    assert dates[-1].value == "2011-03-09"
