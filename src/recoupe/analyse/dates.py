"""recoupe_dates: temporal expressions that locate events, resolved against publication.

The expressions are spaCy Matcher patterns kept as data (``dates_rules.json``, words in
``dates_vocabulary.json``); each rule names how to resolve it (weekday, offset from the
publication date, explicit calendar date, or vague). ``analyse.temporal`` does the date
arithmetic and refuses to resolve what is not certain: the value is then None but the
expression is still listed.
"""
from __future__ import annotations

import copy
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan
from spacy.util import filter_spans

from recoupe.analyse import date_ranges, extensions, temporal
from recoupe.analyse.date_anaphora import anaphoric_dates, told_year
from recoupe.analyse.date_names import day_number_pattern, day_of_month, generic_day, weekday_in_title, year_as_topic
from recoupe.analyse.date_tenses import _direction, _tenses, hypothetical, names_a_change
from recoupe.analyse.matching import WindowedMatcher
from recoupe.analyse.numbers import digit_value, word_value
from recoupe.resources import load_json
from recoupe.schema import DateRef

#: placeholders of dates_rules.json that stand for a whole token pattern ('@daynum' is built
#: from the vocabulary's endings of the first day)
_TOKEN_PLACEHOLDERS = {
    "@number": {"LIKE_NUM": True},
}


@Language.factory("recoupe_dates", default_config={})
def make_dates(nlp: Language, name: str):
    return DateFinder(nlp)


class DateFinder:
    def __init__(self, nlp: Language):
        self.lang = nlp.lang
        self.vocabulary = load_json(self.lang, "dates_vocabulary")
        self.rules = load_json(self.lang, "dates_rules")["rules"]
        self.placeholders = {**_TOKEN_PLACEHOLDERS, "@daynum": {"TEXT": {"REGEX": day_number_pattern(self.vocabulary)}}}
        self.matcher = WindowedMatcher(nlp.vocab, nlp.Defaults.stop_words)
        for index, rule in enumerate(self.rules):
            self.matcher.add(str(index), [self._expand(rule["pattern"])])

    def _expand(self, pattern: list[dict]) -> list[dict]:
        """The rule's pattern with @placeholders replaced by vocabulary words."""
        expanded = []
        for token in pattern:
            lower = token.get("LOWER")
            placeholder = lower.get("IN") if isinstance(lower, dict) and isinstance(lower.get("IN"), str) else None
            if placeholder in self.placeholders:
                spec = dict(self.placeholders[placeholder])
                if "OP" in token:
                    spec["OP"] = token["OP"]
                expanded.append(spec)
            elif placeholder:
                token = copy.deepcopy(token)
                token["LOWER"]["IN"] = self._words(placeholder.lstrip("@"))
                expanded.append(token)
            else:
                expanded.append(token)
        return expanded

    def _words(self, name: str) -> list[str]:
        if name == "mid_month":
            return [f"mi-{month}" for month in self.vocabulary["month"]]
        if name == "mid_year":      # 'mi-2015': the matcher needs a closed set of words
            return [f"mi-{year}" for year in range(1800, 2101)]
        return list(self.vocabulary[name])

    def __call__(self, doc: Doc) -> Doc:
        found = self.find(doc)
        anchor = temporal.parse_published(extensions.published(doc))
        refs = [self._dateref(doc, f"d{n}", span, rule, anchor) for n, (span, rule) in enumerate(found, start=1)]
        refs = told_year(found, refs, self) if anchor is not None else self._narrative(doc, found, refs)
        refs = anaphoric_dates(doc, found, refs, self, anchor)
        doc._.dates = refs
        return doc

    def _narrative(self, doc: Doc, found: list, refs: list[DateRef]) -> list[DateRef]:
        """Without a publication date, a partial date is read from the nearest full date
        written before it ('Le 3 mai 2021, … Le 12 juin, …'), else the first one after (a
        dateline or a 'publié le' stamp). A weekday only from a stamp, wherever it stands (it is
        the day of writing): after an event's date, 'lundi' may point either way, and a date told
        in a sentence ('le record datait du 20 juillet 1997') is no day of writing."""
        full = [(temporal.Anchor(temporal.iso_day(r.value), "day"), span) for (span, _), r in zip(found, refs) if r.precision == "day"]
        stamped = full and _stamp(full[0][1], self.vocabulary["stamp_participle"], self.vocabulary["coverage_verbs"])
        current, narrated, out = (full[0][0], not stamped, []) if full else (None, True, [])
        ahead = bool(full) and not stamped     # the anchor is a date told further on
        written: list[int] = []     # the years written out so far
        for (span, rule), ref in zip(found, refs):
            if ref.precision == "day":
                current, narrated, ahead = temporal.Anchor(temporal.iso_day(ref.value), "day"), True, False
            elif ahead and self._from_writing(span):
                pass    # 'le 28 mai dernier' before any date: the day of writing, which a later date is not
            elif stamped and rule["kind"] == "weekday" and ref.value is None:
                ref = self._dateref(doc, ref.id, span, rule, full[0][0])    # the stamp is the day of writing
            elif _sets_the_scene(span, ref, self.vocabulary["scene_preposition"]):
                # 'En 2009, la crue avait noyé les berges entre mars et avril': the year the
                # account has reached, rather than a full date written further away
                current, narrated, ahead = temporal.Anchor(temporal.iso_day((ref.value + "-01-01")[:10]), ref.precision), True, False
            elif current is not None and ref.value is None and not (narrated and rule["kind"] == "weekday") \
                    and rule["kind"] not in _DEICTIC:
                # 'hier', 'la semaine dernière', 'à la rentrée', 'cet été' count from the day of
                # writing, which a date in the text is not: without a publication date they stay unresolved
                direction = "within" if current.precision == "year" else rule.get("direction") or "nearest"
                read = self._dateref(doc, ref.id, span, dict(rule, direction=direction)
                                     if rule["kind"] in ("calendar", "month_range") else rule, current)
                # from a date told further on, only its own year is written: 'en juillet' before 'le 1er
                # janvier 2031' read as July 2030 would be a year no one wrote
                ref = ref if ahead and (read.value or "")[:4] != str(current.date.year) else read
                if ref.precision == "day" and rule["kind"] == "calendar":
                    current = temporal.Anchor(temporal.iso_day(ref.value), "day")
            if ref.value is None and rule["kind"] == "calendar" and written and span[0].lower_ in self.vocabulary["this_day"]:
                ref = self._weekday_in_year(doc, ref, span, rule, written[-1])
            if ref.value and any(t.shape_ == "dddd" for t in span):
                written.append(int(ref.value[:4]))
            out.append(ref)
        return out

    def _weekday_in_year(self, doc: Doc, ref: DateRef, span: SpacySpan, rule: dict, year: int) -> DateRef:
        """'Les fermetures se succèdent en 2031 … ce mardi 11 février …': without a publication date, a
        date of the writer's own week ('ce' + weekday, day and month) takes the last year written
        before it when the weekday falls on that day in that year. 'le dimanche 3 juillet' may tell
        any past year, and one year in seven has the weekday right: it stays unresolved."""
        resolved = self._resolve_calendar(span, temporal.Anchor(temporal.dt.date(year, 1, 1), "year"), "within", year)
        weekday = next((self.vocabulary["weekday"][t.lower_] for t in span if t.lower_ in self.vocabulary["weekday"]), None)
        if resolved is None or resolved.precision != "day" or weekday is None or temporal.iso_day(resolved.value).weekday() != weekday:
            return ref
        return self._dateref(doc, ref.id, span, dict(rule, year=year), temporal.Anchor(temporal.iso_day(resolved.value), "day"))

    def _from_writing(self, span: SpacySpan) -> bool:
        """'le 28 mai dernier', 'le 3 juin prochain': counted from the day of writing."""
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        return after in self.vocabulary["counted_from_writing"] or span[-1].lower_ in self.vocabulary["counted_from_writing"]

    def find(self, doc: Doc) -> list[tuple[SpacySpan, dict]]:
        """Matched expressions, longest first among overlaps, in text order."""
        spans = [SpacySpan(doc, start, end, label=key) for key, start, end in self.matcher(doc)]
        spans = [s for s in spans if (not self._rule(s).get("standalone_year") or self._year(s))
                 and not self._clock(s) and not date_ranges.two_dates(s, self._rule(s)["kind"], self.vocabulary)
                 and _named_before(s, self._rule(s), self.vocabulary["title_before_year"])
                 and not self._not_a_term(s) and not self._count_range(s) and not self._generic_month(s)
                 and not _observance(s, self.vocabulary["day_part"]) and not generic_day(s, self.vocabulary)
                 and not weekday_in_title(s, self.vocabulary)]
        # a year described ('cette année 2031 a été …') takes its shorter matches ('cette année') with it
        topics = [s for s in spans if year_as_topic(s, self.vocabulary)]
        spans = [s for s in spans if not any(s.start < t.end and t.start < s.end for t in topics)]
        found = []
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            ends = date_ranges.range_ends(span, self.vocabulary) if self._rule(span)["kind"] == "day_range" else None
            # each end of 'du 23 mars au 30 mars' is a calendar date, with the year the other end writes
            found.extend([(end, {"kind": "calendar", "year": year}) for end, year in ends] if ends else [(span, self._rule(span))])
        return self._with_day_parts(found)

    def _rule(self, span: SpacySpan) -> dict:
        return self.rules[int(span.doc.vocab.strings[span.label])]

    def _with_day_parts(self, found: list[tuple[SpacySpan, dict]]) -> list[tuple[SpacySpan, dict]]:
        """'ce jeudi dans la soirée', 'le 3 mai en fin de matinée': a day with its demonstrative
        and the part of the day after it is one expression, dated by the day (the part alone
        would be read from the publication date). Looks only at the few tokens around each day."""
        out: list[tuple[SpacySpan, dict]] = []
        for span, rule in found:
            if out and span.start < out[-1][0].end:
                continue        # the part of the day already taken into the day before it
            if rule["kind"] in ("weekday", "calendar"):
                span = self._day_part(span)
            out.append((span, rule))
        return out

    def _day_part(self, span: SpacySpan) -> SpacySpan:
        doc, vocabulary = span.doc, self.vocabulary
        start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ in vocabulary["this_day"] else span.start
        end = span.end
        if end < len(doc) and doc[end].lower_ in vocabulary["day_part_lead"]:
            i = end + 1
            while i < min(len(doc), end + 5) and doc[i].lower_ in vocabulary["day_part_joint"]:
                i += 1
            if i < len(doc) and doc[i].lower_ in vocabulary["day_part"]:
                end = i + 1
        return SpacySpan(doc, start, end, label=span.label)

    def _not_a_term(self, span: SpacySpan) -> bool:
        """'une rentrée d'argent' is income, not the start of a school year."""
        if self._rule(span)["kind"] != "school" or span.end >= len(span.doc):
            return False
        return span.doc[span.end].lower_ in self.vocabulary["not_term"]

    def _generic_month(self, span: SpacySpan) -> bool:
        """'un record pour un mois de juin', 'chaque mois de mars': a month named as a kind
        (an indefinite or distributive 'mois de') locates no event; 'au mois de juin' does."""
        doc = span.doc
        month = next((t.i for t in span if t.lower_ in self.vocabulary["month"]), None)
        return month is not None and month >= 3 and doc[month - 1].lower_ in ("de", "d'", "d’") \
            and doc[month - 2].lower_ == "mois" and doc[month - 3].lower_ in self.vocabulary["generic_month"]

    def _count_range(self, span: SpacySpan) -> bool:
        """'entre 1200 et 2000 manifestants', 'de 1500 à 1800 euros': the first bound of a
        counted range, not a year; 'entre 2004 et 2006' stays a stretch of years."""
        doc, end = span.doc, span.end
        if span[-1].shape_ != "dddd" or end + 2 >= len(doc) or doc[end].lower_ not in self.vocabulary["range_joints"]:
            return False
        if span[0].lower_ not in self.vocabulary["range_openers"]:
            return False        # '67 % en 1942 et 65 % en 1900': a year, then another figure
        bound, counted = doc[end + 1], doc[end + 2]
        return bound.text[:1].isdigit() and counted.pos_ in ("NOUN", "PROPN") and not counted.is_title

    def _clock(self, span: SpacySpan) -> bool:
        """'vers 0500 GMT', 'à 0730': four digits with a leading zero or a time zone after
        them tell a time of day, not a year."""
        digits = [t for t in span if t.shape_ == "dddd"]
        if not digits:
            return False
        after = span.doc[span.end] if span.end < len(span.doc) else None
        zone = after is not None and after.lower_ in self.vocabulary["time_zone"]
        return zone or any(t.text.startswith("0") for t in digits)

    def _year(self, span: SpacySpan) -> bool:
        """'une loi de 2010' names a year; 'plus de 2000 manifestants', '2019 abonnés' count."""
        number, before = span[-1], span.doc[span.start - 1] if span.start > 0 else None
        # a number counts the noun after it; one the parse hangs on a noun before it
        # ('le champion du monde 1998') names that noun's year
        if not 1800 <= int(number.text) <= 2100 or number.dep_ == "nummod" and number.head.i > number.i:
            return False
        after = span.doc[span.end] if span.end < len(span.doc) else None
        counted = after is not None and after.pos_ in ("NOUN", "PROPN") and not after.is_title
        return not counted and (before is None or before.lower_ not in self.vocabulary["approximate"])

    def _dateref(self, doc: Doc, ident: str, span: SpacySpan, rule: dict,
                 anchor: Optional[temporal.Anchor]) -> DateRef:
        resolved = self.resolve(span, rule, anchor)
        return DateRef(
            id=ident, span=extensions.text_span(doc, span.start_char, span.end_char),
            sentence=extensions.sentence_span(doc, span.start_char),
            value=resolved.value if resolved else None,
            precision=resolved.precision if resolved else None,
        )

    def resolve(self, span: SpacySpan, rule: dict, anchor: Optional[temporal.Anchor]) -> Optional[temporal.Resolved]:
        kind = rule["kind"]
        words = [t.lower_ for t in span]
        # a bare day or month is the coming one when its verb is in the future ('aura lieu mardi');
        # a calendar date whose verb is not in a past tense is the nearest one ('le 15 juillet'
        # announced in June is next month, not last year)
        # 'depuis le 7 octobre' started before the writing, whatever the tense: the last one
        direction = rule.get("direction") or self._planned(span) or (None if self._since(span) else _direction(kind, span)) \
            or ("nearest" if kind == "calendar" and names_a_change(span, self.vocabulary["change_nouns"]) else None)
        if hypothetical(span, self.vocabulary["condition"]):
            return None     # 'si le scrutin avait lieu dimanche': listed, dates nothing that happens
        if rule.get("past_only") and (not _tenses(span) & {"Past", "Imp", "Pqp"}
                                      or any("Fut" in t.morph.get("Tense") for t in span.sent)):
            return None     # 'seront faibles cet automne': the copula is not the parse's head
        if kind in ("period", "season"):
            return self._resolve_start(span, kind, anchor, direction)
        if kind == "weekday":
            weekdays = self.vocabulary["weekday"]
            if direction is None and self._this_weekday(span):
                direction = "nearest"
            # 'la nuit de samedi à dimanche': the night is dated by the day it ends in
            day = [w for w in words if w in weekdays][-1]
            return temporal.resolve_weekday(anchor, weekdays[day], direction)
        if kind == "offset":
            return self._resolve_offset(span, rule, anchor)
        if kind == "calendar":
            resolved = self._resolve_calendar(span, anchor, direction, rule.get("year"))
            # 'les 21, 22 et 23 mars': the listed days share their month
            return temporal.Resolved(resolved.value[:7], "month") if resolved and rule.get("day_list") else resolved
        if kind == "school":
            return self._resolve_school(span, anchor)
        if kind == "day_range":
            return date_ranges.resolve_day_range(span, self.vocabulary, anchor, direction)
        if kind == "month_list":
            return date_ranges.resolve_months(span, self.vocabulary, anchor, direction)
        if kind == "month_range":
            return date_ranges.resolve_month_range(span, self.vocabulary, anchor, direction)
        return None

    def _this_weekday(self, span: SpacySpan) -> bool:
        """'ce mercredi' with no past verb: the writer's own week, so read on a Monday the coming
        Wednesday ('avant d'affronter Lyon ce mercredi'), read on a Thursday the one just past."""
        words = [t.lower_ for t in span]
        this = words[0] in self.vocabulary["this_day"] and len(words) > 1 and words[1] in self.vocabulary["weekday"]
        # the parse may hang the day on no verb ('le club compte' read as a noun): the sentence tells
        return this and not (_tenses(span) & _PAST and _told_in_past(span.sent))

    def _planned(self, span: SpacySpan) -> Optional[str]:
        """'prévue en mars', 'pour le 2 juin': the coming one, whatever the tense."""
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        if before in self.vocabulary["planned"]:
            return "upcoming"
        # 'haussera ses tarifs à compter du 1er avril': the locution's infinitive carries no
        # tense and is often misattached, so the sentence tells: a future, or no past at all
        # (a headline 'Hausse des loyers à compter du 1er avril'), announces the coming date
        if self._intended(span):
            return "upcoming"
        if self._put_off_to(span):    # a day put off to is a coming one; a date, the nearest
            return "nearest" if any(t.like_num for t in span) else "next"
        if before in self.vocabulary["start_point"]:
            tenses = {tense for t in span.sent for tense in t.morph.get("Tense")}
            if "Fut" in tenses or not tenses & {"Past", "Imp", "Pqp"}:
                return "upcoming"
            # 'a annoncé lundi une trêve à partir du 1er mars': the locution dates the change its
            # noun names, not the announcement, so the past verb does not push the date back
            noun = span.doc[span.start - 3] if span.start >= 3 else None
            if noun is not None and noun.pos_ == "NOUN" and noun.lemma_ in self.vocabulary["change_nouns"]:
                return "nearest"
        return None

    def _put_off_to(self, span: SpacySpan) -> bool:
        """'l'audience, reportée au 4 mai': the date put off to is the new one, whatever the past
        of the verb that moved it."""
        doc, start = span.doc, span.start
        if span[0].lower_ not in self.vocabulary["postponement_prepositions"]:
            start -= 1      # the preposition may stand outside the expression
            if start < 1 or doc[start].lower_ not in self.vocabulary["postponement_prepositions"]:
                return False
        return doc[start - 1].lemma_ in self.vocabulary["postponement_verbs"]

    def _since(self, span: SpacySpan) -> bool:
        """'depuis le 7 octobre', 'depuis mars': the starting point of a stretch running to now."""
        since = self.vocabulary["since"]
        return span[0].lower_ in since or (span.start > 0 and span.doc[span.start - 1].lower_ in since)

    def _intended(self, span: SpacySpan) -> bool:
        """'prévoit d'ouvrir en février', 'compte lancer lundi': an infinitive under a verb of
        intent in the present or future names a coming date."""
        verb = span.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        plan = verb.head
        if "Inf" not in verb.morph.get("VerbForm") or plan.i == verb.i or plan.lemma_ not in self.vocabulary["plan_verbs"]:
            return False
        tenses = {t for a in (plan, *plan.children) if a is plan or a.dep_.startswith("aux") for t in a.morph.get("Tense")}
        return bool(tenses) and not tenses & {"Past", "Imp", "Pqp"} and "Cnd" not in plan.morph.get("Mood")

    def _resolve_start(self, span: SpacySpan, kind: str, anchor: Any, direction: Optional[str]) -> Optional[temporal.Resolved]:
        words = [t.lower_ for t in span]
        if kind == "season":
            month = next((self.vocabulary["season_start"][w] for w in words if w in self.vocabulary["season_start"]), None)
            if month and direction in ("previous", "next"):     # 'l'automne dernier', 'l'été prochain'
                return temporal.resolve_season(anchor, month, direction == "next")
        else:
            rank = next(self.vocabulary["ordinal"][w] for w in words if w in self.vocabulary["ordinal"])
            length = next(self.vocabulary["period"][w] for w in words if w in self.vocabulary["period"])
            month = (rank - 1) * length + 1 if rank * length <= 12 else None
        return temporal.resolve_start(anchor, month, direction == "upcoming") if month else None

    def _resolve_offset(self, span: SpacySpan, rule: dict, anchor: Any) -> Optional[temporal.Resolved]:
        if rule.get("day_anchor") and (anchor is None or anchor.precision != "day"):
            return None
        if rule["n"] == "recent":
            return temporal.resolve_offset(anchor, "recent_" + rule["unit"], 0)
        if isinstance(rule["n"], int):
            return temporal.resolve_offset(anchor, rule["unit"], rule["n"])
        units = self.vocabulary["unit"]
        unit = next(units[t.lower_] for t in span if t.lower_ in units)
        count = next((self._count(t.text) for t in span if t.like_num), None)
        if count is None or count != int(count):
            return None
        approximate = any(t.lower_ in self.vocabulary["approximate"] for t in span)
        sign = -1 if rule["n"] == "ago" else 1
        return temporal.resolve_offset(anchor, unit, sign * int(count), approximate)

    def _resolve_school(self, span: SpacySpan, anchor: Any) -> Optional[temporal.Resolved]:
        """'la rentrée': the coming one (its month), unless it has begun by publication or is said
        past ('la rentrée dernière'); 'la prochaine rentrée' is always the coming one."""
        words = {t.lower_ for t in span}
        month = next(self.vocabulary["school_start"][w] for w in words if w in self.vocabulary["school_start"])
        if anchor is None or anchor.precision == "year":
            return None
        begun = words & set(self.vocabulary["school_last"]) or anchor.date.month >= month
        year = temporal.resolve_start(anchor, month, bool(words & set(self.vocabulary["school_next"])) or not begun)
        return year and temporal.Resolved(f"{year.value}-{month:02d}", "month")     # its month is known too

    def _count(self, text: str) -> Optional[float]:
        return digit_value(text) if text[0].isdigit() else word_value([text], self.lang)

    def _resolve_calendar(self, span: SpacySpan, anchor: Any, direction: Optional[str],
                          year: Optional[int] = None) -> Optional[temporal.Resolved]:
        """``year``: the one an expression written without it takes from a neighbour (a stretch's other end)."""
        months = self.vocabulary["month"]
        names = [t.lower_.removeprefix("mi-") for t in span]     # 'mi-mars' is in March
        month = next((months[name] for name in names if name in months), None)
        year = next((int(t.text.removeprefix("mi-")) for t in span     # 'mi-2015' is in 2015
                     if t.shape_ == "dddd" or t.shape_ == "xx-dddd"), year)
        day = next((day_of_month(t.text, self.vocabulary) for t in span
                    if month and day_of_month(t.text, self.vocabulary) and t.shape_ != "dddd"), None)
        weekday = next((self.vocabulary["weekday"][t.lower_] for t in span if t.lower_ in self.vocabulary["weekday"]), None)
        return temporal.resolve_dated_weekday(anchor, year, month, day, weekday, direction)



_PAST = {"Past", "Imp", "Pqp"}


def _told_in_past(sentence: SpacySpan) -> bool:
    """A finite verb in a past tense, or a compound past ('a battu'), somewhere in the sentence."""
    return any("Fin" in t.morph.get("VerbForm") and set(t.morph.get("Tense")) & _PAST
               or any(c.dep_ == "aux:tense" for c in t.children) for t in sentence)


#: kinds located from the moment of writing, not from a date told in the text
_DEICTIC = ("offset", "school", "season")


def _observance(span: SpacySpan, day_parts: list[str]) -> bool:
    """'la journée nationale des infirmiers', 'une soirée caritative': a part of the day with
    an adjective after it names an event or observance, not the day of the writing."""
    doc = span.doc
    return span[-1].lower_ in day_parts and span.end < len(doc) and doc[span.end].pos_ == "ADJ" \
        and span[-1].lower_ not in ("nuit", "soir", "matin")


def _named_before(span: SpacySpan, rule: dict, titles: list[str]) -> bool:
    """'le champion d'Europe 2016', 'les JO Paris 2024', 'le champion du monde 1998': a year right
    after a name, or after a title ending in a common noun (rule after_name)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return not rule.get("after_name") or (before is not None and (before.pos_ == "PROPN" or before.lower_ in titles))


def _sets_the_scene(span: SpacySpan, ref: DateRef, scene: list[str]) -> bool:
    """A year fronted before a comma ('En 2017, …', 'Et en 2019, …', 'Au printemps 2016, …'),
    after a preposition of scene_preposition, sets the time of what
    follows; a year inside a clause ('une loi de 2010', 'depuis 2014', 'y compris en 2006')
    is a reference point, not the narrative's time."""
    if ref.precision != "year" or not any(t.shape_ == "dddd" for t in span):
        return False
    doc, lead = span.doc, span.doc[span.sent.start:span.start]
    fronted = all(t.pos_ in ("CCONJ", "ADV") for t in lead) and len(lead) <= 1
    # 'En 2017,' places the account; 'Depuis 2019,' only starts a stretch that runs to now
    return fronted and span[0].lower_ in scene and span.end < len(doc) and doc[span.end].text == ","


def _stamp(span: SpacySpan, participles: list[str], coverage: list[str]) -> bool:
    """A dateline or a 'publié le' line: the date hangs on no verb, or on a bare participle
    of publication ('publié le 6 octobre'), or on an imperative inviting the reader to a day's
    coverage ('Retrouvez les informations du mardi 21 novembre'), not on a conjugated one
    ('datait du 20 juillet 1997'), on a copula ('le pire depuis celui du 17 août 1999') or on
    another participle ('photo prise le 3 mai': the day of a picture, not of writing)."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        if any(c.dep_ == "cop" for c in verb.children):
            return False
        verb = verb.head
    if verb.lemma_ in coverage and verb.lower_.endswith("ez") and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return True     # an imperative (the parse's mood is unreliable on a line's first word)
    if verb.pos_ not in ("VERB", "AUX"):
        # the parse may hang the date on the noun beside its participle ('Photo prise le …')
        described = next((c for c in verb.children if c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm")), None)
        if described is not None:
            return described.lemma_ in participles
        return not any(c.dep_ == "cop" for c in verb.children)
    return "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children) \
        and verb.lemma_ in participles
