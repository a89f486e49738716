"""The language of each article: stated codes normalised, checked against the text."""
import pytest

from recoupe.ingest import read_text
from recoupe.ingest.language import normalise_code

FRENCH = "Le gouvernement a annoncé mardi une hausse des crédits de la défense, selon le ministre."
ENGLISH = "The government announced on Tuesday a rise in defence spending, the minister said."


@pytest.mark.parametrize("stated, code", [("FR", "fr"), ("fr-CA", "fr"), ("fr_FR", "fr"), (" en ", "en"),
                                           ("français!", None), ("", None)])
def test_language_codes_are_case_insensitive_and_regional_variants_folded(stated, code):
    assert normalise_code(stated) == code


@pytest.mark.parametrize("text, stated, language, noted", [
    (FRENCH, "FR", "fr", False),
    (FRENCH, None, "fr", False),
    (ENGLISH, None, "en", False),
    (ENGLISH, "fr", "en", True),        # the text wins over a contradicting field, and it is said
    ("Oslo, 3 mai.", "de", "de", False),  # too little text to contradict anyone
])
def test_the_language_is_identified_from_the_text(text, stated, language, noted):
    article = read_text("a.txt", text, language=stated)
    assert article.language == language
    assert bool(article.notes) == noted
