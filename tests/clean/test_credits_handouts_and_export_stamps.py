"""Credits that run long or name several hands (a handout picture's credit in square brackets, a
photographer and two agencies, a wire story's reporters before its translator) and a print/PDF
export stamp are furniture; sentences that share their words stay (passages invented for the project)."""
import pytest

from recoupe.clean import rules


@pytest.mark.parametrize("line, rule", [
    ("Des pompiers devant la mairie de Dunkerque, lundi. [Jeanne Roy/Service de presse de la préfecture "
     "du Nord/Document via AGENCE ATTENTION RÉDACTIONS]", "caption"),
    ("Le ferry à quai, mardi. [Paul Vial/Agence Littoral]", "caption"),
    ("Jeanne ROY/Agence-Nord/Banque d'images", "credit"),
    ("Paul Vial / Agence Littoral / Photothèque Sud", "credit"),
    ("(Paul Roy à Oslo et Léa Marchal à Bergen, version française Jeanne Vial)", "credit"),
    ("(Hervé Kerdraon à Brest; édité par Lucie Marchal)", "credit"),
    ("Fichier généré le", "comment_widget"),
    ("Fichier généré le 03/05/2024 à 10:12", "comment_widget"),
])
def test_long_or_shared_credits_and_stamps_go(line, rule):
    assert rules.noise_rule(line, "fr") == rule


@pytest.mark.parametrize("line", [
    "(La version française du film sortira en mai, a annoncé le distributeur Films du Nord)",
    "(Le texte a été édité par la mairie de Lorient en 2019 et distribué aux habitants)",
    "Le fichier généré le mois dernier contenait des erreurs, a reconnu la mairie.",
    "Le ferry à quai, mardi, attendait les passagers [dont 40 enfants] venus de Jersey avec leurs familles.",
    "Les lignes Brest/Quimper/Lorient seront fermées du 3 au 12 mai, a annoncé la région mardi.",
])
def test_sentences_sharing_their_words_stay(line):
    assert rules.noise_rule(line, "fr") is None
