"""Page furniture inside a paragraph that the cleaner keeps: inline credits.

A paragraph may end with the agency's credit in parentheses ("(Rédigé par X à Y ; version
française Z)") or a photo credit after a copyright sign ("© Agence - X"): the people and
places in it are the newsroom's, not the story's, so the entity finder leaves them out.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from recoupe.resources import load_lines


@lru_cache(maxsize=None)
def _credit_pattern(lang: str) -> re.Pattern:
    labels = "|".join(re.escape(label) for label in load_lines(lang, "entities_credit_labels"))
    # a parenthesis opening on a credit label, or a copyright sign up to the end of its line
    return re.compile(rf"\((?:{labels})\b[^()\n]*\)|©[^\n]*", re.IGNORECASE)


def credit_ranges(text: str, lang: str) -> list[tuple[int, int]]:
    """Character ranges of the inline credits of a text (one regex pass: linear)."""
    return [m.span() for m in _credit_pattern(lang).finditer(text)]


def in_ranges(start: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether a character offset falls in one of the sorted, disjoint ranges."""
    i = bisect_right(ranges, (start, float("inf"))) - 1
    return i >= 0 and start < ranges[i][1]
