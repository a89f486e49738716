"""The recoupe_entities extractor: named entities, their types, and their mentions merged.

spaCy's French NER is corrected by gazetteers (countries, cities, organisations, weapons,
seas, exercises: ``analyse.gazetteer``) and construction patterns (armed forces, ministries,
named exercises: ``analyse.entity_spans``); mentions of one entity are merged, titles and
definite descriptions resolved (``analyse.coref``). Output: ``doc._.entities`` (schema
Entities, types of the contract) and a corrected ``doc.ents`` (spaCy's own labels).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from recoupe.analyse import extensions  # noqa: F401  (registers Doc._ attributes)
from recoupe.analyse import gazetteer
from recoupe.analyse.coref import Cluster, build_clusters, resolve_descriptions, resolve_titles
from recoupe.analyse.entity_furniture import credit_ranges, in_ranges
from recoupe.analyse.entity_spans import find_candidates
from recoupe.analyse.entity_streets import street_candidates
from recoupe.schema import Entity, Mention
from recoupe.schema import Span as TextSpan

#: contract type -> the label spaCy's French model uses for it in doc.ents
MODEL_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "WEAPON": "MISC", "EVENT": "MISC"}


@Language.factory("recoupe_entities", default_config={})
def make_entities(nlp: Language, name: str):
    return EntityExtractor(nlp)


class EntityExtractor:
    def __init__(self, nlp: Language) -> None:
        self.gazetteer = gazetteer.build(nlp)

    def __call__(self, doc: Doc) -> Doc:
        candidates = find_candidates(doc, self.gazetteer, street_candidates(doc))
        credits = credit_ranges(doc.text, doc.lang_)
        if credits:   # a paragraph's inline credit names the newsroom's people, not the story's
            candidates = [c for c in candidates if not in_ranges(doc[c.start].idx, credits)]
        clusters = build_clusters(doc, candidates)
        resolve_titles(doc, self.gazetteer, clusters)
        resolve_descriptions(doc, self.gazetteer, clusters)
        entities = _entities(doc, clusters)
        doc.ents = filter_spans([Span(doc, c.start, c.end, label=MODEL_LABELS[c.type]) for c in candidates])
        doc._.entities = entities
        return doc


def _entities(doc: Doc, clusters: dict[str, Cluster]) -> list[Entity]:
    text = doc.text   # built once: Doc.text joins every token on each access
    entities = []
    for cluster in sorted(clusters.values(), key=lambda c: c.first):
        mentions = [Mention(TextSpan(s, e, text[s:e]), kind) for s, e, kind in sorted(cluster.mentions)]
        entities.append(Entity(f"e{len(entities) + 1}", cluster.name, cluster.type, mentions, cluster.role))
    return entities


def entity_at(doc: Doc, start: int, end: int) -> Optional[Entity]:
    """The entity with a mention overlapping doc.text[start:end] (the longest overlap wins,
    the first entity on a tie)."""
    starts, mentions, longest = _mention_index(doc)
    best, best_key = None, (0, 0)
    # only mentions starting less than the longest mention before ``start`` can reach it
    for i in range(bisect_left(starts, start - longest), bisect_left(starts, end)):
        m_start, m_end, rank, entity = mentions[i]
        overlap = min(end, m_end) - max(start, m_start)
        if overlap > 0 and (overlap, -rank) > best_key:
            best, best_key = entity, (overlap, -rank)
    return best


def _mention_index(doc: Doc) -> tuple[list[int], list[tuple[int, int, int, Entity]], int]:
    """Mentions sorted by start, kept on the Doc while its entities stay the same: asked
    for every speaker and actor, a scan of all mentions makes long articles quadratic."""
    entities = doc._.entities or []
    key = (id(entities), len(entities), sum(len(e.mentions) for e in entities))
    cached = doc.user_data.get(_INDEX)
    if cached is None or cached[0] != key:
        mentions = sorted(((m.span.start, m.span.end, rank, e)
                           for rank, e in enumerate(entities) for m in e.mentions), key=lambda m: m[:3])
        longest = max((m_end - m_start for m_start, m_end, _, _ in mentions), default=0)
        cached = key, ([m[0] for m in mentions], mentions, longest)
        doc.user_data[_INDEX] = cached
    return cached[1]


_INDEX = "recoupe.entities.mention_index"
