"""The unit and the event of a figure: the lemma of the counted noun (people counted as
'personne', shares as 'fraction', money in its currency), or, when no noun follows, the
unit of a parallel figure or of the antecedent; the event from the verb or noun that
governs the counted noun. A mixin of ``figures.FigureFinder``, whose word lists it reads."""
from __future__ import annotations

from typing import Any, Optional

from spacy.tokens import Doc, Token

from recoupe.analyse.entity_shapes import town_people
from recoupe.analyse.figure_links import between, hyphen_inside
from recoupe.analyse.inflection import inflect
from recoupe.analyse.numbers import fraction_value

#: events that make 'un mort', 'une victime' a reported count of one person
CASUALTY = ("killed", "lost")
#: how far up the parse an event verb or noun is looked for
_EVENT_DEPTH = 6


def per_unit(doc: Doc, j: int) -> bool:
    """'km' in 'km/h' as the tokenizer splits it: the measure goes on with '/' and a symbol."""
    return j + 2 < len(doc) and doc[j + 1].text == "/" and not doc[j].whitespace_ \
        and not doc[j + 1].whitespace_ and doc[j + 2].text.rstrip(".").isalpha()   # 'h.' ending a sentence


class UnitReader:
    measures: dict[str, str]
    measure_nouns: set[str]
    share_bases: set[str]
    people: set[str]
    roles: set[str]
    currency_names: set[str]
    currency_spellings: dict[str, str]
    descriptive: set[str]
    own_people: set[str]
    elliptic: set[str]
    former_prefixes: tuple[str, ...]
    links: dict
    events: dict

    def _unit(self, doc: Doc, core: Any, head: Optional[Token], found: list[dict]) -> Optional[str]:
        if head is None:
            return self._implicit_unit(doc, core, found)
        if head.text in self.measures:
            if per_unit(head.doc, head.i):
                return f"{head.text}/{head.doc[head.i + 2].text.rstrip('.')}"     # '100 km/h' split: a speed
            return self.measures[head.text]      # '60 cm' counts centimetres, as '60 centimètres' would
        if self._elliptic(doc, head) or self._subset(doc, core, head):   # 'deux autres', 'dont deux valables'
            return self._elliptic_unit(doc, core, found) or self._singular(head, lemma=False)
        if core.kind in ("share", "percent") and self._singular(head) in self.share_bases:
            return "fraction"
        if self._counts_people(head):
            return "personne"       # 'médecins et infirmiers' too: the first noun says who is counted
        if self._singular(head) in self.measure_nouns:
            return self._singular(head)     # '3 tonnes de déchets': the unit weighs, what follows is weighed
        currency = self._currency_name(doc, head)
        if currency:
            return currency                 # '12 milliards de FCFA', '300 francs CFA': one currency
        if self._singular(head) in self.currency_names:
            return self._singular(head)     # '200 milliards d'euros d'avoirs': money, counted in euros
        words, k = [self._singular(head)], head.i + 1
        while k + 1 < len(doc) and hyphen_inside(doc, k, k - 1) and doc[k + 1].is_alpha:
            words[-1] += "-" + self._singular(doc[k + 1], lemma=False)     # 'sapeur-pompier'
            k += 2
        while k < len(doc):
            token, nxt = doc[k], doc[k + 1] if k + 1 < len(doc) else None
            if token.pos_ in ("ADJ", "X") and token.is_lower and self._classifying(token):
                words.append(self._singular(token, lemma=False))
                k += 1
            elif token.lower_ in ("de", "d'", "et") and len(words) == 1 and nxt is not None and nxt.pos_ == "NOUN":
                words += [token.lower_, self._singular(nxt)]   # 'système de défense', 'avion et hélicoptère'
                k += 2
            else:
                break
        return " ".join(words).replace("' ", "'")

    def _currency_name(self, doc: Doc, head: Token) -> Optional[str]:
        """A currency spelt in one or two words ('FCFA', 'F CFA', 'francs suisses'), whatever its case."""
        firsts = {self._singular(head), head.lower_}
        nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
        seconds = {nxt.lower_, inflect(nxt.lower_, doc.lang_, "singular")} if nxt is not None and nxt.is_alpha else set()
        for spelling in [f"{a} {b}" for a in firsts for b in seconds] + list(firsts):
            if spelling in self.currency_spellings:
                return self.currency_spellings[spelling]
        return None

    def _counts_people(self, head: Token) -> bool:
        """A noun of people: counted as such ('morts'), by role, trade or status ('soldats',
        'accusés'), by nationality ('Russes') or as a town's or region's people ('Lyonnais')."""
        forms = {self._singular(head), self._singular(head, lemma=False), head.lemma_.lower(), head.lower_}
        forms |= {form[len(prefix):] for form in forms for prefix in self.former_prefixes if form.startswith(prefix)}
        if forms & self.people or forms & self.roles or self._compound_role(head):
            return True
        return town_people(head)

    def _compound_role(self, head: Token) -> bool:
        """'casques bleus', 'gardés à vue': a noun of people in two or three words."""
        words, doc = [self._singular(head, lemma=False)], head.doc
        for k in range(head.i + 1, min(head.i + 3, len(doc))):
            words.append(inflect(doc[k].lower_, doc.lang_, "singular") if doc[k].is_alpha else doc[k].lower_)
            if " ".join(words) in self.roles:
                return True
        return False

    def _role(self, head: Token) -> bool:
        """A noun of people by what they are ('soldat', 'médecin'), not one that counts them as such."""
        forms = {self._singular(head), head.lemma_.lower()}
        return not forms & self.people and (bool(forms & self.roles) or head.is_title)

    def _classifying(self, adjective: Token) -> bool:
        """'électriques' names a kind of plant; 'ukrainiens', 'anciens' only describe them."""
        lemma = adjective.lemma_.lower()
        return lemma not in self.people and lemma not in self.descriptive \
            and self._singular(adjective, lemma=False) not in self.descriptive

    def _implicit_unit(self, doc: Doc, core: Any, found: list[dict]) -> Optional[str]:
        """Percentages and shares of nothing named; elliptical counts; anaphoric vague ones."""
        if core.kind in ("share", "percent"):
            return self._share_base(doc, core)
        if core.kind == "one":
            return None
        if self._own_people(doc, core.end):
            return "personne"
        sentence = doc[core.start].sent
        parallel = [f for f in found if f["sentence"].start == sentence.start_char and f["unit"]
                    and not self._in_other_relative(doc, f, core)]
        if parallel:
            return parallel[-1]["unit"]      # 'des dizaines de missions ... contre 300 en mars'
        if core.kind == "vague" or doc[core.end:core.end + 2].text.lower().endswith("entre"):
            return self._antecedent(doc, sentence)
        if between(doc, core, self.links):      # 'ils étaient entre 12 000 et 15 000': as counted before
            return self._elliptic_unit(doc, core, found) or self._noun_before(doc, core)
        return None

    def _share_base(self, doc: Doc, core: Any) -> str:
        """What a percentage with no noun after it is a share of: people when people 'are N % to'
        do something ('Elles sont 37 % à se déclarer satisfaites'); else a bare fraction, even after a share
        of something named ('42 % des voix, devant X, crédité de 12 %': the dev set's reading)."""
        verb, end = doc[core.start - 1] if core.start else None, core.end
        # the parse hangs the subject on the verb, or on '%' with 'sont' as its copula
        holders = (verb, verb.head, doc[end - 1]) if verb is not None else ()
        subject = next((c for h in holders for c in h.children if c.dep_.startswith("nsubj")), None)
        if verb is not None and verb.lemma_ == "être" and end + 1 < len(doc) and doc[end].lower_ == "à" \
                and doc[end + 1].pos_ in ("VERB", "AUX", "PRON") and subject is not None \
                and (subject.pos_ == "PRON" and subject.lower_ in self.links["people_pronouns"] or self._counts_people(subject)):
            return "personne"
        return "personne" if self._people_subject(doc, core) else "fraction"

    def _people_subject(self, doc: Doc, core: Any) -> bool:
        """'dont 70 % sont des remplaçants', '10 % avaient un diplôme': a bare percentage that is the subject
        of its clause is a share of the people counted before it (the nearest plural noun of its sentence,
        else the antecedent of the one before), or of the people its copula names."""
        subject = next((t for t in doc[core.start:core.end] if t.dep_.startswith("nsubj")), None)
        if subject is None:
            return False
        if subject.head.pos_ == "NOUN" and self._counts_people(subject.head):
            return True
        sentence = doc[core.start].sent
        nouns = [t for t in doc[sentence.start:core.start] if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number")
                 and fraction_value(t.text, doc.lang_) is None]      # 'les trois quarts d'entre elles': a share, no group
        return self._counts_people(nouns[-1]) if nouns else self._antecedent(doc, sentence) == "personne"

    @staticmethod
    def _in_other_relative(doc: Doc, figure: dict, core: Any) -> bool:
        """'40 morts, dont vingt dans le nord où 900 maisons ont été détruites, huit dans l'est':
        a count inside a relative clause (opened by a relative pronoun, closed by a comma) describes
        a place or a thing on the side; the bare counts after the comma go on counting what the
        list counts. Read on the surface: the parse often hangs the list inside the relative."""
        counted = doc.char_span(figure["span"].start, figure["span"].end, alignment_mode="expand")
        if counted is None or counted.end > core.start:
            return False
        k = counted.start - 1
        while k >= counted.sent.start and doc[k].text != "," and "Rel" not in doc[k].morph.get("PronType"):
            k -= 1
        # the clause the pronoun opens holds the count ('… qui forment un groupe, enregistreraient
        # (21 sièges, +9 …)': closed before it without a comma)
        # a subject pronoun ('qui') opens a clause about the list's own members, not a side remark
        opened = k >= counted.sent.start and "Rel" in doc[k].morph.get("PronType") \
            and not doc[k].dep_.startswith("nsubj") and counted.root in doc[k].head.subtree
        return opened and any(t.text == "," for t in doc[counted.end:core.start])

    def _noun_before(self, doc: Doc, core: Any) -> Optional[str]:
        """'le nombre d'élus tomberait entre 150 et 170': the last plural noun before the number."""
        nouns = [t for t in doc[doc[core.start].sent.start:core.start] if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number")]
        if not nouns:
            return None
        return "personne" if self._counts_people(nouns[-1]) else self._singular(nouns[-1])

    def _elliptic(self, doc: Doc, head: Token) -> bool:
        """'deux autres', 'trois nouveaux' with no noun after the adjective."""
        if head.lemma_.lower() not in self.elliptic and self._singular(head, lemma=False) not in self.elliptic:
            return False
        return head.i + 1 >= len(doc) or doc[head.i + 1].pos_ not in ("NOUN", "PROPN")

    def _subset(self, doc: Doc, core: Any, head: Token) -> bool:
        """'23 drones sur les 31 lancés', 'trois buts dont deux valables': after a subset link, a
        number with an adjective or a participle and no noun leaves out the noun counted before."""
        k = core.start - 1 - (core.start > 1 and doc[core.start - 1].pos_ == "DET")
        if k < 0 or doc[k].lower_ not in self.links["subsets"] or self._counts_people(head):
            return False
        noun_after = head.i + 1 < len(doc) and doc[head.i + 1].pos_ in ("NOUN", "PROPN")
        return not noun_after and (head.pos_ == "ADJ" or "Part" in head.morph.get("VerbForm"))

    def _elliptic_unit(self, doc: Doc, core: Any, found: list[dict]) -> Optional[str]:
        """The unit of the last figure of this sentence or the previous one, else the
        antecedent noun of the previous sentence."""
        sentence = doc[core.start].sent
        since = doc[sentence.start - 1].sent.start_char if sentence.start else sentence.start_char
        recent = [f for f in found if f["sentence"].start >= since and f["unit"] and f["unit"] != "fraction"]
        if recent:
            return recent[-1]["unit"]
        return self._antecedent(doc, sentence)

    def _antecedent(self, doc: Doc, sentence) -> Optional[str]:
        """The last plural countable noun of the previous sentence ('la plupart d'entre eux')."""
        if sentence.start == 0:
            return None
        plurals = [t for t in doc[sentence.start - 1].sent if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number")]
        # a complement ('de munitions') rarely is the antecedent when its governing noun is plural too
        governing = [t for t in plurals if t.dep_ != "nmod"] or plurals
        if not governing:
            return None
        return "personne" if self._counts_people(governing[-1]) else self._singular(governing[-1])

    @staticmethod
    def _singular(token: Token, lemma: bool = True) -> str:
        if lemma and token.pos_ == "NOUN" and token.lemma_:
            return token.lemma_.lower()
        return inflect(token.lower_, token.doc.lang_, "singular")     # 'rivaux', 'généraux' read as adjectives

    def _event(self, token: Token) -> str:
        """The event of the counted noun ('40 morts') or of its nearest governing verb or noun
        in the table; else of the noun's own dependents ('Russes morts'), else of the subject
        of a governing verb ('les stocks se situent à ...')."""
        chain, current = [token], token         # the counted noun itself may say it: '40 morts'
        for _ in range(_EVENT_DEPTH):
            if current.head.i == current.i:
                break
            current = current.head
            chain.append(current)
        for candidate in chain:
            if self._verb_event(candidate):
                return self._verb_event(candidate)
        nearby = list(token.children) + [c for v in chain if v.pos_ in ("VERB", "AUX")
                                         for c in v.children if c.dep_.startswith("nsubj")]
        for candidate in nearby:
            if candidate.lemma_.lower() in self.events:
                return self.events[candidate.lemma_.lower()]
        return "other"

    def _verb_event(self, token: Token) -> Optional[str]:
        """The event a word names, a verb with its object first ('perdre la vie' is a death, 'perdre' a loss)."""
        lemma = token.lemma_.lower()
        phrases = (f"{lemma} {c.lemma_.lower()}" for c in token.children if c.dep_ == "obj")
        return next((self.events[p] for p in phrases if p in self.events), self.events.get(lemma))

    def _own_people(self, doc: Doc, j: int) -> bool:
        """'des leurs', 'des nôtres': a possessive pronoun after 'des' counts a side's own people."""
        return j + 1 < len(doc) and doc[j].lower_ == "des" and doc[j + 1].lower_ in self.own_people
