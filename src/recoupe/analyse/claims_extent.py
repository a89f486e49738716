"""Where a marked statement ends, and statements set apart from the clause they are about:
read by recoupe_claims.

A statement runs to the end of its clause (ContentFinder.clause_end), but not over a comment
apposed to it (', un bilan impossible à vérifier') nor over a second clause coordinated with it
('douze rebelles auraient été tués et trente autres auraient été capturés'), which carries its
own claim.
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Span as TokenSpan

_COORDINATED = ("conj",)


class ExtentReader:
    """Mixed into the claim finder: needs doc, words, content, source_prepositions and _linked."""

    def _statement_end(self, start: int, sent: TokenSpan) -> int:
        return self._own_end(start, self.content.clause_end(start, sent))

    def _own_end(self, start: int, end: int) -> int:
        """``end``, or the start of a comment or a second clause met before it."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return end
        for token in span[1:]:
            if self._apposed_comment(token) or self._second_clause(token, span):
                return self.content.trim(start, token.idx)
        return end

    def _apposed_comment(self, comma) -> bool:
        """', une information non confirmée', ', un montant contesté': a statement or figure noun
        apposed after a comma comments on the clause before it."""
        doc, i = self.doc, comma.i
        if comma.text != "," or i + 2 >= len(doc) or doc[i + 1].pos_ != "DET":
            return False
        noun = doc[i + 2]
        return bool({noun.lower_, noun.lemma_} & (self.words["statement_nouns"] | self.words["quantity_nouns"]))

    @staticmethod
    def _second_clause(cc, span: TokenSpan) -> bool:
        """'et trente autres auraient été capturés', 'mais dément toute piste': a conjunction opening a
        conjunct verb of the span's own that is finite or has its own auxiliary (not 'tués et blessés')."""
        verb = cc.head
        if cc.dep_ != "cc" or verb.dep_ not in _COORDINATED or verb.pos_ not in ("VERB", "AUX", "ADJ") \
                or not span.start <= verb.head.i < cc.i:
            return False
        return "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)

    def _apposed_statement(self, marker: TokenSpan) -> Optional[int]:
        """Where the phrase starts when a marker that is no finite verb qualifies a statement or a
        figure noun set apart from the clause it is about: ', une thèse démentie par X', ', un montant
        contesté par X', ', une revendication invérifiable', 'selon une information confirmée par X'
        (the comma or the preposition)."""
        doc, i = self.doc, marker.start - 1
        while i > marker.sent.start and doc[i].pos_ in ("ADJ", "ADV"):
            i -= 1
        noun = doc[i]
        if any("Fin" in t.morph.get("VerbForm") for t in marker) or i - 1 < marker.sent.start \
                or {noun.lower_, noun.lemma_}.isdisjoint(self.words["statement_nouns"] | self.words["quantity_nouns"]) \
                or doc[i - 1].pos_ != "DET":
            return None
        opener = doc[i - 2] if i - 2 >= marker.sent.start else None
        if opener is not None and opener.text == ",":
            return i - 2
        attributed = opener is not None and opener.lower_.replace("’", "'") in self.source_prepositions
        return i - 2 if attributed else None

    def _after_fronted(self, marker: TokenSpan) -> Iterator[tuple]:
        """'Selon une information confirmée par X, le directeur a démissionné': the clause after the phrase."""
        comma = next((t.i for t in self.doc[marker.end:marker.sent.end] if t.text == ","), None)
        if comma is not None and comma + 1 < marker.sent.end:
            start = self.doc[comma + 1].idx
            yield self._linked(start, self._statement_end(start, marker.sent), marker)

    def _noun_set_off(self, marker: TokenSpan) -> Optional[tuple[int, int]]:
        """'Le décès du chanteur, confirmé par sa famille, a ému …', 'Le montant, contesté par la
        défense, …': a participle marker with its agent, set off by a comma after the noun it
        qualifies, is about that noun phrase (its start and end)."""
        doc, participle = self.doc, marker[0]
        noun = participle.head
        if len(marker) != 1 or "Part" not in participle.morph.get("VerbForm") or participle.dep_ not in ("acl", "amod") \
                or not any(c.dep_ == "obl:agent" for c in participle.children) \
                or marker.start - 1 <= marker.sent.start or doc[marker.start - 1].text != "," or noun.i >= marker.start:
            return None
        last = doc[marker.start - 2]
        return doc[noun.left_edge.i].idx, last.idx + len(last)
