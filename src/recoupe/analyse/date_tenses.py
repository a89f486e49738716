"""Tense reading for dates: whether the verb a temporal expression hangs on is a past, a
future or neither, which decides the way a date without a year is read ('aura lieu le 3
mars' is the coming one, 'a eu lieu le 3 mars' the last one)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan

from recoupe.resources import load_lines


def _direction(kind: str, span: SpacySpan) -> Optional[str]:
    if kind not in ("weekday", "calendar", "season"):
        return None
    # a weekday keeps its past reading after a copula ('sera gratuit à partir de samedi' is
    # pinned by an earlier test); months and seasons read the copula's tense
    tenses = _tenses(span, copula=kind != "weekday")
    if "Fut" in tenses:
        return "upcoming"     # 'aura lieu mardi', 'entrera en vigueur au printemps'
    if kind == "season":
        return None
    # 'compte sortir en novembre' parsed with no verb above the infinitive: an infinitive
    # with no past anywhere in its sentence is a plan, the coming month
    if kind == "calendar" and not tenses and _unattached_infinitive(span) and not any(
            tense in ("Past", "Imp", "Pqp") for t in span.sent for tense in t.morph.get("Tense")):
        return "upcoming"
    if kind == "calendar" and not tenses & {"Past", "Imp", "Pqp"}:
        return "nearest"
    return None


def _unattached_infinitive(span: SpacySpan) -> bool:
    """The date's verb is an infinitive hanging on no verb (a misparse, or a headline)."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # 'fait remarquer' parsed with the infinitive as root: the finite word before it holds the tense
    tensed = any("Fin" in c.morph.get("VerbForm") for c in verb.children if c.i < verb.i)
    return "Inf" in verb.morph.get("VerbForm") and not tensed and (
        verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"))


def _tenses(span: SpacySpan, copula: bool = False) -> set[str]:
    """The tenses of the verb the expression depends on, auxiliaries included: 'se tiendra'
    and 'aura lieu' are futures, 'a eu lieu' a past; the conditional ('aurait eu lieu')
    carries no tense and reports the past."""
    # climb the head chain itself: a copula mis-tagged as no verb would send the walk from the
    # copula back to its own predicate, for ever
    token = span.root
    verb = _copula(token, copula)
    while verb.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
        verb = _copula(token, copula)
    if verb.pos_ not in ("VERB", "AUX"):
        return {"Past"}          # no verb to read ('Le 12 mai, …' heading a past account)
    while _infinitive(verb, copula) and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head         # 'pourra jouer mardi', 'devait signer lundi': the tense is the governing verb's
    forms = [verb, *_auxiliaries(verb, copula)]
    if any("Cnd" in token.morph.get("Mood") for token in forms):
        return {"Past"}
    if any(child.dep_ == "aux:tense" for child in verb.children):
        return {"Past"}          # 'a été', 'ont annoncé': a compound past ('est fixé' is a present passive)
    if verb.lemma_ in load_lines(verb.doc.lang_, "dates_etre_verbs") and "Part" in verb.morph.get("VerbForm") \
            and any(child.dep_ == "aux:pass" and "Pres" in child.morph.get("Tense") for child in verb.children):
        return {"Past"}          # 'sont remontés', 'est arrivé': the compound past of a verb taking 'être'
    auxiliaries = forms[1:] or forms   # a participle's own 'Past' is not the clause's tense
    return {tense for token in auxiliaries for tense in token.morph.get("Tense")}


def _copula(token, copula: bool = True):
    """'sera prête en mars': an adjective or noun predicate carries its tense on its copula."""
    if token.pos_ in ("VERB", "AUX") or not copula:
        return token
    return next((child for child in token.children if child.dep_ == "cop"), token)


def _auxiliaries(verb, copula: bool = True):
    """Auxiliaries and copula: 'sera prête' is a future, 'a été' a past."""
    return [child for child in verb.children if child.dep_.startswith("aux") or (copula and child.dep_ == "cop")]


def _infinitive(verb, copula: bool = True) -> bool:
    """'pourra jouer', 'permettra d'être prêts': an infinitive, or a predicate whose auxiliary is one."""
    return "Inf" in verb.morph.get("VerbForm") or any("Inf" in a.morph.get("VerbForm") for a in _auxiliaries(verb, copula))


def names_a_change(span: SpacySpan, change_nouns: list[str]) -> bool:
    """'a annoncé mardi une hausse des loyers au 1er août', 'une grève le 12 mai': the date belongs
    to the noun of a planned change (it hangs on it, or follows it right away when the parse
    hangs it on the verb), not to the verb reporting it, whose past says when the change was
    announced, not when it falls."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 1].lemma_ in change_nouns:
        return True
    token = span.root
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_ in change_nouns:
            return True
    return False


#: punctuation that opens a new clause: a 'si' before it governs no date after it
_CLAUSE_BREAKS = (",", ";", ":", "-", "–", "—", "(")


def hypothetical(span: SpacySpan, condition: list[str]) -> bool:
    """'si l'élection avait lieu dimanche prochain, …': a date in a 'si' clause in the imperfect
    or pluperfect locates an event that is only supposed. Read on the surface (the parse often
    takes 'si' for a preposition): a 'si' earlier in the same clause, and a finite imperfect or
    pluperfect between it and the date. 'si le match a lieu dimanche' (it may happen) is not
    one, nor 'il a demandé si la réunion avait lieu mardi' (after a verb, 'si' asks about a
    real event)."""
    doc, sentence_start = span.doc, span.sent.start
    for i in range(span.start - 1, sentence_start - 1, -1):
        token = doc[i]
        if token.text in _CLAUSE_BREAKS or token.pos_ == "SCONJ" and token.lower_ not in condition:
            return False
        # the elided "s'" is the conjunction only before 'il(s)': a reflexive 's'établirait' is no 'si'
        if token.lower_ in condition and token.pos_ != "PRON":
            asked = i > sentence_start and doc[i - 1].pos_ == "VERB"
            return not asked and any("Fin" in t.morph.get("VerbForm") and t.morph.get("Tense") in (["Imp"], ["Pqp"])
                                     for t in doc[i + 1:span.start])
    return False
