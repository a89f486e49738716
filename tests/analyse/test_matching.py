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
