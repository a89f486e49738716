"""Text pasted twice: a paragraph that starts with a near-copy of its own second half.

Machine-translated pages sometimes carry a quote twice in a row with small wording
changes; the first copy is dropped. difflib compares the two halves word by word.
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
    """Where the second copy starts, when the paragraph opens with a near-copy of it."""
    best: tuple[float, int] | None = None
    for m in _SPLIT.finditer(paragraph):
        for split in sorted({m.start(), m.end()}):
            if paragraph[split:split + 1] in _CLOSING_QUOTES:
                continue   # a closing quote belongs to the first copy
            first = _words(paragraph[:split])
            if len(first) > MAX_COPY_WORDS:
                return best[1] if best else None
            second = _words(paragraph[split:])[:len(first) + 2]
            if len(first) < MIN_COPY_WORDS or len(second) < len(first) * 0.8:
                continue
            ratio = SequenceMatcher(None, first, second, autojunk=False).ratio()
            if ratio >= MIN_RATIO and (best is None or ratio > best[0]):
                best = (ratio, split)
    return best[1] if best else None
