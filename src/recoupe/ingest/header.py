"""The header of a plain-text article: title line, byline, date line, date prefix.

Only these header lines give ``author`` and ``published``; a date in the body never does.
The patterns are data (``resources/<lang>/clean_header.json``); dates are read with
dateparser at the precision they state (day, month or year).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from dateparser.date import DateDataParser

from recoupe.resources import available, load_json

#: a title longer than this is a paragraph, not a headline
MAX_TITLE_CHARS = 220
#: below the title, byline and date lines are looked for among this many lines ...
HEADER_SCAN_LINES = 12
#: ... and above the first sentence of prose (a line this long ending a sentence)
MIN_PROSE_WORDS = 8
PROSE_ENDS = (".", "!", "?", "…", "»", '"', "”")
MAX_TITLE_WORDS = 35
_PRECISION_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


@dataclass
class Header:
    title: Optional[str] = None
    title_span: Optional[tuple[int, int]] = None
    body_start: int = 0
    author: Optional[str] = None
    published: Optional[str] = None


#: matches nothing: a language without header patterns has only a title line
_NEVER = re.compile(r"(?!)")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[list[re.Pattern], re.Pattern]:
    if not available(lang, "clean_header"):
        return [], _NEVER
    table = load_json(lang, "clean_header")
    bylines = [re.compile(p, re.IGNORECASE) for p in table["bylines"]]
    return bylines, re.compile(table["date_prefix"], re.IGNORECASE)


@lru_cache(maxsize=None)
def _date_parser(lang: str) -> DateDataParser:
    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
    try:
        return DateDataParser(languages=[lang], settings=settings)
    except ValueError:   # a language dateparser does not know: let it try all it knows
        return DateDataParser(settings=settings)


def iso_date(text: str, lang: str = "fr") -> Optional[str]:
    """An absolute date string as ISO at its stated precision; None unless it holds a year."""
    if len(text) > 100 or not re.search(r"\d{4}", text):   # no date is that long
        return None
    data = _date_parser(lang).get_date_data(text.strip())
    if data.date_obj is None:
        return None
    return data.date_obj.strftime(_PRECISION_FORMATS.get(data.period, "%Y-%m-%d"))


def normalise_line(text: str) -> str:
    return " ".join(text.split()).casefold()


def is_prose(line: str) -> bool:
    """A sentence of the article, not a label, a title or a fragment of page furniture."""
    return len(line.split()) >= MIN_PROSE_WORDS and line.rstrip().endswith(PROSE_ENDS)


def looks_like_title(line: str) -> bool:
    stripped = line.strip()
    return (bool(stripped) and not stripped.endswith((".", "…", ":", ";", ","))
            and len(stripped) <= MAX_TITLE_CHARS and len(stripped.split()) <= MAX_TITLE_WORDS)


def line_spans(text: str, start: int = 0, end: int | None = None):
    """(start, end) of each line of ``text[start:end]``, line breaks excluded; offsets
    count characters of ``text`` (any of \\n, \\r\\n, \\r ends a line, as read)."""
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text[start:end]):
        if not m.group():
            break
        yield start + m.start(), start + m.start() + len(m.group().rstrip("\r\n"))


def _byline(line: str, lang: str) -> Optional[tuple[Optional[str], str]]:
    bylines, _ = _patterns(lang)
    for pattern in bylines:
        m = pattern.match(line.strip())
        if m and (published := iso_date(m.group("date"), lang)):
            author = m.groupdict().get("author")
            return (author.strip() if author else None), published
    return None


def parse_header(text: str, *, lang: str = "fr", known_title: Optional[str] = None) -> Header:
    """Title, byline and date at the top of ``text``; ``body_start`` is where the body begins.

    With ``known_title`` (given by the source) the first line is the title only when it
    repeats it; otherwise the first line is the title when it looks like one.
    """
    header = Header(title=known_title)
    _, date_prefix = _patterns(lang)
    for start, end in line_spans(text):
        line = text[start:end]
        if not line.strip():
            continue
        if found := _byline(line, lang):
            header.author = header.author or found[0]
            header.published = header.published or found[1]
            continue
        if m := date_prefix.match(line):
            header.published = header.published or iso_date(m.group("date"), lang)
            start += m.end()
            line = text[start:end]
        first = start + len(line) - len(line.lstrip())
        last = start + len(line.rstrip())
        if header.title_span is None and _is_title_line(text, first, last, known_title):
            header.title_span = (first, last)
            header.title = text[first:last]
            continue
        header.body_start = first
        _scan_below(text, first, lang, header)
        return header
    header.body_start = len(text)
    return header


@lru_cache(maxsize=None)
def _below_patterns(lang: str) -> tuple[list[re.Pattern], Optional[re.Pattern]]:
    if not available(lang, "clean_header"):
        return [], None
    table = load_json(lang, "clean_header")
    parts = re.compile(table["parts"]) if "parts" in table else None
    return [re.compile(p, re.IGNORECASE) for p in table.get("authors", [])], parts


def _scan_below(text: str, start: int, lang: str, header: Header) -> None:
    """Author and date lines that page furniture (a kicker, share buttons, a reading time)
    pushed below the first body line: looked for above the first sentence of prose only,
    so a date in the article never counts. The lines stay in the body (clean drops them)."""
    authors, parts = _below_patterns(lang)
    seen = 0
    for line_start, line_end in line_spans(text, start):
        line = text[line_start:line_end].strip()
        if not line:
            continue
        seen += 1
        if seen > HEADER_SCAN_LINES or is_prose(line):
            return
        for part in (parts.split(line) if parts else [line]):
            if found := _byline(part, lang):
                header.author = header.author or found[0]
                header.published = header.published or found[1]
        if header.author is None and (m := next(filter(None, (p.match(line) for p in authors)), None)):
            header.author = m.group("author")


def _is_title_line(text: str, first: int, last: int, known_title: Optional[str]) -> bool:
    line = text[first:last]
    if known_title is not None:
        return normalise_line(line) == normalise_line(known_title)
    return looks_like_title(line) and bool(text[last:].strip())
