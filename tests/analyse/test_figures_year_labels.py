"""Four digits read as a year that labels the name or the phrase after it ('Bilan 2022 Finistère',
'le classement 2023 des villes') are no count; four digits right before the noun they count
still are (passages written for the project)."""
import pytest


@pytest.mark.parametrize("text", [
    "Bilan 2022 Finistère : le nombre de noyades recule sur le littoral.",
    "Le classement 2023 des villes cyclables place Quimper devant Brest.",
    "Le palmarès 2024 du tourisme régional place Quiberon en tête.",
])
def test_a_year_labelling_what_follows_is_not_a_count(parse, text):
    assert parse(text)._.figures == []


@pytest.mark.parametrize("text, value, unit", [
    ("Selon la préfecture, 1500 manifestants ont défilé à Rennes samedi.", 1500, "personne"),
    ("Le recensement du Finistère compte 2019 habitants de plus qu'en 2015.", 2019, "personne"),
    ("En 2021, la commune de Lannion a accueilli 300 réfugiés.", 300, "personne"),
    ("Quelque 1800 Bretons ont rejoint le cortège à Paris samedi.", 1800, "personne"),
])
def test_counts_next_to_their_noun_still_count(parse, text, value, unit):
    assert [(f.value, f.unit) for f in parse(text)._.figures] == [(value, unit)]
