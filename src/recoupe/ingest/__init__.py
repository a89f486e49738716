"""Ingest: turn files, folders and stdin into RawArticles (or IngestErrors)."""
from recoupe.ingest.article import IngestError, RawArticle
from recoupe.ingest.plain import read_text
from recoupe.ingest.sources import read_paths

__all__ = ["IngestError", "RawArticle", "read_paths", "read_text"]
