"""A cue inside a relative clause opened by a relative pronoun ('lors de laquelle', 'où') with its own
indefinite plural subject ('des dirigeants') is said by that subject, not by the main clause's subject the
parse climbs to when it reads 'des' as a preposition. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("Lundi, la Syldavie a organisé une réunion d'urgence lors de laquelle des dirigeants européens ont "
     "appelé à augmenter les dépenses de défense.",
     "augmenter les dépenses de défense", "des dirigeants européens"),
    ("La mairie a réuni les habitants dans la salle des fêtes, où des riverains ont dénoncé le bruit du chantier.",
     "le bruit du chantier", "des riverains"),
])
def test_relative_clause_subject_speaks(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_main_clause_subject_still_speaks_without_relative(quote_of):
    quote = quote_of("La ministre Claire Dumas a appelé à augmenter les dépenses de défense.",
                     "augmenter les dépenses de défense")
    assert quote.speaker == "Claire Dumas"
