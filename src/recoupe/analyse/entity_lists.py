"""Names listed together are of one kind: "à Lille, Kessdorf, Arras et Douai" lists towns, "Marc
Tessier, Paul Roux ou encore Djibrilo" lists people. The statistical recogniser types each name on
its own and often mislabels the one it does not know (a foreign town read as a person, a player's
single name as an organisation); the members the list is sure of settle the type of the others.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from recoupe.analyse.entity_spans import FULL_NAME, MODEL, Candidate
from recoupe.resources import load_json

#: the fewest members of a list whose sure members type the others
LIST_MEMBERS = 3
#: the fewest sure members of one type that make the list's type
SURE_MEMBERS = 2
#: the types a listed member may be retyped from (a weapon or an event in a list is left alone)
_RETYPABLE = ("ORG", "PERSON", "GPE")


@lru_cache(maxsize=None)
def _words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    table = load_json(lang, "entities_list_words")
    return frozenset(table["separators"]), frozenset(table["place_openers"])


def type_lists(doc: Doc, candidates: list[Candidate]) -> None:
    """Retype the unsure members of each list of names to the type its sure members share."""
    separators, openers = _words(doc.lang_)
    retyped = {}
    for members in _lists(doc, candidates, separators):
        type_ = _list_type(doc, members, openers)
        for cand in members if type_ else ():
            if _unsure(cand, type_) and cand.type != type_:
                retyped[cand.name] = type_
    for cand in candidates if retyped else ():   # the same name written alone elsewhere
        type_ = retyped.get(cand.name)
        if type_ and _unsure(cand, type_) and cand.type != type_:
            cand.type, cand.key = type_, f"{type_}|{cand.name}"


def _lists(doc: Doc, candidates: list[Candidate], separators: frozenset[str]) -> list[list[Candidate]]:
    """Runs of names with only separators between them, in one sentence, of LIST_MEMBERS or more."""
    ordered, reach = [], -1
    for cand in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if cand.end > reach:          # not a name inside the one before
            ordered.append(cand)
            reach = cand.end
    runs, run = [], ordered[:1]
    for before, cand in zip(ordered, ordered[1:]):
        between = doc[before.end:cand.start]
        if len(between) and all(t.lower_ in separators for t in between) and not _line_break(doc, before, cand):
            run.append(cand)
            continue
        runs.append(run)
        run = [cand]
    runs.append(run)
    return [r for r in runs if len(r) >= LIST_MEMBERS]


def _line_break(doc: Doc, before: Candidate, cand: Candidate) -> bool:
    """Whether a line ends between two names: a list does not run over lines."""
    return any("\n" in t.whitespace_ for t in doc[before.start:cand.start])


def _list_type(doc: Doc, members: list[Candidate], openers: frozenset[str]):
    """GPE for a list of towns opened by a place preposition with two places in it at least; PERSON
    for a list with two full names of people at least; else None. The type must outnumber the others."""
    counts = {t: sum(c.type == t for c in members) for t in _RETYPABLE}
    first = members[0].start
    if first > 0 and doc[first - 1].lower_ in openers and counts["GPE"] >= SURE_MEMBERS \
            and counts["GPE"] >= max(counts.values()):
        return "GPE"
    people = sum(c.type == "PERSON" and c.priority >= FULL_NAME for c in members)
    if people >= SURE_MEMBERS and counts["PERSON"] > len(members) / 2:
        return "PERSON"
    return None


def _unsure(cand: Candidate, type_: str) -> bool:
    """A member the recogniser alone typed: a name, not one the gazetteer or a pattern knows. In a list
    of people, one word only (a single name); in a list of towns, a person's full name too."""
    if cand.kind != "name" or cand.trigger is not None or cand.type not in _RETYPABLE:
        return False
    if type_ == "PERSON":
        return cand.priority <= MODEL and cand.end - cand.start == 1
    return cand.priority <= MODEL or cand.type == "PERSON" and cand.priority == FULL_NAME
