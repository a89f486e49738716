"""The recoupe_entities extractor: named entities, their types, and their mentions merged.

spaCy's French NER is corrected by gazetteers (countries, cities, organisations, weapons,
seas, exercises: ``analyse.gazetteer``) and construction patterns (armed forces, ministries,
named exercises: ``analyse.entity_spans``); mentions of one entity are merged, titles and
definite descriptions resolved (``analyse.coref``). Output: ``doc._.entities`` (schema
Entities, types of the contract) and a corrected ``doc.ents`` (spaCy's own labels).
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from recoupe.analyse import extensions  # noqa: F401  (registers Doc._ attributes)
from recoupe.analyse import gazetteer
from recoupe.analyse.coref import Cluster, build_clusters, resolve_descriptions, resolve_titles
from recoupe.analyse.entity_spans import find_candidates
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
        candidates = find_candidates(doc, self.gazetteer)
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
    """The entity with a mention overlapping doc.text[start:end] (the longest overlap wins)."""
    best, best_overlap = None, 0
    for entity in doc._.entities or []:
        for mention in entity.mentions:
            overlap = min(end, mention.span.end) - max(start, mention.span.start)
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
    return best
