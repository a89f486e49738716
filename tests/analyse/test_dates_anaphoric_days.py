"""Dates: 'la veille', 'le lendemain', 'le surlendemain', 'le même jour' count from the last date
resolved before them (to its precision), else from publication; with a complement ('la veille du
scrutin') they are dated by an event the text names and stay unresolved."""
import pytest

SUNDAY = "2023-05-14"


def _dates(parse, text, published=None):
    return [(d.span.text, d.value) for d in parse(text, published=published)._.dates]


@pytest.mark.parametrize("text, published, expected", [
    ("Le club a gagné vendredi à Sion. La veille, il avait perdu son gardien.", SUNDAY,
     [("vendredi", "2023-05-12"), ("La veille", "2023-05-11")]),
    ("Le pont a cédé le 3 février 2021. Le lendemain, la préfecture a fermé la route.", None,
     [("le 3 février 2021", "2021-02-03"), ("Le lendemain", "2021-02-04")]),
    ("L'usine a fermé le 30 avril 2019. Le surlendemain, les salariés ont manifesté.", None,
     [("le 30 avril 2019", "2019-04-30"), ("Le surlendemain", "2019-05-02")]),
    ("Le scrutin a eu lieu en juin 2022. Le même jour, le maire a démissionné.", None,
     [("en juin 2022", "2022-06"), ("Le même jour", "2022-06")]),
])
def test_counted_from_the_last_date_before(parse, text, published, expected):
    assert _dates(parse, text, published) == expected


def test_without_a_date_before_it_counts_from_publication(parse):
    assert _dates(parse, "Le lendemain, la mairie a rouvert le parc.", SUNDAY) == [("Le lendemain", "2023-05-15")]


@pytest.mark.parametrize("text, phrase", [
    ("La veille du scrutin, les candidats ont cessé leur campagne.", "La veille"),
    ("Au lendemain de l'incendie, les habitants ont été relogés.", "Au lendemain"),
])
def test_a_named_event_leaves_it_unresolved(parse, text, phrase):
    assert _dates(parse, text, SUNDAY) == [(phrase, None)]


def test_nothing_to_count_from(parse):
    assert _dates(parse, "Le lendemain, la mairie a rouvert le parc.") == [("Le lendemain", None)]
