"""Page furniture of round 29: a sidebar of other stories (headlines with leads cut off by an
ellipsis) under its heading, social and newsletter boxes, account prompts, a skip link, credit lines
(a broadcast crew, an inquiry's collaborators, a translator, an agency's wire notice, an archive
picture) and an author's name left between a paywall notice and a sidebar."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules

SIDEBAR = ("Incendie au port de Numbo\n\nPlusieurs hangars ont été...\n\n"
           "La bipolarisation\n\nLes élections municipales sont marquées du sceau du...\n\n"
           "« Besoin de calme » : les mots des candidats\n\nDeux listes qui « reflètent un…")


@pytest.mark.parametrize("heading", ["Fil d'actualité", "À lire aussi", "DERNIÈRES INFOS"])
def test_sidebar_of_cut_leads_and_its_heading_go(clean, heading):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{heading}\n\n{SIDEBAR}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_one_body_line_ending_with_an_ellipsis_stays(clean):
    hesitation = "Le maire a hésité : « Nous verrons bien, on ne sait jamais..."
    intertitle = "« La criée attend »"   # a pull quote: content
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{intertitle}\n\n{hesitation}\n\n{LAST}\n", url=URL)
    assert intertitle in cleaned.body and hesitation in cleaned.body


def test_quoted_cut_lines_under_headings_stay(clean):
    """Two headings each above a line ending inside a quotation: the article's own, no sidebar."""
    own = ("Le doute\n\nUn docker lâche : « On verra bien si ça tient...\n\n"
           "La colère\n\nSa collègue répond : « Encore des promesses…")
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{own}\n\n{LAST}\n", url=URL)
    assert "On verra bien si ça tient..." in cleaned.body and "Encore des promesses…" in cleaned.body


@pytest.mark.parametrize("line", [
    # social newsletter and account widgets are noise
    "12,345FansJ'aime", "402SuiveursSuivre", "1.2kAbonnés", "Nos réseaux", "Newsletter",
    "Inscrivez-vous pour recevoir chaque semaine notre newsletter dans votre boîte de",
    "Connectez-vous pour y accéder !", "Connectez vous pour y accéder !",
    "Identifiez-vous pour sauvegarder cet article et le consulter plus tard !",
    "Début du contenu principal.", "Aller au contenu principal",
    # credit lines are noise
    "RADIO SUD | Reportage A. Roy, B. Mas, C. Le Goff",
    "Enquête de Jeanne Roy, collaboration Paul Mas et Léa Vidal.",
    "* Traduit de l'anglais par Marie Le Goff",
    "Seulement une partie des dépêches que l'agence diffuse à ses abonnés est publiée ici.",
    "Archives RADIO SUD",
])
def test_widgets_and_credit_lines_are_noise(line):
    assert rules.noise_rule(line, "fr")


@pytest.mark.parametrize("line", [
    "La mairie a lancé une newsletter pour informer les riverains des travaux du quai.",
    "Inscrivez-vous avant vendredi, a rappelé la directrice du port aux candidats.",
    "Le port compte 12 345 abonnés à sa lettre, selon sa directrice.",
    "Le livre, traduit de l'anglais par Marie Le Goff, paraît jeudi en librairie.",
    "Les archives de la ville ont été numérisées cette année.",
])
def test_sentences_about_newsletters_translations_and_archives_stay(line):
    assert rules.noise_rule(line, "fr") is None


@pytest.mark.parametrize("credit", [
    "RADIO SUD | Reportage A. Roy, B. Mas",
    "Enquête de Jeanne Roy, collaboration Paul Mas et Léa Vidal.",
])
def test_credit_glued_after_the_last_sentence_goes(clean, credit):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST} {credit}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_signature_between_paywall_and_sidebar_goes(clean):
    page = (f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\nCe contenu est réservé aux abonnés.\n\n"
            f"Connectez-vous pour y accéder !\n\nMarie-Anne Le Goff\n\nFil d'actualité\n\n{SIDEBAR}\n")
    assert clean(page, url=URL).body == f"{PROSE}\n\n{LAST}"


def test_name_closing_the_article_with_no_furniture_above_stays(clean):
    """A name as the last kept line right below prose is left to the signature rules of before."""
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\nLe quai Nord\n\n{LAST}\n\nFil d'actualité\n\n{SIDEBAR}\n", url=URL)
    assert cleaned.body.endswith(LAST)
