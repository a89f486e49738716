"""The quotation pass of the quote finder: quotations around their cue (after a colon, before an
inverted cue, resumed after the speaker's apposition, widened to the narrator's clause, in a row after
'Pour X,'). Split out of ``quote_segments``; mixed into ``quotes._QuoteFinder`` like ``SegmentPass``."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Span as TokenSpan, Token

from recoupe.analyse.extensions import stripped_end
from recoupe.analyse.quote_marks import QuotedSegment, opens_line, starts_sentence
from recoupe.analyse.quote_segments import SUBJECT_DEPS
from recoupe.analyse.reported_content import outside_parentheses
from recoupe.analyse.speakers import Speaker

_APPOSITION_WORDS = 16   # a speaker's name and title between the cue and a resumed quotation
_NARRATOR_WORDS = 2   # words of the narrator's before a quotation that make its clause a mixed quote
_CLEFT_WINDOW = 60   # characters read back from a cue for a cleft ('c'est en ces termes que') and its spaces


class QuotationPass:
    """Quotations around their cue: after a colon ('X a déclaré : « … »'), closed without a comma
    before an inverted cue, resumed after the speaker's
    apposition, widened to the narrator's clause that holds them, or in a row after 'Pour X,'.
    Mixed into ``quotes._QuoteFinder`` like ``SegmentPass``."""

    def _quote_closing_at(self, char: int) -> Optional[QuotedSegment]:
        """'« Tous dans la rue ! » ont scandé les grévistes': a quotation opening its sentence and
        closing right before ``char`` with no comma, which only an inverted cue can follow."""
        segment = self.closing_at.get(stripped_end(self.text, char))
        if segment is None or starts_sentence(self.text, segment):
            return segment
        # mid-sentence ('…, « pour la sécurité » dit-il', 'ont « doublé » indique le préfet'): only when the
        # word after it is a verb with no subject of its own before it ('le « plan B » prévoit' has one)
        word = self.doc.char_span(char, char + 1, alignment_mode="expand")
        verb = word[0] if word is not None and len(word) else None
        if verb is None or verb.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") or not verb.is_lower:
            return None
        own_subject = any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)
        # a past participle after a quotation qualifies it ('la « zone rouge » décrétée par …') unless a
        # clitic inverts it ('dit-il', read as a participle)
        following = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        clitic = following is not None and following.text.startswith("-") and following.pos_ == "PRON"
        participle = "Part" in verb.morph.get("VerbForm") or verb.pos_ in ("ADJ", "NOUN")
        return None if own_subject or participle and not clitic else segment

    def _bare_quote_before(self, cue_start: int) -> list[tuple[int, int, str]]:
        segment = self._quote_closing_at(cue_start) or self._quote_before_cleft(cue_start)
        return [(segment.start, segment.end, "direct")] if segment is not None else []

    def _quote_before_cleft(self, cue_start: int) -> Optional[QuotedSegment]:
        """'« … » C'est ce qu'ont répété les élus': a cleft that takes up the quotation right before it."""
        # a window of the words before the cue, not the whole text before it: this runs for every inverted cue
        start = max(0, cue_start - _CLEFT_WINDOW)
        before = self.text[start:cue_start].rstrip()
        lowered = before.lower().replace("’", "'")
        opener = next((o for o in self.config.cleft_openers if lowered.endswith(o)
                       and (len(o) < len(lowered) and not lowered[-len(o) - 1].isalnum())), None)
        return self.closing_at.get(start + len(before[:-len(opener)].rstrip())) if opener is not None else None

    def _resumed_after_apposition(self, subject: Token, sent: TokenSpan) -> list[tuple[int, int, str]]:
        """'« … », a réagi Julie Roux, présidente de l'association, « … »': the quotation resumes after
        the speaker's apposition, which holds no verb of its own."""
        comma = next((t for t in self.doc[subject.i + 1:min(sent.end, subject.i + _APPOSITION_WORDS)]
                      if t.text == "," and self._opens_quote_after(t)), None)
        if comma is None or any("Fin" in t.morph.get("VerbForm") or self._in_any_segment(t.idx)
                                for t in self.doc[subject.i:comma.i]):
            return []
        segment = self._segment_starting_after(comma.idx + 1)
        return [(segment.start, segment.end, "direct")] if segment is not None and segment.closed else []

    def _opens_quote_after(self, comma: Token) -> bool:
        following = self.doc[comma.i + 1] if comma.i + 1 < len(self.doc) else None
        return following is not None and self._in_any_segment(following.idx)

    def _quoted_person(self, clitic: Token, found: Optional[Speaker]) -> Optional[Speaker]:
        """'« … », ajoute-t-il' after a person's quotation and a mention of a ministry: the pronoun
        after a quotation goes on with the person last quoted, not with an institution named since."""
        if found is None or found.kind not in ("organization", "country"):
            return found     # a spokesperson or a source described may well be 'il'
        last = max((d for d in self.drafts if d.kind == "direct" and d.end <= clitic.idx), key=lambda d: d.end, default=None)
        pronoun = self.speakers.pronouns.get(clitic.lower_.lstrip("-"), {})
        if last is None or last.speaker is None or last.speaker.kind != "person" \
                or last.speaker.number != pronoun.get("number", "Sing") \
                or pronoun.get("gender") not in (None, last.speaker.gender) and last.speaker.gender is not None:
            return found
        return replace(last.speaker, span=found.span)

    def _with_its_clause(self, pieces: list, sent: TokenSpan) -> list:
        """'Le pays est « à bout », « la région menacée », a exposé X': the quotation before the cue
        closes a clause of the narrator's words around quoted fragments, reported as one mixed quote."""
        if not pieces or pieces[0][2] != "direct":
            return pieces
        end = pieces[0][1]
        segment = self.closing_at.get(self._close_after(end))
        if segment is None:
            return pieces
        clause = self.content.clause_start(sent, segment.open)
        before = self.text[clause:segment.open].rstrip()
        if before.endswith(",") and not any(self.in_segment[clause:clause + len(before)]):
            return pieces    # '…, « pour … » dit-il': the narrator's clause, without quotation, ended at the comma
        colon = self.text.rfind(":", clause, segment.open)
        clause = colon + 1 if colon >= 0 and not self._in_any_segment(colon) else clause   # 'X a répondu : « … »'
        if self._in_any_segment(clause):
            return pieces    # '« … » à cause de « … », a averti X': the leading quotation is direct itself
        outside = "".join(c if not self._in_any_segment(clause + n) else " "
                          for n, c in enumerate(self.text[clause:segment.open]))
        if len([w for w in outside.split() if any(c.isalpha() for c in w)]) < _NARRATOR_WORDS:
            return pieces
        return [(clause, segment.close, "mixed")] + list(pieces[1:])

    def _close_after(self, end: int) -> int:
        """Where the closing mark after a quotation's content ``end`` stops."""
        mark = end
        while mark < len(self.text) and self.text[mark].isspace():
            mark += 1
        return mark + 1

    def _quotations_after(self, char: int, cue: tuple[int, int], source: Token) -> None:
        """'Pour Claire Roux, « … », « … ».': quotations in a row after the source, each a direct quote."""
        segment = self._segment_starting_after(char)
        speaker = self._source(source) if segment is not None else None
        while segment is not None and segment.closed:
            self._add(segment.start, segment.end, cue, speaker, "direct")
            following = segment.close + 1 if self.text.startswith(",", segment.close) else None
            segment = self._segment_starting_after(following) if following is not None else None

    def _fronted_person(self, verb: Token) -> Optional[Token]:
        """'Joint par téléphone, Me Paul Roux, l'avocat de la famille, a indiqué que …': after a fronted
        participle the parse may leave the cue without subject; the person named right before it, with
        nothing but an apposition between commas in between, is its subject."""
        start = self.content.cue_bounds(verb)[0]
        before = [t for t in self.doc[verb.sent.start:verb.i] if t.idx < start]
        for token in reversed(before):
            if token.ent_type_ == "PER" and not self._in_any_segment(token.idx):
                name_start = token.i
                while name_start > verb.sent.start and self.doc[name_start].ent_iob_ == "I":
                    name_start -= 1
                previous = self.doc[name_start - 1] if name_start > verb.sent.start else None
                return token if previous is None or previous.pos_ != "ADP" else None     # not 'avec Paul Roux'
            if "Fin" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
                return None
        return None

    def _between_commas(self, token: Token) -> bool:
        """'…, lâche, dépité, un policier': a lone adjective or participle set between commas describes
        the speaker who follows."""
        if token.pos_ not in ("ADJ", "VERB") or token.i + 1 >= len(self.doc) or not token.i:
            return False
        adjectival = token.pos_ == "ADJ" or "Part" in token.morph.get("VerbForm")
        return adjectival and self.doc[token.i - 1].text == "," and self.doc[token.i + 1].text == ","

    def _colon_quote(self, colon: Token, sent: TokenSpan) -> None:
        """'X a déclaré : « … »' — the quote after a colon belongs to the verb before it."""
        segment = self._segment_starting_after(colon.idx + 1)
        verbs = [t for t in outside_parentheses(self.doc[sent.start:colon.i]) if t.pos_ == "VERB"]
        if segment is None:
            before = next((s for s in self.segments
                           if s.close <= colon.idx and not self.text[s.close:colon.idx].strip()), None)
            if before is not None and before not in self.used_segments:
                self._quote_before_colon(colon, before, sent)
            return
        if not verbs:
            self._heading_quote(colon, segment, sent)
            if segment not in self.used_segments:
                self._described_speaker_quote(colon, segment, sent)
            return
        if self._cue_after(segment) or segment in self.used_segments or self._holds_clitic_incise(segment):
            # 'Le projet a été accueilli : « … », confie une habitante': the cue after the quote names the
            # speaker; 'X l'a dit : « … », la commune …': the quotation is part of a mixed report already
            return
        cue = next((t for t in reversed(verbs) if self._cue_lemma(t) is not None), verbs[0])
        subject = self._subject(cue)
        # 'un geste suffirait : « … »': without a reporting verb, the subject must be able to speak
        if subject is not None and (self._cue_lemma(cue) is not None or self.speakers.names_speaker(subject)):
            self._add(segment.start, segment.end, self.content.cue_bounds(cue), self.speakers.resolve(subject))
        elif self._cue_lemma(cue) is None:
            # 'Le maire n'est pas fâché pour lui : « Je … »': a state, not a report (the parse may
            # read it as a passive, whose subject is no agent), describes the one who then speaks
            self._described_speaker_quote(colon, segment, sent)

    def _holds_clitic_incise(self, segment: QuotedSegment) -> bool:
        """'… : « Vous êtes … pour la région a-t-elle déclaré. (...) Bravo … »': a cue with its hyphenated clitic inside
        the quotation names the speaker and splits it (``quotes._incise``); the colon's verb does not."""
        return any(segment.start < self.doc[i].idx < segment.end and self._is_cue(self.doc[i])
                   and self._clitic(self.doc[i]) is not None for i in self.cue_at)

    def _cue_after(self, segment: QuotedSegment) -> bool:
        """A comma then a reporting verb right after the quotation ('« … », a déclaré X')."""
        comma = len(self.text) - len(self.text[segment.close:].lstrip())
        if not self.text.startswith(",", comma):
            return False
        start = self.doc.char_span(comma, comma + 1, alignment_mode="expand")
        if start is None:
            return False
        verb = next((t for t in self.doc[start.end:start.end + 4] if t.pos_ == "VERB"), None)   # 'a-t-il dit'
        return verb is not None and self._is_cue(verb)

    def _heading_quote(self, colon: Token, segment: QuotedSegment, sent: TokenSpan) -> None:
        """'Marie Dubois : « … »': a verbless line naming its speaker before a colon.
        'Grève des pilotes : « … »' announces a topic, not a speaker."""
        if colon.i > sent.start and opens_line(self.text, sent.start_char):
            root = self.doc[sent.start:colon.i].root
            if self.speakers.names_speaker(root):
                self._add(segment.start, segment.end, None, self.speakers.resolve(root), "direct")

    def _described_speaker_quote(self, colon: Token, segment: QuotedSegment, sent: TokenSpan) -> None:
        """'L'entraîneur n'est pas fâché pour ses joueurs : « Je … »', 'Il reste prudent : « … »': a clause
        describing a person (named, titled, or a pronoun standing for one), then a colon and a quotation
        that is speech by its shape: the person's words."""
        words = set(self.text[segment.start:segment.end].lower().replace("'", "' ").split())
        if not (words & self.first_person or self._makes_a_sentence(segment, False)):
            return
        subject = next((t for t in self.doc[sent.start:colon.i] if t.dep_ in ("nsubj", "nsubj:pass")
                        and (t.pos_ in ("NOUN", "PROPN") and self.speakers.names_speaker(t) or t.pos_ == "PRON")), None)
        speaker = self.speakers.resolve(subject) if subject is not None else None
        if speaker is not None and (speaker.kind == "person" or speaker.title):
            self._add(segment.start, segment.end, None, speaker, "direct")

    def _quote_before_colon(self, colon: Token, segment: QuotedSegment, sent: TokenSpan) -> None:
        """'« Nous ne céderons pas » : la ministre répond aux syndicats': a line opening on a
        quotation whose speaker is the subject after the colon."""
        subject = next((t for t in self.doc[colon.i + 1:sent.end] if t.dep_ in SUBJECT_DEPS), None)
        if opens_line(self.text, segment.open) and subject is not None and self.speakers.names_speaker(subject):
            self._add(segment.start, segment.end, None, self.speakers.resolve(subject), "direct")
