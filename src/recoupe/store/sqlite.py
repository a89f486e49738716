"""The knowledge base in one SQLite file: the only code that touches SQL.

One transaction per article; an article is identified by the hash of its original
text, so storing the same article again adds nothing. The file says it is a recoupe
store (``PRAGMA application_id``) and carries its schema version (``PRAGMA
user_version``). Opening reads those before anything is written: a file that is not
a recoupe store is refused and left exactly as it was; an older store opened for
writing is upgraded in place, in one transaction, keeping everything it holds.
Every SQLite failure leaves ``Store`` as a one-line ``StoreError`` (see ``errors``).
"""
from __future__ import annotations

import functools
import inspect
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

from recoupe.schema import ITEM_TYPES, SCHEMA_VERSION, Document
from recoupe.store.errors import (AmbiguousReference, Candidate, StoreError, is_busy, translate,
                                  wal_index_refused)
from recoupe.store.tables import (ITEM_KEYS, column_names, document_columns, from_row, row_values,
                                  table_specs)

#: ``PRAGMA application_id`` of every recoupe store: the bytes "RCPE"
APPLICATION_ID = int.from_bytes(b"RCPE", "big")
#: schema versions written before stores carried the application id (id 0)
_LEGACY_VERSIONS = (1, 2)
#: the documents columns every recoupe store has had since schema 1
_V1_DOCUMENT_COLUMNS = frozenset({"id", "doc", "original", "text", "title", "published", "author",
                                  "language", "ingested_at"})
#: how long the first try for the write lock waits before the user is told the store is busy
_FIRST_TRY_MS = 300
#: a reference shorter than this is never taken as an id prefix: too many ids would match
_MIN_PREFIX = 6

_INDEXES = {
    "documents_doc": "documents(doc)",
    "entities_doc": "entities(doc_id)", "quotes_doc": "quotes(doc_id)", "claims_doc": "claims(doc_id)",
    "figures_doc": "figures(doc_id)", "dates_doc": "dates(doc_id)", "events_doc": "events(doc_id)",
    "figures_unit": "figures(unit)", "claims_status": "claims(status)", "entities_name": "entities(name)",
}

__all__ = ["APPLICATION_ID", "AmbiguousReference", "Candidate", "Store", "StoreError"]


@dataclass(frozen=True)
class _Header:
    """What a file says about itself, read without writing anything."""
    application_id: int
    version: int
    blank: bool                              # no table, index or view at all: a new or empty file
    columns: dict[str, frozenset[str]]       # its tables (SQLite's own left out) and their columns


def _guarded(method: Callable) -> Callable:
    """Turn any sqlite3.Error raised by a Store method (or generator) into a StoreError."""
    if inspect.isgeneratorfunction(method):
        @functools.wraps(method)
        def generator(self: "Store", *args: Any, **kwargs: Any) -> Iterator:
            try:
                yield from method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise self._error(exc) from exc
        return generator

    @functools.wraps(method)
    def call(self: "Store", *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
    return call


class Store:
    """A recoupe store, opened in one of three ways.

    ``Store(path)`` / ``Store(path, create=True)``: for ingest. A missing or empty
    (0-byte) file becomes a store; an older one is upgraded; then a write is tried and
    rolled back, so that a read-only file or folder, or a store held by another writer,
    is reported now rather than after the analysis.

    ``Store(path, create=False)``: an existing store, writable (upgraded if older).

    ``Store(path, create=False, write=False)``: read only. The file is opened with
    SQLite's ``mode=ro`` and nothing is ever written to it: no upgrade, no journal
    change. A store of an older schema is read as it is: a table it lacks reads as
    empty, a column it lacks as the field's default (None). When ``mode=ro`` cannot
    open a WAL store because its -shm file cannot be created (a read-only folder), the
    file is opened ``immutable=1``, which ignores a -wal file left by a crashed writer.

    ``busy_timeout``: seconds to wait for another process's write lock before giving up.
    """

    def __init__(self, path: str | Path, *, create: bool = True, write: bool = True,
                 busy_timeout: float = 30.0, on_wait: Optional[Callable[[str], None]] = None) -> None:
        if create and not write:
            raise ValueError("a store can only be created for writing (create=True needs write=True)")
        self.path = Path(path)
        self.writable = write
        self.busy_timeout = busy_timeout
        self.on_wait = on_wait
        self._check_path(create)
        self.conn: Optional[sqlite3.Connection] = None
        try:
            header = self._open_for_writing(create) if write else self._open_for_reading()
        except (sqlite3.Error, StoreError) as exc:
            self._close_quietly()
            if isinstance(exc, StoreError):
                raise
            raise translate(self.path, exc, busy_timeout=busy_timeout, opening=True) from exc
        self._tables = header.columns

    # -- opening ----------------------------------------------------------------

    def _check_path(self, create: bool) -> None:
        try:
            exists, is_dir = self.path.exists(), self.path.is_dir()
        except OSError as exc:   # a folder on the way that this user may not enter
            raise StoreError(f"{self.path}: cannot reach the store ({(exc.strerror or str(exc)).lower()})") from exc
        if not create and not exists:
            raise StoreError(f"{self.path}: no such store (run 'recoupe ingest' first)")
        if is_dir:
            raise StoreError(f"{self.path}: a folder, not a store file")

    def _connect(self, query: str) -> sqlite3.Connection:
        # A URI, so that a read never creates the file and mode=ro is enforced by SQLite.
        uri = f"{self.path.absolute().as_uri()}?{query}"
        conn = sqlite3.connect(uri, uri=True, timeout=self.busy_timeout, isolation_level=None)
        conn.row_factory = sqlite3.Row
        return conn

    def _open_for_writing(self, create: bool) -> _Header:
        self.conn = self._connect("mode=rwc" if create else "mode=rw")
        header = self._read_header()
        self._check(header, blank_ok=create)
        self.conn.execute("PRAGMA foreign_keys = ON")
        if header.version < SCHEMA_VERSION or header.application_id != APPLICATION_ID:
            self._upgrade()
        # One commit per article: write-ahead logging makes each commit cheap while a
        # crash still loses at most the article being written, never an earlier one.
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self._probe_write()
        return self._read_header()

    def _probe_write(self) -> None:
        """Ingest analyses for minutes before its first write: find out now that it can write.

        BEGIN IMMEDIATE alone takes the write lock (so a busy store shows here), but in WAL
        mode it succeeds on a read-only file; rewriting the version (to the same value)
        makes SQLite try a real write, which the ROLLBACK then throws away.
        """
        self._begin_waiting_if_busy()
        try:
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        finally:
            _rollback(self.conn)

    def _begin_waiting_if_busy(self) -> None:
        """BEGIN IMMEDIATE; when another process holds the write lock, say so, then wait
        for it (up to ``busy_timeout``) rather than fail or hang in silence."""
        self.conn.execute(f"PRAGMA busy_timeout = {_FIRST_TRY_MS}")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            if self.on_wait:
                self.on_wait(f"{self.path}: the store is busy (another process is writing to it); "
                             f"waiting up to {self.busy_timeout:g} s")
            self.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            self.conn.execute("BEGIN IMMEDIATE")
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")

    def _open_for_reading(self) -> _Header:
        self.conn = self._connect("mode=ro")
        try:
            header = self._read_header()
        except sqlite3.OperationalError as exc:
            if not wal_index_refused(exc):
                raise
            self._close_quietly()
            self.conn = self._connect("mode=ro&immutable=1")
            header = self._read_header()
        self._check(header, blank_ok=False)
        return header

    def _read_header(self) -> _Header:
        pragma = lambda name: self.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        objects = self.conn.execute("SELECT type, name FROM sqlite_master").fetchall()
        tables = [name for kind, name in objects if kind == "table" and not name.startswith("sqlite_")]
        columns = {t: frozenset(r[0] for r in self.conn.execute("SELECT name FROM pragma_table_info(?)", (t,)))
                   for t in tables}
        return _Header(pragma("application_id"), pragma("user_version"), not objects, columns)

    def _check(self, header: _Header, *, blank_ok: bool) -> None:
        """Refuse (before any write) a file that is not a recoupe store this recoupe can use."""
        ours = header.application_id == APPLICATION_ID
        if not ours and header.application_id != 0:
            raise StoreError(f"{self.path}: not a recoupe store (an SQLite file of another application, "
                             f"application id {header.application_id:#x})")
        if header.version > SCHEMA_VERSION and (ours or _recoupe_layout(header.columns)):
            raise StoreError(f"{self.path}: written by a newer recoupe "
                             f"(schema {header.version} > {SCHEMA_VERSION}); upgrade recoupe to use it")
        if ours:
            return
        if header.blank and header.version == 0:
            if not blank_ok:
                raise StoreError(f"{self.path}: not a recoupe store (an empty file; "
                                 f"'recoupe ingest' makes it one)")
            return
        # A store written before the application id: its version and its tables say it is ours.
        if header.version not in _LEGACY_VERSIONS or not _recoupe_layout(header.columns):
            raise StoreError(f"{self.path}: an SQLite file, but not a recoupe store")

    def _upgrade(self) -> None:
        # Every change so far is additive (new tables, new columns): derived from the schema.
        # Read inside the transaction, so two processes creating one store cannot collide.
        with self.transaction():
            for table, cols in table_specs().items():
                existing = self._existing_columns(table)
                if not existing:
                    key = "PRIMARY KEY (id)" if table == "documents" else "PRIMARY KEY (doc_id, id)"
                    defs = ", ".join(f"{c} {t}" for c, t in cols)
                    self.conn.execute(f"CREATE TABLE {table} ({defs}, {key})")
                for column, sql_type in cols:
                    if existing and column not in existing:
                        self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")
            for name, target in _INDEXES.items():
                self.conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def _existing_columns(self, table: str) -> list[str]:
        return [r["name"] for r in self.conn.execute(f"PRAGMA table_info({table})")]

    def _error(self, exc: sqlite3.Error) -> StoreError:
        return translate(self.path, exc, busy_timeout=self.busy_timeout)

    def _close_quietly(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except sqlite3.Error:
                pass            # closing after a failure: the failure is what gets reported
            self.conn = None

    # -- schema -----------------------------------------------------------------

    @property
    @_guarded
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def transaction(self) -> "_Transaction":
        return _Transaction(self.conn)

    # -- writing ----------------------------------------------------------------

    @_guarded
    def has(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    @_guarded
    def add(self, document: Document) -> bool:
        """Store one analysed article; False when it was already there."""
        with self.transaction():
            if self.has(document.id):
                return False
            skip = tuple(ITEM_TYPES)
            row = row_values(document, skip=skip)
            row.append(datetime.now(timezone.utc).isoformat(timespec="seconds"))
            self.conn.execute(_insert_sql("documents", (*column_names(Document, skip), "ingested_at")), row)
            for table, cls in ITEM_TYPES.items():
                items = getattr(document, table)
                if items:
                    self.conn.executemany(_insert_sql(table, ("doc_id", "seq", *column_names(cls))),
                                          [(document.id, seq, *row_values(item)) for seq, item in enumerate(items)])
        return True

    # -- reading ----------------------------------------------------------------

    @_guarded
    def resolve(self, ref: str) -> Optional[str]:
        """The id of the document named by its id, its source name or an id prefix, in that order.

        Raises AmbiguousReference when the name (or the prefix) fits several documents:
        the same file name stored twice with different texts is two articles, and picking
        one would show the wrong one without a word.
        """
        if self.has(ref):
            return ref
        found = self.named(ref)
        if not found and len(ref) >= _MIN_PREFIX:
            # A comparison, not LIKE: '%' or '_' in a reference are characters, not wildcards.
            found = self._candidates("substr(id, 1, length(?)) = ?", (ref, ref))
        if len(found) > 1:
            raise AmbiguousReference(ref, found)
        return found[0].id if found else None

    @_guarded
    def named(self, name: str) -> list[Candidate]:
        """Every document stored under the source name ``name``, oldest first."""
        return self._candidates("doc = ?", (name,))

    def _candidates(self, where: str, params: tuple) -> list[Candidate]:
        rows = self.conn.execute(f"SELECT id, doc, title, ingested_at FROM documents WHERE {where} "
                                 f"ORDER BY ingested_at, rowid", params)
        return [Candidate(*r) for r in rows]

    @_guarded
    def get(self, ref: str) -> Optional[Document]:
        doc_id = self.resolve(ref)
        if doc_id is None:
            return None
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return self._document(dict(row))

    @_guarded
    def documents(self) -> Iterator[Document]:
        """Every stored document with all its items, in the order they were stored."""
        with closing(self.conn.execute("SELECT * FROM documents ORDER BY rowid")) as cur:
            rows = [dict(r) for r in cur]
        for row in rows:
            yield self._document(row)

    def _document(self, row: dict[str, Any]) -> Document:
        items = {table: self._items(table, row["id"]) for table in ITEM_TYPES}
        # Only the columns the file has: an older store's missing ones take the field default.
        scalar = {c: row[c] for c, _ in document_columns() if c != "ingested_at" and c in row}
        return Document(**scalar, **items)

    def _items(self, table: str, doc_id: str) -> list:
        if table not in self._tables:
            return []                   # an older store, read as it is: no such items yet
        cls = ITEM_TYPES[table]
        rows = self.conn.execute(f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY seq", (doc_id,))
        return [from_row(cls, dict(r)) for r in rows]

    @_guarded
    def items(self, table: str, **equal: Any) -> Iterator[tuple[dict[str, Any], Any]]:
        """(document header, item) pairs of one item table, optionally filtered on columns."""
        if table not in ITEM_TYPES:
            raise ValueError(f"unknown item table {table!r}")
        known = {c for c, _ in ITEM_KEYS} | {c for c, _ in table_specs()[table]}
        filters = {c: v for c, v in equal.items() if c in known}
        existing = self._tables.get(table, frozenset())
        if table not in self._tables or any(c not in existing for c in filters):
            return                      # an older store: a missing column is NULL, equal to nothing
        where = [f"t.{c} = ?" for c in filters]
        sql = (f"SELECT t.*, d.doc AS _doc, d.title AS _title, d.published AS _published "
               f"FROM {table} t JOIN documents d ON d.id = t.doc_id"
               + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY d.rowid, t.seq")
        for r in self.conn.execute(sql, tuple(filters.values())):
            row = dict(r)
            header = {"id": row["doc_id"], "doc": row["_doc"], "title": row["_title"], "published": row["_published"]}
            yield header, from_row(ITEM_TYPES[table], row)

    @_guarded
    def integrity(self) -> str:
        """SQLite's own check of every page and index: 'ok' when the file is sound."""
        return "; ".join(r[0] for r in self.conn.execute("PRAGMA integrity_check"))

    @_guarded
    def stats(self) -> dict[str, Any]:
        counts = {t: self._count(t) for t in ("documents", *ITEM_TYPES)}
        languages = dict(self.conn.execute("SELECT language, COUNT(*) FROM documents GROUP BY language").fetchall())
        span = self.conn.execute("SELECT MIN(published), MAX(published) FROM documents").fetchone()
        return {"store": str(self.path), "schema": self.version, **counts,
                "languages": languages, "published_from": span[0], "published_to": span[1]}

    def _count(self, table: str) -> int:
        if table not in self._tables:
            return 0
        return self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    @_guarded
    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


@functools.lru_cache(maxsize=None)
def _insert_sql(table: str, names: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"


def _recoupe_layout(columns: dict[str, frozenset[str]]) -> bool:
    """True when the tables are recoupe's: a documents table with its columns, nothing foreign."""
    specs = {table: frozenset(c for c, _ in cols) for table, cols in table_specs().items()}
    documents = columns.get("documents")
    return (documents is not None and _V1_DOCUMENT_COLUMNS <= documents
            and all(table in specs and cols <= specs[table] for table, cols in columns.items()))


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK when the block raises: all of an article or none."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
                return
            except sqlite3.Error:
                _rollback(self.conn)    # a failed COMMIT (disk full) can leave the transaction open
                raise
        _rollback(self.conn)


def _rollback(conn: sqlite3.Connection) -> None:
    """ROLLBACK, never letting a failure of its own hide the error that led here."""
    # SQLite may already have rolled back (it does on SQLITE_FULL); a second ROLLBACK
    # would fail and hide the error that matters.
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass        # the original error is the one to report; SQLite undoes the rest on reopen
