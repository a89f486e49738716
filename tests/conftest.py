"""Session fixtures shared by every test: the real pipeline, a real store, the real CLI."""
from __future__ import annotations

from typing import Callable, Optional

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from recoupe.analyse.pipeline import load_nlp, model_text


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full French pipeline with every recoupe extractor (loaded once)."""
    return load_nlp("fr")


@pytest.fixture(scope="session")
def parse(nlp) -> Callable[..., Doc]:
    """Analyse a passage as the pipeline does: parse("texte", published="2022-10-20")."""
    def _parse(text: str, published: Optional[str] = None) -> Doc:
        doc = nlp.make_doc(model_text(text))
        doc._.published = published
        return nlp(doc)
    return _parse
