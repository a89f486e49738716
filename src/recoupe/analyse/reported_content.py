"""Where the reported content of a cue starts and ends, from the verb's valency.

Offsets are characters of ``doc.text``. The content of an indirect report runs to the
end of its sentence unless the narrator takes the floor again: after a comma or a
dash, a narrator opener ("mais", "ce qui") or a present participle ("faisant écho")
ends it. Quotation marks are respected: nothing is cut inside a quotation.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span as TokenSpan, Token

from recoupe.analyse.extensions import doc_text, present_participle, stripped_end
from recoupe.analyse.quote_cue_bounds import cue_bounds
from recoupe.analyse.quote_marks import QuotedSegment
from recoupe.resources import load_json, load_lines

from recoupe.analyse.reported_frames import FrameFinder, _is_infinitive
from recoupe.analyse.reported_sources import SourceContent

_BREAKS = (",", "–", "—", "-", "|", ";")
_SENTENCE_WINDOW = 80   # tokens read to find the end of a written sentence
Piece = tuple[int, int, Optional[str]]   # start, end, kind (None: decided from the quotation marks)


#: the longest apposition read between a gapped clause's subject and its participle ('Washington, allié de Kiev,')
_APPOSITION_WORDS = 8


class ContentFinder(SourceContent, FrameFinder):
    def __init__(self, doc: Doc, segments: tuple[QuotedSegment, ...]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.segments = segments
        self.narrator_openers = load_lines(doc.lang_, "quotes_narrator_openers")
        self.markers: dict[str, list[str]] = load_json(doc.lang_, "quotes_valency_markers")
        self.said_nouns = frozenset(load_lines(doc.lang_, "quotes_said_nouns"))
        self.articles = frozenset(load_lines(doc.lang_, "quotes_articles"))
        self.as_clause = _as_clause_pattern(self.markers)
        self.source_prepositions = load_lines(doc.lang_, "quotes_source_prepositions")
        self.cue_bounds_at: dict[int, tuple[int, int]] = {}
        self.closing_mark_at = {s.close: s for s in segments if s.closed}     # by the offset after the mark

    def cue_bounds(self, cue: Token) -> tuple[int, int]:
        """'a déclaré', 'a-t-il ajouté', 'nous a indiqué': the verb with its auxiliaries and clitics,
        read once per cue (the quote passes ask it of the same verb three times on average)."""
        bounds = self.cue_bounds_at.get(cue.i)
        if bounds is None:
            bounds = self.cue_bounds_at[cue.i] = cue_bounds(self.doc, cue, self.markers)
        return bounds

    # -- inverted cue: the content comes first ----------------------------------
    def preposed(self, cue_start: int, subject: Token) -> list[Piece]:
        """'« … », a-t-il déclaré' or '…, a indiqué le ministre, …'."""
        framed = self._as_clause_framed(cue_start, subject)
        if framed is not None:
            return framed
        comma = stripped_end(self.text, cue_start) - 1
        if comma < 0 or self.text[comma] != ",":
            return []
        sent = self.doc[subject.i].sent
        closing = next((s for s in self.segments if s.close <= comma and not self.text[s.close:comma].strip()), None)
        pieces: list[Piece] = []
        start = self.clause_start(sent, comma)
        if closing is not None and self._leads_into(start, closing):
            pieces.append((start, self.trim(start, comma), "mixed"))
        elif closing is not None:
            pieces.append((closing.start, closing.end, "direct"))
        elif self._after_relative(comma):
            return self._rest_after_incise(subject, sent)
        elif self._adjunct_only(start, comma) and self._continues(subject, sent):
            pass    # 'Au cours de la réunion, rapporte X, la ministre a …': a setting, not what was said
        else:
            first = next((s for s in self.segments if s.open >= start and s.close <= comma), None)
            if first is not None and not self.text[start:first.open].strip():
                pieces.append((first.start, first.end, "direct"))
                pieces += [(s.start, s.end, "mixed") for s in self.segments
                           if first.close <= s.open and s.close <= comma]
            elif self._interrupted(subject, sent, start, comma):
                pieces.append((start, self.clause_end(start, sent), None))
            else:
                pieces.append((start, self.trim(start, comma), None))
        return pieces + self._resumed_quote(subject)

    def _as_clause_framed(self, cue_start: int, subject: Token) -> Optional[list[Piece]]:
        """'Comme l'explique X, le train …', '… le train a déraillé, comme le rapporte X': the clitic
        after 'comme' stands for the clause the cue frames, so the cue has no complement of its own.
        Opening its sentence (past a connective) it frames the clause after the incise, else the one
        before it."""
        lead = self.text[max(0, cue_start - 24):cue_start]
        match = self.as_clause.search(lead)
        if match is None:
            return None
        opener = cue_start - len(lead) + match.start(1)
        sent = subject.sent
        start = self.clause_start(sent, opener)
        before = self.doc.char_span(start, opener, alignment_mode="expand") or []
        # a whole clause before it, a subject then its verb ('Les prix montent, comme le note X'); after a
        # connective or a verbless lead ('À noter, comme le relève X, que …') the framed clause follows
        named = next((t.i for t in before if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if not self._connective_only(start, opener) and named is not None \
                and any("Fin" in t.morph.get("VerbForm") and t.i > named for t in before):
            return [(start, self.trim(start, opener), None)]
        # the first comma after the subject closes the incise: the parse often hangs the framed
        # clause on the subject, so its right edge runs too far
        comma = next((t for t in self.doc[subject.i + 1:sent.end] if t.is_punct or "Fin" in t.morph.get("VerbForm")), None)
        if comma is None or comma.text != "," or comma.i + 1 >= sent.end:
            return []
        first = self.doc[comma.i + 1]
        if first.lower_.replace("’", "'") in self.markers["que"] and comma.i + 2 < sent.end:
            first = self.doc[comma.i + 2]     # 'À noter, comme le relève X, que …'
        return [(first.idx, self.clause_end(first.idx, sent), None)]

    def _after_relative(self, comma: int) -> bool:
        """'… des titres qui, précise le rapport, restent …': the incise opens right after a relative
        pronoun, so what was said is the rest of the relative clause, not the narration before it."""
        span = self.doc.char_span(max(0, comma - 12), comma, alignment_mode="expand")
        last = span[-1] if span is not None and len(span) else None
        return last is not None and last.pos_ == "PRON" and "Rel" in last.morph.get("PronType")

    def _rest_after_incise(self, subject: Token, sent: TokenSpan) -> list[Piece]:
        after = self._after_subject(subject)
        if after + 1 >= len(self.doc) or self.doc[after].text != ",":
            return []
        start = self.doc[after + 1].idx
        return [(start, self.clause_end(start, sent), None)]

    def _leads_into(self, start: int, closing: QuotedSegment) -> bool:
        """'Sachant que le parc est « sous-dimensionné », il « est indispensable » d'agir, estime X':
        the reporter's own words open the clause the quotation closes, so the whole clause is the
        (mixed) content. Not after a comma or a colon ('Annoncé en mai, « … », a-t-il dit'), nor
        when the words outside quotation marks are mere conjunctions ('« … » et « … », a-t-il dit')."""
        lead = self.text[start:closing.open].rstrip()
        if not lead or lead.endswith((",", ":", "(")):
            return False
        span = self.doc.char_span(start, closing.open, alignment_mode="expand")
        words = [t for t in span or [] if t.is_alpha and not self._in_segment(t.idx)]
        return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in words) \
            and not self._earlier_incise(start, closing)

    def _earlier_incise(self, start: int, closing: QuotedSegment) -> bool:
        """'« … », dit-il, « … », ajoute-t-il': an earlier quotation followed by its own cue."""
        for segment in self.segments:
            rest = self.text[segment.close:closing.open]
            if start <= segment.open and segment.close < closing.open and rest.lstrip().startswith(","):
                comma = segment.close + rest.index(",")
                after = self.doc.char_span(comma + 1, closing.open, alignment_mode="expand")
                if after is not None and len(after) and after[0].pos_ in ("VERB", "AUX"):
                    return True
        return False

    def _adjunct_only(self, start: int, comma: int) -> bool:
        """'Au cours de cette rencontre', 'En effet': a verbless preposed phrase opened by a
        preposition or an adverb sets the scene of the report, it is not its content."""
        span = self.doc.char_span(start, comma, alignment_mode="expand")
        if span is None or not len(span) or any(t.pos_ in ("VERB", "AUX") for t in span):
            return False
        return span[0].pos_ in ("ADP", "ADV", "CCONJ") and not self._opens_quote(span[0].idx)

    def _continues(self, subject: Token, sent: TokenSpan) -> bool:
        """The sentence goes on after the inverted cue and its subject (', rapporte X, la …')."""
        start = self._after_subject(subject) if subject.text.startswith("-") else subject.i
        for token in self.doc[start:sent.end]:     # not the right edge: the parse may hang the rest on it
            if token.text in (".", "!", "?") or token.pos_ in ("VERB", "AUX"):
                return False
            if token.text == ",":
                return token.i + 1 < sent.end and self.doc[token.i + 1].text not in (".", "!", "?")
        return False

    def clause_start(self, sent: TokenSpan, before: Optional[int] = None) -> int:
        """Where the sentence holding ``before`` starts, read from the punctuation (spaCy
        sometimes splits or joins news sentences)."""
        end = sent.start_char if before is None else before
        i = end - 1
        while i > 0 and not (self.text[i] in ".!?\n" and not self._in_segment(i) and not self._abbreviation(i)
                             and not self._in_number(i) and not self._mid_sentence_stop(i)) \
                and not self._closes_quoted_sentence(i):
            i -= 1
        start = i + 1 if i > 0 else 0
        while start < end and self.text[start].isspace():
            start += 1
        inside = next((s for s in self.segments if s.open < start < s.end), None)
        return inside.open if inside is not None else start

    def _closes_quoted_sentence(self, i: int) -> bool:
        """'« … de GNL. » Selon lui, …': the closing mark of a quotation ending on a full stop ends the
        sentence too; the next clause starts after it."""
        segment = self.closing_mark_at.get(i + 1)
        return segment is not None and self.text[segment.start:segment.end].rstrip().endswith((".", "!", "?", "…"))

    def _abbreviation(self, stop: int) -> bool:
        """The full stop of a title or an initial ('M. Keita', 'J. Dupont'), not a sentence end."""
        word = self.text[:stop].rsplit(None, 1)[-1] if self.text[:stop].strip() else ""
        return 0 < len(word) <= 2 and word[0].isupper()

    def _mid_sentence_stop(self, stop: int) -> bool:
        """'(…, etc.), souligne X': the stop of an abbreviation the sentence goes on after — a bracket,
        a comma or a semicolon right after it, or a lower-case word after its space."""
        after = self.text[stop + 1:stop + 3]
        return self.text[stop] == "." and (after[:1] in (")", ",", ";") and after[:1] != ""
                                           or len(after) == 2 and after[0] == " " and after[1].islower())

    def _in_number(self, stop: int) -> bool:
        """'7.500 morts': a full stop between digits separates thousands, it ends no sentence."""
        return 0 < stop < len(self.text) - 1 and self.text[stop - 1].isdigit() and self.text[stop + 1].isdigit()

    def _after_subject(self, subject: Token) -> int:
        """The token index right after the subject phrase and its appositions."""
        if subject.text.startswith("-"):     # 'déclare-t-il,' or 'a-t-elle précisé,': past the verb too
            i = subject.i + 1
            while i < len(self.doc) and (self.doc[i].pos_ in ("VERB", "AUX") or self.doc[i].text.startswith("-")):
                i += 1
            return i
        return subject.right_edge.i + 1

    def _interrupted(self, subject: Token, sent: TokenSpan, start: int, comma: int) -> bool:
        """'Une armée épuisée, a ajouté le ministre, n'effectuait que …': the content, verbless
        before the cue, goes on after it."""
        preposed = self.doc.char_span(start, comma, alignment_mode="expand")
        if preposed is None or any("Fin" in t.morph.get("VerbForm") for t in preposed):
            return False
        after = self._after_subject(subject)
        if after + 1 >= sent.end or self.doc[after].text != ",":
            return False
        return not self._narrator_starts(after + 1) and not self._opens_quote(self.doc[after + 1].idx)

    def _resumed_quote(self, subject: Token) -> list[Piece]:
        """'« … », a-t-il dit, « … »': the quotation resumes after the cue."""
        after = self._after_subject(subject)
        if after + 1 < len(self.doc) and self.doc[after].text == ",":
            segment = self._opens_quote(self.doc[after + 1].idx)
            if segment is not None:
                return [(segment.start, segment.end, "direct")]
        return []

    def resumption(self, i: int, segment: QuotedSegment) -> Optional[int]:
        """Where the quotation resumes after an incise: past the comma ('…, a-t-il dit, mais …'),
        or past the end of the narrator's sentence when the speaker's apposition fills the rest
        ('…, explique Paul Roux, maire du village. Les travaux …')."""
        doc = self.doc
        while i + 1 < len(doc) and doc[i + 1].idx < segment.end:
            token = doc[i]
            if token.text in (".", "!", "?"):
                return i + 1
            if token.text != ",":
                if "Fin" in token.morph.get("VerbForm"):
                    return None
                i += 1      # the rest of a name the parse cut ('le lieutenant-colonel Hervé Lagarde')
                continue
            stop = next((t.i for t in doc[i + 1:len(doc)] if t.is_punct or t.idx >= segment.end), len(doc))
            clause = doc[i + 1:stop]
            apposition = clause[0].pos_ in ("NOUN", "DET", "ADJ", "PROPN") and clause[0].is_lower \
                and not any("Fin" in t.morph.get("VerbForm") for t in clause)
            # '…, nous confie un voisin, qui a tout vu. Le camion …': a relative clause on the speaker
            # is the narrator's too, up to the end of the sentence
            if not apposition and "Rel" not in clause[0].morph.get("PronType"):
                return i + 1
            i = stop
        return None

    def written_sentence(self, i: int) -> list[Token]:
        """The tokens from ``i`` to the end of the written sentence, whatever the parse's split."""
        rest = []
        for token in self.doc[i:min(len(self.doc), i + _SENTENCE_WINDOW)]:
            if token.text in (".", "!", "?") or "\n" in token.whitespace_:
                break
            rest.append(token)
        return rest

    def clause_after(self, token_i: int, sent: TokenSpan) -> Optional[tuple[int, int]]:
        if token_i >= sent.end:
            return None
        start = self.doc[token_i].idx
        end = self.clause_end(start, sent)
        return (start, end) if end > start else None

    # -- where the reported content ends -----------------------------------------
    def clause_end(self, start: int, sent: TokenSpan) -> int:
        paragraph_end = self.text.find("\n", start)
        limit = len(self.text) if paragraph_end < 0 else paragraph_end
        tokens = self.doc.char_span(start, limit, alignment_mode="expand") or sent
        end = limit
        for token in tokens:
            glued = _glued_stop(token.text)
            if glued and token.idx > start and not self._in_segment(token.idx):
                end = token.idx + glued     # '… à Dijon (est).Lundi, …': a sentence glued to the next
                break
            if token.idx <= start or token.text not in _BREAKS + (".", "!", "?") or self._in_segment(token.idx):
                continue
            if token.text in ("|", ".", "!", "?") or self._narrator_starts(token.i + 1):
                end = token.idx
                break
        segment = next((s for s in self.segments if s.open < end < s.close), None)
        return self.trim(start, segment.close if segment is not None and not segment.closed else end)

    def _narrator_starts(self, i: int) -> bool:
        if i >= len(self.doc):
            return False
        token = self.doc[i]
        rest = self.text[token.idx:token.idx + 20].lower()
        if token.lower_ in self.markers["gerund"] and i + 1 < len(self.doc):
            token = self.doc[i + 1]     # ', en précisant que': a gerund, like a bare participle
        participle = token.pos_ == "VERB" and present_participle(token)
        # ', sans fournir de preuve': an infinitive adjunct describes how the speaker spoke
        adjunct = token.lower_ in self.markers["narrator_infinitive"] and i + 1 < len(self.doc) \
            and _is_infinitive(self.doc[i + 1])
        return participle or adjunct or any(rest.startswith((w + " ", w + "'")) for w in self.narrator_openers)

    def gapped_clause(self, i: int) -> Optional[tuple[Token, Token]]:
        """'L'Unesco a dit sa « vive déception » et Madrid, partenaire de Lisbonne, affirmé ne pas …': after 'et' at
        ``i - 1``, a noun phrase (its apposition between commas allowed) then a past participle with no
        auxiliary of its own is a second clause sharing the first one's auxiliary: (its subject, the participle)."""
        j, head = i, None
        while j < len(self.doc) and self.doc[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ") and not self._in_segment(self.doc[j].idx):
            head = self.doc[j] if self.doc[j].pos_ in ("NOUN", "PROPN") and head is None else head
            j += 1
        if head is None or j >= len(self.doc):
            return None
        if self.doc[j].text == ",":      # the apposition: a few verbless words up to the next comma
            close = next((t.i for t in self.doc[j + 1:min(len(self.doc), j + _APPOSITION_WORDS)] if t.is_punct), None)
            if close is None or self.doc[close].text != "," \
                    or any("Fin" in t.morph.get("VerbForm") for t in self.doc[j + 1:close]):
                return None
            j = close + 1
        while j < len(self.doc) and self.doc[j].pos_ == "ADV":
            j += 1
        verb = self.doc[j] if j < len(self.doc) else None
        if verb is None or verb.pos_ != "VERB" or not _past_participle(verb) \
                or any(c.dep_.startswith("aux") for c in verb.children):
            return None
        return head, verb

    def _in_segment(self, char: int) -> bool:
        return any(s.start <= char < s.end for s in self.segments)

    def _opens_quote(self, char: int) -> Optional[QuotedSegment]:
        return next((s for s in self.segments if s.open == char), None)

    def trim(self, start: int, end: int) -> int:
        """``end`` moved back over spaces and punctuation."""
        text = self.text
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:–—-|"):
            end -= 1
        return end


def _as_clause_pattern(markers: dict[str, list[str]]) -> re.Pattern:
    """'comme l'' / 'ainsi que le' ending the text before a cue (apostrophes of either kind)."""
    conjunctions = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in markers["as_clause"])
    clitics = "|".join(re.escape(w).replace("'", "['’]\\s*") if w.endswith("'") else re.escape(w) + r"\s+"
                       for w in markers["as_clitic"])
    return re.compile(rf"(?i)(?<!\w)({conjunctions})\s+(?:{clitics})$")


def outside_parentheses(tokens: TokenSpan) -> list[Token]:
    """The tokens not inside brackets: 'Léa Marchal (dominée 2-3 par Nantes) : « … »' names its speaker
    before the bracket; the bracket's verb is no cue."""
    depth, kept = 0, []
    for token in tokens:
        depth += (token.text == "(") - (token.text == ")")
        if depth <= 0 and token.text != ")":
            kept.append(token)
    return kept


def _glued_stop(word: str) -> int:
    """The offset of a full stop inside a token that glues two sentences ('est).Lundi'), else 0;
    'U.S' (capital before the stop) and '3.5' are no sentence end."""
    for i in range(1, len(word) - 2):
        if word[i] in ".!?" and (word[i - 1].islower() or word[i - 1] == ")") \
                and word[i + 1].isupper() and word[i + 2].islower():
            return i
    return 0


def _past_participle(verb: Token) -> bool:
    """A past participle, or a form of one the tagger read as finite ('affirmé' tagged an imperfect)."""
    if "Part" in verb.morph.get("VerbForm"):
        return "Past" in verb.morph.get("Tense")
    return verb.is_lower and verb.lower_.endswith(("é", "ée", "és", "ées"))
