"""People's names glued to another name, and the affiliations written beside a person.

The statistical NER often reads a title's complement and the person after it as one name
("le chef du Hezbollah Karim Haddad", "le président de la Confédération Hugo Lanz", "la candidate
de La République en marche Sophie Marlin"), or a work and its author ("Lumière de Nadia Keita").
``person_tail`` splits such a span. ``affiliations`` types the name in parentheses right after
a person ("Paul Kessler (Lotto-Soudal)", "Clara Venturi (Forza Italia)"): the person's team or
party, an organisation, unless it is a known place ("Nadia Keita (Mali)").
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from recoupe.analyse.entity_lexicon import model_lexicon
from recoupe.analyse.extensions import positions
from recoupe.resources import available, load_json, load_lines

#: capitalised particles of Dutch, Flemish, Italian or French surnames ("Van Dijk", "De Smet", "Le Pen")
#: the words "of" that link a name's parts or a body to its complement ("ministère de la Santé",
#: "Charles de Gaulle"): one tuple for every entity module that asks
NAME_LINKS = ("de", "du", "des", "d'", "d’")
CAPITAL_PARTICLES = ("Van", "Von", "Der", "Den", "De", "Da", "Di", "Del", "Le", "La", "Ben", "El", "Al")
#: the most capitalised words of a person's name split off a longer span ("Hugo Lanz")
NAME_WORDS = 2
#: the most tokens between parentheses for an affiliation ("(Veranda's Willems-Crelan)")
AFFILIATION_TOKENS = 8


def _name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.text not in CAPITAL_PARTICLES


def _particle(token: Token, particles: frozenset[str]) -> bool:
    return token.lower_ in particles or token.text in CAPITAL_PARTICLES


def person_tail(span: Span, known: frozenset[str], titles: frozenset[str], particles: frozenset[str],
                label: str = "", portfolios: frozenset[str] = frozenset()) -> Optional[tuple[Optional[Span], Span]]:
    """(the name before, the person) when the span ends with a person's name glued to another
    name: after a known organisation ``known``, a name ending in a lowercase word or in a
    ministry's portfolio ``portfolios`` ("ministère de la Santé" + "Nadia Keita"), or a title's
    complement; None otherwise. The name before is None when it is no entity (a work's title)."""
    doc = span.doc
    if len(span) < 3 or not _name_word(span[-1]) or not _name_word(span[-2]) and not _particle(span[-2], particles):
        return None
    start, words = span.end, 0
    while start > span.start and words < NAME_WORDS:
        token = doc[start - 1]
        if _name_word(token):
            words += 1
        elif not _particle(token, particles):
            break
        start -= 1
    while start < span.end and _particle(doc[start], particles):
        start += 1                    # the name starts on a capitalised word: "de" + "Nadia Keita"
    if words < NAME_WORDS or start <= span.start or span.end - start < 2:
        return None
    head, person = doc[span.start:start], doc[start:span.end]
    # "Régiment de Hussards Parachutistes": common nouns capitalised; after a known party's
    # acronym a given name that is also a noun ("Rose", "Marine") still opens a person's name
    if head.text not in known and any(t.pos_ != "PROPN" for t in person if not _particle(t, particles)):
        return None
    if head[-1].lower_ in _ARTICLE_LINKS:
        return None                   # "Charte des" + "Nations Unies": no person after an article
    if head[-1].lower_ in ("de", "d'"):      # "Lumière de Nadia Keita": a work and its author
        return (None, person) if label == "PER" and len(head) > 1 else None
    if label == "PER" and len(head) == 1 and head.text not in known:
        return None                   # "Jean Paul Martin": one person with two given names
    if head.text in known or head[-1].is_lower and head[-1].is_alpha or head[-1].lower_ in portfolios:
        return head, person
    title = _after_title(span, titles)
    if title is None:
        return None
    # the party's first words the model left out go back on its name ("Unis à" + "Gauche")
    first = next((k for k in range(title + 1, span.start) if doc[k].is_title), span.start)
    return doc[first:start], person


def _after_title(span: Span, titles: frozenset[str]) -> Optional[int]:
    """Where the title right before the span is (None when there is none), link words apart
    ("président de la" + "Confédération Hugo Lanz") or the first words of a party's name the model
    left out ("la députée d'Unis à" + "Gauche Hugo Lanz")."""
    i, stop = span.start - 1, max(-1, span.start - 1 - TITLE_REACH)
    while i > stop and (span.doc[i].lower_ in _LINKS or span.doc[i].lower_ in _NAME_LINKS
                        or span.doc[i].is_title and i > 0 and span.doc[i - 1].lower_ in _LINKS):
        i -= 1
    return i if i > stop and span.doc[i].lower_ in titles else None


#: contracted or definite articles: a name after them is a thing's, never a person's
_ARTICLE_LINKS = ("du", "des", "la", "le", "les", "l'", "l’")
#: link words between a title and its complement
_LINKS = ("de", "d'", "d’", "du", "des", "la", "l'", "le", "les")
#: lowercase words inside a party's name ("Unis à Gauche", "Ensemble pour la Ville")
_NAME_LINKS = ("à", "pour", "et")
#: the most tokens between a title and the name glued to a person
TITLE_REACH = 5


def person_shape(span: Span) -> bool:
    """Name, capitalised particle, name ("Marine Le Pen", "Jan De Smet"): a person whatever the
    model's label."""
    return len(span) == 3 and _name_word(span[0]) and span[1].text in CAPITAL_PARTICLES and _name_word(span[2])


def particle_between_names(doc: Doc, i: int, particles: frozenset[str]) -> bool:
    """A capitalised surname particle between two names ("Pieter Van Dijk"): not the town it spells."""
    return 0 < i < len(doc) - 1 and _particle(doc[i], particles) and _name_word(doc[i - 1]) \
        and _name_word(doc[i + 1])


def affiliations(doc: Doc, candidates: list, make) -> list:
    """The candidates with parenthesised names right after a person typed as organisations: the
    whole parenthesis is the name ("(Wanty-Groupe Dubois)"), over the partial names inside;
    ``make(start, end)`` builds a candidate. A known place inside stays a place."""
    person_ends = {c.end for c in candidates if c.type == "PERSON"}
    if not person_ends:
        return candidates
    dropped, added = set(), []
    for i in positions(doc, {"("}, ORTH):
        if i not in person_ends:
            continue
        close = _closing(doc, i)
        if close is None or not _affiliation_shape(doc[i + 1:close]):
            continue
        inside = [c for c in candidates if c.start < close and i < c.end]
        if _portfolio(doc[i + 1:close]):   # "Jean Dupont (Intérieur)": the minister's office, no body
            dropped.update(id(c) for c in inside)
            continue
        if any(c.type in ("GPE", "LOC") and c.priority > 1 and (c.start, c.end) == (i + 1, close) for c in inside) \
                or any(c.start <= i or c.end > close for c in inside):
            continue                  # "Nadia Keita (Mali)"; a name running out of the parenthesis
        dropped.update(id(c) for c in inside)
        added.append(make(i + 1, close))
    return [c for c in candidates if id(c) not in dropped] + added


def _one_person(doc: Doc, start: int, end: int) -> bool:
    """The model reads the whole of "Yann Le Goff" as one person: a capitalised article alone
    proves nothing ("à Lorient Le Télégramme", "Mardi La Rochelle" are read as other names)."""
    return all(t.ent_type_ == "PER" for t in doc[start:end]) and doc[start].ent_iob_ == "B"


def _portfolio(inside: Span) -> bool:
    """A government portfolio ("Intérieur", "Affaires étrangères", "Économie et Finances"): its
    capitalised words are all portfolios."""
    portfolios = model_lexicon(inside.doc.lang_).portfolios
    words = [t for t in inside if t.is_title]
    return bool(words) and inside[0].is_title and all(t.lower_ in portfolios for t in words)


def _closing(doc: Doc, i: int) -> Optional[int]:
    for j in range(i + 1, min(len(doc), i + 2 + AFFILIATION_TOKENS)):
        if doc[j].text == ")":
            return j if j > i + 1 else None
    return None


def _affiliation_shape(inside: Span) -> bool:
    """A name, not an age, a date or a list of countries: capitalised words, hyphens, "d'",
    with no comma or slash; a single plain word is more often a town ("Dupont (Villeurbanne)")."""
    if any(t.text in (",", "/", ";") or t.like_num for t in inside) or not inside[0].text[:1].isupper():
        return False
    if len(inside) == 1 and inside[0].is_title and not inside[0].text.isupper():
        return inside[0].ent_type_ in ("ORG", "PER", "MISC")
    return all(t.text[:1].isupper() or t.text in ("-", "'s", "’s") or t.lower_ in ("d'", "d’", "de", "du", "des")
               or t.is_digit or t.text == "s" and t.i > inside.start and t.nbor(-1).text[-1:] in "'’" for t in inside)


def particle_people(doc: Doc, particles: frozenset[str], make) -> list:
    """A given name, a capitalised particle, lowercase particles and a surname ("Lieve Van der
    Meulen", "Karl Von den Bergh"), the surname alone ("Van der Meulen a dit"), or a given name,
    a capitalised particle and a surname ("Yann Le Goff"): a person, where the model often reads
    the capitalised particle alone as a town ("Van") or splits the name around it ("Yann" /
    "Goff"). ``make(start, end)`` builds the person's candidate."""
    found = []
    openers, links = _surname_particles(doc.lang_)
    for i in positions(doc, frozenset(CAPITAL_PARTICLES), ORTH):
        opener = doc[i].text in openers
        j = i + 1
        while j < len(doc) and doc[j].is_lower and (doc[j].lower_ in particles or opener and doc[j].lower_ in links):
            j += 1
        if j >= len(doc) or not _name_word(doc[j]):
            continue
        # before such a particle a capitalised word inside the sentence is a given name, whatever its tag
        given = i > 0 and _name_word(doc[i - 1]) and (doc[i - 1].pos_ in ("PROPN", "X")
                                                      or opener and not doc[i - 1].is_sent_start)
        # a particle that is no word of the language opens a surname even alone ("Van Damme de retour")
        if j > i + 1 or opener or given and _one_person(doc, i - 1, j + 1):
            found.append(make(i - 1 if given else i, j + 1))
        elif _given_name_tagged_noun(doc, i, j):
            found.append(make(i - 1, j + 1))
    return found


def _given_name_tagged_noun(doc: Doc, i: int, j: int) -> bool:
    """"Marine Le Pen" opening a sentence: the tagger reads the given name as a noun and the model
    names "Le Pen" alone; a capitalised noun right before a person the model opens on the particle is
    the given name, unless it is a title or an honorific ("Madame Le Pen", "Président Le Pen")."""
    if i == 0 or not (doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "PER" and doc[j].ent_type_ == "PER"):
        return False
    before = doc[i - 1]
    return _name_word(before) and before.pos_ in ("NOUN", "PROPN", "X") \
        and before.lower_ not in _person_titles(doc.lang_)


@lru_cache(maxsize=None)
def _person_titles(lang: str) -> frozenset[str]:
    """Titles and honorifics that may stand capitalised before a surname."""
    return frozenset(w.lower() for name in ("entities_titles", "entities_honorifics", "quotes_speaker_honorifics")
                     for w in load_lines(lang, name))


@lru_cache(maxsize=None)
def _surname_particles(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(capitalised particles that are no word of the language, lowercase links that may follow them)."""
    table = load_json(lang, "entities_surname_particles") if available(lang, "entities_surname_particles") else {}
    return frozenset(table.get("openers", ())), frozenset(table.get("links", ()))
