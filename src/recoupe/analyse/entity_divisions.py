"""Place and ministry names that a common noun or a place complement extends.

"la commune de Tombouctou", "la région de Tarvel": the place is Tombouctou, Tarvel, and the phrase a mention of
it; "le canton de Berne" is a place of its own, apart from the town of Berne. "le ministère des Transports de l'Ontario": a
regional or foreign ministry is named with its place, not confused with the national one.
Both look only at the few candidates, never at every token.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from recoupe.analyse.entity_lexicon import organisation_heads, word_set
from recoupe.analyse.entity_spans import MODEL, PATTERN, Candidate, _hyphen_part
from recoupe.analyse.extensions import positions
from recoupe.resources import load_json


@lru_cache(maxsize=None)
def _links(lang: str) -> dict[str, frozenset[str]]:
    """The link words of entities_division_links, as sets."""
    return {key: frozenset(words) for key, words in load_json(lang, "entities_division_links").items()
            if not key.startswith("_")}


def _link_end(doc: Doc, i: int) -> int:
    """Where the place starts after a "de [la]" link at token i, or -1 without one."""
    links = _links(doc.lang_)
    if i >= len(doc) or doc[i].lower_ not in links["links"]:
        return -1
    i += 1
    if i < len(doc) and doc[i].lower_ in links["articles"]:
        i += 1
    return i


def extend_ministries(doc: Doc, candidates: list) -> None:
    """A ministry followed by "de <place>" is that place's ministry: the place joins its name; so
    does a movement that runs one ("le ministère de l'Agriculture du Front vert")."""
    heads = organisation_heads(doc.lang_)
    places = {c.start: c for c in candidates if c.type in ("GPE", "LOC")
              or c.type == "ORG" and heads.get(c.trigger or "", {}).get("kind") != "ministry"}
    for cand in candidates:
        if cand.type != "ORG" or heads.get(cand.trigger or "", {}).get("kind") != "ministry":
            continue
        place = places.get(_link_end(doc, cand.end))
        if place is None:
            continue
        cand.name = f"{cand.name} {doc[cand.end:place.end].text}"
        cand.key = f"ORG|{cand.name}"
        cand.end = place.end


def division_places(doc: Doc, candidates: list) -> list:
    """"le canton de Berne": the division and its name are one place ("Canton de Berne"), found even
    where the recogniser saw no name; a place the recogniser found inside it stays, nested. "la
    région de Tarvel", "la province du Kessa": the place is the name itself, found or typed a place
    here ("nested names included"); the phrase becomes its mention in ``division_mentions``."""
    own, regions = word_set(doc.lang_, "entities_division_places"), word_set(doc.lang_, "entities_division_regions")
    covered = {i for c in candidates for i in range(c.start, c.end)}
    found = []
    for i in positions(doc, own | regions):
        start = _link_end(doc, i + 1)
        if not doc[i].is_lower or i in covered or start < 0 or start >= len(doc) \
                or not doc[start].text[:1].isupper() or "\n" in doc[start - 1].whitespace_:
            continue
        end = start + 1
        while end < len(doc) and _hyphen_part(doc, end):
            end += 1                  # "Bade-Wurtemberg", "Al-Mahra": the hyphenated name whole
        if doc[i].lower_ in regions:
            found.extend(_region_place(doc, candidates, start, end, covered))
            continue
        name = doc[i].text.capitalize() + doc[i].whitespace_ + doc[i + 1:end].text
        found.append(Candidate(i, end, "GPE", f"GPE|{name}", name, PATTERN, trigger=doc[i].lower_))
    return candidates + found


def _region_place(doc: Doc, candidates: list, start: int, end: int, covered: set) -> list:
    """The place a region's noun names: the recogniser's own name there, typed a place when it read a
    person or a body ("la province du Kessa" is no one); a new place where it saw nothing."""
    same = [c for c in candidates if (c.start, c.end) == (start, end)]
    for cand in same:
        if cand.type not in ("GPE", "LOC") and cand.priority <= MODEL:
            cand.type, cand.key = "GPE", f"GPE|{cand.name}"
    if same or any(i in covered for i in range(start, end)):
        return []
    name = doc[start:end].text
    return [Candidate(start, end, "GPE", f"GPE|{name}", name, PATTERN)]


def division_mentions(doc: Doc, candidates: list, clusters: dict) -> None:
    """Add "région de X" as a mention of the place X the candidate names; "la région" further on
    takes X up (the noun joins the place's triggers)."""
    nouns = word_set(doc.lang_, "entities_division_nouns")
    divisions = {c.start for c in candidates if c.trigger is not None and c.trigger == doc[c.start].lower_}
    for cand in candidates:
        if cand.type not in ("GPE", "LOC") or cand.start < 2 or cand.key not in clusters:
            continue
        # "province du Kivu", or with an article after the link: "quartier de la Bastide"
        head = next((h for h in (cand.start - 2, cand.start - 3)
                     if h >= 0 and doc[h].lower_ in nouns and _link_end(doc, h + 1) == cand.start), None)
        if head is not None and head not in divisions:   # "le canton de X" a place of its own: its mention
            clusters[cand.key].add(doc[head].idx, doc[cand.end - 1].idx + len(doc[cand.end - 1].text), "description")
            clusters[cand.key].triggers.add(doc[head].lower_)


def region_codes(doc: Doc, candidates: list, make) -> list:
    """A region's code in brackets after a town ("Morges (VD)") names the region (Vaud), not the
    town by its acronym; the town before it is a place, whatever the recogniser typed it."""
    codes = load_json(doc.lang_, "entities_region_codes")
    by_start = {c.start: c for c in candidates}
    added = []
    for cand in candidates:
        at = cand.end + 1
        if cand.type == "PERSON" or at + 1 >= len(doc) or doc[at - 1].text != "(" or doc[at + 1].text != ")" \
                or doc[at].text not in codes:
            continue
        region = codes[doc[at].text]
        cand.type, cand.key = "GPE", cand.key if cand.type == "GPE" else f"GPE|{cand.name}"
        code = by_start.get(at) or make(at, at + 1)
        code.type, code.key, code.name, code.kind = "GPE", f"GPE|{region}", region, "alias"
        if code not in candidates:
            added.append(code)
    return candidates + added


def wider_areas(doc: Doc, candidates: list) -> None:
    """"le Grand Montréal", "du Grand Lyon": a capitalised prefix of ``entities_place_prefixes`` right
    before a place's name, inside a sentence, makes the name of the wider area, a place of its own."""
    prefixes = word_set(doc.lang_, "entities_place_prefixes")
    for cand in candidates:
        before = cand.start - 1
        if cand.type != "GPE" or before < 1 or doc[before].text not in prefixes or doc[before].is_sent_start \
                or "\n" in doc[before - 1].whitespace_ or doc[before].whitespace_ != " ":
            continue
        cand.start = before
        cand.name = doc[before:cand.end].text
        cand.key, cand.kind = f"GPE|{cand.name}", "name"
        for other in candidates:      # the model's own reading of the area ("Grand Montréal" as ORG)
            if other is not cand and other.span(doc).text == cand.name:
                other.type, other.key, other.name = "GPE", cand.key, cand.name


#: the longest acronym a local branch is named by ("BSR", "CPAM"), and the longest one written in
#: lower case after its capital ("Scea", "Sdis")
_ACRONYM_LETTERS, _TITLED_ACRONYM_LETTERS = 6, 4


def local_branches(doc: Doc, candidates: list) -> None:
    """An acronym the recogniser alone found, then "de <town>": the local branch is named with its town
    ("la BSR de Vierzon", "la Scea de Kerlann"), the town staying a place nested in it. A known
    organisation keeps its name ("l'ONU de passage à Genève")."""
    places = {c.start: c for c in candidates if c.type == "GPE"}
    branch_links = _links(doc.lang_)["branch_links"]
    branches: dict[str, list] = {}
    for cand in candidates:
        if cand.type != "ORG" or cand.kind != "name" or cand.trigger is not None or cand.end - cand.start != 1 \
                or cand.priority > MODEL or not _acronym(doc[cand.start].text):
            continue
        place = places.get(cand.end + 1) if doc[cand.end:cand.end + 1].text.lower() in branch_links else None
        if place is None or "\n" in doc[cand.start:place.start].text_with_ws:
            continue
        branches.setdefault(doc[cand.start].text, []).append(cand)
        cand.end = place.end
        cand.name = doc[cand.start:cand.end].text
        cand.key = f"ORG|{cand.name}"
    for cand in candidates if branches else ():   # "la BSR" alone later: the one branch named
        named = branches.get(doc[cand.start].text) if cand.end - cand.start == 1 and cand.type == "ORG" else None
        if named and len({b.key for b in named}) == 1 and cand not in named:
            cand.key, cand.name, cand.kind = named[0].key, named[0].name, "alias"


def _acronym(text: str) -> bool:
    return text.isalpha() and (2 <= len(text) <= _ACRONYM_LETTERS and text.isupper()
                               or len(text) <= _TITLED_ACRONYM_LETTERS and text.istitle())
