"""Store(path, create=False, write=False): reads a store and never writes a byte of it."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from recoupe.store import Store, StoreError

from store_helpers import as_other_user, deny_writes, fingerprint, write_schema1_store

READ = {"create": False, "write": False}


def test_reading_a_store_changes_nothing_in_it(tmp_path, sample):
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add(sample())
    before = fingerprint(path)[0]
    with Store(path, **READ) as store:
        assert store.get("exemple.txt") == sample()
        assert [d.id for d in store.documents()] == ["d0c1d"]
        assert store.stats()["figures"] == 1
    assert fingerprint(path)[0] == before


def test_a_store_opened_for_reading_refuses_to_write(tmp_path, sample):
    Store(tmp_path / "s.db").close()
    with Store(tmp_path / "s.db", **READ) as store:
        with pytest.raises(StoreError, match=r"s\.db: the store is read-only$"):
            store.add(sample())
        assert store.stats()["documents"] == 0


@pytest.mark.parametrize("content", [b"", b"Un article, pas une base.\n", b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_file_that_is_no_store_is_refused_for_reading_and_left_as_is(tmp_path, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=r"x\.db: not a recoupe store"):
        Store(path, **READ)
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["x.db"]


def test_a_missing_store_is_not_created_by_reading(tmp_path):
    with pytest.raises(StoreError, match=r"absent\.db: no such store"):
        Store(tmp_path / "absent.db", **READ)
    assert list(tmp_path.iterdir()) == []


def test_an_older_store_is_read_as_it_is_without_upgrading(tmp_path):
    path = tmp_path / "v1.db"
    write_schema1_store(path)
    before = fingerprint(path)
    with Store(path, **READ) as store:
        old = store.get("ancien.txt")
        assert (old.title, old.url, old.events, old.figures) == ("Titre", None, [], [])
        assert list(store.items("figures", unit="drone")) == []
        assert (store.stats()["events"], store.version) == (0, 1)
    assert fingerprint(path) == before


def test_a_store_in_a_read_only_folder_can_still_be_read(shared_dir, sample):
    path = shared_dir / "s.db"
    with Store(path) as store:          # a WAL store: mode=ro would need to create s.db-shm
        store.add(sample())
    deny_writes(path, folder=True)
    before = fingerprint(path)
    assert as_other_user(path, **READ) == "documents: 1"
    assert fingerprint(path) == before


def test_a_write_interrupted_midway_is_never_read_half_done(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")      # a store from before WAL
    conn.close()
    # A writer dies in the middle of a transaction bigger than its cache: pages of it are
    # in the file already, and only the journal it leaves can take them out again.
    crash = ("import os, sqlite3, sys\n"
             "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
             "conn.execute('PRAGMA cache_size = 1'); conn.execute('BEGIN IMMEDIATE')\n"
             "for n in range(300):\n"
             "    conn.execute('INSERT INTO documents (id, doc, original) VALUES (?, ?, ?)', (n, n, 'x' * 2000))\n"
             "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", crash, str(path)], check=True)
    assert (tmp_path / "s.db-journal").exists()
    before = fingerprint(path)
    with pytest.raises(StoreError, match=r"s\.db: the store must first be recovered from an interrupted write"):
        Store(path, **READ)
    assert fingerprint(path) == before
    with Store(path, create=False) as store:          # a writer rolls the journal back
        assert store.stats()["documents"] == 0
