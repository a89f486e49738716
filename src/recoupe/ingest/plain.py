"""Plain-text articles: the text as given, with what its header says."""
from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from typing import Optional

from recoupe.ingest.article import RawArticle
from recoupe.ingest.header import iso_date, parse_header
from recoupe.ingest.language import decide


def read_text(source: str, text: str, *, published: Optional[str] = None,
              language: Optional[str] = None, title: Optional[str] = None,
              author: Optional[str] = None, url: Optional[str] = None) -> RawArticle:
    """A plain-text article given as a string; its header gives what the arguments do not.

    ``language`` is checked against the text (see ``ingest.language``); a ``published``
    value that is not a date is dropped, never stored, and both are reported in ``notes``.
    """
    lang = decide(language, text)
    notes = [lang.note] if lang.note else []
    header = parse_header(text, lang=lang.code, known_title=title)
    date = given_date(published, lang.code, notes)
    return RawArticle(
        source=source, original=text, format="txt", title=header.title,
        title_span=header.title_span, body_start=header.body_start,
        author=author or header.author, published=date or header.published,
        url=url, language=lang.code, notes=notes,
    )


def given_date(published: Optional[str], lang: str, notes: list[str]) -> Optional[str]:
    """A given timestamp as an ISO date at its precision, as a header date is; None if it is none."""
    if not published:
        return None
    date = _feed_date(published) or iso_date(published, lang)
    if date is None or not _PLAUSIBLE.fullmatch(date):   # '1-01-01' or a relative '3 weeks ago' is no date
        notes.append(f"published value {published[:80]!r} is not a date; ignored")
        return None
    return date


#: what a publication date looks like once read: a year from 1800 to 2199, then month and day
_PLAUSIBLE = re.compile(r"(?:18|19|20|21)\d\d(?:-\d\d){0,2}")


def _feed_date(value: str) -> Optional[str]:
    """The day of an RFC 2822 timestamp, as feeds write it ('Tue, 05 Mar 2024 10:00:00 +0100')."""
    try:
        return parsedate_to_datetime(value.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
