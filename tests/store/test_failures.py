"""Every store failure is one StoreError line naming the file, and never costs stored articles."""
from __future__ import annotations

import sqlite3
import time

import pytest

from recoupe.store import Store, StoreError

from store_helpers import as_other_user, deny_writes, fingerprint

BUSY = r"s\.db: the store is busy \(locked by another process for 0\.2 s\); try again later$"


@pytest.fixture
def locked(tmp_path, sample):
    """A store with one article, whose write lock another connection holds."""
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add(sample())
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield path
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.parametrize("create", [True, False])
def test_a_busy_store_is_reported_at_open_after_the_timeout(locked, create):
    started = time.monotonic()
    with pytest.raises(StoreError, match=BUSY):
        Store(locked, create=create, busy_timeout=0.2)
    assert time.monotonic() - started >= 0.2


def test_a_busy_store_stays_readable(locked, sample):
    with Store(locked, create=False, write=False, busy_timeout=0.2) as store:
        assert store.get("exemple.txt") == sample()


def test_a_write_waiting_for_another_writer_gives_up_with_one_line(tmp_path, sample):
    path = tmp_path / "s.db"
    with Store(path, busy_timeout=0.2) as store:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError, match=BUSY):
            store.add(sample())
        other.execute("ROLLBACK")
        other.close()
        assert store.add(sample()) is True


def test_a_full_store_keeps_nothing_of_the_article_being_written(tmp_path, sample):
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add(sample("first", "premier.txt"))
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")      # a real SQLITE_FULL
        with pytest.raises(StoreError, match=r"s\.db: the disk or the store is full; nothing of the article"):
            store.add(sample("second", "second.txt", padding=100_000))
        assert not store.has("second")
    with Store(path, create=False, write=False) as store:
        assert [d.id for d in store.documents()] == ["first"]
        assert store.get("premier.txt") == sample("first", "premier.txt")
        assert store.stats()["quotes"] == 1


def test_a_damaged_store_is_reported_as_damaged(tmp_path, sample):
    path = tmp_path / "s.db"
    with Store(path) as store:
        for n in range(30):
            store.add(sample(f"doc{n}", f"{n}.txt", padding=5_000))
    data = bytearray(path.read_bytes())
    middle = slice(len(data) // 4, 3 * len(data) // 4)
    data[middle] = b"\xa5" * len(data[middle])
    path.write_bytes(data)
    with pytest.raises(StoreError, match=r"s\.db: the store is damaged \(database disk image is malformed\)$"):
        with Store(path, create=False, write=False) as store:
            list(store.documents())


@pytest.mark.parametrize("folder,reason", [(False, "read-only"), (True, "read-only (its folder cannot be written)")])
def test_a_store_that_cannot_be_written_is_refused_when_opened_for_writing(shared_dir, sample, folder, reason):
    path = shared_dir / "s.db"
    with Store(path) as store:
        store.add(sample())
    deny_writes(path, folder=folder)
    before = fingerprint(path)[0]
    for create in (True, False):
        assert as_other_user(path, create=create) == f"{path}: the store is {reason}"
    assert fingerprint(path)[0] == before


def test_a_new_store_in_a_read_only_folder_is_refused(shared_dir):
    path = shared_dir / "s.db"
    deny_writes(path, folder=True)
    assert as_other_user(path, create=True).startswith(f"{path}: cannot open the store")
    assert list(shared_dir.iterdir()) == []
