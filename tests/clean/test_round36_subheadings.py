"""Round 36: a short heading line set between two paragraphs of prose is page furniture (the seeds list
"Voici ce que nous savons" so); a pull quote in quotation marks, a clock-time entry, a line of names, a
question, a signed sentence, a list's items and a sentence broken over two lines stay."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL

MIDDLE = "Les grues du quai ouest, livrées en mars, tournent désormais jour et nuit pour suivre la cadence."


@pytest.mark.parametrize("heading", [
    "Des grues neuves sur le quai ouest",
    "Un bassin creusé pour 40 millions",
    "Hausse de 12% du fret en un an",
])
def test_a_heading_between_paragraphs_goes_and_the_paragraphs_stay_apart(clean, heading):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n{heading}\n{MIDDLE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{MIDDLE}\n\n{LAST}"


@pytest.mark.parametrize("line", [
    "« Le port vivra encore cent ans »",      # a pull quote
    "Jeanne Kervella",                          # a speaker's name in a transcript
    "12h40 : le quai ouest est rouvert",        # a live entry's headline
    "■ Quai ouest",                             # a bulleted dateline
    "Qui paiera les travaux du bassin ?",       # a question may be the article's own
    "Le quai a rouvert lundi. AFP",             # a sentence signed by its agency
])
def test_pull_quotes_names_and_entries_stay(clean, line):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{MIDDLE}\n\n{LAST}\n", url=URL)
    assert line in cleaned.body


def test_list_items_and_a_wrapped_sentence_stay(clean):
    items = "Les mesures votées :\nDes grues neuves\nUn bassin creusé"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{items}\n\n{MIDDLE}\n\n{LAST}\n", url=URL)
    assert "Des grues neuves" in cleaned.body and "Un bassin creusé" in cleaned.body
    wrapped = f"{PROSE}\nLe trafic de conteneurs\na doublé lui aussi en un an, selon la capitainerie du port."
    cleaned = clean(f"{TITLE}\n\n{wrapped}\n\n{LAST}\n", url=URL)
    assert "Le trafic de conteneurs" in cleaned.body
