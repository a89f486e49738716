"""Page furniture of a sixth sample: credited captions, wire and dash signatures, menus, glued
bylines, headlines below a notice or none above a wrapped paragraph, two-digit years."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL

@pytest.mark.parametrize("furniture", [
    "Une grue sur le quai ouest, lundi. (DR)",                                   # droits réservés
    "Des dockers au travail, le 3 mai 2024. (Capture d'écran vidéo ; avec l'accord de Radio Sud)",
    "La directrice devant le port, mardi. (Crédit : Paul Roy/Radio Sud)",
    "La directrice a parlé devant les élus. (archives). AGENCEPHOTO",           # archive picture, agency
    "Dockers at work in Brest on Tuesday. RADIO SUD/Paul Roy Photo: Paul Roy/Radio Sud",
    "(Rédaction de l'agence, version française Léa Roy)",                       # wire writing credit
    "Un texte de Marion Kerbrat",
    "- Anne-Marie KERBRAT.",                                                     # dash signature
    "Jeanne Roy, La Presse canadienne - La Presse Canadienne",
    "Accueil    Sports    Économie    Météo    Annonces",                       # a flattened menu row
])
def test_furniture_line_between_paragraphs_is_removed(clean, furniture):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{furniture}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("paragraph", [
    "Le maire a montré une photo : le quai sous l'eau après la tempête.",   # a photo in the text, no credit
    "La SNCF Réseau a annoncé des travaux sur la ligne de Quimper pour le mois de mai.",
    "Les dockers ont voté la grève    à une large majorité, selon le syndicat.",
])
def test_article_paragraphs_stay(clean, paragraph):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{paragraph}\n\n{LAST}\n", url=URL)
    assert PROSE in cleaned.body and LAST in cleaned.body
    assert paragraph.split(" Photo")[0] in cleaned.body


@pytest.mark.parametrize("signature, author", [
    ("- Anne-Marie KERBRAT.", "Anne-Marie KERBRAT"),
    ("Un texte de Marion Kerbrat", "Marion Kerbrat"),
    ("Jeanne Roy, Agence France-Presse", "Jeanne Roy"),
])
def test_signature_line_gives_the_author(clean, signature, author):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{signature}\n\n{LAST}\n", url=URL)
    assert cleaned.article.author == author
