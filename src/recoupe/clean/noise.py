"""PROVISIONAL: paragraphs of the body, unfiltered (being rewritten)."""
from __future__ import annotations

import re

from recoupe.clean.cleaned import Cleaned
from recoupe.clean.textmap import TextMap
from recoupe.ingest.article import RawArticle


def clean_article(article: RawArticle) -> Cleaned:
    tm = TextMap(article.original)
    if article.title_span:
        tm.add(*article.title_span)
    body_start = len(tm)
    for m in re.finditer(r"[^\n]+", article.original[article.body_start:]):
        if m.group().strip():
            if len(tm):
                tm.add_separator("\n\n")
                if body_start == 0:
                    body_start = len(tm)
            tm.add(article.body_start + m.start(), article.body_start + m.end())
    return Cleaned(article=article, textmap=tm, body_start=body_start, title=article.title)
