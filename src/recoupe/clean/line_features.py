"""The features the furniture classifier reads from one line and its neighbours.

A line is described by its words (lower-cased, digits folded to ``0`` so that "14:32" and "09:05"
are one word), the first letters of its words (inflections read as one), its first and last words,
and its shape: length, how it opens and closes, capitals, digits, separators, sentences, quotation
marks. The lines above and below add their shape only: a caption sits below a line of furniture or
above prose, a timestamp above a post. No word of any language is named here; the weights learnt
from the passages of ``training/furniture_<lang>`` carry them. Training and analysis call the same
function, so the model reads lines exactly as it was taught.
"""
from __future__ import annotations

import re
from typing import Optional

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_SENTENCE_INSIDE = re.compile(r"[.!?…][»”\"]?\s+[«“\"]?[A-ZÀ-Ý]")
_TIME = re.compile(r"\b\d{1,2}\s?[:hH]\s?\d{2}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_QUOTE_OPEN, _QUOTE_CLOSE = "«“\"", "»”\""
#: a word's first letters stand for the word's family (inflections, compounds)
STEM = 5
#: words read at most: a long line is prose, its first words say what it is
MAX_WORDS = 16


def line_features(line: str, above: Optional[str] = None, below: Optional[str] = None) -> list[str]:
    """Names of the features of ``line`` between the lines ``above`` and ``below`` (None at an edge)."""
    words = [_fold(w) for w in _WORD.findall(line.replace("\u2019", "'"))]
    features = ["bias"] + _word_features(words) + _shape(line, words, "")
    # an edge says nothing: the passages' edges are not the pages' (no feature for a missing neighbour)
    features += _shape(above, None, "above:") if above is not None else []
    features += _shape(below, None, "below:") if below is not None else []
    return features


def _fold(word: str) -> str:
    return re.sub(r"\d", "0", word.casefold())


def _word_features(words: list[str]) -> list[str]:
    read = words[:MAX_WORDS]
    features = [f"w:{w}" for w in set(read)]
    features += [f"s:{w[:STEM]}" for w in {w for w in read if len(w) > STEM}]
    if words:
        features += [f"first:{words[0]}", f"last:{words[-1]}"]
    if len(words) > 1:
        features.append(f"first2:{words[0]} {words[1]}")
    return features


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _edge_class(char: str) -> str:
    if char.isupper():
        return "upper"
    if char.islower():
        return "lower"
    if char.isdigit():
        return "digit"
    return char if char in ".!?…:;,)(»«“”\"'|/-–—•·>©*+" else "other"


def _shape(line: str, words: Optional[list[str]], prefix: str) -> list[str]:
    """Length, edges, capitals, digits and marks of a line, each feature name led by ``prefix``."""
    text = line.strip()
    if not text:
        return [f"{prefix}empty"]
    if words is None:
        words = _WORD.findall(text)
    count = len(words)
    features = [f"len:{_bucket(count, (1, 2, 3, 5, 8, 12, 20, 30))}",
                f"open:{_edge_class(text[0])}", f"close:{_edge_class(text[-1])}",
                f"sentences:{_bucket(len(_SENTENCE_INSIDE.findall(text)), (0, 1, 2))}"]
    if not prefix:
        features += _marks(text, words)
    return [prefix + f for f in features]


def _marks(text: str, words: list[str]) -> list[str]:
    """The marks of the line itself (not asked of its neighbours)."""
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    titled = sum(w[:1].isupper() for w in words) / len(words) if words else 0.0
    features = [f"caps:{round(capitals * 4)}", f"titled:{round(titled * 4)}",
                f"digits:{_bucket(sum(c.isdigit() for c in text), (0, 2, 4, 8))}"]
    features += [f"has:{mark}" for mark in "|/©@()+:•>–—" if mark in text]
    if _TIME.search(text):
        features.append("time")
    if _YEAR.search(text):
        features.append("year")
    if text[0] in _QUOTE_OPEN:
        features.append("quote:opens")
    if any(q in text for q in _QUOTE_CLOSE) and any(q in text for q in _QUOTE_OPEN):
        features.append("quote:inside")
    if "http" in text or "www." in text:
        features.append("address")
    return features
