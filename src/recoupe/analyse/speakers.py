"""Who is speaking: naming the subject of a reporting verb as an entity or a description.

A speaker is resolved, in order of trust, through the entities component
(``entities.entity_at``, when it is available), a person named inside the subject
phrase or its apposition ("Le Premier ministre, Rishi Sunak"), spaCy's named
entities, the article's own memory of titles ("le secrétaire à la Défense" after
"le secrétaire britannique à la Défense, Ben Wallace"), and for pronouns and bare
titles the most recent compatible speaker or person subject.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span as TokenSpan, Token

from recoupe.analyse import entities as _entities_module
from recoupe.analyse.extensions import text_span
from recoupe.analyse.speaker_grammar import (agreed_gender as _agreed_gender, agreement_gender as _agreement_gender,
                                             anchored as _anchored,
                                             appositive_title as _appositive_title,
                                             demonym_noun as _demonym_noun, gender as _gender,
                                             noun_phrase, number as _number,
                                             title_key as _title_key)
from recoupe.analyse.speaker_antecedents import AntecedentPass, compatible as _compatible
from recoupe.analyse.speaker_descriptions import DescriptionPass
from recoupe.analyse.speaker_sources import SourcePass
from recoupe.resources import load_json, load_lines
from recoupe.schema import Span

_KIND_BY_ENTITY_TYPE = {"PERSON": "person", "PER": "person", "ORG": "organization",
                        "GPE": "country", "LOC": "country"}
_TITLE_BEFORE_NAME = 2   # words of rank or title between an apposition's comma and the name ('le colonel')


@dataclass(frozen=True)
class Speaker:
    name: str
    span: Span
    kind: str
    entity: Optional[str] = None
    gender: Optional[str] = None     # Masc | Fem | None when unknown
    number: str = "Sing"
    title: tuple[str, ...] = ()       # pre-head modifiers and head of the title it was named with
    indefinite: bool = False          # 'quelqu'un', 'l'un': someone of a group, met once


def _entity_at(doc: Doc, start: int, end: int):
    """The entities component's lookup, when that component provides one."""
    lookup = getattr(_entities_module, "entity_at", None)
    return lookup(doc, start, end) if lookup is not None else None


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> dict:
    """The resolver's word lists for ``lang``, built once per process rather than once per document."""
    lines = lambda name: frozenset(load_lines(lang, name))  # noqa: E731
    return {
        "pronouns": {k: v for k, v in load_json(lang, "quotes_pronouns").items() if not k.startswith("_")},
        "anonymous": lines("quotes_anonymous_nouns"), "organizations": lines("quotes_organization_nouns"),
        "articles": lines("quotes_articles"), "titles": lines("entities_titles"),
        "report_nouns": lines("quotes_report_nouns"), "evidence_nouns": lines("quotes_evidence_nouns"),
        "possessives": {k: v for k, v in load_json(lang, "quotes_possessives").items() if not k.startswith("_")},
        "agent_suffixes": load_lines(lang, "quotes_agent_suffixes"),
        "people": lines("figures_people"),          # 'homme', 'femme', 'habitant'…
        "anaphoric": lines("quotes_anaphoric_adjectives"),    # 'la même source'
        "learning_verbs": lines("quotes_learning_verbs"),
        "honorifics": lines("entities_honorifics") | lines("quotes_speaker_honorifics"),
        "informant_markers": lines("quotes_informant_prepositions"),
        "poll": load_json(lang, "quotes_poll_shares"),
        "media": lines("quotes_media_nouns"),
        "non_sources": lines("quotes_non_source_nouns"), "newsroom_staff": lines("quotes_newsroom_staff"),
        "topic_markers": lines("quotes_topic_markers"),
        "sign_nouns": lines("quotes_sign_nouns"),
        "title_synonyms": {k: v for k, v in load_json(lang, "quotes_title_synonyms").items() if not k.startswith("_")},
    }


class SpeakerResolver(SourcePass, AntecedentPass, DescriptionPass):
    """Resolves speakers across one document, remembering who spoke and under which title."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lang = doc.lang_
        self.__dict__.update(_lexicon(self.lang))     # the language's word lists, built once
        self.respondents: Optional[Speaker] = None        # the group of the latest poll share met
        self.participants: Optional[Speaker] = None       # people counted as a subject ('600 médecins ont répondu')
        self.history: list[Speaker] = []
        self.last_speaker: Optional[Speaker] = None     # who spoke in the latest attributed quote
        self.genders: dict[str, str] = {}                 # person name -> gender first shown
        self.ents = list(doc.ents)   # Doc.ents builds new Spans on every access

    # -- memory -------------------------------------------------------------
    def remember(self, speaker: Speaker) -> Speaker:
        """Keep ``speaker`` as an antecedent; a person's gender, once shown ('la juge Claire Vidal'),
        holds when the name comes back bare."""
        if speaker.kind == "person":
            if speaker.gender is None and speaker.name in self.genders:
                speaker = replace(speaker, gender=self.genders[speaker.name])
            elif speaker.gender is not None:
                self.genders.setdefault(speaker.name, speaker.gender)
        self.history.append(speaker)
        return speaker

    def remember_subject(self, head: Token) -> None:
        """A named or titled subject of any verb is a possible antecedent of a later pronoun; 'Les salariés
        et le syndicat dénoncent …' one antecedent ('ils') of two."""
        head = self.past_honorific(head)
        start, end = noun_phrase(head)
        if head.pos_ == "NOUN" and self._titles_person_before(head, start):
            return
        self._counted_participants(head)
        speaker = self._subject_speaker(head, self.doc[start:end])
        second = self._coordinated(head, None) if speaker is not None else None
        second = self._subject_speaker(second, self.doc[slice(*noun_phrase(second))]) if second is not None else None
        if second is not None and second.name != speaker.name:
            speaker = self._together(speaker, second)
        if speaker is not None and (not self.history or self.history[-1].name != speaker.name):
            self.remember(speaker)

    def _subject_speaker(self, head: Token, phrase) -> Optional[Speaker]:
        # 'Le ministre chargé de l'Industrie Paul Roux': the name the title spells out, not whatever the
        # entities' coreference tied the bare title to
        probe = self._apposed_name(head) or self.doc[head.i:head.i + 1]
        speaker = self._from_entities(phrase, probe) or self._named_person(head)
        if speaker is None and head.ent_type_:
            speaker = self._named_entity(phrase)
        if speaker is None and head.lemma_.lower() in self.anonymous | self.organizations:
            speaker = self._description(head, phrase)   # 'une source proche de l'enquête a parlé à…'
        if speaker is None and head.pos_ == "NOUN":
            speaker = self._title_holder(head, text_span(self.doc, phrase.start_char, phrase.end_char))
            # an unnamed office holder ('le Premier ministre israélien') may be 'il' later on
            speaker = speaker if speaker is not None and (speaker.kind == "person" or speaker.title) else None
        if speaker is not None and speaker.gender is None and speaker.kind == "person":
            speaker = replace(speaker, gender=_agreement_gender(head))
        return speaker

    def _titles_person_before(self, head: Token, start: int) -> bool:
        """'réagit Anne Roux, la directrice de l'hôpital, qui …': a title set after a person's name and a
        comma, which the parse may read as a second subject of the same verb, is that person's apposition,
        no new antecedent; the person takes its title and gender."""
        if start < 2 or self.doc[start - 1].text != "," or self.doc[start - 2].ent_type_ != "PER":
            return False
        name = self.doc[start - 2]
        while name.dep_ in ("flat:name", "flat") and name.head.i < name.i:
            name = name.head
        bare = not any(c.dep_ == "det" for c in head.children)     # 'X, porte-parole du parquet a dit'
        if name.head.i not in (head.head.i, head.i) and head.head.i != name.i and not bare:
            return False
        at = next((i for i in range(len(self.history) - 1, -1, -1) if self.history[i].kind == "person"
                   and self.history[i].span.end == self.doc[start - 2].idx + len(self.doc[start - 2])), None)
        if at is not None and not self.history[at].title:
            person = self.history[at]
            self.history[at] = replace(person, title=_title_key(head), gender=person.gender or _gender(head))
            if self.last_speaker is person:
                self.last_speaker = self.history[at]
        return True

    # -- resolution -----------------------------------------------------------
    def resolve(self, head: Token, until: Optional[int] = None) -> Optional[Speaker]:
        """The speaker named by the phrase of ``head``, cut before token ``until`` (the cue) if given;
        'Le PCD et l'UDR', 'la maire Anne Roux et le préfet Paul Henri' speak together."""
        first = self._resolve_one(head, until)
        conj = self._coordinated(head, until)
        second = self._resolve_one(conj, until) if first is not None and conj is not None else None
        if second is None or second.name == first.name:
            return first
        return self.remember(self._together(first, second))

    @staticmethod
    def _coordinated(head: Token, until: Optional[int]) -> Optional[Token]:
        return next((c for c in head.children if c.dep_ == "conj" and c.i > head.i and c.pos_ in ("NOUN", "PROPN")
                     and any(g.dep_ == "cc" for g in c.children) and (until is None or c.i < until)), None)

    def _together(self, first: Speaker, second: Speaker) -> Speaker:
        span = text_span(self.doc, first.span.start, second.span.end)
        names = [s.name if s.kind == "person" else s.span.text for s in (first, second)]   # as the article puts it
        return Speaker(" et ".join(names), span, first.kind, number="Plur")

    def _resolve_one(self, head: Token, until: Optional[int]) -> Optional[Speaker]:
        head = self.past_honorific(head)
        pronoun = self.pronouns.get(head.lower_.lstrip("-"))
        if pronoun is not None and pronoun.get("demonstrative") \
                and not any("Dem" in c.morph.get("PronType") for c in head.children if c.dep_ == "det"):
            pronoun = None      # 'le dernier rapport', 'la dernière fois': no anaphor without 'ce'
        if pronoun is not None:
            topic = self.topic_before(head)     # 'Quant au préfet, il a assuré …': the topic is the pronoun
            return self._resolve_one(topic, None) if topic is not None else self._antecedent(head, pronoun)
        if self.poll_share(head):
            return self._respondents(head)
        start, end = noun_phrase(head)
        end = end if until is None or until <= head.i else min(end, until)
        phrase = self.doc[start:end]
        # a lower-case word the tagger read as a name ('l'institut') is a common noun
        demonym = _demonym_noun(head)     # 'a conclu l'Espagnole': a person named before, as a title would
        if head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.is_lower and not head.ent_type_ or demonym:
            # 'le secrétaire général de l'OTAN' names a person, not the OTAN
            titled = head.lemma_.lower() in self.titles or demonym     # nor does 'le maire de Brest' name Brest
            # the entities' coreference may tie a nationality to a nearer person of another nationality
            span = text_span(self.doc, phrase.start_char, phrase.end_char)
            found = ((self._demonym_holder(head, span) if demonym else None)
                     or (self._office_holder(head, span) if titled and self._apposed_name(head) is None else None)
                     or self._from_entities(phrase, self._apposed_name(head) or self.doc[head.i:head.i + 1])
                     or self._named_person(head)
                     or self._name_before_title(head, start, end) or self._description(head, phrase) or self._outlet_staff(head, phrase)
                     # nor 'l'ancienne joueuse du club' the club
                     or (None if titled or self._person_noun(head) else self._named_entity(phrase))
                     or self._title_holder(head, text_span(self.doc, phrase.start_char, phrase.end_char)))
            if found is not None and found.kind == "anonymous" and not self._can_speak(head):
                found = self._person_beside(head) or found
        else:
            found = (self._from_entities(phrase, phrase) or self._named_person(head) or self._named_entity(phrase)
                     or self._one_of_a_group(head, phrase))
        if found is not None:
            found = self.last_speaker = self.remember(found)
        return found

    def _apposed_name(self, head: Token) -> Optional[TokenSpan]:
        """'le préfet du département, Jean Morin': the name the phrase spells out after its title; it, not
        the person the title named earlier (which the entities' coreference may tie the title to), speaks."""
        ent = self._person_named_in(head) if head.pos_ == "NOUN" else None
        return ent if ent is not None and ent.start > head.i else None

    def past_honorific(self, head: Token) -> Token:
        """'a plaidé Me Anne Roux': the parse may make the form of address the subject and the name that
        follows its sibling; the name, not 'Me', is who speaks."""
        if head.text not in self.honorifics or head.i + 1 >= len(self.doc):
            return head
        ent = next((e for e in self.ents if e.start == head.i + 1 and e.label_ == "PER"), None)
        # a name the parse hangs on the form of address ('Me' <- 'Louis Girard') is found through it already
        return ent.root if ent is not None and ent.root.head.i != head.i else head

    def _from_entities(self, phrase, probe) -> Optional[Speaker]:
        entity = _entity_at(self.doc, probe.start_char, probe.end_char)
        if entity is None or self._runs_past(entity, probe, phrase):
            return None
        head = phrase.root
        name = entity.name
        # 'selon l'ONU' in an article that never spells the name out: the speaker is named as written
        if head.text.isalpha() and head.text.isupper() and len(head.text) > 1 and all(m.span.text != name for m in entity.mentions):
            name = head.text
        name = self.written_name(entity, probe) or name
        # 'Nova AI a annoncé' linked to an entity the recogniser cut short ('Nova'): the name as written
        if entity.type not in ("PERSON", "PER") and len(phrase) > 1 and all(t.pos_ == "PROPN" for t in phrase) \
                and phrase.text.startswith(name + " "):
            name = phrase.text
        # 'Ivo Marenko, chef adjoint de …': the adjective of a name's apposed title shows the gender the
        # name does not (the tagger's gender of an epicene 'maire' alone is a guess)
        # 'Rose Mbala, présidente de …': a first name the tagger reads as a common noun is no title
        titled = head.pos_ == "NOUN" and not (entity.type in ("PERSON", "PER") and head.text in name.split())
        apposed = _appositive_title(head) if not titled else None
        agreed = _agreed_gender(apposed) if apposed is not None else []
        return Speaker(name, text_span(self.doc, phrase.start_char, phrase.end_char),
                       _KIND_BY_ENTITY_TYPE.get(entity.type, "organization"), entity.id,
                       gender=(None if head.pos_ == "NOUN" and not titled else _gender(head)) or (agreed[0] if agreed else None),
                       number=_number(head), title=_title_key(head) if titled else ())

    def _named_person(self, head: Token) -> Optional[Speaker]:
        """A person named in the subject or its apposition: 'Le Premier ministre, Rishi Sunak'."""
        ent = self._person_named_in(head)
        if ent is None:
            return None
        # 'Au mégaphone, Anne Roux s'adresse…' parsed as one subject: a noun after a preposition is no title
        prepositional = any(c.dep_ == "case" and c.lower_ not in self.articles for c in head.children)
        title_head = None if prepositional else head if head.pos_ == "NOUN" else _appositive_title(head)
        return Speaker(self._canonical(ent), text_span(self.doc, ent.start_char, ent.end_char),
                       "person", gender=_gender(title_head) if title_head is not None else None,
                       title=_title_key(title_head) if title_head is not None else ())

    def _person_named_in(self, head: Token) -> Optional[TokenSpan]:
        """The person's name inside the phrase of ``head`` or its apposition, not a complement's."""
        first, last = head.left_edge.i, max(head.right_edge.i, self.apposition_end(head))
        for ent in self.ents:
            if ent.label_ != "PER" or ent.start < first or ent.end > last + 1:
                continue     # checked first: finding a name's root walks its tokens
            # 'le maire de Paul-Bert', 'le fils de Jean Roux': a name after a preposition is the complement
            root = ent.root
            if root.i == head.i or not any(c.dep_ == "case" for c in root.children):
                return ent
        return None

    def _name_before_title(self, head: Token, start: int, end: int) -> Optional[Speaker]:
        """'Anne Roux, la directrice du port, a déploré …': a name that opens the clause, followed by a title
        set off by commas, is who speaks when the parse makes the title the subject and leaves the name aside."""
        if start < 2 or end >= len(self.doc) or self.doc[start - 1].text != "," or self.doc[end].text != "," \
                or not self._person_noun(head):
            return None
        ent = next((e for e in self.ents if e.end == start - 1 and e.label_ == "PER"), None)
        opening = ent is not None and (ent.start == ent.sent.start or self.doc[ent.start - 1].is_punct
                                              or self.doc[ent.start - 1].is_space)
        if not opening or any(c.dep_ == "case" for t in ent for c in t.children):
            return None     # 'selon Anne Roux, le directeur …': a name after a preposition is no apposition
        return Speaker(self._canonical(ent), text_span(self.doc, ent.start_char, ent.end_char), "person",
                       gender=_gender(head), title=_title_key(head))

    def apposition_end(self, head: Token) -> int:
        """The last token of a name set after the phrase between commas (the parse often misses it),
        possibly after its own rank or title: 'le porte-parole de l'armée, le colonel Marc Vidal'."""
        end = self._past_shared_title(head, noun_phrase(head)[1])
        while end + 1 < len(self.doc) and self.doc[end].text == "-" and not self.doc[end - 1].whitespace_:
            end += 2     # a compound title the tokenizer split: 'le lieutenant-colonel Hervé Lagarde'
        ent = next((e for e in self.ents if e.start == end and e.label_ == "PER"), None)
        if ent is not None and (end > noun_phrase(head)[1] or self.doc[end - 2].text == "-"):
            return ent.end - 1
        if end + 1 < len(self.doc) and self.doc[end].text == ",":
            ent = next((e for e in self.ents if end < e.start <= end + 1 + _TITLE_BEFORE_NAME and e.label_ == "PER"),
                       None)
            # 'le coordonnateur du programme, Dr Awa Koné': a form of address may stand before the name
            if ent is not None and all(t.pos_ in ("DET", "NOUN") and t.is_lower or t.text in self.honorifics
                                       for t in self.doc[end + 1:ent.start]):
                return ent.end - 1
        return head.i

    def _past_shared_title(self, head: Token, end: int) -> int:
        """'le fondateur et directeur du site, Marc Roux': a second title without an article shares the
        first one's holder; the phrase runs on to the comma before the name."""
        if end >= len(self.doc) or self.doc[end].dep_ != "cc":
            return end
        second = self.doc[end].head
        if second.dep_ != "conj" or second.head.i != head.i or any(c.dep_ == "det" for c in second.children):
            return end
        while end < len(self.doc) and not self.doc[end].is_punct and head.is_ancestor(self.doc[end]):
            end += 1
        return end

    def names_speaker(self, head: Token) -> bool:
        """Whether a phrase can name a speaker: a name, a title, a source, an organisation or people
        by activity ('le maire', 'Marie Dubois', 'les agriculteurs'), not a topic or a thing ('la grève')."""
        lemma = head.lemma_.lower()
        named = head.ent_type_ in _KIND_BY_ENTITY_TYPE      # a MISC name ('la Coupe du monde') speaks for nobody
        described = lemma in self.titles or lemma in self.anonymous or lemma in self.organizations
        return named or described or _demonym_noun(head) or self.poll_share(head) or (head.pos_ == "NOUN" and lemma.endswith(self.agent_suffixes))

    def subject_speaks(self, subject: Token) -> bool:
        """A pronoun, a capitalised name, or a phrase that ``names_speaker``; a lower-case word the tagger
        read as a name ('le verdict est tombé, confirmant …') is a thing, which speaks only as a noun would."""
        return subject.pos_ == "PRON" or subject.pos_ == "PROPN" and not subject.is_lower or self.names_speaker(subject)

    def apposition_closes(self, head: Token, comma: int) -> bool:
        """Whether the comma at token ``comma`` ends an apposition to ``head`` ('Le maire, Paul Roux,')."""
        apposition = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
        return comma - 1 in (apposition.right_edge.i if apposition is not None else None, self.apposition_end(head))

    def can_be_source(self, head: Token) -> bool:
        """Whether the phrase after 'selon' names a source: not a report of the outlet's own ('selon nos
        informations'), nor a criterion or a path ('selon les cas', 'selon l'axe est-ouest'), nor findings
        without an author ('selon les premiers éléments')."""
        if head.lemma_.lower() in self.report_nouns:
            return self._possessor(head).get("person") in (None, "3")
        if head.lemma_.lower() in self.evidence_nouns:     # 'selon les premiers éléments': nobody named
            return any(t.ent_type_ in ("PER", "ORG") for t in head.subtree if t.i != head.i)
        if head.lemma_.lower() not in self.non_sources:
            return True
        # 'selon la direction (de l'usine)' is the management, 'selon la direction du vent' a way
        complement = next((c for c in head.children if c.dep_ == "nmod"), None)
        return head.lemma_.lower() in self.organizations \
            and (complement is None or bool(complement.ent_type_) or self._can_speak(complement))

    def _possessor(self, head: Token) -> dict:
        """Person and number of the possessive before ``head`` ('ses dires': 3rd, singular), or {}."""
        possessive = next((c for c in head.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss")), None)
        return self.possessives.get(possessive.lemma_.lower(), {}) if possessive is not None else {}

    def known_holder(self, head: Token) -> Optional[Speaker]:
        """Whoever the article names with the title headed by ``head`` (no guess from recency)."""
        start, end = noun_phrase(head)
        phrase = self.doc[start:end]
        found = self._from_entities(phrase, phrase)
        if found is not None and found.kind == "person":
            return found
        key = _title_key(head)
        holder = next((e for e in reversed(self.history) if e.kind == "person" and e.title == key), None)
        return replace(holder, span=text_span(self.doc, phrase.start_char, phrase.end_char)) if holder else None

    def _title_holder(self, head: Token, span: Span) -> Optional[Speaker]:
        """'le ministre': the person named earlier with that very title, else the latest person;
        a group nobody in the article was named as ('les syndicats') stays a description."""
        key = self._office_key(head, span)
        for earlier in reversed(self.history):
            if earlier.kind == "person" and earlier.title == key:
                return replace(earlier, span=span)
        # 'Le directeur de l'office (whose name the recogniser missed) a … ; a averti le directeur':
        # the holder described before with that very title, rather than the latest person of any title
        holder = next((e for e in reversed(self.history) if e.kind == "anonymous" and e.title == key
                       and e.number == _number(head)), None)
        if holder is not None and not _anchored(head):
            return replace(holder, span=span)
        if _anchored(head):     # 'le maire de Villeneuve' identifies someone by itself: no guess from recency
            return Speaker(span.text, span, "anonymous", gender=_gender(head), number=_number(head), title=key)
        for earlier in reversed(self.history):      # 'le président kényan' after 'le président du Kenya, X'
            if earlier.kind == "person" and earlier.title and earlier.title[-1] == key[-1] \
                    and _compatible(earlier, _gender(head), _number(head)):
                return replace(earlier, span=span)
        if _number(head) == "Sing" and self._person_noun(head):   # 'le camp écologiste' is nobody named before
            for earlier in reversed(self.history):
                if earlier.kind == "person" and _compatible(earlier, _gender(head), "Sing") \
                        and not self._other_office(earlier, head):
                    return replace(earlier, span=span)
        title = key if head.lemma_.lower() in self.titles else ()
        # a capitalised head inside the sentence that is no title is a name the recogniser missed; not
        # after an article ('l'Indice des loyers', 'le Conseil'): a person's name takes none
        determined = any(c.dep_ == "det" for c in head.children)
        kind = "person" if head.is_title and not head.is_sent_start and not title and not determined else "anonymous"
        return Speaker(span.text, span, kind, gender=_gender(head), number=_number(head), title=title)

    def _can_speak(self, head: Token) -> bool:
        """A noun that can say something: a person, a role, a source, an organisation."""
        lemma = head.lemma_.lower()
        return self._person_noun(head) or lemma in self.anonymous or lemma in self.organizations or head.is_title

    def _person_beside(self, head: Token) -> Optional[Speaker]:
        """'la guerre d'usure … Bauer a exhorté': when the parse gives the verb a subject that cannot
        speak, a person the parse hung elsewhere on the same verb is the speaker, not its object ('ne reconnaît plus Roux')."""
        person = next((c for c in head.head.children if c.i != head.i and c.ent_type_ == "PER" and c.dep_[:3] not in ("obj", "iob")), None)
        return self._resolve_one(person, None) if person is not None else None

    def _person_noun(self, head: Token) -> bool:
        """A noun that can stand for a person named earlier: a title, a role by activity, a person noun."""
        lemma = head.lemma_.lower()
        return lemma in self.titles or lemma in self.people or lemma.endswith(self.agent_suffixes) or _demonym_noun(head)

    def _canonical(self, ent) -> str:
        """The fullest form of a person's name in the document: 'Wallace' -> 'Ben Wallace'."""
        last = ent[-1].text
        names = [e.text for e in self.ents if e.label_ == "PER" and e[-1].text == last]
        full = max(names, key=len, default=ent.text)
        return full if full.split()[0] not in ("M.", "Mme") else ent.text

