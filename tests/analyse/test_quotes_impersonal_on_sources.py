"""An impersonal 'on' whose verb places the saying in a body ('« … », explique-t-on à la préfecture',
'On assure chez le constructeur que …'): the report is kept and that body speaks. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("Le nouveau plan « répond à une demande ancienne », explique-t-on à la préfecture du Nord.",
     "Le nouveau plan « répond à une demande ancienne »", "préfecture"),
    ("Deux écoles ont rouvert et « les autres suivront d'ici l'automne », soutient-on au ministère de la Santé.",
     "Deux écoles ont rouvert et « les autres suivront d'ici l'automne »", "inistère"),
    ("On assure chez le constructeur que la nouvelle usine ouvrira en 2026.",
     "la nouvelle usine ouvrira en 2026", "constructeur"),
])
def test_impersonal_on_placed_in_a_body(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert speaker in (quote.speaker or "")


@pytest.mark.parametrize("passage", [
    "« Il faut agir vite », dit-on souvent dans les couloirs.",
    "On dit que la rivière déborde chaque printemps.",
])
def test_impersonal_on_without_a_body_names_no_speaker(parse, passage):
    assert not parse(passage)._.quotes


def test_personal_subject_unchanged(quote_of):
    quote = quote_of("« Nous tiendrons le calendrier », a assuré Claire Dumont.",
                     "Nous tiendrons le calendrier")
    assert quote.speaker == "Claire Dumont"
