"""What ingest hands to clean: one article as read, with what its source says about it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class RawArticle:
    source: str                      # document name: the file name, the URL, or "<stdin>"
    original: str                    # the decoded text every offset refers to
    format: str = "txt"              # txt | html | jsonl
    title: Optional[str] = None      # as given by the source (HTML metadata, JSONL field, first line)
    title_span: Optional[tuple[int, int]] = None  # where the title stands in ``original``, if it does
    body_start: int = 0              # first character of ``original`` after the title and header lines
    author: Optional[str] = None
    published: Optional[str] = None  # ISO date at its precision: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY'
    url: Optional[str] = None
    language: Optional[str] = None
    site: Optional[str] = None       # the publishing site's name (HTML metadata), to cut it from the title
    notes: list[str] = field(default_factory=list)  # what was repaired or ignored, reported as warnings


@dataclass
class IngestError:
    """An input that could not be read; the batch goes on without it."""
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
