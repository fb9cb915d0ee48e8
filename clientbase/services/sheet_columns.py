"""A later sheet's columns put where the list read with it has them (see joined_sheets).

A sales book kept a sheet a month rarely keeps its columns all year: in March the owner adds
«Скидка», in May moves «Телефон» next to the name, in autumn drops a column nobody filled.
Such a sheet is the same list: its columns are taken by their names, each under the list's
column of that name, and a column the list lacks is added at its right. A sheet that shares
fewer names (a price list, a summary, a purchases sheet beside a short list of clients) is
another list, and is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from clientbase.exchange.cell_formats import ColumnFormats
from clientbase.exchange.sheet_cells import Cell
from clientbase.exchange.sheet_marks import LineMarks
from clientbase.exchange.table_file import TableData

_V = TypeVar("_V")


@dataclass(frozen=True)
class ColumnOrder:
    """For each of the list's columns, the later sheet's column of its name (None where the
    sheet has none), then the sheet's columns the list lacks, to add at its right."""

    taken: tuple[int | None, ...]
    added: tuple[int, ...]
    named: int  # the sheet's columns of a name

    @property
    def same(self) -> bool:
        return not self.added and self.taken == tuple(range(self.named))


def column_order(
    known: Sequence[str], names: Sequence[str], own: int | None = None
) -> ColumnOrder | None:
    """Where the columns of a sheet named `names` go in a list whose columns are named
    `known` ("" for a column of no name), of which the first `own` (all by default) are the
    first sheet's and the rest added by other sheets; None where it is another list. The
    same names in the same order are always the same list; moved too, and with a column or
    two added or dropped (one in four of the first sheet's named columns: none of a list of
    three); a column of no name can then not be told apart, nor a name twice."""
    if list(names) == list(known):
        return ColumnOrder(tuple(range(len(known))), (), len(names))
    named = [name for name in known if name]
    if "" in names or len(set(names)) < len(names) or len(set(named)) < len(named):
        return None
    where = {name: index for index, name in enumerate(names)}
    taken = tuple(where.get(name) if name else None for name in known)
    found = {index for index in taken if index is not None}
    added = tuple(index for index in range(len(names)) if index not in found)
    first = [name for name in known[:own] if name]
    missing = sum(1 for name in first if name not in where)
    if len(found) < 2 or missing + len(added) > len(first) // 4:
        return None
    return ColumnOrder(taken, added, len(names))


def rearranged(found: TableData, order: ColumnOrder, width: int) -> TableData:
    """`found` with its columns where `order` puts them: the list's first, the added ones
    from column `width` on (right of anything the list holds), then what the sheet holds
    right of its named columns. Its notes, links, struck cells, merged cells and column
    formats move with their columns."""
    named = order.named
    to: dict[int, int] = {old: new for new, old in enumerate(order.taken) if old is not None}
    to.update({old: width + index for index, old in enumerate(order.added)})
    beyond = width + len(order.added)
    last = max((len(row) for row in found.rows), default=0)
    to.update({old: beyond + old - named for old in range(named, last)})

    def row_of(row: Sequence[Cell]) -> list[Cell]:
        placed = [(to[old], value) for old, value in enumerate(row) if old in to]
        cells: list[Cell] = [None] * (max((new for new, _ in placed), default=-1) + 1)
        for new, value in placed:
            cells[new] = value
        return cells

    def moved(columns: frozenset[int]) -> frozenset[int]:
        return frozenset(to[column] for column in columns if column in to)

    def cells_of(of: dict[int, list[tuple[int, _V]]]) -> dict[int, list[tuple[int, _V]]]:
        return {
            line: sorted((to[column], value) for column, value in cells if column in to)
            for line, cells in of.items()
        }

    marks = found.marks
    return replace(
        found,
        rows=[row_of(row) for row in found.rows],
        merged_down=tuple(
            (top, bottom, to[column]) for top, bottom, column in found.merged_down if column in to
        ),
        formats=ColumnFormats(
            moved(found.formats.yearless_dates),
            moved(found.formats.percents),
            moved(found.formats.hidden),
        ),
        sale_columns=moved(found.sale_columns),
        marks=LineMarks(
            cells_of(marks.comments),
            marks.colors,
            cells_of(marks.links),
            marks.struck,
            {line: moved(columns) for line, columns in marks.struck_cells.items()},
            cells_of(marks.struck_parts),
        ),
    )
