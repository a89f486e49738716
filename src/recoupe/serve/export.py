"""Exports: the JSON Lines view of CONTRACT.md, one object per document."""
from __future__ import annotations

import json
from typing import IO, Iterable

from recoupe.schema import Document, to_contract

FORMATS = ("jsonl",)


def write_jsonl(documents: Iterable[Document], out: IO[str]) -> int:
    """Write one contract object per line; returns how many were written."""
    count = 0
    for document in documents:
        out.write(json.dumps(to_contract(document), ensure_ascii=False) + "\n")
        count += 1
    return count
