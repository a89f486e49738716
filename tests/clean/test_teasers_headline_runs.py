"""clean.teasers: four or more headlines in a row inside the body are a list of other articles; an
announced list, a sentence wrapped over lines and a subheading over its paragraph stay."""
from brest_page import LAST, PROSE, TITLE, URL

HEADLINES = ("Un nom pour chaque rue : le casse-tête des petites communes\n"
             "Les phares de la côte nord : trente ans de veille\n"
             "Le club de volley au sommet, une saison à part\n"
             "Festivals d'été : qui monte sur scène cette année ?")


def test_a_run_of_headlines_between_paragraphs_goes(clean):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{HEADLINES}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_a_run_of_headlines_glued_under_a_blurb_goes(clean):
    blurb = "Un écrivain prépare un livre surprise. Il l'éditera lui-même. (Paul Roux)"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{blurb}\n{HEADLINES}\n\n{LAST}\n", url=URL)
    assert HEADLINES.splitlines()[0] not in cleaned.body and cleaned.body.endswith(LAST)


def test_a_list_the_article_announces_stays(clean):
    announced = f"Les chantiers retenus :\n{HEADLINES}"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{announced}\n\n{LAST}\n", url=URL)
    assert HEADLINES in cleaned.body


def test_a_sentence_wrapped_over_capitalised_lines_stays(clean):
    wrapped = ("Le port a reçu la visite de la ministre\nLe maire de Brest et le président\nDe la région Bretagne et des élus\n"
               "Du conseil portuaire venus en nombre\navant de visiter les quais.")
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{wrapped}\n\n{LAST}\n", url=URL)
    assert wrapped in cleaned.body
