"""JSON Lines: one article a line, names from doc/url/line, bad lines reported and skipped."""
import json

import pytest

from recoupe.ingest import IngestError, RawArticle, read_paths

TEXT = "Le chef de la diplomatie a déclaré mardi que les discussions reprendraient à Vienne."


def _read(tmp_path, lines):
    path = tmp_path / "flux.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_paths([str(path)]))


@pytest.mark.parametrize("record, source", [
    ({"doc": "d-1", "url": "https://exemple.org/a", "text": TEXT}, "d-1"),
    ({"url": "https://exemple.org/a", "text": TEXT}, "https://exemple.org/a"),
    ({"text": TEXT}, "flux.jsonl:1"),
])
def test_source_name_is_doc_then_url_then_file_and_line(tmp_path, record, source):
    [article] = _read(tmp_path, [json.dumps(record)])
    assert (article.source, article.original, article.format) == (source, TEXT, "jsonl")


@pytest.mark.parametrize("bad_line, reason_start", [
    ('{"text": "pas fermé"', "invalid JSON"),
    ('{"title": "Sans texte"}', "no text or html field"),
    ('["une", "liste"]', "a JSON line must be an object"),
])
def test_bad_line_is_an_error_and_the_others_go_on(tmp_path, bad_line, reason_start):
    results = _read(tmp_path, [json.dumps({"text": TEXT}), bad_line, json.dumps({"text": TEXT + " Fin."})])
    assert [type(r) for r in results] == [RawArticle, IngestError, RawArticle]
    assert results[1].source == "flux.jsonl:2"
    assert results[1].reason.startswith(reason_start)


def test_given_fields_are_kept_and_a_repeated_title_gets_its_span(tmp_path):
    record = {"title": "Reprise à Vienne", "published": "2024-06-02", "author": "A. Lind",
              "text": "Reprise à Vienne\n\n" + TEXT}
    [article] = _read(tmp_path, [json.dumps(record, ensure_ascii=False)])
    assert (article.title, article.published, article.author) == ("Reprise à Vienne", "2024-06-02", "A. Lind")
    start, end = article.title_span
    assert article.original[start:end] == "Reprise à Vienne"
    assert article.original[article.body_start:] == TEXT


def test_html_record_is_extracted(tmp_path):
    html = f"<html><body><nav>Accueil Monde</nav><article><p>{TEXT}</p><p>{TEXT}</p></article></body></html>"
    [article] = _read(tmp_path, [json.dumps({"html": html, "title": "Vienne"})])
    assert article.original.startswith("Vienne\n\n" + TEXT)
    assert "Accueil" not in article.original
