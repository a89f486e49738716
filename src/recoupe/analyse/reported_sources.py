"""The content a 'selon X' phrase frames: the rest of the sentence when the phrase opens it (or opens
a clause coordinated to the narrator's), what precedes it when the phrase closes the report.

A mixin of ContentFinder (reported_content.py): it relies on its clause_start, clause_after,
clause_end, trim and markers.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as TokenSpan, Token

from recoupe.analyse.extensions import present_participle

_COORDINATIONS = 3      # tokens read back from 'selon' for a coordinating conjunction ('…, mais, selon X')


class SourceContent:
    def around_source(self, prep: Token, phrase: TokenSpan, sent: TokenSpan) -> Optional[tuple[int, int]]:
        """'Selon X, …' (the rest of the sentence) or '…, selon X.' (what precedes it)."""
        sent = self._written_sentence_span(sent)    # the parse may end a sentence right after 'Selon X'
        start = self.clause_start(sent, prep.idx)
        if self._connective_only(start, prep.idx) or self._opens_coordinated_clause(prep, phrase, start, sent) \
                or self._opens_relative_clause(prep, phrase, sent):
            return self.clause_after(phrase.end + 1, sent) if phrase.end < sent.end else None
        resumed = self._resumed_after_source(prep, phrase, sent)
        if resumed is not None:
            return start, resumed
        # a participle describes the source ('selon les résultats publiés par le ministère') or adds the
        # narrator's aside (', faisant trembler les vitres'); any other verb after it ('Ce plan doit,
        # selon X, être revu') means the sentence goes on and the preposition does not close the report
        if not any(t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm")
                   for t in self.doc[prep.i:self._source_description_end(phrase, sent)]):
            return start, self.trim(start, prep.idx)
        return None

    def _written_sentence_span(self, sent: TokenSpan) -> TokenSpan:
        """``sent`` stretched to the end of its written sentence when the parse cut it short."""
        last = self.doc[sent.end - 1]
        if sent.end >= len(self.doc) or last.is_space or last.is_punct or "\n" in last.whitespace_ \
                or self.doc[sent.end].is_space:
            return sent     # a stop, a quotation mark or a paragraph ends it: nothing cut mid-phrase
        rest = self.written_sentence(sent.end)
        return self.doc[sent.start:sent.end + len(rest)]

    def _opens_coordinated_clause(self, prep: Token, phrase: TokenSpan, start: int, sent: TokenSpan) -> bool:
        """'Les causes restent inconnues mais, selon la police, le conducteur roulait vite': a 'selon'
        phrase right after a coordinating conjunction, closed by a comma, frames the clause after it
        only; the narrator's clause before the conjunction stays out."""
        if phrase.end >= sent.end or self.doc[phrase.end].text != ",":
            return False
        lead = [t for t in self.doc[max(sent.start, prep.i - _COORDINATIONS):prep.i] if t.idx >= start]
        words = [t for t in lead if t.text != ","]
        return bool(words) and words[-1].pos_ == "CCONJ" and len(lead) - lead.index(words[-1]) <= 2 \
            and words[-1].i > sent.start and self.doc[words[-1].i - 1].idx >= start

    def _opens_relative_clause(self, prep: Token, phrase: TokenSpan, sent: TokenSpan) -> bool:
        """'… douze passagers qui, selon la douane, n'avaient pas de billet': a 'selon' phrase between
        commas right after a relative pronoun frames the rest of the relative clause; the noun the
        pronoun takes up is the narrator's."""
        if prep.i < sent.start + 2 or self.doc[prep.i - 1].text != "," or phrase.end >= sent.end \
                or self.doc[phrase.end].text != ",":
            return False
        pronoun = self.doc[prep.i - 2]
        return "Rel" in pronoun.morph.get("PronType") and pronoun.dep_.startswith("nsubj")

    def _source_description_end(self, phrase: TokenSpan, sent: TokenSpan) -> int:
        """Where what follows a closing 'selon X' stops describing the source or the report: at a
        relative pronoun ('…, selon la radio X, dont les reporters sont sur place': the relative clause
        describes the source), at a comma and a coordinating conjunction ('…, selon X, mais selon Y,
        …': a new clause with its own frame) or at a comma and a present participle (the narrator's)."""
        following = self.doc[phrase.end + 1] if phrase.end + 1 < sent.end else None
        if following is not None and following.lower_.replace("’", "'") in self.markers["que"]:
            return sent.end     # 'plus forte, selon lui, que celle qui …': the clause resumes after it
        # the phrase may run on into a relative clause when no comma closes it ('… selon la douane qui a
        # saisi …'): the relative pronoun ends the source's description there too
        for token in self.doc[phrase.start + 1:sent.end]:
            if "Rel" in token.morph.get("PronType"):
                return token.i
            if self.doc[token.i - 1].text == "," and (token.pos_ == "CCONJ" or present_participle(token)):
                return token.i      # ', mais selon Y', ', faisant trembler …': past the source's phrase
        return sent.end

    def _resumed_after_source(self, prep: Token, phrase: TokenSpan, sent: TokenSpan) -> Optional[int]:
        """'Le chômage a reculé, selon l'institut, de 2 %', 'La fermeture, selon les syndicats, de trois
        usines', 'plus forte, selon lui, que la précédente': a 'selon' phrase between commas that the
        clause resumes after with a complement (a preposition, a comparative 'que') frames the whole
        clause; where it ends. None when a new clause (a finite verb of its own) follows."""
        if not prep.i or self.doc[prep.i - 1].text != "," or phrase.end + 1 >= sent.end \
                or self.doc[phrase.end].text != "," or any(t.is_punct for t in phrase):
            return None
        following = self.doc[phrase.end + 1]
        if following.pos_ != "ADP" and following.lower_.replace("’", "'") not in self.markers["que"] \
                or following.lower_.replace("’", "'").startswith(self.source_prepositions):
            return None
        end = self.clause_end(following.idx, sent)
        rest = self.doc.char_span(following.idx, end, alignment_mode="expand") or []
        # a relative clause may describe the complement ('que celle qui avait réuni …'), no other verb
        if any("Fin" in t.morph.get("VerbForm") and not (t.dep_.startswith("acl") or t.head.dep_.startswith("acl"))
               for t in rest):
            return None
        return end if end > following.idx else None

    def _connective_only(self, start: int, end: int) -> bool:
        """Nothing but a conjunction or a linking adverb before ``end`` ('Mais selon X, …')."""
        if not self.text[start:end].strip():
            return True
        lead = self.doc.char_span(start, end, alignment_mode="expand")
        return lead is not None and len(lead) <= 3 and all(t.pos_ in ("CCONJ", "ADV") or t.text == "," for t in lead)
