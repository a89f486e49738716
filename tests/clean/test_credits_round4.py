"""Signatures, slash credits, glued section labels and leading datelines (fourth sample)."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL

@pytest.mark.parametrize("signature", [
    "Maëlle Kerouac, avec AFP", "Maëlle Kerouac et Paul Le Du (avec Reuters)", "Maëlle KEROUAC et AFP",
    "Paul Roy/Radio Sud", "J. ROY / Le Télégramme",
])
def test_signature_lines_go(clean, signature):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{LAST}\n\n{signature}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("credit", ["Paul Roy/Radio Sud", "Anne-Marie Le Goff / Le Journal du Port", "P. ROY/AFP"])
def test_slash_credit_after_a_caption_is_cut(clean, credit):
    caption = "La directrice du port, Jeanne Kervella, sur le quai ouest, le 3 mars 2024."
    cleaned = clean(f"{TITLE}\n\n{caption} {credit}\n\n{PROSE}\n", url=URL)
    assert cleaned.body == f"{caption}\n\n{PROSE}"


@pytest.mark.parametrize("label", ["Social", "Économie", "Politique - Diplomatie", "Santé"])
def test_section_label_glued_before_the_standfirst_is_cut(clean, label):
    standfirst = "En Bretagne, les dockers espèrent frapper plus fort encore demain"
    cleaned = clean(f"{TITLE}\n\n{label} {standfirst}\n\n{PROSE}\n", url=URL)
    assert cleaned.body.startswith(standfirst)


@pytest.mark.parametrize("opening", [
    "Santé Canada a rappelé mardi un lot de sirop contre la toux.",      # a name, not a label
    "H-2-O. Trois lettres pour un bateau que tout le port attendait depuis des mois.",
    "Social, le climat l'est resté jusqu'au bout au port de Brest.",
])
def test_openings_that_are_not_labels_stay(clean, opening):
    cleaned = clean(f"{TITLE}\n\n{opening}\n\n{PROSE}\n", url=URL)
    assert cleaned.body.startswith(opening)
