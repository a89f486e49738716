"""'Nom, titre, a déclaré': the parse may make the title between commas the subject and leave the name
that opens the clause aside; the named person speaks, not the bare title."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("Jeudi, Oleh Sinegoubov, le porte-parole des secours régionaux, a dénoncé « une frappe ennemie ».",
     "une frappe ennemie", "Oleh Sinegoubov"),
    ("Lundi, Claire Vidal, la présidente de l'association, a dénoncé « une décision injuste ».",
     "une décision injuste", "Claire Vidal"),
    ("Aux abords du stade, Tomasz Wielicki, l'entraîneur adjoint du club local, a assuré que "
     "« tout était sous contrôle ».", "tout était sous contrôle", "Tomasz Wielicki"),
])
def test_the_name_before_an_apposed_title_speaks(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_a_title_with_no_name_before_it_stays_a_title(quote_of):
    passage = "Le porte-parole des secours régionaux, a dénoncé « une attaque lâche »."
    assert quote_of(passage, "une attaque lâche").speaker == "Le porte-parole des secours régionaux"
