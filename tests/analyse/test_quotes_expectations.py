"""Round 32: 's'attendre à' reports an expectation when it carries a quoted fragment, a que-clause or an
infinitive ('Les États-Unis s'attendent à « plus de 50 » otages libérés'); a plain noun phrase after it is
a state of mind of the narrator's telling ('s'attendaient à un meilleur match'). Invented passages."""
import pytest


@pytest.mark.parametrize("passage, words, speaker", [
    ("Les Etats-Unis s'attendent à « plus de 50 » otages libérés par le Hamas.", "plus de 50", "États-Unis"),
    ("Les économistes s'attendent à voir la croissance ralentir.", "voir la croissance ralentir", "Les économistes"),
])
def test_an_expectation_is_reported(parse, passage, words, speaker):
    quotes = parse(passage)._.quotes
    assert len(quotes) == 1 and words in quotes[0].span.text and quotes[0].speaker == speaker


def test_a_plain_noun_phrase_expected_is_no_report(parse):
    assert parse("Les spectateurs s'attendaient à un meilleur match.")._.quotes == []
