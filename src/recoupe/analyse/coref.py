"""Merging the mentions of one entity inside a document.

People: "Ben Wallace", "Wallace" and "M. Wallace" are one person; a surname shared by two
full names goes to the nearest one before it. Titles: "le secrétaire britannique à la
Défense, Ben Wallace" gives Wallace a role; a later bare "le secrétaire à la Défense" refers
to the nearest person whose role holds the same words. Definite descriptions ("le pays",
"la capitale ukrainienne", "l'exercice") refer back to an entity already named.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from recoupe.analyse.entity_people import CAPITAL_PARTICLES
from recoupe.analyse.person_names import first_names, full_names_missed, name_tails, surnames_of
from recoupe.analyse.entity_spans import CITY, FULL_NAME, MODEL, Candidate
from recoupe.analyse.extensions import doc_text, positions
from recoupe.analyse.gazetteer import Gazetteer
from recoupe.resources import load_json, load_lines


@lru_cache(maxsize=None)
def honorifics(lang: str) -> frozenset[str]:
    """Words that precede a surname without being part of the name ("M.", "Mme", "Me")."""
    return frozenset(load_lines(lang, "entities_honorifics"))


#: the most words a title may run on after its head ("secrétaire général adjoint de l'Otan")
TITLE_EXTENSION = 8
#: the most words an apposition after a name may hold ("attaché de presse du département ...")
TITLE_APPOSITION = 14
#: letters a country's name and its adjective share ('Kenya'/'kényan', 'Sénégal'/'sénégalais')
DEMONYM_STEM = 4
#: punctuation that closes an apposition ("X, chef du Comité militaire de l'OTAN, a dit")
APPOSITION_CLOSERS = (",", ".", ";", ":", "(", ")", "\u2013", "\u2014")
#: a person named this close to a bare title is coordinated with it, not referred to by it
NEIGHBOURS = 3


@dataclass
class Cluster:
    key: str
    name: str
    type: str
    mentions: list[tuple[int, int, str]] = field(default_factory=list)   # char start, end, kind
    role: Optional[str] = None
    role_head: str = ""        # the title word(s) of the role, lowercase: "secrétaire", "premier ministre"
    triggers: set[str] = field(default_factory=set)

    @property
    def first(self) -> int:
        return min(start for start, _, _ in self.mentions)

    def add(self, start: int, end: int, kind: str) -> None:
        if (start, end) not in {(s, e) for s, e, _ in self.mentions}:
            self.mentions.append((start, end, kind))


def _person_name(span: Span) -> str:
    """The name as written, without honorifics: hyphenated names stay whole ("Meyer-Lindholm")."""
    titles = honorifics(span.doc.lang_)
    return "".join(t.text_with_ws for t in span if t.text not in titles).strip()


def _person_keys(candidates: list[Candidate], doc: Doc) -> None:
    """Give people one key per person: full names by name, surnames by the nearest full name."""
    full, named_at = {}, []
    for cand in candidates:
        if cand.type == "PERSON":
            cand.name = _person_name(cand.span(doc))
            if len(cand.name.split()) > 1:
                full.setdefault(cand.name, cand.start)
                named_at.append((cand.start, cand.name))
    # every place a full name is written: "Le Pen" goes to the one of two Le Pens named last before it
    surnames: dict[str, list[tuple[int, str]]] = {}
    for start, name in named_at:
        for surname in surnames_of(name):
            surnames.setdefault(surname, []).append((start, name))
    firsts = first_names(full, surnames)
    tails = name_tails(full)
    for cand in candidates:
        if cand.type == "PERSON" and cand.name in tails:
            # "Hachemi Mazighi" after "Ahmed El-Hachemi Mazighi": the end of a longer name is that person
            cand.key, cand.name = f"PERSON|{tails[cand.name]}", tails[cand.name]
            continue
        single = cand.name if cand.type == "PERSON" or cand.priority <= CITY else None
        if single in firsts and (cand.span(doc)[0].text in honorifics(doc.lang_) or cand.priority == MODEL):
            # "M. Xi" after "Xi Jinping", "le docteur Tedros" after "Tedros Adhanom Ghebreyesus": the
            # given name of one full name only, and nobody's surname, is that person (whatever type the
            # model guessed for it; a place the gazetteer knows stays: "Florence")
            cand.type, cand.key, cand.name = "PERSON", f"PERSON|{firsts[single]}", firsts[single]
            continue
        if not single or single not in surnames:   # a name of several words is a surname only after a particle
            if cand.type == "PERSON":
                cand.key = f"PERSON|{cand.name}"
            continue
        before = [name for start, name in sorted(surnames[single]) if start <= cand.start]
        name = before[-1] if before else sorted(surnames[single])[0][1]
        cand.type, cand.key, cand.name = "PERSON", f"PERSON|{name}", name


def _unify_types(candidates: list[Candidate]) -> None:
    """One name, one entity: the model may call "Julie Ferrand" a person in one sentence and an
    organisation in the next; every statistical guess for that text takes its most frequent type,
    but a name its shape or its place proved a person (a full name, a player of a line-up) is one."""
    votes: dict[str, dict[str, int]] = {}
    guessed = [c for c in candidates if c.priority in (MODEL, FULL_NAME) and c.key.startswith(c.type + "|")]
    proven = {c.name for c in guessed if c.priority == FULL_NAME and c.type == "PERSON"}
    for cand in guessed:
        types = votes.setdefault(cand.name, {})
        types[cand.type] = types.get(cand.type, 0) + 1
    for cand in guessed:
        types = votes[cand.name]
        if cand.name in proven:
            cand.type, cand.key = "PERSON", f"PERSON|{cand.name}"
        elif len(types) > 1:
            # on a tie a full name is a person, a lone word a place ("à Konna", "Konna a été attaquée")
            person_first = len(cand.name.split()) > 1
            best = max(types, key=lambda t: (types[t], (t == "PERSON") == person_first))
            cand.type, cand.key = best, f"{best}|{cand.name}"


def _surnames_missed(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Repeated surnames of people named in full (or in a line-up) that the NER missed ("Kowalczyk reste
    prudente")."""
    surnames = {_person_name(c.span(doc)).split()[-1] for c in candidates
                if c.type == "PERSON" and (len(_person_name(c.span(doc)).split()) > 1 or c.priority == FULL_NAME)}
    surnames = {name for name in surnames if name[:1].isupper()}   # "Pôle emploi" is no one's name
    covered = {i for c in candidates for i in range(c.start, c.end)}
    found = full_names_missed(doc, candidates, covered, honorifics(doc.lang_))
    covered |= {i for c in found for i in range(c.start, c.end)}
    for i in positions(doc, surnames, ORTH):
        if i in covered:
            continue
        # "Le Pen" after "Marine Le Pen": the capitalised particle opens the surname
        start = i - 1 if i > 0 and doc[i - 1].text in CAPITAL_PARTICLES and i - 1 not in covered else i
        found.append(Candidate(start, i + 1, "PERSON", "", doc[start:i + 1].text, 1))
    return found


#: word classes left out of an organisation's initials ("Cour de justice de la République": CJR)
_NOT_IN_INITIALS = ("DET", "ADP", "CCONJ", "PUNCT")


def initials(span: Span) -> str:
    """The first letters of a name's words, without accents, as acronyms are written ("Établissement
    des eaux": EE)."""
    letters = "".join(t.text[0] for t in span if t.pos_ not in _NOT_IN_INITIALS and t.is_alpha)
    return unicodedata.normalize("NFKD", letters).encode("ascii", "ignore").decode().upper()


def _acronyms(doc: Doc, candidates: list[Candidate]) -> None:
    """An acronym names the organisation whose initials it spells: "CJR" after "Cour de justice de
    la République", "FAMa" for "Forces armées maliennes", "Cese" (its capitals, or all its letters)."""
    by_initials: dict[str, Candidate] = {}
    for cand in candidates:
        span = cand.span(doc)
        if cand.type in ("ORG", "EVENT", "LOC") and len(span) > 2:
            by_initials.setdefault(initials(span), cand)
    if not by_initials:
        return
    covered = {i for c in candidates for i in range(c.start, c.end)}
    # an acronym the NER left out ("l'état-major des FAN"): capitals only, so no common word
    # looked up by the initials themselves: reading every token of a long article costs more
    written = (doc[i] for i in positions(doc, frozenset(by_initials), ORTH) if i not in covered)
    candidates.extend(Candidate(t.i, t.i + 1, "ORG", "", t.text, 1) for t in written if t.text.isupper())
    for cand in candidates:
        text = cand.span(doc).text
        if len(cand.span(doc)) != 1 or not 2 <= len(text) <= 6 or not text.isalpha() or not text[0].isupper():
            continue
        capitals = "".join(c for c in text if c.isupper())
        full = by_initials.get(text.upper()) or (by_initials.get(capitals) if len(capitals) > 1 else None)
        if full is not None:
            cand.type, cand.key, cand.name, cand.kind = full.type, full.key, full.name, "alias"


def build_clusters(doc: Doc, candidates: list[Candidate]) -> dict[str, Cluster]:
    _unify_types(candidates)
    candidates.extend(_surnames_missed(doc, candidates))
    _acronyms(doc, candidates)
    candidates.sort(key=lambda c: (c.start, c.end))
    _person_keys(candidates, doc)
    clusters: dict[str, Cluster] = {}
    for cand in candidates:
        if not cand.name:   # an honorific alone ("M.")
            continue
        cluster = clusters.setdefault(cand.key, Cluster(cand.key, cand.name, cand.type))
        if cand.type == "PERSON" and len(cand.name) > len(cluster.name):
            cluster.name = cand.name
        span = cand.span(doc)
        cluster.add(span.start_char, span.end_char, cand.kind)
        if cand.trigger:
            cluster.triggers.add(cand.trigger)
    return clusters


def _title_spans(doc: Doc, gaz: Gazetteer) -> list[tuple[Span, Span, bool]]:
    """(the whole title with its determiner and complements, its head, whether it is definite)
    for every title; after a contracted article ("du secrétaire") the title starts at its head."""
    table = load_json(doc.lang_, "entities_descriptions")
    determiners, contracted = set(table["determiners"]), set(table["contracted_determiners"])
    links = set(table["title_links"])    # "auprès de l'", "à la": what joins a title to its complement
    heads = filter_spans([doc[s:e] for _, s, e in gaz.titles(doc)])
    found = []
    for head in heads:
        start = head.start - 1 if head.start and doc[head.start - 1].text in determiners else head.start
        end = head.end
        while end < min(len(doc), head.end + TITLE_EXTENSION):
            token = doc[end]
            if token.pos_ == "ADJ" and token.is_lower:
                end += 1
            elif token.lower_ == "et" and end > head.end and end + 1 < len(doc) \
                    and doc[end + 1].pos_ == "ADJ" and doc[end + 1].is_lower:
                end += 2             # "ministre de la Transition écologique et solidaire"
            elif token.lower_ in links and end + 1 < len(doc):
                nxt = end + 1
                while nxt < min(len(doc), end + 3) and doc[nxt].lower_ in links:
                    nxt += 1
                place = token.lower_ == "à" and nxt == end + 1   # "à Riyad": where, not which office
                if nxt < len(doc) and doc[nxt].text[:1].isupper() and not place:
                    end = nxt + 1
                else:
                    break
            elif token.text[:1].isupper() and end > head.end and doc[end - 1].lower_ in links:
                end += 1
            else:
                break
        end = _complement_before_name(doc, end)
        definite = start < head.start or head[0].text[:1].isupper() or (
            head.start > 0 and doc[head.start - 1].lower_ in contracted)
        found.append((doc[start:end], head, definite))
    return found


def _complement_before_name(doc: Doc, end: int) -> int:
    """A title's common-noun complement when a name follows it: "le porte-parole de l'armée
    israélienne, Daniel Levy". Without the name after it the noun may be anything."""
    if end >= len(doc) or doc[end].lower_ not in ("de", "d'", "du", "des"):
        return end
    nxt = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ in ("la", "l'", "le", "les"))
    if nxt >= len(doc) or doc[nxt].pos_ != "NOUN" or not doc[nxt].is_lower:
        return end
    stop = nxt + 1
    while stop < len(doc) and doc[stop].pos_ == "ADJ" and doc[stop].is_lower:
        stop += 1
    named = stop + 1 < len(doc) and doc[stop].text == "," and doc[stop + 1].text[:1].isupper()
    return stop if named else end


def _apposition_end(doc: Doc, title: Span) -> int:
    """Where an apposition after a name ends: its closing comma or the sentence end, if near."""
    for token in doc[title.end:min(len(doc), title.start + TITLE_APPOSITION)]:
        if token.text in APPOSITION_CLOSERS:
            return token.i
        if token.pos_ in ("VERB", "AUX"):   # no closing comma: the sentence went on
            break
    return title.end


def _set_role(person: Cluster, role: str, head: Span) -> None:
    if not person.role:
        person.role, person.role_head = role, head.text.lower()


def _add_role(person: Cluster, role: str, head: Span) -> None:
    """Roles from a title before the name and an apposition after it are joined."""
    if not person.role:
        _set_role(person, role, head)
    elif role not in person.role:
        person.role = f"{person.role}, {role}"


def _words(text: str) -> set[str]:
    return set(text.lower().replace("'", "' ").split())


def _compatible(reference: Span, head: Span, person: Cluster, generalises: dict) -> bool:
    """Whether a bare title can name the holder of ``person.role``: same title (a "ministre" is
    not a "Premier ministre"), or one it generalises; its adjectives (américain) in the role."""
    role_words = _words(person.role)
    wider = generalises.get(head.text.lower(), ())
    same_title = _words(person.role_head) <= _words(reference.text) and _words(head.text) <= role_words
    if not (same_title or person.role_head in wider or "*" in wider):
        return False
    # its adjectives (américain) and its department (de l'Agriculture) must be the role's own
    rest = [t.lower_ for t in reference if t.i >= head.end and (t.pos_ == "ADJ" or t.text[:1].isupper())]
    return all(word in role_words or _demonym_of(word, person.role) for word in rest)


def _demonym_of(adjective: str, role: str) -> bool:
    """'kényan' in 'le président kényan' for a role 'président du Kenya': the adjective of a country
    shares its stem with the country's name (a list of every demonym would never be complete)."""
    stem = _unaccented(adjective)[:DEMONYM_STEM]
    return len(stem) == DEMONYM_STEM and any(
        word[:1].isupper() and _unaccented(word)[:DEMONYM_STEM] == stem for word in role.replace("'", " ").split())


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def resolve_titles(doc: Doc, gaz: Gazetteer, clusters: dict[str, Cluster]) -> None:
    """Roles from appositions, then bare titles resolved to the person who holds them."""
    person_at = {start: (c, end) for c in clusters.values() if c.type == "PERSON" for start, end, _ in c.mentions}
    person_ending = {end: c for c in clusters.values() if c.type == "PERSON" for _, end, _ in c.mentions}
    references = []
    for title, head, definite in _title_spans(doc, gaz):
        nxt = title.end + (title.end < len(doc) and doc[title.end].text == ",")
        named_after, name_end = person_at.get(doc[nxt].idx, (None, 0)) if nxt < len(doc) else (None, 0)
        comma_before = title.start >= 2 and doc[title.start - 1].text == ","
        named_before = person_ending.get(doc[title.start - 2].idx + len(doc[title.start - 2])) if comma_before else None
        if named_after is not None:          # "le secrétaire à la Défense, Ben Wallace"
            _set_role(named_after, doc[head.start:title.end].text, head)
            named_after.add(title.start_char, title.end_char, "title")
            if nxt == title.end and doc[nxt].idx + len(doc[nxt]) == name_end:
                # "le major-général Martin": a title before a bare surname is part of the name
                named_after.add(head.start_char, name_end, "name")
        elif named_before is not None:       # "Jens Stoltenberg, le secrétaire général de l'Otan,"
            _add_role(named_before, doc[head.start:_apposition_end(doc, title)].text, head)
        elif definite:
            references.append((title, head))
    generalises = load_json(doc.lang_, "entities_descriptions")["title_generalises"]
    for title, head in references:
        people = sorted((c for c in clusters.values() if c.type == "PERSON" and c.role), key=lambda c: c.first)
        holder = _holder(title, head, people, generalises) or _same_nationality(title, head, people, gaz.nationality)
        if holder is None and title.end - head.start > 1 and not _quoted(doc, title):
            holder = _protagonist(title, clusters)   # a precise office, not "le président"
        if holder is not None:
            _set_role(holder, doc[head.start:title.end].text, head)
            holder.add(title.start_char, title.end_char, "title")


def _holder(title: Span, head: Span, people: list[Cluster], generalises: dict) -> Optional[Cluster]:
    """The person a bare title refers to: among earlier holders of a compatible role the one whose
    role says least beyond the title, then the nearest; else the first later one; never someone
    named right beside it ("le ministre et X")."""
    doc = title.doc
    near = doc[max(0, title.start - NEIGHBOURS):min(len(doc), title.end + NEIGHBOURS)]
    fits = [c for c in people if _compatible(title, head, c, generalises)
            and not any(near.start_char <= s < near.end_char and (s, e) != (title.start_char, title.end_char)
                        for s, e, _ in c.mentions)]
    earlier = [c for c in fits if c.first < title.start_char]
    words = _words(title.text)
    if earlier:
        return min(earlier, key=lambda c: (len(_words(c.role) - words),
                                           -max(s for s, _, _ in c.mentions if s < title.start_char)))
    return fits[0] if fits else None


def _same_nationality(title: Span, head: Span, people: list[Cluster], nationality: dict) -> Optional[Cluster]:
    """'le chef de l'État polonais' after 'son homologue polonais Piotr Kowal': a title no role
    matches names the one person whose role carries the same nationality."""
    countries = {nationality[t.lower_] for t in title if t.i >= head.end and t.lower_ in nationality}
    if len(countries) != 1:
        return None
    # the role may carry the adjective ('président kényan') or the country ('président du Kenya')
    same = [c for c in people if (any(nationality.get(w) in countries for w in _words(c.role))
                                  or any(country.lower() in c.role.lower() for country in countries))
            and _titled_beside_name(c)]
    return same[0] if len(same) == 1 else None


def _titled_beside_name(person: Cluster) -> bool:
    """Whether the person's role was read from a title set right before their name (not guessed)."""
    names = {start for start, _, kind in person.mentions if kind == "name"}
    return any(kind == "title" and any(end <= n <= end + 2 for n in names) for _, end, kind in person.mentions)


def _quoted(doc: Doc, title: Span) -> bool:
    """Whether a title stands inside quotation marks: a speaker's "le président" names someone
    of the speaker's world, not the article's protagonist."""
    text = doc_text(doc)   # doc.text joins every token again
    paragraph = text.rfind("\n", 0, title.start_char) + 1
    before = text[paragraph:title.start_char]
    return before.count("\u00ab") > before.count("\u00bb") or before.count('"') % 2 == 1


def _protagonist(title: Span, clusters: dict[str, Cluster]) -> Optional[Cluster]:
    """An unresolved title names the article's main person (most named so far) when that person has
    no role of their own yet: "Ben Wallace ... Le secrétaire à la Défense"."""
    sentence = title.sent
    inside = [c for c in clusters.values() if any(title.start_char <= s and e <= title.end_char for s, e, _ in c.mentions)]
    if any(c.type in ("GPE", "LOC", "ORG") for c in inside):
        return None     # 'le maire de Villeneuve', 'la directrice de l'Inserm': an office of a named body, not a guess
    named = [c for c in clusters.values() if c.type == "PERSON" and not c.role and c not in inside
             and any(s < title.start_char for s, _, _ in c.mentions)
             # a title after the person's name in one sentence designates someone else
             # ("X a reçu le secrétaire d'État")
             and not any(sentence.start_char <= s < title.start_char for s, _, _ in c.mentions)]
    if not named:
        return None
    doc = title.doc

    def weight(c: Cluster) -> tuple[int, bool]:
        # most named first; on a tie, the one who acts (a subject) over one merely cited ("les mots de X")
        before = [s for s, _, _ in c.mentions if s < title.start_char]
        subject = any(doc.char_span(s, e, alignment_mode="expand").root.dep_.startswith("nsubj")
                      for s, e, _ in c.mentions if s < title.start_char)
        return len(before), subject
    return max(named, key=weight)


def _description_target(doc: Doc, description: int, head_end: int, rule: dict, gaz: Gazetteer,
                        clusters: dict[str, Cluster]) -> Optional[Cluster]:
    before = doc[description].idx
    earlier = sorted((c for c in clusters.values() if c.first < before), key=lambda c: max(
        s for s, _, _ in c.mentions if s < before))
    if rule["refers"] == "name":
        return next((c for c in clusters.values() if c.name == rule["name"]), None)
    if rule["refers"] == "adjective":    # "le continent africain": named by its adjective alone
        name = rule["names"].get(doc[head_end].lower_ if head_end < len(doc) else "")
        key = f'{rule["type"]}|{name}'
        return clusters.get(key) or (Cluster(key, name, rule["type"]) if name else None)
    if rule["refers"] == "trigger":
        return next((c for c in reversed(earlier) if rule["trigger"] in c.triggers), None)
    countries = [c for c in earlier if c.type == "GPE" and c.name in gaz.countries]
    if rule["refers"] == "type":
        return _last_country(doc, description, countries, gaz, clusters)
    adjective = doc[head_end].lower_ if head_end < len(doc) else ""
    country = gaz.nationality.get(adjective) or (countries[-1].name if countries else None)
    return clusters.get(gaz.capital.get(country, ""))


def _sentence_start(doc: Doc, i: int) -> int:
    """The first token of the sentence holding token i; a paragraph break also ends a sentence
    (the parser sometimes runs a sentence over it)."""
    start = doc[i].sent.start
    for j in range(i, start, -1):
        if "\n" in doc[j - 1].whitespace_ or doc[j - 1].is_space:
            return j
    return start


def _last_country(doc: Doc, description: int, countries: list[Cluster], gaz: Gazetteer,
                  clusters: dict[str, Cluster]) -> Optional[Cluster]:
    """The country "le pays" refers to: among countries named (or implied by an adjective: "le
    réseau ukrainien") since the previous sentence, a subject first, then the nearest; never the
    subject of the verb whose object the description is ("la Russie a envahi le pays")."""
    token = doc[description]
    sentence_start = _sentence_start(doc, description)
    window_start = _sentence_start(doc, sentence_start - 1) if sentence_start > 0 else 0
    country_at = {s: c for c in countries for s, _, _ in c.mentions}
    found = []
    for candidate in doc[window_start:description]:
        cluster = country_at.get(candidate.idx)
        if cluster is None and candidate.pos_ == "ADJ" and gaz.nationality.get(candidate.lower_) in gaz.countries:
            country = gaz.nationality[candidate.lower_]   # the country may be named by its adjective only
            cluster = clusters.get(f"GPE|{country}") or Cluster(f"GPE|{country}", country, "GPE")
        subject = candidate.dep_ in ("nsubj", "nsubj:pass")
        if cluster is None or (subject and candidate.head == token.head and candidate.i >= sentence_start):
            continue
        found.append((subject, candidate.i, cluster))
    if found:
        return max(found, key=lambda f: (f[0], f[1]))[2]
    return countries[-1] if countries else None


def resolve_descriptions(doc: Doc, gaz: Gazetteer, clusters: dict[str, Cluster]) -> None:
    """Definite descriptions that refer back: "le pays", "sa capitale", "l'alliance", "l'exercice"."""
    table = load_json(doc.lang_, "entities_descriptions")
    determiners = set(table["determiners"])
    taken = [(s, e) for c in clusters.values() for s, e, _ in c.mentions]
    for token in (doc[i] for i in positions(doc, determiners, ORTH) if i < len(doc) - 1):
        following = doc[token.i + 1].text
        for words, rule in table["descriptions"].items():
            n = len(words.split())
            if following != words.split()[0]:
                continue
            head = doc[token.i + 1:token.i + 1 + n]
            if head.text != words or any(s < head.end_char and token.idx < e for s, e in taken):
                continue
            target = _description_target(doc, head.start, head.end, rule, gaz, clusters)
            if target is None:
                continue
            # "la capitale ukrainienne", "le continent africain": the adjective belongs to the description
            with_adjective = rule["refers"] == "adjective" or (
                rule["refers"] == "capital" and head.end < len(doc) and doc[head.end].lower_ in gaz.nationality)
            last = doc[head.end] if with_adjective else doc[head.end - 1]
            clusters.setdefault(target.key, target)
            target.add(token.idx, last.idx + len(last), "description")
