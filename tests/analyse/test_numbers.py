"""French number parsing: digits, number words, multipliers, shares, collective numerals."""
from __future__ import annotations

import pytest

from recoupe.analyse import numbers


@pytest.mark.parametrize("text, expected", [
    ("7", 7.0),
    ("4 500", 4500.0),
    ("100 000", 100000.0),
    ("1 250 000", 1250000.0),
    ("2,3", 2.3),
    ("5,75", 5.75),
    ("12 400,5", 12400.5),
    ("1.500", 1500.0),
    ("0,5", 0.5),
])
def test_digit_value_reads_french_separators(text, expected):
    assert numbers.digit_value(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["35e", "n°1", "F-16", "14h30", "deux", "4 50", "", "1,2,3"])
def test_digit_value_refuses_what_is_not_a_plain_number(text):
    assert numbers.digit_value(text) is None


@pytest.mark.parametrize("words, expected", [
    (["trois"], 3),
    (["dix-huit"], 18),
    (["vingt", "et", "un"], 21),
    (["trente-deux"], 32),
    (["soixante-dix"], 70),
    (["quatre-vingt-dix"], 90),
    (["quatre-vingt-sept"], 87),
    (["deux", "cents"], 200),
    (["cent", "vingt"], 120),
    (["mille"], 1000),
    (["trois", "mille", "deux", "cents"], 3200),
    (["deux", "millions"], 2000000),
    (["cinq", "cent", "mille"], 500000),
])
def test_word_value_composes_cardinals(words, expected):
    assert numbers.word_value(words) == expected


@pytest.mark.parametrize("words", [["et"], ["drones"], ["trois", "drones"], []])
def test_word_value_refuses_other_words(words):
    assert numbers.word_value(words) is None


@pytest.mark.parametrize("word, expected", [
    ("tiers", 0.3333), ("quart", 0.25), ("moitié", 0.5), ("neuvième", 0.1111), ("dixièmes", 0.1),
])
def test_fraction_value(word, expected):
    assert numbers.fraction_value(word) == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize("word, expected", [
    ("centaine", 100), ("centaines", 100), ("millier", 1000), ("dizaine", 10), ("vingtaine", 20),
    ("drone", None),
])
def test_approximate_value(word, expected):
    assert numbers.approximate_value(word) == expected


@pytest.mark.parametrize("word, expected", [
    ("milliards", 1e9), ("million", 1e6), ("mille", 1e3), ("tiers", None),
])
def test_multiplier_value(word, expected):
    assert numbers.multiplier_value(word) == expected


@pytest.mark.parametrize("words, expected", [
    (["%"], True), (["pour", "cent"], True), (["pour"], False), (["drones"], False),
])
def test_is_percent(words, expected):
    assert numbers.is_percent(words) is expected


@pytest.mark.parametrize("word, expected", [
    ("quatre-vingt-dix", True), ("dix-sept", True), ("vingt", True), ("Shahed-136", False),
    ("avant-guerre", False), ("-", False),
])
def test_is_number_word(word, expected):
    assert numbers.is_number_word(word) is expected


@pytest.mark.parametrize("text, value", [
    ("38.8", 38.8), ("+0.25", 0.25),        # a point before one or two digits is a decimal point
    ("7.500", 7500), ("1.500.000", 1500000),  # before three, it separates thousands
])
def test_a_point_is_decimal_unless_it_groups_thousands(text, value):
    assert numbers.digit_value(text) == pytest.approx(value)
