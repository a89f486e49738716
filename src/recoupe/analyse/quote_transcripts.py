"""Transcripts: a line holding only a person's name (a colon after it allowed), then that person's
paragraphs, as in the minutes of a council debate or an interview set out by turns.

The annotators take each paragraph of a turn as a direct quote of the named person, with no cue. The
shape is told apart from a caption or a byline by what follows: prose paragraphs, one of them at least
spoken in the first person, and two turns or more in the document (a transcript is a dialogue).
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Doc, Span

_MIN_TURNS = 2              # one name line above a paragraph may be a caption or a byline
_MIN_PARAGRAPH_WORDS = 6    # a paragraph of speech, not a sub-heading
_LABEL_PUNCTUATION = ":"


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """The non-empty lines of ``text`` as (start, end) character offsets, stripped of spaces."""
    at = 0
    for raw in text.split("\n"):
        start = at + len(raw) - len(raw.lstrip())
        end = at + len(raw.rstrip())
        if end > start:
            yield start, end
        at += len(raw) + 1


def _label(doc: Doc, text: str, start: int, end: int, people: dict[str, Span]) -> Optional[Span]:
    """The person's name that fills the line ``start``-``end`` on its own (a colon after it allowed): a
    name the recogniser found there or, since a name alone on its line gives it no context, the same
    name found in the narration."""
    end = start + len(text[start:end].rstrip(_LABEL_PUNCTUATION).rstrip())
    here = next((e for e in doc.ents if e.label_ == "PER" and e.start_char == start and e.end_char == end), None)
    return here or people.get(text[start:end])


def _spoken(text: str, first_person: set[str]) -> bool:
    words = text.lower().replace("'", "' ").replace("’", "' ").split()
    return any(w.strip(",.;:!?") in first_person for w in words)


def speaker_turns(doc: Doc, text: str, first_person: set[str]) -> list[tuple[Span, list[tuple[int, int]]]]:
    """Each name line with the paragraphs of its turn: the first paragraph after it, then the next ones
    while they speak in the first person, up to the next name line. Empty unless the document holds
    at least ``_MIN_TURNS`` turns and one of their paragraphs speaks in the first person."""
    turns: list[tuple[Span, list[tuple[int, int]]]] = []
    current: Optional[tuple[Span, list[tuple[int, int]]]] = None
    people = {e.text: e for e in doc.ents if e.label_ == "PER" and " " in e.text}    # a full name, not 'Jean'
    for start, end in _lines(text):
        name = _label(doc, text, start, end, people)
        if name is not None:
            current = (name, [])
            turns.append(current)
            continue
        if current is None:
            continue
        prose = len(text[start:end].split()) >= _MIN_PARAGRAPH_WORDS
        if prose and (not current[1] or _spoken(text[start:end], first_person)):
            current[1].append((start, end))
        else:
            current = None      # the narration resumes: the turn is over
    turns = [(name, paragraphs) for name, paragraphs in turns if paragraphs]
    spoken = any(_spoken(text[s:e], first_person) for _, paragraphs in turns for s, e in paragraphs)
    return turns if len(turns) >= _MIN_TURNS and spoken else []
