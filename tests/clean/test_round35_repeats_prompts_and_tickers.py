"""Round 35: a short line printed twice goes with its first copy, the headline again below the head's
furniture, a news ticker's item, prompts to report an error, to read on elsewhere or to click, a site's
address with its agency, a video's description field, a caption signed by its source after a dash."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules


@pytest.mark.parametrize("line", [
    "Les dockers réunis sur le quai ouest, lundi.",    # a caption without credit
    "En direct du quai ouest",                          # an embedded player's label
])
def test_a_short_line_printed_twice_goes_with_its_first_copy(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{LAST}\n\n{line}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("line", ["« Le port vivra », a dit la maire.", "Le port ferme. Les dockers votent."])
def test_a_short_quotation_or_two_sentences_printed_twice_keep_the_first_copy(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{LAST}\n\n{line}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{line}\n\n{LAST}"


def test_the_headline_again_below_the_head_furniture_goes(clean):
    head = "Short Url\nPartager\nPublié le mardi 4 mai 2021\nMis à jour le mardi 4 mai 2021"
    cleaned = clean(f"{TITLE}\n\n{head}\n\n{TITLE}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.title == TITLE
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("line, rule", [
    ("09h12 Port-Neuf: la grève des dockers reconduite AFP", "comment_widget"),
    ("Vous avez vu une erreur ou une info à ajouter? Signalez-la ici", "comment_widget"),
    ("Lire la suite sur RADIO SUD", "comment_widget"),
    ("Si la carte ne s'affiche pas sur votre téléphone, cliquez sur ce lien.", "comment_widget"),
    ("Déjà abonné Je me connecte", "comment_widget"),
    ("RadioSud.fr avec AFP", "credit"),
    ("Contenu partenaire", "section_label"),
    ("Description : Les quais sous l'eau, au matin de la crue.", "caption"),
    ("Regardez à Portsall ces images de J.Roy et P.Mas :", "caption"),
    ("Les stations de mesure du canton en juin. - Office de l'eau", "caption"),
])
def test_furniture_lines(line, rule):
    assert rules.noise_rule(line, "fr") == rule


@pytest.mark.parametrize("line", [
    "Vers 9h12, les dockers ont voté la grève avec la CGT.",
    "Il suffit de cliquer sur le lien pour voter, a expliqué la maire.",
    "Le port a rouvert lundi. - La suite des travaux est prévue en juin, a-t-elle ajouté.",
    "La description de la crue a été faite par les pompiers.",
    "Les quais ont été rénovés. - Le Havre",
])
def test_sentences_like_them_stay(line):
    assert rules.noise_rule(line, "fr") is None


def test_a_lone_bulleted_heading_between_paragraphs_goes_a_list_stays(clean):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n• Les dockers en colère\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
    items = "• Le quai ouest\n• Le quai nord"
    assert items in clean(f"{TITLE}\n\n{PROSE}\n\n{items}\n\n{LAST}\n", url=URL).body
