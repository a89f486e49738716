"""Line rules: which paragraph is scraping noise, and which trailing fragment is a credit.

Every word list and pattern comes from ``resources`` (``common`` for site widgets that
look the same in every language, ``<lang>`` for labels and credits). A rule returns the
name recorded in ``Cleaned.removed`` or None.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from recoupe.resources import available, load_lines

#: a line longer than this is prose, never a widget, label or credit
MAX_NOISE_WORDS = 30
#: a row of share buttons is at most this long
MAX_BUTTON_WORDS = 8
#: an inserted headline has at least this many words
MIN_HEADLINE_WORDS = 4
#: a heading ending with ":" is at most this long
MAX_HEADING_WORDS = 8
SENTENCE_END = (".", "!", "?", "…", ":", ";")
_QUOTES = "\"«»“”„‘’'"


def normalise(text: str) -> str:
    """Case- and space-insensitive form, typographic apostrophes made plain."""
    return " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").split()).casefold()


@lru_cache(maxsize=None)
def _lines(lang: str, name: str) -> tuple[str, ...]:
    return load_lines(lang, name) if available(lang, name) else ()


@lru_cache(maxsize=None)
def _regexes(lang: str, name: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in _lines(lang, name))


def share_buttons(line: str, lang: str) -> Optional[str]:
    """A short line made only of share/follow button words ("Facebook", "Partager Tweet")."""
    text = re.sub(r"[^\w'’\- ]+", " ", normalise(line)).strip()
    if not text or len(text.split()) > MAX_BUTTON_WORDS:
        return None
    return "share_buttons" if not _share_words(lang).sub(" ", text).strip() else None


@lru_cache(maxsize=None)
def _share_words(lang: str) -> re.Pattern:
    """Any one share-button word or phrase, longest first, as a whole word."""
    words = sorted(set(_lines("common", "clean_share") + _lines(lang, "clean_share")), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])")


def widgets(line: str, lang: str) -> Optional[str]:
    if len(line.split()) > MAX_NOISE_WORDS:
        return None
    patterns = _regexes("common", "clean_widgets") + _regexes(lang, "clean_widgets")
    found = any(p.search(line.strip()) for p in patterns)
    return "comment_widget" if found else None


def section_label(line: str, lang: str) -> Optional[str]:
    """A known label ("Lire aussi", "Voici ce que nous savons"), alone or leading a teaser."""
    text = normalise(line).strip(_QUOTES + " ")
    labels = _lines(lang, "clean_labels")
    bare = text.rstrip(" :")
    if bare in labels:
        return "section_label"
    head, colon, _ = text.partition(":")
    if colon and head.strip() in labels and len(text.split()) <= MAX_NOISE_WORDS:
        return "teaser"
    return None


def _whole_line(line: str, lang: str, resource: str) -> bool:
    """The stripped line matches one of the patterns of ``resource``."""
    return len(line.split()) <= MAX_NOISE_WORDS and any(p.match(line.strip()) for p in _regexes(lang, resource))


def credit_line(line: str, lang: str) -> Optional[str]:
    """"Source : X", "Avec AFP", "X a contribué à ce rapport", "Photo : X"."""
    return "credit" if _whole_line(line, lang, "clean_credits") else None


def caption_line(line: str, lang: str) -> Optional[str]:
    """A video or photo caption left in the text ("... déclare X – vidéo")."""
    return "caption" if _whole_line(line, lang, "clean_captions") else None


def capital_headline(line: str, lang: str) -> Optional[str]:
    """The all-caps headline of another article, inserted in the body."""
    stripped = line.strip()
    letters = [c for c in stripped if c.isalpha()]
    if (len(stripped.split()) < MIN_HEADLINE_WORDS or stripped.endswith(SENTENCE_END)
            or stripped[:1] in _QUOTES or not letters):
        return None
    upper = sum(1 for c in letters if c.isupper())
    return "capital_headline" if upper / len(letters) >= 0.9 else None


#: whole-paragraph rules, in the order they are tried
LINE_RULES = (share_buttons, widgets, section_label, credit_line, caption_line, capital_headline)


def noise_rule(line: str, lang: str) -> Optional[str]:
    for rule in LINE_RULES:
        if name := rule(line, lang):
            return name
    return None


def trailing_credit(line: str, lang: str) -> Optional[int]:
    """Where a credit fragment at the end of a paragraph starts ("... Kyiv. Vidéo / X")."""
    for pattern in _regexes(lang, "clean_trailing"):
        if m := pattern.search(line):
            return m.start("noise")
    return None


def dangling_heading(line: str) -> bool:
    """A short heading ending with ':' (it only makes sense before the text it announces)."""
    stripped = line.strip()
    return stripped.endswith(":") and len(stripped.split()) <= MAX_HEADING_WORDS
