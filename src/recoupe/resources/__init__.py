"""Language data as small files: word lists and tables, never logic.

``resources/<lang>/<name>.txt`` holds one entry a line (``#`` starts a comment);
``resources/<lang>/<name>.json`` holds structured tables. ``common`` holds what
does not depend on the language (share buttons, site widgets).
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources as _res
from typing import Any


def _path(lang: str, name: str):
    return _res.files(__name__).joinpath(lang, name)


@lru_cache(maxsize=None)
def load_lines(lang: str, name: str) -> tuple[str, ...]:
    """Entries of ``<lang>/<name>.txt``: stripped, without blanks and comments."""
    text = _path(lang, f"{name}.txt").read_text(encoding="utf-8")
    lines = (line.split(" #", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=None)
def load_json(lang: str, name: str) -> Any:
    """The table in ``<lang>/<name>.json``."""
    return json.loads(_path(lang, f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def available(lang: str, name: str) -> bool:
    """Whether ``<lang>`` has the list or table ``name``: asked per line by the cleaning
    rules, so the answer is kept (the files ship with the package and do not change)."""
    return _path(lang, f"{name}.txt").is_file() or _path(lang, f"{name}.json").is_file()
