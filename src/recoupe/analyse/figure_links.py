"""Tokens that a word or a mark links into one figure: ranges ('10 à 15 otages' is at
least 10), ratios ('un TGV sur trois' is a third), 'un seul', partitives ('trois de ses
soldats') and compounds the tokenizer split ('Quarante-quatre'). The linking words are the
language's (``resources/<lang>/figures_links.json``)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Optional

from spacy.tokens import Doc, Token

from recoupe.analyse.numbers import digit_value

#: prepositions that open a partitive ('six des 11 drones')
OF = {"de", "d'", "des", "du"}
#: dashes typeset for a minus sign; the tokenizer splits them from the digits a hyphen stays glued to
_MINUS_DASHES = {"\u2013", "\u2212"}
#: a cardinal reader: (doc, start) -> (end, value or None)
Cardinal = Callable[[Doc, int], tuple[int, Optional[float]]]


def ranged(core: Any, upper: Any, upper_raw: float) -> Any:
    """The lower bound of a range, counted like its upper bound: '14 et 16 %' is 14 %,
    '2 à 3 millions' two million; the figure spans both numbers."""
    # the scale is a round factor ('milliard', '%'): 1.1e9 / 1.1 leaves float noise (999999999.9999999)
    scale = float(f"{upper.value / upper_raw:.12g}") if upper_raw else 1.0
    return replace(upper, start=core.start, value=_in_thousands(core.value, upper_raw) * scale, qualifier="at_least")


def _in_thousands(lower: float, upper_raw: float) -> float:
    """'10 à 12 000 billets', Swiss '8 à 9'000': a lower bound written without its thousands
    when, read in thousands, it falls just under the upper bound (within a factor of ten)."""
    if lower < 1000 <= upper_raw and upper_raw % 1000 == 0 and upper_raw / 10 <= lower * 1000 <= upper_raw:
        return lower * 1000
    return lower


def is_range_link(doc: Doc, core: Any, links: dict) -> bool:
    return core.end + 1 < len(doc) and doc[core.end].lower_ in links["range"]


def between(doc: Doc, core: Any, links: dict) -> bool:
    """'entre 150 et 170', 'entre 12 000 à 15 000': a range opened by its own word."""
    return core.start > 0 and doc[core.start - 1].lower_ in links["between"]


def from_to(doc: Doc, core: Any, links: dict) -> bool:
    """'passant de 52 à 63 millions', 'grimpé de 12 à 15 %': after a word of change and 'de',
    'X à Y' gives the level before and the level after, not a range."""
    k = core.start - 1
    if k < 1 or doc[k].lower_ not in ("de", "d'") or doc[core.end].lower_ != "à":
        return False
    return doc[k - 1].lemma_.lower() in links["changes"] or doc[k - 1].lower_ in links["changes"]


def ratio_divisor(doc: Doc, at: int, value: float, cardinal: Cardinal, links: dict) -> tuple[int, Optional[float]]:
    """'sur trois' after 'un TGV': the end and the divisor of a ratio at ``at``, when the
    divisor is larger, counts the same thing (no other noun follows it) and is a base of
    proportions ('un sur trois', 'sept sur dix'). Out of any other total ('onze élus sur 15',
    '95 emplois sur 824') the first number counts a part of a known set, whose size is a
    figure of its own."""
    if at + 1 >= len(doc) or doc[at].lower_ not in links["ratio"]:
        return at, None
    end, divisor = cardinal(doc, at + 1)
    if divisor is None or divisor <= value or (end < len(doc) and doc[end].pos_ == "NOUN") \
            or divisor not in links["ratio_bases"]:
        return at, None
    return end, divisor


def rate_base(doc: Doc, at: int, cardinal: Cardinal, links: dict) -> Optional[int]:
    """'passant de 214 à 198 pour 100 000 habitants': a number with no noun of its own, then
    'pour', a round base and a noun, is a rate; the base and its noun belong to the figure (the
    base counts nothing). Returns the position of the base's noun, or None."""
    if at + 2 >= len(doc) or doc[at].lower_ not in links["rate"]:
        return None
    end, base = cardinal(doc, at + 1)
    if base is None or base not in links["rate_bases"] or end >= len(doc) or doc[end].pos_ != "NOUN":
        return None
    return end


def rated_noun(doc: Doc, at: int, links: dict) -> Optional[Token]:
    """The noun a rate counts, named by 'le taux de …' earlier in its sentence ('le taux de visites
    a reculé, passant de 214 à 198 pour 100 000 habitants' counts visits), or None."""
    sentence_start = doc[at].sent.start
    for k in range(at - 1, sentence_start + 1, -1):
        if doc[k - 2].lower_ in links["rate_nouns"] and doc[k - 1].lower_ in links["bounds_from"] and doc[k].pos_ == "NOUN":
            return doc[k]
    return None


def glued_minus(doc: Doc, start: int) -> bool:
    """'(–7,37 %)', ' –2 points': a dash glued to the number and standing apart from the word before it
    is a minus sign, like '-3 %'; '2–3 %' is a range."""
    if start == 0 or doc[start - 1].text not in _MINUS_DASHES or doc[start - 1].whitespace_:
        return False
    return start == 1 or bool(doc[start - 2].whitespace_) or doc[start - 2].is_left_punct


def says_only_one(doc: Doc, core: Any, links: dict) -> bool:
    return core.end < len(doc) and doc[core.end].lower_ in links["only_one"]


def hyphen_inside(doc: Doc, k: int, start: int) -> bool:
    """The hyphen of a compound number word the tokenizer split ('Quarante-quatre')."""
    return k > start and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def past_partitive(doc: Doc, j: int) -> int:
    """Where the counted noun of a partitive starts: 'six des 11 drones', 'trois de ses
    soldats', 'deux de ces navires' count the noun after the determiner; else ``j``."""
    if j + 1 >= len(doc) or doc[j].lower_ not in OF:
        return j
    following = doc[j + 1]
    if doc[j].lower_ == "des" and following.like_num and j + 2 < len(doc):
        return j + 2
    if doc[j].lower_ == "des" and following.pos_ == "NOUN":
        return j + 1
    known = following.pos_ == "DET" and ("Yes" in following.morph.get("Poss") or "Dem" in following.morph.get("PronType"))
    if not (doc[j].lower_ in ("de", "d'") and known and j + 2 < len(doc)):
        return j
    # 'deux de ses cinq usines': the whole set's size is part of the partitive, not a second figure
    return j + 3 if doc[j + 2].like_num and j + 3 < len(doc) else j + 2


def echoed(doc: Doc, start: int, end: int, value: float) -> int:
    """'Vingt-quatre (24) personnes': a number in words repeated in figures between brackets is
    one number; the end moves past the brackets (a different number there is an aside)."""
    if doc[start].like_num and doc[start].text[:1].isdigit() or end + 2 >= len(doc):
        return end
    opening, echo, closing = doc[end:end + 3]
    if opening.text == "(" and closing.text == ")" and digit_value(echo.text) == value:
        return end + 3
    return end


def code(token: Token) -> bool:
    """A letter or two naming a line, a class or a category ('L', 'IC', 'B'), whatever the parse
    calls it (a lone capital is often read as an article)."""
    return token.is_upper and token.is_alpha and len(token) <= 2


#: quotation marks that may enclose a number apart from the noun it counts ('« plus de 50 » otages')
_OPENING, _CLOSING = ("«", "\"", "“"), ("»", "\"", "”")


def quoted_number(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'« plus de 50 » otages': a number quoted on its own still counts the noun after the closing
    mark; the figure takes in both marks."""
    if 0 < start and end < len(doc) and doc[start - 1].text in _OPENING and doc[end].text in _CLOSING:
        return start - 1, end + 1
    return start, end


def quoted_noun(doc: Doc, j: int) -> int:
    """'32 « bandits »': one word quoted after the number is still the noun it counts (the writer
    sets the word apart, not the count); where that word stands, else ``j``."""
    if j + 2 < len(doc) and doc[j].text in _OPENING and doc[j + 1].is_alpha and doc[j + 2].text in _CLOSING:
        return j + 1
    return j
