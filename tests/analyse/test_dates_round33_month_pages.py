"""Dates on a page dated to its month only: a weekday, a part of the day said with 'ce' ('ce soir',
'cet après-midi'; without it, 'dans la matinée' waits for a day, round 37) and a day counted from another ('la veille', 'le lendemain') take the month, as
the seeds' gold does (a day-relative word is resolved to the precision the stated date gives);
'ce matin-là' points back to a told day, never to the day of
writing; 'ce mercredi' without a past verb is the nearer Wednesday; without a publication date, 'le 3 mai
dernier' is placed by a date written before it, never by one told further on."""
import pytest

MONTH, MONDAY = "2024-02", "2024-02-12"


def _dates(parse, text, published):
    return [(d.span.text, d.value) for d in parse(text, published=published)._.dates]


@pytest.mark.parametrize("text, phrase", [
    ("Le conseil municipal votera ce soir le budget du port.", "ce soir"),
    ("Les grévistes se sont réunis cet après-midi devant la gare.", "cet après-midi"),
])
def test_a_part_of_the_day_alone_takes_the_month(parse, text, phrase):
    assert _dates(parse, text, MONTH) == [(phrase, MONTH)]
    assert _dates(parse, text, MONDAY) == [(phrase, MONDAY)]


def test_a_weekday_keeps_the_month_of_the_page(parse):
    text = "Le tribunal a rendu son jugement mardi à Quimper."
    assert _dates(parse, text, MONTH) == [("mardi", MONTH)]


def test_a_day_counted_from_a_month_takes_the_month(parse):
    assert _dates(parse, "Comme la veille, les pêcheurs sont restés au port.", MONTH) == [("la veille", MONTH)]
    text = "Le barrage a cédé en mars 2019. Le lendemain, la vallée a été évacuée."
    assert _dates(parse, text, None) == [("en mars 2019", "2019-03"), ("Le lendemain", "2019-03")]
    text = "Le barrage a cédé en mars 2019. Le même jour, la vallée a été évacuée."
    assert _dates(parse, text, None) == [("en mars 2019", "2019-03"), ("Le même jour", "2019-03")]


def test_that_morning_is_no_day_of_writing(parse):
    text = "Le juge a reporté trois dossiers aujourd'hui. Ce matin-là, deux avocats manquaient."
    assert _dates(parse, text, MONDAY) == [("aujourd'hui", MONDAY), ("Ce matin-là", None)]
    text = "Le 6 février, la digue a lâché. Ce matin-là, deux pompiers manquaient."
    assert _dates(parse, text, MONDAY)[1] == ("Ce matin-là", "2024-02-06")


@pytest.mark.parametrize("text, expected", [
    ("Avant de recevoir Brest ce mercredi, l'entraîneur compte ses blessés.", "2024-02-14"),
    ("Le club recevra Brest ce samedi au stade.", "2024-02-17"),
    ("Le club a battu Brest ce mercredi au stade.", "2024-02-07"),
    ("Victoire de Nîmes ce dimanche face à Brest.", "2024-02-11"),
    ("Nouvelle panne de courant ce jeudi à Brest.", "2024-02-15"),
])
def test_this_weekday_is_the_nearer_one_without_a_past(parse, text, expected):
    assert _dates(parse, text, MONDAY)[0][1] == expected


def test_last_or_next_before_any_date_stays_unresolved_without_publication(parse):
    text = ("La régie, créée le 14 mars dernier, gère trois parkings, dont un qui est ouvert depuis "
            "le 9 avril 2011, précise la mairie.")
    assert _dates(parse, text, None)[0] == ("le 14 mars", None)
    text = "Le conseil de ce jeudi 6 juin 2019 a voté le budget. Il sera appliqué le 2 septembre prochain."
    assert _dates(parse, text, None)[1] == ("le 2 septembre", "2019-09-02")
