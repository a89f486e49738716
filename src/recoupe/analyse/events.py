"""recoupe_events: tie each figure to who acted, where, when and according to whom.

Runs last: it only reads what the other extractors found (entities, dates, figures,
quotes, claims) and the dependency parse, and writes ``doc._.events``.
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from recoupe.analyse.entities import entity_at
from recoupe.resources import load_lines
from recoupe.schema import Claim, DateRef, Event, Figure, Quote, Span

#: dependency labels of who acts: active subject, passive agent
_ACTOR_DEPS = ("nsubj", "obl:agent")
#: entity types that can be the place of an event
_PLACE_TYPES = ("GPE", "LOC")


@Language.factory("recoupe_events", default_config={"max_hops": 4})
def make_events(nlp: Language, name: str, *, max_hops: int) -> "EventBuilder":
    return EventBuilder(max_hops=max_hops, place_words=load_lines(nlp.lang, "events_place_prepositions"))


class EventBuilder:
    def __init__(self, *, max_hops: int, place_words: tuple[str, ...]) -> None:
        self.max_hops = max_hops   # how far up the parse a figure's governing verb may be
        self.place_words = frozenset(place_words)

    def __call__(self, doc: Doc) -> Doc:
        events = []
        for figure in doc._.figures or []:
            found = self.find(doc, figure)
            if found is not None:
                events.append(found)
        for n, event in enumerate(events, 1):
            event.id = f"v{n}"
        doc._.events = events
        return doc

    def find(self, doc: Doc, figure: Figure) -> Optional[Event]:
        words = doc.char_span(figure.span.start, figure.span.end, alignment_mode="expand")
        if words is None:
            return None
        verb = self.governing_verb(words.root)
        actor = _actor(doc, verb, words) if verb is not None else None
        quote = _holder(doc._.quotes or [], figure)
        claim = _holder(doc._.claims or [], figure)
        return Event(
            id="", action=figure.event, sentence=figure.sentence, actor=actor,
            place=self.place(doc, figure.sentence, exclude=actor), date=_date(doc._.dates or [], figure),
            count=figure.value, unit=figure.unit, figure=figure.id,
            source=(quote.speaker if quote else None) or (claim.source if claim else None),
            quote=quote.id if quote else None,
        )

    def place(self, doc: Doc, sentence: Span, *, exclude: Optional[str]) -> Optional[str]:
        """The first country, city or place named after a locative word in the sentence."""
        candidates = []
        for entity in doc._.entities or []:
            if entity.type not in _PLACE_TYPES or entity.name == exclude:
                continue
            for mention in entity.mentions:
                if sentence.start <= mention.span.start and mention.span.end <= sentence.end:
                    words = doc[:doc.char_span(mention.span.start, mention.span.end,
                                               alignment_mode="expand").start]
                    before = [t.lower_ for t in words[-4:] if not t.is_punct and t.pos_ != "DET"]
                    if any(word in self.place_words for word in before[-3:]):
                        candidates.append((mention.span.start, entity.name))
        return min(candidates)[1] if candidates else None

    def governing_verb(self, token: Token) -> Optional[Token]:
        for _ in range(self.max_hops):
            if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
                return token
            if token.head is token:
                return None
            token = token.head
        return None


def _actor(doc: Doc, verb: Token, figure: SpacySpan) -> Optional[str]:
    """Who acts: the verb's subject or passive agent; an infinitive takes its governor's."""
    for child in verb.children:
        if child.dep_ in _ACTOR_DEPS and not (figure.start <= child.i < figure.end):
            phrase = doc[child.left_edge.i:child.right_edge.i + 1]
            entity = entity_at(doc, phrase.start_char, phrase.end_char)
            return entity.name if entity else phrase.text
    if verb.dep_ == "xcomp" and verb.head is not verb:
        return _actor(doc, verb.head, figure)
    return None


def _date(dates: list[DateRef], figure: Figure) -> Optional[str]:
    """The resolved date nearest to the figure in its sentence."""
    sentence, at = figure.sentence, figure.span.start
    inside = [(abs(d.span.start - at), d.value) for d in dates
              if d.value and sentence.start <= d.span.start < sentence.end]
    return min(inside)[1] if inside else None


def _holder(items: list[Quote] | list[Claim], figure: Figure):
    """The quote or claim whose text holds the figure, else one of the same sentence."""
    span = figure.span
    inside = [i for i in items if i.span.start <= span.start and span.end <= i.span.end]
    same = [i for i in items if i.sentence.start <= span.start < i.sentence.end]
    return (inside or same or [None])[0]
