"""Dates of repeating reminders, counted from the first one.

Each date is the first date plus n days, weeks, months or years, never the previous date plus
one step: a monthly reminder on 31 January falls on 28 (29) February and again on 31 March.
Times are wall-clock times of the shop, so a reminder at 10:00 stays at 10:00 when the clocks
change for summer time.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from clientbase.db.enums import Recurrence

_DAYS = {Recurrence.DAILY: 1, Recurrence.WEEKLY: 7}
_MONTHS = {Recurrence.MONTHLY: 1, Recurrence.YEARLY: 12}


def add_months(moment: datetime, months: int) -> datetime:
    """The same day `months` later, or that month's last day when it is shorter."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    return moment.replace(
        year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1])
    )


def nth_occurrence(first: datetime, recurrence: Recurrence, n: int) -> datetime:
    if recurrence in _DAYS:
        return first + timedelta(days=_DAYS[recurrence] * n)
    if recurrence in _MONTHS:
        return add_months(first, _MONTHS[recurrence] * n)
    return first


def _first_index_from(first: datetime, recurrence: Recurrence, start: datetime) -> int:
    """An index whose occurrence is at or before `start` (or 0): where counting can begin."""
    if start <= first:
        return 0
    if recurrence in _DAYS:
        return max(0, (start - first).days // _DAYS[recurrence] - 1)
    if recurrence in _MONTHS:
        months = (start.year - first.year) * 12 + start.month - first.month
        return max(0, months // _MONTHS[recurrence] - 1)
    return 0


def occurrences(
    first: datetime,
    recurrence: Recurrence,
    start: datetime,
    end: datetime,
    until: date | None = None,
) -> Iterator[datetime]:
    """The dates in [start, end) of a series beginning at `first` and ending on `until`."""
    if recurrence is Recurrence.NONE:
        if start <= first < end:
            yield first
        return
    n = _first_index_from(first, recurrence, start)
    while True:
        moment = nth_occurrence(first, recurrence, n)
        if moment >= end or (until is not None and moment.date() > until):
            return
        if moment >= start:
            yield moment
        n += 1


def next_after(
    first: datetime, recurrence: Recurrence, after: datetime, until: date | None = None
) -> datetime | None:
    """The series' first date later than `after`, or None when the series has ended."""
    if recurrence is Recurrence.NONE:
        return None
    n = _first_index_from(first, recurrence, after)
    while True:
        moment = nth_occurrence(first, recurrence, n)
        if until is not None and moment.date() > until:
            return None
        if moment > after:
            return moment
        n += 1
