"""The main job and the Python API: ingest → clean → analyse → store.

The CLI, the notebooks and the tests all go through these functions, so they see the
same Documents.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from recoupe.analyse.pipeline import (MAX_ANALYSED_CHARS, MODELS, AnalysisFailed, analyse_cleaned,
                                      document_id, unanalysed)
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
    warnings: list[IngestError] = field(default_factory=list)  # stored, but something was repaired or ignored


def analyse(text: str, *, published: Optional[str] = None, language: Optional[str] = None,
            title: Optional[str] = None, source: str = "<text>") -> Document:
    """Analyse one article given as text; nothing is stored."""
    article = read_text(source, text, published=published, language=language, title=title)
    return next(analyse_cleaned([clean_article(article)]))


def open_store(path: str | Path = DEFAULT_DB) -> Store:
    """The store the CLI wrote (it must exist), opened read-only."""
    return Store(path, create=False, write=False)


def ingest(paths: Iterable[str], store: Store, *, batch_size: int = 16, store_unsupported: bool = False,
           on_article: Callable[[str], None] | None = None) -> IngestReport:
    """Read, clean, analyse and store every article under ``paths``.

    Inputs stream through: unreadable ones become errors in the report and the run goes
    on; every article is stored in its own transaction, so a failure never touches what
    is stored. ``store_unsupported`` keeps articles in a language recoupe cannot analyse,
    text only.
    """
    report = IngestReport()
    batch: list[Cleaned] = []
    seen_ids: set[str] = set()
    for item in read_paths(list(paths)):
        cleaned = _admit(item, store, seen_ids, report, store_unsupported)
        if cleaned is None:
            _notify(on_article, item.source)
        elif cleaned.article.language not in MODELS:
            _keep(unanalysed(cleaned), store, report, on_article)
        else:
            batch.append(cleaned)
            if len(batch) >= batch_size:
                _store_batch(batch, store, report, on_article, batch_size)
                batch = []
    _store_batch(batch, store, report, on_article, batch_size)
    return report


def _admit(item: RawArticle | IngestError, store: Store, seen_ids: set[str], report: IngestReport,
           store_unsupported: bool) -> Optional[Cleaned]:
    """The cleaned article when it is to be stored; else None, with the reason in the report."""
    if isinstance(item, IngestError):
        report.errors.append(item)
        return None
    doc_id = document_id(item.original)
    if doc_id in seen_ids or store.has(doc_id):
        report.duplicates.append(item.source)
        return None
    if item.language not in MODELS and not store_unsupported:
        report.errors.append(IngestError(item.source, f"language {item.language!r} is not supported "
                                                      f"(supported: {', '.join(MODELS)})"))
        return None
    if len(item.original) > MAX_ANALYSED_CHARS:
        report.errors.append(IngestError(item.source, f"too long to analyse: {len(item.original):,} characters "
                                                      f"(the limit is {MAX_ANALYSED_CHARS:,})"))
        return None
    cleaned = clean_article(item)
    if not cleaned.body.strip():
        report.errors.append(IngestError(item.source, "no article text left after cleaning"))
        return None
    report.warnings.extend(IngestError(item.source, note) for note in item.notes)
    seen_ids.add(doc_id)       # a skipped article's copy is skipped again, for the same reason
    return cleaned


def _notify(callback: Callable[[str], None] | None, source: str) -> None:
    if callback:
        callback(source)


def _keep(document: Document, store: Store, report: IngestReport,
          on_article: Callable[[str], None] | None) -> None:
    (report.added if store.add(document) else report.duplicates).append(document.doc)
    _notify(on_article, document.doc)


def _store_batch(batch: list[Cleaned], store: Store, report: IngestReport,
                 on_article: Callable[[str], None] | None, batch_size: int) -> None:
    """Analyse and store a batch; when the analysis fails, each article is tried alone so
    that only the one that fails is skipped, named."""
    done: set[str] = set()
    try:
        for document in analyse_cleaned(batch, batch_size=batch_size):
            _keep(document, store, report, on_article)
            done.add(document.id)
    except AnalysisFailed:
        for cleaned in (c for c in batch if document_id(c.article.original) not in done):
            try:
                _keep(next(analyse_cleaned([cleaned])), store, report, on_article)
            except AnalysisFailed as exc:
                report.errors.append(IngestError(cleaned.article.source, str(exc)))
                # its warnings spoke of a stored article: it is not stored
                report.warnings = [w for w in report.warnings if w.source != cleaned.article.source]
                _notify(on_article, cleaned.article.source)
