"""JSON Lines: one article per line, read as a stream; a bad line is an IngestError and the others go on."""
from __future__ import annotations

import json
import re
from typing import BinaryIO, Iterator

from recoupe.ingest.article import IngestError, RawArticle
from recoupe.ingest.decode import NotText, decode_bytes
from recoupe.ingest.html import NoMainText, article_from_html
from recoupe.ingest.plain import read_text

OPTIONAL_FIELDS = ("title", "published", "author", "url", "language")
_CHUNK = 1 << 20


def sniff_format(head: str) -> str:
    """'jsonl' when the first line is a JSON object, 'html' when markup leads, else 'txt'.

    ``head`` is the start of the input: a first line longer than it counts as JSON when
    it opens with a brace.
    """
    head = head.lstrip("\ufeff \t\r\n")
    first_line, newline, _ = head.partition("\n")
    first_line = first_line.strip()
    if first_line.startswith("{") and (not newline or _is_object(first_line)):
        return "jsonl"
    if re.match(r"<(?:!doctype\s+html|html|head|body|article|div|p)\b", head[:200], re.IGNORECASE):
        return "html"
    return "txt"


def _is_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, RecursionError):
        return False


def read_jsonl(source: str, fh: BinaryIO, max_bytes: int) -> Iterator[RawArticle | IngestError]:
    empty = True
    for number, line in enumerate(_lines(fh, max_bytes), start=1):
        where = f"{source}:{number}"
        if line is None:
            yield IngestError(where, f"too large: over {max_bytes // 2**20} MiB, the limit for one article")
        elif line.strip():
            yield _record(where, line)
        empty = empty and line is not None and not line.strip()
    if empty:   # a file with nothing in it is named, like an empty text file
        yield IngestError(source, "empty file")


def _lines(fh: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Each line of ``fh``, or None for a line over ``max_bytes`` (read past, never held)."""
    while line := fh.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := fh.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _record(where: str, line: bytes) -> RawArticle | IngestError:
    try:
        decoded = decode_bytes(line)
        record = json.loads(decoded.text)
    except NotText as exc:
        return IngestError(where, str(exc))
    except json.JSONDecodeError as exc:
        return IngestError(where, f"invalid JSON: {exc.msg}")
    except RecursionError:
        return IngestError(where, "invalid JSON: nested too deep")
    if not isinstance(record, dict):
        return IngestError(where, "a JSON line must be an object")
    try:
        article = _article(where, record)
        if decoded.note and isinstance(article, RawArticle):
            article.notes.insert(0, decoded.note)
        return article
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # a field no reader foresaw must cost this record only, named, not the run
        return IngestError(where, f"cannot read record: {str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__}")


def _article(where: str, record: dict) -> RawArticle | IngestError:
    name = str(record.get("doc") or record.get("url") or where)
    given = {k: str(record[k]) for k in OPTIONAL_FIELDS if record.get(k)}
    body = record.get("text")
    if isinstance(body, str) and body.strip():
        article = read_text(name, body, **given)
    else:
        html = record.get("html")
        if not (isinstance(html, str) and html.strip()):
            return IngestError(where, "no text or html field")
        try:
            article = article_from_html(name, html, **given)
        except NoMainText as exc:
            return IngestError(where, str(exc))
    article.format = "jsonl"
    return article
