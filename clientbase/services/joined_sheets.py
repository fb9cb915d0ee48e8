"""A workbook's sheets of the same columns imported as one list: a sales book kept a sheet a
month («Январь», «Февраль», …), clients kept a sheet a kind («Опт», «Розница»).

One sheet at a time, such a book took a wizard a sheet, and as many imports to undo. Read
as one list, its rows are checked together (a client of January's sheet and of March's is
one client, whose purchases are all hers) and saved as one import. A sheet is taken when its
row of column names says what the first one's does, its columns taken by their names
(moved, a column or two added or dropped: sheet_columns); any other sheet (a summary, a
price list) is left as it is, and named. Each row keeps its own sheet and line
for the person to find it by: «4 (Февраль)».
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from clientbase.exchange.cell_formats import ColumnFormats
from clientbase.exchange.header import normalize_header
from clientbase.exchange.header_row import find_header_row, header_cells
from clientbase.exchange.sheet_cells import check_size
from clientbase.exchange.sheet_marks import LineMarks
from clientbase.exchange.side_tables import unstacked
from clientbase.exchange.table_file import (
    MAX_ROWS,
    SheetPart,
    TableData,
    read_tables,
    rows_digest,
)
from clientbase.exchange.values import text_of
from clientbase.services.month_sales import spread_months
from clientbase.services.sheet_columns import column_order, rearranged
from clientbase.services.sheet_sections import heading_tag
from clientbase.services.text import clipped
from clientbase.services.wide_sales import spread_sales

_V = TypeVar("_V")
# The most of the sheets' names an import's record keeps (ImportBatch.sheet).
_TITLE_LENGTH = 200


@dataclass(frozen=True)
class JoinedSheets:
    """The sheets read as one list, and those of other columns (or of none), left out."""

    table: TableData
    joined: tuple[str, ...]
    other: tuple[str, ...]


def sheets_to_join(table: TableData) -> list[str]:
    """The other sheets the table's could be read with: those the workbook shows (not the
    lists its drop-down cells offer, on a sheet it hides)."""
    return [name for name in table.sheets if name != table.sheet and name not in table.hidden]


def join_sheets(
    path: Path,
    table: TableData,
    header_line: int,
    still_wanted: Callable[[], None] | None = None,
    language: str = "ru",
) -> JoinedSheets:
    """The table with the rows of each other sheet under the same column names after its
    own (each value under the column of its name, see sheet_columns), in the workbook's
    order, a blank row between two sheets (a sheet's first rows go
    on no client of the sheet before). Each sheet's rows above its column names (a title,
    «Февраль 2026») are left out; its notes, colours, struck and hidden rows and merged
    cells come along."""
    names = sheets_to_join(table)
    headers = _names(header_cells(table.rows, header_line)) if header_line >= 0 else []
    if not headers:  # a list without column names: nothing tells a sheet of the same
        return JoinedSheets(table, (table.sheet,), tuple(names))
    joined, taken, other = table, [table.sheet], []
    own = len(headers)  # the first sheet's columns; others' are added right of them
    parts = [SheetPart(0, table.sheet, 1)]
    for name, found in zip(names, read_tables(path, names, still_wanted, language), strict=True):
        line = _header_line(found)
        if found is None or line is None:
            other.append(name)
            continue
        # A sheet of a year's months («2025», «2026») is its purchases a row each, as the
        # first one is: by those columns' names it is then the same list.
        found = unstacked(found, line)
        found = spread_months(spread_sales(found, line), line, date.today())
        cells = header_cells(found.rows, line)
        order = column_order(headers, _names(cells), own)
        if order is None:
            other.append(name)
            continue
        if not order.same:
            # Right of anything the list holds, so no value of its own is taken for one
            # under the new column's name.
            width = max(len(headers), max(map(len, joined.rows), default=0))
            added = [text_of(cells[i]) for i in order.added]
            found = rearranged(found, order, width)
            joined = _named_more(joined, header_line, width, added)
            headers = [*headers, *[""] * (width - len(headers)), *_names(added)]
        joined = _appended(joined, found, line, parts)
        taken.append(name)
    if len(taken) > 1:
        # Each sheet fitted on its own; together they must fit one import too.
        check_size(joined.rows, path.name, MAX_ROWS)
        joined = replace(joined, parts=tuple(parts), digest=rows_digest(joined.rows))
    return JoinedSheets(joined, tuple(taken), tuple(other))


def where(parts: Sequence[SheetPart], line: int, lines: Sequence[int] = ()) -> str:
    """A row as the person finds it: its line («4»), and of sheets read as one list, its
    sheet too («4 (Февраль)»). `lines`: the sheet's line of each of the first sheet's rows,
    where they were moved (TableData.lines)."""
    own = lines[line - 1] if 0 < line <= len(lines) else None
    if not parts:
        return str(own or line)
    part = parts[bisect_right([p.start for p in parts], line - 1) - 1]
    return f"{own or part.line + line - 1 - part.start} ({part.sheet})"


def _line_in(parts: Sequence[SheetPart], index: int) -> int:
    """The line on its own sheet of the joined list's row at `index`."""
    part = parts[bisect_right([p.start for p in parts], index) - 1]
    return part.line + index - part.start


def tags_of_sheets(parts: Sequence[SheetPart]) -> dict[int, str]:
    """Of sheets read as one list, the tag each sheet's name gives the clients on it, by
    the index of its first row: a list kept a sheet a kind («Опт», «Розница», «VIP») keeps
    its groups as the headings of a list kept on one sheet do (sheet_sections.heading_tag);
    «Лист2» or a town's name gives none (""). Nothing for a single sheet."""
    if len(parts) < 2:
        return {}
    return {part.start: heading_tag([part.sheet]) or "" for part in parts}


def sheets_title(table: TableData) -> str:
    """The sheet an import names in its record: «Январь, Февраль, Март» for sheets read as
    one list."""
    if not table.parts:
        return table.sheet
    title = ", ".join(part.sheet for part in table.parts)
    return clipped(title, _TITLE_LENGTH)


def _header_line(table: TableData | None) -> int | None:
    if table is None:
        return None
    return table.header_line if table.header_line is not None else find_header_row(table.rows)


def _names(headers: Sequence[object]) -> list[str]:
    names = [normalize_header(header) for header in headers]
    while names and not names[-1]:
        names.pop()
    return names


def _named_more(table: TableData, header_line: int, width: int, names: Sequence[str]) -> TableData:
    """The table with these column names added to its row of them, from column `width`."""
    if not names:
        return table
    rows = list(table.rows)
    header = list(rows[header_line])
    rows[header_line] = [*header, *[None] * (width - len(header)), *names]
    return replace(table, rows=rows)


def _appended(
    joined: TableData, found: TableData, header_line: int, parts: list[SheetPart]
) -> TableData:
    """`joined` with the rows of `found` below its row of column names, after a blank row;
    what is said of those rows moves down with them."""
    start = len(joined.rows) + 1
    shift = start - (header_line + 1)  # a row's index in `found` → its index in `joined`
    body = found.rows[header_line + 1 :]
    lines: tuple[int, ...] = ()
    if joined.lines or found.lines:
        # Rows moved on a sheet (a purchase a row, wide_sales): each row's own line, which
        # no longer follows from where its sheet begins.
        before = joined.lines or tuple(_line_in(parts, i) for i in range(len(joined.rows)))
        after = found.lines[header_line + 1 :] or range(header_line + 2, len(found.rows) + 1)
        lines = (*before, 0, *after)
    parts.append(SheetPart(start, found.sheet, header_line + 2))

    marks, more = joined.marks, found.marks
    below = header_line + 1  # marks count lines from one: the header's is header_line + 1

    def moved(of: dict[int, _V]) -> dict[int, _V]:
        return {line + shift: value for line, value in of.items() if line > below}

    return replace(
        joined,
        rows=[*joined.rows, [], *body],
        lines=lines,
        sale_columns=joined.sale_columns | found.sale_columns,
        merged_down=(
            *joined.merged_down,
            *(
                (top + shift, bottom + shift, column)
                for top, bottom, column in found.merged_down
                if top > header_line
            ),
        ),
        formats=ColumnFormats(
            joined.formats.yearless_dates | found.formats.yearless_dates,
            joined.formats.percents | found.formats.percents,
            joined.formats.hidden,
        ),
        marks=LineMarks(
            {**marks.comments, **moved(more.comments)},
            {**marks.colors, **moved(more.colors)},
            {**marks.links, **moved(more.links)},
            marks.struck | frozenset(line + shift for line in more.struck if line > below),
            {**marks.struck_cells, **moved(more.struck_cells)},
            {**marks.struck_parts, **moved(more.struck_parts)},
        ),
        hidden_rows=joined.hidden_rows
        | frozenset(index + shift for index in found.hidden_rows if index > header_line),
    )
