"""French number parsing as pure functions: digits, number words, multipliers, shares.

The vocabulary lives in ``resources/<lang>/numbers_words.json``; these functions only
combine it. They read words already split by the tokenizer (lower case expected) and
return floats, or None when the words do not form a number.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from recoupe.resources import load_json, load_lines

#: "4 500", "100 000", "2,3", "1.500.000", Swiss "12'500": digit groups with French separators;
#: a leading sign marks a change ("+1,2 %", "-3,6 %"), which keeps its sign
_DIGITS = re.compile(r"^[+\-\u2212]?(?:\d{1,3}(?:[ .'\u2019\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)$")
#: "38.8", "+0.25": a point followed by one or two digits (English style, common in African and
#: Canadian copy) is a decimal point, never a thousands separator
_POINT_DECIMAL = re.compile(r"^[+\-\u2212]?\d+\.\d{1,2}$")
#: '685M€', '1,2Md$': digits, a scale abbreviation and a currency symbol written as one word
_GLUED_AMOUNT = re.compile(r"^(\d+(?:,\d+)?)([A-Za-z]{1,4})(\W{1,2}|[A-Z]{3})$")
#: 'M€' after '44 ': the same abbreviation and symbol as a word of their own
_SCALE_SYMBOL = re.compile(r"^([A-Za-z]{1,4})(\W{1,2}|[A-Z]{3})$")
_SEPARATORS = str.maketrans({" ": None, ".": None, "'": None, "\u2019": None, "\u202f": None,
                             ",": ".", "\u2212": "-"})


def _words(lang: str) -> dict:
    return load_json(lang, "numbers_words")


def digit_value(text: str) -> Optional[float]:
    """The value of a written number: '4 500' -> 4500, '2,3' -> 2.3; None if not digits."""
    text = text.strip()
    # past 15 digits a float no longer holds the number (and 5,000 digits would be Infinity):
    # such a string is a code or an identifier, not a figure
    if _POINT_DECIMAL.match(text):      # '38.8': a thousands group has three digits, this is a decimal
        return float(text.replace("\u2212", "-"))
    if not _DIGITS.match(text) or sum(c.isdigit() for c in text) > 15:
        return None
    return float(text.translate(_SEPARATORS))


def half_after(words: Sequence[str], lang: str) -> bool:
    """'et demi' after a scale word: half of it more ('deux millions et demi')."""
    return len(words) == 2 and is_and(words[0], lang) and words[1] in _words(lang).get("half_after_scale", ())


def is_and(word: str, lang: str = "fr") -> bool:
    """The word joining a compound number's parts ('vingt et un')."""
    return word.lower() == _words(lang)["and"]


def is_one(word: str, lang: str = "fr") -> bool:
    """'un', 'une': one, and the indefinite article."""
    return word.lower() in _words(lang)["one"]


def is_ordinal(word: str, lang: str = "fr") -> bool:
    """'septième', 'dixièmes': the ending of an ordinal, also of a share noun."""
    return word.lower().endswith(tuple(_words(lang)["ordinal_endings"]))


def is_share_article(word: str, lang: str = "fr") -> bool:
    """'la', 'le' before a share noun ('la moitié')."""
    return word.lower() in _words(lang)["share_articles"]


def is_share_of(word: str, lang: str = "fr") -> bool:
    """'du' before a share noun a qualifier reads ('plus du tiers')."""
    return word.lower() in _words(lang)["share_of"]


def is_digit_group(text: str) -> bool:
    """A three-digit group that continues a number written with spaces ('500' in '4 500')."""
    return len(text) == 3 and text.isdigit()


def is_closing_group(text: str) -> bool:
    """A three-digit group with its decimals, which ends a number written with spaces ('494,4' in
    '12 494,4'): the tokenizer keeps it apart from the groups before it."""
    return _CLOSING_GROUP.match(text) is not None


_CLOSING_GROUP = re.compile(r"^\d{3},\d+$")


def _split(word: str, lang: str) -> Optional[list[str]]:
    """Hyphenated compounds into known parts ('quatre-vingt-dix' -> ['quatre-vingt', 'dix'])."""
    table = _words(lang)["units"]
    parts, rest = [], word.split("-")
    while rest:
        for size in range(len(rest), 0, -1):
            piece = "-".join(rest[:size])
            if piece in table or piece in _words(lang)["multipliers"]:
                parts.append(piece)
                rest = rest[size:]
                break
        else:
            return None
    return parts


def is_number_word(word: str, lang: str = "fr") -> bool:
    """True for cardinal words and their hyphenated compounds ('dix-huit'), not the joining word ('et')."""
    return bool(word) and word != "-" and _split(word.lower(), lang) is not None


def word_value(words: Sequence[str], lang: str = "fr") -> Optional[float]:
    """The value of cardinal words: ['vingt', 'et', 'un'] -> 21, ['deux', 'millions'] -> 2e6."""
    units, multipliers = _words(lang)["units"], _words(lang)["multipliers"]
    total = current = 0.0
    seen = False
    for word in words:
        word = word.lower()
        if seen and is_and(word, lang):
            continue
        parts = _split(word, lang)
        if parts is None:
            return None
        for part in parts:
            seen = True
            if part in multipliers:
                total += max(current, 1.0) * multipliers[part]
                current = 0.0
            elif units[part] == 100:
                current = max(current, 1.0) * 100
            else:
                current += units[part]
    return total + current if seen else None


def multiplier_value(word: str, lang: str = "fr") -> Optional[float]:
    """mille / million(s) / milliard(s) -> their factor."""
    return _words(lang)["multipliers"].get(word.lower())


def fraction_value(word: str, lang: str = "fr") -> Optional[float]:
    """The share one part names: 'tiers' -> 0.3333, 'quart' -> 0.25, 'moitié' -> 0.5."""
    return _words(lang)["fractions"].get(word.lower())


def approximate_value(word: str, lang: str = "fr") -> Optional[float]:
    """Collective numerals: 'centaine' -> 100, 'millier' -> 1000; plural forms too."""
    table = _words(lang)["approximate"]
    word = word.lower()
    return table.get(word, table.get(word[:-1]) if word.endswith("s") else None)


def is_percent(words: Sequence[str], lang: str = "fr") -> bool:
    """True when the words after a number make it a percentage ('%', 'pour cent')."""
    written = " ".join(words)
    lowered = written.lower()
    return lowered in load_lines(lang, "numbers_percent") and (written == lowered or not lowered.isalpha())


def scale_symbol(text: str, currencies: dict, lang: str = "fr") -> Optional[tuple[float, str]]:
    """'M€' -> (1e6, 'euro'), 'Mds$' -> (1e9, 'dollar'); None for anything else ('m', 'km')."""
    match = _SCALE_SYMBOL.match(text)
    return _scaled(1.0, match.group(1), match.group(2), currencies, lang) if match else None


def glued_amount(text: str, currencies: dict, lang: str = "fr") -> Optional[tuple[float, str]]:
    """'685M€' -> (6.85e8, 'euro'), '1,2Md€' -> (1.2e9, 'euro'); None for '50km' or '4x4'."""
    match = _GLUED_AMOUNT.match(text)
    if match is None:
        return None
    return _scaled(float(match.group(1).replace(",", ".")), match.group(2), match.group(3), currencies, lang)


def _scaled(value: float, scale: str, symbol: str, currencies: dict, lang: str) -> Optional[tuple[float, str]]:
    factor = _words(lang)["abbreviated"].get(scale)
    unit = currencies.get(symbol)
    return (value * factor, unit) if factor is not None and unit is not None else None
