"""clean_article as a whole: layout of the clean text and the way back to the original."""
from pathlib import Path

import pytest

from recoupe.clean import clean_article
from recoupe.ingest import RawArticle, read_paths, read_text

EXAMPLES = Path(__file__).parents[2] / "examples"
NOISY = ("Accord sur les céréales prolongé | Monde\n\n"
         "Par: Sofia Lenz | 02.02.2024, 08:10\n"
         "Accord sur les céréales prolongé | Monde\n\n"
         "Les navires pourront quitter Odessa, a déclaré l’envoyé turc. Vidéo : Deniz Kaya\n\n"
         "LES EXPORTATIONS DE MAÏS ATTEIGNENT UN RECORD\n\n"
         "« Plus de 40 cargos attendent », selon la capitainerie.\r\n"
         "Facebook\nTwitter\n\nLeave a Comment\n")


def _kept_slices(cleaned):
    """(clean start, clean end) of each non-separator run of the clean text."""
    text, start = cleaned.text, 0
    for piece in text.split("\n\n"):
        yield start, start + len(piece)
        start += len(piece) + 2


def _articles():
    articles = [a for a in read_paths([str(EXAMPLES)]) if isinstance(a, RawArticle)]
    assert len(articles) == 5
    return articles + [read_text("noisy.txt", NOISY)]


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a.source)
def test_every_kept_slice_maps_back_to_identical_original_text(article):
    cleaned = clean_article(article)
    assert cleaned.removed, "every example carries some noise"
    for start, end in _kept_slices(cleaned):
        span = cleaned.textmap.span(start, end)
        assert span.text == cleaned.text[start:end]
        assert all(rend <= span.start or rstart >= span.end for rstart, rend, _ in cleaned.removed)


def test_noisy_article_layout(clean):
    cleaned = clean(NOISY)
    assert (cleaned.title, cleaned.article.author, cleaned.article.published) == (
        "Accord sur les céréales prolongé", "Sofia Lenz", "2024-02-02")
    assert cleaned.body == ("Les navires pourront quitter Odessa, a déclaré l’envoyé turc.\n\n"
                            "« Plus de 40 cargos attendent », selon la capitainerie.")
    assert cleaned.text == "Accord sur les céréales prolongé\n\n" + cleaned.body
    assert cleaned.body_start == len("Accord sur les céréales prolongé\n\n")
    rules = [rule for (_, _, rule) in cleaned.removed]
    assert rules == ["header", "title_repeat", "trailing_credit", "capital_headline",
                     "share_buttons", "share_buttons", "comment_widget"]


def test_lines_of_one_wrapped_paragraph_stay_one_slice(clean):
    text = ("Trêve à Bakou\n\nLe ministre a déclaré que les tirs\navaient cessé dans la nuit.\n\n"
            "Un second paragraphe suit.\n")
    cleaned = clean(text)
    assert cleaned.body == ("Le ministre a déclaré que les tirs\navaient cessé dans la nuit.\n\n"
                            "Un second paragraphe suit.")
    start = cleaned.body_start
    assert cleaned.textmap.span(start, start + 60).text == cleaned.text[start:start + 60]


def test_noise_inside_a_wrapped_paragraph_joins_its_parts_with_a_space(clean):
    text = ("Trêve à Bakou\n\nLe ministre a déclaré que les tirs\nLIRE AUSSI : LA FRONTIÈRE ROUVRE\n"
            "avaient cessé dans la nuit.\n")
    cleaned = clean(text)
    assert cleaned.body == "Le ministre a déclaré que les tirs avaient cessé dans la nuit."
    start = cleaned.text.index("avaient")
    assert cleaned.textmap.span(start, len(cleaned.text)).text == "avaient cessé dans la nuit."


def test_article_without_title_starts_with_its_body(clean):
    cleaned = clean(" date 2024-03 Les garde-côtes ont intercepté 3 vedettes lundi.\n\nAvec AFP\n")
    assert (cleaned.title, cleaned.body_start) == (None, 0)
    assert cleaned.text == "Les garde-côtes ont intercepté 3 vedettes lundi."
    header = [cleaned.article.original[start:end] for (start, end, rule) in cleaned.removed if rule == "header"]
    assert header == ["date 2024-03"]
