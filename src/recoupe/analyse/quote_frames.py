"""Quotes framed by the narrator's sentence around the speaker: a 'selon'-type preposition
('selon X', 'pour X,'), a quotation set right after its cue as the cue's whole complement
('X réclame « … »', 's'est dit « … »'), the narrative infinitive ('Et la maire d'ajouter : « … »')
and a manner phrase between an inverted cue and its speaker.
Mixed into ``quotes._QuoteFinder`` like ``SegmentPass``; reads its segments, drafts and speakers.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as TokenSpan, Token

from recoupe.analyse.extensions import present_participle
from recoupe.analyse.quote_marks import QuotedSegment
from recoupe.analyse.speakers import Speaker

_MANNER_WORDS = 8    # 'la voix nouée par l'émotion' between the cue and its speaker
_QUOTED_SENTENCES = 3   # sentences inside a quotation skipped back to the narrator's subject
_FILLER_WORDS = 3    # 'lui aussi', 'déjà aussi' between a cue and its quoted complement


class FramePass:
    """Needs ``text``, ``doc``, ``segments``, ``config``, ``content``, ``speakers`` and the finder's helpers."""

    # -- a quotation as the cue's whole complement ------------------------------
    def _quoted_complements(self) -> None:
        """'Les syndicats réclament « de vraies hausses »', 'Le joueur s'est dit « très fier »': a closed
        quotation right after a reporting verb (give or take an adverb or 'lui aussi') whose subject
        can speak is that speaker's words, whatever frame the verb's entry lists."""
        for segment in self.segments:
            if not segment.closed or segment in self.used_segments or self._inside_found(segment.start):
                continue
            verb = self._verb_before(segment)
            if verb is None or self._in_any_segment(verb.idx) or not self._is_cue(verb) \
                    or (self._cue_lemma(verb) or "").startswith("s'"):
                continue    # 'se disent « fatigués » par …': a reflexive cue's attribute is a state, not words
            subject = self._subject(verb)
            # a banner or a placard 'says' the slogan it carries ('des pancartes proclament « … »')
            sign = subject is not None and subject.lemma_.lower() in self.speakers.sign_nouns
            if subject is None or subject.i > verb.i or not (subject.pos_ in ("PRON", "PROPN") or sign
                                                              or self.speakers.names_speaker(subject)):
                continue    # an inverted subject belongs to a quotation before the cue
            self._add(segment.start, segment.end, self._cue_bounds(verb), self._source(subject, verb), "direct")

    def _verb_before(self, segment: QuotedSegment) -> Optional[Token]:
        """The verb the opening mark follows, past a few adverbs, stressed pronouns or a 'comme'."""
        mark = self.doc.char_span(segment.open, segment.open + 1, alignment_mode="expand")
        if mark is None or not mark.start:
            return None
        comme = self.content.markers["comme"]
        for token in reversed(self.doc[max(0, mark.start - _FILLER_WORDS - 1):mark.start]):
            if token.pos_ in ("VERB", "AUX"):
                return token if token.sent.start <= mark.start else None
            if not (token.pos_ in ("ADV", "PRON") and not token.is_punct or token.lower_ in comme):
                return None
        return None

    # -- a participle after a postposed incise ---------------------------------------
    def _report_after_incise(self, cue: Token) -> bool:
        """'« … », a indiqué la préfecture dans un message, ajoutant que …': a present participle after
        the comma that ends an incise set after its quotation goes on with the incise's speaker; the parse
        may hang it on the quotation's own verb, whose subject says nothing. Adds the report; False if
        the participle does not follow such an incise."""
        speaker = self._incise_speaker(cue)
        if speaker is None:
            return False
        found = self.content.complement(cue, self.config.cue_verbs.get(self._cue_lemma(cue) or "", []),
                                        speaking_subject=True)
        if found is not None:
            self._add(*found, self._cue_bounds(cue), speaker)
        return True

    def _incise_speaker(self, cue: Token) -> Optional[Speaker]:
        if not present_participle(cue) or cue.i < 2:
            return None
        gerund = self.doc[cue.i - 1].lower_ in self.content.markers["gerund"]
        if self.doc[cue.i - 1 - gerund].text != ",":
            return None
        draft = next((d for d in reversed(self.drafts) if d.cue and d.cue[1] <= cue.idx), None)
        if draft is None or draft.cue[0] < draft.end or draft.start < cue.sent.start_char:
            return None     # the incise follows its quotation, in the participle's sentence
        return draft.speaker if draft.start <= cue.head.idx < draft.end else None

    # -- the narrative infinitive -------------------------------------------------
    def _narrative_subject(self, verb: Token) -> Optional[Token]:
        """'Et la maire d'ajouter : « … »': an infinitive after 'de' whose noun phrase opens the sentence
        (after a conjunction at most) has that phrase for its speaker."""
        if "Inf" not in verb.morph.get("VerbForm") or verb.i < 2:
            return None
        marker = self.doc[verb.i - 1]
        if marker.lower_.replace("’", "'") not in self.content.markers["de_inf"]:
            return None
        head = self.doc[verb.i - 2]
        if head.pos_ == "CCONJ" and all(t.pos_ == "CCONJ" or t.is_space for t in self.doc[verb.sent.start:marker.i]):
            return self._previous_subject(verb.sent.start)    # 'Elle a visité l'usine. Et d'ajouter : « … »'
        while head.dep_ in ("flat:name", "flat", "appos", "amod") and head.head.i < head.i:
            head = head.head
        if head.pos_ not in ("NOUN", "PROPN") or not (head.pos_ == "PROPN" or self.speakers.names_speaker(head)):
            return None
        opening = [t for t in self.doc[verb.sent.start:head.left_edge.i] if not t.is_space]
        return head if all(t.pos_ == "CCONJ" for t in opening) else None

    def _opening_participle_subject(self, verb: Token) -> Optional[Token]:
        """'La ministre appelle au calme. Ajoutant « qu'une crise … »': a present participle opening its
        sentence goes on with the speaker the sentence before is about."""
        if not present_participle(verb) or not verb.sent.start:
            return None
        if any(not t.is_punct for t in self.doc[verb.sent.start:verb.i]):
            return None
        return self._previous_subject(verb.sent.start)

    def _previous_subject(self, sent_start: int) -> Optional[Token]:
        """The named or speaking subject of the sentence before ``sent_start``; the sentences a quotation
        holds are skipped ('X a déclaré que « … . Ils peuvent … ». Et d'ajouter : « … »' goes back to X)."""
        for _ in range(_QUOTED_SENTENCES):
            if not sent_start:
                return None
            previous = self.doc[sent_start - 1].sent
            found = next((t for t in previous if t.dep_ in ("nsubj", "nsubj:pass") and not self._in_any_segment(t.idx)
                          and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and self.speakers.names_speaker(t))), None)
            if found is not None or not all(self._in_any_segment(t.idx) or t.is_punct for t in previous[1:]):
                return found
            sent_start = previous.start
        return None

    # -- manner phrase ------------------------------------------------------------
    def _past_manner(self, verb: Token) -> int:
        """'« … », raconte, la voix brisée, l'ancienne ministre': a verbless phrase set between commas
        right after the cue says how it was said; the speaker comes after it."""
        first = verb.i + 1
        if first >= verb.sent.end or self.doc[first].text != ",":
            return first
        for token in self.doc[first + 1:min(verb.sent.end, first + _MANNER_WORDS)]:
            if token.text == ",":
                return token.i + 1
            if token.is_punct or token.pos_ in ("VERB", "AUX") and "Part" not in token.morph.get("VerbForm"):
                break
        return first

    # -- 'selon'-type prepositions ------------------------------------------------
    def _preposition_at(self, token: Token) -> Optional[str]:
        """The 'selon'-type preposition starting at ``token`` ('d'après' is two tokens)."""
        if token.pos_ != "ADP":
            return None
        rest = self.text[token.idx:token.idx + 20].lower().replace("’", "'")
        return next((p for p in self.config.prepositions + self.config.opinion_prepositions if rest.startswith(p)
                     and (p.endswith("'") or not rest[len(p):len(p) + 1].isalpha())), None)

    def _report_preposition(self, first: Token, sent: TokenSpan) -> None:
        preposition = self._preposition_at(first)
        if preposition in self.config.opinion_prepositions and not self._opinion_source(first, sent):
            return
        cue_end = first.idx + len(preposition)
        last = first
        while last.i + 1 < sent.end and self.doc[last.i + 1].idx < cue_end:
            last = self.doc[last.i + 1]
        after = self.doc[last.i + 1] if last.i + 1 < sent.end else None
        if after is not None and after.lower_ in self.config.relatives:
            subject = next((t for t in sent if t.dep_ == "nsubj" and t.i < first.i), None)
            found = self.content.clause_after(after.i + 1, sent)
            if subject is not None and found is not None:
                self._add(*found, (first.idx, after.idx + len(after)), self.speakers.resolve(subject))
            return
        phrase_end = next((t.i for t in sent if t.i > last.i and t.text in (",", ".", ";")), sent.end)
        phrase = self.doc[last.i + 1:phrase_end]
        if not len(phrase):
            return
        named_end = self.speakers.apposition_end(phrase.root) + 1   # 'selon le porte-parole, le colonel X, …'
        if named_end > phrase_end and named_end < sent.end and self.doc[named_end].text == ",":
            phrase = self.doc[last.i + 1:named_end]
        if not self.speakers.can_be_source(phrase.root):
            return      # 'selon les axes est-ouest' (along), 'selon nos informations' (the outlet's own)
        # 'La récolte sera, selon X, la plus faible': the clause the aside interrupts is framed whole
        found = self._mid_clause_frame(first, phrase, sent) if self._awaits_complement(first.i - 2) else None
        found = found or self.content.around_source(first, phrase, sent)
        if found is not None and self._poll_answer(found):
            return      # 'selon un sondage, 40 % des sondés jugent que …': the respondents' own cue reports it
        if found is not None and self._relayed_report(found):
            return      # 'selon une note, la directrice aurait confié que …': the speaker is named inside
        if found is None:
            found = self._mid_clause_frame(first, phrase, sent)
        if found is not None:
            self._add(*found, (first.idx, cue_end), self._source(phrase.root))
        elif phrase.end < len(self.doc) and self.doc[phrase.end].text == ",":
            self._quotations_after(self.doc[phrase.end].idx + 1, (first.idx, cue_end), phrase.root)

    def _mid_clause_frame(self, first: Token, phrase: TokenSpan, sent: TokenSpan) -> Optional[tuple[int, int]]:
        """'Le nouveau plan, selon la ministre, coûtera moins cher': a 'selon' phrase set between commas
        right after the clause's subject frames the whole clause, the aside included."""
        if not first.i or self.doc[first.i - 1].text != "," or phrase.end >= sent.end \
                or self.doc[phrase.end].text != ",":
            return None
        return self._around_aside(first.i - 1, phrase.end, sent)

    def _around_aside(self, open_comma: int, close_comma: int, sent: TokenSpan) -> Optional[tuple[int, int]]:
        """The clause an aside between two commas interrupts: what precedes it is a bare noun phrase
        (the subject) or ends on a verb awaiting its complement ('Il faut', 'Le chantier sera'), and what
        follows goes on with a verb (or 'de' and an infinitive). None when the clause is whole before it."""
        start = self.content.clause_start(sent, self.doc[open_comma].idx)
        lead = [t for t in self.doc[sent.start:open_comma] if t.idx >= start and not t.is_space]
        if not lead or any(t.is_punct or self._in_any_segment(t.idx) for t in lead):
            return None
        if self._connective_lead(lead) and self._resumes_with_subject(close_comma + 1, sent):
            # 'Toutefois, précise X, la décision n'est pas prise': a connective alone before the incise
            # interrupts nothing; the clause after the incise is the report
            end = self.content.clause_end(self.doc[close_comma + 1].idx, sent)
            return (self.doc[close_comma + 1].idx, end) if end > self.doc[close_comma + 1].idx else None
        finite = any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in lead)
        if finite and lead[-1].pos_ not in ("VERB", "AUX"):
            return None
        if not finite and not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in lead):
            return None     # 'Hier, selon X, …': an adverbial, not a subject
        if not (self._resumes_clause(close_comma + 1, sent)
                or self._awaits_complement(open_comma - 1) and not self.doc[close_comma + 1].is_punct):
            return None
        end = self.content.clause_end(self.doc[close_comma + 1].idx, sent)
        return (start, end) if end > self.doc[close_comma + 1].idx else None

    def _connective_lead(self, lead: list[Token]) -> bool:
        """The words before an incise are a sentence connective ('Toutefois', 'Mais', 'En revanche')."""
        words = " ".join(t.lower_ for t in lead)
        return words in self.config.sentence_connectives or all(t.pos_ in ("ADV", "CCONJ") for t in lead)

    def _resumes_with_subject(self, i: int, sent: TokenSpan) -> bool:
        """After the incise a whole clause follows: a finite verb with a subject of its own."""
        rest = [t for t in self.doc[i:sent.end] if not t.is_punct]
        return any("Fin" in t.morph.get("VerbForm") and t.pos_ in ("VERB", "AUX") for t in rest) \
            and bool(rest) and rest[0].pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADV", "NUM")

    def _awaits_complement(self, i: int) -> bool:
        """The word at ``i`` is a finite auxiliary, copula or modal ('sera', 'ont', 'devrait'): a clause
        cannot end on it, so a comma after it opens an aside the clause resumes after."""
        token = self.doc[i] if 0 <= i < len(self.doc) else None
        lemma = token.lemma_.lower() if token is not None else ""
        # a lemma left conjugated ('reste') is tried as an infinitive, as cue lemmas are
        return token is not None and "Fin" in token.morph.get("VerbForm") \
            and (lemma in self.config.awaiting_complement or lemma + "r" in self.config.awaiting_complement)

    def _resumes_clause(self, i: int, sent: TokenSpan) -> bool:
        """The token after an aside continues the interrupted clause: a verb or auxiliary (its negation
        first), or 'de' before an infinitive ('Il est temps, juge-t-elle, de …')."""
        if i >= sent.end:
            return False
        token = self.doc[i]
        if "Neg" in token.morph.get("Polarity") and i + 1 < sent.end:    # 'ne', 'n'' before the verb
            token = self.doc[i + 1]
        if token.pos_ in ("VERB", "AUX"):
            return "Part" not in token.morph.get("VerbForm") or "Pres" not in token.morph.get("Tense")
        return token.lower_.replace("’", "'") in self.content.markers["de_inf"] and token.head.pos_ == "VERB" \
            and "Inf" in token.head.morph.get("VerbForm")

    def _mid_sentence_incise(self, cue: Token, subject: Optional[Token] = None) -> Optional[tuple[int, int]]:
        """'Il faut, estiment les syndicats, revoir les grilles': an incise with its inverted subject set
        inside a clause it interrupts reports that whole clause, the incise included. Without ``subject``
        the incise closes on the first comma after the cue (a few words on)."""
        start = self.content.cue_bounds(cue)[0]
        if not self.text[max(0, start - 3):start].rstrip().endswith(","):
            return None      # most cues: no comma right before them, nothing to read further
        opening = self.doc.char_span(start, start + 1, alignment_mode="expand")
        # the parse may hang the resumed clause on the subject ('l'ensemble des agents, redonner …'),
        # so the incise closes on the first punctuation after the subject's head, not its right edge
        last = cue.i if subject is None else max(cue.i, subject.i)
        sent = cue.sent     # built anew on every access
        close = next((t.i for t in self.doc[last + 1:min(sent.end, last + _MANNER_WORDS)] if t.is_punct), sent.end)
        if opening is None or not opening.start or self.doc[opening.start - 1].text != "," \
                or close >= sent.end or self.doc[close].text != "," or self._in_any_segment(cue.idx):
            return None
        return self._around_aside(opening.start - 1, close, sent)

    # -- an inverted cue with no comma before it ------------------------------------
    def _bare_inversion(self, verb: Token) -> bool:
        """'Le suspect a été relâché indique une source policière': a finite cue glued to the clause before
        it, with no subject of its own on its left; the parse takes the speaker for its object."""
        if not verb.i or verb.dep_ not in ("advcl", "conj", "parataxis", "ccomp", "dep", "xcomp", "punct") \
                or verb.head.i > verb.i or "Fin" not in verb.morph.get("VerbForm"):
            return False
        previous = self.doc[verb.i - 1]
        if previous.is_punct or previous.pos_ in ("ADP", "DET", "SCONJ", "CCONJ", "PRON", "AUX") \
                or any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.i < verb.i for c in verb.children):
            return False    # 'qui indique', 'et indique', 'il indique': the verb has its own subject
        speaker = next((t for t in self.doc[verb.i + 1:min(verb.sent.end, verb.i + 4)] if t.pos_ in ("NOUN", "PROPN")), None)
        if speaker is None or not (speaker.ent_type_ in ("PER", "ORG") or self.speakers.names_speaker(speaker)):
            return False
        after = self.doc[speaker.right_edge.i + 1] if speaker.right_edge.i + 1 < len(self.doc) else None
        return after is None or after.is_punct or after.pos_ == "ADP"    # no 'que' clause: the speaker closes it

    def _before_bare_inversion(self, cue_start: int, sent: TokenSpan) -> list:
        """The clause before a glued inverted cue, from its sentence's start."""
        start = self.content.clause_start(sent, cue_start)
        end = self.content.trim(start, cue_start)
        return [(start, end, None)] if end > start and not self._in_any_segment(start) else []

    def _poll_answer(self, found: tuple) -> bool:
        """The stretch a 'selon' frames holds a reporting verb whose subject is a poll share."""
        span = self.doc.char_span(found[0], found[1], alignment_mode="expand")
        for token in span if span is not None else ():
            subject = self._subject(token) if token.i in self.cue_at and self._is_cue(token) else None
            if subject is not None and self.speakers.poll_share(subject):
                return True
        return False

    def _opinion_source(self, first: Token, sent: TokenSpan) -> bool:
        """'Pour le maire, …' at the start of a sentence, on a phrase that names a speaker and
        ends on a comma; the clause after it has no reporting verb of its own."""
        if self.text[self.content.clause_start(sent, first.idx):first.idx].strip():
            return False
        # the parse may end the sentence right before the comma ('Pour X, « … »')
        comma = next((t for t in self.doc[first.i + 1:min(sent.end + 1, len(self.doc))]
                      if t.text in (",", ".", ";", ":")), None)
        if comma is None or comma.text != ",":
            return False
        cue_end = first.idx + len(self._preposition_at(first))
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in self.doc[first.i + 1:comma.i]):
            return False    # 'Pour la direction ont été nommés X, …': a verb inverted after the phrase, no frame
        head = next((t for t in self.doc[first.i + 1:comma.i] if t.idx >= cue_end and t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or not (self.speakers.names_speaker(head) or head.ent_type_ == "PER"):
            return False
        rest = self.content.written_sentence(comma.i + 1)   # the parse may split '…, a rappelé X.' off
        return not any(t.pos_ in ("VERB", "ADJ") and self._cue_lemma(t) is not None and not self._thing_acts(t)
                       for t in rest)

    def _thing_acts(self, verb: Token) -> bool:
        """'les négociations reprendront': a cue word whose subject is a thing that cannot speak reports nothing."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        return subject is not None and subject.pos_ == "NOUN" and not self.speakers.names_speaker(subject)
