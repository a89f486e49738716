"""Streets, squares and named stretches of land: "place Jean-Moulin", "côte de Castelnau".

The statistical NER reads the proper name after the common noun alone, often as a person
("place Jean Moulin" -> Jean Moulin) or a town. The common noun and its name are one place,
and they win over any name inside them.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from recoupe.analyse.entity_spans import Candidate, _hyphen_part
from recoupe.analyse.extensions import positions
from recoupe.resources import load_json

#: above a person's full name: "place Jean-Moulin" is not a mention of Jean Moulin
STREET = 4.5
#: the most link words between the head and its name ("de la", "de l'")
MAX_LINKS = 2


def street_candidates(doc: Doc) -> Iterator[Candidate]:
    table = load_json(doc.lang_, "entities_streets")
    heads = {tuple(h.split()) for h in table["heads"]}
    links, articles = frozenset(table["links"]), frozenset(table["articles"])
    article_only, indefinites = frozenset(table["article_only"]), frozenset(table["indefinites"])
    for i in positions(doc, {h[0] for h in heads}):
        head = next((h for h in sorted(heads, key=len, reverse=True)
                     if tuple(t.lower_ for t in doc[i:i + len(h)]) == h), None)
        if head is None or not doc[i].is_lower:   # "Côte d'Ivoire" is a country
            continue
        if i > 0 and doc[i - 1].lower_ in indefinites:
            continue                  # "une rue de Lyon": a street of the town, not its name
        end = i + len(head)
        linked = end
        while linked < len(doc) and linked - end < MAX_LINKS and doc[linked].lower_ in links:
            linked += 1
        numbered = linked == end and linked < len(doc) and doc[linked].is_digit   # "route nationale 7"
        if linked >= len(doc) or not (doc[linked].text[:1].isupper() or numbered):
            continue
        if head[0] in article_only and linked > end and not articles & {t.lower_ for t in doc[end:linked]}:
            continue                  # "la place de Dupont": his position, not a square
        stop = linked + numbered
        while not numbered and stop < len(doc) and (doc[stop].text[:1].isupper() or stop > linked and _hyphen_part(doc, stop)):
            stop += 1
        name = doc[i:stop].text
        # "place Jean Moulin" and "place Jean-Moulin" are one square
        key = "LOC|" + " ".join(name.lower().replace("-", " ").replace("\u2019", "'").split())
        yield Candidate(i, stop, "LOC", key, name, STREET, container=True)
