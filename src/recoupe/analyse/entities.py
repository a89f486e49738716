"""Placeholder for the recoupe_entities extractor (being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from recoupe.analyse import extensions  # noqa: F401  (registers Doc._ attributes)


@Language.factory("recoupe_entities", default_config={})
def make_entities(nlp: Language, name: str):
    return _Stub()


class _Stub:
    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = []
        return doc
