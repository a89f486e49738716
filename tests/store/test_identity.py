"""A store says it is one (PRAGMA application_id); any other file is refused untouched."""
from __future__ import annotations

import sqlite3

import pytest

from recoupe.store import APPLICATION_ID, Store, StoreError

from store_helpers import fingerprint

MODES = [{"create": True}, {"create": False}, {"create": False, "write": False}]


def _sqlite(path, script: str):
    with sqlite3.connect(path) as conn:
        conn.executescript(script)
    conn.close()
    return path


def _header(path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        ids = conn.execute("PRAGMA application_id").fetchone()[0], conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    return ids


def test_a_new_store_carries_the_recoupe_application_id(tmp_path):
    Store(tmp_path / "s.db").close()
    assert APPLICATION_ID == int.from_bytes(b"RCPE", "big")
    assert _header(tmp_path / "s.db")[0] == APPLICATION_ID


FOREIGN = {
    "another application id": "PRAGMA application_id = 42; CREATE TABLE documents (id TEXT, body TEXT);",
    "another app at version 1": "CREATE TABLE notes (id, body); PRAGMA user_version = 1;",
    "a documents table that is not ours": "CREATE TABLE documents (id TEXT, body TEXT); PRAGMA user_version = 2;",
    "recoupe's tables beside foreign ones": "CREATE TABLE documents (id, doc, original, text, title, published, "
                                            "author, language, ingested_at); CREATE TABLE users (name); "
                                            "PRAGMA user_version = 1;",
}


@pytest.mark.parametrize("options", MODES)
@pytest.mark.parametrize("script", FOREIGN.values(), ids=FOREIGN.keys())
def test_a_foreign_sqlite_file_is_refused_and_left_byte_for_byte(tmp_path, script, options):
    path = _sqlite(tmp_path / "x.db", script)
    before = fingerprint(path)
    with pytest.raises(StoreError, match=r"x\.db: .*not a recoupe store"):
        Store(path, **options)
    assert fingerprint(path) == before          # same bytes, no -wal, -shm or -journal beside it


@pytest.mark.parametrize("options", MODES[:2])
def test_a_foreign_wal_file_is_refused_without_leaving_wal_files(tmp_path, options):
    path = _sqlite(tmp_path / "x.db", "PRAGMA journal_mode = WAL; CREATE TABLE notes (x); PRAGMA user_version = 1;")
    before = fingerprint(path)
    with pytest.raises(StoreError, match="not a recoupe store"):
        Store(path, **options)
    assert fingerprint(path) == before


def _legacy_v2(path, sample):
    """A schema-2 store as recoupe wrote it before the application id."""
    with Store(path) as store:
        store.add(sample())
    _sqlite(path, "PRAGMA application_id = 0; PRAGMA journal_mode = DELETE;")
    return path


def test_a_legacy_store_opened_for_writing_gets_the_application_id(tmp_path, sample):
    path = _legacy_v2(tmp_path / "old.db", sample)
    assert _header(path) == (0, 2)
    with Store(path, create=False) as store:
        assert store.get("exemple.txt") == sample()
    assert _header(path) == (APPLICATION_ID, 2)


def test_a_legacy_store_opened_for_reading_is_read_and_not_touched(tmp_path, sample):
    path = _legacy_v2(tmp_path / "old.db", sample)
    before = fingerprint(path)
    with Store(path, create=False, write=False) as store:
        assert store.get("exemple.txt") == sample()
    assert fingerprint(path) == before


def test_a_store_of_a_newer_recoupe_is_refused_in_every_mode(tmp_path):
    path = _sqlite(tmp_path / "new.db", f"PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 99;"
                                        "CREATE TABLE documents (id TEXT, future TEXT);")
    before = fingerprint(path)
    for options in MODES:
        with pytest.raises(StoreError, match=r"newer recoupe \(schema 99 > 2\)"):
            Store(path, **options)
    assert fingerprint(path) == before


def test_an_empty_file_becomes_a_store_only_for_writing(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    for options in MODES[1:]:
        with pytest.raises(StoreError, match="empty.db: not a recoupe store"):
            Store(path, **options)
        assert path.read_bytes() == b""
    Store(path, create=True).close()
    assert _header(path)[0] == APPLICATION_ID
