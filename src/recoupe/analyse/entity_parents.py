"""One entity for a body named with and without its parent: "le Conseil exécutif de l'Agence
mondiale X" then "le Conseil exécutif"; "... de l'ONU" and "... des Nations unies" when the
parent is one entity. Only candidates are compared (no scan of the document's tokens)."""
from __future__ import annotations

from spacy.tokens import Doc

#: the link words between a body and its parent ("de l'", "du", "des", "de la")
_LINKS = frozenset({"de", "d'", "d’", "du", "des"})
#: the shortest body name merged with a longer one: a lone "Conseil" stays ambiguous
_MIN_BODY = 2


def merge_parent_forms(doc: Doc, candidates: list, folded) -> None:
    """Give a body's short name, and its full name with another form of the same parent,
    the key of the first full name of the text. ``folded`` normalises a span for comparison."""
    at_start = {c.start: c for c in candidates if c.type in ("ORG", "GPE")}
    bodies = {}   # folded body -> (full-name candidate, parent key)
    for cand in sorted(candidates, key=lambda c: c.start):
        if cand.type != "ORG" or cand.end - cand.start <= _MIN_BODY:
            continue
        cut = _parent_cut(doc, cand, at_start)
        if cut is None:
            continue
        body, parent = cut
        first = bodies.setdefault(folded(doc[cand.start:body]), (cand, parent.key))
        if first[0] is not cand and first[1] == parent.key:
            _alias(cand, first[0])
    for cand in candidates:
        if cand.type == "ORG" and cand.end - cand.start >= _MIN_BODY:
            first = bodies.get(folded(doc[cand.start:cand.end]))
            if first is not None and first[0] is not cand:
                _alias(cand, first[0])


def _parent_cut(doc: Doc, cand, at_start: dict):
    """(end of the body, parent candidate) when the name ends in a link and another named
    organisation or place that runs to the name's end, else None."""
    for i in range(cand.start + _MIN_BODY, cand.end - 1):
        if doc[i].lower_ not in _LINKS:
            continue
        j = i + 1
        if doc[j].pos_ == "DET" or doc[j].lower_ in ("l'", "l’", "la", "le", "les"):
            j += 1
        parent = at_start.get(j)
        if parent is not None and parent is not cand and parent.end == cand.end:
            return i, parent
    return None


def _alias(cand, full) -> None:
    cand.type, cand.key, cand.name, cand.kind = full.type, full.key, full.name, "alias"
