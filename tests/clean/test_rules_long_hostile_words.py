"""Line rules on long hostile lines: a pattern that backtracks on them would hang the cleaner,
so each rule must give its answer on lines of thousands of characters."""
import pytest

from recoupe.clean import rules


@pytest.mark.parametrize("line", ["a" * 60 + "!", "Voilàunmotcollé" * 40 + "!", "é" * 5000 + "!"])
def test_a_long_glued_word_is_no_picture_file_name(line):
    assert rules.widgets(line, "fr") is None


def test_a_long_hyphenated_place_after_a_byline_is_no_dateline():
    line = "par Jean Roy, " + "Ab-" * 800 + "x Le port a rouvert."
    assert rules.leading_noise(line, "fr", top=True) is None


def test_a_long_line_of_another_script_with_one_latin_letter_is_kept():
    assert rules.widgets("ж" * 20000 + " a", "fr") is None


def test_a_short_label_in_another_script_is_still_a_widget():
    assert rules.widgets("Поделиться", "fr") is not None


def test_a_picture_file_name_is_still_a_widget():
    assert rules.widgets("Jean_Roy_au_port_2021.jpg", "fr") is not None


def test_a_long_run_of_capitals_without_a_dash_is_no_wire_dateline():
    # 'PLACE — ' datelines: a run of capitals that never reaches a dash must fail at once
    line = "ABCDEFGH " * 3 + "ABCDEFGHIJ" * 3000 + " fin"
    assert rules.leading_noise(line, "fr", first=True) is None


def test_a_wire_dateline_in_capitals_is_still_cut():
    assert rules.leading_noise("MONCTON, Nouveau-Brunswick — Le maire a démissionné.", "fr", first=True) is not None


@pytest.mark.parametrize("unit", ["É", "A", "AB-", "Ab-"])
def test_a_long_capitalised_or_hyphenated_run_is_no_leading_dateline(unit):
    line = unit * (50000 // len(unit)) + " x"
    assert rules.leading_noise(line, "fr", first=True, top=True) is None


@pytest.mark.parametrize("line, cut", [("TORONTO — Le port a rouvert.", len("TORONTO — ")),
                                       ("Le Caire, 3 mars - Les navires", len("Le Caire, 3 mars - ")),
                                       ("Lyon, France | AGENCE | lundi 04/03/2024 - Le port", len("Lyon, France | AGENCE | lundi 04/03/2024 - "))])
def test_a_wire_dateline_is_still_cut(line, cut):
    assert rules.leading_noise(line, "fr", first=True) == cut
