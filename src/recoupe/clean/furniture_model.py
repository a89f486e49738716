"""A trained classifier of page-furniture lines, asked after the rules.

The rules know the phrasings they were written from; a page printing its widgets, captions or
labels in other words keeps them. This linear model (``models/<lang>/furniture/model.json``, trained
by ``make train-furniture`` on the invented passages of ``training/furniture_<lang>``) rates each line
the rules kept from the words and shape of the line and its neighbours (``clean.line_features``); a
line it rates furniture above the threshold chosen on the passages' held-out split is removed as
``model_furniture``. A line of prose (several sentences, or one long one) is never asked, nor is a sentence cut off
or a piece of a paragraph wrapped over several lines: the model judges lines standing alone, as
furniture stands.

The model is used when its file says ``"enabled": true``; ``RECOUPE_FURNITURE_MODEL=on|off`` overrides
that (the comparison of the model against the rules alone runs the same code both ways).
"""
from __future__ import annotations

import json
import math
import os
import re
from functools import lru_cache
from importlib import resources
from typing import Optional, Sequence

from recoupe.clean.line_features import line_features
from recoupe.ingest.header import is_prose

RULE_NAME = "model_furniture"
SWITCH = "RECOUPE_FURNITURE_MODEL"
#: a second sentence makes a paragraph of prose, which the model never judges
_SECOND_SENTENCE = re.compile(r"[.!?…][»”\"]?\s+[«“\"]?\w")
#: one sentence this long, closed by a stop, is prose (a caption this long ends on its credit, not a stop)
MIN_PROSE_WORDS = 15
_STOPS = (".", "!", "?", "…", ".»", ". »", ".”", "!»", "?»")
#: a line this long ending in a word or a comma is a sentence cut off, not a label
MIN_CUT_WORDS = 10


class FurnitureModel:
    """Weights of a logistic regression over ``line_features``, and the threshold of removal."""

    def __init__(self, weights: dict[str, float], threshold: float, enabled: bool = True):
        self.weights, self.threshold, self.enabled = weights, threshold, enabled

    def probability(self, line: str, above: Optional[str] = None, below: Optional[str] = None) -> float:
        """How likely ``line`` is furniture, between ``above`` and ``below``."""
        score = sum(self.weights.get(f, 0.0) for f in line_features(line, above, below))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def is_furniture(self, line: str, above: Optional[str] = None, below: Optional[str] = None) -> bool:
        return self.probability(line, above, below) >= self.threshold

    @classmethod
    def from_json(cls, data: dict) -> "FurnitureModel":
        return cls(data["weights"], data["threshold"], data.get("enabled", True))


@lru_cache(maxsize=None)
def model_for(lang: str) -> Optional[FurnitureModel]:
    """The language's shipped model, or None when there is none."""
    path = resources.files("recoupe.models").joinpath(lang, "furniture", "model.json")
    if not path.is_file():
        return None
    return FurnitureModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def active_model(lang: str) -> Optional[FurnitureModel]:
    """The model when it is switched on (file setting, overridden by the environment)."""
    model = model_for(lang)
    switch = os.environ.get(SWITCH, "").strip().lower()
    on = model is not None and (switch == "on" or (switch != "off" and model.enabled))
    return model if on else None


def standing_alone(texts: Sequence[str], blocks: Sequence[int], i: int) -> bool:
    """Line ``i`` may be furniture as far as its form goes: not prose (two sentences, or one long sentence
    closed by a stop), not a sentence cut off (a long line ending in a word or a comma: the page's end or a
    line break fell inside it), not a piece of a paragraph wrapped over several lines (a line of the same
    paragraph opening in lower case continues the sentence before it)."""
    text = texts[i].strip()
    words = len(text.split())
    if _SECOND_SENTENCE.search(text) or (words >= MIN_PROSE_WORDS and text.endswith(_STOPS)):
        return False
    if words >= MIN_CUT_WORDS and (text[-1].islower() or text[-1] == ","):
        return False
    continues = i > 0 and blocks[i - 1] == blocks[i] and text[:1].islower()
    continued = i + 1 < len(texts) and blocks[i + 1] == blocks[i] and texts[i + 1].lstrip()[:1].islower()
    return not (continues or continued)


def _between_prose(above: Optional[str], below: Optional[str]) -> bool:
    """A short line between two paragraphs of prose: an in-article subheading, which the rules judge (a
    subheading is furniture unless it quotes, and pages' annotators split on it), not the model."""
    return above is not None and below is not None and is_prose(above) and is_prose(below)


def mark_model_furniture(body: list, original: str, lang: str) -> None:
    """Mark as ``model_furniture`` the kept lines of ``body`` (``clean.noise.Line``) the model rates furniture."""
    model = active_model(lang)
    if model is None or not body:
        return
    texts = [line.text(original) for line in body]
    blocks = [line.block for line in body]
    for i, line in enumerate(body):
        above = texts[i - 1] if i > 0 else None
        below = texts[i + 1] if i + 1 < len(texts) else None
        if line.removed_by or not standing_alone(texts, blocks, i) or _between_prose(above, below):
            continue
        if model.is_furniture(texts[i], above, below):
            line.removed_by = RULE_NAME
