"""Regular inflection of a word by its ending (resources/<lang>/inflections.json): the feminine
and plural forms of an adjective, a plural noun's singular. Only the spelling of endings: the
irregular words a rule gets wrong are listed where they matter, or read from the tagger's lemma."""
from __future__ import annotations

from functools import lru_cache

from recoupe.resources import load_json


@lru_cache(maxsize=None)
def _rules(lang: str, form: str) -> tuple[tuple[str, str, int], ...]:
    return tuple((ending, replacement, shortest[0] if shortest else 0)
                 for ending, replacement, *shortest in load_json(lang, "inflections")[form])


def inflect(word: str, lang: str, form: str) -> str:
    """``word`` in ``form`` ('feminine', 'plural', 'singular'): the first rule whose ending it has."""
    for ending, replacement, shortest in _rules(lang, form):
        if word.endswith(ending) and len(word) >= shortest:
            return word[:len(word) - len(ending)] + replacement
    return word


def adjective_forms(masculine: str, lang: str) -> dict[str, str]:
    """The four forms of a regular adjective, keyed by gender+number ('ms', 'fp'...)."""
    feminine = inflect(masculine, lang, "feminine")
    return {"ms": masculine, "fs": feminine, "mp": inflect(masculine, lang, "plural"),
            "fp": inflect(feminine, lang, "plural")}
