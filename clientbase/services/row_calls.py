"""The last call and the last visit a sheet's row records («Дата последнего звонка»,
«Результат звонка», a salon's «Последний визит»), and a hand-kept log of the client in one
cell («История общения»: a line a contact, each beginning with its day, «01.11 звонила, не
дозвонилась»): entries of the client's history."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from clientbase.db.enums import InteractionKind
from clientbase.errors import ValidationError
from clientbase.exchange.header import normalize_header
from clientbase.exchange.header_names import DONE_AT_VISIT
from clientbase.exchange.targets import Target
from clientbase.exchange.values import text_of
from clientbase.services.cell_days import cell_moment
from clientbase.services.record_words import RecordWords

# The columns of a row's history: the last call and what it came to, the last visit, a log.
CALL_TARGETS = frozenset({
    Target.LAST_CALL, Target.CALL_RESULT, Target.CALL_NOTE, Target.LAST_VISIT, Target.HISTORY,
})  # fmt: skip


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
    result, comment = parts.get(Target.CALL_RESULT), parts.get(Target.CALL_NOTE)
    for target, said in ((Target.LAST_CALL, (result, comment)), (Target.LAST_VISIT, (None, None))):
        day = parts.get(target)
        when = None if day is None else _past_moment(day, today, month_first)
        if when is None:
            kept += _as_notes((day, *said), headers)
        elif target is Target.LAST_VISIT and day is not None:
            done = DONE_AT_VISIT.get(normalize_header(headers[day[0]]), words["visit"])
            found.append(RowCall(when, done, InteractionKind.MEETING))
        else:
            # «Дозвонились — заказала каталог»: a log's comment beside what the call came to.
            text = " — ".join(text_of(part[1]).strip() for part in said if part is not None)
            found.append(RowCall(when, text.strip(" —") or words["call"]))
    if (log := parts.get(Target.HISTORY)) is not None and (written := text_of(log[1]).strip()):
        entries, lines = history_of(written, text_of(headers[log[0]]), today)
        found, kept = found + entries, kept + lines
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


# An entry's day (and hour) where a line, a «;»-parted piece or a sentence begins.
_ENTRY = re.compile(
    r"(?:^|(?<=\n)|(?<=;)|(?<=\.\s))\s*(\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)(?!\d|\.\d)"
    r"(?:\s+(?:в\s+)?(\d{1,2}:\d{2}))?\s*[-–—:,]?\s*"
)
# What the entry's words say it was; a note otherwise.
_KINDS = (
    (InteractionKind.CALL, r"звон|дозвон|набира|трубк|\bcall"),
    (InteractionKind.MEETING, r"встреч|приход|приш[её]л|пришла|заход|визит|\bбыл"),
    (InteractionKind.EMAIL, r"письм|e-?mail|почт"),
    (InteractionKind.MESSAGE, r"ватсап|whatsapp|телеграм|telegram|смс|sms|написал"),
)


def history_of(text: str, header: str, today: date) -> tuple[list[RowCall], list[str]]:
    """The entries a log cell holds, and what the notes keep of it instead: the words
    before its first day, and an entry of a day not come yet or of no real day, as
    written under the column's `header`. A cell with no entry at all is kept whole."""
    starts = list(_ENTRY.finditer(text))
    if not starts:
        return [], [f"{header}: {text}"]
    found: list[RowCall] = []
    kept: list[str] = []
    if before := text[: starts[0].start()].strip(" ;\n"):
        kept.append(before)
    for at, start in enumerate(starts):
        end = starts[at + 1].start() if at + 1 < len(starts) else len(text)
        said = text[start.end() : end].strip(" ;.\n")
        day = f"{start[1]} {start[2]}" if start[2] else start[1]
        try:
            when = cell_moment(day, today, past=True)
        except (ValueError, ValidationError):
            when = None
        if when is None or when.date() > today or not said:
            kept.append(text[start.start() : end].strip(" ;\n"))
            continue
        kind = next(
            (k for k, words in _KINDS if re.search(words, said, re.I)), InteractionKind.NOTE
        )
        found.append(RowCall(when, said, kind))
    return found, [f"{header}: {line}" for line in kept]
