"""Round 36: what the extraction glued together when it lost the space between two elements of the page: a
pointer label and its teaser ("Lire aussiLe port ..."), "Par" and the writer's name; and the writer's role
with the desk after a dash."""
import pytest

from recoupe.clean import rules


@pytest.mark.parametrize("line, rule", [
    ("Lire aussiLe port de Lorient : des quais neufs pour les chalutiers", "teaser"),
    ("À lire aussiGrève des dockers : le préfet appelle au calme", "teaser"),
    ("ParJeanne Kervella", "credit"),
    ("ParPaul Le Du", "credit"),
    ("Journaliste - Économie", "credit"),
    ("Reporter – Sports", "credit"),
])
def test_glued_labels_and_bylines_go(line, rule):
    assert rules.noise_rule(line, "fr") == rule


@pytest.mark.parametrize("line", [
    "Lire aussi le rapport de la capitainerie, publié lundi.",
    "Parfois Brest double son trafic en un été.",
    "Paris Saint-Germain",
    "Journaliste - il a couvert le port pendant vingt ans.",
])
def test_lines_like_them_stay(line):
    assert rules.noise_rule(line, "fr") is None
