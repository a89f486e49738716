"""A document set as the subject of an incise inside a quotation ('« …, écrit le communiqué de l'institut.
… »') speaks for its author: the quotation is split at the incise and both halves go to the author, not to
whoever spoke before. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, first, second, author", [
    ("Le comité a tranché mardi. « Le commerce mondial reste une grande cause de doute, écrit le communiqué "
     "de l'institut d'émission. Les cours du cuivre ont nettement grimpé ». ",
     "Le commerce mondial reste une grande cause de doute",
     "Les cours du cuivre ont nettement grimpé", "institut d'émission"),
    ("Le maire Paul Ravel a visité le chantier. « Les travaux prendront du retard, indique le rapport de "
     "l'Agence de l'eau. Les digues doivent être renforcées avant l'hiver ». ",
     "Les travaux prendront du retard", "Les digues doivent être renforcées avant l'hiver", "Agence de l'eau"),
])
def test_document_incise_speaks_for_its_author(quote_of, passage, first, second, author):
    for text in (first, second):
        quote = quote_of(passage, text)
        assert author in (quote.speaker or "")


def test_incise_without_speaker_keeps_the_quotation_whole(parse):
    quotes = parse("« Le pont sera fermé, répondront des motions de censure. Rien ne changera », écrit Léa Morin.")._.quotes
    assert not any(q.span.text == "Le pont sera fermé" for q in quotes)
