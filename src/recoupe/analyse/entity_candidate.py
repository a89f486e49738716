"""The candidate every entity finder yields, the trust ranks that settle overlaps, and the two
token tests every finder shares (a line's first word, a split hyphenated name's part)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

#: how far a finder is trusted when spans overlap; a place name loses to a person's full name
#: ("Lloyd Austin", "Vladimir Poutine", "Maurice Dupont") but wins over any other statistical guess
FULL_NAME, GAZETTEER, PATTERN, CITY, MODEL = 4, 3, 2, 1.5, 1
#: spaCy's French labels -> contract types (MISC is kept only when a pattern types it)
MODEL_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
#: syntactic roles in which a capital city stands for its government ("Moscou a demandé")
GOVERNMENT_DEPS = ("nsubj", "nsubj:pass", "obl:agent")


@dataclass
class Candidate:
    start: int                 # token indices in the doc
    end: int
    type: str
    key: str                   # what it names: mentions with one key are one entity
    name: str
    priority: float
    kind: str = "name"
    trigger: Optional[str] = None   # the common noun that introduced a pattern match
    container: bool = False         # a name that may hold other names; with a trigger (an institution
                                    # or a facility: "cour d'appel de Lyon") they are kept as well

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


def _line_start(token: Token) -> bool:
    return token.is_sent_start or token.i == 0 or "\n" in token.nbor(-1).whitespace_ + token.nbor(-1).text


def _hyphen_part(doc: Doc, i: int) -> bool:
    """The rest of a hyphenated name the tokenizer split off: "Pyrénées" + "-Orientales"."""
    text = doc[i].text
    return not doc[i - 1].whitespace_ and (text == "-" or text[:1] == "-" and text[1:2].isupper()
                                           or doc[i - 1].text == "-" and text[:1].isupper())
