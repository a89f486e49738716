"""A yearless date after 'depuis' lies before the writing; a yearless date right after a full
date of the same month continues that account in its year."""
import pytest


def _value(parse, text, published, words):
    dates = parse(text, published=published)._.dates
    return next(d.value for d in dates if words in d.span.text)


@pytest.mark.parametrize("text, published, words, value", [
    # since date is the last one
    # the month after the publication month: 'nearest' would read next month
    ("Les combats se poursuivent depuis le 12 novembre dans la vallée.", "2025-10", "12 novembre", "2024-11-12"),
    ("Le port de Brest est bloqué depuis le 3 février par les pêcheurs.", "2022-01-20", "3 février", "2021-02-03"),
    ("Aucun train ne circule depuis décembre entre les deux villes.", "2023-11", "décembre", "2022-12"),
    # already past: unchanged
    ("La route est coupée depuis le 2 mars, selon la préfecture.", "2024-05", "2 mars", "2024-03-02"),
    # date after a full date of its month keeps its year
    ("Le lundi 14 mars 2016, un incendie a ravagé l'entrepôt de Lorient. "
     "Ce mardi 15 mars, les pompiers étaient encore sur place.", "2021-06", "15 mars", "2016-03-15"),
    ("Le 4 juillet 2019, Paul Martel a quitté le club. Le 9 juillet, il signait à Nantes.",
     "2024-02-10", "9 juillet", "2019-07-09"),
    # told year leaves other dates
    # another month: the account may have moved to the time of writing
    ("Le 4 juillet 2019, Paul Martel a quitté le club. Le 9 février, il a annoncé sa retraite.",
     "2024-03-10", "9 février", "2024-02-09"),
    # a date of the publication's year after a full date of that year: nothing to change
    ("Le 2 avril 2024, la mairie a voté le budget. Le 5 avril, les travaux ont commencé.",
     "2024-05", "5 avril", "2024-04-05"),
])
def test_since_dates_months_and_told_years_are_dated(parse, text, published, words, value):
    assert _value(parse, text, published, words) == value


@pytest.mark.parametrize("text, words", [
    ("La grève des chauffeurs de bus durera de mardi à jeudi, annonce le syndicat.", "de mardi à jeudi"),
    ("La médiathèque est ouverte du lundi au samedi.", "du lundi au samedi"),
    ("Les écoles resteront fermées de lundi jusqu'à mercredi.", "de lundi jusqu'à mercredi"),
])
def test_stretch_of_weekdays_is_one_unresolved_expression(parse, text, words):
    dates = parse(text, published="2025-03-12")._.dates
    assert [(d.span.text, d.value) for d in dates] == [(words, None)]


def test_night_across_two_weekdays_is_dated_by_its_end(parse):
    text = "Des rixes ont marqué à Lille la nuit du lundi au mardi."
    dates = parse(text, published="2025-03-12")._.dates
    assert [(d.span.text, d.value) for d in dates] == [("la nuit du lundi au mardi", "2025-03-11")]
