"""Page furniture of a seventh sample: captions closed by their credit, bylines made of a name
alone, embedded posts, widgets of comment forms and wire feeds, update stamps, alt texts."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL


@pytest.mark.parametrize("furniture", [
    # a one-sentence caption closed by its picture credit, in the forms outlets print it
    "La directrice du port lors d'une conférence à Brest. [AGENCE - PAUL LE DU]",
    "Trois élus étaient présents lundi sur le quai ouest. KEYSTONE/Anna Berger",
    "Un cargo à quai à Lorient le 3 mars 2021. - Léa Kerouac - AFP",
    "Le terminal sud, vu depuis la digue. [Paul Roy/Radio Sud]",
    # widgets: a log-in prompt, an empty media slot, a wire feed's notice, a link home
    "Vous devez vous connecter pour publier un commentaire.",
    "Vous devez être abonné pour réagir à cet article.",
    "image",
    "Vidéo",
    "Cet article a été publié automatiquement. Source : ats",
    "Cette dépêche a été mise en ligne automatiquement.",
    "L'accueil",
    "Retour à l'accueil",
    # an embedded post's credit cut off inside the handle, its text right above it
    "Fermeture du quai ouest dès 11h45 #port @VilleDeBrest\n— Mairie de Brest (@Mair",
])
def test_furniture_between_paragraphs_is_removed(clean, furniture):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{furniture}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("paragraph", [
    "Le port a rouvert lundi, a indiqué la mairie. [sic]",          # no credit in the brackets
    "Les dockers ont voté la grève, a dit Paul Roy - Radio Sud.",      # a sentence, no caption
    "Le maire a salué une « image » forte pour la ville de Brest.",
    "Le syndicat a relayé l'appel sur son compte #port, sans plus de détails.",
])
def test_article_paragraphs_stay(clean, paragraph):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{paragraph}\n\n{LAST}\n", url=URL)
    assert paragraph in cleaned.body


def test_caption_printed_twice_with_initial_in_credit_goes(clean):
    caption = "Le quai ouest du port de Brest, fermé depuis lundi."
    cleaned = clean(f"{TITLE}\n\n{caption}\n{caption} — P. ROY / RADIO SUD\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_capital_credit_glued_to_a_sentence_keeps_the_sentence(clean):
    sentence = "Notons que plusieurs équipes de pompiers ont été appelées sur le quai pour sécuriser la zone."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\nPHOTO PAUL ROY, RADIO SUD {sentence}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{sentence}\n\n{LAST}"


@pytest.mark.parametrize("stamp", ["[Mis à jour le 3 mai 2024 à 10h12]", "(Actualisé à 14h)", "[MAJ 12h30]"])
def test_update_stamp_opening_a_paragraph_is_cut(clean, stamp):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{stamp} {LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
