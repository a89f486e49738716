"""Which language an article is written in: the stated code, checked against the text.

py3langid (a pinned PyPI package that ships its model) identifies the text offline. A
stated code is normalised ("FR", "fr-CA", "fr_FR" are French); when a confident
identification contradicts it, the text wins and the contradiction is reported, since a
scraper's language field is often the site's, not the article's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Optional

import numpy

#: below this many letters an identification is a guess: the stated language (or the
#: default) is kept
MIN_LETTERS = 40
#: an identification this sure overrides a stated language
CONFIDENT = 0.9
DEFAULT_LANGUAGE = "fr"

_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$")
_LETTER = re.compile(r"[^\W\d_]")
#: the opening tells the language; identification costs time in proportion to the text read
OPENING_CHARS = 800


@dataclass
class Language:
    code: str
    note: Optional[str] = None   # a stated value that was ignored or contradicted


def normalise_code(value: Optional[str]) -> Optional[str]:
    """'FR', 'fr-CA', 'fr_FR' → 'fr'; None when the value is not a language code."""
    match = _CODE.match((value or "").strip().lower())
    return match.group(1) if match else None


@lru_cache(maxsize=1)
def _identifier():
    # imported here: loading the model takes most of a second, and only ingest needs it
    from py3langid.langid import MODEL_FILE
    from recoupe.ingest.language_walk import WindowedIdentifier
    identifier = WindowedIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # the model ships its weights as float16, which every scoring converts to float32 again (a third
    # of identify's time): converted once, the scores are the same to the bit
    identifier.nb_ptc = identifier.nb_ptc.astype(numpy.float32)
    return identifier


def identify(text: str) -> tuple[Optional[str], float]:
    """The language the text reads as and how sure that is; (None, 0.0) for too little text."""
    opening = text[:OPENING_CHARS]
    # counted up to the minimum only: findall built a string per letter of the opening
    if sum(1 for _ in islice(_LETTER.finditer(opening), MIN_LETTERS)) < MIN_LETTERS:
        return None, 0.0
    code, probability = _identifier().classify(opening)
    return code, float(probability)


def decide(stated: Optional[str], text: str) -> Language:
    """The language to analyse ``text`` as, given what its source states."""
    code = normalise_code(stated)
    note = None
    if stated and code is None:
        note = f"language value {stated!r} is not a language code; ignored"
    detected, probability = identify(text)
    if detected is None or probability < CONFIDENT:
        return Language(code or DEFAULT_LANGUAGE, note)
    if code and code != detected:
        note = f"stated language {code!r} but the text reads as {detected!r} ({probability:.2f}); taken as {detected!r}"
    return Language(detected, note)
