"""Captions credited after a copyright sign without a full stop, captions behind a picture viewer's
button, a locality in capitals above the text, and cross-references to another page cut out of a
paragraph."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules


@pytest.mark.parametrize("line", [
    "Le maire devant la mairie de Brest © Radio Sud - Jeanne Kervella",
    "Les résultats de notre enquête en Bretagne ©AGENCE Graphics",
    "Paul Le Du ©JM Riou",
    "La manifestation devant la préfecture © J.-P. Morvan / Le Journal",
    "Ouvrir en mode plein écran Des dockers sur le quai nord. Photo : Radio Sud / Yann Riou",
    "Afficher en plein écran Le port au petit matin",
    "Agrandir l'image Le maire de Quimper",
])
def test_caption_is_noise(line):
    assert rules.noise_rule(line, "fr") == "caption"


@pytest.mark.parametrize("line", [
    "La marque déposée © reste visible sur le produit, a expliqué le juge.",
    "Le maire a signé. Il partira en juin © Jeanne Roy",
    "Pour voir en plein écran, il faut une autre application.",
])
def test_prose_with_those_signs_is_no_caption(line):
    assert rules.noise_rule(line, "fr") is None


@pytest.mark.parametrize("label", ["SAINT-MALO", "LA ROCHE-SUR-YON", "PONT-L'ABBÉ", "BREST"])
def test_a_locality_in_capitals_above_the_text_is_furniture(clean, label):
    cleaned = clean(f"{TITLE}\n\n{label}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body.startswith("Le port de Brest") and label not in cleaned.body


def test_a_heading_in_capitals_below_the_first_paragraph_stays(clean):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\nLE QUAI NORD\n\n{LAST}\n", url=URL)
    assert "LE QUAI NORD" in cleaned.body


@pytest.mark.parametrize("reference", [
    " (lire par ailleurs)", " (lire ci-contre)", " (lire aussi en page 5)", " (Lire notre article d'hier)",
    " (voir notre infographie)", " (lire nos éditions de samedi)", " (voir page 4)",
])
def test_a_cross_reference_is_cut_out_of_its_paragraph(clean, reference):
    paragraph = f"Le quai nord a brûlé jeudi{reference}. Les pompiers sont venus de Brest."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{paragraph}\n\n{LAST}\n", url=URL)
    assert "Le quai nord a brûlé jeudi. Les pompiers sont venus de Brest." in cleaned.body
    start = cleaned.body.index("Les pompiers")
    span = cleaned.textmap.span(cleaned.body_start + start, cleaned.body_start + start + 12)
    assert span.text == "Les pompiers"


def test_a_bracket_saying_more_than_a_pointer_stays(clean):
    paragraph = "La préfecture conseille de boire souvent (voir les consignes : plan canicule)."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{paragraph}\n\n{LAST}\n", url=URL)
    assert paragraph in cleaned.body


def test_a_name_in_capitals_above_a_rule_stays_the_byline(clean):
    cleaned = clean(f"{TITLE}\n\nJEANNE KERVELLA\n\n* * *\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.article.author == "JEANNE KERVELLA" and "KERVELLA" not in cleaned.body


@pytest.mark.parametrize("reference", [" (voir ci-dessous)", " (voir ci-contre)", " (voir plus bas)"])
def test_a_pointer_within_the_article_stays(clean, reference):
    # 'voir ci-dessous' sends the reader on in the same article: it is the article's text
    paragraph = f"Le péage augmentera dès janvier{reference}. Les pompiers sont venus de Brest."
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{paragraph}\n\n{LAST}\n", url=URL)
    assert paragraph in cleaned.body
