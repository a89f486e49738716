"""recoupe_figures: quantities with their qualifier, counted unit and event.

A figure is found in three steps by a token scan: the number itself (digits, number
words, multipliers, shares, collective numerals, percentages, currency symbols, or a
vague quantity phrase), the qualifier around it (phrase lists matched with a
PhraseMatcher), then the noun phrase it counts, whose head gives the unit. The event
comes from the dependency parse: the nearest governing verb or noun found in the
event table. Dates, durations, clock times, model names and ranks are not figures.
Every word list is data in ``resources/<lang>/figures_*`` and ``numbers_*``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from recoupe.analyse import extensions, figure_filters as filters, numbers
from recoupe.analyse.figure_lists import PENDING, elliptic_amounts, enumerated, scaled_bounds
from recoupe.analyse.figure_numbers import NumberCore, NumberReader
from recoupe.analyse.figure_units import CASUALTY, UnitReader, per_unit
from recoupe.analyse.inflection import adjective_forms
from recoupe.analyse.figure_links import (OF, between, code, from_to, glued_minus, hyphen_inside, is_range_link,
                                           past_partitive, quoted_noun, quoted_number, ranged, rate_base, rated_noun,
                                           ratio_divisor, says_only_one)
from recoupe.resources import load_json, load_lines
from recoupe.schema import Figure

#: 'de' with the article of a share ('plus du tiers', 'près des deux tiers'): a qualifier ending in
#: them qualifies a share only ('près des 300 blessés' says where, not how many)
_SHARE_OF = ("du", "des")


@Language.factory("recoupe_figures", default_config={})
def make_figures(nlp: Language, name: str):
    return FigureFinder(nlp)


class FigureFinder(NumberReader, UnitReader):
    def __init__(self, nlp: Language):
        self.lang = nlp.lang
        qualifiers = load_json(self.lang, "figures_qualifiers")
        self.before = self._phrase_table(nlp, "before", qualifiers["before"])
        self.after = self._phrase_table(nlp, "after", qualifiers["after"])
        self.thresholds = [tuple(phrase.split()) for phrase in qualifiers["thresholds"]]
        self.vague = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.vague.add("vague", [nlp.make_doc(p) for p in load_lines(self.lang, "figures_vague")])
        self.partitive = {p: need for p, need in load_json(self.lang, "figures_vague_partitive").items()
                          if not p.startswith("_")}
        self.vague.add("partitive", [nlp.make_doc(p) for p in self.partitive])
        self.time_units = set(load_lines(self.lang, "figures_time_units"))
        # symbol -> unit ('cm' -> 'centimètre'); the keys are the symbols that are no glue
        self.measures = {symbol: unit for symbol, unit in load_json(self.lang, "figures_measures").items()
                         if not symbol.startswith("_")}
        self.own_people = set(load_lines(self.lang, "figures_own_people"))
        self.lengths = set(load_lines(self.lang, "figures_length_nouns"))
        self.measure_nouns = set(load_lines(self.lang, "figures_measure_nouns")) | self.lengths
        self.elliptic = set(load_lines(self.lang, "figures_elliptic_adjectives"))
        # people counted as such ('dix morts') or by nationality ('40 000 Ukrainiens'), in any gender;
        # roles, trades and other nouns of people ('12 soldats') and a town's people ('300 Lyonnais')
        # take the unit 'personne' too, but are not counts of one ('un soldat a dit')
        self.roles = set(load_lines(self.lang, "figures_person_nouns"))
        self.former_prefixes = tuple(load_lines(self.lang, "figures_former_prefixes"))
        self.people = set(load_lines(self.lang, "figures_people")) | {
            form for adjective in load_json(self.lang, "entities_nationalities") if not adjective.startswith("_")
            for form in adjective_forms(adjective, self.lang).values()}
        self.descriptive = set(load_lines(self.lang, "figures_descriptive_adjectives"))
        self.share_bases = set(load_lines(self.lang, "figures_share_bases"))
        self.sources = set(load_lines(self.lang, "figures_source_nouns"))
        self.currencies = load_json(self.lang, "figures_currencies")
        self.starters: dict[int, bool] = {}
        self.currency_names = {unit for symbol, unit in self.currencies.items() if not symbol.startswith("_")}
        self.currency_spellings = {k: v for k, v in load_json(self.lang, "figures_currency_names").items() if k[0] != "_"}
        self.currency_units = {name.split()[0] for name in self.currency_names} \
            | set(load_lines(self.lang, "figures_currency_words"))
        self.events = load_json(self.lang, "figures_events")
        self.links = load_json(self.lang, "figures_links")
        self.idioms = set(self.links["idioms"])

    @staticmethod
    def _phrase_table(nlp: Language, key: str, table: dict) -> tuple[PhraseMatcher, dict]:
        """A matcher over the phrases and their qualifier; 'près de' also matches 'près d'', and
        before a share 'plus du tiers', 'près des deux tiers' (see ``_qualifier_before``)."""
        matcher, labels = PhraseMatcher(nlp.vocab, attr="LOWER"), {}
        for phrase, qualifier in table.items():
            forms = [phrase] + ([phrase[:-3] + f" {of}" for of in ("d'",) + _SHARE_OF] if phrase.endswith(" de") else [])
            for form in forms:
                labels[form] = qualifier
                matcher.add(key, [Doc(nlp.vocab, words=form.replace("'", "' ").split())])
        return matcher, labels

    def __call__(self, doc: Doc) -> Doc:
        doc._.figures = [
            Figure(id=f"f{n}", **found) for n, found in enumerate(self.find(doc), start=1)
        ]
        return doc

    # -- finding -------------------------------------------------------------------------

    def find(self, doc: Doc) -> list[dict]:
        before = self._through_thresholds(doc, self._matches(doc, self.before, by_end=True))
        after = self._matches(doc, self.after, by_end=False)
        vague = self._vague_matches(doc)
        in_dates = self._date_tokens(doc)
        starts = self._possible_starts(doc) | set(vague)
        found: list[dict] = []
        i = 0
        while i < len(doc):
            skip = i in in_dates or i not in starts or filters.continues_number(doc, i)
            core = None if skip else self._core(doc, i, vague)
            figure = core and self._figure(doc, core, before, after, found)
            if figure is None:
                i += 1
                continue
            found.append(figure)
            i = figure.pop("_next")
        return scaled_bounds(elliptic_amounts(found, self.currency_units), extensions.doc_text(doc), self.links, self.lang)

    def _vague_matches(self, doc: Doc) -> dict[int, tuple[int, Optional[str]]]:
        """Start -> (end, need): 'beaucoup', 'la majorité' count only through their 'de'
        complement ('la majorité des électeurs'; 'la majorité a voté' is a political body)."""
        found = {}
        for key, start, end in self.vague(doc):
            if end < len(doc) and doc[end].like_num:
                continue        # 'quelques 20 000 salariés': the number is the figure, the word its qualifier
            need = self.partitive.get(doc[start:end].text.lower()) if doc.vocab.strings[key] == "partitive" else None
            if start not in found or end > found[start][0]:
                found[start] = (end, need)
        return found

    def _possible_starts(self, doc: Doc) -> set[int]:
        """Tokens a number can start at: digits, number words, currency symbols, the article of
        a share. Each distinct word is tested once, not each token: most of the text is skipped."""
        strings = doc.vocab.strings
        # the document's word index is built once and shared with the other extractors
        return {i for orth, at in extensions.word_index(doc, ORTH).items() if self._may_start(orth, strings)
                for i in at}

    def _may_start(self, word: int, strings) -> bool:
        """Whether the word with this hash can start a number, remembered: the same words
        come back in every article."""
        known = self.starters.get(word)
        if known is None:
            known = self.starters[word] = self._starts_a_number(strings[word])
        return known

    def _starts_a_number(self, text: str) -> bool:
        lower = text.lower()
        return text.lstrip("+-\u2212")[:1].isdigit() or text in self.currencies or numbers.is_share_article(lower, self.lang) \
            or numbers.is_number_word(lower, self.lang) or numbers.fraction_value(lower, self.lang) is not None

    @staticmethod
    def _matches(doc: Doc, table: tuple[PhraseMatcher, dict], by_end: bool) -> dict:
        matcher, labels = table
        spans = {}
        for _, start, end in matcher(doc):
            qualifier = labels[doc[start:end].text.lower()]
            key, other = (end, start) if by_end else (start, end)
            if key not in spans or abs(other - key) > abs(spans[key][0] - key):
                spans[key] = (other, qualifier)
        return spans

    @staticmethod
    def _date_tokens(doc: Doc) -> set[int]:
        tokens: set[int] = set()
        for date in doc._.dates or []:
            span = doc.char_span(date.span.start, date.span.end, alignment_mode="expand")
            tokens.update(range(span.start, span.end) if span is not None else ())
        return tokens

    # -- building ------------------------------------------------------------------------

    def _figure(self, doc: Doc, core: NumberCore, before: dict, after: dict, found: list[dict]) -> Optional[dict]:
        if self._range_of_no_count(doc, core) or filters.restated(doc, core):
            return None
        upper = self._range_end(doc, core)
        if upper is not None and from_to(doc, core, self.links):
            return self._starting_level(doc, core, upper, before, after, found)
        if upper is not None:
            core = ranged(core, upper, self._cardinal(doc, upper.start)[1] or 0.0)
        qualifier = core.qualifier
        start = core.start
        if core.kind == "share" and core.start not in before and numbers.is_share_of(doc[core.start - 1].text, self.lang):
            return None     # 'plus du tiers de' qualifies a share; 'du tiers payant' names a party
        if self._qualifier_before(doc, core, before):
            start, qualifier = before[core.start]
        end = core.end
        if self._closes(doc, after, end):
            end, qualifier = after[end]
        if filters.clock_time(doc, core.end, self.links):
            return None     # 'vers 0500 GMT'
        start, end = quoted_number(doc, start, end)
        head, np_end = self._counted(doc, core, end)
        if head is None and core.kind in ("count", "multiplied"):
            head = self._shared_head(doc, end, before)      # '14, 16 et 17 ans': the noun ends the list
        if head is None and core.kind == "count":
            head, np_end = self._rate(doc, end, head, np_end)
        if not self._vague_counts(doc, core, head):
            return None
        if head is not None and self._closes(doc, after, np_end):      # '12 blessés au moins'
            np_end, qualifier = after[np_end]
        if head is not None:
            np_end, divisor = ratio_divisor(doc, np_end, core.value or 0.0, self._cardinal, self.links)
            if divisor:
                core = NumberCore(core.start, core.end, core.value / divisor, "share")
        unit = core.unit or self._unit(doc, core, head, found) or self._bare_amount(doc, core, head)
        people = head is not None and self._counts_people(head)
        if unit is None or (head is not None and self._not_a_count(head)) or filters.known_set(doc, core, self.links, people) \
                or self._idiom(doc, core, head):
            return None
        if core.kind in ("count", "multiplied") and (head is None and filters.written_as_year(doc, core)
                                                     or filters.year_before_name(doc, core)):
            return None     # '2018', 'Bilan 2022 Finistère': a year, not a count
        if filters.label(doc, core, head) or filters.ranked(doc, core, self.links) \
                or filters.floating(doc, core, head, self.links) or filters.both_sides(doc, core, head, self.links) \
                or filters.layout(doc, core, head, self.links) \
                or filters.multiplying(doc, core, head, self.links, self.time_units) \
                or filters.locating(doc, start, max(np_end, end), unit, self.links):
            return None
        event = self._event(head or doc[core.start])
        if core.kind == "vague" and head is not None and self._singular(head) in self.sources:
            return None     # 'plusieurs médias', 'de nombreux experts' describe sources, not a count
        if core.kind == "one" and not self._counts_one(doc, core, head, unit, event, qualified=start < core.start):
            return None
        if start == core.start and glued_minus(doc, start) and (core.value or 0) > 0:
            start, core = start - 1, replace(core, value=-core.value)     # a signed change keeps its sign
        start_char, end_char = doc[start].idx, doc[max(np_end, end) - 1].idx + len(doc[max(np_end, end) - 1])
        return {
            "span": extensions.text_span(doc, start_char, end_char),
            "value": core.value, "qualifier": qualifier or "exact", "unit": unit,
            "event": event,
            "sentence": extensions.sentence_span(doc, start_char),
            "_next": max(np_end, end),
        }

    def _starting_level(self, doc: Doc, core: NumberCore, upper: NumberCore, before: dict, after: dict,
                        found: list[dict]) -> Optional[dict]:
        """'passant de 52 à 63 millions d'euros': a change from one level to another, two figures.
        The first takes the scale, unit and event of the second, which the scan reads next."""
        level = self._figure(doc, upper, before, after, found)
        if level is None:
            return None
        start_char, end_char = doc[core.start].idx, doc[core.end - 1].idx + len(doc[core.end - 1])
        scale = upper.value / (self._cardinal(doc, upper.start)[1] or 1.0)
        return {**level, "span": extensions.text_span(doc, start_char, end_char), "value": core.value * scale,
                "qualifier": "exact", "_next": upper.start}

    def _through_thresholds(self, doc: Doc, before: dict) -> dict:
        """'autour de la barre des 40 %', 'plus du cap des 2 millions': the qualifier reaches the
        number past the threshold that names it."""
        for end, qualified in list(before.items()):
            for words in self.thresholds:
                after = tuple(t.lower_ for t in doc[end:end + len(words)])
                if after == words and end + len(words) not in before:
                    before[end + len(words)] = qualified
        return before

    def _qualifier_before(self, doc: Doc, core: NumberCore, before: dict) -> bool:
        if core.start not in before or core.kind == "vague":
            return False
        past_threshold = any(tuple(t.lower_ for t in doc[max(0, core.start - len(words)):core.start]) == words
                             for words in self.thresholds)
        return core.kind == "share" or core.start == 0 or doc[core.start - 1].lower_ not in _SHARE_OF or past_threshold

    def _bare_amount(self, doc: Doc, core: NumberCore, head: Optional[Token]) -> Optional[str]:
        """'un effort de 20 milliards': a scale word with no noun after it is an amount whose
        currency a nearby figure names; resolved by ``elliptic_amounts`` once all are found."""
        bare = head is None and core.kind == "multiplied" and core.unit is None \
            and (numbers.multiplier_value(doc[core.end - 1].lower_, self.lang) or 0) > 1e3
        return PENDING if bare else None

    def _shared_head(self, doc: Doc, end: int, before: dict) -> Optional[Token]:
        at = filters.shared_noun_at(doc, end, self._cardinal, self.links, before)
        return None if at is None else self._counted(doc, NumberCore(at - 1, at, None, "count"), at)[0]

    def _vague_counts(self, doc: Doc, core: NumberCore, head: Optional[Token]) -> bool:
        """A vague phrase needing its complement has it ('beaucoup' one of people: 'beaucoup de
        Chiliens', not 'beaucoup d'émotion'). A vague noun after 'pour' or 'en' with no 'de'
        after it is an adverb ('pour la plupart mineurs': mostly minors), not a count."""
        if core.kind != "vague":
            return True
        if core.needs == "plural_noun":     # 'nombreux habitants'; 'venus nombreux', 'le nombreux public' describe
            return head is not None and head.i == core.end and _plural(head)
        if core.needs:
            if head is None or core.end >= len(doc) or doc[core.end].lower_ not in OF:
                return False
            if core.needs == "people":      # 'beaucoup de gens'; 'beaucoup de discussions' is no count
                return self._counts_people(head)
            return core.needs != "plural" or _plural(head)
        adverb = core.start > 0 and doc[core.start - 1].lower_ in self.links["adverbial"] \
            and doc[core.end - 1].pos_ == "NOUN" and not (core.end < len(doc) and doc[core.end].lower_ in OF)
        return not adverb     # 'pour la plupart mineurs'; 'en plusieurs endroits' still counts

    def _counts_one(self, doc: Doc, core: NumberCore, head: Optional[Token], unit: str, event: str,
                    qualified: bool) -> bool:
        """'un soldat a été tué' reports one death, 'un kilo de riz' weighs, 'au moins un adulte' counts;
        'un soldat a dit' is an article."""
        partitive = core.end < len(doc) and doc[core.end].lower_ in OF and event in CASUALTY    # 'un des deux patients'
        if head is not None and self._singular(head) in self.lengths:
            return head.i + 1 < len(doc) and doc[head.i + 1].lower_ in OF      # 'un mètre d'eau'
        return says_only_one(doc, core, self.links) or self._one_casualty(head, unit, event) or partitive \
            or (head is not None and (qualified or self._singular(head) in self.measure_nouns))

    def _one_casualty(self, head: Optional[Token], unit: str, event: str) -> bool:
        """'un mort', 'une victime'; 'un soldat' as the subject or object of a killing verb
        ('Un soldat a été tué'), not a noun further down ('l'attaque d'un poste ... tués')."""
        if head is None:
            return False
        bare = unit == "personne" and not self._role(head)    # 'un mort', 'un Ukrainien'; not 'un soldat'
        if bare and event in CASUALTY:
            return True
        if not bare and event not in CASUALTY and enumerated(head):
            return True     # things listed ('9 drones, un hélicoptère'); people there are sources
        verb, edge = head.head, head.left_edge.i
        if edge > 0 and head.doc[edge - 1].text == "(":
            return False    # '(une branche de l'armée)': an aside defining a name, parsed as the subject
        phrase = f"{verb.lemma_.lower()} {{}}"      # 'un soldat a perdu la vie': the object is the phrase's own
        if head.dep_ == "nsubj" and any(c.dep_ == "obj" and phrase.format(c.lemma_.lower()) not in self.events
                                        for c in verb.children):
            return False    # 'Un attentat a tué douze soldats': the subject of an active killing is its agent
        return head.dep_.startswith(("nsubj", "obj")) and self._verb_event(verb) == "killed"

    @staticmethod
    def _closes(doc: Doc, after: dict, end: int) -> bool:
        """A qualifier follows at ``end`` and belongs to this figure, not to a next number."""
        if end not in after:
            return False
        following = after[end][0]
        if following < len(doc) and doc[following].lower_ in OF:
            following += 1      # '12 policiers et plus de 30 autres': 'plus de' opens the next figure
        return following >= len(doc) or not doc[following].like_num

    def _not_a_count(self, head: Token) -> bool:
        """Durations ('deux jours'), clock times ('14 heures') and dates ('24 février')."""
        return head.lemma_.lower() in self.time_units or head.lower_ in self.time_units

    def _rate(self, doc: Doc, end: int, head: Optional[Token], np_end: int) -> tuple[Optional[Token], int]:
        """'198 pour 100 000 habitants': a rate, whose base and noun are the figure's; it counts what
        'le taux de …' before it names ('le taux de visites … 198 pour 100 000 habitants'), else the base's noun."""
        noun = rate_base(doc, end, self._cardinal, self.links)
        if noun is None:
            return head, np_end
        return rated_noun(doc, end, self.links) or doc[noun], self._phrase_end(doc, noun + 1)

    def _idiom(self, doc: Doc, core: NumberCore, head: Optional[Token]) -> bool:
        """'aux quatre coins du pays', 'à deux pas de la gare': a set phrase, not a count."""
        return head is not None and f"{doc[core.start].lower_} {head.lower_}" in self.idioms

    def _counted(self, doc: Doc, core: NumberCore, end: int) -> tuple[Optional[Token], int]:
        """The head noun of what the number counts, and where its noun phrase ends."""
        j = end
        if j + 2 < len(doc) and doc[j].lower_ in OF and doc[j + 1].lower_ == "entre" and doc[j + 2].pos_ == "PRON":
            return None, j + 3          # 'la plupart d'entre eux': unit from the antecedent
        # 'plusieurs villes', 'de nombreux maires': the vague words determine the noun, no 'de' between
        determiner = core.kind == "vague" and (doc[end - 1].pos_ == "DET" or (end < len(doc) and doc[end].lower_ not in OF))
        if core.kind in ("share", "collective", "vague", "multiplied", "percent", "money") and not determiner:
            if j >= len(doc) or doc[j].lower_ not in OF:
                return None, end
            j += 1
            if j < len(doc) and doc[j].pos_ == "DET":
                j += 1
        if core.kind == "vague":
            j = self._past_scale_nouns(doc, j)     # 'des centaines de milliers de blessés': the wounded
        if self._own_people(doc, j):
            return None, j + 2          # '12 des leurs': people of their own side
        if core.kind in ("count", "one"):
            j = past_partitive(doc, j)      # 'trois de ses soldats', 'un des deux patients'
        if core.kind == "one" and says_only_one(doc, core, self.links):
            j += 1                      # 'un seul prévenu'
        quoted = quoted_noun(doc, j)
        if quoted != j:
            return doc[quoted], quoted + 2      # '32 « bandits »', the closing mark with it
        if j < len(doc) and doc[j].text in self.measures:
            return doc[j], j + (3 if per_unit(doc, j) else 1)     # '184 000 m²', '100 km/h'
        j = self._past_epithets(doc, j)     # '300 nouveaux drones', 'plusieurs très fortes explosions'
        # a participle taken as a noun ('trois prévenus', 'un seul élu') is tagged a verb
        nominal = j < len(doc) and doc[j].pos_ == "VERB" and "Part" in doc[j].morph.get("VerbForm") \
            and doc[j - 1].i in (end - 1, end)
        if j >= len(doc) or not _word(doc[j]) or (doc[j].pos_ not in ("NOUN", "PROPN", "ADJ") and not nominal):
            return None, end
        return doc[j], self._phrase_end(doc, j + 1)

    @staticmethod
    def _past_epithets(doc: Doc, j: int) -> int:
        """Where the noun starts after adjectives set before it, with their adverbs ('très fortes')."""
        k = j
        while k < len(doc) and k - j < 3 and doc[k].pos_ in ("ADV", "ADJ"):
            k += 1
        return k if j < k < len(doc) and doc[k].pos_ == "NOUN" and doc[k - 1].pos_ == "ADJ" else j

    def _past_scale_nouns(self, doc: Doc, j: int) -> int:
        """Skip 'milliers de', 'millions d'' after a vague word: the scale is no unit."""
        while j + 2 < len(doc) and doc[j + 1].lower_ in OF and (numbers.multiplier_value(doc[j].lower_, self.lang)
                                                                 or numbers.approximate_value(doc[j].lower_, self.lang)):
            j += 2
        return j

    @staticmethod
    def _phrase_end(doc: Doc, j: int) -> int:
        """Extend over adjectives, names and one linked noun: a 'de' compound ('systèmes de
        défense'), a coordinated noun ('avions et hélicoptères') or a rate ('par jour')."""
        linked = False
        while j < len(doc):
            token = doc[j]
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if hyphen_inside(doc, j, j - 1) and nxt is not None and nxt.is_alpha:
                j += 2                  # 'sapeurs-pompiers' split by the tokenizer
            elif token.is_punct:
                return j
            if token.pos_ in ("ADJ", "PROPN", "X") or (token.pos_ == "NOUN" and token.is_upper) or code(token):
                j += 1
            elif token.lower_ in ("et", "ou") and code(doc[j - 1]) and nxt is not None and code(nxt):
                j += 2                  # 'deux trains L et S': the names of two lines, one noun phrase
            elif not linked and token.lower_ in ("de", "d'", "et", "ou", "par") and nxt is not None \
                    and nxt.pos_ == "NOUN":
                j, linked = j + 2, True
            else:
                return j
        return j

    def _range_of_no_count(self, doc: Doc, core: NumberCore) -> bool:
        """'deux sœurs de 12 à 14 ans', 'de trois à cinq ans de prison': the first bound of a range
        whose noun is an age or a duration counts nothing either."""
        if core.kind not in ("count", "multiplied") or not is_range_link(doc, core, self.links):
            return False
        following = self._number(doc, core.end + 1)
        head = self._counted(doc, following, following.end)[0] if following is not None else None
        return head is not None and self._not_a_count(head)

    def _range_end(self, doc: Doc, core: NumberCore) -> Optional[NumberCore]:
        """The upper bound of a range whose noun follows it ('entre 200 et 300 soldats')."""
        if core.kind not in ("count", "multiplied") or not is_range_link(doc, core, self.links):
            return None
        following = self._number(doc, core.end + 1)
        if following is None:
            return None
        # a range rises; 'passant de 214 à 198' after a word of change is a level before and after
        if (self._cardinal(doc, following.start)[1] or 0) <= (core.value or 0) and not from_to(doc, core, self.links):
            return None
        head = self._counted(doc, following, following.end)[0]
        if head is None and following.kind == "count":
            head = self._rate(doc, following.end, None, following.end)[0]      # '… à 198 pour 100 000 habitants'
        if following.kind == "percent" or (head is not None and not self._not_a_count(head)) \
                or (head is None and between(doc, core, self.links)):    # 'ils étaient entre 40 et 45'
            return following
        return None


def _word(token: Token) -> bool:
    """A word, hyphenated ones too ('ex-maires', 'sans-abri'), not a number or a sign."""
    return token.is_alpha or all(part.isalpha() for part in token.text.split("-"))


def _plural(token: Token) -> bool:
    """Plural by the parse, or by its ending when the parse gives no number."""
    number = token.morph.get("Number")
    return "Plur" in number or (not number and token.lower_.endswith(("s", "x")))
