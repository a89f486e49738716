"""Store test helpers: a file's fingerprint, a user who cannot write (the sample document is in conftest).

Tests run as root, and root writes through any permission bit; a read-only file or
folder is therefore tried by a child process running as ``nobody`` (uid 65534).
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path


NOBODY = 65534


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's hash and the names of the files beside it (-wal, -shm, -journal...)."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


def deny_writes(path: Path, *, folder: bool) -> None:
    """Make ``path`` (or, with ``folder``, only its folder) unwritable by the user of ``as_other_user``."""
    if os.geteuid() == 0:
        # root owns what it created: nobody may write it, unless it is handed over.
        target = path.parent if folder else path
        handed = path if folder else path.parent
        if handed.exists():
            os.chown(handed, NOBODY, NOBODY)
        target.chmod(0o755 if folder else 0o644)
    else:
        (path.parent if folder else path).chmod(0o555 if folder else 0o444)


def as_other_user(path: Path, **options: object) -> str:
    """Open ``path`` as Store(path, **options) in a child process that may not write it.

    Returns what the child printed: the StoreError, or "documents: N" when it opened.
    """
    script = ("import json, sys\n"
              "from recoupe.store import Store, StoreError\n"
              "try:\n"
              "    with Store(sys.argv[1], **json.loads(sys.argv[2])) as store:\n"
              "        print('documents:', store.stats()['documents'])\n"
              "except StoreError as exc:\n"
              "    print(exc)\n")
    command = [sys.executable, "-c", script, str(path), json.dumps(options)]
    if os.geteuid() == 0:
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=path.parent)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def write_schema1_store(path: Path) -> None:
    """A store as schema 1 wrote it: no url column, no events table, no item table, one document."""
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE documents (id TEXT PRIMARY KEY, doc TEXT, original TEXT, text TEXT, title TEXT,
            published TEXT, author TEXT, language TEXT, ingested_at TEXT);
        INSERT INTO documents VALUES ('old1', 'ancien.txt', 'Texte.', 'Texte.', 'Titre', NULL, NULL, 'fr', NULL);
        PRAGMA user_version = 1;""")
    conn.close()
