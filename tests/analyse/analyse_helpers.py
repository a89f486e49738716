"""Views of what the pipeline found in a passage, shared by the analyse tests."""
from __future__ import annotations


def found(parse, passage):
    """The speaker of each quote of ``passage``, by the quote's text."""
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


def dates_by_text(parse, passage, published=None):
    """The value of each date of ``passage`` published on ``published``, by its text."""
    return {d.span.text: d.value for d in parse(passage, published=published)._.dates}


def types_by_name(doc):
    """The type of each entity of ``doc``, by its name."""
    return {e.name: e.type for e in doc._.entities}


def types_by_mention(doc):
    """The type of the entity of each mention of ``doc``, by the mention's text."""
    return {m.span.text: e.type for e in doc._.entities for m in e.mentions}


def claims_of(parse, text, published=None):
    """(status, text) of each claim of ``text`` (published on ``published``), in order."""
    return [(c.status, c.span.text) for c in parse(text, published=published)._.claims]
