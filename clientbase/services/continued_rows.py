"""The rows of a hand-kept client list that go on the client above them: a second phone or
a note written in the row below, under one merged «ФИО»."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.header import NAME_TARGETS, Target
from clientbase.exchange.table_file import TableData


def continuation_lines(
    table: TableData, header_line: int, mapping: Sequence[Target]
) -> dict[int, int]:
    """Sheet lines (counted from one) that go on the client of a line above, by the line
    above: those whose name cells were merged down from it, as a hand-kept list writes a
    client's second phone or note in the row below, under one merged «ФИО». A row with a
    name cell of its own («Иванов» merged over «Анна» and «Пётр») is a person of its own."""
    name_columns = [column for column, target in enumerate(mapping) if target in NAME_TARGETS]
    merged_into: dict[int, dict[int, int]] = {}  # row → its merged name columns → top row
    for top, bottom, column in table.merged_down:
        if column in name_columns and top > header_line:
            for row in range(top + 1, bottom + 1):
                merged_into.setdefault(row, {})[column] = top
    continued: dict[int, int] = {}
    for row, columns in merged_into.items():
        cells = table.rows[row]
        own = [c for c in name_columns if c not in columns and c < len(cells) and cells[c]]
        tops = set(columns.values())
        if len(tops) == 1 and not own:
            continued[row + 1] = tops.pop() + 1
    return continued
