"""Yes/no questions asked of a whole line with many patterns, without the patterns it cannot meet.

A line rule asks whether any of a few dozen patterns matches the line (``rules._whole_line``).
As one alternation each pattern is still tried in turn, and most of them begin with
``.{10,400}``: every one runs over the whole line. Many need a character no prose line is
sure to hold (a bracket, a slash, "©"), written in the pattern itself, outside any group or
repetition: a line without that character cannot match the pattern, which is left out of the
alternation asked of that line. The answer is the same as the whole alternation's.
"""
from __future__ import annotations

import re
import re._constants as _ops
import re._parser as _parser


class WholeLine:
    """The patterns of a resource, matched from a line's start: ``match`` answers as
    ``re.compile("|".join(...)).match`` would, the patterns needing no special character as one
    alternation, each of the others alone and only on a line holding what it needs."""

    def __init__(self, patterns: tuple[str, ...], flags: int = re.IGNORECASE) -> None:
        needs = [required_chars(p, flags) for p in patterns]
        free = [p for p, need in zip(patterns, needs) if not need]
        self.free = re.compile("|".join(f"(?:{p})" for p in free), flags) if free else None
        self.needy = [(need, re.compile(p, flags)) for p, need in zip(patterns, needs) if need]
        self.chars = tuple(sorted(frozenset().union(*needs)))

    def match(self, line: str) -> bool:
        if self.free is not None and self.free.match(line):
            return True
        present = {c for c in self.chars if c in line}
        return any(pattern.match(line) for need, pattern in self.needy if need <= present)


def required_chars(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str]:
    """Characters every match of ``pattern`` holds: its literal characters outside any group,
    alternative or repetition. Only characters without case (brackets, slashes, signs), and
    that no other character turns into when case is ignored, so that IGNORECASE changes nothing."""
    return frozenset(chr(value) for op, value in _parser.parse(pattern, flags)
                     if op is _ops.LITERAL and uncased(chr(value)))


def uncased(char: str) -> bool:
    """A character that matches only itself under IGNORECASE (checked over all of Unicode in the tests)."""
    return char in _UNCASED


#: brackets, slashes and signs: no letter folds to any of them, and most prose lines lack each (spaces,
#: full stops, commas, apostrophes and hyphens, in nearly every line, would only multiply the alternations)
_UNCASED = frozenset("!\"#$%&()*+/:;<=>?@[\\]^_`{|}~©®°€£«»“”…")
