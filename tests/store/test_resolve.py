"""Naming a document: by id, source name or id prefix; never by wildcard, never by a silent guess."""
from __future__ import annotations

import pytest

from recoupe.store import AmbiguousReference, Store


@pytest.fixture
def store(tmp_path, sample):
    with Store(tmp_path / "s.db") as opened:
        opened.add(sample("3fa2c71b9e0d4a61", "x.txt"))
        yield opened


@pytest.mark.parametrize("ref", ["%", "_", "%%%%%%", "______", "3fa2c%", "3fa2c_", "3fa2c71b9e0d4a6_"])
def test_like_wildcards_in_a_reference_match_nothing(store, ref):
    assert store.resolve(ref) is None
    assert store.get(ref) is None


@pytest.mark.parametrize("ref", ["3fa2c71b9e0d4a61", "x.txt", "3fa2c7", "3fa2c71b9e"])
def test_an_id_a_source_name_or_an_id_prefix_names_the_document(store, ref):
    assert store.resolve(ref) == "3fa2c71b9e0d4a61"


def test_a_prefix_shorter_than_six_characters_is_not_an_id(store):
    assert store.resolve("3fa2c") is None


def test_a_name_stored_twice_is_not_resolved_silently(store, sample):
    store.add(sample("77e01d5c2b8a9f30", "x.txt"))
    with pytest.raises(AmbiguousReference) as raised:
        store.get("x.txt")
    found = raised.value.candidates
    assert [(c.id, c.doc) for c in found] == [("3fa2c71b9e0d4a61", "x.txt"), ("77e01d5c2b8a9f30", "x.txt")]
    assert all(c.ingested_at for c in found)
    assert "'x.txt' names 2 documents: 3fa2c71b9e0d4a61 x.txt (stored " in str(raised.value)
    assert store.named("x.txt") == found
    assert store.get("77e01d5c2b8a9f30").doc == "x.txt"     # an id still says which one


def test_a_prefix_of_several_ids_is_ambiguous(store, sample):
    store.add(sample("3fa2c7ffffffffff", "y.txt"))
    with pytest.raises(AmbiguousReference, match="'3fa2c7' names 2 documents"):
        store.resolve("3fa2c7")
    assert store.resolve("3fa2c71") == "3fa2c71b9e0d4a61"
