"""Speakers described rather than named: a source or a body by its common noun ('une source de la défense',
'l'ONG Terre Vive'), newsroom staff ('un caméraman de Reuters'), a name the recogniser typed as a place or
an organisation inside the phrase, and someone of a group ('l'un d'eux', 'une autre').

Mixed into ``speakers.SpeakerResolver``: it reads the resolver's word lists, ``doc`` and ``ents``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from recoupe.analyse.extensions import text_span
from recoupe.analyse.speaker_grammar import gender as _gender, number as _number

if TYPE_CHECKING:
    from recoupe.analyse.speakers import Speaker


def _speaker():
    """The resolver's own Speaker class (its module imports this one)."""
    from recoupe.analyse.speakers import Speaker
    return Speaker


class DescriptionPass:
    """Descriptions, organisations named by a common noun, and members of a group."""

    def one_of_a_group(self, token: Token) -> bool:
        """'assure l'un d'eux', 'confirme une autre', 'dit un troisième': a pronoun or an adjective
        after its own article, with no noun after it, stands for someone of a group named before."""
        if token.pos_ not in ("PRON", "ADJ", "NUM") or token.lower_ in self.pronouns or not token.i:
            return False
        article = self.doc[token.i - 1]
        following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ"):
            return False     # 'un autre prévenu': the noun heads the phrase
        return article.pos_ == "DET" and "Poss" not in article.morph.get("PronType", []) \
            and "Dem" not in article.morph.get("PronType")

    def _one_of_a_group(self, head: Token, phrase) -> Optional[Speaker]:
        if not self.one_of_a_group(head):
            return None
        article = self.doc[head.i - 1]
        start = article.idx if not article.whitespace_ else phrase.start_char   # 'quelqu'un', not 'un'
        span = text_span(self.doc, min(start, phrase.start_char), phrase.end_char)
        return _speaker()(span.text, span, "anonymous", gender=_gender(head), number=_number(head), indefinite=True)

    def relative_demonstrative(self, token: Token) -> bool:
        """'raconte celle qui préside la chorale': a demonstrative pronoun opening a relative clause
        stands for a speaker named before."""
        following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        return token.pos_ == "PRON" and token.lower_ in self.pronouns and following is not None \
            and "Rel" in following.morph.get("PronType")

    def _named_entity(self, phrase) -> Optional[Speaker]:
        for ent in self.ents:
            if ent.label_ in ("ORG", "LOC", "GPE") and phrase.start <= ent.start and ent.end <= phrase.end:
                # a capitalised article inside the sentence belongs to the name ('Le Monde')
                words = [t for t in ent if not ((t.pos_ == "DET" or t.lower_ in self.articles)
                                                and (t.is_lower or t.is_sent_start))]
                name = self.doc[words[0].i:ent.end].text if words else ent.text
                kind = "organization" if ent.label_ == "ORG" or phrase.root.lemma_ in self.organizations else "country"
                return _speaker()(name, text_span(self.doc, phrase.start_char, phrase.end_char), kind,
                                  gender=_gender(phrase.root), number=_number(phrase.root))
        return None

    def _description(self, head: Token, phrase) -> Optional[Speaker]:
        """A source or an organisation described rather than named: 'une source de la défense'."""
        lemma = head.lemma_.lower()
        kind = "anonymous" if lemma in self.anonymous else "organization" if lemma in self.organizations else None
        if kind is None:
            return None
        named = self._organisation_named(head, phrase) if kind == "organization" else None
        if named is not None:   # 'l'ONG Terre Vive', 'le groupe Wagner', 'la radio des insurgés, Radio-Kivu'
            return _speaker()(named.text, text_span(self.doc, phrase.start_char, max(named.end_char, phrase.end_char)),
                              kind, gender=_gender(head), number=_number(head))
        span = text_span(self.doc, phrase.start_char, phrase.end_char)
        return self._same_source(head, span) or self._earlier_mention(head, lemma) \
            or _speaker()(span.text, span, kind, gender=_gender(head), number=_number(head))

    def _organisation_named(self, head: Token, phrase):
        """The name of an organisation described by a common noun: right after the noun ('le groupe
        Wagner'), closing the description without a preposition ('l'agence de presse économique
        Cofinews'), or set after it between commas ('la radio des insurgés, Radio-Kivu, …'); a name
        after 'de' is a complement ('l'agence de l'ONU' is not the ONU)."""
        after = phrase.end + 1 if phrase.end < len(self.doc) and self.doc[phrase.end].text == "," else None
        for ent in self.ents:
            if ent.label_ != "ORG" or ent.start <= head.i:
                continue
            if ent.start == head.i + 1:
                return ent
            closing = ent.end == phrase.end and ent.start > phrase.start and self.doc[ent.start - 1].pos_ in ("NOUN", "ADJ")
            apposed = ent.start == after and (ent.end == len(self.doc) or self.doc[ent.end].is_punct)
            if closing or apposed:
                return ent
            if ent.start > phrase.end + 1:
                return None
        return None

    def _outlet_staff(self, head: Token, phrase) -> Optional[Speaker]:
        """'un caméraman de Reuters présent': newsroom staff are eyewitnesses; the outlet named in the
        complement employs them and does not speak; the description runs up to the outlet's name."""
        if head.lemma_.lower() not in self.newsroom_staff:
            return None
        outlet = next((e for e in self.ents if phrase.start <= e.start and e.end <= phrase.end and e.start > head.i), None)
        if outlet is None:
            return None
        span = text_span(self.doc, phrase.start_char, outlet.end_char)
        return _speaker()(span.text, span, "anonymous", gender=_gender(head), number=_number(head))
