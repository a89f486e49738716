"""People's names inside one document: the surnames a full name may be written by, its given name,
a full name that ends a longer one, and full names written again where the recogniser missed them.
``coref`` keys people with them."""
from __future__ import annotations

from spacy.tokens import Doc

from recoupe.analyse.entity_people import CAPITAL_PARTICLES, NAME_LINKS
from recoupe.analyse.entity_spans import Candidate
from recoupe.analyse.extensions import doc_text


def name_tails(full: dict[str, int]) -> dict[str, str]:
    """Full names that end a longer one after a space or a hyphen ("Hachemi Mazighi" in "Ahmed
    El-Hachemi Mazighi"), each to the one longer name it ends."""
    tails: dict[str, list[str]] = {}
    for short in full:
        for name in full:
            if name != short and (name.endswith(" " + short) or name.endswith("-" + short)):
                tails.setdefault(short, []).append(name)
    return {short: names[0] for short, names in tails.items() if len(names) == 1}


def surnames_of(name: str) -> list[str]:
    """The last word of a full name, and the surname its particle opens ("Mark Van de Voorde": "Voorde",
    "Van de Voorde"): the text may name the person by either."""
    words = name.split()
    found = [words[-1]]
    opening = next((k for k in range(1, len(words) - 1) if words[k] in CAPITAL_PARTICLES
                    or words[k] in NAME_LINKS), None)
    if opening is None:
        return found
    surname = " ".join(words[opening:])
    # "Charles de Gaulle": "De Gaulle" opening a sentence is the same surname
    return found + [surname, surname[:1].upper() + surname[1:]] if words[opening] in NAME_LINKS \
        else found + [surname]


#: lowercase particles of French surnames ("Charles de Gaulle", "Jean de La Fontaine")


def first_names(full: dict[str, int], surnames: dict) -> dict[str, str]:
    """The first word of each full name that is nobody's surname and starts one name only."""
    firsts: dict[str, list[str]] = {}
    for name in full:
        firsts.setdefault(name.split()[0], []).append(name)
    return {first: names[0] for first, names in firsts.items() if len(names) == 1 and first not in surnames}


def full_names_missed(doc: Doc, candidates: list, covered: set[int], honorifics: frozenset[str]) -> list:
    """A person's full name written again where the recogniser missed it ("Marine Le Pen" opening a
    later sentence, its given name tagged a noun)."""
    names = {c.span(doc).text for c in candidates if c.type == "PERSON" and c.end - c.start > 1
             and not any(t.text in honorifics for t in c.span(doc))}
    text, found = doc_text(doc), []   # doc.text joins every token again
    for name in names:
        at = text.find(name)
        while at >= 0:
            span = doc.char_span(at, at + len(name))
            if span is not None and not any(i in covered for i in range(span.start, span.end)):
                found.append(Candidate(span.start, span.end, "PERSON", "", name, 1))
            at = text.find(name, at + len(name))
    return found
