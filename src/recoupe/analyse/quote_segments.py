"""The segment pass of the quote finder: quotations no cue governs.

A continuation paragraph or sentence inherits the preceding quote's speaker, a quotation
signed by a verbless line takes the person it names, a quoted sub-heading takes the speaker
of the next quote, and a headline ending on a dash and a title is attributed to that title.
Mixed into ``quotes._QuoteFinder``, whose state (segments, drafts, speakers) it reads.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from spacy.tokens import Span as TokenSpan, Token

from recoupe.analyse.quote_marks import (QuotedSegment, fills_paragraph, has_words, opens_line, signature_lines,
                                         starts_sentence)
from recoupe.analyse.reported_content import outside_parentheses
from recoupe.analyse.speakers import Speaker

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")   # the parser often takes 'Il a indiqué' as impersonal
_CONNECTIVE_CHARS = 20   # room for 'Ou encore' between a sentence stop and a quotation
_APPOSITION_WORDS = 16   # a speaker's name and title between the cue and a resumed quotation
_NARRATOR_WORDS = 2   # words of the narrator's before a quotation that make its clause a mixed quote
_HEADLINE_WORDS = 25     # a headline is one short line, without a full stop
_SIGNATURE_WORDS = 16   # a line that signs a quotation holds a name and a short title, not a sentence


@dataclass
class _Draft:
    start: int
    end: int
    kind: str
    cue: Optional[tuple[int, int]]
    speaker: Optional[Speaker]



class SegmentPass:
    """The second pass; needs ``text``, ``doc``, ``segments``, ``drafts``, ``speakers``, ``content``."""

    def _headline_attribution(self) -> None:
        """'Statement - Secrétaire d'État américain': a headline ending on its speaker's title."""
        headline_end = self.text.find("\n")
        headline_end = len(self.text) if headline_end < 0 else headline_end
        if any(d.start < headline_end for d in self.drafts):
            return
        dash = max(self.text.rfind(f" {mark} ", 0, headline_end) for mark in self.config.headline_dashes)
        tail = self.doc.char_span(dash + 3, headline_end, alignment_mode="expand") if dash > 0 else None
        head = next((t for t in tail if t.pos_ in ("NOUN", "PROPN")), None) if tail is not None else None
        if head is not None:
            self._add(0, self.content.trim(0, dash), None, self.speakers.known_holder(head))

    def _headline_fragments(self) -> None:
        """'Paul Roux défend son plan malgré des « critiques injustes »': a quoted fragment in a headline
        whose subject is a person is that person's words."""
        headline_end = self.text.find("\n")
        if headline_end < 0:
            return      # a text of one line has no headline
        headline = self.text[:headline_end].strip()
        if len(headline.split()) > _HEADLINE_WORDS or headline.endswith("."):
            return      # a first line that is a paragraph of the body, not a headline
        fragments = [s for s in self.segments if s.close <= headline_end and s.closed and s not in self.used_segments
                     and not self._inside_found(s.start) and has_words(self.text[:s.open])]
        if not fragments:
            return
        line = self.doc.char_span(0, headline_end, alignment_mode="expand")
        subject = next((t for t in line if t.dep_ == "nsubj" and t.idx < fragments[0].open
                        and t.pos_ in ("NOUN", "PROPN") and self.speakers.names_speaker(t)), None) if line else None
        speaker = self.speakers.resolve(subject) if subject is not None else None
        if speaker is None or speaker.kind != "person":
            return
        for segment in fragments:
            self._keep(_Draft(segment.start, segment.end, "mixed", None, speaker))
            self.used_segments.add(segment)

    # -- segment pass ---------------------------------------------------------
    def _standalone_segments(self) -> None:
        # sub-headings last: the quotation a sub-heading repeats may be found by this very pass
        headings = [s for s in self.segments if self._subheading(s)]
        for segment in [s for s in self.segments if s not in headings] + headings:
            if segment in self.used_segments or self._inside_found(segment.start):
                continue
            echoed = self._echoed(segment) if segment in headings else None
            if echoed is not None:
                self._keep(_Draft(segment.start, segment.end, "direct", None, echoed.speaker))
                self.used_segments.add(segment)
                continue
            opens = starts_sentence(self.text, segment) or self._after_connective(segment) \
                or self._in_a_row(segment)
            if not opens or self._word_count(segment) < self.config.min_standalone_words:
                continue
            previous = self._previous_quote(segment)
            signed = self._signed_speaker(segment) if opens_line(self.text, segment.open) else None
            if signed is not None:
                self._keep(_Draft(segment.start, segment.end, "direct", None, signed))
            elif previous is not None:
                self._keep(_Draft(segment.start, segment.end, "direct", previous.cue, previous.speaker))
            else:
                following = next((d for d in sorted(self.drafts, key=lambda d: d.start)
                                  if d.start > segment.end and d.speaker is not None), None)
                # a quoted sub-heading announces the next speaker; a quote opening a sentence
                # belongs to the cue that closes it ('« … » qui sont « … », a déclaré X')
                if following is not None and self._same_sentence(segment, following):
                    self._keep(_Draft(segment.start, segment.end, "direct", following.cue, following.speaker))
                elif following is not None and fills_paragraph(self.text, segment):
                    self._keep(_Draft(segment.start, segment.end, "direct", None, following.speaker))
                else:
                    self._narrated_speaker(segment)
            self.used_segments.add(segment)

    def _subheading(self, segment: QuotedSegment) -> bool:
        """A quotation alone on a short line without a full stop: a sub-heading quoting the section."""
        content = self.text[segment.start:segment.end].rstrip()
        return segment.closed and fills_paragraph(self.text, segment) and not content.endswith(".") \
            and len(content.split()) <= _HEADLINE_WORDS

    def _echoed(self, segment: QuotedSegment) -> Optional[_Draft]:
        """The quote a sub-heading repeats word for word ('« Pas avant l'été »' over '« … pas avant l'été »,
        a dit X'): the speaker is the one quoted, wherever in the article."""
        key = _normalised(self.text[segment.start:segment.end])
        if len(key.split()) < self.config.min_standalone_words:
            return None
        return next((d for d in self.drafts if d.speaker is not None and not d.start <= segment.start < d.end
                     and key in _normalised(self.text[d.start:d.end])), None)

    def _in_a_row(self, segment: QuotedSegment) -> bool:
        """'« … » ; « … » ; « … »': a quotation set after another by a semicolon alone is one more
        of the same voice's remarks, as good as opening a sentence."""
        before = self.text[:segment.open].rstrip()
        return before.endswith(";") and self.closing_at.get(len(before[:-1].rstrip())) is not None

    def _after_connective(self, segment: QuotedSegment) -> bool:
        """'Ou encore « … ».': only a connective stands before the quotation in its sentence."""
        before = self.text[max(0, segment.open - _CONNECTIVE_CHARS):segment.open]
        stop = max(before.rfind(c) for c in ".!?\n»\"")
        return stop >= 0 and " ".join(before[stop + 1:].lower().split()) in self.config.connectives

    def _narrated_speaker(self, segment: QuotedSegment) -> None:
        """'Le maire change de ton. « Nous avons choisi … »': a quotation in the first
        person that makes a whole sentence speaks for the person the sentence before it is about;
        opening its paragraph, for the person the sentence after it is about ('« Je … » Marc Roux avait
        prévenu')."""
        words = set(self.text[segment.start:segment.end].lower().replace("'", "' ").split())
        # a quotation set apart as a paragraph of its own (or left open at its end, to go on in the next)
        alone = fills_paragraph(self.text, segment) or not segment.closed and opens_line(self.text, segment.open)
        if self._sentence_goes_on(segment) or not (words & self.first_person or alone):
            return
        if not words & self.first_person:
            speaker = self._sole_person()
            if speaker is not None:
                self._keep(_Draft(segment.start, segment.end, "direct", None, speaker))
            return
        first = self.doc.char_span(segment.open, segment.open + 1, alignment_mode="expand")
        last = self.doc.char_span(segment.close - 1, segment.close, alignment_mode="expand")
        if first is None or last is None:
            return
        before = next((t for t in reversed(self.doc[max(first.start - 3, 0):first.start]) if not t.is_space), None)
        after = next((t for t in self.doc[last.end:last.end + 3] if not t.is_space and not t.is_punct), None)
        speaker = self._person_subject(before.sent, segment.open) if before is not None and before.text in ".!?" else None
        if speaker is None and after is not None and opens_line(self.text, segment.open):
            speaker = self._person_subject(after.sent, len(self.text), after.i)
        if speaker is None and alone:
            speaker = self._sole_person()
        if speaker is not None:
            self._keep(_Draft(segment.start, segment.end, "direct", None, speaker))

    def _sole_person(self) -> Optional[Speaker]:
        """'Le coach s'est adressé aux médias. … « Je … »': in an interview or a press conference the
        paragraphs of first-person quotation need no cue; when the narration names one person only (every
        name outside quotations shares one surname) and no other person was quoted, they are that
        person's words. Computed once: the names are the document's entities, not a scan of tokens."""
        if not hasattr(self, "_sole"):
            names = [e for e in self.doc.ents if e.label_ == "PER" and not self._in_any_segment(e.start_char)]
            surnames = {e[-1].lower_.split("-")[-1] for e in names}
            person = max(names, key=len) if len(surnames) == 1 else None
            found = self.speakers.resolve(person.root) if person is not None else None
            quoted = {d.speaker.name for d in self.drafts if d.speaker is not None and d.speaker.kind == "person"}
            self._sole = found if found is not None and found.kind == "person" \
                and quoted <= {found.name} else None
        return self._sole

    def _sentence_goes_on(self, segment: QuotedSegment) -> bool:
        """Narration follows the quotation in its sentence ('« … » revisité a ouvert la fête')."""
        rest = self.text[segment.close:segment.close + 3].lstrip(" ")
        return not (rest == "" or rest[0] in ".!?\n" or segment.end > 0 and self.text[segment.end - 1] in ".!?")

    def _person_subject(self, sent, before: int, after: int = 0) -> Optional[Speaker]:
        """The person a narrator's sentence is about: its subject, when it names one."""
        subject = next((t for t in sent if t.dep_ == "nsubj" and t.i >= after and t.idx < before
                        and t.pos_ in ("NOUN", "PROPN") and not self._in_any_segment(t.idx)), None)
        if subject is None or not self.speakers.names_speaker(subject):
            return None
        speaker = self.speakers.resolve(subject)
        return speaker if speaker is not None and (speaker.kind == "person" or speaker.title) else None

    def _signed_speaker(self, segment: QuotedSegment) -> Optional[Speaker]:
        """A quotation that fills its paragraph, signed by a verbless line that names a person:
        'Marc Durand, maire de Brest' before it, or '— Marc Durand' after it."""
        alone = fills_paragraph(self.text, segment)
        for start, end, dashed in signature_lines(self.text, segment.open, segment.close, self.config.headline_dashes):
            if not (dashed or alone):
                continue
            line = self.doc.char_span(start, end, alignment_mode="expand")
            if line is None or len(line) > _SIGNATURE_WORDS or any("Fin" in t.morph.get("VerbForm") for t in line):
                continue
            person = next((e for e in line.ents if e.label_ == "PER"), None)
            first_word = next((t for t in line if t.is_alpha), None)
            if person is not None and (dashed or first_word is not None and first_word.i == person.start):
                return self.speakers.resolve(person.root)
        return None

    def _previous_quote(self, segment: QuotedSegment) -> Optional[_Draft]:
        """The quote this one continues: it ends in the previous paragraph, or just before in the
        same one with nothing but its own cue in between ('« … », a-t-il dit. « … »')."""
        before = [d for d in self.drafts if d.end <= segment.open]
        if not before:
            return None
        previous = max(before, key=lambda d: d.end)
        between = self.text[previous.end:segment.open]
        if not has_words(between) and ("\n" not in between or previous.kind == "direct" and between.count("\n") <= 2):
            # 'X a précisé que … . « … »': a quotation right after a report in its paragraph goes on with it
            return previous
        if previous.kind != "direct":
            return None
        if "\n" in between:
            # '« … », dit X.⏎Une phrase du narrateur.⏎« … »': a quotation filling its paragraph after one
            # short paragraph of narration that names nobody goes on with the same voice
            narration = self.text.find("\n", previous.end, segment.open)
            return previous if fills_paragraph(self.text, segment) \
                and self._narration_names_nobody(narration, segment.open) else None
        cue_between = previous.cue is not None and previous.end <= previous.cue[0] < segment.open
        start = previous.cue[1] if cue_between else previous.end
        stop = min((i for i in (self.text.find(c, start, segment.open) for c in ".!?") if i >= 0), default=-1)
        if stop < 0 or not has_words(self.text[stop:segment.open]):
            return previous    # '« … », a-t-il dit. « … »': nothing but the quote's own cue in between
        return previous if self._narration_names_nobody(stop + 1, segment.open) else None

    def _narration_names_nobody(self, start: int, end: int) -> bool:
        """'« … », prévient X. Le poste compte cent places. « … »': one sentence of the narrator's that
        names no one between two quotations of a paragraph leaves the floor to the same speaker."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or sum(self.text.count(c, start, end) for c in ".!?") > 1:
            return False
        return not any(t.ent_type_ == "PER" or t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN", "PRON")
                       and self.speakers.names_speaker(t) or t.pos_ == "PRON" and t.lower_ in self.speakers.pronouns
                       for t in span)

    def _same_sentence(self, segment: QuotedSegment, draft: _Draft) -> bool:
        end = draft.cue[0] if draft.cue is not None else draft.start
        between = self.text[segment.close:end]
        if not between.strip() or "\n" in between:
            return False
        stops = (segment.close + n for n, c in enumerate(between) if c in ".!?")
        return all(self._in_any_segment(i) for i in stops)

    def _word_count(self, segment: QuotedSegment) -> int:
        return len(self.text[segment.start:segment.end].split())


class QuotationPass:
    """Quotations around their cue: after a colon ('X a déclaré : « … »'), closed without a comma
    before an inverted cue, resumed after the speaker's
    apposition, widened to the narrator's clause that holds them, or in a row after 'Pour X,'.
    Mixed into ``quotes._QuoteFinder`` like ``SegmentPass``."""

    def _quote_closing_at(self, char: int) -> Optional[QuotedSegment]:
        """'« Tous dans la rue ! » ont scandé les grévistes': a quotation opening its sentence and
        closing right before ``char`` with no comma, which only an inverted cue can follow."""
        segment = self.closing_at.get(len(self.text[:char].rstrip()))
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
        segment = self._quote_closing_at(cue_start)
        return [(segment.start, segment.end, "direct")] if segment is not None else []

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
            return
        if self._cue_after(segment):
            return     # 'Le projet a été accueilli : « … », confie une habitante': the cue after the quote names the speaker
        cue = next((t for t in reversed(verbs) if self._cue_lemma(t) is not None), verbs[0])
        subject = self._subject(cue)
        # 'un geste suffirait : « … »': without a reporting verb, the subject must be able to speak
        if subject is not None and (self._cue_lemma(cue) is not None or self.speakers.names_speaker(subject)):
            self._add(segment.start, segment.end, self.content.cue_bounds(cue), self.speakers.resolve(subject))

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

    def _quote_before_colon(self, colon: Token, segment: QuotedSegment, sent: TokenSpan) -> None:
        """'« Nous ne céderons pas » : la ministre répond aux syndicats': a line opening on a
        quotation whose speaker is the subject after the colon."""
        subject = next((t for t in self.doc[colon.i + 1:sent.end] if t.dep_ in SUBJECT_DEPS), None)
        if opens_line(self.text, segment.open) and subject is not None and self.speakers.names_speaker(subject):
            self._add(segment.start, segment.end, None, self.speakers.resolve(subject), "direct")


def _normalised(text: str) -> str:
    """Lower case words without punctuation, apostrophes unified: a sub-heading drops or changes marks."""
    text = text.lower().replace("’", "'")
    return " ".join("".join(c if c.isalnum() or c == "'" else " " for c in text).split())
