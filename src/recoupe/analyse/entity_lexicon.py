"""The word lists the statistical recogniser's candidates are checked against, loaded once per
language: building a dozen sets for each document cost more than the search of a short article."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from recoupe.resources import load_json, load_lines


@dataclass(frozen=True)
class ModelLexicon:
    """The word lists ``model_candidates`` consults, as sets."""
    triggers: frozenset[str]
    particles: frozenset[str]
    portfolios: frozenset[str]
    holders: frozenset[str]
    between: frozenset[str]
    org_words: frozenset[str]
    event_words: frozenset[str]
    event_or_loc_words: frozenset[str]
    compass: frozenset[str]
    divisions: frozenset[str]
    link_nouns: frozenset[str]


@lru_cache(maxsize=None)
def word_set(lang: str, name: str) -> frozenset[str]:
    """A word list as a set, built once per language (the finders ask for it on every document or
    candidate; a set built anew each time also hashes anew in ``positions``)."""
    return frozenset(load_lines(lang, name))


@lru_cache(maxsize=None)
def complement_links(lang: str) -> frozenset[str]:
    """The lowercase words a capitalised head's complement runs on over ('du', 'de la'), without the
    coordinators that join two names instead."""
    table = load_json(lang, "entities_institutions")
    return frozenset(table["links"]) - frozenset(table["coordinators"])


@lru_cache(maxsize=None)
def model_lexicon(lang: str) -> ModelLexicon:
    """Built once per language: a dozen sets per document cost more than the short article's search."""
    holding = load_lines(lang, "entities_portfolio_holders")
    first_words = load_json(lang, "entities_institutions")
    return ModelLexicon(
        triggers=frozenset(load_lines(lang, "entities_event_triggers")),
        particles=frozenset(load_lines(lang, "entities_name_particles")),
        portfolios=frozenset(load_lines(lang, "entities_portfolios")),
        holders=frozenset(w for w in holding if w[0] != "~"),
        between=frozenset(w[1:] for w in holding if w[0] == "~"),
        org_words=frozenset(first_words["org_words"]),
        event_words=frozenset(first_words["event_words"]),
        event_or_loc_words=frozenset(first_words["event_words"]) | frozenset(first_words["loc_words"]),
        compass=frozenset(w.lower() for w in load_lines(lang, "entities_compass_points")),
        divisions=frozenset(load_lines(lang, "entities_division_heads")),
        link_nouns=frozenset(load_lines(lang, "entities_link_nouns")))


@lru_cache(maxsize=None)
def organisation_heads(lang: str) -> dict[str, dict]:
    """The heads of entities_organisations, each also under the other spellings pages write it in
    ('etat' for 'état'): one entry in the table, every spelling matched."""
    heads = load_json(lang, "entities_organisations")["heads"]
    return {**heads, **{other: head for head in heads.values() for other in head.get("spellings", ())}}


@lru_cache(maxsize=None)
def stop_names(lang: str) -> frozenset[str]:
    """Capitalised words that are never a name: the stoplist, and the measure symbols a figure
    takes ("MWh", "GW"), which the recogniser reads as acronyms of organisations."""
    measures = {k for k in load_json(lang, "figures_measures") if not k.startswith("_")}
    return word_set(lang, "entities_stoplist") | frozenset(measures)
