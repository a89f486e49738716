"""The vectorised byte walk gives py3langid's own feature counts, in the same order."""
import random

import numpy
from py3langid.langid import visit_counts

from recoupe.ingest.language import _identifier
from recoupe.ingest.language_walk import DEPTH, _tables, feature_counts


def test_no_node_of_the_automaton_is_deeper_than_the_window():
    identifier = _identifier()
    moves, rowbase, _ = _tables(identifier)
    depth = numpy.full(len(rowbase), -1)
    depth[0], frontier, level = 0, numpy.array([0]), 0
    while len(frontier):   # breadth first from the root: a node's depth is the length of its n-gram
        reached = numpy.unique(moves[(rowbase[frontier][:, None] + numpy.arange(256)).ravel()])
        frontier, level = reached[depth[reached] < 0], level + 1
        depth[frontier] = level
    assert depth.min() == 0 and depth.max() == DEPTH


def test_the_counts_are_the_byte_walks_in_the_same_order():
    identifier = _identifier()
    rng = random.Random(0)
    texts = ["Le gouvernement a annoncé mardi une hausse des crédits, selon le ministre.",
             "The minister said on Tuesday.", "", "a", "Ça", "«  »\n\n— Oui.", "Привет, как дела?"]
    texts += ["".join(rng.choice("aàbcdeéè fghij.«»\n’ΩЖ中😀") for _ in range(rng.randrange(900))) for _ in range(50)]
    samples = [identifier._encode(t) for t in texts]
    samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(900))) for _ in range(50)]
    for data in samples:
        expected = visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data)
        found = feature_counts(identifier, data)
        assert (found is None) == (expected is None)
        if expected:
            assert list(found.items()) == list(expected.items())
