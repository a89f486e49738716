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
#: a headline ending with a quotation is at most this long
MAX_QUOTED_HEADLINE_WORDS = 20
_STOPS = (".", "!", "?", "…")
_CLOSING_QUOTES = " »\"”"
_SENTENCE_BREAK = re.compile(r"[.!?…][»\"”]?\s+[«\"“A-ZÀ-Ý]")
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
def _clock(lang: str) -> re.Pattern:
    """A time of day closing a date, dropped before dateparser reads it (the date is what counts)."""
    table = load_json(lang, "clean_header") if available(lang, "clean_header") else {}
    return re.compile(table.get("clock", "(?!)"), re.IGNORECASE)


@lru_cache(maxsize=None)
def _date_parser(lang: str) -> DateDataParser:
    # absolute dates only: a header states its date, and relative parsing costs a third more
    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "PARSERS": ["absolute-time"]}
    try:
        return DateDataParser(languages=[lang], settings=settings)
    except ValueError:   # a language dateparser does not know: let it try all it knows
        return DateDataParser(settings=settings)


@lru_cache(maxsize=4096)
def iso_date(text: str, lang: str = "fr") -> Optional[str]:
    """An absolute date string as ISO at its stated precision; None unless it holds a year.
    Remembered: articles of one day print the same date strings."""
    if len(text) > 100:   # no date is that long
        return None
    text = _SHORT_YEAR_AFTER_MONTH.sub(_full_year, _SHORT_YEAR.sub(_full_year, text))
    if not re.search(r"\d{4}", text):
        return None
    data = _date_parser(lang).get_date_data(_clock(lang).sub("", text.strip()))
    if data.date_obj is None:
        return None
    return data.date_obj.strftime(_PRECISION_FORMATS.get(data.period, "%Y-%m-%d"))


#: a numeric date with a two-digit year ("12/05/19"), the year ending the date
_SHORT_YEAR = re.compile(r"(?<![\d./])(\d{1,2}([./])\d{1,2}\2)(\d{2})(?![\d./])")
#: a two-digit year after a month's name, as a wire dateline prints it ("6 sept. 08"; "6 sept. 10 h 30" is a time)
_SHORT_YEAR_AFTER_MONTH = re.compile(r"(?<!\d)(\d{1,2}(?:er)?\s+[^\W\d_]{3,9}\.?(\s+))(\d{2})(?![\d./]|\s*[:h]\s*\d)")
#: a two-digit year above this is of the last century
LAST_CENTURY_FROM = 70


def _full_year(m: re.Match) -> str:
    """'12/05/19' -> '12/05/2019', '6 sept. 08' -> '6 sept. 2008': dateparser would not say which
    century, and a header needs the year."""
    year = int(m.group(3))
    return f"{m.group(1)}{19 if year > LAST_CENTURY_FROM else 20}{m.group(3)}"


def normalise_line(text: str) -> str:
    return " ".join(text.split()).casefold()


def is_prose(line: str) -> bool:
    """A sentence of the article, not a label, a title or a fragment of page furniture.
    A line closing a quotation with no stop before it ('... la "crise des urgences"') is a
    headline unless it is long or holds a sentence break."""
    stripped = line.rstrip()
    words = len(stripped.split())
    if words < MIN_PROSE_WORDS or not stripped.endswith(PROSE_ENDS):
        return False
    if stripped.rstrip(_CLOSING_QUOTES).endswith(_STOPS):
        return True
    return words > MAX_QUOTED_HEADLINE_WORDS or bool(_SENTENCE_BREAK.search(stripped))


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


def refined(known: Optional[str], found: str) -> str:
    """The date read so far, or a later header date that states it more precisely: a page's
    'date 2019-02' marker, then 'Publié le 09/02/2019' under the title."""
    if known is None:
        return found
    return found if found.startswith(known) and len(found) > len(known) else known


def byline(line: str, lang: str) -> Optional[tuple[Optional[str], str]]:
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
        if found := byline(line, lang):
            header.author = header.author or found[0]
            header.published = refined(header.published, found[1])
            continue
        if m := date_prefix.match(line):
            header.published = header.published or iso_date(m.group("date"), lang)
            start += m.end()
            line = text[start:end]
            if found := byline(line, lang):
                # the page's own date line after the marker states the date: it wins ('date 2019-03
                # publié le 28/02/2019', the marker a crawl's month)
                header.author = header.author or found[0]
                header.published = found[1]
                continue
        first = start + len(line) - len(line.lstrip())
        last = start + len(line.rstrip())
        if header.title_span is None and _is_title_line(text, first, last, known_title):
            header.title_span = (first, last)
            header.title = text[first:last]
            _read_parts(header.title, lang, header, after_title=True)
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


@lru_cache(maxsize=None)
def _stamp(lang: str) -> Optional[re.Pattern]:
    table = load_json(lang, "clean_header") if available(lang, "clean_header") else {}
    return re.compile(table["stamp"], re.IGNORECASE) if "stamp" in table else None


def _scan_below(text: str, start: int, lang: str, header: Header) -> None:
    """Author and date lines that page furniture (a kicker, share buttons, a reading time)
    pushed below the first body line: looked for above the first sentence of prose only,
    so a date in the article never counts. The lines stay in the body (clean drops them)."""
    authors, _ = _below_patterns(lang)
    stamp = _stamp(lang)
    seen, past_prose = 0, False
    for line_start, line_end in line_spans(text, start):
        line = text[line_start:line_end].strip()
        if not line:
            continue
        seen += 1
        if seen > HEADER_SCAN_LINES or header.published is not None and (past_prose or is_prose(line)):
            return
        # a lead paragraph printed above the stamp: only a line opening like one ('Publié le …')
        past_prose = past_prose or is_prose(line)
        if past_prose:
            if stamp is None:
                return
            if stamp.match(line):
                _read_parts(line, lang, header)
            continue
        _read_parts(line, lang, header)
        if header.author is None and (m := next(filter(None, (p.match(line) for p in authors)), None)):
            header.author = m.group("author")


def _read_parts(line: str, lang: str, header: Header, *, after_title: bool = False) -> None:
    """Author and date from the pieces of a header line ('Publié le … · Mis à jour …'); in a
    title line only from the pieces after the headline ('Titre Reuters • 10/10/2020')."""
    _, parts = _below_patterns(lang)
    # the whole line first: 'Publié le 3 mai 2024 | AFP' names its author after the cut
    if not after_title and (found := byline(line, lang)):
        header.author = header.author or found[0]
        header.published = refined(header.published, found[1])
        return
    pieces = parts.split(line) if parts else [line]
    for part in pieces[1:] if after_title else pieces:
        if found := byline(part, lang):
            header.author = header.author or found[0]
            header.published = refined(header.published, found[1])


def header_fields(line: str, lang: str) -> Optional[tuple[Optional[str], str]]:
    """(author, published) of a date line in one of the header's forms, whole or in its parts
    ('Publié le … | AFP', 'Par Jeanne Roy, le 3 mai 2024 à 10h00', '… mis à jour le …'); None
    when it states no date."""
    found = Header()
    _read_parts(line.strip(), lang, found)
    return (found.author, found.published) if found.published else None


def title_and_header(line: str, lang: str) -> Optional[tuple[str, str]]:
    """(headline, date line) of a line where the page set its date line after the headline
    ('Le port double son trafic Publié le 3 mai 2024 | AFP'); None when it holds no date line."""
    _, parts = _below_patterns(lang)
    m = next(parts.finditer(line), None) if parts else None
    if m is None or not header_fields(line[m.end():], lang):
        return None
    return line[:m.start()], line[m.end():]


@lru_cache(maxsize=None)
def _signature_patterns(lang: str, key: str) -> tuple[re.Pattern, ...]:
    if not available(lang, "clean_header"):
        return ()
    return tuple(re.compile(p, re.IGNORECASE) for p in load_json(lang, "clean_header").get(key, []))


def signature(line: str, lang: str, in_header: bool = False) -> Optional[str]:
    """The author a signature line names ('Jeanne Roy, avec AFP', 'J. ROY j.roy@x.fr'); above the
    lead paragraph (``in_header``) an agency alone or editors' initials too ('AFP', 'tb, ats')."""
    patterns = _signature_patterns(lang, "signatures")
    if in_header:
        patterns += _signature_patterns(lang, "header_signatures")
    for pattern in patterns:
        if m := pattern.match(line.strip()):
            return m.group("author").strip()
    return None


def glued_signature(fragment: str, lang: str) -> Optional[str]:
    """The author of a byline clean cut from the start of a paragraph ('Jeanne ROY ')."""
    for pattern in _signature_patterns(lang, "glued_signatures"):
        if m := pattern.match(fragment.strip()):
            return m.group("author").strip()
    return None


def _is_title_line(text: str, first: int, last: int, known_title: Optional[str]) -> bool:
    line = text[first:last]
    if known_title is not None:
        return normalise_line(line) == normalise_line(known_title)
    return ((looks_like_title(line) or cut_headline(text, last)) and not lead_quotation(line)
            and bool(text[last:].strip()) and not runs_on(text, last) and not _lower_start(line))


#: a headline the page's excerpt cut short ends with an ellipsis glued to its last word ("... le gouvernement...")
_CUT_SHORT = re.compile(r"[^\W\d_](?:\.{3}|…)$")
_BLANK_LINE_AFTER = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")


def cut_headline(text: str, last: int) -> bool:
    """The line ending at ``last`` is a headline cut short by the page's excerpt: one sentence without a
    break, of a headline's length, its last word glued to an ellipsis, and a paragraph of its own (a lead
    cut so runs on in its paragraph, or holds a sentence break)."""
    line = text[:last].rsplit("\n", 1)[-1].strip()
    return (bool(_CUT_SHORT.search(line)) and len(line) <= MAX_TITLE_CHARS and len(line.split()) <= MAX_TITLE_WORDS
            and not _SENTENCE_BREAK.search(line) and bool(_BLANK_LINE_AFTER.match(text, last)))


#: a brand in camel case opening a headline ("iPhone", "eBay"): a lower-case letter, then a capital
_CAMEL = re.compile(r"[a-zà-ÿ]{1,2}[A-ZÀ-Ý]")


def _lower_start(line: str) -> bool:
    """The line opens in lower case ('photo du port', an image's alt text left above the text): no
    headline does, but for a brand in camel case."""
    stripped = line.lstrip(" \"«“'‘(")
    return stripped[:1].islower() and not _CAMEL.match(stripped)


_NEXT_LINE = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*(?=[^\W\d_])")
_PARAGRAPH_END = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")
#: a wrapped paragraph is looked at up to this far
MAX_PARAGRAPH_CHARS = 2000


def runs_on(text: str, last: int) -> bool:
    """The line ending at ``last`` is the first of a hard-wrapped paragraph, no headline: the
    next line follows without a blank line, opens in lower case and the paragraph they make
    is a sentence ('Le port a fermé ses\nportes lundi, a dit le maire.'); a byline under a
    headline ('par Jeanne Roy') makes no sentence."""
    m = _NEXT_LINE.match(text, last)
    if m is None or not text[m.end()].islower():
        return False
    window = text[last:last + MAX_PARAGRAPH_CHARS]
    end = _PARAGRAPH_END.search(window, m.end() - last)
    paragraph = text[:last].rsplit("\n", 1)[-1] + (window[:end.start()] if end else window)
    return is_prose(" ".join(paragraph.split()))


#: a quotation opening the article is at least this long (a headline quotation is shorter)
MIN_LEAD_QUOTE_WORDS = 10
_LEAD_QUOTE = re.compile(r"^[«\"“].*[.!…]\s*[»\"”]$")


def lead_quotation(line: str) -> bool:
    """A whole sentence quoted, its stop inside the marks ('"Nous ne céderons rien, ni ici
    ni ailleurs!"'): the article opens with a quotation, it is no headline."""
    stripped = line.strip()
    return len(stripped.split()) >= MIN_LEAD_QUOTE_WORDS and bool(_LEAD_QUOTE.match(stripped))
