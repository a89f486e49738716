"""A picture set inside the header: its keywords and the byline printed with it.

Some pages print, in the standfirst's paragraph, the author's name, then the picture's alt text
made of search keywords ("Croissance, euphorie, hausse valorisation rendement"), then its
caption. Once clean has found the caption, the lines between it and the standfirst are judged:
- a run of words without any function word (article, preposition, auxiliary), without a sentence
  end, right above the caption: keywords, never French prose (which cannot do without them);
- a person's name right under the standfirst, with only picture furniture below it in the
  paragraph: the byline ("byline_name" tells clean the author).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from recoupe.clean import rules

if TYPE_CHECKING:
    from recoupe.clean.noise import Line

#: keywords of an alt text are at least this many words
MIN_KEYWORDS = 5
#: a byline above a picture stands under this many sentences of prose at most (the standfirst)
MAX_PROSE_ABOVE = 1
#: rules of the picture's own lines
_PICTURE_RULES = {"caption", "credit", "alt_text"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def mark_picture_lines(body: list["Line"], texts: list[str], lang: str,
                       person_name: Callable[[str, str], bool]) -> None:
    _keyword_alt_texts(body, texts, lang)
    _names_above_pictures(body, texts, lang, person_name)


def _keyword_alt_texts(body: list["Line"], texts: list[str], lang: str) -> None:
    """Keywords right above a caption in its paragraph (see the module's note)."""
    function_words = rules.word_list(lang, "clean_function_words")
    for i in range(len(body) - 1):
        if body[i].removed_by or body[i + 1].removed_by != "caption" or body[i].block != body[i + 1].block:
            continue
        stripped = texts[i].strip()
        words = [w.casefold().replace("’", "'") for w in _WORD.findall(stripped)]
        if (len(words) >= MIN_KEYWORDS and not stripped.endswith(rules.SENTENCE_END)
                and not any(w in function_words or w.split("'")[0] + "'" in function_words for w in words)):
            body[i].removed_by = "alt_text"


def _names_above_pictures(body: list["Line"], texts: list[str], lang: str,
                          person_name: Callable[[str, str], bool]) -> None:
    """A person's name right under the standfirst (the first sentence of prose, above it in its
    paragraph), every line below it in the paragraph a picture's (see the module's note)."""
    proses = 0
    for i in range(1, len(body) - 1):
        line, above = body[i], body[i - 1]
        proses += rules.is_prose(texts[i - 1])
        if proses > MAX_PROSE_ABOVE:
            return
        if line.removed_by or above.removed_by or above.block != line.block or not rules.is_prose(texts[i - 1]):
            continue
        below = [j for j in range(i + 1, len(body)) if body[j].block == line.block]
        if below and all(body[j].removed_by in _PICTURE_RULES for j in below) and person_name(texts[i], lang):
            line.removed_by = "byline_name"
