"""The main job and the Python API: ingest → clean → analyse → store.

The CLI, the notebooks and the tests all go through these functions, so they see the
same Documents.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from recoupe.analyse.pipeline import MODELS, analyse_cleaned, document_id
from recoupe.clean import Cleaned, clean_article
from recoupe.ingest import IngestError, RawArticle, read_paths, read_text
from recoupe.schema import Document
from recoupe.store import Store

DEFAULT_DB = "recoupe.db"


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)        # source names newly stored
    duplicates: list[str] = field(default_factory=list)   # already in the store (same content)
    errors: list[IngestError] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return len(self.added) + len(self.duplicates) + len(self.errors)


def analyse(text: str, *, published: Optional[str] = None, language: Optional[str] = None,
            title: Optional[str] = None, source: str = "<text>") -> Document:
    """Analyse one article given as text; nothing is stored."""
    article = read_text(source, text, published=published, language=language, title=title)
    return next(analyse_cleaned([clean_article(article)]))


def open_store(path: str | Path = DEFAULT_DB) -> Store:
    """The store the CLI wrote (it must exist)."""
    return Store(path, create=False)


def ingest(paths: Iterable[str], store: Store, *, batch_size: int = 16,
           on_start: Callable[[int], None] | None = None,
           on_article: Callable[[str], None] | None = None) -> IngestReport:
    """Read, clean, analyse and store every article under ``paths``.

    Unreadable inputs become errors in the report and the batch goes on; every article
    is stored in its own transaction, so a failure never touches what is stored.
    """
    report = IngestReport()
    batch: list[Cleaned] = []
    seen_ids: set[str] = set()
    items = list(read_paths(list(paths)))
    if on_start:
        on_start(len(items))
    for item in items:
        if isinstance(item, IngestError):
            report.errors.append(item)
            _notify(on_article, item.source)
            continue
        doc_id = document_id(item.original)
        if doc_id in seen_ids or store.has(doc_id):
            report.duplicates.append(item.source)
            _notify(on_article, item.source)
            continue
        seen_ids.add(doc_id)
        cleaned = _clean(item, report)
        if cleaned is None:
            _notify(on_article, item.source)
            continue
        batch.append(cleaned)
        if len(batch) >= batch_size:
            _store_batch(batch, store, report, on_article, batch_size)
            batch = []
    _store_batch(batch, store, report, on_article, batch_size)
    return report


def _notify(callback: Callable[[str], None] | None, source: str) -> None:
    if callback:
        callback(source)


def _clean(article: RawArticle, report: IngestReport) -> Optional[Cleaned]:
    language = article.language or "fr"
    if language not in MODELS:
        report.errors.append(IngestError(article.source, f"language {language!r} is not supported "
                                                         f"(supported: {', '.join(MODELS)})"))
        return None
    cleaned = clean_article(article)
    if not cleaned.body.strip():
        report.errors.append(IngestError(article.source, "no article text left after cleaning"))
        return None
    return cleaned


def _store_batch(batch: list[Cleaned], store: Store, report: IngestReport,
                 on_article: Callable[[str], None] | None, batch_size: int) -> None:
    for document in analyse_cleaned(batch, batch_size=batch_size):
        if store.add(document):
            report.added.append(document.doc)
        else:
            report.duplicates.append(document.doc)
        _notify(on_article, document.doc)
