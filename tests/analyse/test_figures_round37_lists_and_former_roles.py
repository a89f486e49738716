"""recoupe_figures, round 37: the bare counts of a breakdown go on counting what it counts past a
count told inside a relative clause; a hyphenated role ('ex-maires') is a noun of people; a
participle of origin ('deux issus de …') stands for the noun counted before."""
from __future__ import annotations


def _figures(parse, passage):
    return [(f.value, f.span.text, f.unit) for f in parse(passage, published="2031-03")._.figures]


def test_a_breakdown_skips_a_count_inside_a_relative(parse):
    found = _figures(parse, "La crue a fait 30 morts, dont douze dans la plaine où quelque 700 granges ont été "
                            "inondées, six près du lac et quatre dans les gorges.")
    units = {value: unit for value, _, unit in found}
    assert units[700] == "grange" and units[6] == "personne" and units[4] == "personne", found


def test_former_holders_and_substitutes_are_people(parse):
    found = _figures(parse, "Cinq ex-adjoints et 9 suppléants ont siégé jeudi à la mairie.")
    assert (5, "Cinq ex-adjoints", "personne") in found and (9, "9 suppléants", "personne") in found, found


def test_a_participle_of_origin_stands_for_the_noun(parse):
    found = _figures(parse, "Le bureau compte sept ex-conseillers : quatre issus de la majorité et trois de "
                            "ceux de l'opposition.")
    assert [unit for _, _, unit in found] == ["personne"] * 3, found


def test_a_qualifier_reaches_the_number_past_a_threshold(parse):
    found = [(f.span.text, f.qualifier) for f in parse("La hausse tourne autour de la barre des 7 %, et les ventes "
                                                        "dépassent plus du cap des 3 millions.")._.figures]
    assert ("autour de la barre des 7 %", "about") in found, found
    assert ("plus du cap des 3 millions", "more_than") in found, found


def test_digits_in_brackets_restate_the_number_in_words(parse):
    found = _figures(parse, "Le conseil a adopté cinq (05) arrêtés pour une durée de deux (02) ans.")
    assert [value for value, _, _ in found] == [5], found


def test_a_scaled_range_keeps_a_round_lower_bound(parse):
    found = _figures(parse, "La coopérative attend de 2,0 à 2,2 milliards d'euros de ventes.")
    assert found[0][0] == 2e9, found


def test_a_relative_closed_without_a_comma_does_not_hide_the_list(parse):
    found = _figures(parse, "Les verts et les rouges, qui forment un groupe commun au conseil, obtiendraient la plus "
                            "forte hausse (17 sièges, +5, dont 10 pour les verts et 7 pour les rouges).")
    assert [value for value, _, _ in found] == [17, 5, 10, 7], found
