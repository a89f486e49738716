"""Page furniture of round 26: a date line naming the site's address, an estimated reading time,
arrowed "à lire à ce sujet" teasers, a summary box's heading, a breadcrumb glued to a paragraph,
a wire dateline with an abbreviated place and a bracketed source, an agency's acronym and the
editors' initials closing the story, a map's caption."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules


@pytest.mark.parametrize("line", [
    "Publié le 2023-11-08 | radiosud.fr",
    "Publié le 8 novembre 2023 | www.radiosud.fr",
    "Temps de lecture estimé : 4 minutes",
    "Articles les plus lus",
    "Publicité Lire la suite",
    "Coup d'oeil sur cet article",
    "Coup d’œil sur cet article",
    "-> À lire à ce sujet: Les dockers de Lorient reprennent le travail",
    "> A lire à ce sujet : La criée de Quimper rouvre ses portes",
    "(APS)",
    "La commune de Plouzané marquée en rouge sur la carte.",
    "Les quartiers inondés, en bleu sur cette carte",
])
def test_furniture_line_is_noise(line):
    assert rules.noise_rule(line, "fr")


@pytest.mark.parametrize("line", [
    "Le maire a publié le rapport le 8 novembre | un geste salué",   # a bar in prose, no web address after it
    "Le temps de lecture du rapport a été estimé à quatre heures par les élus.",
    "La commune a été marquée par la tempête, qui figure en rouge sur la carte des alertes de la préfecture.",
    "(Brest)",                                                       # a place in brackets, no acronym
])
def test_prose_is_kept(line):
    assert not rules.noise_rule(line, "fr")


@pytest.mark.parametrize("lead, text", [
    ("Ligue régionale » ", "Dans une salle presque pleine, le club a battu Quimper."),
    ("St-P.-de-B., 3 mai 2024 [RadioSud] --- ", "Le conseil municipal a été installé jeudi."),
])
def test_leading_furniture_is_cut(lead, text):
    assert rules.leading_noise(lead + text, "fr", first=True, top=True) == len(lead)


def test_quotation_closed_mid_paragraph_is_no_breadcrumb():
    assert rules.leading_noise("« Nous partons » Le maire a souri.", "fr", first=True, top=True) is None


@pytest.mark.parametrize("tail", ["(APS)\n\njrm", "jrm/pl"])
def test_agency_tag_and_editors_initials_closing_the_story_go(clean, tail):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{tail}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_lower_case_words_below_a_heading_stay(clean):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\nLe mot breton du jour :\n\nkae\n", url=URL)
    assert "kae" in cleaned.body
