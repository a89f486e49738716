"""Round 36: a caption opened by its credit in brackets (maybe between a lost icon's marks), and a report's
announcing line that names the report without a colon; a sentence closed by a picture agency's name."""
import pytest

from recoupe.clean import rules


@pytest.mark.parametrize("line", [
    "(Photo Jeanne Kervella) Les dockers sur le quai ouest, lundi.",
    "?? (Photo Yann Le Goff) ?? Le port de Brest sous la neige au petit matin.",
    "Voyez le reportage tourné lundi de Jeanne Kervella et Yann Le Goff",
    "Regardez la vidéo de notre envoyé spécial",
    "Les dockers sur le quai ouest, lundi. Maxppp.",     # a picture agency after the stop
])
def test_captions_and_announcing_lines_go(line):
    assert rules.noise_rule(line, "fr") == "caption"


@pytest.mark.parametrize("line", [
    "(Photo Jeanne Kervella) Les dockers sont restés sur le quai. Le préfet est venu lundi.",
    "Regardez les images du port, a lancé la maire aux élus.",
    "Voyez les dockers : ils travaillent la nuit",
    "La digue sera reconstruite d'ici l'été. AFP",          # a wire signs its text
])
def test_paragraphs_and_sentences_stay(line):
    assert rules.noise_rule(line, "fr") is None
