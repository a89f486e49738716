"""Quebec and French newsletter boxes and share rows: 'infolettre', 'Je m'abonne', 'Courriel'."""
import pytest

BODY = ("Le conseil municipal a adopté mardi un budget de 48 millions de dollars pour la voirie.\n\n"
        "Le maire a salué « un budget responsable » devant une salle comble.")


@pytest.mark.parametrize("box", [
    "La ville en bref : notre infolettre\nChaque soir, recevez l'essentiel de l'actualité locale dans votre boîte courriel.\nJe m'abonne",
    "Le sport en bref\nChaque lundi, nos résultats dans votre boîte.\nJe m’inscris",
])
def test_a_newsletter_box_after_the_article_goes(clean, box):
    cleaned = clean(f"Un budget pour la voirie\n\n{BODY}\n\n{box}\n")
    assert cleaned.body == BODY


def test_a_share_row_with_courriel_goes(clean):
    cleaned = clean(f"Un budget pour la voirie\nPartager\nFacebook\nCourriel\n\n{BODY}\n")
    assert cleaned.body == BODY
