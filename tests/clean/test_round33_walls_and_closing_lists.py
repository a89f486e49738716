"""Round 33: account walls and player notices in other words, a republishing box, a list of other
videos whose items run their time into their section's name, a rule drawn with underscores."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules


@pytest.mark.parametrize("line", [
    "Si vous êtes déjà inscrite, identifiez-vous pour continuer.",
    "Si vous avez déjà un compte, connectez-vous.",
    "Pas encore abonné ? Abonnez-vous", "Pas encore de compte ?",
    "Vous avez envie de connaître la suite ?", "Débloquez l'accès à tous nos articles dès maintenant.",
    "Restez informés ! Inscrivez-vous à nos alertes du matin.", "Restez informé",
    "Vidéo suivante dans 8 secondes", "Vos commentaires doivent respecter la charte du site.",
    "Republier cet article", "Vous êtes libre de reproduire ce reportage à condition de citer la source.",
    "Ajoutez ce contenu sur votre blog avec ce lien.", "Exit mobile version",
    "______________________",
])
def test_walls_players_and_republishing_boxes_are_noise(line):
    assert rules.noise_rule(line, "fr")


@pytest.mark.parametrize("line", [
    "Si vous avez déjà un compte chez ce fournisseur, la facture baissera de 4 %, a précisé le médiateur.",
    "Pas encore de compte rendu officiel : la mairie attend le rapport des pompiers.",
    "Restez informés des horaires de la ligne 12 pendant les travaux, a demandé la mairie aux usagers.",
    "Vos réactions doivent respecter la loi, a rappelé le juge aux deux plaignants après l'audience.",
    "Vous êtes libres de reproduire ce texte, a assuré l'auteur, qui renonce à ses droits.",
])
def test_sentences_of_prose_on_the_same_words_stay(line):
    assert rules.noise_rule(line, "fr") is None


def test_other_videos_below_the_text_go_with_their_stamped_items(clean):
    items = ("08:15Sport - Le club de Morlaix gagne le derby\n\n"
             "07:40Société - Une école rouvre après les inondations à Quimperlé\n\n"
             "23/11Culture - Un festival de contes s'installe dans trois villages !")
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\nAutres vidéos\n\n{items}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_a_topic_box_closing_the_page_goes(clean):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\nThèmes abordés\n\nPorts\n\nEmploi\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_a_time_in_a_sentence_opening_a_paragraph_is_no_list_item(clean):
    # "10:30" followed by a space and prose: the last paragraph of the article stays
    last = "10:30 Les dockers ont repris le travail, a indiqué la capitainerie."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{last}\n", url=URL)
    assert "repris le travail" in cleaned.body


def test_a_subheading_above_a_paragraph_cut_off_by_the_excerpt_stays(clean):
    heading = "Réactions du maire et de la préfète"
    cut = "Ce lundi soir, le maire de Brest réagit dans un communiqué. Il salue le travail des dockers et prom"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{heading}\n\n{cut}\n", url=URL)
    assert cut in cleaned.body


def test_an_ellipsis_headline_spelling_the_slug_is_the_title(clean):
    url = "https://www.journal.bj/le-port-ferme-ses-quais-ce-lundi"
    cleaned = clean(f"Le port ferme ses quais ce lundi…\n\n{PROSE}\n\n{LAST}\n", url=url)
    assert cleaned.title == "Le port ferme ses quais ce lundi…"


def test_a_match_clock_before_a_dash_stays_with_its_entry(clean):
    entries = "12:40 - BUT - Le centre de Lorient égalise d'une frappe croisée.\n\n00:00 - Début de la rencontre."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{entries}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{entries}"


def test_words_cut_off_above_a_paywall_are_the_articles(clean):
    wall = "Si vous êtes déjà abonné, identifiez-vous ici.\n\nPas encore abonné ? Abonnez-vous"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\nLes dockers ont vo\n\n{wall}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\nLes dockers ont vo"
