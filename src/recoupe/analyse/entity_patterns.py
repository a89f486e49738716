"""Construction patterns that name an entity from a common noun: armed forces and ministries named by
their country ("les forces russes", "le ministère turc de la Défense"), named exercises and operations
("l'exercice Cerberus"), seas, capes and straits ("le golfe de Finlande")."""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from recoupe.analyse.entity_candidate import PATTERN, Candidate, _hyphen_part, _line_start
from recoupe.analyse.entity_lexicon import complement_links, organisation_heads, word_set
from recoupe.analyse.entity_shapes import _demonym_endings
from recoupe.analyse.extensions import positions, word_index
from recoupe.analyse.gazetteer import Gazetteer
from recoupe.resources import load_lines


def _nationality(doc: Doc, i: int, gaz: Gazetteer) -> tuple[Optional[str], int]:
    """The country named at token i by an adjective (russe) or a place (de Moscou, du Niger), and where it ends."""
    if i < len(doc) and doc[i].lower_ in gaz.nationality:
        return gaz.nationality[doc[i].lower_], i + 1
    if i + 1 < len(doc) and doc[i].lower_ in _OF_PLACE:
        place = doc[i + 1].text
        country = gaz.capital_forms.get(place) or (place if f"GPE|{place}" in gaz.known else None)
        if country and (doc[i].lower_ == "de" or place in gaz.capital):   # "du Niger": a country, not a town
            return country, i + 2
    return None, i


#: "de" and its contracted or elided forms before a place: "de Moscou", "du Niger", "d'Israël"
_OF_PLACE = ("de", "du", "d'", "d’")


def organisation_candidates(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Armed forces and ministries named by their country: "les forces russes" -> Forces armées russes."""
    heads = organisation_heads(doc.lang_)
    for token in (doc[i] for i in positions(doc, frozenset(heads))):
        head = heads[token.lower_]
        branch, i = _branch(doc, token, head.get("branches", {}))
        country, i = _nationality(doc, i, gaz)
        department, adjective = "", ""
        if head["kind"] == "ministry" and not country and i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            adjective, i = doc[i].text, i + 1    # a people without a country of ours: "ministère palestinien"
        if head["kind"] == "ministry" and i + 2 < len(doc) and doc[i].lower_ in ("de", "des", "du") :
            j = i + 1 if doc[i + 1].lower_ in ("la", "l'") else i
            if doc[j + 1].is_title:
                end = j + 2
                while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower:   # "Affaires étrangères"
                    end += 1
                department, i = doc[i:end].text, end
        if head["kind"] == "ministry" and not department:
            continue
        if head["kind"] == "forces" and not country or head.get("branch_only") and not branch:
            continue
        # a ministry is a definite description ("le ministère valdorien de l'Intérieur"); forces are named bare
        definite = head["kind"] == "ministry" and token.i > 0 and doc[token.i - 1].lower_ in ("le", "la")
        start = token.i - definite
        name = _organisation_name(head, branch, country, department, gaz, adjective)
        yield Candidate(start, i, "ORG", f"ORG|{name}", name, PATTERN, trigger=token.lower_)


def _branch(doc: Doc, token: Token, branches: dict) -> tuple[str, int]:
    """The branch words right after the head ("forces armées", "armée de l'air"), and where they end."""
    after = token.idx + len(token.text)
    rest = "".join(t.text_with_ws for t in doc[token.i:token.i + 6])[len(token.text):].lower()
    for words in branches:
        gap = 0 if words[:1] == "-" else 1   # "état" + "-major": the tokenizer split a compound
        if rest.startswith(" " * gap + words):
            span = doc.char_span(after + gap, after + gap + len(words))
            if span is not None:
                return words, span.end
    return "", token.i + 1


def _organisation_name(head: dict, branch: str, country: Optional[str], department: str, gaz: Gazetteer,
                       adjective: str = "") -> str:
    """The organisation's standard name, its country adjective agreeing: Armée de l'air russe."""
    named = head["branches"][branch] if branch else head
    if country:
        adjective = gaz.adjective.get(country, {}).get(named["agree"], "")
    return " ".join(w for w in (named["name"], adjective, department) if w)


def event_candidates(doc: Doc) -> Iterator[Candidate]:
    """A named exercise, operation or summit: "l'exercice Cerberus" -> EVENT Cerberus."""
    triggers = load_lines(doc.lang_, "entities_event_triggers")
    for token in (doc[i] for i in positions(doc, triggers)):
        end = token.i + 1
        while end < len(doc) and doc[end].is_title and not _line_start(doc[end]):
            end += 1
            # a contracted article inside the name: "opération Bouclier du Nord"
            if end + 1 < len(doc) and doc[end].lower_ in ("du", "des") and doc[end + 1].is_title:
                end += 1
        if end > token.i + 1:
            name = doc[token.i + 1:end].text
            yield Candidate(token.i + 1, end, "EVENT", f"EVENT|{name}", name, PATTERN, trigger=token.lower_)


#: the most lowercase adjectives a numbered meeting's complement may end on ("de l'Union africaine")
_COMPLEMENT_ADJECTIVES = 2


def ordinal_event_candidates(doc: Doc) -> Iterator[Candidate]:
    """A numbered meeting and its capitalised complement: "le 12e sommet de la Ligue arabe", "du 5ème
    congrès du Parti vert" name one event, the ordinal included."""
    nouns = word_set(doc.lang_, "entities_ordinal_events")
    links = complement_links(doc.lang_)
    for i in positions(doc, nouns):
        if i == 0 or not _ordinal(doc, doc[i - 1].lower_):
            continue
        start = end = i + 1
        while end < len(doc) and doc[end].lower_ in links:
            end += 1
        if end == start or end >= len(doc) or not doc[end].text[:1].isupper():
            continue
        while end < len(doc) and (doc[end].text[:1].isupper() or _hyphen_part(doc, end)) and not _line_start(doc[end]):
            end += 1
        named = end
        # "de la Ligue arabe", "de l'Union valdorienne": an adjective, or a people's word the tagger reads otherwise
        while end < len(doc) and end - named < _COMPLEMENT_ADJECTIVES and doc[end].is_lower and doc[end].is_alpha \
                and (doc[end].pos_ == "ADJ" or doc[end].lower_.endswith(_demonym_endings(doc.lang_))):
            end += 1
        name = doc[i - 1:end].text
        yield Candidate(i - 1, end, "EVENT", f"EVENT|{name}", name, PATTERN, trigger=doc[i].lower_)


def _ordinal(doc: Doc, word: str) -> bool:
    """An ordinal number in digits: "12e", "5ème", "1er"."""
    digits = len(word) - len(word.lstrip("0123456789"))
    return 0 < digits <= 3 and word[digits:] in word_set(doc.lang_, "entities_ordinal_suffixes")


def compound_place_candidates(doc: Doc, nationalities=frozenset()) -> Iterator[Candidate]:
    """A region's part written as one hyphenated word the recogniser misses: "le Haut-Valais", "les
    Hautes-Pyrénées", "le Nord-Kivu" (a prefix of entities_compound_place_prefixes, then capitalised
    names; not a compass point alone, "Sud-Ouest"; not a nationality, "le Sud-Coréen", a person).
    Read once per distinct word of the document."""
    prefixes = word_set(doc.lang_, "entities_compound_place_prefixes")
    compass = word_set(doc.lang_, "entities_compass_points")
    strings = doc.vocab.strings
    for orth, at in word_index(doc, ORTH).items():
        first, dash, rest = strings[orth].partition("-")
        if dash and first in prefixes and rest not in compass and strings[orth].lower() not in nationalities \
                and all(part[:1].isupper() and part.isalpha() for part in rest.split("-")):
            yield from (Candidate(i, i + 1, "GPE", f"GPE|{strings[orth]}", strings[orth], PATTERN) for i in at)


def place_candidates(doc: Doc) -> Iterator[Candidate]:
    """Seas, capes, straits: a geographic noun and a name ("cap Tarkhankut", "golfe de Finlande")."""
    heads = load_lines(doc.lang_, "entities_place_heads")
    for token in (doc[i] for i in positions(doc, heads) if i < len(doc) - 1):
        end = token.i + 1
        while end < len(doc) - 1 and doc[end].lower_ in ("de", "du", "des", "d'"):
            end += 1
        if not doc[end].text[:1].isupper():
            continue
        joined = False
        while end < len(doc) and (doc[end].text[:1].isupper() or _hyphen_part(doc, end)):
            joined, end = joined or doc[end].text == "-", end + 1
        name = doc[token.i:end].text
        # "canal Nantes-Brest": the places it joins are its name, and places of their own (kept
        # nested, as an institution's); "canal de Suez" is not also the town
        yield Candidate(token.i, end, "LOC", f"LOC|{name}", name, PATTERN, trigger=token.lower_ if joined else None,
                        container=True)
