"""The clean title: without the section or publication suffix sites append to it."""
from __future__ import annotations

import re
from typing import Optional

from recoupe.clean.rules import normalise
from recoupe.resources import available, load_lines

#: a " | Section" suffix longer than this is part of the title
MAX_SECTION_WORDS = 4
_PIPE_SUFFIX = re.compile(r"\s+\|\s+(?P<suffix>[^|]+?)\s*$")
_DASH_SUFFIX = re.compile(r"\s+[-–—]\s+(?P<suffix>[^-–—]+?)\s*$")


def title_length(title: str, lang: str, site: Optional[str] = None) -> int:
    """Length of the title once a trailing " | Section" or " - Outlet" suffix is cut
    (an outlet is a known publication, or ``site``, the name the page gives itself)."""
    m = _PIPE_SUFFIX.search(title)
    if m and len(m.group("suffix").split()) <= MAX_SECTION_WORDS:
        return m.start()
    outlets = load_lines(lang, "clean_outlets") if available(lang, "clean_outlets") else ()
    m = _DASH_SUFFIX.search(title)
    if m and (normalise(m.group("suffix")) in outlets or normalise(m.group("suffix")) == normalise(site or "")):
        return m.start()
    return len(title.rstrip())


def same_as_title(line: str, title: str, lang: str) -> bool:
    """A body line that repeats the title, with or without its suffix, spacing and case aside."""
    line, title = normalise(line), normalise(title)
    if not line or not title:
        return False
    return line in (title, title[:title_length(title, lang)]) or \
        line[:title_length(line, lang)] == title[:title_length(title, lang)]
