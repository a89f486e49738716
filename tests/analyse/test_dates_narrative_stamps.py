"""Without a publication date, a weekday is read only from a stamp of writing after it,
never from a date the text recalls (a past event on a copula) or a picture's date."""
import pytest


@pytest.mark.parametrize("passage", [
    # a past event recalled in a copular sentence
    "Un incendie a ravagé l'entrepôt lundi. C'est le plus grave sinistre depuis celui du 4 mars 2011.",
    "La digue a cédé mardi. La crue est la plus forte depuis celle du 12 juin 2003, selon la mairie.",
    "Le pont s'est effondré jeudi. Cet accident est le pire depuis le drame du 2 mai 1998.",
    # the date a picture was taken is no day of writing
    "Deux ferries ont heurté un quai samedi, a indiqué le port. Photo prise le 9 février 2017.",
    "La grève a débuté vendredi à Lyon. Image prise le 3 avril 2019 devant la gare.",
])
def test_weekday_is_not_read_from_a_recalled_or_picture_date(parse, passage):
    doc = parse(passage)
    weekday = doc._.dates[0]
    assert weekday.value is None


@pytest.mark.parametrize("passage, value", [
    ("Mardi, le club a perdu. Publié le 6 octobre 2021 à 10h00", "2021-10-05"),
    ("Lundi, la mairie a voté le budget. Mis à jour le 8 mars 2022", "2022-03-07"),
    ("Jeudi, le tribunal a tranché. 14 avril 2022", "2022-04-14"),
])
def test_weekday_still_reads_a_publication_stamp(parse, passage, value):
    assert parse(passage)._.dates[0].value == value


def test_the_recalled_date_keeps_its_own_value(parse):
    doc = parse("Un incendie a ravagé l'entrepôt lundi. C'est le plus grave sinistre depuis celui du 4 mars 2011.")
    assert [d.value for d in doc._.dates] == [None, "2011-03-04"]


@pytest.mark.parametrize("passage, text, value", [
    ("Les maires ont démissionné ce mardi 9 mai dans la soirée.", "ce mardi 9 mai dans la soirée", "2023-05-09"),
    ("Reçus ce jeudi dans la soirée, les délégués ont signé.", "ce jeudi dans la soirée", "2023-05-11"),
    ("Dimanche en fin de soirée, le cortège a grossi à Rennes.", "Dimanche en fin de soirée", "2023-05-07"),
    ("Le 3 mai en fin de matinée, le convoi est parti.", "Le 3 mai en fin de matinée", "2023-05-03"),
    ("Lundi dans l'après-midi, le ministre a parlé.", "Lundi dans l'après-midi", "2023-05-08"),
])
def test_a_part_of_the_day_after_a_day_is_that_day(parse, passage, text, value):
    dates = parse(passage, published="2023-05-12")._.dates
    assert [(d.span.text, d.value) for d in dates] == [(text, value)]


def test_a_part_of_the_day_alone_is_the_day_of_writing(parse):
    dates = parse("Le maire a parlé dans la soirée en France.", published="2023-05-12")._.dates
    assert [(d.span.text, d.value) for d in dates] == [("dans la soirée", "2023-05-12")]
