"""A small table kept beside the list, past an empty column: «Статистика | Всего клиентов |
120», a legend of the statuses. Its cells share rows with the first clients, and were read as
theirs: notes «Статистика: VIP» on one, and with them the card's VIP flag."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.header import target_of_header
from clientbase.exchange.targets import NAME_TARGETS, Target
from clientbase.exchange.values import text_of

# A table beside the list fills a few rows, where the list fills many: at most this share.
_SIDE_SHARE = 1 / 3


def beside_the_list(
    mapping: list[Target], headers: Sequence[object], rows: Sequence[Sequence[object]]
) -> list[Target]:
    """The mapping with the columns of a table beside the list left out: a run of columns
    past one empty from its header down (where Excel's own list, its filter and sort, end
    too), none of them a field the import knows by its name or values, filled in a third
    of the list's rows at most. The mapping shows them, to be taken after all."""
    names = [column for column, target in enumerate(mapping) if target in NAME_TARGETS]
    runs = _runs(mapping, headers, rows) if names else []
    if len(runs) < 2:
        return mapping
    kept, listed = list(mapping), _rows_filled(rows, names)
    for run in runs:
        if names[0] in run or any(_known(mapping, headers, column) for column in run):
            continue  # the list, or a «Телефон», «Заметки» past an empty spacer column
        if _rows_filled(rows, run) <= listed * _SIDE_SHARE:
            for column in run:
                kept[column] = Target.IGNORE
    return kept


def _known(mapping: Sequence[Target], headers: Sequence[object], column: int) -> bool:
    """Whether the column is a field of the list, by its values or its name («Заметки»)."""
    if mapping[column] not in (Target.NOTES, Target.IGNORE):
        return True
    header = headers[column] if column < len(headers) else None
    return target_of_header(header) not in (None, Target.IGNORE)


def _runs(
    mapping: Sequence[Target], headers: Sequence[object], rows: Sequence[Sequence[object]]
) -> list[list[int]]:
    """The columns in runs between the columns empty from their header down."""
    runs: list[list[int]] = [[]]
    for column in range(len(mapping)):
        header = headers[column] if column < len(headers) else None
        if text_of(header).strip() or any(
            column < len(row) and row[column] is not None for row in rows
        ):
            runs[-1].append(column)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _rows_filled(rows: Sequence[Sequence[object]], columns: Sequence[int]) -> int:
    return sum(
        1
        for row in rows
        if any(column < len(row) and row[column] is not None for column in columns)
    )
