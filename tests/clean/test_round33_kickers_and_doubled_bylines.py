"""Round 33: a headline printed twice, first with a section kicker glued to it (the copy below tells
where the headline starts, and the kicker glued to the standfirst goes too); a byline printed twice."""
from brest_page import LAST, PROSE, TITLE, URL

STANDFIRST = "Lundi, les dockers ont déchargé deux cargos de plus qu'en janvier..."


def test_the_copy_below_tells_the_kicker_glued_to_the_title(clean):
    text = f"ÉCONOMIEVIDÉO. {TITLE}\n\nVIDÉO. {TITLE}\n\nÉCONOMIE{STANDFIRST}\n\n{PROSE}\n\n{LAST}\n"
    cleaned = clean(text, url=URL)
    assert cleaned.title == f"VIDÉO. {TITLE}"
    assert cleaned.body == f"{STANDFIRST}\n\n{PROSE}\n\n{LAST}"


def test_a_title_without_its_copy_below_keeps_its_words(clean):
    cleaned = clean(f"Brest Port {TITLE}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.title == f"Brest Port {TITLE}"


def test_a_body_line_repeating_the_title_end_after_a_sentence_is_no_kicker(clean):
    # the part before the copy is a sentence: no kicker, the title stays whole
    title = "Grève. Le port ferme ses quais"
    cleaned = clean(f"{title}\n\nLe port ferme ses quais\n\n{PROSE}\n", url=URL)
    assert cleaned.title == title


def test_a_byline_printed_twice_under_the_standfirst_goes(clean):
    text = f"{TITLE}\n\n{STANDFIRST}\nJeanne Kervella\n\nJeanne Kervella\n\n{PROSE}\n\n{LAST}\n"
    cleaned = clean(text, url=URL)
    assert cleaned.body == f"{STANDFIRST}\n\n{PROSE}\n\n{LAST}"
    assert cleaned.article.author == "Jeanne Kervella"


def test_a_word_the_title_ends_with_is_no_copy_of_it(clean):
    # 'la SNCF' below 'Grève surprise à la SNCF' is a label, not the headline printed again
    title = "Grève surprise à la SNCF"
    cleaned = clean(f"{title}\n\nla SNCF\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.title == title
