"""Page furniture of a fourth sample: closing furniture, promotion boxes, glued labels, credits."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL

@pytest.mark.parametrize("tail", [
    "Vos réactions\n\nCharte des échanges / Un message déplacé? Signalez-le",
    "À la une de Radio Sud\nÀ découvrir sur Radio Sud +\n\nLe choix de la rédaction\n  1. «\nEmbruns\n» au théâtre de Morlaix.\n"
    "  2. Anne Guivarch, applaudie par les pêcheurs pendant la criée de mardi. Le conseil régional, lui, hésite.\n\n"
    "    Les adieux agités d'Anne Guivarch",
    "LES PLUS LUS :\n1. Le maire de Quimper démissionne\n2. Tempête sur le Finistère : trois blessés",
    "Sur le même sujet\n• Les dockers de Lorient en grève\nLe billet du jour\n  • Une note sur l'orthographe des rues qui défend",
    "Lire aussi",
    "À la u",                                           # a heading cut off where the page was cut
    "Les plus l",
])
def test_closing_furniture_goes(clean, tail):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{tail}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_article_going_on_below_an_inline_box_stays(clean):
    more = "Le trafic devrait encore croître l'an prochain, selon la chambre de commerce de Brest."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\nSur le même sujet\n\n{LAST}\n\n{more}\n", url=URL)
    assert LAST in cleaned.body and more in cleaned.body


@pytest.mark.parametrize("box", [
    "Le meilleur du port : notre sélection du soir\nChaque soir, notre rédaction vous envoie l'essentiel du port.\n"
    "Radio Sud utilise votre adresse électronique pour cet unique envoi quotidien.",
    "La lettre de la mer\nRecevez chaque lundi les nouvelles des ports bretons.\n"
    "Je m'inscris",
])
def test_promotion_box_with_a_long_label_goes(clean, box):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{box}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_paragraph_above_a_widget_line_without_reader_words_stays(clean):
    paragraph = "Le port en chiffres : deux quais\nLe port a accueilli 300 navires en mars."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{paragraph}\nAbonnez-vous\n\n{LAST}\n", url=URL)
    assert "Le port a accueilli 300 navires en mars." in cleaned.body
