"""Numbers that look like figures but count nothing: the speaker's own set ('nos deux
pays'), a label ('Boeing 737'), a year, a rank ('numéro deux mondial'), a clock time
('0500 GMT'), or one item of an enumeration whose shared noun is a duration ('âgés de 14,
16 et 17 ans'). The words involved are the language's (``figures_links.json``)."""
from __future__ import annotations

from typing import Any, Callable, Optional

from spacy.tokens import Doc, Token

from recoupe.analyse.numbers import digit_value, is_closing_group, is_digit_group, is_one, word_value

#: a cardinal reader: (doc, start) -> (end, value or None)
Cardinal = Callable[[Doc, int], tuple[int, Optional[float]]]
#: how many numbers an enumeration sharing one noun may hold ('14, 16, 17 et 18 ans')
_MAX_LISTED = 8


def known_set(doc: Doc, core: Any, links: dict, people: bool = False) -> bool:
    """'nos deux nations', 'vos trois pays': a first or second person possessive before the
    number names the speaker's own set, not a reported quantity, unless it counts people ('mes
    quatre enfants', 'nos deux gendarmes': who they are is told, their number is news); so does a demonstrative before a
    number in words after a topic preposition ('sur ces deux points'), which points back to what was
    just said. A definite, third person or other demonstrative determiner still counts ('les trois
    prévenus', 'ses deux enfants', 'à ces deux gendarmes': the count is news even when the set was
    named before), as do digits ('ces 28 projets', 'nos 80 hectares')."""
    if core.start == 0 or core.kind not in ("count", "multiplied"):
        return False
    determiner = doc[core.start - 1]
    pointing_back = ("Dem" in determiner.morph.get("PronType") and not doc[core.start].text[0].isdigit()
                     and core.start > 1 and doc[core.start - 2].lower_ in links["topic_prepositions"])
    # 'nos deux nations' names the speaker's own set; 'nos 80 hectares' in digits measures it
    owned = determiner.lower_ in links["speaker_possessives"] and not doc[core.start].text[0].isdigit()
    return pointing_back or (owned and not people)    # the parse gives no person


def label(doc: Doc, core: Any, head: Optional[Token]) -> bool:
    """Digits right after a name or a noun that counts nothing label it ('Boeing 737',
    'article 5', 'page 12'); after a name they do even before a noun ('Ligue 1 clubs'),
    but not before a plural common noun they count ('et le Rhin 16 degrés'). A percentage
    labels nothing: after a name it is that name's share ('UDR 41 %, MPN 29 %' in a poll)."""
    if core.start == 0 or not doc[core.start].text[0].isdigit() or core.kind == "percent":
        return False
    first = _listed_from(doc, core.start)
    if first < core.start and head is None:     # 'les lignes 7, 8 et 13': each number of the list labels
        return first > 0 and doc[first - 1].pos_ in ("NOUN", "PROPN")
    previous = doc[core.start - 1]
    counts = head is not None and head.pos_ == "NOUN" and head.is_lower and "Plur" in head.morph.get("Number")
    # 'l'article 38 instaurant …': a present participle after the label describes the thing labelled
    acting = head is not None and head.pos_ == "VERB" and "Pres" in head.morph.get("Tense")
    return (previous.pos_ == "PROPN" and not counts) or (previous.pos_ == "NOUN" and (head is None or acting))


def _listed_from(doc: Doc, k: int) -> int:
    """The first number of a list of digits that the one at k ends ('7, 8 et 13')."""
    while k >= 2 and doc[k - 1].lower_ in (",", "et", "ou") and doc[k - 2].text.isdigit():
        k -= 2
    return k


def floating(doc: Doc, core: Any, head: Optional[Token], links: dict) -> bool:
    """'toutes deux contestées', 'tous les trois': 'both', 'all three' of a set already named,
    with no noun counted after the number."""
    before = core.start - 1
    if before > 0 and doc[before].lower_ in links["floating_articles"]:
        before -= 1         # 'tous les deux'
    return before >= 0 and doc[before].lower_ in links["floating"] and (head is None or head.pos_ != "NOUN")


def both_sides(doc: Doc, core: Any, head: Optional[Token], links: dict) -> bool:
    """'les deux camps', 'dans les deux sens': both sides of a conflict, a deal or a road, no count."""
    return head is not None and core.start > 0 and doc[core.start - 1].lower_ == "les" \
        and doc[core.start].lower_ == "deux" and head.lower_ in links["both_sides"]


def layout(doc: Doc, core: Any, head: Optional[Token], links: dict) -> bool:
    """'une tour de douze étages', 'une route à deux voies': the number gives the size or
    make of a thing just named (a noun, maybe with its adjective, before 'de'/'à'), not a count."""
    if head is None or head.lower_ not in links["layout_nouns"] or core.start < 2:
        return False
    link, owner = doc[core.start - 1], doc[core.start - 2]
    return link.lower_ in links["layout_links"] and (link.lower_ == "fois" or owner.pos_ in ("NOUN", "ADJ", "PROPN"))


def year_like(value: Optional[float]) -> bool:
    return value is not None and value == int(value) and 1800 <= value <= 2100


def written_as_year(doc: Doc, core: Any) -> bool:
    """'2018' in one piece, or in words, may be a year; '2 000', '2.000' are written as counts."""
    tokens = doc[core.start:core.end]
    return year_like(core.value) and (len(tokens) == 1 and tokens[0].text.isdigit()
                                      or not any(t.text[:1].isdigit() for t in tokens))


def continues_number(doc: Doc, i: int) -> bool:
    """'000' in '2 000' when the number before it was left out: a digit group goes with it."""
    return i > 0 and (is_digit_group(doc[i].text) or is_closing_group(doc[i].text)) \
        and doc[i - 1].text[-1:].isdigit() and doc[i - 1].whitespace_ == " "


def year_before_name(doc: Doc, core: Any) -> bool:
    """'Bilan 2022 Finistère', 'le classement 2023 des villes': four digits read as a year label
    what follows (a name, a determiner, a preposition); a count in four digits stands right before
    its noun ('1500 manifestants', '1800 Bretons': a name in the plural counts people)."""
    if core.end - core.start != 1 or core.end >= len(doc):
        return False
    number, after = doc[core.start], doc[core.end]
    name = after.is_title and not after.text.endswith(("s", "x"))    # the parse tags 'Bretons' singular
    return len(number.text) == 4 and number.text.isdigit() and year_like(float(number.text)) \
        and (name or after.pos_ in ("DET", "ADP"))


def ranked(doc: Doc, core: Any, links: dict) -> bool:
    """'numéro deux mondial', 'le n° 1 du secteur': a number after a rank noun is a place
    in a ranking, in digits or in words, whatever follows it."""
    return core.start > 0 and doc[core.start - 1].lower_ in links["rank"]


def clock_time(doc: Doc, end: int, links: dict) -> bool:
    """'vers 0500 GMT', '14h30 UTC': a number followed by a time zone is a time of day."""
    return end < len(doc) and doc[end].lower_ in links["time_zones"]


def shared_noun_at(doc: Doc, end: int, cardinal: Cardinal, links: dict,
                   qualifiers: Optional[dict] = None) -> Optional[int]:
    """'âgées de 12, 13 et 15 ans', '15, 20 ou 30 euros': where the noun shared by an
    enumeration of numbers starts, seen from the end of its first number; None when no
    other number follows. A member may carry its own qualifier ('300, 400, près de 500
    manifestants'): ``qualifiers`` maps a number's start to the (start, label) of the
    phrase before it. Only the few tokens of the list are read."""
    j, hops = end, 0
    while hops < _MAX_LISTED and j + 1 < len(doc) and (doc[j].text == "," or doc[j].lower_ in links["list"]):
        following, value = cardinal(doc, _past_qualifier(j + 1, qualifiers or {}))
        if value is None or is_one(doc[j + 1].text, doc.lang_):
            break       # 'rachetée en 1994 et un déménagement plus tard': 'un' after 'et' is an article
        j, hops = following, hops + 1
    return j if hops and j < len(doc) else None


def _past_qualifier(k: int, qualifiers: dict) -> int:
    """Where the number starts when a qualifier phrase of up to three words begins at k."""
    return next((n for n in range(k + 1, k + 4) if qualifiers.get(n, (None,))[0] == k), k)


def locating(doc: Doc, start: int, end: int, unit: Optional[str], links: dict) -> bool:
    """'à 400 kilomètres de la capitale', 'à une vingtaine de km au nord': a distance that says
    where a place lies, not a quantity of anything."""
    if unit not in links["distance_units"] or start == 0 or doc[start - 1].lower_ not in links["locating_before"]:
        return False
    return end < len(doc) and doc[end].lower_ in links["locating_after"]


def multiplying(doc: Doc, core: Any, head: Optional[Token], links: dict, time_units: set[str]) -> bool:
    """'quatre fois plus cher', 'trois fois la moyenne', 'deux fois deux voies', 'une fois': a number of
    times before a comparison, another number or a determiner of no time multiplies or is an adverb;
    'touché 16 fois', 'consultée 90 000 fois la semaine passée' count repetitions."""
    if head is None or head.lower_ not in links["repetition"]:
        return False
    if core.kind == "one" or head.i + 1 >= len(doc):
        return core.kind == "one"
    following = doc[head.i + 1]
    if following.lower_ in links["comparatives"] or following.like_num:
        return True
    return following.pos_ == "DET" and head.i + 2 < len(doc) and doc[head.i + 2].lemma_.lower() not in time_units


def restated(doc: Doc, core: Any) -> bool:
    """'trois (03) ans', 'deux (02) décrets': administrative copy repeats a number written in words
    in digits between brackets; the bracket is the same number, never a figure of its own."""
    if core.start < 2 or core.end >= len(doc) or doc[core.start - 1].text != "(" or doc[core.end].text != ")":
        return False
    words = []
    k = core.start - 2
    while k >= 0 and doc[k].like_num and not doc[k].text[:1].isdigit() and len(words) < 4:
        words.insert(0, doc[k].lower_)
        k -= 1
    return bool(words) and word_value(words, doc.lang_) == digit_value(doc[core.start:core.end].text)
