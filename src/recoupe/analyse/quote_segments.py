"""The segment pass of the quote finder: quotations no cue governs.

A continuation paragraph or sentence inherits the preceding quote's speaker, a quotation
signed by a verbless line takes the person it names, a quoted sub-heading takes the speaker
of the next quote, and a headline ending on a dash and a title is attributed to that title.
Mixed into ``quotes._QuoteFinder``, whose state (segments, drafts, speakers) it reads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Token

from recoupe.analyse.quote_marks import (QuotedSegment, fills_paragraph, has_words, opens_line, signature_lines,
                                         starts_sentence)
from recoupe.analyse.quote_transcripts import speaker_turns
from recoupe.analyse.speakers import Speaker
from recoupe.resources import load_lines

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")   # the parser often takes 'Il a indiqué' as impersonal
_CONNECTIVE_CHARS = 20   # room for 'Ou encore' between a sentence stop and a quotation
_HEADLINE_WORDS = 25     # a headline is one short line, without a full stop
_SIGNATURE_WORDS = 16   # a line that signs a quotation holds a name and a short title, not a sentence
_SIGNATURE_CHARS = 120  # '(Marc Roux, maire de Vals)': a name and a title in parentheses
_SENTENCE_WORDS = 5     # a spoken sentence in marks, longer than a quoted phrase or a short title
_STOPS = (".", "!", "?", "…")


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
            if segment in self.used_segments or self._inside_found(segment.start) or self._captioned(segment):
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
            signed = signed or self._parenthesised_signature(segment)
            signed = signed or (self._announced_speaker(segment) if segment in headings else None)
            if signed is not None:
                self._keep(_Draft(segment.start, segment.end, "direct", None, signed))
            elif previous is not None and previous.speaker is not None:
                named = self._named_after(segment, previous)
                self._keep(_Draft(segment.start, segment.end, "direct", None if named else previous.cue,
                                  named or previous.speaker))
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
        self._transcript_turns()

    def _transcript_turns(self) -> None:
        """'Paul Vasseur⏎Je reviens sur …⏎Nous demandons …': the paragraphs under a line that holds only a
        person's name are that person's words, in a transcript of two turns or more (``quote_transcripts``)."""
        for name, paragraphs in speaker_turns(self.doc, self.text, self.first_person):
            speaker = self.speakers.resolve(name.root)
            for start, end in paragraphs:
                if speaker is not None and not any(d.start < end and start < d.end for d in self.drafts):
                    self._keep(_Draft(start, end, "direct", None, speaker))

    def _captioned(self, segment: QuotedSegment) -> bool:
        """'« … ». (Photo, AFP)': a quotation on a line that closes on a picture's credit in brackets is
        the caption's, page furniture, whoever the picture shows."""
        end = self.text.find("\n", segment.close)
        line = self.text[segment.close:end if end >= 0 else len(self.text)]
        after = line.lstrip(" .\"»”")     # the credit right after the quotation, or closing its line
        credits = [after[1:]] if after.startswith("(") else []
        credits += [line[line.rfind("(") + 1:]] if line.rstrip(" .").endswith(")") else []
        words = load_lines(self.doc.lang_, "quotes_caption_credits")
        return any(re.split(r"[\s,:/©)]+", c.strip(), maxsplit=1)[0].lower() in words for c in credits)

    def _subheading(self, segment: QuotedSegment) -> bool:
        """A quotation alone on a short line without a full stop: a sub-heading quoting the section."""
        content = self.text[segment.start:segment.end].rstrip()
        return segment.closed and fills_paragraph(self.text, segment) and not content.endswith(".") \
            and len(content.split()) <= _HEADLINE_WORDS

    def _announced_speaker(self, segment: QuotedSegment) -> Optional[Speaker]:
        """A quoted sub-heading heads the section below it: its speaker is the one a quote of the very
        next paragraph names ('« Un choix de raison »⏎Le budget sera voté, a assuré la maire.'), not the
        speaker of the section above."""
        start = self.text.find("\n", segment.close)
        while 0 <= start < len(self.text) and self.text[start].isspace():
            start += 1
        end = self.text.find("\n", start) if start >= 0 else -1
        if start < 0:
            return None
        end = len(self.text) if end < 0 else end
        first = next((d for d in sorted(self.drafts, key=lambda d: d.start) if d.start > segment.end), None)
        return first.speaker if first is not None and start <= first.start < end else None

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
        """'Le maire change de ton. « Nous avons choisi … »': a quotation that is speech by its shape (first
        person, or a whole sentence of its own) speaks for the person the sentence before it is about;
        opening its paragraph, for the person the sentence after it is about ('« Je … » Marc Roux avait
        prévenu'). Speech whose speaker nothing names is still kept, without a speaker."""
        words = set(self.text[segment.start:segment.end].lower().replace("'", "' ").split())
        # a quotation set apart as a paragraph of its own (or left open at its end, to go on in the next)
        alone = fills_paragraph(self.text, segment) or not segment.closed and opens_line(self.text, segment.open)
        signed = self._parenthesised_signature(segment)
        spoken = bool(words & self.first_person) or self._makes_a_sentence(segment, signed is not None)
        if self._sentence_goes_on(segment) and signed is None or not (spoken or alone):
            return
        if not spoken:
            speaker = self._sole_person()
            if speaker is not None:
                self._keep(_Draft(segment.start, segment.end, "direct", None, speaker))
            return
        speaker = signed or self._narrated_person(segment)
        if speaker is None and alone:
            speaker = self._sole_person()
        # a paragraph of quotation alone that nobody is named for may be a pull quote set in the page
        if speaker is not None or not alone:
            self._keep(_Draft(segment.start, segment.end, "direct", None, speaker))

    def _narrated_person(self, segment: QuotedSegment) -> Optional[Speaker]:
        """The subject of the narrator's sentence just before the quotation, or just after it when the
        quotation opens its line."""
        first = self.doc.char_span(segment.open, segment.open + 1, alignment_mode="expand")
        last = self.doc.char_span(segment.close - 1, segment.close, alignment_mode="expand")
        if first is None or last is None:
            return None
        before = next((t for t in reversed(self.doc[max(first.start - 3, 0):first.start]) if not t.is_space), None)
        after = next((t for t in self.doc[last.end:last.end + 3] if not t.is_space and not t.is_punct), None)
        opening = after is not None and opens_line(self.text, segment.open)
        # opening its paragraph, a quotation followed by a named person there is hers ('« … » Marc Roux, chef …')
        named = self._named_after(segment) if opening else None
        if named is not None:
            return named
        speaker = self._subject_before(before) if before is not None and before.text in ".!?" else None
        if speaker is None and opening:
            speaker = self._person_subject(after.sent, len(self.text), after.i) or self._agent_after(after)
        return speaker

    def _named_after(self, segment: QuotedSegment, previous: Optional[_Draft] = None) -> Optional[Speaker]:
        """'« … » Marc Roux, chef du service, est formel : …': a quotation opening a new paragraph and
        followed in it by a sentence opening on a person's name is that person's, not the previous paragraph's voice."""
        if not opens_line(self.text, segment.open) or previous is not None and "\n" not in self.text[previous.end:segment.open]:
            return None
        last = self.doc.char_span(segment.close - 1, segment.close, alignment_mode="expand")
        after = next((t for t in self.doc[last.end:last.end + 3] if not t.is_space and not t.is_punct), None) \
            if last is not None else None
        # 'Quand la mairie publie …' names a body inside a clause: only a person's name opening the sentence
        if after is None or "\n" in self.text[segment.close:after.idx] or after.ent_type_ != "PER":
            return None
        speaker = self._person_subject(after.sent, len(self.text), after.i)
        return speaker if speaker is not None and speaker.kind == "person" \
            and (previous is None or speaker.name != previous.speaker.name) else None

    def _subject_before(self, stop: Token) -> Optional[Speaker]:
        """The person the sentence ending on ``stop`` is about, or the one before it in the paragraph
        when that sentence names nobody ('Le maire est inquiet. La pluie a tout emporté. « … »')."""
        for _ in range(2):
            # the parser may leave the full stop and the opening mark a sentence of their own: read the words
            word = next((t for t in reversed(self.doc[max(stop.i - 3, 0):stop.i]) if t.is_alpha), None)
            if word is None:
                return None
            speaker = self._person_subject(word.sent, stop.idx)
            if speaker is not None or word.sent.start == 0 or "\n" in self.text[word.sent.start_char - 2:word.sent.start_char] \
                    or not self._narration_names_nobody(word.sent.start_char, stop.idx):
                return speaker
            stop = self.doc[word.sent.start - 1]
        return None

    def _agent_after(self, after: Token) -> Optional[Speaker]:
        """'« … » La phrase a été répétée par la ministre, Léa Roux': the passive's agent names the speaker."""
        agent = next((t for t in self.doc[after.i:after.sent.end] if t.dep_ == "obl:agent"
                      and t.pos_ in ("NOUN", "PROPN") and self.speakers.names_speaker(t)), None)
        speaker = self.speakers.resolve(agent) if agent is not None else None
        return speaker if speaker is not None and (speaker.kind == "person" or speaker.title) else None

    def _makes_a_sentence(self, segment: QuotedSegment, signed: bool) -> bool:
        """'« Le toit est parti d'un coup. »': a closed quotation of several words, ended by a full stop
        inside or right after its marks (or a signature), that holds a conjugated verb is a spoken sentence; a title, a
        slogan or a quoted noun phrase has no such verb, a sub-heading no full stop."""
        if not segment.closed or self._word_count(segment) < _SENTENCE_WORDS or "\n" not in self.text[:segment.open]:
            return False     # the first line is the headline
        after = self.text[segment.close:segment.close + 2].lstrip(" ")
        if not (signed or self.text[segment.start:segment.end].rstrip()[-1:] in _STOPS or after[:1] in _STOPS):
            return False
        return self._has_finite_verb(segment)

    def _has_finite_verb(self, segment: QuotedSegment) -> bool:
        span = self.doc.char_span(segment.start, segment.end, alignment_mode="expand")
        return span is not None and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)

    def _parenthesised_signature(self, segment: QuotedSegment) -> Optional[Speaker]:
        """'« … » (Marc Roux, maire de Vals)': a person named first in parentheses right after the quotation."""
        after = self.text[segment.close:segment.close + 3]
        if not after.lstrip(" ").startswith("(") or not self._has_finite_verb(segment):
            return None     # '« Les Misérables » (Victor Hugo, 1862)': a work and its author
        open_ = segment.close + after.index("(")
        close = self.text.find(")", open_, open_ + _SIGNATURE_CHARS)
        line = self.doc.char_span(open_ + 1, close, alignment_mode="expand") if close > 0 else None
        person = next((e for e in line.ents if e.label_ == "PER"), None) if line is not None else None
        if person is None or person.start != line.start:
            return None
        found = self.speakers.resolve(person.root)
        return found if found is not None and found.kind == "person" else None

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
        """The person a narrator's sentence is about: its subject, when it names one. A place the
        sentence describes ('Le Haut-Lac demeure le district le plus éprouvé') is nobody's voice: a place speaks
        for its government only through a verb of saying, which this reading has not got."""
        subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubj:pass") and t.i >= after and t.idx < before
                        and t.pos_ in ("NOUN", "PROPN") and not self._in_any_segment(t.idx)), None)
        if subject is None or not self.speakers.names_speaker(subject):
            return None
        speaker = self.speakers.resolve(subject)
        return speaker if speaker is not None and (speaker.kind == "person" or speaker.title and speaker.kind != "country") \
            else None

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
        # 'X a regretté la « suffisance » du maire.⏎« … . »': a spoken sentence opening the next paragraph goes on
        # with a report that quoted words as well as with a quotation
        voiced = previous.kind == "direct" or previous.kind == "mixed" and self._makes_a_sentence(segment, False)
        if not has_words(between) and ("\n" not in between or voiced and between.count("\n") <= 2):
            # 'X a précisé que … . « … »': a quotation right after a report in its paragraph goes on with it
            return previous
        if previous.kind != "direct":
            return None
        if "\n" in between:
            # '« … », dit X.⏎Une phrase du narrateur.⏎« … »': a quotation filling its paragraph after one
            # short paragraph of narration that names nobody goes on with the same voice
            narration = self.text.find("\n", previous.end, segment.open)
            # or a spoken sentence opening a sentence of the narration's paragraph
            return previous if (fills_paragraph(self.text, segment) or previous.speaker is not None
                                and self._makes_a_sentence(segment, False)) \
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


def _normalised(text: str) -> str:
    """Lower case words without punctuation, apostrophes unified: a sub-heading drops or changes marks."""
    text = text.lower().replace("’", "'")
    return " ".join("".join(c if c.isalnum() or c == "'" else " " for c in text).split())
