"""Whether a marker's object recalls a statement already made ('ce bilan', 'l'information',
'le rapport de la police', 'les conteste') and which one: read by recoupe_claims."""
from __future__ import annotations

import re
from typing import Iterator, Optional

from spacy.tokens import Span as TokenSpan

from recoupe.analyse.claims_conditionals import _marker_verb
from recoupe.analyse.speakers import noun_phrase
from recoupe.schema import Quote


class AnaphoraReader:
    """Mixed into the claim finder: needs doc, words and quotes."""

    def _anaphoric(self, after: int, sent: TokenSpan) -> bool:
        """Only a demonstrative noun phrase is left ('ce bilan', 'ces informations'), or a
        definite one whose noun names a statement ('l'information')."""
        words = [t for t in self.doc[after:sent.end] if not t.is_punct]
        if self._about_told_events(self.doc[after]):
            return False
        # 'cette information de manière indépendante': adverbials may follow, no new clause
        return self._anaphor(self.doc[after]) and (len(words) <= 3 or not any(t.pos_ in ("VERB", "AUX") for t in words))

    def _about_told_events(self, first) -> bool:
        """'le bilan de ces combats': a definite statement noun whose complement recalls events with
        a demonstrative names what it is about, not whose report it is ('le rapport des rebelles'):
        the phrase itself is the statement."""
        if "Dem" in first.morph.get("PronType") or first.i + 1 >= len(self.doc):
            return False
        noun = self.doc[first.i + 1]
        return any(c.dep_ == "nmod" and c.i > noun.i and any("Dem" in d.morph.get("PronType") for d in c.children
                                                            if d.dep_ == "det") for c in noun.children)

    def _named_report(self, after: int, marker: TokenSpan) -> Optional[Quote]:
        """'le rapport de l'armée', 'les bilans publiés par le ministère': the report of the source
        the phrase names, i.e. the recent quotation whose speaker shares most of its words (the latest
        on a tie); None when the phrase names no source."""
        if after + 1 >= marker.sent.end:
            return None
        noun = self.doc[after + 1]
        named = {t.lower_[:5] for t in noun.subtree if t.i > noun.i and t.pos_ in ("PROPN", "NOUN", "ADJ")}
        if not named:
            return None
        window = marker.start_char - 1500       # the report the phrase recalls is a few sentences back
        best, score = None, 0
        for quote in self.quotes:
            if not window <= quote.span.start < quote.span.end <= marker.start_char:
                continue
            said = " ".join(filter(None, (quote.speaker, quote.speaker_span.text if quote.speaker_span else None)))
            shared = len(named & {w.lower()[:5] for w in re.findall(r"\w+", said)})
            if shared and shared >= score:
                best, score = quote, shared
        return best

    def _statement_named_before(self, marker: TokenSpan) -> Optional[tuple]:
        """The last noun phrase of the marker's sentence, before it, whose noun names something
        said ('ces accusations', 'les allégations du voisin'): what the marker says lacks proof."""
        noun = next((t for t in reversed(self.doc[marker.sent.start:marker.start]) if t.pos_ == "NOUN"
                     and {t.lower_, t.lemma_} & self.words["statement_nouns"]), None)
        if noun is None:
            return None
        start, end = noun_phrase(noun)
        source = self._subject_name(marker)
        phrase = self.doc[start:end]
        return phrase.start_char, phrase.end_char, None if source and source in phrase.text else source, None

    def _plural_anaphor(self, first) -> bool:
        """'ces informations', 'ces affirmations': a demonstrative that recalls several statements."""
        return self._anaphor(first) and "Dem" in first.morph.get("PronType") and "Plur" in first.morph.get("Number")

    def _paragraph_reports(self, marker: TokenSpan) -> list[Quote]:
        """The reports made in the marker's paragraph before it, in order."""
        start = self.text.rfind("\n", 0, marker.start_char) + 1
        return [q for q in self.quotes if start <= q.span.start and q.span.end <= marker.start_char]

    def _recalls_several(self, first) -> bool:
        """'ces informations', 'les bilans et affirmations': a plural phrase that recalls statements."""
        return self._anaphor(first) and "Plur" in first.morph.get("Number")

    def _earlier_reports(self, marker: TokenSpan) -> list[Quote]:
        """A recall whose sentence opens its paragraph ('L'agence n'est pas en mesure de vérifier
        les bilans …' closing a dispatch): the reports the article passed on before it. A witness's
        words in quotation marks are testimony, and a party telling its own losses ('trois de ses
        soldats ont été tués') admits them: neither is what the recall puts in doubt. A headline
        restates the body's report, which is the one recalled. A paragraph opened by narration
        before the marker gives the statement the marker follows instead (none here)."""
        paragraph = self.text.rfind("\n", 0, marker.start_char) + 1
        if self.text[paragraph:marker.sent.start_char].strip() or self._paragraph_reports(marker):
            return []
        return [q for q in self.quotes if q.span.end <= marker.start_char and q.kind != "direct"
                and not self._own_losses(q) and not self._in_headline(q)]

    def _in_headline(self, quote: Quote) -> bool:
        """The report sits on the first line, a headline (no full stop) followed by the body."""
        first_line = self.text.find("\n")
        return 0 <= first_line and quote.span.end <= first_line and not self.text[:first_line].rstrip().endswith(".")

    def _own_losses(self, quote: Quote) -> bool:
        """The report opens on a possessive ('trois de ses soldats', 'leurs hommes'): the party speaks of its own."""
        span = self.doc.char_span(quote.span.start, quote.span.end, alignment_mode="expand")
        return span is not None and any("Yes" in t.morph.get("Poss") for t in span[:4])

    def _anaphor(self, first) -> bool:
        if first.pos_ != "DET" or first.i + 1 >= len(self.doc):
            return False
        noun = self.doc[first.i + 1]
        return "Dem" in first.morph.get("PronType") or \
            (first.lower_ in self.words["definite"] and bool({noun.lower_, noun.lemma_} & self.words["statement_nouns"]))

    def _refers_back(self, marker: TokenSpan) -> bool:
        """The statement is named before the marker by a clitic ('les conteste', 'l'a démenti')
        or is the subject of a passive ('Cette information a été confirmée')."""
        i = marker.start - 1
        while i >= marker.sent.start and self.doc[i].pos_ == "AUX":
            i -= 1
        if i >= marker.sent.start and self.doc[i].pos_ == "PRON" and self.doc[i].lower_ in self.words["clitics"]:
            return True
        verb = _marker_verb(marker)
        subject = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
        # 'ce bilan de 16 morts a été confirmé' restates its figures, 'les accusations de l'ONG ont été
        # démenties' names whose they are: the subject is the statement
        return subject is not None and self._anaphor(subject.left_edge) \
            and not any(t.like_num for t in subject.subtree) and not self._complemented(subject)

    def _complemented(self, noun) -> bool:
        """A definite statement noun with a complement after it names its own statement ('les
        accusations de l'ONG'); a demonstrative recalls one all the same ('cette version des faits')."""
        return "Dem" not in noun.left_edge.morph.get("PronType") and \
            any(c.dep_ in ("nmod", "acl", "acl:relcl") and c.i > noun.i for c in noun.children)

    def _judged(self, marker: TokenSpan) -> Iterator[tuple]:
        """'Ces accusations sont sans fondement', 'des allégations infondées': the statement the predicate
        or the adjective judges, its subject or the noun it qualifies when that noun names something said
        (inside a report, the reporter is the source); an anaphor ('ces accusations', 'elles') judges the
        latest quotation."""
        root = marker.root
        noun = root.head if root.dep_ in ("amod", "acl") else next((c for c in root.children if c.dep_.startswith("nsubj")), None)
        relative = noun is not None and "Rel" in noun.morph.get("PronType") and root.dep_ == "acl:relcl"
        if relative:
            noun = root.head        # 'des accusations qui ne sont pas fondées': the relative stands for its noun
        if noun is None or noun.pos_ != "PRON" and not {noun.lower_, noun.lemma_} & self.words["statement_nouns"]:
            return      # 'le projet n'est pas crédible' judges a plan, not something said
        complemented = any(c.dep_ in ("nmod", "acl", "acl:relcl") and c.i < marker.start for c in noun.children)
        if noun.pos_ == "PRON" or self._anaphor(noun.left_edge) and not complemented:   # 'les accusations de fraude' name theirs
            quote = self._previous_quote(marker)
            if quote is not None:
                yield quote.span.start, quote.span.end, quote.speaker, quote
            return
        if noun.i > marker.start:
            start, end = self._qualified_noun(noun, marker)     # 'de fallacieuses accusations': the whole phrase
        else:
            stop = root.left_edge.i if relative else marker.start
            words = [t for t in noun.subtree if t.i < stop and not t.is_punct and not (t.dep_ == "case" and t.head is noun)]
            start, end = words[0].idx, words[-1].idx + len(words[-1])
        quote = next((q for q in self.quotes if q.span.start <= start and end <= q.span.end), None)
        yield start, end, quote.speaker if quote else None, None
