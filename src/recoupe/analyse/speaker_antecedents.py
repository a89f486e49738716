"""Which earlier speaker a pronoun stands for ('précise-t-il', 'elle ajoute'): the latest source,
the voice of the latest quote, the latest person named as a subject when the tagger agrees on the
first name, else the nearest one of the pronoun's known gender and number.
Also the earlier speaker a description takes up ('la même source', 'la chaîne').
Mixed into ``speakers.SpeakerResolver``; reads its ``doc``, ``history``, ``last_speaker`` and word lists.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Token

from recoupe.analyse.extensions import doc_text, text_span
from recoupe.analyse.speaker_grammar import before_complement as _before_complement, noun_phrase, title_key

GENDER_WINDOW = 4   # how far back a speaker of the pronoun's known gender beats a nearer unknown one


def compatible(speaker, gender: Optional[str], number: str) -> bool:
    if speaker.number != number:
        return False
    return gender is None or speaker.gender is None or speaker.gender == gender


class AntecedentPass:
    """Needs ``doc``, ``history`` (Speaker list), ``last_speaker`` and ``SourcePass._named_as_outlet``."""

    def _antecedent(self, token: Token, pronoun: dict) -> Optional["Speaker"]:
        span = text_span(self.doc, token.idx + (1 if token.text.startswith("-") else 0), token.idx + len(token))
        history = [e for e in self.history if e.kind == "person"] if pronoun.get("person") else self.history
        if not token.text.startswith("-"):
            # '« … », soupire quelqu'un. Il requiert …': someone met once is taken up only by the clitic of
            # an incise ('ajoute-t-il'), never by the subject of a new sentence
            history = [e for e in history if not e.indefinite] or history
        latest = history[-1] if history else None
        if pronoun.get("demonstrative") and latest is not None and latest.number == pronoun["number"] \
                and (latest.kind != "person" or compatible(latest, pronoun["gender"], pronoun["number"])):
            # 'selon la Cofral, le régulateur du logement. Selon ce dernier, …': 'ce dernier' is the last one
            # named; a body's grammatical gender follows whichever noun named it (its apposition's here)
            return replace(latest, span=span)
        # a source may be 'il' or 'ils'; but a group ('les participants') is never 'elle' or 'il'
        if history and history[-1].kind == "anonymous" and not history[-1].title \
                and not (history[-1].number == "Plur" and pronoun["number"] == "Sing"):
            return replace(history[-1], span=span)
        if history and history[-1] is self.last_speaker and self._same_voice(history[-1], pronoun):
            return replace(history[-1], span=span)   # '« … » affirme Paul Roux. « … » précise-t-il': the same voice
        if history and self._named_since(history[-1], pronoun):
            return replace(history[-1], span=span)
        recent = history[-GENDER_WINDOW:]
        same_gender = [e for e in recent if e.gender == pronoun["gender"] and e.number == pronoun["number"]]
        if same_gender and same_gender[-1].kind != "person":
            # the grammatical gender of a thing ('le festival') is no evidence against a person named after it
            at = max(i for i, e in enumerate(recent) if e is same_gender[-1])
            same_gender = [e for e in recent[at + 1:] if e.kind == "person"
                           and compatible(e, pronoun["gender"], pronoun["number"])] or same_gender
        candidates = same_gender or [e for e in history if compatible(e, pronoun["gender"], pronoun["number"])]
        return replace(candidates[-1], span=span) if candidates else None

    def topic_before(self, pronoun: Token) -> Optional[Token]:
        """'Quant au ministre, il a assuré que …': the head of a topic phrase opening the sentence, when the
        pronoun comes right after its comma; the pronoun stands for it, not for the latest speaker."""
        comma = pronoun.i - 1
        if comma < 3 or self.doc[comma].text != "," or pronoun.text.startswith("-"):
            return None
        for first in range(comma - 2, max(pronoun.sent.start, comma - 10) - 1, -1):
            marker = f"{self.doc[first].lower_} {self.doc[first + 1].lower_}"
            if marker in self.topic_markers and (first == pronoun.sent.start or self.doc[first - 1].is_punct):
                phrase = self.doc[first + 2:comma]
                head = phrase.root if len(phrase) else None
                return head if head is not None and head.pos_ in ("NOUN", "PROPN") else None
        return None

    def _other_office(self, earlier: "Speaker", head: Token) -> bool:
        """'Le ministre Paul Roux … Le préfet a assuré …': a person named with one office title is not
        the holder of another ('préfet' is not 'ministre'); a person named without a title may be."""
        return bool(earlier.title) and earlier.title[-1] in self.titles and head.lemma_.lower() in self.titles \
            and earlier.title[-1] != head.lemma_.lower()

    def _office_holder(self, head: Token, span) -> Optional["Speaker"]:
        """'le président Marc Olivier … a indiqué le chef de l'État': the bare title takes up the person
        the article named with that very title (or its periphrasis), before any coreference the entities
        pass may have drawn to another name."""
        key = self._office_key(head, span)
        holder = next((e for e in reversed(self.history) if e.kind == "person" and e.title == key), None)
        return replace(holder, span=span) if holder is not None else None

    def _office_key(self, head: Token, span) -> tuple[str, ...]:
        """The title a phrase names: 'le chef de l'État' stands for 'président' (quotes_title_synonyms.json)."""
        words = span.text.lower().replace("’", "'").split()
        phrase = " ".join(words[1:] if words and words[0] in self.articles else words)
        phrase = phrase[2:] if phrase.startswith("l'") else phrase
        synonym = self.title_synonyms.get(phrase)
        return (synonym,) if synonym is not None else title_key(head)

    def _same_voice(self, speaker, pronoun: dict) -> bool:
        """Whether the speaker of the latest quote can be the pronoun: compatible, and when its gender is
        unknown, its first name not tagged with the other gender (the tagger's guess breaks the tie only)."""
        if not compatible(speaker, pronoun["gender"], pronoun["number"]):
            return False
        if speaker.gender is not None or pronoun["gender"] is None or speaker.kind != "person":
            return True
        guess = self._first_name_gender(speaker)
        return guess is None or guess == pronoun["gender"]

    def _named_since(self, nearest, pronoun: dict) -> bool:
        """'Le maire Paul Roux a présenté le budget. Sacha Lenoir a voté contre. « … », a-t-il dit': the
        person last named as a subject, whose gender nothing in the text shows, is the pronoun when the
        tagger reads the first name with the pronoun's gender; an earlier person of known gender does
        not win on that evidence alone (a missing guess keeps the known gender first)."""
        return nearest.kind == "person" and nearest.gender is None and pronoun["gender"] is not None \
            and nearest.number == pronoun["number"] and self._first_name_gender(nearest) == pronoun["gender"]

    def _first_name_gender(self, speaker) -> Optional[str]:
        """The tagger's guess of the gender of a person's first name, or None."""
        first = self.doc.char_span(speaker.span.start, speaker.span.end, alignment_mode="expand")
        guess = first[0].morph.get("Gender") if first is not None and len(first) else []
        return guess[0] if guess else None

    def _demonym_holder(self, head: Token, span) -> Optional["Speaker"]:
        """'a conclu l'Espagnole': the latest person the article introduced with that nationality
        ('l'Espagnole Ana Ruiz'), else the voice of the latest quote when it is a person; the nearest
        person named in between may be an opponent of another nationality."""
        word = head.text.lower()
        for earlier in reversed(self.history):
            before = doc_text(self.doc)[max(0, earlier.span.start - len(word) - 1):earlier.span.start]
            if earlier.kind == "person" and before.rstrip().lower().endswith(word):
                return replace(earlier, span=span)
        last = self.last_speaker
        return replace(last, span=span) if last is not None and last.kind == "person" else None

    def _same_source(self, head: Token, span) -> Optional["Speaker"]:
        """'a précisé la même source' after 'a affirmé un responsable des secours': the latest speaker."""
        same = any(c.dep_ in ("amod", "det") and (c.lower_ in self.anaphoric or c.lemma_.lower() in self.anaphoric)
                   for c in head.children)     # 'les mêmes sources' as well as 'la même source'
        # 'd'après cette source', 'a ajouté ce responsable': a demonstrative points back to the source just
        # quoted ('ce groupe' may be anyone named before: only the nouns of anonymous sources)
        same = same or head.lemma_.lower() in self.anonymous and any(
            c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in head.children)
        return replace(self.last_speaker, span=span) if same and self.last_speaker is not None else None

    def _earlier_mention(self, head: Token, lemma: str) -> Optional["Speaker"]:
        """'la source' after 'une autre source proche des discussions' is that same source;
        a description with its own modifiers ('les alliés occidentaux') is a new one."""
        start, end = noun_phrase(head)
        if end - start != 2 or self.doc[start].pos_ != "DET" or "Ind" in self.doc[start].morph.get("Definite"):
            return None
        for earlier in reversed(self.history):
            # the same head noun, not a word of a complement ('l'armée' is not 'l'état-major des armées')
            if earlier.kind in ("anonymous", "organization") and lemma in _before_complement(earlier.name) \
                    or self._same_outlet(earlier, lemma):
                return replace(earlier, span=text_span(self.doc, head.left_edge.idx, head.idx + len(head)))
        return None

    def _same_outlet(self, earlier, lemma: str) -> bool:
        """'la chaîne' after 'a affirmé la télévision des rebelles, Radio-Kivu': a bare outlet noun takes up
        the outlet last quoted, whichever outlet noun described it."""
        return lemma in self.media and earlier.kind == "organization" and self._named_as_outlet(earlier)
