"""Finding entity mentions: gazetteer matches, construction patterns, and spaCy's NER cleaned.

Each finder yields ``Candidate`` token spans; ``find_candidates`` keeps the most reliable
of overlapping ones (gazetteer, then patterns, then the statistical NER), except that an
organisation or event name may contain other names ("Comité militaire de l'OTAN").
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

# the candidate and its ranks live apart so that the pattern finders can share them; the other
# finders import them from here, as before
from recoupe.analyse.entity_candidate import (CITY, FULL_NAME, GAZETTEER, GOVERNMENT_DEPS, MODEL, MODEL_TYPES, PATTERN,
                                             Candidate, _hyphen_part, _line_start)
from recoupe.analyse.entity_patterns import (compound_place_candidates, event_candidates, ordinal_event_candidates,
                                              organisation_candidates, place_candidates)
from recoupe.analyse.entity_bounds import (before_infinitive, clause_run_on, compass_complement, coordinated_complement,
                                           dated_tail, glued_end, hyphen_end, hyphen_parts, hyphen_suffix, in_portfolio,
                                           particle_end, select, surname_particle, trailing_common_noun, two_names,
                                           without_body, known_head, without_brand_places, without_division)
from recoupe.analyse.entity_people import particle_between_names, person_shape, person_tail
from recoupe.analyse.entity_lexicon import model_lexicon, stop_names, word_set
from recoupe.analyse.entity_shapes import code_not_a_name, not_a_name, title_and_complement
from recoupe.analyse.extensions import positions, word_index
from recoupe.analyse.gazetteer import Gazetteer
from recoupe.resources import load_json, load_lines

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


def governmental(span: Span, names: list[tuple[int, int]]) -> bool:
    """Whether a capital city acts as its government here: subject, agent, or owner (de Moscou);
    not inside a longer name ("Forum sur la sécurité de Varsovie")."""
    root = span.root
    if any(start <= span.start and span.end <= end and end - start > len(span) for start, end in names):
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
        table = load_json(span.doc.lang_, "entities_institutions")
        return root.head.pos_ == "NOUN" and root.head.lower_ not in table["place_parts"] \
            and root.head.lower_ not in table["heads"]
    if "à" not in case:
        return False
    recipient_nouns = load_lines(span.doc.lang_, "entities_recipient_nouns")
    if root.head.pos_ == "VERB":
        return root.dep_ in ("obl:arg", "iobj")
    # the parser often hangs "à Kiev" on the first of coordinated nouns ("le financement et l'aide à Kiev")
    return any(noun.lemma_ in recipient_nouns for noun in (root.head, *root.head.conjuncts))


def gazetteer_candidates(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    names = [(ent.start, ent.end) for ent in doc.ents]    # token bounds: Span attributes are slow to read
    people = {ent.start: ent.end for ent in doc.ents if ent.label_ == "PER"}
    particles = word_set(doc.lang_, "entities_name_particles")
    matches = gaz.matcher(doc)
    named_at = {start for _, start, _ in matches}
    for match_id, start, end in matches:
        known = gaz.known[doc.vocab.strings[match_id]]
        span = doc[start:end]
        if len(span) == 1 and not known.name and (_common_word_at_start(span[0])
                                                  or particle_between_names(doc, start, particles)):
            continue                  # "Pieter Van Dijk": a surname's particle, not the town of Van
        if len(span) == 1 and known.type in ("GPE", "LOC") and people.get(start, end) > end:
            continue                  # "Maurice Lenoir": a first name the recogniser reads in a person's name
        if known.type == "LOC" and _glued_hyphen(doc, end):
            continue      # "Alpes-Maritimes", "Alpes-de-Haute-Provence": a department the range names, not the range
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
        elif known.type in ("GPE", "LOC") and not known.metonym and hyphen_suffix(doc, end, named_at) > end:
            end = hyphen_suffix(doc, end, named_at)   # "Colombie-Britannique": another place than the country
            name = doc[start:end].text
            key, kind = f"{known.type}|{name}", "name"
        elif known.type in ("GPE", "LOC") and not known.metonym and compass_complement(doc, end) > end \
                and not _known_place(gaz, doc[start:compass_complement(doc, end)].text):
            end = compass_complement(doc, end)   # "Afrique du Nord", "Europe de l'Est": a region, its own place
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
    for i in _glued_models(doc, gaz):   # a model glued to a known system in one token: Shahed-136, Tor-M2
        text = doc[i].text
        yield Candidate(i, i + 1, "WEAPON", f"WEAPON|{text.upper()}", text, GAZETTEER)


def _glued_models(doc: Doc, gaz: Gazetteer) -> list[int]:
    """Indices of the tokens that join a known system and its model, tested once per distinct word
    of the document: a Token object per word costs more than the test itself."""
    strings, memo, found = doc.vocab.strings, gaz.glued_models, []
    for orth, at in word_index(doc, ORTH).items():
        glued = memo.get(orth)
        if glued is None:
            prefix, _, model = strings[orth].partition("-")
            glued = memo[orth] = _is_model(model) and prefix in gaz.weapon_forms
        if glued:
            found.extend(at)
    return sorted(found)


def _glued_hyphen(doc: Doc, end: int) -> bool:
    """Whether a hyphen glued to the token before ``end`` goes on with the name ("Alpes" + "-Maritimes")."""
    return end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text[:1] == "-" and len(doc[end].text) > 1 \
        or end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-" and not doc[end].whitespace_


def _compass_suffix(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].text in load_lines(doc.lang_, "entities_compass_points")


def _known_place(gaz: Gazetteer, name: str) -> bool:
    """Whether the gazetteer has the name itself ("Afrique du Sud", "Corée du Nord": a country)."""
    return any(f"{type_}|{name}" in gaz.known for type_ in ("GPE", "LOC"))


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


def _trim(span: Span) -> Optional[Span]:
    """The entity without leading articles/prepositions and trailing punctuation; a capitalised
    article inside a sentence is the name's own ("à La Rochelle", "l'héritière de L'Oréal")."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].pos_ in ("DET", "ADP") or doc[start].is_punct):
        if _name_article(doc[start]) or surname_particle(span, start):
            break
        start += 1
    end = next((t.i for t in doc[start:end] if t.text in (",", ";")), end)   # a list read as one name
    end = dated_tail(doc, start, clause_run_on(doc, start, before_infinitive(doc, start, end)))
    while end > start and (doc[end - 1].is_punct or trailing_common_noun(doc, start, end)):
        end -= 1
    end = glued_end(doc, end) if end > start else end
    # one word cut at its hyphen ("Orvel" + "-Tarmac"); a longer name stays as found ("Région Bruxelles"
    # before the gazetteer's "Bruxelles-Capitale")
    end = hyphen_end(doc, end) if end == start + 1 else end
    end = particle_end(doc, end, model_lexicon(doc.lang_).particles) if end > start else end
    if start == span.start and start > 0 and _name_article(doc[start - 1]):
        start -= 1                    # the model left the article out: "La" + "Rochelle"
    return _complete_tail(doc, start, end) if end > start else None


#: the prepositions and articles that link a name to its complement ("Programme ... de l'OMS")
_TAIL_LINKS = ("de", "d'", "du", "des", "l'", "la", "le", "les")


def _complete_tail(doc: Doc, start: int, end: int) -> Optional[Span]:
    """A span the model cut after a preposition ("Bureau de l'" + "OMS") runs on to the name the
    preposition introduces; with no name after it, the dangling words go."""
    tail = end
    while tail > start + 1 and doc[tail - 1].lower_ in _TAIL_LINKS:
        tail -= 1
    if tail == end:
        return doc[start:end]
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end - 1].whitespace_ in ("", " ") \
            and not _line_start(doc[end]):
        stop = end + 1
        while stop < len(doc) and _hyphen_part(doc, stop):
            stop += 1
        return doc[start:stop]
    return doc[start:tail]


def _name_article(token: Token) -> bool:
    """A capitalised article in mid-sentence, right before a capitalised word: part of a name. After a
    word or a list's comma ("Valdor, L'Orvane et …"); after other punctuation a sentence may open."""
    return token.pos_ == "DET" and token.text[:1].isupper() and token.i + 1 < len(token.doc) \
        and token.nbor(1).text[:1].isupper() and token.i > 0 \
        and (token.nbor(-1).is_alpha or token.nbor(-1).text == ",") and not _line_start(token)


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


def _person_candidate(person: Span) -> Iterator[Candidate]:
    yield Candidate(person.start, person.end, "PERSON", f"PERSON|{person.text}", person.text, FULL_NAME)


def model_candidates(doc: Doc, stop: frozenset[str], titles: frozenset[str], gaz: Gazetteer,
                     known: frozenset[str], known_orgs: frozenset[str] = frozenset()) -> Iterator[Candidate]:
    lexicon = model_lexicon(doc.lang_)
    triggers, particles, portfolios = lexicon.triggers, lexicon.particles, lexicon.portfolios
    org_words, event_words, compass = lexicon.org_words, lexicon.event_words, lexicon.compass
    ents = doc.ents
    # a surname found alone is a name too
    named = known | frozenset(ent.text for ent in ents) | frozenset(ent[-1].text for ent in ents if ent.label_ == "PER")
    for ent in ents:
        span = _trim(ent)
        text = span.text if span is not None else ""   # Span.text joins the tokens anew at every call
        if span is None or "\n" in text or "|" in text:
            continue
        if not text[:1].isupper():
            # "ministère de la Santé Karim Haddad": the organisation patterns find the ministry,
            # the person the model glued to it is found here
            split = person_tail(span, known_orgs, titles, particles, ent.label_, portfolios)
            yield from (_person_candidate(split[1]) if split is not None else ())
            continue
        span = _without_adjective(span, known)
        span = known_head(span, known_orgs, gaz.nationality) if ent.label_ == "ORG" else span
        span = without_division(span, lexicon.divisions)
        span = doc[span.start:coordinated_complement(doc, span.start, span.end, known)] if ent.label_ == "ORG" else span
        if two_names(span, known):
            continue
        parts = hyphen_parts(span, named, lexicon.link_nouns)
        if parts:                    # "le match Lyon-Marseille": each name on its own, typed alike
            yield from (Candidate(p.start, p.end, MODEL_TYPES[ent.label_], f"{MODEL_TYPES[ent.label_]}|{p.text}",
                                  p.text, MODEL) for p in parts if ent.label_ in MODEL_TYPES)
            continue
        split = person_tail(span, known_orgs, titles, particles, ent.label_, portfolios)
        if split is not None:        # "chef du Hezbollah Karim Haddad": the person apart
            head, person = split
            yield from _person_candidate(person)
            if head is None or ent.label_ == "PER" and head[0].lower_ not in org_words:
                continue
            span = head
        text = span.text
        if text in stop or text.lower() in titles or _in_headline(span) or title_and_complement(span, titles):
            continue
        # a letter ("catégorie A") and a ministry's domain ("aux Transports et au Logement")
        if len(text) <= 1 or span[0].lower_ in portfolios and all(
                t.lower_ in portfolios for t in span if t.is_title):   # "Santé publique France" stays
            continue
        if ent.label_ in ("ORG", "MISC") and in_portfolio(doc, span.start, lexicon.holders, lexicon.between):
            continue                 # "ministre de l'Emploi et de l'Innovation": the second portfolio too
        if len(span) == 1 and text.lower() in gaz.nationality:
            continue                 # "le Canadien a marqué": a nationality, not the country
        if len(span) == 1 and (_common_word_at_start(span[0]) or _group(span[0])):
            continue
        if span[0].text in stop and all(t.is_lower for t in span[1:]):
            continue                 # "État américain": a common noun and its adjective
        if not_a_name(span, compass) or code_not_a_name(span):
            continue
        if span[0].lower_ in triggers:
            if len(span) == 1:
                continue             # "Exercice" alone: the common noun, not the event's name
            type_ = "EVENT"
        elif span[0].lower_ in lexicon.event_or_loc_words and len(span) > 1:
            if not _line_start(span[0]):
                continue             # mid-sentence, the head finder (entity_streets) bounds the name better
            # "Coupe de France", "Festival de Cannes"; "Stade de France": a place, not a club or a town
            type_ = "EVENT" if span[0].lower_ in event_words else "LOC"
        elif span[0].lower_ in org_words and len(span) > 1:
            type_ = "ORG"            # "Cour suprême", "Parti démocrate": the first word says it
        elif ent.label_ == "MISC" and all(t.pos_ == "PROPN" for t in span) \
                and span.start > 0 and doc[span.start - 1].lower_ == "à":
            type_ = "GPE"            # "à Wunstorf": a town the model could not type
        elif person_shape(span):
            type_ = "PERSON"         # "Marine Le Pen" read as an organisation
        else:
            type_ = MODEL_TYPES.get(ent.label_)
        if type_ == "PERSON":
            span = without_body(_with_particles(span, particles))
        if type_:
            full_name = type_ == "PERSON" and len(span) > 1 and all(t.pos_ == "PROPN" for t in span)
            priority = FULL_NAME if full_name else MODEL
            text = span.text
            yield Candidate(span.start, span.end, type_, f"{type_}|{text}", text, priority)


def find_candidates(doc: Doc, gaz: Gazetteer, extra: Iterable[Candidate] = ()) -> list[Candidate]:
    stop = stop_names(doc.lang_)
    titles = word_set(doc.lang_, "entities_titles")
    known = list(gazetteer_candidates(doc, gaz))
    known_texts = frozenset(c.span(doc).text for c in known)
    known_orgs = frozenset(c.span(doc).text for c in known if c.type == "ORG")
    # a competition the gazetteer knows keeps its standard name: "Coupe du monde" + "de rugby"
    known_starts = {c.start for c in known}
    extra = [c for c in extra if c.kind != "headed" or c.start not in known_starts or doc[c.end - 1].shape_ == "dddd"]
    found = [*known, *organisation_candidates(doc, gaz), *event_candidates(doc), *ordinal_event_candidates(doc),
             *place_candidates(doc), *compound_place_candidates(doc, gaz.nationality),
             *model_candidates(doc, stop, titles, gaz, known_texts, known_orgs), *extra]
    # a finder that stopped on a link word ("Conseil de sécurité des") cut a longer name
    found = [c for c in found if doc[c.end - 1].lower_ not in _TAIL_LINKS or c.end - c.start == 1]
    kept = without_brand_places(doc, select(doc, found))
    # "les Américains" is a mention of the United States only where the country is named too
    named = {c.key for c in kept if not _demonym_alias(doc, c)}
    return [c for c in kept if c.key in named or not _demonym_alias(doc, c)]


def _demonym_alias(doc: Doc, cand: Candidate) -> bool:
    return cand.kind == "alias" and cand.type == "GPE" and doc[cand.start].lower_ == "les"
