"""Names typed by the common noun that describes them: "l'entreprise Dubois-Frères" (ORG), "le
cyclone Ilona" (EVENT), "la sonde spatiale Vesta" (WEAPON), "le quartier de la Roseraie" (LOC).

The statistical recogniser often misses or mislabels such names (a storm's first name read as a
person, a district as a town); the describing noun settles the type, and the same name written
alone later in the article keeps it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from spacy.attrs import ORTH, SHAPE
from spacy.tokens import Doc

from recoupe.analyse.entity_spans import GAZETTEER, MODEL, PATTERN, Candidate, _hyphen_part, _line_start
from recoupe.analyse.extensions import positions
from recoupe.analyse.entity_lexicon import word_set
from recoupe.resources import load_json

#: a preposition fused with the article: "du village", "au quotidien"
_CONTRACTED = ("du", "au", "des", "aux")
#: what joins a place noun to its name: "le district de Tolna", "le quartier du Moulin"
_COMPLEMENT = ("de", "d'", "d’", "du", "des")
#: articles between "de" and a name ("quartier de la Roseraie", "district de l'Ouest")
_ELIDED_ARTICLES = ("la", "l'", "l’")
#: the most words of a described name ("la fusée Longue Marche 5")
_NAME_TOKENS = 5
#: lowercase words inside a place's name ("les Hauts de la Combe", "Croix du Sud")
_PARTICLES = ("de", "du", "des", "la", "d'", "d’")


def retype_by_descriptor(doc: Doc, candidates: list[Candidate]) -> None:
    """A name right after a describing noun takes its type: "le village Kambala" (GPE), "la
    rivière Sarine" (LOC); a known name keeps its own. The same name written alone elsewhere in
    the article is that storm, probe or district too."""
    descriptors = load_json(doc.lang_, "entities_institutions")["descriptors"]
    described = {}
    for cand in candidates:
        if cand.start == 0 or cand.priority >= GAZETTEER or cand.kind != "name" or cand.trigger is not None:
            continue
        type_ = descriptor_type(doc, cand.start, cand.type, descriptors)
        if type_ and type_ != cand.type:
            cand.type, cand.key = type_, f"{type_}|{cand.name}"
        if type_:
            described[cand.name] = type_
    roads, bodies = _road_pattern(doc.lang_), word_set(doc.lang_, "entities_celestial_bodies")
    for cand in candidates:
        if cand.type != "LOC" and cand.priority < GAZETTEER and (_road(doc, cand, roads) or _body(doc, cand, bodies)):
            cand.type, cand.key = "LOC", f"LOC|{cand.name}"
    for cand in candidates if described else ():
        type_ = described.get(cand.name)
        if type_ and type_ != cand.type and cand.priority < GAZETTEER and cand.kind == "name":
            cand.type, cand.key = type_, f"{type_}|{cand.name}"
    _listed_with_places(doc, candidates)


#: what separates the members of a list of places: "le canal X, la Lys et la Haine"
_LIST_WORDS = (",", "et", "ou", "le", "la", "l'", "l’", "les")


def _listed_with_places(doc: Doc, candidates: list[Candidate]) -> None:
    """A name with an article listed beside a geographic place ("le canal X, la Lys et la
    Haine") is such a place too (a river, a mountain), not a town, which takes no article."""
    ordered, reach, listed = [], -1, set()
    for cand in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if cand.end > reach:          # not a name inside the one before ("canal Mons-Condé": not Condé)
            ordered.append(cand)
            reach = cand.end
    for pairs in (zip(ordered, ordered[1:]), reversed(list(zip(ordered[1:], ordered)))):   # a list either way
        for place, other in pairs:
            if place.type != "LOC" or other.type != "GPE" or other.priority > MODEL or other.kind != "name" \
                    or other.start == 0 or doc[other.start - 1].lower_ not in _ELIDED_ARTICLES + ("le",):
                continue
            between = doc[min(place.end, other.end):max(place.start, other.start)]
            if len(between) and all(t.lower_ in _LIST_WORDS for t in between):
                other.type, other.key = "LOC", f"LOC|{other.name}"
                listed.add(other.name)
    for cand in candidates:           # the same river named alone elsewhere
        if cand.name in listed and cand.type == "GPE" and cand.priority <= MODEL and cand.kind == "name":
            cand.type, cand.key = "LOC", f"LOC|{cand.name}"


@lru_cache(maxsize=4)
def _road_pattern(lang: str) -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    table = load_json(lang, "entities_institutions")
    codes, long = ("|".join(sorted(map(re.escape, table[k]), key=len, reverse=True)) for k in ("road_codes", "road_codes_long"))
    return re.compile(rf"(?:{codes}) ?\d{{1,4}}|(?:{long}) ?\d{{2,4}}"), frozenset(table["road_articles"]), \
        frozenset(table["road_words"])


def _road(doc: Doc, cand: Candidate, roads: tuple) -> bool:
    """A numbered road: "la N12", "l'A7" (a code after the article, not "Airbus A320"), or a
    road word with its number ("Nationale 7", "route départementale 12")."""
    code, articles, words = roads
    span = doc[cand.start:cand.end]
    if code.fullmatch(span.text):
        return cand.start > 0 and doc[cand.start - 1].lower_ in articles
    return span[0].lower_ in words and span[-1].is_digit


def _body(doc: Doc, cand: Candidate, bodies: frozenset[str]) -> bool:
    """A planet or star named alone, not a word of a longer capitalised name ("Cirque du Soleil")."""
    return cand.end - cand.start == 1 and doc[cand.start].text in bodies and cand.start > 0 \
        and not doc[cand.start - 1].is_title and not (cand.start > 1 and doc[cand.start - 2].is_title
                                                      and doc[cand.start - 1].lower_ in _PARTICLES)


def descriptor_type(doc: Doc, start: int, type_now: Optional[str], descriptors: dict) -> Optional[str]:
    """The type the describing noun before token ``start`` gives a name, if a determiner opens the
    phrase. A place noun may be joined by "de" ("le district de Tolna"); any noun may take one
    adjective ("la fusée européenne Vega"), before "de" too ("la ville syrienne de Qousseir"). A person
    after "de" is whose it is, not its name."""
    i = start - 1
    if i > 1 and doc[i].lower_ in _ELIDED_ARTICLES and doc[i - 1].lower_ in _COMPLEMENT:
        i -= 1
    linked = doc[i].lower_ in _COMPLEMENT
    if linked:
        i -= 1
        if i > 1 and doc[i].pos_ == "ADJ" and doc[i].is_lower and doc[i - 1].lower_ in descriptors:
            i -= 1        # a people's adjective between noun and name: "le village libanais de Kfar Sir"
    elif i > 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1
    if i < 1:
        return None
    noun = doc[i]
    type_ = descriptors.get(noun.lower_) if noun.is_lower or noun.text.isupper() else None
    if linked and (type_ not in ("GPE", "LOC") or type_now == "PERSON"):
        return None
    determiner = doc[i - 1].pos_ == "DET" or doc[i - 1].lower_ in _CONTRACTED
    return type_ if determiner else None


def described_candidates(doc: Doc) -> Iterator[Candidate]:
    """Names the recogniser misses after a naming noun ("le typhon Kalmaegi", "la sonde Hermione",
    "le district de Tolna"), and the same one-word name written alone elsewhere in the article."""
    table = load_json(doc.lang_, "entities_institutions")
    descriptors, naming = table["descriptors"], frozenset(table["naming_descriptors"])
    found = {}
    for i in positions(doc, naming):
        start = _name_start(doc, i)
        end = _name_end(doc, start)
        type_ = descriptor_type(doc, start, None, descriptors) if end > start else None
        if type_:
            base = _base(doc, start, end)
            found.setdefault(base, type_)
            yield Candidate(start, end, type_, f"{type_}|{base}", doc[start:end].text, PATTERN)
    yield from _road_candidates(doc)
    single = {name: type_ for name, type_ in found.items() if " " not in name}
    for i in positions(doc, single, ORTH) if single else ():
        yield Candidate(i, i + 1, single[doc[i].text], f"{single[doc[i].text]}|{doc[i].text}", doc[i].text, PATTERN)


#: a numbered road outranks the party or body its code spells ("la RN 88" is no Rassemblement national)
ROAD = GAZETTEER + 0.5
#: token shapes of a road code glued to its number ("N12", "RD117")
_GLUED_SHAPES = ("Xd", "Xdd", "Xddd", "XXd", "XXdd", "XXddd")


def _road_candidates(doc: Doc) -> Iterator[Candidate]:
    """Numbered roads after the article: "la N12", "l'A7", "la RN 88"."""
    code, articles, _ = _road_pattern(doc.lang_)
    table = load_json(doc.lang_, "entities_institutions")
    starts = positions(doc, table["road_codes"] + table["road_codes_long"], ORTH) + positions(doc, _GLUED_SHAPES, SHAPE)
    for i in starts:
        if i == 0 or doc[i - 1].lower_ not in articles:
            continue
        end = i + 2 if i + 1 < len(doc) and doc[i + 1].is_digit and doc[i].is_alpha else i + 1
        name = doc[i:end].text
        if code.fullmatch(name):
            yield Candidate(i, end, "LOC", f"LOC|{name.replace(' ', '')}", name, ROAD)


def _name_start(doc: Doc, i: int) -> int:
    """The first token after the naming noun and what may join it to the name (an adjective,
    "de", "de la")."""
    j = i + 1
    if j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1
    elif j < len(doc) and doc[j].lower_ in _COMPLEMENT:
        j += 1
        if j < len(doc) and doc[j].lower_ in _ELIDED_ARTICLES:
            j += 1
    return j


def _name_end(doc: Doc, start: int) -> int:
    """A name runs over capitalised words, a particle between two of them ("Hauts de la Combe")
    and a closing number or model code ("Longue Marche 5", "Vega-C")."""
    end = start
    while end < len(doc) and end - start < _NAME_TOKENS:
        token = doc[end]
        if end > start and _line_start(token):
            break
        if token.text[:1].isupper() and token.is_alpha or end > start and (token.is_digit or _hyphen_part(doc, end)):
            end += 1
        elif end > start and token.lower_ in _PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 2
        else:
            break
    return end


def _base(doc: Doc, start: int, end: int) -> str:
    """A name without its closing model code or number: "Vega-C", "Vega 2" are the Vega launcher."""
    # a hyphen before a code goes with it; a capitalised word after one is the name's ("Al-Jadida")
    while end - start > 1 and (doc[end - 1].is_digit or doc[end - 1].text.isupper() or doc[end - 1].text == "-"):
        end -= 1
    prefix, dash, code = doc[start].text.partition("-")
    if end - start == 1 and dash and prefix[1:].islower() and (code.isupper() or code.isdigit()):
        return prefix
    return doc[start:end].text
