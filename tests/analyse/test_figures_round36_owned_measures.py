"""recoupe_figures, round 36: a speaker's possessive before a number in digits measures the set
('nos 60 hectares'); before a number in words it still names the speaker's own set."""
from __future__ import annotations


def _figures(parse, passage):
    return [(f.value, f.span.text) for f in parse(passage, published="2031-03")._.figures]


def test_a_possessive_before_digits_still_counts(parse):
    found = _figures(parse, "« Sur nos 60 hectares de blé, la grêle a tout couché », dit l'exploitante.")
    assert any(value == 60 for value, _ in found), found


def test_a_possessive_before_a_number_in_words_names_the_own_set(parse):
    found = _figures(parse, "« Nos deux pays resteront unis », a déclaré la ministre.")
    assert found == [], found
