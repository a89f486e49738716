"""The State written with its capital ("l'État", "l'Etat français"): a mention of the country, the one
its adjective names, else the one the article names most, else the press's own country."""
from __future__ import annotations

from spacy.tokens import Doc

from recoupe.analyse.entity_candidate import PATTERN, Candidate
from recoupe.analyse.entity_lexicon import word_set
from recoupe.analyse.entity_streets import country_named_most
from recoupe.analyse.extensions import positions
from recoupe.analyse.gazetteer import Gazetteer
from recoupe.resources import load_json


def state_mentions(doc: Doc, gaz: Gazetteer, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates for "l'État" after an elided article, capitalised, not inside another name, with nothing
    after it that makes it another state or another body ("l'État de droit", "l'État islamique", "l'État
    membre", "l'État-major"): a noun or an adjective after it is the country's adjective or nothing."""
    table = load_json(doc.lang_, "entities_state_nouns") | load_json(doc.lang_, "entities_state_institutions")
    elided, links = frozenset(table["elided"]), frozenset(table["complement_links"])
    titles = word_set(doc.lang_, "entities_titles")
    taken = {i for c in candidates for i in range(c.start, c.end)}
    home: list = []   # the article's own country, counted once when first needed
    found = []
    for i in positions(doc, frozenset(table["nouns"])):
        if i == 0 or i in taken or not doc[i].text[:1].isupper() or doc[i - 1].lower_ not in elided \
                or _titled(doc, i - 1, links, titles):
            continue
        after = doc[i + 1] if i + 1 < len(doc) else None
        country, end = None, i + 1
        if after is not None and (after.lower_ in links or after.text[:1].isupper() or after.text[:1] == "-"):
            continue
        if after is not None and after.pos_ in ("NOUN", "ADJ", "PROPN"):
            country, end = gaz.nationality.get(after.lower_), i + 2
            if country is None:
                continue
        if country is None:
            home = home or [country_named_most(doc, gaz, candidates, table["default_country"])]
            country = home[0]
        if country:
            found.append(Candidate(i - 1, end, "GPE", f"GPE|{country}", country, PATTERN, "alias"))
    return found


def _titled(doc: Doc, article: int, links: frozenset[str], titles: frozenset[str]) -> bool:
    """Whether a title governs the State ("le chef de l'État"): the title's complement names its holder."""
    return article > 1 and doc[article - 1].lower_ in links and doc[article - 2].lower_ in titles
