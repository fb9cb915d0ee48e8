"""The last call and the last visit a sheet's row records («Дата последнего звонка»,
«Результат звонка», a salon's «Последний визит»): entries of the client's history."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from clientbase.db.enums import InteractionKind
from clientbase.errors import ValidationError
from clientbase.exchange.targets import Target
from clientbase.exchange.values import text_of
from clientbase.services.cell_days import cell_moment
from clientbase.services.record_words import RecordWords


@dataclass(frozen=True)
class RowCall:
    happened_at: datetime
    text: str  # what the call came to, or the word «call»; the word «visit» for a visit
    kind: InteractionKind = InteractionKind.CALL


def calls_of(
    parts: Mapping[Target, tuple[int, object]],
    headers: Sequence[str],
    today: date,
    words: RecordWords,
    month_first: frozenset[int] = frozenset(),
) -> tuple[list[RowCall], list[str]]:
    """The call and the visit a row's columns (column, cell) give, and the lines the notes
    keep instead: a day not come yet or unreadable, or a call's result without a day.

    A history entry must say something: a call the sheet gives the day of only says «call»,
    and a visit (a salon's or a clinic's sheet gives the day the client last came, no
    more) «visit», in the importer's `words`."""
    found: list[RowCall] = []
    kept: list[str] = []
    result = parts.get(Target.CALL_RESULT)
    for target, said in ((Target.LAST_CALL, result), (Target.LAST_VISIT, None)):
        day = parts.get(target)
        when = None if day is None else _past_moment(day, today, month_first)
        if when is None:
            kept += _as_notes((day, said), headers)
        elif target is Target.LAST_VISIT:
            found.append(RowCall(when, words["visit"], InteractionKind.MEETING))
        else:
            text = text_of(said[1]).strip() if said is not None else ""
            found.append(RowCall(when, text or words["call"]))
    return found, kept


def _past_moment(
    day: tuple[int, object], today: date, month_first: frozenset[int]
) -> datetime | None:
    try:
        when = cell_moment(day[1], today, day[0] in month_first, past=True)
    except (ValueError, ValidationError):
        return None
    return when if when is not None and when.date() <= today else None


def _as_notes(parts: Sequence[tuple[int, object] | None], headers: Sequence[str]) -> list[str]:
    return [
        f"{headers[column]}: {text_of(value)}"
        for column, value in (part for part in parts if part is not None)
        if text_of(value).strip()
    ]
