"""Names made of a common noun and a proper name: streets and squares ("place Jean-Moulin",
"côte de Castelnau"), institutions and facilities ("cour d'appel de Lyon", "3e régiment de
parachutistes"), sports clubs with their abbreviation ("AS Monaco"); and two that need the
other names first: a town or country playing a match is its team ("Lens 2-1 Brest"), and a
state's institution named by a description ("le gouvernement libanais", "l'armée").

The statistical NER reads the proper name after the common noun alone, often as a person
("place Jean Moulin" -> Jean Moulin) or a town. The common noun and its name are one place,
and they win over any name inside them.
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from recoupe.analyse.entity_bounds import clause_run_on, dated_tail, glued_end
from recoupe.analyse.entity_people import person_shape, person_tail
from recoupe.analyse.entity_candidate import MODEL, PATTERN, Candidate, _hyphen_part, _line_start
from recoupe.analyse.entity_patterns import _branch, _nationality
from recoupe.analyse.extensions import positions
from recoupe.analyse.gazetteer import Gazetteer
from recoupe.analyse.entity_lexicon import complement_links, word_set
from recoupe.resources import load_json, load_lines

#: above a person's full name: "place Jean-Moulin" is not a mention of Jean Moulin
STREET = 4.5
#: the most link words between the head and its name ("de la", "de l'")
MAX_LINKS = 2


def street_candidates(doc: Doc) -> Iterator[Candidate]:
    table = load_json(doc.lang_, "entities_streets")
    heads = {tuple(h.split()) for h in table["heads"]}
    links, articles = frozenset(table["links"]), frozenset(table["articles"])
    article_only, indefinites = frozenset(table["article_only"]), frozenset(table["indefinites"])
    capitalised = frozenset(table["capitalised"])
    for i in positions(doc, {h[0] for h in heads}):
        head = next((h for h in sorted(heads, key=len, reverse=True)
                     if tuple(t.lower_ for t in doc[i:i + len(h)]) == h), None)
        if head is None or not doc[i].is_lower and (head[0] not in capitalised or _line_start(doc[i])):
            continue                  # "Côte d'Ivoire" is a country; "Avenue Foch" mid-sentence a street
        if i > 0 and doc[i - 1].lower_ in indefinites:
            continue                  # "une rue de Lyon": a street of the town, not its name
        end = i + len(head)
        linked = end
        while linked < len(doc) and linked - end < MAX_LINKS and doc[linked].lower_ in links:
            linked += 1
        numbered = linked == end and linked < len(doc) and doc[linked].is_digit   # "route nationale 7"
        if linked >= len(doc) or not (doc[linked].text[:1].isupper() or numbered):
            continue
        if head[0] in article_only and linked > end and not articles & {t.lower_ for t in doc[end:linked]} \
                and not _bare_address(doc, i) and not _square_reached(doc, i, frozenset(table["square_prepositions"])):
            continue                  # "la place de Dupont": his position, not a square
        stop = linked + numbered
        while not numbered and stop < len(doc) and (doc[stop].text[:1].isupper() or stop > linked and _hyphen_part(doc, stop)
                                                     or stop > linked and _inner_particle(doc, stop)):
            stop += 1
        stop = glued_end(doc, stop)   # "pont N'" + "sele"
        if not numbered and stop == linked + 1 and _acronym(doc[linked]):
            continue                  # "le plateau de RTVX": a broadcaster's set, no place
        name = doc[i:stop].text
        # "place Jean Moulin" and "place Jean-Moulin" are one square
        key = "LOC|" + " ".join(name.lower().replace("-", " ").replace("\u2019", "'").split())
        yield Candidate(i, stop, "LOC", key, name, STREET, container=True)


def _bare_address(doc: Doc, i: int) -> bool:
    """A street noun without article right after a verb or a comma ("lancés place de Bretagne",
    "rendez-vous, place de Metz"): an address, as such nouns are written bare ("la place de X",
    "en place de X" are a position)."""
    return i > 0 and (doc[i - 1].pos_ in ("VERB", "AUX") or doc[i - 1].text == ",")


def _acronym(token: Token) -> bool:
    """A word in capitals, maybe with digits ("RTVX", "TV5"): an organisation's name, no place's."""
    return len(token.text) > 1 and token.text.isupper() and token.text[:1].isalpha()


def _square_reached(doc: Doc, i: int, prepositions: frozenset[str]) -> bool:
    """"quitté depuis la place d'Orvanie", "sur la place de Varnel": a preposition of place or movement
    before the article makes the head a square; "à la place de" and a verb's object stay a position."""
    return i > 1 and doc[i - 1].lower_ == "la" and doc[i - 2].lower_ in prepositions


def _inner_particle(doc: Doc, i: int) -> bool:
    """A particle inside a person's name a street bears ("avenue Charles de Gaulle") or inside
    a place's name, glued by a hyphen ("vallée de Wadi el-Harra", "rue Abou-Bakr")."""
    particles = ("de", "d'", "du", *load_lines(doc.lang_, "entities_name_particles"))
    j = i + 1
    if j + 1 < len(doc) and doc[j].text == "-" and not doc[i].whitespace_ and not doc[j].whitespace_:
        j += 1
    return j < len(doc) and doc[i].lower_ in particles and doc[j].text[:1].isupper() and not _line_start(doc[j])


#: an ordinal before a unit noun: "3e régiment", "1er bataillon", "17ème chambre"
_ORDINAL_SUFFIXES = ("er", "re", "e", "ème", "eme")
#: the most lowercase words between an institution's head and the name completing it
#: ("tribunal de grande instance de Lyon": four)
INSTITUTION_GAP = 6


def _ordinal(token: Token) -> bool:
    digits = token.text.rstrip("erèm")
    return digits.isdigit() and token.text[len(digits):] in _ORDINAL_SUFFIXES


_ARTICLES = frozenset(("la", "le", "les", "l'", "l’"))


def _name_run(doc: Doc, i: int, links: frozenset[str]) -> int:
    """The end of a capitalised name starting at token i, with its coordinated parts
    ("Culture et de l'Éducation") and lowercase adjectives ("Affaires économiques")."""
    end = i
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text[:1].isdigit()
                              or end > i and doc[end].is_lower and doc[end].pos_ == "ADJ"
                              or end > i and _hyphen_part(doc, end)
                              or end > i and doc[end - 1].text.endswith("-") and not doc[end - 1].whitespace_):
        end += 1
        # "et de l'Éducation" continues a portfolio; "et l'Unité spéciale" starts another body
        if end + 1 < len(doc) and doc[end].lower_ == "et" and doc[end + 1].lower_ not in _ARTICLES:
            nxt = end + 1
            while nxt < len(doc) and doc[nxt].lower_ in links and nxt < end + 3:
                nxt += 1
            if nxt > end + 1 and nxt < len(doc) and doc[nxt].text[:1].isupper():
                end = nxt
    return glued_end(doc, end) if end > i else end


#: a definite link before a second head makes it a separate institution ("du tribunal"), a bare
#: "de" a kind ("brigade de gendarmerie de Vitré")
_DEFINITE = frozenset(("du", "des", "la", "l'", "l’", "au"))


def _institution_end(doc: Doc, i: int, links: frozenset[str], heads: frozenset[str] = frozenset(),
                     namesake: bool = False) -> Optional[int]:
    """Where the name completing an institution's head (ending at token i) ends: straight after it
    ("groupe LR") or after lowercase words and a preposition ("cour d'appel de Lyon"); None when no
    proper name completes it ("la commission a voté")."""
    for j in range(i, min(len(doc), i + INSTITUTION_GAP)):
        token = doc[j]
        if token.text[:1].isupper() or (token.text[:1].isdigit() and j == i and not token.is_digit):
            if j == i:   # a code or a name straight after the head: "groupe LR", "autoroute A7"
                if token.pos_ == "DET" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                    return _name_run(doc, j, links)   # "groupe La Gauche unie": the article is the name's
                if len(token.text) < 2:
                    return None      # "groupe B": a pool, not a name
                end = j + 1
                while end < len(doc) and (_hyphen_part(doc, end) or doc[end].lower_ == "d'" and end + 1 < len(doc)
                                          and doc[end + 1].text[:1].isupper() and not doc[end].whitespace_
                                          or namesake and _namesake_part(doc, end)):
                    end += 1 + (doc[end].lower_ == "d'")   # "Nice-Côte d'Azur": an elision stays in the name
                return end
            # after a link ("cour d'appel de Lyon") or a kind straight after "de" ("zone de secours Hesbaye")
            kind = j == i + 2 and doc[i].lower_ in links and doc[i + 1].pos_ == "NOUN"
            return _name_run(doc, j, links) if doc[j - 1].lower_ in links or kind else None
        # only its complement may come between: "correctionnel", "d'appel", "de grande instance";
        # another head there is the institution ("chambre correctionnelle du tribunal de Brest")
        if token.lower_ == "et" or j > i and token.lower_ in heads and doc[j - 1].lower_ in _DEFINITE or not (token.lower_ in links or token.is_lower and token.pos_ in ("NOUN", "ADJ")):
            return None
    return None


def _namesake_part(doc: Doc, i: int) -> bool:
    """Token i goes on the name straight after a head: the rest of the person a facility is named
    after ("collège Marie Curie", "stade Jean Bouin", "barrage Hassan II", "collège Yves le Goff"),
    not a code's ("groupe LR Paul Marin" is cut by person_tail). A "de" is left out: "stade Jean
    Bouin de Toulouse" is the town's."""
    token, prev = doc[i], doc[i - 1]
    if token.text[:1].isupper() and token.is_alpha and not _line_start(token):
        if prev.lower_ in _SURNAME_ARTICLES:
            return i > 1 and doc[i - 2].text[:1].isupper()
        return prev.text[:1].isupper() and not prev.text.isupper()
    return token.lower_ in _SURNAME_ARTICLES and i + 1 < len(doc) and prev.text[:1].isupper() \
        and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha and not _line_start(doc[i + 1])


#: lowercase articles inside a surname ("Yves le Goff")
_SURNAME_ARTICLES = ("le", "la")


def institution_candidates(doc: Doc) -> Iterator[Candidate]:
    """Institutions and facilities named by a common noun and a proper name ("la cour d'appel de
    Lyon", "le groupe LR", "la centrale nucléaire de Flamanville") and numbered units ("le 3e
    régiment de parachutistes"). They may hold a place name; they are kept whole."""
    table = load_json(doc.lang_, "entities_institutions")
    links = frozenset(table["links"])
    titles = word_set(doc.lang_, "entities_titles")
    particles = word_set(doc.lang_, "entities_name_particles")
    kinds = frozenset(table["kind_heads"])
    heads = {**{unit: "ORG" for unit in table["units"]}, **table["heads"], **{kind: "ORG" for kind in kinds}}
    namesakes = frozenset(table["namesake_heads"])
    for token in (doc[i] for i in positions(doc, heads) if i < len(doc) - 1):
        start = token.i
        unit = token.lower_ in table["units"] and token.i > 0 and _ordinal(doc[token.i - 1])
        if unit:
            start = token.i - 1
            end = _unit_end(doc, token.i + 1, links)
        elif token.lower_ in table["units"] and token.lower_ not in table["heads"]:
            continue
        else:
            if token.i > 1 and doc[token.i - 2].lower_ == "sur" and token.lower_ == "base":
                continue             # "sur la base de": an idiom
            if token.i > 1 and doc[token.i - 1].lower_ in ("de", "d'") and (doc[token.i - 2].lower_ in kinds or
                                                                      doc[token.i - 2].is_title and not _line_start(doc[token.i - 2])):
                continue             # "le Service de police de X", "la zone de police de X": inside a longer name
            if token.lower_ in kinds and not _kind_follows(doc, token.i):
                continue             # "la zone de Gaza": a place, not a unit
            end = _institution_end(doc, token.i + 1, links, frozenset(heads), token.lower_ in namesakes)
            end = clause_run_on(doc, start, end) if end is not None else None
        if end is None or end <= token.i + 1 or _owner(doc, token.i + 1, end, links):
            continue
        split = person_tail(doc[start:end], frozenset(), titles, particles)
        # straight after a facility's head a person is its namesake ("collège Marie Curie"), kept in it
        if split is not None and split[0] is not None and (split[1].start > token.i + 1 or token.lower_ not in namesakes):
            end = split[1].start     # "président du Conseil d'État Hugo Lanz": the person is not in it
        if not unit and _name_only(doc, token, frozenset(table["name_only_heads"])):
            start = token.i + 1      # "le syndicat Alliance": Alliance
        name = doc[start:end].text
        type_ = heads[token.lower_]
        # a unit is one whether or not its town is added: "1er régiment de X" = "1er Régiment de X de Tarbes"
        town = unit and end - start > 4 and doc[end - 2].lower_ in ("de", "d'") and doc[end - 1].is_title
        key_end = end - 2 if town else end
        yield Candidate(start, end, type_, f"{type_}|{doc[start:key_end].text.lower()}", name, PATTERN,
                        trigger=token.lower_, container=True)


def _kind_follows(doc: Doc, i: int) -> bool:
    """A lowercase kind after a unit's noun ("zone de police", "section de recherches")."""
    return i + 2 < len(doc) and doc[i + 1].lower_ == "de" and doc[i + 2].is_lower and doc[i + 2].pos_ == "NOUN"


def _name_only(doc: Doc, head: Token, name_only: frozenset[str]) -> bool:
    """A capitalised name straight after a head that says only what kind of body it is ("syndicat
    Alliance"), or after a kind of that head ("syndicat de police Horizon")."""
    if head.i + 1 >= len(doc) or not doc[head.i + 1].text[:1].isupper():
        return False
    return head.lower_ in name_only or head.i > 1 and doc[head.i - 1].lower_ in ("de", "d'", "d’") \
        and doc[head.i - 2].lower_ in name_only


#: the most tokens of a capitalised head's complement ("Festival international du film de Namur")
HEADED_NAME_TOKENS = 8
#: above the gazetteer, so that its name is whole; the place inside stays nested ("Festival de Cannes")
HEADED = 3.5


def headed_name_candidates(doc: Doc) -> Iterator[Candidate]:
    """A capitalised head noun in mid-sentence and its complement: a name even with lowercase words
    ("la Coupe du monde 2030", "la Fédération béninoise de football", "au Parc des Expositions").
    Competitions and places take in the names inside them; an organisation keeps them nested."""
    table = load_json(doc.lang_, "entities_institutions")
    types = {**{w: "ORG" for w in table["org_words"]}, **{w: "LOC" for w in table["loc_words"]},
             **{w: "EVENT" for w in table["event_words"] if " " not in w}}
    links = complement_links(doc.lang_)
    not_heads = frozenset(table["not_heads"])
    for i in positions(doc, types):
        token = doc[i]
        if not token.is_title or _line_start(token) or i + 1 >= len(doc) or token.lower_ in not_heads \
                or _hyphen_part(doc, i):   # "Nice-Côte d'Azur": inside another name
            continue
        end = dated_tail(doc, i, _complement_end(doc, i + 1, links))
        if end - i < 2:
            continue
        name = doc[i:end].text
        type_ = types[token.lower_]
        yield Candidate(i, end, type_, f"{type_}|{name}", name, PATTERN if type_ == "ORG" else HEADED,
                        "headed", token.lower_, container=True)


def _complement_end(doc: Doc, i: int, links: frozenset[str]) -> int:
    """Adjectives, link words and the nouns or names after them; a year closes it."""
    end, stop = i, min(len(doc), i + HEADED_NAME_TOKENS)
    while end < stop:
        token = doc[end]
        after_link = doc[end - 1].lower_ in links
        # after a proper name, a lowercase complement describes it: "Coupe Rogers" + "de tennis féminin"
        named = doc[i].text[:1].isupper() and end > i
        previous = doc[end - 1]
        # a capital opens the name straight after the head or a link, or goes on a name: "Union
        # centriste" + "Paul Marin" is someone of that union; "grande" + "instance" is one complement
        if token.lower_ in links and not (named and end + 1 < len(doc) and doc[end + 1].is_lower) \
                or token.text[:1].isupper() and not _line_start(token) and not (previous.is_lower and not after_link) \
                or not named and token.is_lower and (token.pos_ == "ADJ" or (after_link or end == i or previous.head.i == end)
                                                     and token.pos_ in ("NOUN", "PROPN")) \
                or end > i and _hyphen_part(doc, end):
            end += 1
        elif token.shape_ == "dddd" and end > i:
            end += 1
            break
        else:
            break
    while end > i and doc[end - 1].lower_ in links:
        end -= 1
    return end


def _owner(doc: Doc, i: int, end: int, links: frozenset[str]) -> bool:
    """The name after the head is a person's, after "de": whose it is ("le groupe de Marine Dupont"),
    not its name (a body named after someone takes no "de": "Fondation Jean-Moulin")."""
    name = next((j for j in range(i, end) if doc[j].lower_ not in links), end)
    person = doc[name].ent_type_ == "PER" and doc[name].ent_iob_ == "B" or person_shape(doc[name:end])
    return i < name < end and person and doc[name - 1].lower_ in ("de", "d'")


def _unit_end(doc: Doc, i: int, links: frozenset[str]) -> int:
    """A numbered unit runs over its lowercase or capitalised words and prepositions
    ("de hussards parachutistes", "de Chasseurs Alpins"), up to punctuation or a verb."""
    end = i
    while end < len(doc) and doc[end].is_alpha and doc[end].lower_ != "et" \
            and (doc[end].lower_ in links or doc[end].pos_ in ("NOUN", "ADJ", "PROPN")):
        end += 1
    while end > i and doc[end - 1].lower_ in links:
        end -= 1
    return end


def club_candidates(doc: Doc) -> Iterator[Candidate]:
    """Sports clubs named with their abbreviation ("AS Monaco", "Nantes FC"): an organisation,
    and the town inside is not a mention of the town."""
    prefixes = word_set(doc.lang_, "entities_club_prefixes")
    for i in positions(doc, prefixes, ORTH):
        after = i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and not _line_start(doc[i + 1])
        before = i > 0 and doc[i - 1].text[:1].isupper() and not _line_start(doc[i])
        if after:
            start, end = i, i + 2
            while end < len(doc) and _hyphen_part(doc, end):
                end += 1
        elif before:
            start, end = i - 1, i + 1
        else:
            continue
        name = doc[start:end].text
        yield Candidate(start, end, "ORG", f"ORG|{name}", name, PATTERN)


def _score_at(doc: Doc, i: int) -> bool:
    """A match score starts at token i: "2" "-" "1" glued together ("Lyon 2-1 Nice", "(34-17)")."""
    return i + 2 < len(doc) and doc[i].is_digit and doc[i + 2].is_digit and doc[i + 1].text == "-" \
        and len(doc[i].text) <= 2 and len(doc[i + 2].text) <= 2 and not doc[i].whitespace_ \
        and not doc[i + 1].whitespace_


def _plays(doc: Doc, cand: Candidate, scores: set[int], verbs: frozenset[str]) -> bool:
    """A place in a team's role: next to a score ("Lyon 2-1 Nice", "battu par Lens (2-1)"), after
    "contre"/"face à", or subject or object of a match verb ("Nantes s'impose", "affronter l'Italie")."""
    before = [t.lower_ for t in doc[max(0, cand.start - 3):cand.start]]
    if before[-1:] == ["contre"] or "face" in before[-3:-1]:
        return True
    if before[-1:] in (["à"], ["au"], ["en"]):
        return False                  # "la défaite à Lens (3-0)": where the match was played
    after = cand.end + (cand.end < len(doc) and doc[cand.end].text == "(")
    if after in scores or cand.start - 3 in scores or cand.start > 0 and doc[cand.start - 1].pos_ == "ADP" and cand.start - 4 in scores:
        return True                   # "défait 4-1 par Sorvelle": the winner after the score
    # the parser may hang a hyphenated name's last word on the verb ("Vaux" "-" "Tamboro" l'emporte)
    return any(t.dep_ in ("nsubj", "obj", "obl:agent") and t.head.lemma_ in verbs
               and not cand.start <= t.head.i < cand.end for t in doc[cand.start:cand.end])


def team_places(doc: Doc, candidates: list[Candidate]) -> None:
    """In a match report (a score in the text), a town or country that plays is its team, an
    organisation: "Lens 2-1 Brest", "le XV de France affronte l'Australie". Every mention of that
    name in the article goes with it; a club named in full with the town ("AS Poissy") absorbs it."""
    scores = {i for i in positions(doc, {str(n) for n in range(100)}, ORTH) if _score_at(doc, i)}
    if not scores:
        return
    verbs = word_set(doc.lang_, "entities_team_verbs")
    places = [c for c in candidates if c.type == "GPE" and c.kind != "alias"]
    players = places + [c for c in candidates if c.type == "ORG" and c.kind != "alias"]
    teams = {c.span(doc).text for c in players if _plays(doc, c, scores, verbs)}
    # a place coordinated after a team's name is one too: "Sorvelle et Vaux-Tamboro gagnent encore"
    teams |= {c.span(doc).text for c in places if c.start > 1 and doc[c.start - 1].pos_ == "CCONJ"
              and any(doc[c.start - 1 - n:c.start - 1].text in teams for n in range(1, min(4, c.start)))}
    prefixes = word_set(doc.lang_, "entities_club_prefixes")
    clubs = {word: c for c in candidates if c.type == "ORG" and any(w in prefixes for w in c.span(doc).text.split())
             for word in c.span(doc).text.split() if word not in prefixes}   # "Sorvelle HC": the club of Sorvelle
    for cand in places:
        text = cand.span(doc).text
        if text in teams:
            club = clubs.get(text)
            cand.type, cand.key, cand.name = "ORG", club.key if club else f"ORG|{text}", club.name if club else text
            cand.kind = "alias" if club else cand.kind


def state_institutions(doc: Doc, gaz: Gazetteer, candidates: list[Candidate], common=frozenset()) -> list[Candidate]:
    """A state's institution named by a definite description ("le gouvernement libanais", "du
    gouvernement", "l'armée"): an organisation named after its country. Not a title's complement
    ("le porte-parole du gouvernement") nor a described one ("un gouvernement de rupture")."""
    table = load_json(doc.lang_, "entities_state_institutions")
    heads, determiners = table["heads"], frozenset(table["determiners"])
    titles = word_set(doc.lang_, "entities_titles")
    taken = {i for c in candidates for i in range(c.start, c.end)}
    home: list[Optional[str]] = []   # the article's own country, counted once when first needed
    found = []
    for i in positions(doc, heads):
        token, prev = doc[i], doc[i - 1] if i else None
        if not token.is_lower or prev is None or prev.lower_ not in determiners or i in taken:
            continue
        if prev.lower_ in ("du", "au") and i > 1 and doc[i - 2].lower_ in titles:
            continue
        rule = heads[token.lower_]
        branch, after = _branch(doc, token, rule.get("branches", {}))
        if branch:                   # "l'armée de terre": the arm has its own name
            rule = rule["branches"][branch] | {k: v for k, v in rule.items() if k in _INHERITED}
        elif rule.get("branch_only"):
            continue                 # "la garde à vue", "la défense de l'accusé": no institution
        if rule.get("regional"):
            found.append(_regional_body(doc, i, after, rule["name"], candidates + found, gaz))
            continue
        country, end = _nationality(doc, after, gaz)
        led = country is None and rule.get("led_by") and _leader_named(doc, end, candidates, common)
        if led:                      # "le gouvernement Dupont": the government its head names, Dupont a person
            end += 1
        elif country is None and end < len(doc) and (doc[end].lower_ in _COMPLEMENT or doc[end].pos_ == "ADJ"
                                                     or doc[end].text[:1].isupper()):
            continue                 # "un gouvernement d'union", "l'armée régulière", "le gouvernement Bruxelles"
        if end < len(doc) and doc[end].lower_ == "et" and end + 1 < len(doc) and doc[end + 1].lower_ in gaz.nationality:
            continue                 # "les gouvernements britannique et allemand": two of them
        earlier = _earlier_with_trigger(candidates + found, i, token.lower_, rule["name"]) \
            if country is None else None
        if earlier is not None:      # "l'armée" after "l'armée malienne": the same one
            start = i - (prev.lower_ not in ("du", "au") and not led)
            found.append(Candidate(start, end, "ORG", earlier.key, earlier.name,
                                   PATTERN, "description", token.lower_))
            continue
        if country is None and rule.get("needs_qualifier"):
            continue                 # "la police" alone: a town's or a country's, the text does not say
        if country is None:
            if not home:
                home.append(country_named_most(doc, gaz, candidates, table["default_country"]))
            country = home[0]
            if country is None or rule.get("needs_country_in_text") and country == table["default_country"] \
                    and not any(c.name == country for c in candidates):
                continue
        if country not in rule.get("only", [country]):
            continue
        adjective = gaz.adjective.get(country, {}).get(rule["agree"])
        name = rule.get("names", {}).get(country) or (adjective and f'{rule["name"]} {adjective}')
        if name:
            # "le gouvernement" keeps its article; "gouvernement Dupont" is a name, without it
            start = i - (prev.lower_ not in ("du", "au") and not led)
            found.append(Candidate(start, end, "ORG", f"ORG|{name}", name, PATTERN, "description", token.lower_))
    return found


def _leader_named(doc: Doc, i: int, candidates: list[Candidate], common=frozenset()) -> bool:
    """Whether token i is the surname of a person of the text ("le gouvernement Dupont" after "Paul
    Dupont"), or one the recogniser reads as a person, or a lone proper noun only the recogniser
    typed, as anything, and no common word of the language (``common``: "le gouvernement Vardel", not
    "le gouvernement Horizon"); a statistical guess of another type there becomes that person."""
    if i >= len(doc) or not doc[i].is_title or not doc[i].is_alpha:
        return False
    surname = doc[i].text
    named = any(c.type == "PERSON" and c.end - c.start > 1 and doc[c.end - 1].text == surname for c in candidates)
    guessed = doc[i].pos_ == "PROPN" and doc[i].lower_ not in common \
        and (i + 1 == len(doc) or not doc[i + 1].text[:1].isupper()) \
        and all(c.priority <= MODEL for c in candidates if c.start <= i < c.end)
    if doc[i].ent_type_ != "PER" and not named and not guessed:
        return False
    for cand in candidates:
        if (cand.start, cand.end) == (i, i + 1) and cand.type != "PERSON" and cand.priority <= MODEL:
            cand.type, cand.key, cand.kind = "PERSON", f"PERSON|{surname}", "name"
    return True


def _regional_body(doc: Doc, i: int, after: int, name: str, candidates: list[Candidate], gaz: Gazetteer) -> Candidate:
    """A region's body ("la police cantonale jurassienne"): named with the region's adjective
    after it; without one, the same body named before, else its bare name."""
    regional = after < len(doc) and doc[after].is_lower and doc[after].pos_ == "ADJ" \
        and doc[after].lower_ not in gaz.nationality
    if regional:   # a name rather than a description: without its article
        name = f"{name} {doc[after].text}"
        return Candidate(i, after + 1, "ORG", f"ORG|{name}", name, PATTERN, "description", doc[i].lower_)
    earlier = _earlier_with_trigger(candidates, i, doc[i].lower_, name)
    key, name = (earlier.key, earlier.name) if earlier else (f"ORG|{name}", name)
    return Candidate(i, after, "ORG", key, name, PATTERN, "description", doc[i].lower_)


#: words opening a complement that describes the institution instead of naming whose it is
_COMPLEMENT = ("de", "d'", "d’", "du", "des")
#: a head's conditions that hold for its branches too
_INHERITED = ("needs_country_in_text", "needs_qualifier", "only")


def _earlier_with_trigger(candidates: list[Candidate], i: int, trigger: str, name: str) -> Optional[Candidate]:
    """The last organisation before token i found by the same noun and named alike ("l'armée
    malienne" for "l'armée"; "l'armée de l'air" is not the whole army named before)."""
    earlier = [c for c in candidates if c.trigger == trigger and c.type == "ORG" and c.end <= i
               and c.name.startswith(name)]
    return max(earlier, key=lambda c: c.start) if earlier else None


def country_named_most(doc: Doc, gaz: Gazetteer, candidates: list[Candidate], default: str) -> Optional[str]:
    """The country the article names most often (the first named on a tie); the default when none."""
    counts: dict[str, int] = {}
    for cand in candidates:
        if cand.type == "GPE" and cand.name in gaz.capital:
            counts[cand.name] = counts.get(cand.name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else default
