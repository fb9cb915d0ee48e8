"""What a spreadsheet says beside its cells' values, which calamine does not read: the notes
and links on its cells (cell_comments), the colours of its rows (row_colors), the rows and
columns it hides (hidden_cells) and the rows and cells struck through (row_strikes)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from clientbase.exchange.cell_comments import (
    is_hidden_link,
    ods_comments,
    xlsx_comments,
    xlsx_links,
)
from clientbase.exchange.hidden_cells import (
    ods_hidden_columns,
    ods_hidden_rows,
    xlsx_hidden_columns,
    xlsx_hidden_rows,
)
from clientbase.exchange.row_colors import ods_row_colors, xlsx_row_colors
from clientbase.exchange.row_strikes import Strikes, ods_strikes, xlsx_strikes
from clientbase.exchange.xls_marks import xls_marks


@dataclass(frozen=True)
class SheetMarks:
    """Counted from zero, as the sheet's rows: (row, column) → a cell's notes, and the
    link its text does not show; row → the colour the row is filled with («yellow»); and
    the columns and rows the sheet hides; the rows and cells struck through."""

    comments: dict[tuple[int, int], str] = field(default_factory=dict)
    colors: dict[int, str] = field(default_factory=dict)
    links: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden_columns: frozenset[int] = frozenset()
    hidden_rows: frozenset[int] = frozenset()
    strikes: Strikes = field(default_factory=Strikes)


@dataclass(frozen=True)
class LineMarks:
    """SheetMarks by the line of their row (its index plus one), as the import reads rows:
    line → [(column, text)] left to right, line → colour, and line → [(column, link)]."""

    comments: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    colors: dict[int, str] = field(default_factory=dict)
    links: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    struck: frozenset[int] = frozenset()  # the lines struck through
    # Of the other lines, the columns of the cells struck through.
    struck_cells: dict[int, frozenset[int]] = field(default_factory=dict)
    # line → [(column, a part of the cell's text struck through)] (row_strikes.Strikes.parts).
    struck_parts: dict[int, list[tuple[int, str]]] = field(default_factory=dict)


def read_marks(path: Path, sheet: str, rows: Sequence[Sequence[object]]) -> SheetMarks:
    """The marks of the named sheet, whose values calamine read as `rows`."""
    suffix = path.suffix.lower()
    if suffix == ".ods":
        return SheetMarks(
            ods_comments(path, sheet),
            ods_row_colors(path, sheet, rows),
            hidden_columns=ods_hidden_columns(path, sheet),
            hidden_rows=ods_hidden_rows(path, sheet),
            strikes=ods_strikes(path, sheet, rows),
        )
    if suffix == ".xls":
        found = xls_marks(path, sheet, rows)
        return SheetMarks(
            found.comments,
            found.colors,
            hidden_columns=found.hidden_columns,
            hidden_rows=found.hidden_rows,
            strikes=found.struck,
        )
    if suffix not in (".xlsx", ".xlsm"):
        return SheetMarks()
    links = {
        place: target
        for place, target in xlsx_links(path, sheet).items()
        if is_hidden_link(rows, place, target)
    }
    return SheetMarks(
        xlsx_comments(path, sheet),
        xlsx_row_colors(path, sheet, rows),
        links,
        xlsx_hidden_columns(path, sheet),
        xlsx_hidden_rows(path, sheet),
        xlsx_strikes(path, sheet, rows),
    )


def by_line(marks: SheetMarks, first_column: int) -> LineMarks:
    """The marks of a table whose columns start at `first_column` of the sheet's."""
    return LineMarks(
        _by_line(marks.comments, first_column),
        {row + 1: name for row, name in marks.colors.items()},
        _by_line(marks.links, first_column),
        frozenset(row + 1 for row in marks.strikes.rows),
        {
            row + 1: frozenset(c - first_column for c in columns if c >= first_column)
            for row, columns in marks.strikes.cells.items()
        },
        _parts_by_line(marks.strikes.parts, first_column),
    )


def _parts_by_line(
    parts: Mapping[tuple[int, int], tuple[str, ...]], first_column: int
) -> dict[int, list[tuple[int, str]]]:
    lines: dict[int, list[tuple[int, str]]] = {}
    for (row, column), texts in sorted(parts.items()):
        if column >= first_column:
            lines.setdefault(row + 1, []).extend((column - first_column, t) for t in texts)
    return lines


def _by_line(
    cells: dict[tuple[int, int], str], first_column: int
) -> dict[int, list[tuple[int, str]]]:
    lines: dict[int, list[tuple[int, str]]] = {}
    for (row, column), text in sorted(cells.items()):
        lines.setdefault(row + 1, []).append((column - first_column, text))
    return lines
