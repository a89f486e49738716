"""Kind nouns that take up a named entity, and institutions named again without their kind.

"Le tribunal correctionnel de Lyon a jugé … Le tribunal a aussi prononcé …": the bare kind noun
refers back to the last entity of that kind named before it (a court, a company for "la
société" or "le groupe pétrolier", a club for "le club", a town for "la ville"), and becomes
one of its mentions. "Le tribunal de Lyon" after "le tribunal correctionnel de Lyon" is the same
court, its kind adjective left out. The nouns and what they take up are in
``entities_kind_nouns.json``.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Optional

from spacy.attrs import ORTH
from spacy.tokens import Doc

from recoupe.analyse.coref import Cluster, initials
from recoupe.analyse.entity_lexicon import model_lexicon, word_set
from recoupe.analyse.entity_people import NAME_LINKS
from recoupe.analyse.entity_spans import PATTERN, Candidate, _line_start
from recoupe.analyse.extensions import doc_text, positions
from recoupe.analyse.gazetteer import Gazetteer
from recoupe.resources import load_json, load_lines

#: the most lowercase adjectives a kind noun may carry ("la formation islamiste libanaise")
KIND_ADJECTIVES = 2


@lru_cache(maxsize=None)
def _table(lang: str) -> dict:
    table = load_json(lang, "entities_kind_nouns")
    nouns = {**{noun: ("heads", tuple(heads)) for noun, heads in table["heads"].items()},
             **{noun: ("body", ()) for noun in table["bodies"]},
             **{noun: ("place", (kind,)) for noun, kind in table["places"].items()}}
    epithets = {word: ("heads", tuple(heads)) for word, heads in table["epithets"].items()}
    return {"nouns": nouns, "epithets": epithets, "seated": tuple(table["seated_heads"]), "epithet_determiners": frozenset(table["epithet_determiners"]),
            "determiners": frozenset(table["determiners"]),
            "contracted": frozenset(table["contracted"]), "definite": frozenset(table["definite"]),
            "complement_articles": frozenset(table["complement_articles"]), "seat_links": frozenset(table["seat_links"]),
            "public": tuple(table["public_first_words"]),
            "continents": frozenset(table["continents"]), "other_senses": frozenset(table["other_senses"])}


def resolve_kind_nouns(doc: Doc, gaz: Gazetteer, clusters: dict[str, Cluster]) -> None:
    """Each kind noun after an article, not already a mention, joins the entity it takes up."""
    table = _table(doc.lang_)
    taken = [(s, e) for c in clusters.values() for s, e, _ in c.mentions]
    introduced = _introducing_nouns(doc, clusters, frozenset(table["nouns"]))
    for i in positions(doc, frozenset(table["nouns"])):
        # "président de l'Association": a capital inside a sentence writes the same body with respect
        if i == 0 or not (doc[i].is_lower or doc[i].is_title and not _line_start(doc[i])):
            continue
        article = doc[i - 1].lower_
        if article not in table["determiners"] and article not in table["contracted"]:
            continue
        end = _description_end(doc, i)
        if end is None:
            continue
        start = i - 1 if article in table["determiners"] else i
        start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        if any(s < end_char and start_char < e for s, e in taken):
            continue
        kind, words = table["nouns"][doc[i].lower_]
        adjectives = [t.lower_ for t in doc[i + 1:end]]
        if adjectives and f"{doc[i].lower_} {adjectives[0]}" in table["other_senses"]:
            continue          # "la société civile": no company
        noun = doc[i].lower_
        target = _last_of_kind(clusters, start_char, lambda c: noun in introduced.get(c.key, ())) \
            or _last_of_kind(clusters, start_char, lambda c: _fits(c, kind, words, adjectives, gaz, table))
        if target is not None:
            target.add(start_char, end_char, "description")
            taken.append((start_char, end_char))
    _resolve_epithets(doc, clusters, table, taken)


def _resolve_epithets(doc: Doc, clusters: dict[str, Cluster], table: dict, taken: list) -> None:
    """"les Sages" after "le Conseil constitutionnel", "l'exécutif" after "le gouvernement": the
    press's name for an institution, capitalised or not, takes up the last one named."""
    for i in positions(doc, frozenset(table["epithets"])):
        if i == 0 or doc[i - 1].lower_ not in table["epithet_determiners"]:
            continue
        start_char, end_char = doc[i - 1].idx, doc[i].idx + len(doc[i])
        if any(s < end_char and start_char < e for s, e in taken):
            continue
        prefixes = table["epithets"][doc[i].lower_][1]
        target = _last_of_kind(clusters, start_char, lambda c: c.name.casefold().startswith(prefixes))
        if target is not None:
            target.add(start_char, end_char, "description")
            taken.append((start_char, end_char))


def epithet_names(doc: Doc, candidates: list) -> list:
    """The candidates without the recogniser's names built on an institution's epithet after an
    article ("les Sages dans leur avis" read as a name): the epithet is taken up later."""
    table = _table(doc.lang_)
    return [c for c in candidates if not (doc[c.start].lower_ in table["epithets"] and c.start > 0
                                          and doc[c.start - 1].lower_ in table["epithet_determiners"])]


def _introducing_nouns(doc: Doc, clusters: dict[str, Cluster], nouns: frozenset[str]) -> dict[str, set[str]]:
    """The kind nouns written right before an entity's names ("l'opérateur BalticGrid", "le groupe
    pétrolier Totalis"), by entity: the same noun alone later takes that entity up first."""
    found: dict[str, set[str]] = {}
    for cluster in clusters.values():
        for start, _, kind in cluster.mentions:
            if kind == "description":
                continue
            token = doc.char_span(start, start + 1, alignment_mode="expand")
            i = token.start - 1 if token is not None else -1
            if i > 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
                i -= 1
            if i >= 0 and doc[i].lower_ in nouns:
                found.setdefault(cluster.key, set()).add(doc[i].lower_)
    return found


def _description_end(doc: Doc, i: int) -> Optional[int]:
    """The end of the kind noun with its lowercase adjectives; None when a complement or a name
    follows ("le tribunal de Lyon", "le groupe Renault", "la société civile" keeps its adjective)."""
    end = i + 1
    while end < len(doc) and end - i <= KIND_ADJECTIVES and doc[end].pos_ == "ADJ" and doc[end].is_lower \
            and doc[end].is_alpha:
        end += 1
    if end < len(doc) and (doc[end].lower_ in NAME_LINKS or doc[end].text[:1].isupper() and doc[end].is_alpha
                           or doc[end].pos_ in ("NOUN", "PROPN")):
        return None
    return end


def _last_of_kind(clusters: dict[str, Cluster], before: int, fits) -> Optional[Cluster]:
    """Of the entities named before ``before`` that ``fits``, the one named last."""
    best, best_at = None, -1
    for cluster in clusters.values():
        starts = [s for s, _, _ in cluster.mentions if s < before]
        if starts and max(starts) > best_at and fits(cluster):
            best, best_at = cluster, max(starts)
    return best


def _fits(cluster: Cluster, kind: str, words: tuple, adjectives: list[str], gaz: Gazetteer, table: dict) -> bool:
    name = cluster.name.casefold()
    if kind == "heads":
        # "le tribunal administratif" takes up no "Tribunal correctionnel"
        return cluster.type in ("ORG", "LOC") and name.startswith(words) \
            and all(adjective in name.split() for adjective in adjectives)
    if kind == "body":
        return cluster.type == "ORG" and not name.startswith(table["public"]) and not cluster.role
    place = words[0]
    if place == "continent":
        return cluster.type == "LOC" and cluster.name in table["continents"]
    if cluster.type != "GPE" or cluster.name in gaz.countries or " " in cluster.name and cluster.name[0].isupper() \
            and cluster.name.split()[0].casefold() in ("région", "province", "canton", "oblast", "département"):
        return False          # a country or a region is no town
    return place == "town" or cluster.key in gaz.capital_of


def merge_short_institutions(doc: Doc, candidates: list) -> None:
    """"le tribunal de Lyon" after "le tribunal correctionnel de Lyon": an institution named with
    its head and complement, without the kind adjectives of a fuller name of the text, is that
    institution (when one fuller name only fits)."""
    full: dict[tuple[str, str], list] = {}
    short = []
    for cand in candidates:
        if cand.type not in ("ORG", "LOC") or cand.kind == "alias":
            continue
        parts = _head_and_complement(doc, cand)
        if parts is None:
            continue
        head, adjectives, complement = parts
        if adjectives:
            full.setdefault((head, complement), [])
            if cand.key not in {c.key for c in full[(head, complement)]}:
                full[(head, complement)].append(cand)
        else:
            short.append(((head, complement), cand))
    for key, cand in short:
        fuller = full.get(key, [])
        if len(fuller) == 1:
            same = fuller[0]
            cand.type, cand.key, cand.name, cand.kind = same.type, same.key, same.name, "alias"


def _head_and_complement(doc: Doc, cand) -> Optional[tuple[str, bool, str]]:
    """(head noun, whether kind words follow it, the complement from its link word) of an
    institution's name: ("tribunal", True, "de lyon") for "tribunal correctionnel de Lyon", ("cour",
    True, "de rennes") for "cour d'appel de Rennes", ("ministère", True, "de la culture") for
    "Ministère valdorien de la Culture"; None for another shape. The complement opens
    on the last link before a capitalised word; the kind words between are lowercase."""
    span = cand.span(doc)
    if len(span) > 1 and span[0].pos_ == "DET":
        span = span[1:]              # "le ministère valdorien de la Culture": a definite description
    table = _table(doc.lang_)
    if len(span) < 3 or span[0].lower_ not in table["nouns"]:
        return None
    articles = table["complement_articles"]
    link = next((j for j in range(len(span) - 2, 0, -1) if span[j].lower_ in NAME_LINKS and (
        span[j + 1].text[:1].isupper() or span[j + 1].lower_ in articles and span[j + 2:j + 3].text[:1].isupper())), None)
    if link is None or not all(t.is_lower for t in span[1:link]):
        return None
    return span[0].lower_, link > 1, span[link:].text.casefold()


#: the most words of a common-noun phrase an acronym in brackets may spell
SPELLED_REACH = 8


def common_noun_acronyms(doc: Doc, candidates: list) -> list:
    """The candidates without an acronym that spells a common-noun phrase before it in brackets
    ("la taxe sur la valeur ajoutée (TVA)", "le produit intérieur brut (PIB)"), here and wherever
    the text writes it again; a phrase headed by an organisation's noun names one ("l'organisation
    internationale du travail (OIT)")."""
    heads = model_lexicon(doc.lang_).org_words | frozenset(load_json(doc.lang_, "entities_institutions")["heads"])
    common = set()
    for paren in positions(doc, {"("}, ORTH):
        if paren + 2 >= len(doc) or doc[paren + 2].text != ")" or not doc[paren + 1].text.isupper():
            continue
        letters = doc[paren + 1].text.replace("-", "")
        start = _spelling_start(doc, paren, letters)
        if start is not None and doc[start].lower_ not in heads:
            common.add(doc[paren + 1].text)
    if not common:
        return candidates
    return [c for c in candidates if c.type == "PERSON" or c.span(doc).text not in common]


def _spelling_start(doc: Doc, paren: int, letters: str) -> Optional[int]:
    """Where the lowercase phrase right before ``paren`` whose initials are ``letters`` starts."""
    for start in range(paren - 1, max(-1, paren - 1 - SPELLED_REACH), -1):
        token = doc[start]
        if not token.is_lower and not token.is_punct:
            return None        # a capitalised word: a name, not a common noun
        if token.pos_ == "NOUN" and initials(doc[start:paren]) == letters:
            return start
    return None


def institution_seats(doc: Doc, candidates: list, make) -> list:
    """The candidates with the town an institution sits in, where no finder named it: "le parquet de
    Bobigny", "le tribunal correctionnel d'Orbec" hold a place ("nested names included");
    ``make(start, end)`` builds the place's candidate."""
    heads, links = _table(doc.lang_)["seated"], _table(doc.lang_)["seat_links"]
    common = _folded_stoplist(doc.lang_)
    covered = {(c.start, c.end) for c in candidates}
    added = []
    for cand in candidates:
        if cand.type != "ORG" or not doc[cand.start].lower_.startswith(heads) or cand.end - cand.start < 3:
            continue
        link = cand.end - 2
        while link > cand.start and doc[link + 1].text == "-" or link > cand.start and doc[link].text == "-":
            link -= 1         # "de Saint-Denis": the hyphenated name whole
        place = doc[link + 1:cand.end]
        if doc[link].lower_ in links and place[0].is_title and (place.start, place.end) not in covered \
                and all(t.is_title or t.text == "-" for t in place) and _fold(place.text) not in common:
            added.append(make(place.start, place.end))
    return candidates + added


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()


@lru_cache(maxsize=None)
def _folded_stoplist(lang: str) -> frozenset[str]:
    """The capitalised words that are no entity, without case or accents ("Conseil d'Etat" holds no place)."""
    return frozenset(_fold(word) for word in word_set(lang, "entities_stoplist"))


def kind_bodies(doc: Doc, candidates: list) -> list:
    """Candidates for the bodies named by their kind after a definite article ("le conseil des
    ministres a adopté", "jugé par le tribunal correctionnel"): an organisation named by the phrase,
    or the one named before whose name opens with it ("Tribunal correctionnel de Lyon"). Not one with
    its own complement ("le tribunal correctionnel de Lyon", found whole elsewhere), nor an indefinite
    or possessive one ("un conseil municipal", "son conseil municipal")."""
    phrases, table = _kind_bodies(doc.lang_), _table(doc.lang_)
    # after a contracted article ("du", "au") the mention starts at the noun
    definite, contracted = table["definite"], table["contracted"]
    taken = {i for c in candidates for i in range(c.start, c.end)}
    found = []
    text = doc_text(doc)   # Doc.text would join every token again
    for i in positions(doc, frozenset(p.split()[0].split("'")[0].split("’")[0] for p in phrases)):
        end = next((e for e in (_phrase_end(doc, text, i, p) for p in phrases) if e), None)
        if end is None or i == 0 or i in taken or not doc[i].is_lower:
            continue
        end = _qualified_end(doc, end)
        article = doc[i - 1].lower_
        if article not in definite | contracted or _named_complement(doc, end):
            continue
        name = doc[i:end].text
        name = name[0].upper() + name[1:]
        earlier = [c for c in candidates + found if c.type == "ORG" and c.end <= i and c.name.casefold().startswith(name.casefold())]
        key, name = (earlier[-1].key, earlier[-1].name) if earlier else (f"ORG|{name}", name)
        found.append(Candidate(i - (article in definite), end, "ORG", key, name, PATTERN, "description"))
    return candidates + found


@lru_cache(maxsize=None)
def _kind_bodies(lang: str) -> tuple[str, ...]:
    """The phrases, longest first, their apostrophes in both spellings."""
    phrases = set(load_lines(lang, "entities_kind_bodies"))
    phrases |= {p.replace("'", "’") for p in phrases}
    return tuple(sorted(phrases, key=len, reverse=True))


def _qualified_end(doc: Doc, end: int) -> int:
    """The end past the lowercase adjectives that belong to the body's name ("un tribunal militaire
    fédéral", "le parquet national financier"): another court than the plain one, not a description."""
    qualifiers = word_set(doc.lang_, "entities_kind_body_qualifiers")
    while end < len(doc) and doc[end].is_lower and doc[end].lower_ in qualifiers:
        end += 1
    return end


def _phrase_end(doc: Doc, text: str, i: int, phrase: str):
    """The token end of the phrase written in lowercase from token i, else None."""
    start = doc[i].idx
    if text[start:start + len(phrase)] != phrase:
        return None
    span = doc.char_span(start, start + len(phrase))
    return span.end if span is not None else None


def _named_complement(doc: Doc, end: int) -> bool:
    """Whether a link and a capitalised name follow ("de Lyon", "de la Manche"): a fuller name."""
    if end >= len(doc):
        return False
    if doc[end].text[:1].isupper() and doc[end].is_alpha:
        return True
    after = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ in _table(doc.lang_)["complement_articles"])
    return doc[end].lower_ in NAME_LINKS and after < len(doc) and doc[after].text[:1].isupper()
