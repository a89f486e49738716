"""SQL tables derived from the schema dataclasses, and the way between rows and objects.

A Span field becomes three columns (``<name>_start``, ``<name>_end``, ``<name>_text``);
a list field (an entity's mentions) becomes one JSON column; everything else maps to
one column of its own type. Adding a field to ``recoupe.schema`` therefore adds a
column, which ``Store`` adds to an older file on open.
"""
from __future__ import annotations

import dataclasses
import json
import typing
from functools import lru_cache
from typing import Any, Union

from recoupe.schema import ITEM_TYPES, Document, Span

#: columns every item table has before its own: the document and the position in it
ITEM_KEYS = (("doc_id", "TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE"), ("seq", "INTEGER NOT NULL"))
_SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL", bool: "INTEGER"}


def _unwrap(tp: Any) -> Any:
    """Optional[X] -> X."""
    if typing.get_origin(tp) is Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else Any
    return tp


@lru_cache(maxsize=None)
def hints(cls: type) -> dict[str, Any]:
    return {name: _unwrap(tp) for name, tp in typing.get_type_hints(cls).items()}


@lru_cache(maxsize=None)
def columns(cls: type) -> tuple[tuple[str, str], ...]:
    """(column, SQL type) pairs for the fields of ``cls``."""
    cols: list[tuple[str, str]] = []
    for f in dataclasses.fields(cls):
        tp = hints(cls)[f.name]
        if tp is Span:
            cols += [(f"{f.name}_start", "INTEGER"), (f"{f.name}_end", "INTEGER"), (f"{f.name}_text", "TEXT")]
        else:
            cols.append((f.name, _SQL_TYPES.get(tp, "TEXT")))
    return tuple(cols)


def document_columns() -> tuple[tuple[str, str], ...]:
    """The documents table: the Document's scalar fields plus when it was stored."""
    scalar = tuple((c, t) for c, t in columns(Document) if c not in ITEM_TYPES)
    return scalar + (("ingested_at", "TEXT"),)


def table_specs() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every table the current schema needs, by name."""
    specs = {"documents": document_columns()}
    for table, cls in ITEM_TYPES.items():
        specs[table] = ITEM_KEYS + columns(cls)
    return specs


@lru_cache(maxsize=None)
def _layout(cls: type) -> tuple[tuple[str, str], ...]:
    """(field, how it is stored: span | json | value) for each field of ``cls``."""
    kinds = []
    for f in dataclasses.fields(cls):
        tp = hints(cls)[f.name]
        kinds.append((f.name, "span" if tp is Span else "json" if typing.get_origin(tp) is list else "value"))
    return tuple(kinds)


@lru_cache(maxsize=None)
def column_names(cls: type, skip: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The columns ``row_values`` fills, in its order, leaving out the fields named in ``skip``."""
    names: list[str] = []
    for name, kind in _layout(cls):
        if name not in skip:
            names += (f"{name}_start", f"{name}_end", f"{name}_text") if kind == "span" else (name,)
    return tuple(names)


def row_values(obj: Any, *, skip: tuple[str, ...] = ()) -> list[Any]:
    """Column values of one dataclass object (those of ``column_names``), leaving out the
    fields named in ``skip``; a list, so that the caller can add its own columns."""
    values: list[Any] = []
    for name, kind in _layout(type(obj)):
        if name in skip:
            continue
        value = getattr(obj, name)
        if kind == "span":
            values += (value.start, value.end, value.text) if value else (None, None, None)
        elif kind == "json":
            values.append(json.dumps([plain(v) for v in value], ensure_ascii=False))
        else:
            values.append(value)
    return values


def plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies (the store writes thousands of these)."""
    if hasattr(type(value), "__dataclass_fields__"):     # dataclasses.is_dataclass, for an instance
        return {name: plain(v) for name, v in vars(value).items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def from_row(cls: type, row: dict[str, Any]) -> Any:
    """The dataclass object stored in ``row`` (columns as written by ``row_values``)."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        tp = hints(cls)[f.name]
        if tp is Span:
            start = row.get(f"{f.name}_start")
            values[f.name] = None if start is None else Span(start, row[f"{f.name}_end"], row[f"{f.name}_text"])
        elif typing.get_origin(tp) is list:
            if f.name in row:
                item = typing.get_args(tp)[0]
                values[f.name] = [build(item, v) for v in json.loads(row[f.name] or "[]")]
        elif f.name in row:
            values[f.name] = row[f.name]
    return cls(**values)


def build(cls: type, data: Any) -> Any:
    """A dataclass object from its ``dataclasses.asdict`` form."""
    if not dataclasses.is_dataclass(cls) or not isinstance(data, dict):
        return data
    return cls(**{f.name: build(hints(cls)[f.name], data.get(f.name)) for f in dataclasses.fields(cls)
                  if f.name in data})
