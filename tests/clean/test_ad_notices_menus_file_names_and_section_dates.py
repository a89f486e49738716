"""Page overlays and header furniture: ad-blocker notices, error prompts, flattened menus,
picture file names, section + date lines, bracketed kickers, bylines with a place."""
import pytest

HEADLINE = "Le port de Lorient double son trafic de conteneurs"
LEAD = ("Le port de Lorient a doublé son trafic de conteneurs en un an, a annoncé mardi sa "
        "directrice, Anne Le Gall, devant les élus de la région.")
URL = "https://www.ouest-quotidien.fr/economie/le-port-de-lorient-double-son-trafic-de-conteneurs-4821"


@pytest.mark.parametrize("line", [
    "Vous utilisez un AdBlock ?! :)",
    "Vous utilisez un bloqueur de publicité",
    "Merci de désactiver votre bloqueur juste pour ce site, la publicité nous fait vivre.",
    "En échange, nous nous engageons à limiter les encarts publicitaires.",
    "Continuer ma lecture",
    "Lire le journal numérique",
    "pour sauvegarder mes articles et personnaliser mon fil",
    "Une faute ?",
    "Une erreur ? Signalez-la",
    "Signaler une erreur",
    "Lire notre charte",
    "Accueil Actualités Vie locale Sports Météo Petites annonces Contact",
    "Marie_Dupont_au_port_de_Lorient",
    "IMG_2034.JPG",
    "Handball masculin  •  07.01.2022",
    "Vie locale | 12 mars 2023 à 10h05",
    "Résumé du match",
    "Les temps forts du match",
    "Le maire de Lorient devant les nouveaux quais Copier",
    "03/06/2021 09:12 CET | Actualisé 03/06/2021 11:40 CET",
])
def test_furniture_line_is_removed(clean, line):
    body = clean(f"{HEADLINE}\n\n{LEAD}\n\n{line}\n\nLes dockers saluent ces chiffres.\n").body
    assert line not in body and LEAD in body


@pytest.mark.parametrize("line", [
    "Le maire veut désactiver les radars de la ville.",
    "Le groupe réduit ses formats publicitaires sur ses chaînes.",
    "Accueil des réfugiés : la commune ouvre un gymnase",
    "Une faute de frappe a coûté 2 millions d'euros à la banque.",
    "Le résumé du match a été diffusé dimanche soir sur la chaîne locale.",
    "Le club reçoit Brest | Rennes recule",
    "Il faut copier le modèle du port voisin, estime la directrice.",
])
def test_article_line_is_kept(clean, line):
    assert line in clean(f"{HEADLINE}\n\n{LEAD}\n\n{line}\n").body


def test_headline_below_an_ad_blocker_overlay_and_teasers(clean):
    """The page opens with the overlay and other articles' teasers; the slug spells the headline."""
    top = ("Oups !\n\nVous utilisez un AdBlock ?! :)\nMerci de le désactiver pour ce site, la presse en vit.\n"
           "Connectez-vous\nContinuer ma lecture\nLe stade de Vannes sera rénové en 2026\n"
           "Le club a perdu son capitaine sur blessure. Il sera absent trois semaines.\n")
    cleaned = clean(f"{top}{HEADLINE}\nPublié le 15/12/2023 à 23:35\n\n{LEAD}\n", url=URL)
    assert cleaned.title == HEADLINE
    assert cleaned.body == LEAD


@pytest.mark.parametrize("dateline", [
    "24 février 2021 17:20; Act: 24.02.2021 17:20 Print",
    "Publié le 24 février 2021 à 17h20",
])
def test_headline_below_a_section_and_its_date_line(clean, dateline):
    cleaned = clean(f"Économie\n{dateline}\n«Nous n'avons jamais vu autant de navires»\n{LEAD}\n")
    assert cleaned.title == "«Nous n'avons jamais vu autant de navires»"
    assert cleaned.body == LEAD and cleaned.article.published == "2021-02-24"


@pytest.mark.parametrize("kicker", ["[ Vie locale ]", "[VIDÉO]", "[Économie maritime]"])
def test_bracketed_section_label_before_the_headline(clean, kicker):
    assert clean(f"{kicker} {HEADLINE}\n\n{LEAD}\n").title == HEADLINE


@pytest.mark.parametrize("byline, author", [
    ("par Marc Tanguy, Lausanne - ", "Marc Tanguy"),
    ("par Lucie de Montfort, Saint-Malo – ", "Lucie de Montfort"),
])
def test_byline_with_a_place_glued_to_the_standfirst(clean, byline, author):
    cleaned = clean(f"{HEADLINE}\n\n{byline}{LEAD}\n\nLes dockers saluent ces chiffres.\n")
    assert cleaned.body.startswith(LEAD)
    assert cleaned.article.author == author
