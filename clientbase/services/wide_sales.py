"""A client's purchases written across the row, a group of numbered columns each: «Дата 1»,
«Покупка 1», «Сумма 1», «Дата 2», «Покупка 2», … — a sheet of one row a client that grows
to the right as the client comes back; or the calls to the client, «Дата звонка 1»,
«Результат 1», … (each then goes on the client above, see import_plan).

Read as a sales book is: the client's row with its first purchase, and under it a row for
each further one that names no one (a purchase of the client above, see import_plan), all
in the first group's columns, which lose their number («Дата», «Покупка», «Сумма»). Every
row keeps the line of the sheet it came from (TableData.lines), by which the preview and
its messages name it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from clientbase.exchange.header import REPEATABLE, normalize_header, target_of_header
from clientbase.exchange.sheet_cells import Cell
from clientbase.exchange.sheet_marks import LineMarks
from clientbase.exchange.table_file import TableData
from clientbase.exchange.targets import PURCHASE_TARGETS, Target
from clientbase.exchange.values import text_of
from clientbase.services.sheet_columns import ColumnOrder, rearranged

# «Дата 1», «Сумма2», «Покупка №3», «1 покупка», «2-я покупка»: a name and the group's
# number; or «Покупка 1 дата»: the group's name and number, then the column's name.
_NUMBERED = re.compile(
    r"^(?P<name>.*?\D)\s*(?P<number>\d{1,2})$"
    r"|^(?P<first>\d{1,2})\s*(?:(?:я|й|ая|ый|ой|ое|е)\s)?\s*(?P<rest>\D.*)$"
    r"|^(?:покупка|заказ|визит|purchase|order|visit)\s*(?P<middle>\d{1,2})\s+(?P<tail>\D.*)$"
)
# Its written form, to give the first group's columns their names without the number.
_WRITTEN_NUMBER = re.compile(
    r"^\s*№?\s*\d{1,2}\s*(?:-?\s*(?:я|й|ая|ый|ой|ое|е)\b)?[-.)]?\s*"
    r"|\s*[-.(]?\s*№?\s*\d{1,2}\s*\)?\s*$"
)
# …and where the number stands in the middle, what is left after it: «Покупка 1 (дата)».
_GROUP_FIRST = re.compile(
    r"^\s*(?:покупка|заказ|визит|purchase|order|visit)\s*№?\s*\d{1,2}\W*(?P<name>\w.*?)\W*$",
    re.IGNORECASE,
)

# What a purchase's group of columns holds: its day…
_DAYS = {
    "дата", "date", "число", "дата покупки", "дата визита", "дата заказа", "дата продажи",
    # A salon's sheet: «Визит 1» of days beside «Услуга 1».
    "визит", "посещение", "visit",
}  # fmt: skip
# …and what was bought or paid, by a name the import knows or a hand-kept sheet's own.
_BOUGHT = {Target.ITEM, Target.AMOUNT, Target.PRICE, Target.QUANTITY}
_BOUGHT_WORDS = {"покупка", "покупки", "заказ", "услуга", "purchase", "order"}
# A purchase's own comment, numbered with it: «Комментарий 2».
_SAID = {"комментарий", "примечание", "comment", "note"}
# …or a call's, as a sheet of the calls to each client keeps them: «Дата звонка 1»,
# «Результат 1».
_CALLS_OWN = {Target.LAST_CALL, Target.CALL_RESULT, Target.LAST_VISIT}
_CALL_WORDS = {"звонок", "результат", "итог", "call", "result"}
_SALES_OWN = {
    *_BOUGHT, Target.PURCHASE_DATE, Target.ORDER_NUMBER, Target.PURCHASE_STATUS,
    Target.PAYMENT, Target.PURCHASE_COMMENT, Target.SERVED_BY, Target.ITEM_CODE,
}  # fmt: skip


def spread_sales(table: TableData, header_line: int) -> TableData:
    """The table with each purchase of a row of numbered groups in a row of its own (see
    the module); the table as it is where its header has no such groups."""
    rows = table.rows
    if not 0 <= header_line < len(rows):
        return table
    upper = rows[header_line - 1] if header_line > 0 else []
    groups = _groups(_numbered_names(rows[header_line], upper))
    if not groups:
        return table
    first = [column for column in groups[0] if column is not None]
    later = {column for group in groups[1:] for column in group if column is not None}
    width = max(len(row) for row in rows)
    header = [None if c in later else _cell(rows[header_line], c) for c in range(width)]
    for column in first:
        header[column] = _unnumbered(text_of(header[column])) or header[column]
    spread: list[list[Cell]] = [list(row) for row in rows[:header_line]] + [header]
    for column in first if header_line > 0 else []:
        if (label := _cell(spread[header_line - 1], column)) is not None:
            spread[header_line - 1][column] = _unnumbered(text_of(label)) or label
    lines = list(range(1, header_line + 2))
    marks = MovedMarks(table.marks)
    for index in range(header_line + 1, len(rows)):
        row = rows[index]
        own: list[Cell] = [None if c in later else _cell(row, c) for c in range(width)]
        filled = [group for group in groups if _any_filled(row, group)]
        for number, group in enumerate(filled or groups[:1]):
            moved: list[Cell] = own if number == 0 else [None] * width
            columns = {c: to for c, to in zip(group, first, strict=True) if c is not None}
            for to in first:
                moved[to] = None
            for column, to in columns.items():
                moved[to] = _cell(row, column)
            spread.append(moved)
            lines.append(index + 1)
            if number == 0:  # the client's row: its own cells' marks, and the row's
                own_cells = {c: c for c in range(width) if c not in later and c not in first}
                columns = {**own_cells, **columns}
            marks.move(index + 1, len(spread), columns, number == 0)
    # The later groups' columns, now empty, go: the mapping would list them as «Столбец F».
    kept = tuple(column for column in range(width) if column not in later)
    return with_moved_rows(table, spread, lines, marks, kept, first)


def with_moved_rows(
    table: TableData,
    rows: list[list[Cell]],
    lines: Sequence[int],
    marks: MovedMarks,
    kept: tuple[int, ...],
    sales: Iterable[int],
) -> TableData:
    """The table of `rows`, each from the sheet's line in `lines`, with the marks moved
    along and only the columns `kept`, in that order; `sales`: the columns of the moved
    purchases (TableData.sale_columns)."""
    moved = replace(
        table,
        rows=rows,
        lines=tuple(lines),
        sale_columns=frozenset(sales),
        marks=marks.moved(),
        merged_down=(),
        hidden_rows=frozenset(i for i, line in enumerate(lines) if line - 1 in table.hidden_rows),
    )
    width = max((len(row) for row in rows), default=0)
    return rearranged(moved, ColumnOrder(kept, (), width), len(kept))


def clients_own(
    mapping: Sequence[Target], table: TableData, headers: Sequence[object]
) -> list[Target]:
    """The mapping with the client's own columns of moved rows (TableData.sale_columns)
    the client's: a «Скидка» or «Итого за всё время» beside the purchases stands on the
    client's row alone, and as a sale's field it went on the first purchase only. A
    purchase's column that lost its field to such a column («Комментарий» beside the months'
    «Комментарий к покупке») takes it back, and one left a note is the purchase's."""
    mapping = list(mapping)
    if not table.sale_columns:
        return mapping
    for column, target in enumerate(mapping):
        if column not in table.sale_columns and target in PURCHASE_TARGETS:
            # «Скидка», a sale's on a sales book, is the client's discount here.
            named = target_of_header(headers[column]) if column < len(headers) else None
            mapping[column] = Target.NOTES
            free = named in REPEATABLE or named not in mapping
            if named is not None and named not in PURCHASE_TARGETS and free:
                mapping[column] = named
    sales = [column for column in sorted(table.sale_columns) if column < len(mapping)]
    dated = any(mapping[column] is Target.PURCHASE_DATE for column in sales)
    for column in sales:
        if mapping[column] is Target.SALE_NOTE:
            named = target_of_header(headers[column]) if column < len(headers) else None
            if named in PURCHASE_TARGETS and named not in mapping:
                mapping[column] = named
        elif mapping[column] is Target.NOTES and dated:
            # A group's «Комментарий 2» beside the client's own «Комментарий»: the second
            # purchase's, not a line of the client's notes.
            said = column < len(headers) and normalize_header(headers[column]) in _SAID
            free = said and Target.PURCHASE_COMMENT not in mapping
            mapping[column] = Target.PURCHASE_COMMENT if free else Target.SALE_NOTE
    return mapping


def further_group(table: TableData, line: int) -> bool:
    """Whether the row at `line` (from one) holds a further group of the row above it."""
    return 1 < line <= len(table.lines) and table.lines[line - 1] == table.lines[line - 2]


def _cell(row: Sequence[Cell], column: int) -> Cell:
    return row[column] if column < len(row) else None


def _any_filled(row: Sequence[Cell], group: Sequence[int | None]) -> bool:
    return any(_cell(row, column) is not None for column in group if column is not None)


def _numbered_names(lower: Sequence[Cell], upper: Sequence[Cell]) -> list[str]:
    """Each column's name, numbered by its group where a two-row header heads the groups
    («Покупка 1» merged over «Дата», «Товар», «Сумма»): «Дата 1», «Товар 1»."""
    names, group = [], ""
    for column in range(max(len(lower), len(upper))):
        above, name = text_of(_cell(upper, column)), text_of(_cell(lower, column))
        if above:
            found = _NUMBERED.match(normalize_header(above))
            heads = found is not None and _named(found) in _BOUGHT_WORDS
            group = str(_number(found)) if found and heads else ""
        names.append(f"{name} {group}" if name and group else name or above)
    return names


def _groups(headers: Sequence[object]) -> list[list[int | None]]:
    """The numbered groups of a purchase's columns, each as the columns of the first group's
    names in its order (None where a later group lacks one); [] where there are none, or
    fewer than two, or their names are not a purchase's day and what was bought."""
    by_number: dict[int, dict[str, int]] = {}
    for column, header in enumerate(headers):
        found = _NUMBERED.match(normalize_header(header))
        name = _named(found) if found else ""
        if not found or not _a_sales(name):
            continue  # «Телефон 2» beside the purchases: the client's second phone
        number = _number(found)
        by_number.setdefault(number, {}).setdefault(name, column)
    numbers = sorted(by_number)
    if len(numbers) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    names = list(by_number[numbers[0]])
    if not _a_purchase(names) or any(not set(by_number[n]) <= set(names) for n in numbers):
        return []
    return [[by_number[n].get(name) for name in names] for n in numbers]


def _unnumbered(written: str) -> str:
    """A column's name as written without its group's number: «Дата 2» → «Дата», «2-я
    покупка» → «покупка», «Покупка 1 (дата)» → «дата»."""
    if found := _GROUP_FIRST.match(written):
        return found["name"]
    return _WRITTEN_NUMBER.sub("", written)


def _named(found: re.Match[str]) -> str:
    return (found["name"] or found["rest"] or found["tail"]).strip()


def _number(found: re.Match[str]) -> int:
    return int(found["number"] or found["first"] or found["middle"])


def _a_sales(name: str) -> bool:
    """Whether a numbered column's name is a purchase's: a part the import knows of a sale,
    or a hand-kept sheet's «Дата», «Покупка»."""
    target = target_of_header(name)
    return name in _DAYS | _BOUGHT_WORDS | _SAID | _CALL_WORDS or target in _SALES_OWN | _CALLS_OWN


def _a_purchase(names: Sequence[str]) -> bool:
    """Whether a group's names are a purchase's (its day and what was bought) or a call's
    (its day)."""
    targets = [target_of_header(name) for name in names]
    if any(target in (Target.LAST_CALL, Target.LAST_VISIT) for target in targets):
        return True
    dated = any(
        name in _DAYS or target is Target.PURCHASE_DATE
        for name, target in zip(names, targets, strict=True)
    )
    bought = any(
        name in _BOUGHT_WORDS or target in _BOUGHT
        for name, target in zip(names, targets, strict=True)
    )
    return dated and bought


class MovedMarks:
    """The sheet's marks (cells' notes, links, struck parts, rows' colours and strikes),
    taken along with the rows to where they now stand: a client's row with all of its own,
    a further purchase's row with those of its group's cells, in the first group's columns."""

    def __init__(self, marks: LineMarks) -> None:
        self._marks = marks
        self._moved = LineMarks()
        self._struck: set[int] = set()

    def move(self, line: int, to: int, columns: dict[int, int], whole: bool) -> None:
        """Row `line`'s marks of the cells in `columns` (a column → where it now stands) to
        row `to`, and the row's own (its colour, its strike) where it is the `whole` row's."""
        old, new = self._marks, self._moved
        for source, target in ((old.comments, new.comments), (old.links, new.links),
                               (old.struck_parts, new.struck_parts)):  # fmt: skip
            kept = [(columns[c], text) for c, text in source.get(line, []) if c in columns]
            if kept:
                target[to] = kept
        struck = frozenset(columns[c] for c in old.struck_cells.get(line, ()) if c in columns)
        if struck:
            new.struck_cells[to] = struck
        if whole:
            if line in old.colors:
                new.colors[to] = old.colors[line]
            if line in old.struck:
                self._struck.add(to)

    def moved(self) -> LineMarks:
        return replace(self._moved, struck=frozenset(self._struck))
