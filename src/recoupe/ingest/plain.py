"""Plain-text articles: the text as given, with what its header says."""
from __future__ import annotations

from typing import Optional

from recoupe.ingest.article import RawArticle
from recoupe.ingest.header import iso_date, parse_header


def read_text(source: str, text: str, *, published: Optional[str] = None,
              language: Optional[str] = None, title: Optional[str] = None,
              author: Optional[str] = None, url: Optional[str] = None) -> RawArticle:
    """A plain-text article given as a string; its header gives what the arguments do not."""
    lang = language or "fr"
    header = parse_header(text, lang=lang, known_title=title)
    if published:   # a given timestamp is kept at its date precision, as a header date is
        published = iso_date(published, lang) or published
    return RawArticle(
        source=source, original=text, format="txt", title=header.title,
        title_span=header.title_span, body_start=header.body_start,
        author=author or header.author, published=published or header.published,
        url=url, language=language,
    )
