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

from recoupe.analyse.claims_conditionals import _marker_verb
from recoupe.analyse.extensions import hyphenated_clitic
from recoupe.analyse.speakers import noun_phrase

_COORDINATED = ("conj",)
_Found = tuple      # start, end, source, quote (recoupe.analyse.claims)


class ExtentReader:
    """Mixed into the claim finder: needs doc, words, content, quotes, source_prepositions, _linked
    and _subject_name."""

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

    def _conditional_clause(self, marker: TokenSpan) -> tuple[int, int]:
        """'Selon la presse, le chef aurait fui': the clause from the verb's subject, without
        what the sentence puts before it."""
        verb = _marker_verb(marker)
        if (verb.pos_ == "AUX" or verb.dep_ == "cop") and verb.head is not verb:
            verb = verb.head        # 'serait mort', 'serait en fuite': the predicate holds the subject
        if verb.dep_ == "acl:relcl" and verb.head.i < marker.start:
            # 'le suspect, qui aurait agi seul, a été …': the noun and its relative clause
            last = verb.right_edge
            return self.doc[verb.head.left_edge.i].idx, self.content.trim(verb.head.idx, last.idx + len(last))
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        start = subject.left_edge.idx if subject is not None and subject.i < verb.i else marker.sent.start_char
        conjunction = next((c for c in verb.children if c.dep_ == "cc" and c.i < marker.start), None)
        if subject is None and verb.dep_ == "conj" and conjunction is not None:
            start = self.doc[conjunction.i + 1].idx     # '… et trente autres auraient été capturés'
        return start, self._statement_end(start, marker.sent)

    def _before(self, marker: TokenSpan) -> Iterator[_Found]:
        """'Le ministre a évoqué la fin de la pénurie, selon ses dires': the statement before the marker."""
        start, end = self._sentence_before(marker).start, max(self._lead(marker), self._sentence_before(marker).start)
        while end > start and self.doc[end - 1].is_punct:
            end -= 1        # ', a confirmé', ', ce que confirme': the marker's lead and the comma
        subject = marker.root.head
        if marker.root.dep_ in ("amod", "acl") and subject.dep_.startswith("nsubj") and subject.head.i >= marker.end:
            # 'Des vidéos, impossibles à authentifier, montrent …': what the subject so qualified states
            first = self.doc[start].idx
            yield self._linked(first, self._statement_end(first, marker.sent), marker, by_subject=False)
        elif end > start:
            attributed = self.doc[start].lower_.replace("’", "'") in self.source_prepositions
            if attributed:
                # 'Selon l'ONG, quinze civils ont été tués, un bilan impossible à vérifier': the clause after the attribution
                start = next((t.i + 1 for t in self.doc[start:end] if t.text == ","), start)
            first, last, _, quote = self._linked(self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1]), marker)
            last = self._own_end(first, last)       # without ', un bilan' before the marker
            # the source is the one whose words they are: the subject of the sentence, not 'ses dires',
            # or the agent of the marker ('selon ce qui a été confirmé par X')
            agent = next((c for c in _marker_verb(marker).children if c.dep_ == "obl:agent"), None)
            source = self.doc[slice(*noun_phrase(agent))].text if agent is not None else \
                quote.speaker if attributed and quote is not None else self._subject_name(marker.sent[:])
            yield first, last, source, quote

    def _lead(self, marker: TokenSpan) -> int:
        """Where the marker's clause opens: before its auxiliaries (', a confirmé le ministère') and a free
        relative recalling what came before ('…, ce que confirme la mairie')."""
        first = marker.start
        while first > marker.sent.start and self.doc[first - 1].pos_ == "AUX":
            first -= 1
        if first - 2 > marker.sent.start and self.doc[first - 1].lower_ in self.words["complementizers"] \
                and self.doc[first - 2].lower_ in self.words["free_relative"]:
            first -= 2
        return first

    def _incise(self, marker: TokenSpan) -> bool:
        """'…, confirme une source proche du dossier.', '…, confirme-t-on à la mairie.', '…, ce que confirme
        la mairie': a conjugated marker after a comma (and a relative recalling what came before), with no
        subject before it and only its inverted subject (or a clitic)
        after it, qualifies what came before."""
        verb, lead = _marker_verb(marker), self._lead(marker)
        first = next(t.i for t in self.doc[lead:marker.end] if t.pos_ in ("AUX", "VERB") or t.i == marker.start)
        rest = self.doc[marker.end:marker.sent.end]
        return lead > marker.sent.start and self.doc[lead - 1].text == "," \
            and "Fin" in self.doc[first].morph.get("VerbForm") \
            and not any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children) \
            and len(rest) > 0 and (rest[0].pos_ in ("DET", "PROPN", "NOUN", "ADP") or hyphenated_clitic(rest[0])) \
            and not any("Fin" in t.morph.get("VerbForm") or t.lower_ in self.words["complementizers"] for t in rest)

    def _told_before(self, marker: TokenSpan) -> Iterator[_Found]:
        """The statement an incise qualifies, with its inverted subject as the source."""
        verb = _marker_verb(marker)
        inverted = [c for c in verb.children if c.dep_.startswith("nsubj") and c.i > verb.i]
        following = next(iter(inverted), None) or next(
            (t for t in self.doc[marker.end:marker.sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
        for start, end, source, quote in self._before(marker):
            if quote is not None and quote.speaker:
                source = quote.speaker
            elif following is not None:
                first, last = noun_phrase(following)
                source = self.doc[first:last].text
            yield start, end, source, quote

    def _qualified_false(self, marker: TokenSpan) -> Iterator[_Found]:
        """'qualifie de fausses les informations du journal', 'a qualifié ces accusations de
        mensongères': the phrase so qualified; 'les a qualifiées de fausses': the statement before."""
        between = self.doc[marker.start + 1:marker.end - 1]
        opener = next((t.i for t in reversed(between) if t.lower_ in ("de", "d'", "d’")), None)
        if opener is not None and opener > marker.start + 1:
            phrase = self.doc[marker.start + 1:opener]
            yield self._linked(phrase.start_char, phrase.end_char, marker)
        elif marker.end < marker.sent.end and not self.doc[marker.end].is_punct:
            start = self.doc[marker.end].idx
            yield self._linked(start, self._statement_end(start, marker.sent), marker)
        else:
            yield from self._after(marker, marker.sent.end)

    def _attributed_to(self, marker: TokenSpan) -> Iterator[_Found]:
        """'selon les soupçons des enquêteurs, des feux éteints': the clause after whose
        suspicion it is, else the sentence before it."""
        if marker.end >= marker.sent.end:
            return
        after = self.doc[marker.end].right_edge.i + 1
        while after < marker.sent.end and self.doc[after].is_punct:
            after += 1
        if after < marker.sent.end:
            start = self.doc[after].idx
            first, last, _, quote = self._linked(start, self._statement_end(start, marker.sent), marker)
            yield first, last, self.doc[marker.end:self.doc[marker.end].right_edge.i + 1].text, quote
        else:
            yield from self._before(marker)

    def _complement(self, marker: TokenSpan) -> tuple[int, int]:
        """'la rumeur d'un remaniement agitait …': the noun phrase after the marker, up to the
        next verb or punctuation (the parse often hangs its modifiers on the verb); empty when
        no noun follows."""
        end, sent_end = marker.end, marker.sent.end
        if not any(t.pos_ in ("NOUN", "PROPN") for t in self.doc[end:sent_end]):
            return 0, 0
        last = next((t.i for t in self.doc[end:sent_end] if t.is_punct and t.text not in ("'", "’", "-")
                     or t.pos_ in ("VERB", "AUX") and not _describing(t)), sent_end)
        # 'n'a été établi', 'qui agitait': the negation or relative word belongs to the verb
        while last > end and self.doc[last - 1].pos_ in ("ADV", "PRON", "SCONJ", "CCONJ", "PUNCT"):
            last -= 1
        return (self.doc[end].idx, self.doc[last - 1].idx + len(self.doc[last - 1])) if last > end else (0, 0)

    def _qualified_noun(self, head, marker: TokenSpan) -> tuple[int, int]:
        """'sabotage présumé d'un réseau radio': the noun, the marker and what completes the noun."""
        end, first = head.i + 1, min(head.i, marker.start)     # 'le prétendu témoin': the marker opens it
        while end < len(self.doc) and self.doc[end] in head.subtree and not self.doc[end].is_punct \
                and (marker.start <= end < marker.end or self.doc[end].pos_ not in ("VERB", "AUX")):
            end += 1
        return self.doc[first].idx, self.doc[end - 1].idx + len(self.doc[end - 1])

    def _toll_subject(self, marker: TokenSpan) -> bool:
        """The marker's verb has a toll or a count for subject ('Le bilan … pourrait être plus lourd')."""
        return any(c.dep_.startswith("nsubj") and c.lower_ in self.words["toll_nouns"] for c in marker[0].children)

    def _subject_statement(self, marker: TokenSpan) -> Iterator[_Found]:
        """'L'origine du feu reste à confirmer': the subject is the statement still unproven, whose
        source is whoever reports the sentence; a demonstrative ('Cette version reste à prouver')
        recalls the reports before it; a pronoun ('Il reste à vérifier si …') names nothing."""
        subject = next((c for c in marker[0].children if c.dep_.startswith("nsubj")), None)
        if subject is None or subject.pos_ == "PRON":
            return
        if self._anaphor(subject.left_edge):
            for quote in self._recalled_quotes(marker):
                yield quote.span.start, quote.span.end, quote.speaker, quote
            return
        last = subject.right_edge
        yield self._linked(subject.left_edge.idx, last.idx + len(last), marker, by_subject=False)


def _describing(token) -> bool:
    """A past participle with no auxiliary describes a noun ('les chiffres publiés par X')."""
    return "Part" in token.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in token.children)
