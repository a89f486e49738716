"""The pipeline: model text keeps offsets, line breaks start sentences, spans map back."""
from __future__ import annotations

import pytest

from recoupe.analyse.pipeline import UnsupportedLanguage, analyse_cleaned, document_id, load_nlp, model_text
from recoupe.clean import clean_article
from recoupe.ingest import read_text


@pytest.mark.parametrize("text", ["L’armée a tiré", "4\u00a0500 soldats", "prix\u202f: 3 €", "plain text"])
def test_model_text_keeps_every_offset(text):
    changed = model_text(text)
    assert len(changed) == len(text)
    assert "\u2019" not in changed and "\u00a0" not in changed


def test_a_heading_without_period_is_its_own_sentence(parse):
    doc = parse("Un titre sans point final\n\nLe ministre a parlé. Il a conclu.")
    assert [s.text.strip() for s in doc.sents][:2] == ["Un titre sans point final", "Le ministre a parlé."]


def test_a_sentence_wrapped_over_two_lines_stays_one_sentence(parse):
    doc = parse("Le porte-parole a indiqué que\nla frappe avait visé un dépôt, et que\nles secours étaient sur place.\nTitre suivant")
    assert [s.text.strip() for s in doc.sents] == [
        "Le porte-parole a indiqué que\nla frappe avait visé un dépôt, et que\nles secours étaient sur place.", "Titre suivant"]


def test_offsets_point_into_the_original_after_cleaning():
    original = ("Titre du jour\n\nFacebook\nTwitter\n\nLe ministre a déclaré mardi que 12 drones "
                "avaient été abattus.\n\nLeave a Comment\n")
    (doc,) = analyse_cleaned([clean_article(read_text("t.txt", original, published="2024-03-14"))])
    assert "Facebook" not in doc.text
    for item in doc.figures + doc.dates + doc.quotes:
        assert original[item.span.start:item.span.end] == item.span.text
    assert [f.span.text for f in doc.figures] == ["12 drones"]


def test_the_same_text_has_the_same_id_and_another_text_another():
    assert document_id("a") == document_id("a") != document_id("b")


def test_an_unknown_language_is_refused():
    with pytest.raises(UnsupportedLanguage, match="'xx'"):
        load_nlp("xx")


def test_long_paragraphs_are_cut_after_a_sentence_never_after_a_title_abbreviation():
    from recoupe.analyse.pipeline import pieces
    sentence = "Selon M. Dupont, le chantier du port reprendra en mars avec deux grues neuves. "
    text = sentence * 200                          # one paragraph, no line break
    cuts = pieces(text, size=1000)
    assert "".join(text[a:b] for a, b in cuts) == text
    assert all(text[:b].endswith("neuves. ") for a, b in cuts[:-1])


def test_the_joined_pieces_are_the_model_text_of_the_article(nlp, monkeypatch):
    # the extractors read doc_text from what the pipeline remembers instead of joining tokens
    from recoupe.analyse import pipeline
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", 300)
    paragraphs = [f"L’équipe {n} a reçu 4\u00a0{n}00 euros\u202f: « une aide bienvenue », selon M. Roy. " * 3
                  for n in range(1, 7)]
    cleaned = clean_article(read_text("t.txt", "Titre du jour\n\n" + "\n\n".join(paragraphs)))
    [(item, doc)] = list(pipeline._parsed(nlp, [cleaned], 16))
    assert len(pipeline.pieces(item.text)) >= 3
    assert doc.text == pipeline.model_text(item.text)
