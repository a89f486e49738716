"""The segment pass of the quote finder: quotations no cue governs.

A continuation paragraph or sentence inherits the preceding quote's speaker, a quotation
signed by a verbless line takes the person it names, a quoted sub-heading takes the speaker
of the next quote, and a headline ending on a dash and a title is attributed to that title.
Mixed into ``quotes._QuoteFinder``, whose state (segments, drafts, speakers) it reads.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from recoupe.analyse.quote_marks import QuotedSegment, fills_paragraph, has_words, opens_line, signature_lines, starts_sentence
from recoupe.analyse.speakers import Speaker

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

    # -- segment pass ---------------------------------------------------------
    def _standalone_segments(self) -> None:
        for segment in self.segments:
            if segment in self.used_segments or self._inside_found(segment.start):
                continue
            if not starts_sentence(self.text, segment) or self._word_count(segment) < self.config.min_standalone_words:
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
            self.used_segments.add(segment)

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
        before = [d for d in self.drafts if d.end <= segment.open and d.kind == "direct"]
        if not before:
            return None
        previous = max(before, key=lambda d: d.end)
        between = self.text[previous.end:segment.open]
        if between.count("\n") <= 2 and not has_words(between):
            return previous
        cue_between = previous.cue is not None and previous.end <= previous.cue[0] < segment.open
        return previous if cue_between and "\n" not in between else None

    def _same_sentence(self, segment: QuotedSegment, draft: _Draft) -> bool:
        end = draft.cue[0] if draft.cue is not None else draft.start
        between = self.text[segment.close:end]
        if not between.strip() or "\n" in between:
            return False
        stops = (segment.close + n for n, c in enumerate(between) if c in ".!?")
        return all(self._in_any_segment(i) for i in stops)

    def _word_count(self, segment: QuotedSegment) -> int:
        return len(self.text[segment.start:segment.end].split())
