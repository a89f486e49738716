"""Round 34: 'le procès dit « Méduse »', 'l'affaire dite des faux billets': a naming form of 'dire' right after
a noun that cannot speak labels the thing; it reports nothing. Invented passages."""
from analyse_helpers import found


def test_a_trial_called_by_a_quoted_label_is_no_quote(parse):
    quotes = found(parse, "La cour jugera en mai. Lundi s'ouvrira enfin le procès dit « Méduse », consacré à "
                          "un réseau de contrebande de cigarettes démantelé en 2021 à Marseille.")
    assert quotes == {}


def test_an_affair_called_by_a_label_after_de_is_no_quote(parse):
    assert found(parse, "L'affaire dite des « faux billets » sera jugée en juin à Nîmes.") == {}


def test_a_speaker_saying_a_quoted_word_still_speaks(parse):
    quotes = found(parse, "Le maire dit « non » au projet de parking. « Nous paierons », dit le maire.")
    assert quotes == {"non": "Le maire", "Nous paierons": "Le maire"}
