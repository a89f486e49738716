"""Shapes that make a capitalised span not a name, or a name of a given kind: a town's people,
a compass point, a code (time zone, chemical formula, fuel grade, quarter, file format), a number
in words, a title and its complement."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from recoupe.analyse.numbers import word_value
from recoupe.resources import load_json, load_lines


def code_not_a_name(span: Span) -> bool:
    """A code the model takes for a place or an organisation ("14H00 GMT", "le CO2", "le SP95",
    "au Q3"): listed codes, matched alone; a cheap set lookup on the candidate only."""
    return len(span.text) <= 12 and span.text.upper().replace("-", "") in _codes(span.doc.lang_)


@lru_cache(maxsize=None)
def _codes(lang: str) -> frozenset[str]:
    """The listed codes in capitals, hyphens dropped ("SP-95" is "SP95")."""
    return frozenset(w.upper().replace("-", "") for w in load_lines(lang, "entities_codes"))


@lru_cache(maxsize=None)
def _regions(lang: str) -> frozenset[str]:
    return frozenset(v for k, v in load_json(lang, "entities_region_codes").items() if k[0] != "_")


#: determiners that make a capitalised word a common noun ("nos deux États", "leurs Länder")
_COMMON_DETERMINERS = ("mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre",
                       "leur", "nos", "vos", "leurs", "ces", "cet", "cette", "chaque", "plusieurs")
#: prepositions before a town ("à Calais", "de Beauvais"): the word is then a place, whatever its ending
_PLACE_PREPOSITIONS = ("à", "de", "d'", "en", "vers", "depuis", "sur", "près", "par", "pour")


def not_a_name(span: Span, compass: frozenset[str]) -> bool:
    """Capitalised words the model takes for names: compass directions ("au Nord-est"), a common
    noun after a possessive or a number ("nos deux États"), a town's people ("le jeune Lyonnais",
    "Marseillais et Niçois"), a number written in words opening a sentence ("Vingt-quatre
    personnes ont péri"; "Trois-Rivières" has a word that is no number)."""
    if all(part.lower() in compass for part in span.text.replace("-", " ").split()):
        return True
    if word_value(span.text.split(), span.doc.lang_) is not None:
        return True
    if len(span) != 1:
        return False
    token = span[0]
    if token.pos_ == "NOUN" and any(t.dep_ in ("det", "nummod") and t.lower_ in _COMMON_DETERMINERS
                                    or t.dep_ == "nummod" for t in token.children):
        return True
    return _demonym(token) or token.dep_ == "conj" and _demonym(token.head)


#: what joins a title to its complement ("Ministre de la Justice", "Chef de l'État")
_TITLE_LINKS = ("de", "d'", "d’", "du", "des")


def title_and_complement(span: Span, titles: frozenset[str]) -> bool:
    """A capitalised title and its complement ("Ministre de la Justice", "Premier ministre de la
    Transition", "Chef de l'État"): a role, which the model takes for an organisation."""
    words = [t.lower_ for t in span]
    return any(" ".join(words[:n]) in titles and len(words) > n + 1 and words[n] in _TITLE_LINKS for n in (1, 2))


def town_people(token: Token) -> bool:
    """A capitalised word with a demonym ending ("Lyonnais", "Niçois") that is no listed region's
    name ("le Valais" is the canton, not its people)."""
    lang = token.doc.lang_
    return token.is_title and token.lower_.endswith(_demonym_endings(lang)) and token.text not in _regions(lang)


@lru_cache(maxsize=None)
def _demonym_endings(lang: str) -> tuple[str, ...]:
    return tuple(load_lines(lang, "entities_demonym_suffixes"))


def _demonym(token: Token) -> bool:
    """A town's or region's people: ``town_people``, not after a place preposition ("à Calais"),
    used as a noun (the parser's own tag) or plural."""
    if not town_people(token):
        return False
    if token.i and token.nbor(-1).lower_ in _PLACE_PREPOSITIONS and not _partitive(token):
        return False
    return token.pos_ == "NOUN" or "Plur" in token.morph.get("Number") or _after_copula(token)


def _after_copula(token: Token) -> bool:
    """A demonym right after 'être' ("je suis Niçois d'adoption"): what someone is, which the tagger
    may read as a verb or an adjective, never a place."""
    return token.i > 0 and token.nbor(-1).lemma_ == "être" and token.nbor(-1).pos_ in ("AUX", "VERB")


def _partitive(token: Token) -> bool:
    """A plural counted by the words before its preposition ("deux millions d'Africains", "beaucoup
    de Lyonnais"): people, not the town a preposition would name."""
    if token.i < 2 or "Plur" not in token.morph.get("Number") or not token.nbor(-1).lower_.startswith("d"):
        return False
    amount = token.nbor(-2)
    return amount.like_num or amount.pos_ in ("NUM", "ADV") or any(t.dep_ == "nummod" for t in amount.children)




#: marks that open a quotation or a line of dialogue
_QUOTE_OPENERS = ("«", "“", '"', "—", "–")
#: what may follow an exclamation or a greeting opening a quotation ("« Bienvenue, Madame »")
_AFTER_OPENER = (",", "!", "?", "»", "”", '"', ".", "…")


def quotation_opener(doc, candidates: list, common, known: tuple[float, ...]) -> list:
    """The candidates without a single capitalised word opening a quotation and set apart by a comma
    or a mark ("« Bienvenue, Madame »", "« Demain, nous … »") that is a common word of the language
    (``common``: lowercase words the lemmatiser knows) and is written nowhere else in the text with
    its capital: the quotation's first word, not a place or a person. A name of the gazetteer
    (priority in ``known``) stays ("« Paris, c'est fini »")."""
    dropped = set()
    for cand in candidates:
        if cand.end - cand.start != 1 or cand.start == 0 or cand.end >= len(doc) or cand.priority in known:
            continue
        token = doc[cand.start]
        if doc[cand.start - 1].text in _QUOTE_OPENERS and doc[cand.end].text in _AFTER_OPENER \
                and token.lower_ in common and token.text[:1].isupper():
            dropped.add(token.text)
    if dropped:
        elsewhere = {c.span(doc).text for c in candidates if c.end - c.start == 1
                     and c.span(doc).text in dropped and doc[c.start - 1].text not in _QUOTE_OPENERS}
        dropped -= elsewhere
    return [c for c in candidates if not (c.end - c.start == 1 and doc[c.start].text in dropped)]
