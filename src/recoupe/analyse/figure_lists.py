"""Lists of counted things: in '9 drones, un hélicoptère et un avion' the bare 'un' counts
one item of an enumeration, where elsewhere it is mostly an article."""
from __future__ import annotations

from spacy.tokens import Token


def enumerated(head: Token) -> bool:
    """'9 drones, un hélicoptère et un avion': 'un' counts in a list of counted things."""
    root = head
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    # the parser may attach the list as conjuncts or as several objects of one verb
    heads = [root, *(c for c in root.head.children if c.dep_ == root.dep_ and root.dep_ in ("obj", "nsubj"))]
    members = [m for h in heads for m in (h, *(c for c in h.children if c.dep_ == "conj"))]
    # a bare noun phrase like the head ('un gouvernement de 25 ministres' nests, not lists)
    return head.dep_ != "obl:agent" and any(
        m is not head and not any(c.dep_ == "case" for c in m.children)
        and any(c.dep_ == "nummod" for c in m.children) for m in members)
