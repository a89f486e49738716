"""A spaCy Matcher that only looks where a match can be.

Token patterns with ``IN`` sets are evaluated in Python for every token, which costs
more than the rest of an extractor on a long article. Every pattern here has at least
one required token with a closed set of words (or a shape); those words are found in
one array lookup (``extensions.positions``) and the Matcher runs only on the windows
around them. The matches are the same as on the whole document.
"""
from __future__ import annotations

from typing import Any, Iterable

from spacy.attrs import LEMMA, LOWER, SHAPE
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from recoupe.analyse.extensions import positions

#: pattern keys whose values can be looked up in one array, and the array they are read from
_LOOKUP = {"LOWER": LOWER, "TEXT": LOWER, "ORTH": LOWER, "LEMMA": LEMMA, "SHAPE": SHAPE}


class WindowedMatcher:
    def __init__(self, vocab: Vocab, stop_words: Iterable[str] = ()) -> None:
        self.matcher = Matcher(vocab)
        self.stop_words = frozenset(stop_words)
        self.keys: dict[int, frozenset[str]] = {attr: frozenset() for attr in set(_LOOKUP.values())}
        self.longest = 1

    def add(self, key: str, patterns: list[list[dict[str, Any]]], **options: Any) -> None:
        self.matcher.add(key, patterns, **options)
        for pattern in patterns:
            attr, words = self._anchor(pattern)
            self.keys[attr] = self.keys[attr] | frozenset(words)
            self.longest = max(self.longest, len(pattern))

    def _anchor(self, pattern: list[dict[str, Any]]) -> tuple[int, list[str]]:
        """A required token's attribute and words, so that every match holds one of them:
        preferably content words (not 'la', 'il', '-'), then the fewest words."""
        required = []
        for token in pattern:
            if "OP" in token:
                continue
            for key, attr in _LOOKUP.items():
                value = token.get(key)
                words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
                if words:
                    folded = words if attr != LOWER else [w.lower() for w in words]
                    required.append((attr, folded))
        if not required:
            raise ValueError(f"a pattern needs one required token with a closed set of words: {pattern}")

        def common(choice: tuple[int, list[str]]) -> bool:
            attr, words = choice
            return attr != SHAPE and any(w in self.stop_words or not w[:1].isalpha() for w in words)
        return min(required, key=lambda choice: (common(choice), len(choice[1])))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match id, start, end) in document tokens, as Matcher.__call__ gives them."""
        anchors = sorted(i for attr, words in self.keys.items() if words for i in positions(doc, words, attr))
        matches = []
        for start, end in self._windows(anchors, len(doc)):
            matches += [(key, start + s, start + e) for key, s, e in self.matcher(doc[start:end])]
        return matches

    def _windows(self, anchors: list[int], length: int) -> list[tuple[int, int]]:
        """Merged stretches of tokens around each anchor, wide enough for the longest pattern."""
        windows: list[list[int]] = []
        for i in anchors:
            start, end = max(0, i - self.longest + 1), min(length, i + self.longest)
            if windows and start <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
            else:
                windows.append([start, end])
        return [(start, end) for start, end in windows]
