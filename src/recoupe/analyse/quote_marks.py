"""Direct-quote scanning: where quotation marks open and close in the analysed text.

Works on characters, not tokens, because quotation marks do not follow sentence
boundaries. French news quoting a speech over several paragraphs opens a mark on
each paragraph and closes it only at the end; a paragraph whose mark never closes
therefore yields a segment that runs to the paragraph end.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from recoupe.analyse.extensions import doc_text, stripped_end
from recoupe.resources import load_json

_PARAGRAPH_BREAK = "\n"


@dataclass(frozen=True)
class QuotedSegment:
    open: int        # offset of the opening mark
    start: int       # first character of the content
    end: int         # end of the content (exclusive)
    close: int       # offset just after the closing mark (== end when unclosed)
    closed: bool

    def contains(self, char: int) -> bool:
        return self.open <= char < self.close


if not Doc.has_extension("quoted_segments"):
    Doc.set_extension("quoted_segments", default=None)


def doc_segments(doc: Doc) -> tuple[QuotedSegment, ...]:
    """The ``quoted_segments`` of the analysed text, scanned once per Doc and kept as
    ``doc._.quoted_segments``: the quote and claim passes both read them."""
    if doc._.quoted_segments is None:
        doc._.quoted_segments = quoted_segments(doc_text(doc))
    return doc._.quoted_segments


def quoted_segments(text: str) -> tuple[QuotedSegment, ...]:
    """Every quoted stretch of ``text``, outermost marks only, in text order."""
    closers: dict[str, list[str]] = {k: v for k, v in load_json("common", "quote_marks").items()
                                     if not k.startswith("_")}
    segments: list[QuotedSegment] = []
    paragraph_start = 0
    while paragraph_start < len(text):
        paragraph_end = text.find(_PARAGRAPH_BREAK, paragraph_start)
        if paragraph_end < 0:
            paragraph_end = len(text)
        segments.extend(_scan_paragraph(text, paragraph_start, paragraph_end, closers))
        paragraph_start = paragraph_end + 1
    return tuple(segments)


def _scan_paragraph(text: str, start: int, end: int, closers: dict[str, list[str]]) -> list[QuotedSegment]:
    found = []
    i = start
    while i < end:
        mark = text[i]
        if mark not in closers or (mark == '"' and not _opens_straight(text, i, end)):
            i += 1
            continue
        content_start = i + 1
        while content_start < end and text[content_start] == mark:   # a doubled mark (""…) is one mark
            content_start += 1
        close = _find_closer(text, content_start, end, closers[mark])
        if close is None:
            found.append(_segment(text, i, content_start, end, end, closed=False))
            break
        found.append(_segment(text, i, content_start, close, close + 1, closed=True))
        i = close + 1
    return found


def _opens_straight(text: str, i: int, end: int) -> bool:
    """A straight quote opens when followed by a word character (not by a space), or, set with French
    spacing ('" Nous vendrons ", a dit X'), when it opens its line or follows a colon: a closing one never does."""
    if i + 1 >= end or text[i + 1] == "\n":
        return False
    if not text[i + 1].isspace():
        return True
    padded = i + 2 < end and not text[i + 2].isspace()
    before = text[:i].rstrip(" \t\u00a0")
    return padded and (not before or before.endswith(("\n", ":")))


def _find_closer(text: str, start: int, end: int, marks: list[str]) -> int | None:
    for j in range(start, end):
        if text[j] in marks and (text[j] != '"' or j + 1 >= end or not text[j + 1].isalnum()):
            return j
    return None


def _segment(text: str, open_: int, start: int, end: int, close: int, *, closed: bool) -> QuotedSegment:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuotedSegment(open_, start, end, close, closed)


def opens_line(text: str, char: int) -> bool:
    """Nothing but spaces stands between the line start and ``char``."""
    end = stripped_end(text, char, " ")
    return char == 0 or end > 0 and text[end - 1] == "\n"


def starts_sentence(text: str, segment: QuotedSegment) -> bool:
    """The quotation opens a sentence or a paragraph."""
    before = stripped_end(text, segment.open)
    if not before or text[before - 1] in ".!?\n»”\"":
        return True
    return not text[text.rfind("\n", 0, segment.open) + 1:segment.open].strip()


def fills_paragraph(text: str, segment: QuotedSegment) -> bool:
    """Nothing but punctuation stands around the quotation in its paragraph (a quoted sub-heading)."""
    paragraph_start = text.rfind("\n", 0, segment.open) + 1
    paragraph_end = text.find("\n", segment.close)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    outside = text[paragraph_start:segment.open] + text[segment.close:paragraph_end]
    return not any(c.isalpha() for c in outside)


def signature_lines(text: str, open_: int, close: int, dashes: tuple[str, ...]) -> list[tuple[int, int, bool]]:
    """Where a quotation set apart from the narration may be signed: the rest of its own line or the
    next line when it opens on a dash ('« … » — Marc Durand, maire'), or the line before it ('Marc
    Durand, maire de Brest' over the quoted answer). Each is (start, end, dashed), dashes stripped."""
    found = []
    line_end = _line_end(text, close)
    tail = text[close:line_end].strip()
    if tail.startswith(dashes):
        found.append((line_end - len(tail) + 1, line_end, True))
    elif not tail:
        next_start = _next_line(text, line_end)
        next_end = _line_end(text, next_start)
        line = text[next_start:next_end].strip()
        if line.startswith(dashes):
            found.append((next_end - len(line) + 1, next_end, True))
    line_start = text.rfind("\n", 0, open_) + 1
    if not text[line_start:open_].strip() and line_start > 0:
        previous_end = len(text[:line_start].rstrip())
        previous_start = text.rfind("\n", 0, previous_end) + 1
        found.append((previous_start, previous_end, False))
    return found


def _line_end(text: str, char: int) -> int:
    end = text.find("\n", char)
    return len(text) if end < 0 else end


def _next_line(text: str, line_end: int) -> int:
    """The start of the next line that holds something."""
    i = line_end
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def covers(text: str, segment: QuotedSegment, start: int, end: int) -> bool:
    """The content is the quotation itself, give or take its marks and punctuation."""
    outside = text[start:segment.start] + text[segment.end:end]
    return all(not c.isalnum() for c in outside)


def has_words(text: str) -> bool:
    return any(c.isalpha() for c in text)


def coverage(length: int, spans) -> bytearray:
    """One flag a character: 1 where some (start, end) span covers it."""
    flags = bytearray(length + 1)
    for start, end in spans:
        flags[start:end] = b"\x01" * max(0, end - start)
    return flags


def cut_off_at_page_end(text: str, start: int, end: int) -> bool:
    """'… a requis la p' as the page's last characters: a content of one or two words that the end of a
    truncated page cuts off, with no stop and no closing mark, says nothing that can be read."""
    if text[end:].strip() or end <= start or text[end - 1] in ".!?…»\"”)":
        return False
    return len(text[start:end].split()) <= 2
