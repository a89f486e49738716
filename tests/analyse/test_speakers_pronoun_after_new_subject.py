"""A pronoun after a newly named subject: the person the narrator has just brought in speaks, not an
earlier person whose gender a title happened to show."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    # the subject just named takes the pronoun
    ("Le ministre Paul Favre veut une conférence. « Il faudra plusieurs étapes », dit-il. "
     "Vendredi, Ivan Korenko a plaidé pour un sommet. « Nous irons jusqu'au bout », ajoute-t-il.",
     "Nous irons jusqu'au bout", "Ivan Korenko"),
    ("Le maire Paul Favre a présenté le budget. Mardi, Karim Benali a voté contre le texte. "
     "« Ce budget oublie les quartiers », a-t-il déclaré.",
     "Ce budget oublie les quartiers", "Karim Benali"),
    # an earlier person keeps the pronoun without evidence
    # the first name gives no clue: the person of the pronoun's known gender still speaks
    ("La ministre Claire Favre veut une conférence. « Il faudra plusieurs étapes », dit-elle. "
     "Vendredi, Dominique Korenko a plaidé pour un sommet. « Nous irons jusqu'au bout », ajoute-t-elle.",
     "Nous irons jusqu'au bout", "Claire Favre"),
    # the first name read with the other gender: the pronoun goes back to the woman named before
    ("La maire Anne Favre a présenté le budget. Mardi, Karim Benali a voté contre le texte. "
     "« Ce budget tient ses promesses », a-t-elle déclaré.",
     "Ce budget tient ses promesses", "Anne Favre"),
    # the same voice goes on when nobody new is named
    ("« Nous tiendrons », affirme Ivan Korenko. « Le calendrier sera respecté », précise-t-il.",
     "Le calendrier sera respecté", "Ivan Korenko"),
])
def test_the_quote_goes_to_its_speaker(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker
