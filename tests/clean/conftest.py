"""A helper to clean a passage written as a plain-text article."""
import pytest

from recoupe.clean import clean_article
from recoupe.ingest import read_text


@pytest.fixture
def clean():
    def _clean(text: str, **given):
        return clean_article(read_text("passage.txt", text, **given))
    return _clean
