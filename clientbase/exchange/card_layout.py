"""A sheet of clients written as cards, one field a row down the sheet:

    ФИО            | Иванов Иван Иванович
    Телефон        | 8 916 111-22-33
    Дата рождения  | 01.02.1980
                   |
    ФИО            | Петрова Анна
    ...

Read as a table, every field name became a client («Телефон», «День Рождения»). Laid out
as one row a client, under a row of the field names, the cards go through the import as
any list does. Each client's row stands on a sheet line of its card, so that the preview's
row numbers still find the card in the file; the other lines are left blank.
"""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.header import NAME_TARGETS, Target, target_of_header
from clientbase.exchange.sheet_cells import Cell
from clientbase.exchange.values import text_of

# What a card must name, besides the client, to be told from a list whose first column
# happens to repeat a word that is also a field's name («VIP»).
_CONTACT_TARGETS = {Target.PHONE, Target.EMAIL, Target.BIRTHDAY}
_NOT_FIELDS = {Target.IGNORE, Target.NOTES}
# At most a field's name, its value and a remark beside them.
_CARD_LINE_CELLS = 3
_SHARE_OF_CARD_LINES = 0.7
_NOTES = "Заметки"
_SAMPLE_ROWS = 200


def cards_as_rows(rows: Sequence[Sequence[Cell]]) -> list[list[Cell]] | None:
    """The cards as rows under a row of field names, in row 0; None when the sheet holds
    no such cards."""
    # The first rows tell: a list of 100,000 clients is not read line by line for this.
    sample = [_card_line(row) for row in rows[:_SAMPLE_ROWS]]
    keyed = [index for index, line in enumerate(sample) if line is not None and line[1]]
    if not keyed or not _holds_cards(sample, keyed[0]):
        return None
    lines = sample + [_card_line(row) for row in rows[_SAMPLE_ROWS:]]
    if not _holds_cards(lines, keyed[0]):
        return None
    cards = _cards(rows, lines, keyed[0])
    columns: list[tuple[str, int]] = []  # (field name, its n-th line in a card)
    for _, fields in cards:
        for column in fields:
            if column not in columns:
                columns.append(column)
    table: list[list[Cell]] = [[] for _ in rows]
    table[0] = [name for name, _ in columns]
    for anchor, fields in cards:
        if table[anchor]:
            return None  # two cards on one line: no layout to trust
        table[anchor] = [fields.get(column) for column in columns]
    return table


def _card_line(row: Sequence[Cell]) -> tuple[str, bool, list[Cell]] | None:
    """A line's field name, whether it is a known field's, and its values; None if blank."""
    cells: list[Cell] = [cell for cell in row if cell is not None and text_of(cell)]
    if not cells:
        return None
    first = text_of(cells[0]).strip()
    target = target_of_header(first) if isinstance(cells[0], str) else None
    known = target is not None and target not in _NOT_FIELDS and len(cells) <= _CARD_LINE_CELLS
    return first.rstrip(":").strip(), known, cells[1:]


def _holds_cards(lines: Sequence[tuple[str, bool, list[Cell]] | None], start: int) -> bool:
    """Whether the lines from the first field name on are cards: mostly field names in the
    first column, those of a client's name and of a contact among them, the name's again and
    again."""
    filled = [line for line in lines[start:] if line is not None]
    fields = [line[0] for line in filled if line[1]]
    if len(fields) < _SHARE_OF_CARD_LINES * len(filled):
        return False
    targets = {target_of_header(name) for name in fields}
    names = [name for name in fields if target_of_header(name) in NAME_TARGETS]
    return bool(targets & _CONTACT_TARGETS) and len(targets) >= 3 and len(names) >= 2


def _cards(
    rows: Sequence[Sequence[Cell]],
    lines: Sequence[tuple[str, bool, list[Cell]] | None],
    start: int,
) -> list[tuple[int, dict[tuple[str, int], Cell]]]:
    """Each card as the line its row stands on and its fields. A card ends at a blank line
    or where its first field comes again; a line that names no field is a note of its card.
    A field written twice (two phones) fills a column of the same name again."""
    cards: list[tuple[int, dict[tuple[str, int], Cell]]] = []
    fields: dict[tuple[str, int], Cell] = {}
    first_field, anchor = "", 0
    for index in range(start, len(lines)):
        line = lines[index]
        if line is None or (line[1] and line[0] == first_field):
            if fields:
                cards.append((anchor, fields))
            fields, first_field = {}, ""
            if line is None:
                continue
        name, known, values = line
        if not fields:
            first_field = name if known else ""
            # Row 0 holds the field names: a card starting there stands on its next line.
            anchor = index if index > 0 else index + 1
        if not known:
            name, values = _NOTES, [cell for cell in rows[index] if cell is not None]
        value: Cell = values[0] if len(values) == 1 else " ".join(map(text_of, values)) or None
        count = sum(1 for field_name, _ in fields if field_name == name)
        fields[(name, count)] = value
    if fields:
        cards.append((anchor, fields))
    return cards
