"""Words of time that locate nothing: 'les villes de demain, d'hier et d'aujourd'hui' (times in
general, not the days around publication) and a weekday inside a title ('La Tribune Dimanche',
'le Journal du Dimanche'), and a year that is what its clause is about ('l'année 2031 a été la plus
sèche', 'la récolte dépasse l'année 2027'). The words are the language's (``dates_vocabulary.json``)."""
from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

#: how many tokens apart two coordinated days of a generic series may stand
_SERIES_REACH = 4


def generic_day(span: SpacySpan, vocabulary: dict) -> bool:
    """'de demain, d'hier et d'aujourd'hui': a deictic day after 'de' coordinated with another one
    names times in general."""
    days, doc = set(vocabulary["generic_days"]), span.doc
    if len(span) != 1 or span[0].lower_ not in days or span.start == 0 or doc[span.start - 1].lower_ not in vocabulary["of"]:
        return False
    window = doc[max(0, span.start - _SERIES_REACH):min(len(doc), span.end + _SERIES_REACH)]
    joined = any(t.lower_ == vocabulary["list_joint"] or t.text == "," for t in window)
    return joined and any(t.lower_ in days and t.i != span.start for t in window)


def weekday_in_title(span: SpacySpan, vocabulary: dict) -> bool:
    """'La Tribune Dimanche', 'le Journal du Dimanche': a capitalised weekday inside a sentence,
    after a capitalised word (maybe through 'du'), names a publication or an event."""
    doc, first = span.doc, span[0]
    if len(span) != 1 or first.lower_ not in vocabulary["weekday"] or not first.is_title or span.start == span.sent.start:
        return False
    before = doc[span.start - 1]
    if before.lower_ in vocabulary["of"] and span.start - 2 >= span.sent.start:
        before = doc[span.start - 2]
    return before.is_title and before.i > span.sent.start


#: the grammatical roles that make a phrase what its clause is about, not when it happens
_TOPIC_ROLES = ("nsubj", "nsubj:pass", "obj")


def year_as_topic(span: SpacySpan, vocabulary: dict) -> bool:
    """'l'année 2031 avait été la plus sèche', 'cette année 2031 battra des records', 'dépasse
    l'année 2027': a written year the subject or object of its clause is compared or described,
    it locates no event; 'sur l'année 2029', 'une partie de l'année 2030' still do."""
    noun = next((t for t in span if t.lower_ in vocabulary["year_itself"]), None)
    has_year = any(t.shape_ == "dddd" for t in span)
    return noun is not None and has_year and noun.dep_ in _TOPIC_ROLES and noun.head.i not in range(span.start, span.end)


def day_of_month(text: str, vocabulary: dict) -> int | None:
    """'3', '03', '1er', '1ᵉʳ' (the typographic superscript): the day a date writes, or None.
    Wire copy pads days with a zero ('le 02 mars'); a year or a clock time never comes here
    (the callers take tokens before a month name)."""
    for suffix in vocabulary["first_day_suffixes"]:
        if text.endswith(suffix) and text[:-len(suffix)] == "1":
            return 1
    if not (text.isascii() and text.isdigit()) or len(text) > 2:
        return None
    return int(text) if 1 <= int(text) <= 31 else None


def day_number_pattern(vocabulary: dict) -> str:
    """The Matcher regex of a day of the month (the '@daynum' placeholder)."""
    firsts = "|".join(f"1{re.escape(suffix)}" for suffix in vocabulary["first_day_suffixes"])
    return rf"^({firsts}|0?[1-9]|[12]\d|3[01])$"
