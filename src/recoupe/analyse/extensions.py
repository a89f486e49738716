"""Custom attributes recoupe sets on spaCy objects, and span helpers shared by extractors.

Every extractor writes its items under ``Doc._`` as lists of ``recoupe.schema`` objects
whose ``Span`` offsets count characters of ``doc.text`` (the analysed text);
``analyse.pipeline`` maps them back to the original document.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import numpy
from spacy.attrs import LEMMA, LOWER, MORPH, NORM, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from recoupe.schema import Span

#: Doc._ attributes: the publication date (input) and one list per extractor (output)
DOC_ATTRIBUTES = ("published", "entities", "quotes", "claims", "figures", "dates", "events")

for _name in DOC_ATTRIBUTES:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def remember_text(doc: Doc, text: str) -> None:
    """Records the text the Doc was built from, so that ``doc_text`` need not join the tokens:
    only for a Doc made from exactly that text (the pipeline's parsed pieces, joined)."""
    doc.user_data["recoupe_text"] = text


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc: spaCy joins the tokens again on every access."""
    text = doc.user_data.get("recoupe_text")
    if text is None:
        text = doc.user_data["recoupe_text"] = doc.text
    return text


def stripped_end(text: str, end: int, chars: Optional[str] = None) -> int:
    """``len(text[:end].rstrip(chars))`` without copying the text before ``end``: asked for each
    cue, a copy of all that precedes it would make long articles quadratic."""
    while end > 0 and (text[end - 1] in chars if chars is not None else text[end - 1].isspace()):
        end -= 1
    return end


def text_span(doc: Doc, start: int, end: int) -> Span:
    """A schema Span over doc.text[start:end]."""
    return Span(start, end, doc_text(doc)[start:end])


def sentence_span(doc: Doc, char: int) -> Span:
    """The sentence holding the character at ``char`` (the whole doc when unparsed)."""
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    if token is not None and doc.has_annotation("SENT_START"):
        sent = token[0].sent
        return text_span(doc, sent.start_char, sent.end_char)
    return text_span(doc, 0, len(doc_text(doc)))


def present_participle(token: Token) -> bool:
    """'précisant', 'jurant': the verb form of a participial adjunct, in the tagger's morphology.

    Answered once per analysis (a morphology's hash names its features in every document), read
    through the document's array of analyses: the extractors ask it of every verb near a cue,
    and each ``token.morph.get`` builds the analysis and a list anew."""
    key = int(attribute_array(token.doc, MORPH)[token.i])
    known = _PRESENT_PARTICIPLES.get(key)
    if known is None:
        morph = token.morph
        known = _PRESENT_PARTICIPLES[key] = "Part" in morph.get("VerbForm") and "Pres" in morph.get("Tense")
    return known


#: whether each morphological analysis met so far (by hash) is a present participle
_PRESENT_PARTICIPLES: dict[int, bool] = {}


def hyphenated_clitic(token: Token) -> bool:
    """'-il', '-elle', '-on' and the euphonic '-t' of 'a-t-il': a pronoun glued by a hyphen."""
    return token.text.startswith("-") and len(token.text) > 1 and token.pos_ == "PRON"


def published(doc: Doc) -> Optional[str]:
    """The publication date given with the text: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or None."""
    return doc._.published


def positions(doc: Doc, words, attr: int = LOWER) -> list[int]:
    """Indices of the tokens whose ``attr`` (LOWER, ORTH, SHAPE) is one of ``words``, read from
    an index of the document's words: a Token object per word of a long article costs more
    than the search itself, and the extractors ask a few dozen such questions per article."""
    index = word_index(doc, attr)
    wanted = _string_ids(words if isinstance(words, frozenset) else frozenset(words))
    # the intersection runs in C over the smaller side (a word list can hold hundreds of words)
    keys = index.keys()
    hits = keys & wanted if len(wanted) < len(index) else wanted.intersection(keys)
    if len(hits) == 1:
        return index[next(iter(hits))].copy()     # one word: its indices are already in order
    return sorted([i for h in hits for i in index[h]])


def attribute_array(doc: Doc, attr: int) -> numpy.ndarray:
    """The ``attr`` hash of every token, read once per document and kept with it."""
    key = f"recoupe_attr_{attr}"
    values = doc.user_data.get(key)
    if values is None:
        values = doc.user_data[key] = doc.to_array(attr)
    return values


def word_index(doc: Doc, attr: int) -> dict[int, list[int]]:
    """Token indices by ``attr`` hash (the distinct words of the document), built once per document."""
    key = f"recoupe_index_{attr}"
    index = doc.user_data.get(key)
    if index is None and attr in _WORD_ATTRS:
        # words: most of them distinct in a news article, appended token by token (slicing a sorted
        # copy at every change of value costs more); the lists are the same, in token order
        index = doc.user_data[key] = {}
        for i, value in enumerate(attribute_array(doc, attr).tolist()):
            found = index.get(value)
            if found is None:
                index[value] = [i]
            else:
                found.append(i)
    elif index is None:
        # the values sorted, then cut where they change: for tags and labels (few distinct values)
        # twice as fast as appending token by token
        values = attribute_array(doc, attr)
        order = numpy.argsort(values, kind="stable")
        ordered = values[order]
        cuts = (numpy.flatnonzero(ordered[1:] != ordered[:-1]) + 1).tolist()
        starts, ends, tokens = [0, *cuts], [*cuts, len(ordered)], order.tolist()
        keys = ordered[starts].tolist() if len(ordered) else []
        index = doc.user_data[key] = {k: tokens[s:e] for k, s, e in zip(keys, starts, ends)}
    return index


#: attributes holding words (many distinct values), indexed token by token
_WORD_ATTRS = frozenset((ORTH, LOWER, LEMMA, NORM))


@lru_cache(maxsize=512)
def _string_ids(words: frozenset) -> frozenset[int]:
    """The hashes of a word list, computed once per list (extractors ask for the same lists)."""
    return frozenset(get_string_id(w) for w in words)
