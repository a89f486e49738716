"""WindowedMatcher finds exactly what a plain Matcher finds on the whole document."""
from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from recoupe.analyse.matching import WindowedMatcher

PATTERNS = {
    "weekday": [[{"LOWER": {"IN": ["lundi", "mardi"]}}, {"LOWER": "soir", "OP": "?"}]],
    "no_proof": [[{"LOWER": "sans"}, {"LEMMA": {"IN": ["fournir", "apporter"]}}, {"POS": "DET", "OP": "?"},
                  {"LEMMA": "preuve"}]],
    "year": [[{"LOWER": "en"}, {"SHAPE": "dddd"}]],
}
PASSAGES = [
    "Le ministre a parlé lundi soir, sans fournir de preuve, d'un accord conclu en 2019.",
    "Rien ne se passe ici : aucun jour, aucune preuve, aucune année.",
    "Mardi, mardi soir et lundi : en 2020 puis en 2021, sans apporter la moindre preuve.",
]


@pytest.mark.parametrize("passage", PASSAGES)
def test_same_matches_as_a_plain_matcher(parse, nlp, passage):
    doc = parse(passage)
    plain, windowed = Matcher(nlp.vocab), WindowedMatcher(nlp.vocab, nlp.Defaults.stop_words)
    for key, patterns in PATTERNS.items():
        plain.add(key, patterns)
        windowed.add(key, patterns)
    assert sorted(windowed(doc)) == sorted(plain(doc))


def test_a_pattern_without_a_closed_word_set_is_refused(nlp):
    matcher = WindowedMatcher(nlp.vocab)
    with pytest.raises(ValueError, match="closed set"):
        matcher.add("any_noun", [[{"POS": "NOUN"}]])


def test_matches_come_in_text_order_then_in_the_order_keys_were_added(parse, nlp):
    doc = parse("En 2019, lundi soir, puis en 2020.")
    matcher = WindowedMatcher(nlp.vocab, nlp.Defaults.stop_words)
    matcher.add("second_year_rule", [[{"LOWER": "en"}, {"SHAPE": "dddd"}]])
    matcher.add("weekday", PATTERNS["weekday"])
    matcher.add("first_year_rule", [[{"LOWER": "en"}, {"SHAPE": "dddd"}]])
    names = [(nlp.vocab.strings[key], start) for key, start, _ in matcher(doc)]
    assert names == [("second_year_rule", 0), ("first_year_rule", 0), ("weekday", 3), ("weekday", 3),
                     ("second_year_rule", 7), ("first_year_rule", 7)]
