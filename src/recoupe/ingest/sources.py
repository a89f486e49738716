"""PROVISIONAL: walk paths and read plain-text files (being rewritten)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from recoupe.ingest.article import IngestError, RawArticle


def read_paths(paths: list[str]) -> Iterator[RawArticle | IngestError]:
    for p in paths:
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            try:
                text = f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                yield IngestError(str(f), str(exc))
                continue
            first, _, _ = text.partition("\n")
            yield RawArticle(source=f.name, original=text, title=first.strip(),
                             title_span=(0, len(first)), body_start=len(first))
