"""A picture's alt text glued to its caption ("X. - X.") is a caption, and the same caption
printed again alone right below is a copy of it, not the article's first paragraph."""
import pytest

from recoupe.clean import clean_article, rules
from recoupe.ingest import read_text

_CAPTION = "Le camion renversé sur la bretelle de sortie bloque toujours deux voies de l'autoroute."


@pytest.mark.parametrize("line", [
    _CAPTION + " - " + _CAPTION,
    _CAPTION + " – " + _CAPTION.replace("'", "’"),
    "Des pompiers devant la mairie de Vannes - Des pompiers devant la mairie de Vannes",
])
def test_doubled_sentence_is_a_caption(line):
    assert rules.noise_rule(line, "fr") == "caption"


@pytest.mark.parametrize("line", [
    "Le maire de Vannes a démissionné - une décision que personne n'attendait au conseil.",
    "Deux heures de route - puis deux heures de route encore, a raconté le chauffeur du car.",
])
def test_prose_with_a_dash_is_kept(line):
    assert rules.noise_rule(line, "fr") is None


def test_caption_repeated_alone_below_goes_too():
    body = (f"{_CAPTION} - {_CAPTION}\n\n{_CAPTION.replace(chr(39), '’')}\n\n"
            "Un poids lourd s'est couché mardi matin sur l'A 84 près de Rennes, sans faire de blessé. "
            "Le chauffeur, âgé de 52 ans, a été conduit à l'hôpital par précaution.\n")
    text = "Un camion se couche sur l'autoroute\n\n" + body
    cleaned = clean_article(read_text("camion.txt", text))
    kept = cleaned.text
    assert "bretelle" not in kept
    assert "Un poids lourd s'est couché mardi matin" in kept
