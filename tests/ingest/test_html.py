"""HTML pages: main text and metadata through trafilatura, laid out title + blank line + text."""
from pathlib import Path

import pytest

from recoupe.ingest import IngestError, read_paths

EXAMPLE = Path(__file__).parents[2] / "examples" / "negociations_geneve.html"


def test_example_page_gives_title_metadata_and_main_text_only():
    [article] = read_paths([str(EXAMPLE)])
    title = "Genève : reprise des pourparlers sur l’échange de prisonniers"
    assert (article.format, article.title) == ("html", title)
    assert article.original[slice(*article.title_span)] == title
    assert article.original[article.body_start - 2:article.body_start] == "\n\n"
    assert (article.author, article.published) == ("Julien Ferrand", "2024-05-21")
    assert "Les délégations russe et ukrainienne ont repris mardi" in article.original
    for chrome in ("Mentions légales", "Accueil", "Tous droits réservés"):
        assert chrome not in article.original


@pytest.mark.parametrize("page", [
    "<html><body><script>var compteur = 1;</script></body></html>",
    "<html><head><title>Vide</title></head><body></body></html>",
])
def test_page_without_main_text_is_an_error(tmp_path, page):
    path = tmp_path / "vide.html"
    path.write_text(page, encoding="utf-8")
    [error] = read_paths([str(path)])
    assert isinstance(error, IngestError)
    assert error.reason == "no main text found in HTML"
