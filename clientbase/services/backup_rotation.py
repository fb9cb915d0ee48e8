"""Which automatic backups to keep: the newest of each of the last days, weeks and months.

The usual grandfather-father-son rule: with 7 daily, 4 weekly and 12 monthly, a shop can go
back to any of the last 7 days that had a backup, to the end of each of the last 4 weeks and of
each of the last 12 months; the 5 newest are kept whatever their dates. Backups the person
made by hand are never deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class KeepRule:
    latest: int = 5  # whatever their dates: the hours before a mistake are often what is needed
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _newest_per_period(
    stamps: Sequence[tuple[T, datetime]], period: Callable[[datetime], Hashable], count: int
) -> set[int]:
    kept: set[int] = set()
    seen: set[Hashable] = set()
    for index, (_item, stamp) in enumerate(stamps):
        key = period(stamp)
        if key in seen:
            continue
        if len(seen) >= count:
            break
        seen.add(key)
        kept.add(index)
    return kept


def to_delete(backups: Sequence[tuple[T, datetime]], rule: KeepRule) -> list[T]:
    """The backups the rule lets go, from (item, time made) pairs in any order."""
    ordered = sorted(backups, key=lambda pair: pair[1], reverse=True)
    kept = set(range(min(max(rule.latest, 1), len(ordered))))
    kept |= _newest_per_period(ordered, lambda t: t.date(), rule.daily)
    kept |= _newest_per_period(ordered, lambda t: t.isocalendar()[:2], rule.weekly)
    kept |= _newest_per_period(ordered, lambda t: (t.year, t.month), rule.monthly)
    return [item for index, (item, _stamp) in enumerate(ordered) if index not in kept]
