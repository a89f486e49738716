"""Page furniture inside a paragraph that the cleaner keeps: inline credits, foreign lines.

A paragraph may end with the agency's credit in parentheses ("(Rédigé par X à Y ; version
française Z)") or a photo credit after a copyright sign ("© Agence - X"): the people and
places in it are the newsroom's, not the story's, so the entity finder leaves them out. So
are the names of a line in another language (an English photo caption, a wire line left
untranslated): the story is told in the article's own language.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from recoupe.analyse.entity_lexicon import word_set
from recoupe.resources import available, load_json, load_lines


@lru_cache(maxsize=None)
def _credit_pattern(lang: str) -> re.Pattern:
    labels = "|".join(re.escape(label) for label in load_lines(lang, "entities_credit_labels"))
    # a parenthesis opening on a credit label, a copyright sign up to the end of its line, or a
    # credit label opening a line or a slash after a space, then slashes between agency and
    # photographer ("… policières. /Photo d'archives/AGENCE/Nom")
    return re.compile(rf"\((?:{labels})\b[^()\n]*\)|©[^\n]*|(?:^|(?<=\s)/)(?:{labels})\b[^/\n]*/[^\n]*", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=None)
def _agency_pattern(lang: str) -> re.Pattern:
    table = load_json(lang, "entities_agency_credits")
    agency = "(?:" + "|".join(re.escape(a) for a in sorted(table["agencies"], key=len, reverse=True)) + ")"
    link = "|".join(re.escape(word) for word in table["links"])
    place = r"[A-ZÀ-Ý][\w'’-]*(?:[ /-][A-ZÀ-Ý][\w'’-]*){0,3}"
    # a dateline opening its line, the agency in brackets closing it or followed by a stop or a dash;
    # a caption closing on the agency after a dash, or the agency after a link word, glued captions too
    # ("JEANNE ROY via AFP Le maire …"); a credit in brackets opening on
    # the agency before a slash ("( AFP / JEANNE ROY )")
    return re.compile(rf"^{place},?[^\S\n]*\({agency}\)(?=[^\S\n]*(?:$|[.:–—-]))"
                      rf"|[^\S\n][-–—][^\S\n]+{agency}[^\S\n]*$|\b(?:{link})[^\S\n]+{agency}\b"
                      rf"|\([^\S\n]*{agency}[^\S\n]*/[^()\n]*\)", re.MULTILINE)


def credit_ranges(text: str, lang: str) -> list[tuple[int, int]]:
    """Character ranges of the inline credits of a text, the agency's datelines and photo credits
    among them (one regex pass each: linear)."""
    ranges = [m.span() for m in _credit_pattern(lang).finditer(text)]
    if available(lang, "entities_agency_credits"):
        ranges += [m.span() for m in _agency_pattern(lang).finditer(text)]
    return ranges


#: the fewest foreign function words, and their least share of a line's words, that make it foreign
FOREIGN_WORDS, FOREIGN_SHARE = 2, 0.12
_WORD = re.compile(r"[^\W\d_]+")


def foreign_ranges(text: str, lang: str) -> list[tuple[int, int]]:
    """Character ranges of the lines written in another language: several of the listed foreign
    function words, making a fair share of the line's words."""
    foreign = word_set(lang, "entities_foreign_function_words")
    ranges, start = [], 0
    for line in text.split("\n"):
        words = _WORD.findall(line.lower())
        hits = sum(word in foreign for word in words)
        if hits >= FOREIGN_WORDS and hits >= FOREIGN_SHARE * len(words):
            ranges.append((start, start + len(line)))
        start += len(line) + 1
    return ranges


def in_ranges(start: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether a character offset falls in one of the sorted, disjoint ranges."""
    i = bisect_right(ranges, (start, float("inf"))) - 1
    return i >= 0 and start < ranges[i][1]


def _break_before(doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].whitespace_ or doc[i - 1].is_space and "\n" in doc[i - 1].text


def _break_after(doc, end: int) -> bool:
    return end >= len(doc) or "\n" in doc[end - 1].whitespace_ or doc[end].is_space and "\n" in doc[end].text


def _line_end(doc, i: int) -> int:
    while i < len(doc) and not _break_after(doc, i):
        i += 1
    return i


#: the most tokens of a signature's role after the name ("Envoyée spéciale permanente à Bruxelles")
_ROLE_LENGTH = 8


def byline_ranges(doc, candidates: list) -> list[tuple[int, int]]:
    """Token ranges of signatures: a person's name alone on its line ("Jeanne Martin" between the
    headline and the text) or followed on its line by a capitalised byline role ("Paul Roux
    Correspondant à Berne"). The signature is the outlet's furniture, not the story's."""
    roles = word_set(doc.lang_, "entities_byline_roles")
    ranges = []
    for cand in candidates:
        if cand.type != "PERSON":
            continue
        if _break_before(doc, cand.start) and _break_after(doc, cand.end):
            ranges.append((cand.start, cand.end))
            continue
        # the role right after the name, or glued to it by the recogniser ("Paul Roux Correspondant")
        role = next((t.i for t in doc[cand.start + 1:min(cand.end + 1, len(doc))] if t.text in roles), None)
        if role is not None and doc[cand.start].is_sent_start:
            end = _line_end(doc, role)
            if end - role <= _ROLE_LENGTH:   # a short role closing the line, not a sentence
                ranges.append((cand.start, end))
    return ranges


#: what ends the sentence a credit follows ("… pour le public. Jeanne Martin")
_SENTENCE_ENDS = (".", "?", "!", "…")


def closing_credits(doc, candidates: list) -> list[tuple[int, int]]:
    """Token ranges of names that close a paragraph after its last sentence, bare or in brackets
    ("… passé par la digue. Jeanne Martin⏎", "… l'éditera lui-même. (Paul Roux)⏎"): the photographer's
    or the writer's credit under a caption or a standfirst, not a name of the story. The cleaning
    (``clean_trailing.txt``) already cuts a bare name of capitalised words there from the text; what
    reaches this pass is what only the recogniser's types tell: a name in brackets, an organisation, a
    name opening with a word the cleaning's pattern leaves to prose."""
    ranges = []
    for cand in candidates:
        if cand.type not in ("PERSON", "ORG"):
            continue
        start, end = cand.start, cand.end
        if start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")":
            start, end = start - 1, end + 1
        if start < 2 or not _break_after(doc, end) or _break_before(doc, start):
            continue
        ending, word = doc[start - 1], doc[start - 2]
        if ending.text in _SENTENCE_ENDS and word.text[-1:].isalpha():
            ranges.append((cand.start, cand.end))
    return ranges
