"""Lists of counted things: in '9 drones, un hélicoptère et un avion' the bare 'un' counts
one item of an enumeration, where elsewhere it is mostly an article."""
from __future__ import annotations

from spacy.tokens import Token

from recoupe.analyse.numbers import multiplier_value


def enumerated(head: Token) -> bool:
    """'9 drones, un hélicoptère et un avion': 'un' counts in a list of counted things."""
    root = head
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    # the parser may attach the list as conjuncts or as several objects of one verb
    heads = [root, *(c for c in root.head.children if c.dep_ == root.dep_ and root.dep_ in ("obj", "nsubj"))]
    members = [m for h in heads for m in (h, *(c for c in h.children if c.dep_ == "conj"))]
    # a list is coordinated somewhere ('..., un pistolet et une grenade'); with no 'et' the 'un'
    # opens an apposition the parser hangs on the verb too ('250 pompiers, une aide rare')
    opens_aside = not any(m.dep_ == "conj" for m in members)
    # a bare noun phrase like the head ('un gouvernement de 25 ministres' nests, not lists)
    return head.dep_ != "obl:agent" and not opens_aside and any(
        m is not head and not any(c.dep_ == "case" for c in m.children)
        and any(c.dep_ == "nummod" for c in m.children) for m in members)


#: the unit of a bare amount ('20 milliards') until a neighbouring figure names its currency
PENDING = "\x00amount"
#: how far (characters) a money figure may stand from a bare amount and still name its currency
_AMOUNT_REACH = 600


def elliptic_amounts(found: list[dict], currencies: set[str]) -> list[dict]:
    """'10 milliards d'euros ... un effort de 20 milliards': a bare amount takes the currency of
    the nearest money figure before it, else after it (a title announcing '100 millions' before
    the body names the dollars); with no money figure within reach it is no figure. One pass
    each way over the figures, not over the tokens."""
    pending = [n for n, f in enumerate(found) if f["unit"] == PENDING]
    if not pending:
        return found
    for order in (range(len(found)), range(len(found) - 1, -1, -1)):
        last = None
        for n in order:
            unit = found[n]["unit"]
            if unit != PENDING and unit.split()[0] in currencies:
                last = found[n]
            elif unit == PENDING and last is not None and _near(found[n], last):
                found[n]["unit"] = last["unit"]
    return [f for f in found if f["unit"] != PENDING]


def _near(figure: dict, other: dict) -> bool:
    return abs(figure["span"].start - other["span"].start) <= _AMOUNT_REACH


def scaled_bounds(found: list[dict], text: str, links: dict, lang: str) -> list[dict]:
    """'de 15 millions à 1 milliard d'euros': two amounts each with its own scale word are the
    two bounds of a range, kept as two figures: the lower 'at_least', in the upper's unit, the
    upper 'up_to'. ('de 2 à 3 millions' shares one scale: one range; after a word of change
    'passé de 4 millions à 1 milliard' gives two levels, each exact.)"""
    for lower, upper in zip(found, found[1:]):
        words = lower["span"].text.split()
        before = text[:lower["span"].start].split()[-2:]
        if len(before) < 2 or before[-1].lower() not in links["bounds_from"] \
                or text[lower["span"].end:upper["span"].start].strip().lower() not in links["bounds_to"]:
            continue
        if before[0].lower().startswith(tuple(links["changes"])) or multiplier_value(words[-1].lower(), lang) is None \
                or not (upper["value"] or 0) > (lower["value"] or 0) or {lower["qualifier"], upper["qualifier"]} != {"exact"}:
            continue
        lower.update(qualifier="at_least", unit=upper["unit"])
        upper["qualifier"] = "up_to"
    return found
