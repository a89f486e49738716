"""The recoupe_entities extractor: named entities, their types, and their mentions merged.

spaCy's French NER is corrected by gazetteers (countries, cities, organisations, weapons,
seas, exercises: ``analyse.gazetteer``) and construction patterns (armed forces, ministries,
named exercises: ``analyse.entity_spans``); mentions of one entity are merged, titles and
definite descriptions resolved (``analyse.coref``). Output: ``doc._.entities`` (schema
Entities, types of the contract) and a corrected ``doc.ents`` (spaCy's own labels).
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from recoupe.analyse import extensions   # registers Doc._ attributes
from recoupe.analyse import gazetteer
from recoupe.analyse.coref import Cluster, build_clusters, initials, resolve_descriptions, resolve_titles
from recoupe.analyse.entity_furniture import byline_ranges, closing_credits, credit_ranges, foreign_ranges, in_ranges
from recoupe.analyse.entity_bounds import name_article
from recoupe.analyse.entity_lists import type_lists
from recoupe.analyse.entity_kinds import (common_noun_acronyms, epithet_names, institution_seats, kind_bodies,
                                         merge_short_institutions, resolve_kind_nouns)
from recoupe.analyse.entity_parents import merge_parent_forms
from recoupe.analyse.entity_people import affiliations, particle_people
from recoupe.analyse.entity_rosters import (apposed_people, reported_teams, capitalised_surnames, initialled_people, lineup_people,
                                           scoreline_teams)
from recoupe.analyse.entity_shapes import quotation_opener
from recoupe.analyse.entity_spans import CITY, GAZETTEER, Candidate, find_candidates
from recoupe.analyse.entity_states import state_mentions
from recoupe.analyse.entity_divisions import (division_mentions, division_places, extend_ministries, local_branches,
                                              region_codes, wider_areas)
from recoupe.analyse.entity_descriptors import described_candidates, retype_by_descriptor
from recoupe.analyse.entity_streets import (club_candidates, headed_name_candidates, institution_candidates,
                                           state_institutions, street_candidates, team_places)
from recoupe.resources import load_json, load_lines
from recoupe.schema import Entity, Mention
from recoupe.schema import Span as TextSpan

#: contract type -> the label spaCy's French model uses for it in doc.ents
MODEL_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "WEAPON": "MISC", "EVENT": "MISC"}


@Language.factory("recoupe_entities", default_config={})
def make_entities(nlp: Language, name: str):
    return EntityExtractor(nlp)


class EntityExtractor:
    def __init__(self, nlp: Language) -> None:
        self.gazetteer = gazetteer.build(nlp)
        self.particles = frozenset(load_lines(nlp.lang, "entities_name_particles"))
        self.common_words = _LemmatiserWords(nlp)

    def __call__(self, doc: Doc) -> Doc:
        candidates = self._refined(doc, self._people(doc, self._found(doc)))
        clusters = build_clusters(doc, candidates)
        division_mentions(doc, candidates, clusters)
        resolve_titles(doc, self.gazetteer, clusters)
        resolve_descriptions(doc, self.gazetteer, clusters)
        resolve_kind_nouns(doc, self.gazetteer, clusters)
        entities = _entities(doc, clusters)
        doc.ents = filter_spans([Span(doc, c.start, c.end, label=MODEL_LABELS[c.type]) for c in candidates])
        doc._.entities = entities
        return doc

    def _found(self, doc: Doc) -> list[Candidate]:
        """Every finder's candidates, without those inside the page's credits, signatures and foreign lines."""
        candidates = find_candidates(doc, self.gazetteer, [*street_candidates(doc), *institution_candidates(doc),
                                                          *club_candidates(doc), *scoreline_teams(doc),
                                                          *headed_name_candidates(doc),
                                                          *described_candidates(doc),
                                                          *particle_people(doc, self.particles, _builder(doc, "PERSON", 4))])
        text = extensions.doc_text(doc)
        # a paragraph's inline credit names the newsroom's people, a foreign line no one of the story
        credits = sorted(credit_ranges(text, doc.lang_) + foreign_ranges(text, doc.lang_))
        if credits:
            candidates = [c for c in candidates if not in_ranges(doc[c.start].idx, credits)]
        signatures = byline_ranges(doc, candidates) + closing_credits(doc, candidates)
        if signatures:
            candidates = [c for c in candidates if not any(s <= c.start < e for s, e in signatures)]
        return candidates

    def _people(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates with the people only their layout shows: line-ups, appositions, initials,
        capitalised surnames; a quotation's first word is no name."""
        person = _builder(doc, "PERSON", 4)
        candidates = lineup_people(doc, candidates, person, _builder(doc, "ORG", 2))
        candidates = capitalised_surnames(doc, initialled_people(doc, apposed_people(doc, candidates, person), person),
                                          person)
        return quotation_opener(doc, candidates, self.common_words, (GAZETTEER, CITY))

    def _refined(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates typed, bounded and merged by what surrounds them, with the places and bodies
        their names hold."""
        candidates = epithet_names(doc, common_noun_acronyms(doc, candidates))
        for retype in (retype_by_descriptor, type_lists, extend_ministries, local_branches, wider_areas):
            retype(doc, candidates)
        candidates = affiliations(doc, candidates, _builder(doc, "ORG", 2))
        team_places(doc, candidates)
        reported_teams(doc, candidates)
        candidates += state_institutions(doc, self.gazetteer, candidates, self.common_words)
        candidates = kind_bodies(doc, candidates + state_mentions(doc, self.gazetteer, candidates))
        for merge in (_to_acronym, _merge_variants, merge_short_institutions):
            merge(doc, candidates)
        merge_parent_forms(doc, candidates, _folded)
        candidates = region_codes(doc, candidates, _builder(doc, "GPE", 2))
        candidates = division_places(doc, candidates)
        return institution_seats(doc, candidates, _builder(doc, "GPE", 2))


class _LemmatiserWords:
    """The lowercase words the lemmatiser knows (its index of nouns, verbs, adjectives and adverbs,
    and the forms of its lookup table): the common words of the language. Empty for a pipeline
    without such tables."""
    def __init__(self, nlp: Language) -> None:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in nlp.pipe_names else None
        tables = lookups.tables if lookups is not None else ()
        index = lookups.get_table("lemma_index") if "lemma_index" in tables else None
        self.index = frozenset(w for key in index.keys() for w in index[key]) if index is not None else frozenset()
        self.lookup = lookups.get_table("lemma_lookup") if "lemma_lookup" in tables else {}

    def __contains__(self, word: str) -> bool:
        return word in self.index or word in self.lookup


def _builder(doc: Doc, type_: str, priority: int):
    """A builder of ``type_`` candidates for the helpers that find a name's tokens only
    (``particle_people``, ``affiliations``, ``region_codes``)."""
    def make(start: int, end: int) -> Candidate:
        name = doc[start:end].text
        return Candidate(start, end, type_, f"{type_}|{name}", name, priority)
    return make


def _merge_variants(doc: Doc, candidates: list) -> None:
    """One entity however the text writes it: "Le Monde"/"Monde", "SNCF Réseau"/"Sncf Réseau",
    and an acronym spelling the initials of a longer name of the text ("Union africaine"/"UA",
    "République démocratique du Congo"/"RDC"). Persons are left to the coreference step."""
    by_form, by_initials = {}, {}
    by_end = {c.end: c for c in candidates if c.type != "PERSON" and c.end - c.start > 1}
    for cand in sorted(candidates, key=lambda c: -c.priority):
        if cand.type == "PERSON":
            continue
        span = doc[cand.start:cand.end]
        by_form.setdefault(_folded(span), cand)
        if len(span) > 1 and span[0].is_lower and span[1].text[:1].isupper():
            by_form.setdefault(_folded(span[1:]), cand)   # "autoroute E19": "E19" alone is the same road
        letters = initials(span)
        if len(letters) > 1 and not span.text.isupper():
            by_initials.setdefault(letters, cand)
        parts = _part_initials(span)
        if len(parts) > 2 and parts != letters and not span.text.isupper():
            by_initials.setdefault(parts, cand)   # "Paris Saint-Germain": PSG
    facilities = _facility_names(doc, candidates)
    heads = _head_words(doc, candidates)
    bracketed = {}
    for cand in candidates:
        if cand.type == "PERSON":
            continue
        span = doc[cand.start:cand.end]
        text = span.text
        same = by_form.get(_folded(span))
        if same is not None and (doc[same.start:same.end].text == text and same.type != cand.type
                                 or "alias" in (cand.kind, same.kind)):
            same = None   # the same words may name a capital or its government: left as they are
        if same is None or same is cand:
            same = facilities.get(_folded(span), same)
        if (same is None or same is cand) and len(span) == 1 and span[0].pos_ == "NOUN":
            same = heads.get(text, same)   # "la Commission" after "Commission des marchés": its short name
        letters = _acronym_letters(span)
        if 2 <= len(letters) <= 6 and letters in by_initials:
            same = by_initials[letters]
        elif (letters or _short_name(span)) and cand.start > 1 and doc[cand.start - 1].text == "(" \
                and by_end.get(cand.start - 1) is not None:
            # "Championnat d'Europe des nations (CEN)", "l'Alliance du vaccin (Gavi)": its acronym
            same = bracketed[_folded(span)] = by_end[cand.start - 1]
        if same is not None and same is not cand:
            cand.type, cand.key, cand.name, cand.kind = same.type, same.key, same.name, "alias"
    for cand in candidates:     # "La FAO" after "l'Organisation … (FAO)": the acronym written again
        same = bracketed.get(_folded(cand.span(doc))) if cand.kind != "alias" and cand.type != "PERSON" else None
        if same is not None and same is not cand:
            cand.type, cand.key, cand.name, cand.kind = same.type, same.key, same.name, "alias"


def _part_initials(span: Span) -> str:
    """The initials of a name whose words may be hyphenated compounds, each capitalised part counting
    ("Paris Saint-Germain": PSG, "Union Saint-Gilloise": USG); "" when a word is not capitalised."""
    words = [part for t in span for part in t.text.split("-") if part]
    if not words or not all(w[:1].isupper() for w in words):
        return ""
    return unicodedata.normalize("NFKD", "".join(w[0] for w in words)).encode("ascii", "ignore").decode().upper()


def _short_name(span: Span) -> bool:
    """One capitalised word in brackets that the model calls an organisation ("(Gavi)", "(Unicef)"):
    a short name of the organisation before it, not a place ("(Somme)")."""
    return len(span) == 1 and span[0].is_title and span[0].is_alpha and span[0].ent_type_ == "ORG" \
        and span.end < len(span.doc) \
        and span.doc[span.end].text == ")"


#: how many lowercase words may follow a cut name before the acronym that spells it in brackets
_ACRONYM_REACH = 5


def _to_acronym(doc: Doc, candidates: list) -> None:
    """A name cut before its complement runs on to the acronym in brackets that spells it whole
    ("Comité de suivi sur le logement (CSL)": the finder stopped at "Comité de suivi";
    "Development Finance" + "Advisory (DFA)")."""
    for cand in candidates:
        if cand.type == "PERSON" or cand.kind == "alias":
            continue
        paren = cand.end
        # "Development Finance" + "Advisory (DFA)": capitalised words too, when the initials say so
        while paren < min(len(doc), cand.end + _ACRONYM_REACH) and (doc[paren].is_lower or doc[paren].is_title) \
                and doc[paren].is_alpha:
            paren += 1
        if paren == cand.end or paren + 2 >= len(doc) or doc[paren].text != "(" or doc[paren + 2].text != ")":
            continue
        letters = _acronym_letters(doc[paren + 1:paren + 2])
        if letters and initials(doc[cand.start:paren]) == letters != initials(cand.span(doc)):
            cand.end, cand.name = paren, doc[cand.start:paren].text
            cand.key = f"{cand.type}|{cand.name}"


def _acronym_letters(span: Span) -> str:
    """The letters of an acronym, written in one word or cut by hyphens ("CEV", "AP-HM"), else ""."""
    text = span.text
    if " " in text or not text.isupper() or not all(t.is_alpha or t.text == "-" for t in span):
        return ""
    return text.replace("-", "")


def _head_words(doc: Doc, candidates: list) -> dict:
    """The capitalised first word of each longer organisation or event name ("Commission" of
    "Commission des marchés"), the first such name winning: written alone, it is that name."""
    found = {}
    for cand in sorted(candidates, key=lambda c: c.start):
        if cand.type in ("ORG", "EVENT") and cand.end - cand.start > 1 and doc[cand.start].is_title:
            found.setdefault(doc[cand.start].text, cand)
    return found


def _facility_names(doc: Doc, candidates: list) -> dict:
    """The name inside a facility's full name after a definite link ("le musée du Louvre" ->
    "Louvre", "l'hôpital de la Timone" -> "Timone"): written alone later, it is the facility."""
    table = load_json(doc.lang_, "entities_institutions")
    namesakes, of, definite = (frozenset(table[k]) for k in ("namesake_heads", "facility_of", "facility_definite_links"))
    found = {}
    for cand in candidates:
        link = cand.start + 1
        while link < cand.end and doc[link].lower_ in of:
            link += 1
        if cand.trigger in namesakes and link < cand.end - 1 and doc[link].lower_ in definite \
                and doc[link + 1].text[:1].isupper():
            found.setdefault(_folded(doc[link + 1:cand.end]), cand)
    return found


def _folded(span: Span) -> str:
    """A name without its leading article, case or hyphens."""
    article = span[0].pos_ == "DET" or name_article(span[0])   # "The Globe and Mail" is "Globe and Mail"
    name = span[1:] if article and len(span) > 1 else span   # not doc.text: rebuilt per access
    return " ".join(name.text.casefold().replace("-", " ").split())


def _entities(doc: Doc, clusters: dict[str, Cluster]) -> list[Entity]:
    text = extensions.doc_text(doc)   # Doc.text would join every token again
    entities, by_name = [], {}
    for cluster in sorted(clusters.values(), key=lambda c: c.first):
        mentions = [Mention(TextSpan(s, e, text[s:e]), kind) for s, e, kind in sorted(cluster.mentions)]
        same = by_name.get((cluster.type, cluster.name)) if cluster.type != "PERSON" else None
        if same is not None:   # two keys resolved to one organisation or place name: one entity
            same.mentions = sorted(same.mentions + mentions, key=lambda m: (m.span.start, m.span.end))
            continue
        entity = Entity(f"e{len(entities) + 1}", cluster.name, cluster.type, mentions, cluster.role)
        by_name[(cluster.type, cluster.name)] = entity
        entities.append(entity)
    return entities


def entity_at(doc: Doc, start: int, end: int) -> Optional[Entity]:
    """The entity with a mention overlapping doc.text[start:end] (the longest overlap wins,
    the first entity on a tie)."""
    starts, mentions, longest = _mention_index(doc)
    best, best_key = None, (0, 0)
    # only mentions starting less than the longest mention before ``start`` can reach it
    for i in range(bisect_left(starts, start - longest), bisect_left(starts, end)):
        m_start, m_end, rank, entity = mentions[i]
        overlap = min(end, m_end) - max(start, m_start)
        if overlap > 0 and (overlap, -rank) > best_key:
            best, best_key = entity, (overlap, -rank)
    return best


def _mention_index(doc: Doc) -> tuple[list[int], list[tuple[int, int, int, Entity]], int]:
    """Mentions sorted by start, kept on the Doc while its entities stay the same: asked
    for every speaker and actor, a scan of all mentions makes long articles quadratic."""
    entities = doc._.entities or []
    key = (id(entities), len(entities), sum(len(e.mentions) for e in entities))
    cached = doc.user_data.get(_INDEX)
    if cached is None or cached[0] != key:
        mentions = sorted(((m.span.start, m.span.end, rank, e)
                           for rank, e in enumerate(entities) for m in e.mentions), key=lambda m: m[:3])
        longest = max((m_end - m_start for m_start, m_end, _, _ in mentions), default=0)
        cached = key, ([m[0] for m in mentions], mentions, longest)
        doc.user_data[_INDEX] = cached
    return cached[1]


_INDEX = "recoupe.entities.mention_index"
