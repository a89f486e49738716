"""Whole-line and in-line furniture found on a second sample: agency and editing credits,
copyright captions, outlet addresses, comment footers, newsletter prompts, reporters' datelines."""
import pytest

from recoupe.clean import rules


@pytest.mark.parametrize("line, rule", [
    ("Radiosud.fr", "credit"),
    ("www.journal-du-lac.ch", "credit"),
    ("- JEANNE ROY", "credit"),
    ("Saint-Malo (Ille-et-Vilaine), reportage", "credit"),
    ("Lyon, correspondance", "credit"),
    ("De notre envoyée spéciale à Vilnius", "credit"),
    ("Crédit photo © Agence Nord", "credit"),
    ("Les grues du quai ouest, lundi matin. © Radio Sud - Paul Roy", "caption"),
    ("Le quai ouest, où le capteur est installé. © Jeanne Roy / Journal du Lac", "caption"),
    ("3 réactions", "comment_widget"),
    ("lire la charte", "comment_widget"),
    ("Il n'y a pas encore de commentaire sur ce sujet.", "comment_widget"),
    ("Voir les commentaires", "comment_widget"),
    ("Chaque soir, recevez l'actualité du port par newsletter.", "comment_widget"),
    ("Radio Sud utilise votre adresse e-mail pour vous adresser la lettre. Notre politique", "comment_widget"),
    ("Radio Sud utilise votr", "comment_widget"),
    ("choisir une région", "comment_widget"),
    ("placeholder video", "comment_widget"),
    ("Et aussi...", "section_label"),
    ("Ce live est désormais terminé.", "section_label"),
])
def test_more_furniture_lines(line, rule):
    assert rules.noise_rule(line, "fr") == rule


@pytest.mark.parametrize("line", [
    "Le site radiosud.fr a été piraté mardi, selon la direction.",
    "- Le port rouvre lundi",
    "Brest, la ville qui monte",
    "Le quai ouest. Les grues. © Radio Sud - Paul Roy. Les dockers ont voté la grève mardi soir.",
    "Les dockers ont reçu la newsletter du syndicat mardi, a indiqué la CGT.",
    "Le live de la chanteuse a été annulé.",
])
def test_article_lines_stay(line):
    assert rules.noise_rule(line, "fr") is None


@pytest.mark.parametrize("line, kept", [
    ("Le port a rouvert, a-t-il ajouté. (AFP)", "Le port a rouvert, a-t-il ajouté."),
    ("Le port a rouvert à Genève. (ats/jd)", "Le port a rouvert à Genève."),
    ("Le port a rouvert. (Rédigé par Léa Roy à Oslo ; version française Marc Aubin)", "Le port a rouvert."),
    ("Le taux reste à 2 %. (Reportage Léa Roy; version française Marc Aubin, édité par Paul Roy)",
     "Le taux reste à 2 %."),
])
def test_trailing_credits_are_cut(line, kept):
    assert line[:rules.trailing_credit(line, "fr")].rstrip() == kept


@pytest.mark.parametrize("line, first, rest", [
    ("3 mars (Reuters) - Le port de Brest a rouvert.", False, "Le port de Brest a rouvert."),
    ("(Montréal) Le ministre défend sa réforme.", True, "Le ministre défend sa réforme."),
    ("Ce live est désormais terminé. Les quais ferment.", False, "Les quais ferment."),
])
def test_leading_furniture_is_cut(line, first, rest):
    assert line[rules.leading_noise(line, "fr", first=first):] == rest


def test_bracketed_place_is_cut_from_the_first_paragraph_only():
    assert rules.leading_noise("(Montréal) Le ministre défend sa réforme.", "fr") is None


def test_agency_signature_is_no_caption():
    """A paragraph closed by the agency's initials is prose: only the signature goes."""
    assert rules.noise_rule("Le syndicat refuse toujours de signer l’accord. (ats/jd)", "fr") is None


@pytest.mark.parametrize("line", [
    "Le maire arrive en tête. (Avec 12 % des voix, il devance son rival.)",
    "Le recueil a été réédité. (Écrit en 1950, il reste un classique.)",
])
def test_closing_parenthesis_of_prose_is_kept(line):
    assert rules.trailing_credit(line, "fr") is None


@pytest.mark.parametrize("line", ["Questions/réponses", "Avant/après", "Parle le plus fort possible."])
def test_short_lines_with_a_slash_or_par_are_not_credits(clean, line):
    text = (f"Le port de Brest a doublé son trafic en un an, selon la chambre de commerce.\n\n{line}\n\n"
            "Le préfet a salué une année record pour les dockers de la rade.\n")
    assert line in clean(text).body


@pytest.mark.parametrize("opening", ["Non. ", "Enfin. "])
def test_a_one_word_sentence_opening_the_article_is_no_dateline(clean, opening):
    text = f"{opening}Le conseil municipal a rejeté le projet de parking souterrain, mardi soir.\n"
    assert clean(text).body.startswith(opening.strip())
