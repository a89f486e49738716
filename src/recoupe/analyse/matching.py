"""A spaCy Matcher that only looks where a match can be.

Token patterns with ``IN`` sets are evaluated in Python for every token, which costs
more than the rest of an extractor on a long article. Every pattern here has at least
one required token with a closed set of words (or a shape); those words are found in
one array lookup (``extensions.positions``) and the Matcher runs only on the windows
around them, and only with the patterns anchored on the words found there. The matches
are the same as on the whole document.

A window reaches from an anchor as far as the patterns can from the token their anchor
word stands at (``_reach``): the Matcher's cost grows with every token it is given (about
8 µs a token with these patterns), so a window twice the patterns' length doubled it.
"""
from __future__ import annotations

from typing import Any, Iterable

from spacy.attrs import LEMMA, LOWER, SHAPE
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from spacy.strings import get_string_id

from recoupe.analyse.extensions import attribute_array, positions

#: pattern keys whose values can be looked up in one array, and the array they are read from
_LOOKUP = {"LOWER": LOWER, "TEXT": LOWER, "ORTH": LOWER, "LEMMA": LEMMA, "SHAPE": SHAPE}


class _Group:
    """The keys whose patterns share one set of anchor words, in a Matcher of their own."""

    def __init__(self, vocab: Vocab) -> None:
        self.matcher = Matcher(vocab)
        self.longest = 1
        self.before = self.after = 0     # tokens a match may hold before / after its anchor
        self.unbounded = False           # a pattern repeats a token: its reach is not known


class WindowedMatcher:
    def __init__(self, vocab: Vocab, stop_words: Iterable[str] = ()) -> None:
        self.vocab = vocab
        self.stop_words = frozenset(stop_words)
        # a window around a month name runs the month rules, not every rule
        self.groups: dict[frozenset, _Group] = {}
        self.words: dict[int, frozenset[str]] = {}                   # attribute -> every anchor word
        self.waiting: dict[int, dict[int, list[_Group]]] = {}        # attribute -> word hash -> groups
        self.order: dict[str, int] = {}

    def add(self, key: str, patterns: list[list[dict[str, Any]]], **options: Any) -> None:
        anchored = [self._anchor(pattern) for pattern in patterns]
        anchors = frozenset((attr, word) for attr, words, _ in anchored for word in words)
        group = self.groups.get(anchors)
        if group is None:
            group = self.groups[anchors] = _Group(self.vocab)
            for attr, word in anchors:
                self.words[attr] = self.words.get(attr, frozenset()) | {word}
                self.waiting.setdefault(attr, {}).setdefault(get_string_id(word), []).append(group)
        group.matcher.add(key, patterns, **options)
        group.longest = max([group.longest, *map(len, patterns)])
        for pattern, (_, _, at) in zip(patterns, anchored):
            group.before, group.after = max(group.before, at), max(group.after, len(pattern) - at - 1)
            group.unbounded |= any(token.get("OP", "?") not in _ONE_TOKEN for token in pattern)
        self.order.setdefault(key, len(self.order))

    def _anchor(self, pattern: list[dict[str, Any]]) -> tuple[int, list[str], int]:
        """A required token's attribute, words and place in the pattern, so that every match
        holds one of them there: preferably content words (not 'la', 'il', '-'), then the fewest words."""
        required = []
        for at, token in enumerate(pattern):
            if "OP" in token:
                continue
            for key, attr in _LOOKUP.items():
                value = token.get(key)
                words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
                if words:
                    folded = words if attr != LOWER else [w.lower() for w in words]
                    required.append((attr, folded, at))
        if not required:
            raise ValueError(f"a pattern needs one required token with a closed set of words: {pattern}")

        def common(choice: tuple[int, list[str], int]) -> bool:
            attr, words, _ = choice
            return attr != SHAPE and any(w in self.stop_words or not w[:1].isalpha() for w in words)
        return min(required, key=lambda choice: (common(choice), len(choice[1])))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match id, start, end) in document tokens, as Matcher.__call__ gives them, in text
        order and, for the same span, in the order the keys were added."""
        matches = []
        for group, found in self._anchored(doc).items():
            for start, end in _windows(found, len(doc), *_reach(group)):
                matches += [(key, start + s, start + e) for key, s, e in group.matcher(doc[start:end])]
        strings = self.vocab.strings
        return sorted(matches, key=lambda m: (m[1], -m[2], self.order[strings[m[0]]]))

    def _anchored(self, doc: Doc) -> dict[_Group, list[int]]:
        """Each group with the positions of its anchor words, in order: one array search per
        attribute, then each anchor goes to the groups that wait for its word."""
        found: dict[_Group, list[int]] = {}
        for attr, waiting in self.waiting.items():
            values = attribute_array(doc, attr)
            for i in positions(doc, self.words[attr], attr):
                for group in waiting[int(values[i])]:
                    found.setdefault(group, []).append(i)
        return {group: sorted(at) for group, at in found.items()}


#: quantifiers of a pattern token that takes at most one token of a match
_ONE_TOKEN = frozenset({"?", "!"})


def _reach(group: _Group) -> tuple[int, int]:
    """How many tokens a match of the group may hold before and after its anchor: the pattern
    tokens on either side of the anchor's place, each taking at most one token; when a pattern
    repeats a token, the longest pattern's length on both sides, as before this was known."""
    if group.unbounded:
        return group.longest - 1, group.longest - 1
    return group.before, group.after


def _windows(anchors: list[int], length: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merged stretches of tokens around each anchor, wide enough for every pattern of the group:
    overlapping matches fall in one window, so that a greedy key still keeps the longest."""
    windows: list[list[int]] = []
    for i in anchors:
        start, end = max(0, i - before), min(length, i + after + 1)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(start, end) for start, end in windows]
