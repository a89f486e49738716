"""A title remembered for one person does not override the name another phrase with that title spells out
after a comma ('a affirmé le préfet du département de X, Jean Morin'), and a name's apposed title
('Ivo Marenko, chef adjoint de …') tells the gender a later 'a-t-il précisé' needs. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("« Trois pêcheurs sont portés disparus », a affirmé le préfet Paul Vernet. Une roquette a touché un "
     "entrepôt près du port, a affirmé le préfet du département de Sarlat, Jean Morin, sur X.",
     "Une roquette a touché un entrepôt près du port", "Jean Morin"),
    ("La ministre Claire Dumas a visité le port. Le quai sera rouvert lundi, a précisé la ministre des "
     "Transports, Sophie Lambert, devant la presse.",
     "Le quai sera rouvert lundi", "Sophie Lambert"),
])
def test_apposed_name_wins_over_the_title_memory(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_title_alone_still_takes_up_its_holder(quote_of):
    quote = quote_of("« Trois pêcheurs sont portés disparus », a affirmé le préfet Paul Vernet. Une roquette a "
                     "touché un entrepôt, a ajouté le préfet.", "Une roquette a touché un entrepôt")
    assert quote.speaker == "Paul Vernet"


def test_apposed_title_genders_the_name_for_a_later_clitic(quote_of):
    passage = ("« Trois pêcheurs sont portés disparus », a affirmé le préfet Paul Vernet. Au nord, un chalutier a "
               "sombré lors d'une tempête près de Brienne, a signalé Ivo Marenko, chef adjoint de la garde côtière "
               "régionale. En tout, 14 bateaux ont coulé, a-t-il précisé.")
    assert quote_of(passage, "En tout, 14 bateaux ont coulé").speaker == "Ivo Marenko"
