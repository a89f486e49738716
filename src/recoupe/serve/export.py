"""Exports: the JSON Lines view of CONTRACT.md, one object per document."""
from __future__ import annotations

from typing import IO, Iterable

from recoupe.schema import Document, to_contract
from recoupe.serve.terminal import json_line

FORMATS = ("jsonl",)


def write_jsonl(documents: Iterable[Document], out: IO[str]) -> int:
    """Write one contract object per line; returns how many were written."""
    count = 0
    for document in documents:
        out.write(json_line(to_contract(document)) + "\n")
        count += 1
    return count
