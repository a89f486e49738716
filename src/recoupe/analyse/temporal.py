"""Resolving relative and partial dates against the publication date, as pure functions.

A publication date has a precision (day, month or year); a resolved value never claims
more precision than the anchor and the expression allow together, and anything that
cannot be resolved for sure is None. Values are ISO strings at their precision:
'2022-10-18', '2022-10', '2022'.
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import NamedTuple, Optional

#: day-based expressions resolved to the publication month when only the month is known,
#: as long as they stay within this many days of the anchor ('mercredi', 'hier')
_NEAR_DAYS = 7

#: how many days back a weekday read the nearest way may lie ('ce lundi' read on a Thursday is past)
_HALF_WEEK = 3


class Anchor(NamedTuple):
    date: dt.date
    precision: str   # day | month | year


class Resolved(NamedTuple):
    value: str
    precision: str


def parse_published(published: Optional[str]) -> Optional[Anchor]:
    """'2022-10-20' / '2022-10' / '2022' -> Anchor; None or malformed -> None."""
    if not published:
        return None
    parts = published.strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            return Anchor(dt.date(*numbers), "day")
        if len(numbers) == 2:
            return Anchor(dt.date(numbers[0], numbers[1], 1), "month")
        if len(numbers) == 1:
            return Anchor(dt.date(numbers[0], 1, 1), "year")
    except ValueError:
        return None
    return None


def iso_day(value: str) -> dt.date:
    """The day an ISO value of day precision ('2031-05-03') names."""
    return dt.date.fromisoformat(value)


def fmt(date: dt.date, precision: str) -> Resolved:
    text = {"day": date.isoformat(), "month": date.isoformat()[:7], "year": str(date.year)}[precision]
    return Resolved(text, precision)


def add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    day = min(date.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def _common(first: dt.date, last: dt.date, finest: str) -> Optional[Resolved]:
    """The finest precision (no finer than ``finest``) at which both ends agree."""
    for precision in ("day", "month", "year"):
        if _rank(precision) < _rank(finest):
            continue
        if fmt(first, precision) == fmt(last, precision):
            return fmt(first, precision)
    return None


def _rank(precision: str) -> int:
    return ("day", "month", "year").index(precision)


def _coarse(anchor: Anchor, first: dt.date, last: dt.date) -> Optional[Resolved]:
    """A day range seen from an anchor of month/year precision."""
    if anchor.precision == "day":
        return _common(first, last, "day")
    near = abs((first - anchor.date).days) <= _NEAR_DAYS and abs((last - anchor.date).days) <= _NEAR_DAYS
    if anchor.precision == "month" and near:
        return fmt(anchor.date, "month")
    if anchor.precision == "year" and near:
        return fmt(anchor.date, "year")
    return None


def resolve_offset(anchor: Optional[Anchor], unit: str, n: int, approximate: bool = False) -> Optional[Resolved]:
    """'hier' (day, -1), 'la semaine dernière' (week, -1), 'il y a 20 mois' (month, -20),
    'ce week-end' (weekend, 0)."""
    if anchor is None:
        return None
    if unit == "year":
        return fmt(dt.date(anchor.date.year + n, 1, 1), "year")
    if unit == "month":
        if anchor.precision == "year":
            return None
        resolved = fmt(add_months(anchor.date, n), "month")
        return None if approximate and n else resolved
    if unit == "week":
        monday = anchor.date - dt.timedelta(days=anchor.date.weekday()) + dt.timedelta(weeks=n)
        if anchor.precision != "day":
            return _coarse(anchor, anchor.date + dt.timedelta(weeks=n), anchor.date + dt.timedelta(weeks=n))
        return _common(monday, monday + dt.timedelta(days=6), "month")
    if unit == "weeks":   # 'il y a deux semaines': a span of weeks counted from the anchor
        centre = anchor.date + dt.timedelta(weeks=n)
        slack = dt.timedelta(days=3)
        if anchor.precision != "day":
            return _coarse(anchor, centre - slack, centre + slack)
        return _common(centre - slack, centre + slack, "month")
    if unit == "weekend":
        return _weekend(anchor, n)
    if unit == "recent_weekend":    # 'tués le week-end': the last one begun by publication
        saturday = anchor.date - dt.timedelta(days=(anchor.date.weekday() - 5) % 7)
        sunday = saturday + dt.timedelta(days=1)
        return _common(saturday, sunday, "month") if anchor.precision == "day" else _coarse(anchor, saturday, sunday)
    if unit == "day":
        day = anchor.date + dt.timedelta(days=n)
        slack = dt.timedelta(days=1 if approximate else 0)
        return _coarse(anchor, day - slack, day + slack)
    return None


def _weekend(anchor: Anchor, n: int) -> Optional[Resolved]:
    """'ce week-end' (n 0): the week's Saturday and Sunday, or the one just past when read on a
    Monday; 'le week-end dernier' (-1) the one before the week; 'prochain' (1) the next one
    not under way."""
    saturday = anchor.date - dt.timedelta(days=anchor.date.weekday()) + dt.timedelta(days=5)
    if n == 0 and anchor.date.weekday() == 0:
        saturday -= dt.timedelta(weeks=1)
    elif n < 0:
        saturday -= dt.timedelta(weeks=1)
    elif n > 0 and anchor.date.weekday() >= 5:
        saturday += dt.timedelta(weeks=1)
    sunday = saturday + dt.timedelta(days=1)
    return _common(saturday, sunday, "month") if anchor.precision == "day" else _coarse(anchor, saturday, sunday)


def resolve_weekday(anchor: Optional[Anchor], weekday: int, direction: Optional[str] = None) -> Optional[Resolved]:
    """The most recent such day not after publication ('mardi' read on a Thursday: two days
    ago); with direction 'previous' the one strictly before it ('jeudi dernier' read on a
    Thursday: a week ago); with 'next' the next one after it ('mardi prochain'); with
    'upcoming' the first one from publication on ('se réunira mardi'); with 'nearest' the
    closer of the last one and the next one."""
    if anchor is None:
        return None
    behind = (anchor.date.weekday() - weekday) % 7
    if direction == "nearest":      # 'ce mercredi': the closer one, the past one within half a week
        day = anchor.date - dt.timedelta(days=behind) if behind <= _HALF_WEEK else anchor.date + dt.timedelta(days=7 - behind)
    elif direction == "upcoming":
        day = anchor.date + dt.timedelta(days=(weekday - anchor.date.weekday()) % 7)
    elif direction == "next":
        day = anchor.date + dt.timedelta(days=(weekday - anchor.date.weekday() - 1) % 7 + 1)
    elif direction == "previous":
        day = anchor.date - dt.timedelta(days=(anchor.date.weekday() - weekday - 1) % 7 + 1)
    else:
        day = anchor.date - dt.timedelta(days=(anchor.date.weekday() - weekday) % 7)
    return _coarse(anchor, day, day) if anchor.precision == "day" else _coarse(anchor, anchor.date, anchor.date)


#: how far ahead a date without year or tense is still read as announced rather than recalled
FORWARD_HORIZON_DAYS = 92


def _nearest_year(anchor: Anchor, month: int, day: Optional[int]) -> int:
    """The year of month/day when no verb tells past or future: the coming one when it is
    close ('le 15 juillet' written in June announces it), else the last one ('par rapport à
    mars' written in October looks back) — news announces weeks ahead, it recalls months."""
    def when(year: int) -> dt.date:
        return dt.date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))
    start = anchor.date.replace(day=1) if anchor.precision == "month" else anchor.date
    coming = anchor.date.year if when(anchor.date.year) >= start else anchor.date.year + 1
    return coming if (when(coming) - start).days <= FORWARD_HORIZON_DAYS else coming - 1


def resolve_calendar(anchor: Optional[Anchor], year: Optional[int], month: Optional[int],
                     day: Optional[int], direction: Optional[str] = None) -> Optional[Resolved]:
    """An explicit date. Without a year: the most recent such month/day not after
    publication, or with direction 'previous' / 'next' ('octobre dernier' / 'prochain')
    the one strictly before / after the publication month, with 'upcoming' the first one
    not before publication ('aura lieu le 3 mars'), with 'nearest' the closest one; with a
    year anchor (a page dated to its year, a year the text has reached), that year."""
    if year is None and anchor is not None and anchor.precision == "year" and direction not in ("previous", "next"):
        # a page dated to the year: its months are that year's ('en mars' in a 2024 page); only
        # 'mars dernier' / 'prochain' need the month of writing to be placed
        year = anchor.date.year
    if year is None:
        if month is None or anchor is None or anchor.precision == "year":
            return None
        year = anchor.date.year
        if direction == "previous":
            year -= month >= anchor.date.month
        elif direction == "next":
            year += month <= anchor.date.month
        elif direction == "upcoming":
            year += (month, day or 31) < (anchor.date.month, anchor.date.day if anchor.precision == "day" else 1)
        elif direction == "nearest":
            year = _nearest_year(anchor, month, day)
        elif (month, day or 1) > (anchor.date.month, anchor.date.day if anchor.precision == "day" else 31):
            year -= 1
    try:
        if month is None:
            return fmt(dt.date(year, 1, 1), "year")
        if day is None:
            return fmt(dt.date(year, month, 1), "month")
        return fmt(dt.date(year, month, day), "day")
    except ValueError:
        return None


def resolve_dated_weekday(anchor: Optional[Anchor], year: Optional[int], month: Optional[int], day: Optional[int],
                          weekday: Optional[int], direction: Optional[str] = None) -> Optional[Resolved]:
    """A calendar date that may name its weekday ('jeudi 21 juin'). The weekday must agree:
    without an explicit year, the year next to the one guessed that agrees is taken (the
    anchor may be a date of the text, not of writing), else there is no value; an explicit
    year is the writer's and kept. The weekday only picks between years: it never moves a date
    further past the anchor than news announces ahead, and a date within a week of the anchor
    keeps its year whatever its weekday (a slip, or a night told by the day it ends in)."""
    resolved = resolve_calendar(anchor, year, month, day, direction)
    if resolved is None or weekday is None or resolved.precision != "day" or year is not None:
        return resolved
    guessed = dt.date.fromisoformat(resolved.value)
    horizon = anchor.date + dt.timedelta(days=FORWARD_HORIZON_DAYS)
    for candidate in (guessed.year, guessed.year - 1, guessed.year + 1):
        try:
            date = guessed.replace(year=candidate)
        except ValueError:      # 29 February
            continue
        if date.weekday() == weekday and date <= max(horizon, guessed):
            return fmt(date, "day")
    near = anchor.precision == "day" and abs((guessed - anchor.date).days) <= _NEAR_DAYS
    return resolved if near else None


def resolve_start(anchor: Optional[Anchor], month: int, upcoming: bool = False) -> Optional[Resolved]:
    """The year of a period without one that begins in ``month`` ('au premier trimestre',
    'cet été'): the most recent one begun by publication, or the coming one."""
    if anchor is None or anchor.precision == "year":
        return None
    begun = month <= anchor.date.month
    year = anchor.date.year + (1 if upcoming and begun and month != anchor.date.month else 0) \
        - (0 if begun or upcoming else 1)
    return fmt(dt.date(year, 1, 1), "year")


#: the months a season lasts ('l'été' runs from June through August)
_SEASON_MONTHS = 3


def resolve_season(anchor: Optional[Anchor], month: int, coming: bool) -> Optional[Resolved]:
    """The year of 'l'automne dernier' (the last such season over by publication: read in
    March 2020, autumn 2019) or of 'l'été prochain' (the next one not yet begun)."""
    if anchor is None or anchor.precision == "year":
        return None
    if coming:
        return fmt(dt.date(anchor.date.year + (month <= anchor.date.month), 1, 1), "year")
    over = month + _SEASON_MONTHS <= anchor.date.month
    return fmt(dt.date(anchor.date.year - (not over), 1, 1), "year")
