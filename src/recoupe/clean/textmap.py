"""Clean text built from slices of the original, with the way back to it.

Cleaning only ever drops characters: the clean text is a sequence of slices of the
original joined by synthetic separators (paragraph breaks). That keeps provenance
exact: any clean offset maps to an original offset with one bisection.
"""
from __future__ import annotations

from bisect import bisect_right

from recoupe.schema import Span


class TextMap:
    def __init__(self, original: str) -> None:
        self.original = original
        self._chunks: list[str] = []
        self._clean_starts: list[int] = []   # where each piece starts in the clean text
        self._orig_starts: list[int] = []    # where it starts in the original
        self._synthetic: list[bool] = []
        self._length = 0

    def add(self, start: int, end: int) -> None:
        """Keep original[start:end]."""
        if end > start:
            self._push(self.original[start:end], start, synthetic=False)

    def add_separator(self, sep: str = "\n\n") -> None:
        """Synthetic text between kept slices; it maps to the end of the previous slice."""
        if self._length and sep:
            orig = self._orig_starts[-1] + (0 if self._synthetic[-1] else len(self._chunks[-1]))
            self._push(sep, orig, synthetic=True)

    def _push(self, chunk: str, orig_start: int, synthetic: bool) -> None:
        self._chunks.append(chunk)
        self._clean_starts.append(self._length)
        self._orig_starts.append(orig_start)
        self._synthetic.append(synthetic)
        self._length += len(chunk)

    @property
    def text(self) -> str:
        return "".join(self._chunks)

    def __len__(self) -> int:
        return self._length

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """Original offset of a clean offset; an end offset maps to the end of its slice."""
        if not self._chunks:
            return 0
        probe = offset - 1 if end and offset > 0 else offset
        i = max(0, bisect_right(self._clean_starts, probe) - 1)
        if self._synthetic[i]:
            return self._orig_starts[i]
        delta = min(offset - self._clean_starts[i], len(self._chunks[i]))
        return self._orig_starts[i] + delta

    def span(self, start: int, end: int) -> Span:
        """The original span behind clean[start:end], with its exact original text."""
        ostart = self.to_original(start)
        oend = max(ostart, self.to_original(end, end=True))
        return Span(ostart, oend, self.original[ostart:oend])
