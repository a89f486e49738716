"""Plain-text articles: the text as given, with what its header says."""
from __future__ import annotations

from typing import Optional

from recoupe.ingest.article import RawArticle
from recoupe.ingest.header import parse_header


def read_text(source: str, text: str, *, published: Optional[str] = None,
              language: Optional[str] = None, title: Optional[str] = None,
              author: Optional[str] = None, url: Optional[str] = None) -> RawArticle:
    """A plain-text article given as a string; its header gives what the arguments do not."""
    header = parse_header(text, lang=language or "fr", known_title=title)
    return RawArticle(
        source=source, original=text, format="txt", title=header.title,
        title_span=header.title_span, body_start=header.body_start,
        author=author or header.author, published=published or header.published,
        url=url, language=language,
    )
