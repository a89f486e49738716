"""Hostile and careless inputs: every record that cannot be read is a named skip, never a stop."""
from __future__ import annotations

import json
import os

import pytest

from recoupe.ingest import IngestError, RawArticle, read_paths
from recoupe.ingest.decode import decode_bytes
from recoupe.ingest.sources import MAX_ARTICLE_BYTES

TEXT = "Le ministre de l'Intérieur a déclaré jeudi que 12 personnes avaient été interpellées à Lyon."


def _read(paths):
    return list(read_paths([str(p) for p in paths]))


def _jsonl(tmp_path, lines) -> list:
    path = tmp_path / "flux.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return _read([path])


@pytest.mark.parametrize("bad_line, reason", [
    (json.dumps({"text": TEXT, "language": "xx", "published": "2024-03-01"}), None),
    ("[" * 100_000 + "]" * 100_000, "invalid JSON"),
    ('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deep"),
])
def test_a_bad_record_costs_that_record_only(tmp_path, bad_line, reason):
    good = json.dumps({"doc": "bon", "text": TEXT})
    results = _jsonl(tmp_path, [good, bad_line, good.replace("bon", "encore")])
    assert [r.source for r in results if isinstance(r, RawArticle)][-1] == "encore"
    assert results[0].source == "bon"
    if reason:
        assert isinstance(results[1], IngestError) and reason in results[1].reason


def test_a_line_over_the_limit_is_skipped_and_the_next_one_read(tmp_path):
    path = tmp_path / "flux.jsonl"
    with path.open("wb") as fh:
        fh.write(b'{"text": "' + b"a" * (MAX_ARTICLE_BYTES + 10) + b'"}\n')
        fh.write(json.dumps({"doc": "apres", "text": TEXT}).encode() + b"\n")
    first, second = _read([path])
    assert isinstance(first, IngestError) and "too large" in first.reason
    assert second.source == "apres"


def test_a_fifo_and_a_device_are_refused_without_reading(tmp_path):
    fifo = tmp_path / "tube.txt"
    os.mkfifo(fifo)
    results = _read([fifo, "/dev/zero"])
    assert [type(r) for r in results] == [IngestError, IngestError]
    assert all("not a regular file" in r.reason for r in results)


def test_same_file_names_in_two_folders_stay_two_names(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(f"{TEXT} Dépêche {folder}.", encoding="utf-8")
    assert [r.source for r in _read([tmp_path])] == ["a/x.txt", "b/x.txt"]


def test_utf8_with_a_few_bad_bytes_is_read_and_the_repair_reported():
    data = "Élysée : le président a reçu à Paris ses homologues européens.".encode("utf-8")
    damaged = data[:10] + b"\xff\xfe\xfa\xfb" + data[10:]
    decoded = decode_bytes(damaged)
    assert decoded.text.replace("\ufffd", "") == data.decode("utf-8")
    assert decoded.note.startswith("4 invalid UTF-8")


def test_latin1_text_is_not_taken_for_damaged_utf8():
    decoded = decode_bytes("Un élève a été reçu à l'école de Besançon.".encode("latin-1"))
    assert "\ufffd" not in decoded.text and decoded.note is None


@pytest.mark.parametrize("published, kept", [
    ("2024-03-14T08:15:00+01:00", "2024-03-14"),
    ("not a date ' OR 1=1", None),
    ("x" * 5000 + " 2024", None),
])
def test_a_published_value_is_stored_only_when_it_is_a_date(tmp_path, published, kept):
    [article] = _jsonl(tmp_path, [json.dumps({"text": TEXT, "published": published})])
    assert article.published == kept
    assert bool(article.notes) == (kept is None)


@pytest.mark.parametrize("published, kept", [
    ("Tue, 05 Mar 2024 10:00:00 +0100", "2024-03-05"),      # feeds write RFC 2822
    ("1 janvier 0001", None),
])
def test_feed_timestamps_are_read_and_implausible_years_dropped(tmp_path, published, kept):
    [article] = _jsonl(tmp_path, [json.dumps({"text": TEXT, "published": published})])
    assert article.published == kept


def test_jsonl_with_a_byte_order_mark_is_still_json_lines(tmp_path):
    path = tmp_path / "flux.data"
    lines = [json.dumps({"doc": f"d{n}", "text": TEXT}) for n in (1, 2)]
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode() + b"\n")
    assert [r.source for r in _read([path])] == ["d1", "d2"]


def test_a_name_the_system_refuses_is_a_named_skip():
    [error] = _read(["x" * 300 + ".txt"])
    assert isinstance(error, IngestError) and "too long" in error.reason
