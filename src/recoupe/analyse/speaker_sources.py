"""Sources behind a speaker: the author of a report noun ('un communiqué du ministère', 'selon
un décompte fourni par la préfecture'), the informant of a verb of learning ('a-t-on appris auprès
du parquet'), and whether a subject is a poll share ('41 % des sondés estiment').

Mixed into ``speakers.SpeakerResolver``: it reads the resolver's word lists, history and ``doc``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from recoupe.analyse.extensions import doc_text, text_span
from recoupe.resources import load_lines
from recoupe.analyse.speaker_grammar import noun_phrase, number, share_group as _share_group

if TYPE_CHECKING:
    from recoupe.analyse.speakers import Speaker


class SourcePass:
    """Authors, informants and poll respondents."""

    def poll_share(self, head: Token) -> bool:
        """'41 % estiment', 'la moitié des sondés jugent': a share of people answering a poll."""
        lemma = head.lemma_.lower()
        return head.text in self.poll["percent"] or lemma in self.poll["percent"] \
            or lemma in self.poll["shares"] and _share_group(head) is not None

    def _counted_participants(self, head: Token) -> None:
        """'1 200 infirmières ont répondu à l'enquête': people counted as the active subject of a clause
        are who a later bare share ('72 % expliquent …') speaks for, rather than unnamed poll respondents."""
        from recoupe.analyse.speakers import Speaker
        if head.dep_ == "nsubj" and head.pos_ == "NOUN" and number(head) == "Plur" and self._person_noun(head) \
                and any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in head.children):
            span = text_span(self.doc, head.idx, head.idx + len(head))
            self.participants = Speaker(f"{self.poll['group_article']} {head.text}", span, "anonymous", number="Plur")

    def _respondents(self, head: Token) -> "Speaker":
        """The people a poll share speaks for: its own group ('66 % des sondés': 'les sondés'), else the
        group of the latest share, else the respondents; a percentage is never a speaker."""
        from recoupe.analyse.speakers import Speaker    # the resolver's own class (imported by it)
        group = _share_group(head)
        span = text_span(self.doc, self.doc[noun_phrase(head)[0]].idx, head.idx + len(head))
        if group is not None:
            start, end = noun_phrase(group)
            # 'des personnes interrogées': the participle naming the group belongs to its name
            end = max([end] + [c.i + 1 for c in group.children if c.dep_ == "acl" and c.i == end
                                and "Part" in c.morph.get("VerbForm")])
            words = [t for t in self.doc[start:end] if t.dep_ not in ("case", "det")]
            # 'la moitié de la population': a singular group keeps its own article
            singular = "Sing" in group.morph.get("Number")
            own = [t.text.lower() for t in group.children if t.dep_ == "det"] if singular else []
            article = own[0] if own else self.poll["group_article"]
            name = (article if article.endswith("'") else article + " ") + " ".join(t.text for t in words) if words else None
            if name is not None:     # 'la population' is taken up by 'elle', 'les sondés' by 'ils'
                self.respondents = Speaker(name, span, "anonymous", number="Sing" if own else "Plur")
        known = self.respondents or self.participants
        return replace(known, span=span) if known is not None \
            else Speaker(self.poll["respondents"], span, "anonymous", number="Plur")


    def report_author(self, head: Token) -> Optional[Speaker]:
        """The author of a report noun: 'un communiqué du ministère', 'le rapport publié par l'ONG',
        or the one a possessive points to ('selon ses dires' is the last speaker's word); after a verb
        of learning, the informant ('a appris l'AFP auprès du parquet')."""
        informant = self.informant_of(head.head) if head.head.i != head.i else None
        return informant or self._document_author(head)

    def _document_author(self, head: Token) -> Optional[Speaker]:
        if head.lemma_.lower() not in self.report_nouns:
            return None
        possessor = self._possessor(head)
        if possessor.get("person") == "3":
            return self._antecedent(head, {"gender": None, "number": possessor["number"]})
        # 'des chiffres portant sur la moitié des communes, publiés par la préfecture': the agent may hang lower
        # 'une enquête publiée la semaine dernière par l'institut': a bare date is no author; 'par' marks one
        def by(token: Token) -> bool:
            return any(c.dep_ == "case" and c.lower_ == "par" for c in token.children)
        # whatever relation the parse gives it ('publiées jeudi par l'institut' may come out as an xcomp)
        agents = [t for t in head.subtree if t.head.pos_ == "VERB" and t.head.i != t.i and by(t)]
        # 'un décompte fourni en fin de journée par la préfecture': the parse may hang the agent on the adjunct before it
        agents += [t for t in head.subtree if by(t) and t.head.dep_.startswith("obl") and t.head.head.i != head.i
                   and t.head.head.dep_ == "acl" and t.head.head.head.i == head.i]
        # (or the 'par' phrase the parse made the participle's head: 'diffusés' <- 'l'Office')
        agents += [t for verb in self._detached_participle(head) for t in [*verb.children, verb.head] if by(t)]
        nmods = [c for c in head.children if c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children)]
        # 'un rapport de l'ONG paru dans Le Monde': the ONG wrote it; the outlet only when nobody else is named
        authors = agents + [c for c in nmods if by(c)] + nmods + self._outlets(head) + self._apposed_names(head)
        # a foreign name the tagger split ('de Bank Al-Rafidain') may head as an X: its entity still names it
        author = next((c for c in authors if c.pos_ in ("NOUN", "PROPN") or c.ent_type_ in ("ORG", "PER")), None)
        if author is None:
            return self._earlier_author(head)
        return self.resolve(author)

    def _detached_participle(self, head: Token) -> list:
        """'d'après les chiffres de la pêche, diffusés lundi par l'office': a past participle set after the
        comma that closes the report's phrase qualifies the report, whichever verb the parse hangs it on."""
        after = head.right_edge.i + 1
        if after + 1 >= len(self.doc) or self.doc[after].text != ",":
            return []
        verb = self.doc[after + 1]
        past = "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
        return [verb] if verb.pos_ == "VERB" and past else []

    def _outlets(self, head: Token) -> list:
        """The outlet a report appeared in: 'des révélations publiées dans le mensuel X' (its name), 'une
        enquête publiée mardi dans X' (a named organisation); a bare 'dans la presse' names nobody."""
        places = [p for verb in head.children if verb.dep_ == "acl" and verb.pos_ == "VERB"
                  for p in verb.children if p.i > verb.i and any(
                      c.dep_ == "case" and c.lower_ in load_lines(self.lang, "quotes_outlet_prepositions") for c in p.children)]
        names = []
        for place in places:
            if place.lemma_.lower() in load_lines(self.lang, "quotes_media_nouns"):
                names += [c for c in place.children if c.dep_ in ("nmod", "appos", "flat:name") and c.i > place.i
                          and (c.pos_ == "PROPN" or c.ent_type_ == "ORG") and not any(g.dep_ == "case" for g in c.children)]
            elif place.ent_type_ == "ORG":
                names.append(place)
        return names

    def _apposed_names(self, head: Token) -> list:
        """'le sondage Odalis', 'le baromètre Kessler Opinion': a name set right after the report noun,
        without preposition, is the institute that made it."""
        after = head.i + 1
        if after >= len(self.doc) or not self.doc[after].is_title and not self.doc[after].is_upper:
            return []
        return [c for c in head.children if c.i == after and c.dep_ in ("appos", "flat:name", "nmod", "amod")
                and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PER") or c.dep_ == "amod" and c.is_title)
                and not any(g.dep_ == "case" for g in c.children)]

    def _earlier_author(self, head: Token) -> Optional[Speaker]:
        """'…, précise le texte': a definite document named without its author is the one an
        organisation met earlier put out, not a speaker of its own; not an outlet that relayed it ('le
        quotidien X'). Words said ('selon les propos rapportés') are the latest speaker's, whoever it is."""
        # 'détaille ce rapport': a demonstrative takes the document up as the definite article does
        definite = any(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType"))
                       for c in head.children)
        recent = [self.last_speaker] + self.history[::-1] if self.last_speaker is not None else self.history[::-1]
        outlets = {e.name for e in self.history if self._named_as_outlet(e)}
        last = next((e for e in recent if e.kind in ("organization", "country") and e.name not in outlets), None)
        if head.lemma_.lower() in load_lines(self.lang, "quotes_speech_nouns"):
            last = self.last_speaker
        if not definite or last is None:
            return None
        return replace(last, span=text_span(self.doc, head.left_edge.idx, head.idx + len(head)))

    def _named_as_outlet(self, earlier) -> bool:
        """Whether a speaker was described by a medium's noun ('le quotidien X', 'le journal')."""
        described = self.doc.char_span(earlier.span.start, earlier.span.end, alignment_mode="expand")
        return described is not None and any(t.lemma_.lower() in self.media for t in described)

    def informant_of(self, verb: Token) -> Optional[Speaker]:
        """Who told the reporter what ``verb`` ('a appris', 'peut-on lire') relays, if it names them."""
        informant = self._informant(verb)
        return None if informant is None else self._document_author(informant) or self.resolve(informant)

    def _informant(self, verb: Token) -> Optional[Token]:
        """The noun after 'auprès de' on a verb of learning: the outlet learnt it, the informant said it."""
        if verb.lemma_.lower() not in self.learning_verbs:
            return None
        # 'a-t-on appris de source diplomatique', '… à bonne source', 'peut-on lire sur le compte du parti':
        # a source or a document, whatever its preposition
        source = next((c for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i
                       and c.lemma_.lower() in self.anonymous | self.report_nouns), None)
        if source is not None:
            return source
        marker = next((c for c in verb.children if c.lower_ in self.informant_markers), None)
        if marker is None:
            return None
        return next((t for t in self.doc[marker.i + 1:marker.i + 4]
                     if t.pos_ in ("NOUN", "PROPN") and t.dep_.startswith("obl")), None)

    def written_name(self, entity, probe) -> Optional[str]:
        """'a dit l'armée nigériane' linked to a body under a name the article never writes (the gazetteer's
        'Forces armées nigérianes'): the speaker is named as the article writes it, without its article. A
        state named by its seat ('le Kremlin' for 'Russie') and a bare noun ('le gouvernement') keep the name."""
        if entity.type in ("PERSON", "PER", "GPE", "LOC") or entity.name.lower() in doc_text(self.doc).lower():
            return None
        mention = next((m.span for m in entity.mentions if m.span.start <= probe.start_char < m.span.end), None)
        if mention is None:
            return None
        words = mention.text.replace("’", "'").split()
        # an elided article ('l'armée') is glued to the word it opens: the language's articles ending in an apostrophe
        elided = next((a for a in self.articles if a.endswith("'") and words and words[0].lower().startswith(a)), None)
        if words and words[0].lower() in self.articles:
            words = words[1:]
        elif elided is not None:
            words[0] = words[0][len(elided):]
        return " ".join(words) if len(words) > 1 else None

    def _runs_past(self, entity, probe, phrase) -> bool:
        """'écrivent les Sages dans leur avis' recognised as one name: a mention that runs on past the
        speaker's phrase into a prepositional phrase of the verb names no one; the phrase speaks as written."""
        mention = next((m.span for m in entity.mentions if m.span.start <= probe.start_char < m.span.end), None)
        if mention is None or mention.end <= phrase.end_char:
            return False
        following = self.doc.char_span(phrase.end_char, mention.end, alignment_mode="expand")
        first = next((t for t in following if not t.is_space), None) if following is not None else None
        return first is not None and first.pos_ == "ADP" and first.head.i != phrase.root.i \
            and not phrase.root.is_ancestor(first)
