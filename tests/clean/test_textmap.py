"""TextMap: clean offsets back to original offsets, separators included."""
import pytest

from recoupe.clean.textmap import TextMap

ORIGINAL = "Titre\n\nBruit\nPremier paragraphe. Crédit\n\nSecond."


@pytest.fixture
def textmap():
    tm = TextMap(ORIGINAL)
    tm.add(0, 5)                       # "Titre"
    tm.add_separator("\n\n")
    tm.add(13, 32)                     # "Premier paragraphe."
    tm.add_separator(" ")
    tm.add(41, 48)                     # "Second."
    return tm


def test_text_is_slices_joined_by_separators(textmap):
    assert textmap.text == "Titre\n\nPremier paragraphe. Second."
    assert len(textmap) == len(textmap.text)


@pytest.mark.parametrize("clean, original", [
    ("Titre", "Titre"),
    ("Premier paragraphe.", "Premier paragraphe."),
    ("paragraphe", "paragraphe"),
    ("Second.", "Second."),
])
def test_span_of_a_kept_slice_is_the_same_original_text(textmap, clean, original):
    start = textmap.text.index(clean)
    span = textmap.span(start, start + len(clean))
    assert span.text == original
    assert ORIGINAL[span.start:span.end] == original


def test_span_across_a_separator_covers_the_original_between(textmap):
    start = textmap.text.index("paragraphe.")
    span = textmap.span(start, len(textmap))
    assert span.text == "paragraphe. Crédit\n\nSecond."


@pytest.mark.parametrize("offset, end, expected", [
    (5, True, 5), (5, False, 5), (6, False, 5), (7, False, 13), (26, True, 32), (27, False, 41),
])
def test_offsets_on_separators_map_to_slice_edges(textmap, offset, end, expected):
    assert textmap.to_original(offset, end=end) == expected
