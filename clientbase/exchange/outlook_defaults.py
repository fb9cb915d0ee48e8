"""What Outlook writes in the fields of every contact its owner never filled: «Важность»
«Обычная», «Пометка» «Обычная», «Пол» «Не определен», «Частное» «Ложь» (in English
«Priority» «Normal», «Sensitivity» «Normal», «Gender» «Unspecified», «Private» «False»),
and the initials of the name beside it. Read as they stand, each was a line of every
card's notes: five lines of noise above what the owner wrote. Such cells are emptied before
the columns are mapped; a contact marked «Высокая» or «Мужской» keeps its note."""

from __future__ import annotations

from dataclasses import replace

from clientbase.exchange.header import normalize_header
from clientbase.exchange.table_file import TableData
from clientbase.exchange.values import text_of

_UNSET: dict[str, frozenset[str]] = {
    "важность": frozenset({"обычная", "обычный"}),
    "пометка": frozenset({"обычная", "обычный"}),
    "пол": frozenset({"не определен", "не определён", "не указан"}),
    "частное": frozenset({"ложь"}),
    "priority": frozenset({"normal"}),
    "sensitivity": frozenset({"normal"}),
    "gender": frozenset({"unspecified"}),
    "private": frozenset({"false"}),
}
# Outlook's «Инициалы» repeat the name beside them; alone beside a surname they are its part.
_INITIALS = {"инициалы", "initials"}
_FIRST_NAMES = {"имя", "first name"}


def without_defaults(table: TableData, header_line: int) -> TableData:
    """The table with those cells emptied; the table as it is where no column has them."""
    rows = table.rows
    if not 0 <= header_line < len(rows) - 1:
        return table
    names = [normalize_header(cell) for cell in rows[header_line]]
    unset = {column: _UNSET[name] for column, name in enumerate(names) if name in _UNSET}
    if _FIRST_NAMES.intersection(names):
        unset |= {column: frozenset() for column, name in enumerate(names) if name in _INITIALS}
    if not unset:
        return table
    cleared = list(rows[: header_line + 1])
    for row in rows[header_line + 1 :]:
        emptied = [
            column
            for column, values in unset.items()
            if column < len(row)
            and row[column] is not None
            and (not values or text_of(row[column]).strip().casefold() in values)
        ]
        if emptied:
            row = list(row)
            for column in emptied:
                row[column] = None
        cleared.append(row)
    return replace(table, rows=cleared)
