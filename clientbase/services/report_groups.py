"""A report saved from 1C with its rows grouped, read as the client list it holds.

1C's reports («Продажи», «Валовая прибыль») group their rows: each client's row, then its
items under it, and the names of the groupings stacked in the first column of the header
(«Контрагент», under it «Номенклатура»). Read as a list, every item became a client
(«Крем Для Рук»). Saved to a file the rows carry no level, but a group's figures are the
sum of the rows under it, and that tells the levels apart in .xlsx, .xls, .ods or HTML
alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from clientbase.exchange.header import NAME_TARGETS, Target, target_of_header
from clientbase.exchange.totals_row import is_totals_row
from clientbase.exchange.values import text_of
from clientbase.services.money import parse_decimal
from clientbase.services.sheet_sections import heading_tag
from clientbase.services.text import fold

# What 1C groups a report's rows by, that the column names of a client list do not know.
_GROUPINGS = frozenset(
    fold(word)
    for word in (
        *("номенклатура", "характеристика", "серия", "документ", "регистратор", "период"),
        *("склад", "партнер", "договор", "договор контрагента", "соглашение", "подразделение"),
        *("организация", "заказ", "заказ клиента", "документ продажи", "вид номенклатуры"),
        *("группа номенклатуры", "день", "неделя", "месяц", "квартал", "год", "сделка"),
    )
)


@dataclass(frozen=True)
class ReportGroups:
    """Rows of `TableData.rows` (counted from zero) that are not clients."""

    groupings: tuple[str, ...]  # the stacked names under the client column's own
    stacked: tuple[int, ...]  # the rows holding them, under the header row
    # A row inside a client's group → that client's row. None when the figures do not add
    # up, and which rows are clients cannot be told.
    under: dict[int, int] | None
    # A row inside a client's group → its grouping's place in `groupings` (0: the first
    # under the client's, «Документ» over «Номенклатура»).
    levels: dict[int, int] = field(default_factory=dict)
    column: int = 0  # of the names, the groupings' too


def report_groups(
    rows: Sequence[Sequence[object]], header_line: int, mapping: Sequence[Target]
) -> ReportGroups | None:
    """The groups of a grouped report under `header_line`, or None for any other sheet."""
    names = [column for column, target in enumerate(mapping) if target in NAME_TARGETS]
    if len(names) != 1:
        return None
    column = names[0]
    stacked: list[int] = []
    groupings: list[str] = []
    line = header_line + 1
    while line < len(rows) and (grouping := _grouping_name(rows[line], rows[header_line], column)):
        stacked.append(line)
        groupings.append(grouping)
        line += 1
    if not stacked:
        return None
    for figures in _figure_columns(rows, line, column):
        levels: dict[int, int] = {}
        under = _levels(rows, line, column, figures, len(stacked) + 1, levels)
        if under is not None:
            return ReportGroups(tuple(groupings), tuple(stacked), under, levels, column)
    return ReportGroups(tuple(groupings), tuple(stacked), None, column=column)


def _grouping_name(cells: Sequence[object], header: Sequence[object], column: int) -> str:
    """«Номенклатура»: a row under the header holding only the name of a grouping, in the
    column of names. 1C merges the other column names down over these rows, and a merged
    cell is read as its value in every row it spans."""
    filled = [
        at
        for at, cell in enumerate(cells)
        if cell is not None and text_of(cell) and (at >= len(header) or cell != header[at])
    ]
    if filled != [column]:
        return ""
    text = text_of(cells[column])
    # An address is a value, though «ivan@mail.ru» reads as the column name «E-mail».
    if "@" in text or any(char.isdigit() for char in text) or len(text.split()) > 3:
        return ""
    if fold(text) in _GROUPINGS:
        return text
    # «VIP клиенты» over a hand-kept list's first clients names a group of them, though
    # its «VIP» is a column's name too: a heading, not a report's grouping.
    if heading_tag(cells) is None and target_of_header(text) is not None:
        return text
    return ""


def figure(cells: Sequence[object], column: int) -> Decimal | None:
    """The number in a cell, written as a number or as text («4 500,50»); None for none."""
    value = cells[column] if column < len(cells) else None
    if value is None or isinstance(value, bool):
        return None
    try:
        number = (
            Decimal(repr(value))
            if isinstance(value, int | float)
            else parse_decimal(text_of(value))
        )
        return number.quantize(Decimal("0.001")) if number.is_finite() else None
    except (ValueError, ArithmeticError):  # not a number; infinity, or past what Decimal holds
        return None


def _figure_columns(rows: Sequence[Sequence[object]], start: int, names: int) -> list[int]:
    """Columns of figures, the fullest first: the quantity and the sum a report adds up."""
    width = max((len(cells) for cells in rows[start:]), default=0)
    filled: list[tuple[int, int]] = []
    for column in range(width):
        if column == names:
            continue
        found = [figure(cells, column) for cells in rows[start:]]
        numbers = sum(1 for value in found if value is not None)
        written = sum(1 for cells in rows[start:] if column < len(cells) and cells[column])
        if numbers and numbers == written:
            filled.append((-numbers, column))
    return [column for _, column in sorted(filled)]


def _levels(
    rows: Sequence[Sequence[object]],
    start: int,
    names: int,
    figures: int,
    depth: int,
    levels: dict[int, int],
) -> dict[int, int] | None:
    """Each row under a client's row → the client's row, where every group's figure is the
    sum of the figures of the groups right under it; None where they do not add up. Each
    such row's grouping goes into `levels`."""
    under: dict[int, int] = {}

    def group(at: int, level: int, client: int) -> int | None:
        """The row after the group starting at `at`."""
        if level == depth - 1:
            return at + 1
        total = figure(rows[at], figures)
        added = Decimal(0)
        inner = at + 1
        while total is not None and added != total:
            if inner >= len(rows) or is_totals_row(rows[inner]):
                return None
            part = figure(rows[inner], figures)
            if part is None or not _named(rows[inner], names):
                return None
            first = inner
            end = group(inner, level + 1, client)
            if end is None:
                return None
            under.update(dict.fromkeys(range(first, end), client))
            levels[first] = level
            added += part
            inner = end
        return inner if total is not None else None

    at = start
    while at < len(rows) and not is_totals_row(rows[at]):
        if not _named(rows[at], names):
            if any(cell is not None and text_of(cell) for cell in rows[at]):
                return None  # a row with figures and no name: not this layout
            at += 1
            continue
        end = group(at, 0, at)
        if end is None:
            return None
        at = end
    return under if under else None


def _named(cells: Sequence[object], names: int) -> bool:
    return names < len(cells) and cells[names] is not None and bool(text_of(cells[names]))
