"""A cue inside a relative clause opened by a relative pronoun ('lors de laquelle', 'où') with its own
indefinite plural subject ('des maires') is said by that subject, not by the main clause's subject the
parse climbs to when it reads 'des' as a preposition. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("Mardi, la Syldavie a accueilli une conférence lors de laquelle des maires ruraux ont appelé à "
     "renforcer les garde-côtes.", "renforcer les garde-côtes", "des maires ruraux"),
    ("Jeudi, le ministère a tenu un sommet où des ministres nordiques ont appelé à protéger les forêts.",
     "protéger les forêts", "des ministres nordiques"),
    ("La mairie a réuni les habitants dans la salle des fêtes, où des riverains ont dénoncé le bruit du chantier.",
     "le bruit du chantier", "des riverains"),
])
def test_relative_clause_subject_speaks(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_main_clause_subject_still_speaks_without_relative(quote_of):
    quote = quote_of("La ministre Claire Dumas a appelé à renforcer les garde-côtes.", "renforcer les garde-côtes")
    assert quote.speaker == "Claire Dumas"
