"""Units of figures whose noun is hidden: a vague count over a scale noun ('des dizaines de
milliers de morts') counts the noun after the scale; an elliptic adjective ('deux autres',
'trois nouveaux') counts the noun of the figure just before; 'et plus de N' opens a new figure
rather than closing the previous one (invented passages)."""
import pytest


@pytest.mark.parametrize("text, unit", [
    ("Selon l'ONG, le cyclone aurait tué des centaines de milliers de villageois.", "villageois"),
    ("Des centaines de milliers de personnes ont quitté la capitale depuis mars.", "personne"),
    ("Plusieurs millions de personnes restent privées d'électricité.", "personne"),
    ("Des milliers de tonnes de céréales attendent dans le port.", "tonne"),
    ("Quelques centaines de milliers de visiteurs sont attendus au salon.", "personne"),
])
def test_a_vague_count_over_a_scale_noun_counts_the_noun_after_it(parse, text, unit):
    figures = parse(text)._.figures
    assert [f.unit.split()[0] for f in figures if f.value is None] == [unit], [(f.span.text, f.unit) for f in figures]


@pytest.mark.parametrize("text, elliptic, unit", [
    ("Trois gardiens ont été blessés pendant l'évasion. Deux autres sont portés disparus.", "Deux autres", "personne"),
    ("La police a interpellé 14 supporters, et plus de 20 autres ont été entendus.", "plus de 20 autres", "personne"),
    ("La compagnie exploite 40 autocars et en commandera 25 nouveaux l'an prochain.", "25 nouveaux", "autocar"),
    ("Les secouristes ont retrouvé six randonneurs ; les deux autres restent introuvables.", "deux autres", "personne"),
])
def test_an_elliptic_adjective_takes_the_noun_counted_before(parse, text, elliptic, unit):
    figures = {f.span.text: f.unit for f in parse(text)._.figures}
    assert figures.get(elliptic) == unit, figures


@pytest.mark.parametrize("text, first", [
    ("La police a interpellé 14 supporters et plus de 20 autres ont été entendus.", "14 supporters"),
    ("Le salon attend 3000 visiteurs et plus de 60 exposants.", "3000 visiteurs"),
])
def test_et_plus_de_opens_the_next_figure(parse, text, first):
    figures = [(f.span.text, f.qualifier) for f in parse(text)._.figures]
    assert figures[0] == (first, "exact"), figures


def test_et_plus_still_closes_a_figure_at_the_end(parse):
    figures = [(f.value, f.qualifier) for f in parse("Le club compte 300 adhérents et plus.")._.figures]
    assert figures == [(300, "at_least")], figures
