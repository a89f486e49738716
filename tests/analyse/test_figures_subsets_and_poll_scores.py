"""A number after a subset link with only an adjective or a participle counts the noun counted
before it; a percentage after a name is that name's share, not a label (passages written for the
project)."""
import pytest


@pytest.mark.parametrize("text, span, unit", [
    ("Les gardes ont abattu 17 drones sur les 25 lancés contre la ville.", "25 lancés", "drone"),
    ("On a inscrit quatre paniers dont trois valables.", "trois valables", "panier"),
    ("Le club a vendu 300 billets, dont 120 réservés aux enfants.", "120 réservés", "billet"),
])
def test_a_subset_without_its_noun_counts_the_noun_before(parse, text, span, unit):
    units = {f.span.text: f.unit for f in parse(text)._.figures}
    assert units[span] == unit


def test_a_subset_of_people_still_counts_personne(parse):
    doc = parse("Douze soldats dont trois blessés ont été évacués vers Lomé.")
    assert [(f.value, f.unit) for f in doc._.figures] == [(12, "personne"), (3, "personne")]


def test_joined_nouns_keep_their_own_unit(parse):
    doc = parse("L'armée a perdu cinq chars et trois blindés près du fleuve.")
    assert [f.unit for f in doc._.figures] == ["char", "blindé"]


def test_percentages_after_party_names_are_shares(parse):
    doc = parse("Les scores se présentent ainsi : UDR 41 %, MPN 29 %, FDL 18 % et PVE 6 %.")
    assert [(f.value, f.unit) for f in doc._.figures] == [
        (pytest.approx(0.41), "fraction"), (pytest.approx(0.29), "fraction"),
        (pytest.approx(0.18), "fraction"), (pytest.approx(0.06), "fraction")]


def test_digits_after_a_name_still_label_it(parse):
    assert [f.span.text for f in parse("Le Boeing 737 a décollé avec 80 passagers.")._.figures] == ["80 passagers"]
