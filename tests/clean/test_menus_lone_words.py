"""clean.menus.mark_lone_words: a capitalised word alone in its paragraph is a label, a one-word sentence
or quotation of the text is not."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL


@pytest.mark.parametrize("word", ["Non.", "Enfin.", "Jamais !", "Pourquoi ?", "« Jamais »", "«Dehors»", "Hélas…"])
def test_a_one_word_sentence_or_quotation_between_paragraphs_stays(clean, word):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{word}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{word}\n\n{LAST}"


@pytest.mark.parametrize("word", ["Économie", "Saint-Malo", "Partager"])
def test_a_capitalised_word_alone_without_punctuation_is_a_label(clean, word):
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n\n{word}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"
