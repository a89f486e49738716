"""Clauses around a reported content that the frames read by their shape: the subject a relaying verb in
the passive reports ('des tirs ont été rapportés par des témoins'), and a subordinate clause of the narrator
that closes an object ('…, alors que la défense réclame …').
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token


def by_agent(cue: Token) -> bool:
    """A 'par' phrase on the verb, whatever relation the parse gives it."""
    return any(c.dep_.startswith("obl") and c.i > cue.i and any(g.dep_ == "case" and g.lower_ == "par"
                                                                for g in c.children) for c in cue.children)


def passive_subject(cue: Token) -> Optional[tuple[int, int]]:
    """'des tirs ont été rapportés par des sources locales': the subject before a relaying verb in the
    passive is what its agent relayed; when the parse hangs it elsewhere ('X ont brûlé et des tirs ont
    été rapportés'), the noun phrase right before the auxiliaries."""
    doc = cue.doc
    subject = next((c for c in cue.children if c.dep_ in ("nsubj:pass", "nsubj") and c.i < cue.i), None)
    if subject is None:
        first = min([c.i for c in cue.children if c.dep_.startswith("aux") and c.i < cue.i], default=cue.i)
        subject = doc[first - 1] if first > cue.sent.start else None
        while subject is not None and subject.dep_ in ("nmod", "amod", "flat:name") and subject.head.i < subject.i:
            subject = subject.head
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    # a coordinated subject's own 'et' opens its subtree: the phrase starts after it
    start = next(t for t in subject.subtree if t.dep_ not in ("cc", "punct")).idx
    end = subject.right_edge.idx + len(subject.right_edge)
    return (start, end) if subject.right_edge.i < cue.i and end > start else None


def opens_subordinate(following: Token) -> bool:
    """', alors que la défense réclame …', ', tandis que …': after a comma, a conjunction (with the adverb
    before it) that opens a finite clause with a subject of its own starts the narrator's next clause."""
    doc = following.doc
    mark = following if following.dep_ == "mark" else doc[following.i + 1] \
        if following.i + 1 < len(doc) and following.pos_ == "ADV" and doc[following.i + 1].dep_ == "mark" else None
    if mark is None or mark.head.i < mark.i:
        return False
    clause = mark.head
    finite = "Fin" in clause.morph.get("VerbForm") \
        or any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in clause.children)
    return finite and any(c.dep_.startswith("nsubj") and c.i > mark.i for c in clause.children)
