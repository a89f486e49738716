"""Files, folders and stdin to RawArticles, one at a time; whatever cannot be read is an IngestError.

Inputs stream: an article is handed on as soon as it is read, so one bad record never
stops the ones after it and a large JSON Lines file is never held whole. Folders are
walked recursively in sorted order, hidden entries skipped, and only the article
extensions are taken; a document found in a folder is named by its path inside that
folder, so ``a/x.txt`` and ``b/x.txt`` stay two names. A file named explicitly is read
whatever its extension, its format sniffed from the content, and named by its file name.
Only regular files are read (a FIFO or a device would hang or never end), and no article
may be larger than ``MAX_ARTICLE_BYTES``.
"""
from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional

from recoupe.ingest.article import IngestError, RawArticle
from recoupe.ingest.decode import NotText, decode_bytes
from recoupe.ingest.html import NoMainText, article_from_html
from recoupe.ingest.jsonl import read_jsonl, sniff_format
from recoupe.ingest.plain import read_text

FOLDER_EXTENSIONS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
STDIN = "-"
#: the largest article read: a file, or one line of a JSON Lines file (news runs to tens of KiB)
MAX_ARTICLE_BYTES = 32 * 1024 * 1024
#: what is looked at to tell JSON Lines, HTML and text apart
SNIFF_BYTES = 64 * 1024

Item = RawArticle | IngestError


def read_paths(paths: Iterable[str]) -> Iterator[Item]:
    for p in paths:
        if p == STDIN:
            yield from read_stream("<stdin>", sys.stdin.buffer, fmt=None)
            continue
        path = Path(p)
        try:
            is_dir = path.is_dir()
        except OSError as exc:   # a name too long, a folder on the way this user may not enter
            yield IngestError(p, _os_reason(exc))
            continue
        if is_dir:
            yield from _read_folder(path)
        else:
            yield from _read_file(path, path.name or str(path), FOLDER_EXTENSIONS.get(path.suffix.lower()))


def _read_folder(folder: Path) -> Iterator[Item]:
    found = False
    failures: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=failures.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from _walk_failures(folder, failures)
        for name in sorted(files):
            fmt = FOLDER_EXTENSIONS.get(Path(name).suffix.lower())
            if fmt and not name.startswith("."):
                found = True
                path = Path(root) / name
                yield from _read_file(path, path.relative_to(folder).as_posix(), fmt)
    yield from _walk_failures(folder, failures)
    if not found:
        yield IngestError(folder.name or str(folder), "no readable article in folder")


def _walk_failures(folder: Path, failures: list[OSError]) -> Iterator[IngestError]:
    """A folder that cannot be listed is named, never passed over in silence."""
    while failures:
        exc = failures.pop(0)
        where = Path(exc.filename or folder)
        name = where.relative_to(folder).as_posix() if where.is_relative_to(folder) else str(where)
        yield IngestError(f"{name if name != '.' else folder.name}/", f"cannot read folder: {_os_reason(exc)}")


def _read_file(path: Path, name: str, fmt: Optional[str]) -> Iterator[Item]:
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            yield IngestError(name, "not a regular file (a folder, device, pipe or socket)")
            return
        with path.open("rb") as fh:
            yield from read_stream(name, fh, fmt)
    except OSError as exc:
        yield IngestError(name, _os_reason(exc))


def read_stream(name: str, raw: BinaryIO, fmt: Optional[str]) -> Iterator[Item]:
    """The articles of one open input: a JSON Lines stream line by line, anything else whole."""
    fh = io.BufferedReader(raw, buffer_size=SNIFF_BYTES)  # type: ignore[arg-type]
    if fmt is None:
        fmt = sniff_format(fh.peek(SNIFF_BYTES)[:SNIFF_BYTES].decode("utf-8", errors="replace"))
    if fmt == "jsonl":
        yield from read_jsonl(name, fh, MAX_ARTICLE_BYTES)
        return
    data = fh.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        yield IngestError(name, f"too large: over {MAX_ARTICLE_BYTES // 2**20} MiB, the limit for one article")
        return
    yield from _read_content(name, data, fmt)


def _read_content(source: str, data: bytes, fmt: str) -> Iterator[Item]:
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        yield IngestError(source, str(exc))
        return
    if not decoded.text.strip():
        yield IngestError(source, "empty file")
        return
    try:
        article = article_from_html(source, decoded.text) if fmt == "html" else read_text(source, decoded.text)
    except NoMainText as exc:
        yield IngestError(source, str(exc))
        return
    if decoded.note:
        article.notes.insert(0, decoded.note)
    yield article


def _os_reason(exc: OSError) -> str:
    """One lower-case line: 'no such file or directory', 'permission denied', ..."""
    return (exc.strerror or str(exc)).lower()
