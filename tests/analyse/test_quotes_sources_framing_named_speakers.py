"""Round 35: a 'selon' phrase framing a clause whose subject is a named speaker with a reporting verb of
their own ('D'après une note consultée par X, le directeur, Paul Kessar, aurait confié que …'): the inner report
is the quote, its speaker the one named inside. Invented passages."""
from analyse_helpers import found


def test_the_speaker_named_inside_a_framed_report_speaks(parse):
    quotes = found(parse, "D'après une note consultée par Radio-Nord, le directeur de la Régie, Paul Kessar, "
                          "aurait confié aux cadres que deux usines devaient fermer.")
    assert quotes == {"deux usines devaient fermer": "Paul Kessar"}


def test_a_framed_clause_without_a_reporting_verb_stays_the_sources(parse):
    quotes = found(parse, "Selon la préfecture, la route du col restera fermée jusqu'à lundi.")
    assert quotes == {"la route du col restera fermée jusqu'à lundi": "la préfecture"}
