"""Furniture in shapes many outlets share: an agency's acronym with its name spelt out, captions
credited after a colon, a caption printed twice above its credit, 'other articles' lists,
section labels run into a date line, player and print labels, bylines with a desk title, a
'back to top' button, and a country label glued to a headline found below furniture."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL


@pytest.mark.parametrize("line", [
    "APS Agence de presse du Sahel",                                  # acronym + name spelt out
    "MNA - Agence nationale d'information",
    "Le maire sur le quai, lundi. Photo : Radio Sud / Paul Roy",      # caption credited after a colon
    "Des dockers au travail au port de Brest. Photo: AFP",
    "Le quai ouest sous la pluie. Crédit photo : Léa Morvan",
    "Bouton remonter en haut de page",                                # back-to-top links
    "Retour en haut",
    "Remonter en haut de page",
    "Économie Publié le mardi 5 mars 2024 | Le Courrier du Port",     # section label + date line
    "Vie locale Mis à jour le 3 mai 2024 à 10h12",
    "durée 12h30",                                                    # player length, print button
    "Durée : 3 min 20",
    "imprimante",
    "Par Jeanne Kervella, Chef des nouvelles",                        # bylines with a desk title
    "Par Paul Le Du, directeur de l'information",
    "Par Léa Morvan, cheffe d'édition",
])
def test_furniture_line_goes(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("line", [
    "Le texte publié le 3 mai 2024 a surpris les dockers.",
    "Le comité, publié le 3 mai 2024",      # no comma: a subheading's shape (round 36)
    "La durée du chantier a doublé, selon la directrice.",
    "Le maire est revenu en haut de la tour pour constater les dégâts.",
    "Par ailleurs, le chef des dockers a quitté la réunion.",
    "AB Agence a ouvert un bureau sur le port, a précisé sa directrice.",
])
def test_prose_that_looks_like_that_furniture_stays(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{LAST}\n", url=URL)
    assert line in cleaned.body


@pytest.mark.parametrize("heading", ["Autres articles", "RECOMMANDÉS POUR VOUS", "D'autres articles"])
def test_a_closing_list_of_other_headlines_goes(clean, heading):
    tail = (f"{heading}\n-\nMali : une route rouverte après deux semaines de travaux\n-\n"
            "Sénégal: le port de Dakar double ses capacités d'accueil\n-\n"
            "Est du Cameroun: des pluies coupent plusieurs villages du reste du pays\n")
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{tail}", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_a_caption_printed_twice_above_its_credit_goes_whole(clean):
    caption = "Des grues au repos sur le quai. Le trafic a repris mardi."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{caption}\n\n{caption}\n\nReuters\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
    assert cleaned.article.author is None   # the credit below a caption is the picture's


def test_a_paragraph_said_twice_without_a_credit_keeps_one_copy(clean):
    twice = "Les dockers ont voté la grève. Le port restera fermé jusqu'à lundi."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{twice}\n\n{twice}\n\n{LAST}\n", url=URL)
    assert cleaned.body.count(twice) == 1


@pytest.mark.parametrize("label", ["France", "Monde", "Bretagne"])
def test_a_label_glued_to_a_headline_below_a_status_line_is_cut_by_the_slug(clean, label):
    text = f"Actualisé\n\n{label}{TITLE}\n\n{PROSE}\n\n{LAST}\n"
    cleaned = clean(text, url=URL)
    assert cleaned.title == TITLE


def test_a_camel_case_brand_the_slug_spells_stays_in_the_headline(clean):
    url = "https://www.radiosud.fr/tech/youtube-ferme-son-studio-de-brest_12.html"
    cleaned = clean(f"Actualisé\n\nYouTube ferme son studio de Brest\n\n{PROSE}\n", url=url)
    assert cleaned.title == "YouTube ferme son studio de Brest"


def test_a_name_among_print_and_share_buttons_is_the_byline(clean):
    header = "imprimante\nJeanne Kervella\nemail\nPar Jeanne Kervella, Chef des nouvelles"
    cleaned = clean(f"{TITLE}\n\n{header}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
    assert cleaned.article.author == "Jeanne Kervella"


@pytest.mark.parametrize("url", [
    "https://www.radiosud.ch/fr/monde/jusque-sur-les-quais-le-port-de-brest-double-son-trafic-id2024118.html",
    "https://www.radiosud.fr/Au-petit-matin-le-port-de-Brest-double-son-trafic_a123456.html",
])
def test_a_headline_spelling_the_slug_s_end_below_the_standfirst_is_the_title(clean, url):
    cleaned = clean(f"{PROSE}\n\n{TITLE}\n\n{LAST}\n", url=url)
    assert cleaned.title == TITLE
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_a_lead_sentence_that_echoes_part_of_the_slug_is_no_title(clean):
    url = "https://www.radiosud.fr/societe/greve-au-port-les-dockers-reclament-des-renforts_12.html"
    cleaned = clean(f"{PROSE}\n\nLes dockers réclament des renforts.\n\n{LAST}\n", url=url)
    assert cleaned.title is None


@pytest.mark.parametrize("heading", ["Dossier lié", "Dans le même dossier"])
def test_a_related_dossier_box_closing_the_page_goes(clean, heading):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{heading}\n\nLes quais de Brest en travaux\n\n12 articles\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("label", ["Bretagne | Faits divers", "Sports › Voile", "Économie"])
def test_the_headline_below_an_ad_blocker_notice_and_a_section_path_is_the_title(clean, label):
    notice = ("Vous utilisez un bloqueur de publicité ?\n"
              "Merci de le désactiver sur notre site : la publicité finance notre rédaction.\nContinuer ma lecture")
    cleaned = clean(f"{notice}\n\n{label}\n{TITLE}\nPublié le mardi 5 mars 2024 à 10h12\n\n{PROSE}\n\n{LAST}\n")
    assert cleaned.title == TITLE
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
