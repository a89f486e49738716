"""The trained classifier of furniture lines (clean.furniture_model), on lines written for the test."""
import pytest

from recoupe.clean.furniture_model import model_for, standing_alone

MODEL = model_for("fr")


@pytest.mark.parametrize("line", ["Partager sur Mastodon", "Inscrivez-vous gratuitement", "Soutenez notre rédaction"])
def test_widgets_in_words_no_rule_lists_are_rated_furniture(line):
    assert MODEL.is_furniture(line)


@pytest.mark.parametrize("line", ["« Je ne regrette rien », a-t-il confié.", "Le conseil municipal se réunira jeudi.",
                                  "Personne n'a été blessé.", "« Nous verrons bien »"])
def test_short_body_sentences_and_quotes_are_content(line):
    assert not MODEL.is_furniture(line)


def test_a_timestamp_above_a_post_leans_furniture_the_post_content():
    stamp = MODEL.probability("18:42", None, "Le préfet a levé l'alerte pour la vallée de la Sarre.")
    post = MODEL.probability("Le préfet a levé l'alerte pour la vallée de la Sarre.", "18:42", None)
    assert stamp > 0.5 > post


@pytest.mark.parametrize("lines", [
    ["Le maire est arrivé. Il a salué la foule."],                                 # two sentences
    ["La commission d'enquête a rendu mercredi un avis favorable au projet de digue sur la côte."],  # one long sentence
    ["Les élus de la majorité ont défendu un budget de rigueur tandis que les élus"],  # cut off
])
def test_prose_is_never_asked(lines):
    assert not standing_alone(lines, [0], 0)


def test_a_line_continuing_a_wrapped_sentence_is_not_asked():
    lines = ["Le chantier de la digue de Port-Vert", "reprendra en mars."]
    assert not standing_alone(lines, [0, 0], 0) and not standing_alone(lines, [0, 0], 1)
    assert standing_alone(["Partager sur Mastodon", "Imprimer"], [0, 0], 0)
