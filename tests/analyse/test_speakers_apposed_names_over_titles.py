"""A title remembered for one person does not override the name another phrase with that title spells out
after a comma ('a déclaré le gouverneur de la région de X, Jean Morin'), and a name's apposed title
('Oleksiy Marenko, chef adjoint de …') tells the gender a later 'a-t-il précisé' needs. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("« Trois personnes sont mortes », a déclaré le gouverneur Paul Vernet. Un obus contre une école y a fait "
     "deux blessés, a déclaré le gouverneur de la région de Sarlat, Jean Morin, sur Telegram.",
     "Un obus contre une école y a fait deux blessés", "Jean Morin"),
    ("La ministre Claire Dumas a visité le port. Le quai sera rouvert lundi, a précisé la ministre des "
     "Transports, Sophie Lambert, devant la presse.",
     "Le quai sera rouvert lundi", "Sophie Lambert"),
])
def test_apposed_name_wins_over_the_title_memory(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_title_alone_still_takes_up_its_holder(quote_of):
    quote = quote_of("« Trois personnes sont mortes », a déclaré le gouverneur Paul Vernet. Un obus a fait deux "
                     "blessés, a ajouté le gouverneur.", "Un obus a fait deux blessés")
    assert quote.speaker == "Paul Vernet"


def test_apposed_title_genders_the_name_for_a_later_clitic(quote_of):
    passage = ("« Trois personnes sont mortes », a déclaré le gouverneur Paul Vernet. Dans l'Est, un civil a été "
               "tué dans une attaque sur Brienne, a rapporté Oleksiy Marenko, chef adjoint de l'administration "
               "présidentielle. Au total, 21 maisons ont été endommagées, a-t-il précisé.")
    assert quote_of(passage, "Au total, 21 maisons ont été endommagées").speaker == "Oleksiy Marenko"
