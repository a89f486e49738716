"""Whole-line alternations without the patterns a line cannot meet answer as the whole alternation."""
import re

from recoupe.clean import rules
from recoupe.clean.alternation import _UNCASED, WholeLine, required_chars


def test_no_other_character_matches_an_uncased_one_when_case_is_ignored():
    pattern = re.compile("[" + re.escape("".join(sorted(_UNCASED))) + "]", re.IGNORECASE)
    others = "".join(chr(c) for c in range(0x110000) if chr(c) not in _UNCASED and not 0xD800 <= c <= 0xDFFF)
    assert pattern.search(others) is None


def test_only_characters_outside_groups_and_repetitions_are_required():
    assert required_chars(r"^.{10,400}[.!?]\s*\((?:dr|d\.r\.)\)$") == {"(", ")"}
    assert required_chars(r"^(?:\(x\))?.{10}/?$") == frozenset()
    assert required_chars(r"^Photo\s*:\s*\w+$") == {":"}      # letters never count


def test_the_answer_is_the_whole_alternations():
    lines = ["Le maire devant la mairie, lundi. (Photo Jeanne Roy)", "Le port, lundi. AGENCE/Paul Roy",
             "Le maire a déclaré (lundi) que le port / la digue rouvrirait.", "Le maire © Radio Sud - Jeanne Roy",
             "Le port sous la neige / Info régionale / 2 min.", "Une phrase ordinaire de l'article, sans rien.",
             "Source : AFP", "Photo : Le Journal", "(AFP)", "[AGENCE - Jeanne ROY]", ""]
    for name in ("clean_captions", "clean_credits", "clean_photo_credits", "clean_rights"):
        patterns = rules._lines("fr", name)
        whole = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        split = WholeLine(patterns)
        for line in lines:
            assert split.match(line) == bool(whole.match(line)), (name, line)
