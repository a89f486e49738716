"""Text pasted twice: a paragraph that starts with a near-copy of its own second half.

Machine-translated pages sometimes carry a quote twice in a row with small wording
changes; the first copy is dropped. difflib compares the two halves word by word.
A quotation may also be printed twice apart: once without its marks in a box (a pull quote),
once in the text; ``pull_quotes`` finds the box.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Optional

from recoupe.clean.rules import normalise

#: how alike the two copies must be (difflib ratio on normalised words)
MIN_RATIO = 0.85
#: copies shorter than this are not worth the risk (short repeated phrases are style)
MIN_COPY_WORDS = 10
#: pasted passages are a quote or two, never a page: longer openings are not compared
MAX_COPY_WORDS = 250
_CLOSING_QUOTES = ("»", "”")
#: a new sentence starts after final punctuation, with or without a closing quote
_SPLIT = re.compile(r"(?<=[.!?…])[\"»”]?\s*(?=[\"«“]?\s*[A-ZÀ-Ý])")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", normalise(text))


def leading_copy_end(paragraph: str) -> Optional[int]:
    """Where the second copy starts, when the paragraph opens with a near-copy of it.

    Every split follows punctuation, a quotation mark or a space, so no word runs across one:
    the words before a split are counted piece by piece, and the paragraph's words are read once,
    not once per split on each side of it."""
    best: tuple[float, int] | None = None
    words: list[str] | None = None     # the paragraph's words, read at the first split worth comparing
    count = at = 0                      # how many words stand before ``at``
    for m in _SPLIT.finditer(paragraph):
        for split in sorted({m.start(), m.end()}):
            count, at = count + len(_words(paragraph[at:split])), split
            if paragraph[split:split + 1] in _CLOSING_QUOTES:
                continue   # a closing quote belongs to the first copy
            if count > MAX_COPY_WORDS:
                return best[1] if best else None
            if count < MIN_COPY_WORDS:
                continue
            words = _words(paragraph) if words is None else words
            first, second = words[:count], words[count:2 * count + 2]
            if len(second) < len(first) * 0.8:
                continue
            ratio = _ratio_above(first, second, best[0] if best else 0.0)
            if ratio is not None and ratio >= MIN_RATIO:
                best = (ratio, split)
    return best[1] if best else None


def _ratio_above(first: list[str], second: list[str], floor: float) -> Optional[float]:
    """difflib's ratio of the two word lists when it is above ``floor``, else None. Most
    splits of a paragraph compare two different sentences: the cheap upper bounds
    (quick_ratio counts shared words, ignoring their order) rule them out without the
    full alignment."""
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    if matcher.real_quick_ratio() < MIN_RATIO or matcher.quick_ratio() < MIN_RATIO:
        return None
    ratio = matcher.ratio()
    return ratio if ratio > floor else None


#: a pull quote and its quotation share at least their first this many words ...
PULL_QUOTE_KEY_WORDS = 8
#: ... and a pull quote (the quotation, then maybe its speaker's name and role) is at most this long
MAX_PULL_QUOTE_WORDS = 80
_OPENING_QUOTE = re.compile(r"[«“\"]\s*")


def _key(text: str) -> tuple[str, ...] | None:
    found = _words(text[:400])[:PULL_QUOTE_KEY_WORDS]
    return tuple(found) if len(found) == PULL_QUOTE_KEY_WORDS else None


def pull_quotes(texts: list[str], kept: list[bool]) -> list[int]:
    """Lines that repeat the opening of a quotation printed elsewhere in the article without its
    quotation marks ("Le port est notre avenir Jeanne Roy, maire" above or below "« Le port est notre
    avenir », dit-elle"): the quotation set apart in a box. The reported copy, in its marks, stays.
    One look at each line's opening and at each quotation's: linear in the text."""
    openings: dict[tuple[str, ...], set[int]] = {}
    for i, text in enumerate(texts):
        for m in _OPENING_QUOTE.finditer(text) if kept[i] else ():
            if (key := _key(text[m.end():])) is not None:
                openings.setdefault(key, set()).add(i)
    found = []
    for i, text in enumerate(texts):
        bare = text.lstrip()
        if (kept[i] and bare[:1] not in "«“\"" and len(text.split()) <= MAX_PULL_QUOTE_WORDS
                and (key := _key(bare)) is not None and openings.get(key, set()) - {i}):
            found.append(i)
    return found


#: an excerpt of another paragraph is recognised by this many words in a row before its last (maybe cut) word
EXCERPT_KEY_WORDS = 10
#: an excerpt cut short ends with an ellipsis glued to its last word ("... avoir été...")
_CUT_SHORT = re.compile(r"[^\W\d_](?:\.{3}|…)\s*$")


def excerpts(texts: list[str], kept: list[bool]) -> list[int]:
    """Kept lines cut short by an ellipsis whose last words before the cut stand, in a row, in a longer
    kept line: the page's teaser of its own paragraph (under a dateline of its own, "PARIS - Le port ...
    a doublé..."), printed above the paragraph itself. The whole paragraph stays."""
    joined = [" ".join(_words(text)) if kept[i] else "" for i, text in enumerate(texts)]
    found = []
    for i, text in enumerate(texts):
        if not kept[i] or not _CUT_SHORT.search(text):
            continue
        words = _words(text)[:-1]   # the last word may be cut inside
        if len(words) < EXCERPT_KEY_WORDS:
            continue
        key = " ".join(words[-EXCERPT_KEY_WORDS:])
        if any(j != i and len(other) > len(joined[i]) and key in other for j, other in enumerate(joined)):
            found.append(i)
    return found
