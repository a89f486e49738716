"""Round 35: a truncated page ending mid-word ('… a requis la p') leaves a content of a word or two that the
page's end cuts off: no quote. A whole last sentence, or a longer cut one, is still reported. Invented."""
from recoupe.analyse.quote_marks import cut_off_at_page_end

from analyse_helpers import found


def test_a_content_cut_by_the_page_end_is_no_quote(parse):
    assert found(parse, "Le tribunal a siégé jusqu'au soir.\n\nLe procureur a également requis la r") == {}


def test_a_whole_last_sentence_is_still_a_quote(parse):
    quotes = found(parse, "Le tribunal a siégé.\n\nLe procureur a affirmé que le dossier était solide.")
    assert quotes == {"le dossier était solide": "Le procureur"}


def test_only_short_unclosed_contents_at_the_very_end_count():
    text = "Il a dit que la digue tiendrait. Puis la r"
    assert cut_off_at_page_end(text, len(text) - 5, len(text))
    assert not cut_off_at_page_end(text, 12, 31)
    assert not cut_off_at_page_end("Il a requis « la relaxe »", 13, 25)
