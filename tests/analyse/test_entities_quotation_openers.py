"""Round 32: a capitalised common word opening a quotation ("« Bienvenue, Madame »") is no name; a
known place or a full name there stays. Passages written for the project."""
import pytest

from analyse_helpers import types_by_name


@pytest.mark.parametrize("text, word", [
    ("« Enfin ! », s'exclame la présidente. « Bienvenue, Madame », répond le maire.", "Bienvenue"),
    ("« Félicitations, Monsieur », a lancé la ministre au lauréat.", "Félicitations"),
])
def test_a_common_word_opening_a_quotation_is_no_name(parse, text, word):
    assert word not in types_by_name(parse(text))


@pytest.mark.parametrize("text, name", [
    ("« Marseille, c'est ma ville », a déclaré le maire.", "Marseille"),
    ("« Merci, Julie Roux », a lancé le président.", "Julie Roux"),
])
def test_a_known_place_or_a_full_name_in_a_quotation_stays(parse, text, name):
    assert name in types_by_name(parse(text))
