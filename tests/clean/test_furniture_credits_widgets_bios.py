"""Furniture families of round 9: credits naming a picture site, a copy-link confirmation, an agency
credit with its edit time, editors' revision notes, paywall and advertising-break notices, gallery
counters, related-content labels, a caption printed twice on one line, a writer's biography."""
import pytest

from brest_page import LAST, TITLE, URL

PROSE = ("Le port de Brest a doublé son trafic en un an, a annoncé mardi sa directrice, "
         "Jeanne Kervella, devant les élus de la région.")


@pytest.mark.parametrize("line", [
    "Photo: banque-images.ch",
    "Photo : Paul Roy / photos-mer.com",
    "(Source: Léa Kerouac / Images-du-large.com)",
    "Source : port-de-brest.fr",
    "• Copié",
    "Lien copié",
    "avec AFP , modifié à",
    "Avec Reuters, mis à jour le 3 mars à 10h12",
    "(Cet article a été corrigé pour rectifier le nom du port)",
    "(Cette dépêche a été mise à jour avec la réaction de la mairie)",
    "(Version corrigée : le trafic a doublé, et non triplé)",
    "Article réservé aux abonnés",
    "Contenu réservé à nos abonnés",
    "La suite après la publicité",
    "Suite de l'article après cette publicité",
    "L'article continue sous la publicité",
    "7 images",
    "Diaporama : 12 photos",
    "3/12",
    "également intéressant",
    "Ce que nous savons à cette heure :",
    "Déjà abonné ? Se connecter",
    "Déjà inscrite ? Connectez-vous",
])
def test_furniture_line_is_removed(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("line", [
    "Ce texte a été modifié par le Sénat, qui a supprimé l'article sur les quais.",
    "Publicité mensongère : le tribunal de Brest condamne un armateur.",
    "Source : le ministère de la Mer. Il précise que les chiffres sont provisoires.",
    "Il y a 7 images de la tempête sur le site de la mairie, a-t-elle ajouté.",
])
def test_prose_that_looks_like_furniture_is_kept(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{LAST}\n", url=URL)
    assert line in cleaned.body


@pytest.mark.parametrize("caption", [
    "Des grues sur le quai ouest (Brest) Des grues sur le quai ouest (Brest)© PAUL ROY",
    "Des grues sur le quai ouest - Mars 2024Des grues sur le quai ouest - Mars 2024",
    "Des grues sur le quai ouest, lundi.\n5 images\nDes grues sur le quai ouest, lundi. - © PAUL ROY - AFP",
    "Des grues sur le quai ouest, lundi.\n5 images\nDes grues sur le quai ouest, lundi.\nPhoto: agence-images.fr",
])
def test_caption_printed_twice_is_removed(clean, caption):
    cleaned = clean(f"{TITLE}\n\n{caption}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("byline, bio", [
    ("Par Jeanne Roy | Journaliste",
     "Passionnée de voile et de politique locale, Jeanne Roy est journaliste pour Radio Sud depuis mars 2016."),
    ("Par Paul Le Du, rédacteur en chef",
     "Paul Le Du a rejoint la rédaction en 2019 après dix ans à Rennes."),
    ("Par Léa Morin | Journaliste",
     "Léa Morin couvre le rugby amateur dans le Gers depuis 2012. Avant de rejoindre Radio Sud, elle a travaillé à Auch."),
])
def test_byline_with_role_and_the_writer_bio_are_removed(clean, byline, bio):
    cleaned = clean(f"{TITLE}\n\n{byline}\n{bio}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
    assert cleaned.article.author == byline[4:].split(" |")[0].split(",")[0]


def test_a_lead_naming_someone_else_after_the_byline_is_kept(clean):
    lead = "Jeanne Kervella est journaliste de formation : la directrice du port a présenté mardi ses chiffres."
    cleaned = clean(f"{TITLE}\n\nPar Jeanne Roy | Journaliste\n{lead}\n\n{LAST}\n", url=URL)
    assert lead in cleaned.body
