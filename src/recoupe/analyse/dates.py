"""Placeholder for the recoupe_dates extractor (being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from recoupe.analyse import extensions  # noqa: F401  (registers Doc._ attributes)


@Language.factory("recoupe_dates", default_config={})
def make_dates(nlp: Language, name: str):
    return _Stub()


class _Stub:
    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = []
        return doc
