"""The number part of a figure: digits or number words with what multiplies or divides them
('4 500', 'vingt et un', '2 millions et demi', '44 M€', 'la moitié', 'une centaine de', '12 %'), read
token by token from where a figure may start. A mixin of ``figures.FigureFinder``, whose word lists
(currencies, measures, links) it reads."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from recoupe.analyse import numbers
from recoupe.analyse.figure_links import OF, echoed, hyphen_inside

#: characters glued to a number that make it part of a name or a rank ('Shahed-136', 'n°1')
_GLUE = "-°/_"


@dataclass
class NumberCore:
    """The number part of a figure: tokens [start, end) of the doc."""
    start: int
    end: int
    value: Optional[float]
    kind: str                        # count | one | multiplied | share | collective | vague | percent | money
    qualifier: Optional[str] = None  # set by the number itself: about (une centaine), vague
    unit: Optional[str] = None       # set by the number itself: a currency symbol
    needs: Optional[str] = None      # a vague phrase that counts only with its 'de' complement


class NumberReader:
    lang: str
    currencies: dict[str, str]
    measures: dict[str, str]
    links: dict

    def _core(self, doc: Doc, i: int, vague: dict) -> Optional[NumberCore]:
        token = doc[i]
        if i in vague:
            return NumberCore(i, vague[i][0], None, "vague", qualifier="vague", needs=vague[i][1])
        if token.text in self.currencies and i + 1 < len(doc):
            core = self._number(doc, i + 1)
            if core is not None and core.kind in ("count", "multiplied"):
                return NumberCore(i, core.end, core.value, "money", unit=self.currencies[token.text])
            return None
        share = numbers.fraction_value(token.text, self.lang)
        if i > 0 and share is not None and numbers.is_share_of(doc[i - 1].text, self.lang):
            return NumberCore(i, i + 1, share, "share")    # 'plus du tiers'
        if numbers.is_share_article(token.text, self.lang) and i + 1 < len(doc):      # 'la moitié', 'le tiers'
            share = numbers.fraction_value(doc[i + 1].text, self.lang)
            ordinal = i + 2 < len(doc) and doc[i + 2].pos_ == "NOUN"    # 'la dixième fois'
            # 'la neuvième en dix mois' ranks; 'le cinquième des votants' is a share
            ordinal = ordinal or numbers.is_ordinal(doc[i + 1].text, self.lang) \
                and (i + 2 >= len(doc) or doc[i + 2].lower_ not in OF)
            if share is not None and not ordinal:
                return NumberCore(i, i + 2, share, "share")
            about = numbers.approximate_value(doc[i + 1].text, self.lang)    # 'la soixantaine de'
            of = i + 2 < len(doc) and doc[i + 2].lower_ in ("de", "d'")
            if about is not None and of and not doc[i + 1].lower_.endswith("s"):
                return NumberCore(i, i + 2, about, "collective", "about")
        return self._number(doc, i)

    def _number(self, doc: Doc, i: int) -> Optional[NumberCore]:
        """Digits or number words at i, with the word that multiplies or divides them."""
        glued = numbers.glued_amount(doc[i].text, self.currencies, self.lang)     # '685M€'
        if glued is not None:
            return NumberCore(i, i + 1, glued[0], "money", unit=glued[1])
        end, value = self._cardinal(doc, i)
        if value is None:
            return None
        end = echoed(doc, i, end, value)
        scaled = self._scaled_by_word(doc, i, end, value)
        if scaled is not False:
            return scaled
        marked = self._marked_by_symbol(doc, i, end, value)
        if marked is not None:
            return marked
        if end == i + 1 and numbers.is_one(doc[i].text, self.lang):
            return NumberCore(i, end, 1.0, "one")    # mostly an article: kept only for a casualty
        # 'deux millions de doses': a number word of millions counts through 'de', as '2 millions'
        big = (numbers.multiplier_value(doc[end - 1].lower_, self.lang) or 0) > 1e3
        end, value = self._and_a_half(doc, end, value)
        return NumberCore(i, end, value, "multiplied" if big else "count")

    def _scaled_by_word(self, doc: Doc, i: int, end: int, value: float):
        """A collective, scale or share word after the number ('3 centaines', '4 millions', 'deux tiers');
        None when it makes the number no figure (a rank), False when no such word follows."""
        nxt = doc[end].text if end < len(doc) else ""
        for lookup, kind in ((numbers.approximate_value, "collective"), (numbers.multiplier_value, "multiplied"),
                             (numbers.fraction_value, "share")):
            factor = lookup(nxt, self.lang)
            if factor is None:
                continue
            # 'on attend la septième, plus lourde': a rank; 'un cinquième (ou moins) des votants' a share
            if kind == "share" and numbers.is_ordinal(nxt, self.lang) and (end + 1 >= len(doc) or doc[end + 1].is_punct):
                return None
            if kind == "multiplied":
                return self._multiplied(doc, i, end, value, factor)
            return NumberCore(i, end + 1, value * factor, kind, "about" if kind == "collective" else None)
        return False

    def _multiplied(self, doc: Doc, i: int, end: int, value: float, factor: float) -> NumberCore:
        end, value = self._smaller_scale(doc, end + 1, factor, value * factor)
        symbol = doc[end].text if end < len(doc) else ""
        if symbol in self.currencies:
            return NumberCore(i, end + 1, value, "money", unit=self.currencies[symbol])   # '2 milliards FCFA'
        # '400 mille touristes' counts without 'de'; '4 millions de touristes' needs it
        big = (numbers.multiplier_value(doc[end - 1].lower_, self.lang) or 0) > 1e3
        end, value = self._and_a_half(doc, end, value)
        return NumberCore(i, end, value, "multiplied" if big else "count")

    def _marked_by_symbol(self, doc: Doc, i: int, end: int, value: float) -> Optional[NumberCore]:
        """'44 M€', '12 %', '30 €': a scale symbol, a percent sign or a currency after the number."""
        nxt = doc[end].text if end < len(doc) else ""
        scaled = numbers.scale_symbol(nxt, self.currencies, self.lang) if end < len(doc) else None
        if scaled is not None:      # '44 M€'
            return NumberCore(i, end + 1, value * scaled[0], "money", unit=scaled[1])
        percent_end = self._percent_end(doc, end)
        if percent_end:
            return NumberCore(i, percent_end, value / 100, "percent")
        if nxt in self.currencies:
            return NumberCore(i, end + 1, value, "money", unit=self.currencies[nxt])
        return None

    def _and_a_half(self, doc: Doc, end: int, value: float) -> tuple[int, float]:
        """'un million et demi', 'deux milliards et demi': half the scale word before 'et' more."""
        scale = numbers.multiplier_value(doc[end - 1].lower_, self.lang) or 0
        if scale > 1e3 and numbers.half_after([t.lower_ for t in doc[end:end + 2]], self.lang):
            return end + 2, value + scale / 2
        return end, value

    def _smaller_scale(self, doc: Doc, j: int, factor: float, value: float) -> tuple[int, float]:
        """'4 millions 400 mille', '2 milliards 300 millions': a smaller scale right after a larger
        one adds to it (j is the token after the larger scale word)."""
        if j >= len(doc) or not doc[j - 1].whitespace_:
            return j, value
        k, more = self._cardinal(doc, j)
        smaller = numbers.multiplier_value(doc[k].text, self.lang) if more is not None and k < len(doc) else None
        if smaller is None or smaller >= factor or more * smaller >= factor:
            return j, value
        return k + 1, value + more * smaller

    def _cardinal(self, doc: Doc, i: int) -> tuple[int, Optional[float]]:
        """The end and value of a cardinal at i: '4 500' (two tokens), 'vingt et un'."""
        token = doc[i]
        value = numbers.digit_value(token.text)
        if value is not None:
            if self._glued(doc, token):
                return i, None
            end, text = i + 1, token.text
            while end < len(doc) and numbers.is_digit_group(doc[end].text) and doc[end - 1].whitespace_ == " ":
                text, end = text + doc[end].text, end + 1
            if end < len(doc) and numbers.is_closing_group(doc[end].text) and doc[end - 1].whitespace_ == " " \
                    and "," not in text:
                text, end = text + doc[end].text, end + 1
            return end, numbers.digit_value(text)
        end = i
        while end < len(doc) and (numbers.is_number_word(doc[end].lower_, self.lang)
                                  or self._compound_et(doc, end, i) or hyphen_inside(doc, end, i)):
            end += 1
        while end > i and doc[end - 1].text == "-":
            end -= 1
        if end == i:
            return i, None
        return end, numbers.word_value([t.lower_ for t in doc[i:end] if t.text != "-"], self.lang)

    def _compound_et(self, doc: Doc, k: int, start: int) -> bool:
        """'vingt et un' goes on after 'et'; 'trois et deux trains' are two figures."""
        return k > start and k + 1 < len(doc) and numbers.is_and(doc[k].text, self.lang) \
            and doc[k + 1].lower_ in self.links["compound_units"]

    def _glued(self, doc: Doc, token: Token) -> bool:
        """Letters or name glue touching the number ('Su-25', 'n°1'), a measure symbol aside
        ('50km/h'); read from the neighbouring tokens rather than doc.text, which spaCy rebuilds
        on every access."""
        previous = doc[token.i - 1] if token.i else None
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before = previous.text[-1] if previous is not None and not previous.whitespace_ else " "
        glued = following is not None and not token.whitespace_ and following.text not in self.measures
        after = following.text[0] if glued else " "
        return before in _GLUE or before.isalpha() or after in _GLUE or after.isalpha()

    def _percent_end(self, doc: Doc, end: int) -> int:
        for size in (2, 1):
            if end + size <= len(doc) and numbers.is_percent([t.text for t in doc[end:end + size]], self.lang):
                return end + size
        return 0
