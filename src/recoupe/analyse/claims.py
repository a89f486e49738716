"""recoupe_claims: statements whose evidential status the article marks explicitly.

Markers (no proof, not verifiable, denial, dispute, confirmation, reportative
conditional, "on pense que", "présumé") are spaCy Matcher patterns read from
``resources/<lang>/claims_markers.json``; each says which statement it qualifies
(its scope). When that statement is a quotation found by recoupe_quotes, the claim
takes the quotation's text and speaker and points to it.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from spacy.attrs import POS
from spacy.language import Language
from spacy.tokens import Doc, Span as TokenSpan

from recoupe.analyse import extensions  # noqa: F401  (registers Doc._ attributes)
from recoupe.analyse.claims_anaphora import AnaphoraReader
from recoupe.analyse.claims_conditionals import ConditionalReader, _conditional, _marker_verb
from recoupe.analyse.claims_extent import ExtentReader
from recoupe.analyse.extensions import (doc_text, positions, present_participle, sentence_span,
                                        text_span)
from recoupe.analyse.matching import WindowedMatcher
from recoupe.analyse.quote_marks import doc_segments
from recoupe.analyse.reported_content import ContentFinder
from recoupe.analyse.speakers import noun_phrase
from recoupe.resources import load_json, load_lines
from recoupe.schema import Claim, Quote

_Found = tuple[int, int, Optional[str], Optional[Quote]]   # start, end, source, quote


@Language.factory("recoupe_claims", default_config={})
def make_claims(nlp: Language, name: str):
    return ClaimExtractor(nlp)


class ClaimExtractor:
    def __init__(self, nlp: Language) -> None:
        self.matcher = WindowedMatcher(nlp.vocab, nlp.Defaults.stop_words)
        config = load_json(nlp.lang, "claims_markers")
        self.markers = config["markers"]
        self.words = {k: set(v) for k, v in config["words"].items()}
        self.openers = set(load_lines(nlp.lang, "claims_complement_openers"))
        self.cue_verbs = {k for k in load_json(nlp.lang, "quotes_cue_verbs") if not k.startswith("_")}
        self.source_prepositions = load_lines(nlp.lang, "quotes_source_prepositions")
        for n, marker in enumerate(self.markers):
            if "patterns" in marker:
                self.matcher.add(str(n), marker["patterns"], greedy="LONGEST")
        self.verb_tags = frozenset({"VERB", "AUX"})
        self.by_suffix = [(nlp.vocab.strings.add(str(n)), m) for n, m in enumerate(self.markers) if "suffixes" in m]

    def _suffix_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """One-verb markers known by their ending (a conditional): one pass over the tokens."""
        verbs = [doc[i] for i in positions(doc, self.verb_tags, POS)]   # a Token per verb, not per word
        return [(key, t.i, t.i + 1) for key, m in self.by_suffix for t in verbs
                if t.lower_.endswith(tuple(m["suffixes"])) and _conditional(t, m)]

    def __call__(self, doc: Doc) -> Doc:
        finder = _ClaimFinder(doc, self.openers, self.cue_verbs, self.source_prepositions, self.words)
        claims: list[Claim] = []
        for match_id, start, end in _longest(self.matcher(doc) + self._suffix_matches(doc)):
            marker = self.markers[int(doc.vocab.strings[match_id])]
            span = doc[start:end - (end - start > 1 and doc[end - 1].is_punct)]    # a closing stop is context only
            for found in finder.statements(span, marker):
                if found[1] > found[0] and not any(_same(c, marker["status"], found, span) for c in claims):
                    claims.append(_claim(doc, f"c{len(claims) + 1}", span, marker["status"], found))
        doc._.claims = claims
        return doc


class _ClaimFinder(ConditionalReader, AnaphoraReader, ExtentReader):
    def __init__(self, doc: Doc, openers: set[str], cue_verbs: set[str],
                 source_prepositions: tuple[str, ...], words: dict[str, set[str]]) -> None:
        self.doc = doc
        self.words = words
        self.cue_verbs = cue_verbs
        self.source_prepositions = source_prepositions
        self.text = doc_text(doc)
        self.openers = openers
        self.quotes: list[Quote] = doc._.quotes or []
        self.segments = doc_segments(doc)
        self.content = ContentFinder(doc, self.segments)
        # 'en cas de victoire, le pays aurait …': a condition put as a phrase, one regex per document
        self._condition_phrase = re.compile(r"\b(?:" + "|".join(
            re.escape(p) for p in sorted(words["condition_phrases"], key=len, reverse=True)) + ")")

    def statements(self, marker: TokenSpan, config: dict) -> Iterator[_Found]:
        found = self._statements(marker, config)
        if config.get("states_something"):     # 'confirme un autre' confirms nothing we can name
            found = (f for f in found if _states_something(self.doc, f[0], f[1]))
        yield from found

    def _statements(self, marker: TokenSpan, config: dict) -> Iterator[_Found]:
        if config.get("narrator_only") and (self._reported(marker.start_char) or self._under_cue(marker)):
            return
        if config.get("not_concordance") and (self._under_cue(marker) or self._in_indirect(marker)):
            return
        if config.get("not_hypothetical") and self._hypothetical(marker):
            return
        if config["scope"] == "clause" and self._asked_or_likened(marker):
            return      # 'se dirigerait-elle vers … ?', 'on se serait cru en été'
        if config.get("toll_subject") and not self._toll_subject(marker):
            return      # 'le projet pourrait être abandonné' weighs a case; only a toll's possible size is a reserve
        if config.get("not_if") and any(t.pos_ == "SCONJ" and t.lower_ in self.words["conditions"] for t in marker.sent):
            return      # 'si c'est faux, …' weighs a case, it disputes nothing
        if config.get("else_before") and self._opens_clause(marker):
            return      # 'ce n'est pas vrai que nous paierons': the speaker negates his own clause, no one's statement
        if config.get("not_incise") and self._after_comma(marker):
            return      # ', avoue le ministre' introduces words, it admits nothing
        if config["status"] == "confirmed" and (self._negated(marker) or self._still_due(marker) or self._denied_noun(marker)):
            return      # 'aucune thèse n'est confirmée', 'il ne confirme pas', 'doit encore être confirmé'
        if config["status"] in ("denied", "disputed") and self._negated(marker, window=False):
            return      # 'il ne nie pas avoir …' concedes, it denies nothing
        # 'selon ce qui a été confirmé par X' (scope before) confirms the clause before, not its relative
        # 'les accusations ont été démenties par X': a denial verb's passive subject
        verbal = config["status"] == "confirmed" and config["scope"] != "before" or \
            config["status"] in ("denied", "disputed") and config["scope"] in ("after", "object")
        passive = self._passive_statement(marker) if verbal else None
        if passive is not None:
            # 'Toute mesure injuste sera contestée': a measure opposed, no statement disputed
            if passive[1] > passive[0] and not (config["status"] == "disputed" and self._opposes_measure(marker)):
                yield self._linked(*passive, marker)
            return
        # a compound conditional ('aurait été tué') keeps its reserve after a contrastive 'si'
        # ('Si aucune thèse n'est confirmée, celle-ci ne serait pas exclue'), not under a condition phrase
        if config.get("not_conditioned") and self._condition_phrase_in(marker):
            return
        if config.get("not_counterfactual") and self._counterfactual(marker):
            return      # 'sans la digue, la crue aurait été pire': an unreal case, no reserve
        if config.get("main_clause") and any(c.dep_ == "mark" for c in _marker_verb(marker).children):
            return      # 'même si certains évoquent X': a concession grants X, it does not pass on a rumour
        special = self._neighbourhood_scope(marker, config["status"])
        if special is not None:
            yield from special
            return
        if config["status"] == "confirmed" and self._standing(marker):
            return      # 'confirme sa domination', 'confirmant une tendance': a standing upheld, no statement
        if config["status"] == "confirmed" and self._adjunct(marker):
            # 'X a accéléré, a annoncé l'institut, confirmant ainsi son estimation': the
            # statement the incise reports, else the clause before the participle
            quote = self._previous_quote(marker)
            if quote is not None and quote.span.end >= self._sentence_before(marker).start_char:
                yield quote.span.start, quote.span.end, quote.speaker, quote
            else:
                yield from self._before(marker)
            return
        if config.get("finite_only") and len(marker) == 1 and _not_a_stance(marker[0]):
            return
        scope = config["scope"]
        if scope == "previous_quote":
            quote = self._previous_quote(marker)
            named = self._statement_named_before(marker)
            holder = next((q for q in self.quotes if q.span.start < marker.start_char < q.span.end), None)
            if named is not None:       # 'ceux qui portaient ces accusations n'ont produit aucune preuve'
                yield named
            elif holder is not None:    # a report read up to its adjunct ('accuse X de fraude sans fournir de preuve')
                yield holder.span.start, self.content.trim(holder.span.start, marker.start_char), holder.speaker, holder
            elif self._ends_sentence(marker) and (quote is None or quote.span.end <= marker.sent.start_char):
                yield from self._before(marker)     # '… a accusé X de fraude sans preuve.': this sentence's statement
            elif quote is not None:
                yield quote.span.start, quote.span.end, quote.speaker, quote
            elif config.get("else_before"):     # '« C'est faux », a-t-elle dit': what was said before
                yield from self._after(marker, marker.sent.end)
            else:
                yield from self._after(marker, marker.end)
        elif scope == "recent_quotes":
            for quote in self._recalled_quotes(marker):
                yield quote.span.start, quote.span.end, quote.speaker, quote
        elif scope == "noun_phrase":
            head = marker.root.head
            # 'ces actions présumées' refers back to a statement already made
            if not any("Dem" in c.morph.get("PronType") for c in head.children):
                yield self._linked(*self._qualified_noun(head, marker), marker, by_subject=False)
        elif scope == "complement":
            start, end = self._complement(marker)
            # the phrase is the claim even inside a quotation, whose speaker is its source
            quote = next((q for q in self.quotes if q.span.start <= start and end <= q.span.end), None)
            yield start, end, quote.speaker if quote else self._subject_name(marker), quote
        elif scope == "clause":
            yield self._linked(*self._conditional_clause(marker), marker, by_subject=False)
        elif scope == "from_marker":
            yield self._linked(marker.start_char, self._statement_end(marker.start_char, marker.sent), marker, by_subject=False)
        elif scope == "sentence":       # a headline 'Le taux confirmé à 7 %' states what it confirms
            yield self._linked(marker.sent.start_char, self._statement_end(marker.sent.start_char, marker.sent), marker,
                               by_subject=False)
        elif scope == "before":
            yield from self._before(marker)
        elif scope == "subject":
            yield from self._subject_statement(marker)
        elif scope == "attribution":
            yield from self._attributed_to(marker)
        elif scope == "judged":
            yield from self._judged(marker)
        elif scope == "qualified":
            yield from self._qualified_false(marker)
        elif scope == "after" and self._incise(marker):
            yield from self._told_before(marker)
        else:
            yield from self._after(marker, marker.start + 1 if scope == "object" else marker.end, config["status"])

    def _measure_opposed(self, first: int, end: int) -> bool:
        """The object opened at ``first`` names a decision or a measure ('la fermeture', 'cette réforme')."""
        noun = next((t for t in self.doc[first:end] if t.pos_ not in ("DET", "ADJ", "ADV")), None)
        return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in self.words["measure_nouns"]

    def _opens_clause(self, marker: TokenSpan) -> bool:
        """A que-clause follows the marker (adverbs aside)."""
        after = next((t for t in self.doc[marker.end:marker.sent.end] if t.pos_ != "ADV"), None)
        return after is not None and after.lower_.replace("’", "'") in self.words["complementizers"]

    def _opposes_measure(self, marker: TokenSpan) -> bool:
        """The noun a dispute bears on, its passive subject or the noun its participle qualifies,
        names a decision, a measure or an election ('Toute action … sera contestée')."""
        verb = _marker_verb(marker)
        noun = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
        if noun is None and verb.dep_ in ("acl", "amod"):
            noun = verb.head
        return noun is not None and self._measure_opposed(noun.left_edge.i, noun.i + 1)

    def _ends_sentence(self, marker: TokenSpan) -> bool:
        """Only punctuation after the marker, and words before it."""
        return marker.start > marker.sent.start + 1 and all(t.is_punct for t in self.doc[marker.end:marker.sent.end])

    def _after_comma(self, marker: TokenSpan) -> bool:
        first = marker.start
        while first > marker.sent.start and self.doc[first - 1].pos_ == "AUX":
            first -= 1
        return first > marker.sent.start and self.doc[first - 1].is_punct

    def _passive_statement(self, marker: TokenSpan) -> Optional[tuple[int, int]]:
        """A passive confirmation states its subject: 'X a été confirmé mort' (with the
        attribute), 'Sa mort a été confirmée par l'hôpital' (the subject); 'confirmé à son
        poste' keeps a person in office (an empty span: no claim). None: not a passive, or
        an anaphoric subject ('Cette information a été confirmée') or a colon left to the other readers."""
        verb = _marker_verb(marker)
        subject = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
        following = self.doc[marker.end] if marker.end < marker.sent.end else None
        if subject is None or "Pass" not in verb.morph.get("Voice") or self._refers_back(marker) \
                or (following is not None and following.text == ":"):
            return None     # 'les craintes sont confirmées : …' names the statement after the colon
        if any(c.dep_ == "xcomp" and c.pos_ in ("ADJ", "NOUN") for c in verb.children):
            return self._conditional_clause(marker)
        if any(c.dep_ == "obl:mod" and any("Yes" in d.morph.get("Poss") for d in c.children) for c in verb.children):
            return 0, 0
        return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)

    def _adjunct(self, marker: TokenSpan) -> bool:
        """'…, confirmant ainsi son estimation': a present participle after a comma whose object
        is a noun phrase (not a que-clause) confirms the clause before it."""
        verb, i = marker[0], marker.start
        if not present_participle(verb):
            return False
        after = next((t for t in self.doc[marker.end:marker.sent.end] if t.pos_ != "ADV"), None)
        return i > marker.sent.start and self.doc[i - 1].text == "," and \
            (after is None or after.lower_ not in self.words["complementizers"])

    def _neighbourhood_scope(self, marker: TokenSpan, status: str) -> Optional[list[_Found]]:
        """What the words around a denial decide, else None: 'un démenti aux rumeurs selon
        lesquelles X' (X; a bare 'Après un démenti,' names nothing), '…, une thèse démentie par
        le parquet' (the clause before the comma), 'un bilan que conteste X' (the noun phrase;
        'une réforme que contestent les élus' opposes a measure, no claim)."""
        doc, start = self.doc, marker.start
        if status == "denied" and len(marker) == 1 and start > marker.sent.start and doc[start - 1].pos_ == "DET":
            return list(self._nominal_denial(marker))
        agent = next((c for c in _marker_verb(marker).children if c.dep_ == "obl:agent"), None)
        qualified = self._noun_set_off(marker)
        if qualified is not None and status == "disputed" and self._opposes_measure(marker):
            return []       # 'L'élection, contestée par l'opposition, …' opposes a result, states nothing
        if qualified is not None:       # 'Le décès du chanteur, confirmé par sa famille, …'
            source = doc[slice(*noun_phrase(agent))].text if agent is not None else None
            return [(*qualified, source, None)]
        apposed = self._apposed_statement(marker)
        if apposed is not None:
            found = self._before(doc[apposed:marker.end]) if apposed > marker.sent.start else self._after_fronted(marker)
            return [(first, last, doc[slice(*noun_phrase(agent))].text if agent is not None else source, quote)
                    for first, last, source, quote in found]
        while start > marker.sent.start + 1 and doc[start - 1].pos_ in ("ADV", "AUX"):
            start -= 1
        noun = doc[start - 2] if start - 2 >= marker.sent.start else None
        if noun is None or noun.pos_ != "NOUN" or doc[start - 1].lower_ not in self.words["complementizers"] \
                or status not in ("disputed", "denied"):
            return None
        if not {noun.lower_, noun.lemma_} & self.words["statement_nouns"]:
            return []
        first = noun.i
        while first > marker.sent.start and doc[first - 1].pos_ in ("DET", "ADJ"):
            first -= 1
        speaker = next((t for t in doc[marker.end:marker.sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
        return [(doc[first].idx, noun.idx + len(noun), doc[slice(*noun_phrase(speaker))].text if speaker else None, None)]

    def _nominal_denial(self, marker: TokenSpan) -> Iterator[_Found]:
        i, end = marker.end, marker.sent.end
        while i < end and self.doc[i].pos_ in ("ADJ", "ADV"):
            i += 1
        if i >= end or self.doc[i].lower_ not in self.words["denial_complements"]:
            return
        opener = next((t.i for t in self.doc[i + 1:end] if t.lower_ in self.words["content_openers"]), None)
        if opener is None:
            yield from self._after(self.doc[marker.start:i + 1], i + 1)     # 'à ces informations': the sentence before
        elif opener + 1 < end:
            start = self.doc[opener + 1].idx
            yield self._linked(start, self._statement_end(start, marker.sent), marker)

    def _standing(self, marker: TokenSpan) -> bool:
        """The verb's object is a standing, a trend or a partnership ('confirme son statut de favori',
        'des chiffres qui confirment l'essor du secteur'), which results uphold, not a statement; or the
        verb is reflexive."""
        verb = _marker_verb(marker)
        if marker.start > 0 and self.doc[marker.start - 1].lower_ in self.words["reflexive"]:
            return True     # 'si les chiffres se confirment': a fact turning out, confirmed by no one
        # 'confirment et renforcent leur alliance': the object the coordinated verb shares
        verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        return any(c.dep_ == "obj" and c.lemma_.lower() in self.words["standing_nouns"] for v in verbs for c in v.children)

    def _sentence_before(self, marker: TokenSpan) -> TokenSpan:
        """The marker's sentence, or the one before when the parse cut it at an incise (', a dit X')."""
        sent = marker.sent
        return self.doc[sent.start - 1].sent if sent[0].is_punct and sent.start > 0 else sent

    def _still_due(self, marker: TokenSpan) -> bool:
        """'doit encore être confirmé par le conseil': a confirmation still to come."""
        verb = _marker_verb(marker)
        return verb.head is not verb and verb.dep_ == "xcomp" and verb.head.lemma_ in self.words["modals"]

    def _no_object(self, marker: TokenSpan) -> bool:
        """'a confirmé, parlant de …': the marker is cut off by a comma and a participle."""
        if marker.end + 1 >= marker.sent.end or not self.doc[marker.end].is_punct:
            return False
        following = self.doc[marker.end + 1]
        return present_participle(following)

    def _manner(self, i: int) -> int:
        """Past 'de manière indépendante', 'de façon formelle', which qualify the marker."""
        doc = self.doc
        if i + 2 < len(doc) and doc[i].pos_ == "ADP" and doc[i + 1].lower_ in self.words["manner_nouns"] \
                and doc[i + 2].pos_ == "ADJ":
            return i + 3
        return i

    def _negated(self, marker: TokenSpan, window: bool = True) -> bool:
        """The marker's verb is negated; with ``window``, also a negation within three words before it
        (the parse may hang it elsewhere), which 'ne cesse de nier' shows too loose for denials."""
        verb = _marker_verb(marker)
        heads = [verb, *(c for c in verb.children if c.dep_.startswith(("aux", "cop")))]
        return any(c.lower_ in self.words["negation"] for h in heads for c in (h, *h.children)) or window and \
            any(t.lower_ in self.words["negation"] for t in self.doc[max(marker.sent.start, marker.start - 3):marker.start])

    def _denied_noun(self, marker: TokenSpan) -> bool:
        """'n'avait toujours pas reçu confirmation de X', 'sans confirmation de X': the noun is denied (the
        unverified marker reads it); 'la confirmation de X' alone confirms. The negation is read in the
        noun's phrase and its governor's (the parse, not a count of words, says how far it reaches)."""
        noun = marker[0]
        near = (*noun.children, *noun.head.children, noun.head) if noun.head.i < noun.i else noun.children
        return noun.pos_ == "NOUN" and any(t.lower_ in self.words["noun_negation"] for t in near)

    def _after(self, marker: TokenSpan, after: int, status: str = "") -> Iterator[_Found]:
        # 'dément formellement que …', 'réfute totalement cette version': an adverb qualifies the marker
        after = self._manner(after)
        # after 'que' an adverb is the statement's own ('on estime que près de 3 000 foyers …')
        opened = marker[-1].lower_ in self.words["complementizers"]
        while after < len(self.doc) and (self.doc[after].lower_ in self.openers or self.doc[after].is_punct
                                         or self.doc[after].pos_ == "ADV" and not opened):
            opened = opened or self.doc[after].lower_ in self.words["complementizers"]
            after += 1
        if self._refers_back(marker) or self._no_object(marker):
            after = marker.sent.end     # 'l'opposition les conteste', 'L'information a été confirmée'
        recalled = after < marker.sent.end and self._only_adverbs(self._manner(marker.end), after) \
            and self._anaphor(self.doc[after]) \
            and self._named_report(after, marker)
        if recalled:    # 'ne peut vérifier le bilan publié par le ministère': the ministry's report
            yield recalled.span.start, recalled.span.end, recalled.speaker, recalled
        elif after < marker.sent.end and not (self._only_adverbs(self._manner(marker.end), after)
                                              and self._anaphoric(after, marker.sent)):
            if status == "confirmed" and marker[0].pos_ == "VERB" and self.doc[after].pos_ == "PROPN":
                return      # 'a confirmé Jean Dupont à son poste' keeps a person in office
            if status == "unverified" and self.doc[after].lower_ in self.words["distributives"]:
                return      # 'ne peut pas vérifier chaque colis': a routine check of things, no statement
            if status == "disputed" and self._measure_opposed(after, marker.sent.end):
                return      # 'les élus contestent la fermeture de la maternité' oppose a measure, no statement
            start = self.doc[after].idx
            yield self._linked(start, self._statement_end(start, marker.sent), marker)
        elif after < marker.sent.end and self._plural_anaphor(self.doc[after]) and self._paragraph_reports(marker):
            # 'ne peut vérifier ces informations' after a paragraph of reports: each of them
            for quote in self._paragraph_reports(marker):
                yield quote.span.start, quote.span.end, quote.speaker, quote
        elif after < marker.sent.end and self._recalls_several(self.doc[after]) and self._earlier_reports(marker):
            # '… n'est pas en mesure de vérifier les bilans' in its own paragraph: the reports before it
            for quote in self._earlier_reports(marker):
                yield quote.span.start, quote.span.end, quote.speaker, quote
        elif marker.sent.start > 0:
            # 'L'armée dément.', 'Le ministère a confirmé ce bilan.': the statement made just before
            previous = self.doc[marker.sent.start - 1].sent
            yield self._linked(previous.start_char, self._statement_end(previous.start_char, previous), marker)

    def _only_adverbs(self, start: int, end: int) -> bool:
        """Nothing but adverbs from the marker's end to ``end`` (an object phrase's marker ends after it)."""
        return start <= end and all(t.pos_ == "ADV" for t in self.doc[start:end])

    def _linked(self, start: int, end: int, marker: TokenSpan, by_subject: bool = True) -> _Found:
        """The statement, or the quotation it opens with ('par X que <quote>'); a quotation
        after a comma belongs to another clause. A statement inside a longer report ('a confirmé
        X mais dément Y', 'selon X, A aurait … et B aurait …') keeps its own extent and takes the
        report's speaker; else the source is the marker's subject ('X dément'), or none when
        ``by_subject`` is false (a conditional's subject is what it is about)."""
        for quote in self.quotes:
            if not (quote.span.start < end and start < quote.span.end):
                continue
            if quote.span.start < start:
                # a report opening after the marker opens the statement too ('nie | avoir reçu …')
                first = quote.span.start if quote.span.start >= marker.end_char else start
                return first, self.content.trim(first, min(end, quote.span.end)), quote.speaker, quote
            if "," not in self.text[start:quote.span.start]:
                return quote.span.start, self._own_end(quote.span.start, quote.span.end), quote.speaker, quote
        return start, end, self._subject_name(marker) if by_subject else None, None

    def _previous_quote(self, marker: TokenSpan) -> Optional[Quote]:
        """The latest quote before the marker, by a source the marker's sentence names if any."""
        before = [q for q in self.quotes if q.span.end <= marker.start_char]
        sentence = marker.sent.text
        named = [q for q in before if q.speaker and q.speaker.split()[-1] in sentence]
        return (named or before or [None])[-1]

    def _recalled_quotes(self, marker: TokenSpan) -> list[Quote]:
        """'Ces informations n'ont pas pu être vérifiées': every report of the paragraph when a plural
        demonstrative subject recalls several (those before the paragraph when it holds none), else
        the reports of this sentence and the one before."""
        subject = next((c for t in marker for c in t.children if c.dep_.startswith("nsubj")), None)
        if subject is None or not self._plural_anaphor(subject.left_edge):
            return self._recent_quotes(marker)
        return self._paragraph_reports(marker) or self._earlier_reports(marker) or self._recent_quotes(marker)

    def _recent_quotes(self, marker: TokenSpan) -> list[Quote]:
        sent = marker.sent
        previous_start = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        return [q for q in self.quotes if previous_start <= q.span.start and q.span.end <= marker.start_char]

    def _subject_name(self, marker: TokenSpan) -> Optional[str]:
        verb = marker.root if marker.root.pos_ in ("VERB", "AUX") else marker.root.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "obl:agent") and c.pos_ != "PRON"), None)
        if subject is None or subject.left_edge.lower_ in self.words["negative_determiners"]:
            return None     # 'aucun élément ne permet de …' names nobody whose word it is
        start, end = noun_phrase(subject)
        return self.doc[start:end].text


def _states_something(doc: Doc, start: int, end: int) -> bool:
    """A statement names something: a noun, a name or a verb ('un autre' does not)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.pos_ in ("NOUN", "PROPN", "VERB", "AUX") for t in span)


def _not_a_stance(verb) -> bool:
    """A bare infinitive ('a cinq jours pour contester') states a possibility and a participle
    describing a noun ('un entraîneur contesté') a reputation: no party takes a stance."""
    verb_form = verb.morph.get("VerbForm")
    # a participle speaks for a party only with an auxiliary or an agent ('contesté par la défense')
    describes = "Part" in verb_form and not any(
        child.dep_.startswith("aux") or child.dep_ == "obl:agent" for child in verb.children)
    return "Inf" in verb_form or describes


def _longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Matches in text order, a match inside a longer one of another marker dropped
    ('non confirmées' is no confirmation)."""
    kept = [m for m in matches if not any(o[1] <= m[1] and m[2] <= o[2] and o[2] - o[1] > m[2] - m[1]
                                          for o in matches)]
    return sorted(kept, key=lambda m: m[1])


def _same(claim: Claim, status: str, found: _Found, marker: TokenSpan) -> bool:
    """Two markers of one status on one statement make one claim; a qualified noun inside a longer
    statement that a marker outside it qualifies ('le réseau, dont les chefs présumés …, aurait …') is another."""
    inside = found[0] <= claim.span.start and claim.span.end <= found[1] and found[1] - found[0] > len(claim.span.text) \
        and not claim.span.start <= marker.start_char < claim.span.end
    return claim.status == status and claim.span.start < found[1] and found[0] < claim.span.end and not inside


def _claim(doc: Doc, cid: str, marker: TokenSpan, status: str, found: _Found) -> Claim:
    start, end, source, quote = found
    return Claim(id=cid, span=text_span(doc, start, end), status=status, sentence=sentence_span(doc, start),
                 marker=text_span(doc, marker.start_char, marker.end_char), source=source,
                 quote=quote.id if quote is not None else None)