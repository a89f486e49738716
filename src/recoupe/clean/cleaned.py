"""What clean hands to analyse."""
from __future__ import annotations

from dataclasses import dataclass, field

from recoupe.clean.textmap import TextMap
from recoupe.ingest.article import RawArticle


@dataclass
class Cleaned:
    article: RawArticle
    textmap: TextMap                 # title (when it stands in the original) + clean body
    body_start: int                  # where the body starts in ``textmap.text``
    title: str | None = None         # the clean title (section suffix and noise removed)
    removed: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, rule) in the original

    @property
    def text(self) -> str:
        """The text the model analyses: title, then body."""
        return self.textmap.text

    @property
    def body(self) -> str:
        """The clean body, as exported."""
        return self.textmap.text[self.body_start:]
