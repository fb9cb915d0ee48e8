"""Tables beside the client list, past an empty column.

A small one, «Статистика | Всего клиентов | 120» or a legend of the statuses, shares its
rows with the first clients, and was read as theirs: notes «Статистика: VIP» on one, and
with them the card's VIP flag. A copy of the list itself, a list printed two-up to save
paper («ФИО | Телефон | | ФИО | Телефон»), gave each client on the left the phone of the
one on the right, whose name went to the notes. And columns the sheet hides, helpers of the
owner's formulas (see hidden_cells).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clientbase.exchange.header import normalize_header, target_of_header
from clientbase.exchange.sheet_cells import Cell
from clientbase.exchange.sheet_marks import LineMarks
from clientbase.exchange.table_file import TableData
from clientbase.exchange.targets import NAME_TARGETS, Target
from clientbase.exchange.values import text_of

# A table beside the list fills a few rows at its top, where the list fills many: how far
# down, at most, as a share of the list's rows.
_SIDE_SHARE = 1 / 3


def beside_the_list(
    mapping: list[Target], headers: Sequence[object], rows: Sequence[Sequence[object]]
) -> list[Target]:
    """The mapping with the columns of a table beside the list left out: a run of columns
    past one empty from its header down (where Excel's own list, its filter and sort, end
    too), none of them a field the import knows by its name or values, filled only in the
    top third of the list's rows. The mapping shows them, to be taken after all."""
    names = [column for column, target in enumerate(mapping) if target in NAME_TARGETS]
    runs = column_runs(headers, rows, len(mapping)) if names else []
    if len(runs) < 2:
        return mapping
    kept, listed = list(mapping), _last_filled(rows, names)
    for run in runs:
        if names[0] in run or any(_known(mapping, headers, column) for column in run):
            continue  # the list, or a «Телефон», «Заметки» past an empty spacer column
        # Filled at the top only: a column of the list's own, filled here and there all
        # down it, is kept (past the empty half of a name merged across two columns).
        if _last_filled(rows, run) < listed * _SIDE_SHARE:
            for column in run:
                kept[column] = Target.IGNORE
    return kept


def hidden_left_out(
    mapping: list[Target], headers: Sequence[object], hidden: frozenset[int]
) -> list[Target]:
    """The mapping with the columns the sheet hides left out, unless their name makes them a
    field of the card (a hidden «Телефон 2» is still the client's phone). Any other is the
    owner's helper, hidden so as not to be seen: «Возраст» worked out from the birthday, a
    «Ключ» of the name and phone run together, which by its values was a phone labelled
    with the client's name. The mapping shows them, to be taken after all."""
    if not hidden:
        return mapping
    return [
        Target.IGNORE if column in hidden and not _named(headers, column) else target
        for column, target in enumerate(mapping)
    ]


def _named(headers: Sequence[object], column: int) -> bool:
    header = headers[column] if column < len(headers) else None
    return target_of_header(header) not in (None, Target.IGNORE)


def _known(mapping: Sequence[Target], headers: Sequence[object], column: int) -> bool:
    """Whether the column is a field of the list, by its values or its name («Заметки»)."""
    return mapping[column] not in (Target.NOTES, Target.IGNORE) or _named(headers, column)


def column_runs(
    headers: Sequence[object], rows: Sequence[Sequence[object]], width: int
) -> list[list[int]]:
    """The columns in runs between the columns empty from their header down."""
    runs: list[list[int]] = [[]]
    for column in range(width):
        header = headers[column] if column < len(headers) else None
        if text_of(header).strip() or any(
            column < len(row) and row[column] is not None for row in rows
        ):
            runs[-1].append(column)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def unstacked(table: TableData, header_line: int) -> TableData:
    """A list printed two-up (or three-up) as one list: the rows of each copy in turn, down
    the left and then down the right, as it is read, each in the first copy's columns, with
    its cells' notes, links and row colour. The table as it is where its runs of columns are
    not copies of one list under the same names."""
    rows = table.rows
    headers = rows[header_line] if 0 <= header_line < len(rows) else []
    body = rows[header_line + 1 :]
    width = max((len(row) for row in rows), default=0)
    runs = column_runs(headers, body, width)
    names = [
        [normalize_header(headers[c]) if c < len(headers) else "" for c in run] for run in runs
    ]
    if len(runs) < 2 or not all(names[0]) or any(other != names[0] for other in names[1:]):
        return table
    # The other copies' columns go: the mapping would list them, empty, as «Столбец D».
    first, taken, width = runs[0], set(runs[0]), runs[0][-1] + 1
    kept = [[cell if column in taken else None for column, cell in enumerate(row[:width])]
            for row in rows]  # fmt: skip
    marks = _MovedMarks(table.marks, first)
    for run in runs[1:]:
        for line, row in enumerate(body, start=header_line + 2):
            if any(c < len(row) and row[c] is not None for c in run):
                moved: list[Cell] = [None] * width
                for to, column in zip(first, run, strict=True):
                    moved[to] = row[column] if column < len(row) else None
                kept.append(moved)
                marks.move(line, len(kept), dict(zip(run, first, strict=True)))
    # The rows moved: which of them the sheet hid is no longer told.
    return replace(table, rows=kept, merged_down=(), marks=marks.moved(), hidden_rows=frozenset())


class _MovedMarks:
    """The cells' notes, links and struck parts and the rows' colours and strikes of a
    list printed two-up, taken along with its rows to where they now stand."""

    def __init__(self, marks: LineMarks, first: Sequence[int]) -> None:
        self._marks = marks
        self._comments = {line: [(c, t) for c, t in found if c in first]
                          for line, found in marks.comments.items()}  # fmt: skip
        self._links = {line: [(c, t) for c, t in found if c in first]
                       for line, found in marks.links.items()}  # fmt: skip
        self._parts = {line: [(c, t) for c, t in found if c in first]
                       for line, found in marks.struck_parts.items()}  # fmt: skip
        self._colors = dict(marks.colors)
        self._struck: set[int] = set()
        self._struck_cells = {line: frozenset(c for c in found if c in first)
                              for line, found in marks.struck_cells.items()}  # fmt: skip

    def move(self, line: int, to: int, columns: dict[int, int]) -> None:
        """The marks of row `line` in the copy's `columns` (its column → the first copy's),
        to row `to`."""
        for source, target in ((self._marks.comments, self._comments),
                               (self._marks.links, self._links),
                               (self._marks.struck_parts, self._parts)):  # fmt: skip
            found = [(columns[c], text) for c, text in source.get(line, []) if c in columns]
            if found:
                target[to] = found
        if line in self._marks.colors:
            self._colors[to] = self._marks.colors[line]
        if line in self._marks.struck:
            self._struck.add(to)
        struck = self._marks.struck_cells.get(line, frozenset())
        if moved := frozenset(columns[c] for c in struck if c in columns):
            self._struck_cells[to] = moved

    def moved(self) -> LineMarks:
        return LineMarks(
            {line: found for line, found in self._comments.items() if found},
            self._colors,
            {line: found for line, found in self._links.items() if found},
            frozenset(self._struck),
            {line: found for line, found in self._struck_cells.items() if found},
            {line: found for line, found in self._parts.items() if found},
        )


def _last_filled(rows: Sequence[Sequence[object]], columns: Sequence[int]) -> int:
    """How far down the columns are filled: the number of rows to their last value."""
    for index in range(len(rows) - 1, -1, -1):
        row = rows[index]
        if any(column < len(row) and row[column] is not None for column in columns):
            return index + 1
    return 0
