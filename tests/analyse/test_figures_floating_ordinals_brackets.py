"""Numbers that count nothing new: a floating 'tous deux' / 'toutes trois' ('both' of a set just
named) and an ordinal after an article ('la neuvième en un an': a rank, while 'le cinquième des
votants' is a share); a count in brackets still counts (invented passages)."""
import pytest


@pytest.mark.parametrize("text, kept", [
    ("Les deux ordonnances, toutes deux attaquées par l'opposition, s'appliquent lundi.", [(2, "ordonnance")]),
    ("Les deux frères, tous deux arrêtés mardi, seront jugés en mars.", [(2, "personne")]),
    ("Ils sont repartis tous les deux vers le port à l'aube.", []),
])
def test_a_floating_quantifier_counts_nothing(parse, text, kept):
    assert [(f.value, f.unit) for f in parse(text)._.figures] == kept


@pytest.mark.parametrize("text, expected", [
    ("Une nouvelle vague de sanctions a frappé le pays, la neuvième en un an.", []),
    ("Pour le club, c'est la dixième depuis janvier.", []),
    ("Le cinquième des votants s'est abstenu dimanche.", [(0.2, "personne")]),
    ("Il a perdu la moitié de ses économies.", [(0.5, "économie")]),
])
def test_an_ordinal_after_an_article_is_a_rank_unless_a_share_of_something(parse, text, expected):
    assert [(f.value, f.unit) for f in parse(text)._.figures] == expected


def test_a_count_in_brackets_with_its_noun_stays(parse):
    doc = parse("Les blessés (12 personnes) ont été évacués vers Lyon.")
    assert [(f.value, f.unit) for f in doc._.figures] == [(12, "personne")]


def test_a_bare_count_in_brackets_after_a_party_takes_the_parallel_unit(parse):
    doc = parse("Le bloc de gauche compte 140 sièges, la droite (95) et le centre (30) suivent.")
    assert [(f.value, f.unit) for f in doc._.figures] == [(140, "siège"), (95, "siège"), (30, "siège")]
