"""JSON Lines: one article per line; a bad line is an IngestError and the others go on."""
from __future__ import annotations

import json
import re
from typing import Iterator

from recoupe.ingest.article import IngestError, RawArticle
from recoupe.ingest.html import NoMainText, article_from_html
from recoupe.ingest.plain import read_text

OPTIONAL_FIELDS = ("title", "published", "author", "url", "language")


def sniff_format(text: str) -> str:
    """'jsonl' when the first line is a JSON object, 'html' when markup leads, else 'txt'."""
    head = text.lstrip()
    first_line = head.split("\n", 1)[0].strip()
    if first_line.startswith("{") and first_line.endswith("}"):
        try:
            if isinstance(json.loads(first_line), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    if re.match(r"<(?:!doctype\s+html|html|head|body|article|div|p)\b", head[:200], re.IGNORECASE):
        return "html"
    return "txt"


def read_jsonl(source: str, text: str) -> Iterator[RawArticle | IngestError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield IngestError(where, "a JSON line must be an object")
            continue
        yield _article(where, record)


def _article(where: str, record: dict) -> RawArticle | IngestError:
    name = str(record.get("doc") or record.get("url") or where)
    given = {k: str(record[k]) for k in OPTIONAL_FIELDS if record.get(k)}
    body = record.get("text")
    if isinstance(body, str) and body.strip():
        article = read_text(name, body, **given)
        article.format = "jsonl"
        return article
    html = record.get("html")
    if isinstance(html, str) and html.strip():
        try:
            article = article_from_html(name, html, **given)
        except NoMainText as exc:
            return IngestError(where, str(exc))
        article.format = "jsonl"
        return article
    return IngestError(where, "no text or html field")
