"""A market ticker printed above or beside an article (finance portals): for each index or
currency, its name, its level and its change ("• Indice Nord 40" / "4 512,30" / "+31,20 (+0,70 %)").
The change line gives the widget away: a signed percentage with no letter on the line, which
no article sentence is. Its level just above and the short name above that go with it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recoupe.clean import rules

if TYPE_CHECKING:
    from recoupe.clean.noise import Line

#: the change of a quote: "+31,20 (+0,70 %)", "-0,0021 (-0,22 %)", or "+0,70 %" alone (one
#: character class per run, so a long hostile line cannot backtrack)
_CHANGE = re.compile(r"^(?:[\d .,+\-−\u00a0\u202f]*\(\s?[+\-−][\d .,\u00a0\u202f]+%\s?\)|[+\-−][\d .,\u00a0\u202f]+%)$")
#: the level of a quote: digits and separators only ("4 512,30", "0,9412")
_LEVEL = re.compile(r"^[\d .,\u00a0\u202f]+$")
#: a quote line is at most this long (a line of figures, never a paragraph)
MAX_QUOTE_CHARS = 60
#: the name of an index or a currency pair ("Indice Armor 40", "EUR/CHF") is at most this long
MAX_NAME_WORDS = 5
_BULLETS = " \t•·▪*-–—►"


def mark_market_quotes(body: list["Line"], texts: list[str]) -> None:
    for i in ticker_lines(texts):
        body[i].removed_by = body[i].removed_by or "market_quote"


def ticker_lines(texts: list[str]) -> set[int]:
    """Indices of each change line of a ticker, the level line above it and the name above the level."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        if not _is_change(text):
            continue
        found.add(i)
        if i >= 1 and _LEVEL.match(texts[i - 1].strip()):
            found.add(i - 1)
            if i >= 2 and _is_name(texts[i - 2]):
                found.add(i - 2)
    return found


def heads_ticker(line: str, below: list[str]) -> bool:
    """The line is the name of the ticker's first quote, printed right above its level."""
    return 0 in ticker_lines([line] + below[:2])


def _is_change(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= MAX_QUOTE_CHARS and bool(_CHANGE.match(stripped))


def _is_name(text: str) -> bool:
    """A few words, no sentence end: an instrument's name, not a sentence closing a paragraph."""
    bare = text.strip().lstrip(_BULLETS)
    return 0 < len(bare.split()) <= MAX_NAME_WORDS and not bare.endswith(rules.SENTENCE_END)
