"""Page furniture of a third sample: signatures, teasers in lists, captions, closing trailers."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL

@pytest.mark.parametrize("furniture", [
    "Agence France-Presse",                                  # the agency as the byline
    "tb, ats",                                               # editors' initials and agency
    "et AFP",                                                # the end of a byline cut short
    "Par Radio Sud Bretagne (avec AFP)",
    "Jeanne Kervella Radio Sud",                             # a name then the site's name
    "Jeanne Kervella\nj.kervella@radiosud.fr",               # a name above its e-mail
    "Yann Corre\n\nY. C.",                                   # a name above its initials
    "• À lire aussi: Les dockers de Lorient en grève",       # a teaser set as a list item
    "Une grue sur le quai ouest - Brest (Illustration)",
    "PHOTO PAUL ROY, ARCHIVES RADIO SUD La directrice du port, Jeanne Kervella",
    "🔶 Alerte au port https://t.co/Ab12cd pic.twitter.com/Xy34 — Port de Brest (@portbrest) June 4, 2022",
    "samedi 4 mai 2024 - 06:55 - Paul ROY",                  # date, hour and author
])
def test_furniture_line_between_paragraphs_is_removed(clean, furniture):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{furniture}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("paragraph", [
    "► Match nul à Brest entre les deux équipes de tête, qui se neutralisent (1-1) malgré la domination "
    "des locaux pendant toute la seconde période. Les visiteurs ont égalisé à la dernière minute sur "
    "un penalty contesté par tout le banc brestois, qui a réclamé la vidéo sans l'obtenir.",
    "Paul Roy a parlé au téléphone avec le maire de Brest, puis avec le préfet.",
])
def test_article_paragraphs_stay(clean, paragraph):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{paragraph}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{paragraph}\n\n{LAST}"


@pytest.mark.parametrize("last", [
    "Le port rouvre lundi. (Léa Roy, version français Marc Aubin)",
    "Le port rouvre lundi.... suite de l'article sur Radio Nord",
])
def test_trailing_credit_is_cut_from_the_last_paragraph(clean, last):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{last}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\nLe port rouvre lundi."


def test_photo_credit_printed_twice_is_no_title(clean):
    cleaned = clean(f"JEANNE ROY / AFP JEANNE ROY / AFP\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.title is None
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
