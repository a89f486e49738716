"""Which words open a quote: reporting verbs, with the tagger's slips (a verb read as a noun or
an adjective), locutions ('mettre en garde', 'fait état de') and incises ('peut-on lire').

Mixed into ``quotes._QuoteFinder``: it reads ``self.config``, ``self.doc``, ``self.content``
and ``self.speakers`` set there.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Token

from recoupe.resources import load_lines
from recoupe.analyse.extensions import hyphenated_clitic, positions, present_participle, word_index
from recoupe.analyse.speaker_grammar import interpolated

#: the tags a cue can carry: a verb, or a verb form the tagger read as a noun, an adjective or
#: (lower-case, after a quotation: '« … », suggère-t-il') a proper noun or an unknown word ('X')
_CUE_TAGS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "PROPN", "X"})
#: the endings of a past participle of a verb in -er ('martelé', 'confiée')
_PARTICIPLE_ER = re.compile(r"(?:é|ée|és|ées)$")


class CuePass:
    """Recognising the cue of a report."""

    def _cue_positions(self) -> set[int]:
        """The tokens that could be cues: a lemma, or a lemma or written form read as a verb in -er,
        among the words cues are made of. Asked of each distinct word once; building a Token for
        every noun and verb of an article costs more than the rest of the pass."""
        words, strings, known = self.config.cue_words, self.doc.vocab.strings, self.config.cue_word_hashes
        found: set[int] = set()
        for attr in (LEMMA, LOWER):
            for word, at in word_index(self.doc, attr).items():
                maybe = known.get((attr, word))
                if maybe is None:     # the answer depends on the word only: kept for later documents
                    form = strings[word].lower()
                    maybe = known[(attr, word)] = attr == LEMMA and form in words \
                        or any(verb in words for verb in _infinitives(form))
                if maybe:
                    found.update(at)
        self.incise_at = self._incise_verbs()
        self.cue_at = found.intersection(positions(self.doc, _CUE_TAGS, POS)) | self.incise_at
        return self.cue_at

    def _incise_verbs(self) -> set[int]:
        """'« … », a attaqué l'avocat', '« … », tacle-t-elle': after a closing quotation mark and a
        comma, a verb with its subject after it is an incise whatever its lemma (outlets vary the
        verb far beyond any lexicon). Read from the few quotations, not from every token."""
        found: set[int] = set()
        for segment in self.segments:
            rest = self.text[segment.close:segment.close + 4] if segment.closed else ""
            if not rest.lstrip().startswith(","):
                continue
            comma = self.doc.char_span(segment.close + rest.index(","), segment.close + rest.index(",") + 1)
            verb = self._incise_verb(comma.end) if comma is not None else None
            if verb is not None:
                found.add(verb.i)
        return found | self._inner_incise_verbs()

    def _inner_incise_verbs(self) -> set[int]:
        """'« Nous irons, poursuit-elle, jusqu'au bout »', '« Le chantier avance, s'enthousiasme le maire,
        et … »': inside a quotation, a verb after a comma with its subject after it, and a comma or the end
        of the quotation after that subject, is an incise whatever its lemma (``_incise`` then checks that
        the subject can speak and that the incise sits between two parts of the quotation)."""
        found: set[int] = set()
        for segment in self.speech_segments:
            at = self.text.find(",", segment.start, segment.end)
            while at >= 0:
                comma = self.doc.char_span(at, at + 1)
                verb = self._incise_verb(comma.end, inside=True) if comma is not None else None
                # an incise tells of the saying, never in the future or the conditional ('« Si la pluie
                # revient, partiront les touristes, et … »' is the quotation's own inversion)
                told = verb is not None and not {"Fut", "Cnd"} & set(verb.morph.get("Tense") + verb.morph.get("Mood"))
                if told and self._incise_closes(verb, segment):
                    found.add(verb.i)
                at = self.text.find(",", at + 1, segment.end)
        return found

    def _incise_closes(self, verb: Token, segment) -> bool:
        """The inverted subject of ``verb`` ends on a comma or at the end of the quotation ('…, dit-il.')."""
        for token in self.doc[verb.i + 1:min(len(self.doc), verb.i + 12)]:
            if token.idx >= segment.end or token.text == ",":
                return True
            if token.text in ".!?…" :
                return not self.text[token.idx + 1:segment.end].strip()
            if token.i > verb.i + 1 and "Fin" in token.morph.get("VerbForm"):
                return False     # '…, tombent les feuilles qui jonchent …': a clause goes on
        return False

    def _incise_verb(self, i: int, inside: bool = False) -> Optional[Token]:
        """The lower-case verb opening the words at ``i`` (past an auxiliary, a clitic, 'se', adverbs)
        when it is finite or follows its auxiliary ('…, provoquant une suspension' is no incise) and
        its subject follows it. ``inside`` a quotation, a subject the parse found before ``i`` is the
        quotation's own ('« Le chantier avance, s'enthousiasme le maire »')."""
        finite, clitic = None, False
        for token in self.doc[i:min(len(self.doc), i + 5)]:
            hyphenated = hyphenated_clitic(token)
            if hyphenated or token.pos_ in ("AUX", "ADV") and token.is_lower \
                    or token.lower_.replace("’", "'") in self.content.markers["reflexive"]:
                clitic |= hyphenated
                finite = token if token.pos_ == "AUX" and finite is None else finite
                continue
            if not token.is_alpha or not token.is_lower or token.pos_ not in _CUE_TAGS:
                return None
            finite = finite or token
            if token.pos_ == "VERB" and finite is token and "Fin" not in token.morph.get("VerbForm"):
                return None
            token = self._light_infinitive(token)    # 'a laissé entendre X', 'a fait savoir X'
            return token if self._subject_follows(token, finite, clitic, i if inside else None) else None
        return None

    def _light_infinitive(self, verb: Token) -> Token:
        """The infinitive right after a light verb when the two make a cue key ('laisser entendre',
        'faire savoir'): the subject of the incise follows the infinitive, not the light verb."""
        following = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if following is not None and "Inf" in following.morph.get("VerbForm") \
                and f"{verb.lemma_} {following.lemma_}" in self.config.cue_verbs:
            return following
        return verb

    def _subject_follows(self, verb: Token, finite: Token, clitic: bool, since: Optional[int] = None) -> bool:
        """A hyphenated clitic, or a noun phrase right after the verb agreeing with it ('grince la maire',
        which the parse may read as an object; not '…, déployaient un navire'), and no subject before
        the quotation (or, from ``since``, before the verb) nor a passive."""
        children = {c.dep_: c for c in verb.children}
        before = children.get("nsubj")
        if before is not None and since is not None and before.i < since:
            before = None
        if before is not None and before.i < verb.i and not before.text.startswith("-") \
                or "aux:pass" in children or "nsubj:pass" in children:
            return False
        following = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if clitic or following is not None and hyphenated_clitic(following):
            return True
        if before is not None and before.i > verb.i:
            return True
        if following is None or following.pos_ not in ("DET", "PROPN"):
            return False
        noun = following if following.pos_ == "PROPN" else following.head
        number, agreed = finite.morph.get("Number"), noun.morph.get("Number")
        return not (number and agreed and set(number).isdisjoint(agreed))

    def _is_cue(self, token: Token) -> bool:
        """A reporting verb: not reflexive ('s'assurer que'), not an adjectival participle."""
        if token.pos_ not in ("VERB", "AUX"):
            return self._mistagged_cue(token)
        if self._inverted_modal(token) and token.lemma_.lower() in self.speakers.learning_verbs:
            return True     # '…, peut-on lire dans un communiqué de X': a reading relays what X wrote
        if self._cue_lemma(token) is None or self._prescribed(token) or self._hyphenated(token) \
                or self._question(token) or self._naming_participle(token):
            return False
        adjectival = "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")
        if adjectival and (self._after_auxiliary(token) or self._shares_auxiliary(token)):
            return True     # 'a-t-elle avancé': the parse may hang the auxiliary elsewhere
        children = {c.dep_ for c in token.children}
        # 'le maire dit avoir …': a present form the tagger read as a participle still has its subject;
        # '« … », dit un voisin': so has a verb right after a quotation and its comma
        return not adjectival or bool(children & {"aux", "aux:tense", "aux:pass", "obl:agent", "nsubj"}) \
            or self._after_quotation(token)

    @staticmethod
    def _shares_auxiliary(token: Token) -> bool:
        """'X a dressé un bilan, et précisé que …': a participle coordinated to a compound tense shares
        its auxiliary (and its subject); a passive's participle ('a été arrêté et conduit') does not count."""
        if token.dep_ != "conj" or not any(c.dep_ == "cc" for c in token.children):
            return False
        head = clause_of_coordinated(token)
        deps = {c.dep_ for c in head.children}
        return head.pos_ == "VERB" and "aux:tense" in deps and "aux:pass" not in deps

    def _continued_report(self, cue: Token) -> Optional[Token]:
        """', ajoutant que …', ', en rappelant que …': a present participle after a comma goes on with
        the report of the reporting verb it hangs on, even through the reported clause the parse may
        hang it on ('a expliqué que le site fermerait, précisant que …'): that verb's subject speaks."""
        if not present_participle(cue) or cue.i < 2:
            return None
        before = self.doc[cue.i - 2] if self.doc[cue.i - 1].lower_ in self.content.markers["gerund"] else self.doc[cue.i - 1]
        if before.text != ",":
            return None
        current = cue.head if cue.dep_ == "fixed" else cue     # 'en précisant' may be parsed as one adverb
        for _ in range(3):
            if current.dep_ not in ("advcl", "advmod", "ccomp", "conj", "xcomp") or current.head is current:
                return None
            current = current.head
            # a finite present ('espère que …, ajoutant que') reports as well as a past; another participle does not
            if current.pos_ == "VERB" and not present_participle(current) and self._is_cue(current):
                return current
        return None

    def _question(self, token: Token) -> bool:
        """'M. Roux estime-t-il que … ?': a named subject taken up by a clitic after the verb, in a
        sentence ending on a question mark, is the journalist's question, not a report."""
        following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if following is None or not following.text.startswith("-"):
            return False
        named = any(c.dep_.startswith("nsubj") and c.i < token.i and c.pos_ in ("NOUN", "PROPN") for c in token.children)
        return named and self.text[token.sent.start_char:token.sent.end_char].rstrip().endswith("?")

    def _naming_participle(self, token: Token) -> bool:
        """'le procès dit « Méduse »', 'l'affaire dite des faux billets': a naming form right after a noun
        that cannot speak, with no auxiliary and before a label (not 'que' or a colon), names the thing."""
        naming = load_lines(self.doc.lang_, "quotes_naming_participles")
        if not token.i or token.i + 1 >= len(self.doc) or token.lower_ not in naming:
            return False
        noun, following = self.doc[token.i - 1], self.doc[token.i + 1]
        if noun.pos_ != "NOUN" or not noun.is_lower or self.speakers.names_speaker(noun) \
                or noun.lemma_.lower() in self.speakers.report_nouns \
                or any(c.dep_.startswith("aux") for c in token.children):
            return False
        # a quotation mark, a capitalised name or 'de/des' opens the label; 'que', a colon or a clitic a report
        return following.is_quote or following.is_title or following.pos_ in ("ADP", "DET")

    def _hyphenated(self, token: Token) -> bool:
        """'c'est-à-dire': a verb glued by a hyphen to the word before it is part of a locution."""
        previous = self.doc[token.i - 1] if token.i else None
        return previous is not None and previous.text == "-" and not previous.whitespace_

    def _prescribed(self, token: Token) -> bool:
        """'L'Europe doit demander des comptes': an infinitive under a modal says what should
        be said or done, it reports nothing; nor does one under a causative verb ('ce résultat laisse
        penser que …': a cause, not a speaker), unless the two make a cue key ('faire savoir')."""
        if "Inf" not in token.morph.get("VerbForm") or token.head.i == token.i:
            return False
        governor = token.head.lemma_.lower()
        governor = governor + "r" if governor + "r" in self.config.causatives else governor    # 'laisse' left conjugated
        caused = governor in self.config.causatives and f"{governor} {token.lemma_}" not in self.config.cue_verbs
        return caused or governor in self.config.modals and not self._inverted_modal(token)

    def _inverted_modal(self, token: Token) -> bool:
        """'…, peut-on lire', 'pouvait-on entendre': a modal with its hyphenated clitic right before
        the infinitive opens an incise, it prescribes nothing."""
        clitic = self.doc[token.i - 1] if token.i > 1 else None
        return clitic is not None and clitic.text.startswith("-") and clitic.pos_ == "PRON" \
            and token.head.i == token.i - 2 and token.head.lemma_.lower() in self.config.modals

    def _after_auxiliary(self, token: Token) -> bool:
        """A participle right after a finite 'avoir'/'être' or the clitic of 'a-t-il' is a compound tense,
        also across an aside ('a quant à elle martelé', 'a pour sa part confié')."""
        previous = self.doc[token.i - 1] if token.i else None
        if previous is not None and previous.pos_ == "ADV" and previous.i:
            previous = self.doc[previous.i - 1]
        if previous is None:
            return False
        if previous.pos_ in ("PRON", "NOUN") and not previous.text.startswith("-"):
            return _auxiliary_across_aside(self.doc, token.i)
        clitic = previous.text.startswith("-") and previous.lower_.lstrip("-") in self.speakers.pronouns
        return clitic or previous.pos_ == "AUX" and "Fin" in previous.morph.get("VerbForm")

    def _mistagged_cue(self, token: Token) -> bool:
        """'Le syndicat juge que …': a verb form the tagger read as a noun, recognised by the
        'que' right after it and the absence of an article before it."""
        if token.i in getattr(self, "incise_at", ()):
            return True     # '« … », rayonne Léa Morel': a verb form misread, placed as an incise
        if token.pos_ == "ADJ" and self._pronominal(token):
            return self._cue_lemma(token) is not None    # 'X s'inquiète : « … »' read as the adjective 'inquiet'
        if token.is_lower and _PARTICIPLE_ER.search(token.lower_) and _auxiliary_across_aside(self.doc, token.i):
            return self._cue_lemma(token) is not None    # 'a quant à elle martelé' read as a noun
        if token.pos_ in ("ADJ", "PROPN") and token.is_lower and self._after_quotation(token):
            # '« … », raconte, ému, X' read as an adjective with a stem for lemma: its written
            # form is the present of a verb in -er, whose stem may take a grave accent ('tempère')
            return token.lower_.endswith("e") and any(self.config.cue_verbs.get(verb) is not None
                                                      for verb in _infinitives(token.lower_))
        if token.pos_ != "NOUN":
            return False
        previous = self.doc[token.i - 1] if token.i else None
        if self._locution(token) is not None:   # 'Elle pointe du doigt …', not 'la pointe du doigt'
            return previous is not None and previous.pos_ == "PRON" and "Prs" in previous.morph.get("PronType", ["Prs"])
        following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if following is None:
            return False
        if self._after_quotation(token):
            return self._cue_lemma(token) is not None    # '« … », analyse Marie Dupuis'
        if self._inverted_after_comma(token, following):
            return self._cue_lemma(token) is not None    # '…, note le ministère.' read as the noun 'note'
        if not self._opens_own_frame(token, following):
            return False
        previous = self.doc[token.i - 1] if token.i else None
        if previous is None or previous.pos_ == "DET" or previous.lower_ in self.config.articles:
            return False
        return self._cue_lemma(token) is not None

    def _inverted_after_comma(self, token: Token, following: Token) -> bool:
        """'Les arrivées sont en hausse, note le ministère.': a lower-case form right after a comma, then
        an article and the noun that ends the sentence, is an inverted cue the tagger read as a noun."""
        previous = self.doc[token.i - 1] if token.i else None
        if previous is None or previous.text != "," or not token.is_lower or following.pos_ != "DET" \
                or following.lower_ not in self.config.articles:
            return False
        rest = [t for t in self.doc[following.i + 1:token.sent.end] if not t.is_space]
        return 1 <= len(rest) <= 4 and rest[-1].text in ".!?" and rest[0].pos_ in ("NOUN", "PROPN")

    def _pronominal(self, token: Token) -> bool:
        """A word right after the clitic 's'' / 'se' is a verb whatever its tag."""
        previous = self.doc[token.i - 1] if token.i else None
        return previous is not None and previous.lower_.replace("’", "'") in self.content.markers["reflexive"]

    def _opens_own_frame(self, token: Token, following: Token) -> bool:
        """'que', or the preposition of the cue's own frame ('L'institut table sur une hausse')."""
        if following.lower_ in self.content.markers["que"]:
            return True
        frames = self.config.cue_verbs.get(self._cue_lemma(token) or "", [])
        return "sur" in frames and following.lower_ in self.content.markers["sur"]

    def _cue_lemma(self, token: Token) -> Optional[str]:
        """The cue-verb entry of ``token``, read once per token: the passes ask it of the same verb
        many times, and each reading looks at the words around it."""
        if not hasattr(self, "incise_at"):
            return self._read_cue_lemma(token)     # before the incises are known the answer may change
        if token.i not in self.cue_lemma_at:
            self.cue_lemma_at[token.i] = self._read_cue_lemma(token)
        return self.cue_lemma_at[token.i]

    def _read_cue_lemma(self, token: Token) -> Optional[str]:
        """'se' marks a pronominal verb ('s'assurer' is no cue), and a lemma left conjugated by the
        lemmatiser ('estime') is tried as an infinitive."""
        locution = self._locution(token)
        if locution is not None:
            return locution      # 'a mis en garde', 'pointe du doigt': a verb and its two fixed words
        light_verb = self.doc[token.i - 1].lemma_ + " " if token.i else ""
        if light_verb + token.lemma_ in self.config.cue_verbs:
            return light_verb + token.lemma_     # 'a fait savoir que'
        after = _past_aside(self.doc, token.i + 1)     # 'fait par ailleurs état de'
        noun = self.doc[after] if after < len(self.doc) else None
        passive = any(c.dep_ == "aux:pass" for c in token.children)   # 'il a été fait état de': nobody speaks
        if noun is not None and noun.pos_ == "NOUN" and not passive and f"{token.lemma_} {noun.lemma_}" in self.config.cue_verbs:
            return f"{token.lemma_} {noun.lemma_}"     # 'a fait état de': a verb and its bare noun
        written = _infinitives(token.lower_) if token.pos_ in ("NOUN", "ADJ") else ()
        incise = token.i in getattr(self, "incise_at", ())
        for lemma in (token.lemma_, token.lemma_ + "r", *written):
            lemma = self.config.lemma_aliases.get(lemma, lemma)     # 'reconnait' lemmatised 'reconner'
            if lemma not in self.config.cue_verbs and "s'" + lemma not in self.config.cue_verbs:
                continue      # the children are read only for a possible cue: a root verb has many
            key = ("s'" + lemma) if self._reflexive(token) else lemma
            if key in self.config.cue_verbs:
                return key
        # an incise verb outside the lexicon reports only what precedes it (no frame of its own)
        return token.lemma_.lower() if incise else None

    def _reflexive(self, token: Token) -> bool:
        """'s'assurer': asked of each verb once (its children are read each time)."""
        known = self.reflexive_at.get(token.i)
        if known is None:
            # 'se disent prêts' parsed as an auxiliary of the adjective: the clitic right before is the verb's
            known = self.reflexive_at[token.i] = self._pronominal(token) \
                or any(c.lower_ in self.content.markers["reflexive"] for c in token.children)
        return known

    def _locution(self, token: Token) -> Optional[str]:
        """A three-word cue key ('mettre en garde'): the verb's lemma, or its stem read as a verb in -er
        when the tagger took it for a noun ('pointe du doigt'), then the next two words as written."""
        at = _past_aside(self.doc, token.i + 1)    # 'a mis d'ailleurs en garde', 'met pour sa part en garde'
        if at + 1 >= len(self.doc) or " " in token.text:
            return None
        words = f"{self.doc[at].lower_} {self.doc[at + 1].lower_}"
        stems = (token.lemma_.lower(), token.lower_ + "r") if token.pos_ in ("VERB", "AUX") else (token.lower_ + "r",)
        return next((f"{stem} {words}" for stem in stems if f"{stem} {words}" in self.config.cue_verbs), None)


    def _locution_last(self, cue: Token) -> Token:
        """The last fixed word of a three-word locution, past an aside ('met pour sa part en garde'
        ends on 'garde', not on 'sa'): for ``quotes._cue_bounds``, which should not count words."""
        return self.doc[min(len(self.doc) - 1, _past_aside(self.doc, cue.i + 1) + 1)]


def clause_of_coordinated(token: Token) -> Token:
    """The verb a coordinated participle goes with: 'X a rapporté 42 incursions et observé que …' may be
    parsed with 'observé' hung on the object noun; the verb that noun depends on is the one coordinated."""
    head = token.head
    for _ in range(3):
        if head.pos_ not in ("NOUN", "PROPN", "NUM") or head.dep_ not in ("obj", "nmod", "obl", "obl:arg") \
                or head.head is head:
            break
        head = head.head
    return head


def _past_aside(doc, i: int) -> int:
    """The index after adverbs or one 'pour sa part'-like aside (preposition, determiner, noun) that
    outlets slip between a verb and the fixed words of its locution; ``i`` when there is none."""
    j = i + 1 if i + 1 < len(doc) and doc[i].pos_ == "ADP" and doc[i + 1].pos_ == "ADV" else i   # "d'ailleurs"
    while j < min(len(doc), i + 3) and doc[j].pos_ == "ADV":
        j += 1
    if j == i and j + 3 < len(doc) and [t.pos_ for t in doc[j:j + 3]] == ["ADP", "DET", "NOUN"] \
            and doc[j + 1].morph.get("Poss") == ["Yes"]:
        j += 3
    return j


def _auxiliary_across_aside(doc, i: int) -> bool:
    """A finite 'avoir' a few words before ``i`` across an aside only ('a quant à elle',
    'a pour sa part', 'a, de son côté,'). Unlike ``speaker_grammar.auxiliary_before`` it accepts an
    auxiliary the tagger read as a main verb ('a' tagged VERB before 'pour sa part' is common)."""
    for j in range(i - 1, max(i - 6, -1), -1):
        token = doc[j]
        if token.lemma_ == "avoir" and "Fin" in token.morph.get("VerbForm"):    # 'être': a passive
            return j < i - 1
        if not (interpolated(token) or token.pos_ == "PRON"):
            return False
    return False


def _infinitives(form: str) -> tuple[str, ...]:
    """The infinitives a present form in -e may belong to: 'juge' → 'juger', and with the
    stem's grave accent made acute, 'inquiète' → 'inquiéter', 'répète' → 'répéter'; the verb in -er
    of a past participle the tagger misread."""
    if _PARTICIPLE_ER.search(form):
        return (_PARTICIPLE_ER.sub("er", form),)     # 'martelé' read as a noun → 'marteler'
    if not form.endswith("e"):
        return (form + "r",)
    at = form.rfind("è")
    acute = form[:at] + "é" + form[at + 1:] + "r" if at >= 0 else None
    return (form + "r", acute) if acute else (form + "r",)
