"""Where a name the statistical NER proposes really ends.

The model runs past a name onto a date ("France Bleu Provence mercredi") or joins two names
coordinated by "et" ("Le Monde et Libération"); these checks trim or drop such spans.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from recoupe.analyse.entity_people import CAPITAL_PARTICLES, NAME_LINKS
from recoupe.analyse.extensions import doc_text
from recoupe.resources import load_json, load_lines

#: the prepositions and articles that link a name to its complement ("Programme ... de l'OMS")
TAIL_LINKS = ("de", "d'", "du", "des", "l'", "la", "le", "les")


def two_names(span: Span, known: frozenset[str]) -> bool:
    """Two names joined by "et" read as one ("Le Monde et Libération"): each is found on its own."""
    for token in span:
        if token.lower_ == "et" and token.i > span.start:
            return span.doc[span.start:token.i].text in known or span.doc[token.i + 1:span.end].text in known
    return False


def hyphen_parts(span: Span, named: frozenset[str], links: frozenset[str]) -> list[Span]:
    """Names glued by hyphens and read as one ("Lyon-Marseille", "l'axe Tamboro-Kessavi", "le
    régime de Dupré-Malval"): the parts, when each is a name known or found alone in the text; or
    after a noun of a link, when one part is, or when the noun is straight before a compound
    written once ("la route de Pont-Vernaz" is one town's road). Else none: a compound with a
    lowercase part ("Boulogne-sur-Mer"), or one the text repeats whole with no link noun (a
    club's name: "Vaux-Tamboro" the text names again is one club)."""
    doc = span.doc
    cuts = [t.i for t in span[1:-1] if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
    if not cuts:
        return []
    parts = [doc[s:e] for s, e in zip([span.start, *(c + 1 for c in cuts)], [*cuts, span.end])]
    if any(not part or not all(t.text[:1].isupper() for t in part) for part in parts):
        return []
    before = [t.lower_ for t in doc[max(0, span.start - 2):span.start]]
    next_to = before[-1:] != [] and before[-1] in links
    # 'l'axe de X-Y': the link noun, then its preposition
    linked = next_to or len(before) == 2 and doc[span.start - 1].pos_ == "ADP" and before[0] in links
    known = [part.text in named for part in parts]
    if linked and any(known):
        return parts
    # whether the text repeats the compound whole: read last, for the few spans that get this far
    single = (all(known) or next_to) and doc_text(doc).count(span.text) < 2
    return parts if all(known) and linked or single else []


#: links that open a name's complement: "Forces de Défense", "Office des Eaux"


def coordinated_complement(doc: Doc, start: int, end: int, known: frozenset[str]) -> int:
    """The end of a name whose last complement the model cut at "et" ("Forces de Défense" + "et
    de Sécurité", "Ministère des Mines" + "et du Pétrole"): a second complement opened by a link
    and a capitalised word runs on; an acronym or a known name there is another entity ("et de
    la BCE", "et de la Suisse")."""
    if end - start < 3 or doc[end - 2].lower_ not in NAME_LINKS or end + 2 >= len(doc) \
            or doc[end].lower_ != "et" or doc[end + 1].lower_ not in NAME_LINKS:
        return end
    name = end + 2 + (doc[end + 2].lower_ in ("la", "l'", "l’") and end + 3 < len(doc))
    return name + 1 if doc[name].is_title and doc[name].is_alpha and doc[name].text not in known else end


def glued_end(doc: Doc, end: int) -> int:
    """The end of a name the tokenizer cut at an inner apostrophe ("Ploumarc'" + "h", "N'" +
    "sele"): the word glued to the apostrophe belongs to the name."""
    while end < len(doc) and doc[end - 1].text[-1:] in ("'", "’") and not doc[end - 1].whitespace_ \
            and doc[end].is_alpha and (len(doc[end - 1]) > 2 or doc[end - 1].text[:1].isupper()):
        end += 1
    return end


def hyphen_end(doc: Doc, end: int) -> int:
    """The end of a one-word name the recogniser cut at an inner hyphen ("Orvel" + "-Tarmac", a team's
    or a firm's double name): a capitalised word glued to the hyphen belongs to the name."""
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper():
        end += 2
    return end


def trailing_common_noun(doc: Doc, start: int, end: int) -> bool:
    """A lowercase noun ending the span, not hanging on it: the model ran past the name ("France
    Bleu Provence" + "mercredi"); "Coupe du monde" keeps its complement."""
    last = doc[end - 1]
    if end - start < 2 or not last.is_lower or last.pos_ != "NOUN" or doc[end - 2].lower_ in TAIL_LINKS:
        return False
    # a day or a month closes no name; else the parser hangs the noun outside ("mercredi" on the
    # verb), while "Union centriste", "grande instance" hang inside the name
    return last.lower_ in _time_words(doc.lang_) or not start <= last.head.i < end


def dated_tail(doc: Doc, start: int, end: int) -> int:
    """The end before a weekday the model ran into after a link word ("Conseil des ministres" +
    "du mercredi"): the day locates the meeting, it does not name it (a month may: "Fête de mai")."""
    if end - start > 2 and doc[end - 1].is_lower and doc[end - 1].lower_ in _weekdays(doc.lang_) \
            and doc[end - 2].lower_ in TAIL_LINKS:
        return end - 2
    return end


def before_infinitive(doc: Doc, start: int, end: int) -> int:
    """Where a name the model ran on into an infinitive clause ends: "Conseil constitutionnel"
    + "d'effectuer la proclamation ...", "Agence" + "de prévenir les risques"; no name goes on
    with "de" and a lowercase verb."""
    for token in doc[start + 1:end - 1]:
        after = doc[token.i + 1]
        if token.lower_ in ("de", "d'", "d’") and after.is_lower and after.pos_ in ("VERB", "AUX") \
                and after.morph.get("VerbForm") == ["Inf"]:
            return token.i
    return end


def clause_run_on(doc: Doc, start: int, end: int) -> int:
    """Where a name the model ran on into the clause around it ends: at the clause's own verb
    ("Syndicat des ... de la santé" + "force", tagged a noun but the root of the sentence), at a
    numeral counting what follows ("Union des citoyens" + "trois ans") or at a third-person
    pronoun opening the next clause ("TRIBUNAL" + "Elle"); a numeral or pronoun hanging inside
    the name ("Club des cinq") stays."""
    for token in doc[start + 1:end]:
        if token.is_lower and token.dep_ == "ROOT":
            return token.i
        outside = not start <= token.head.i < token.i
        if outside and (token.is_lower and token.pos_ == "NUM"
                        or token.pos_ == "PRON" and token.morph.get("Person") == ["3"]):
            return token.i
    return end


def particle_end(doc: Doc, end: int, particles: frozenset[str]) -> int:
    """The end of a name the model closed on a capitalised particle ("gouvernorat d'Al" +
    "-Dhali", "Tétouan-Al" + "Hoceima"): a particle names nothing alone, the word after it (glued
    by a hyphen or after a space) completes the name."""
    last = doc[end - 1]
    if end >= len(doc) or not last.is_title or last.lower_ not in particles:
        return end
    if doc[end].text == "-" and not last.whitespace_ and not doc[end].whitespace_ \
            and end + 1 < len(doc) and doc[end + 1].is_title:
        return end + 2
    return end + 1 if last.whitespace_ == " " and doc[end].is_title and doc[end].is_alpha else end


@lru_cache(maxsize=None)
def _time_words(lang: str) -> frozenset[str]:
    vocabulary = load_json(lang, "dates_vocabulary")
    return frozenset([*vocabulary["weekday"], *vocabulary["month"], *vocabulary["part_of_day"]])


@lru_cache(maxsize=None)
def _weekdays(lang: str) -> frozenset[str]:
    return frozenset(load_json(lang, "dates_vocabulary")["weekday"])


def _nests(outer, inner) -> bool:
    longer = (outer.end - outer.start) > (inner.end - inner.start)
    return outer.start <= inner.start and inner.end <= outer.end and longer


def one_name(doc: Doc, outer, inner) -> bool:
    """Two finders' cuts of one name, not a name inside another: same type, and the longer one
    only adds an ordinal or a qualifier before ("3e" + "Régiment de ... de Pamiers") or a
    complement after the same head ("Conseil de sécurité" + "de l'ONU"). A link before the inner
    one makes it another name ("Comité ... de la" + "Chambre des communes")."""
    if outer.type != inner.type or not _nests(outer, inner):
        return False
    return outer.start == inner.start or not any(t.pos_ == "ADP" or t.lower_ in TAIL_LINKS
                                                 for t in doc[outer.start:inner.start])


def _article_only(doc: Doc, outer, inner) -> bool:
    """The outer cut is the inner name with the capitalised article the title writes before it
    ("Le" + "JDD", "The" + "Globe"): the same name, not a name holding another."""
    return outer.start + 1 == inner.start and outer.end == inner.end and outer.type == inner.type \
        and name_article(doc[outer.start])


def name_article(token) -> bool:
    """A capitalised article opening a title ("Le", "La", "The"; a list of resources)."""
    return token.text[:1].isupper() and token.lower_ in _name_articles(token.doc.lang_)


@lru_cache(maxsize=None)
def _name_articles(lang: str) -> frozenset[str]:
    return frozenset(load_lines(lang, "entities_name_articles"))


def select(doc: Doc, candidates: list) -> list:
    """Keep the best of overlapping candidates; organisation and event names may contain others,
    though not a shorter cut of their own name (which would make a second entity)."""
    kept: list = []
    for cand in sorted(candidates, key=lambda c: (-c.priority, c.start - c.end, c.start)):
        overlapping = [k for k in kept if k.start < cand.end and cand.start < k.end]
        # a place inside an institution's name stays a place: "cour d'appel de Lyon" and "Lyon"
        # (not inside a place's: "canal de Suez" is not also the town; nor a person the institution
        # is named after: "hôpital Jean-Verdier")
        article_of = next((k for k in overlapping if _article_only(doc, cand, k)), None)
        if article_of is not None:   # "Le JDD" over the known "JDD": one mention, the known name's
            article_of.start = cand.start
            continue
        if all((cand.type in ("ORG", "EVENT") or cand.container) and _nests(cand, k)
               or k.container and k.trigger is not None and _nests(k, cand) and cand.type != "PERSON"
               for k in overlapping):
            if any(one_name(doc, k, cand) for k in overlapping):
                continue
            kept = [k for k in kept if not one_name(doc, cand, k)]
            kept.append(cand)
    return sorted(kept, key=lambda c: (c.start, c.end))


def without_brand_places(doc: Doc, kept: list) -> list:
    """The kept candidates without a place that is a word of an organisation's or event's own name
    ("Paris Saint-Germain", "Radio France", "Fédération Wallonie-Bruxelles"): with no link word
    before it, the place is part of a brand, not a place the story names. A place after a link stays
    nested ("tribunal de Lyon", "Jeux de Paris": "nested names included")."""
    outers = [k for k in kept if k.type in ("ORG", "EVENT")]
    return [k for k in kept if k.type not in ("GPE", "LOC")
            or not any(_nests(o, k) and not _linked_inside(doc, o, k) for o in outers)]


def _linked_inside(doc: Doc, outer, inner) -> bool:
    """Whether a link word (a preposition or an article) opens the inner name inside the outer one."""
    before = doc[inner.start - 1] if inner.start > outer.start else None
    return before is not None and (before.pos_ in ("ADP", "DET") or before.lower_ in TAIL_LINKS)


def known_head(span: Span, known_orgs: frozenset[str], nationalities=frozenset()) -> Span:
    """A known organisation the model ran on from through a lowercase adjective ("le Fatah palestinien
    à Ramallah", "le Hezbollah libanais"): the adjective (or a people's name the tagger reads as a noun)
    says whose it is, the name stops before it."""
    doc = span.doc
    for end in range(span.start + 1, span.end):
        if doc[end].is_lower and (doc[end].pos_ == "ADJ" or doc[end].lower_ in nationalities) \
                and doc[span.start:end].text in known_orgs:
            return doc[span.start:end]
    return span


def compass_complement(doc: Doc, end: int) -> int:
    """The end of a capitalised compass complement after a place ("du Nord", "de l'Est",
    "du Sud-Est"), or ``end`` when there is none; lowercase ("le sud du pays") is a direction."""
    i = end + 1 if end < len(doc) and doc[end].lower_ == "du" else end
    if i == end and end + 1 < len(doc) and doc[end].lower_ == "de" and doc[end + 1].lower_ in ("l'", "l’"):
        i = end + 2
    compass = load_lines(doc.lang_, "entities_compass_points")
    if i == end or i >= len(doc) or not all(part in compass for part in doc[i].text.split("-")):
        return end
    while i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].text in compass \
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        i += 2                           # "Sud" "-" "Est" split by the tokenizer
    return i + 1


def without_division(span: Span, divisions: frozenset[str]) -> Span:
    """A federated state's or province's name without the noun the model kept before it
    ("État de Sonora", "Province d'Alberta"): the place is named by its own name."""
    if len(span) > 2 and span[0].text in divisions and span[1].lower_ in ("de", "d'", "d’") \
            and span[2].text[:1].isupper():
        return span[2:]
    return span


def hyphen_suffix(doc: Doc, end: int, named_at: set[int]) -> int:
    """The end of a place name glued by hyphens to capitalised words that name nothing on their
    own ("Colombie" + "-Britannique", "Bruxelles" + "-Capitale"); a pair of known names
    ("Paris-Lyon", "Israël-Hamas") or an acronym ("France-KLM") stays two names."""
    stop = end
    while stop + 1 < len(doc) and doc[stop].text == "-" and not doc[stop - 1].whitespace_ \
            and not doc[stop].whitespace_ and doc[stop + 1].is_title and doc[stop + 1].is_alpha \
            and stop + 1 not in named_at:
        stop += 2
    return stop


#: articles and prepositions that open a portfolio after a minister's title ("de l'", "aux", "du")
_PORTFOLIO_LINKS = frozenset(("de", "d'", "d’", "du", "des", "au", "aux", "à", "la", "le", "les", "l'", "l’"))
#: how far back a chain of portfolios is followed to the minister's title
_PORTFOLIO_REACH = 16


def in_portfolio(doc: Doc, start: int, holders: frozenset[str], between: frozenset[str]) -> bool:
    """The name at ``start`` completes a minister's title, alone or after other portfolios joined
    by 'et' or a comma ("ministre du Logement et des Affaires rurales"); 'de la France' after a
    portfolio ("ministre des Affaires étrangères de la France") is not one."""
    i, floor = start - 1, max(0, start - _PORTFOLIO_REACH)
    while i >= floor:
        if doc[i].lower_ not in _PORTFOLIO_LINKS:
            return False
        while i >= floor and doc[i].lower_ in _PORTFOLIO_LINKS:
            i -= 1                     # the link: "de l'", "aux", "et de la"
        while i >= floor and doc[i].lower_ in between:
            i -= 1                     # "ministre déléguée au"
        if i < floor:
            return False
        if doc[i].lower_ in holders:
            return True
        if doc[i].lower_ not in ("et", ","):
            return False
        i -= 1
        while i >= floor and (doc[i].is_title or doc[i].is_lower and doc[i].pos_ == "ADJ") \
                and doc[i].lower_ not in _PORTFOLIO_LINKS:
            i -= 1                     # the previous portfolio: "Économie", "Ressources naturelles"
    return False


def without_body(span: Span) -> Span:
    """A person's name without the body the model ran on to ("Abou Karam" + "des FSR", "Karim
    Salem" + "du PS"): a link and an acronym in capitals are the person's affiliation."""
    for k in range(span.start + 1, span.end - 1):
        acronym = span.doc[k + 1].text
        if span.doc[k].lower_ in NAME_LINKS and span.end == k + 2 and acronym.isupper() and len(acronym) > 1:
            return span.doc[span.start:k]
    return span


def surname_particle(span: Span, i: int) -> bool:
    """A capitalised particle opening a person's surname the model read whole ("Le Pen", "De Smet"
    opening a sentence): the particle is the name's own, never a dropped article."""
    doc = span.doc
    return span.label_ == "PER" and i == span.start and doc[i].text in CAPITAL_PARTICLES and i + 1 < span.end \
        and doc[i + 1].is_title and doc[i + 1].is_alpha
