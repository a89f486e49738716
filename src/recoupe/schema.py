"""The one declaration of what recoupe knows about an article.

Every extractor returns these objects, the store derives its tables from them
(``store.sqlite``) and the export contract is produced from them (``to_contract``).
All ``Span`` offsets count characters of ``Document.original``, the text exactly as
it was read, so a reader can always be shown the sentence an item came from.
Inside the analysis pipeline the same objects are built with offsets into the
analysed (clean) text; ``analyse.pipeline`` maps them back before they leave.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any, Optional

SCHEMA_VERSION = 2

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "WEAPON", "EVENT")
QUOTE_KINDS = ("direct", "indirect", "mixed")
SPEAKER_KINDS = ("person", "organization", "country", "anonymous")
CLAIM_STATUSES = ("no_evidence", "unverified", "denied", "disputed", "confirmed")
QUALIFIERS = ("exact", "more_than", "at_least", "about", "nearly", "up_to", "less_than", "vague")
FIGURE_EVENTS = ("killed", "launched", "shot_down", "supplied", "destroyed", "lost", "pledged",
                 "delivered", "stock", "other")


@dataclass(frozen=True)
class Span:
    """A piece of text and where it stands: ``text == source[start:end]``."""
    start: int
    end: int
    text: str


@dataclass
class Mention:
    span: Span
    kind: str = "name"          # name | alias | title | pronoun | description


@dataclass
class Entity:
    id: str                     # unique inside its document: "e1", "e2", ...
    name: str                   # canonical name
    type: str                   # one of ENTITY_TYPES
    mentions: list[Mention] = field(default_factory=list)
    role: Optional[str] = None  # appositive title: "secrétaire général de l'Otan"


@dataclass
class Quote:
    id: str
    span: Span                  # the reported content, without its quotation marks
    kind: str                   # one of QUOTE_KINDS
    sentence: Span
    cue: Optional[Span] = None  # "a déclaré", "selon", "a-t-il ajouté"
    speaker: Optional[str] = None            # resolved name, or the description of an anonymous source
    speaker_span: Optional[Span] = None      # where the speaker is named in the text (may be a pronoun)
    speaker_kind: Optional[str] = None       # one of SPEAKER_KINDS
    speaker_entity: Optional[str] = None     # Entity.id


@dataclass
class Claim:
    id: str
    span: Span                  # the statement whose evidential status is marked
    status: str                 # one of CLAIM_STATUSES
    sentence: Span
    marker: Optional[Span] = None
    source: Optional[str] = None
    source_entity: Optional[str] = None
    quote: Optional[str] = None  # Quote.id it qualifies


@dataclass
class Figure:
    id: str
    span: Span                  # "plus de 300 drones kamikazes"
    value: Optional[float]      # None when vague
    qualifier: str              # one of QUALIFIERS
    sentence: Span
    unit: Optional[str] = None  # lemma of the counted thing: "drone"
    event: str = "other"        # one of FIGURE_EVENTS


@dataclass
class DateRef:
    id: str
    span: Span
    sentence: Span
    value: Optional[str] = None      # "2022-10-18", "2022-10", "2022" or None when unresolvable
    precision: Optional[str] = None  # day | month | year | None


@dataclass
class Event:
    """Who did what, to how many of what, where, when, according to whom."""
    id: str
    action: str                      # one of FIGURE_EVENTS, or the action verb's lemma
    sentence: Span
    actor: Optional[str] = None      # entity name of who acted
    target: Optional[str] = None     # on what or whom
    place: Optional[str] = None
    date: Optional[str] = None       # resolved DateRef.value
    count: Optional[float] = None
    unit: Optional[str] = None
    figure: Optional[str] = None     # Figure.id
    source: Optional[str] = None     # according to whom
    quote: Optional[str] = None      # Quote.id of the quotation it sits in


@dataclass
class Document:
    id: str                          # content hash of the original text
    doc: str                         # source name: file name or URL
    original: str                    # the text exactly as read
    text: str = ""                   # the clean body
    title: Optional[str] = None
    published: Optional[str] = None  # ISO date at its precision, or None
    author: Optional[str] = None
    language: str = "fr"
    url: Optional[str] = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


#: the item lists of a Document, in the order the store and the export write them
ITEM_TYPES: dict[str, type] = {
    "entities": Entity, "quotes": Quote, "claims": Claim,
    "figures": Figure, "dates": DateRef, "events": Event,
}


def to_dict(obj: Any) -> Any:
    """Plain JSON-ready data, keeping every field (used by --json and the API)."""
    return dataclasses.asdict(obj) if dataclasses.is_dataclass(obj) else obj


def _finite(value: Optional[float]) -> Optional[float]:
    """JSON has no Infinity or NaN: a value that is neither finite nor None is unknown."""
    return value if value is None or math.isfinite(value) else None


def _text(span: Optional[Span]) -> Optional[str]:
    return span.text if span else None


def to_contract(doc: Document) -> dict:
    """The export object of CONTRACT.md, plus ids and offsets as extra keys."""
    return {
        "doc": doc.doc, "id": doc.id, "title": doc.title, "published": doc.published,
        "author": doc.author, "language": doc.language, "url": doc.url, "text": doc.text,
        "entities": [{
            "id": e.id, "name": e.name, "type": e.type, "role": e.role,
            "mentions": list(dict.fromkeys(m.span.text for m in e.mentions)),
            "offsets": [[m.span.start, m.span.end] for m in e.mentions],
        } for e in doc.entities],
        "quotes": [{
            "id": q.id, "speaker": q.speaker, "speaker_kind": q.speaker_kind,
            "speaker_entity": q.speaker_entity, "text": q.span.text, "kind": q.kind,
            "cue": _text(q.cue), "start": q.span.start, "end": q.span.end,
            "sentence": [q.sentence.start, q.sentence.end],
        } for q in doc.quotes],
        "claims": [{
            "id": c.id, "text": c.span.text, "source": c.source, "status": c.status,
            "marker": _text(c.marker), "quote": c.quote, "start": c.span.start, "end": c.span.end,
            "sentence": [c.sentence.start, c.sentence.end],
        } for c in doc.claims],
        "quantities": [{
            "id": f.id, "text": f.span.text, "value": _finite(f.value), "qualifier": f.qualifier,
            "unit": f.unit, "event": f.event, "start": f.span.start, "end": f.span.end,
            "sentence": [f.sentence.start, f.sentence.end],
        } for f in doc.figures],
        "dates": [{
            "id": d.id, "text": d.span.text, "value": d.value, "precision": d.precision,
            "start": d.span.start, "end": d.span.end,
        } for d in doc.dates],
        "events": [to_dict(ev) for ev in doc.events],
    }
