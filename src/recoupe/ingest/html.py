"""HTML pages: trafilatura extracts main text and metadata, offline (nothing is fetched).

Offsets into markup would be of no use to a reader, so the ``original`` of an HTML
article is what trafilatura extracted, laid out as title + blank line + main text.
"""
from __future__ import annotations

from typing import Optional

import trafilatura

from recoupe.ingest.article import RawArticle
from recoupe.ingest.language import decide
from recoupe.ingest.plain import given_date


class NoMainText(ValueError):
    pass


def article_from_html(source: str, html: str, **given: Optional[str]) -> RawArticle:
    """A RawArticle from a page; values in ``given`` (title, published, ...) win over metadata."""
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False)
    doc = extracted.as_dict() if extracted else {}
    body = doc.get("text") or ""
    if not body.strip():
        raise NoMainText("no main text found in HTML")
    title = (given.get("title") or doc.get("title") or "").strip() or None
    original = f"{title}\n\n{body}" if title else body
    lang = decide(given.get("language") or doc.get("language"), body)
    notes = [lang.note] if lang.note else []
    return RawArticle(
        source=source, original=original, format="html", title=title,
        title_span=(0, len(title)) if title else None,
        body_start=len(title) + 2 if title else 0,
        author=given.get("author") or doc.get("author"),
        published=given_date(given.get("published") or doc.get("date"), lang.code, notes),
        url=given.get("url") or doc.get("url"),
        language=lang.code, site=doc.get("sitename"), notes=notes,
    )
