"""Where a name the statistical NER proposes really ends.

The model runs past a name onto a date ("France Bleu Provence mercredi") or joins two names
coordinated by "et" ("Le Monde et Libération"); these checks trim or drop such spans.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from recoupe.resources import load_json

#: the prepositions and articles that link a name to its complement ("Programme ... de l'OMS")
TAIL_LINKS = ("de", "d'", "du", "des", "l'", "la", "le", "les")


def two_names(span: Span, known: frozenset[str]) -> bool:
    """Two names joined by "et" read as one ("Le Monde et Libération"): each is found on its own."""
    for token in span:
        if token.lower_ == "et" and token.i > span.start:
            return span.doc[span.start:token.i].text in known or span.doc[token.i + 1:span.end].text in known
    return False


def trailing_common_noun(doc: Doc, start: int, end: int) -> bool:
    """A lowercase noun ending the span, not hanging on it: the model ran past the name ("France
    Bleu Provence" + "mercredi"); "Coupe du monde" keeps its complement."""
    last = doc[end - 1]
    if end - start < 2 or not last.is_lower or last.pos_ != "NOUN" or doc[end - 2].lower_ in TAIL_LINKS:
        return False
    # a day or a month closes no name; else the parser hangs the noun outside ("mercredi" on the
    # verb), while "Union centriste", "grande instance" hang inside the name
    return last.lower_ in _time_words(doc.lang_) or not start <= last.head.i < end


@lru_cache(maxsize=None)
def _time_words(lang: str) -> frozenset[str]:
    vocabulary = load_json(lang, "dates_vocabulary")
    return frozenset([*vocabulary["weekday"], *vocabulary["month"], *vocabulary["part_of_day"]])
