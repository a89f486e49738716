"""In-article subheadings: a short line set between two paragraphs of prose that is no sentence.

The reference annotation lists such headings ("Voici ce que nous savons") with the page furniture,
while a heading in quotation marks (a pull quote) is a sentence of the article and stays.
"""
from __future__ import annotations

import re

from recoupe.clean import rules

#: the rule's name; the paragraphs above and below a subheading stay two paragraphs
SUBHEADING = "subheading"
#: a subheading is a few words (a one-line paragraph of prose runs longer or ends with a stop)
MIN_HEADING_WORDS, MAX_HEADING_WORDS = 2, 12
#: a heading ends with a letter, a digit or a percent sign: a line ending with a stop, a colon or a comma
#: is a sentence, an announcement or a list's item; a question may be the article's own (a rhetorical one,
#: a question put to the reader); a bracket closes a credit or a source
_OPEN_END = re.compile(r"[\w%]$")
#: a sentence's end inside the line: a sentence signed or credited after it, not a heading
_INNER_STOP = re.compile(r"[.!?…;]\s")
#: a quotation mark makes it a pull quote, which is content
_QUOTATION = re.compile(r"[«»“”\"„]")
#: a time of day opening the line: a live page's entry ("12h40 : ...", "21:41 ..."), left to the live rules
_CLOCK_OPENING = re.compile(r"^\d{1,2}\s?[h:.]\s?\d{2}\b")
#: what may open a paragraph besides a capital or a digit: an opening quotation mark or a dash
_PARAGRAPH_OPENERS = "«“\"—–-"


def mark_subheadings(body: list, original: str) -> None:
    """Mark each lone subheading of the body kept so far as a section label."""
    kept = [line for line in body if not line.removed_by]
    texts = [line.text(original).strip() for line in kept]
    for i in range(1, len(kept) - 1):
        if is_subheading(texts[i]) and _between_paragraphs(texts[i - 1], texts[i + 1]):
            kept[i].removed_by = SUBHEADING


def is_subheading(text: str) -> bool:
    """A few words opening on a capital or a digit, with no sentence end and no quotation mark,
    not all capitalised (a line of names or a label in capitals is left to the other rules)."""
    words = text.split()
    if not MIN_HEADING_WORDS <= len(words) <= MAX_HEADING_WORDS:
        return False
    if not _OPEN_END.search(text) or _QUOTATION.search(text) or _INNER_STOP.search(text) or "," in text:
        return False   # a comma joins clauses: a sentence left without its stop, or a dateline
    if not (text[0].isupper() or text[0].isdigit()) or _CLOCK_OPENING.match(text):
        return False   # a bullet or a mark opens a list's item or a dateline
    return any(word[0].islower() for word in words)


def _between_paragraphs(above: str, below: str) -> bool:
    """Prose ends above and a paragraph opens below: the line does not wrap a sentence over two lines
    nor stand among a list's items."""
    opens = below[0].isupper() or below[0].isdigit() or below[0] in _PARAGRAPH_OPENERS
    return opens and rules.is_prose(above) and rules.is_prose(below)
