"""People named by one word or in capitals, where the statistical recogniser reads the name
without a context.

A team's line-up ("Standard : Bodin, Kessler, Marchal, Dufour, Lamy.") gives surnames alone, one
after the other, and a reporter names the people met in the street by a first name with their
trade ("Jeanine, vendeuse de fruits, raconte"): the model types each word as it would out of any
sentence, a town here, a company there. The roster or the apposition says they are people.
Decrees and official lists write the surname in capitals before the given names ("Madame
RAKOTO Hanta Lalao"), which the model cuts in pieces.
"""
from __future__ import annotations

import re

from typing import Callable, Iterator, Optional

from spacy.attrs import ORTH, SHAPE
from spacy.tokens import Doc, Token

from recoupe.analyse.entity_people import CAPITAL_PARTICLES
from recoupe.analyse.entity_spans import (CITY, FULL_NAME, GAZETTEER, MODEL, PATTERN, Candidate, _hyphen_part,
                                         _line_start)
from recoupe.analyse.entity_lexicon import word_set
from recoupe.analyse.entity_streets import _plays, _score_at
from recoupe.analyse.extensions import positions

#: the fewest names after a team's name for a line-up (five a side at least)
LINEUP_NAMES = 5
#: the fewest distinct words of a match report (entities_match_words) in an article without a score
MATCH_WORDS = 2
#: the most words of a team's name before its line-up ("Royale Union Saint-Gilles")
TEAM_WORDS = 5
#: the most words of one player's name ("Van der Berg", "Jean-Marc Ossé")
PLAYER_WORDS = 4
#: the most given names after a surname in capitals ("DOVO Eloi Alphonse Maxime")
GIVEN_NAMES = 3
#: articles before an acronym: "l'ONUDI", "la FIFA", "du CNRS"
_ARTICLES = ("l'", "l’", "la", "le", "les", "du", "des", "au", "aux")
#: the most words of an apposition after its head noun ("un marchand de charbon du quartier")
APPOSITION_WORDS = 8
#: determiners of an apposition's head ("Minani, un marchand de charbon")
_INDEFINITE = ("un", "une")
#: what closes a line-up before the end of its line
_CLOSERS = (".", ";")


def lineup_people(doc: Doc, candidates: list, person: Callable[[int, int], Candidate],
                  team: Callable[[int, int], Candidate]) -> list:
    """The candidates with each name of a line-up made a person and its team an organisation: a
    line opens with a capitalised name (the team), a colon, then at least ``LINEUP_NAMES``
    capitalised names between commas (a parenthesis after a name, a substitution, is left out).
    Only in a match report (``_roster_of_people``): elsewhere such a list names places or firms
    ("Suisse : Vaud, Valais, Berne, ..."). The team's name elsewhere in the article is the team
    too (a town the model took: "Anderlecht ouvrait le score"). ``person`` and ``team`` build
    candidates."""
    dropped, added, teams = set(), [], set()
    for colon in positions(doc, {":"}, ORTH):
        header, names = _team_before(doc, colon), _lineup(doc, colon + 1)
        if header is None or names is None:
            continue
        inside = [c for c in candidates if any(c.start < end and start < c.end for start, end in names)]
        if not _roster_of_people(doc, inside, len(names)):
            continue
        dropped.update(id(c) for c in inside)
        added.extend(person(start, end) for start, end in names)
        teams.add(doc[header:colon].text)
        if not any(c.start < colon and header < c.end for c in candidates):
            added.append(team(header, colon))
    kept = [c for c in candidates if id(c) not in dropped]
    for cand in kept:
        if cand.type in ("GPE", "ORG") and cand.priority <= CITY and cand.span(doc).text in teams:
            cand.type, cand.key, cand.name = "ORG", f"ORG|{cand.span(doc).text}", cand.span(doc).text
    return kept + added


def apposed_people(doc: Doc, candidates: list, person: Callable[[int, int], Candidate]) -> list:
    """The candidates with a word opening a sentence before an apposition that names a trade or
    a role ("Jeanine, vendeuse de fruits, raconte", "Minani, un marchand de charbon, révèle")
    made a person, or added as one when the model missed it; a name the gazetteer knows keeps
    its type. The person nouns are those counted as people (figures_person_nouns)."""
    nouns = word_set(doc.lang_, "figures_person_nouns")
    by_start = {c.start: c for c in candidates if c.end == c.start + 1}
    added = []
    dropped = set()
    for comma in positions(doc, {","}, ORTH):
        head = comma + 1 + (comma + 1 < len(doc) and doc[comma + 1].lower_ in _INDEFINITE)
        name = _opening_name(doc, comma)
        if name is None and _lone_name_aged(doc, comma):
            name = comma - 1
        if name is None:
            continue
        if head >= len(doc) or not any(t.text == "," for t in doc[head + 1:head + 1 + APPOSITION_WORDS]):
            continue
        if doc[head].lower_ not in nouns and doc[head].lemma_ not in nouns and not _aged(doc, head):
            continue
        cand = by_start.get(name) if name == comma - 1 else None
        if cand is not None and cand.priority <= CITY:
            cand.type, cand.key, cand.priority = "PERSON", f"PERSON|{cand.name}", FULL_NAME
        elif cand is None and not any(c.start <= name and comma <= c.end and c.priority > CITY for c in candidates):
            # a given name the model left out ("Léon" + "Vartan") or a name it missed: the whole name
            dropped.update(id(c) for c in candidates if name <= c.start and c.end <= comma and c.priority <= CITY)
            added.append(person(name, comma))
    return [c for c in candidates if id(c) not in dropped] + added


#: tags of a capitalised word opening a sentence that is no part of a name ("Selon", "Hier", "Puis")
_NOT_NAME_TAGS = ("ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "AUX", "VERB")


def _opening_name(doc: Doc, comma: int) -> Optional[int]:
    """The start of the one to three capitalised words before ``comma`` that open a line or follow
    an incise's verb ("Léon Vartan, élu du personnel, …"), the earliest such word when the parser
    cut a sentence inside the name; None when there are none."""
    start = comma
    while start > max(comma - 3, 0) and doc[start - 1].is_title and doc[start - 1].is_alpha \
            and (start == comma or doc[start - 1].pos_ not in _NOT_NAME_TAGS and "\n" not in doc[start - 1].whitespace_):
        start -= 1
    return next((i for i in range(start, comma) if _line_start(doc[i]) or _inverted_subject(doc, i)), None)


def _lone_name_aged(doc: Doc, comma: int) -> bool:
    """One capitalised word inside a sentence before an age alone between commas ("… dont Léa, 45 ans,
    …"): a person, wherever the sentence puts her; "à Varnel, 45 ans plus tard," is no age apposition."""
    if comma < 2 or comma + 3 >= len(doc) or not (doc[comma - 1].is_title and doc[comma - 1].is_alpha):
        return False
    if doc[comma - 2].is_title and doc[comma - 2].is_alpha and doc[comma - 2].pos_ not in _NOT_NAME_TAGS:
        return False           # a longer name: the opening rules read it
    ages = word_set(doc.lang_, "entities_age_words")
    return doc[comma + 1].like_num and doc[comma + 2].lower_ in ages and doc[comma + 3].text == ","


def _inverted_subject(doc: Doc, i: int) -> bool:
    """A name right after the verb of an incise ("», lance Tom, …"): a subject, placed after its verb."""
    return i >= 2 and doc[i - 1].pos_ == "VERB" and doc[i - 2].text == ","


def _aged(doc: Doc, head: int) -> bool:
    """An apposition giving an age before its comma ("croyante de 34 ans,", "19 ans,"): a person's."""
    ages = word_set(doc.lang_, "entities_age_words")
    words = doc[head:head + APPOSITION_WORDS]
    for token in words[:-1]:
        if token.text == ",":
            return False
        if token.like_num and token.nbor(1).lower_ in ages:
            return True
    return False


def capitalised_surnames(doc: Doc, candidates: list, person: Callable[[int, int], Candidate]) -> list:
    """The candidates with a surname written in capitals before its given names, as decrees and
    official lists write them ("Madame RAKOTO Hanta Lalao", "comme RABARY-NJAKA Henry"), made one
    person over the model's pieces (the capitals read as an organisation, the given names as a
    place). Not an acronym after its article ("selon l'ONUDI Paul Kessler") nor one the gazetteer
    knows, nor a word of a line in capitals."""
    known = {i for c in candidates if c.priority == GAZETTEER for i in range(c.start, c.end)}
    found = []
    for i in positions(doc, {"XXXX"}, SHAPE):
        end = i + 1
        while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].shape_.startswith("XX"):
            end += 2                  # "RABARY" "-" "NJAKA"
        given = end
        while given < len(doc) and given - end < GIVEN_NAMES and _given_name(doc[given]):
            given += 1
        before = doc[i - 1] if i else None
        if given == end or i in known or before is not None and (before.lower_ in _ARTICLES or before.text == "-"
                                                                   or before.is_upper and before.is_alpha):
            continue
        found.append(person(i, given))
    spans = [(c.start, c.end) for c in found]
    return [c for c in candidates if c.priority == GAZETTEER or not any(c.start < e and s < c.end for s, e in spans)] \
        + found


def _given_name(token: Token) -> bool:
    """A capitalised word of two letters or more that is no article or link ("N°" is no name)."""
    return token.is_title and token.is_alpha and len(token) > 1 \
        and token.pos_ not in ("DET", "ADP", "CCONJ", "PRON", "AUX")


def _team_before(doc: Doc, colon: int) -> Optional[int]:
    """Where the name before a colon starts, when a line opens with it: a few capitalised words
    ("Standard", "Union Saint-Gilles"), not a label with lowercase words ("Entreprises concernées")."""
    start = colon - 1
    while start > 0 and colon - start < TEAM_WORDS and not _line_start(doc[start]):
        start -= 1
    if start < 0 or not _line_start(doc[start]):
        return None
    return start if all(_name_token(t) or t.text == "-" for t in doc[start:colon]) else None


def _roster_of_people(doc: Doc, inside: list, names: int) -> bool:
    """Whether the names of a list are players: the article reports a match (a score, or a few
    words of one: "arbitre", "mi-temps") and the names are not mostly known places. The model's
    guesses say nothing: it reads a run of unknown surnames between commas as places."""
    known_places = sum(1 for c in inside if c.type in ("GPE", "LOC") and c.priority > MODEL)
    return 2 * known_places < names and _match_report(doc)


def _match_report(doc: Doc) -> bool:
    if any(_score_at(doc, i) for i in positions(doc, {str(n) for n in range(100)}, ORTH)):
        return True
    return _match_words(doc)


def _match_words(doc: Doc) -> bool:
    words = word_set(doc.lang_, "entities_match_words")
    return len({doc[i].lower_ for i in positions(doc, words)}) >= MATCH_WORDS


def _lineup(doc: Doc, i: int) -> Optional[list[tuple[int, int]]]:
    """The (start, end) of each name of the list starting at token i, up to the end of its
    sentence or line, or None when it is no list of names."""
    end = i
    while end < len(doc) and doc[end].text not in _CLOSERS and "\n" not in doc[end].text:
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            break
    commas = [k for k in range(i, end) if doc[k].text == ","]
    if len(commas) + 1 < LINEUP_NAMES:
        return None
    names = [_name_part(doc, a + 1, b) for a, b in zip([i - 1, *commas], [*commas, end])]
    return None if None in names else names


def _name_part(doc: Doc, start: int, end: int) -> Optional[tuple[int, int]]:
    """The name's tokens in one item of the list, without a parenthesis after it, or None when
    the item is not a name of capitalised words."""
    stop = next((k for k in range(start, end) if doc[k].text == "("), end)
    if stop == start or stop - start > PLAYER_WORDS or not _name_token(doc[start]):
        return None
    if not all(_name_token(t) or t.text == "-" or t.text in CAPITAL_PARTICLES or t.is_lower and len(t) <= 3
               for t in doc[start:stop]):
        return None
    return start, stop


def _name_token(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.replace("-", "").replace("'", "").isalpha()



#: a person's initials as courts and papers write an anonymised name: "E.F.", "J.-P.D."
_INITIALS = re.compile(r"(?:[A-Z]\.-?){2,4}")


def initialled_people(doc: Doc, candidates: list, person: Callable[[int, int], Candidate]) -> list:
    """The candidates with the initials apposed to a noun of people ("le prévenu, E.F., a reconnu",
    "la victime, M.K., 34 ans") made a person, or added as one when the model missed them."""
    nouns = word_set(doc.lang_, "figures_person_nouns")
    by_start = {c.start: c for c in candidates if c.end == c.start + 1}
    added = []
    for comma in positions(doc, {","}, ORTH):
        name, noun = comma + 1, comma - 1
        if name >= len(doc) or noun < 0 or not _INITIALS.fullmatch(doc[name].text) \
                or doc[noun].lower_ not in nouns and doc[noun].lemma_ not in nouns:
            continue
        cand = by_start.get(name)
        if cand is None:
            added.append(person(name, name + 1))
        elif cand.priority <= CITY:
            cand.type, cand.key, cand.priority = "PERSON", f"PERSON|{cand.name}", FULL_NAME
    return candidates + added


#: the most words of a team's name on either side of a score line ("Royale Union Saint-Gilles")
SCORE_TEAM_WORDS = 4


def scoreline_teams(doc: Doc) -> Iterator[Candidate]:
    """A results line "Kessdorf United 2-1 Real Varna": the capitalised words on each side of a bare
    score are two clubs' whole names, organisations. The recogniser cuts them at the town they
    hold ("Varna") and types that a place; both sides capitalised, or it is no results line."""
    for i in (i for i in positions(doc, {str(n) for n in range(100)}, ORTH) if _score_at(doc, i)):
        if i > 0 and doc[i - 1].text == "(" or not doc[i + 2].whitespace_:
            continue                  # "Lens (2-1)": the score of a sentence's team, found elsewhere
        before, after = _capital_run(doc, i - 1, -1), _capital_run(doc, i + 3, 1)
        if before is None or after is None:
            continue
        for start, end in (before, after):
            name = doc[start:end].text
            yield Candidate(start, end, "ORG", f"ORG|{name}", name, PATTERN)


def _capital_run(doc: Doc, i: int, step: int) -> Optional[tuple[int, int]]:
    """The capitalised words from token i away from the score (step -1 back, +1 on), in one line,
    SCORE_TEAM_WORDS at most; None when the word next to the score is not capitalised."""
    words, edge = 0, i
    while 0 <= edge < len(doc) and words < SCORE_TEAM_WORDS \
            and (doc[edge].text[:1].isupper() and doc[edge].is_alpha or _hyphen_part(doc, edge)):
        if step > 0 and _line_start(doc[edge]):
            break                     # the next line is no part of the name
        words, edge = words + 1, edge + step
        if step < 0 and _line_start(doc[edge - step]):
            break                     # the line's first word opens the name
    if words == 0:
        return None
    return (edge + 1, i + 1) if step < 0 else (i, edge)


def reported_teams(doc: Doc, candidates: list) -> None:
    """In a match report, a town only the recogniser found that takes a club's article
    (entities_club_articles: "accueille le Varnel", "gagner à l'Orlan") is its club: towns take none. Without a score, a town that
    plays ("face à Varnel", subject of a match verb) is its club too, as team_places reads it with
    one. Every candidate of an articled name goes with it; a playing town only where it plays."""
    if not _match_report(doc):
        return
    scored = any(_score_at(doc, i) for i in positions(doc, {str(n) for n in range(100)}, ORTH))
    # the article reads a club only where the words tell a match (a bare "0-14" may be an age range)
    articles = word_set(doc.lang_, "entities_club_articles") if _match_words(doc) else frozenset()
    verbs = word_set(doc.lang_, "entities_team_verbs")
    places = [c for c in candidates if c.type == "GPE" and c.kind != "alias"]
    clubs = {word: c for c in candidates if c.type == "ORG" and c.end - c.start > 1 for word in c.span(doc).text.split()}
    articled = {c.span(doc).text for c in places
                if c.priority <= MODEL and c.start > 0 and doc[c.start - 1].lower_ in articles}
    for cand in places:
        text = cand.span(doc).text
        # the article names the club throughout; a town that plays is the club there only ("le maire de X")
        if text in articled or not scored and _plays(doc, cand, set(), verbs):
            club = clubs.get(text)     # "Entente Varnel" named in full: the town alone is its mention
            cand.type, cand.key, cand.name = "ORG", club.key if club else f"ORG|{text}", club.name if club else text
            cand.kind = "alias" if club else cand.kind
