"""Files, folders and stdin to RawArticles; whatever cannot be read becomes an IngestError.

Folders are walked recursively in sorted order, hidden entries skipped, and only the
article extensions are taken; a file named explicitly is read whatever its extension,
its format sniffed from the content.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional

from recoupe.ingest.article import IngestError, RawArticle
from recoupe.ingest.decode import NotText, decode_bytes
from recoupe.ingest.html import NoMainText, article_from_html
from recoupe.ingest.jsonl import read_jsonl, sniff_format
from recoupe.ingest.plain import read_text

FOLDER_EXTENSIONS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
STDIN = "-"


def read_paths(paths: Iterable[str]) -> Iterator[RawArticle | IngestError]:
    for p in paths:
        if p == STDIN:
            yield from _read_content("<stdin>", sys.stdin.buffer.read(), fmt=None)
            continue
        path = Path(p)
        if path.is_dir():
            yield from _read_folder(path)
        else:
            yield from _read_file(path, FOLDER_EXTENSIONS.get(path.suffix.lower()))


def _read_folder(folder: Path) -> Iterator[RawArticle | IngestError]:
    try:
        files = sorted(f for f in folder.rglob("*")
                       if f.suffix.lower() in FOLDER_EXTENSIONS and f.is_file()
                       and not any(part.startswith(".") for part in f.relative_to(folder).parts))
    except OSError as exc:
        yield IngestError(folder.name or str(folder), _os_reason(exc))
        return
    if not files:
        yield IngestError(folder.name or str(folder), "no readable article in folder")
    for f in files:
        yield from _read_file(f, FOLDER_EXTENSIONS[f.suffix.lower()])


def _read_file(path: Path, fmt: Optional[str]) -> Iterator[RawArticle | IngestError]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(path.name or str(path), _os_reason(exc))
        return
    yield from _read_content(path.name, data, fmt)


def _read_content(source: str, data: bytes, fmt: Optional[str]) -> Iterator[RawArticle | IngestError]:
    try:
        text = decode_bytes(data)
    except NotText as exc:
        yield IngestError(source, str(exc))
        return
    if not text.strip():
        yield IngestError(source, "empty file")
        return
    fmt = fmt or sniff_format(text)
    if fmt == "jsonl":
        yield from read_jsonl(source, text)
    elif fmt == "html":
        try:
            yield article_from_html(source, text)
        except NoMainText as exc:
            yield IngestError(source, str(exc))
    else:
        yield read_text(source, text)


def _os_reason(exc: OSError) -> str:
    """One lower-case line: 'no such file or directory', 'permission denied', ..."""
    return (exc.strerror or str(exc)).lower()
