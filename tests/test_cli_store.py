"""The store through the real CLI: never written over, never taken over, read without writing."""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

ARTICLE = "Le maire de Nantes a déclaré lundi que 30 arbres seraient plantés place Royale.\n"


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def small_db(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "s.db"
    assert cli("ingest", tmp_path / "a.txt", "--db", db).exit_code == 0
    return db


def test_export_refuses_to_write_over_the_store(cli, small_db):
    before = digest(small_db)
    for target in (small_db, small_db.parent / "." / small_db.name, f"{small_db}-wal"):
        result = cli("export", "--db", small_db, "--out", target)
        assert result.exit_code == 2 and "store itself" in result.stderr
    assert digest(small_db) == before
    assert json.loads(cli("stats", "--db", small_db, "--json").stdout)["documents"] == 1


def test_another_applications_sqlite_file_is_left_untouched(cli, tmp_path):
    other = tmp_path / "autre.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER, body TEXT)")
        conn.execute("PRAGMA user_version = 2")
    before = digest(other)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for command in (["ingest", tmp_path / "a.txt"], ["stats"], ["export"]):
        result = cli(*command, "--db", other)
        assert result.exit_code == 4 and "not a recoupe store" in result.stderr
    assert digest(other) == before and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "autre.db"]


def test_reading_an_empty_file_does_not_make_it_a_store(cli, tmp_path):
    empty = tmp_path / "vide.db"
    empty.touch()
    result = cli("stats", "--db", empty)
    assert result.exit_code == 4 and len(result.stderr.strip().splitlines()) == 1
    assert empty.stat().st_size == 0


def test_a_read_only_store_is_read_and_an_ingest_refused_before_analysis(recoupe_process, small_db, shared_dir):
    small_db, tmp_path = Path(shutil.copy(small_db, shared_dir / "s.db")), shared_dir
    stats = recoupe_process("stats", "--db", small_db, "--json", cwd=tmp_path, unprivileged=True)
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["documents"] == 1
    ingest = recoupe_process("ingest", "-", "--db", small_db, cwd=tmp_path, unprivileged=True,
                             stdin=ARTICLE.replace("30", "31").encode())
    assert ingest.returncode == 4 and b"read-only" in ingest.stderr
    assert len(ingest.stderr.strip().splitlines()) == 1


def test_wildcards_and_shared_names_never_pick_a_document_silently(cli, small_db, tmp_path):
    assert cli("show", "%", "--db", small_db).exit_code == 3
    assert cli("show", "______", "--db", small_db).exit_code == 3
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "a.txt").write_text(ARTICLE.replace("30", "45"), encoding="utf-8")
    assert cli("ingest", tmp_path / "b" / "a.txt", "--db", small_db).exit_code == 0
    result = cli("show", "a.txt", "--db", small_db)
    assert result.exit_code == 2 and "names 2 documents" in result.stderr


def test_a_busy_store_is_waited_for_with_a_message(cli, small_db, tmp_path):
    holder = sqlite3.connect(small_db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")                        # another writer holds the lock ...
    threading.Timer(1.5, holder.execute, args=("ROLLBACK",)).start()   # ... for a second and a half
    (tmp_path / "b.txt").write_text(ARTICLE.replace("30", "12"), encoding="utf-8")
    result = cli("ingest", tmp_path / "b.txt", "--db", small_db)
    holder.close()
    assert result.exit_code == 0, result.output
    assert "busy" in result.stderr and "waiting up to 30 s" in result.stderr
    assert json.loads(cli("stats", "--db", small_db, "--json").stdout)["documents"] == 2
