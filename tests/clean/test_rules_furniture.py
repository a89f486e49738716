"""Whole-line furniture rules: date lines, agency tags, signatures, prompts, captions with credits."""
import pytest

from recoupe.clean import rules


@pytest.mark.parametrize("line, rule", [
    ("Publié le", "dateline"),
    ("Mis à jour le", "dateline"),
    ("Temps de lecture :", "dateline"),
    ("4 min", "dateline"),
    ("Durée de lecture : 2 minutes", "dateline"),
    ("12 février 2024 à 08h15", "dateline"),
    ("publié le 3 mai 2019 à 18h02 mis à jour le 3 mai 2019 à 19h40", "dateline"),
    ("mardi 14.03.2006, 07:41", "dateline"),
    ("21/09/2023 mis à jour: 11:05", "dateline"),
    ("2587", "dateline"),
    ("AFP", "credit"),
    ("/ATS", "credit"),
    ("Reuters/AFP", "credit"),
    ("J.-M.D.", "credit"),
    ("- K. LAMBERT klambert@journal-du-sud.fr", "credit"),
    ("Par , , Radio Sud, Radio Nord", "credit"),
    ("— Mairie de Brest (@VilleBrest) 4 mars 2023", "credit"),
    ("Bienvenue sur Radio Nord", "comment_widget"),
    ("Ne manquez rien de l'actualité en activant les alertes", "comment_widget"),
    ("Les commentaires sont soumis à la charte du site. lire la charte", "comment_widget"),
    ("Merci de nous avoir suivis. Rendez-vous demain pour un nouveau direct.", "comment_widget"),
    ("Le port reprend vie, selon les dockers… https://t.co/Ab12Cd34", "comment_widget"),
    ("L'ESSENTIEL", "section_label"),
    ("Ce direct est terminé", "section_label"),
    ("Les dockers devant le port de Brest. (PAUL ROY / AFP)", "caption"),
    ("Les dockers devant le port, le 2 mars 2023 - Paul ROY / AFP", "caption"),
    ("Les dockers devant le port. PHOTO PAUL ROY", "caption"),
    ("Photo d'archives Paul Roy", "credit"),
    ("Photo AGENCE / Paul Roy", "credit"),
    ("AGENCE/Paul Roy", "credit"),
    ("(AP Photo/Paul Roy)", "credit"),
    ("(Rédigé par Léa Roy, édité par Marc Aubin)", "credit"),
    ("3 mars 2024 18:32 UTC · Mis à jour il y a 2 heures", "dateline"),
    ("Partager sur X", "share_buttons"),
    ("Copier le lien", "share_buttons"),
    (">> LIRE AUSSI : Le port rouvre", "comment_widget"),
    ("Recevez notre newsletter Sport chaque matin", "comment_widget"),
    ("Newsletter : le meilleur du port chaque soir", "comment_widget"),
])
def test_furniture_lines(line, rule):
    assert rules.noise_rule(line, "fr") == rule


@pytest.mark.parametrize("line", [
    "Le 12 mars",                                        # a date subheading of a timeline
    "Le ministre a parlé le 3 mars 2024 devant les élus.",
    "Par ailleurs, le port a rouvert le 2 mai.",
    "Par manque de moyens",
    "Les dockers ont voté la grève, a indiqué le syndicat (CGT/FO).",
    "Top 5 - Les villes : « un été record » pour le tourisme",
    "AFP et Reuters ont confirmé la nouvelle mardi.",
    "Photo de famille au sommet",
    "Lyon/Marseille : le match de la saison",
])
def test_article_lines_are_not_furniture(line):
    assert rules.noise_rule(line, "fr") is None


@pytest.mark.parametrize("line, rest", [
    ("(Belga) Les syndicats ont appelé à la grève.", "Les syndicats ont appelé à la grève."),
    ("(Keystone-ATS) - Le Conseil a tranché.", "Le Conseil a tranché."),
    ("SAINT-MALO (AFP) - Le port a rouvert.", "Le port a rouvert."),
    ("ÉCONOMIE - Le port de Brest a doublé son trafic.", "Le port de Brest a doublé son trafic."),
    ("Ce direct sur la grève est terminé. Les dockers ont voté.", "Les dockers ont voté."),
])
def test_leading_furniture_is_cut(line, rest):
    assert line[rules.leading_noise(line, "fr"):] == rest


@pytest.mark.parametrize("line", ["CGT - FO : la rupture", "Non. Le ministre refuse.", "(Photo) Le port"])
def test_leading_text_kept(line):
    assert rules.leading_noise(line, "fr") is None


@pytest.mark.parametrize("line, kept", [
    ("Le port a rouvert. Lire l'article.", "Le port a rouvert."),
    ("Deux morts à Lyon. Lire notre article", "Deux morts à Lyon."),
    ("Trois blessés. Nous nous retrouverons demain pour un nouveau direct.", "Trois blessés."),
    ("Le papy a été soigné à Metz. K.L.", "Le papy a été soigné à Metz."),
])
def test_trailing_furniture_is_cut(line, kept):
    assert line[:rules.trailing_credit(line, "fr")].rstrip() == kept


@pytest.mark.parametrize("line, rest", [
    ("Quimper. Le conseil municipal a voté le budget.", "Le conseil municipal a voté le budget."),
])
def test_dateline_cut_from_the_first_paragraph_only(line, rest):
    assert line[rules.leading_noise(line, "fr", first=True):] == rest
    assert rules.leading_noise(line, "fr") is None


@pytest.mark.parametrize("line", ["|", " * * * ", "—"])
def test_symbol_lines(line):
    assert rules.noise_rule(line, "fr") == "symbols"
