"""Page furniture of a fifth sample: shortcodes, wire notices, gates, bulleted teasers, signatures."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL

@pytest.mark.parametrize("line", [
    "[ad_1]", "[embed]", "[/caption]",                                   # CMS shortcodes
    "© AFP. Un cargo à quai à Brest, lundi. /Photo prise le 3 mars 2024/AFP/Paul Roy",
    "(Bien lire « nord » (pas « sud ») au 2e paragraphe)",               # wire correction notices
    "(Corrige le bilan au troisième paragraphe)",
    "Pour voir ce contenu, connectez-vous gratuitement",                 # content gates
    "Pour regarder cette vidéo, acceptez les cookies",
    "L'espace des commentaires est réservé aux abonnés.",
    "Ce texte fait partie d'un cahier spécial.",
    "Cet article fait partie de notre série sur les ports bretons.",
    "Par Jeanne Kervella avec Paul Le Du",                               # byline with a second writer
    "Un reportage de Jeanne Kervella, Paul Le Du et Léa Morvan",         # crew credits
    "Images : Paul Le Du et Léa Morvan",
    "Un cargo à quai dans le port. Photo Léa el-Amine.",                 # caption, particle in the name
    "Le quai ouest sous la pluie. Photo Paul Le Du",
])
def test_furniture_line_goes(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("line", [
    "Pour voir ce contenu, le public devra patienter jusqu'en mai, a indiqué la directrice.",
    "Un reportage de France 3 a montré les quais déserts pendant la grève de mars.",
    "Par ailleurs, avec la grève, le trafic a baissé de 12 % en avril.",
    "Ce texte fait débat au conseil portuaire depuis l'hiver.",
])
def test_prose_that_starts_like_furniture_stays(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{LAST}\n", url=URL)
    assert line in cleaned.body


@pytest.mark.parametrize("opening, text", [
    ("Lagos (Nigeria), 3 mars (Radio Sud) – ", "Le port de Lagos a doublé son trafic en un an."),
    ("Brest, 12 avril 2024 (RadioSud) - ", "Le port de Brest a doublé son trafic en un an."),
])
def test_wire_dateline_with_any_source_tag_goes(clean, opening, text):
    cleaned = clean(f"{TITLE}\n\n{opening}{text}\n\n{LAST}\n", url=URL)
    assert cleaned.body.startswith(text)


def test_roundup_item_with_a_party_tag_stays(clean):
    item = "Jeanne Kervella (Radio Sud) – « Nous ne céderons rien », a-t-elle dit."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{item}\n\n{LAST}\n", url=URL)
    assert item in cleaned.body
