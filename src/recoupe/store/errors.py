"""What can go wrong with a store, said in one line that names the file.

Every ``sqlite3.Error`` leaving ``Store`` goes through ``translate``: a user sees
"the disk or the store is full", never a traceback of the sqlite3 module. The
primary SQLite result code decides (``sqlite_errorcode``, Python 3.11+); the
message is only a fallback for errors that carry no code.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

# Primary SQLite result codes (https://sqlite.org/rescode.html).
_BUSY, _LOCKED, _READONLY, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 11, 13, 14, 26
_READONLY_RECOVERY, _READONLY_ROLLBACK, _READONLY_DIRECTORY = (_READONLY | (n << 8) for n in (1, 3, 6))
_BY_MESSAGE = {
    "database or disk is full": _FULL,
    "database disk image is malformed": _CORRUPT,
    "file is not a database": _NOTADB,
    "attempt to write a readonly database": _READONLY,
    "database is locked": _BUSY,
    "unable to open database file": _CANTOPEN,
}


class StoreError(Exception):
    """A store that cannot be opened, read or written, as one line naming the file.

    A refused file is left as it was: the checks that refuse it only read.
    """


class Candidate(NamedTuple):
    """One stored document, as listed when a reference could mean several."""
    id: str
    doc: str
    title: str | None
    ingested_at: str | None


class AmbiguousReference(LookupError):
    """A reference (a source name or an id prefix) that names several stored documents.

    Not a StoreError: the store is fine, the user has to say which document they mean.
    """

    def __init__(self, ref: str, candidates: list[Candidate]) -> None:
        self.ref = ref
        self.candidates = candidates
        listed = "; ".join(f"{c.id} {c.doc} (stored {c.ingested_at or 'at an unknown time'})"
                           for c in candidates)
        super().__init__(f"{ref!r} names {len(candidates)} documents: {listed}; give one of these ids")


def _codes(exc: sqlite3.Error) -> tuple[int | None, int | None]:
    """(primary, extended) result codes of ``exc``."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF, code    # extended codes keep the primary code in the low byte
    message = str(exc)
    return next((c for text, c in _BY_MESSAGE.items() if text in message), None), None


def is_busy(exc: sqlite3.Error) -> bool:
    """Another connection holds the lock this one asked for."""
    return _codes(exc)[0] in (_BUSY, _LOCKED)


def translate(path: Path, exc: sqlite3.Error, *, busy_timeout: float, opening: bool = False) -> StoreError:
    """The StoreError to raise for ``exc``; ``opening``: raised while checking what the file is."""
    (code, extended), message = _codes(exc), str(exc)
    if code == _FULL and opening:
        text = "the disk or the store is full; the store was left as it was"
    elif code == _FULL:
        text = "the disk or the store is full; nothing of the article being written was kept"
    elif code == _NOTADB and opening:
        text = f"not a recoupe store ({message})"
    elif code in (_CORRUPT, _NOTADB):
        text = f"the store is damaged ({message})"
    elif extended in (_READONLY_RECOVERY, _READONLY_ROLLBACK):
        text = ("the store must first be recovered from an interrupted write, "
                "which takes write access: open it once for writing (recoupe ingest does)")
    elif code == _READONLY:
        text = "the store is read-only" + (" (its folder cannot be written)"
                                           if extended == _READONLY_DIRECTORY else "")
    elif code in (_BUSY, _LOCKED):
        text = f"the store is busy (locked by another process for {busy_timeout:g} s); try again later"
    elif code == _CANTOPEN:
        text = f"cannot open the store ({message}; is its folder missing or read-only?)"
    else:
        text = f"store error: {message}"
    return StoreError(f"{path}: {text}")


def wal_index_refused(exc: sqlite3.Error) -> bool:
    """True when a mode=ro open failed for want of the WAL index (-shm) it cannot create.

    That happens to a WAL store in a read-only folder; such a file can still be read
    with ``immutable=1``.
    """
    code, extended = _codes(exc)
    # Not after an interrupted write (READONLY_ROLLBACK...): immutable=1 would read its half.
    return extended == _READONLY_DIRECTORY or code == _CANTOPEN
