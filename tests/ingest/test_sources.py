"""Reading files, folders and stdin: decoding, formats, and every failure as an IngestError."""
import io
import sys

import pytest

from recoupe.ingest import IngestError, RawArticle, read_paths

TEXT = "Trêve fragile à Bakou\n\nLe ministre a déclaré « qu’aucun tir n’a été entendu » depuis lundi, selon l’agence.\n"


def _read_one(path):
    results = list(read_paths([str(path)]))
    assert len(results) == 1
    return results[0]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16"])
def test_text_files_are_decoded_whatever_their_encoding(tmp_path, encoding):
    text = TEXT.replace("’", "'").replace("« ", '"').replace(" »", '"') if encoding == "latin-1" else TEXT
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    article = _read_one(path)
    assert isinstance(article, RawArticle)
    assert article.original == text
    assert (article.source, article.title) == ("article.txt", "Trêve fragile à Bakou")


def test_newlines_are_kept_as_read(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    article = _read_one(path)
    assert article.original == TEXT.replace("\n", "\r\n")
    assert article.title == "Trêve fragile à Bakou"


@pytest.mark.parametrize("name, data, reason", [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
    ("vide.txt", b"  \n\n\t\n", "empty file"),
    ("rien.txt", b"", "empty file"),
])
def test_unreadable_content_gives_one_error(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    error = _read_one(path)
    assert error == IngestError(name, reason)


def test_missing_path_gives_an_error(tmp_path):
    error = _read_one(tmp_path / "absent.txt")
    assert isinstance(error, IngestError)
    assert error.reason == "no such file or directory"


def test_folders_are_walked_sorted_skipping_hidden_and_other_extensions(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    for rel in ["b/deux.txt", "a.txt", ".cache/x.txt", ".cache.txt", "notes.md", "b/trois.htm"]:
        (tmp_path / rel).write_text(TEXT if rel.endswith(".txt") else "<html><body><p>x</p></body></html>",
                                    encoding="utf-8")
    names = [r.source for r in read_paths([str(tmp_path)])]
    assert names[:2] == ["a.txt", "b/deux.txt"]
    assert "x.txt" not in names and ".cache.txt" not in names and "notes.md" not in names


def test_empty_folder_gives_an_error(tmp_path):
    error = _read_one(tmp_path)
    assert isinstance(error, IngestError)


@pytest.mark.parametrize("content, fmt", [
    ('{"text": "Le ministre a parlé mardi à Oslo."}\n', "jsonl"),
    (TEXT, "txt"),
])
def test_stdin_format_is_sniffed(monkeypatch, content, fmt):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content.encode("utf-8"))))
    article = _read_one("-")
    assert article.format == fmt
    assert article.source == ("<stdin>:1" if fmt == "jsonl" else "<stdin>")


def test_named_file_with_other_extension_is_sniffed(tmp_path):
    path = tmp_path / "flux.data"
    path.write_text('{"doc": "note-7", "text": "Le ministre a parlé mardi à Oslo."}\n', encoding="utf-8")
    article = _read_one(path)
    assert (article.source, article.format) == ("note-7", "jsonl")
