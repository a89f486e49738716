"""Finding entity mentions: gazetteer matches, construction patterns, and spaCy's NER cleaned.

Each finder yields ``Candidate`` token spans; ``find_candidates`` keeps the most reliable
of overlapping ones (gazetteer, then patterns, then the statistical NER), except that an
organisation or event name may contain other names ("Comité militaire de l'OTAN").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc, Span, Token

from recoupe.analyse.extensions import positions
from recoupe.analyse.gazetteer import Gazetteer
from recoupe.resources import load_json, load_lines

#: how far a finder is trusted when spans overlap; a place name loses to a person's full name
#: ("Lloyd Austin", "Vladimir Poutine", "Maurice Dupont") but wins over any other statistical guess
FULL_NAME, GAZETTEER, PATTERN, CITY, MODEL = 4, 3, 2, 1.5, 1
#: spaCy's French labels -> contract types (MISC is kept only when a pattern types it)
MODEL_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
#: syntactic roles in which a capital city stands for its government ("Moscou a demandé")
GOVERNMENT_DEPS = ("nsubj", "nsubj:pass", "obl:agent")


@dataclass
class Candidate:
    start: int                 # token indices in the doc
    end: int
    type: str
    key: str                   # what it names: mentions with one key are one entity
    name: str
    priority: float
    kind: str = "name"
    trigger: Optional[str] = None   # the common noun that introduced a pattern match
    container: bool = False         # a name that may hold other names; with a trigger (an institution
                                    # or a facility: "cour d'appel de Lyon") they are kept as well

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


def _line_start(token: Token) -> bool:
    return token.is_sent_start or token.i == 0 or "\n" in token.nbor(-1).whitespace_ + token.nbor(-1).text


#: word classes of a capitalised common word; a name opening a sentence is often mis-tagged otherwise
COMMON_WORD_CLASSES = ("NOUN", "ADJ", "VERB", "ADV", "ADP", "DET", "CCONJ")


def _common_word_at_start(token: Token) -> bool:
    """A capitalised common word opening a sentence or a headline ("Exercice", "Attaques")."""
    return _line_start(token) and token.pos_ in COMMON_WORD_CLASSES


def _group(token: Token) -> bool:
    """A plural people named after a place or a side ("les Européens", "des Occidentaux"):
    a generic group, not an entity (countries' own demonyms are found by the gazetteer)."""
    previous = token.nbor(-1) if token.i else None
    return previous is not None and previous.lower_ in ("les", "des") and "Plur" in token.morph.get("Number")


def _in_headline(span: Span) -> bool:
    """All-capital words in an all-capital line: a headline shout, not an acronym."""
    letters = [c for c in span.text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return False
    line = [c for t in span.sent for c in t.text if c.isalpha()]
    return sum(c.isupper() for c in line) > 0.6 * len(line)


def _before_verb(span: Span) -> bool:
    """A name right before its verb is its subject, whatever the parser says ("Moscou a nié")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    before = span.doc[span.start - 1] if span.start else None
    return after is not None and after.pos_ in ("AUX", "VERB") and after.morph.get("VerbForm") == ["Fin"] \
        and (before is None or before.pos_ not in ("ADP", "DET"))


def governmental(span: Span, names: list[Span]) -> bool:
    """Whether a capital city acts as its government here: subject, agent, or owner (de Moscou);
    not inside a longer name ("Forum sur la sécurité de Varsovie")."""
    root = span.root
    if any(name.start <= span.start and span.end <= name.end and len(name) > len(span) for name in names):
        return False
    case = [t.lower_ for t in root.children if t.dep_ == "case"]
    if root.dep_ == "conj" and not case:   # "Paris et Washington ont salué": the first conjunct's role
        root = root.head
        case = [t.lower_ for t in root.children if t.dep_ == "case"]
    if root.dep_ in GOVERNMENT_DEPS or not case and _before_verb(span):
        return True
    if "par" in case:
        return True
    if "de" in case or "d'" in case:
        # "la mairie de Vienne", "l'aéroport de Moscou": a local institution or facility, not the government
        local = load_json(span.doc.lang_, "entities_institutions")["heads"]
        return root.head.pos_ == "NOUN" and root.head.lower_ not in ("centre-ville", "région", "banlieue", "centre") \
            and root.head.lower_ not in local
    if "à" not in case:
        return False
    recipient_nouns = load_lines(span.doc.lang_, "entities_recipient_nouns")
    if root.head.pos_ == "VERB":
        return root.dep_ in ("obl:arg", "iobj")
    # the parser often hangs "à Kiev" on the first of coordinated nouns ("le financement et l'aide à Kiev")
    return any(noun.lemma_ in recipient_nouns for noun in (root.head, *root.head.conjuncts))


def gazetteer_candidates(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    names = list(doc.ents)
    for match_id, start, end in gaz.matcher(doc):
        known = gaz.known[doc.vocab.strings[match_id]]
        span = doc[start:end]
        if len(span) == 1 and _common_word_at_start(span[0]) and not known.name:
            continue
        if span.text.isupper() and len(span.text) <= 3 and start > 1 and doc[start - 1].text == "-" \
                and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
            continue      # "Magistrats-FO", "Unité-CGT": a section of the union, another name
        name, key, kind = known.name or span.text, known.key, "name"
        priority = GAZETTEER if known.name else CITY
        if key in gaz.capital_of and governmental(span, names):
            name, key, kind = gaz.capital_of[key], f"GPE|{gaz.capital_of[key]}", "alias"
        elif known.name and span.text != known.name:
            kind = "alias"
        if known.type in ("GPE", "LOC") and not known.metonym and _compass_suffix(doc, end):
            end += 2                      # "Liban-Sud": a region of the country, its own place
            name = doc[start:end].text
            key, kind = f"{known.type}|{name}", "name"
        if known.type == "WEAPON":
            end = _model_suffix(doc, end)
            name = doc[start:end].text
            if end == start + 1 and name == known.name + "s":
                name = known.name             # "des Shaheds": the plural names the same system
            key = f"WEAPON|{name.upper()}"   # HIMARS and Himars are one system
        if known.metonym:
            key = f"{known.type}|{known.name}"
            if start > 0 and doc[start - 1].lower_ in ("le", "la", "l'"):
                start -= 1   # a definite description: "le Kremlin"
        yield Candidate(start, end, known.type, key, name, priority, kind)
    yield from _demonyms(doc, gaz)
    for token in doc:   # a model glued to a known system in one token: Shahed-136, Tor-M2
        prefix, _, model = token.text.partition("-")
        if _is_model(model) and prefix in gaz.weapon_forms:
            yield Candidate(token.i, token.i + 1, "WEAPON", f"WEAPON|{token.text.upper()}", token.text, GAZETTEER)


def _compass_suffix(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].text in load_lines(doc.lang_, "entities_compass_points")


def _is_model(text: str) -> bool:
    return bool(text) and text.isalnum() and text.upper() == text


def _model_suffix(doc: Doc, end: int) -> int:
    """The end of a weapon name with its model after it: "Iskander" "-" "M", "Bayraktar" "TB3",
    "Aster" "15" (a code with a digit; not a year)."""
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and _is_model(doc[end + 1].text):
        return end + 2
    if end < len(doc) and _is_model(doc[end].text) and any(c.isdigit() for c in doc[end].text) \
            and doc[end].shape_ != "dddd":
        return end + 1
    return end


def _demonyms(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """A people named for its country stands for the country: "les Russes" -> Russie."""
    for token in (doc[i] for i in positions(doc, gaz.nationality) if i > 0):
        # only the people as a whole ("les Russes"): "un Canadien", "des Anglais" are not the country
        if token.is_title and not _line_start(token) and doc[token.i - 1].lower_ == "les":
            country = gaz.nationality[token.lower_]
            start = token.i - (doc[token.i - 1].lower_ == "les")
            yield Candidate(start, token.i + 1, "GPE", f"GPE|{country}", country, GAZETTEER, "alias")


def _nationality(doc: Doc, i: int, gaz: Gazetteer) -> tuple[Optional[str], int]:
    """The country named at token i by an adjective (russe) or a place (de Moscou), and where it ends."""
    if i < len(doc) and doc[i].lower_ in gaz.nationality:
        return gaz.nationality[doc[i].lower_], i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "de":
        place = doc[i + 1].text
        country = gaz.capital_forms.get(place) or (place if f"GPE|{place}" in gaz.known else None)
        if country:
            return country, i + 2
    return None, i


def organisation_candidates(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """Armed forces and ministries named by their country: "les forces russes" -> Forces armées russes."""
    patterns = load_json(doc.lang_, "entities_organisations")
    for token in (doc[i] for i in positions(doc, patterns["heads"])):
        head = patterns["heads"][token.lower_]
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
        if head["kind"] == "forces" and not country:
            continue
        # a ministry is a definite description ("le ministère russe de la Défense"); forces are named bare
        definite = head["kind"] == "ministry" and token.i > 0 and doc[token.i - 1].lower_ in ("le", "la")
        start = token.i - definite
        name = _organisation_name(head, branch, country, department, gaz, adjective)
        yield Candidate(start, i, "ORG", f"ORG|{name}", name, PATTERN, trigger=token.lower_)


def _branch(doc: Doc, token: Token, branches: dict) -> tuple[str, int]:
    """The branch words right after the head ("forces armées", "armée de l'air"), and where they end."""
    after = token.idx + len(token.text)
    rest = "".join(t.text_with_ws for t in doc[token.i:token.i + 4])[len(token.text):].lower()
    for words in branches:
        if rest.startswith(" " + words):
            span = doc.char_span(after + 1, after + 1 + len(words))
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


def place_candidates(doc: Doc) -> Iterator[Candidate]:
    """Seas, capes, straits: a geographic noun and a name ("cap Tarkhankut", "golfe de Finlande")."""
    heads = load_lines(doc.lang_, "entities_place_heads")
    for token in (doc[i] for i in positions(doc, heads) if i < len(doc) - 1):
        end = token.i + 1
        while end < len(doc) - 1 and doc[end].lower_ in ("de", "du", "des", "d'"):
            end += 1
        if not doc[end].text[:1].isupper():
            continue
        while end < len(doc) and doc[end].text[:1].isupper():
            end += 1
        name = doc[token.i:end].text
        yield Candidate(token.i, end, "LOC", f"LOC|{name}", name, PATTERN, container=True)


#: an ordinal before a unit noun: "3e régiment", "1er bataillon", "17ème chambre"
_ORDINAL_SUFFIXES = ("er", "re", "e", "ème", "eme")
#: the most lowercase words between an institution's head and the name completing it
#: ("tribunal de grande instance de Lyon": four)
INSTITUTION_GAP = 6


def _ordinal(token: Token) -> bool:
    digits = token.text.rstrip("erèm")
    return digits.isdigit() and token.text[len(digits):] in _ORDINAL_SUFFIXES


def _name_run(doc: Doc, i: int, links: frozenset[str]) -> int:
    """The end of a capitalised name starting at token i, with its coordinated parts
    ("Culture et de l'Éducation") and lowercase adjectives ("Affaires économiques")."""
    end = i
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text[:1].isdigit()
                              or end > i and doc[end].is_lower and doc[end].pos_ == "ADJ"
                              or end > i and _hyphen_part(doc, end)):
        end += 1
        if end + 1 < len(doc) and doc[end].lower_ == "et":
            nxt = end + 1
            while nxt < len(doc) and doc[nxt].lower_ in links and nxt < end + 3:
                nxt += 1
            if nxt > end + 1 and nxt < len(doc) and doc[nxt].text[:1].isupper():
                end = nxt
    return end


def _hyphen_part(doc: Doc, i: int) -> bool:
    """The rest of a hyphenated name the tokenizer split off: "Pyrénées" + "-Orientales"."""
    text = doc[i].text
    return not doc[i - 1].whitespace_ and (text == "-" or text[:1] == "-" and text[1:2].isupper()
                                           or doc[i - 1].text == "-" and text[:1].isupper())


def _institution_end(doc: Doc, i: int, links: frozenset[str]) -> Optional[int]:
    """Where the name completing an institution's head (ending at token i) ends: straight after it
    ("groupe LR") or after lowercase words and a preposition ("cour d'appel de Lyon"); None when no
    proper name completes it ("la commission a voté")."""
    for j in range(i, min(len(doc), i + INSTITUTION_GAP)):
        token = doc[j]
        if token.text[:1].isupper() or (token.text[:1].isdigit() and j == i):
            if j == i:   # a code or a name straight after the head: "groupe LR", "autoroute A7"
                if token.pos_ == "DET" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                    return _name_run(doc, j, links)   # "groupe La Gauche unie": the article is the name's
                if len(token.text) < 2:
                    return None      # "groupe B": a pool, not a name
                end = j + 1
                while end < len(doc) and (_hyphen_part(doc, end) or doc[end].lower_ == "d'" and end + 1 < len(doc)
                                          and doc[end + 1].text[:1].isupper() and not doc[end].whitespace_):
                    end += 1 + (doc[end].lower_ == "d'")   # "Nice-Côte d'Azur": an elision stays in the name
                return end
            return _name_run(doc, j, links) if doc[j - 1].lower_ in links else None
        # only its complement may come between: "correctionnel", "d'appel", "de grande instance"
        if token.lower_ == "et" or not (token.lower_ in links or token.is_lower and token.pos_ in ("NOUN", "ADJ")):
            return None
    return None


def institution_candidates(doc: Doc) -> Iterator[Candidate]:
    """Institutions and facilities named by a common noun and a proper name ("la cour d'appel de
    Lyon", "le groupe LR", "la centrale nucléaire de Flamanville") and numbered units ("le 3e
    régiment de parachutistes"). They may hold a place name; they are kept whole."""
    table = load_json(doc.lang_, "entities_institutions")
    links = frozenset(table["links"])
    heads = {**{unit: "ORG" for unit in table["units"]}, **table["heads"]}
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
            end = _institution_end(doc, token.i + 1, links)
        if end is None or end <= token.i + 1:
            continue
        name = doc[start:end].text
        type_ = heads[token.lower_]
        # a unit is one whether or not its town is added: "1er régiment de X" = "1er Régiment de X de Tarbes"
        town = unit and end - start > 4 and doc[end - 2].lower_ in ("de", "d'") and doc[end - 1].is_title
        key_end = end - 2 if town else end
        yield Candidate(start, end, type_, f"{type_}|{doc[start:key_end].text.lower()}", name, PATTERN,
                        trigger=token.lower_, container=True)


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


def _trim(span: Span) -> Optional[Span]:
    """The entity without leading articles/prepositions and trailing punctuation; a capitalised
    article inside a sentence is the name's own ("à La Rochelle", "l'héritière de L'Oréal")."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].pos_ in ("DET", "ADP") or doc[start].is_punct):
        if _name_article(doc[start]):
            break
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start == span.start and start > 0 and _name_article(doc[start - 1]):
        start -= 1                    # the model left the article out: "La" + "Rochelle"
    return doc[start:end] if end > start else None


def _name_article(token: Token) -> bool:
    """A capitalised article in mid-sentence, right before a capitalised word: part of a name."""
    return token.pos_ == "DET" and token.text[:1].isupper() and token.i + 1 < len(token.doc) \
        and token.nbor(1).text[:1].isupper() and token.i > 0 and token.nbor(-1).is_alpha \
        and not _line_start(token)


def _with_particles(span: Span, particles: frozenset[str]) -> Span:
    """A person's name the model cut at a particle ("Abdallah ben" + "Fayçal", "von der" + "Leyen")
    or a hyphen ("Lai Ching" + "-te")."""
    doc, end = span.doc, span.end
    while end > span.start and doc[end - 1].lower_ in particles:
        end -= 1                      # the model may keep the particle and drop what follows
    after = end
    while after < len(doc) and doc[after].text in particles:
        after += 1
    if after > end and after < len(doc) and doc[after].is_title:
        end = after + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2                      # a hyphenated given name the model cut: "Lai Ching" + "-te"
    return doc[span.start:end]


def _without_adjective(span: Span, known: frozenset[str]) -> Span:
    """A known name without the adjective the model glued to it ("le Hamas palestinien"); an
    unknown one keeps it ("Marine royale suédoise" is a name)."""
    end = span.end
    while end - 1 > span.start and span.doc[end - 1].is_lower and span.doc[end - 1].pos_ == "ADJ" \
            and span.doc[span.start:end - 1].text in known:
        end -= 1
    return span.doc[span.start:end]


def model_candidates(doc: Doc, stop: frozenset[str], titles: frozenset[str], gaz: Gazetteer,
                     known: frozenset[str]) -> Iterator[Candidate]:
    triggers = set(load_lines(doc.lang_, "entities_event_triggers"))
    particles = frozenset(load_lines(doc.lang_, "entities_name_particles"))
    portfolios = frozenset(load_lines(doc.lang_, "entities_portfolios"))
    org_words = frozenset(load_json(doc.lang_, "entities_institutions")["org_words"])
    for ent in doc.ents:
        span = _trim(ent)
        if span is None or "\n" in span.text or "|" in span.text or not span.text[:1].isupper():
            continue
        span = _without_adjective(span, known)
        if span.text in stop or span.text.lower() in titles or _in_headline(span):
            continue
        # a letter ("catégorie A") and a ministry's domain ("aux Transports et au Logement")
        if len(span.text) <= 1 or span[0].lower_ in portfolios and all(
                t.lower_ in portfolios for t in span if t.is_title):   # "Santé publique France" stays
            continue
        if len(span) == 1 and span.text.lower() in gaz.nationality:
            continue                 # "le Canadien a marqué": a nationality, not the country
        if len(span) == 1 and (_common_word_at_start(span[0]) or _group(span[0])):
            continue
        if span[0].text in stop and all(t.is_lower for t in span[1:]):
            continue                 # "État américain": a common noun and its adjective
        if span[0].lower_ in triggers:
            if len(span) == 1:
                continue             # "Exercice" alone: the common noun, not the event's name
            type_ = "EVENT"
        elif span[0].lower_ in org_words and len(span) > 1:
            type_ = "ORG"            # "Cour suprême", "Parti démocrate": the first word says it
        elif ent.label_ == "MISC" and all(t.pos_ == "PROPN" for t in span) \
                and span.start > 0 and doc[span.start - 1].lower_ == "à":
            type_ = "GPE"            # "à Wunstorf": a town the model could not type
        else:
            type_ = MODEL_TYPES.get(ent.label_)
        if type_ == "PERSON":
            span = _with_particles(span, particles)
        if type_:
            full_name = type_ == "PERSON" and len(span) > 1 and all(t.pos_ == "PROPN" for t in span)
            priority = FULL_NAME if full_name else MODEL
            yield Candidate(span.start, span.end, type_, f"{type_}|{span.text}", span.text, priority)


def _nests(outer: Candidate, inner: Candidate) -> bool:
    longer = (outer.end - outer.start) > (inner.end - inner.start)
    return outer.start <= inner.start and inner.end <= outer.end and longer


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best of overlapping candidates; organisation and event names may contain others."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.priority, c.start - c.end, c.start)):
        overlapping = [k for k in kept if k.start < cand.end and cand.start < k.end]
        # a place inside an institution's name stays a place: "cour d'appel de Lyon" and "Lyon"
        # (not inside a place's: "canal de Suez" is not also the town; nor a person the institution
        # is named after: "hôpital Jean-Verdier")
        if all((cand.type in ("ORG", "EVENT") or cand.container) and _nests(cand, k)
               or k.container and k.trigger is not None and _nests(k, cand) and cand.type != "PERSON"
               for k in overlapping):
            kept.append(cand)
    return sorted(kept, key=lambda c: (c.start, c.end))


def find_candidates(doc: Doc, gaz: Gazetteer, extra: Iterable[Candidate] = ()) -> list[Candidate]:
    stop = frozenset(load_lines(doc.lang_, "entities_stoplist"))
    titles = frozenset(load_lines(doc.lang_, "entities_titles"))
    known = list(gazetteer_candidates(doc, gaz))
    known_texts = frozenset(c.span(doc).text for c in known)
    found = [*known, *organisation_candidates(doc, gaz), *event_candidates(doc), *place_candidates(doc),
             *institution_candidates(doc), *model_candidates(doc, stop, titles, gaz, known_texts), *extra]
    return select(found)
