"""Furniture seen with its neighbours: caption pairs, header tags, teaser fragments, site lines."""
import pytest

from brest_page import LAST, PROSE, TITLE

URL = "https://www.lejournal-du-sud.fr/economie/le-port-de-brest-double-son-trafic_1234.html"


@pytest.mark.parametrize("caption", [
    "Des grues sur le quai ouest.\nDes grues sur le quai ouest. MAXIPIX - Paul Roy/Agence",
    "Des grues sur le quai ouest\n\nDes grues sur le quai ouest - Paul ROY / POOL",
    "Des grues sur le quai ouest.\nPaul Roy Le Journal du Sud Des grues sur le quai ouest.",
    "  • Des grues sur le quai ouest.\n    Des grues sur le quai ouest. - Port de Brest",
])
def test_caption_printed_twice_with_credit(clean, caption):
    cleaned = clean(f"{TITLE}\n\n{caption}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
    assert "caption" in {rule for _, _, rule in cleaned.removed}


def test_repeated_sentence_with_more_text_is_kept(clean):
    """A sentence followed by the same sentence continued is prose, not a caption."""
    text = f"{TITLE}\n\n{PROSE}\n{PROSE} Les dockers ont voté la grève. Ils demandent des primes.\n"
    assert clean(text).body.count("Le port de Brest a doublé") == 2


@pytest.mark.parametrize("header", [
    "Publié le\n\nMis à jour le\n\nTemps de lecture :\n\n3 min",
    "12 février 2024 à 08h15\nMis à jour le 13 février 2024 à 10h02\nDurée de lecture : 2 minutes\nMer\nPorts et littoral",
    "LE JOURNAL DU SUD - 3 mars 2024 à 06:10 | mis à jour le 3 mars 2024 à 09:12 - Temps de lecture :",
    "Le Journal du Sud\n21/09/2023 mis à jour: 11:05\nAFP\n2587",
    "Au port de commerce de Brest,",
])
def test_header_furniture_before_the_first_paragraph(clean, header):
    cleaned = clean(f"{TITLE}\n\n{header}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.title == TITLE
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_short_lines_after_the_first_paragraph_are_kept(clean):
    """Pull quotes below the first sentence of prose are content, even after a date line (a subheading
    without quotation marks is furniture since round 36)."""
    text = f"{TITLE}\n\n{PROSE}\n\nPublié le\n\n« Les salaires d'abord »\n\n{LAST}\n"
    assert clean(text, url=URL).body == f"{PROSE}\n\n« Les salaires d'abord »\n\n{LAST}"


def test_site_name_and_tweet_inside_the_body(clean):
    tweet = "Record battu au port de Brest ! https://t.co/Ab12Cd34\n— Port de Brest (@PortBrest) 3 mars 2024"
    text = f"{TITLE}\n\n{PROSE}\n\nLE JOURNAL DU SUD\n\n{tweet}\n\n{LAST}\n"
    assert clean(text, url=URL).body == f"{PROSE}\n\n{LAST}"


def test_live_blog_furniture(clean):
    text = (f"{TITLE}\n\nL'ESSENTIEL\n- Le trafic double. Lire l'article.\n- Les dockers votent. Lire notre article\n"
            "Ce direct est terminé\nCe direct consacré au port est terminé. Les quais ferment à 20 heures. "
            "Nous nous retrouverons demain pour un nouveau direct.\n"
            "Merci de nous avoir suivis. Retrouvez toute l'actualité demain.\n")
    # what is cut out of one paragraph leaves its parts joined by a space
    assert clean(text).body == "- Le trafic double. - Les dockers votent. Les quais ferment à 20 heures."


def test_dateline_and_signature_of_regional_press(clean):
    text = f"{TITLE}\n\n |\n\nBrest. {PROSE}\n\n{LAST} Y.L.G.\n"
    assert clean(text).body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("credit", ["Photo AGENCE / Paul Roy", "(AP Photo/Paul Roy)", "Photo d'archives Paul Roy"])
def test_caption_right_above_its_credit_line(clean, credit):
    text = f"{TITLE}\n\nDes grues sur le quai ouest, lundi.\n{credit}\n\n{PROSE}\n\n{LAST}\n"
    assert clean(text).body == f"{PROSE}\n\n{LAST}"


def test_sentence_above_a_blank_line_and_a_credit_is_kept(clean):
    text = f"{TITLE}\n\n{PROSE}\n\nPhoto AGENCE / Paul Roy\n\n{LAST}\n"
    assert clean(text).body == f"{PROSE}\n\n{LAST}"
