"""Who a cue's subject is: the parse's subject, passive agent, clitic '-t-il', an inverted subject
after an incise's comma, or the subject of the clause the cue depends on, with the corrections
the parse needs (an apposition taken for the subject, an object taken for an inverted subject).
Mixed into ``quotes._QuoteFinder``; reads its ``doc``, ``text``, ``content``, ``speakers`` and helpers.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from recoupe.analyse.extensions import present_participle, stripped_end
from recoupe.analyse.quote_cues import clause_of_coordinated
from recoupe.analyse.quote_marks import QuotedSegment
from recoupe.analyse.quote_segments import SUBJECT_DEPS as _SUBJECT_DEPS

_ANTECEDENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obl:agent"})
#: the longest quotation read as a possible title of a work ('« Le Silence des digues » raconte …')
_TITLE_WORDS = 6


class SubjectPass:
    """Needs ``doc``, ``text``, ``config``, ``content``, ``speakers``, ``in_date`` and the finder's helpers."""

    def _subject(self, verb: Token) -> Optional[Token]:
        """The speaker's head: passive agent, subject, clitic '-t-il', inverted subject, or the
        subject of the governing verb (for 'soulignant que', 'contraint d'admettre que')."""
        main = self._out_of_relative(verb)
        found = self._gapped_subject(verb) or (self._clause_subject(main, verb) if main is not verb else None)
        found = found or self._attribute_subject(verb) or self._actor_of_object(verb) \
            or self._relative_clause_subject(verb) or self._clause_subject(verb, verb)
        if found is not None and present_participle(verb):
            return self._relative_speaker(found, verb) or found
        return found or self._preceding_subject(verb) or self._fronted_person(verb) or self._narrative_subject(verb) \
            or self._opening_participle_subject(verb)

    def _gapped_subject(self, verb: Token) -> Optional[Token]:
        """'… et Washington, allié de Kiev, affirmé ne pas …': a participle sharing the auxiliary of the
        clause before 'et' has the noun phrase after 'et' for its own subject."""
        if verb.pos_ != "VERB" or any(c.dep_.startswith("aux") for c in verb.children):
            return None
        for et in (t for t in reversed(self.doc[max(verb.sent.start, verb.i - 14):verb.i]) if t.lower_ == "et"):
            gapped = self.content.gapped_clause(et.i + 1)
            if gapped is not None and gapped[1].i == verb.i:
                return gapped[0]
        return None

    def _relative_speaker(self, subject: Token, verb: Token) -> Optional[Token]:
        """'Une attitude que Grenoble a fermement dénoncée, déplorant une « … »': a participle after a relative
        clause whose antecedent (the parse's subject) cannot speak goes on with the relative's own subject."""
        if subject.pos_ != "NOUN" or self.speakers.names_speaker(subject):
            return None
        while verb.dep_ == "conj" and present_participle(clause_of_coordinated(verb)):
            verb = clause_of_coordinated(verb)      # '…, déplorant une « … » et promettant …
        relative = next((c for c in subject.children if c.dep_ == "acl:relcl" and c.i < verb.i
                         and c.right_edge.i + 2 >= verb.i), None)
        speaker = next((c for c in relative.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ != "PRON"),
                       None) if relative is not None else None
        return speaker if speaker is not None and (speaker.pos_ == "PROPN" or self.speakers.names_speaker(speaker)) else None

    def _attribute_subject(self, verb: Token) -> Optional[Token]:
        """'Les pêcheurs se disent excédés par …': the parse may read a pronominal cue as the auxiliary of
        its attribute; the attribute's subject before the cue speaks (its 'par' agent is no speaker)."""
        if verb.dep_ != "aux:tense" or verb.head.i < verb.i or not self._reflexive(verb):
            return None
        return next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i
                     and not self._in_any_segment(c.idx)), None)

    def _actor_of_object(self, verb: Token) -> Optional[Token]:
        """'où l'armée mène des raids affirmant viser X': a participle glued to the object of a finite
        verb (no comma) tells what that verb's subject says of its act, whatever verb the parse hangs it on."""
        noun = self.doc[verb.i - 1] if verb.i else None
        if noun is None or not present_participle(verb) or noun.pos_ != "NOUN" or noun.dep_ not in ("obj", "obl:arg"):
            return None
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        return subject if "Fin" in noun.head.morph.get("VerbForm") and subject is not None \
            and not self._in_any_segment(subject.idx) else None

    def _relative_clause_subject(self, verb: Token) -> Optional[Token]:
        """'un sommet où des maires ont appelé à …': right after a relative pronoun, a
        noun phrase then the cue is the relative clause's own subject, which the parse may read as a
        complement (the article 'des' taken for a preposition) and so climb to the main clause's subject."""
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return None
        start = self.doc.char_span(*self.content.cue_bounds(verb), alignment_mode="expand")
        noun = self.doc[start.start - 1] if start is not None and start.start else None
        while noun is not None and noun.pos_ == "ADJ" and noun.i:
            noun = self.doc[noun.i - 1]
        if noun is None or noun.pos_ != "NOUN" or noun.i < 2:
            return None
        article, relative = self.doc[noun.i - 1], self.doc[noun.i - 2]
        return noun if article.lower_ in self.config.articles and "Rel" in relative.morph.get("PronType") else None

    def _clause_subject(self, current: Token, verb: Token) -> Optional[Token]:
        """The subject of ``current`` or of a clause it is the complement of, up to four levels."""
        for _ in range(4):
            found = self._own_subject(current, governing=current is not verb)
            if found is not None:
                return found
            if current.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "acl") or current.head is current:
                break
            # 'a rapporté 31 survols et constaté que …': a participle the parse hung on the object noun
            coordinated = current.dep_ == "conj" and current.pos_ == "VERB" and current.head.pos_ in ("NOUN", "PROPN")
            coordinated = coordinated and (self._shares_auxiliary(current) or present_participle(current))
            # 'X s'est penché sur le partenariat, rappelant que …': a participle set off by a comma that the
            # parse hangs on a noun goes on with the verb that noun depends on
            coordinated = coordinated or current.dep_ == "acl" and present_participle(current) and current.i \
                and self.doc[current.i - 1].text == "," and current.head.pos_ in ("NOUN", "PROPN")
            current = clause_of_coordinated(current) if coordinated else current.head
        return None

    def _out_of_relative(self, verb: Token) -> Token:
        """'X a admis avoir vu la scène où l'incendie a démarré, tout en jurant que …': a present
        participle set off by a comma shares the main clause's subject; the parse may hang it on the
        relative clause just before, whose subject ('l'incendie') says nothing. Returns the sentence's main verb then."""
        head = verb.head
        if verb.dep_ != "advcl" or head.dep_ != "acl:relcl" or not present_participle(verb) \
                or not any(t.text == "," for t in self.doc[max(0, verb.i - 3):verb.i]):
            return verb
        main = verb.sent.root     # 'la ministre juge que X adoptera le plan qui …, soulignant que': the narrator's clause
        return main if main.pos_ in ("VERB", "AUX") and main.i < head.i else verb

    def _preceding_subject(self, verb: Token) -> Optional[Token]:
        """'Washington estime que …' parsed as two sentences: the noun phrase right before a
        finite cue, when the parse gave the verb no subject at all."""
        if verb.i == 0:
            return None
        previous = self.doc[verb.i - 1]
        if previous.text == "," and verb.dep_ == "acl" and verb.head.i < previous.i and verb.head.pos_ in ("NOUN", "PROPN") \
                and self.speakers.apposition_closes(verb.head, previous.i):
            return verb.head    # 'La présidente, Julie Roux, revendique …' read as a clause hung on the noun
        if verb.pos_ != "NOUN" and "Fin" not in verb.morph.get("VerbForm"):
            return None
        while previous.dep_ in ("nmod", "amod", "flat:name", "flat") and verb.i > previous.head.i:
            previous = previous.head
        case = any(c.dep_ == "case" for c in previous.children)
        return previous if previous.pos_ in ("NOUN", "PROPN") and not case else None

    def _own_subject(self, verb: Token, *, governing: bool) -> Optional[Token]:
        children = [c for c in verb.children if not self._in_any_segment(c.idx)]   # a quote is no speaker
        # ', a fait savoir Me X': a name after the cue the parse calls an agent with no 'par' before it
        agent = next((c for c in children if c.dep_ == "obl:agent" and any(
            g.lower_ == "par" for g in c.children if g.dep_ == "case")), None)
        if agent is not None and not self._active_with_subject(verb, children):
            return agent
        clitic = self._clitic(verb)
        if clitic is not None:
            return clitic
        inverted = self._inverted_subject(verb)   # an incise ', a ajouté le ministre,' beats the parse
        if inverted is not None:
            return inverted
        if any(c.dep_ == "aux:pass" for c in children):
            # 'décrit comme … par plusieurs experts': the parse does not always label the agent
            agent = next((c for c in children if c.dep_.startswith("obl")
                          and any(g.lower_ == "par" for g in c.children if g.dep_ == "case")), None)
            if agent is not None or not governing:
                return agent     # an impersonal passive without agent names no speaker
        subject = next((c for c in children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None and "Rel" in subject.morph.get("PronType") and verb.dep_ == "acl:relcl":
            return self._relative_antecedent(verb, subject)     # 'le directeur, qui se réjouit de …
        # 'le capitaine Paul Roux, porte-parole de la police a dénoncé': a bare title after a name and a comma
        # is the name's apposition even when the comma closing it is missing
        bare = subject is not None and not any(c.dep_ == "det" for c in subject.children) \
            and self.speakers.names_speaker(subject) and not subject.ent_type_
        if subject is not None and subject.pos_ == "NOUN" and subject.i < verb.i \
                and (bare or any(c.dep_ == "det" for c in subject.children)):
            name = self._apposed_to(subject) or self._second_subject(subject, children)
            if name is not None and name.ent_type_ == "PER" and (name.dep_ in _ANTECEDENT_DEPS or name.dep_ == "ROOT"
                                                                 or bare and self._apposed_to_clause_noun(name)):
                return name     # 'Paul Roux, le gouverneur de …, a dénoncé': the person, not the title
        if subject is not None and (subject.pos_ in ("NOUN", "PROPN", "PRON") or subject.ent_type_):
            return subject
        return None

    def _relative_antecedent(self, verb: Token, relative: Token) -> Token:
        """The noun a relative stands for. Set off by a comma after a complement ('Anne Roux, présidente de
        l'association, qui juge …'), it stands for the phrase the complement belongs to, and a title set
        after a name and a comma for that name."""
        noun = verb.head
        if not relative.i or self.doc[relative.i - 1].text != ",":
            return noun
        while noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "case" for c in noun.children):
            noun = noun.head
        start = noun.left_edge.i
        if noun.pos_ != "NOUN" or not self.speakers.names_speaker(noun) or start < 2 or self.doc[start - 1].text != "," \
                or self.doc[start - 2].ent_type_ != "PER":
            return noun
        name = self.doc[start - 2]
        while name.dep_ in ("flat:name", "flat") and name.head.i < name.i:
            name = name.head
        return name

    @staticmethod
    def _apposed_to_clause_noun(name: Token) -> bool:
        """'le capitaine Paul Roux': a name apposed to a title that no preposition governs."""
        return name.dep_ == "appos" and not any(c.dep_ == "case" for c in name.head.children)

    @staticmethod
    def _second_subject(subject: Token, children: list) -> Optional[Token]:
        """'Le représentant de la Suède à l'ONU, Karl Berg, a déclaré': the parse may give the verb two
        subjects, the title and the name set off by a comma after it; the name is the apposition."""
        return next((c for c in children if c.dep_ == "nsubj" and subject.right_edge.i < c.i
                     and c.doc[c.i - 1].text == "," and c.ent_type_ == "PER"), None)

    @staticmethod
    def _active_with_subject(verb: Token, children: list) -> bool:
        """'que le colonel explique par plusieurs facteurs :': a finite active verb with its own subject
        has no agent; the 'par' phrase the parse labels so is the means or the reason."""
        return "Fin" in verb.morph.get("VerbForm") and not any(c.dep_ == "aux:pass" for c in children) \
            and any(c.dep_ == "nsubj" for c in children)

    def _clitic(self, verb: Token) -> Optional[Token]:
        """'a-t-il déclaré', 'déclare-t-elle': a hyphenated pronoun next to the verb."""
        first = verb.i
        lemma = self._cue_lemma(verb) or ""
        if " " in lemma and verb.i and self.doc[verb.i - 1].lemma_ == lemma.split()[0]:
            first = verb.i - 1      # 'a-t-il fait savoir': the clitic sits before the light verb
        before = [t for t in self.doc[max(first - 3, 0):first] if t.pos_ != "ADV"][-1:]
        for token in before + list(self.doc[verb.i + 1:verb.i + 3]):
            if token.text.startswith("-") and (token.lower_.lstrip("-") in self.speakers.pronouns
                                               or self._impersonal(token)):
                return token     # '-on' too, whose verb may place the saying in a body ('précise-t-on à la mairie')
        return None

    def _inverted_subject(self, verb: Token) -> Optional[Token]:
        """'…, ont déclaré mardi à Reuters des sources à Téhéran': the first determined noun
        after a cue that follows a comma, skipping prepositional phrases."""
        # ', a fait savoir son avocat': a two-word cue starts at its light verb
        start = self._cue_bounds(verb)[0] if " " in (self._cue_lemma(verb) or "") else self._cue_start(verb)
        # 'ajoutant' has no subject of its own; a cue read as a noun after a quotation is a finite verb
        finite = "Fin" in verb.morph.get("VerbForm") or start < verb.idx or verb.pos_ == "NOUN" \
            or self._after_quotation(verb)
        before = stripped_end(self.text, start)
        after_comma = before > 0 and self.text[before - 1] == "," or self._bare_inversion(verb)
        taken_up = self._quote_closing_at(start) or self._quote_before_cleft(start)
        if not finite or not (after_comma or taken_up) or self._apposed_subject(verb, start):
            return None
        bracket = None
        for token in self.doc[self._past_manner(verb):verb.sent.end]:
            if bracket is not None or token.text == "(":
                # ', a déclaré à l'Agence Ouest Presse (AOP) le colonel X': an acronym in brackets after the addressee
                bracket = None if token.text == ")" else token
                continue
            if token.text == "," or self.in_date[token.idx] or self._between_commas(token):
                continue    # ', a précisé, jeudi soir, Inès Moreau': a time set between commas
            if token.is_punct or token.pos_ in ("SCONJ", "VERB", "AUX") or token.lower_ in self.content.markers["que"]:
                return None
            if token.pos_ in ("NOUN", "PROPN") and not self.in_date[token.idx] and self._opens_subject_phrase(token):
                if token.ent_type_ == "MISC" and not self.speakers.names_speaker(token):
                    return None     # ', considère le F-16 comme …': an aircraft, a work, an event speaks for nobody
                if not after_comma and not self._can_speak_after_quotation(verb, token, taken_up):
                    return None     # '« Un dimanche à Lisbonne » raconte l'histoire d'un marin': a title as subject
                # 'L'armée, seule à voler, a démenti toute implication': the parse's object, after a subject of its own
                return None if self._object_after_subject(verb, token) else token
            if self.speakers.relative_demonstrative(token) or self.speakers.one_of_a_group(token):
                return token
        return None

    def _can_speak_after_quotation(self, verb: Token, token: Token, quotation: Optional[QuotedSegment]) -> bool:
        """With no comma after the closing mark, a quoted title may be the subject of a verb in the present
        ('« Un dimanche à Lisbonne » raconte l'histoire d'un marin'): a short verbless quotation without a
        comma, an exclamation or a question, before a simple-tense verb, is spoken only when the noun after
        the verb can speak. A quoted sentence, or a compound tense ('« … » a répété le délégué'), is words said."""
        words = self.doc.char_span(quotation.start, quotation.end, alignment_mode="expand") \
            if quotation is not None else None
        if words is None or len(words) > _TITLE_WORDS or any(t.text in (",", "!", "?") for t in words) \
                or any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in words) \
                or any(c.dep_.startswith("aux") for c in verb.children):
            return True
        return token.pos_ == "PROPN" or token.ent_type_ in ("PER", "ORG", "GPE") \
            or self.speakers.names_speaker(token) or self.speakers.report_author(token) is not None

    def _object_after_subject(self, verb: Token, token: Token) -> bool:
        """The parse's object of ``verb`` whose own subject precedes it with no finite verb in between
        (a clause before the comma would be the preposed content: 'Le site fermera, a annoncé le groupe')."""
        frames = self.config.cue_verbs.get(self._cue_lemma(verb) or "", [])
        if token.dep_ != "obj" or token.head.i != verb.i or not any(f.startswith("obj") for f in frames):
            return False    # 'Une équipe épuisée, a ajouté la capitaine, …': no object to report
        if token.ent_type_ == "PER" or self.speakers.names_speaker(token):
            return False    # '« … », a dénoncé M. Roux': a speaker the parse took for the object
        if self._mid_sentence_incise(verb) is not None:
            return False    # 'Le chantier, assure le ministre, sera terminé …': the clause goes on after the incise
        start = self.content.cue_bounds(verb)[0]
        subject = next((c for c in verb.lefts if c.dep_ in _SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")
                        and not self._in_any_segment(c.idx)), None)
        return subject is not None and not any(
            t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in self.doc[subject.i:verb.i]
            if t.idx < start)

    def _apposed_subject(self, verb: Token, cue_start: int) -> bool:
        """'Le porte-parole, Jean Dupont, a détaillé la position …': the comma before the cue
        closes the apposition of the verb's own subject, so the cue is not inverted."""
        if self._mid_sentence_incise(verb) is not None:
            return False    # 'Le chantier, assure le ministre, sera terminé': the subject alone, then an incise
        comma_char = stripped_end(self.text, cue_start) - 1
        comma = self.doc.char_span(comma_char, comma_char + 1, alignment_mode="expand")
        # '« Les salariés, explique le délégué, refusent … »': inside a quotation the words before the incise
        # are the quotation's, whatever the parse hangs on the incise's verb
        inside = self._inside_quotation(verb.idx)
        subjects = [c for c in verb.lefts if c.dep_ in _SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")
                    and not (inside and self._in_any_segment(c.idx))]
        if comma is not None and subjects and subjects[-1].right_edge.i == comma.start - 1 \
                and self._apposed_to(subjects[-1]) is not None:
            return True     # 'X, le gouverneur de …, a dénoncé via la messagerie Y': the parse took the apposition for the subject
        subject = subjects[0] if subjects else None
        if subject is None and verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN"):
            subject = verb.head     # 'Le ministre, Marc Roux, considère …' read as a clause hung on the noun
        return comma is not None and subject is not None and self.speakers.apposition_closes(subject, comma.start)

    def _apposed_to(self, subject: Token) -> Optional[Token]:
        """The name before ``subject`` and a comma, when the parse took that name's apposition
        ('Paul Roux, le gouverneur de …, a …') for the subject; None otherwise (or inside a quotation)."""
        first = subject.left_edge.i + (subject.left_edge.text == ",")    # the parse may hang the comma on it
        if first < 2 or self.doc[first - 1].text != "," or self._in_any_segment(subject.idx):
            return None
        name = self.doc[first - 2]
        while name.dep_ in ("flat:name", "flat") and name.head.i < name.i:
            name = name.head
        # '… un camp à Belvoir, une zone isolée, a déclaré X': a place after a preposition is a complement;
        # its apposition is no subject, and the cue is an incise
        governed = any(c.dep_ == "case" for c in name.children)
        return name if name.pos_ in ("NOUN", "PROPN") and not governed and not self._in_any_segment(name.idx) else None

    def _opens_subject_phrase(self, token: Token) -> bool:
        """A determined noun or a person's name, not the object of a preposition ('à l'AFP')."""
        previous = self.doc[token.i - 1]
        while previous.pos_ == "ADJ" and previous.i > 0:
            previous = self.doc[previous.i - 1]      # 'le Premier ministre', 'la nouvelle présidente'
        articles = self.config.articles
        fused = "Def" in previous.morph.get("Definite") and ("Sing" in previous.morph.get("Number")
                                                             or previous.lower_ not in articles)
        if previous.pos_ == "ADP" and fused:
            return False     # 'avant l'ouverture du sommet': a preposition fused with its article ('des' may be one)
        if previous.pos_ == "DET" or previous.lower_ in articles:
            before = self.doc[previous.i - 1]
            return not (before.pos_ == "ADP" and before.lower_ not in articles)
        # '…, analyse Marie Dupuis-Lenoir, cheffe de projet': a capitalised word right after the cue is
        # a name even when the recogniser missed it
        unrecognised = token.is_title and previous.pos_ == "VERB" and not token.ent_type_
        # '…, a indiqué Météo-Alpes': an organisation or a country named bare is a subject too
        named = token.ent_type_ in ("PER", "ORG", "GPE", "LOC") and token.ent_iob_ == "B"
        return (named or unrecognised) and previous.pos_ != "ADP"
