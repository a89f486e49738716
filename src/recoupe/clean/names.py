"""Bylines and signatures: a person's name alone on a line, told apart from a tag by its neighbours.

- a signature: a name alone next to a credit line ("Jeanne Roy" / "j.roy@journal.fr"), or a name followed
  by the site's or a known outlet's name ("Jeanne Roy Le Journal");
- a byline: a name alone in its paragraph near the top, next to header furniture (the site's name, a date
  line, a rule): "Jeanne Roy" / "Le Journal";
- a byline: a person's name alone in its paragraph (maybe after a dash) under the headline or the
  standfirst, above the first paragraph: "- Jeanne Roy";
- a byline broken over two lines, its opening word alone ("Par" / "Jeanne Roy");
- a signature left between the boxes closing the page.
``clean.furniture`` runs these passes; each looks at each line once or at two neighbours.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from recoupe.clean import rules
from recoupe.clean.page import Page
from recoupe.resources import available, load_lines

if TYPE_CHECKING:
    from recoupe.clean.noise import Line

#: a signature's name has this many words at most (an outlet's name may follow it)
MAX_NAME_WORDS = 4
_BULLET = " \t•·▪-–—*"
_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’.-]*|\d{1,3}")


def name_form(text: str, max_words: int, particles: frozenset[str] | None = None) -> bool:
    """Capitalised words (or small numbers), short lower-case particles between them, no
    punctuation: a name ("Jeanne Roy", "Stade Brestois 29"), not a phrase. With ``particles``, a
    person's name: no digit, and only those particles, never first (a heading in capitals opens with
    an article, "LE QUAI NORD"; a first name never does)."""
    words = text.split()
    if not 2 <= len(words) <= max_words or not _NAME_WORD.fullmatch(words[0]) or not _NAME_WORD.fullmatch(words[-1]):
        return False
    if particles is None:
        return all(_NAME_WORD.fullmatch(w) or (w.isalpha() and w.islower() and len(w) <= 3) for w in words)
    return not any(c.isdigit() for c in text) and words[0].casefold() not in particles \
        and all(_NAME_WORD.fullmatch(w) or w.casefold() in particles for w in words)


def mark_signatures(body: list["Line"], texts: list[str], page: Page) -> None:
    """A name alone right above or below a credit line, or a name then an outlet's name."""
    for i, (line, text) in enumerate(zip(body, texts)):
        if line.removed_by or not name_form(text, MAX_NAME_WORDS + MAX_SITE_SUFFIX_WORDS):
            continue
        near_credit = any(0 <= j < len(body) and body[j].removed_by == "credit" for j in (i - 1, i + 1))
        if (near_credit and name_form(text, MAX_NAME_WORDS)) or _name_then_outlet(text, page):
            line.removed_by = "credit"


def mark_signature_among_furniture(body: list["Line"], texts: list[str], lang: str) -> None:
    """A person's name alone as the last kept line, with the page's furniture (a paywall notice, a
    sidebar) both above and below it: the author's signature left between the boxes."""
    kept = [i for i, line in enumerate(body) if not line.removed_by]
    if not kept:
        return
    last = kept[-1]
    if 0 < last < len(body) - 1 and body[last - 1].removed_by and name_form(
            texts[last], MAX_NAME_WORDS, _name_particles(lang)):
        body[last].removed_by = "credit"


#: an outlet's name after a signature has this many words at most
MAX_SITE_SUFFIX_WORDS = 3


def _name_then_outlet(text: str, page: Page) -> bool:
    words = text.split()
    for k in range(1, MAX_SITE_SUFFIX_WORDS + 1):
        name = words[:-k]
        if 2 <= len(name) <= MAX_NAME_WORDS and page.is_site_name(" ".join(words[-k:])):
            return True
    return False


#: a byline stands above this many sentences of prose at most (the standfirst, the lead)
MAX_PROSE_ABOVE_BYLINE = 2
#: removed neighbours that mark a page header around a byline name (the author's name often sits
#: among the print and share buttons)
BYLINE_NEIGHBOURS = {"site_name", "symbols", "dateline", "credit", "tag", "share_buttons"}


def mark_header_names(body: list["Line"], texts: list[str]) -> None:
    """A name alone in its paragraph near the top, right next to header furniture ("Jeanne Roy"
    above the site's name or a dash rule): the byline ("byline_name" tells clean the author)."""
    proses = 0
    for i, (line, text) in enumerate(zip(body, texts)):
        if proses > MAX_PROSE_ABOVE_BYLINE:
            return
        proses += rules.is_prose(text)
        if line.removed_by or not name_form(text, MAX_NAME_WORDS) or not _alone(body, i, BYLINE_NEIGHBOURS):
            continue
        if any(0 <= j < len(body) and body[j].removed_by in BYLINE_NEIGHBOURS for j in (i - 1, i + 1)):
            line.removed_by = "byline_name"


def mark_names_under_lead(body: list["Line"], texts: list[str], lang: str) -> None:
    """A person's name alone in its paragraph, maybe after a dash ("Jeanne Roy-Le Gall", "- Jeanne
    Roy"), right under the headline or the standfirst and above the first paragraph: the byline
    ("byline_name" tells clean the author). Only capitalised words and name particles ("de", "van"),
    no digit, and a first word the article never writes in lower case: a topic tag ("Guerre en Ukraine",
    "Tempête Ciaran") or a team ("Stade Brestois 29") is no name."""
    proses, lower = 0, None
    for i, (line, text) in enumerate(zip(body, texts)):
        if proses > MAX_PROSE_ABOVE_LEAD_BYLINE:
            return
        above_ok = i == 0 or rules.is_prose(texts[i - 1]) or body[i - 1].removed_by
        # a name printed twice ("Jeanne Roy" / "Jeanne Roy"), maybe in the standfirst's paragraph, is a byline too
        twice = i + 1 < len(body) and body[i + 1].removed_by == "repeated_paragraph" and texts[i + 1].strip() == text.strip()
        below_prose = i + 1 + twice < len(body) and rules.is_prose(texts[i + 1 + twice])
        if not line.removed_by and above_ok and below_prose and (_alone(body, i) or twice) and person_name(text, lang):
            # a tag opens with a noun the article writes in lower case ("Tempête X" / "la tempête")
            lower = lower if lower is not None else set(re.findall(r"(?<![\w-])[a-zà-ÿ][\w'’-]*", " ".join(texts)))
            if text.strip().lstrip("-–— ").split()[0].casefold() not in lower:
                line.removed_by = "byline_name"
        proses += rules.is_prose(text)


#: a byline under the lead has at most this many sentences of prose above it (the standfirst)
MAX_PROSE_ABOVE_LEAD_BYLINE = 1


def person_name(text: str, lang: str) -> bool:
    """A person's ``name_form`` after an optional dash."""
    return name_form(text.strip().lstrip("-–—"), MAX_NAME_WORDS, _name_particles(lang))


@lru_cache(maxsize=None)
def _name_particles(lang: str) -> frozenset[str]:
    return frozenset(load_lines(lang, "clean_name_particles")) if available(lang, "clean_name_particles") else frozenset()


def mark_split_bylines(body: list["Line"], texts: list[str], lang: str) -> None:
    """A byline broken over two lines, its opening word alone ("Par" / "Jeanne Roy", "- de" /
    "- Jeanne Roy"): both lines are the header, the name tells clean the author. One set look-up
    per line."""
    openers = _byline_openers(lang)
    for i in range(len(body) - 1):
        if body[i].removed_by or rules.normalise(texts[i].lstrip(_BULLET)).rstrip(" :") not in openers:
            continue
        if name_form(texts[i + 1].strip().lstrip(_BULLET), MAX_NAME_WORDS):
            body[i].removed_by, body[i + 1].removed_by = "credit", "byline_name"


@lru_cache(maxsize=None)
def _byline_openers(lang: str) -> frozenset[str]:
    return frozenset(map(rules.normalise, load_lines(lang, "clean_byline_openers"))) \
        if available(lang, "clean_byline_openers") else frozenset()


def _alone(body: list["Line"], i: int, furniture: frozenset[str] | set[str] = frozenset()) -> bool:
    """The line is a paragraph of its own, but for ``furniture`` lines sharing it (a page may
    print its byline right under "Publié le" without a blank line: the pair is the header)."""
    return all(not (0 <= j < len(body)) or body[j].block != body[i].block or body[j].removed_by in furniture
               for j in (i - 1, i + 1))
