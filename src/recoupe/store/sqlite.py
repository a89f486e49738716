"""The knowledge base in one SQLite file: the only code that touches SQL.

One transaction per article; an article is identified by the hash of its original
text, so storing the same article again adds nothing. The file carries its schema
version (``PRAGMA user_version``); opening an older file upgrades it in place, in one
transaction, keeping everything it holds.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Optional

from recoupe.schema import ITEM_TYPES, SCHEMA_VERSION, Document
from recoupe.store.tables import ITEM_KEYS, document_columns, from_row, table_specs, to_row

_INDEXES = {
    "documents_doc": "documents(doc)",
    "entities_doc": "entities(doc_id)", "quotes_doc": "quotes(doc_id)", "claims_doc": "claims(doc_id)",
    "figures_doc": "figures(doc_id)", "dates_doc": "dates(doc_id)", "events_doc": "events(doc_id)",
    "figures_unit": "figures(unit)", "claims_status": "claims(status)", "entities_name": "entities(name)",
}


class StoreError(Exception):
    """The file cannot be used as a recoupe store; nothing was written to it."""


class Store:
    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such store (run 'recoupe ingest' first)")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._upgrade()
            # One commit per article: write-ahead logging makes each commit cheap while a
            # crash still loses at most the article being written, never an earlier one.
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a recoupe store ({exc})") from exc

    # -- schema -----------------------------------------------------------------

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _existing_columns(self, table: str) -> list[str]:
        return [r["name"] for r in self.conn.execute(f"PRAGMA table_info({table})")]

    def _upgrade(self) -> None:
        version = self.version
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: written by a newer recoupe (schema {version} > {SCHEMA_VERSION})")
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version == 0 and tables:
            raise StoreError(f"{self.path}: an SQLite file, but not a recoupe store")
        if version == SCHEMA_VERSION:
            return
        # Every change so far is additive (new tables, new columns): derived from the schema.
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

    def transaction(self):
        return _Transaction(self.conn)

    # -- writing ----------------------------------------------------------------

    def has(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add(self, document: Document) -> bool:
        """Store one analysed article; False when it was already there."""
        with self.transaction():
            if self.has(document.id):
                return False
            row = to_row(document, skip=tuple(ITEM_TYPES))
            row["ingested_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
            self._insert("documents", [row])
            for table in ITEM_TYPES:
                rows = [{"doc_id": document.id, "seq": seq, **to_row(item)}
                        for seq, item in enumerate(getattr(document, table))]
                self._insert(table, rows)
        return True

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert rows that all have the same columns."""
        if rows:
            names = ", ".join(rows[0])
            marks = ", ".join("?" for _ in rows[0])
            self.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                                  [tuple(r.values()) for r in rows])

    # -- reading ----------------------------------------------------------------

    def resolve(self, ref: str) -> Optional[str]:
        """The id of a document named by its id, an id prefix or its source name (latest first)."""
        row = self.conn.execute(
            "SELECT id FROM documents WHERE id = ? OR doc = ? OR id LIKE ? ORDER BY ingested_at DESC, rowid DESC",
            (ref, ref, f"{ref}%" if len(ref) >= 6 else ref)).fetchone()
        return row["id"] if row else None

    def get(self, ref: str) -> Optional[Document]:
        doc_id = self.resolve(ref)
        if doc_id is None:
            return None
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return self._document(dict(row))

    def documents(self) -> Iterator[Document]:
        """Every stored document with all its items, in the order they were stored."""
        with closing(self.conn.execute("SELECT * FROM documents ORDER BY rowid")) as cur:
            rows = [dict(r) for r in cur]
        for row in rows:
            yield self._document(row)

    def _document(self, row: dict[str, Any]) -> Document:
        items = {table: self._items(table, row["id"]) for table in ITEM_TYPES}
        scalar = {c: row.get(c) for c, _ in document_columns() if c != "ingested_at"}
        return Document(**scalar, **items)

    def _items(self, table: str, doc_id: str) -> list:
        cls = ITEM_TYPES[table]
        rows = self.conn.execute(f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY seq", (doc_id,))
        return [from_row(cls, dict(r)) for r in rows]

    def items(self, table: str, **equal: Any) -> Iterator[tuple[dict[str, Any], Any]]:
        """(document header, item) pairs of one item table, optionally filtered on columns."""
        if table not in ITEM_TYPES:
            raise ValueError(f"unknown item table {table!r}")
        known = {c for c, _ in ITEM_KEYS} | {c for c, _ in table_specs()[table]}
        where = [f"t.{c} = ?" for c in equal if c in known]
        sql = (f"SELECT t.*, d.doc AS _doc, d.title AS _title, d.published AS _published "
               f"FROM {table} t JOIN documents d ON d.id = t.doc_id"
               + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY d.rowid, t.seq")
        for r in self.conn.execute(sql, tuple(v for c, v in equal.items() if c in known)):
            row = dict(r)
            header = {"id": row["doc_id"], "doc": row["_doc"], "title": row["_title"], "published": row["_published"]}
            yield header, from_row(ITEM_TYPES[table], row)

    def stats(self) -> dict[str, Any]:
        counts = {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", *ITEM_TYPES)}
        languages = dict(self.conn.execute("SELECT language, COUNT(*) FROM documents GROUP BY language").fetchall())
        span = self.conn.execute("SELECT MIN(published), MAX(published) FROM documents").fetchone()
        return {"store": str(self.path), "schema": self.version, **counts,
                "languages": languages, "published_from": span[0], "published_to": span[1]}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK when the block raises: all of an article or none."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
