"""Whether a conditional or a reported clause is the narrator's reserve.

A conditional marks a claim only when the narrator uses it to pass on something
unverified; under a past reporting verb it is the concordance of tenses, after 'si'
or 'en cas de' a hypothesis, inside reported speech the speaker's own wording.
These readers are mixed into the claim finder (recoupe.analyse.claims).
"""
from __future__ import annotations

from spacy.tokens import Span as TokenSpan, Token

from recoupe.schema import Quote


class ConditionalReader:
    """Mixed into _ClaimFinder: needs doc, words, cue_verbs, quotes, segments,
    source_prepositions and _condition_phrase."""

    def _under_cue(self, marker: TokenSpan) -> bool:
        """A conditional in a clause governed by a reporting verb ('il a été annoncé que le
        festival serait annulé') is the concordance of tenses, not the narrator's reserve."""
        clause = _marker_verb(marker)
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        governor = clause.head
        return clause.dep_ in ("ccomp", "xcomp") and _past(governor) \
            and (governor.lemma_ in self.cue_verbs or governor.lemma_ + "r" in self.cue_verbs)

    def _hypothetical(self, marker: TokenSpan) -> bool:
        """'Si le projet aboutit, ce serait une première': a condition, not a reserve."""
        verb = marker.root.head if marker.root.pos_ == "AUX" or marker.root.dep_ == "cop" else marker.root
        subjects = {c.lower_ for c in verb.children if c.dep_.startswith("nsubj")}
        # 'la part des voix que chaque liste recueillerait': a computed projection, not a reserve
        relative = next((c for c in verb.children if "Rel" in c.morph.get("PronType") and c.i > 0), None)
        antecedent = verb.head if verb.dep_.startswith("acl") else self.doc[relative.i - 1] if relative else None
        supposed = self.words["quantity_nouns"] | self.words["projection_nouns"]   # 'un scénario où X diminuerait'
        if antecedent is not None and {antecedent.lemma_, antecedent.head.lemma_} & supposed:
            return True
        return bool(subjects & self.words["hypothetical_subjects"]) or self._condition_phrase_in(marker) or any(
            t.pos_ == "SCONJ" and t.lower_ in self.words["conditions"] for t in self._whole_sentence(marker)) \
            or _weighs_option(verb, marker) or self._future_in_past(marker) or self._counterfactual(marker) \
            or self._judged_case(verb) or self._projected_score(verb) or self._in_announced_projection(marker)

    def _asked_or_likened(self, marker: TokenSpan) -> bool:
        """A conditional that asks or likens passes nothing on in reserve, simple or compound."""
        verb = marker.root.head if marker.root.pos_ == "AUX" or marker.root.dep_ == "cop" else marker.root
        subjects = {c.lower_ for c in verb.children if c.dep_.startswith("nsubj")}
        return self._asked(verb, marker) or self._likeness(verb, subjects)

    def _asked(self, verb: Token, marker: TokenSpan) -> bool:
        """'La ville se dirigerait-elle vers la faillite ?': a question holds nothing in reserve, it
        asks; its subject is inverted after the verb ('-elle', '-t-il') or its sentence ends in '?'."""
        clitics = self.words["inverted_clitics"]
        if any(c.text[:1] == "-" and c.lower_.lstrip("-").removeprefix("t-") in clitics for c in verb.children):
            return True
        end = marker.end     # the parse may cut the sentence before its mark: read on to the stop
        while end < len(self.doc) and self.doc[end].text not in (".", "!", "?") and "\n" not in self.doc[end].text:
            end += 1
        return end < len(self.doc) and self.doc[end].text == "?"

    def _likeness(self, verb: Token, subjects: set[str]) -> bool:
        """'on se serait cru en plein été', 'on se croirait au bord de la mer': an impression told by
        a likeness, not a fact passed on in reserve ('on lui aurait dit de partir' still reports)."""
        reflexive = any(c.lower_ in self.words["reflexive"] for c in verb.children)
        return reflexive and bool(subjects & self.words["likeness_subjects"]) and verb.lemma_ in self.words["likeness_verbs"]

    def _in_announced_projection(self, marker: TokenSpan) -> bool:
        """'Le sondage publié lundi … Le parti serait en tête avec 40 sièges': once the article has
        named a poll or a projection, a conditional sentence that counts seats reads the projection's
        distribution out; the narrator holds nothing in reserve."""
        sent = marker.sent
        end = sent.end      # the parse may cut 'en tête | avec 30 sièges.': read on to the stop
        while end < len(self.doc) and self.doc[end - 1].text not in (".", "!", "?") and "\n" not in self.doc[end].text:
            end += 1
        seats = self.words["seat_nouns"]     # a share of the vote may be the poll's estimate told in reserve
        scored = any(t.like_num and (t.head.lemma_ in seats or self.doc[t.i + 1:t.i + 2].text in seats)
                     for t in self.doc[sent.start:end] if t.i + 1 < len(self.doc))
        return scored and any(t.lemma_.lower() in self.words["poll_nouns"] for t in self.doc[:sent.start])

    def _projected_score(self, verb: Token) -> bool:
        """'Le parti obtiendrait 120 sièges', 'la liste recueillerait 18 %': a score in the conditional
        is a poll's or an estimate's projection, which the narrator does not hold in reserve."""
        simple = not any(c.dep_.startswith("aux") for c in verb.children)   # 'aurait obtenu' reports a past deal
        # what is counted is a score ('120 sièges', '18 %'), not a loss told in reserve ('perdrait 2 000 emplois')
        return verb.lemma_ in self.words["score_verbs"] and simple and any(
            t.like_num and t.head.lemma_ in self.words["score_nouns"] for c in verb.children
            if c.i > verb.i and c.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "conj") for t in c.subtree)

    def _counterfactual(self, marker: TokenSpan) -> bool:
        """'Sans cette digue, la crue aurait été pire': a fronted phrase opened by a 'without'
        word and closed by a comma states the condition of an unreal case, not a reserve. Read
        on the words, as the parse often hangs the phrase on another verb."""
        sent, doc = marker.sent, self.doc
        if self._unreal_condition(marker):
            return True
        for t in doc[sent.start:marker.start]:
            fronted = t.i == sent.start or doc[t.i - 1].text == "," or doc[t.i - 1].lower_ in self.words["complementizers"]
            if t.lower_ in self.words["counterfactual_openers"] and fronted \
                    and any(u.text == "," for u in doc[t.i + 1:marker.start]):
                return True
        return False

    def _unreal_condition(self, marker: TokenSpan) -> bool:
        """'Si le maire venait, il serait accueilli …', 'S'il était venu, …': 'si' with an imperfect
        or a pluperfect sets an unreal case; with a present ('Si aucune thèse n'est confirmée,
        celle-ci serait …') it only contrasts, and the conditional keeps its reserve."""
        for t in self._whole_sentence(marker):
            if t.lower_ in self.words["conditions"] and t.dep_ == "mark" and (t.i < marker.start or self._closing(marker, t)):
                verb = t.head
                tenses = [*verb.morph.get("Tense"), *(a for c in verb.children if c.dep_.startswith(("aux", "cop"))
                                                    for a in c.morph.get("Tense"))]
                if "Imp" in tenses:
                    return True
        return False

    def _closing(self, marker: TokenSpan, condition: Token) -> bool:
        """'Les prix auraient bondi s'il n'y avait pas eu le bouclier': a 'si' after the marker with no
        finite verb between them closes the marker's own clause; after one ('qui ignore s'il était
        armé') it opens an indirect question of another verb."""
        return condition.i >= marker.end and not any(
            "Fin" in t.morph.get("VerbForm") for t in self.doc[marker.end:condition.i])

    def _judged_case(self, verb: Token) -> bool:
        """'Un tel score serait une prouesse', 'Une qualification serait déjà un exploit': a conditional
        that judges a supposed case (a subject with 'tel' recalls one; an indefinite subject with an
        attribute of judgement names one yet to happen) weighs it, it passes nothing on."""
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subject is None:
            return False
        if any(c.lower_ in self.words["hypothetical_determiners"] for c in subject.children):
            return True
        indefinite = any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in subject.children)
        return indefinite and verb.lemma_.lower() in self.words["judgement_attributes"]

    def _future_in_past(self, marker: TokenSpan) -> bool:
        """'Il croyait qu'il gagnerait': a simple conditional in the que-clause of a past
        verb, whatever the verb (believe, hope, expect), is the future in the past."""
        clause = _marker_verb(marker)
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        governor = clause.head
        return governor is not clause and governor.pos_ == "VERB" and _past(governor) and any(
            c.dep_ == "mark" and c.lower_ in self.words["complementizers"] for c in clause.children)

    def _condition_phrase_in(self, marker: TokenSpan) -> bool:
        """'En cas de victoire, le pays aurait …', 'Dans ce cas de figure, …': a condition put as a phrase."""
        return self._condition_phrase.search(self._whole_sentence(marker).text.lower().replace("’", "'")) is not None

    def _whole_sentence(self, marker: TokenSpan) -> TokenSpan:
        """The marker's sentence with the one before when the parse cut it at a comma
        ('Dans l'hypothèse où …, | on risquerait …'): the condition sits in the first part."""
        sent = marker.sent
        if sent.start > 0 and sent[0].text in (",", ";"):
            return self.doc[self.doc[sent.start - 1].sent.start:sent.end]
        return sent

    def _in_indirect(self, marker: TokenSpan) -> bool:
        """Inside the que-clause of indirect speech, the conditional is the concordance of
        tenses; a relative clause there ('l'attaque qui aurait fait …') keeps its reserve."""
        verb = _marker_verb(marker)
        if any(c.dep_ == "mark" and c.lower_ in self.words["complementizers"] for c in verb.children):
            return _past(verb.head)     # "a informé le voisin que tout usage serait puni"
        if verb.dep_.startswith("acl"):
            return False
        char = marker.start_char
        return any(q.kind == "indirect" and q.span.start <= char < q.span.end and not self._attributed(q)
                   for q in self.quotes)

    def _reported(self, char: int) -> bool:
        """Inside reported speech; a clause attributed with 'selon X' is not: its conditional is
        the reporter's own reserve ('selon la presse, le chef aurait fui')."""
        return any(q.span.start <= char < q.span.end and not self._attributed(q) for q in self.quotes) or \
            any(s.start <= char < s.end for s in self.segments)

    def _attributed(self, quote: Quote) -> bool:
        return quote.cue is not None and quote.cue.text.lower().startswith(self.source_prepositions)


def _conditional(token, marker: dict) -> bool:
    """A conditional, not the imperfect of a verb in -rer ('préparait'): the future stem
    is the infinitive ('agir-ait', 'prendr-ait') or an irregular one ('ser-ait');
    compound tenses are the other marker's ('aurait été tué'), modals are no reserve."""
    suffix = next(s for s in marker["suffixes"] if token.lower_.endswith(s))
    stem, lemma = token.lower_[:-len(suffix)], token.lemma_.lower()
    # the future stem writes a mute e as è ('s'élèver-aient' for 'élever', 'achèter-ait')
    unaccented = "e".join(stem.rsplit("è", 1))
    regular = lemma in (stem, stem + "e", unaccented)
    return (regular or _irregular_stem(stem, lemma, marker["irregular_stems"])) \
        and not token.dep_.startswith("aux") and lemma not in marker["not_lemmas"]


def _irregular_stem(stem: str, lemma: str, stems: dict[str, str]) -> bool:
    """'proviendr' is the future stem of 'provenir' as 'viendr' is of 'venir': a stem ending
    stands for an infinitive ending, whatever prefix the two share."""
    return any(stem.endswith(ending) and lemma.endswith(infinitive)
               and stem[:-len(ending)] == lemma[:-len(infinitive)] for ending, infinitive in stems.items())


def _marker_verb(marker: TokenSpan):
    """The last verb of the marker ('aurait été tué' -> 'tué'), else its root."""
    return next((t for t in reversed(marker) if t.pos_ in ("VERB", "AUX")), marker.root)


def _past(governor: Token) -> bool:
    """A governing verb in a past tense ('a annoncé', 'annonçait') or itself conditional: only then
    is a conditional below it the concordance of tenses. Under a present ('l'institut révèle que
    … seraient …') the conditional is the author's reserve, as in a main clause."""
    if governor.pos_ not in ("VERB", "AUX"):
        return True      # a noun or an unparsed head: the former reading, the reserve unclaimed
    compound = any(c.dep_ in ("aux", "aux:tense") for c in governor.children)
    tenses = set(governor.morph.get("Tense")) | set(governor.morph.get("Mood"))
    return compound or bool(tenses & {"Past", "Imp", "Cnd"}) or "Fin" not in governor.morph.get("VerbForm")


def _weighs_option(verb: Token, marker: TokenSpan) -> bool:
    """A conditional that weighs an option rather than passes on a fact: a clausal attribute
    ('le mieux serait que …', 'la solution serait de partir'), an infinitive subject ('Fermer
    l'usine serait coûteux') or an impersonal judgement ('il serait utile de …')."""
    doc = marker.doc
    after = marker.end
    while after < len(doc) - 1 and doc[after].pos_ == "ADV":
        after += 1
    nxt = doc[after] if after < len(doc) else None
    if verb.lemma_ == "être" and nxt is not None and (nxt.lower_ in ("que", "qu'", "qu’") or (
            nxt.lower_ in ("de", "d'", "d’") and after + 1 < len(doc) and "Inf" in doc[after + 1].morph.get("VerbForm"))):
        return True
    if any("Inf" in c.morph.get("VerbForm") and c.i < verb.i and c.dep_ in ("nsubj", "csubj", "advcl")
           and not any(g.dep_ in ("mark", "case") for g in c.children) for c in verb.children):
        return True
    # the same when the parse takes the opening infinitive for the root: no finite verb between
    # it and the conditional ('Suspendre les vols serait coûteux')
    first = marker.sent[0]
    if first.pos_ == "VERB" and "Inf" in first.morph.get("VerbForm") and not any(
            "Fin" in t.morph.get("VerbForm") for t in doc[first.i + 1:marker.start]):
        return True
    # 'il serait utile de revoir …': an impersonal 'il' with an adjective opening a clause
    follows = verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("de", "d'", "d’", "que", "qu'", "qu’")
    return verb.pos_ == "ADJ" and follows and any(c.dep_.startswith(("nsubj", "expl")) and c.lower_ == "il" for c in verb.children)
