"""Month spans written as one stretch ('en mars-avril 2012', 'de mai à juin'), years that label
a harvest or an election ('les moissons 2021'), 'pour 2030', and the first bound of a
counted range ('entre 1500 et 1800 manifestants') that is no year."""
import pytest


@pytest.mark.parametrize("passage, published, text, value", [
    ("Les rebelles ont lancé deux offensives en juillet-août 2014 dans l'est du pays.", None,
     "en juillet-août 2014", "2014"),
    ("Les inondations de septembre-octobre 2019 ont ruiné les maraîchers.", None,
     "de septembre-octobre 2019", "2019"),
    ("Les ventes de vélos ont chuté de mars à mai, selon la fédération.", "2022-09",
     "de mars à mai", "2022"),
    ("Les demandes d'asile ont afflué d'avril à juin, a indiqué l'office.", "2023-08",
     "d'avril à juin", "2023"),
    # across New Year: no single year
    ("De décembre à février, la station a accueilli 40 000 skieurs.", "2024-04",
     "De décembre à février", None),
])
def test_month_span_is_one_date_with_its_year(parse, passage, published, text, value):
    dates = parse(passage, published=published)._.dates
    assert [(d.span.text, d.value) for d in dates] == [(text, value)]


def test_month_span_takes_the_year_the_narrative_has_reached(parse):
    doc = parse("En 2016, les crues avaient fait neuf morts d'octobre à novembre à Niamey.")
    assert [(d.span.text, d.value) for d in doc._.dates] == [("En 2016", "2016"), ("d'octobre à novembre", "2016")]


@pytest.mark.parametrize("passage, text, value", [
    ("Les vendanges sont précoces mais les moissons 2021 ont été médiocres.", "moissons 2021", "2021"),
    ("Le premier tour de la présidentielle 2032 s'annonce serré, selon les sondeurs.", "présidentielle 2032", "2032"),
    ("Le candidat prépare déjà les municipales 2026 à Tours.", "municipales 2026", "2026"),
    ("Le gouvernement vise un déficit de 3 % pour 2029, selon le ministre.", "pour 2029", "2029"),
])
def test_year_labelling_a_harvest_election_or_target(parse, passage, text, value):
    dates = parse(passage)._.dates
    assert any(d.span.text.endswith(text) and d.value == value for d in dates), [(d.span.text, d.value) for d in dates]


@pytest.mark.parametrize("passage", [
    "A Rennes, le défilé a compté entre 1850 et 2400 participants.",
    "Entre 1900 et 2500 salariés ont défilé à Marseille.",
    "Le billet coûte de 1500 à 1800 euros selon la saison.",
    "Le vote de la résolution 2334 a divisé le Conseil.",
    "Il a vendu la maison pour 2000 euros.",
])
def test_counted_bounds_and_numbers_are_no_years(parse, passage):
    assert [d.value for d in parse(passage)._.dates if d.value] == []


def test_a_stretch_of_years_keeps_its_years(parse):
    values = [d.value for d in parse("Le prix du gaz a doublé entre 2019 et 2021.")._.dates]
    assert values == ["2019", "2021"]


def test_a_figure_compared_between_two_months_lists_them_apart(parse):
    doc = parse("Hors énergie, les loyers augmentent de 0,4 % entre avril et mai.", published="2023-06")
    assert [(d.span.text, d.value) for d in doc._.dates] == [("entre avril", "2023-04"), ("mai", "2023-05")]


def test_a_year_and_a_count_after_it_are_not_a_range(parse):
    doc = parse("Après une fusion en 2009 et un rachat l'an passé, le groupe emploie 800 salariés.")
    assert ("en 2009", "2009") in [(d.span.text, d.value) for d in doc._.dates]
