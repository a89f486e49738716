"""The reported content that follows an ordinary cue, read from the verb's valency
(quotes_cue_verbs.json): a que-clause, an infinitive, an object, 'comme', 'sur', 'de', or a
quotation after a colon. Mixed into ``reported_content.ContentFinder``, which supplies the
clause limits (``clause_end``, ``trim``) and the quotation segments.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from recoupe.analyse.extensions import present_participle
from recoupe.analyse.reported_clauses import by_agent, opens_subordinate, passive_subject

_WINDOW = 14
_OBJECT_FRAMES = ("obj", "obj_agent", "obj_quoted", "obj_said", "obj_indef", "obj_of")   # see quotes_cue_verbs.json
# a frame whose content counts only when it carries a quoted fragment: 's'engage à publier des
# « indicateurs »' reports words, 's'est engagé à livrer des blindés' a commitment
_QUOTED_ONLY = ("a_inf_quoted", "de_np_quoted", "a_np_quoted", "comme_quoted")   # 'parle d'une « crise »', 's'affiche comme « … »'
# frames whose subject must be able to speak: 'les chiffres font état d'une baisse' reports nothing
_AGENT_FRAMES = ("obj_agent", "obj_of", "sur", "contre", "de_np", "de_np_quoted", "a_np", "a_np_indef", "a_np_quoted",
                 "que_agent")
# frames whose subject must be a document with an author: 'le sondage Odalis montre que …' reports the
# institute, 'la hausse montre que …' nothing
_REPORT_FRAMES = ("que_report",)


class FrameFinder:
    """The complement of a cue; the attributes (doc, text, segments, markers, said_nouns, articles)
    are set by ContentFinder."""

    # -- ordinary cue: the content follows ---------------------------------------
    def complement(self, cue: Token, valency: list[str], *, speaking_subject: bool,
                   authored_subject: bool = False) -> Optional[tuple[int, int]]:
        """The reported content after ``cue``; an agent frame (_AGENT_FRAMES) needs a subject that can speak
        ('la situation exige une réponse' reports nothing)."""
        window = self._window(cue)
        # 'le squat a été dénoncé par une voisine': a passive verb's object became its subject
        passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in cue.children)
        # 'n'a annoncé aucune mesure', 'n'a pas souligné le risque': a negated verb's plain object was not said
        negated = any("Neg" in c.morph.get("Polarity") for c in cue.children)
        # 'les riverains ont été invités à partir': the subject of a passive call is its addressee, and
        # with no 'par' agent nobody is named who spoke
        # (the parse may read 'ont été invités' as a copula and an adjective-like participle)
        copula = "Part" in cue.morph.get("VerbForm") and any(c.dep_ == "cop" for c in cue.children)
        unvoiced = (passive or copula) and not any(c.dep_ == "obl:agent" for c in cue.children)
        for frame in valency:
            if frame in _AGENT_FRAMES and not speaking_subject or frame in _REPORT_FRAMES and not authored_subject or (frame in _OBJECT_FRAMES or frame == "a_amount") and passive \
                    or unvoiced and frame.startswith(("a_inf", "a_np")) \
                    or negated and frame in _OBJECT_FRAMES and frame != "obj_quoted":
                continue
            if frame == "passive":
                relayed = passive_subject(cue) if passive and by_agent(cue) else None
                if relayed is not None:
                    return relayed
                continue
            if frame == "colon":
                quoted = self._quote_after_colon(cue)
                if quoted is not None:
                    return quoted
                continue
            start = self._frame_start(frame, window, cue)
            if start is not None:
                end = self.clause_end(start, cue.sent)
                # 'demander X à Y' asks Y: only a stance verb's 'à' argument passes a sentence ('condamner X à')
                if not self._object_reports(frame, start, end) or frame == "obj" and self._patient(cue):
                    continue
                if frame.removesuffix("_quoted") in ("comme", "de_attr", "a_np"):   # "appelle à la « retenue »" ends there
                    end = self._first_quote_end(start, end)
                elif frame in ("que", "que_agent", "que_report", "inf"):
                    end = self._second_act_end(cue, start, end)
                elif frame in _OBJECT_FRAMES:
                    end = self._object_end(cue, start, end)
                end = self._relative_incise_end(cue, start, end)
                end = self._before_postposed_cue(cue, start, end)
                end = self._before_adjunct_after_quote(start, end)
                return (start, end) if end > start else None
        return None

    def _before_adjunct_after_quote(self, start: int, end: int) -> int:
        """'se disent « très inquiets » après l'annonce', 'réclament « des mesures » depuis des mois': a
        complement opening on a quoted fragment ends with it when a time adjunct follows the closing mark."""
        segment = self._opens_quote(start)
        if segment is None or not segment.closed or segment.close >= end:
            return end
        following = self.doc.char_span(segment.close, end, alignment_mode="expand")
        first = next((t for t in following if not t.is_space), None) if following is not None else None
        adjunct = first is not None and first.lower_.replace("’", "'") in self.markers["adjunct_after_quote"]
        return segment.close if adjunct else end

    def _before_postposed_cue(self, cue: Token, start: int, end: int) -> int:
        """'Un soldat a été tué, où l'armée mène des raids affirmant viser X, a annoncé le ministère': a
        participle's content has no finite verb of its own, so a comma then a finite verb without a subject
        before it opens the sentence's postposed cue ('a annoncé le ministère'), which the content stops at."""
        if not present_participle(cue):
            return end
        return next((self.trim(start, comma.idx) for comma in self._commas(cue, start, end)
                     if self._finite_verb_at(comma.i + 1) and not self._subject_before(comma.i + 1)), end)

    def _commas(self, cue: Token, start: int, end: int):
        """The commas of the content ``start``-``end`` after ``cue``, outside quotations."""
        for token in self.doc[cue.i + 1:cue.sent.end]:
            if token.idx >= end:
                return
            if token.text == "," and token.idx > start and not self._in_segment(token.idx):
                yield token

    def _subject_before(self, i: int) -> bool:
        """The verb group starting at ``i`` has its subject before it."""
        verb = self.doc[i] if self.doc[i].pos_ == "VERB" else self.doc[i].head
        return any(c.dep_.startswith("nsubj") and c.i < i for c in verb.children)

    def _relative_incise_end(self, cue: Token, start: int, end: int) -> int:
        """'Le syndicat, qui a estimé que la réforme était injuste, appelle à la grève': a cue inside a
        relative clause set between commas reports up to the comma after which the main clause's verb
        comes (the parse often hangs that verb on the report)."""
        relative = next((c for c in cue.children if c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType")), None)
        if relative is None or not relative.i or self.doc[relative.i - 1].text != ",":
            return end
        aside = False     # a comma not followed by a verb opens an aside inside the report, the next
        for comma in self._commas(cue, start, end):    # closes it ('que les travaux, commencés en mai, seront')
            if not aside and self._finite_verb_at(comma.i + 1):
                return self.trim(start, comma.idx)
            aside = not aside
        return end

    def _finite_verb_at(self, i: int) -> bool:
        """A finite verb at ``i``, past adverbs and the negation ('n'a pas', 'souligne aussi')."""
        while i < len(self.doc) and (self.doc[i].pos_ == "ADV" or "Neg" in self.doc[i].morph.get("Polarity")):
            i += 1
        return i < len(self.doc) and self.doc[i].pos_ in ("VERB", "AUX") and "Fin" in self.doc[i].morph.get("VerbForm")

    def _quote_after_colon(self, cue: Token) -> Optional[tuple[int, int]]:
        """'X s'inquiète pour la suite : « … »', 'Elle rebondit, mardi : « … »': a quotation opened
        right after a colon that follows the cue and its adjuncts; a verb or a sentence end before
        the colon means the colon belongs to another clause."""
        for token in self.doc[cue.i + 1:min(len(self.doc), cue.i + _WINDOW)]:
            if token.text == ":":
                after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
                segment = self._opens_quote(after.idx) if after is not None else None
                if segment is None:
                    return None
                return self._fragment_and_clause(segment, cue.sent) or (segment.start, segment.end)
            if token.text in (".", "!", "?", ";") or token.is_quote or token.pos_ in ("VERB", "AUX") \
                    or token.lower_ in self.markers["que"]:
                return None
        return None

    def _fragment_and_clause(self, segment, sent) -> Optional[tuple[int, int]]:
        """'X l'avait indiqué : « pas question de céder », les retraites ne bougeront pas': a verbless quoted
        fragment after the colon, then a comma and a clause of its own, is one mixed report up to the
        clause's end (the fragment sums up what the clause spells out)."""
        words = self.doc.char_span(segment.start, segment.end, alignment_mode="expand")
        rest = self.text[segment.close:segment.close + 3] if segment.closed else ""
        if words is None or not rest.startswith(",") or any(_finite(t) for t in words):
            return None
        start = segment.close + 1
        end = self.clause_end(start, sent)
        clause = self.doc.char_span(start, end, alignment_mode="expand")
        if clause is None or not any(_finite(t) for t in clause) or self._in_segment(end) \
                or end < self.trim(start, sent.end_char) or clause[0].pos_ not in ("DET", "NOUN", "PROPN", "PRON") \
                or any(t.text == "," and t.i + 1 < len(self.doc) and _finite(self.doc[t.i + 1]) for t in clause):
            return None     # '…, a-t-il ajouté', '…, puis il a quitté la salle': the narrator goes on
        return (segment.open, end)

    def _patient(self, cue: Token) -> bool:
        """'le tribunal a condamné l'accusé à dix ans', 'l'a condamnée à rembourser': an object with an 'à'
        argument of its own is the one the act befalls (a sentence, a push), not what was said."""
        near = [cue] + [c for c in cue.children if c.dep_ in ("obj", "xcomp") and c.i > cue.i]
        # 'a félicité au passage les joueurs': an 'à' before the object is an adjunct
        after = max((c.i for c in near[1:] if c.dep_ == "obj"), default=cue.i)
        return any(c.dep_ in ("obl:arg", "xcomp") and c.i > after
                   and any(g.dep_ in ("case", "mark") and g.lower_ in self.markers["a_np"] for g in c.children)
                   for t in near for c in t.children)

    def _object_reports(self, frame: str, start: int, end: int) -> bool:
        """Whether a restricted object frame holds: 'a annoncé la fermeture du site' is narration,
        'le « courage » de' or 'a rejeté les accusations' is a report; an object with a
        demonstrative reports only when it is quoted or something said."""
        quoted = any(start <= s.open < end for s in self.segments)
        phrase = self.doc.char_span(start, end, alignment_mode="expand")
        said = phrase is not None and phrase.root.lemma_ in self.said_nouns
        if frame in _OBJECT_FRAMES and phrase is not None and not (quoted or said) and any(
                "Dem" in c.morph.get("PronType") for c in phrase.root.children if c.dep_ == "det"):
            return False   # 'a confirmé ce chiffre' points back to the narration; 'a rejeté ces accusations' reports
        if frame == "obj_of":
            return quoted or phrase is not None and self._of_someone_or_something(phrase.root)
        if frame not in ("obj_quoted", "obj_said") + _QUOTED_ONLY:
            return True
        if frame == "de_np_quoted" and phrase is not None and _counted(phrase):
            return True    # 'les rebelles parlent de 40 morts': a count is a figure claimed by someone
        return quoted or frame == "obj_said" and (said or phrase is not None and self._sweeping(phrase.root))

    def _sweeping(self, noun: Token) -> bool:
        """'a rejeté toute ingérence', 'rejettent tout lien avec …': a 'tout' object denies a claim
        whatever the noun, while 'a rejeté le recours' is a vote on a text."""
        return any(c.dep_ == "det" and c.lower_ in self.markers["sweeping_det"] for c in noun.children)

    def _of_someone_or_something(self, noun: Token) -> bool:
        """'a salué la libération des otages', 'salue le courage de l'équipe': an act or a quality of
        someone is assessed; 'a salué la foule' greets people."""
        return any(c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in self.markers["de_np"] for g in c.children)
                   for c in noun.children if c.i > noun.i)

    def _window(self, cue: Token) -> list[Token]:
        """Tokens after the cue up to its complement, skipping a parenthetical ', …,'."""
        tokens, i, sent_end = [], cue.i + 1, self._sentence_end(cue)
        while i < min(sent_end, cue.i + _WINDOW):
            token = self.doc[i]
            if token.text == ",":
                close = self._parenthetical_close(i, min(sent_end, cue.i + _WINDOW))
                if close is not None:
                    i = close + 1
                    continue
                break
            # 's'est dite « choquée »', 's'est dit "très déçu"': only quote marks and adverbs before it
            attribute = _is_participle(token) and self._only_marks_and_adverbs(cue.i + 1, i)
            # 'invite les riverains qui le souhaitent à partir': a relative clause on the object
            relative = token.dep_ == "acl:relcl" and cue.i < token.head.i < token.i
            if token.pos_ in ("AUX", "VERB") and "Inf" not in token.morph.get("VerbForm") \
                    and not attribute and not relative:
                break
            tokens.append(token)
            i += 1
        return tokens

    def _parenthetical_close(self, comma: int, stop: int) -> Optional[int]:
        """'a indiqué, pour sa part, que …', 'indique, elle, avoir …', 'a affirmé, lundi, sur une radio,
        que …': the comma closing one or more asides set between the cue and its content, when 'que' or
        an infinitive follows it; None when a finite verb comes first (a clause of the narrator's)."""
        first = True    # the first aside may hold anything ('…, après avoir été interrogé, que …')
        for token in self.doc[comma + 1:stop]:
            if token.text in (".", ";", ":", "!", "?") or not first and token.pos_ in ("VERB", "AUX") \
                    and "Inf" not in token.morph.get("VerbForm"):
                return None
            if token.text == ",":
                if any(t.lower_ in self.markers["que"] or _is_infinitive(t) for t in self.doc[token.i + 1:token.i + 2]):
                    return token.i
                if first and any(t.pos_ in ("VERB", "AUX") and "Inf" not in t.morph.get("VerbForm")
                                 for t in self.doc[comma + 1:token.i]):
                    return None     # later asides only when the first one has no verb either
                first = False
        return None

    def _negation_start(self, infinitive: Token) -> int:
        """'a confirmé ne pas avoir été informé', 'nie n'avoir jamais signé': the negation set before
        the infinitive belongs to what was said (it is read past as an adverb)."""
        i = infinitive.i
        while i - 1 > 0 and self.doc[i - 1].pos_ == "ADV" and infinitive.i - i < 3:
            i -= 1
        negation = next((t for t in self.doc[i:infinitive.i] if "Neg" in t.morph.get("Polarity")
                         or t.lower_.replace("’", "'") in ("ne", "n'")), None)
        return negation.idx if negation is not None else infinitive.idx

    def _sentence_end(self, cue: Token) -> int:
        """The end of the cue's written sentence: the parse sometimes cuts a sentence at a name
        ('a assuré mercredi son homologue Jan Novak que …')."""
        rest = self.written_sentence(cue.i)
        return max(cue.sent.end, rest[-1].i + 1 if rest else cue.i + 1)

    def _frame_start(self, frame: str, window: list[Token], cue: Token) -> Optional[int]:
        frame = frame.removesuffix("_quoted") if frame in _QUOTED_ONLY else "que" \
            if frame in ("que_agent", "que_report") else frame
        following = [t for t in window if t.pos_ != "ADV"]
        markers = self.markers.get(frame, [])
        if frame == "que":   # the cue's own 'que', not one inside an infinitive ('ne viser que')
            first_infinitive = next((n for n, t in enumerate(window) if _is_infinitive(t)), len(window))
            que = next((t for t in window[:first_infinitive] if t.lower_ in markers), None)
            return self.doc[que.i + 1].idx if que is not None and que.i + 1 < len(self.doc) else None
        if frame == "inf":   # 'a dit mardi sur une radio être en contact avec …': past the adjuncts
            following = self._without_adjuncts(following)
            # 'disent s'en prendre à …', 'affirme l'avoir vu': object clitics stand before the infinitive
            clitics = next((n for n, t in enumerate(following[:3]) if t.pos_ != "PRON"   # "s'" may be read as 'si'
                            and t.lower_.replace("’", "'") not in self.markers["reflexive"]), len(following))
            if clitics and clitics < len(following) and _is_infinitive(following[clitics]):
                return following[0].idx
            return self._negation_start(following[0]) if following and _is_infinitive(following[0]) else None
        if frame == "a_np_indef":   # 'appelle à une relance des négociations', not the stock 'à la prudence'
            start = self._frame_start("a_np", window, cue)
            opening = self.doc.char_span(start, start + 1, alignment_mode="expand") if start is not None else None
            return start if opening is not None and "Ind" in opening[0].morph.get("Definite") else None
        if frame in ("sur", "contre", "de_np", "a_np"):   # 'table sur une hausse', 'fait état d'un « échec »', 'appelle au « calme »'
            marker = next((t for t in window if t.lower_ in markers), None)
            after = self.doc[marker.i + 1] if marker is not None and marker.i + 1 < len(self.doc) else None
            if after is not None and after.text == "'" and after.i + 1 < len(self.doc):
                after = self.doc[after.i + 1]     # "d'«" is split into 'd', "'", '«'
            head = after
            while head is not None and head.dep_ in ("advmod", "fixed") and head.i + 1 < min(len(self.doc), after.i + 3):
                head = self.doc[head.i + 1]     # "fait état d'au moins dix blessés", "de près de cent"
            # 'a appelé à 22 heures', 'appelle à Lyon': after 'à' a number or a name is a time or a place, not a call
            tags = ("DET", "NOUN") if frame == "a_np" else ("DET", "NOUN", "PROPN", "NUM")
            nominal = head is not None and (head.pos_ in tags or self._opens_quote(head.idx))
            return after.idx if nominal else None
        if frame == "a_amount":
            return self._amount_start(following, markers)
        if frame in ("a_inf", "de_inf", "obj_de_inf"):
            if frame == "obj_de_inf":   # 'a accusé mardi l'agence de …': the accused, past a date
                following = self._without_adjuncts(following) or following
            for t in window:
                infinitive = self._infinitive_after(t) if t.lower_ in markers else None
                if infinitive is not None:
                    return following[0].idx if frame == "obj_de_inf" else infinitive.idx
                if frame == "obj_de_inf" and t.lower_ in markers and following and t is not following[0] \
                        and t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "NOUN":
                    return following[0].idx   # 'accusé son rival de fraude': the charge may be a noun
            return None
        if frame in ("comme", "de_attr"):
            marker = next((t for t in window if t.lower_ in markers), None)
            after = marker.i + 1 if marker is not None else cue.sent.end
            while after < cue.sent.end and self.doc[after].text == "'":
                after += 1    # "d'«" is split into 'd', "'", '«'
            return self.doc[after].idx if after < cue.sent.end else None
        if frame in _OBJECT_FRAMES:
            return self._object_start(frame, cue, following)
        if frame == "attr":   # 's'est dit « choqué par … »', 's'est dite alarmée par …'
            words = [t for t in following if not t.is_quote]
            # 'se disent victimes d'un oubli', 's'est dit candidat': a bare noun is an attribute too
            attribute = bool(words) and (words[0].pos_ == "ADJ" or _is_participle(words[0])
                                         or words[0].pos_ == "NOUN" and not _determined(words[0]))
            adjacent = bool(words) and self._only_marks_and_adverbs(cue.i + 1, words[0].i)
            return following[0].idx if attribute and adjacent else None
        return None

    def _amount_start(self, following: list[Token], markers: list[str]) -> Optional[int]:
        """'a estimé à deux mille le nombre de sinistrés', 'évalue à 40 % la part de …': 'à', an amount,
        then the determined noun it measures (the verb's object, set after the amount)."""
        # past a short adjunct ('a par ailleurs évalué à …', 'estime mardi à …')
        marker = next((t for t in following[:3] if t.lower_ in markers), None)
        if marker is None:
            return None
        amount = next((t for t in self.doc[marker.i + 1:marker.i + 5] if t.like_num or t.pos_ == "NUM"), None)
        measured = next((t for t in self.doc[marker.i + 2:marker.i + 8] if t.pos_ == "NOUN" and _determined(t)
                         and t.dep_ in ("obj", "dep") and not any(c.dep_ == "case" for c in t.children)), None)
        return marker.idx if amount is not None and measured is not None and amount.i < measured.i else None

    def _partitive(self, noun: Token) -> bool:
        """'réclament de nouvelles mesures': the plural partitive before an adjective is a 'de'
        the parse hangs on the noun as a case marker, yet it determines the noun."""
        lefts = list(noun.lefts)
        return any(c.dep_ == "case" and c.lower_ in self.markers["de_np"] for c in lefts) \
            and any(c.dep_ == "amod" for c in lefts)

    def _only_marks_and_adverbs(self, start: int, end: int) -> bool:
        return all(t.is_quote or t.pos_ == "ADV" for t in self.doc[start:end])

    def _object_start(self, frame: str, cue: Token, following: list[Token]) -> Optional[int]:
        """Where the nominal object starts: the parse's object, which may stand after a date or a
        place ('a condamné dimanche l'incursion'), else the first word after the cue, which may
        open a quotation ('a dénoncé « une campagne … »')."""
        parsed = next((c for c in cue.children if c.dep_ == "obj" and c.i > cue.i
                       and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and (_determined(c) or self._partitive(c)))), None)
        if parsed is not None:
            first, article = parsed.left_edge, next((c for c in parsed.lefts if c.dep_ == "det"), parsed)
        else:
            following = self._without_adjuncts(following)
            quoted = len(following) > 1 and self._opens_quote(following[0].idx)
            first = following[0] if following else None
            article = following[1] if quoted else first
        counted = article is not None and article.pos_ == "NUM" and article.dep_ == "nummod"
        if first is None or article is None or article.pos_ not in ("DET", "NOUN", "PROPN") and not counted:
            return None
        if frame == "obj_indef" and "Ind" not in article.morph.get("Definite"):
            return None   # 'évoque un sabotage' reports a hypothesis, 'évoque la situation' a topic
        # 'a dénoncé « un mépris total » des salariés': the parse may leave the opening mark out of the object
        opened = next((s for s in self.segments if s.start == first.idx and s.open < first.idx), None)
        return opened.open if opened is not None else first.idx

    def _without_adjuncts(self, tokens: list[Token]) -> list[Token]:
        """The words after a cue from its object on, past a bare date ('mardi soir') and prepositional
        phrases ('dans un communiqué', 'sur les réseaux sociaux') the parse failed to set apart."""
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token.pos_ == "ADP" and token.lower_ not in self.articles:   # 'des' is sometimes read as ADP
                i += 1
                while i < len(tokens) and (tokens[i].pos_ in ("DET", "NOUN", "PROPN", "ADJ")
                                           and not (tokens[i].pos_ == "DET" and tokens[i - 1].pos_ != "ADP")
                                           or self._contracted_complement(tokens[i], tokens[i - 1])):
                    i += 1     # the phrase ends where a new article opens the object
            elif token.pos_ == "NOUN" and not _determined(token):
                i += 1
            else:
                break
        return tokens[i:]

    def _contracted_complement(self, token: Token, previous: Token) -> bool:
        """'à l'encontre du prévenu', 'dans le cadre des débats': a contracted 'de' + article the parse
        reads as a case marker, after a noun, goes on with the adjunct (as an article it opens the object)."""
        return token.pos_ == "ADP" and token.dep_ == "case" and token.lower_ in self.articles \
            and previous.pos_ in ("NOUN", "PROPN")

    def _infinitive_after(self, token: Token) -> Optional[Token]:
        """The infinitive after 'à' / 'de', past a reflexive pronoun, an opening quotation mark
        ('invite à « accélérer » les travaux') or adverbs ('promet de ne plus augmenter', 'de mieux contrôler')."""
        for t in self.doc[token.i + 1:token.i + 5]:
            if _is_infinitive(t):
                return self.doc[token.i + 1]
            if t.lower_ not in self.markers["reflexive"] and self._opens_quote(t.idx) is None and t.pos_ != "ADV":
                return None
        return None

    def _object_end(self, cue: Token, start: int, end: int) -> int:
        """'salue le « calme » des électeurs et demande aux candidats …', '… a évoqué « une crise »,
        rapportent nos confrères': a noun object ends where a second verb takes over, coordinated
        with the cue or inverted after a comma (the parse may tag a coordinated verb as a noun)."""
        span = self.doc.char_span(start, end, alignment_mode="expand") or []
        for token in span[1:-1]:
            if self._gerund_on(cue, token):
                return self.trim(start, token.idx)   # 'a annoncé la vente du site tout en rappelant que …'
            if token.text not in (",", "et") or self._in_segment(token.idx):
                continue
            following = self.doc[token.i + 1]
            # French coordinates nouns with their article: a bare common noun after 'et' is a verb misread
            bare = token.text == "et" and following.pos_ == "NOUN" and not _determined(following) \
                and not self._in_segment(following.idx)
            coordinated = bare or following.dep_ == "conj" and following.head.i == cue.i \
                or token.text == "et" and self.gapped_clause(token.i + 1) is not None \
                or token.text == "et" and following.pos_ == "VERB" and present_participle(following)   # 'et promettant
            if coordinated or following.pos_ in ("VERB", "AUX") and "Fin" in following.morph.get("VerbForm") \
                    or token.text == "," and (self._main_clause_resumes(cue, following) or opens_subordinate(following)):
                return self.trim(start, token.idx)
        return end

    def _gerund_on(self, cue: Token, token: Token) -> bool:
        """'en' (or 'tout en') opening a gerund: the speaker's next act, whatever the parse hangs it on;
        a noun phrase holds no gerund."""
        if token.lower_ not in self.markers["gerund"] and not (token.pos_ == "ADV" and token.i + 1 < len(self.doc)
                                                               and self.doc[token.i + 1].lower_ in self.markers["gerund"]):
            return False
        verb = next((t for t in self.doc[token.i + 1:token.i + 3] if t.pos_ == "VERB"), None)
        return verb is not None and present_participle(verb) and not self._in_segment(token.idx)

    def _second_act_end(self, cue: Token, start: int, end: int) -> int:
        """'a déclaré qu'elle contesterait le vote et a exhorté ses soutiens à …': 'et' then the cue's own
        auxiliary and a participle without subject goes back to the cue's subject; the parse
        may hang it inside the reported clause, but the report ends before it."""
        aux = next((c for c in cue.children if c.dep_ == "aux:tense"), None)
        span = self.doc.char_span(start, end, alignment_mode="expand") or []
        for token in span[1:-1]:
            if token.lower_ != "et" or self._in_segment(token.idx):
                continue
            verb = self.doc[token.i + 1]
            if verb.pos_ not in ("AUX", "VERB") or "Fin" not in verb.morph.get("VerbForm"):
                continue
            # only a compound tense tells: the simple present is too often the reported subject's own verb
            head = verb.head if verb.pos_ == "AUX" else verb
            same = aux is not None and verb.lower_ == aux.lower_ and verb.pos_ == "AUX"
            if same and not any(c.dep_.startswith("nsubj") or c.dep_ == "aux:pass" for c in head.children):
                return self.trim(start, token.idx)
        return end

    def _main_clause_resumes(self, cue: Token, following: Token) -> bool:
        """'Dénonçant « un abandon » des campagnes, les élus ont quitté la séance': the object of a
        fronted participle ends at the comma where the subject of the verb it hangs on opens."""
        if cue.dep_ != "advcl" or cue.head.i < cue.i or "Part" not in cue.morph.get("VerbForm"):
            return False
        noun = following if following.pos_ in ("NOUN", "PROPN", "PRON") else following.head
        return noun.dep_.startswith("nsubj") and noun.head.i == cue.head.i and noun.i <= cue.head.i

    def _first_quote_end(self, start: int, end: int) -> int:
        segment = next((s for s in self.segments if start <= s.open < end), None)
        near = segment is not None and len(self.text[start:segment.open].split()) <= 2
        return min(end, segment.close) if near else end



def _is_participle(token: Token) -> bool:
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")


def _is_infinitive(token: Token) -> bool:
    return "Inf" in token.morph.get("VerbForm")


def _counted(phrase) -> bool:
    """A phrase opening on a number, past an adverb ('40 morts', 'au moins 3 000 manifestants'); the
    parse may tag the digits as determiners, so the written form decides."""
    first = next((t for t in phrase if t.pos_ != "ADV" and t.dep_ != "fixed"), None)
    counted = next((t for t in phrase[first.i - phrase.start:] if not t.like_num), None) if first is not None else None
    # 'a parlé de 2020 comme …' names a year: only a number before a noun counts something
    return first is not None and first.like_num and counted is not None and counted.pos_ == "NOUN"


def _determined(noun: Token) -> bool:
    # a counted object is determined by its number: 'a requis dix ans de prison', 'réclame 5 % de hausse'
    return any(c.dep_ == "det" or c.dep_ == "nummod" and c.pos_ == "NUM" for c in noun.lefts)


def _finite(token: Token) -> bool:
    """A finite verb or auxiliary."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
