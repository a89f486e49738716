"""The SQLite store: round trips, duplicates, transactions, upgrades, refusals."""
from __future__ import annotations

import sqlite3

import pytest

from recoupe.schema import SCHEMA_VERSION
from recoupe.store import APPLICATION_ID, Store, StoreError
from store_helpers import write_schema1_store

def test_a_document_comes_back_as_it_was_stored(tmp_path, sample):
    with Store(tmp_path / "s.db") as store:
        assert store.add(sample()) is True
        assert store.get("exemple.txt") == sample()
        assert store.get("d0c1d") == sample()


def test_the_same_article_is_stored_once(tmp_path, sample):
    with Store(tmp_path / "s.db") as store:
        store.add(sample())
        assert store.add(sample()) is False
        assert store.stats()["documents"] == 1
        assert store.stats()["quotes"] == 1


def test_a_failing_article_leaves_nothing_behind(tmp_path, sample):
    broken = sample("other")
    broken.figures.append(broken.figures[0])        # the same item id twice breaks the primary key
    with Store(tmp_path / "s.db") as store:
        store.add(sample())
        with pytest.raises(StoreError, match="store error: UNIQUE constraint failed"):
            store.add(broken)
        assert store.stats()["documents"] == 1
        assert store.stats()["figures"] == 1
        assert store.get("other") is None


@pytest.mark.parametrize("column,value,count", [("unit", "drone", 1), ("unit", "navire", 0), ("event", "shot_down", 1)])
def test_items_filter_on_columns(tmp_path, column, value, count, sample):
    with Store(tmp_path / "s.db") as store:
        store.add(sample())
        rows = list(store.items("figures", **{column: value}))
        assert len(rows) == count
        assert all(head["doc"] == "exemple.txt" for head, _ in rows)


def test_an_older_store_is_upgraded_and_keeps_its_documents(tmp_path, sample):
    path = tmp_path / "v1.db"
    write_schema1_store(path)
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        old = store.get("ancien.txt")
        assert (old.title, old.url, old.events) == ("Titre", None, [])
        assert store.add(sample()) is True


def _write(path, content: bytes):
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("make", [
    lambda p: _write(p, "Un article, pas une base.\n".encode()),
    lambda p: sqlite3.connect(p).executescript("CREATE TABLE autre (x); INSERT INTO autre VALUES (1);") and p,
    lambda p: sqlite3.connect(p).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}") and p,
])
def test_a_file_that_is_not_our_store_is_refused_and_left_untouched(tmp_path, make):
    path = tmp_path / "x.db"
    make(path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="x.db"):
        Store(path)
    assert path.read_bytes() == before


def test_opening_for_reading_does_not_create_a_file(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()
