"""Elliptic figures: a bare amount with a scale word ('20 milliards') takes the currency of a money
figure nearby, in another sentence too; listed numbers with their own qualifier share the noun;
'un' opening an apposition is an article (invented passages)."""
import pytest


@pytest.mark.parametrize("text, bare, value, unit", [
    ("Le plan coûtera 8 milliards d'euros d'ici 2028. « Il en faudrait 15 milliards », juge l'économiste.",
     "15 milliards", 15e9, "euro"),
    ("La dette atteignait 30 milliards de dollars en 2019. Elle est tombée à 22 milliards cette année.",
     "22 milliards", 22e9, "dollar"),
    ("La start-up a levé 250 millions de dollars au printemps, puis 120 millions supplémentaires en juin.",
     "120 millions", 1.2e8, "dollar"),
    ("Le conseil régional a voté une enveloppe de 4 milliards FCFA. Sur cette somme, 600 millions iront aux écoles.",
     "600 millions", 6e8, "franc CFA"),
])
def test_a_bare_amount_takes_the_currency_named_before_it(parse, text, bare, value, unit):
    figures = {f.span.text: (f.value, f.unit) for f in parse(text)._.figures}
    assert figures.get(bare) == (value, unit), figures


def test_a_bare_amount_in_a_title_takes_the_currency_named_after_it(parse):
    text = ("Une jeune pousse lyonnaise lève 90 millions\n\n"
            "La société, fondée par deux ingénieurs, a annoncé mardi avoir levé 90 millions d'euros.")
    figures = [(f.span.text, f.value, f.unit) for f in parse(text)._.figures]
    assert ("90 millions", 9e7, "euro") in figures, figures


@pytest.mark.parametrize("text", [
    "Le pays compte désormais 68 millions. Les démographes attendent un recul après 2040.",
    "Le clip a été vu 3 millions de fois depuis sa sortie.",
])
def test_a_bare_scale_word_far_from_money_is_not_money(parse, text):
    assert all(f.unit not in ("euro", "dollar") for f in parse(text)._.figures)


@pytest.mark.parametrize("text, expected", [
    # a listed number with its own qualifier still shares the noun
    ("« Nous serons 20.000, 30.000, près de 40.000 grévistes », a prédit la syndicaliste.",
     [(2e4, "personne"), (3e4, "personne"), (4e4, "personne")]),
    ("Les organisateurs attendent 500, 800 ou environ 1000 visiteurs par jour.",
     [(500, "personne"), (800, "personne"), (1000, "personne")]),
    # un opening an apposition is an article not a count
    ("La région a envoyé 180 secouristes, une aide sans précédent.", [(180, "personne")]),
    ("Trois gendarmes de la garde mobile (une unité de la gendarmerie) ont été tués mardi.", [(3, "personne")]),
    ("Les douaniers ont saisi 12 fusils, un pistolet et une grenade.",
     [(12, "fusil"), (1, "pistolet"), (1, "grenade")]),
])
def test_listed_numbers_and_apposed_articles(parse, text, expected):
    assert [(f.value, f.unit) for f in parse(text)._.figures] == expected


def test_a_year_before_et_un_does_not_share_the_next_noun(parse):
    doc = parse("Après un rachat en 1994 et un déménagement vers Nantes, la PME emploie 80 salariés.")
    assert [(f.value, f.unit) for f in doc._.figures] == [(80, "personne")]
