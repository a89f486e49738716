"""The grammar a speaker phrase shows by itself: its bounds, gender, number, the words of its title,
whether it is anchored to a named place, and which subject of a clause is the most salient antecedent.
Split from speakers.py, which resolves who speaks; these read one token and its children (or its
few neighbours) only."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from recoupe.analyse.inflection import adjective_forms
from recoupe.resources import available, load_json, load_lines

_TO = ("à", "au", "aux")    # the prepositions of an addressee ('confie-t-elle au Parisien')
_NP_INNER_DEPS = {"amod", "nmod", "case", "det", "flat:name", "flat:foreign", "fixed", "flat", "nummod", "compound",
                  "obl:arg"}
#: the Doc.user_data key of the document's ``noun_phrase`` bounds, by head index
_NOUN_PHRASES = "recoupe_noun_phrases"


def appositive_title(head: Token) -> Optional[Token]:
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return child
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        return head.head
    return None


def by_salience(tokens) -> list[Token]:
    """Tokens in text order, except that the agent of a passive verb comes before that verb's subject:
    after 'Anne Roux a été reçue par le préfet, Paul Henri', a later 'elle' or 'il' most likely
    continues with the subject, so the subject must be the most recent antecedent."""
    def key(token: Token) -> float:
        if token.dep_ == "obl:agent":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj:pass" and c.i < token.i), None)
            if subject is not None:
                return subject.i - 0.5
        return token.i
    return sorted(tokens, key=key)


def agreement_gender(subject: Token) -> Optional[str]:
    """The gender a participle agreeing with the subject shows ('Anne Roux a été reçue', 'Paul Henri
    est arrivé'): a name alone tells none, but the participle of 'être' agrees with it."""
    verb = subject.head
    if verb.pos_ not in ("VERB", "ADJ") or "Part" not in verb.morph.get("VerbForm") and verb.pos_ != "ADJ":
        return None
    if not any(c.dep_ in ("aux:pass", "cop") or c.dep_ == "aux" and c.lemma_ == "être" for c in verb.children):
        return None
    values = verb.morph.get("Gender")
    return values[0] if values else None


def before_complement(name: str) -> str:
    """A description's words up to its first complement: 'la source militaire' of 'la source militaire
    de l'armée'."""
    return re.split(r"\s(?:de|des|du|d'|d’)\s?", name.lower(), maxsplit=1)[0]


def anchored(head: Token) -> bool:
    """Whether a title is tied to a named place or body ('le maire de Villeneuve', 'la directrice
    de l'hôpital Saint-Louis'): such a phrase names its own holder, who may be nobody named before."""
    return any(c.dep_ == "nmod" and (c.pos_ == "PROPN" or c.ent_type_ or any(g.pos_ == "PROPN" for g in c.children))
               and any(g.dep_ == "case" for g in c.children) for c in head.children)


def title_key(head: Token) -> tuple[str, ...]:
    """The words that define a title: its pre-head modifiers and head ('premier ministre')."""
    words = [t.lemma_.lower() for t in head.lefts if t.dep_ in ("amod", "compound")]
    return tuple(words + [head.lemma_.lower()])


def gender(token: Token) -> Optional[str]:
    """The grammatical gender, trusting the article ('la ministre') and then a feminine
    ending ('l'ambassadrice') over the tagger's reading of the noun."""
    if token.pos_ not in ("NOUN", "PRON", "PROPN"):
        return None     # a name's article tells its gender too: 'la Suède' is no 'il'
    for child in token.lefts:
        values = child.morph.get("Gender")
        if child.dep_ == "det" and values and not child.text.endswith("'"):   # elided "l'" shows no gender
            return values[0]
    if token.pos_ == "PROPN":
        return None     # the tagger's gender of a bare name is a guess
    if token.pos_ == "NOUN" and token.lower_.endswith(load_lines(token.doc.lang_, "quotes_feminine_endings")):
        return "Fem"   # the tagger reads 'ambassadrice' as masculine (lemma 'ambassadeur')
    values = token.morph.get("Gender") or agreed_gender(token)
    return values[0] if values else None


def agreed_gender(token: Token) -> list[str]:
    """'chef adjoint', 'cheffe adjointe': the gender of the adjective right after a title, which shows it
    where the tagger's reading of the noun alone is a guess or missing."""
    return next((a.morph.get("Gender") for a in token.rights if a.dep_ == "amod" and a.i == token.i + 1), [])


def number(token: Token) -> str:
    """The grammatical number, from the noun or else its article ('les États-Unis'); a name's own number is
    the tagger's guess, its article's is written ('les Houthis' is plural whatever the tagger reads)."""
    article = [v for c in token.lefts if c.dep_ == "det" for v in c.morph.get("Number")]
    values = article + token.morph.get("Number") if token.pos_ == "PROPN" else token.morph.get("Number") or article
    return values[0] if values else "Sing"


def share_group(head: Token) -> Optional[Token]:
    """'66 % des sondés', 'la moitié des Français', 'la moitié de la population': the group a share of people
    is taken from; a bare singular noun qualifies the share instead ('la majorité de gauche')."""
    return next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i and c.pos_ in ("NOUN", "PROPN")
                 and any(g.dep_ == "case" for g in c.children)
                 and (c.pos_ == "PROPN" or "Plur" in c.morph.get("Number") or any(g.dep_ == "det" for g in c.children))),
                None)


def addressed_medium(case: Token) -> bool:
    """Whether 'à'/'au' opens the name of an outlet ('à RMC Sport', 'au Parisien') or a medium ('à la radio')."""
    lang = case.doc.lang_
    if case.lower_ not in _TO:
        return False
    words = list(case.doc[case.i + 1:min(case.head.right_edge.i + 1, case.i + 5)])
    if words and words[0].lower_ in load_lines(lang, "quotes_articles") + ("l'", "l’"):
        words = words[1:]
    if not words:
        return False
    if case.head.lemma_.lower() in load_lines(lang, "quotes_media_nouns"):
        return True
    outlets = _outlets(lang)
    names = [" ".join(t.lower_ for t in words[:k]) for k in range(1, len(words) + 1)]
    return any(n in outlets or f"le {n}" in outlets or f"la {n}" in outlets for n in names)


@lru_cache(maxsize=None)
def _outlets(lang: str) -> frozenset[str]:
    """The outlets the cleaner knows ('le parisien'), as a set: asked for each 'à' in a speaker phrase."""
    return frozenset(load_lines(lang, "clean_outlets")) if available(lang, "clean_outlets") else frozenset()


def auxiliary_before(doc, cue: Token, first: int) -> int:
    """'», a pour sa part déclaré X', 'a, de son côté, estimé', 'a quant à elle martelé': outlets set
    an adverbial phrase between the auxiliary and the participle of an incise. Returns the index of
    that auxiliary (where the incise, and its comma, really start) or ``first`` when there is none.
    Only a few tokens back are read, and only adverbs, prepositions, possessive phrases and strong
    pronouns may stand in between: anything else (a noun of its own, a verb) is another clause."""
    if "Fin" in cue.morph.get("VerbForm") or cue.pos_ in ("AUX", "NOUN"):
        return first     # the participle, even when the tagger misread it ('a quant à elle martelé' as ADJ)
    skipped = 0
    for i in range(first - 1, max(first - 7, -1), -1):
        token = doc[i]
        if token.pos_ == "AUX" and "Fin" in token.morph.get("VerbForm"):
            return i if skipped else first
        if not interpolated(token):
            return first
        skipped += token.text != ","
    return first


def interpolated(token: Token) -> bool:
    """A word an outlet may slip between an auxiliary and its participle: a comma, an adverb, a
    preposition, a possessive phrase ('pour sa part'), a strong pronoun ('quant à elle')."""
    if token.text == "," or token.pos_ in ("ADV", "ADP"):
        return True
    if token.pos_ == "DET":
        return "Yes" in token.morph.get("Poss")
    if token.pos_ == "NOUN":    # 'sa part', 'son côté', 'leur tour': only a possessed noun
        return token.i > 0 and "Yes" in token.doc[token.i - 1].morph.get("Poss")
    return token.pos_ == "PRON" and "Prs" in token.morph.get("PronType") and "Rel" not in token.morph.get("PronType")


def noun_phrase(head: Token) -> tuple[int, int]:
    """Token bounds of the phrase headed by ``head``, without appositions or relative clauses.

    Kept per document: the resolver, the apposition checks and the claims ask it of the same
    heads two or three times, and each reading walks the phrase's tokens."""
    known = head.doc.user_data.setdefault(_NOUN_PHRASES, {})
    bounds = known.get(head.i)
    if bounds is None:
        bounds = known[head.i] = _read_noun_phrase(head)
    return bounds


def _read_noun_phrase(head: Token) -> tuple[int, int]:
    start = head.i
    articles = load_lines(head.doc.lang_, "quotes_articles")   # 'des' is sometimes parsed as a preposition
    for child in head.lefts:
        if child.dep_ in _NP_INNER_DEPS and (child.dep_ != "case" or child.lower_ in articles) and not child.is_punct:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    doc = head.doc
    while end < len(doc) and _inside_phrase(head, doc[end]):
        end += 1
    # 'Nova AI a annoncé': the parse may make each word of a name its own subject of the verb
    while head.pos_ == "PROPN" and end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].is_lower \
            and doc[end].head.i == head.head.i and doc[end].dep_ == head.dep_ and doc[end].i != doc[end].head.i:
        end = doc[end].right_edge.i + 1
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].pos_ in ("NOUN", "ADJ"):
        end = max(end + 2, noun_phrase(doc[end + 1])[1])   # 'l'état-major général…' the parse split in two
    return start, end


def _inside_phrase(head: Token, token: Token) -> bool:
    stops = load_lines(token.doc.lang_, "quotes_phrase_stops")
    # 'l'avocat du prévenu': a participle used as a noun, the complement of the phrase, stays in it
    nominal = token.dep_ == "nmod" and any(c.dep_ == "case" for c in token.children)
    if token.is_punct or token.pos_ in ("VERB", "AUX") and not nominal or token.lower_ in stops or _in_date(token):
        return False     # 'ont répété les délégués mardi soir': the date tells when, not who
    if token.dep_ == "case" and token.lower_ not in load_lines(token.doc.lang_, "quotes_title_prepositions"):
        return False     # 'la militante sur les réseaux sociaux': the place of the speech, not the title
    if token.dep_ == "case" and addressed_medium(token):
        return False     # 'raconte un voisin au Parisien': the outlet spoken to, not the title
    ancestor = token
    while ancestor.i != head.i:
        if ancestor.dep_ not in _NP_INNER_DEPS or ancestor.head.i == ancestor.i:
            return False
        ancestor = ancestor.head
    return True


def _in_date(token: Token) -> bool:
    """``token`` lies inside a date the date pass found (none known yet: False)."""
    dates = token.doc._.dates or ()
    return any(d.span.start <= token.idx < d.span.end for d in dates)


@lru_cache(maxsize=None)
def _singular_demonyms(lang: str) -> frozenset[str]:
    """The singular forms of the nationality adjectives ('espagnol', 'espagnole', 'suédois')."""
    table = load_json(lang, "entities_nationalities") if available(lang, "entities_nationalities") else {}
    forms = (adjective_forms(m, lang) for m in table if not m.startswith("_"))
    return frozenset(f for inflected in forms for f in (inflected["ms"], inflected["fs"]))


def demonym_noun(head: Token) -> bool:
    """'a conclu l'Espagnole', 'L'Américain a ajouté': a capitalised nationality used as a singular noun
    names one person of the article, as a title would; 'le Franco-Serbe' by its last part; 'les
    Américains' (a people) and the adjective ('le ministre américain') are not."""
    if head.pos_ not in ("NOUN", "PROPN") or not head.text[:1].isupper() or head.ent_type_ == "PER":
        return False
    if not any(c.dep_ == "det" for c in head.children):
        return False
    return head.text.lower().rsplit("-", 1)[-1] in _singular_demonyms(head.doc.lang_)
