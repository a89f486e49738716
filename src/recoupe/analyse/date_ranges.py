"""Stretches and lists of dates: whether a matched stretch is one date or several, and the
value of the ones that stay whole ('du 3 au 5 mai', 'entre janvier et août 2024', 'en août,
septembre et octobre 2008'). The vocabulary is ``dates_vocabulary.json``'s."""
from __future__ import annotations

from typing import Any, Optional

from spacy.tokens import Span as SpacySpan

from recoupe.analyse import temporal
from recoupe.analyse.date_names import day_of_month


def two_dates(span: SpacySpan, kind: str, vocabulary: dict) -> bool:
    """'entre le 2 septembre et le 18 octobre': two full dates coordinated are listed apart
    (by the shorter rules matching each); 'lundi 25 et mardi 26 juin' is one stretch. A list
    of months is no list after 'entre' ('entre février et mars': a change between two)."""
    if kind == "month_range":
        return _change_between(span, vocabulary)
    if kind == "month_list":
        return span.start > 0 and span.doc[span.start - 1].lower_ in vocabulary["change_between"]
    if kind != "day_range":
        return False
    joint = _joint(span, vocabulary)
    return joint.lower_ == vocabulary["list_joint"] and _start_names_month(span, joint, vocabulary)


def range_ends(span: SpacySpan, vocabulary: dict) -> Optional[list[tuple[SpacySpan, Optional[int]]]]:
    """'du 23 mars au 30 mars': a stretch whose two ends each write the same month is two dates,
    each with its own value (the annotators list both ends); 'du 3 au 9 juin', whose start
    borrows the end's month, is one stretch (its month), and so is a stretch across months
    ('du 13 janvier au 11 février 2024', dated by its start) or a night ('dans la nuit du 31 mai
    au 1er juin'). Returns the two ends, each with the year the other writes when it writes
    none (None: no year written), or None when the stretch stays whole."""
    joint = _joint(span, vocabulary)
    if joint.lower_ == vocabulary["list_joint"] or any(t.lower_ in vocabulary["night"] for t in span):
        return None
    first = next(t.i for t in span if t.lower_ not in vocabulary["range_openers"])
    start, end = span.doc[first:joint.i], span.doc[joint.i + 1:span.end]
    months = vocabulary["month"]
    start_month = next((months[t.lower_] for t in start if t.lower_ in months), None)
    if start_month is None or start_month != next(months[t.lower_] for t in end if t.lower_ in months):
        return None
    year = _year(start) or _year(end)
    return [(start, year), (end, year)]


def _joint(span: SpacySpan, vocabulary: dict):
    return next(t for t in span[1:] if t.lower_ in vocabulary["range_joints"])


def _start_names_month(span: SpacySpan, joint, vocabulary: dict) -> bool:
    return any(t.lower_ in vocabulary["month"] for t in span.doc[span.start:joint.i])


def _year(span: SpacySpan) -> Optional[int]:
    return next((int(t.text) for t in span if t.shape_ == "dddd"), None)


def _change_between(span: SpacySpan, vocabulary: dict) -> bool:
    """Without a year, 'entre février et mars' names two months (a change between them,
    each listed apart, like a month list after 'entre'), and so does 'de janvier à mars'
    after a figure ('ont crû de 2 % de janvier à mars'); 'de mai à juin' alone is one
    stretch. A year or a hyphen ('mars-avril') always makes one stretch."""
    if span[0].lower_ not in vocabulary["change_between"] or any(t.shape_ == "dddd" or t.text == "-" for t in span):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    return span[0].lower_ == "entre" or (before is not None and (before.text[:1].isdigit() or before.text == "%"))


def resolve_month_range(span: SpacySpan, vocabulary: dict, anchor: Any, direction: Optional[str]) -> Optional[temporal.Resolved]:
    """'entre janvier et août 2024', 'en mars-avril 2012': one stretch, the year both months
    share; without a year, the year of its end when the start falls in it ('de mai à juin');
    a stretch across New Year ('de novembre à février') has no single year."""
    year = _year(span)
    if year is not None:
        return temporal.resolve_calendar(anchor, year, None, None)
    first, last = [vocabulary["month"][t.lower_] for t in span if t.lower_ in vocabulary["month"]][:2]
    end = temporal.resolve_calendar(anchor, None, last, None, direction)
    return temporal.Resolved(end.value[:4], "year") if end and first <= last else None


def resolve_day_range(span: SpacySpan, vocabulary: dict, anchor: Any, direction: Optional[str]) -> Optional[temporal.Resolved]:
    """'du 8 au 9 novembre 2016', 'dans la nuit du mardi 8 au mercredi 9 novembre': dated by its
    start; what the start leaves out (month, year) is the end's; within one month, that month."""
    days = [i for i, t in enumerate(span) if t.shape_ != "dddd" and day_of_month(t.text, vocabulary)]
    start, end = span[:days[-1]], span[days[-1]:]
    while end.start > span.start and span.doc[end.start - 1].lower_ in (vocabulary["day_article"], *vocabulary["weekday"]):
        end, start = span.doc[end.start - 1:end.end], span.doc[start.start:start.end - 1]
    months, weekdays = vocabulary["month"], vocabulary["weekday"]
    end_month = next(months[t.lower_] for t in end if t.lower_ in months)
    month = next((months[t.lower_] for t in start if t.lower_ in months), end_month)
    years = [int(t.text) for t in start if t.shape_ == "dddd"] or [int(t.text) for t in end if t.shape_ == "dddd"]
    year = years[0] - (month > end_month and not any(t.shape_ == "dddd" for t in start)) if years else None
    weekday = next((weekdays[t.lower_] for t in start if t.lower_ in weekdays), None)
    resolved = temporal.resolve_dated_weekday(anchor, year, month, day_of_month(span[days[0]].text, vocabulary), weekday, direction)
    # a stretch of days inside one month ('du 3 au 5 mai', 'le 3 et le 5 mai') locates the
    # month, as a list of days does; a night across two days is dated by its first day
    if resolved and month == end_month and not any(t.lower_ in vocabulary["night"] for t in span):
        return temporal.Resolved(resolved.value[:7], "month")
    return resolved


def resolve_months(span: SpacySpan, vocabulary: dict, anchor: Any, direction: Optional[str]) -> Optional[temporal.Resolved]:
    """'en août, septembre et octobre 2008': the year the listed months share."""
    year = _year(span)
    months = [vocabulary["month"][t.lower_] for t in span if t.lower_ in vocabulary["month"]]
    resolved = {temporal.resolve_calendar(anchor, year, month, None, direction) for month in months}
    values = {r.value[:4] if r else None for r in resolved}
    return temporal.Resolved(values.pop(), "year") if len(values) == 1 and None not in values else None
