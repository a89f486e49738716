"""Dates read from another date of the text: counted from it ('l'année suivante', 'la veille') or
continuing its account ('Le 18 août 2031, … Le 5 octobre, …'). Part of ``recoupe_dates``."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Span as SpacySpan

from recoupe.analyse import temporal
from recoupe.schema import DateRef

if TYPE_CHECKING:
    from recoupe.analyse.dates import DateFinder


def anaphoric_dates(doc: Doc, found: list, refs: list[DateRef], finder: "DateFinder",
               published: Optional[temporal.Anchor]) -> list[DateRef]:
    """Dates counted from an earlier one, in one walk. 'l'année suivante', 'deux ans plus tard': from
    the last year written out before them ('En 2013, … l'année suivante' is 2014); a count back with none
    ('l'année précédente', a year; 'deux ans plus tôt', a point, to the publication's month) and 'un an
    auparavant' always (statistics compare with the day of writing) from the publication date.
    'huit mois plus tard': from the last date resolved to a month or a day, to the month. 'la veille',
    'le lendemain', 'le même jour': from the last date resolved to a day or a month, else from
    publication ('ce jour-là', 'le jour même': only from a date of the text); 'la veille du scrutin'
    is dated by the event it names, which no rule resolves."""
    year, month, day, told, last_day = None, None, published, None, None
    complement = finder.vocabulary["event_complement"]
    for (span, rule), ref in zip(found, refs):
        counted = rule["kind"] in ("anaphoric_year", "anaphoric_month")
        if counted:
            _count_from(span, rule, ref, finder, year, month, published)
        elif rule["kind"] == "anaphoric_day" and not (span.end < len(doc) and doc[span.end].lower_ in complement):
            anchor = told if rule.get("told_only") else (rule.get("same_day") and last_day) or day
            resolved = temporal.resolve_offset(anchor, "day", rule["n"])
            if resolved is not None:
                ref.value, ref.precision = resolved.value, resolved.precision
        if not counted and ref.value and any(t.shape_ == "dddd" for t in span):
            year = int(ref.value[:4])
        if ref.precision in ("day", "month"):
            day = temporal.Anchor(temporal.iso_day((ref.value + "-01")[:10]), ref.precision)
            # 'aujourd'hui' is the day of writing, which 'ce matin-là' never points back to
            told = told if rule["kind"] == "offset" else day
            month = month if counted else temporal.iso_day(ref.value[:7] + "-01")
            last_day = day if ref.precision == "day" else last_day
    return refs


def _count_from(span: SpacySpan, rule: dict, ref: DateRef, finder: "DateFinder", year: Optional[int],
                month, published: Optional[temporal.Anchor]) -> None:
    """Sets ``ref`` to ``year`` or ``month`` plus the count the expression writes (a count back with
    no year before it, from the publication date)."""
    count = rule["n"] if isinstance(rule.get("n"), int) else next((finder._count(t.text) for t in span if t.like_num), None)
    if count is None or count != int(count):
        return
    count = rule.get("sign", 1) * int(count)
    if rule["kind"] == "anaphoric_year" and year is not None and not rule.get("from_publication"):
        ref.value, ref.precision = str(year + count), "year"
    elif rule["kind"] == "anaphoric_year" and published is not None and count < 0:
        point = rule.get("point") and published.precision != "year"
        resolved = temporal.resolve_offset(published, "month" if point else "year", count * (12 if point else 1))
        ref.value, ref.precision = resolved.value, resolved.precision
    elif rule["kind"] == "anaphoric_month" and month is not None:
        ref.value, ref.precision = temporal.add_months(month, count).isoformat()[:7], "month"


def told_year(found: list, refs: list[DateRef], finder: "DateFinder") -> list[DateRef]:
    """'Le mardi 23 août 2016, … Ce mercredi 24 août, …', 'Le 18 août 2016, … Le 5 octobre, …': a
    date without a year written right after a full date, in its month or a later one of its year,
    continues that account, in its year, even
    when the publication date is of another year (a recollection, an old story re-stamped).
    Only the expression just before counts: further away, the account may have moved on."""
    previous = None
    for (span, rule), ref in zip(found, refs):
        written = any(t.shape_ == "dddd" for t in span)
        # read again from the full date, also when the publication's year left a weekday unmatched
        if previous is not None and not written and rule["kind"] == "calendar" and (ref.value or "")[:4] != str(previous.year):
            resolved = finder.resolve(span, dict(rule, direction="nearest"), temporal.Anchor(previous, "day"))
            # the same month, or a later one of that year: 'Le 18 août 2031, … Le 5 octobre, …'
            if resolved is not None and resolved.value[:4] == str(previous.year) \
                    and resolved.value[5:7] >= f"{previous.month:02d}":
                ref.value, ref.precision = resolved.value, resolved.precision
        previous = temporal.iso_day(ref.value) if written and ref.precision == "day" else None
    return refs
