"""recoupe_quotes: who said what — direct, indirect and mixed reported speech.

Two passes over the parsed document. The cue pass walks the sentences in order and,
for each reporting verb or "selon"-type preposition, finds the speaker (subject,
inverted subject, clitic "-t-il", passive agent) and the reported content the verb's
valency allows (que-clause, infinitive, "comme", object, a preposed clause, a quote
after a colon). The segment pass then attributes the quotations no cue governs: a
continuation paragraph or sentence inherits the preceding quote's speaker, a quoted
sub-heading takes the speaker of the next quote.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from spacy.attrs import DEP, LEMMA, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Span as TokenSpan, Token

from recoupe.analyse import extensions  # noqa: F401  (registers Doc._ attributes)
from recoupe.analyse.extensions import (doc_text, positions, present_participle, sentence_span, stripped_end,
                                        text_span, word_index)
from recoupe.analyse.quote_cues import CuePass
from recoupe.analyse.quote_frames import FramePass
from recoupe.analyse.quote_marks import QuotedSegment, coverage, covers, cut_off_at_page_end, doc_segments
from recoupe.analyse.quote_quotations import QuotationPass
from recoupe.analyse.quote_segments import SegmentPass, _Draft
from recoupe.analyse.quote_subjects import SubjectPass
from recoupe.analyse.reported_content import ContentFinder
from recoupe.analyse.speaker_grammar import auxiliary_before, by_salience
from recoupe.analyse.speakers import Speaker, SpeakerResolver
from recoupe.resources import load_json, load_lines
from recoupe.schema import Quote


#: verbs, nouns (a cue the tagger misread), prepositions ('selon') and the colon may open a quote
_ADP, _COLON = frozenset({"ADP"}), frozenset({":"})
_ANTECEDENT_DEPS, _NOUN_TAGS = frozenset({"nsubj", "nsubj:pass", "obl:agent"}), frozenset({"NOUN", "PROPN"})
#: what a narrative infinitive of a verb that otherwise reports only as an incise introduces
_NARRATIVE_FRAMES = ["que", "colon"]
#: the dependency of a pronoun acting in its clause
_PRONOUN_SUBJECT = frozenset({"nsubj"})


@Language.factory("recoupe_quotes", default_config={"min_standalone_words": 3})
def make_quotes(nlp: Language, name: str, *, min_standalone_words: int):
    return QuoteExtractor(nlp.lang, min_standalone_words=min_standalone_words)


class QuoteExtractor:
    def __init__(self, lang: str, *, min_standalone_words: int) -> None:
        cue_data = load_json(lang, "quotes_cue_verbs")
        self.cue_verbs = {k: v for k, v in cue_data.items() if not k.startswith("_")}
        self.lemma_aliases: dict[str, str] = cue_data.get("_lemma_aliases", {})
        # every word a cue can be built from, as lemma or stem: what the cue pass looks at first
        #: (attribute, word hash) → whether that word can make a cue, filled as documents come
        self.cue_word_hashes: dict[tuple[int, int], bool] = {}
        self.cue_words = frozenset(word.removeprefix("s'") for key in self.cue_verbs for word in key.split()) \
            | frozenset(self.lemma_aliases) | frozenset(load_lines(lang, "quotes_learning_verbs"))
        self.prepositions = load_lines(lang, "quotes_source_prepositions")
        self.opinion_prepositions = load_lines(lang, "quotes_opinion_prepositions")
        self.impersonal_places = frozenset(load_lines(lang, "quotes_impersonal_source_prepositions"))
        self.relatives = set(load_lines(lang, "quotes_relative_after_preposition"))
        self.articles = set(load_lines(lang, "quotes_articles"))
        self.modals, self.causatives = set(load_lines(lang, "quotes_modals")), set(load_lines(lang, "quotes_causative_verbs"))
        self.awaiting_complement = frozenset(load_lines(lang, "quotes_verbs_awaiting_complement"))
        self.headline_dashes = load_lines("common", "quotes_headline_dashes")
        self.min_standalone_words = min_standalone_words
        self.first_person = set(load_lines(lang, "quotes_direct_first_person"))
        self.connectives = set(load_lines(lang, "quotes_direct_connectives"))
        self.sentence_connectives = frozenset(load_lines(lang, "quotes_sentence_connectives"))
        self.cleft_openers = tuple(load_lines(lang, "quotes_cleft_openers"))

    def __call__(self, doc: Doc) -> Doc:
        finder = _QuoteFinder(self, doc)
        drafts = [d for d in finder.find() if not cut_off_at_page_end(finder.text, d.start, d.end)]
        doc._.quotes = [_to_quote(doc, f"q{n}", d) for n, d in enumerate(drafts, 1)]
        return doc


class _QuoteFinder(CuePass, SubjectPass, SegmentPass, QuotationPass, FramePass):
    """The state of one document's analysis: segments, speakers met so far, quotes found."""

    def __init__(self, config: QuoteExtractor, doc: Doc) -> None:
        self.config = config
        self.doc = doc
        self.text = doc_text(doc)
        self.segments = doc_segments(doc)
        self.speakers = SpeakerResolver(doc)
        self.content = ContentFinder(doc, self.segments)
        self.speech_segments = [s for s in self.segments if self._word_count(s) >= config.min_standalone_words]
        self.drafts: list[_Draft] = []
        # characters inside a quotation / a found quote, as flags: asked for every token, a
        # scan of all segments and quotes would make long articles quadratic
        self.in_speech = coverage(len(self.text), ((s.start, s.end) for s in self.speech_segments))
        self.in_segment = coverage(len(self.text), ((s.open, s.close) for s in self.segments))
        self.in_found = bytearray(len(self.text) + 1)
        self.in_date = coverage(len(self.text), ((d.span.start, d.span.end) for d in doc._.dates or []))
        self.used_segments: set[QuotedSegment] = set()
        self.first_person = config.first_person
        self.kept_spans: set[tuple[int, int]] = set()
        self.closing_at = {s.close: s for s in self.segments if s.closed}
        # the nouns and names that are subjects or agents: the only possible antecedents a clause leaves
        self.reflexive_at: dict[int, bool] = {}
        self.cue_lemma_at: dict[int, Optional[str]] = {}     # ``_cue_lemma`` per token, once the incises are known
        self.cue_at: set[int] = set()     # the tokens that may be cues (``_cue_positions``)
        self.subject_nouns = set(positions(doc, _ANTECEDENT_DEPS, DEP)).intersection(positions(doc, _NOUN_TAGS, POS))
        # personal pronouns subject of a verb, in text order: asked of every sentence, read once
        self.pronoun_subjects = [i for i in positions(doc, _PRONOUN_SUBJECT, DEP) if self._person_pronoun(doc[i])]
        self.ent_at: Optional[dict[int, TokenSpan]] = None     # ``_named_body``'s names by first token

    def find(self) -> list[_Draft]:
        # only these words can open a quote: the others are skipped without building their Token
        candidates = self._cue_positions() | set(positions(self.doc, _ADP, POS)) | set(positions(self.doc, _COLON, ORTH))
        for sent in self.doc.sents:
            for token in (self.doc[i] for i in range(sent.start, sent.end) if i in candidates):
                if self._inside_found(token.idx):
                    continue
                if self._inside_quotation(token.idx):
                    if self._is_cue(token):
                        self._incise(token)
                    elif self._preposition_at(token) in self.config.prepositions:
                        self._source_incise(token)
                    continue
                if self._is_cue(token):
                    self._report_verb(token)
                elif self._preposition_at(token):
                    self._report_preposition(token, sent)
                elif token.text == ":":
                    self._colon_quote(token, sent)
            self._remember_subjects(sent, sent.end)
        self._quoted_complements()
        self._headline_attribution()
        self._standalone_segments()
        self._headline_fragments()
        return sorted(self.drafts, key=lambda d: d.start)

    # -- cue pass (what a cue is: quote_cues.CuePass) -------------------------
    def _after_quotation(self, token: Token) -> bool:
        """``token`` follows a closing quotation mark and a comma ('« … », analyse')."""
        previous = self.doc[token.i - 1] if token.i else None
        if previous is None:
            return False
        if previous.text != ",":
            return self._quote_closing_at(token.idx) is not None    # '« … » note l'institut'
        before = stripped_end(self.text, previous.idx)
        return before > 0 and self._in_any_segment(before - 1)

    def _remember_subjects(self, sent: TokenSpan, before: int) -> None:
        """Subjects of the narrator's own clauses are antecedents for later pronouns and titles."""
        # 'Il a insisté sur le travail accompli par le gouvernement': a personal pronoun acting in the clause
        # is a person acting too, and keeps the agent of a participle from becoming an antecedent ('elle est
        # cohérente avec les mises en garde lancées par X' acts on nothing: X stays one)
        person_subject = bisect_left(self.pronoun_subjects, sent.start) < bisect_left(self.pronoun_subjects, before)
        at = self.subject_nouns
        for token in by_salience(self.doc[i] for i in range(sent.start, before) if i in at):
            # 'la présidente a salué l'aide apportée par la Suède': after a person acting in the clause,
            # the agent of a participle qualifying a noun is no antecedent ('les mises en garde formulées
            # par les Pays-Bas' is one when nobody acts)
            agent_of_noun = token.dep_ == "obl:agent" and token.head.dep_ == "acl" and person_subject
            # 'Interrogé par Radio Ouest, le maire …': who interviewed the speaker opens the sentence, says nothing
            agent_of_noun |= token.dep_ == "obl:agent" and token.head.i == sent.start
            # a passive subject is an antecedent when it is a name ('Marc Roy a été reçu'), not a thing
            # ('l'accès aux armes est remis en question')
            passive_thing = token.dep_ == "nsubj:pass" and token.pos_ != "PROPN"
            if not agent_of_noun and not passive_thing and not self._reported_subject(token) \
                    and not self._in_any_segment(token.idx) and not self._inside_found(token.idx):
                known = len(self.speakers.history)
                self.speakers.remember_subject(token)
                latest = self.speakers.history[-1] if self.speakers.history else None
                person_subject |= token.dep_.startswith("nsubj") and latest is not None and latest.kind == "person" \
                    and (len(self.speakers.history) > known or token.ent_type_ == "PER" or token.pos_ == "NOUN")

    def _person_pronoun(self, token: Token) -> bool:
        """A personal pronoun subject of a verb ('il a insisté'): a person acting in its clause."""
        return token.pos_ == "PRON" and token.lower_ in self.speakers.pronouns and token.head.pos_ == "VERB"

    def _reported_subject(self, token: Token) -> bool:
        """'X estime que son équipe a bien joué. Il croit…': the subject of what was said (a clause
        complementing a reporting verb) belongs to the report, not to the narrator, and is no antecedent
        of the speaker's later pronoun, even when the report itself was not kept."""
        clause = token.head
        governor = clause.head
        return clause.dep_ == "ccomp" and governor.i != clause.i and governor.i in self.cue_at and self._is_cue(governor)

    def _report_verb(self, cue: Token) -> None:
        if self._report_after_incise(cue):
            return
        governing = self._continued_report(cue)    # ', précisant que …' goes on with the report before it
        subject = self._subject(governing if governing is not None else cue)
        if subject is None:
            return
        cue_bounds = self._cue_bounds(cue)
        if subject.pos_ == "PRON" and subject.i < cue.i and not subject.text.startswith("-"):
            self._remember_subjects(cue.sent, subject.i)   # 'lorsque les États-Unis … ils ont déclaré'
        # the clitic belongs to this cue: inside 'a-t-il déclaré' or right after 'déclare-t-il'
        inverted_clitic = subject.text.startswith("-") and (cue_bounds[0] <= subject.idx <= cue_bounds[1]
                                                             or subject.i == cue.i + 1)
        if subject.i > cue.i and subject.dep_ != "obl:agent" or inverted_clitic:
            around = None if inverted_clitic else self._mid_sentence_incise(cue, subject)
            if around is not None:      # 'Il faut, estiment les syndicats, revoir …': the clause around the incise
                return self._add(*around, cue_bounds, self._source(subject), "indirect")
            preposed = self.content.preposed(cue_bounds[0], subject) or self._bare_quote_before(cue_bounds[0])
            if not preposed and not inverted_clitic and self._bare_inversion(cue):
                preposed = self._before_bare_inversion(cue_bounds[0], cue.sent)
            if preposed and preposed[0][0] < cue_bounds[0]:    # not the quotation resumed after the cue
                preposed = self._with_its_clause(preposed, cue.sent)
            misread = [p for p in preposed if self._subject_misread(p, subject)]
            preposed = [p for p in preposed if not self._relays_report(p) and p not in misread]
            if misread and not preposed:
                subject = self._real_subject(misread[0]) or subject
            if preposed and all(start < cue_bounds[0] for start, _, _ in preposed):
                preposed = preposed + self._resumed_after_apposition(subject, cue.sent)
            if preposed and inverted_clitic and preposed[0][0] > cue.sent.start_char:
                # 'Le maire X a fait poser des bornes, « pour … » dit-il': the clitic stands for the
                # subject of the narrator's clause before the quotation, in the same sentence
                opening = self.doc.char_span(preposed[0][0], preposed[0][0] + 1, alignment_mode="expand")
                self._remember_subjects(cue.sent, opening.start if opening is not None else cue.sent.start)
            if preposed:
                speaker = self.speakers.informant_of(cue) or self._impersonal_source(cue, subject) \
                    or self._source(subject)
                if subject.text.startswith("-") and preposed[0][2] == "direct":
                    speaker = self._quoted_person(subject, speaker)
                for start, end, kind in preposed:
                    self._add(start, end, cue_bounds, speaker, kind)
                return
        # 'des chiffres publiés par la préfecture font état de …' speaks for a maker ('du trimestre' is none)
        authored = (author := self.speakers.report_author(subject)) is not None and author.kind != "anonymous"
        speaking = self.speakers.subject_speaks(subject) or authored
        valency = self.config.cue_verbs.get(self._cue_lemma(cue) or "", [])
        if not valency and self._narrative_subject(cue) is not None:
            valency = _NARRATIVE_FRAMES     # 'Et de poursuivre que « … »': the narrative infinitive reports
        found = self.content.complement(cue, valency, speaking_subject=speaking, authored_subject=authored)
        if found is not None and not self._relayed_report(found):
            self._add(*found, cue_bounds, self._framing_source(cue) or self._impersonal_source(cue, subject)
                      or self._source(subject, cue))

    def _framing_source(self, cue: Token) -> Optional[Speaker]:
        """'Selon lui, le volume représente « … », ajoutant qu'il …': a participle right after the comma that
        closes a clause framed by 'selon X' goes on with X, not with the subject of the framed clause."""
        if not present_participle(cue) or not cue.i or self.doc[cue.i - 1].text != ",":
            return None
        for draft in reversed(self.drafts):
            if draft.end <= cue.idx and draft.cue:
                between = self.text[draft.end:cue.idx].strip(" \u00a0\"»”")
                cue_text = self.text[draft.cue[0]:draft.cue[1]].lower()
                framed = draft.cue[0] < draft.start and any(cue_text.startswith(p) for p in self.config.prepositions)
                return draft.speaker if between == "," and framed else None
        return None

    def _relayed_report(self, found: tuple[int, int]) -> bool:
        """'La préfecture a publié un communiqué indiquant que le maire a affirmé la volonté de …': a
        report whose content opens on a named speaker and a reporting verb of their own relays that
        speaker's words; the inner report is the quote when it yields one (else the outer one stays)."""
        span = self.doc.char_span(*found, alignment_mode="expand")
        if span is None:
            return False
        inner = span.root
        subject = next((c for c in inner.children if c.dep_ == "nsubj"), None) if inner.i in self.cue_at else None
        if subject is None or subject.left_edge.i != span.start or subject.pos_ not in ("PROPN", "NOUN") \
                or not (subject.pos_ == "PROPN" or self.speakers.names_speaker(subject)) or not self._is_cue(inner):
            return False
        known = len(self.drafts)
        self._report_verb(inner)
        return len(self.drafts) > known

    def _impersonal_source(self, cue: Token, subject: Token) -> Optional[Speaker]:
        """'« … », explique-t-on au ministère', 'On assure chez le constructeur que …': an impersonal
        'on' stands for the people of the body its verb places the saying in; that body speaks."""
        on = subject if self._impersonal(subject) else next((c for c in subject.children if self._impersonal(c)), None)
        if on is None:
            return None
        places = [c for c in cue.children if c.dep_.startswith("obl") and c.i > cue.i]
        if on.i > cue.i and on.i + 1 < len(self.doc):
            places.append(self.doc[on.i + 1].head)    # 'précise-t-on à la mairie' parsed around the clitic
        place = next((c for c in places if any(p.dep_ == "case" and p.lower_ in self.config.impersonal_places
                                               for p in c.children)), None)
        if place is None or place.pos_ not in ("NOUN", "PROPN"):
            return None
        speaker = self._source(place)     # 'dit-on dans les couloirs': a place that is no body says nothing
        if speaker is not None and speaker.kind != "organization":
            speaker = self._named_body(place)
        return speaker if speaker is not None and speaker.kind == "organization" else None

    @staticmethod
    def _impersonal(token: Token) -> bool:
        """The impersonal subject pronoun, bare or as a clitic ('dit-on')."""
        return token.lower_.lstrip("-") == "on"

    def _named_body(self, place: Token) -> Optional[Speaker]:
        """'confirme-t-on au centre de secours Val-Nord', then 'ajoute-t-on au centre de secours': a common
        noun phrase followed by a name is a body, and the same phrase bare takes up the body named before."""
        if self.ent_at is None:     # indexed once per document: asked for each impersonal cue
            self.ent_at = {e.start: e for e in self.speakers.ents}
        end = place.right_edge.i + 1
        name = next((self.ent_at[i] for i in range(place.i + 1, end) if i in self.ent_at), None)
        if name is not None and name.end <= end:
            body = text_span(self.doc, place.idx, name.end_char)
            return Speaker(body.text, body, "organization")
        words = [t.lower_ for t in self.doc[place.i:end]]
        same_lemma = word_index(self.doc, LEMMA).get(place.lemma, [])
        for first in reversed(same_lemma[:bisect_left(same_lemma, place.i + 1)]):
            name = self.ent_at.get(first + len(words))
            if name is not None and [t.lower_ for t in self.doc[first:name.start]] == words:
                body = text_span(self.doc, self.doc[first].idx, name.end_char)
                return Speaker(body.text, body, "organization")
        return None

    def _subject_misread(self, piece: tuple, subject: Token) -> bool:
        """'Le président X, recevant ses hôtes, a évalué les besoins à …', 'L'avocat de Y, 31 ans, a plaidé
        l'acquittement': the parser took the object for an inverted subject and the real subject, cut off by
        its apposition, for a preposed report. A verbless unquoted phrase before a cue whose 'subject' can
        name nobody is the speaker's own phrase, and the object is what was said, never who said it."""
        if piece[2] is not None or subject.pos_ in ("PRON", "PROPN") or self.speakers.names_speaker(subject):
            return False
        span = self.doc.char_span(piece[0], piece[1], alignment_mode="expand")
        # 'Après une mi-temps qu'il a jugée solide, l'entraîneur, X, a regretté …': a relative clause's
        # verb qualifies a noun of the phrase, it does not make the phrase a clause
        return span is not None and not any("Fin" in t.morph.get("VerbForm") and not _in_relative(t, span)
                                            for t in span)

    def _real_subject(self, piece: tuple) -> Optional[Token]:
        """The head of the phrase the parser cut off before the cue, when it can name a speaker; past a
        fronted adjunct ('Après une mi-temps …, l'entraîneur de Brest, Luc Amand, a regretté …') the last
        phrase without a preposition that names one."""
        span = self.doc.char_span(piece[0], piece[1], alignment_mode="expand")
        head = span.root if span is not None else None
        if head is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        if head.pos_ == "PROPN" or self.speakers.names_speaker(head):
            return head
        return next((t for t in reversed(span) if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "flat:name"
                     and not any(c.dep_ == "case" for c in t.children)
                     and (t.pos_ == "PROPN" or self.speakers.names_speaker(t))), None)

    def _relays_report(self, piece: tuple) -> bool:
        """'X a évoqué « … », rapportent nos confrères': a clause whose own reporting verb was already
        quoted is relayed, not said (a 'selon' inside it does not count, nor a participle set inside it:
        'Un soldat a été tué, où l'armée mène des raids affirmant viser X, a annoncé le ministère')."""
        for draft in reversed(self.drafts):
            if draft.end < piece[0]:
                return False
            cue = self.doc.char_span(*draft.cue, alignment_mode="expand") if draft.cue else None
            if cue is not None and piece[0] <= draft.cue[0] < piece[1] \
                    and any(t.pos_ in ("VERB", "AUX") and not present_participle(t) for t in cue):
                return True
        return False

    def _cue_bounds(self, cue: Token) -> tuple[int, int]:
        """The cue with its auxiliaries, from the light verb of a two-word cue ('a fait savoir')."""
        end = self.content.cue_bounds(cue)[1]
        lemma = self._cue_lemma(cue) or ""
        if lemma.count(" ") == 2:    # a three-word locution always starts at its verb
            last = self._locution_last(cue)     # past an aside: 'met pour sa part en garde'
            return self.content.cue_bounds(cue)[0], last.idx + len(last)
        if " " in lemma and lemma.split()[0] == cue.lemma_:
            return self.content.cue_bounds(cue)[0], self.doc[cue.i + 1].idx + len(self.doc[cue.i + 1])
        first = self.doc[cue.i - 1] if " " in lemma else cue
        if self._inverted_modal(cue):
            first = cue.head     # 'peut-on lire': the inverted modal opens the incise
        if first is cue:
            return self._cue_start(first), end
        # 'a fait savoir': the parse may hang the auxiliary on the second verb, not on the light one
        auxiliary = next((c for c in cue.children if c.dep_ == "aux:tense" and c.i == first.i - 1), None)
        return min(self.content.cue_bounds(first)[0], auxiliary.idx if auxiliary is not None else end), end

    def _cue_start(self, verb: Token) -> int:
        """Where the cue starts, over an adverbial set after its auxiliary ('a pour sa part dit')."""
        start = self.content.cue_bounds(verb)[0]
        first = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return self.doc[auxiliary_before(self.doc, verb, first.start)].idx if first is not None else start

    def _source(self, head: Token, cue: Optional[Token] = None) -> Optional[Speaker]:
        """The speaker behind a report noun ('un communiqué du ministère') or ``head`` itself."""
        until = cue.i if cue is not None else None
        return self.speakers.report_author(head) or self.speakers.resolve(head, until=until)

    def _incise(self, cue: Token) -> None:
        """'« Nous reconstruirons, a-t-il dit, mais il faudra des années. »': a cue set between
        commas inside the quotation splits it into two direct quotes."""
        segment = next(s for s in self.speech_segments if s.start <= cue.idx < s.end)
        bounds = self._cue_bounds(cue)
        subject = self._clitic(cue) or self._inverted_subject(cue)
        if subject is None:
            return
        opening = self.doc.char_span(segment.open, segment.open + 1, alignment_mode="expand")
        if subject.text.startswith("-") and opening is not None and opening.start > cue.sent.start:
            # 'Le ministre X a reçu les lauréats : « … a-t-il déclaré … »': the clitic stands for the subject
            # of the narrator's clause before the quotation, in the same sentence
            self._remember_subjects(cue.sent, opening.start)
        # '« …, écrit le communiqué de l'institut. … »': a document speaks for its author
        author = None if subject.text.startswith("-") else self.speakers.report_author(subject)
        # 'a estimé Me Carole Vidal': the parse may make the form of address the subject, the name its sibling
        subject = self.speakers.past_honorific(subject)
        if author is None and not (subject.text.startswith("-") or self.speakers.names_speaker(subject)
                                   or any(t.pos_ == "PROPN" or t.ent_type_ for t in subject.subtree)):
            return      # '« …, répondront des motions de censure. … »': the verb's subject is no speaker
        # 'a déploré le Dr X, mais …': the parse may hang the comma closing the incise on its subject
        last = subject.right_edge.i - (subject.right_edge.text == "," and subject.right_edge.i > subject.i)
        self._split_at_incise(segment, bounds, max(cue.i, last), lambda: author or self.speakers.resolve(subject),
                              bare=subject.text.startswith("-"))

    def _source_incise(self, first: Token) -> None:
        """'« Les caisses sont vides, selon Mme Roux, et personne ne le dit. »': a 'selon' phrase set
        inside the quotation after a comma is an incise too; its phrase names the speaker."""
        segment = next(s for s in self.speech_segments if s.start <= first.idx < s.end)
        cue_end = first.idx + len(self._preposition_at(first))
        after = next((t.i for t in self.doc[first.i:first.i + 3] if t.idx >= cue_end), None)
        stop = next((t.i for t in self.doc[after:len(self.doc)] if t.is_punct or t.idx >= segment.end), None) \
            if after is not None else None
        if stop is None or stop == after:
            return
        phrase = self.doc[after:stop]
        named = phrase.root.pos_ == "PROPN" or any(t.ent_type_ in ("PER", "ORG") for t in phrase)
        if phrase.root.pos_ not in ("NOUN", "PROPN") or not self.speakers.can_be_source(phrase.root) \
                or not (named or self.speakers.names_speaker(phrase.root)):
            return      # '« …, selon les cas, … »': a criterion, not a speaker
        self._split_at_incise(segment, (first.idx, cue_end), stop - 1, lambda: self._source(phrase.root))

    def _split_at_incise(self, segment: QuotedSegment, bounds: tuple[int, int], last: int, speaker_of,
                         bare: bool = False) -> None:
        """Split ``segment`` around the incise ``bounds``…``last`` (its last token): the quotation before it
        and, when it resumes, after it, both said by ``speaker_of()``. An incise that closes the quotation
        ('« …, a lancé M. Roux. »') leaves the first part alone. A ``bare`` incise, whose clitic shows it
        ('« … de nos succès a-t-il déclaré. (...) Merci … »'), needs no comma before it."""
        before = self.text[segment.start:bounds[0]].rstrip()
        if not before.endswith(",") and not (bare and before[-1:].isalpha()):
            return
        after = self.content.resumption(last + 1, segment)
        tail = self.text[self.doc[last].idx + len(self.doc[last]):segment.end]
        if after is None and tail.strip(" .!?…\u00a0"):
            return
        speaker = speaker_of()
        first_end = self.content.trim(segment.start, segment.start + len(before))
        if len(self.text[segment.start:first_end].split()) > 1 or after is None:
            self._add(segment.start, first_end, bounds, speaker, "direct")    # '« Ainsi, a-t-il ajouté, … »': a
            # lone connective before the incise says nothing of its own
        if after is not None:
            self._add(self.doc[after].idx, segment.end, bounds, speaker, "direct")
        self.used_segments.add(segment)

    # -- bookkeeping ----------------------------------------------------------
    def _add(self, start: int, end: int, cue: Optional[tuple[int, int]], speaker: Optional[Speaker],
             kind: Optional[str] = None) -> None:
        if speaker is None or end <= start:
            return
        if kind is not None:
            self._keep(_Draft(start, end, kind, cue, speaker))
            self.used_segments.update(s for s in self.segments if start <= s.start and s.end <= end)
            return
        inner = [s for s in self.segments if start <= s.start and s.end <= end]
        whole = next((s for s in inner if covers(self.text, s, start, end)), None)
        if whole is not None:
            self._keep(_Draft(whole.start, whole.end, "direct", cue, speaker))
        else:
            kind = "mixed" if any(s.start < end and start <= s.open for s in self.segments) else "indirect"
            self._keep(_Draft(start, end, kind, cue, speaker))
        self.used_segments.update(s for s in self.segments if start <= s.close and s.open <= end)

    def _keep(self, draft: _Draft) -> None:
        if (draft.start, draft.end) in self.kept_spans:
            return      # '« … », a-t-il dit, a rapporté la présidence': the nearer cue names the speaker
        self.kept_spans.add((draft.start, draft.end))
        self.drafts.append(draft)
        self.in_found[draft.start:draft.end] = b"\x01" * max(0, draft.end - draft.start)

    def _inside_quotation(self, char: int) -> bool:
        return bool(self.in_speech[char])

    def _in_any_segment(self, char: int) -> bool:
        return bool(self.in_segment[char])

    def _inside_found(self, char: int) -> bool:
        return bool(self.in_found[char])

    def _segment_starting_after(self, char: int) -> Optional[QuotedSegment]:
        return next((s for s in self.segments if s.open >= char and not self.text[char:s.open].strip()), None)


def _to_quote(doc: Doc, qid: str, draft: _Draft) -> Quote:
    speaker = draft.speaker
    return Quote(
        id=qid, span=text_span(doc, draft.start, draft.end), kind=draft.kind,
        sentence=sentence_span(doc, draft.start),
        cue=text_span(doc, *draft.cue) if draft.cue else None,
        speaker=speaker.name if speaker else None, speaker_span=speaker.span if speaker else None,
        speaker_kind=speaker.kind if speaker else None, speaker_entity=speaker.entity if speaker else None,
    )


def _in_relative(token: Token, span: TokenSpan) -> bool:
    """``token`` belongs to a clause qualifying a noun inside ``span`` (a relative clause, which the
    parse may label a plain 'acl')."""
    while span.start <= token.i < span.end:
        if token.dep_ in ("acl:relcl", "acl"):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False
