"""py3langid's byte walk, vectorised: the same feature counts, in the same order, with numpy.

py3langid finds its features (byte n-grams) with an Aho-Corasick automaton walked one byte
at a time in Python, most of the time of identifying an article. In such an automaton the
state after a byte is the longest suffix of the text read so far that is a node of its trie,
a suffix never longer than the deepest node (``DEPTH`` bytes): so the state at each byte is
the state reached from the root over the ``DEPTH`` bytes ending there, and those walks run
side by side, one numpy gather per byte of the window. The counts are handed on in the
order of their first occurrence, as the byte walk builds them, so the scores are the same
to the bit (``tests/ingest/test_language_walk.py`` checks the depth and the counts).
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

import numpy
from py3langid.langid import RAW_FLOOR, LanguageIdentifier

#: the deepest node of the pinned model's automaton (its longest n-gram, in bytes)
DEPTH = 6


class WindowedIdentifier(LanguageIdentifier):
    __slots__ = ()

    def _raw_score(self, text: bytes) -> numpy.ndarray:
        visits = feature_counts(self, text)
        if visits:
            return self._sparse_score(visits, self.nb_ptc)
        # as py3langid: no feature gives 0.0 under norm_probs (uniform, abstain), RAW_FLOOR otherwise
        fill = 0.0 if self._norm_probs else RAW_FLOOR
        return numpy.full(len(self.nb_classes), fill, dtype=numpy.float32)


def _tables(identifier: LanguageIdentifier) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """(next move, row base, output) as arrays, made once per identifier."""
    held = _TABLES.get(id(identifier))
    tables = held[1] if held is not None and held[0] is identifier else None
    if tables is None:
        moves = identifier.tk_nextmove
        tables = (
            numpy.frombuffer(moves, dtype=numpy.dtype(moves.typecode)),   # no copy of the 9.8 M moves
            numpy.asarray(identifier._rowbase, dtype=numpy.intp),
            numpy.asarray(identifier.tk_output, dtype=numpy.intp))
        _TABLES[id(identifier)] = (identifier, tables)
    return tables


#: each identifier's tables, kept with the identifier itself: while held, its id cannot be reused by a
#: new identifier, and the identity check refuses another's tables (the slotted class takes no weakref)
_TABLES: dict[int, tuple[LanguageIdentifier, tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]]] = {}


def feature_counts(identifier: LanguageIdentifier, text: bytes) -> Optional[dict[int, int]]:
    """{feature: count} in the order of first occurrence, as ``py3langid.langid.visit_counts``
    gives it for the encoded ``text``; None when no feature occurs."""
    moves, rowbase, output = _tables(identifier)
    data = numpy.frombuffer(text, dtype=numpy.uint8).astype(numpy.intp)
    states = numpy.zeros(len(data), dtype=numpy.intp)
    for lag in range(min(DEPTH, len(data)) - 1, -1, -1):
        # every position k reads byte k - lag (the positions before DEPTH - 1 start at the text's start)
        states[lag:] = moves[rowbase[states[lag:]] + data[:len(data) - lag]]
    found = output[states]
    found = found[found >= 0]
    if not len(found):
        return None
    return Counter(found.tolist())      # counted in text order: first occurrences first, as visit_counts
